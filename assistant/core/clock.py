"""Clocks: the real one for the live assistant, a virtual one for scripts and tests.

Timers and routines never call ``time.time()`` themselves; they ask the clock they were given.
All times are absolute epoch seconds (floats).
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol

from assistant.core.events import Output


class Clock(Protocol):
    def now(self) -> float: ...

    async def sleep_until(self, deadline: float) -> None: ...


class RealClock:
    """Wall-clock time; sleeps with asyncio."""

    def now(self) -> float:
        return time.time()

    async def sleep_until(self, deadline: float) -> None:
        delay = deadline - time.time()
        if delay > 0:
            await asyncio.sleep(delay)


class VirtualClock:
    """Time that moves only when told to (``advance``/``set``); used by ``chat --script``."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.start = start
        self._now = start
        self._waiters: list[tuple[float, asyncio.Future[None]]] = []

    def now(self) -> float:
        return self._now

    @property
    def elapsed(self) -> float:
        return self._now - self.start

    def set(self, t: float) -> None:
        if t < self._now:
            raise ValueError("a virtual clock does not go backwards")
        self._now = t
        for deadline, fut in list(self._waiters):
            if deadline <= t and not fut.done():
                fut.set_result(None)
        self._waiters = [(d, f) for d, f in self._waiters if not f.done()]

    def advance(self, seconds: float) -> None:
        self.set(self._now + seconds)

    async def sleep_until(self, deadline: float) -> None:
        """Wake when ``set``/``advance`` reaches ``deadline`` (time is driven from outside)."""
        if self._now >= deadline:
            return
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append((deadline, fut))
        await fut


class Driven(Protocol):
    """Anything the clock drives: a service, or the whole conversation."""

    def next_deadline(self) -> float | None: ...

    def fire_due(self, now: float) -> list[Output]: ...


def run_until(clock: VirtualClock, seconds: float, driven: Driven) -> list[tuple[float, list[Output]]]:
    """Step ``clock`` to each deadline of ``driven`` within ``seconds``, firing as it goes.

    Returns (time, outputs) for every firing that produced something, in order.
    """
    target = clock.now() + seconds
    fired: list[tuple[float, list[Output]]] = []
    for _ in range(100_000):  # a service that keeps asking for "now" cannot hang us
        deadline = driven.next_deadline()
        if deadline is None or deadline > target:
            break
        clock.set(max(deadline, clock.now()))
        outputs = driven.fire_due(clock.now())
        if outputs:
            fired.append((clock.now(), outputs))
    clock.set(target)
    return fired


class Monotonic(Protocol):
    """Seconds that only go forward, for the voice loop's timing (not the wall clock)."""

    def now(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class RealMonotonic:
    def now(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))


class FakeMonotonic:
    """A monotonic clock moved by hand: tests of the voice loop run in no time, and every
    timing they check is exact. ``await advance(seconds)`` moves it in small steps and lets the
    tasks that wait on it run at each step."""

    def __init__(self, step: float = 0.01) -> None:
        self._now = 0.0
        self.step = step
        self._sleepers: list[tuple[float, asyncio.Future[None]]] = []

    def now(self) -> float:
        return self._now

    async def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._sleepers.append((self._now + seconds, fut))
        await fut

    async def settle(self, rounds: int = 20) -> None:
        """Let every task that can run, run (without moving time)."""
        for _ in range(rounds):
            await asyncio.sleep(0)

    async def advance(self, seconds: float) -> None:
        target = self._now + seconds
        while True:
            await self.settle()
            if self._now >= target - 1e-9:
                break
            self._now = min(target, self._now + self.step)
            for due, fut in list(self._sleepers):
                if due <= self._now + 1e-9 and not fut.done():
                    fut.set_result(None)
            self._sleepers = [(d, f) for d, f in self._sleepers if not f.done()]
        await self.settle()

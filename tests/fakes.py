"""Fake devices for the voice loop: a speaker and a speech engine on a fake monotonic clock,
so the loop's real code runs in no time and every timing a test checks is exact."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import numpy as np

from assistant.audio.tts import Rendered
from assistant.core.clock import FakeMonotonic

SECONDS_PER_CHAR = 0.06
"""About 150 words a minute."""


class FakeTTS:
    """Renders silence as long as the sentence would take to say."""

    def __init__(self) -> None:
        self.rate, self.volume = 150.0, 0.9

    async def render(self, text: str, full_volume: bool = False) -> Rendered:
        await asyncio.sleep(0)
        n = int(len(text) * SECONDS_PER_CHAR * 16000)
        return Rendered(np.zeros(n, dtype=np.int16), 16000, text)

    def set_rate(self, words_per_minute: float) -> None:
        self.rate = words_per_minute

    def set_volume(self, volume: float) -> None:
        self.volume = volume


@dataclass
class Played:
    label: str
    start: float
    end: float | None = None
    completed: bool = False


class FakeOutput:
    """An audio output that takes as long as the audio lasts on the fake clock, and stops at
    once on :meth:`stop`."""

    def __init__(self, clock: FakeMonotonic) -> None:
        self.clock = clock
        self.played: list[Played] = []
        self._current: asyncio.Future[bool] | None = None

    async def play(self, samples: np.ndarray, rate: int, label: str = "") -> bool:
        record = Played(label, self.clock.now())
        self.played.append(record)
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._current = done
        sleeper = asyncio.ensure_future(self.clock.sleep(len(samples) / rate))
        sleeper.add_done_callback(lambda _: done.done() or done.set_result(True))
        try:
            record.completed = await done
        finally:
            sleeper.cancel()
            record.end = self.clock.now()
        return record.completed

    def stop(self) -> None:
        if self._current is not None and not self._current.done():
            self._current.set_result(False)

    def playing_at(self, t: float) -> list[str]:
        return [p.label for p in self.played
                if p.start <= t and (p.end is None or p.end > t)]

    def labels(self) -> list[str]:
        return [p.label for p in self.played]

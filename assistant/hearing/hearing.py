"""The hearing component the voice loop owns: audio chunks in, :class:`Heard` events out.

It runs the recognizer on its own thread (recognition never blocks the event loop) and keeps
one long-lived task fed by its own queue. While the loop limits what can be heard to a small
grammar (asleep, or while the assistant speaks), a grammar hit is decoded again with open
vocabulary before it is reported. A "stop" that stays in the partial result for 90 ms is
reported at once (:class:`StopPartial`), without waiting for the end of the utterance.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from assistant.core.events import Partial, Transcript
from assistant.hearing.recognizer import UNK, Recognizer

STEADY_PARTIAL_CHUNKS = 3
"""Chunks (30 ms each) a partial "stop" must stay unchanged to count."""


@dataclass(frozen=True)
class Heard:
    """One utterance heard in full."""

    text: str
    """What to act on: the open-vocabulary re-decode of a grammar hit, else the transcript."""
    transcript: Transcript
    at: float
    """Monotonic time it was heard (the end of the utterance plus recognition)."""


@dataclass(frozen=True)
class StopPartial:
    """"stop" held steady in the partial result: act before the utterance ends."""

    text: str
    at: float


HearingEvent = Heard | StopPartial


class Hearing:
    """Recognition as a component: :meth:`feed` audio, :meth:`run` as one task, events out."""

    def __init__(self, recognizer: Recognizer,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.recognizer = recognizer
        self.clock = clock
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="hearing")
        self._queue: asyncio.Queue[bytes | None] = asyncio.Queue()
        self._partial, self._partial_age = "", 0
        self._grammar: list[str] | None = None

    def feed(self, chunk: bytes | None) -> None:
        """One chunk of 16 kHz mono int16 audio; None at the end of the input."""
        self._queue.put_nowait(chunk)

    def set_grammar(self, phrases: list[str] | None) -> None:
        """Limit what can be heard (None: open vocabulary), from the next utterance on."""
        if phrases != self._grammar:
            self._grammar = phrases
            self._pool.submit(self.recognizer.set_grammar, phrases)

    async def idle(self) -> None:
        """Until every chunk fed so far has been recognized and reported."""
        await self._queue.join()

    async def run(self, emit: Callable[[HearingEvent], None]) -> None:
        """The hearing task: recognize what arrives, in batches, and ``emit`` each event."""
        loop = asyncio.get_running_loop()
        while True:
            batch = [await self._queue.get()]
            while not self._queue.empty():
                batch.append(self._queue.get_nowait())
            try:
                for event in await loop.run_in_executor(self._pool, self._recognize, batch):
                    emit(event)
            finally:
                for _ in batch:
                    self._queue.task_done()

    def close(self) -> None:
        self._pool.shutdown(wait=True)

    def _recognize(self, batch: list[bytes | None]) -> list[HearingEvent]:
        """Runs on the hearing thread."""
        rec = self.recognizer
        out: list[HearingEvent] = []
        for pcm in batch:
            r = rec.flush() if pcm is None else rec.accept(pcm)
            if isinstance(r, Partial):
                self._partial, self._partial_age = r.text, 0
            elif r is None:
                self._partial_age += 1
                if (self._partial_age == STEADY_PARTIAL_CHUNKS
                        and "stop" in self._partial.split()):
                    out.append(StopPartial(self._partial, self.clock()))
            else:
                self._partial = ""
            if isinstance(r, Transcript):
                text = r.text
                if rec.utterance_grammar is not None and any(w != UNK for w in r.text.split()):
                    again = rec.redecode_open()
                    text = again.text if again is not None else r.text
                out.append(Heard(text.lower(), r, self.clock()))
        return out

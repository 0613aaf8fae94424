"""The hearing component the voice loop owns: microphone audio in, typed events out.

Every 30 ms frame: the assistant's own voice is taken out (:mod:`.echo`, when a speaker tap
and libspeexdsp are there), what is left is gated by level while the assistant plays (residual
echo is quiet; a person is not), and the streaming recognizer decodes it on the hearing thread.

- :class:`KeywordHeard`: "stop" or "help" as soon as the streaming (partial) result holds just
  that, steady for two frames with the voice-activity detector hearing silence after it: about
  0.1 s after the word ends, never waiting for the end of the utterance.
- :class:`Heard`: one utterance in full, marked when a keyword was already acted on in it.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from assistant.core.clock import Monotonic, RealMonotonic
from assistant.core.events import Partial, Transcript
from assistant.hearing.echo import FRAME, EchoCanceller, PlaybackTap
from assistant.hearing.recognizer import Recognizer

STEADY_FRAMES = 2
"""Frames (30 ms) a keyword must stay the whole partial result, with silence after it."""
ECHO_FLOOR_RMS = 150.0
"""While the assistant plays, quieter frames are taken as residual echo (about -47 dBFS)."""
ECHO_HANGOVER_FRAMES = 15
"""The level gate stays on this long (0.45 s) after the speaker goes quiet (reverberation)."""
KEYWORD = re.compile(r"^(?:(?:please|somebody|someone|oh|now|just|hey coach|coach) )*"
                     r"(stop|help)(?: (?:me|it|now|please|stop|help|coach))*$")
TAIL_KEYWORD = re.compile(r"\b(stop|help)(?: (?:me|it|now|please|stop|help))*$")


@dataclass(frozen=True)
class KeywordHeard:
    """"stop" or "help", heard in the streaming result before the utterance ended."""

    word: str
    text: str
    at: float


@dataclass(frozen=True)
class Heard:
    """One utterance heard in full."""

    text: str
    transcript: Transcript
    at: float
    """Monotonic time it was heard (the end of the utterance plus recognition)."""
    keyword: str = ""
    """The keyword already acted on in this utterance ("" when none)."""


HearingEvent = Heard | KeywordHeard


class Hearing:
    """Recognition as a component: :meth:`feed` audio, :meth:`run` as one task, events out."""

    def __init__(self, recognizer: Recognizer, clock: Monotonic | None = None,
                 tap: PlaybackTap | None = None, echo: EchoCanceller | None = None) -> None:
        from pocketsphinx import Vad

        self.recognizer = recognizer
        self.clock = clock or RealMonotonic()
        self.tap = tap
        self.echo = echo
        self.speaking = False
        """Set by the loop while the assistant speaks: a keyword at the end of a longer partial
        counts too (what comes before it may be left-over echo)."""
        self._vad = Vad(1, 16000, 0.03)
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="hearing")
        self._queue: asyncio.Queue[bytes | None] = asyncio.Queue()
        self._partial, self._steady, self._silence = "", 0, 0
        self._keyword = ""
        self._played_recently = 0
        self._rest = b""

    def feed(self, chunk: bytes | None) -> None:
        """Audio (16 kHz mono int16); None at the end of the input."""
        self._queue.put_nowait(chunk)

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
        if self.echo is not None:
            self.echo.close()

    # ---------------------------------------------------------------- on the hearing thread
    def _frames(self, chunk: bytes) -> list[bytes]:
        data = self._rest + chunk
        n = len(data) // (2 * FRAME) * (2 * FRAME)
        self._rest = data[n:]
        return [data[i:i + 2 * FRAME] for i in range(0, n, 2 * FRAME)]

    def _clean(self, frame: bytes) -> bytes:
        """The frame without the assistant's own voice (when a speaker is tapped)."""
        if self.tap is None or not self.tap.active:
            return frame
        played = self.tap.take(FRAME)
        if self.echo is not None:
            frame = self.echo.process(frame, played)
        if np.abs(np.frombuffer(played, dtype=np.int16)).max(initial=0) > 64:
            self._played_recently = ECHO_HANGOVER_FRAMES
        elif self._played_recently:
            self._played_recently -= 1
        if self._played_recently:
            x = np.frombuffer(frame, dtype=np.int16).astype(np.float32)
            if float(np.sqrt(np.mean(x * x))) < ECHO_FLOOR_RMS:
                return bytes(len(frame))
        return frame

    def _recognize(self, batch: list[bytes | None]) -> list[HearingEvent]:
        rec = self.recognizer
        out: list[HearingEvent] = []
        for chunk in batch:
            if chunk is None:
                results: list[Partial | Transcript | None] = [rec.flush()]
            else:
                results = []
                for frame in self._frames(chunk):
                    frame = self._clean(frame)
                    self._silence = 0 if self._vad.is_speech(frame) else self._silence + 1
                    results.append(rec.accept(frame))
            for r in results:
                out += self._events(r)
        return out

    def _events(self, r: Partial | Transcript | None) -> list[HearingEvent]:
        if isinstance(r, Partial):
            self._partial, self._steady = r.text.lower(), 0
        elif r is None:
            self._steady += 1
        if isinstance(r, Transcript):
            heard = Heard(r.text.lower(), r, self.clock.now(), self._keyword)
            self._partial, self._steady, self._keyword = "", 0, ""
            return [heard]
        if self._keyword or not self._partial or self._steady < STEADY_FRAMES \
                or self._silence < STEADY_FRAMES:
            return []
        m = KEYWORD.match(self._partial) or (
            TAIL_KEYWORD.search(self._partial) if self.speaking else None)
        if m is None:
            return []
        self._keyword = m.group(1)
        return [KeywordHeard(self._keyword, self._partial, self.clock.now())]

"""The hearing component the voice loop owns: microphone audio in, typed events out.

Every 30 ms frame: the assistant's own voice is taken out (:mod:`.echo`, when the microphone
block comes with what the speaker played meanwhile and libspeexdsp is there), noise is
suppressed (:mod:`.frontend`, when set), and the streaming recognizer decodes what is left, on
the hearing thread.

- :class:`KeywordHeard`: "stop" or "help" as soon as the streaming (partial) result holds just
  that, steady for two frames (at once when it is a settled reading: Whisper's quick look at a
  short utterance) with the voice-activity detector hearing silence after it: about 0.1 s
  after the word ends, never waiting for the end of the utterance.
- :class:`Heard`: one utterance in full, marked when a keyword was already acted on in it.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from assistant.core.clock import Monotonic, RealMonotonic
from assistant.core.events import MicBlock, Partial, Transcript
from assistant.hearing.echo import FRAME, EchoCanceller
from assistant.hearing.frontend import NoiseGain
from assistant.hearing.recognizer import Recognizer
from assistant.hearing.vad import loud_enough

STEADY_FRAMES = 2
"""Frames (30 ms) a keyword must stay the whole partial result, with silence after it."""
KEYWORD = re.compile(r"^(?:(?:please|somebody|someone|oh|now|just|hey coach|coach|hey) )*"
                     r"(?:i (?=help))?(stop|help)(?: (?:me|it|now|please|stop|help|coach))*$")
"""A whole partial result that is a call for help or "stop". Whisper often writes a "help"
said with a hard onset as "i help" (flite's kal16 voice, every time), and, prompted with the
wake phrase, as "hey help"."""
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
                 echo: EchoCanceller | None = None, frontend: NoiseGain | None = None) -> None:
        from pocketsphinx import Vad

        self.recognizer = recognizer
        self.clock = clock or RealMonotonic()
        self.echo = echo
        self.frontend = frontend
        self.speaking = False
        """Set by the loop while the assistant speaks: a keyword at the end of a longer partial
        counts too (what comes before it may be left-over echo)."""
        self._vad = Vad(1, 16000, 0.03)
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="hearing")
        self._queue: asyncio.Queue[MicBlock | None] = asyncio.Queue()
        self._partial, self._steady, self._silence = "", 0, 0
        self._keyword = ""
        self._rest, self._rest_played = b"", b""

    def feed(self, chunk: MicBlock | bytes | None) -> None:
        """Audio (16 kHz mono int16, with what the speaker played); None at the end."""
        self._queue.put_nowait(MicBlock(chunk) if isinstance(chunk, bytes) else chunk)

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
        close = getattr(self.recognizer, "close", None)
        if close is not None:
            close()

    # ---------------------------------------------------------------- on the hearing thread
    def _frames(self, chunk: MicBlock) -> list[tuple[bytes, bytes | None]]:
        """30 ms frames of the microphone, each with the played audio that goes with it."""
        data = self._rest + chunk.mic
        played = (self._rest_played + chunk.played) if chunk.played is not None else None
        n = len(data) // (2 * FRAME) * (2 * FRAME)
        self._rest = data[n:]
        self._rest_played = played[n:] if played is not None else b""
        return [(data[i:i + 2 * FRAME], played[i:i + 2 * FRAME] if played is not None else None)
                for i in range(0, n, 2 * FRAME)]

    def _clean(self, frame: bytes, played: bytes | None) -> bytes:
        """The frame without the assistant's own voice (when the speaker is tapped), then
        through the noise front end (when one is set)."""
        if played is not None and self.echo is not None:
            frame = self.echo.process(frame, played)
        return self.frontend.process(frame) if self.frontend is not None else frame

    def _recognize(self, batch: list[MicBlock | None]) -> list[HearingEvent]:
        rec = self.recognizer
        out: list[HearingEvent] = []
        for chunk in batch:
            if chunk is None:
                out += self._events(rec.flush())
                continue
            frames, silences = [], []
            for frame, played in self._frames(chunk):
                frame = self._clean(frame, played)
                speech = loud_enough(frame) and self._vad.is_speech(frame)
                self._silence = 0 if speech else self._silence + 1
                frames.append(frame)
                silences.append(self._silence)
            many = getattr(rec, "accept_many", None)
            results = many(frames) if many is not None else [rec.accept(f) for f in frames]
            for r, silence in zip(results, silences, strict=True):
                self._silence = silence
                out += self._events(r)
        return out

    def _events(self, r: Partial | Transcript | None) -> list[HearingEvent]:
        if isinstance(r, Partial):
            self._partial = r.text.lower()
            self._steady = STEADY_FRAMES if r.settled else 0
        elif r is None:
            self._steady += 1
        if isinstance(r, Transcript):
            heard = Heard(r.text.lower(), r, self.clock.now(), self._keyword)
            self._partial, self._steady, self._keyword = "", 0, ""
            return [heard]
        settled = isinstance(r, Partial) and r.settled  # made in a pause that still lasts
        if self._keyword or not self._partial or self._steady < STEADY_FRAMES \
                or (self._silence < STEADY_FRAMES and not settled):
            return []
        # a keyword at the end of a longer partial (left-over echo before it) only after real
        # silence, even when settled: the echo of "I need help" must not sound the alarm
        m = KEYWORD.match(self._partial) or (
            TAIL_KEYWORD.search(self._partial)
            if self.speaking and self._silence >= STEADY_FRAMES else None)
        if m is None:
            return []
        self._keyword = m.group(1)
        return [KeywordHeard(self._keyword, self._partial, self.clock.now())]

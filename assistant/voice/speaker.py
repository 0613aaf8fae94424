"""The speaker: one task playing speech and tones, urgent first.

Two queues. Urgent output (the alarm, emergency advice, a timer that must come off) pre-empts
whatever ordinary speech is playing and flushes ordinary speech still queued; nothing ordinary
ever plays ahead of it. Ordinary lines that had to wait behind something else for more than
``STALE_SECONDS`` are dropped (a halfway chime is no use late). Speech is rendered a sentence
at a time, the next while one plays.

Barge-in cancels and recreates the speaker task. A soft one (pause, skip) keeps urgent speech;
a hard one (the person said "stop") silences everything, urgent included.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.audio.speaker import AudioOutput
from assistant.audio.tones import tone
from assistant.audio.tts import TTS, split_sentences
from assistant.core.clock import Monotonic, RealMonotonic
from assistant.core.events import Say, Tone
from assistant.voice.tasks import supervised

STALE_SECONDS = 6.0
"""An ordinary line that waited this long behind other speech is dropped."""


@dataclass
class Speech:
    """One item for the speaker: a Say or a Tone, from one delivery of outputs."""

    output: Say | Tone
    endpoint_at: float | None = None
    """When the utterance that caused it ended (for latency figures)."""
    delivery: int = 0
    """Items of one delivery play back to back; set by :meth:`Speaker.put_all`."""
    queued_at: float = 0.0

    @property
    def urgent(self) -> bool:
        return self.output.urgent


@dataclass
class SpeakerStats:
    first_audio: list[tuple[float, float]] = field(default_factory=list)
    """(endpoint time, first sample handed to the device) per answer, monotonic seconds."""
    barge_ins: list[float] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    """Ordinary lines dropped as stale or pre-empted."""


class Speaker:
    """Plays :class:`Speech` on ``output`` (None: only reported through ``on_text``)."""

    def __init__(self, tts: TTS | None, output: AudioOutput | None,
                 on_text: Callable[[str, str], None],
                 on_speaking: Callable[[bool], None] = lambda speaking: None,
                 clock: Monotonic | None = None) -> None:
        self.tts, self.output = tts, output
        self.on_text = on_text
        self.on_speaking = on_speaking
        self.clock = clock or RealMonotonic()
        self.urgent_q: deque[Speech] = deque()
        self.ordinary_q: deque[Speech] = deque()
        self.speaking: Speech | None = None
        self.recent_said: list[str] = []
        """The last sentences played."""
        self.stats = SpeakerStats()
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self._deliveries = 0
        self._last_delivery = -1
        self._pending_first: float | None = None
        self._recorded: set[float] = set()
        if hasattr(output, "on_first_audio"):
            output.on_first_audio = self._device_first_audio  # type: ignore[union-attr]

    # ---------------------------------------------------------------- the task
    def start(self) -> None:
        self._task = supervised("speaker", self._run)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    def _restart(self) -> None:
        """Cancel what is playing: cancel and recreate the speaker task."""
        if self.output is not None:
            self.output.stop()
        if self._task is not None:
            self._task.cancel()
        if self.speaking is not None:
            self.speaking = None
            self.on_speaking(False)
        self.start()

    # ---------------------------------------------------------------- queueing
    def put_all(self, items: list[Speech], first: bool = False) -> None:
        """One delivery (the outputs of one turn or one clock tick), in order. Urgent items cut
        through ordinary speech at once; with ``first`` (the answer to "help", "stop" or a red
        flag) the delivery cuts through everything, urgent speech included, and replaces all
        that was queued."""
        self._deliveries += 1
        for item in items:
            item.delivery, item.queued_at = self._deliveries, self.clock.now()
        if first:
            self._drop_ordinary("pre-empted")
            self.urgent_q.clear()
        for item in items:
            (self.urgent_q if item.urgent else self.ordinary_q).append(item)
        cut = self.speaking is not None and (first or (
            any(i.urgent for i in items) and not self.speaking.urgent))
        if cut:
            if not first:
                self._drop_ordinary("pre-empted")
            self._restart()
        self._idle.clear()
        self._wake.set()

    def put(self, item: Speech) -> None:
        self.put_all([item])

    def busy(self) -> bool:
        return bool(self.speaking or self.urgent_q or self.ordinary_q)

    async def idle(self) -> None:
        """Until nothing is queued or playing."""
        while self.busy():
            self._idle.clear()
            await self._idle.wait()

    def barge_in(self, hard: bool = False) -> None:
        """Stop speaking now and drop queued ordinary speech; ``hard`` (the person said "stop")
        drops urgent speech too."""
        self.stats.barge_ins.append(self.clock.now())
        self._drop_ordinary("barge-in")
        if hard:
            self.urgent_q.clear()
        if self.speaking is not None and (hard or not self.speaking.urgent):
            self._restart()
        elif not self.busy():
            self._idle.set()

    def _drop_ordinary(self, why: str) -> None:
        self.stats.dropped += [f"{why}: {_label(i)}" for i in self.ordinary_q]
        self.ordinary_q.clear()

    def _next(self) -> Speech | None:
        if self.urgent_q:
            return self.urgent_q.popleft()
        while self.ordinary_q:
            item = self.ordinary_q.popleft()
            waited = self.clock.now() - item.queued_at
            if waited > STALE_SECONDS and item.delivery != self._last_delivery:
                self.stats.dropped.append(f"stale: {_label(item)}")
                continue
            return item
        return None

    async def _run(self) -> None:
        while True:
            item = self._next()
            if item is None:
                self._idle.set()
                self._wake.clear()
                await self._wake.wait()
                continue
            self._last_delivery = item.delivery
            self.speaking = item
            self.on_speaking(True)
            try:
                await self._play(item)
            finally:
                if self.speaking is item:
                    self.speaking = None
                    self.on_speaking(False)

    # ---------------------------------------------------------------- playing
    async def _play(self, item: Speech) -> None:
        o = item.output
        if isinstance(o, Tone):
            samples, rate = tone(o.kind)
            if self.output is not None:
                self._first_audio(item)
                await self.output.play(samples, rate, f"tone:{o.kind}")
            else:
                self.on_text("tone", o.kind)
            return
        self.on_text("coach", o.text)
        if self.output is None or self.tts is None:
            return
        sentences = split_sentences(o.text) or [o.text]
        nxt = asyncio.ensure_future(self.tts.render(sentences[0], full_volume=o.urgent))
        try:
            for i in range(len(sentences)):
                rendered = await nxt
                if i + 1 < len(sentences):  # render the next while this one plays
                    nxt = asyncio.ensure_future(self.tts.render(sentences[i + 1],
                                                                full_volume=o.urgent))
                self.recent_said = [*self.recent_said, sentences[i]][-5:]
                if i == 0:
                    self._first_audio(item)
                await self.output.play(rendered.samples, rendered.rate, sentences[i])
        finally:
            nxt.cancel()

    def _first_audio(self, item: Speech) -> None:
        if item.endpoint_at is None or item.endpoint_at in self._recorded:
            return
        self._recorded.add(item.endpoint_at)
        if hasattr(self.output, "on_first_audio"):
            self._pending_first = item.endpoint_at  # the device callback records the time
        else:
            self.stats.first_audio.append((item.endpoint_at, self.clock.now()))

    def _device_first_audio(self, label: str, at: float) -> None:
        """Called from the audio thread when an item's first sample goes to the device."""
        endpoint, self._pending_first = self._pending_first, None
        if endpoint is not None:
            self.stats.first_audio.append((endpoint, at))


def _label(item: Speech) -> str:
    o = item.output
    return f"tone:{o.kind}" if isinstance(o, Tone) else o.text[:40]

"""The speaker: one task playing queued speech and tones, and barge-in.

Speech is rendered a sentence at a time (the next renders while one plays). Barge-in stops the
device at once, drops queued ordinary speech, and cancels and recreates the speaker task;
urgent speech (alarms, emergency warnings) is kept and never cut.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.audio.speaker import AudioOutput
from assistant.audio.tones import tone
from assistant.audio.tts import TTS, split_sentences
from assistant.core.events import Say, Tone
from assistant.voice.tasks import supervised


@dataclass
class Speech:
    """One item for the speaker: a Say or a Tone, with when the turn that made it ended."""

    output: Say | Tone
    endpoint_at: float | None = None


@dataclass
class SpeakerStats:
    first_audio: list[tuple[float, float]] = field(default_factory=list)
    """(endpoint time, first sample handed to the device) per answer, monotonic seconds."""
    barge_ins: list[float] = field(default_factory=list)


class Speaker:
    """Plays :class:`Speech` in order on ``output`` (None: only reported through ``on_text``)."""

    def __init__(self, tts: TTS | None, output: AudioOutput | None,
                 on_text: Callable[[str, str], None],
                 on_speaking: Callable[[bool], None] = lambda speaking: None) -> None:
        self.tts, self.output = tts, output
        self.on_text = on_text
        self.on_speaking = on_speaking
        self.queue: asyncio.Queue[Speech] = asyncio.Queue()
        self.speaking: Speech | None = None
        self.recent_said: list[str] = []
        """The last sentences played (for telling our own voice from the person's)."""
        self.stats = SpeakerStats()
        self._task: asyncio.Task[None] | None = None
        self._pending_first: float | None = None
        self._recorded: set[float] = set()
        if hasattr(output, "on_first_audio"):
            output.on_first_audio = self._device_first_audio  # type: ignore[union-attr]

    def start(self) -> None:
        self._task = supervised("speaker", self._run)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    def put(self, item: Speech) -> None:
        self.queue.put_nowait(item)

    async def idle(self) -> None:
        await self.queue.join()

    def barge_in(self) -> None:
        """Stop speaking now and drop queued speech; urgent items are kept and never cut."""
        kept = []
        while not self.queue.empty():
            item = self.queue.get_nowait()
            self.queue.task_done()
            if item.output.urgent:
                kept.append(item)
        for item in kept:
            self.queue.put_nowait(item)
        self.stats.barge_ins.append(time.monotonic())
        if self.speaking is not None and not self.speaking.output.urgent:
            if self.output is not None:
                self.output.stop()
            if self._task is not None:
                self._task.cancel()
                self.speaking = None
                self.on_speaking(False)
                self.start()

    async def _run(self) -> None:
        while True:
            item = await self.queue.get()
            try:
                self.speaking = item
                self.on_speaking(True)
                await self._play(item)
            finally:
                self.speaking = None
                self.queue.task_done()
                self.on_speaking(False)

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
        for i in range(len(sentences)):
            rendered = await nxt
            if i + 1 < len(sentences):  # render the next while this one plays
                nxt = asyncio.ensure_future(self.tts.render(sentences[i + 1],
                                                            full_volume=o.urgent))
            self.recent_said = [*self.recent_said, sentences[i]][-5:]
            if i == 0:
                self._first_audio(item)
            await self.output.play(rendered.samples, rendered.rate, sentences[i])

    def _first_audio(self, item: Speech) -> None:
        if item.endpoint_at is None or item.endpoint_at in self._recorded:
            return
        self._recorded.add(item.endpoint_at)
        if hasattr(self.output, "on_first_audio"):
            self._pending_first = item.endpoint_at  # the device callback records the time
        else:
            self.stats.first_audio.append((item.endpoint_at, time.monotonic()))

    def _device_first_audio(self, label: str, at: float) -> None:
        """Called from the audio thread when an item's first sample goes to the device."""
        endpoint, self._pending_first = self._pending_first, None
        if endpoint is not None:
            self.stats.first_audio.append((endpoint, at))

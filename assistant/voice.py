"""The live voice loop: microphone -> recognizer -> runtime -> speaker, on asyncio.

One long-lived task per service (mic, recognizer, dialogue, speaker, clock ticker), each fed by
its own queue. Tasks exit on cancellation and restart after any other error. Blocking work
(recognition, speech rendering) runs in executors. Hearing (grammar gating, wake phrase,
barge-in on "stop") is in :mod:`assistant.voice_hearing`.
"""

from __future__ import annotations

import asyncio
import logging
import re
import sys
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from assistant.asr import Recognizer
from assistant.audio import AudioInput, AudioOutput
from assistant.events import (
    Event,
    Interrupt,
    Output,
    Say,
    SettingChanged,
    Tone,
    Transcript,
)
from assistant.settings import Settings
from assistant.tts import TTS, split_sentences, tone
from assistant.voice_hearing import Hearing

log = logging.getLogger(__name__)

REPEAT = re.compile(r"^(please )?(repeat( that)?|say (that|it) again|what did you say|pardon|come again)( please)?$")
@dataclass
class Speech:
    """One item for the speaker: a Say or a Tone, with when the turn that made it ended."""

    output: Say | Tone
    endpoint_at: float | None = None


@dataclass
class VoiceStats:
    first_audio: list[tuple[float, float]] = field(default_factory=list)
    """(endpoint time, first sample handed to the device) per answer, monotonic seconds."""
    heard: list[Transcript] = field(default_factory=list)
    barge_ins: list[float] = field(default_factory=list)


class VoiceLoop(Hearing):
    def __init__(self, runtime: Any, recognizer: Recognizer | None, tts: TTS | None,
                 output: AudioOutput | None, settings: Settings,
                 on_text: Callable[[str, str], None] = lambda who, text: None,
                 on_event: Callable[[Output], None] = lambda e: None) -> None:
        self.runtime, self.rec, self.tts, self.output = runtime, recognizer, tts, output
        self.settings = settings
        self.wake = settings.recognizer.wake_phrase.lower().strip()
        self.on_text, self.on_event = on_text, on_event
        self.asr_q: asyncio.Queue[bytes | None] = asyncio.Queue()
        self.turn_q: asyncio.Queue[tuple[str, float | None]] = asyncio.Queue()
        self.speak_q: asyncio.Queue[Speech] = asyncio.Queue()
        self.stats = VoiceStats()
        self.awake_until = 0.0 if self.wake else float("inf")
        self.speaking: Speech | None = None
        self.recent_said: list[str] = []
        self.last_answer: list[Say] = []
        self._asr_pool = ThreadPoolExecutor(1, thread_name_prefix="asr")
        self._tick = asyncio.Event()
        self._input_done = asyncio.Event()
        self._partial, self._partial_age = "", 0
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._factories: dict[str, Callable[[], Coroutine[Any, Any, None]]] = {}
        self._pending_first: float | None = None
        self._recorded: set[float] = set()
        if hasattr(output, "on_first_audio"):
            output.on_first_audio = self._device_first_audio  # type: ignore[union-attr]

    # ---------------------------------------------------------------- task plumbing
    def start(self, audio_in: AudioInput | None = None) -> None:
        if audio_in is not None:
            self._spawn("mic", lambda: self._mic(audio_in))
            self._spawn("recognizer", self._recognize)
        self._spawn("dialogue", self._dialogue)
        self._spawn("speaker", self._speaker)
        self._spawn("ticker", self._ticker)
        self._update_grammar()

    def _spawn(self, name: str, factory: Callable[[], Coroutine[Any, Any, None]]) -> None:
        self._factories[name] = factory

        async def guarded() -> None:
            while True:
                try:
                    await factory()
                    return
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # a service failing must not end the loop
                    log.exception("voice %s task failed; restarting", name)
                    print(f"backcoach: voice {name} failed ({type(exc).__name__}: {exc}); "
                          "restarting it", file=sys.stderr, flush=True)
                    await asyncio.sleep(0.2)

        self._tasks[name] = asyncio.create_task(guarded(), name=f"voice-{name}")

    async def stop(self) -> None:
        for task in self._tasks.values():
            task.cancel()
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)
        await asyncio.get_running_loop().run_in_executor(None, self._asr_pool.shutdown, True)

    async def wait_idle(self) -> None:
        """Until the input (if it ends, like a file) is used up and everything heard has been
        answered and spoken."""
        if "mic" in self._tasks:
            await self._input_done.wait()
        while True:
            await self.asr_q.join()
            await self.turn_q.join()
            await self.speak_q.join()
            if self.asr_q.empty() and self.turn_q.empty() and self.speak_q.empty() and self.speaking is None:
                return
            await asyncio.sleep(0.01)

    # ---------------------------------------------------------------- hearing
    # ---------------------------------------------------------------- dialogue
    async def submit_text(self, text: str) -> None:
        """Typed text (keyboard mode) goes the same way as heard text."""
        self.turn_q.put_nowait((text, time.monotonic()))

    async def _dialogue(self) -> None:
        while True:
            text, endpoint_at = await self.turn_q.get()
            try:
                self.on_text("you", text)
                if REPEAT.match(text.strip(" .?!").lower()) and self.last_answer:
                    for say in self.last_answer:
                        self.speak_q.put_nowait(Speech(say, endpoint_at))
                    continue
                result = await self.runtime.handle_text(text)
                said = [o for o in result.outputs if isinstance(o, Say)]
                if said:
                    self.last_answer = said
                self.deliver(result.outputs, endpoint_at)
                self._tick.set()
            finally:
                self.turn_q.task_done()

    def deliver(self, outputs: list[Output], endpoint_at: float | None = None) -> None:
        for o in outputs:
            if isinstance(o, Interrupt):
                self.barge_in(o.reason)
            elif isinstance(o, (Say, Tone)):
                self.speak_q.put_nowait(Speech(o, endpoint_at))
            if isinstance(o, SettingChanged) and self.tts is not None:
                if o.name == "rate":
                    self.tts.set_rate(float(o.value))
                elif o.name == "volume":
                    self.tts.set_volume(float(o.value))
            if isinstance(o, Event):
                self.on_event(o)

    async def _ticker(self) -> None:
        clock = self.runtime.clock
        while True:
            deadline = self.runtime.next_deadline()
            self._tick.clear()
            sleep = asyncio.ensure_future(clock.sleep_until(deadline)) if deadline else None
            waits = [asyncio.ensure_future(self._tick.wait())] + ([sleep] if sleep else [])
            try:
                done, _ = await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for w in waits:
                    w.cancel()
            if sleep is not None and sleep in done:
                self.deliver(self.runtime.fire_due(clock.now()))

    # ---------------------------------------------------------------- speaking
    def barge_in(self, reason: str = "stop") -> None:
        """Stop speaking now and drop queued speech; urgent items are kept and never cut."""
        kept = []
        while not self.speak_q.empty():
            item = self.speak_q.get_nowait()
            self.speak_q.task_done()
            if item.output.urgent:
                kept.append(item)
        for item in kept:
            self.speak_q.put_nowait(item)
        self.stats.barge_ins.append(time.monotonic())
        if self.speaking is not None and not self.speaking.output.urgent:
            if self.output is not None:
                self.output.stop()
            task = self._tasks.get("speaker")
            if task is not None:
                task.cancel()
                self.speaking = None
                self._update_grammar()
                self._spawn("speaker", self._factories["speaker"])

    async def _speaker(self) -> None:
        while True:
            item = await self.speak_q.get()
            try:
                self.speaking = item
                self._update_grammar()
                await self._play(item)
            finally:
                self.speaking = None
                self.speak_q.task_done()
                if self.wake:
                    self.awake_until = time.monotonic() + self.settings.recognizer.follow_up_seconds
                self._update_grammar()

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
                nxt = asyncio.ensure_future(self.tts.render(sentences[i + 1], full_volume=o.urgent))
            self.recent_said = ([*self.recent_said, sentences[i]])[-5:]
            if i == 0:
                self._first_audio(item)
            await self.output.play(rendered.samples, rendered.rate, sentences[i])

    def _speech(self, output: Say | Tone) -> Speech:  # used by Hearing
        return Speech(output)

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

"""The live voice loop: microphone -> hearing -> conversation -> speaker, on asyncio.

One long-lived task per service (microphone, hearing, dialogue, speaker, clock ticker), each fed
by its own queue; tasks end on cancellation and restart after any other error. Recognition runs
on the hearing thread, dialogue turns on the dialogue thread, speech rendering on the speech
thread: nothing blocking runs on the event loop.

What is acted on: while awake (the wake phrase was heard, or just after an answer) everything
heard is a turn. While asleep or speaking, the recognizer is limited to the wake and safety
words; only "stop" and "help" get through while it speaks, and not when they are the
assistant's own words picked up by the microphone.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.audio.mic import AudioInput
from assistant.audio.speaker import AudioOutput
from assistant.audio.tts import TTS
from assistant.core.events import Event, Interrupt, Output, Say, SettingChanged, Tone, TurnResult
from assistant.core.settings import Settings
from assistant.hearing.hearing import Heard, Hearing, HearingEvent, StopPartial
from assistant.hearing.recognizer import UNK, Recognizer
from assistant.safety.screen import is_help, is_stop
from assistant.voice.ports import Conversation
from assistant.voice.speaker import Speaker, Speech
from assistant.voice.tasks import supervised

SAFETY_PHRASES = ["stop", "help", "help me", "stop it", "be quiet", "call for help"]
"""What can be heard while asleep or speaking (with the wake phrase when not speaking)."""
RECENT_STOP_SECONDS = 3.0


@dataclass
class VoiceStats:
    heard: list[Heard] = field(default_factory=list)


class VoiceLoop:
    """Wires one conversation to a recognizer, a speech engine and an audio output."""

    def __init__(self, conversation: Conversation, recognizer: Recognizer | None,
                 tts: TTS | None, output: AudioOutput | None, settings: Settings,
                 on_text: Callable[[str, str], None] = lambda who, text: None,
                 on_event: Callable[[Output], None] = lambda e: None,
                 on_turn: Callable[[TurnResult], None] = lambda r: None) -> None:
        self.conversation = conversation
        self.on_turn = on_turn
        self.settings = settings
        self.wake = settings.recognizer.wake_phrase.lower().strip()
        self.on_text, self.on_event = on_text, on_event
        self.hearing = Hearing(recognizer) if recognizer is not None else None
        self.speaker = Speaker(tts, output, on_text, self._speaking_changed)
        self.tts = tts
        self.turn_q: asyncio.Queue[tuple[str, float | None]] = asyncio.Queue()
        self.stats = VoiceStats()
        self.awake_until = 0.0 if self.wake else float("inf")
        self._tick = asyncio.Event()
        self._input_done = asyncio.Event()
        self._tasks: dict[str, asyncio.Task[None]] = {}

    # ---------------------------------------------------------------- tasks
    def start(self, audio_in: AudioInput | None = None) -> None:
        if audio_in is not None and self.hearing is not None:
            hearing = self.hearing
            self._tasks["mic"] = supervised("mic", lambda: self._mic(audio_in))
            self._tasks["hearing"] = supervised("hearing", lambda: hearing.run(self._on_heard))
        self._tasks["dialogue"] = supervised("dialogue", self._dialogue)
        self._tasks["ticker"] = supervised("ticker", self._ticker)
        self.speaker.start()
        self._update_grammar()

    async def stop(self) -> None:
        for task in self._tasks.values():
            task.cancel()
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)
        await self.speaker.stop()
        if self.hearing is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.hearing.close)

    async def wait_idle(self) -> None:
        """Until the input (if it ends, like a file) is used up and everything heard has been
        answered and spoken."""
        if "mic" in self._tasks:
            await self._input_done.wait()
        while True:
            if self.hearing is not None:
                await self.hearing.idle()
            await self.turn_q.join()
            await self.speaker.idle()
            if (self.turn_q.empty() and self.speaker.queue.empty()
                    and self.speaker.speaking is None):
                return
            await asyncio.sleep(0.01)

    # ---------------------------------------------------------------- hearing
    async def _mic(self, audio_in: AudioInput) -> None:
        assert self.hearing is not None
        async for chunk in audio_in.chunks():
            self.hearing.feed(chunk)
        self.hearing.feed(None)  # end of input
        self._input_done.set()

    def _asleep(self) -> bool:
        return self.speaker.speaking is not None or time.monotonic() > self.awake_until

    def _update_grammar(self) -> None:
        if self.hearing is None:
            return
        phrases = None
        if self._asleep():
            speaking = self.speaker.speaking is not None
            phrases = SAFETY_PHRASES + ([self.wake] if self.wake and not speaking else [])
        self.hearing.set_grammar(phrases)

    def _speaking_changed(self, speaking: bool) -> None:
        if not speaking and self.wake:
            self.awake_until = time.monotonic() + self.settings.recognizer.follow_up_seconds
        self._update_grammar()

    def _on_heard(self, event: HearingEvent) -> None:
        now = event.at
        if isinstance(event, StopPartial):  # a steady partial: barge in at once
            if self.speaker.speaking is not None and not self._echo("stop"):
                self.barge_in()
            return
        text = event.text
        if not text:
            return
        self.stats.heard.append(event)
        if not self._asleep():  # awake: everything is a command (wake phrase optional)
            if self.wake and text.startswith(self.wake):
                text = text[len(self.wake):].strip(" ,.")
            if text:
                self.turn_q.put_nowait((text, now))
            return
        if is_stop(text) or is_help(text):
            if self.speaker.speaking is not None and self._echo(text):
                return  # our own voice through the microphone
            if is_stop(text):
                barge_ins = self.speaker.stats.barge_ins
                was_speaking = self.speaker.speaking is not None or (
                    barge_ins and now - barge_ins[-1] < RECENT_STOP_SECONDS)
                self.barge_in()
                if was_speaking and not self.conversation.busy() and not is_help(text):
                    return  # "stop" only meant: stop talking
            self.turn_q.put_nowait((text, now))
            return
        if self.speaker.speaking is None and self.wake and self.wake in text:
            rest = text.split(self.wake, 1)[1].strip(" ,.")
            self.awake_until = now + self.settings.recognizer.follow_up_seconds
            if rest and rest.replace(UNK, "").strip():
                self.turn_q.put_nowait((rest, now))
            else:
                self.speaker.put(Speech(Tone("chime")))
            self._update_grammar()

    def _echo(self, heard: str) -> bool:
        """True when what was heard is mostly words the assistant itself just said."""
        said = set(re.findall(r"[a-z']+", " ".join(self.speaker.recent_said[-3:]).lower()))
        words = re.findall(r"[a-z']+", heard.lower())
        return bool(words) and sum(w in said for w in words) / len(words) >= 0.6

    # ---------------------------------------------------------------- dialogue
    async def submit_text(self, text: str) -> None:
        """Typed text (keyboard mode) goes the same way as heard text."""
        self.turn_q.put_nowait((text, time.monotonic()))

    async def _dialogue(self) -> None:
        while True:
            text, endpoint_at = await self.turn_q.get()
            try:
                self.on_text("you", text)
                result = await self.conversation.handle_text(text)
                self.on_turn(result)
                self.deliver(result.outputs, endpoint_at)
                self._tick.set()
            finally:
                self.turn_q.task_done()

    def deliver(self, outputs: list[Output], endpoint_at: float | None = None) -> None:
        for o in outputs:
            if isinstance(o, Interrupt):
                self.barge_in()
            elif isinstance(o, (Say, Tone)):
                self.speaker.put(Speech(o, endpoint_at))
            if isinstance(o, SettingChanged) and self.tts is not None:
                if o.name == "rate":
                    self.tts.set_rate(float(o.value))
                elif o.name == "volume":
                    self.tts.set_volume(float(o.value))
            if isinstance(o, Event):
                self.on_event(o)

    def barge_in(self) -> None:
        self.speaker.barge_in()

    async def _ticker(self) -> None:
        clock = self.conversation.clock
        while True:
            deadline = self.conversation.next_deadline()
            self._tick.clear()
            sleep = asyncio.ensure_future(clock.sleep_until(deadline)) if deadline else None
            waits = [asyncio.ensure_future(self._tick.wait())] + ([sleep] if sleep else [])
            try:
                done, _ = await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for w in waits:
                    w.cancel()
            if sleep is not None and sleep in done:
                self.deliver(self.conversation.fire_due(clock.now()))

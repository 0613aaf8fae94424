"""The live voice loop: microphone -> hearing -> conversation -> speaker, on asyncio.

One long-lived task per service (microphone, hearing, dialogue, speaker, clock ticker), each fed
by its own queue; tasks end on cancellation and restart after any other error. Recognition runs
on the hearing thread, dialogue turns on the dialogue thread, speech rendering on the speech
thread: nothing blocking runs on the event loop, and nothing waits behind a dialogue turn.

What is acted on:
- "stop" and "help" from the streaming result (:class:`KeywordHeard`), at once, wake phrase or
  not, whatever is playing: straight to the conversation's urgent path, not behind a turn;
- a red flag the safety screen finds at the emergency tier, wake phrase or not;
- anything else only while awake (the wake phrase was heard, or just after an answer), and not
  while the assistant speaks.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.audio.mic import AudioInput
from assistant.audio.speaker import AudioOutput
from assistant.audio.tts import TTS
from assistant.core.clock import Monotonic, RealMonotonic
from assistant.core.events import Event, Interrupt, Output, Say, SettingChanged, Tone, TurnResult
from assistant.core.settings import Settings
from assistant.hearing.hearing import Heard, Hearing, HearingEvent, KeywordHeard
from assistant.safety.screen import is_help, is_stop, unaddressed_sign
from assistant.voice.ports import Conversation
from assistant.voice.speaker import Speaker, Speech
from assistant.voice.tasks import supervised

ECHO_AFTER_SECONDS = 1.0
"""Speech heard this soon after the assistant stopped talking may still be its own echo."""


@dataclass
class VoiceStats:
    heard: list[Heard] = field(default_factory=list)
    keywords: list[KeywordHeard] = field(default_factory=list)


class VoiceLoop:
    """Wires one conversation to hearing, a speech engine and an audio output."""

    def __init__(self, conversation: Conversation, hearing: Hearing | None,
                 tts: TTS | None, output: AudioOutput | None, settings: Settings,
                 on_text: Callable[[str, str], None] = lambda who, text: None,
                 on_event: Callable[[Output], None] = lambda e: None,
                 on_turn: Callable[[TurnResult], None] = lambda r: None,
                 clock: Monotonic | None = None) -> None:
        self.conversation = conversation
        self.settings = settings
        self.clock = clock or RealMonotonic()
        self.wake = settings.recognizer.wake_phrase.lower().strip()
        self.on_text, self.on_event, self.on_turn = on_text, on_event, on_turn
        self.hearing = hearing
        self.speaker = Speaker(tts, output, on_text, self._speaking_changed, self.clock)
        self.tts = tts
        self.turn_q: asyncio.Queue[tuple[str, float | None] | tuple[str, float | None, bool]] = \
            asyncio.Queue()
        """Text for the dialogue task: (text, endpoint time[, addressed: False for speech in the
        follow-up window without the wake phrase])."""
        self.stats = VoiceStats()
        self.awake_until = 0.0 if self.wake else float("inf")
        self._woken_until = 0.0
        self._quiet_since = 0.0
        self._tick = asyncio.Event()
        self._input_done = asyncio.Event()
        self._tasks: dict[str, asyncio.Task[None]] = {}

    # ---------------------------------------------------------------- tasks
    def start(self, audio_in: AudioInput | None = None) -> None:
        if audio_in is not None and self.hearing is not None:
            hearing = self.hearing
            self._tasks["mic"] = supervised("mic", lambda: self._mic(audio_in))
            self._tasks["hearing"] = supervised("hearing", lambda: hearing.run(self.on_heard))
        self._tasks["dialogue"] = supervised("dialogue", self._dialogue)
        self._tasks["ticker"] = supervised("ticker", self._ticker)
        self.speaker.start()

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
            if self.turn_q.empty() and not self.speaker.busy():
                return
            await asyncio.sleep(0.01)

    async def _mic(self, audio_in: AudioInput) -> None:
        assert self.hearing is not None
        async for chunk in audio_in.chunks():
            self.hearing.feed(chunk)
        self.hearing.feed(None)  # end of input
        self._input_done.set()

    # ---------------------------------------------------------------- what is acted on
    def awake(self) -> bool:
        return self.clock.now() < self.awake_until

    def _speaking_changed(self, speaking: bool) -> None:
        if self.hearing is not None:
            self.hearing.speaking = speaking
        if not speaking:
            self._quiet_since = self.clock.now()
            if self.wake:
                self.awake_until = self.clock.now() + self.settings.recognizer.follow_up_seconds

    def on_heard(self, event: HearingEvent) -> None:
        if isinstance(event, KeywordHeard):
            self.stats.keywords.append(event)
            self.urgent(event.word, event.at)
            return
        self.stats.heard.append(event)
        text = event.text.strip()
        if not text:
            return
        if event.keyword and (is_stop(text) or is_help(text)) and len(text.split()) <= 4:
            return  # just the keyword, already acted on
        if event.keyword == "" and (is_stop(text) or is_help(text)) and len(text.split()) <= 4:
            self.urgent("stop" if is_stop(text) else text, event.at)
            return
        found = unaddressed_sign(text)
        if found is not None and found.tier == "emergency" and not self._echo(text):
            self.urgent(text, event.at)  # a red flag: at once, wake phrase or not
            return
        if self.speaker.speaking is not None:
            return  # only the safety words get through while the assistant speaks
        if self.awake():
            addressed = not self.wake or event.at < self._woken_until
            if self.wake and text.startswith(self.wake):
                text, addressed = text[len(self.wake):].strip(" ,."), True
            if text:
                self.turn_q.put_nowait((text, event.at, addressed))
            return
        if self.wake and self.wake in text:
            rest = text.split(self.wake, 1)[1].strip(" ,.")
            self.awake_until = event.at + self.settings.recognizer.follow_up_seconds
            if rest:
                self.turn_q.put_nowait((rest, event.at))
            else:  # the wake phrase alone: what comes next is for the assistant
                self._woken_until = self.awake_until
                self.speaker.put(Speech(Tone("chime")))

    def urgent(self, text: str, at: float) -> None:
        """"stop", a call for help or a red flag: silenced and answered at once, not behind a
        dialogue turn (the conversation's urgent path never waits)."""
        if is_stop(text):
            self.speaker.barge_in(hard=True)
        result = self.conversation.urgent(text)
        if result is None:
            self.turn_q.put_nowait((text, at))
            return
        self.on_text("you", text)
        self.on_turn(result)
        self.deliver(result.outputs, at, first=True)
        self._tick.set()

    def _echo(self, heard: str) -> bool:
        """Red-flag words heard while (or just after) the assistant said them: its own echo."""
        recent = self.speaker.speaking is not None or (
            self.clock.now() - self._quiet_since < ECHO_AFTER_SECONDS)
        if not recent:
            return False
        said = set(re.findall(r"[a-z']+", " ".join(self.speaker.recent_said[-3:]).lower()))
        words = re.findall(r"[a-z']+", heard.lower())
        return bool(words) and sum(w in said for w in words) / len(words) >= 0.6

    # ---------------------------------------------------------------- dialogue
    async def submit_text(self, text: str) -> None:
        """Typed text (keyboard mode) goes the same way as heard text."""
        if (is_stop(text) or is_help(text)) and len(text.split()) <= 4:
            self.urgent(text, self.clock.now())
        else:
            self.turn_q.put_nowait((text, self.clock.now()))

    async def _dialogue(self) -> None:
        while True:
            text, endpoint_at, *rest = await self.turn_q.get()
            try:
                addressed = bool(rest[0]) if rest else True
                if addressed:
                    self.on_text("you", text)
                result = await self.conversation.handle_text(text, addressed)
                self.on_turn(result)
                self.deliver(result.outputs, endpoint_at)
                self._tick.set()
            finally:
                self.turn_q.task_done()

    def deliver(self, outputs: list[Output], endpoint_at: float | None = None,
                first: bool = False) -> None:
        """Outputs to the speaker and the event log, in order; ``first``: they cut through
        whatever is playing (the answer to something urgent)."""
        speech: list[Speech] = []
        for o in outputs:
            if isinstance(o, Interrupt):
                self.speaker.put_all(speech, first=first)
                speech = []
                self.speaker.barge_in(hard=o.reason == "stop")
            elif isinstance(o, (Say, Tone)):
                speech.append(Speech(o, endpoint_at))
            if isinstance(o, SettingChanged) and self.tts is not None:
                if o.name == "rate":
                    self.tts.set_rate(float(o.value))
                elif o.name == "volume":
                    self.tts.set_volume(float(o.value))
            if isinstance(o, Event):
                self.on_event(o)
        if speech:
            self.speaker.put_all(speech, first=first)

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

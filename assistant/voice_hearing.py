"""Hearing for the voice loop: microphone -> recognizer -> what to act on.

While asleep (wake phrase not heard) or while the assistant speaks, the recognizer is limited
to a small grammar; a hit is decoded again with open vocabulary before anything is acted on,
and only stop/help get through while it speaks (and not when they are the assistant's own
words picked up by the microphone). A "stop" that stays in the partial result for 90 ms stops
the speech at once, without waiting for the end of the utterance.
"""

from __future__ import annotations

import asyncio
import re
import time
from typing import Any

from assistant.asr import UNK
from assistant.audio import AudioInput
from assistant.events import Partial, Tone, Transcript

try:  # the safety module owns these words; a small list keeps the loop working without it
    from assistant.safety import is_help, is_stop
except ImportError:  # pragma: no cover - depends on the other module being present
    def is_stop(text: str) -> bool:
        return bool(re.search(r"\b(stop|quiet|shut up|enough|cancel)\b", text.lower()))

    def is_help(text: str) -> bool:
        return bool(re.search(r"\b(help|emergency|ambulance)\b", text.lower()))

SAFETY_PHRASES = ["stop", "help", "help me", "stop it", "be quiet", "call for help"]


class Hearing:
    """Mixin for :class:`assistant.voice.VoiceLoop` (which owns the queues and state)."""

    rec: Any
    asr_q: asyncio.Queue[bytes | None]
    turn_q: asyncio.Queue[tuple[str, float | None]]
    speak_q: asyncio.Queue[Any]
    speaking: Any
    awake_until: float
    wake: str
    settings: Any
    stats: Any
    runtime: Any
    recent_said: list[str]
    _asr_pool: Any
    _input_done: asyncio.Event
    _partial: str
    _partial_age: int

    def barge_in(self, reason: str = "stop") -> None:
        raise NotImplementedError

    def _speech(self, output: Any) -> Any:
        raise NotImplementedError

    async def _mic(self, audio_in: AudioInput) -> None:
        async for chunk in audio_in.chunks():
            self.asr_q.put_nowait(chunk)
        self.asr_q.put_nowait(None)  # end of input
        self._input_done.set()

    def _asleep(self) -> bool:
        return self.speaking is not None or time.monotonic() > self.awake_until

    def _update_grammar(self) -> None:
        if self.rec is None:
            return
        phrases = None
        if self._asleep():
            phrases = SAFETY_PHRASES + ([self.wake] if self.wake and self.speaking is None else [])
        self._asr_pool.submit(self.rec.set_grammar, phrases)

    async def _recognize(self) -> None:
        assert self.rec is not None
        loop = asyncio.get_running_loop()
        while True:
            first = await self.asr_q.get()
            batch = [first]
            while not self.asr_q.empty():
                batch.append(self.asr_q.get_nowait())
            try:
                results = await loop.run_in_executor(self._asr_pool, self._accept_all, batch)
                for r in results:
                    await self._on_result(r)
            finally:
                for _ in batch:
                    self.asr_q.task_done()

    def _accept_all(self, batch: list[bytes | None]) -> list[Any]:
        """Runs in the recognizer thread. A grammar hit comes out as (hit, open re-decode); a
        partial holding "stop" unchanged for 90 ms comes out as ("stop", text)."""
        assert self.rec is not None
        out: list[Any] = []
        for pcm in batch:
            r = self.rec.flush() if pcm is None else self.rec.accept(pcm)
            if isinstance(r, Partial):
                self._partial, self._partial_age = r.text, 0
            elif r is None:
                self._partial_age += 1
                if self._partial_age == 3 and "stop" in self._partial.split():
                    out.append(("stop", self._partial))
            else:
                self._partial = ""
            grammar = getattr(self.rec, "utterance_grammar", None)
            if isinstance(r, Transcript) and grammar is not None:
                if any(w != UNK for w in r.text.split()):
                    r = (r, self.rec.redecode_open())
            if r is not None:
                out.append(r)
        return out

    async def _on_result(self, r: Any) -> None:
        now = time.monotonic()
        if isinstance(r, Partial):
            return
        if isinstance(r, tuple) and r[0] == "stop":  # a steady partial: barge in at once
            if self.speaking is not None and not self._echo("stop"):
                self.barge_in("heard stop")
            return
        grammar_hit, open_t = (r if isinstance(r, tuple) else (None, r))
        text = (open_t.text if open_t else grammar_hit.text if grammar_hit else "").lower()
        if not text:
            return
        self.stats.heard.append(open_t or grammar_hit)
        if not self._asleep():  # awake: everything is a command (wake phrase optional)
            if self.wake and text.startswith(self.wake):
                text = text[len(self.wake):].strip(" ,.")
            if text:
                self.turn_q.put_nowait((text, now))
            return
        if is_stop(text) or is_help(text):
            if self.speaking is not None and self._echo(text):
                return  # our own voice through the microphone
            if is_stop(text):
                was_speaking = self.speaking is not None or (
                    self.stats.barge_ins and now - self.stats.barge_ins[-1] < 3.0)
                self.barge_in("heard stop")
                busy = any(sv.busy() for sv in getattr(self.runtime, "services", []))
                if was_speaking and not busy and not is_help(text):
                    return  # "stop" only meant: stop talking
            self.turn_q.put_nowait((text, now))
            return
        if self.speaking is None and self.wake and self.wake in text:
            rest = text.split(self.wake, 1)[1].strip(" ,.")
            self.awake_until = now + self.settings.recognizer.follow_up_seconds
            if rest and rest.replace(UNK, "").strip():
                self.turn_q.put_nowait((rest, now))
            else:
                self.speak_q.put_nowait(self._speech(Tone("chime")))
            self._update_grammar()

    def _echo(self, heard: str) -> bool:
        """True when what was heard is mostly words the assistant itself just said."""
        said = set(re.findall(r"[a-z']+", " ".join(self.recent_said[-3:]).lower()))
        words = re.findall(r"[a-z']+", heard.lower())
        return bool(words) and sum(w in said for w in words) / len(words) >= 0.6


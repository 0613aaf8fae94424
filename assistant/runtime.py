"""The runtime: one conversation, its safety gate, its dialogue model and its services.

A turn: clean the text -> safety screen (always first, works without the model) -> Rasa ->
carry out the ops the custom actions asked for. Between turns the clock drives the services
(timers, routines, alarm) through ``next_deadline()`` and ``fire_due(now)``.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from typing import Any, Protocol

from actions.ops import OP_KEY
from assistant.alarm import AlarmService
from assistant.brain import Brain
from assistant.clock import Clock, VirtualClock, run_until
from assistant.events import (
    Emergency,
    Interrupt,
    Output,
    Say,
    SettingChanged,
    TurnResult,
)
from assistant.routines import RoutineService
from assistant.safety import SafetyGate, is_stop
from assistant.settings import Settings
from assistant.store import Store
from assistant.timers import TimerService

log = logging.getLogger(__name__)

MAX_CHARS = 400
DISCLAIMER = "Please remember: I am not a doctor, and I am not an emergency service."
NOT_READY = ("I am still getting ready. I can already hear help and stop. "
             "I will answer that in a moment.")
EMPTY = "I did not hear anything. Tell me how your back is, or say help."
TOO_LONG = "That is a lot for me. Please ask me one short question at a time."
NOT_ENGLISH = "Sorry, I only understand English. Please ask in English."
NOTHING_PENDING = "Okay."
TIMER_INTENTS = {"start_timer", "cancel_timer", "timer_status", "add_time", "pause", "resume"}


class Service(Protocol):
    def next_deadline(self) -> float | None: ...

    def fire_due(self, now: float) -> list[Output]: ...

    def handle(self, op: str, args: dict[str, Any], now: float) -> list[Output] | None: ...

    def busy(self) -> bool: ...


def clean_text(raw: str) -> str:
    """Printable text only, spaces folded; keeps letters of any script (checked later)."""
    text = "".join(ch if unicodedata.category(ch)[0] in "LNPZS" else " " for ch in raw)
    return re.sub(r"\s+", " ", text).strip()


def looks_english(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    return sum(ch.isascii() for ch in letters) / len(letters) >= 0.6


class Runtime:
    """One conversation. Not thread-safe: drive it from one asyncio task."""

    def __init__(self, settings: Settings, clock: Clock, store: Store,
                 brain: Brain | None = None, first_run_notice: bool = False) -> None:
        self.settings = settings
        self.first_run_notice = first_run_notice
        self.clock = clock
        self.store = store
        self.brain = brain
        self.safety = SafetyGate(settings.safety)
        self.alarm = AlarmService(settings.safety)
        self.timers = TimerService(store, settings.timers)
        self.routines = RoutineService()
        self.services: list[Service] = [self.alarm, self.timers, self.routines]
        self.sender_id = Brain.new_sender()
        self.last_said: list[str] = []
        self.deferred: str | None = None
        """A question asked before the dialogue model was ready, to answer once it is."""

    @property
    def brain_ready(self) -> bool:
        return self.brain is not None and self.brain.ready

    def take_deferred(self) -> str | None:
        """The question that arrived too early (once), for the caller to ask again."""
        text, self.deferred = self.deferred, None
        return text

    # ----- turns -----------------------------------------------------------------------------
    async def handle_text(self, raw: str) -> TurnResult:
        text = clean_text(raw)
        result = TurnResult(text=text)
        result.outputs = await self._turn(text, result)
        if self.first_run_notice and not self.store.get_pref("first_run_done", ""):
            self.store.set_pref("first_run_done", "1")
            result.outputs.append(Say(DISCLAIMER))
        said = [o.text for o in result.outputs if isinstance(o, Say)]
        if said and result.intent != "repeat":
            self.last_said = said
        return result

    async def _turn(self, text: str, result: TurnResult) -> list[Output]:
        now = self.clock.now()
        if not text:
            return [Say(EMPTY)]
        safety = self.safety.check(text)
        if safety is not None:
            result.intent = f"safety_{safety.tier}"
            result.confidence = 1.0
            safe = self._after_safety(safety.outputs, now)
            if safety.op:
                safe += self.do(safety.op[0], dict(safety.op[1]), now)
            return safe
        if is_stop(text) and (self.alarm.busy() or not self.brain_ready):
            result.intent = "stop"
            return self._control("stop", now)
        if len(text) > MAX_CHARS:
            return [Say(TOO_LONG)]
        if not looks_english(text):
            return [Say(NOT_ENGLISH)]
        if not self.brain_ready:
            self.deferred = text
            return [Say(NOT_READY)]
        assert self.brain is not None
        try:
            reply = await self.brain.turn(text, self.sender_id)
        except Exception:  # the model failing must not silence the assistant
            log.exception("dialogue model failed")
            return [Say(self.settings.dialogue.fallback_message)]
        result.intent, result.confidence = reply.intent, reply.confidence
        result.entities = reply.entities
        redirected = self._in_context(reply.intent, reply.entities, now)
        if redirected is not None:
            return redirected
        outputs: list[Output] = []
        for message in reply.messages:
            custom = message.get("custom")
            if isinstance(custom, dict) and OP_KEY in custom:
                op = custom[OP_KEY]
                if op == "alarm.start" and (
                        reply.confidence < self.settings.safety.model_alarm_confidence):
                    outputs += self.safety.offer_alarm()  # the model's unsure guess: ask first
                    continue
                outputs += self.do(op, custom.get("args") or {}, now)
            elif message.get("text"):
                outputs.append(Say(message["text"]))
        if not outputs:
            outputs.append(Say(self.settings.dialogue.fallback_message))
        return outputs

    def _in_context(self, intent: str | None, entities: list[dict[str, Any]],
                    now: float) -> list[Output] | None:
        """Short answers that only make sense in context: "the ice one" to "which timer?",
        "go on" while a routine is paused."""
        therapy = [e["value"] for e in entities if e.get("entity") == "therapy"]
        if (therapy and self.timers.awaiting_answer(now) and intent not in TIMER_INTENTS
                and len(set(therapy)) == 1):
            return self.do("answer", {"value": therapy[0]}, now)
        if intent == "tell_me_more" and self.routines.busy() and self.routines.paused():
            return self._control("resume", now)
        return None

    def _after_safety(self, outputs: list[Output], now: float) -> list[Output]:
        """A red flag stops any routine (a stretch must not go on) and runs the notify hook."""
        emergencies = [o for o in outputs if isinstance(o, Emergency) and o.tier == "emergency"]
        if emergencies and self.routines.busy():
            outputs = [*(self.routines.handle("control", {"cmd": "stop"}, now) or []), *outputs]
        for e in emergencies:
            self.alarm.notify(e.reason)
        return outputs

    # ----- ops from custom actions --------------------------------------------------------
    def do(self, op: str, args: dict[str, Any], now: float) -> list[Output]:
        """Carry out one op (see docs/ARCHITECTURE.md)."""
        if op == "repeat":
            return [Say(t) for t in self.last_said] or [Say("I have not said anything yet.")]
        if op == "speech":
            return self._speech(str(args.get("name", "volume")), int(args.get("step", 1)))
        if op == "emergency":
            return self._after_safety(self.safety.op_answer(args), now)
        if op == "warning_signs":
            return self.safety.warning_signs_answer()
        if op == "control":
            return self._control(str(args.get("cmd", "stop")), now)
        if op == "answer":
            return self._answer(args, now)
        for service in self.services:
            out = service.handle(op, args, now)
            if out is not None:
                return out
        log.warning("no service took op %s", op)
        return [Say(self.settings.dialogue.fallback_message)]

    def _answer(self, args: dict[str, Any], now: float) -> list[Output]:
        """Yes/no (or "the ice one"): a ringing timer takes a yes as "it's off"; otherwise
        the most recently asked open question gets the answer."""
        if args.get("value") == "yes" and self.timers.ringing():
            out = self.timers.handle("ack", {}, now)
            if out is not None:
                return out
        askers = [s for s in (self.timers, self.routines) if s.awaiting_answer(now)]
        askers.sort(key=lambda s: s.question_asked_at or 0.0, reverse=True)
        for service in askers:
            out = service.handle("answer", args, now)
            if out is not None:
                return out
        return [Say(NOTHING_PENDING)]

    def _control(self, cmd: str, now: float) -> list[Output]:
        """Stop, pause, slower, ...: for whatever is running, most urgent first."""
        for service in self._control_order():
            if service.busy():
                out = service.handle("control", {"cmd": cmd}, now)
                if out is not None:
                    return [Interrupt(cmd), *out] if cmd == "stop" else out
        if cmd in ("slower", "faster"):
            return self._speech("rate", -1 if cmd == "slower" else 1)
        if cmd == "stop":
            return [Interrupt(cmd)]
        if cmd == "hurt":
            return [Say("Stop moving and rest in the position that eases the pain. "
                        "If the pain spreads down a leg, or you feel numb or weak, tell me.")]
        return [Say("Nothing is running right now.")]

    def _control_order(self) -> list[Service]:
        """Most urgent first: the alarm, a ringing timer, a routine, then running timers."""
        order: list[Service] = [self.alarm]
        if self.timers.ringing():
            order.append(self.timers)
        return [*order, self.routines, self.timers]

    def _speech(self, name: str, step: int) -> list[Output]:
        """Louder/quieter/slower/faster, kept as a preference across restarts."""
        if name == "rate":
            base = float(self.store.get_pref("speech.rate", str(self.settings.speech.rate)))
            value = min(220.0, max(90.0, base + 20 * step))
            word = "slower" if step < 0 else "faster"
        else:
            base = float(self.store.get_pref("speech.volume", str(self.settings.speech.volume)))
            value = round(min(1.0, max(0.2, base + 0.15 * step)), 2)
            word = "quieter" if step < 0 else "louder"
        self.store.set_pref(f"speech.{name}", str(value))
        return [SettingChanged(name, value), Say(f"Okay, I will speak {word}.")]

    # ----- the clock ----------------------------------------------------------------------
    def next_deadline(self) -> float | None:
        deadlines = [d for s in self.services if (d := s.next_deadline()) is not None]
        return min(deadlines) if deadlines else None

    def fire_due(self, now: float) -> list[Output]:
        outputs: list[Output] = []
        for service in self.services:
            outputs += service.fire_due(now)
        return outputs

    def advance(self, seconds: float) -> list[tuple[float, list[Output]]]:
        """Virtual clock only: step to each deadline within ``seconds``, firing as we go."""
        assert isinstance(self.clock, VirtualClock)
        return run_until(self.clock, seconds, self)

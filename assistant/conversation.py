"""One conversation: its safety gate, its dialogue model and its services.

A turn reads top to bottom (:meth:`Conversation.handle_text`, docs/ARCHITECTURE.md "One turn"):
clean the text; the safety screen and gate (always first, no model needed); guards that need no
model; the dialogue model on its own thread; its ops, each carried out by the service registered
for its type (the model's red flags and unsure alarms go back through the gate); the outputs.
Between turns the clock drives the services through ``next_deadline()`` and ``fire_due(now)``.
"""

from __future__ import annotations

import logging
from typing import Any

from assistant.core import lines
from assistant.core.clock import Clock, VirtualClock, run_until
from assistant.core.events import Emergency, Interrupt, Output, Say, TurnResult
from assistant.core.ops import (
    Ack,
    AlarmStart,
    Answer,
    Control,
    ControlCmd,
    Op,
    RedFlag,
    Repeat,
    SpeechStep,
    WarningSigns,
)
from assistant.core.settings import Settings
from assistant.core.store import Store
from assistant.core.text import MAX_CHARS, clean_text, looks_english
from assistant.dialogue.agent import Dialogue, DialogueReply
from assistant.dialogue.follow_up import FOLLOW_UP_INTENTS, Listening, listening
from assistant.dialogue.session import DialogueSession
from assistant.safety.gate import SafetyDecision, SafetyGate
from assistant.safety.screen import is_stop
from assistant.services.alarm import AlarmService
from assistant.services.base import Service
from assistant.services.routines.service import RoutineService
from assistant.services.speech_prefs import speech_step
from assistant.services.timers.service import TimerService

log = logging.getLogger(__name__)

IGNORED = "ignored"  # the intent of speech in the follow-up window not for the assistant
TIMER_INTENTS = {"start_timer", "cancel_timer", "timer_status", "add_time", "pause", "resume"}


class Conversation:
    """One conversation. Not thread-safe: drive it from one asyncio task."""

    def __init__(self, settings: Settings, clock: Clock, store: Store,
                 dialogue: Dialogue | None = None, first_run_notice: bool = False) -> None:
        self.settings = settings
        self.first_run_notice = first_run_notice
        self.clock = clock
        self.store = store
        self.dialogue = dialogue
        self.gate = SafetyGate(settings.safety)
        self.alarm = AlarmService(settings.safety)
        self.timers = TimerService(store, settings.timers)
        self.routines = RoutineService()
        self.services: list[Service] = [self.alarm, self.timers, self.routines]
        self._routes: dict[type[Any], Service] = {
            op_type: service for service in self.services for op_type in service.ops}
        self.session = DialogueSession(dialogue, settings.dialogue)
        self.last_said: list[str] = []
        """What the last answer said, for "repeat that"."""
        self.deferred: str | None = None
        """A question asked before the dialogue model was ready, to answer once it is."""
        self.more: list[Output] | None = None  # "tell me more" after our warning signs

    @property
    def dialogue_ready(self) -> bool:
        return self.dialogue is not None and self.dialogue.ready

    def busy(self) -> bool:
        """Something is running, ringing or paused (the alarm, a timer, a routine)."""
        return any(s.busy() for s in self.services)

    def take_deferred(self) -> str | None:
        """The question that arrived too early (once), for the caller to ask again."""
        text, self.deferred = self.deferred, None
        return text

    # ----- one turn ---------------------------------------------------------------------------
    async def handle_text(self, raw: str, addressed: bool = True) -> TurnResult:
        """One turn; ``addressed=False``: heard in the follow-up window (:mod:`.dialogue.follow_up`)."""
        text = clean_text(raw)
        result = TurnResult(text=text)
        how = Listening.ALL if addressed else listening(text, self.gate.pending is not None,
                                                        self.last_said)
        result.outputs = await self._turn(text, result, self.clock.now(), how)
        return result if result.intent == IGNORED else self._finish(result)

    def urgent(self, raw: str) -> TurnResult | None:
        """"stop", a call for help or a red flag, without the dialogue model: answered at once,
        even while a dialogue turn is under way (nothing here waits). None when the text holds
        nothing urgent (it then goes through :meth:`handle_text`)."""
        text = clean_text(raw)
        result = TurnResult(text=text)
        now = self.clock.now()
        if is_stop(text):
            result.intent = "stop"
            result.outputs = self._control(ControlCmd.STOP, now)
        else:
            decision = self.gate.check(text, now)
            if decision is None:
                return None
            result.intent, result.confidence = f"safety_{decision.tier}", 1.0
            result.outputs = self._decided(decision, now)
        return self._finish(result)

    def _finish(self, result: TurnResult) -> TurnResult:
        now = self.clock.now()
        self.gate.aftercare.heard(now)
        if self.first_run_notice and not self.store.get_pref("first_run_done", ""):
            self.store.set_pref("first_run_done", "1")
            result.outputs.append(Say(lines.DISCLAIMER))
        if self.store.news_of_problem():  # nothing can be saved: said once, after the rest
            result.outputs.append(Say(lines.NO_SAVE))
        said = [o.text for o in result.outputs if isinstance(o, Say)]
        if said and result.intent != "repeat":
            self.last_said = said
        return result

    def _decided(self, decision: SafetyDecision, now: float) -> list[Output]:
        self.more = self.gate.more_after(decision)
        said = self._after_red_flag(decision.outputs, now)
        return said + (self.do(decision.op, now) if decision.op else [])

    async def _turn(self, text: str, result: TurnResult, now: float,
                    how: Listening = Listening.ALL) -> list[Output]:
        if how is Listening.IGNORE or (how is Listening.FOLLOW_UP and not text):
            result.intent = IGNORED
            return []
        more, self.more = self.more, None
        if not text:
            return [Say(lines.EMPTY)]
        # 2. the safety screen and gate (in the follow-up window: clear signs only)
        decision = (self.gate.check_clear if how is Listening.FOLLOW_UP else self.gate.check)(text, now)
        if decision is not None:
            result.intent, result.confidence = f"safety_{decision.tier}", 1.0
            return self._decided(decision, now)
        # 3. guards that need no model
        if is_stop(text) and (self.alarm.busy() or not self.dialogue_ready):
            result.intent = "stop"
            return self._control(ControlCmd.STOP, now)
        if len(text) > MAX_CHARS:
            return [Say(lines.TOO_LONG)]
        if not looks_english(text):
            return [Say(lines.NOT_ENGLISH)]
        if how is Listening.FOLLOW_UP and not self.dialogue_ready:
            self.more, result.intent = more, IGNORED  # no model to tell a follow-up: not for us
            return []
        if not self.dialogue_ready:
            self.deferred = text
            return [Say(lines.NOT_READY)]
        # 4. the dialogue model
        assert self.dialogue is not None
        try:
            sender = await self.session.before_turn(now)  # flat cost: kept short, fresh when idle
            reply = await self.dialogue.turn(text, sender)
        except Exception:  # the model failing must not silence the assistant
            log.exception("dialogue model failed")
            return [Say(self.settings.dialogue.fallback_message)]
        reply = await self._second_reading(text, reply, self.dialogue)
        if how is Listening.FOLLOW_UP and reply.intent not in FOLLOW_UP_INTENTS:
            self.more, result.intent = more, IGNORED
            return []
        result.intent, result.confidence = reply.intent, reply.confidence
        if reply.intent == "tell_me_more" and more and not self.routines.paused():
            return more
        result.entities = reply.entities
        # 5. its ops, and 6. the outputs (then any safety question still open, once more)
        in_context = self._in_context(reply, now)
        if in_context is not None:
            outputs = self.do(in_context, now)
        else:
            outputs = []
            for item in reply.replies:
                outputs += ([Say(item)] if isinstance(item, str)
                            else self._model_op(item, reply, now))
            outputs = outputs or [Say(self.settings.dialogue.fallback_message)]
        return outputs + self.gate.reminder(now) + self.gate.aftercare.reminder(now)

    async def _second_reading(self, text: str, reply: DialogueReply, dm: Dialogue) -> DialogueReply:
        """A red flag the model is unsure of in words with nothing of a warning sign in them, or
        a see-a-doctor-soon sign only the model heard (the screen catches those plainly said),
        is not a question worth asking: answer the model's next most likely reading instead."""
        flags = [r for r in reply.replies if isinstance(r, RedFlag)]
        unsure = (reply.confidence < self.settings.safety.model_red_flag_confidence
                  and not self.gate.sign_words(text))
        if flags and (unsure or self.gate.lookalike() or all(f.tier == "soon" for f in flags)):
            readings = [(i, c) for i, c in reply.ranking[1:] if not i.startswith("report_")
                        and i not in ("call_for_help", "nlu_fallback")][:1]
            reply = DialogueReply(reply.intent, reply.confidence, reply.entities, [])
            for intent, confidence in readings:
                reply = await dm.turn_as(intent, reply.entities, self.session.sender_id)
                reply.intent, reply.confidence = intent, confidence
        if reply.medicine_with_condition():  # a medicine question: its caution (actions/care.py)
            medicine = await dm.turn_as("ask_medicine", reply.entities, self.session.sender_id)
            medicine.intent, medicine.confidence = "ask_medicine", reply.confidence
            return medicine
        return reply

    def _in_context(self, reply: DialogueReply, now: float) -> Op | None:
        """Answers that need context: "the ice one" to "which timer?", "go on" when paused."""
        therapy = [e["value"] for e in reply.entities if e.get("entity") == "therapy"]
        if (therapy and self.timers.question_asked_at(now) is not None
                and reply.intent not in TIMER_INTENTS and len(set(therapy)) == 1):
            return Answer(str(therapy[0]))
        if reply.intent == "tell_me_more" and self.routines.busy() and self.routines.paused():
            return Control(ControlCmd.RESUME)
        return None

    def _model_op(self, op: Op, reply: DialogueReply, now: float) -> list[Output]:
        """An op from the dialogue model. Its red flags are a statistical guess, so they go
        through the gate; an unsure call for help is offered, not sounded; after an emergency
        the gate holds back what its advice rules out (heat, stretching)."""
        if isinstance(op, RedFlag):
            return self._after_red_flag(self.gate.op_answer(op, now), now)
        if (isinstance(op, AlarmStart)
                and reply.confidence < self.settings.safety.model_alarm_confidence):
            return self.gate.offer_alarm()
        return self.gate.aftercare.blocks(op, now) or self.do(op, now)

    def _after_red_flag(self, outputs: list[Output], now: float) -> list[Output]:
        """An emergency stops any routine (no stretch goes on) and runs the notify hook."""
        emergencies = [o for o in outputs if isinstance(o, Emergency) and o.tier == "emergency"]
        if emergencies and self.routines.busy():
            outputs = [*self.routines.control(ControlCmd.STOP, now), *outputs]
        for e in emergencies:
            self.alarm.notify(e.reason)
        return outputs

    # ----- ops -----------------------------------------------------------------------------------
    def do(self, op: Op, now: float) -> list[Output]:
        """Carry out one op: the conversation's own, or the service registered for its type."""
        if isinstance(op, Repeat):
            return [Say(t) for t in self.last_said] or [Say("I have not said anything yet.")]
        if isinstance(op, SpeechStep):
            return speech_step(self.store, self.settings.speech, op.setting, op.step)
        if isinstance(op, RedFlag):
            return self._after_red_flag(self.gate.op_answer(op, now), now)
        if isinstance(op, WarningSigns):
            self.more = self.gate.warning_signs_more()
            return self.gate.warning_signs_answer()
        if isinstance(op, Control):
            return self._control(op.cmd, now)
        if isinstance(op, Answer):
            return self._answer(op.value.lower(), now)
        return self._routes[type(op)].handle(op, now)

    def _answer(self, value: str, now: float) -> list[Output]:
        """Yes/no ("the ice one"): a ringing timer takes a yes; else the latest open question."""
        if value == "yes" and self.timers.ringing():
            return self.do(Ack(), now)
        askers = [(at, s) for s in self.services
                  if (at := s.question_asked_at(now)) is not None]
        for _, service in sorted(askers, key=lambda a: a[0], reverse=True):
            if service.takes_answer(value, now):
                return service.answer(value, now)
        return [Say(lines.NOTHING_PENDING)]

    def _control(self, cmd: ControlCmd, now: float) -> list[Output]:
        """Stop, pause, slower, ...: for whatever is running, most urgent first."""
        for service in sorted((s for s in self.services if s.busy()),
                              key=lambda s: s.urgency(), reverse=True):
            if service.wants_control(cmd):
                out = service.control(cmd, now)
                return [Interrupt(cmd.value), *out] if cmd == ControlCmd.STOP else out
        if cmd in (ControlCmd.SLOWER, ControlCmd.FASTER):
            return speech_step(self.store, self.settings.speech, "rate",
                               -1 if cmd == ControlCmd.SLOWER else 1)
        if cmd == ControlCmd.STOP:
            return [Interrupt(cmd.value)]
        if cmd == ControlCmd.HURT:
            return [Say("Stop moving and rest in the position that eases the pain. "
                        "If the pain spreads down a leg, or you feel numb or weak, tell me.")]
        return [Say("Nothing is running right now.")]

    # ----- the clock ----------------------------------------------------------------------------
    def next_deadline(self) -> float | None:
        deadlines = [d for s in self.services if (d := s.next_deadline()) is not None]
        if (again := self.gate.aftercare.next_deadline()) is not None:
            deadlines.append(again)
        return min(deadlines) if deadlines else None

    def fire_due(self, now: float) -> list[Output]:
        outputs: list[Output] = self.gate.aftercare.fire_due(now)
        for service in self.services:
            outputs += service.fire_due(now)
        return outputs + ([Say(lines.NO_SAVE)] if outputs and self.store.news_of_problem() else [])

    def advance(self, seconds: float) -> list[tuple[float, list[Output]]]:
        """Virtual clock only: step to each deadline within ``seconds``, firing as we go."""
        assert isinstance(self.clock, VirtualClock)
        return run_until(self.clock, seconds, self)

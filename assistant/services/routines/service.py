"""Guided breathing and stretches as a clock-free service (``now`` is passed into every call).

Cue times are absolute deadlines: each step starts exactly where the last one ended, measured
from the routine start, so the spoken counts do not drift. Controls at any time: stop, pause,
resume, skip, repeat (a step), slower, faster, longer (breathing), and "hurt", which stops at
once and says what to do instead. Sources of every value: :mod:`.exercises`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from assistant.core.events import (
    Interrupt,
    Output,
    RoutineFinished,
    RoutineStarted,
    RoutineStopped,
    Say,
)
from assistant.core.ops import ControlCmd, Op, RoutineOffer, RoutineStart
from assistant.services.routines.exercises import DEFAULT_EXERCISE, EXERCISES, spoken_list
from assistant.services.routines.steps import (
    Pace,
    Step,
    breath_cycle,
    breathing_steps,
    stretch_steps,
)

EASED_VALID_SECONDS = 2 * 3600.0
"""A "yes, the worst has eased" answer covers stretches started within this long."""
PENDING_SECONDS = 120.0
RESTART_LEAD = 1.5
"""After resume, skip or repeat, the step starts this long after the acknowledgement."""
BREATHING = ("breathing", "breathe", "breath", "breaths")
EASED_QUESTION = ("Stretches are for when the worst of the spasm has eased. "
                  "Has the worst of it eased?")
NOT_YET = ("Then it is too early to stretch. Rest in the position that hurts least. "
           "I can guide your breathing, or start an ice timer. Just ask.")
HURT_STRETCH = ("Stop there. Come out of the position slowly, and lie in whatever way hurts "
                "least. Don't push through pain. Rest, and try slow breathing or an ice pack. "
                "If the pain is severe or spreads down a leg, tell me.")
HURT_BREATHING = ("Okay, we stop. Breathe normally, and rest in the position that hurts least. "
                  "If the pain is severe or spreads down a leg, tell me.")
_CONTROLS = {ControlCmd.HURT, ControlCmd.STOP, ControlCmd.PAUSE, ControlCmd.SKIP,
             ControlCmd.REPEAT, ControlCmd.SLOWER, ControlCmd.FASTER, ControlCmd.LONGER}
"""Every command but resume (which only means something while paused)."""
OFFER_DECLINED = "Okay. I am here with you. If something feels seriously wrong, say help."
ROUTINE_STOPPED = {"breathing": "Okay, we will stop there. Breathe normally, and rest.",
           "stretch": "Okay, we will stop there. Come out of the position slowly, and rest."}


@dataclass
class Active:
    routine: str
    steps: list[Step]
    step_start: float
    index: int = 0
    cue: int = 0
    paused_at: float | None = None
    pace: Pace | None = None

    def next_at(self) -> float:
        step = self.steps[self.index]
        if self.cue < len(step.cues):
            return self.step_start + step.cues[self.cue].at
        return self.step_start + step.length


@dataclass
class RoutineQuestion:
    what: str
    """``eased`` (asked before a stretch), ``checkin`` ("any sharp pain?") or ``offer`` (the
    dialogue model offered a routine, "would you like me to guide some slow breathing?")."""
    asked_at: float
    routine: str = ""
    """For ``eased`` and ``offer``: the routine to start on "yes"."""


class RoutineService:
    """Guided routines; see :class:`assistant.services.base.Service`."""

    name: ClassVar[str] = "routines"
    ops: ClassVar[tuple[type[Op], ...]] = (RoutineStart, RoutineOffer)

    def __init__(self, tones: bool = True) -> None:
        self.tones = tones
        self.active: Active | None = None
        self.pending: RoutineQuestion | None = None
        self.eased_at: float | None = None

    # ------------------------------------------------------------------ Service protocol
    def busy(self) -> bool:
        return self.active is not None

    def paused(self) -> bool:
        return self.active is not None and self.active.paused_at is not None

    def urgency(self) -> int:
        return 1

    def question_asked_at(self, now: float) -> float | None:
        p = self.pending
        return p.asked_at if p is not None and now - p.asked_at <= PENDING_SECONDS else None

    def takes_answer(self, value: str, now: float) -> bool:
        if self.question_asked_at(now) is None:
            self.pending = None
            return False
        return value in ("yes", "no")

    def wants_control(self, cmd: ControlCmd) -> bool:
        a = self.active
        if a is None:
            return False
        if cmd == ControlCmd.RESUME:
            return a.paused_at is not None
        return cmd in _CONTROLS

    def next_deadline(self) -> float | None:
        a = self.active
        if a is None or a.paused_at is not None:
            return None
        return a.next_at()

    def fire_due(self, now: float) -> list[Output]:
        out: list[Output] = []
        a = self.active
        while a is not None and a.paused_at is None and a.next_at() <= now:
            step = a.steps[a.index]
            if a.cue < len(step.cues):
                cue = step.cues[a.cue]
                a.cue += 1
                out += cue.outputs
                if cue.checkin:
                    self.pending = RoutineQuestion("checkin", now)
            elif a.index + 1 < len(a.steps):
                a.step_start += step.length
                a.index += 1
                a.cue = 0
            else:
                out.append(RoutineFinished(a.routine))
                self.active = a = None
                if self.pending and self.pending.what == "checkin":
                    self.pending = None
        return out

    def handle(self, op: Op, now: float) -> list[Output]:
        if isinstance(op, RoutineOffer):  # the offer itself was said by the dialogue model
            if self.active is None:
                self.pending = RoutineQuestion("offer", now, op.routine)
            return []
        assert isinstance(op, RoutineStart)
        return self._start((op.routine or "stretch").lower(), now)

    # ------------------------------------------------------------------ start and answers
    def _start(self, routine: str, now: float, confirmed: bool = False) -> list[Output]:
        routine = routine.replace("-", "_").replace(" ", "_")
        if routine in BREATHING:
            routine = "breathing"
        elif routine in ("stretch", "stretches", "stretching", "exercise", "exercises"):
            routine = DEFAULT_EXERCISE
        if routine != "breathing" and routine not in EXERCISES:
            return [Say(f"I can guide slow breathing, or these stretches: {spoken_list()}.")]
        out: list[Output] = []
        if routine != "breathing" and not confirmed and (
                self.eased_at is None or now - self.eased_at > EASED_VALID_SECONDS):
            self.pending = RoutineQuestion("eased", now, routine)
            return [Say(EASED_QUESTION)]
        if self.active is not None:
            out += [Interrupt("stop"), RoutineStopped(self.active.routine, "replaced")]
        self.pending = None
        if routine == "breathing":
            pace = Pace(tones=self.tones)
            self.active = Active(routine, breathing_steps(pace), now, pace=pace)
        else:
            self.active = Active(routine, stretch_steps(EXERCISES[routine]), now)
        return [*out, RoutineStarted(routine), *self.fire_due(now)]

    def answer(self, value: str, now: float) -> list[Output]:
        p = self.pending
        assert p is not None
        self.pending = None
        if p.what == "offer":
            return self._start(p.routine, now) if value == "yes" else [Say(OFFER_DECLINED)]
        if p.what == "eased":
            if value == "no":
                return [Say(NOT_YET)]
            self.eased_at = now
            return self._start(p.routine, now, confirmed=True)
        if value == "yes" and self.active is not None:  # "any sharp pain?" "yes"
            return self._stop(now, "hurt")
        return [Say("Good. Keep going gently.")]

    # ------------------------------------------------------------------ controls
    def _stop(self, now: float, reason: str) -> list[Output]:
        a = self.active
        assert a is not None
        self.active = None
        self.pending = None
        kind = "breathing" if a.routine == "breathing" else "stretch"
        if reason == "hurt":
            text = HURT_BREATHING if kind == "breathing" else HURT_STRETCH
        else:
            text = ROUTINE_STOPPED[kind]
        stopped: list[Output] = [RoutineStopped(a.routine, reason), Say(text)]
        # The runtime already interrupts speech for "stop"; "hurt" must cut it off too.
        return [Interrupt(reason), *stopped] if reason == "hurt" else stopped

    def _restart_step(self, a: Active, index: int, now: float) -> None:
        a.index = min(index, len(a.steps) - 1)
        a.step_start = now + RESTART_LEAD
        a.cue = 0
        a.paused_at = None

    def control(self, cmd: ControlCmd, now: float) -> list[Output]:
        a = self.active
        assert a is not None
        if cmd == ControlCmd.HURT:
            return self._stop(now, "hurt")
        if cmd == ControlCmd.STOP:
            return self._stop(now, "asked")
        if cmd == ControlCmd.PAUSE:
            if a.paused_at is None:
                a.paused_at = now
            return [Interrupt("pause"), Say("Paused. Say resume when you are ready.")]
        if cmd == ControlCmd.RESUME:
            self._restart_step(a, a.index, now)
            return [Say("Okay, let's carry on.")]
        if cmd == ControlCmd.SKIP:
            self._restart_step(a, a.index + 1, now)
            return [Interrupt("skip"), Say("Okay, skipping.")]
        if cmd == ControlCmd.REPEAT:
            self._restart_step(a, a.index, now)
            return [Interrupt("repeat"), Say("Okay, once more.")]
        return self._pace(a, cmd)

    def _pace(self, a: Active, cmd: ControlCmd) -> list[Output]:
        pace = a.pace
        if pace is None:
            return [Say("For a stretch, you can say pause, skip, repeat, or stop.")]
        remaining = sum(1 for s in a.steps[a.index + 1:] if s.kind == "cycle")
        if cmd == ControlCmd.LONGER:
            remaining += 6
            text = "Okay, one more minute."
        elif cmd == ControlCmd.SLOWER:
            text = "Okay, slower." if pace.slower() else "This is as slow as I go."
        else:
            text = "Okay, a little faster." if pace.faster() else "This is as fast as I go."
        first = all(s.kind != "cycle" for s in a.steps[: a.index + 1])
        new = [breath_cycle(pace, first and i == 0) for i in range(remaining)]
        a.steps = a.steps[: a.index + 1] + new + [a.steps[-1]]
        return [Say(text)]

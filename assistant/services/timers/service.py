"""Ice, heat and plain timers as a clock-free service with absolute deadlines in the store.

The service never reads a clock: ``now`` is passed into every call. After a crash a new service
on the same store resumes running timers; any that ran out while it was down are announced on
the first ``fire_due``. The commands are in :mod:`.commands`, the state in :mod:`.book`, the
care rules and their sources in :mod:`.phrases` (``SOURCES``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from assistant.core.events import Output, Say, TimerFinished, Tone
from assistant.core.ops import (
    Ack,
    ControlCmd,
    History,
    Op,
    TimerAdd,
    TimerCancel,
    TimerPause,
    TimerResume,
    TimerStart,
    TimerStatus,
)
from assistant.core.settings import TimerSettings
from assistant.core.store import Store, TimerRow
from assistant.services.timers import care, commands
from assistant.services.timers import phrases as T
from assistant.services.timers.book import TimerBook
from assistant.services.timers.commands import HALFWAY, ONE_MINUTE
from assistant.services.timers.history import history_answer

STALE_PROMPT_SECONDS = 30.0
"""A halfway or one-minute prompt more than this late (the process was down) is skipped."""
KINDS = ("ice", "heat", "other")

_COMMANDS: dict[type[Any], Callable[[TimerBook, Any, float], list[Output]]] = {
    TimerStart: commands.start, TimerStatus: commands.status, TimerCancel: commands.cancel,
    TimerPause: commands.pause, TimerResume: commands.resume, TimerAdd: commands.add,
}


class TimerService:
    """Timers by kind (ice, heat, other); see :class:`assistant.services.base.Service`."""

    name: ClassVar[str] = "timers"
    ops: ClassVar[tuple[type[Op], ...]] = (*_COMMANDS, Ack, History)

    def __init__(self, store: Store, settings: TimerSettings | None = None) -> None:
        self.book = TimerBook(store, settings or TimerSettings())
        self._restored = bool(self.book.timers)

    @property
    def settings(self) -> TimerSettings:
        return self.book.settings

    # ------------------------------------------------------------------ Service protocol
    def busy(self) -> bool:
        return bool(self.book.timers)

    def ringing(self) -> bool:
        """A timer has ended and waits for "it's off"."""
        return bool(self.book.ringing())

    def urgency(self) -> int:
        return 2 if self.ringing() else 0

    def wants_control(self, cmd: ControlCmd) -> bool:
        return commands.control_for(self.book, cmd)

    def control(self, cmd: ControlCmd, now: float) -> list[Output]:
        return commands.control(self.book, cmd, now)

    def question_asked_at(self, now: float) -> float | None:
        q = self.book.open_question(now)
        return q.asked_at if q is not None else None

    def takes_answer(self, value: str, now: float) -> bool:
        q = self.book.open_question(now)
        if q is None:
            return False
        return value in ("yes", "no") if q.what in ("offer", "confirm") else value in q.choices

    def answer(self, value: str, now: float) -> list[Output]:
        q = self.book.open_question(now)
        assert q is not None
        if q.what == "choice":
            return self.handle(self.book.replay(value), now)
        self.book.question = None
        if q.what == "confirm" and isinstance(q.op, TimerStart):
            return (commands.start(self.book, q.op, now, care_checked=True) if value == "yes"
                    else [Say(care.NOT_STARTED)])
        if value == "no":
            return [Say("Okay. No reminder.")]
        secs = self.settings.next_session_minutes * 60
        return [*self.book.new_timer("other", secs, now, "next_session"),
                Say(T.start_text("other", secs, "next_session"))]

    def handle(self, op: Op, now: float) -> list[Output]:
        if isinstance(op, Ack):
            return commands.acknowledge(self.book, now)
        if isinstance(op, History):
            return history_answer(self.book.store, self.book.timers.values(), op, now)
        q = self.book.open_question(now)
        kind = getattr(op, "kind", None)
        if q is not None and q.what == "choice" and kind in q.choices:
            # "Which one?" "The heat one": whatever op the kind came with, it answers the question.
            op = self.book.replay(kind)
        elif not (isinstance(op, TimerStart) and op.kind is None and op.seconds is None):
            self.book.question = None
        return _COMMANDS[type(op)](self.book, op, now)

    def next_deadline(self) -> float | None:
        if self._restored:
            # Right away (a time in the past): announce what happened while we were down.
            return min(t.started_at for t in self.book.timers.values())
        times = [d for t in self.book.timers.values() if (d := self._due_at(t)) is not None]
        return min(times) if times else None

    def fire_due(self, now: float) -> list[Output]:
        out: list[Output] = []
        if self._restored:
            self._restored = False
            out += self._restore_notice(now)
        for _ in range(1000):  # bounded: each step moves a timer on
            due = [(d, t.id) for t in self.book.timers.values()
                   if (d := self._due_at(t)) is not None and d <= now]
            if not due:
                break
            _, timer_id = min(due)
            out += self._step(self.book.timers[timer_id], now)
        return out

    # ------------------------------------------------------------------ schedule
    @staticmethod
    def _prompt_times(t: TimerRow) -> list[tuple[int, float]]:
        times = []
        if t.seconds >= 180:
            times.append((HALFWAY, t.deadline - t.seconds / 2))
        if t.seconds >= 150:
            times.append((ONE_MINUTE, t.deadline - 60))
        return [(flag, at) for flag, at in times if not t.prompts_done & flag]

    def _due_at(self, t: TimerRow) -> float | None:
        if t.state == "running":
            return min([at for _, at in self._prompt_times(t)] + [t.deadline])
        if t.state == "ringing":
            return t.next_prompt_at
        return None

    def _step(self, t: TimerRow, now: float) -> list[Output]:
        if t.state == "ringing":
            return self._reprompt(t, now)
        if now >= t.deadline:
            return self._finish(t, now)
        flag, at = min(self._prompt_times(t), key=lambda p: p[1])
        t.prompts_done |= flag
        self.book.save(t)
        if now - at > STALE_PROMPT_SECONDS or t.label:
            return []
        if flag == HALFWAY:
            return [Tone("chime"), Say(T.halfway_text(t.kind, t.deadline - now))]
        return [Tone("chime"), Say(T.one_minute_text(t.kind))]

    def _finish(self, t: TimerRow, now: float) -> list[Output]:
        late = max(0.0, now - t.deadline)
        out: list[Output] = [TimerFinished(t.kind, t.id, round(late))]
        if t.kind in ("ice", "heat"):
            self.book.store.add_session(t.kind, t.started_at, t.deadline, t.seconds)
        if t.label in ("next_session", "alternate_break"):
            self.book.set_state(t, "done")
            text = T.NEXT_SESSION_TEXT if t.label == "next_session" else T.ALTERNATE_BREAK_END
            return [*out, Tone("chime"), Say(text)]
        t.state = "ringing"
        t.reprompts = 0
        t.next_prompt_at = max(t.deadline, now) + self.settings.reprompt_seconds
        self.book.save(t)
        return [*out, Say(T.end_text(t.kind, late, t.label, t.deadline), urgent=True), Tone("chime", urgent=True)]

    def _reprompt(self, t: TimerRow, now: float) -> list[Output]:
        s = self.settings
        t.reprompts += 1
        last = s.reprompt_count + s.slow_reprompt_count
        out: list[Output] = [Say(T.end_text(t.kind, 0, t.label, t.deadline), urgent=True), Tone("chime", urgent=True)]
        if t.reprompts >= last:
            self.book.set_state(t, "done")
            return [*out, Say(T.GIVE_UP_TEXT, urgent=True)]
        gap = s.reprompt_seconds if t.reprompts < s.reprompt_count else s.slow_reprompt_seconds
        assert t.next_prompt_at is not None
        nxt = t.next_prompt_at + gap  # absolute steps, no drift
        t.next_prompt_at = nxt if nxt > now else now + gap
        self.book.save(t)
        return out

    def _restore_notice(self, now: float) -> list[Output]:
        """After a restart: timers still running are named; ringing ones ring again at once."""
        out: list[Output] = []
        for t in sorted(self.book.timers.values(), key=lambda x: x.id):
            if t.state == "running" and t.deadline > now and not t.label:
                left = T.say_duration(t.deadline - now, about=True)
                out.append(Say(f"I am back. Your {T.timer_name(t.kind)} is still running, "
                               f"with {left} left."))
            elif t.state == "paused" and not t.label:
                out.append(Say(f"I am back. Your {T.timer_name(t.kind)} is paused."))
            elif t.state == "ringing":
                out += [Say(T.end_text(t.kind, now - t.deadline, t.label, t.deadline),
                            urgent=True),
                        Tone("chime", urgent=True)]
                t.next_prompt_at = now + self.settings.reprompt_seconds
                self.book.save(t)
        return out

"""Ice, heat and plain timers as a clock-free service with absolute deadlines in SQLite.

The service never reads a clock: ``now`` is passed into every call. Each change is written to
the store at once, so after a crash a new service built on the same store resumes running
timers; any that ran out while it was down are announced on the first ``fire_due``.
Care rules and their sources: :mod:`assistant.timer_text` (``SOURCES``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant import timer_text as T
from assistant.events import (
    Output,
    Say,
    TimerAcknowledged,
    TimerFinished,
    TimerStarted,
    Tone,
)
from assistant.settings import TimerSettings
from assistant.store import Store, TimerRow
from assistant.timer_history import history_answer
from assistant.timer_ops import HALFWAY, ONE_MINUTE, TimerOpsMixin

STALE_PROMPT_SECONDS = 30.0
"""A halfway or one-minute prompt more than this late (the process was down) is skipped."""
PENDING_SECONDS = {"offer": 300.0, "choice": 90.0}
"""A question (remind you? which timer?) is forgotten after this long."""
KINDS = ("ice", "heat", "other")


@dataclass
class Pending:
    """A question waiting for an answer: ``choice`` (which timer) or ``offer`` (a reminder)."""

    what: str
    asked_at: float
    op: str = ""
    args: dict[str, Any] = field(default_factory=dict)
    choices: tuple[str, ...] = ()


class TimerService(TimerOpsMixin):
    """Timers by kind (ice, heat, other); see docs/ARCHITECTURE.md for the Service protocol."""

    name = "timers"

    def __init__(self, store: Store, settings: TimerSettings | None = None) -> None:
        self.store = store
        self.settings = settings or TimerSettings()
        self.timers: dict[int, TimerRow] = {t.id: t for t in store.active_timers()}
        self._restored = bool(self.timers)
        self.pending: Pending | None = None

    # ------------------------------------------------------------------ Service protocol
    def busy(self) -> bool:
        return any(t.state in ("running", "paused", "ringing") for t in self.timers.values())

    def ringing(self) -> bool:
        """A timer has ended and waits for "it's off": the runtime routes control here first."""
        return any(t.state == "ringing" for t in self.timers.values())

    def awaiting_answer(self, now: float | None = None) -> bool:
        """A yes/no or which-timer question is open (route op ``answer`` here)."""
        if now is None:
            return self.pending is not None
        return self._live_pending(now) is not None

    def _live_pending(self, now: float) -> Pending | None:
        p = self.pending
        if p is not None and now - p.asked_at > PENDING_SECONDS[p.what]:
            self.pending = p = None
        return p

    @property
    def question_asked_at(self) -> float | None:
        """When the open question was asked: route ``answer`` to the most recent asker."""
        return self.pending.asked_at if self.pending is not None else None

    def next_deadline(self) -> float | None:
        if self._restored:
            # Right away (a time in the past): announce what happened while we were down.
            return min(t.started_at for t in self.timers.values())
        times = [d for t in self.timers.values() if (d := self._due_at(t)) is not None]
        return min(times) if times else None

    def fire_due(self, now: float) -> list[Output]:
        out: list[Output] = []
        if self._restored:
            self._restored = False
            out += self._restore_notice(now)
        for _ in range(1000):  # bounded: each step moves a timer on
            due = [(d, t.id) for t in self.timers.values()
                   if (d := self._due_at(t)) is not None and d <= now]
            if not due:
                break
            _, timer_id = min(due)
            out += self._step(self.timers[timer_id], now)
        return out

    def handle(self, op: str, args: dict[str, Any], now: float) -> list[Output] | None:
        args = dict(args or {})
        if op == "answer":
            return self._answer(str(args.get("value", "")).lower(), now)
        if op == "ack":
            return self._ack(now) if self.ringing() else None
        if op == "control":
            return self._control(str(args.get("cmd", "")), now)
        if op == "history":
            return history_answer(self.store, self.timers.values(), args, now)
        handlers = {"timer.start": self._start, "timer.status": self._status,
                    "timer.cancel": self._cancel, "timer.pause": self._pause,
                    "timer.resume": self._resume, "timer.add": self._add}
        if op not in handlers:
            return None
        p = self._live_pending(now)
        if p is not None and p.what == "choice" and args.get("kind") in p.choices:
            # "Which one?" "The heat one": whatever op the kind came with, it answers the question.
            self.pending = None
            return handlers[p.op]({**p.args, "kind": args["kind"]}, now)
        if not (op == "timer.start" and args.get("kind") is None and args.get("seconds") is None):
            self.pending = None
        return handlers[op](args, now)

    # ------------------------------------------------------------------ schedule
    def _prompt_times(self, t: TimerRow) -> list[tuple[int, float]]:
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
        self.store.save_timer(t)
        if now - at > STALE_PROMPT_SECONDS or t.label:
            return []
        if flag == HALFWAY:
            return [Tone("chime"), Say(T.halfway_text(t.kind, t.deadline - now))]
        return [Tone("chime"), Say(T.one_minute_text(t.kind))]

    def _finish(self, t: TimerRow, now: float) -> list[Output]:
        late = max(0.0, now - t.deadline)
        out: list[Output] = [TimerFinished(t.kind, t.id, round(late))]
        if t.kind in ("ice", "heat"):
            self.store.add_session(t.kind, t.started_at, t.deadline, t.seconds)
        if t.label in ("next_session", "alternate_break"):
            self._set_state(t, "done")
            text = T.NEXT_SESSION_TEXT if t.label == "next_session" else T.ALTERNATE_BREAK_END
            return [*out, Tone("chime"), Say(text)]
        t.state = "ringing"
        t.reprompts = 0
        t.next_prompt_at = max(t.deadline, now) + self.settings.reprompt_seconds
        self.store.save_timer(t)
        return [*out, Say(T.end_text(t.kind, late), urgent=True), Tone("chime", urgent=True)]

    def _reprompt(self, t: TimerRow, now: float) -> list[Output]:
        s = self.settings
        t.reprompts += 1
        last = s.reprompt_count + s.slow_reprompt_count
        out: list[Output] = [Say(T.end_text(t.kind, 0), urgent=True), Tone("chime", urgent=True)]
        if t.reprompts >= last:
            t.state = "done"
            t.next_prompt_at = None
            self.store.save_timer(t)
            del self.timers[t.id]
            return [*out, Say(T.GIVE_UP_TEXT, urgent=True)]
        gap = s.reprompt_seconds if t.reprompts < s.reprompt_count else s.slow_reprompt_seconds
        assert t.next_prompt_at is not None
        nxt = t.next_prompt_at + gap  # absolute steps, no drift
        t.next_prompt_at = nxt if nxt > now else now + gap
        self.store.save_timer(t)
        return out

    def _restore_notice(self, now: float) -> list[Output]:
        """After a restart: timers still running are named; ringing ones ring again at once."""
        out: list[Output] = []
        for t in sorted(self.timers.values(), key=lambda x: x.id):
            if t.state == "running" and t.deadline > now and not t.label:
                left = T.say_duration(t.deadline - now, about=True)
                out.append(Say(f"I am back. Your {T.timer_name(t.kind)} is still running, "
                               f"with {left} left."))
            elif t.state == "paused" and not t.label:
                out.append(Say(f"I am back. Your {T.timer_name(t.kind)} is paused."))
            elif t.state == "ringing":
                out += [Say(T.end_text(t.kind, now - t.deadline), urgent=True),
                        Tone("chime", urgent=True)]
                t.next_prompt_at = now + self.settings.reprompt_seconds
                self.store.save_timer(t)
        return out

    # ------------------------------------------------------------------ acknowledgement
    def _ack(self, now: float) -> list[Output]:
        out: list[Output] = []
        ringing = [t for t in self.timers.values() if t.state == "ringing"]
        for t in ringing:
            t.acknowledged_at = now
            self._set_state(t, "done")
            out.append(TimerAcknowledged(t.kind, t.id))
        kinds = [t.kind for t in ringing]
        if any(t.label == "alternate" and t.kind == "heat" for t in ringing):
            out += self._new_timer("other", T.ALTERNATE_BREAK_SECONDS, now, "alternate_break")
            out.append(Say(T.ALTERNATE_BREAK_START))
        elif "ice" in kinds:
            out.append(Say(T.ack_text("ice")))
            self.pending = Pending("offer", now)
        else:
            out.append(Say(T.ack_text(kinds[0] if kinds else "other")))
        return out

    def _answer(self, value: str, now: float) -> list[Output] | None:
        p = self._live_pending(now)
        if p is None:
            return None
        if p.what == "offer":
            if value not in ("yes", "no"):
                return None
            self.pending = None
            if value == "no":
                return [Say("Okay. No reminder.")]
            secs = self.settings.next_session_minutes * 60
            return [*self._new_timer("other", secs, now, "next_session"), Say(T.start_text("other", secs, "next_session"))]
        if value in p.choices:
            self.pending = None
            return self.handle(p.op, {**p.args, "kind": value}, now)
        return None  # a yes or no is not an answer to "which one?": leave it for others

    # ------------------------------------------------------------------ helpers
    def _set_state(self, t: TimerRow, state: str) -> None:
        t.state = state
        t.next_prompt_at = None
        self.store.save_timer(t)
        if state in ("done", "cancelled"):
            self.timers.pop(t.id, None)

    def _new_timer(self, kind: str, seconds: float, now: float, label: str = "") -> list[Output]:
        t = self.store.add_timer(kind, label, float(seconds), now)
        self.timers[t.id] = t
        return [TimerStarted(kind, round(seconds), t.id)]

    def _choice_question(self, choices: tuple[str, ...]) -> str:
        names = [T.NAMES[c].replace(" timer", "") if c != "other" else "the other timer"
                 for c in choices if c != "both"]
        if "both" in choices:
            return f"Which one: {', '.join(names[:-1])} or {names[-1]}, or both?"
        return f"Which one: {', '.join(names[:-1])} or {names[-1]}?"

    def _ask_choice(self, op: str, args: dict[str, Any], kinds: list[str], now: float,
                    allow_both: bool) -> list[Output]:
        choices = tuple(dict.fromkeys(kinds)) + (("both",) if allow_both else ())
        self.pending = Pending("choice", now, op, dict(args), choices)
        return [Say(self._choice_question(choices))]

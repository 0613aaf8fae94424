"""The timers' state: which timers exist, the one open question, and how they are picked.

Every change goes to the store at once (it writes in the background), so after a crash a new
book built on the same store holds the same running timers.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from assistant.core.events import Output, Say, TimerStarted
from assistant.core.ops import Op
from assistant.core.settings import TimerSettings
from assistant.core.store import Store, TimerRow
from assistant.services.timers import phrases as T

QUESTION_SECONDS = {"offer": 300.0, "choice": 90.0, "confirm": 120.0}
"""A question (remind you? which timer? start it anyway?) is forgotten after this long."""
REMINDERS = ("next_session", "alternate_break")
"""Labels of the timers Back Coach sets itself (not the person's own)."""


@dataclass
class TimerQuestion:
    """``choice`` (which timer? ``op`` is replayed with the kind chosen), ``offer`` (shall I
    remind you about the next ice session?) or ``confirm`` (the care advice is against this
    start: start ``op`` anyway?)."""

    what: str
    asked_at: float
    op: Op | None = None
    choices: tuple[str, ...] = ()


class TimerBook:
    """Timers by id, with the store behind them."""

    def __init__(self, store: Store, settings: TimerSettings) -> None:
        self.store = store
        self.settings = settings
        self.timers: dict[int, TimerRow] = {t.id: t for t in store.active_timers()}
        self.question: TimerQuestion | None = None

    def open_question(self, now: float) -> TimerQuestion | None:
        """The open question, forgotten once it is too old."""
        q = self.question
        if q is not None and now - q.asked_at > QUESTION_SECONDS[q.what]:
            self.question = q = None
        return q

    def ringing(self) -> list[TimerRow]:
        return [t for t in self.timers.values() if t.state == "ringing"]

    def user_timers(self, states: tuple[str, ...]) -> list[TimerRow]:
        """Timers the person set (not the automatic reminders), in ``states``, oldest first."""
        return sorted((t for t in self.timers.values()
                       if t.state in states and not t.label.startswith(REMINDERS)),
                      key=lambda t: t.id)

    def new_timer(self, kind: str, seconds: float, now: float, label: str = "") -> list[Output]:
        t = self.store.add_timer(kind, label, float(seconds), now)
        self.timers[t.id] = t
        return [TimerStarted(kind, round(seconds), t.id)]

    def save(self, t: TimerRow) -> None:
        self.store.save_timer(t)

    def set_state(self, t: TimerRow, state: str) -> None:
        t.state = state
        t.next_prompt_at = None
        self.save(t)
        if state in ("done", "cancelled"):
            self.timers.pop(t.id, None)

    def cap(self, kind: str) -> float:
        """The longest session of ``kind``, in seconds."""
        s = self.settings
        return {"ice": s.ice_max_minutes, "heat": s.heat_max_minutes}.get(
            kind, s.other_max_minutes) * 60

    # ------------------------------------------------------------------ which timer?
    def pick(self, op: Op, kind: str | None, states: tuple[str, ...], now: float,
             allow_both: bool = True) -> tuple[list[TimerRow], list[Output]]:
        """The timers ``op`` is about, or (when it is not clear which) a short question."""
        candidates = self.user_timers(states)
        if kind in ("both", "all"):
            return candidates, []
        if kind:
            return [t for t in candidates if t.kind == kind], []
        if len({t.kind for t in candidates}) > 1:
            return [], self.ask_choice(op, [t.kind for t in candidates], now, allow_both)
        return candidates, []

    def ask_choice(self, op: Op, kinds: list[str], now: float,
                   allow_both: bool) -> list[Output]:
        choices = tuple(dict.fromkeys(kinds)) + (("both",) if allow_both else ())
        self.question = TimerQuestion("choice", now, op, choices)
        names = [T.NAMES[c].replace(" timer", "") if c != "other" else "the other timer"
                 for c in choices if c != "both"]
        tail = ", or both?" if "both" in choices else "?"
        return [Say(f"Which one: {', '.join(names[:-1])} or {names[-1]}{tail}")]

    def replay(self, kind: str) -> Op:
        """The op of the open "which one?" question, now with ``kind``; closes the question."""
        q = self.question
        assert q is not None and q.op is not None
        self.question = None
        return dataclasses.replace(q.op, kind=kind)  # type: ignore[arg-type]

"""Care-aware checks before an ice or heat timer starts (from the care content): skin rest of
about two hours between ice sessions, three to four ice sessions a day in the first days, and
never ice and heat at the same time. When a start breaks one, Back Coach says why and asks
before starting it; a yes starts it anyway (the person decides), a no leaves it."""

from __future__ import annotations

from assistant.core.store import Store, TimerRow
from assistant.services.timers import phrases as T
from assistant.services.timers.history import MAX_ICE_A_DAY, SKIN_REST_SECONDS, day_bounds

ASK = "Do you still want to start it?"
NOT_STARTED = "Okay, I will not start it. Ask me again whenever you like."


def concerns(store: Store, timers: list[TimerRow], kind: str, now: float) -> list[str]:
    """What the care advice says against starting a ``kind`` session now (empty: nothing)."""
    out: list[str] = []
    other = {"ice": "heat", "heat": "ice"}.get(kind)
    if other is None:
        return out
    if any(t.kind == other and t.state in ("running", "paused", "ringing") for t in timers):
        out.append(f"Your {other} timer is still on. The advice is not to use ice and heat at "
                   "the same time: take the other one off first.")
    if kind == "ice":
        last = store.last_session("ice")
        if last is not None and now - last.ended_at < SKIN_REST_SECONDS:
            out.append(f"Your last ice session ended {T.say_ago(now - last.ended_at)}. The "
                       "advice is to give your skin about two hours between sessions.")
        start, end = day_bounds(now, 0)
        today = [s for s in store.sessions_since("ice", start) if s.ended_at < end]
        if len(today) >= MAX_ICE_A_DAY:
            out.append(f"You have had {len(today)} ice sessions today. The advice is three to "
                       "four a day in the first days.")
    return out

"""History answers from the stored sessions: "when did I last ice", "how many ice sessions
today", "how long have I had heat on today".

Only session events are stored (kind, start, end, active seconds); never audio or transcripts.
"Today" is the local calendar day of ``now``; "yesterday" the one before it. A timer that has
ended but is still ringing (nobody has said it is off: the pack may still be on, as after a
crash) is answered as still on: never "it ended hours ago, you can ice again".
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from assistant.core.events import Output, Say
from assistant.core.ops import History
from assistant.core.store import Store, TimerRow
from assistant.services.timers import phrases as T

SKIN_REST_SECONDS = 2 * 3600
"""Skin rest between ice sessions (001_8d5d6500851c1188.txt, 000_d88ce0eb670f20ad.txt)."""
MAX_ICE_A_DAY = 4
"""Three to four ice sessions a day in the first days (000_d88ce0eb670f20ad.txt)."""
HISTORY_KINDS = {"ice": "ice", "heat": "heat"}


def day_start(now: float) -> float:
    """Local midnight at the start of the day that contains ``now``."""
    return datetime.fromtimestamp(now).replace(hour=0, minute=0, second=0, microsecond=0).timestamp()


def day_bounds(now: float, days_ago: int) -> tuple[float, float]:
    """Local midnight to midnight of the day ``days_ago`` days before ``now``'s (DST-safe)."""
    day = datetime.fromtimestamp(now).date() - timedelta(days=days_ago)
    start = datetime.combine(day, datetime.min.time())
    return start.timestamp(), (start + timedelta(days=1)).timestamp()


def _running(timers: Iterable[TimerRow], kind: str) -> list[TimerRow]:
    return [t for t in timers if t.kind == kind and t.state in ("running", "paused")]


def _active_so_far(t: TimerRow, now: float) -> float:
    remaining = t.paused_remaining if t.state == "paused" else t.deadline - now
    return max(0.0, t.seconds - max(0.0, remaining or 0.0))


def history_answer(store: Store, timers: Iterable[TimerRow], op: History,
                   now: float) -> list[Output]:
    kind = op.kind or "ice"
    if kind not in HISTORY_KINDS:
        return [Say("I keep a history of ice and heat sessions only.")]
    what = op.what or "last"
    days_ago = max(0, op.days_ago)
    timers = list(timers)
    running = _running(timers, kind) if days_ago == 0 else []
    ringing = [t for t in timers if t.kind == kind and t.state == "ringing"]
    word = HISTORY_KINDS[kind]
    day = {0: "today", 1: "yesterday"}.get(days_ago, f"{days_ago} days ago")
    start, end = day_bounds(now, days_ago)
    sessions = [s for s in store.sessions_since(kind, start) if s.ended_at < end]
    if what == "count_today":
        n = len(sessions)
        text = (f"No {word} sessions {day}{' yet' if days_ago == 0 else ''}." if n == 0 else
                f"You had 1 {word} session {day}." if n == 1 else
                f"You had {n} {word} sessions {day}.")
        if days_ago == 0 and n:
            text = text.replace("You had", "You have had")
        if running:
            text += " One more is going on now."
        if kind == "ice" and n >= MAX_ICE_A_DAY:
            text += " That is as many as the advice suggests for one day."
        return [Say(text)]
    if what == "total_today":
        total = sum(s.seconds for s in sessions)
        total += sum(_active_so_far(t, now) for t in running)
        if total < 30:
            return [Say(f"You {'have not had' if days_ago == 0 else 'did not have'} {word} on "
                        f"{day}.")]
        return [Say(f"You {'have had' if days_ago == 0 else 'had'} {word} on for "
                    f"{T.say_duration(total, about=True)} {day}.")]
    # what == "last"
    if ringing and not running:  # its session is recorded, but the pack may still be on
        return [Say(f"Your {word} timer ended {T.say_ago(now - ringing[0].deadline)} and nobody "
                    f"has told me it is off. If the {word} is still on, take it off now.")]
    if running:
        t = running[0]
        left = t.paused_remaining if t.state == "paused" else t.deadline - now
        return [Say(f"Your {word} session is going on now, with "
                    f"{T.say_duration(left or 0, about=True)} left.")]
    last = store.last_session(kind)
    if last is None:
        return [Say(f"I have no {word} session on record yet.")]
    ago = now - last.ended_at
    text = f"Your last {word} session ended {T.say_ago(ago)}, after {T.say_duration(last.seconds, about=True)}."
    if kind == "ice":
        text += (" Give your skin a little longer before the next one." if ago < SKIN_REST_SECONDS
                 else " You can ice again if you want.")
    return [Say(text)]

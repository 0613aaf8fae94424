"""History answers from the stored sessions: "when did I last ice", "how many ice sessions
today", "how long have I had heat on today".

Only session events are stored (kind, start, end, active seconds); never audio or transcripts.
"Today" is the local calendar day of ``now``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

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
    running = _running(list(timers), kind)
    word = HISTORY_KINDS[kind]
    if what == "count_today":
        n = len(store.sessions_since(kind, day_start(now)))
        text = ("No " + word + " sessions today yet." if n == 0 else
                f"You have had 1 {word} session today." if n == 1 else
                f"You have had {n} {word} sessions today.")
        if running:
            text += " One more is going on now."
        if kind == "ice" and n >= MAX_ICE_A_DAY:
            text += " That is as many as the advice suggests for one day."
        return [Say(text)]
    if what == "total_today":
        total = sum(s.seconds for s in store.sessions_since(kind, day_start(now)))
        total += sum(_active_so_far(t, now) for t in running)
        if total < 30:
            return [Say(f"You have not had {word} on today.")]
        return [Say(f"You have had {word} on for {T.say_duration(total, about=True)} today.")]
    # what == "last"
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

"""The spoken timer commands, one function each: start, status, cancel, pause, resume, add time,
acknowledge ("it's off") and the generic controls. Each takes the book, its typed op and ``now``
and returns what is said."""

from __future__ import annotations

from assistant.core.events import (
    Output,
    Say,
    TimerAcknowledged,
    TimerCancelled,
    TimerExtended,
    TimerPaused,
    TimerResumed,
)
from assistant.core.ops import (
    ControlCmd,
    TimerAdd,
    TimerCancel,
    TimerPause,
    TimerResume,
    TimerStart,
    TimerStatus,
)
from assistant.services.timers import care, clock_time
from assistant.services.timers import phrases as T
from assistant.services.timers.book import TimerBook, TimerQuestion

EARLY_HEAT_SECONDS = 72 * 3600
HALFWAY = 1
ONE_MINUTE = 2
"""Bits of ``TimerRow.prompts_done``."""


def none_text(kind: str | None, what: str = "running") -> list[Output]:
    if kind in T.NAMES:
        return [Say(f"There is no {T.NAMES[kind]} {what}.")]
    return [Say(f"No timer is {what}.")]


# ---------------------------------------------------------------------- start
def start(book: TimerBook, op: TimerStart, now: float, care_checked: bool = False) -> list[Output]:
    if op.at is not None:
        return alarm_at(book, op.at, now)
    kind, seconds = op.kind, op.seconds
    label = ""
    if kind == "alternate":
        kind, label, seconds = "heat", "alternate", 20 * 60
    if kind is None:
        if seconds is None:
            return book.ask_choice(op, ["ice", "heat"], now, False)
        kind = "other"
    if kind not in T.NAMES:
        kind = "other"
    for t in book.user_timers(("running", "paused", "ringing")):
        if t.kind == kind and kind != "other":
            return status(book, TimerStatus(kind), now)
    if not care_checked and not label and (
            worries := care.concerns(book.store, list(book.timers.values()), kind, now)):
        book.question = TimerQuestion("confirm", now, TimerStart(kind, seconds))
        return [*(Say(w) for w in worries), Say(care.ASK)]
    s = book.settings
    default = {"ice": s.ice_default_minutes, "heat": s.heat_default_minutes}.get(kind)
    cap = book.cap(kind)
    if seconds is None or float(seconds) <= 0:
        if default is None:
            return [Say("For how long? For example, say ten minutes.")]
        length = default * 60
    else:
        length = float(seconds)
    out: list[Output] = []
    capped = length > cap
    asked = length
    length = min(length, cap)
    out += book.new_timer(kind, length, now, label)
    if label == "alternate":
        out.append(Say("We will alternate. Heat first, for 20 minutes, then a 20 minute "
                       "break, then ice."))
    out.append(Say(T.start_text(kind, length)))
    if capped:
        out.append(Say(T.cap_text(kind, asked, cap)))
    if kind == "heat" and label != "alternate":
        first_ice = book.store.first_session("ice")
        if first_ice and now - first_ice.started_at < EARLY_HEAT_SECONDS:
            out.append(Say(T.HEAT_EARLY_NOTE))
    return out


def alarm_at(book: TimerBook, at: str, now: float) -> list[Output]:
    """An alarm at a time of day: a timer with an absolute deadline, like any other."""
    try:
        when = clock_time.deadline(clock_time.parse(at), now)
    except ValueError:
        return [Say("For what time? For example, say seven o'clock.")]
    return [*book.new_timer("other", when - now, now, T.ALARM), Say(T.alarm_text(when, now))]


# ---------------------------------------------------------------------- status
def status(book: TimerBook, op: TimerStatus, now: float) -> list[Output]:
    timers = [t for t in book.timers.values() if op.kind in (None, "both", "all", t.kind)]
    if not timers:
        return none_text(op.kind)
    out: list[Output] = []
    for t in sorted(timers, key=lambda x: x.id):
        name = T.timer_name(t.kind, t.label)
        if t.state == "running" and t.label == T.ALARM:
            out.append(Say(f"Your alarm is set for {clock_time.say(t.deadline)}, "
                           f"{T.say_in(t.deadline - now)}."))
        elif t.state == "running":
            left = T.say_duration(t.deadline - now, about=True)
            out.append(Say(f"The {name} has {left} left."))
        elif t.state == "paused":
            left = T.say_duration(t.paused_remaining or 0, about=True)
            out.append(Say(f"The {name} is paused, with {left} left."))
        elif t.state == "ringing":
            out.append(Say(T.end_text(t.kind, 0, t.label, t.deadline), urgent=True))
    return out


# ---------------------------------------------------------------------- cancel
def cancel(book: TimerBook, op: TimerCancel, now: float) -> list[Output]:
    if any(op.kind in (None, "both", "all", t.kind) for t in book.ringing()):
        return acknowledge(book, now)  # cancelling a ringing timer means the pack is off
    targets, question = book.pick(op, op.kind, ("running", "paused", "ringing"), now)
    if question:
        return question
    if not targets and not op.kind:
        targets = [t for t in book.timers.values() if t.state in ("running", "paused")]
    if not targets:
        return none_text(op.kind)
    out: list[Output] = []
    for t in targets:
        remaining = t.paused_remaining if t.state == "paused" else t.deadline - now
        active = t.seconds - max(0.0, remaining or 0.0)
        if t.kind in ("ice", "heat") and active >= 60:
            book.store.add_session(t.kind, t.started_at, now, active)
        book.set_state(t, "cancelled")
        out.append(TimerCancelled(t.kind, t.id))
        out.append(Say(f"{T.timer_name(t.kind, t.label).capitalize()} cancelled."))
    return out


# ---------------------------------------------------------------------- pause / resume
def pause(book: TimerBook, op: TimerPause, now: float) -> list[Output]:
    targets, question = book.pick(op, op.kind, ("running",), now)
    if question:
        return question
    if not targets:
        return none_text(op.kind)
    out: list[Output] = []
    for t in targets:
        t.paused_remaining = max(0.0, t.deadline - now)
        book.set_state(t, "paused")
        left = T.say_duration(t.paused_remaining, about=True)
        out += [TimerPaused(t.kind, t.id, round(t.paused_remaining)),
                Say(f"{T.timer_name(t.kind).capitalize()} paused, with {left} left. "
                    "Say resume when you are ready.")]
    return out


def resume(book: TimerBook, op: TimerResume, now: float) -> list[Output]:
    targets, question = book.pick(op, op.kind, ("paused",), now)
    if question:
        return question
    if not targets:
        return none_text(op.kind, "paused")
    out: list[Output] = []
    for t in targets:
        remaining = t.paused_remaining or 0.0
        t.deadline = now + remaining
        t.paused_remaining = None
        book.set_state(t, "running")
        left = T.say_duration(remaining, about=True)
        out += [TimerResumed(t.kind, t.id, round(remaining)),
                Say(f"{T.timer_name(t.kind).capitalize()} running again, {left} left.")]
    return out


# ---------------------------------------------------------------------- add time
def add(book: TimerBook, op: TimerAdd, now: float) -> list[Output]:
    targets, question = book.pick(op, op.kind, ("running", "paused", "ringing"), now,
                                  allow_both=False)
    if question:
        return question
    if not targets:
        return none_text(op.kind)
    if op.seconds is None:
        return [Say("How much time should I add? For example, say add five minutes.")]
    t = targets[0]
    cap = book.cap(t.kind)
    extra = min(float(op.seconds), cap - t.seconds)
    if extra <= 0:
        return [Say(f"The {T.timer_name(t.kind)} is already at {T.say_duration(t.seconds)}, "
                    f"the most for one session. {T.cap_reason(t.kind)}")]
    if t.state == "ringing":
        t.deadline, t.state, t.next_prompt_at, t.reprompts = now + extra, "running", None, 0
    elif t.state == "paused":
        t.paused_remaining = (t.paused_remaining or 0.0) + extra
    else:
        t.deadline += extra
    t.seconds += extra
    remaining = t.paused_remaining if t.state == "paused" else t.deadline - now
    if (remaining or 0) > 60:
        t.prompts_done &= ~ONE_MINUTE  # the one-minute prompt comes again
    book.save(t)
    out: list[Output] = [
        TimerExtended(t.kind, t.id, round(extra)),
        Say(f"Added {T.say_duration(extra)}. The {T.timer_name(t.kind)} has "
            f"{T.say_duration(remaining or 0, about=True)} left.")]
    if extra < float(op.seconds):
        out.append(Say(T.cap_text(t.kind, t.seconds - extra + float(op.seconds), cap)))
    return out


# ---------------------------------------------------------------------- acknowledge
def acknowledge(book: TimerBook, now: float) -> list[Output]:
    """The pack is off: every ringing timer is done (ice offers a reminder for next time)."""
    out: list[Output] = []
    ringing = book.ringing()
    for t in ringing:
        t.acknowledged_at = now
        book.set_state(t, "done")
        out.append(TimerAcknowledged(t.kind, t.id))
    kinds = [t.kind for t in ringing]
    if any(t.label == "alternate" and t.kind == "heat" for t in ringing):
        out += book.new_timer("other", T.ALTERNATE_BREAK_SECONDS, now, "alternate_break")
        out.append(Say(T.ALTERNATE_BREAK_START))
    elif "ice" in kinds:
        out.append(Say(T.ack_text("ice")))
        book.question = TimerQuestion("offer", now)
    else:
        out.append(Say(T.ack_text(kinds[0] if kinds else "other")))
    return out


# ---------------------------------------------------------------------- generic controls
def control_for(book: TimerBook, cmd: ControlCmd) -> bool:
    """Whether a generic command means something to the timers right now."""
    if cmd in (ControlCmd.STOP, ControlCmd.DONE) and book.ringing():
        return True
    if cmd == ControlCmd.STOP:
        return bool(book.user_timers(("running", "paused")))
    if cmd == ControlCmd.PAUSE:
        return bool(book.user_timers(("running",)))
    if cmd == ControlCmd.RESUME:
        return bool(book.user_timers(("paused",)))
    return False


def control(book: TimerBook, cmd: ControlCmd, now: float) -> list[Output]:
    if cmd in (ControlCmd.STOP, ControlCmd.DONE) and book.ringing():
        return acknowledge(book, now)
    if cmd == ControlCmd.STOP:
        return cancel(book, TimerCancel(), now)
    if cmd == ControlCmd.PAUSE:
        return pause(book, TimerPause(), now)
    return resume(book, TimerResume(), now)

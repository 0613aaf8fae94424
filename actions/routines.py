"""Timer, history and routine actions: each reads the intent and entities and emits one op.

Entities come from the deterministic extractor (assistant/dialogue/entities.py): ``duration``
(seconds, int), ``clock`` (a time of day, "7:30 pm"), ``therapy`` (ice or heat) and ``exercise`` (an exercise id).
The services decide everything else (defaults, caps, questions when it is not clear which).
"""

from __future__ import annotations

import re

from rasa_sdk import Tracker

from actions.base import OpAction
from actions.ops import first_entity
from assistant.core.ops import (
    Control,
    ControlCmd,
    History,
    Op,
    RoutineStart,
    TimerAdd,
    TimerCancel,
    TimerPause,
    TimerResume,
    TimerStart,
    TimerStatus,
)

CONTROL_CMDS = {"stop": ControlCmd.STOP, "skip": ControlCmd.SKIP, "slower": ControlCmd.SLOWER,
                "faster": ControlCmd.FASTER, "longer": ControlCmd.LONGER,
                "it_hurts": ControlCmd.HURT, "pause": ControlCmd.PAUSE,
                "resume": ControlCmd.RESUME}


def _text(tracker: Tracker) -> str:
    return str(tracker.latest_message.get("text") or "").lower()


def _intent(tracker: Tracker) -> str:
    return str((tracker.latest_message.get("intent") or {}).get("name") or "")


def _seconds(tracker: Tracker) -> int | None:
    value = first_entity(tracker, "duration")
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _kind(tracker: Tracker) -> str | None:
    """ice or heat from the therapy entity; "both" when the person says both or all."""
    if re.search(r"\b(both|all)\b", _text(tracker)):
        return "both"
    value = first_entity(tracker, "therapy")
    return str(value) if value in ("ice", "heat") else None


def _history_what(text: str) -> str:
    if "how many" in text or "how often" in text:
        return "count_today"
    if any(w in text for w in ("how long have", "how long did i", "how much", "total")):
        return "total_today"
    return "last"


def _days_ago(text: str) -> int:
    if "day before yesterday" in text:
        return 2
    return 1 if "yesterday" in text or "last night" in text else 0


class ActionStartTimer(OpAction):
    action_name = "action_start_timer"

    def op(self, tracker: Tracker) -> Op:
        kind = _kind(tracker)
        if "alternat" in _text(tracker) or kind == "both":
            kind = "alternate"
        seconds = _seconds(tracker)
        at = first_entity(tracker, "clock")
        if at is not None and seconds is None and kind in (None, "alternate") and (
                "alternat" not in _text(tracker)):
            return TimerStart("other", None, str(at))
        return TimerStart(kind, seconds)


def _names_a_timer(tracker: Tracker) -> bool:
    return bool(_kind(tracker)) or "timer" in _text(tracker)


class ActionTimerStatus(OpAction):
    action_name = "action_timer_status"

    def op(self, tracker: Tracker) -> Op:
        return TimerStatus(_kind(tracker))


class ActionCancelTimer(OpAction):
    action_name = "action_cancel_timer"

    def op(self, tracker: Tracker) -> Op:
        return TimerCancel(_kind(tracker))


class ActionPause(OpAction):
    """"pause the ice timer" goes to the timer; a bare "pause" to whatever is running."""

    action_name = "action_pause"

    def op(self, tracker: Tracker) -> Op:
        if _names_a_timer(tracker):
            return TimerPause(_kind(tracker))
        return Control(ControlCmd.PAUSE)


class ActionResume(OpAction):
    action_name = "action_resume"

    def op(self, tracker: Tracker) -> Op:
        if _names_a_timer(tracker):
            return TimerResume(_kind(tracker))
        return Control(ControlCmd.RESUME)


class ActionAddTime(OpAction):
    action_name = "action_add_time"

    def op(self, tracker: Tracker) -> Op:
        kind = _kind(tracker)
        return TimerAdd(_seconds(tracker), kind if kind != "both" else None)


class ActionControl(OpAction):
    """Generic commands (stop, skip, slower, faster, longer, it hurts) for whatever is running."""

    action_name = "action_control"

    def op(self, tracker: Tracker) -> Op:
        return Control(CONTROL_CMDS.get(_intent(tracker), ControlCmd.STOP))


class ActionStartBreathing(OpAction):
    action_name = "action_start_breathing"

    def op(self, tracker: Tracker) -> Op:
        return RoutineStart("breathing")


class ActionStartExercise(OpAction):
    action_name = "action_start_exercise"

    def op(self, tracker: Tracker) -> Op:
        return RoutineStart(first_entity(tracker, "exercise") or "stretch")


class ActionHistory(OpAction):
    action_name = "action_history"

    def op(self, tracker: Tracker) -> Op:
        kind = _kind(tracker)
        text = _text(tracker)
        return History(kind if kind in ("ice", "heat") else "ice", _history_what(text),
                       _days_ago(text))

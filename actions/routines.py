"""Timer, history and routine actions: each reads the intent and entities and emits one op.

Entities come from the deterministic extractor (assistant/entities.py): ``duration`` (seconds,
int), ``therapy`` (ice or heat) and ``exercise`` (an id from assistant/exercises.py).
The services decide everything else (defaults, caps, questions when it is not clear which).
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker

from actions.base import OpAction
from actions.ops import first_entity

CONTROL_CMDS = {"stop": "stop", "skip": "skip", "slower": "slower", "faster": "faster",
                "longer": "longer", "it_hurts": "hurt", "pause": "pause", "resume": "resume"}


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
    if "how long have" in text or "how much" in text or "total" in text:
        return "total_today"
    return "last"


class ActionStartTimer(OpAction):
    action_name = "action_start_timer"

    def op(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        kind = _kind(tracker)
        if "alternat" in _text(tracker) or kind == "both":
            kind = "alternate"
        return "timer.start", {"kind": kind, "seconds": _seconds(tracker)}


def _timer_op(tracker: Tracker, verb: str) -> tuple[str, dict[str, Any]]:
    kind = _kind(tracker)
    return f"timer.{verb}", ({"kind": kind} if kind else {})


def _timer_or_control(tracker: Tracker, verb: str) -> tuple[str, dict[str, Any]]:
    """"pause the ice timer" goes to the timer; a bare "pause" to whatever is running."""
    if _kind(tracker) or "timer" in _text(tracker):
        return _timer_op(tracker, verb)
    return "control", {"cmd": verb}


class ActionTimerStatus(OpAction):
    action_name = "action_timer_status"

    def op(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        return _timer_op(tracker, "status")


class ActionCancelTimer(OpAction):
    action_name = "action_cancel_timer"

    def op(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        return _timer_op(tracker, "cancel")


class ActionPause(OpAction):
    action_name = "action_pause"

    def op(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        return _timer_or_control(tracker, "pause")


class ActionResume(OpAction):
    action_name = "action_resume"

    def op(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        return _timer_or_control(tracker, "resume")


class ActionAddTime(OpAction):
    action_name = "action_add_time"

    def op(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        args: dict[str, Any] = {"seconds": _seconds(tracker)}
        kind = _kind(tracker)
        if kind and kind != "both":
            args["kind"] = kind
        return "timer.add", args


class ActionControl(OpAction):
    """Generic commands (stop, skip, slower, faster, longer, it hurts) for whatever is running."""

    action_name = "action_control"

    def op(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        return "control", {"cmd": CONTROL_CMDS.get(_intent(tracker), "stop")}


class ActionStartBreathing(OpAction):
    action_name = "action_start_breathing"

    def op(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        return "routine.start", {"routine": "breathing"}


class ActionStartExercise(OpAction):
    action_name = "action_start_exercise"

    def op(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        return "routine.start", {"routine": first_entity(tracker, "exercise") or "stretch"}


class ActionHistory(OpAction):
    action_name = "action_history"

    def op(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        kind = _kind(tracker)
        return "history", {"kind": kind if kind in ("ice", "heat") else "ice",
                           "what": _history_what(_text(tracker))}

"""Safety custom actions: red flags, call for help, warning signs.

They emit ONLY an op payload (no text): the runtime answers through assistant/safety.py, so the
answer names the configured emergency number and is the same as the deterministic screen's.
Under ``rasa shell`` the payload is shown as JSON. Ops (docs/ARCHITECTURE.md):
``emergency {reason, tier}``, ``alarm.start {reason}``, ``warning_signs {}``.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.ops import emit
from assistant.redflags import INTENT_REASONS  # plain data: no heavy imports


def _intent(tracker: Tracker) -> str:
    return str((tracker.latest_message.get("intent") or {}).get("name") or "")


class ActionRedFlag(Action):
    """A red flag the deterministic screen missed: ask the runtime for the tiered answer."""

    def name(self) -> str:
        return "action_red_flag"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: dict[str, Any]) -> list[dict[str, Any]]:
        reason, tier = INTENT_REASONS.get(_intent(tracker), ("red_flag", "emergency"))
        emit(dispatcher, "emergency", reason=reason, tier=tier)
        return []


class ActionCallForHelp(Action):
    """Sound the call-for-help alarm."""

    def name(self) -> str:
        return "action_call_for_help"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: dict[str, Any]) -> list[dict[str, Any]]:
        emit(dispatcher, "alarm.start", reason="help")
        return []


class ActionWarningSigns(Action):
    """List the warning signs (the runtime says them, with the configured number)."""

    def name(self) -> str:
        return "action_warning_signs"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: dict[str, Any]) -> list[dict[str, Any]]:
        emit(dispatcher, "warning_signs")
        return []

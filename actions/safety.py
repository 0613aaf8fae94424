"""Safety custom actions: red flags, call for help, warning signs.

They emit ONLY an op payload (no text): the runtime answers through assistant/safety.py, so the
answer names the configured emergency number and is the same as the deterministic screen's.
Under ``rasa shell`` the payload is shown as JSON. Ops (docs/ARCHITECTURE.md):
``emergency {reason, tier}``, ``alarm.start {reason}``, ``warning_signs {}``.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.base import OpAction, intent_name
from assistant.redflags import INTENT_REASONS  # plain data: no heavy imports


class ActionRedFlag(OpAction):
    """A red flag the deterministic screen missed: ask the runtime for the tiered answer."""

    action_name = "action_red_flag"

    def op(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        reason, tier = INTENT_REASONS.get(intent_name(tracker), ("red_flag", "emergency"))
        return "emergency", {"reason": reason, "tier": tier}


class ActionCallForHelp(OpAction):
    """Sound the call-for-help alarm."""

    action_name = "action_call_for_help"

    def op(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        return "alarm.start", {"reason": "help"}


class ActionWarningSigns(OpAction):
    """List the warning signs (the runtime says them, with the configured number)."""

    action_name = "action_warning_signs"

    def op(self, tracker: Tracker) -> tuple[str, dict[str, Any]]:
        return "warning_signs", {}

"""Safety custom actions: red flags, call for help, warning signs.

They emit ONLY an op (no text): the conversation answers through the safety gate, so the
answer names the configured emergency number and is the same as the deterministic screen's.
Under ``rasa shell`` the payload is shown as JSON.
"""

from __future__ import annotations

from rasa_sdk import Tracker

from actions.base import OpAction, intent_name
from assistant.core.ops import AlarmStart, Op, RedFlag, WarningSigns

INTENT_REASONS = {
    "report_bladder_bowel": ("bladder_bowel", "emergency"),
    "report_saddle_numbness": ("saddle_numbness", "emergency"),
    "report_leg_numbness": ("leg_numbness", "today"),
    "report_weakness": ("weakness", "emergency"),
    "report_trauma": ("trauma", "emergency"),
    "report_fever": ("fever", "today"),
    "report_chest_pain": ("chest_pain", "emergency"),
    "report_urgent_sign": ("urgent_sign", "soon"),
}
"""What each report_* intent means: the red flag's reason and its usual tier."""


class ActionRedFlag(OpAction):
    """A red flag the deterministic screen missed: ask the runtime for the tiered answer."""

    action_name = "action_red_flag"

    def op(self, tracker: Tracker) -> Op:
        reason, tier = INTENT_REASONS.get(intent_name(tracker), ("red_flag", "emergency"))
        return RedFlag(reason, tier)


class ActionCallForHelp(OpAction):
    """Sound the call-for-help alarm."""

    action_name = "action_call_for_help"

    def op(self, tracker: Tracker) -> Op:
        return AlarmStart("help")


class ActionWarningSigns(OpAction):
    """List the warning signs (the conversation says them, with the configured number)."""

    action_name = "action_warning_signs"

    def op(self, tracker: Tracker) -> Op:
        return WarningSigns()

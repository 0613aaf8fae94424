"""Conversation actions: tell me more, repeat, yes/no answers, speech settings, exercise info."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import OpAction, intent_name
from actions.ops import first_entity
from assistant.core.ops import Answer, Op, Repeat, SpeechStep

_NOT_TOPICS = {"utter_nothing_more", "utter_default", "utter_out_of_scope"}


def last_utter_action(tracker: Tracker) -> str | None:
    """The response name of the last thing the bot said from the domain, if any."""
    for event in reversed(tracker.events):
        if event.get("event") != "bot":
            continue
        name = (event.get("metadata") or {}).get("utter_action")
        if name and name not in _NOT_TOPICS:
            return name
    return None


class ActionTellMore(Action):
    """Details for the last topic: ``utter_X`` -> ``utter_X_more``."""

    def name(self) -> str:
        return "action_tell_more"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        last = last_utter_action(tracker)
        responses = domain.get("responses", {})
        if last and not last.endswith("_more") and f"{last}_more" in responses:
            dispatcher.utter_message(response=f"{last}_more")
        else:
            dispatcher.utter_message(response="utter_nothing_more")
        return []


class ActionRepeat(OpAction):
    """Say the last answer again (the conversation keeps what was said)."""

    action_name = "action_repeat"

    def op(self, tracker: Tracker) -> Op:
        return Repeat()


class ActionAnswer(OpAction):
    """Yes or no: answers whatever question is pending (a timer offer, a stretch check)."""

    action_name = "action_answer"

    def op(self, tracker: Tracker) -> Op:
        return Answer("yes" if intent_name(tracker) == "affirm" else "no")


class ActionSpeechSetting(OpAction):
    """Louder or quieter; kept as a preference by the conversation."""

    action_name = "action_speech_setting"

    def op(self, tracker: Tracker) -> Op:
        return SpeechStep("volume", 1 if intent_name(tracker) == "louder" else -1)


class ActionExerciseInfo(Action):
    """How to do one exercise: ``utter_exercise_<exercise entity>``."""

    def name(self) -> str:
        return "action_exercise_info"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        exercise = first_entity(tracker, "exercise")
        response = f"utter_exercise_{exercise}"
        if not exercise or response not in domain.get("responses", {}):
            response = "utter_exercise_unknown"
        dispatcher.utter_message(response=response)
        return []

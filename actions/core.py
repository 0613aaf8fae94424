"""Conversation actions: tell me more, repeat, yes/no answers, speech settings, exercise info,
the closest topics when nothing matched."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import OpAction, intent_name
from actions.ops import first_entity
from assistant.core.ops import Answer, Op, Repeat, SpeechStep

_NOT_TOPICS = {"utter_nothing_more", "utter_out_of_scope", "utter_closest_topics"}

TOPIC_NAMES = {
    "ask_first_aid": "first aid for a spasm", "ask_rest_position": "how to lie",
    "ask_ice": "ice", "ask_heat": "heat", "ask_ice_or_heat": "ice or heat",
    "ask_alternate": "switching ice and heat", "ask_massage": "massage",
    "ask_bed_rest": "rest", "ask_walking": "walking", "ask_stretches": "stretches",
    "ask_exercise": "exercises", "ask_medicine": "medicines",
    "ask_muscle_relaxant": "muscle relaxants", "ask_hydration": "water and food",
    "ask_causes": "causes", "ask_prevention": "prevention", "ask_posture": "posture",
    "ask_lifting": "lifting", "ask_sleep": "sleep", "ask_weight": "weight",
    "ask_duration": "how long it lasts", "ask_what_is_spasm": "what a spasm is",
    "ask_get_up": "getting up", "ask_toilet": "the toilet", "ask_work": "work",
    "ask_treatment": "treatment",
    "ask_driving": "driving", "ask_sex": "sex", "ask_slipped_disc": "slipped discs",
    "ask_pregnancy": "pregnancy", "ask_warning_signs": "warning signs",
    "ask_see_doctor": "seeing a doctor", "start_timer": "an ice timer",
    "start_breathing": "guided breathing", "ask_sport": "sport and the gym",
    "ask_sciatica": "pain down a leg",
}
"""How a topic is named when it is offered (intents that are not topics are never offered)."""
DEFAULT_TOPICS = ("ice", "heat", "stretches")


def more_response(name: str) -> str:
    """``utter_X`` -> ``utter_X_more``; a sub-answer ``utter_ask_X/key`` -> ``utter_ask_X_key_more``."""
    return f"{name.replace('/', '_')}_more"


def spoken_list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])}, or {names[-1]}"


def closest_topics(ranking: list[dict[str, Any]], most: int = 3) -> list[str]:
    """The (up to) ``most`` likeliest topics by name, padded to two from the defaults."""
    names: list[str] = []
    for entry in ranking:
        name = TOPIC_NAMES.get(str(entry.get("name")))
        if name and name not in names:
            names.append(name)
        if len(names) == most:
            return names
    for name in DEFAULT_TOPICS:
        if len(names) >= 2:
            break
        if name not in names:
            names.append(name)
    return names


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
    """Details for the last topic (:func:`more_response`)."""

    def name(self) -> str:
        return "action_tell_more"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        last = last_utter_action(tracker)
        responses = domain.get("responses", {})
        if last and not last.endswith("_more") and more_response(last) in responses:
            dispatcher.utter_message(response=more_response(last))
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


class ActionClosestTopics(Action):
    """Nothing matched well enough: name the two or three closest topics instead of guessing."""

    def name(self) -> str:
        return "action_closest_topics"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        ranking = tracker.latest_message.get("intent_ranking") or []
        dispatcher.utter_message(response="utter_closest_topics",
                                 topics=spoken_list(closest_topics(ranking)))
        return []

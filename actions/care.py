"""Care actions: medicine answers that put a named condition's caution first, and reassurance.

Medicine: the sub-answer selector for ``ask_medicine`` picks the sub-answer (``utter_ask_medicine/
ibuprofen`` ...). When the person names a condition that changes what is safe (the ``condition``
entity of assistant/dialogue/entities.py: pregnancy, asthma, a stomach ulcer, kidney or heart
problems, blood thinners, alcohol), that condition's caution is said instead, first, whatever
the selector picked: a caution must never depend on a statistical guess.
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.base import intent_name
from actions.ops import emit
from assistant.core.ops import RoutineOffer

CONDITIONS = ("pregnancy", "blood_thinners", "stomach", "kidney_heart", "asthma", "alcohol")
"""Every condition with a caution (utter_ask_medicine/<condition>), most serious first."""
SURE = 0.5
"""A condition answer the selector picked without the condition being named needs this much."""


def entity_values(tracker: Tracker, name: str) -> list[str]:
    values: list[str] = []
    for entity in tracker.latest_message.get("entities", []) or []:
        value = entity.get("value")
        values += [str(v) for v in (value if isinstance(value, list) else [value])
                   if entity.get("entity") == name and str(v) not in values]
    return values


def selected(tracker: Tracker, intent: str) -> tuple[str | None, float]:
    """The sub-answer picked for ``intent`` (by assistant/dialogue/sub_answers.py, which writes
    what Rasa's ResponseSelector writes; or by Rasa's one default selector, as in
    benchmarks/config_diet.yml), and its confidence."""
    selectors = tracker.latest_message.get("response_selector") or {}
    chosen = selectors.get(intent) or selectors.get("default") or {}
    response = chosen.get("response") or {}
    return response.get("utter_action"), float(response.get("confidence") or 0.0)


_TOPICAL = re.compile(r"\b(?:gel|gels|cream|creams|rub|rubs|balm|ointment|spray|patch|patches)\b")
ONE_MEDICINE = {"nsaid": "utter_ask_medicine/ibuprofen",
                "paracetamol": "utter_ask_medicine/paracetamol"}
"""The answer for a question that names one kind of tablet and nothing else."""
DOSE_PICKS = ("utter_ask_medicine/how_much", "utter_ask_medicine/timing")
DOSE_ANSWERS = {"nsaid": "utter_dose_nsaid", "paracetamol": "utter_dose_paracetamol",
                "opioid": "utter_dose_opioid"}
"""A dose question that names one kind of medicine: the label answer says its name back (a
listener hears that the right medicine was understood)."""


def medicine_responses(intent: str, conditions: list[str], pick: str | None,
                       confidence: float, medicines: list[str] | None = None,
                       text: str = "") -> list[str]:
    """What to say, in order, for a medicine question (pure: tested without a model)."""
    named = [c for c in CONDITIONS if c in conditions]
    if named:
        return [f"utter_ask_medicine/{c}" for c in named]
    if intent == "ask_muscle_relaxant":
        return ["utter_muscle_relaxant"]
    named_kinds = {m for m in medicines or [] if m in DOSE_ANSWERS}
    if pick in DOSE_PICKS and len(named_kinds) == 1:
        return [DOSE_ANSWERS[named_kinds.pop()]]  # "how many ibuprofen": the label, by name
    kinds = {m for m in medicines or [] if m in ONE_MEDICINE}
    if len(kinds) == 1 and pick in (None, "utter_ask_medicine/general", "utter_ask_medicine/cream"
                                    ) and not _TOPICAL.search(text.lower()):
        return [ONE_MEDICINE[kinds.pop()]]  # "would ibuprofen help": not the cream answer
    if pick and pick.startswith("utter_ask_medicine/"):
        key = pick.split("/", 1)[1]
        if key not in CONDITIONS or confidence >= SURE:
            return [pick]
    return ["utter_ask_medicine/general"]


class ActionMedicine(Action):
    """Medicine and muscle relaxant questions: the caution for any named condition first."""

    def name(self) -> str:
        return "action_medicine"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        pick, confidence = selected(tracker, "ask_medicine")
        for response in medicine_responses(
                intent_name(tracker), entity_values(tracker, "condition"), pick, confidence,
                entity_values(tracker, "medicine"), str(tracker.latest_message.get("text") or "")):
            dispatcher.utter_message(response=response)
        return []


class ActionReassure(Action):
    """"I'm scared": a calm sentence, then an offer of guided breathing (a yes starts it)."""

    def name(self) -> str:
        return "action_reassure"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_scared")
        emit(dispatcher, RoutineOffer("breathing"))
        return []

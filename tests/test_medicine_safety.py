"""Medicine answers to someone who names a condition always say that condition's caution (issue 15).

Conditions: pregnancy, asthma, stomach ulcers, kidney or heart problems, blood thinners, alcohol.
The fast tests check each layer alone (the condition entity, the action's choice, the caution
texts); the slow ones ask the real trained model, phrased as people ask.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from actions.care import CONDITIONS, medicine_responses
from assistant.core.events import Say
from assistant.dialogue.agent import DialogueReply
from assistant.dialogue.entities import extract

REPO = Path(__file__).resolve().parents[1]

CAUTION_WORDS = {  # what the caution must say (lowercase), per condition
    "pregnancy": ("paracetamol", "do not use ibuprofen", "midwife"),
    "asthma": ("asthma", "pharmacist", "ibuprofen"),
    "stomach": ("ulcer", "do not take ibuprofen"),
    "kidney_heart": ("kidney", "heart", "doctor or pharmacist"),
    "blood_thinners": ("blood thinner", "bleeding", "do not take ibuprofen"),
    "alcohol": ("alcohol", "drowsy"),
}

ASKED = {  # how people ask: a medicine with the condition, in many words
    "pregnancy": ["im pregnant can i take ibuprofen for my back",
                  "i am twelve weeks pregnant what painkiller is safe",
                  "can i take naproxen while im pregnant",
                  "is paracetamol ok in pregnancy",
                  "i'm expecting a baby is advil alright",
                  "im breastfeeding can i take ibuprofen"],
    "asthma": ["i have asthma can i take ibuprofen",
               "im asthmatic is naproxen ok for my back",
               "can i take advil with my asthma",
               "i use an inhaler what painkillers can i have"],
    "stomach": ["i have a stomach ulcer can i take ibuprofen",
                "ive had a bleeding ulcer is naproxen ok",
                "can i take aspirin with an ulcer",
                "i get bad heartburn can i take anti inflammatories"],
    "kidney_heart": ["i have kidney disease can i take ibuprofen",
                     "is naproxen safe with my heart condition",
                     "i have high blood pressure can i take advil",
                     "i had a heart attack last year what painkiller can i take",
                     "my kidneys are bad is ibuprofen ok"],
    "blood_thinners": ["im on warfarin can i take ibuprofen",
                       "i take blood thinners what painkiller is safe",
                       "can i take naproxen with apixaban",
                       "i take aspirin every day can i have ibuprofen too"],
    "alcohol": ["can i drink alcohol with my painkillers",
                "is it ok to have a beer with ibuprofen",
                "can i have wine with muscle relaxers",
                "can i drink alcohol while taking codeine"],
}


@lru_cache(maxsize=1)
def care_responses() -> dict[str, str]:
    raw = yaml.safe_load((REPO / "domain" / "care.yml").read_text())["responses"]
    return {name: variants[0]["text"] for name, variants in raw.items()}


def test_every_condition_is_covered() -> None:
    assert set(CONDITIONS) == set(CAUTION_WORDS) == set(ASKED)
    assert {"pregnancy", "asthma", "stomach", "kidney_heart", "blood_thinners",
            "alcohol"} <= set(CONDITIONS)


@pytest.mark.parametrize("condition", sorted(CAUTION_WORDS))
def test_each_caution_says_what_matters(condition: str) -> None:
    text = care_responses()[f"utter_ask_medicine/{condition}"].lower()
    for words in CAUTION_WORDS[condition]:
        assert words in text, (condition, words)


@pytest.mark.parametrize(("condition", "text"),
                         [(c, t) for c, texts in ASKED.items() for t in texts])
def test_the_condition_and_the_medicine_are_heard(condition: str, text: str) -> None:
    found = extract(text)
    assert condition in [f.value for f in found if f.entity == "condition"], text
    assert any(f.entity == "medicine" for f in found), text


@pytest.mark.parametrize("condition", sorted(CAUTION_WORDS))
@pytest.mark.parametrize("pick", ["utter_ask_medicine/ibuprofen", "utter_ask_medicine/general",
                                  "utter_ask_medicine/combine", None])
@pytest.mark.parametrize("intent", ["ask_medicine", "ask_muscle_relaxant"])
def test_the_caution_comes_first_whatever_the_selector_picked(
        condition: str, pick: str | None, intent: str) -> None:
    said = medicine_responses(intent, [condition], pick, 0.99)
    assert said[0] == f"utter_ask_medicine/{condition}"


def test_two_conditions_get_both_cautions_the_most_serious_first() -> None:
    said = medicine_responses("ask_medicine", ["alcohol", "pregnancy"],
                              "utter_ask_medicine/ibuprofen", 0.9)
    assert said == ["utter_ask_medicine/pregnancy", "utter_ask_medicine/alcohol"]


def test_without_a_condition_the_selected_answer_is_said() -> None:
    assert medicine_responses("ask_medicine", [], "utter_ask_medicine/combine", 0.4) == [
        "utter_ask_medicine/combine"]
    assert medicine_responses("ask_muscle_relaxant", [], None, 0.0) == ["utter_muscle_relaxant"]
    assert medicine_responses("ask_medicine", [], None, 0.0) == ["utter_ask_medicine/general"]
    # a condition caution the selector guessed without the condition being named, unsure
    assert medicine_responses("ask_medicine", [], "utter_ask_medicine/asthma", 0.3) == [
        "utter_ask_medicine/general"]


def test_a_named_tablet_is_not_answered_with_the_cream_or_the_general_answer() -> None:
    cream, general = "utter_ask_medicine/cream", "utter_ask_medicine/general"
    assert medicine_responses("ask_medicine", [], cream, 0.6, ["nsaid"],
                              "would ibuprofen help my back") == ["utter_ask_medicine/ibuprofen"]
    assert medicine_responses("ask_medicine", [], general, 0.6, ["paracetamol"],
                              "is tylenol ok") == ["utter_ask_medicine/paracetamol"]
    assert medicine_responses("ask_medicine", [], cream, 0.6, ["nsaid"],
                              "can i use ibuprofen gel") == [cream]
    assert medicine_responses("ask_medicine", [], general, 0.6, ["nsaid", "paracetamol"],
                              "ibuprofen or paracetamol which is better") == [general]


def test_a_medicine_with_a_condition_is_read_as_a_medicine_question() -> None:
    ents = [{"entity": "condition", "value": "asthma"}, {"entity": "medicine", "value": "nsaid"}]
    assert DialogueReply("ask_heat", 0.4, ents).medicine_with_condition()
    assert not DialogueReply("ask_medicine", 0.4, ents).medicine_with_condition()
    assert not DialogueReply("report_chest_pain", 0.9, ents).medicine_with_condition()
    assert not DialogueReply("ask_heat", 0.4, ents[:1]).medicine_with_condition()


# ------------------------------------------------------------------ the real model


@pytest.mark.slow
@pytest.mark.parametrize(("condition", "text"),
                         [(c, t) for c, texts in ASKED.items() for t in texts])
async def test_the_real_assistant_says_the_caution(make_conversation, condition: str,
                                                   text: str) -> None:
    result = await make_conversation().handle_text(text)
    said = " ".join(o.text for o in result.outputs if isinstance(o, Say)).lower()
    for words in CAUTION_WORDS[condition]:
        assert words in said, (text, said)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("can i take ibuprofen and paracetamol together", "utter_ask_medicine/combine"),
    ("is it ok to mix advil with tylenol", "utter_ask_medicine/combine"),
    ("would ibuprofen help my back", "utter_ask_medicine/ibuprofen"),
    ("how many paracetamol can i take at once", "utter_dose_paracetamol"),
    ("how many tablets should i take at a time", "utter_ask_medicine/how_much"),
])
async def test_without_a_condition_no_caution_is_invented(make_conversation, text: str,
                                                          expected: str) -> None:
    result = await make_conversation().handle_text(text)
    said = [o.text for o in result.outputs if isinstance(o, Say)]
    assert said[0] == care_responses()[expected], (text, said)


def test_a_dose_question_gets_the_label_answer_by_the_medicine_s_name() -> None:
    how_much, timing = "utter_ask_medicine/how_much", "utter_ask_medicine/timing"
    assert medicine_responses("ask_medicine", [], how_much, 0.8, ["nsaid"]) == ["utter_dose_nsaid"]
    assert medicine_responses("ask_medicine", [], timing, 0.8, ["paracetamol"]) == [
        "utter_dose_paracetamol"]
    assert medicine_responses("ask_medicine", [], how_much, 0.8, ["opioid"]) == ["utter_dose_opioid"]
    # two kinds, or none: the general label answer; a condition still comes first
    assert medicine_responses("ask_medicine", [], how_much, 0.8, ["nsaid", "paracetamol"]) == [
        how_much]
    assert medicine_responses("ask_medicine", [], how_much, 0.8, []) == [how_much]
    assert medicine_responses("ask_medicine", ["pregnancy"], how_much, 0.8, ["nsaid"]) == [
        "utter_ask_medicine/pregnancy"]

"""The specific fact first, with the real trained model (issue 15): sub-questions and their
"tell me more", the new topics, fear, and no unrelated answer when nothing matches."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from assistant.core.events import RoutineStarted, Say

pytestmark = pytest.mark.slow  # the trained dialogue model

REPO = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def texts() -> dict[str, str]:
    out = {}
    for path in (REPO / "domain").glob("*.yml"):
        for name, variants in (yaml.safe_load(path.read_text()).get("responses") or {}).items():
            out[name] = variants[0]["text"]
    return out


async def say(conv, text: str) -> list[str]:
    return [o.text for o in (await conv.handle_text(text)).outputs if isinstance(o, Say)]


@pytest.mark.parametrize(("question", "first", "more"), [
    ("how often am i allowed to put ice on", "utter_ask_ice/how_often",
     "utter_ask_ice_how_often_more"),
    ("how long should the ice pack stay on for", "utter_ask_ice/how_long",
     "utter_ask_ice_how_long_more"),
    ("is it ok to drop off to sleep on my heating pad", "utter_ask_heat/asleep",
     "utter_ask_heat_asleep_more"),
    ("am i ok to drift off with the ice pack under me", "utter_ask_ice/asleep",
     "utter_ask_ice_asleep_more"),
    ("does magnesium help with cramps", "utter_ask_hydration/minerals",
     "utter_ask_hydration_minerals_more"),
    ("can i take paracetamol with ibuprofen", "utter_ask_medicine/combine",
     "utter_ask_medicine_combine_more"),
    ("how do i sit up in bed without it hurting so much", "utter_ask_get_up/bed",
     "utter_ask_get_up_bed_more"),
])
async def test_a_sub_question_gets_its_fact_first_and_the_rest_on_tell_me_more(
        make_conversation, question: str, first: str, more: str) -> None:
    conv = make_conversation()
    assert (await say(conv, question))[0] == texts()[first]
    assert (await say(conv, "tell me more"))[0] == texts()[more]


@pytest.mark.parametrize(("question", "expected"), [
    ("what is the safest way to get up off the floor", "utter_ask_get_up/general"),
    ("how do i get to the loo when i can barely move", "utter_ask_toilet/general"),
    ("should i go into work tomorrow", "utter_ask_work/general"),
    ("am i ok to drive to the chemist", "utter_driving"),
    ("is sex alright with a bad back", "utter_sex"),
    ("could this be a slipped disc", "utter_ask_slipped_disc/general"),
    ("i'm pregnant and my back is in spasm", "utter_pregnancy"),
    ("how do i pull my knees up to my chest", "utter_exercise_knee_to_chest"),
    ("is it alright to keep going to the gym", "utter_sport"),
    ("why does the pain shoot down the back of my leg", "utter_sciatica"),
    ("would co-codamol be stronger than what i've got", "utter_ask_medicine/codeine"),
    ("is it bad for my back to sleep face down", "utter_ask_sleep/stomach"),
    ("should i get a new mattress for my back", "utter_ask_sleep/mattress"),
    ("could stress have caused my spasm", "utter_ask_causes/stress"),
    ("do i need an mri scan for my back", "utter_ask_slipped_disc/scan"),
    ("the painkillers have made me constipated what can i do", "utter_ask_toilet/constipation"),
    ("can i use a foam roller on my back", "utter_ask_massage/tools"),
    ("do i need a note from my doctor for work", "utter_ask_work/note"),
    ("what stretches can i do lying flat on the floor", "utter_ask_stretches/floor"),
    ("what's a pelvic tilt", "utter_exercise_pelvic_tilt"),
    ("could a physio sort my back out", "utter_ask_treatment/physio"),
    ("can the pharmacist help me with my back", "utter_ask_treatment/pharmacist"),
    ("do i take naproxen with food", "utter_ask_medicine/ibuprofen"),
])
async def test_the_new_topics_are_answered(make_conversation, question: str, expected: str) -> None:
    assert (await say(make_conversation(), question))[0] == texts()[expected]


async def test_fear_gets_a_calm_word_and_yes_starts_guided_breathing(make_conversation) -> None:
    conv = make_conversation()
    assert await say(conv, "i'm really scared") == [texts()["utter_scared"]]
    result = await conv.handle_text("yes please")
    assert RoutineStarted("breathing") in result.outputs


@pytest.mark.parametrize("question", ["what colour is the sky", "can you book me a taxi",
                                      "what is the capital of france"])
async def test_nothing_matched_offers_topics_never_an_unrelated_answer(make_conversation,
                                                                       question: str) -> None:
    first = (await say(make_conversation(), question))[0]
    offers = (texts()["utter_out_of_scope"], texts()["utter_help_menu"],
              "I am not sure I understood. I can tell you about")
    assert first.startswith(offers), first

"""Answers that answer the question asked (issue 15), without a trained model: tell me more after
a sub-answer, medicine and reassurance actions, the closest topics when nothing matched, the
offer of guided breathing, and "tell me more" after the warning signs."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.care import ActionMedicine, ActionReassure
from actions.core import (
    TOPIC_NAMES,
    ActionClosestTopics,
    ActionTellMore,
    closest_topics,
    more_response,
    spoken_list,
)
from assistant.conversation import Conversation
from assistant.core.clock import VirtualClock
from assistant.core.events import RoutineStarted, Say
from assistant.core.ops import RoutineOffer, parse_op
from assistant.core.settings import Settings
from assistant.dialogue.agent import DialogueReply
from assistant.services.routines.service import OFFER_DECLINED, RoutineService


def tracker(latest: dict[str, Any] | None = None, events: list[dict] | None = None) -> Tracker:
    return Tracker("t", {}, latest or {}, events or [], False, None, {}, None)


async def run(action: Any, t: Tracker, responses: dict | None = None) -> list[dict]:
    dispatcher = CollectingDispatcher()
    await action.run(dispatcher, t, {"responses": responses or {}})
    return dispatcher.messages


def test_more_of_a_sub_answer_and_of_a_plain_answer() -> None:
    assert more_response("utter_ask_ice/how_often") == "utter_ask_ice_how_often_more"
    assert more_response("utter_sleep") == "utter_sleep_more"


async def test_tell_me_more_after_a_sub_answer_gives_its_details() -> None:
    said = [{"event": "bot", "metadata": {"utter_action": "utter_ask_ice/how_often"}}]
    responses = {"utter_ask_ice_how_often_more": [{"text": "x"}], "utter_ice_more": []}
    messages = await run(ActionTellMore(), tracker(events=said), responses)
    assert [m["response"] for m in messages] == ["utter_ask_ice_how_often_more"]
    messages = await run(ActionTellMore(), tracker(events=said), {})
    assert [m["response"] for m in messages] == ["utter_nothing_more"]


def test_closest_topics_are_named_from_the_ranking_and_never_non_topics() -> None:
    ranking = [{"name": "nlu_fallback"}, {"name": "ask_heat"}, {"name": "greet"},
               {"name": "ask_sex"}, {"name": "ask_heat"}, {"name": "ask_driving"},
               {"name": "ask_work"}]
    assert closest_topics(ranking) == ["heat", "sex", "driving"]
    assert closest_topics([{"name": "ask_toilet"}]) == ["the toilet", "ice"]
    assert closest_topics([]) == ["ice", "heat"]
    assert spoken_list(["heat", "sex", "driving"]) == "heat, sex, or driving"
    assert all(not name.startswith("report_") for name in TOPIC_NAMES)


async def test_nothing_matched_offers_the_closest_topics_by_name() -> None:
    latest = {"intent_ranking": [{"name": "nlu_fallback", "confidence": 0.3},
                                 {"name": "ask_get_up", "confidence": 0.2},
                                 {"name": "ask_toilet", "confidence": 0.1}]}
    messages = await run(ActionClosestTopics(), tracker(latest))
    assert messages[0]["response"] == "utter_closest_topics"
    assert messages[0]["topics"] == "getting up, or the toilet"


async def test_medicine_action_puts_the_named_conditions_caution_first() -> None:
    latest = {"intent": {"name": "ask_medicine"},
              "entities": [{"entity": "condition", "value": "asthma"},
                           {"entity": "medicine", "value": "nsaid"}],
              "response_selector": {"ask_medicine": {"response": {
                  "utter_action": "utter_ask_medicine/ibuprofen", "confidence": 0.9}}}}
    messages = await run(ActionMedicine(), tracker(latest))
    assert [m["response"] for m in messages] == ["utter_ask_medicine/asthma"]
    latest["entities"] = latest["entities"][1:]
    messages = await run(ActionMedicine(), tracker(latest))
    assert [m["response"] for m in messages] == ["utter_ask_medicine/ibuprofen"]


async def test_medicine_action_reads_a_condition_list_from_a_second_reading() -> None:
    # Conversation._second_reading asks "/ask_medicine{"condition": [...]}": no selector output
    latest = {"intent": {"name": "ask_medicine"},
              "entities": [{"entity": "condition", "value": ["alcohol", "pregnancy"]}]}
    messages = await run(ActionMedicine(), tracker(latest))
    assert [m["response"] for m in messages] == ["utter_ask_medicine/pregnancy",
                                                 "utter_ask_medicine/alcohol"]


async def test_fear_gets_a_calm_word_then_an_offer_of_breathing() -> None:
    messages = await run(ActionReassure(), tracker())
    assert messages[0]["response"] == "utter_scared"
    assert parse_op(messages[1]["custom"]) == RoutineOffer("breathing")


def test_yes_to_the_offer_starts_guided_breathing_and_no_does_not() -> None:
    svc = RoutineService(tones=False)
    assert svc.handle(RoutineOffer("breathing"), 0.0) == []
    assert svc.question_asked_at(1.0) == 0.0 and svc.takes_answer("yes", 1.0)
    out = svc.answer("yes", 1.0)
    assert RoutineStarted("breathing") in out and svc.busy()
    svc = RoutineService(tones=False)
    svc.handle(RoutineOffer("breathing"), 0.0)
    assert svc.answer("no", 1.0) == [Say(OFFER_DECLINED)] and not svc.busy()
    svc.handle(RoutineOffer("breathing"), 0.0)
    assert svc.question_asked_at(500.0) is None  # an old offer is not answered by a late yes


class ScriptedDialogue:
    """Stands in for the dialogue model: every turn is read as ``intent``."""

    ready = True

    def __init__(self, intent: str, replies: list[Any]) -> None:
        self.intent, self.replies = intent, replies

    async def turn(self, text: str, sender_id: str) -> DialogueReply:
        return DialogueReply(self.intent, 0.9, [], list(self.replies))


@pytest.mark.parametrize("question", ["what are the warning signs", "when should i see a doctor"])
async def test_tell_me_more_after_the_warning_signs_gives_the_other_signs(store, question) -> None:
    model = ScriptedDialogue("tell_me_more", ["That is all I have on that."])
    conv = Conversation(Settings(), VirtualClock(), store, model)  # type: ignore[arg-type]
    first = [o.text for o in (await conv.handle_text(question)).outputs if isinstance(o, Say)]
    assert "911" in first[0]
    assert "tell me more" in first[-1] or first[0].startswith("See a doctor if")
    more = " ".join(o.text for o in (await conv.handle_text("tell me more")).outputs
                    if isinstance(o, Say))
    assert "fever" in more and "wakes you at night" in more
    again = [o.text for o in (await conv.handle_text("tell me more")).outputs
             if isinstance(o, Say)]
    assert again == ["That is all I have on that."]  # only once, right after the signs

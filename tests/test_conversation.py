"""The one-process runtime with the real dialogue model, on a virtual clock."""

from __future__ import annotations

import asyncio

import pytest

from assistant.core.events import (
    AlarmStarted,
    Emergency,
    Interrupt,
    SafetyQuestion,
    Say,
    SettingChanged,
)

pytestmark = pytest.mark.slow  # the trained dialogue model


async def turn(runtime, text: str):
    return await asyncio.wait_for(runtime.handle_text(text), timeout=30)


async def test_tell_me_more_follows_the_last_topic(make_conversation) -> None:
    rt = make_conversation()
    first = await turn(rt, "how long should i keep ice on")
    assert first.intent == "ask_ice"
    assert "tell me more" in " ".join(first.say).lower()
    more = await turn(rt, "tell me more")
    assert more.intent == "tell_me_more"
    assert more.say and more.say != first.say


async def test_repeat_says_the_last_answer_again(make_conversation) -> None:
    rt = make_conversation()
    first = await turn(rt, "what causes back spasms")
    again = await turn(rt, "say that again")
    assert again.say == first.say


async def test_louder_is_kept_as_a_preference(make_conversation, store) -> None:
    rt = make_conversation()
    before = float(store.get_pref("speech.volume", "0.9"))
    result = await turn(rt, "speak up i can't hear you")
    changed = [o for o in result.outputs if isinstance(o, SettingChanged)]
    assert changed and changed[0].name == "volume" and changed[0].value > before
    assert float(store.get_pref("speech.volume")) == changed[0].value


async def test_safety_works_before_the_model_is_loaded(make_conversation) -> None:
    rt = make_conversation(with_dialogue=False)
    assert not rt.dialogue_ready
    red = await turn(rt, "i wet myself and cant feel my legs")
    assert red.emergency
    assert any(isinstance(o, Say) and o.urgent for o in red.outputs)
    stop = await turn(rt, "stop")
    assert any(isinstance(o, Interrupt) for o in stop.outputs)
    other = await turn(rt, "should i use heat")
    assert "getting ready" in other.say[0]
    assert rt.take_deferred() == "should i use heat"  # answered once the model is ready
    assert rt.take_deferred() is None


async def test_emergency_stops_a_running_stretch(make_conversation) -> None:
    rt = make_conversation()
    await turn(rt, "start breathing with me")
    assert rt.routines.busy()
    red = await turn(rt, "i fell down the stairs and hit my back")
    assert any(isinstance(o, Emergency) for o in red.outputs)
    assert not rt.routines.busy()


async def test_out_of_scope_says_what_it_can_do(make_conversation) -> None:
    rt = make_conversation()
    result = await turn(rt, "what's the capital of peru")
    assert result.say and "ice" in result.say[0]
    assert result.events == []


async def test_first_run_notice_once(make_conversation) -> None:
    rt = make_conversation(first_run_notice=True)
    first = await turn(rt, "hello")
    second = await turn(rt, "hello")
    assert any("not a doctor" in s for s in first.say)
    assert not any("not a doctor" in s for s in second.say)


async def test_a_red_flag_only_the_model_hears_is_asked_not_declared(make_conversation) -> None:
    """The dialogue model took "i fell asleep in my chair" for a fall (0.92); a red flag that only
    the model hears is confirmed with a yes/no question, and "yes" gives the emergency answer."""
    rt = make_conversation()
    odd = "my leg does not feel like mine"  # the screen has no pattern for it
    asked = await turn(rt, odd)
    assert asked.intent == "report_leg_numbness"
    assert asked.events == [SafetyQuestion("leg_numbness")]
    assert not asked.emergency and "yes or no" in asked.say[-1]
    yes = await turn(rt, "yes")
    assert yes.events == [Emergency("leg_numbness", "today")]
    again = await turn(rt, odd)
    assert again.events == [SafetyQuestion("leg_numbness")]
    no = await turn(rt, "no")
    assert no.events == [] and not no.emergency


async def test_a_denied_red_flag_overrules_the_model(make_conversation) -> None:
    rt = make_conversation()
    for text in ["i fell asleep in my chair", "my legs feel ok", "i can still feel my legs"]:
        result = await turn(rt, text)
        assert result.events == [], (text, result.intent, result.events)


async def test_an_unsure_call_for_help_from_the_model_is_offered_not_sounded(make_conversation) -> None:
    rt = make_conversation()
    offer = await turn(rt, "get my phone")  # the model: call_for_help, 0.67
    assert offer.intent == "call_for_help"
    assert offer.events == [SafetyQuestion("help")] and not rt.alarm.busy()
    yes = await turn(rt, "yes please")
    assert any(isinstance(e, AlarmStarted) for e in yes.events) and rt.alarm.busy()


async def test_rasa_turns_run_off_the_event_loop(make_conversation) -> None:
    """Rasa's NLU and policies run on the dialogue thread, never on the caller's event loop."""
    import threading

    rt = make_conversation()
    assert rt.dialogue is not None
    agent = rt.dialogue.agent
    seen: list[str] = []
    original = agent.handle_text

    async def recording(*args, **kwargs):
        seen.append(threading.current_thread().name)
        return await original(*args, **kwargs)

    agent.handle_text = recording
    try:
        await turn(rt, "how long should i keep ice on")
    finally:
        agent.handle_text = original
    assert seen == ["dialogue"]
    assert threading.current_thread().name != "dialogue"


async def test_after_an_emergency_the_advice_stays_consistent(make_conversation) -> None:
    """After a fall with the emergency answer: no driving, no heat on the fresh injury, and
    "I'm fine now" keeps the advice to be checked (issue 13)."""
    rt = make_conversation()
    fall = await turn(rt, "i fell off the ladder and landed on my back")
    assert fall.emergency
    drive = await turn(rt, "can i drive myself to the hospital")
    assert "do not drive" in " ".join(drive.say).lower()
    heat = await turn(rt, "start a heat timer")
    assert not any(e.type == "timer_started" for e in heat.events)
    assert "heat" in " ".join(heat.say).lower()
    fine = await turn(rt, "i'm fine now forget it")
    assert "911" in " ".join(fine.say) and not fine.emergency
    ice = await turn(rt, "start an ice timer")
    assert any(e.type == "timer_started" for e in ice.events)


async def test_someone_elses_red_flag_raises_nothing(make_conversation) -> None:
    rt = make_conversation()
    for text in ["my dad had a fall last year", "the dog had an accident on the carpet",
                 "i broke my leg skiing when i was twenty"]:
        result = await turn(rt, text)
        assert result.events == [], (text, result.intent, result.events)

"""Guided breathing and stretches on a virtual clock, and the routine/timer custom actions."""

from __future__ import annotations

import asyncio

import pytest
from helpers import route
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import routines as acts
from assistant.core.clock import VirtualClock, run_until
from assistant.core.events import (
    Interrupt,
    RoutineFinished,
    RoutineStarted,
    RoutineStopped,
    Say,
    Tone,
)
from assistant.core.ops import make_op, parse_op
from assistant.services.routines.exercises import EXERCISES, hold_counts
from assistant.services.routines.service import EASED_QUESTION, NOT_YET, RoutineService
from assistant.services.routines.steps import BREATH_INTRO, speak_time


def drive(svc, clock: VirtualClock, seconds: float) -> list[tuple[float, object]]:
    """Step the clock to each deadline within ``seconds`` (as Runtime.advance does)."""
    return [(t - clock.start, o) for t, outs in run_until(clock, seconds, svc) for o in outs]


def at(fired, text: str) -> list[float]:
    return [t for t, o in fired if isinstance(o, Say) and o.text == text]


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock()


@pytest.fixture
def svc() -> RoutineService:
    return RoutineService()


def test_breathing_minute_cues_are_exact(svc, clock):
    out = route(svc, "routine.start", {"routine": "breathing"}, clock.now())
    assert out == [RoutineStarted("breathing"), Say(BREATH_INTRO)]
    fired = drive(svc, clock, 120)
    lead = speak_time(BREATH_INTRO) + 1.0
    inhales = [lead + 9.5 * i for i in range(6)]
    assert at(fired, "Breathe in through your nose.") + at(fired, "In.") == inhales
    assert [t for t, o in fired if o == Tone("breath")] == inhales
    assert at(fired, "Pause.") == [t + 5.0 for t in inhales]
    assert at(fired, "And breathe out, slowly.") + at(fired, "Out.") == [t + 6.0 for t in inhales]
    end = lead + 57.0  # six cycles of 9.5 seconds: about a minute, no pause after breathing out
    assert fired[-1] == (end, RoutineFinished("breathing"))
    assert not svc.busy() and svc.next_deadline() is None


def test_breathing_slower_faster_longer_stop(svc, clock):
    route(svc, "routine.start", {"routine": "breathing"}, clock.now())
    lead = speak_time(BREATH_INTRO) + 1.0
    drive(svc, clock, lead + 1)  # inside the first cycle
    assert route(svc, "control", {"cmd": "slower"}, clock.now()) == [Say("Okay, slower.")]
    fired = drive(svc, clock, 30)
    second = lead + 9.5  # the current cycle keeps its pace; the next ones slow down
    assert at(fired, "In.")[:2] == [second, second + 11.0]
    assert at(fired, "Pause.")[:2] == [lead + 5.0, second + 6.0]
    for _ in range(5):
        route(svc, "control", {"cmd": "faster"}, clock.now())
    assert route(svc, "control", {"cmd": "faster"}, clock.now()) == [
        Say("This is as fast as I go.")]
    assert route(svc, "control", {"cmd": "longer"}, clock.now()) == [
        Say("Okay, one more minute.")]
    fired = drive(svc, clock, 45)
    assert len(at(fired, "In.")) == 7  # more cycles than were left, at the fastest pace
    assert at(fired, "In.")[-1] - at(fired, "In.")[-2] == 6.5
    out = route(svc, "control", {"cmd": "stop"}, clock.now())
    assert out[0] == RoutineStopped("breathing", "asked")
    assert drive(svc, clock, 300) == [] and not svc.busy()


def test_hold_counts_are_said_one_by_one():
    assert [w for _, w in hold_counts(20)] == [
        "Hold.", "ten.", "five,", "four,", "three,", "two,", "one.", "And release."]
    assert [t for t, _ in hold_counts(20)] == [0, 10, 15, 16, 17, 18, 19, 20]
    assert [w for _, w in hold_counts(5)] == ["Hold.", "four,", "three,", "two,", "one.",
                                              "And release."]


def test_stretch_asks_first_and_steers_to_rest_when_not_eased(svc, clock):
    out = route(svc, "routine.start", {"routine": "knee_to_chest"}, clock.now())
    assert out == [Say(EASED_QUESTION)] and not svc.busy()
    assert (svc.question_asked_at(clock.now()) is not None)
    assert route(svc, "answer", {"value": "no"}, clock.now()) == [Say(NOT_YET)]
    assert not svc.busy() and svc.next_deadline() is None


def test_knee_to_chest_counted_holds_checkin_and_finish(svc, clock):
    route(svc, "routine.start", {"routine": "knee_to_chest"}, clock.now())
    out = route(svc, "answer", {"value": "yes"}, clock.now())
    assert out[0] == RoutineStarted("knee_to_chest")
    fired = drive(svc, clock, 300)
    holds = at(fired, "Hold.")
    assert len(holds) == 2 and at(fired, "And release.") == [h + 20 for h in holds]
    assert at(fired, "ten.") == [h + 10 for h in holds]
    assert at(fired, "one.") == [h + 19 for h in holds]
    checkin = [t for t, o in fired if isinstance(o, Say) and "sharp pain" in o.text]
    assert checkin == [holds[0] + 21.5]
    assert isinstance(fired[-1][1], RoutineFinished)
    assert fired[-1][1].routine == "knee_to_chest"
    # a second stretch soon after does not ask again
    out = route(svc, "routine.start", {"routine": "bridge"}, clock.now())
    assert out[0] == RoutineStarted("bridge")


def test_it_hurts_stops_at_once(svc, clock):
    svc.eased_at = clock.now()
    route(svc, "routine.start", {"routine": "cobra"}, clock.now())
    drive(svc, clock, 15)
    out = route(svc, "control", {"cmd": "hurt"}, clock.now())
    assert out[0] == Interrupt("hurt") and out[1] == RoutineStopped("cobra", "hurt")
    assert "Come out of the position slowly" in out[2].text
    assert drive(svc, clock, 300) == [] and not svc.busy()


def test_yes_to_sharp_pain_stops_and_no_goes_on(svc, clock):
    svc.eased_at = clock.now()
    route(svc, "routine.start", {"routine": "childs_pose"}, clock.now())
    fired = drive(svc, clock, 60)
    assert any("sharp pain" in o.text for _, o in fired if isinstance(o, Say))
    assert route(svc, "answer", {"value": "no"}, clock.now()) == [Say("Good. Keep going gently.")]
    assert svc.busy()
    route(svc, "routine.start", {"routine": "childs_pose"}, clock.now())
    drive(svc, clock, 60)
    out = route(svc, "answer", {"value": "yes"}, clock.now())
    assert RoutineStopped("childs_pose", "hurt") in out


def test_pause_resume_skip_repeat(svc, clock):
    svc.eased_at = clock.now()
    route(svc, "routine.start", {"routine": "bridge"}, clock.now())
    move = EXERCISES["bridge"].moves[0]
    out = route(svc, "control", {"cmd": "skip"}, clock.now())  # skip the setup
    assert out == [Interrupt("skip"), Say("Okay, skipping.")]
    fired = drive(svc, clock, 10)
    assert at(fired, move) == [1.5]
    out = route(svc, "control", {"cmd": "pause"}, clock.now())
    assert Say("Paused. Say resume when you are ready.") in out
    assert svc.next_deadline() is None and drive(svc, clock, 100) == []
    assert route(svc, "control", {"cmd": "resume"}, clock.now()) == [Say("Okay, let's carry on.")]
    fired = drive(svc, clock, 5)
    assert at(fired, move) == [111.5]  # the interrupted step starts again
    route(svc, "control", {"cmd": "repeat"}, clock.now())
    fired = drive(svc, clock, 3)
    assert at(fired, move) == [116.5]
    assert route(svc, "control", {"cmd": "resume"}, clock.now()) is None  # not paused


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_every_exercise_runs_to_the_end(svc, clock, exercise_id):
    ex = EXERCISES[exercise_id]
    svc.eased_at = clock.now()
    route(svc, "routine.start", {"routine": exercise_id.replace("_", " ")}, clock.now())
    fired = drive(svc, clock, 3600)
    assert len(at(fired, "And release.")) == ex.rounds * len(ex.moves)
    assert fired[-1][1] == RoutineFinished(exercise_id)
    assert ex.sources and ex.hold > 0


def test_unknown_routine_and_nothing_running(svc, clock):
    out = route(svc, "routine.start", {"routine": "headstand"}, clock.now())
    assert "knee to chest" in out[0].text and not svc.busy()
    assert route(svc, "control", {"cmd": "stop"}, clock.now()) is None
    assert route(svc, "answer", {"value": "yes"}, clock.now()) is None
    assert route(svc, "timer.start", {"kind": "ice"}, clock.now()) is None


# ---------------------------------------------------------------- custom actions
def run_action(action, text: str, intent: str, entities=()):
    tracker = Tracker("u", {}, {"text": text, "intent": {"name": intent},
                                "entities": [{"entity": e, "value": v} for e, v in entities]},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(asyncio.wait_for(action.run(dispatcher, tracker, {}), timeout=5))
    [message] = dispatcher.messages
    return parse_op(message["custom"])


@pytest.mark.parametrize("action, text, intent, entities, expected", [
    (acts.ActionStartTimer(), "remind me to take the ice off in 15 minutes", "start_timer",
     [("therapy", "ice"), ("duration", 900)], ("timer.start", {"kind": "ice", "seconds": 900})),
    (acts.ActionStartTimer(), "start a timer", "start_timer", [],
     ("timer.start", {"kind": None, "seconds": None})),
    (acts.ActionStartTimer(), "alternate ice and heat", "start_timer",
     [("therapy", "ice"), ("therapy", "heat")], ("timer.start", {"kind": "alternate",
                                                                "seconds": None})),
    (acts.ActionCancelTimer(), "cancel the heat timer", "cancel_timer", [("therapy", "heat")],
     ("timer.cancel", {"kind": "heat"})),
    (acts.ActionCancelTimer(), "cancel both timers", "cancel_timer", [],
     ("timer.cancel", {"kind": "both"})),
    (acts.ActionTimerStatus(), "how much time is left", "timer_status", [], ("timer.status", {})),
    (acts.ActionPause(), "pause", "pause", [], ("control", {"cmd": "pause"})),
    (acts.ActionPause(), "pause the timer", "pause", [], ("timer.pause", {})),
    (acts.ActionResume(), "resume the ice", "resume", [("therapy", "ice")],
     ("timer.resume", {"kind": "ice"})),
    (acts.ActionAddTime(), "add five minutes", "add_time", [("duration", 300)],
     ("timer.add", {"seconds": 300})),
    (acts.ActionControl(), "it hurts", "it_hurts", [], ("control", {"cmd": "hurt"})),
    (acts.ActionControl(), "slower", "slower", [], ("control", {"cmd": "slower"})),
    (acts.ActionStartBreathing(), "breathe with me", "start_breathing", [],
     ("routine.start", {"routine": "breathing"})),
    (acts.ActionStartExercise(), "do the bird dog", "start_exercise", [("exercise", "bird_dog")],
     ("routine.start", {"routine": "bird_dog"})),
    (acts.ActionHistory(), "how many ice sessions today", "ask_history", [("therapy", "ice")],
     ("history", {"kind": "ice", "what": "count_today"})),
    (acts.ActionHistory(), "how long have i had heat on today", "ask_history",
     [("therapy", "heat")], ("history", {"kind": "heat", "what": "total_today"})),
    (acts.ActionHistory(), "when did i last ice", "ask_history", [("therapy", "ice")],
     ("history", {"kind": "ice", "what": "last"})),
    (acts.ActionHistory(), "how many times did i ice yesterday", "ask_history",
     [("therapy", "ice")], ("history", {"kind": "ice", "what": "count_today", "days_ago": 1})),
    (acts.ActionHistory(), "how long did i have heat on the day before yesterday", "ask_history",
     [("therapy", "heat")], ("history", {"kind": "heat", "what": "total_today", "days_ago": 2})),
])
def test_actions_emit_ops(action, text, intent, entities, expected):
    assert run_action(action, text, intent, entities) == make_op(*expected)

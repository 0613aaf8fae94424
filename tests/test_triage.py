"""Triage by the clinical table (issue 13): clear signs get their tier at once; a "no" never
dismisses one; an unclear answer is asked once more, then advised; the past, other people,
pets, objects, the news and questions about signs raise nothing; after an emergency the advice
stays consistent."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.events import Emergency, SafetyQuestion, Say
from assistant.core.ops import RoutineStart, TimerStart
from assistant.core.settings import SafetySettings
from assistant.safety.gate import SafetyGate
from assistant.safety.screen import screen

DATA = Path(__file__).with_name("data") / "triage.tsv"
ROWS = [line.rstrip("\n").split("\t") for line in DATA.read_text().splitlines()
        if line.strip() and not line.startswith("#")]


def tier(gate: SafetyGate, text: str, now: float = 0.0) -> str:
    d = gate.check(text, now)
    return d.tier if d else "none"


def said(outputs) -> str:
    return " ".join(o.text for o in outputs if isinstance(o, Say)).lower()


@pytest.mark.parametrize("want,text", ROWS)
def test_the_table(want: str, text: str) -> None:
    got = tier(SafetyGate(), text)
    if want == "none":
        assert got in ("none", "info"), (text, got)
    else:
        assert got == want, (text, got)


def test_the_table_covers_every_tier_and_ordinary_talk() -> None:
    counts = {w: sum(1 for x, _ in ROWS if x == w) for w in ("emergency", "today", "soon", "none")}
    assert counts["emergency"] >= 15 and counts["today"] >= 6 and counts["soon"] >= 5
    assert counts["none"] >= 15


def test_a_no_never_dismisses_a_clear_statement() -> None:
    gate = SafetyGate()
    first = gate.check("i've wet myself and i can't stop it", 0.0)
    assert first is not None and first.tier == "emergency"
    no = gate.check("no", 10.0)
    assert no is not None and no.tier == "after"
    text = said(no.outputs)
    assert "911" in text and "good" not in text


def test_an_unclear_answer_is_asked_once_more_then_advised() -> None:
    gate = SafetyGate()
    asked = gate.check("i've gone a bit numb", 0.0)
    assert asked is not None and asked.tier == "ask"
    again = gate.check("um", 5.0)
    assert again is not None and again.tier == "ask"
    assert again.outputs[0] == SafetyQuestion(asked.reason)
    advised = gate.check("what", 10.0)
    assert advised is not None and advised.tier == "emergency"
    assert not any(isinstance(o, SafetyQuestion) for o in advised.outputs)
    assert gate.pending is None


def test_a_question_left_for_something_else_comes_back_then_is_advised() -> None:
    gate = SafetyGate()
    gate.check("my leg feels a bit funny", 0.0)
    assert gate.check("start an ice timer", 5.0) is None  # goes on to the dialogue model
    back = gate.reminder(5.0)
    assert back and back[0] == SafetyQuestion("leg_numbness")
    assert gate.check("how long should i ice", 10.0) is None
    advice = gate.reminder(10.0)
    assert any(isinstance(o, Emergency) for o in advice)


def test_a_no_to_the_size_of_a_fall_still_gets_it_checked() -> None:
    gate = SafetyGate()
    assert tier(gate, "i had a fall earlier") == "ask"
    assert tier(gate, "no it was only a little one") == "today"
    gate = SafetyGate()
    gate.check("i had a fall earlier", 0.0)
    assert tier(gate, "yes i went down the whole flight of stairs") == "emergency"


def test_a_real_no_to_an_unclear_sign_clears_it() -> None:
    gate = SafetyGate()
    assert tier(gate, "i can feel my legs") == "ask"  # a likely mishearing of "can't"
    assert tier(gate, "no") == "clear"


@pytest.mark.parametrize("text", [
    "what does saddle numbness mean", "is it bad if you can't feel your legs",
    "can a fall from a ladder damage your spine", "what happens if you can't pee",
])
def test_questions_about_a_sign_get_information_not_a_question(text: str) -> None:
    d = SafetyGate().check(text, 0.0)
    assert d is not None and d.tier == "info", text
    assert not any(isinstance(o, (Emergency, SafetyQuestion)) for o in d.outputs)
    assert said(d.outputs)


def test_after_an_emergency_no_driving_no_heat_no_stretching() -> None:
    gate = SafetyGate(SafetySettings(emergency_number="999"))
    gate.check("i fell down the stairs and my back is agony", 0.0)
    drive = gate.check("can i just drive myself to a and e", 30.0)
    assert drive is not None and "do not drive" in said(drive.outputs)
    fine = gate.check("i'm fine now, forget it", 60.0)
    assert fine is not None and "999" in said(fine.outputs) and "checked" in said(fine.outputs)
    heat = gate.aftercare.blocks(TimerStart("heat"), 90.0)
    assert heat and "heat" in said(heat) and "999" in said(heat)
    assert gate.aftercare.blocks(TimerStart("ice"), 90.0) == []
    assert gate.aftercare.blocks(RoutineStart("knee_to_chest"), 90.0)
    assert gate.aftercare.blocks(RoutineStart("breathing"), 90.0) == []
    assert gate.aftercare.blocks(TimerStart("heat"), 7 * 3600.0) == []  # the advice does not last forever


def test_after_a_fall_an_ordinary_answer_still_names_the_number() -> None:
    gate = SafetyGate(SafetySettings(emergency_number="999"))
    gate.check("i fell off the ladder about an hour ago and landed on my back", 0.0)
    assert "999" in said(gate.aftercare.reminder(30.0))


@pytest.mark.parametrize("text", ["it's fine now, honestly", "i'm fine now, thanks", "fine"])
def test_fine_now_after_same_day_advice_keeps_it(text: str) -> None:
    gate = SafetyGate()
    gate.aftercare.given("trauma", "today", 0.0)  # "i missed the chair ...": the model's tier
    after = gate.check(text, 20.0)
    assert after is not None and "today" in said(after.outputs), text


def test_stop_is_not_taken_as_i_am_fine() -> None:
    gate = SafetyGate()
    gate.check("i can't move my legs", 0.0)
    assert gate.check("stop", 5.0) is None  # the conversation silences; the advice stands


@pytest.mark.parametrize("text, want", [
    ("it's been three days and it still hurts, is that normal", "none"),
    ("it's been three weeks and it's no better", "soon"),
    ("i'm really frightened, i've never had pain like this", "none"),
    ("i'm 67 and i've never had back pain like this before", "soon"),
    # "can't move" is the spasm itself unless an injury is named
    ("i'm home alone and i can't move and i'm scared", "none"),
    ("i can't move and i'm really frightened", "none"),
    ("i tripped over the dog and now i can't move at all", "emergency"),
])
@pytest.mark.slow  # the fast tier turns the learned model off (conftest)
def test_the_learned_opinion_is_held_to_the_table(text: str, want: str) -> None:
    """"Not improving" means one to two weeks or more; a new kind of pain is a sign for an age
    (over 50, under 20); "can't move" needs an injury: the learned model's reading must fit
    those definitions."""
    from assistant.safety.classifier import SLOT, SignModel, default_path

    if not default_path().is_file():
        pytest.skip("models/redflags.npz not trained")
    before = SLOT.get()
    SLOT.use(SignModel.load(default_path()))
    try:
        found = screen(text)
    finally:
        SLOT.use(before)
    assert (found[0] if found else "none") == want


@pytest.mark.parametrize("text", ["i'm fine though, it's just a spasm", "it's only a muscle"])
def test_brushing_off_see_soon_advice_keeps_the_doctor_visit(text: str) -> None:
    gate = SafetyGate()
    assert tier(gate, "i had cancer a few years ago and this back pain is new", 0.0) == "soon"
    after = gate.check(text, 30.0)
    assert after is not None and "doctor" in said(after.outputs), text
    assert gate.check("can i drive to the shops", 60.0) is None  # driving is fine on "soon"


def test_see_soon_advice_never_replaces_an_emergency() -> None:
    gate = SafetyGate()
    gate.check("i can't feel between my legs", 0.0)
    gate.aftercare.given("cancer_history", "soon", 10.0)
    active = gate.aftercare.active(20.0)
    assert active is not None and active.tier == "emergency"


@pytest.mark.parametrize("later, want", [
    ("now it's moved up into my thigh", "emergency"),
    ("the numbness is getting worse", "emergency"),
    ("it's gone now", "none"),
    ("i got into the bed", "none"),
    ("i'm going up to my room", "none"),
])
def test_a_one_leg_sign_that_spreads_up_the_leg_is_an_emergency(later: str, want: str) -> None:
    gate = SafetyGate()
    assert tier(gate, "my left foot has gone numb", 0.0) == "today"
    got = tier(gate, later, 600.0)
    assert got == want or (want == "none" and got not in ("emergency", "today")), (later, got)


@pytest.mark.parametrize("answer, want", [
    ("sort of, just the left one", "today"),
    ("yes, only one leg", "today"),
    ("yes both of them", "emergency"),
])
def test_a_yes_that_names_one_leg_is_a_same_day_sign(answer: str, want: str) -> None:
    gate = SafetyGate()
    assert tier(gate, "i've got a bit of tingling", 0.0) == "ask"
    assert tier(gate, answer, 10.0) == want


def test_a_correction_to_someone_else_withdraws_the_speakers_advice() -> None:
    gate = SafetyGate(SafetySettings(emergency_number="999"))
    assert tier(gate, "my legs have both gone numb", 0.0) == "emergency"
    after = gate.check("oh no sorry, i meant my husband, i'm fine", 20.0)
    assert after is not None and "999" in said(after.outputs) and "for them" in said(after.outputs)
    assert gate.aftercare.active(30.0) is None  # heat and timers are the speaker's again
    assert not gate.aftercare.blocks(TimerStart("heat", 900), 40.0)


def test_a_late_or_vague_correction_keeps_the_advice() -> None:
    gate = SafetyGate()
    gate.check("my legs have both gone numb", 0.0)
    gate.check("it's my husband, i'm fine", 900.0)  # fifteen minutes on: not a correction
    assert gate.aftercare.active(910.0) is not None
    gate.check("i'm fine", 920.0)
    assert gate.aftercare.active(930.0) is not None


def test_every_tier_answer_is_short() -> None:
    """The emergency message is at most 30 words (issue 12); same-day and see-soon advice at
    most 35 (issue 15's limit for a first answer), for every sign the patterns can find."""
    from assistant.core.events import Say
    from assistant.safety.answers import tier_answer
    from assistant.safety.redflags import FLAGS

    pairs = {(f.reason, f.tier) for f in FLAGS if f.tier in ("emergency", "today", "soon")}
    pairs |= {(f.reason, "today") for f in FLAGS if f.grade == "fall"}
    pairs |= {(f.yes_tier and f.reason, f.yes_tier) for f in FLAGS if f.yes_tier}
    for reason, tier in sorted(p for p in pairs if p[0]):
        said = " ".join(o.text for o in tier_answer(reason, tier, "911") if isinstance(o, Say))
        limit = 30 if tier == "emergency" else 35
        assert len(said.split()) <= limit, (reason, tier, said)


def test_can_t_move_a_turn_after_a_fall_is_an_emergency() -> None:
    from assistant.safety.gate import SafetyGate

    gate = SafetyGate()
    first = gate.check("i slipped on the kitchen floor and hurt my back", 0.0)
    assert first is not None and first.tier in ("today", "emergency")
    second = gate.check("and now i can't get up at all", 30.0)
    assert second is not None and second.tier == "emergency"
    calm = SafetyGate()  # no fall before it: the spasm itself
    calm.check("my back went when i sneezed", 0.0)
    result = calm.check("and now i can't get up at all", 30.0)
    assert result is None or result.tier != "emergency"

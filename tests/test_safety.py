"""The deterministic red-flag screen and the safety gate (no Rasa, no model)."""

from __future__ import annotations

import glob
import re
from pathlib import Path

import pytest
import yaml

from actions.safety import INTENT_REASONS
from assistant.core.events import Emergency, SafetyQuestion, Say
from assistant.core.ops import AlarmStart, RedFlag
from assistant.core.settings import SafetySettings
from assistant.safety.gate import SafetyGate
from assistant.safety.redflags import TIER_RANK
from assistant.safety.screen import is_help, is_stop, normalize, screen

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
ALARMING = ("emergency", "today", "soon", "ask")


def red_rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in (DATA / "red_flags.tsv").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            text, tier, reason = line.split("\t")
            rows.append((text, tier, reason))
    return rows


def plain_lines() -> list[str]:
    return [line.strip() for line in (DATA / "not_red_flags.txt").read_text().splitlines()
            if line.strip() and not line.startswith("#")]


def test_sets_are_big_enough_and_cover_every_tier() -> None:
    rows = red_rows()
    assert len(rows) >= 80 and len(plain_lines()) >= 80
    assert {tier for _, tier, _ in rows} == set(TIER_RANK)
    assert len({text for text, _, _ in rows}) == len(rows)


def test_recall_is_100_percent_with_the_right_tier() -> None:
    misses = [(text, tier, reason, screen(text)) for text, tier, reason in red_rows()
              if screen(text) != (tier, reason)]
    assert not misses, misses


def test_false_alarms_on_ordinary_utterances(capsys: pytest.CaptureFixture[str]) -> None:
    lines = plain_lines()
    results = [(line, screen(line)) for line in lines]
    alarms = [(line, r) for line, r in results if r and r[0] in ALARMING]
    emergencies = [(line, r) for line, r in results if r and r[0] == "emergency"]
    with capsys.disabled():
        print(f"\nsafety false-alarm rate on {len(lines)} ordinary utterances: "
              f"{len(alarms) / len(lines):.1%} ({len(emergencies)} emergencies) {alarms}")
    assert emergencies == []
    assert len(alarms) / len(lines) <= 0.05


def test_false_alarms_on_the_other_intents_training_examples(
        capsys: pytest.CaptureFixture[str]) -> None:
    """Held-out check: the other helpers' NLU examples (written without the screen in mind)."""
    examples = []
    for path in sorted(glob.glob(str(ROOT / "nlu" / "*.yml"))):
        if path.endswith("safety.yml"):
            continue
        for item in yaml.safe_load(Path(path).read_text()).get("nlu", []):
            for ex in str(item.get("examples", "")).splitlines():
                ex = re.sub(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}",
                            lambda m: m.group(1) or m.group(2), ex.strip()[2:].strip())
                if ex:
                    examples.append(ex)
    if not examples:
        pytest.skip("no other NLU files yet")
    emergencies = [ex for ex in examples if (r := screen(ex)) and r[0] == "emergency"]
    alarms = [ex for ex in examples if (r := screen(ex)) and r[0] in ALARMING]
    with capsys.disabled():
        print(f"\nsafety false-alarm rate on {len(examples)} other NLU examples: "
              f"{len(alarms) / len(examples):.1%} ({len(emergencies)} emergencies) {alarms}")
    assert emergencies == []


@pytest.mark.parametrize("text", [
    "no numbness, just tightness", "no numbness just tight", "not numb", "i'm not numb",
    "i don't have a fever", "without any tingling", "no, just tight", "i didn't fall",
    "i can feel my legs fine it just hurts", "no chest pain just my back", "my legs aren't numb",
    "i don't have any numbness in my legs", "the ice made my back numb",
])
def test_negation_is_not_an_alarm(text: str) -> None:
    assert screen(text) is None


@pytest.mark.parametrize("text,tier", [
    ("no numbness but i can't feel my feet", "emergency"),
    ("i don't have a fever but i wet myself", "emergency"),
    ("no, i can't feel my legs", "emergency"),
    ("i have no idea why i can't feel my legs", "emergency"),
    ("i'm not sure but i think i fell down the stairs", "emergency"),
])
def test_negation_does_not_hide_a_real_flag(text: str, tier: str) -> None:
    found = screen(text)
    assert found is not None and found[0] == tier


@pytest.mark.parametrize("text", ["what are the warning signs", "what symptoms are serious",
                                  "should i go to the hospital", "when should i worry"])
def test_questions_list_the_signs_without_an_emergency(text: str) -> None:
    assert screen(text) == ("info", "warning_signs")
    result = SafetyGate().check(text)
    assert result is not None and result.tier == "info"
    assert not any(isinstance(o, Emergency) for o in result.outputs)
    assert 2 <= len(result.outputs) <= 3 and "911" in result.outputs[0].text  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["when should i see a doctor", "should i see my gp about this",
                                  "do i need a doctor for this"])
def test_when_to_see_a_doctor_says_when_then_the_emergency_signs(text: str) -> None:
    assert screen(text) == ("info", "see_doctor")
    result = SafetyGate().check(text)
    assert result is not None and result.tier == "info"
    assert not any(isinstance(o, Emergency) for o in result.outputs)
    said = " ".join(o.text for o in result.outputs if isinstance(o, Say))
    assert said.startswith("See a doctor if") and "two weeks" in said and "911" in said
    assert len(said.split()) <= 35


def test_normalize_unifies_spoken_variants() -> None:
    assert normalize("Um, I CANT  feel my... legs!!") == "i can't feel my , legs"
    assert normalize("my legs are number") == "my legs are numb"
    assert normalize("i i can not feel") == "i can't feel"


def test_emergency_names_the_configured_number_once_and_briefly() -> None:
    gate = SafetyGate(SafetySettings(emergency_number="112"))
    result = gate.check("uh i peed myself and i cant feel my legs")
    assert result is not None and result.tier == "emergency"
    events = [o for o in result.outputs if isinstance(o, Emergency)]
    assert events == [Emergency("bladder_bowel", "emergency")]
    said = [o for o in result.outputs if isinstance(o, Say)]
    assert len(said) == 1 and said[0].urgent  # said once, never doubled
    text = said[0].text
    assert "112" in text and "911" not in text and "Do not drive yourself" in text
    assert "say help" in text.lower() and len(text.split()) <= 30


def test_today_and_soon_tiers_have_events_and_are_said_once() -> None:
    gate = SafetyGate()
    today = gate.check("i have a fever")
    soon = gate.check("it keeps coming back in the same place")
    assert today is not None and today.tier == "today"
    assert today.outputs[0] == Emergency("fever", "today")
    assert soon is not None and soon.outputs[0] == Emergency("recurring", "soon")
    assert sum(isinstance(o, Say) for o in soon.outputs) == 1


def test_asr_slip_asks_then_yes_is_an_emergency() -> None:
    gate = SafetyGate(SafetySettings(emergency_number="999"))
    asked = gate.check("i can feel my legs")
    assert asked is not None and asked.tier == "ask" and gate.pending is not None
    assert asked.outputs[0] == SafetyQuestion("leg_numbness")
    assert "yes or no" in asked.outputs[1].text  # type: ignore[union-attr]
    assert not any(isinstance(o, Emergency) for o in asked.outputs)
    answer = gate.check("yeah")
    assert answer is not None and answer.tier == "emergency"
    assert any("999" in o.text for o in answer.outputs if isinstance(o, Say))
    assert gate.check("yeah") is None  # the question was answered once


@pytest.mark.parametrize("reply,tier", [("no i can't", "emergency"), ("i can't", "emergency"),
                                        ("i don't know", "ask"), ("no", "clear"),
                                        ("yes i can", "clear"), ("nope i can", "clear")])
def test_answers_to_the_slip_question(reply: str, tier: str) -> None:
    gate = SafetyGate()
    assert gate.check("can feel my legs") is not None
    result = gate.check(reply)
    assert result is not None and result.tier == tier
    if tier == "clear":
        assert not any(isinstance(o, Emergency) for o in result.outputs)


def test_unrelated_reply_is_screened_normally() -> None:
    gate = SafetyGate()
    assert gate.check("is numbness serious") is not None
    assert gate.check("set a timer for ten minutes") is None
    gate.check("is numbness serious")
    fell = gate.check("i fell down the stairs")
    assert fell is not None and fell.tier == "emergency" and fell.reason == "trauma"


def test_call_for_help_asks_the_runtime_to_sound_the_alarm() -> None:
    gate = SafetyGate()
    for text in ["help", "help me", "call for help", "i need help", "i can't get up help me"]:
        result = gate.check(text)
        assert result is not None and result.tier == "help", text
        assert result.op == AlarmStart("help")
    ambulance = gate.check("call an ambulance")
    assert ambulance is not None and ambulance.tier == "emergency" and ambulance.op is not None


def test_an_offered_alarm_sounds_on_yes_and_not_on_no() -> None:
    gate = SafetyGate()
    gate.offer_alarm("help")
    yes = gate.check("yes please")
    assert yes is not None and isinstance(yes.op, AlarmStart)
    gate.offer_alarm("help")
    no = gate.check("no thanks")
    assert no is not None and no.tier == "clear" and no.op is None


@pytest.mark.parametrize("text,expected", [
    ("help", True), ("help help", True), ("help i fell", True), ("help me i can't move", True), ("somebody help", True), ("call for help", True),
    ("get help", True), ("i need help", True), ("i can't get up help", True),
    ("help me relax", False), ("help me breathe", False), ("can you help me stretch", False),
    ("what can you help with", False), ("i need help with the timer", False),
    ("does heat help", False), ("don't call for help", False), ("should i get help lifting", False),
    # Whisper writes a lone "help" after a breath as "I help."
    ("i help", True), ("I help.", True), ("um help me", True), ("hey help", True),
    ("Hey, help!", True), ("hey help me stretch", False),
    ("i help people", False), ("i helped him", False), ("i can help you", False),
    ("cold for help", True), ("can cold help my back", False), ("does cold help", False),
    # asking how someone who is there can help you up is not a call for help
    ("my son is with me how should he help me up", False), ("i don't know how, help me up", True),
    ("how do i get up help me up", True), ("how do i stop this help me please", True),
])
def test_is_help(text: str, expected: bool) -> None:
    assert is_help(text) is expected


@pytest.mark.parametrize("text,expected", [
    ("stop", True), ("stop it", True), ("be quiet", True), ("shut up", True), ("enough", True),
    ("cancel", True), ("okay stop", True), ("stop the alarm", True), ("Stop!", True),
    ("how do i stop the spasm", False), ("how do i stop it coming back", False),
    ("set a timer", False), ("help", False),
])
def test_is_stop(text: str, expected: bool) -> None:
    assert is_stop(text) is expected


def test_answers_never_give_doses_or_diagnoses() -> None:
    gate = SafetyGate()
    texts = [o.text for o in gate.warning_signs_answer() if isinstance(o, Say)]
    for reason, tier in [*INTENT_REASONS.values(), ("help", "emergency"), ("night_pain", "soon")]:
        texts += [o.text for o in gate.tier_answer(reason, tier) if isinstance(o, Say)]
    for text in texts:
        assert not re.search(r"\b(?:mg|milligrams?|tablets?|you have (?:a|an) \w+|cure)\b",
                             text, re.I), text
        assert len(text.split()) <= 60, text


@pytest.mark.parametrize("args,tier", [({"reason": "fever"}, "today"),
                                       ({"reason": "trauma"}, "emergency"),
                                       ({"reason": "urgent_sign", "tier": "soon"}, "soon"),
                                       ({"reason": "something_new"}, "emergency")])
def test_a_red_flag_only_the_model_heard_is_asked_then_yes_gives_its_tier(args, tier) -> None:
    gate = SafetyGate()
    asked = gate.op_answer(RedFlag(**args))
    assert asked[0] == SafetyQuestion(args["reason"])
    assert not any(isinstance(o, Emergency) for o in asked)
    assert "yes or no" in asked[1].text  # type: ignore[union-attr]
    yes = gate.check("yes")
    assert yes is not None and yes.outputs[0] == Emergency(args["reason"], tier)
    gate.op_answer(RedFlag(**args))
    no = gate.check("no")
    assert no is not None and no.tier == "clear"
    assert not any(isinstance(o, Emergency) for o in no.outputs)


def test_every_red_flag_intent_is_in_the_domain() -> None:
    domain = yaml.safe_load((ROOT / "domain" / "safety.yml").read_text())
    assert set(INTENT_REASONS) <= set(domain["intents"])


def test_the_rasa_layer_cannot_alarm_on_a_denied_flag() -> None:
    gate = SafetyGate()
    for text in ["i don't have a fever", "no numbness just tight", "i can move my legs fine"]:
        assert gate.check(text) is None and gate.last_dismissed is not None, text
        out = gate.op_answer(RedFlag("fever"))
        assert not any(isinstance(o, Emergency) for o in out)
    assert gate.check("set a timer for ten minutes") is None and gate.last_dismissed is None
    assert gate.op_answer(RedFlag("fever"))[0] == SafetyQuestion("fever")

"""The evaluation code itself: WER, the dev set file, scoring, rendering, and a quick run.

The quick run goes end to end through ``backcoach listen`` (PocketSphinx) and ``ask --batch``
on four utterances in one voice, clean and at 10 dB; it needs the trained model.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import evaluate  # noqa: E402
import render  # noqa: E402
import scoring as ev  # noqa: E402

EVENT_TYPES = {"timer_started", "routine_started", "emergency", "alarm_started"}


def domain() -> tuple[set[str], set[str]]:
    intents: set[str] = set()
    entities: set[str] = set()
    for f in sorted((ROOT / "domain").glob("*.yml")):
        doc = yaml.safe_load(f.read_text()) or {}
        intents |= {i if isinstance(i, str) else next(iter(i)) for i in doc.get("intents", [])}
        entities |= {e if isinstance(e, str) else next(iter(e)) for e in doc.get("entities", [])}
    return intents, entities


# ------------------------------------------------------------------------------------ WER
@pytest.mark.parametrize("ref,hyp,errors", [
    ("start an ice timer", "start an ice timer", 0),
    ("start an ice timer", "start a nice timer", 2),          # two substitutions
    ("start an ice timer", "start ice timer", 1),             # one deletion
    ("help", "help help me", 2),                              # two insertions
    ("", "", 0),
    ("a b c", "", 3),
    ("", "x y", 2),
    ("kitten sitting", "sitting kitten", 2),
])
def test_edit_distance(ref: str, hyp: str, errors: int) -> None:
    assert ev.edit_distance(ref.split(), hyp.split()) == errors


def test_wer_normalises_case_punctuation_and_numbers() -> None:
    assert ev.wer("Ice for FIFTEEN minutes, please!", "ice for 15 minutes please") == 0.0
    assert ev.wer("twenty one", "21") == 0.0
    assert ev.wer("knee-to-chest", "knee to chest") == 0.0
    assert ev.wer("I can't move", "i can't move") == 0.0
    assert ev.wer("one two three four", "one two tree four") == pytest.approx(0.25)
    assert ev.wer("", "") == 0.0 and ev.wer("", "noise") == 1.0
    assert ev.wer("stop", "stop it now") == pytest.approx(2.0)  # WER can exceed 1


def test_number_words() -> None:
    assert [ev.number_words(n) for n in (0, 7, 15, 20, 42, 100, 900, 1200)] == [
        "zero", "seven", "fifteen", "twenty", "forty two", "one hundred", "nine hundred",
        "one thousand two hundred"]


# --------------------------------------------------------------------------------- dev set
def test_devset_is_well_formed() -> None:
    rows = render.load_devset()
    assert len(rows) >= 300
    assert len({r.id for r in rows}) == len(rows), "ids must be unique"
    intents, entities = domain()
    unknown = sorted({r.intent for r in rows} - intents)
    assert not unknown, f"dev set intents not in domain/*.yml: {unknown}"
    missing = sorted(intents - {r.intent for r in rows})
    assert not missing, f"domain intents with no dev set utterance: {missing}"
    for r in rows:
        assert r.text == r.text.strip() and r.text.lower() == r.text, r.id
        if r.entities:
            assert set(r.entities) <= entities, r.id
        if r.event:
            assert r.event.get("type") in EVENT_TYPES, r.id
            if r.event["type"] == "emergency":
                assert r.event.get("tier") in ev.RED_TIERS and r.intent.startswith("report_"), r.id
    tiers = {r.event["tier"] for r in rows if r.red_flag}  # type: ignore[index]
    assert tiers == set(ev.RED_TIERS), "red flags of every tier"
    assert sum(r.lookalike for r in rows) >= 10, "negations and near misses"
    assert sum(r.red_flag for r in rows) >= 25


def test_standard_plan_covers_every_voice_and_condition() -> None:
    rows = render.load_devset()
    items = render.plan(rows)
    assert {i.voice for i in items} == set(render.VOICES)
    assert {i.condition for i in items} == set(render.CONDITIONS)
    assert {i.row.id for i in items} == {r.id for r in rows}
    for r in rows:  # every red flag in all four conditions
        if r.red_flag:
            assert {i.condition for i in items if i.row.id == r.id} == set(render.CONDITIONS)
    quick = render.plan(rows, "quick")
    assert len(quick) == 8 and {i.voice for i in quick} == {"kal16"}
    assert any(i.row.red_flag for i in quick)


# --------------------------------------------------------------------------------- scoring
def test_intent_matching_accepts_the_safety_screen() -> None:
    assert ev.intent_matches("ask_ice", "ask_ice")
    assert not ev.intent_matches("ask_ice", "ask_heat") and not ev.intent_matches("ask_ice", None)
    assert ev.intent_matches("report_bladder_bowel", "safety_emergency")
    assert ev.intent_matches("report_fever", "safety_today")
    assert not ev.intent_matches("report_fever", "safety_ask")
    assert ev.intent_matches("call_for_help", "safety_help")
    assert ev.intent_matches("ask_warning_signs", "safety_info")
    assert ev.intent_matches("ask_see_doctor", "safety_info")
    assert not ev.intent_matches("ask_first_aid", "safety_emergency")


def test_scores_and_summary() -> None:
    flag = render.Row("rf_x", "i can't move my legs", "report_weakness", None,
                      {"type": "emergency", "tier": "emergency"})
    calm = render.Row("neg_x", "no numbness", "deny", None, None)
    timer = render.Row("t", "ice for ten minutes", "start_timer", {"duration": 600},
                       {"type": "timer_started", "kind": "ice", "seconds": 600})
    heard = {"intent": "safety_emergency", "transcript": "i can't move my legs",
             "events": [{"type": "emergency", "reason": "weakness", "tier": "emergency"}]}
    alarm = {"intent": "safety_today", "transcript": "no numbness",
             "events": [{"type": "emergency", "reason": "leg_numbness", "tier": "today"}]}
    wrong = {"intent": "start_timer", "transcript": "ice for ten minutes",
             "entities": [{"entity": "duration", "value": 600}],
             "events": [{"type": "timer_started", "kind": "ice", "seconds": 900, "timer_id": 1}]}
    recs = [ev.score(flag, heard), ev.score(calm, alarm), ev.score(timer, wrong)]
    s = ev.summarize(recs)
    assert s["n"] == 3 and s["intent_accuracy"] == pytest.approx(2 / 3, abs=1e-3)
    assert s["event_accuracy"] == 0.5  # the emergency yes, the timer's length no
    assert s["entity_accuracy"] == 1.0
    assert s["red_flag_recall"] == 1.0 and s["emergency_recall"] == 1.0
    assert s["false_alarm_rate"] == 0.5 and s["lookalike_false_alarm_rate"] == 1.0
    assert s["wer"] == 0.0
    assert set(ev.group(recs, "intent")) == {"report_weakness", "deny", "start_timer"}
    assert s["event_accuracy_by_type"] == {"emergency": 1.0, "timer_started": 0.0}


def test_paired_noise_compares_the_same_utterances() -> None:
    row = render.Row("a", "stop", "stop", None, None)
    other = render.Row("b", "help", "call_for_help", None, None)

    def rec(r: render.Row, cond: str, said: str) -> dict:
        return {**ev.score(r, {"intent": r.intent, "transcript": said}), "voice": "slt",
                "condition": cond}

    recs = [rec(row, "clean", "stop"), rec(row, "10", "top"), rec(other, "clean", "help")]
    pairs = ev.paired(recs)
    assert list(pairs) == ["10"]
    assert pairs["10"]["clean"]["n"] == 1 and pairs["10"]["clean"]["wer"] == 0.0
    assert pairs["10"]["noisy"]["wer"] == 1.0


# ------------------------------------------------------------------------------- rendering
@pytest.mark.slow  # flite and sox subprocesses
@pytest.mark.skipif(not (shutil.which("flite") and shutil.which("sox")), reason="needs flite and sox")
def test_render_is_16k_mono_padded_and_noise_is_at_the_asked_snr(tmp_path: Path) -> None:
    out = tmp_path / "a.wav"
    render.synthesize("should i put ice on it", "kal16", out)
    with wave.open(str(out)) as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (16000, 1, 2)
    clean = render.read_wav(out)
    lead = int(render.LEAD_S * render.RATE)
    assert np.all(clean[:lead] == 0) and np.all(clean[-int(render.TRAIL_S * render.RATE):] == 0)
    noisy = render.mix(clean, 10.0, seed=7)
    assert np.array_equal(noisy, render.mix(clean, 10.0, seed=7)), "reproducible"
    speech = slice(lead, len(clean) - int(render.TRAIL_S * render.RATE))
    snr = 10 * np.log10(np.mean(clean[speech] ** 2) / np.mean((noisy - clean)[speech] ** 2))
    assert abs(snr - 10.0) < 1.0


# ------------------------------------------------------------------------------- smoke run
def listen_available() -> bool:
    done = subprocess.run([evaluate.BACKCOACH, "listen", "--help"], capture_output=True, timeout=60)
    return done.returncode == 0


@pytest.mark.slow
def test_quick_evaluation_end_to_end(tmp_path: Path) -> None:
    if not (ROOT / "models" / "backcoach.tar.gz").is_file():
        pytest.skip("no trained model: run backcoach train")
    if not listen_available():
        pytest.skip("backcoach listen is not available")
    out = tmp_path / "eval.json"
    assert evaluate.main(["--quick", "--limit", "4", "--jobs", "1", "--no-report", "--out", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["plan"] == {**data["plan"], "name": "quick", "utterances": 4, "audio_files": 8}
    assert data["machine"]["cores"] >= 1 and data["seconds"] > 0
    assert data["text"]["overall"]["n"] == 4
    assert data["text"]["overall"]["emergency_recall"] == 1.0, "typed red flags must be caught"
    assert data["engines"]["vosk"]["available"] in (True, False)
    ps = data["engines"]["pocketsphinx"]
    assert ps["available"] and ps["overall"]["n"] == 8 and ps["run"]["files"] == 8
    assert set(ps["by_condition"]) == {"clean", "10"} and set(ps["by_voice"]) == {"kal16"}
    for figs in [ps["overall"], *ps["by_condition"].values(), data["text"]["overall"]]:
        for key, value in figs.items():
            if key.endswith(("accuracy", "recall", "rate")) and value is not None:
                assert 0.0 <= value <= 1.0, key
    assert 0.0 <= ps["overall"]["wer"] <= 3.0
    heard = [r["transcript"] for r in ps["records"] if r["condition"] == "clean"]
    assert sum(bool(t.strip()) for t in heard) >= 3, f"listen heard almost nothing: {heard}"
    assert 0 < ps["run"]["peak_rss_mb"] < 4000 and ps["run"]["batch_rtf"] > 0
    import report

    md = report.write(data, tmp_path / "REPORT.md").read_text()
    assert "## Targets" in md and "pocketsphinx" in md
    assert (tmp_path / "plots" / "accuracy_vs_snr.png").stat().st_size > 1000

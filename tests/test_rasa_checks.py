"""The Rasa project checks: data validation, NLU cross-validation, conversation tests."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # rasa subprocesses

ROOT = Path(__file__).resolve().parents[1]
RASA = str(Path(sys.executable).with_name("rasa"))
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3"}

# Intent macro-F1 floor for 3-fold cross-validation. Measured 2026-11-22 on this data: 0.855,
# 0.858 and 0.871 on three runs (the folds are shuffled; a held-out split gives 0.874, see
# benchmarks/PIPELINES.md). The floor sits a little under the measurements so a real
# regression fails while fold-to-fold noise does not. Issue 15 (2026-12-02): 0.870 on the old
# data, 0.854 with the new topics (eight more intents, several close to others: pregnancy and
# medicine, work and posture, get up and first aid); still above the floor.
F1_FLOOR = 0.83
# Sub-answer (the retrieval intents' intent_response_key) macro-F1 floor for the same 3 folds,
# with assistant/dialogue/sub_answers.py. Measured 2026-12-02: 0.789 (intent 0.856 in the same
# run); the held-out split of benchmarks/pipelines.py gives 0.782, against 0.774 for issue 15's
# TensorFlow ResponseSelectors (benchmarks/PIPELINES.md). Under the measurement by about the
# intent floor's margin, and under what the ResponseSelectors reached. Later on 2026-12-02, nine
# finer sub-answers joined (an ice burn, moist heat, how hot, taking more early, someone else's
# prescription, a gel with tablets, coffee, a stretch that hurts), some close to a neighbour
# (a bath is both "moist heat" and "what to use"): 3-fold 0.730, and 0.703 on the 20 % split
# for this selector against 0.704 for the ResponseSelectors on the same data. Floor moved under it.
# Rasa shuffles the folds with numpy's global generator and no seed, so the same data gave
# 0.671 to 0.730 on five shuffles (CI failed once at 0.671 against a 0.70 floor). The folds
# are now seeded (SEEDED_RASA): 0.706 for seed 0 on 2026-12-02. The floor leaves room for the
# shift that new examples cause in seeded folds too.
SUB_ANSWER_F1_FLOOR = 0.66
SEEDED_RASA = ("import random, sys, numpy; numpy.random.seed(0); random.seed(0); "
               "from rasa.__main__ import main; sys.argv[0] = 'rasa'; main()")
"""Rasa's command line with numpy's and Python's generators seeded: the same folds every run."""


def rasa(*args: str, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run([RASA, *args], cwd=ROOT, env=ENV, capture_output=True, text=True,
                          timeout=timeout)


# Responses that custom actions speak (tell me more, exercise info, medicine answers with their
# cautions, reassurance, the closest topics) are not named in rules, so Rasa's validator calls
# them unused; that warning is expected for exactly these names.
SPOKEN_BY_ACTIONS = re.compile(
    r"The utterance '(utter_\w+_more|utter_exercise_\w+|utter_nothing_more|utter_muscle_relaxant"
    r"|utter_ask_medicine|utter_scared|utter_closest_topics|utter_dose_\w+)' is not used")
# Rasa merges the retrieval intents it reads from nlu/ (ask_ice/how_often ...) into the domain
# and then reports the ones domain/care.yml lists as duplicated; they must be listed there.
RETRIEVAL_DUPLICATES = re.compile(r"The following duplicated intents have been found across "
                                  r"multiple domain files: ask_causes, ask_get_up, ask_heat, "
                                  r"ask_hydration, ask_ice, ask_massage, ask_medicine, ask_sleep, "
                                  r"ask_slipped_disc, ask_stretches, ask_toilet, ask_treatment, "
                                  r"ask_work$")


def test_data_validates_without_warnings() -> None:
    done = rasa("data", "validate", "--domain", "domain", "--data", "nlu", "stories")
    log = done.stdout + done.stderr
    assert done.returncode == 0, log[-3000:]
    warnings = [line.split("UserWarning: ", 1)[1] for line in log.splitlines()
                if "UserWarning: " in line]
    unexpected = [w for w in warnings
                  if not SPOKEN_BY_ACTIONS.search(w) and not RETRIEVAL_DUPLICATES.search(w)]
    assert unexpected == []


def test_the_sub_answers_need_no_tensorflow_selector() -> None:
    """Issue 15's five TensorFlow ResponseSelectors (minutes of training, 175 MB of model, a
    gigabyte of memory) are replaced by assistant/dialogue/sub_answers.py; one sub-answer
    component picks for every retrieval intent (benchmarks/PIPELINES.md)."""
    import yaml

    names = [c["name"] for c in yaml.safe_load((ROOT / "config.yml").read_text())["pipeline"]]
    assert "ResponseSelector" not in names
    assert names.count("assistant.dialogue.sub_answers.SubAnswerSelector") == 1


def test_nlu_cross_validation_f1_floor(tmp_path: Path) -> None:
    """config.yml as it is: with the light sub-answer selector the folds train in seconds, so
    its sub-answer macro-F1 gets a floor of its own."""
    out = tmp_path / "cv"
    done = subprocess.run([sys.executable, "-c", SEEDED_RASA, "test", "nlu", "--nlu", "nlu",
                           "--config", "config.yml", "--cross-validation", "--folds", "3",
                           "--out", str(out)],
                          cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]
    report = json.loads((out / "intent_report.json").read_text())
    f1 = report["macro avg"]["f1-score"]
    print(f"intent macro F1 (3-fold): {f1:.3f}")
    assert f1 >= F1_FLOOR
    responses = json.loads((out / "response_selection_report.json").read_text())
    sub_f1 = responses["macro avg"]["f1-score"]
    print(f"sub-answer macro F1 (3-fold): {sub_f1:.3f}")
    assert sub_f1 >= SUB_ANSWER_F1_FLOOR


def test_conversation_tests_have_no_prediction_errors(model_path: Path, tmp_path: Path) -> None:
    done = rasa("test", "core", "--model", str(model_path), "--stories", "tests",
                "--fail-on-prediction-errors", "--out", str(tmp_path / "core"))
    assert done.returncode == 0, (done.stdout + done.stderr)[-3000:]

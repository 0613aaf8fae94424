"""English end to end: flite speech -> sox -> `backcoach listen` on the PocketSphinx engine ->
the real runtime and dialogue model. Asserts on the intents and events that come out."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.audio.wavfile import read_wav
from assistant.core.settings import project_root
from assistant.dialogue.agent import find_dialogue_model as find_model

MODEL = find_model(os.environ.get("BACKCOACH_TEST_MODEL") or None)
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(MODEL is None, reason="no trained dialogue model in models/ (run `backcoach train`)"),
    pytest.mark.skipif(not (shutil.which("flite") and shutil.which("sox")),
                       reason="flite and sox are needed (apt install flite sox)"),
]

CASES = [
    # (name, flite voice, text, sox output options)
    ("ice_kal16", "kal16", "start an ice timer for fifteen minutes", ["-r", "16000"]),
    ("ice_rms", "rms", "start an ice timer for fifteen minutes", ["-r", "16000"]),
    ("spasm_slt", "slt", "what should i do for a back spasm", ["-r", "16000"]),
    ("spasm_awb", "awb", "what should i do for a back spasm", ["-r", "16000"]),
    # any rate and channel count goes in: 44.1 kHz stereo, 48 kHz mono
    ("ice_stereo", "slt", "start an ice timer for fifteen minutes", ["-r", "44100", "-c", "2"]),
    ("help_48k", "kal16", "help", ["-r", "48000"]),
]


@pytest.fixture(scope="module")
def listened(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    tmp = tmp_path_factory.mktemp("listen")
    files = []
    for name, voice, text, sox_opts in CASES:
        raw, wav = tmp / f"{name}.raw.wav", tmp / f"{name}.wav"
        subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(raw)], check=True)
        subprocess.run(["sox", str(raw), *sox_opts, str(wav)], check=True)
        files.append(str(wav))
    proc = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "listen", "--json", "--engine", "pocketsphinx",
         "--model", str(MODEL), "--tts-out", str(tmp / "tts"), "--wav", *files],
        capture_output=True, text=True, timeout=600, cwd=project_root(),
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = [json.loads(line) for line in proc.stdout.splitlines()]  # stdout is only JSON
    assert len(lines) == len(files)  # one object per file, in order
    out = {Path(o["file"]).stem: o for o in lines}
    out["_tts"] = {"dir": str(tmp / "tts")}
    return out


def events(obj: dict, kind: str) -> list[dict]:
    return [e for e in obj["events"] if e["type"] == kind]


@pytest.mark.parametrize("name", ["ice_kal16", "ice_rms", "ice_stereo"])
def test_ice_timer_by_voice(listened: dict, name: str) -> None:
    obj = listened[name]
    assert "ice" in obj["transcript"] and "timer" in obj["transcript"]
    assert obj["intent"] == "start_timer"
    started = events(obj, "timer_started")
    assert [(e["kind"], e["seconds"]) for e in started] == [("ice", 900)]
    assert obj["say"] and not obj["emergency"]


@pytest.mark.parametrize("name", ["spasm_slt", "spasm_awb"])
def test_spasm_question_gets_care_answer(listened: dict, name: str) -> None:
    obj = listened[name]
    assert "spasm" in obj["transcript"]
    assert obj["intent"].startswith("ask_")
    assert obj["say"] and obj["events"] == []


def test_help_is_heard_at_48k(listened: dict) -> None:
    obj = listened["help_48k"]
    assert obj["transcript"] == "help"
    assert obj["intent"].startswith("safety") or events(obj, "alarm_started")
    assert obj["say"]


def test_the_json_contract_plus_transcript(listened: dict) -> None:
    for name, *_ in CASES:
        obj = listened[name]
        assert {"text", "intent", "confidence", "entities", "say", "emergency", "events",
                "transcript"} <= set(obj)


def test_tts_out_writes_what_would_be_spoken(listened: dict) -> None:
    wavs = sorted(Path(listened["_tts"]["dir"]).glob("*.wav"))
    assert any(p.name.startswith("ice_kal16-") for p in wavs)
    for p in wavs:
        samples, rate = read_wav(p)
        assert rate > 8000 and len(samples) > rate // 10

"""Every red-flag phrasing of the safety set, spoken (flite, kal16 voice) and heard through
``backcoach listen`` on the built-in recognizer, must reach the safety layer: an emergency
answer of the right tier, or, when recognition garbled a word, a yes/no safety question.
Never silence, never a lower tier for an emergency."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from assistant.core.settings import project_root
from assistant.dialogue.agent import find_dialogue_model as find_model

ROOT = project_root()
MODEL = find_model()
RANK = {"soon": 1, "today": 2, "emergency": 3}
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(MODEL is None, reason="no trained dialogue model in models/"),
    pytest.mark.skipif(not (shutil.which("flite") and shutil.which("sox")),
                       reason="flite and sox are needed (apt install flite sox)"),
]


# flite's letter-to-sound rules say "chemo" as "kay-mo" (``flite -ps``: k ey m ow); people say
# "kee-mo", as the recognizer's dictionary has it (K IY M OW). Respelled so the audio says the
# word as a person would; benchmarks/redflags_voices.py speaks it unrespelled and reports the miss.
RESPELL = {"chemo": "keemo"}


def spoken(text: str) -> str:
    return " ".join(RESPELL.get(w, w) for w in text.split())


def rows() -> list[tuple[str, str, str]]:
    lines = (ROOT / "tests" / "data" / "red_flags.tsv").read_text().splitlines()
    found = [tuple(line.split("\t")[:3]) for line in lines if line and not line.startswith("#")]
    return [r for r in found if r[1] in RANK or r[1] == "ask"]  # type: ignore[misc]


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[tuple[str, str, str], dict]]:
    tmp = tmp_path_factory.mktemp("redflags")
    cases, files = rows(), []
    for n, (text, _, _) in enumerate(cases):
        raw, wav = tmp / f"{n:03d}.raw.wav", tmp / f"{n:03d}.wav"
        subprocess.run(["flite", "-voice", "kal16", "-t", spoken(text), "-o", str(raw)],
                       check=True)
        subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", str(wav), "pad", "0.3", "0.8"],
                       check=True)
        files.append(str(wav))
    proc = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "listen", "--json", "--engine", "pocketsphinx",
         "--model", str(MODEL), "--wav", *files],
        capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == len(cases)
    return list(zip(cases, out, strict=True))


def reached_safety(tier: str, result: dict) -> bool:
    tiers = [e["tier"] for e in result["events"] if e["type"] == "emergency"]
    best = max((RANK[t] for t in tiers), default=0)
    if any(e["type"] in ("safety_question", "alarm_started") for e in result["events"]):
        return True  # a garbled word gets a yes/no question; a call for help, the alarm
    if tier == "ask":
        return best > 0
    return best >= RANK[tier]


def test_spoken_red_flags_reach_the_safety_layer(heard) -> None:
    misses = [(text, tier, r["transcript"], r["intent"]) for (text, tier, _), r in heard
              if not reached_safety(tier, r)]
    asked = [text for (text, tier, _), r in heard if tier != "ask"
             and any(e["type"] == "safety_question" for e in r["events"])]
    print(f"spoken red flags: {len(heard) - len(misses)} of {len(heard)} reach the safety layer; "
          f"{len(asked)} of them as a yes/no question for a misheard word: {asked}")
    assert misses == []

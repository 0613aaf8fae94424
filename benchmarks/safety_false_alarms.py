"""Recall and false-alarm rate of the deterministic red-flag screen (prints numbers, no assert).

    .venv/bin/python benchmarks/safety_false_alarms.py

Sets: tests/data/red_flags.tsv (recall, exact tier and reason), tests/data/not_red_flags.txt
(false alarms), and, as a held-out check, every training example of the other intents in
nlu/*.yml (written by other helpers, without the screen in mind).
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.safety.screen import screen  # noqa: E402

ALARMING = ("emergency", "today", "soon", "ask")


def _lines(path: Path) -> list[str]:
    return [s for s in path.read_text().splitlines() if s.strip() and not s.startswith("#")]


def _nlu_examples() -> list[str]:
    out = []
    for path in sorted((ROOT / "nlu").glob("*.yml")):
        if path.name == "safety.yml":
            continue
        for item in yaml.safe_load(path.read_text()).get("nlu", []):
            for ex in str(item.get("examples", "")).splitlines():
                ex = re.sub(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}",
                            lambda m: m.group(1) or m.group(2), ex.strip()[2:].strip())
                if ex:
                    out.append(ex)
    return out


def false_alarms(name: str, texts: list[str]) -> None:
    tiers = Counter((screen(t) or ("none", ""))[0] for t in texts)
    alarms = sum(tiers[t] for t in ALARMING)
    print(f"{name}: {len(texts)} utterances, false-alarm rate {alarms / max(1, len(texts)):.2%} "
          f"(emergency {tiers['emergency']}, today {tiers['today']}, soon {tiers['soon']}, "
          f"ask {tiers['ask']}; info {tiers['info']})")
    for t in texts:
        found = screen(t)
        if found and found[0] in ALARMING:
            print(f"    {found[0]:9s} {found[1]:16s} {t}")


def main() -> None:
    rows = [line.split("\t") for line in _lines(ROOT / "tests" / "data" / "red_flags.tsv")]
    start = time.perf_counter()
    got = [screen(text) for text, _, _ in rows]
    per_call_ms = (time.perf_counter() - start) / max(1, len(rows)) * 1000
    exact = sum(g == (tier, reason) for g, (_, tier, reason) in zip(got, rows, strict=True))
    flagged = sum(g is not None for g in got)
    emergencies = [(g, tier) for g, (_, tier, _) in zip(got, rows, strict=True) if tier == "emergency"]
    emergency_hits = sum(g is not None and g[0] == "emergency" for g, _ in emergencies)
    print(f"red flags: {len(rows)} phrasings, recall (anything flagged) {flagged / len(rows):.2%}, "
          f"exact tier+reason {exact / len(rows):.2%}, emergency-tier recall "
          f"{emergency_hits}/{len(emergencies)}; {per_call_ms:.2f} ms per utterance")
    for g, (text, tier, reason) in zip(got, rows, strict=True):
        if g != (tier, reason):
            print(f"    want {tier}/{reason} got {g}: {text}")
    false_alarms("not_red_flags.txt", _lines(ROOT / "tests" / "data" / "not_red_flags.txt"))
    false_alarms("other intents' NLU examples (held out)", _nlu_examples())


if __name__ == "__main__":
    main()

"""Issue 15's own held-out set: is the right fact said first?

benchmarks/own_answers/questions.tsv holds real-life questions written apart from nlu/ (each with
the response that should be said first). Every question runs through a fresh Conversation with
the trained model, exactly as ``backcoach ask`` does; the first sentence said is mapped back to
its domain response by its text, so answers are judged by what is said, not by the intent.
Questions that also appear word for word in nlu/ are counted apart.

    .venv/bin/python benchmarks/own_answers.py [--model models/backcoach.tar.gz] [--show]
        [--questions benchmarks/own_answers/questions_v2.tsv --out ...]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
QUESTIONS = ROOT / "benchmarks" / "own_answers" / "questions.tsv"


def load_questions(path: Path = QUESTIONS) -> list[tuple[str, set[str]]]:
    rows = []
    for line in path.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            text, expected = line.split("\t")
            rows.append((text.strip(), set(expected.strip().split("|"))))
    return rows


def domain_texts() -> list[tuple[re.Pattern[str], str]]:
    """(pattern of a response's text, its name); {slots} match anything."""
    out = []
    for path in sorted((ROOT / "domain").glob("*.yml")):
        for name, variants in (yaml.safe_load(path.read_text()).get("responses") or {}).items():
            for v in variants:
                parts = re.split(r"\{\w+\}", v["text"])
                out.append((re.compile("^" + ".+".join(map(re.escape, parts)) + "$"), name))
    return out


def training_texts() -> set[str]:
    texts = set()
    for path in (ROOT / "nlu").glob("*.yml"):
        texts |= {m.group(1).strip() for line in path.read_text().splitlines()
                  if (m := re.match(r"\s*-\s+(.*)$", line))}
    return texts


def judge(result: object, first: str, names: dict[str, str], expected: set[str]) -> tuple[bool, str]:
    intent = getattr(result, "intent", "") or ""
    got = names.get(first, "?")
    if intent.startswith("safety_"):
        got = "WARNING_SIGNS" if intent == "safety_info" and first.startswith("Call") else "SAFETY"
    elif re.match(r"Call \S+ now for loss of bladder", first):  # the model's ask_warning_signs
        got = "WARNING_SIGNS"
    if got in ("utter_closest_topics", "utter_out_of_scope"):
        got = "OFFER"
    return got in expected, got


async def run(model: str | None, show: bool, questions: Path = QUESTIONS) -> dict:
    from assistant.conversation import Conversation
    from assistant.core.clock import RealClock
    from assistant.core.events import Say
    from assistant.core.settings import Settings
    from assistant.core.store import Store
    from assistant.dialogue.agent import Dialogue, quiet_rasa

    quiet_rasa()
    dialogue = Dialogue(model).load()
    patterns = domain_texts()
    seen = training_texts()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, (text, expected) in enumerate(load_questions(questions)):
            store = Store(Path(tmp) / f"{i}.db")
            result = await Conversation(Settings(), RealClock(), store, dialogue).handle_text(text)
            store.close()
            said = [o.text for o in result.outputs if isinstance(o, Say)]
            first = said[0] if said else ""
            names = {first: next((n for p, n in patterns if p.match(first)), "?")}
            ok, got = judge(result, first, names, expected)
            rows.append({"text": text, "expected": sorted(expected), "got": got, "ok": ok,
                         "intent": result.intent, "confidence": round(result.confidence, 3),
                         "in_training": text in seen, "said": " ".join(said)})
    fresh = [r for r in rows if not r["in_training"]]
    summary = {
        "questions": len(rows),
        "right_fact_first": sum(r["ok"] for r in rows) / len(rows),
        "not_in_training": len(fresh),
        "right_fact_first_not_in_training": sum(r["ok"] for r in fresh) / len(fresh),
        "misses_by_expected": dict(Counter("|".join(r["expected"]) for r in rows if not r["ok"])),
    }
    print(json.dumps(summary, indent=2))
    for r in rows:
        if show or not r["ok"]:
            print(f"{'ok ' if r['ok'] else 'BAD'} {r['text']!r}: want {r['expected']} got {r['got']}"
                  f" ({r['intent']} {r['confidence']})")
    return {"summary": summary, "rows": rows}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model")
    ap.add_argument("--show", action="store_true", help="print every question, not only misses")
    ap.add_argument("--questions", default=str(QUESTIONS))
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "own_answers.json"))
    args = ap.parse_args()
    data = asyncio.run(run(args.model, args.show, Path(args.questions)))
    Path(args.out).write_text(json.dumps(data, indent=1) + "\n")


if __name__ == "__main__":
    main()

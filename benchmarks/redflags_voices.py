"""The safety sets typed and spoken by every flite voice, clean, end to end.

Two sets: ``test``, the one the tests hold to 100 % (``tests/data/red_flags.tsv``, red flags
with their tier, and ``tests/data/not_red_flags.txt``, ordinary utterances), and ``holdout``
(``benchmarks/safety_holdout.tsv``), written before the screen and the recognizer were tuned
and never used for tuning, so it shows how far the tuning carries to new phrasings.
Typed through ``backcoach ask --batch --json``; spoken with flite (kal16, slt, rms, awb;
espeak-ng with ``--voices espeak``) exactly as ``render.py`` renders the dev set, then heard
by ``backcoach listen`` on the built-in recognizer with the trained dialogue model (the whole
product: safety screen, Rasa layer, recognizer). Per set and voice it reports:

- *right tier*: a red flag answered with its own tier or a higher one;
- *reached safety*: the right tier, or a yes/no safety question (a misheard word);
- *missed*: neither (the transcript and intent are listed);
- *false alarms*: ordinary utterances that got an emergency answer, and those that got a
  safety question.

    .venv/bin/python benchmarks/redflags_voices.py [--voices kal16,slt,rms,awb] [--jobs 2]

Writes ``benchmarks/results/redflags_voices.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render
from evaluate import run_backcoach

ROOT = render.HERE.parent
DATA = ROOT / "tests" / "data"
OUT = render.HERE / "results" / "redflags_voices.json"
RANK = {"soon": 1, "today": 2, "emergency": 3}


def cases(which: str = "test") -> list[tuple[str, str]]:
    """(text, expected) pairs: a tier, ``ask`` (any safety answer) or ``none`` (ordinary)."""
    out: list[tuple[str, str]] = []
    if which == "holdout":
        for line in (render.HERE / "safety_holdout.tsv").read_text().splitlines():
            if line and not line.startswith("#"):
                text, expected = line.split("\t")[:2]
                out.append((text, expected))
        return out
    for line in (DATA / "red_flags.tsv").read_text().splitlines():
        if line and not line.startswith("#"):
            text, tier = line.split("\t")[:2]
            if tier in RANK or tier == "ask":
                out.append((text, tier))
    for line in (DATA / "not_red_flags.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            out.append((line.strip(), "none"))
    return out


def wav_for(text: str, voice: str) -> Path:
    crc = zlib.crc32(text.encode()) & 0xFFFFFFFF
    path = render.AUDIO / "safety" / voice / f"{crc:08x}.wav"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        render.synthesize(text, voice, path)
    return path


def outcome(expected: str, result: dict[str, Any]) -> str:
    tiers = [e["tier"] for e in result["events"] if e["type"] == "emergency"]
    best = max((RANK[t] for t in tiers), default=0)
    asked = result["intent"] == "safety_ask" or any(
        e["type"] == "safety_question" for e in result["events"])
    if expected == "none":
        return "alarm" if best else ("asked" if asked else "quiet")
    if (expected == "ask" and (best or asked)) or (expected in RANK and best >= RANK[expected]):
        return "right"
    return "asked" if asked else "missed"


def summarize(rows: list[tuple[str, str, dict[str, Any]]]) -> dict[str, Any]:
    flags = [(t, e, r, outcome(e, r)) for t, e, r in rows if e != "none"]
    ordinary = [(t, e, r, outcome(e, r)) for t, e, r in rows if e == "none"]
    count = {k: sum(o == k for *_, o in flags) for k in ("right", "asked", "missed")}
    return {
        "red_flags": len(flags), **count,
        "right_tier": round(count["right"] / len(flags), 4),
        "reached_safety": round((count["right"] + count["asked"]) / len(flags), 4),
        "ordinary": len(ordinary),
        "false_alarms": sum(o == "alarm" for *_, o in ordinary),
        "false_questions": sum(o == "asked" for *_, o in ordinary),
        "not_right": [[t, e, r.get("transcript", t), r["intent"]]
                      for t, e, r, o in flags if o != "right"],
        "alarms": [[t, r.get("transcript", t), o] for t, _, r, o in ordinary if o != "quiet"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--voices", type=render.csv, default=("typed", "kal16", "slt", "rms", "awb"),
                    help="comma list; 'typed' is the text through ask --batch")
    ap.add_argument("--sets", type=render.csv, default=("test", "holdout"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--model", type=Path, default=ROOT / "models" / "backcoach.tar.gz")
    args = ap.parse_args(argv)
    todo = [(text, expected, voice, name) for name in args.sets for voice in args.voices
            for text, expected in cases(name)]
    spoken = [i for i, c in enumerate(todo) if c[2] != "typed"]
    typed = [i for i, c in enumerate(todo) if c[2] == "typed"]
    with ThreadPoolExecutor(args.jobs) as pool:
        paths = list(pool.map(lambda i: wav_for(todo[i][0], todo[i][2]), spoken))
    files = dict(zip(spoken, paths, strict=True))
    chunks = [spoken[i::args.jobs] for i in range(args.jobs)]
    model = ["--model", str(args.model)]

    def hear(idx: list[int]) -> list[dict[str, Any]]:
        if not idx:
            return []
        out, _, _ = run_backcoach(["listen", "--json", "--engine", "pocketsphinx", *model,
                                   "--wav", *(str(files[i]) for i in idx)], timeout=3600)
        return out

    results: dict[int, dict[str, Any]] = {}
    with ThreadPoolExecutor(args.jobs) as pool:
        for idx, out in zip(chunks, pool.map(hear, chunks), strict=True):
            results.update(zip(idx, out, strict=True))
    if typed:
        with tempfile.NamedTemporaryFile("w", suffix=".txt") as fh:
            fh.write("".join(todo[i][0] + "\n" for i in typed))
            fh.flush()
            out, _, _ = run_backcoach(["ask", "--batch", fh.name, "--json", *model], timeout=600)
        results.update(zip(typed, out, strict=True))
    report: dict[str, Any] = {}
    for name in args.sets:
        for voice in args.voices:
            rows = [(t, e, results[i]) for i, (t, e, v, n) in enumerate(todo)
                    if v == voice and n == name]
            v = report.setdefault(name, {})[voice] = summarize(rows)
            print(f"{name:7s} {voice:6s} right tier {v['right']}/{v['red_flags']}  asked "
                  f"{v['asked']}  missed {v['missed']} | ordinary {v['ordinary']}: alarms "
                  f"{v['false_alarms']}, questions {v['false_questions']}")
            for item in v["not_right"]:
                print("    flag:", " | ".join(item))
            for item in v["alarms"]:
                print("    ordinary:", " | ".join(item))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

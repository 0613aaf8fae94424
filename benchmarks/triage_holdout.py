"""Score a held-out triage set (``benchmarks/heldout/triage*/``), typed.

Each set was written by an independent helper session that never saw the project's data; they
are kept out of the NLU training data and out of the tests. ``v1`` was written before the triage
work and then used to find its gaps (so it is no longer held out); ``v2`` was written after
the first pass and then used the same way; ``v3`` after the second pass, then used to find
gaps too; ``v4`` was written on 2026-12-02 before the third pass. Lines go through
``backcoach ask --batch --json`` (a fresh conversation each), conversations through
``backcoach chat --script --json``.

    .venv/bin/python benchmarks/triage_holdout.py [--root DIR] [--out results/triage_holdout.json]

``--root`` runs the code of another checkout (``PYTHONPATH``), which is how the "before" figures
were taken from the commit before the triage work.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SETS = {"v1": HERE / "heldout" / "triage", "v2": HERE / "heldout" / "triage_v2",
        "v3": HERE / "heldout" / "triage_v3", "v4": HERE / "heldout" / "triage_v4",
        "v5": HERE / "heldout" / "triage_v5", "v6": HERE / "heldout" / "triage_v6",
        "v7": HERE / "heldout" / "triage_v7",
        "v8": HERE / "heldout" / "triage_v8",
        "v9": HERE / "heldout" / "triage_v9",
        "v10": HERE / "heldout" / "triage_v10",
        "v11": HERE / "heldout" / "triage_v11"}
SET = SETS["v11"]
RANK = {"none": 0, "soon": 1, "today": 2, "emergency": 3}
DISMISS = re.compile(r"\b(okay,? good|good\.|glad|good to hear|nothing to worry|if that changes)\b",
                     re.I)
KEEP = re.compile(r"\b(call|doctor|emergency|ambulance|999|911|112|nurse|checked|hospital)\b", re.I)


def backcoach(root: Path, args: list[str]) -> list[dict[str, Any]]:
    env = {**os.environ, "PYTHONPATH": str(root), "RASA_TELEMETRY_ENABLED": "false",
           "BACKCOACH_HOME": tempfile.mkdtemp(prefix="bc-triage-")}
    code = "import sys; from assistant.cli import main; sys.exit(main())"
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=root, env=env,
                          capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"backcoach {args[0]} failed: {done.stderr[-800:]}")
    return [json.loads(x) for x in done.stdout.splitlines() if x.startswith("{")]


def tier_of(events: list[dict[str, Any]]) -> str:
    tiers = [e.get("tier", "emergency") for e in events if e["type"] == "emergency"]
    if tiers:
        return max(tiers, key=lambda t: RANK.get(t, 0))
    if any(e["type"] == "safety_question" for e in events):
        return "question"
    return "none"


def read_lines() -> list[dict[str, str]]:
    rows = []
    for line in (SET / "lines.tsv").read_text().splitlines()[1:]:
        if line.strip():
            i, tier, cls, text = line.split("\t")
            rows.append({"id": i, "tier": tier, "class": cls, "text": text})
    return rows


SPOKEN_VOICES = ("kal16", "slt", "rms", "awb", "piper", "festival")


def spoken_files(rows: list[dict[str, str]], condition: str) -> list[str]:
    """Each line spoken by one voice in turn (render.py's voices), clean or under 10 dB pink
    noise; cached under ``audio/triage_<set>/``."""
    sys.path.insert(0, str(HERE))
    import render

    out = []
    folder = render.AUDIO / f"triage_{SET.name}" / condition
    folder.mkdir(parents=True, exist_ok=True)
    for n, row in enumerate(rows):
        voice = SPOKEN_VOICES[n % len(SPOKEN_VOICES)]
        clean = render.AUDIO / f"triage_{SET.name}" / "clean" / f"{row['id']}-{voice}.wav"
        clean.parent.mkdir(parents=True, exist_ok=True)
        if not clean.exists():
            render.synthesize(row["text"], voice, clean)
        path = folder / clean.name
        if condition != "clean" and not path.exists():
            noisy = render.mix(render.read_wav(clean), float(condition), n)
            render.write_wav(path, noisy)
        out.append(str(path))
    return out


def score_lines(root: Path, spoken: str = "", engine: str = "auto") -> dict[str, Any]:
    rows = read_lines()
    if spoken:
        files = spoken_files(rows, spoken)
        results = backcoach(root, ["listen", "--json", "--engine", engine, "--wav", *files])
    else:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
            fh.write("\n".join(r["text"] for r in rows) + "\n")
        results = backcoach(root, ["ask", "--batch", fh.name, "--json"])
    assert len(results) == len(rows), (len(results), len(rows))
    per_tier: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[dict[str, str]] = []
    for row, res in zip(rows, results, strict=True):
        got = tier_of(res["events"])
        want = row["tier"]
        c = per_tier[want]
        c["n"] += 1
        if want == "none":
            c["false_alarm"] += got in ("emergency", "today")
            c["soon"] += got == "soon"
            c["question"] += got == "question"
            ok = got == "none"
        else:
            c["question"] += got == "question"
            c["at_tier"] += got == want
            c["at_least"] += got != "question" and RANK.get(got, 0) >= RANK[want]
            ok = got != "question" and RANK.get(got, 0) >= RANK[want]
        if not ok:
            heard = {"heard": res["transcript"]} if "transcript" in res else {}
            misses.append({**row, "got": got, **heard, "say": " ".join(res["say"])[:160]})
    return {"per_tier": {k: dict(v) for k, v in per_tier.items()}, "misses": misses}


def parse_conversations() -> list[tuple[str, list[tuple[str, str | None]]]]:
    convs: list[tuple[str, list[tuple[str, str | None]]]] = []
    for line in (SET / "conversations.txt").read_text().splitlines():
        if line.startswith("## "):
            convs.append((line[3:].strip(), []))
        elif line.startswith("> "):
            convs[-1][1].append((line[2:].strip(), None))
        elif line.startswith("? "):
            text, _ = convs[-1][1][-1]
            convs[-1][1][-1] = (text, line[2:].strip())
        elif line.startswith("/wait"):
            convs[-1][1].append((line.strip(), None))
    return convs


def named(event: dict[str, Any], name: str) -> bool:
    """An event by the name the set's writers used. They were told of an ``emergency`` event
    and meant a call for an ambulance; the assistant's ``emergency`` event carries every tier
    (``tier``: emergency, today, soon), so only its emergency tier is theirs."""
    if name == "emergency":
        return event["type"] == "emergency" and event.get("tier", "emergency") == "emergency"
    if name == "breathing_started":  # v5's writer was given this name for the breathing routine
        return event["type"] == "routine_started" and event.get("routine") == "breathing"
    return bool(event["type"] == name)


def check(expect: str, rows: list[dict[str, Any]]) -> list[str]:
    """Failed expectations for one answer (``rows``: the say/event rows of that turn)."""
    said = " ".join(r["say"] for r in rows if "say" in r)
    events = [r["event"] for r in rows if "event" in r]
    tier = tier_of(events)
    failed = []
    for part in [p.strip() for p in re.split(r";\s*(?=[a-z_>=]+\b)", expect) if p.strip()]:
        key, _, arg = part.partition(":")
        key, arg = key.strip(), arg.strip()
        asked = any(e["type"] == "safety_question" for e in events)
        ok = {
            "emergency": tier == "emergency",
            "tier>=today": tier in ("emergency", "today"),
            "tier=soon": tier == "soon",
            "no_alarm": tier == "none",
            "no_question": not asked,
            "question": asked or "?" in said,
            "not_dismissed": not DISMISS.search(said) and (bool(KEEP.search(said))
                                                           or tier in ("emergency", "today")),
        }.get(key)
        if key == "says":
            ok = bool(re.search(arg, said, re.I))
        elif key == "not_says":
            ok = not re.search(arg, said, re.I)
        elif key == "event":
            ok = any(named(e, arg) for e in events)
        elif key == "no_event":
            ok = not any(named(e, arg) for e in events)
        if ok is None:
            raise ValueError(f"unknown expectation {part!r}")
        if not ok:
            failed.append(part)
    return failed


def score_conversations(root: Path) -> dict[str, Any]:
    convs = parse_conversations()
    out: list[dict[str, Any]] = []
    for title, turns in convs:
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
            fh.write("\n".join(t for t, _ in turns) + "\n")
        rows = backcoach(root, ["chat", "--script", fh.name, "--json"])
        answers: list[list[dict[str, Any]]] = []
        current: list[dict[str, Any]] | None = None
        user_t = 0.0
        for r in rows:
            if "user" in r:
                current, user_t = [], r["t"]
                answers.append(current)
            elif current is not None and r["t"] == user_t:
                current.append(r)
        said_turns = [(t, e) for t, e in turns if not t.startswith("/wait")]
        fails = []
        for (text, expect), ans in zip(said_turns, answers, strict=False):
            if expect:
                for f in check(expect, ans):
                    fails.append({"user": text, "failed": f,
                                  "say": " ".join(r["say"] for r in ans if "say" in r)[:200]})
        out.append({"title": title, "ok": not fails, "fails": fails})
    return {"n": len(out), "passed": sum(c["ok"] for c in out), "conversations": out}


def summary(lines: dict[str, Any], convs: dict[str, Any]) -> list[str]:
    t = lines["per_tier"]
    red = [t[k] for k in ("emergency", "today", "soon") if k in t]
    n_red = sum(c["n"] for c in red)
    asked = sum(c.get("question", 0) for c in red)
    none = t.get("none", {"n": 1})
    pct = lambda a, b: f"{100 * a / b:.1f} % ({a}/{b})"  # noqa: E731
    return [
        f"emergency lines at the emergency tier at once: {pct(t['emergency'].get('at_tier', 0), t['emergency']['n'])}",
        f"same-day lines at least same-day: {pct(t['today'].get('at_least', 0), t['today']['n'])}",
        f"see-soon lines at least soon: {pct(t['soon'].get('at_least', 0), t['soon']['n'])}",
        f"red-flag lines given a question instead of a tier: {pct(asked, n_red)}",
        f"ordinary lines, false alarms (emergency or same-day): {pct(none.get('false_alarm', 0), none['n'])}",
        f"ordinary lines, needless questions: {pct(none.get('question', 0), none['n'])}",
        f"ordinary lines, see-soon advice: {pct(none.get('soon', 0), none['n'])}",
        *([f"conversations with every expectation met: {pct(convs['passed'], convs['n'])}"]
          if convs["n"] else []),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=str(HERE.parent), help="checkout whose code is run")
    ap.add_argument("--set", choices=sorted(SETS), default="v11",
                    help="v1: written before the triage work, then used to find its gaps; v2: "
                         "written after the first pass, then also used to find gaps; v3: "
                         "written after the second pass, then used to find gaps; v4: written "
                         "2026-12-02 before the third pass, then used to find gaps; v5: written "
                         "2026-12-02 (fourth session) before the fourth pass, then used "
                         "to find gaps; v6: written 2026-12-02 (sixth session) before the "
                         "fifth pass, then used to find gaps; v7: written during the fifth "
                         "pass, measured after it, then used to find gaps; v8: written "
                         "2026-12-02 (seventh session) before the sixth pass, then used to tune it; "
                         "v9: written during the sixth pass, measured, then used to tune it; v10: "
                         "written during that, measured, then used to tune; v11: written during "
                         "that, never used to tune")
    ap.add_argument("--out", help="default: results/triage_holdout_<set>[_spoken_<c>].json")
    ap.add_argument("--spoken", choices=("clean", "10"),
                    help="the lines spoken (six voices in turn), clean or at 10 dB pink noise, "
                         "through `listen`; conversations are then left out")
    ap.add_argument("--engine", default="auto", help="recognizer for --spoken")
    a = ap.parse_args()
    global SET
    SET = SETS[a.set]
    suffix = f"_spoken_{a.spoken}" if a.spoken else ""
    a.out = a.out or str(HERE / "results" / f"triage_holdout_{a.set}{suffix}.json")
    root = Path(a.root).resolve()
    lines = score_lines(root, a.spoken or "", a.engine)
    convs = ({"n": 0, "passed": 0, "conversations": []} if a.spoken
             else score_conversations(root))
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    result = {"root": str(root), "lines": lines, "conversations": convs,
              "summary": summary(lines, convs)}
    Path(a.out).write_text(json.dumps(result, indent=1) + "\n")
    print("\n".join(result["summary"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

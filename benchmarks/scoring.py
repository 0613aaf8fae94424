"""Scoring for the evaluation: word error rate, intent/entity/event matching, summaries.

Pure functions over the dev set rows (render.Row) and the JSON objects that ``backcoach ask
--json`` and ``backcoach listen --json`` print; evaluate.py runs the commands.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from render import Row

RED_TIERS = ("emergency", "today", "soon")

# ------------------------------------------------------------------------------ word error rate
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(n: int) -> str:
    """0 to 9999 as words: 21 -> "twenty one", 1200 -> "one thousand two hundred"."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])
    if n < 1000:
        rest = "" if n % 100 == 0 else " " + number_words(n % 100)
        return f"{_ONES[n // 100]} hundred{rest}"
    if n < 10000:
        rest = "" if n % 1000 == 0 else " " + number_words(n % 1000)
        return f"{_ONES[n // 1000]} thousand{rest}"
    return " ".join(_ONES[int(d)] for d in str(n))


def normalize_words(text: str) -> list[str]:
    """Words for scoring: lower case, digits as words, punctuation and hyphens dropped."""
    text = text.lower().replace("\u2019", "'").replace("-", " ")
    text = re.sub(r"\d+", lambda m: f" {number_words(int(m.group(0)))} ", text)
    text = re.sub(r"[^a-z' ]+", " ", text)
    return [w.strip("'") for w in text.split() if w.strip("'")]


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    """Levenshtein distance between word lists (substitutions, insertions, deletions)."""
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        cur = [i]
        for j, h in enumerate(hyp, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h)))
        prev = cur
    return prev[-1]


def wer(ref: str, hyp: str) -> float:
    """Word error rate of one pair; an empty reference gives 0 for an empty hypothesis, else 1."""
    r, h = normalize_words(ref), normalize_words(hyp)
    if not r:
        return 0.0 if not h else 1.0
    return edit_distance(r, h) / len(r)


# ----------------------------------------------------------------------------------- scoring
def intent_matches(expected: str, predicted: str | None) -> bool:
    """Exact, or the safety screen answered for the intent (the runtime reports it as
    ``safety_<tier>``: a red flag's tier, ``help`` for a call for help, ``info`` for the
    warning signs and "should I see a doctor"), which is how the product handles them."""
    if predicted == expected:
        return True
    if not predicted or not predicted.startswith("safety_"):
        return False
    tier = predicted.removeprefix("safety_")
    if expected.startswith("report_"):
        return tier in RED_TIERS
    if expected == "call_for_help":
        return tier in ("help", "emergency")
    return expected in ("ask_warning_signs", "ask_see_doctor") and tier == "info"


def _has(found: list[dict[str, Any]], want: dict[str, Any]) -> bool:
    return any(all(e.get(k) == v for k, v in want.items()) for e in found)


def score(row: Row, result: dict[str, Any]) -> dict[str, Any]:
    """One utterance's outcome against the dev set row (None: not applicable)."""
    events = [e for e in result.get("events") or [] if isinstance(e, dict)]
    flags = [e for e in events if e.get("type") == "emergency"]
    ents = [e for e in result.get("entities") or [] if isinstance(e, dict)]
    rec: dict[str, Any] = {
        "id": row.id, "intent": row.intent, "predicted": result.get("intent"),
        "intent_ok": intent_matches(row.intent, result.get("intent")),
        "event_ok": _has(events, row.event) if row.event else None,
        "event_type": row.event.get("type") if row.event else None,
        "entities_ok": all(_has(ents, {"entity": k, "value": v}) for k, v in row.entities.items())
        if row.entities else None,
        "red_flag": row.red_flag, "lookalike": row.lookalike,
        "flagged": bool(flags), "tiers": sorted({str(e.get("tier")) for e in flags}),
        "events": [e.get("type") for e in events],
        "said": " ".join(str(x) for x in result.get("say") or [])[:160],
    }
    if row.red_flag:
        rec["tier"] = row.event.get("tier")  # type: ignore[union-attr]
    if "transcript" in result:
        rec["transcript"] = result["transcript"] or ""
        rec["ref_words"] = len(normalize_words(row.text))
        rec["word_errors"] = edit_distance(normalize_words(row.text),
                                           normalize_words(rec["transcript"]))
    return rec


def training_texts(nlu_dir: Path) -> set[str]:
    """Every NLU training example in ``nlu_dir``, lower case, entity markup removed."""
    import yaml

    texts = set()
    markup = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")
    for f in sorted(nlu_dir.glob("*.yml")):
        for block in (yaml.safe_load(f.read_text()) or {}).get("nlu", []) or []:
            for line in str(block.get("examples") or "").splitlines():
                text = markup.sub(r"\1", line.strip().removeprefix("- ").strip())
                texts.add(" ".join(text.lower().split()))
    return texts


def _rate(hits: list[bool]) -> float | None:
    return round(sum(hits) / len(hits), 4) if hits else None


def summarize(recs: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures of one group of scored utterances."""
    flags = [r for r in recs if r["red_flag"]]
    urgent = [r for r in flags if r.get("tier") == "emergency"]
    calm = [r for r in recs if not r["red_flag"]]
    out: dict[str, Any] = {
        "n": len(recs),
        "intent_accuracy": _rate([r["intent_ok"] for r in recs]),
        "event_accuracy": _rate([r["event_ok"] for r in recs if r["event_ok"] is not None]),
        "entity_accuracy": _rate([r["entities_ok"] for r in recs if r["entities_ok"] is not None]),
        "red_flags": len(flags),
        "red_flag_recall": _rate([r["flagged"] for r in flags]),
        "red_flag_tier_accuracy": _rate([r.get("tier") in r["tiers"] for r in flags]),
        "emergency_recall": _rate([r["flagged"] and "emergency" in r["tiers"] for r in urgent]),
        "false_alarm_rate": _rate([r["flagged"] for r in calm]),
        "lookalike_false_alarm_rate": _rate([r["flagged"] for r in calm if r["lookalike"]]),
    }
    kinds = sorted({r["event_type"] for r in recs if r["event_type"]})
    out["event_accuracy_by_type"] = {k: _rate([r["event_ok"] for r in recs if r["event_type"] == k])
                                     for k in kinds}
    fresh = [r["intent_ok"] for r in recs if r.get("in_training") is False]
    if fresh:
        out["held_out"] = len(fresh)
        out["held_out_intent_accuracy"] = _rate(fresh)
    words = [r for r in recs if "ref_words" in r]
    if words:
        out["wer"] = round(sum(r["word_errors"] for r in words) / max(1, sum(r["ref_words"] for r in words)), 4)
    return out


def group(recs: list[dict[str, Any]], *keys: str) -> dict[str, Any]:
    buckets: dict[str, list[dict[str, Any]]] = {}
    for r in recs:
        buckets.setdefault("/".join(str(r[k]) for k in keys), []).append(r)
    return {k: summarize(v) for k, v in buckets.items()}


def by_intent(recs: list[dict[str, Any]]) -> dict[str, float | None]:
    return {k: v["intent_accuracy"] for k, v in sorted(group(recs, "intent").items())}


def paired(recs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per noise level: the same utterances in the same voice, clean and noisy, side by side
    (the noise levels of a run hold different utterances, so only this comparison is fair)."""
    clean = {(r["id"], r["voice"]): r for r in recs if r["condition"] == "clean"}
    out = {}
    def order(cond: str) -> tuple[int, float, str]:  # pink levels loudest first, then the rest
        return (0, -float(cond), "") if cond.replace(".", "").isdigit() else (1, 0.0, cond)

    for cond in sorted({r["condition"] for r in recs} - {"clean"}, key=order):
        noisy = [r for r in recs if r["condition"] == cond and (r["id"], r["voice"]) in clean]
        out[cond] = {"clean": summarize([clean[(r["id"], r["voice"])] for r in noisy]),
                     "noisy": summarize(noisy)}
    return out

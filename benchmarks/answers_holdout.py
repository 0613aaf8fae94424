"""Score a held-out question set (``benchmarks/heldout/answers*/questions.tsv``), typed.

Each set was written by an independent helper session that never saw the project's data, and is
kept out of the NLU training data and the tests. ``v1`` (``heldout/answers``, 2026-12-01) was
measured before and after the sub-answers and then used to find gaps (so it is no longer held
out); ``v2`` (``heldout/answers_v2``) was written on 2026-12-02 before the next pass, measured
before and after it, and then used to find gaps; ``v3`` (``heldout/answers_v3``) was written
later on 2026-12-02, before the pass after that, and then used to find gaps; ``v4``
(``heldout/answers_v4``) was written on 2026-12-02 (sixth session) before the next, then used to find gaps; ``v5``
(``heldout/answers_v5``) was written on 2026-12-02 (seventh session) before the pass after that and used to tune it; ``v6``
(``heldout/answers_v6``) was written during that pass and not used to tune it; the eighth session tuned on its misses (``answers_holdout_v6_tuned.json``). Each question goes through ``backcoach ask --batch --json`` (a
fresh conversation each); the answer is everything said in reply to that one question (never a
"tell me more" follow-up). A row passes when every ``&&`` group of its ``must`` regexes matches.

    .venv/bin/python benchmarks/answers_holdout.py [--set v4] [--root DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from triage_holdout import HERE, backcoach

SETS = {"v1": HERE / "heldout" / "answers" / "questions.tsv",
        "v2": HERE / "heldout" / "answers_v2" / "questions.tsv",
        "v3": HERE / "heldout" / "answers_v3" / "questions.tsv",
        "v4": HERE / "heldout" / "answers_v4" / "questions.tsv",
        "v5": HERE / "heldout" / "answers_v5" / "questions.tsv",
        "v6": HERE / "heldout" / "answers_v6" / "questions.tsv"}


def passes(answer: str, must: str) -> bool:
    return all(re.search(g.strip(), answer, re.IGNORECASE) for g in must.split(" && "))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=str(HERE.parent))
    ap.add_argument("--set", choices=sorted(SETS), default="v6")
    ap.add_argument("--out", help="default: results/answers_holdout_<set>.json")
    a = ap.parse_args()
    a.out = a.out or str(HERE / "results" / f"answers_holdout_{a.set}.json")
    rows = [dict(zip(["id", "topic", "question", "fact", "must"], line.split("\t"), strict=True))
            for line in SETS[a.set].read_text().splitlines()[1:] if line.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
        fh.write("\n".join(r["question"] for r in rows) + "\n")
    results = backcoach(Path(a.root).resolve(), ["ask", "--batch", fh.name, "--json"])
    assert len(results) == len(rows)
    n, ok = Counter(), Counter()
    fails: list[dict[str, Any]] = []
    words: list[int] = []
    for row, res in zip(rows, results, strict=True):
        answer = " ".join(res["say"])
        words.append(len(answer.split()))
        n[row["topic"]] += 1
        if passes(answer, row["must"]):
            ok[row["topic"]] += 1
        else:
            fails.append({"id": row["id"], "question": row["question"], "fact": row["fact"],
                          "intent": res["intent"], "answer": answer[:300]})
    total, good = sum(n.values()), sum(ok.values())
    summary = [f"answered with the right fact first: {100 * good / total:.1f} % ({good}/{total})",
               f"answer length: median {sorted(words)[len(words) // 2]} words, "
               f"max {max(words)}"]
    summary += [f"  {t}: {ok[t]}/{n[t]}" for t in sorted(n)]
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps({"root": a.root, "summary": summary, "fails": fails},
                                      indent=1) + "\n")
    print("\n".join(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())

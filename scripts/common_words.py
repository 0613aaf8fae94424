"""Write ``assistant/hearing/words/common.txt``: the most frequent words of PocketSphinx's bundled
general US English language model, one per line, most frequent first.

The recognizer's language model is built from the project's NLU examples, which know only
about 1,200 words; people in pain say words the examples never use ("suddenly", "but").
These words join that model as rare unigrams (see ``assistant/hearing/sphinx_engine.py``). Run it again
only when the pinned pocketsphinx changes:

    .venv/bin/python scripts/common_words.py [--count 3000]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from pocketsphinx import Config, LogMath, NGramModel, get_model_path

MODEL = Path(get_model_path()) / "en-us"
OUT = Path(__file__).resolve().parent.parent / "assistant" / "hearing" / "words" / "common.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=3000)
    args = ap.parse_args()
    lm = NGramModel(Config(), LogMath(1.0001), str(MODEL / "en-us.lm.bin"))
    words = {line.split()[0] for line in (MODEL / "cmudict-en-us.dict").read_text().splitlines()
             if line.strip()}
    words = {w for w in words if re.fullmatch(r"[a-z]+(?:'[a-z]+)?", w)}
    ranked = sorted(words, key=lambda w: (-lm.prob([w]), w))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(f"{w}\n" for w in ranked[: args.count]))
    print(f"wrote {min(args.count, len(ranked))} words to {OUT}")


if __name__ == "__main__":
    main()

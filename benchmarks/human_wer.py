"""Word error rate on real human recordings, per engine, through the product's recognizer
(endpointing and all, exactly as the voice loop feeds it, 30 ms frames).

Sets (Debian packages, installed by ``scripts/setup --bench`` or apt):
- ``pocketsphinx-testdata``: LibriVox read speech (5 clips) and spoken card names (5 clips);
- ``asterisk-core-sounds-en-wav`` + ``asterisk-core-sounds-en``: the Asterisk telephone prompts
  (one professional female voice, 8 kHz, upsampled to 16 kHz here), transcripts from the
  package's doc file; bracketed ones ("[beep]") are left out.

    .venv/bin/python benchmarks/human_wer.py [--engines whisper,pocketsphinx] [--limit N]

Writes ``benchmarks/results/human_wer.json`` and prints a table.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import edit_distance, normalize_words

PS = Path("/usr/share/pocketsphinx/test/data")
AST_WAV = Path("/usr/share/asterisk/sounds/en")
AST_TXT = Path("/usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz")
OUT = Path(__file__).resolve().parent / "results" / "human_wer.json"


def items(limit: int) -> list[tuple[str, Path, str]]:
    """(set, wav, reference) for every recording with a transcript."""
    found: list[tuple[str, Path, str]] = []
    for folder, name in ((PS / "librivox", "transcription"), (PS / "cards", "cards.transcription")):
        if not (folder / name).is_file():
            continue
        for line in (folder / name).read_text().splitlines():
            m = re.match(r"<s>(.*)</s>\s*\((\S+)\)", line.strip())
            if m and (folder / f"{m.group(2)}.wav").is_file():
                found.append((folder.name, folder / f"{m.group(2)}.wav", m.group(1).strip()))
    if AST_TXT.is_file():
        prompts = []
        for line in gzip.open(AST_TXT, "rt", encoding="utf-8", errors="replace"):
            name, sep, text = line.partition(":")
            text = text.strip()
            if not sep or line.startswith(";") or not text or re.search(r"[\[(<]", text):
                continue
            wav = AST_WAV / f"{name.strip()}.wav"
            if wav.is_file():
                prompts.append(("asterisk", wav, text))
        step = max(1, len(prompts) // limit) if limit else 1
        found += prompts[::step][:limit or None]
    return found


ORDINAL = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
           "nine": "ninth", "twelve": "twelfth"}


def words(text: str) -> list[str]:
    """:func:`scoring.normalize_words`, plus what a written transcript spells differently:
    "#" is "pound", "11th" is "eleventh", "A.M." is "am"."""
    text = re.sub(r"\b([A-Za-z])\.(?=[A-Za-z]\.)", r"\1", text.replace("#", " pound "))
    text = re.sub(r"\b(\d+)(st|nd|rd|th)\b", lambda m: f"{m.group(1)} ORD", text)
    out: list[str] = []
    for w in normalize_words(text):
        if w == "ord" and out:
            last = out.pop()
            w = ORDINAL.get(last, (last[:-1] + "ieth") if last.endswith("y") else last + "th")
        out.append(w)
    return out


def load(path: Path) -> np.ndarray:
    from assistant.audio.wavfile import read_wav

    x, rate = read_wav(path)
    if rate != 16000:  # linear interpolation is enough for 8 kHz telephone prompts
        t = np.arange(int(len(x) * 16000 / rate)) * rate / 16000
        x = np.interp(t, np.arange(len(x)), x.astype(np.float64)).astype(np.int16)
    pad = np.zeros(8000, dtype=np.int16)  # half a second of silence each side, as a pause
    return np.concatenate([pad, x, pad])


def transcribe(rec: object, audio: np.ndarray) -> str:
    from assistant.core.events import Transcript

    rec.reset()  # type: ignore[attr-defined]
    words = []
    for i in range(0, len(audio) - 479, 480):
        r = rec.accept(audio[i:i + 480].tobytes())  # type: ignore[attr-defined]
        if isinstance(r, Transcript):
            words.append(r.text)
    r = rec.flush()  # type: ignore[attr-defined]
    if isinstance(r, Transcript):
        words.append(r.text)
    return " ".join(words)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engines", default="whisper,pocketsphinx")
    ap.add_argument("--limit", type=int, default=150, help="Asterisk prompts (0: all)")
    args = ap.parse_args()
    from assistant.core.settings import RecognizerSettings
    from assistant.hearing.engines import open_recognizer

    data = items(args.limit)
    if not data:
        print("no recordings: apt install pocketsphinx-testdata asterisk-core-sounds-en-wav "
              "asterisk-core-sounds-en", file=sys.stderr)
        return 1
    results: dict[str, dict] = {}
    for engine in args.engines.split(","):
        rec = open_recognizer(RecognizerSettings(engine=engine, wake_phrase=""), lambda m: None)
        per_set: dict[str, list[int]] = {}
        rows = []
        t0, seconds = time.perf_counter(), 0.0
        for name, wav, ref in data:
            audio = load(wav)
            seconds += len(audio) / 16000
            hyp = transcribe(rec, audio)
            r, h = words(ref), words(hyp)
            errors = edit_distance(r, h)
            e, n = per_set.setdefault(name, [0, 0])
            per_set[name] = [e + errors, n + len(r)]
            rows.append({"set": name, "file": wav.name, "ref": ref, "hyp": hyp, "errors": errors})
        elapsed = time.perf_counter() - t0
        total_e = sum(e for e, _ in per_set.values())
        total_n = sum(n for _, n in per_set.values())
        results[engine] = {
            "wer": round(100 * total_e / total_n, 1),
            "by_set": {k: round(100 * e / n, 1) for k, (e, n) in per_set.items()},
            "words": total_n, "files": len(data), "rtf": round(elapsed / seconds, 3),
            "rows": rows,
        }
        print(f"{engine:13s} WER {results[engine]['wer']:5.1f} %  "
              + "  ".join(f"{k} {v} %" for k, v in results[engine]["by_set"].items())
              + f"  ({total_n} words, {len(data)} files, RTF {results[engine]['rtf']})")
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps({"date": time.strftime("%Y-%m-%d"), "engines": results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Whisper's quick look (:mod:`assistant.hearing.quick_look`) on short words, offline.

The quick look reads a short utterance at its first pause so that a lone "help" or "stop" is
acted on about 0.1 s after the word ends. What it writes decides whether the keyword layer acts
at once, so this measures, per prompt, on calls for help and "stop" and on ordinary short words
a person may say ("hello", "yes", "okay"):

- **heard**: keyword phrases whose reading the keyword layer takes as the keyword
  (:data:`assistant.hearing.hearing.KEYWORD`; with the assistant's echo, also a keyword at the
  end of the reading, :data:`~assistant.hearing.hearing.TAIL_KEYWORD`, as while it speaks);
- **false**: ordinary words it would take as "help" or "stop".

Each phrase is spoken by seven voices and read as the live loop reads it: from 0.3 s before the
first loud frame (the endpointer's pre-roll) to 0, 30 or 60 ms after the last (where the pause
is marked), in three conditions: clean; with the assistant's own voice left over after echo
cancellation (an answer by espeak-ng, 20 dB under the word, before, during and after it, as
measured on the live loop's cancelled microphone); and pink noise at 10 dB SNR.

    .venv/bin/python benchmarks/keyword_look.py [--prompt current|domain|TEXT ...] [--out F]

``current`` is the quick look's own prompt, ``domain`` the full decoding's (with the wake
phrase in front). The first measurement (2026-12-02): a live "help" in flite's kal16 voice was
read "i'll" or "hey i'll" behind the domain prompt, and "help" without the wake phrase.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from render import RATE, mix, read_wav, synthesize  # noqa: E402

KEYWORDS = ("help", "help me", "help me please", "please help", "somebody help", "stop",
            "stop it", "stop please", "stop now", "help help")
OTHERS = ("hello", "yes", "no", "okay", "well", "hi", "thanks", "what", "hey coach", "go on",
          "again", "wait", "sorry", "fine", "left", "yelp", "shop", "hold on", "top", "step")
VOICES = ("kal16", "slt", "rms", "awb", "espeak", "festival", "piper")
ECHO = ("Lie on your back on a firm surface. Bend your knees and rest your feet flat on the "
        "floor. Breathe in slowly through your nose, and out through your mouth.")
ENDS_MS = (0, 30, 60)
PREROLL = 0.3


def prompt_for(name: str, wake: str) -> str:
    from assistant.hearing.quick_look import quick_prompt
    from assistant.hearing.vocabulary import domain_prompt

    if name == "current":
        return quick_prompt()
    if name == "domain":
        return domain_prompt(wake)
    return name


def word_span(x: np.ndarray) -> tuple[int, int]:
    """First and last sample of the loud part (frames within 30 dB of the loudest)."""
    frame = int(0.01 * RATE)
    n = len(x) // frame
    level = np.sqrt(np.mean(x[: n * frame].reshape(n, frame) ** 2, axis=1)) + 1e-9
    loud = np.flatnonzero(level > level.max() / 31.6)
    return int(loud[0] * frame), int((loud[-1] + 1) * frame)


def conditions(word: np.ndarray, echo: np.ndarray, seed: int) -> dict[str, np.ndarray]:
    lead = int(1.0 * RATE)
    padded = np.concatenate([np.zeros(lead), word, np.zeros(int(0.5 * RATE))])
    rest = echo[seed * 4000 % max(1, len(echo) - len(padded)):][: len(padded)]
    rest = np.pad(rest, (0, len(padded) - len(rest)))
    gain = np.sqrt(np.mean(word**2) / max(np.mean(rest**2), 1e-9)) / 10  # 20 dB under
    return {"clean": padded, "echo": padded + rest * gain,
            "noise10": mix(padded, 10.0, seed)}


def tally(r: dict, voice: str, cond: str, is_key: bool, hit: bool, row: list) -> None:
    """Count one reading: per voice and per condition, [keywords heard, keywords, ordinary
    words taken for a keyword, ordinary words]; a missed keyword or a false one is listed."""
    at = 0 if is_key else 2
    for counts in (r["by_voice"].setdefault(voice, [0, 0, 0, 0]),
                   r["by_condition"].setdefault(cond, [0, 0, 0, 0])):
        counts[at] += hit
        counts[at + 1] += 1
    r["keywords" if is_key else "others"] += 1
    r["heard" if is_key else "false"] += hit
    if hit != is_key:
        r["misses" if is_key else "false_readings"].append(row)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--prompt", nargs="+", default=["current", "domain"])
    ap.add_argument("--voices", default=",".join(VOICES))
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()

    from faster_whisper import WhisperModel

    from assistant.core.settings import Settings
    from assistant.hearing.hearing import KEYWORD, TAIL_KEYWORD
    from assistant.hearing.quick_look import QuickLook
    from assistant.hearing.whisper_engine import NO_SPEECH
    from assistant.hearing.whisper_model import bundled_model

    wake = Settings().recognizer.wake_phrase
    model = WhisperModel(str(bundled_model()), device="cpu", compute_type="int8",
                         cpu_threads=2)
    looks = {}
    for name in args.prompt:
        look = QuickLook()
        look.load(model, prompt_for(name, wake), NO_SPEECH)
        looks[name] = look
    voices = args.voices.split(",")
    results: dict[str, dict] = {name: {"prompt": prompt_for(name, wake), "heard": 0,
                                       "keywords": 0, "false": 0, "others": 0,
                                       "by_voice": {}, "by_condition": {}, "misses": [],
                                       "false_readings": []} for name in looks}
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="bc-kwlook-") as tmp:
        echo_wav = Path(tmp) / "echo.wav"
        synthesize(ECHO, "espeak", echo_wav)
        echo = read_wav(echo_wav)
        for vi, voice in enumerate(voices):
            for pi, phrase in enumerate(KEYWORDS + OTHERS):
                wav = Path(tmp) / f"{voice}-{pi}.wav"
                synthesize(phrase, voice, wav)
                x = read_wav(wav)
                a, b = word_span(x)
                word = x[max(0, a - int(PREROLL * RATE)):b]
                is_key = phrase in KEYWORDS
                for cond, audio in conditions(word, echo, vi * 31 + pi).items():
                    start = int(1.0 * RATE)
                    for end_ms in ENDS_MS:
                        seg = audio[start:start + len(word) + int(end_ms * RATE / 1000)]
                        seg32 = (seg / 32768).astype(np.float32)
                        for name, look in looks.items():
                            text = look.read(seg32)
                            hit = KEYWORD.match(text) is not None or (
                                cond == "echo" and TAIL_KEYWORD.search(text) is not None)
                            tally(results[name], voice, cond, is_key, hit,
                                  [voice, cond, end_ms, phrase, text])
            print(voice, {n: f"{r['heard']}/{r['keywords']} heard, {r['false']}/{r['others']}"
                          " false" for n, r in results.items()}, file=sys.stderr, flush=True)
    for r in results.values():
        r["heard_rate"] = round(r["heard"] / max(1, r["keywords"]), 3)
        r["false_rate"] = round(r["false"] / max(1, r["others"]), 3)
    out = {"voices": voices, "conditions": ["clean", "echo", "noise10"],
           "ends_ms": list(ENDS_MS), "seconds": round(time.monotonic() - started),
           "results": results}
    text = json.dumps(out, indent=1)
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(json.dumps({n: {k: r[k] for k in ("prompt", "heard_rate", "false_rate", "by_voice",
                                             "by_condition")} for n, r in results.items()},
                     indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

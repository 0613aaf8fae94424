"""Does the noise front end (WebRTC noise suppression + automatic gain, ``webrtc-noise-gain``)
help recognition? Word error rate per engine and noise kind, with it off and at a few settings,
on the dev-set audio that ``render.py --plan wide`` made (run ``evaluate.py --plan wide`` or
``render.py --plan wide`` first).

    .venv/bin/python benchmarks/frontend.py [--engines whisper,pocketsphinx] [--per-kind 40]

Writes ``benchmarks/results/frontend.json`` and prints a table.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import render
from human_wer import transcribe, words
from scoring import edit_distance

SETTINGS = {"off": (0, 0), "ns2": (2, 0), "ns4": (4, 0), "ns2+agc": (2, 3)}
"""(noise suppression level, automatic gain target -dBFS)."""
KINDS = ("clean", "10", "white10", "babble10", "far")
OUT = Path(__file__).resolve().parent / "results" / "frontend.json"


def files(per_kind: int) -> list[tuple[str, Path, str]]:
    """(kind, wav, reference) spread over voices, ``per_kind`` of each noise kind."""
    text = {r.id: r.text for r in render.load_devset()}
    out = []
    for kind in KINDS:
        found = sorted(render.AUDIO.glob(f"*/{kind}/*.wav"))
        step = max(1, len(found) // per_kind)
        for wav in found[::step][:per_kind]:
            row_id = wav.stem.rsplit("-", 1)[0]
            if row_id in text:
                out.append((kind, wav, text[row_id]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engines", default="whisper,pocketsphinx")
    ap.add_argument("--per-kind", type=int, default=40)
    args = ap.parse_args()
    from assistant.audio.wavfile import read_wav
    from assistant.core.settings import RecognizerSettings
    from assistant.hearing.engines import open_recognizer
    from assistant.hearing.frontend import NoiseGain

    data = files(args.per_kind)
    if not data:
        print("no rendered audio: run benchmarks/render.py --plan wide first", file=sys.stderr)
        return 1
    audio = {wav: read_wav(wav)[0] for _, wav, _ in data}
    results: dict[str, dict] = {}
    for engine in args.engines.split(","):
        rec = open_recognizer(RecognizerSettings(engine=engine, wake_phrase=""), lambda m: None)
        results[engine] = {}
        for name, (level, gain) in SETTINGS.items():
            tally: dict[str, list[int]] = {}
            t0 = time.perf_counter()
            for kind, wav, ref in data:
                x = audio[wav]
                if level or gain:
                    fe = NoiseGain(level, gain)
                    x = np.frombuffer(fe.process(x.tobytes()), dtype=np.int16)
                r = words(ref)
                e = edit_distance(r, words(transcribe(rec, x)))
                t = tally.setdefault(kind, [0, 0])
                t[0] += e
                t[1] += len(r)
            results[engine][name] = {k: round(100 * e / n, 1) for k, (e, n) in tally.items()}
            print(f"{engine:13s} {name:8s} " + "  ".join(
                f"{k} {v:5.1f}" for k, v in results[engine][name].items())
                + f"   ({time.perf_counter() - t0:.0f} s)", flush=True)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps({"date": time.strftime("%Y-%m-%d"), "files": len(data),
                               "wer": results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

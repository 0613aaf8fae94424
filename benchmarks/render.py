"""Render the spoken development set to audio, offline and reproducibly.

Each utterance of ``benchmarks/devset.tsv`` is spoken by Debian's ``flite`` voices (kal16, slt,
rms, awb) and by ``espeak-ng``, resampled with sox to 16 kHz mono 16-bit, padded with 0.3 s of
silence before and 0.8 s after (as a microphone would give), and mixed with pink noise at 20,
10 and 5 dB SNR. The noise comes from numpy with a seed derived from the file name, so every
run writes identical files. Files land in ``benchmarks/audio/<voice>/<condition>/<id>-<crc>.wav``
(git-ignored; the checksum of the text renews the file when a line is edited); files already
there are kept (a cache).

Which (utterance, voice, condition) triples a run uses is the *plan* (see :func:`plan`): the
``standard`` plan gives every utterance one voice (rotating through the five) clean and at one
noise level (rotating through the three), and every red-flag utterance and lookalike all four
conditions, so each voice and each noise level gets a fair share in minutes, not hours.

    .venv/bin/python benchmarks/render.py [--plan standard|full|quick] [--voices kal16,slt]
                                          [--snr clean,10] [--limit N] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
import time
import wave
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
DEVSET = HERE / "devset.tsv"
AUDIO = HERE / "audio"
VOICES = ("kal16", "slt", "rms", "awb", "espeak")
CONDITIONS = ("clean", "20", "10", "5")
"""``clean`` or the signal-to-noise ratio in dB."""
RATE = 16000
LEAD_S, TRAIL_S = 0.3, 0.8


@dataclass(frozen=True)
class Row:
    """One line of the dev set."""

    id: str
    text: str
    intent: str
    entities: dict[str, Any] | None
    event: dict[str, Any] | None

    @property
    def red_flag(self) -> bool:
        return bool(self.event) and self.event.get("type") == "emergency"  # type: ignore[union-attr]

    @property
    def lookalike(self) -> bool:
        """A non-red-flag utterance built to sound like one (negations, "fell asleep")."""
        return self.id.startswith("neg")


@dataclass(frozen=True)
class Item:
    """One audio file of a run: an utterance in one voice under one condition."""

    row: Row
    voice: str
    condition: str

    @property
    def path(self) -> Path:
        """Named by id and a checksum of the text, so an edited line is rendered again."""
        crc = zlib.crc32(self.row.text.encode())
        return AUDIO / self.voice / self.condition / f"{self.row.id}-{crc:08x}.wav"


def load_devset(path: Path = DEVSET) -> list[Row]:
    """The dev set; raises ``ValueError`` naming the line on any malformed row."""
    rows: list[Row] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].split("\t") != ["id", "text", "intent", "entities", "event"]:
        raise ValueError(f"{path}: the header must be: id text intent entities event")
    for n, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 5 or not all(c.strip() for c in cols):
            raise ValueError(f"{path}:{n}: five non-empty tab-separated columns expected")
        rid, text, intent, ents, event = cols
        try:
            rows.append(Row(rid, text, intent, None if ents == "-" else json.loads(ents),
                            None if event == "-" else json.loads(event)))
        except json.JSONDecodeError as e:
            raise ValueError(f"{path}:{n}: bad JSON: {e}") from e
    return rows


def plan(rows: list[Row], name: str = "standard", voices: tuple[str, ...] = VOICES,
         conditions: tuple[str, ...] = CONDITIONS, limit: int | None = None) -> list[Item]:
    """The audio items of a run, in a fixed order, filtered by ``voices`` and ``conditions``."""
    if name == "quick":  # a handful of utterances, one voice, clean and 10 dB (the CI smoke run)
        picked = _spread(rows, limit or 4)
        items = [Item(r, voices[0], c) for r in picked for c in ("clean", "10")]
        return [i for i in items if i.condition in conditions]
    if limit:
        rows = _spread(rows, limit)
    items: list[Item] = []
    for i, row in enumerate(rows):
        if name == "full":
            items += [Item(row, v, c) for v in voices for c in CONDITIONS]
            continue
        voice = VOICES[i % len(VOICES)]
        noisy = CONDITIONS[1 + (i // len(VOICES)) % 3]
        conds = CONDITIONS if row.red_flag or row.lookalike else ("clean", noisy)
        if voice not in voices:  # a voice filter keeps the utterance, in the first allowed voice
            voice = voices[i % len(voices)]
        items += [Item(row, voice, c) for c in conds]
    return [i for i in items if i.condition in conditions]


def _spread(rows: list[Row], n: int) -> list[Row]:
    """``n`` rows spread evenly over the file, always including one red flag when n >= 2."""
    if n >= len(rows):
        return rows
    step = len(rows) / n
    picked = [rows[int(k * step)] for k in range(n)]
    if n >= 2 and not any(r.red_flag for r in picked):
        flag = next((r for r in rows if r.red_flag and r.event.get("tier") == "emergency"), None)  # type: ignore[union-attr]
        if flag is not None:
            picked[-1] = flag
    return picked


# ------------------------------------------------------------------------------- rendering
def _run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, capture_output=True, timeout=60)


def synthesize(text: str, voice: str, out: Path) -> None:
    """Speech for ``text`` as 16 kHz mono 16-bit WAV with silence before and after."""
    with tempfile.TemporaryDirectory(prefix="bc-render-") as tmp:
        raw = Path(tmp) / "raw.wav"
        if voice == "espeak":
            _run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(raw), text])
        else:
            _run(["flite", "-voice", voice, "-t", text, "-o", str(raw)])
        # -D: no dither, so the output is bit-exact from run to run; peak normalised to -3 dBFS.
        _run(["sox", "-D", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out),
              "gain", "-n", "-3", "pad", str(LEAD_S), str(TRAIL_S)])


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path), "rb") as w:
        if w.getframerate() != RATE or w.getnchannels() != 1 or w.getsampwidth() != 2:
            raise ValueError(f"{path}: 16 kHz mono 16-bit expected")
        return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64)


def write_wav(path: Path, samples: np.ndarray) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(np.clip(np.round(samples), -32768, 32767).astype("<i2").tobytes())


def pink_noise(n: int, seed: int) -> np.ndarray:
    """Unit-power pink (1/f power) noise from a seeded generator."""
    spectrum = np.fft.rfft(np.random.default_rng(seed).standard_normal(n))
    freqs = np.arange(len(spectrum), dtype=np.float64)
    freqs[0] = 1.0
    noise = np.fft.irfft(spectrum / np.sqrt(freqs), n)
    return noise / np.sqrt(np.mean(noise**2))


def mix(clean: np.ndarray, snr_db: float, seed: int) -> np.ndarray:
    """``clean`` plus pink noise at ``snr_db``, the speech power taken between the pads."""
    speech = clean[int(LEAD_S * RATE): len(clean) - int(TRAIL_S * RATE)]
    power = float(np.mean(speech**2)) if len(speech) else float(np.mean(clean**2))
    noisy = clean + pink_noise(len(clean), seed) * np.sqrt(power / 10 ** (snr_db / 10))
    peak = float(np.max(np.abs(noisy)))
    return noisy * (32000 / peak) if peak > 32000 else noisy  # scale, never clip


def seed_for(item: Item) -> int:
    return zlib.crc32(f"{item.row.id}/{item.voice}/{item.condition}".encode())


def _atomic(path: Path, write: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp.wav")
    try:
        write(tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def render_item(item: Item) -> bool:
    """Write ``item``'s file (and its clean source) unless cached; True if anything was made."""
    clean = Item(item.row, item.voice, "clean")
    made = False
    if not clean.path.exists():
        _atomic(clean.path, lambda p: synthesize(item.row.text, item.voice, p))
        made = True
    if item.condition != "clean" and not item.path.exists():
        noisy = mix(read_wav(clean.path), float(item.condition), seed_for(item))
        _atomic(item.path, lambda p: write_wav(p, noisy))
        made = True
    return made


def render(items: list[Item], jobs: int = 2) -> dict[str, float]:
    """Render every item not already cached. Returns counts and the time taken."""
    t0 = time.perf_counter()
    # clean files first so two noise levels of one utterance never synthesize it twice at once
    order = sorted(items, key=lambda i: i.condition != "clean")
    firsts = [i for i in order if i.condition == "clean"]
    rest = [i for i in order if i.condition != "clean"]
    made = 0
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for batch in (firsts, rest):
            made += sum(pool.map(render_item, batch))
    return {"files": len(items), "rendered": made, "seconds": round(time.perf_counter() - t0, 2)}


def csv(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def add_plan_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--plan", choices=("standard", "full", "quick"), default="standard")
    ap.add_argument("--voices", type=csv, default=VOICES, help="comma list, e.g. kal16,slt")
    ap.add_argument("--snr", type=csv, default=CONDITIONS, help="comma list of clean,20,10,5")
    ap.add_argument("--limit", type=int, help="use only N utterances, spread over the set")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))


def check_plan_args(ap: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    bad = [v for v in args.voices if v not in VOICES] + [c for c in args.snr if c not in CONDITIONS]
    if bad or not args.voices or not args.snr:
        ap.error(f"unknown or empty voices/conditions {bad}: voices {VOICES}, snr {CONDITIONS}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_plan_args(ap)
    args = ap.parse_args()
    check_plan_args(ap, args)
    items = plan(load_devset(), args.plan, args.voices, args.snr, args.limit)
    print(json.dumps(render(items, args.jobs)))


if __name__ == "__main__":
    main()

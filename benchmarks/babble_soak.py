"""Thirty minutes of speech not meant for the assistant (television, radio, people in the room:
the held-out ``heldout/babble/tv.txt``, written by a helper who never saw the project) through
the voice loop with its real parts and the default settings (wake phrase on): the recognizer,
the keyword layer, the safety screen acting without the wake phrase, the conversation. Every
emergency, alarm or safety question it raises is a false alarm.

Each line is spoken by one of six voices in turn (flite kal16, slt, rms, awb; festival's HTS
voice; piper's neural voice when the ``bench`` extra is installed), with 0.5 to 1.5 s between
lines, into one WAV file fed as fast as it can be recognized: each block waits until the hearing
component has taken the one before and Whisper has no ended utterance left to transcribe (fed
faster than that, Whisper falls behind and the transcripts still pending at the end of the file
come out as one).

    .venv/bin/python benchmarks/babble_soak.py [--engine auto] [--lines N]

Writes ``benchmarks/results/babble_soak.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import render  # noqa: E402

TEXT = HERE / "heldout" / "babble" / "tv.txt"
OUT = HERE / "results" / "babble_soak.json"


def voices() -> list[str]:
    out = ["kal16", "slt", "rms", "awb", "festival"]
    try:
        import piper  # noqa: F401

        out.append("piper")
    except ImportError:
        pass
    return out


def build(lines: list[str], path: Path) -> float:
    """One 16 kHz WAV of every line in turn; returns its length in seconds."""
    rng = np.random.default_rng(11)
    vs = voices()
    parts: list[np.ndarray] = []
    with tempfile.TemporaryDirectory(prefix="bc-babble-") as tmp:
        for n, line in enumerate(lines):
            wav = Path(tmp) / f"{n}.wav"
            render.synthesize(line, vs[n % len(vs)], wav)
            parts.append(render.read_wav(wav))
            parts.append(np.zeros(int(rng.uniform(0.5, 1.5) * render.RATE)))
    audio = np.concatenate(parts)
    render.write_wav(path, audio)
    return len(audio) / render.RATE


class Paced:
    """A WAV file in 30 ms blocks, each one once recognition has caught up with the last."""

    def __init__(self, path: str, hearing: object, rec: object) -> None:
        from assistant.audio.mic import WavInput

        self.wav = WavInput(path)
        self.hearing = hearing
        self.rec = rec

    async def chunks(self):  # type: ignore[no-untyped-def]
        busy = getattr(self.rec, "busy", lambda: False)
        async for block in self.wav.chunks():
            yield block
            await self.hearing.idle()  # type: ignore[attr-defined]
            while busy():  # noqa: ASYNC110 - the decode runs on Whisper's own thread
                await asyncio.sleep(0.005)

    def close(self) -> None:
        pass


async def soak(path: Path, engine: str) -> dict:
    from assistant.conversation import Conversation
    from assistant.core.clock import RealClock
    from assistant.core.events import TurnResult
    from assistant.core.settings import Settings
    from assistant.core.store import Store
    from assistant.dialogue.agent import Dialogue, find_dialogue_model
    from assistant.hearing.engines import open_recognizer
    from assistant.hearing.hearing import Hearing
    from assistant.voice.loop import VoiceLoop

    settings = Settings().replace("recognizer", engine=engine)
    rec = open_recognizer(settings.recognizer, lambda m: None)
    model = find_dialogue_model()
    dialogue = Dialogue(model).load() if model else None
    results: list[TurnResult] = []
    with tempfile.TemporaryDirectory(prefix="bc-soak-") as tmp:
        store = Store(Path(tmp) / "soak.db")
        conversation = Conversation(settings, RealClock(), store, dialogue)
        loop = VoiceLoop(conversation, Hearing(rec), None, None, settings,
                         on_turn=results.append)
        t0 = time.perf_counter()
        loop.start(Paced(str(path), loop.hearing, rec))
        await loop.wait_idle()
        await loop.stop()
        store.close()
    raised = [(r.text, e.to_json()) for r in results for e in r.events
              if e.type in ("emergency", "alarm_started", "safety_question")]
    return {
        "engine": rec.engine, "seconds_to_process": round(time.perf_counter() - t0, 1),
        "utterances_heard": len(loop.stats.heard), "keywords": len(loop.stats.keywords),
        "turns": len(results),
        "emergencies": sum(e["type"] == "emergency" for _, e in raised),
        "alarms": sum(e["type"] == "alarm_started" for _, e in raised),
        "safety_questions": sum(e["type"] == "safety_question" for _, e in raised),
        "raised": raised,
        "turn_texts": [r.text for r in results],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", default="auto")
    ap.add_argument("--lines", type=int, default=0, help="only the first N lines")
    args = ap.parse_args()
    lines = [ln.strip() for ln in TEXT.read_text().splitlines() if ln.strip()]
    lines = lines[:args.lines] if args.lines else lines
    wav = render.AUDIO / "babble_soak" / f"tv-{len(lines)}.wav"
    wav.parent.mkdir(parents=True, exist_ok=True)
    if not wav.exists():
        build(lines, wav)
    with wave.open(str(wav)) as w:
        minutes = w.getnframes() / w.getframerate() / 60
    out = asyncio.run(soak(wav, args.engine))
    out = {"date": time.strftime("%Y-%m-%d"), "lines": len(lines),
           "audio_minutes": round(minutes, 1), **out}
    OUT.parent.mkdir(exist_ok=True)
    path = OUT.with_name(f"babble_soak_{out['engine']}.json")
    path.write_text(json.dumps(out, indent=1))
    print(json.dumps({k: v for k, v in out.items() if k not in ("raised", "turn_texts")}))
    for text, e in out["raised"]:
        print(f"  {e['type']}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

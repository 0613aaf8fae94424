"""Voice subcommands of ``backcoach``: run, listen, devices, doctor, model download.

``register(subparsers)`` adds them; each handler takes ``(args, settings)`` and returns an exit
code.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import tempfile
from pathlib import Path
from typing import Any

from assistant.cli import live
from assistant.cli.common import (
    apply_args,
    load_dialogue,
    make_dialogue,
    open_recognizer,
    say_line,
)
from assistant.core.events import TurnResult
from assistant.core.settings import Settings

log = logging.getLogger(__name__)


def _engine_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--engine", choices=["auto", "whisper", "vosk", "pocketsphinx"], help="speech recognizer")
    p.add_argument("--vosk-model", metavar="PATH", help="Vosk model folder")
    p.add_argument("--model", help="trained dialogue model file or folder (default: models/)")


def register(sub: Any) -> None:
    run = sub.add_parser("run", help="the live, hands-free assistant")
    run.add_argument("--text", action="store_true", help="keyboard in instead of the microphone")
    run.add_argument("--input-device", metavar="X", help="microphone name or index")
    run.add_argument("--output-device", metavar="X", help="speaker name or index")
    _engine_opts(run)
    run.set_defaults(handler=live.cmd_run)

    listen = sub.add_parser("listen", help="audio files through the voice pipeline")
    listen.add_argument("--wav", nargs="+", required=True, metavar="FILE")
    listen.add_argument("--json", action="store_true", help="one JSON object per file")
    listen.add_argument("--tts-out", metavar="DIR", help="write what would be spoken as WAV files")
    _engine_opts(listen)
    listen.set_defaults(handler=cmd_listen)

    sub.add_parser("devices", help="list microphones and speakers").set_defaults(handler=cmd_devices)
    sub.add_parser("doctor", help="check that everything is in place").set_defaults(handler=cmd_doctor)

    model = sub.add_parser("model", help="manage the speech recognition model")
    msub = model.add_subparsers(dest="model_command", required=True)
    dl = msub.add_parser("download", help="download Vosk's small English model (about 40 MB)")
    dl.add_argument("--dest", metavar="DIR", help="where to unpack (default: ~/.cache/vosk)")
    dl.set_defaults(handler=cmd_model_download)


# ---------------------------------------------------------------- listen
def _check_wav(path: str) -> str | None:
    """What is wrong with a file, before seconds go into loading the models (None: readable)."""
    from assistant.audio.wavfile import WavError, read_wav

    try:
        read_wav(path)
    except WavError as exc:
        return str(exc)
    return None


async def listen_files(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.conversation import Conversation
    from assistant.core.clock import RealClock
    from assistant.core.store import Store

    problems = {path: why for path in args.wav if (why := _check_wav(path))}
    failed = 0

    def report(path: str, why: str) -> None:  # one bad file never stops the others
        nonlocal failed
        failed += 1
        if args.json:
            print(json.dumps({"file": str(path), "error": why}, ensure_ascii=False), flush=True)
        else:
            print(f"backcoach: {why}", file=sys.stderr, flush=True)

    if len(problems) == len(args.wav):
        for path, why in problems.items():
            report(path, why)
        return 1
    settings = apply_args(args, settings).replace("recognizer", wake_phrase="")
    dialogue = make_dialogue(args, settings)
    rec, _ = await asyncio.gather(open_recognizer(settings), load_dialogue(dialogue))
    tts = None
    if args.tts_out:
        from assistant.audio.tts import TTS

        tts = TTS(settings.speech)
    try:
        for n, path in enumerate(args.wav):
            if path in problems:
                report(path, problems[path])
                continue
            rec.reset()
            rec.set_grammar(None)
            with tempfile.TemporaryDirectory(prefix="backcoach-listen-") as tmp:
                store = Store(Path(tmp) / f"listen{n}.db")  # each file: a fresh conversation
                try:
                    conversation = Conversation(settings, RealClock(), store, dialogue)
                    obj = await _listen_one(path, args, settings, rec, tts, conversation)
                except Exception as exc:
                    log.exception("listening to %s", path)
                    report(path, f"{path}: {type(exc).__name__}: {exc}".splitlines()[0])
                    continue
                finally:
                    store.close()
            if args.json:
                print(json.dumps(obj, ensure_ascii=False), flush=True)
    finally:
        if tts is not None:
            tts.close()
    return 1 if failed else 0


async def _listen_one(path: str, args: argparse.Namespace, settings: Settings, rec: Any,
                      tts: Any, conversation: Any) -> dict[str, Any]:
    from assistant.audio.mic import WavInput
    from assistant.audio.speaker import WavOutput
    from assistant.hearing.frontend import make_frontend
    from assistant.hearing.hearing import Hearing
    from assistant.voice.loop import VoiceLoop

    output = WavOutput(args.tts_out, prefix=Path(path).stem) if args.tts_out else None
    results: list[TurnResult] = []
    hearing = Hearing(rec, frontend=make_frontend(settings.audio))
    loop = VoiceLoop(conversation, hearing, tts, output, settings,
                     on_text=(lambda w, t: None) if args.json else say_line,
                     on_turn=results.append)
    loop.start(WavInput(path))
    try:
        await loop.wait_idle()
    finally:
        await loop.stop()
    heard = " ".join(h.text for h in loop.stats.heard)
    if not results:
        results.append(await conversation.handle_text(""))  # "did not hear anything"
    first = results[0]
    obj = {**first.to_json(), "transcript": heard, "file": str(path)}
    if len(results) > 1:
        obj["say"] = [s for r in results for s in r.say]
        obj["events"] = [e.to_json() for r in results for e in r.events]
        obj["emergency"] = any(r.emergency for r in results)
    return obj


def cmd_listen(args: argparse.Namespace, settings: Settings) -> int:
    return asyncio.run(listen_files(args, settings))


# ---------------------------------------------------------------- devices, doctor, model
def cmd_devices(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.audio.devices import list_devices

    devices = list_devices()
    if not devices:
        print("no sound devices found")
        return 1
    for d in devices:
        kinds = [k for k, n in (("in", d["inputs"]), ("out", d["outputs"])) if n]
        print(f"{d['index']:3d}  {d['name']}  ({'/'.join(kinds)}, {d['rate']:.0f} Hz)")
    return 0


def cmd_doctor(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.cli.doctor import doctor_lines

    lines = doctor_lines(apply_args(args, settings), getattr(args, "config", None),
                         getattr(args, "settings_problems", []))
    for ok, line in lines:
        print(f"{'ok ' if ok else 'BAD'}  {line}")
    return 0 if all(ok for ok, _ in lines) else 1


def cmd_model_download(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.hearing.vosk_models import DownloadError, download

    try:
        path = download(Path(args.dest) if args.dest else None)
    except DownloadError as exc:
        print(f"backcoach: {exc}", file=sys.stderr)
        return 1
    print(f"model ready: {path}")
    return 0

"""Voice subcommands of ``backcoach``: run, listen, devices, doctor, model download.

``register(subparsers)`` adds them; each handler takes ``(args, settings)`` and returns an exit
code.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from assistant.core.events import Event, Output, TurnResult
from assistant.core.settings import Settings

log = logging.getLogger(__name__)
NO_MIC = "No microphone was found. I will use the keyboard: type what you want to say."


def _engine_opts(p: argparse.ArgumentParser) -> None:
    p.add_argument("--engine", choices=["auto", "vosk", "pocketsphinx"], help="speech recognizer")
    p.add_argument("--vosk-model", metavar="PATH", help="Vosk model folder")
    p.add_argument("--model", help="trained dialogue model file or folder (default: models/)")


def register(sub: Any) -> None:
    run = sub.add_parser("run", help="the live, hands-free assistant")
    run.add_argument("--text", action="store_true", help="keyboard in instead of the microphone")
    run.add_argument("--input-device", metavar="X", help="microphone name or index")
    run.add_argument("--output-device", metavar="X", help="speaker name or index")
    _engine_opts(run)
    run.set_defaults(handler=cmd_run)

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


def apply_args(args: argparse.Namespace, settings: Settings) -> Settings:
    rec: dict[str, Any] = {}
    if getattr(args, "engine", None):
        rec["engine"] = args.engine
    if getattr(args, "vosk_model", None):
        rec["vosk_model"] = args.vosk_model
    if rec:
        settings = settings.replace("recognizer", **rec)
    audio = {k: str(getattr(args, f"{k}", "") or "") for k in ("input_device", "output_device")}
    audio = {k: v for k, v in audio.items() if v}
    return settings.replace("audio", **audio) if audio else settings


def _say_line(who: str, text: str) -> None:
    if who == "coach":
        print(f"coach: {text}", flush=True)
    elif who == "tone":
        print(f"({text})", flush=True)
    elif who == "you":
        print(f"you: {text}", flush=True)


def _print_event(e: Output) -> None:
    if isinstance(e, Event):
        print(f"({e.type})", flush=True)


def _make_tts(settings: Settings, store: Any) -> Any:
    from assistant.audio.tts import TTS

    tts = TTS(settings.speech)
    tts.set_rate(float(store.get_pref("speech.rate", settings.speech.rate)))
    tts.set_volume(float(store.get_pref("speech.volume", settings.speech.volume)))
    return tts


async def _open_recognizer(settings: Settings) -> Any:
    from assistant.hearing.engines import open_recognizer

    announce = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    return await asyncio.get_running_loop().run_in_executor(
        None, lambda: open_recognizer(settings.recognizer, announce))


def _dialogue(args: argparse.Namespace, settings: Settings) -> Any:
    from assistant.dialogue.agent import Dialogue

    return Dialogue(getattr(args, "model", None) or settings.dialogue.model_path or None)


async def _load_dialogue(dialogue: Any) -> None:
    from assistant.dialogue.agent import quiet_rasa

    try:
        await asyncio.get_running_loop().run_in_executor(None, dialogue.load)
        quiet_rasa()  # again, in this thread: Rasa reconfigures logging while loading
    except Exception as exc:  # safety words keep working without the dialogue model
        print(f"dialogue model not loaded: {exc}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- listen
async def listen_files(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.conversation import Conversation
    from assistant.core.clock import RealClock
    from assistant.core.store import Store

    settings = apply_args(args, settings).replace("recognizer", wake_phrase="")
    dialogue = _dialogue(args, settings)
    rec, _ = await asyncio.gather(_open_recognizer(settings), _load_dialogue(dialogue))
    tts = None
    if args.tts_out:
        from assistant.audio.tts import TTS

        tts = TTS(settings.speech)
    try:
        for n, path in enumerate(args.wav):
            rec.reset()
            rec.set_grammar(None)
            with tempfile.TemporaryDirectory(prefix="backcoach-listen-") as tmp:
                store = Store(Path(tmp) / f"listen{n}.db")  # each file: a fresh conversation
                try:
                    conversation = Conversation(settings, RealClock(), store, dialogue)
                    obj = await _listen_one(path, args, settings, rec, tts, conversation)
                finally:
                    store.close()
            if args.json:
                print(json.dumps(obj, ensure_ascii=False), flush=True)
    finally:
        if tts is not None:
            tts.close()
    return 0


async def _listen_one(path: str, args: argparse.Namespace, settings: Settings, rec: Any,
                      tts: Any, conversation: Any) -> dict[str, Any]:
    from assistant.audio.mic import WavInput
    from assistant.audio.speaker import WavOutput
    from assistant.voice.loop import VoiceLoop

    output = WavOutput(args.tts_out, prefix=Path(path).stem) if args.tts_out else None
    results: list[TurnResult] = []
    loop = VoiceLoop(conversation, rec, tts, output, settings,
                     on_text=(lambda w, t: None) if args.json else _say_line,
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


# ---------------------------------------------------------------- run
def _ask_deferred(loop: Any, conversation: Any) -> None:
    text = conversation.take_deferred() if conversation.dialogue_ready else None
    if text:
        loop.turn_q.put_nowait((text, time.monotonic()))


async def run_live(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.audio.devices import find_device
    from assistant.audio.mic import MicInput
    from assistant.audio.speaker import SpeakerOutput
    from assistant.conversation import Conversation
    from assistant.core.clock import RealClock
    from assistant.core.store import Store
    from assistant.voice.loop import VoiceLoop

    settings = apply_args(args, settings)
    settings.data_path.mkdir(parents=True, exist_ok=True)
    store = Store.for_data_dir(settings.data_path)
    dialogue = _dialogue(args, settings)
    conversation = Conversation(settings, RealClock(), store, dialogue, first_run_notice=True)
    output: Any = None
    try:
        output = SpeakerOutput(find_device(settings.audio.output_device, "output"))
        output.start()
    except Exception as exc:  # no speaker: print what would be said
        print(f"no speaker ({exc}); printing what I would say", file=sys.stderr)
        output = None
    mic_index: int | None = None
    keyboard = args.text
    if not keyboard:
        try:
            mic_index = find_device(settings.audio.input_device, "input")
        except Exception:
            keyboard = True
            print(NO_MIC, flush=True)
    tts = _make_tts(settings, store) if output is not None else None
    rec = None if keyboard else await _open_recognizer(settings)
    loop = VoiceLoop(conversation, rec, tts, output, settings, on_text=_say_line,
                     on_event=_print_event)
    mic = None if keyboard else MicInput(mic_index, settings.audio.block_ms)
    loop.start(mic)
    # the dialogue model loads once we listen: safety words (help, stop) work meanwhile
    loading = asyncio.ensure_future(_load_dialogue(dialogue))
    # a question that came before the model was ready is answered as soon as it is
    loading.add_done_callback(lambda _: _ask_deferred(loop, conversation))
    if keyboard and not args.text and output is not None:
        from assistant.core.events import Say

        loop.deliver([Say(NO_MIC.split(". ")[0] + ".")])
    try:
        if keyboard:
            aio = asyncio.get_running_loop()
            while line := await aio.run_in_executor(None, sys.stdin.readline):
                if line.strip():
                    await loop.submit_text(line.strip())
                    await loop.wait_idle()
        else:
            print(f"listening; say \"{settings.recognizer.wake_phrase}\" then your question"
                  if settings.recognizer.wake_phrase else "listening", flush=True)
            await asyncio.Event().wait()  # until Ctrl-C or SIGTERM
        await loop.wait_idle()
    finally:
        await loop.stop()
        loading.cancel()
        if mic is not None:
            mic.close()
        if output is not None:
            output.close()
        store.close()
    return 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    with contextlib.suppress(KeyboardInterrupt):
        return asyncio.run(run_live(args, settings))
    return 0


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

    lines = doctor_lines(apply_args(args, settings))
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

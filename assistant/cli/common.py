"""What the voice commands share: settings from the command line, the recognizer and the
dialogue model opened off the event loop, and printing what is said."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from assistant.core.events import Event, Output
from assistant.core.settings import Settings


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


def say_line(who: str, text: str) -> None:
    if who == "coach":
        print(f"coach: {text}", flush=True)
    elif who == "tone":
        print(f"({text})", flush=True)
    elif who == "you":
        print(f"you: {text}", flush=True)


def print_event(e: Output) -> None:
    if isinstance(e, Event):
        print(f"({e.type})", flush=True)


async def open_recognizer(settings: Settings, own_process: bool = False) -> Any:
    """The configured recognizer; ``own_process``: in a child process (the live loop, where
    decoding in this process would starve the speaker's audio callback)."""
    from assistant.hearing.engines import BUILTIN_NOTICE, open_recognizer
    from assistant.hearing.remote import RemoteRecognizer

    announce = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    if not own_process:
        return await asyncio.get_running_loop().run_in_executor(
            None, lambda: open_recognizer(settings.recognizer, announce))
    rec = await asyncio.get_running_loop().run_in_executor(
        None, lambda: RemoteRecognizer(settings.recognizer))
    if rec.engine == "pocketsphinx" and settings.recognizer.engine == "auto":
        announce(BUILTIN_NOTICE)
    return rec


def make_dialogue(args: argparse.Namespace, settings: Settings) -> Any:
    from assistant.dialogue.agent import Dialogue

    return Dialogue(getattr(args, "model", None) or settings.dialogue.model_path or None)


async def load_dialogue(dialogue: Any) -> None:
    from assistant.dialogue.agent import quiet_rasa

    try:
        await asyncio.get_running_loop().run_in_executor(None, dialogue.load)
        quiet_rasa()  # again, in this thread: Rasa reconfigures logging while loading
    except Exception as exc:  # safety words keep working without the dialogue model
        print(f"dialogue model not loaded: {exc}", file=sys.stderr, flush=True)

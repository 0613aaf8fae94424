"""What the voice commands share: settings from the command line, the recognizer and the
dialogue model opened off the event loop, and printing what is said."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar, cast

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


_T = TypeVar("_T")


async def in_daemon_thread(fn: Callable[[], _T], name: str) -> _T:
    """``fn()`` on a daemon thread of its own. Unlike the default executor, nothing waits for
    it at exit: Ctrl-C during a model load quits at once."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[_T] = loop.create_future()

    def settle(ok: bool, value: Any) -> None:  # on the loop
        if not done.done():
            done.set_result(value) if ok else done.set_exception(value)

    def work() -> None:
        ok, value = True, cast(Any, None)
        try:
            value = fn()
        except BaseException as exc:  # handed to the awaiting task
            ok, value = False, exc
        with contextlib.suppress(RuntimeError):  # the loop has closed: nobody is waiting
            loop.call_soon_threadsafe(settle, ok, value)

    threading.Thread(target=work, name=name, daemon=True).start()
    return await done


def stdin_lines(fd: int = 0) -> asyncio.Queue[str | None]:
    """Lines typed on ``fd``, read by a daemon thread (raw reads, no Python buffer lock held at
    exit), so Ctrl-C never waits for Enter. ``None`` marks the end of the input."""
    loop = asyncio.get_running_loop()
    lines: asyncio.Queue[str | None] = asyncio.Queue()

    def put(item: str | None) -> None:
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(lines.put_nowait, item)

    def read() -> None:
        pending = b""
        while True:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                chunk = b""
            if not chunk:
                break
            pending += chunk
            *complete, pending = pending.split(b"\n")
            for line in complete:
                put(line.decode("utf-8", errors="replace"))
        if pending:
            put(pending.decode("utf-8", errors="replace"))
        put(None)

    threading.Thread(target=read, name="stdin", daemon=True).start()
    return lines


async def load_dialogue(dialogue: Any) -> None:
    from assistant.dialogue.agent import quiet_rasa

    try:
        await in_daemon_thread(dialogue.load, "dialogue-load")
        quiet_rasa()  # again, in this thread: Rasa reconfigures logging while loading
    except Exception as exc:  # safety words keep working without the dialogue model
        print(f"dialogue model not loaded: {exc}", file=sys.stderr, flush=True)


def stop_on_signals() -> Callable[[], None]:
    """Ctrl-C (SIGINT) and a service manager's SIGTERM cancel the running task, so its cleanup
    runs and the command ends as stopped on purpose. Handled by the event loop, never raised
    as ``KeyboardInterrupt`` into whatever code happens to run: a library's bare ``except``
    could swallow that and leave the assistant running. Once only: the first signal puts the
    usual handlers back, so a second Ctrl-C forces the way out. Returns what puts them back
    (call it when the task ends). Where the loop cannot handle signals, Ctrl-C stays a
    ``KeyboardInterrupt``."""
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    assert task is not None
    signals = (signal.SIGINT, signal.SIGTERM)

    def restore() -> None:
        for sig in signals:
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.remove_signal_handler(sig)

    def first() -> None:
        restore()
        task.cancel()

    try:
        for sig in signals:
            loop.add_signal_handler(sig, first)
    except (NotImplementedError, RuntimeError):
        restore()
    return restore

"""The ``backcoach`` command.

Exit codes: 0 success, 2 bad usage, 1 anything else (one line on stderr).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

from assistant.settings import Settings, load_settings

WAIT_RE = re.compile(r"^/wait\s+(\d+(?:\.\d+)?)\s*([smh]?)\s*$")
UNIT = {"": 1, "s": 1, "m": 60, "h": 3600}


class UsageError(Exception):
    """Bad command-line usage: exit code 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> Parser:
    parser = Parser(prog="backcoach", description="Back Coach: a voice coach for back spasms.")
    parser.add_argument("--config", help="settings TOML file")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)

    ask = sub.add_parser("ask", help="one user turn in a fresh conversation")
    ask.add_argument("text", nargs="*", help="what the user says")
    ask.add_argument("--json", action="store_true", help="print one JSON object per turn")
    ask.add_argument("--batch", metavar="FILE", help="one utterance per line ('-' for stdin)")
    ask.add_argument("--no-model", action="store_true",
                     help="do not load the dialogue model (safety screen only)")
    ask.add_argument("--model", help="trained model file or folder (default: models/)")

    chat = sub.add_parser("chat", help="a scripted conversation on a virtual clock")
    chat.add_argument("--script", required=True, metavar="FILE",
                      help="user lines, '/wait 10m', '/crash', '/restart', '# comments'")
    chat.add_argument("--json", action="store_true")
    chat.add_argument("--data-dir", help="keep timers here (default: a temporary folder)")
    chat.add_argument("--no-model", action="store_true")
    chat.add_argument("--model")

    train = sub.add_parser("train", help="train the dialogue model if missing or stale")
    train.add_argument("--force", action="store_true")

    try:
        from assistant import voice_cli
    except ImportError:  # the voice parts are optional for the text commands
        voice_cli = None  # type: ignore[assignment]
    if voice_cli is not None:
        voice_cli.register(sub)
    return parser


@contextmanager
def session_store(settings: Settings, data_dir: str | None) -> Iterator[Any]:
    """The SQLite store: in ``data_dir`` if given, else a temporary one for this run."""
    from assistant.store import Store

    if data_dir:
        Path(data_dir).mkdir(parents=True, exist_ok=True)
        store = Store(Path(data_dir) / "backcoach.db")
        try:
            yield store
        finally:
            store.close()
        return
    with tempfile.TemporaryDirectory(prefix="backcoach-") as tmp:
        store = Store(Path(tmp) / "backcoach.db")
        try:
            yield store
        finally:
            store.close()


def load_brain(args: argparse.Namespace, settings: Settings) -> Any:
    from assistant.brain import Brain

    if getattr(args, "no_model", False):
        return None
    brain = Brain(args.model or settings.dialogue.model_path or None)
    return brain.load()


def out(obj: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def read_ask_lines(args: argparse.Namespace) -> list[str]:
    if args.batch:
        raw = sys.stdin.buffer.read() if args.batch == "-" else Path(args.batch).read_bytes()
        return raw.decode("utf-8", errors="replace").splitlines()
    if args.text:
        return [" ".join(args.text)]
    raise UsageError("ask needs TEXT or --batch FILE")


async def cmd_ask(args: argparse.Namespace, settings: Settings, lines: list[str]) -> int:
    from assistant.clock import RealClock
    from assistant.runtime import Runtime

    brain = load_brain(args, settings)
    with session_store(settings, None) as store:
        for line in lines:
            runtime = Runtime(settings, RealClock(), store, brain)  # a fresh conversation
            result = await runtime.handle_text(line)
            if args.json:
                out(result.to_json())
            else:
                print(" ".join(result.say))
    return 0


def parse_script(text: str) -> list[tuple[str, Any]]:
    steps: list[tuple[str, Any]] = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("/"):
            m = WAIT_RE.match(line)
            if m:
                steps.append(("wait", float(m.group(1)) * UNIT[m.group(2)]))
            elif line in ("/crash", "/restart"):
                steps.append((line[1:], None))
            else:
                raise UsageError(f"script line {n}: unknown directive {line!r}")
        else:
            steps.append(("say", line))
    return steps


async def cmd_chat(args: argparse.Namespace, settings: Settings,
                   steps: list[tuple[str, Any]]) -> int:
    from assistant.clock import VirtualClock
    from assistant.events import Event, Say, Tone
    from assistant.runtime import Runtime

    brain = load_brain(args, settings)
    clock = VirtualClock()

    def emit(t: float, outputs: list[Any]) -> None:
        t = round(t, 3)
        for o in outputs:
            if isinstance(o, Say):
                out({"t": t, "say": o.text}) if args.json else print(f"[{t:8.1f}] coach: {o.text}")
            elif isinstance(o, Event):
                if args.json:
                    out({"t": t, "event": o.to_json()})
                else:
                    print(f"[{t:8.1f}] ({o.type})")
            elif isinstance(o, Tone):
                out({"t": t, "tone": o.kind}) if args.json else print(f"[{t:8.1f}] ({o.kind})")

    with session_store(settings, args.data_dir) as store:
        runtime: Runtime | None = Runtime(settings, clock, store, brain)
        for kind, value in steps:
            if kind == "wait":
                if runtime is None:
                    clock.advance(value)
                    continue
                for t, outputs in runtime.advance(value):
                    emit(t - clock.start, outputs)
            elif kind == "crash":
                runtime = None
            elif kind == "restart":
                runtime = Runtime(settings, clock, store, brain)
                emit(clock.elapsed, runtime.fire_due(clock.now()))
            else:
                if args.json:
                    out({"t": round(clock.elapsed, 3), "user": value})
                else:
                    print(f"[{clock.elapsed:8.1f}] you: {value}")
                if runtime is None:
                    continue
                result = await runtime.handle_text(value)
                emit(clock.elapsed, result.outputs)
    return 0


def cmd_train(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.modelfile import ensure_model

    path = ensure_model(force=args.force)
    print(f"model: {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if not args.command:
            raise UsageError("a command is needed: ask, chat, train, run, listen, doctor ...")
        settings = load_settings(args.config)
        from assistant.brain import quiet_rasa

        quiet_rasa(settings.data_path)
        if args.command == "ask":
            return asyncio.run(cmd_ask(args, settings, read_ask_lines(args)))
        if args.command == "chat":
            script = Path(args.script).read_bytes().decode("utf-8", errors="replace")
            return asyncio.run(cmd_chat(args, settings, parse_script(script)))
        if args.command == "train":
            return cmd_train(args, settings)
        handler = getattr(args, "handler", None)
        if handler is None:
            raise UsageError(f"unknown command {args.command}")
        return int(handler(args, settings) or 0)
    except UsageError as e:
        print(f"backcoach: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 1
    except Exception as e:  # one line, never a traceback
        print(f"backcoach: {type(e).__name__}: {e}".splitlines()[0], file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

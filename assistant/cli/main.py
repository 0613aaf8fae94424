"""The ``backcoach`` command.

Exit codes: 0 success, 2 bad usage, 1 anything else (one line on stderr).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TextIO

from assistant.core.config import read_settings
from assistant.core.settings import Settings


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

    from assistant.cli import voice

    voice.register(sub)
    return parser


@contextmanager
def session_store(settings: Settings, data_dir: str | None) -> Iterator[Any]:
    """The SQLite store: in ``data_dir`` if given, else a temporary one for this run."""
    from assistant.core.store import Store

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


def load_dialogue(args: argparse.Namespace, settings: Settings) -> Any:
    from assistant.dialogue.agent import Dialogue

    if getattr(args, "no_model", False):
        return None
    return Dialogue(args.model or settings.dialogue.model_path or None).load()


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
    from assistant.conversation import Conversation
    from assistant.core.clock import RealClock

    dialogue = load_dialogue(args, settings)
    for line in lines:
        with session_store(settings, None) as store:  # each line: a fresh conversation
            result = await Conversation(settings, RealClock(), store, dialogue).handle_text(line)
            if args.json:
                out(result.to_json())
            else:
                print(" ".join(result.say))
    return 0


async def cmd_chat(args: argparse.Namespace, settings: Settings, steps: list[Any]) -> int:
    from assistant.cli.script import run_script

    dialogue = load_dialogue(args, settings)
    with session_store(settings, args.data_dir) as store:
        async for row in run_script(steps, settings, store, dialogue):
            if args.json:
                out(row)
            else:
                kind = next(k for k in row if k != "t")
                value = row[kind]["type"] if kind == "event" else row[kind]
                who = {"user": "you", "say": "coach"}.get(kind, kind)
                print(f"[{row['t']:8.1f}] {who}: {value}")
    return 0


def cmd_train(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.dialogue.training import ensure_model, training_sentences
    from assistant.hearing.vocabulary import write_domain_sentences
    from assistant.safety.training import ensure_sign_model

    if write_domain_sentences(training_sentences()):
        print("recognizer vocabulary: updated from nlu/", file=sys.stderr)
    print(f"red-flag model: {ensure_sign_model(force=args.force)}")
    path = ensure_model(force=args.force)
    print(f"model: {path}")
    return 0


def _log_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                 file: TextIO | None = None, line: str | None = None) -> None:
    logging.getLogger("backcoach.warnings").debug("%s:%s: %s", filename, lineno, message)


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        if not args.command:
            raise UsageError("a command is needed: ask, chat, train, run, listen, doctor ...")
        settings, problems = read_settings(args.config)
        for problem in problems if args.command != "doctor" else []:  # doctor lists them
            print(f"backcoach: settings: {problem}", file=sys.stderr, flush=True)
        args.settings_problems = problems
        from assistant.core.memory import lean_runtime
        from assistant.dialogue.agent import quiet_rasa

        lean_runtime()
        quiet_rasa(settings.data_path)
        # Libraries imported while the model loads (in a worker thread) re-arm their own
        # warnings; a person in pain should not see deprecation notices. They go to the log.
        warnings.showwarning = _log_warning
        if args.command == "ask":
            return asyncio.run(cmd_ask(args, settings, read_ask_lines(args)))
        if args.command == "chat":
            from assistant.cli.script import ScriptError, parse_script

            script = Path(args.script).read_bytes().decode("utf-8", errors="replace")
            try:
                steps = parse_script(script)
            except ScriptError as e:
                raise UsageError(str(e)) from e
            return asyncio.run(cmd_chat(args, settings, steps))
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


"""Scripted conversations on a virtual clock (``backcoach chat --script``).

A script is user lines, ``/wait 10m`` (s, m, h) to move the clock, ``/crash`` (the process
dies: nothing runs until ``/restart``), ``/restart`` (a new conversation on the same store, as after
a crash) and ``#`` comments. Every output is a row ``{"t": seconds, "user"|"say"|"event"|"tone": ...}``.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

from assistant.conversation import Conversation
from assistant.core.clock import VirtualClock
from assistant.core.events import Event, Output, Say, Tone
from assistant.core.settings import Settings
from assistant.core.store import Store
from assistant.dialogue.agent import Dialogue

WAIT_RE = re.compile(r"^/wait\s+(\d+(?:\.\d+)?)\s*([smh]?)\s*$")
UNIT = {"": 1, "s": 1, "m": 60, "h": 3600}
Step = tuple[str, Any]


class ScriptError(ValueError):
    """A line the script format does not allow."""


def parse_script(text: str) -> list[Step]:
    steps: list[Step] = []
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
                raise ScriptError(f"script line {n}: unknown directive {line!r}")
        else:
            steps.append(("say", line))
    return steps


def rows(t: float, outputs: list[Output]) -> list[dict[str, Any]]:
    t = round(t, 3)
    found: list[dict[str, Any]] = []
    for o in outputs:
        if isinstance(o, Say):
            found.append({"t": t, "say": o.text})
        elif isinstance(o, Event):
            found.append({"t": t, "event": o.to_json()})
        elif isinstance(o, Tone):
            found.append({"t": t, "tone": o.kind})
    return found


async def run_script(steps: list[Step], settings: Settings, store: Store,
                     dialogue: Dialogue | None,
                     clock: VirtualClock | None = None) -> AsyncIterator[dict[str, Any]]:
    """Play ``steps``; yields output rows in order."""
    clock = clock or VirtualClock()
    conversation: Conversation | None = Conversation(settings, clock, store, dialogue)
    for kind, value in steps:
        if kind == "wait":
            if conversation is None:
                clock.advance(value)
                continue
            for t, outputs in conversation.advance(value):
                for row in rows(t - clock.start, outputs):
                    yield row
        elif kind == "crash":
            conversation = None
        elif kind == "restart":
            conversation = Conversation(settings, clock, store, dialogue)
            for row in rows(clock.elapsed, conversation.fire_due(clock.now())):
                yield row
        else:
            yield {"t": round(clock.elapsed, 3), "user": value}
            if conversation is not None:
                result = await conversation.handle_text(value)
                for row in rows(clock.elapsed, result.outputs):
                    yield row

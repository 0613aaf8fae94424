"""The Rasa agent, loaded in-process, with custom actions run in-process too.

Rasa calls custom actions through an ``EndpointConfig``; ours answers ``request()`` by handing
the payload straight to rasa_sdk's ``ActionExecutor`` instead of sending it over HTTP. The same
``actions`` package runs unchanged under ``rasa run actions``.

Rasa's NLU and policies are CPU work on an asyncio API, so the agent lives on its own thread
with its own event loop: a turn is awaited from any loop and never blocks it, so "stop" and
"help" are never stuck behind a turn. The ops in the actions' payloads are parsed here, once.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import sys
import threading
import uuid
import warnings
from collections.abc import Coroutine
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from assistant.core.ops import Op, OpError, parse_op
from assistant.core.settings import project_root

log = logging.getLogger(__name__)

_THANKS_FIRST = re.compile(
    r"^(?:(?:ok|okay|right|great|lovely|brilliant|cheers|thanks|thank you|ta)(?: so much| very "
    r"much| a lot)?\b[ ,.!]*)+(?=(?:and |now |but )?(?:can|could|would|will|please|start|set|put|"
    r"give|tell|what|how|when|where|why|is|should|do|let's|turn|stop|cancel|guide|show|remind|"
    r"read|begin)\b\S*(?: \S+){2})", re.I)


def past_thanks(text: str) -> str:
    """A request after thanks, as the request ("ok thanks, can you set a heat timer"): the
    thanks would otherwise win the turn and the request be lost. Thanks alone stay thanks."""
    rest = _THANKS_FIRST.sub("", text.strip(), count=1)
    return rest if rest != text.strip() and rest[:1].isalpha() else text


QUIET_LOGGERS = ("rasa", "rasa_sdk", "tensorflow", "absl", "matplotlib", "sanic", "apscheduler",
                 "urllib3", "asyncio", "h5py", "numexpr", "pykwalify")


def quiet_rasa(data_dir: Path | None = None) -> None:
    """Telemetry off, debug logging quiet, caches in our data dir rather than the user's home."""
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("LOG_LEVEL_LIBRARIES", "ERROR")
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    if data_dir is not None:
        os.environ.setdefault("MPLCONFIGDIR", str(data_dir / "cache" / "matplotlib"))
        os.environ.setdefault("KERAS_HOME", str(data_dir / "cache" / "keras"))
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)
    warnings.filterwarnings("ignore")
    import structlog  # Rasa 3.6 logs its dialogue decisions through structlog, to stdout

    structlog.configure(
        wrapper_class=structlog.make_filtering_bound_logger(logging.ERROR),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
    )


def preload_skops() -> None:
    """Import ``skops.io`` before Rasa and TensorFlow. Rasa's LogisticRegressionClassifier
    imports it while the model loads, and skops then finds the module of each numpy and scipy
    ufunc by scanning every attribute of every loaded module: after TensorFlow that is thousands
    of modules and about 1.2 million lookups, 6 to 8 s of CPU on this machine; imported first,
    under one. The same names result (each ufunc's own module); only the time differs."""
    import skops.io  # noqa: F401


def find_dialogue_model(model_path: str | os.PathLike[str] | None = None) -> Path | None:
    """A trained model: the given file, or the newest ``.tar.gz`` in the given/default folder."""
    path = Path(model_path) if model_path else project_root() / "models"
    if path.is_file():
        return path
    if path.is_dir():
        models = sorted(path.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
        return models[-1] if models else None
    return None


_T = TypeVar("_T")
MEDICINE_INTENTS = ("ask_medicine", "ask_muscle_relaxant")


@dataclass
class DialogueReply:
    """What Rasa made of one user message: its reading, then what to say and do, in order."""

    intent: str | None
    confidence: float
    entities: list[dict[str, Any]] = field(default_factory=list)
    replies: list[str | Op] = field(default_factory=list)
    """Text to say, or a typed op from a custom action."""
    ranking: list[tuple[str, float]] = field(default_factory=list)
    """Every intent the model considered, most likely first."""

    def medicine_with_condition(self) -> bool:
        """A medicine and a condition that changes what is safe are named, but the model heard
        neither a medicine question nor a warning sign."""
        found = {str(e.get("entity")) for e in self.entities}
        intent = self.intent or ""
        return ({"condition", "medicine"} <= found and intent not in MEDICINE_INTENTS
                and not intent.startswith("report_") and intent != "call_for_help")


class Dialogue:
    """The dialogue model on its own thread. ``load()`` blocks for seconds: call it from an
    executor (or a plain thread); ``turn()`` is awaited from any event loop."""

    def __init__(self, model_path: str | os.PathLike[str] | None = None) -> None:
        self.model_path = find_dialogue_model(model_path)
        self.agent: Any = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._lock = threading.Lock()

    @property
    def ready(self) -> bool:
        return self.agent is not None

    def _run(self, coro: Coroutine[Any, Any, _T]) -> Future[_T]:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                threading.Thread(target=loop.run_forever, name="dialogue", daemon=True).start()
                self._loop = loop
        return asyncio.run_coroutine_threadsafe(coro, self._loop)

    def load(self) -> Dialogue:
        if self.model_path is None:
            raise FileNotFoundError(
                "no trained model in models/: run `.venv/bin/rasa train` (or scripts/setup)"
            )
        self._run(self._load()).result()
        quiet_rasa()  # Rasa resets its own log levels while loading
        return self

    async def _load(self) -> None:
        quiet_rasa()
        preload_skops()
        from rasa.core.agent import Agent
        from rasa_sdk.executor import ActionExecutor

        import actions

        executor = ActionExecutor()
        executor.register_package(actions)
        self.agent = Agent.load(str(self.model_path), action_endpoint=_in_process(executor))
        quiet_rasa()

    async def turn(self, text: str, sender_id: str) -> DialogueReply:
        """One user message in conversation ``sender_id``, run on the dialogue thread."""
        return await asyncio.wrap_future(self._run(self._turn(text, sender_id)))

    async def _turn(self, text: str, sender_id: str) -> DialogueReply:
        messages = await self.agent.handle_text(past_thanks(text), sender_id=sender_id) or []
        tracker = await self.agent.processor.get_tracker(sender_id)
        parse = tracker.latest_message.parse_data if tracker.latest_message else {}
        intent = parse.get("intent") or {}
        entities = [
            {k: e[k] for k in ("entity", "value", "start", "end") if k in e}
            for e in parse.get("entities", [])
        ]
        replies: list[str | Op] = []
        for message in messages:
            custom = message.get("custom")
            if isinstance(custom, dict):
                try:
                    op = parse_op(custom)
                except OpError:
                    log.exception("a custom action sent a bad op")
                    continue
                if op is not None:
                    replies.append(op)
            elif message.get("text"):
                replies.append(str(message["text"]))
        ranking = [(str(r.get("name")), float(r.get("confidence") or 0.0))
                   for r in parse.get("intent_ranking") or []]
        return DialogueReply(intent.get("name"), float(intent.get("confidence") or 0.0),
                             entities, replies, ranking)

    async def turn_as(self, intent: str, entities: list[dict[str, Any]],
                      sender_id: str) -> DialogueReply:
        """A turn with the intent given (Rasa's ``/intent{...}`` form), for a message whose
        first reading was set aside."""
        values: dict[str, Any] = {}
        for e in entities:  # several values of one entity go as a list
            name, value = str(e.get("entity")), e.get("value")
            if name not in values:
                values[name] = value
            elif value not in (old := values[name] if isinstance(values[name], list)
                               else [values[name]]):
                values[name] = [*old, value]
        text = f"/{intent}{json.dumps(values)}" if values else f"/{intent}"
        return await self.turn(text, sender_id)

    @staticmethod
    def new_sender() -> str:
        return uuid.uuid4().hex

    async def forget(self, sender_id: str) -> None:
        """Drop a finished conversation's history from the tracker store."""
        if self.ready:
            await asyncio.wrap_future(self._run(self._forget(sender_id)))

    async def _forget(self, sender_id: str) -> None:
        store = self.agent.tracker_store
        inner = getattr(store, "_tracker_store", store)  # Rasa wraps it in a FailSafeTrackerStore
        getattr(inner, "store", {}).pop(sender_id, None)

    async def trim(self, sender_id: str, keep_turns: int) -> int:
        """Cut a conversation back to its session start and its last ``keep_turns`` user turns
        (what the policies look at: ``max_history`` is 3), so a turn's cost stays flat however
        long it runs. Returns the user turns kept."""
        if not self.ready:
            return 0
        return await asyncio.wrap_future(self._run(self._trim(sender_id, keep_turns)))

    async def _trim(self, sender_id: str, keep_turns: int) -> int:
        from rasa.shared.core.events import ActionExecuted, UserUttered
        from rasa.shared.core.trackers import DialogueStateTracker

        store = self.agent.tracker_store
        tracker = await store.retrieve(sender_id)
        if tracker is None:
            return 0
        events = list(tracker.events)
        users = [i for i, e in enumerate(events) if isinstance(e, UserUttered)]
        if len(users) <= keep_turns:
            return len(users)
        cut = users[-keep_turns] if keep_turns > 0 else len(events)
        before = events[cut - 1] if cut > 0 else None
        if isinstance(before, ActionExecuted) and before.action_name == "action_listen":
            cut -= 1  # a turn starts with the listen that came before it
        kept = events[:users[0]] + events[cut:]  # session start (and its listen), then the tail
        if keep_turns == 0 and not isinstance(kept[-1], ActionExecuted):
            kept.append(ActionExecuted("action_listen"))
        await store.save(DialogueStateTracker.from_events(sender_id, kept,
                                                          self.agent.domain.slots))
        return min(len(users), keep_turns)


def _in_process(executor: Any) -> Any:
    """An action endpoint whose requests go straight to ``executor`` (no HTTP)."""
    from rasa.utils.endpoints import EndpointConfig

    class InProcessActions(EndpointConfig):
        def __init__(self) -> None:
            super().__init__(url="in-process://actions")

        async def request(self, method: str = "post", subpath: str | None = None,
                          content_type: str | None = "application/json",
                          compress: bool = False, **kwargs: Any) -> Any:
            return await executor.run(kwargs["json"])

    return InProcessActions()

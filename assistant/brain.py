"""The Rasa agent, loaded in-process, with custom actions run in-process too.

Rasa calls custom actions through an ``EndpointConfig``; ours answers ``request()`` by handing
the payload straight to rasa_sdk's ``ActionExecutor`` instead of sending it over HTTP. The same
``actions`` package runs unchanged under ``rasa run actions``.
"""

from __future__ import annotations

import logging
import os
import sys
import uuid
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.settings import project_root

log = logging.getLogger(__name__)

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
    try:  # Rasa 3.6 logs its dialogue decisions through structlog, to stdout by default
        import structlog

        structlog.configure(
            wrapper_class=structlog.make_filtering_bound_logger(logging.ERROR),
            logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        )
    except ImportError:
        pass


def find_model(model_path: str | os.PathLike[str] | None = None) -> Path | None:
    """A trained model: the given file, or the newest ``.tar.gz`` in the given/default folder."""
    path = Path(model_path) if model_path else project_root() / "models"
    if path.is_file():
        return path
    if path.is_dir():
        models = sorted(path.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
        return models[-1] if models else None
    return None


@dataclass
class BrainReply:
    """What Rasa made of one user message."""

    intent: str | None
    confidence: float
    entities: list[dict[str, Any]] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)


class Brain:
    """The dialogue model. ``load()`` blocks for a few seconds: run it in an executor."""

    def __init__(self, model_path: str | os.PathLike[str] | None = None) -> None:
        self.model_path = find_model(model_path)
        self.agent: Any = None

    @property
    def ready(self) -> bool:
        return self.agent is not None

    def load(self) -> Brain:
        if self.model_path is None:
            raise FileNotFoundError(
                "no trained model in models/: run `.venv/bin/rasa train` (or scripts/setup)"
            )
        quiet_rasa()
        from rasa.core.agent import Agent
        from rasa_sdk.executor import ActionExecutor

        import actions

        executor = ActionExecutor()
        executor.register_package(actions)
        self.agent = Agent.load(str(self.model_path), action_endpoint=_in_process(executor))
        quiet_rasa()  # Rasa resets its own log levels while loading
        return self

    async def turn(self, text: str, sender_id: str) -> BrainReply:
        """One user message in conversation ``sender_id``: intent, entities, bot messages."""
        messages = await self.agent.handle_text(text, sender_id=sender_id) or []
        tracker = await self.agent.processor.get_tracker(sender_id)
        parse = tracker.latest_message.parse_data if tracker.latest_message else {}
        intent = parse.get("intent") or {}
        entities = [
            {k: e[k] for k in ("entity", "value", "start", "end") if k in e}
            for e in parse.get("entities", [])
        ]
        return BrainReply(intent.get("name"), float(intent.get("confidence") or 0.0),
                          entities, list(messages))

    @staticmethod
    def new_sender() -> str:
        return uuid.uuid4().hex


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

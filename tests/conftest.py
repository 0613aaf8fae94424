"""Shared fixtures: an isolated app home, the trained model, a CLI runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BACKCOACH = Path(sys.executable).with_name("backcoach")


@pytest.fixture(scope="session", autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Tests never touch the real user's data directory."""
    home = tmp_path_factory.mktemp("backcoach-home")
    os.environ["BACKCOACH_HOME"] = str(home)
    os.environ["RASA_TELEMETRY_ENABLED"] = "false"
    return home


@pytest.fixture(scope="session")
def model_path() -> Path:
    from assistant.modelfile import ensure_model

    return ensure_model()


@pytest.fixture(scope="session")
def brain(model_path: Path):
    from assistant.brain import Brain

    return Brain(model_path).load()


@pytest.fixture
def store(tmp_path: Path):
    from assistant.store import Store

    s = Store(tmp_path / "backcoach.db")
    yield s
    s.close()


@pytest.fixture
def make_runtime(brain, store):
    """A runtime on a virtual clock with the real dialogue model."""
    from assistant.clock import VirtualClock
    from assistant.runtime import Runtime
    from assistant.settings import Settings

    def make(settings: Settings | None = None, with_brain: bool = True, **kw):
        return Runtime(settings or Settings(), VirtualClock(), store,
                       brain if with_brain else None, **kw)

    return make


def run_cli(*args: str, input: bytes | None = None, env: dict | None = None,
            timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([str(BACKCOACH), *args], input=input, capture_output=True,
                          timeout=timeout, env={**os.environ, **(env or {})}, cwd=ROOT)


def json_lines(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode().splitlines() if line.strip()]

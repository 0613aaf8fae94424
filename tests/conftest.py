"""Shared fixtures: an isolated app home, the trained model, a CLI runner; the fast tier's rules.

The fast tier (``scripts/test --fast``, ``-m "not slow"``) is every test that needs no trained
model, no subprocess and no audio device. A test that needs one must be marked ``slow``; the
rules below make an unmarked one fail rather than quietly slow the fast tier down.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BACKCOACH = Path(sys.executable).with_name("backcoach")
CLI = [sys.executable, "-m", "assistant.cli"]
"""The command as the tests run it: this tree's code (from ``cwd=ROOT``), whichever checkout the
venv's ``backcoach`` script was installed from."""


@pytest.fixture(scope="session", autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Tests never touch the real user's data directory."""
    home = tmp_path_factory.mktemp("backcoach-home")
    os.environ["BACKCOACH_HOME"] = str(home)
    os.environ["RASA_TELEMETRY_ENABLED"] = "false"
    return home


SLOW_FIXTURES = {"model_path", "dialogue", "make_conversation", "pulse"}
LIBRARY_LOOKUP = {"ldconfig", "gcc", "cc", "ld", "objdump"}


@pytest.fixture(autouse=True)
def _fast_tier_rules(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("slow"):
        return
    # the fast tier tests the safety patterns alone, whether or not a trained red-flag model
    # happens to be in models/ (the slow tier tests them with it)
    from assistant.safety.classifier import SLOT

    monkeypatch.setattr(SLOT, "get", lambda: None)
    needs = SLOW_FIXTURES & set(request.fixturenames)
    if needs:
        pytest.fail(f"uses {sorted(needs)}: mark it slow", pytrace=False)

    popen = subprocess.Popen.__init__

    def no_subprocess(self: subprocess.Popen, args: object, *rest: object, **kw: object) -> None:
        argv = [str(a) for a in args] if isinstance(args, (list, tuple)) else [str(args)]
        if Path(argv[0]).name in LIBRARY_LOOKUP:  # ctypes.util.find_library, loading a library
            return popen(self, args, *rest, **kw)  # type: ignore[arg-type]
        raise RuntimeError("this test starts a subprocess: mark it slow")

    monkeypatch.setattr(subprocess.Popen, "__init__", no_subprocess)


@pytest.fixture(scope="session")
def model_path() -> Path:
    from assistant.dialogue.training import ensure_model
    from assistant.safety.training import ensure_sign_model

    ensure_sign_model()
    return ensure_model()


@pytest.fixture(scope="session")
def dialogue(model_path: Path):
    from assistant.dialogue.agent import Dialogue

    return Dialogue(model_path).load()


@pytest.fixture
def store(tmp_path: Path):
    from assistant.core.store import Store

    s = Store(tmp_path / "backcoach.db")
    yield s
    s.close()


@pytest.fixture
def make_conversation(dialogue, store):
    """A conversation on a virtual clock with the real dialogue model."""
    from assistant.conversation import Conversation
    from assistant.core.clock import VirtualClock
    from assistant.core.settings import Settings

    def make(settings: Settings | None = None, with_dialogue: bool = True, **kw):
        return Conversation(settings or Settings(), VirtualClock(), store,
                            dialogue if with_dialogue else None, **kw)

    return make


def run_cli(*args: str, input: bytes | None = None, env: dict | None = None,
            timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, *args], input=input, capture_output=True,
                          timeout=timeout, env={**os.environ, **(env or {})}, cwd=ROOT)


def json_lines(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode().splitlines() if line.strip()]

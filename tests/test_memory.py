"""The assistant's memory trims (assistant/core/memory.py), each in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest

from assistant.core import memory


def run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_jax_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "jax", raising=False)
    memory.skip_unused_jax()
    assert "jax" in sys.modules  # monkeypatch puts the old state back afterwards
    with pytest.raises(ImportError):
        import jax  # noqa: F401


@pytest.mark.slow
def test_tensorflow_lite_imports_without_jax() -> None:
    out = run("import sys\nfrom assistant.core.memory import skip_unused_jax\nskip_unused_jax()\n"
              "from tensorflow.lite.python import util\n"
              "print(util._xla_computation is None, 'jaxlib' in sys.modules)\n")
    assert out.splitlines()[-1] == "True False"


@pytest.mark.skipif(sys.platform != "linux", reason="glibc's mallopt")
def test_malloc_arenas_are_capped_on_glibc() -> None:
    assert memory.limit_malloc_arenas(memory.ARENAS) is True


def test_an_already_imported_module_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    sentinel = object()
    monkeypatch.setitem(sys.modules, "jax", sentinel)
    memory.skip_unused_jax()
    assert sys.modules["jax"] is sentinel

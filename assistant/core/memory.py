"""Keep the running assistant's memory small (issue 11: whole assistant <= 800 MB).

Called once from the command line's ``main``, never at import time.
- glibc gives each thread that allocates its own malloc arena (up to 8 per core), and the
  dialogue model's TensorFlow thread pools and the recognizer's threads each keep one warm:
  about 75 MB of resident memory that two arenas serve as well.
- TensorFlow Lite imports JAX, if installed, for a converter the assistant never uses; JAX is
  installed as a TensorFlow dependency, and importing it costs about 65 MB.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

M_ARENA_MAX = -8  # from glibc's malloc.h
ARENAS = 2


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's malloc arenas for threads started from now on. False where it is not glibc."""
    name = ctypes.util.find_library("c")
    if sys.platform != "linux" or not name:
        return False
    try:
        mallopt = ctypes.CDLL(name).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_ARENA_MAX, arenas))


def skip_unused_jax() -> None:
    """Make ``import jax`` fail with ImportError, which TensorFlow Lite handles (it falls back
    to no JAX converter). Does nothing if JAX is already imported."""
    sys.modules.setdefault("jax", None)  # type: ignore[arg-type]


def lean_runtime() -> None:
    limit_malloc_arenas()
    skip_unused_jax()

"""ALSA's own messages ("ALSA lib pcm.c:8545:(snd_pcm_recover) underrun occurred") go to the log,
not to the terminal and the journal.

alsa-lib prints every error straight to stderr unless a handler is set with
``snd_lib_error_set_handler``. On a busy machine the speaker's stream underruns now and then
(PortAudio recovers at once), and each one used to print a line, flooding ``run``'s output and
the journal under systemd. :func:`route_alsa_messages` installs a handler that logs the first
message of each kind as a warning and the rest at debug level, and keeps a count.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import threading
from collections import Counter

log = logging.getLogger("backcoach.alsa")

_HANDLER_TYPE = ctypes.CFUNCTYPE(None, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                                 ctypes.c_int, ctypes.c_char_p)
"""``void handler(const char *file, int line, const char *function, int err, const char *fmt,
...)``: the variadic arguments are not read (the format string says what happened)."""

counts: Counter[str] = Counter()
"""Messages seen, by ALSA function and format ("snd_pcm_recover: underrun occurred")."""
_lock = threading.Lock()
_installed: list[object] = []
"""The installed C callback, kept alive for the life of the process."""


def _message(function: bytes | None, fmt: bytes | None) -> str:
    fn = (function or b"?").decode("utf-8", "replace")
    text = (fmt or b"").decode("utf-8", "replace").strip()
    return f"{fn}: {text}"


def note(function: bytes | None, fmt: bytes | None) -> None:
    """Count one ALSA message and log it (a warning the first time, then debug)."""
    message = _message(function, fmt)
    with _lock:
        counts[message] += 1
        first = counts[message] == 1
    if first:
        log.warning("ALSA: %s (repeats are logged at debug level)", message)
    else:
        log.debug("ALSA: %s (%d times)", message, counts[message])


def _handler(file: bytes | None, line: int, function: bytes | None, err: int,
             fmt: bytes | None) -> None:
    try:
        note(function, fmt)
    except Exception:  # never raise into C
        pass


def route_alsa_messages() -> bool:
    """Install the handler once (False when there is no alsa-lib, e.g. not on Linux)."""
    with _lock:
        if _installed:
            return True
        name = ctypes.util.find_library("asound")
        if name is None:
            return False
        try:
            lib = ctypes.CDLL(name)
            callback = _HANDLER_TYPE(_handler)
            lib.snd_lib_error_set_handler(callback)
        except (OSError, AttributeError):
            return False
        _installed.append(callback)
        _installed.append(lib)
        return True

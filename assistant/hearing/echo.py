"""Acoustic echo cancellation: the assistant's own voice taken out of the microphone signal.

SpeexDSP's echo canceller (libspeexdsp, through ctypes: no build step) with its residual-echo
suppressor. The reference is what the speaker played (:class:`PlaybackTap`), 16 kHz mono,
fed frame by frame beside the microphone; the adaptive filter learns the room's echo path
(up to ``TAIL_MS``) and its delay. What is left is the person, so "stop" and "help" are never
thrown away because the assistant happened to say those words.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
from collections import deque

import numpy as np

RATE = 16000
FRAME = 480
"""30 ms at 16 kHz: the microphone block."""
TAIL_MS = 300
"""Longest echo path learned (room reverberation plus device latency)."""
_SET_ECHO_STATE = 24
_SET_SAMPLING_RATE = 24  # speex_echo_ctl
_lib: ctypes.CDLL | None = None


class EchoUnavailable(RuntimeError):
    """libspeexdsp is not installed."""


def _speex() -> ctypes.CDLL:
    global _lib
    if _lib is None:
        name = ctypes.util.find_library("speexdsp") or "libspeexdsp.so.1"
        try:
            lib = ctypes.CDLL(name)
        except OSError as exc:
            raise EchoUnavailable(f"libspeexdsp not found ({exc}); "
                                  "install it with `apt install libspeexdsp1`") from exc
        lib.speex_echo_state_init.restype = ctypes.c_void_p
        lib.speex_echo_state_init.argtypes = [ctypes.c_int, ctypes.c_int]
        lib.speex_echo_cancellation.argtypes = [ctypes.c_void_p] + [ctypes.c_void_p] * 3
        lib.speex_echo_ctl.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
        lib.speex_echo_state_destroy.argtypes = [ctypes.c_void_p]
        lib.speex_preprocess_state_init.restype = ctypes.c_void_p
        lib.speex_preprocess_state_init.argtypes = [ctypes.c_int, ctypes.c_int]
        lib.speex_preprocess_ctl.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
        lib.speex_preprocess_run.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        lib.speex_preprocess_state_destroy.argtypes = [ctypes.c_void_p]
        _lib = lib
    return _lib


def available() -> bool:
    try:
        _speex()
    except EchoUnavailable:
        return False
    return True


class EchoCanceller:
    """One microphone frame and the matching speaker frame in, the microphone without the
    echo out (int16 bytes, FRAME samples each)."""

    def __init__(self, frame: int = FRAME, tail_ms: int = TAIL_MS) -> None:
        lib = _speex()
        self.frame = frame
        self._echo = lib.speex_echo_state_init(frame, RATE * tail_ms // 1000)
        rate = ctypes.c_int(RATE)
        lib.speex_echo_ctl(self._echo, _SET_SAMPLING_RATE, ctypes.byref(rate))
        self._pre = lib.speex_preprocess_state_init(frame, RATE)
        lib.speex_preprocess_ctl(self._pre, _SET_ECHO_STATE, ctypes.c_void_p(self._echo))
        self._out = np.zeros(frame, dtype=np.int16)

    def process(self, mic: bytes, played: bytes) -> bytes:
        lib = _speex()
        rec = np.frombuffer(mic, dtype=np.int16)
        ref = np.frombuffer(played, dtype=np.int16)
        if len(rec) != self.frame or len(ref) != self.frame:
            raise ValueError(f"frames of {self.frame} samples are needed")
        rec = np.ascontiguousarray(rec)
        ref = np.ascontiguousarray(ref)
        lib.speex_echo_cancellation(self._echo, rec.ctypes.data, ref.ctypes.data,
                                    self._out.ctypes.data)
        lib.speex_preprocess_run(self._pre, self._out.ctypes.data)
        return self._out.tobytes()

    def close(self) -> None:
        lib = _speex()
        if self._echo:
            lib.speex_echo_state_destroy(self._echo)
            lib.speex_preprocess_state_destroy(self._pre)
            self._echo = self._pre = None


class PlaybackTap:
    """What the speaker played, 16 kHz mono, for the echo canceller. The speaker side pushes
    every block it hands to the device (silence included, so the two streams keep pace); the
    microphone side takes one frame per microphone frame. Thread-safe."""

    def __init__(self, max_seconds: float = 2.0) -> None:
        self._lock = threading.Lock()
        self._buf: deque[np.ndarray] = deque()
        self._held = 0
        self._max = int(max_seconds * RATE)
        self.active = False
        """Something has been pushed (a speaker exists)."""

    def push(self, samples16k: np.ndarray) -> None:
        with self._lock:
            self.active = True
            self._buf.append(np.asarray(samples16k, dtype=np.int16))
            self._held += len(samples16k)
            while self._held > self._max:  # the microphone side fell behind: keep the newest
                self._held -= len(self._buf.popleft())

    def take(self, n: int = FRAME) -> bytes:
        """The next ``n`` played samples (silence when the speaker has not played them yet)."""
        out = np.zeros(n, dtype=np.int16)
        filled = 0
        with self._lock:
            while filled < n and self._buf:
                head = self._buf[0]
                k = min(n - filled, len(head))
                out[filled:filled + k] = head[:k]
                filled += k
                if k == len(head):
                    self._buf.popleft()
                else:
                    self._buf[0] = head[k:]
                self._held -= k
        return out.tobytes()

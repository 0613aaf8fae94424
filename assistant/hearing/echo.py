"""Acoustic echo cancellation: the assistant's own voice taken out of the microphone signal.

SpeexDSP's echo canceller (libspeexdsp, through ctypes: no build step) with its residual-echo
suppressor. The reference is what the speaker played, 16 kHz mono, fed frame by frame
beside the microphone; the adaptive filter learns the room's echo path
(up to ``TAIL_MS``) and its delay. What is left is the person, so "stop" and "help" are never
thrown away because the assistant happened to say those words. The reference comes from
:class:`assistant.audio.tap.PlaybackTap`, paired with each microphone block when it is captured.
"""

from __future__ import annotations

import ctypes
import ctypes.util

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

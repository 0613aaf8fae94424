"""WAV files and sample-rate conversion: any WAV in, 16 kHz mono int16 out.

The recognizers take 16 kHz mono int16 PCM; speech and tones are played at any rate.
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

RATE = 16000
"""The recognizers' sample rate."""


def resample(samples: np.ndarray, rate: int, new_rate: int) -> np.ndarray:
    """Resample float or int16 mono samples (polyphase, scipy)."""
    if rate == new_rate or len(samples) == 0:
        return samples
    from math import gcd

    from scipy.signal import resample_poly

    g = gcd(rate, new_rate)
    y = resample_poly(samples.astype(np.float32), new_rate // g, rate // g)
    if samples.dtype == np.int16:
        return np.clip(np.round(y), -32768, 32767).astype(np.int16)
    return y.astype(np.float32)


def read_wav(path: str | Path) -> tuple[np.ndarray, int]:
    """A WAV file as int16 mono samples and its rate (channels are averaged)."""
    with wave.open(str(path), "rb") as w:
        width, channels, rate = w.getsampwidth(), w.getnchannels(), w.getframerate()
        raw = w.readframes(w.getnframes())
    if width == 2:
        data = np.frombuffer(raw, dtype="<i2").astype(np.float32)
    elif width == 1:
        data = (np.frombuffer(raw, dtype=np.uint8).astype(np.float32) - 128.0) * 256.0
    elif width == 4:
        data = np.frombuffer(raw, dtype="<i4").astype(np.float32) / 65536.0
    elif width == 3:
        b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3)
        v = (b[:, 0].astype(np.int32) | (b[:, 1].astype(np.int32) << 8) | (b[:, 2].astype(np.int32) << 16))
        data = (np.where(v >= 1 << 23, v - (1 << 24), v) / 256.0).astype(np.float32)
    else:
        raise ValueError(f"{path}: unsupported sample width {width}")
    if channels > 1:
        data = data.reshape(-1, channels).mean(axis=1)
    return np.clip(np.round(data), -32768, 32767).astype(np.int16), rate


def load_pcm16k(path: str | Path) -> bytes:
    """Any WAV (rate, channels, width) as 16 kHz mono int16 bytes."""
    samples, rate = read_wav(path)
    return resample(samples, rate, RATE).tobytes()


def write_wav(path: str | Path, samples: np.ndarray, rate: int) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(np.asarray(samples, dtype=np.int16).tobytes())

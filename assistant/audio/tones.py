"""Non-speech sounds made with numpy: the soft chime, the alarm and the breathing swell."""

from __future__ import annotations

import numpy as np

TONE_RATE = 22050


def _env(n: int, attack: float, release: float, rate: int) -> np.ndarray:
    env = np.ones(n, dtype=np.float32)
    a, r = max(1, int(attack * rate)), max(1, int(release * rate))
    env[:a] = np.linspace(0, 1, a)
    env[-r:] = np.minimum(env[-r:], np.linspace(1, 0, r))
    return env


def _sine(freq: float, seconds: float, rate: int) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return np.sin(2 * np.pi * freq * t).astype(np.float32)


def tone(kind: str, rate: int = TONE_RATE) -> tuple[np.ndarray, int]:
    """``chime`` (soft two-note prompt), ``alarm`` (loud two-tone, about 2 s) or ``breath``
    (a slow swell of soft noise: 4 seconds in). Returns int16 samples and the rate."""
    if kind == "chime":
        parts = []
        for f in (660.0, 880.0):
            s = _sine(f, 0.25, rate) + 0.3 * _sine(2 * f, 0.25, rate)
            parts.append(s * _env(len(s), 0.01, 0.2, rate))
        y = np.concatenate(parts) * 0.25
    elif kind == "alarm":
        beeps = []
        for i in range(8):
            f = 960.0 if i % 2 == 0 else 720.0
            s = np.sign(_sine(f, 0.25, rate)) * 0.6 + _sine(f, 0.25, rate) * 0.4
            beeps.append(s * _env(len(s), 0.005, 0.01, rate))
        y = np.concatenate(beeps) * 0.8
    elif kind == "breath":
        n = int(4.0 * rate)
        noise = np.random.default_rng(7).standard_normal(n).astype(np.float32)
        k = 40
        smooth = np.convolve(noise, np.ones(k) / k, mode="same")
        swell = np.sin(np.linspace(0, np.pi, n)) ** 2
        y = smooth * swell * 0.5 + _sine(220.0, 4.0, rate) * swell * 0.05
    else:
        raise ValueError(f"unknown tone {kind!r}")
    return np.clip(np.round(y * 32767), -32768, 32767).astype(np.int16), rate

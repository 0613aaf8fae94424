"""The noise front end (WebRTC noise suppression and gain): frames keep their length and
timing, steady noise is pushed down, and it is only built when the settings ask for it."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.core.settings import AudioSettings
from assistant.hearing.frontend import NoiseGain, frontend_available, make_frontend

pytestmark = pytest.mark.skipif(not frontend_available(), reason="webrtc-noise-gain missing")
FRAME = 960  # bytes: 30 ms


def test_off_unless_asked() -> None:
    assert make_frontend(AudioSettings()) is None
    assert isinstance(make_frontend(AudioSettings(noise_suppression=2)), NoiseGain)


def test_frames_keep_their_length_and_steady_noise_goes_down() -> None:
    fe = NoiseGain(3, 0)
    noise = np.random.default_rng(3).normal(0, 2000, 16000 * 3).astype(np.int16).tobytes()
    out = [fe.process(noise[i:i + FRAME]) for i in range(0, len(noise), FRAME)]
    assert all(len(o) == FRAME for o in out)
    late = np.frombuffer(b"".join(out[-30:]), dtype=np.int16).astype(float)
    assert late.std() < 0.5 * 2000  # the suppressor has learned the noise by then


def test_a_partial_frame_waits_for_the_rest() -> None:
    fe = NoiseGain(1, 0)
    assert fe.process(bytes(100)) == b""
    assert len(fe.process(bytes(220))) == 320

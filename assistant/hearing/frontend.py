"""Noise suppression and automatic gain on the microphone signal: WebRTC's audio processing
through ``webrtc-noise-gain`` (the front end wyoming-satellite uses). It runs after the echo
canceller and before the recognizer, 10 ms at a time.

Whether it helps depends on the recognizer and the noise; ``benchmarks/frontend.py`` measures
it, and the setting's default follows that measurement (see the README).
"""

from __future__ import annotations

from assistant.core.settings import AudioSettings

FRAME_10MS = 160 * 2
"""Bytes of 10 ms of 16 kHz mono int16 audio, the processor's unit."""


def frontend_available() -> bool:
    try:
        import webrtc_noise_gain  # noqa: F401
    except ImportError:
        return False
    return True


class NoiseGain:
    """WebRTC noise suppression (level 0-4, 0 off) and automatic gain (target dBFS, 0 off)."""

    def __init__(self, noise_level: int, gain_dbfs: int) -> None:
        from webrtc_noise_gain import AudioProcessor

        self._processor = AudioProcessor(gain_dbfs, noise_level)
        self._rest = b""

    def process(self, pcm: bytes) -> bytes:
        """Cleaned audio, in 10 ms steps (a remainder waits for the next call)."""
        data = self._rest + pcm
        n = len(data) // FRAME_10MS * FRAME_10MS
        self._rest = data[n:]
        return b"".join(self._processor.Process10ms(data[i:i + FRAME_10MS]).audio
                        for i in range(0, n, FRAME_10MS))


def make_frontend(settings: AudioSettings) -> NoiseGain | None:
    """The front end the settings ask for; None when both parts are off or it is missing."""
    if not (settings.noise_suppression or settings.auto_gain_dbfs) or not frontend_available():
        return None
    return NoiseGain(settings.noise_suppression, settings.auto_gain_dbfs)

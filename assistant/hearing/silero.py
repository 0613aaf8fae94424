"""Speech or not, frame by frame, by the Silero voice-activity model (v6, ONNX) that
faster-whisper ships: a small recurrent network, far better than an energy or a GMM detector at
telling a voice from a fan, a hum or a clatter. Streaming: its state is carried from one
32 ms window to the next; 30 ms frames are buffered into windows, and each frame gets the
speech probability of the latest window.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

WINDOW = 512
"""Samples per Silero window at 16 kHz (32 ms)."""
CONTEXT = 64
"""Samples of the previous window Silero sees with each one."""
THRESHOLD = 0.5
"""Speech probability above which a window is speech (Silero's own default)."""
HOLD = 0.3
"""Once a window is speech, later windows down to this probability still count as *likely*
speech (hysteresis, as Silero's own iterator does with 0.35). A short word said over the
assistant's own voice can get one window above 0.5 and the rest near 0.33: in the live
benchmark, one "help" in eight (flite's rms voice) started no utterance and was never heard."""
HOLD_WINDOWS = 10
"""... for at most this many windows (about 0.3 s) after the last one above ``THRESHOLD``, so
left-over echo or a television hovering near 0.3 cannot hold it on."""


class Hold:
    """Hysteresis on Silero's probability, one window at a time: likely speech from a window
    at or above ``up`` until one falls below ``down``, or ``windows`` windows have passed."""

    def __init__(self, up: float = THRESHOLD, down: float = HOLD,
                 windows: int = HOLD_WINDOWS) -> None:
        self.up, self.down, self.windows = up, down, windows
        self._left = 0

    def reset(self) -> None:
        self._left = 0

    def update(self, probability: float) -> bool:
        """Whether the window with this probability is likely speech."""
        if probability >= self.up:
            self._left = self.windows
            return True
        if self._left > 0 and probability >= self.down:
            self._left -= 1
            return True
        self._left = 0
        return False


def model_file() -> Path | None:
    """``silero_vad_v6.onnx`` from the installed faster-whisper, if any."""
    try:
        import faster_whisper
    except ImportError:
        return None
    path = Path(faster_whisper.__file__).parent / "assets" / "silero_vad_v6.onnx"
    return path if path.is_file() else None


class SileroSpeech:
    """A speech detector (``is_speech(frame)``, ``likely``, ``reset()``) for
    :class:`.vad.Endpointer`."""

    def __init__(self, threshold: float = THRESHOLD, path: Path | None = None,
                 hold: float = HOLD) -> None:
        import onnxruntime

        path = path or model_file()
        if path is None:
            raise FileNotFoundError("the Silero model comes with faster-whisper; install it")
        opts = onnxruntime.SessionOptions()
        opts.inter_op_num_threads = opts.intra_op_num_threads = 1
        opts.log_severity_level = 4
        self.session = onnxruntime.InferenceSession(str(path), providers=["CPUExecutionProvider"],
                                                    sess_options=opts)
        self.threshold = threshold
        self._hold = Hold(threshold, hold)
        self.reset()

    def reset(self) -> None:
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(CONTEXT, dtype=np.float32)
        self._pending = np.zeros(0, dtype=np.float32)
        self.probability = 0.0
        self._hold.reset()
        self.likely = False
        """The latest frame is speech, or holds on (at or above :data:`HOLD`) after speech."""

    def is_speech(self, frame: bytes) -> bool:
        samples = np.frombuffer(frame, dtype=np.int16).astype(np.float32) / 32768.0
        self._pending = np.concatenate([self._pending, samples])
        while len(self._pending) >= WINDOW:
            window, self._pending = self._pending[:WINDOW], self._pending[WINDOW:]
            batch = np.concatenate([self._context, window])[None, :]
            out, self._h, self._c = self.session.run(
                None, {"input": batch, "h": self._h, "c": self._c})
            self._context = window[-CONTEXT:]
            self.probability = float(np.asarray(out).reshape(-1)[0])
            self.likely = self._hold.update(self.probability)
        return self.probability >= self.threshold

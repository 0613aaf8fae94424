"""Voice-activity endpointing, one for every engine: where an utterance starts and ends.

Frames of 30 ms are classified as speech or not by a :class:`SpeechDetector` (PocketSphinx's
WebRTC-style detector, mode 1, or Silero's network when faster-whisper is installed).
Three likely-speech frames (:attr:`SpeechDetector.likely`, a lower bar held after speech)
among the last five start an utterance, which begins with up to 300 ms of the audio before it
(so its first sound is never lost); ``endpoint_ms`` of non-speech, or
``max_seconds``, end it. Frames quieter than ``FLOOR_RMS`` are never speech: the detector
is level-blind, and the faint remains of the assistant's own voice after the echo canceller
would otherwise hold an utterance open for seconds (a "help" then lands at the end of a long
garbled utterance instead of on its own).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from assistant.hearing.recognizer import RATE

FRAME_SECONDS = 0.03
PREROLL_FRAMES = 10
START_WINDOW, START_FRAMES = 5, 3
FLOOR_RMS = 40.0
"""Below this (about -58 dBFS) a frame is silence, whatever its shape."""


QUIET_RATIO = 0.1
"""A frame 20 dB below the loudest of its utterance counts as a pause in :attr:`Endpointer.loud_end`
(the speech detector's verdict trails the end of a word by 30 to 200 ms)."""


def rms(frame: bytes) -> float:
    """Root mean square of int16 samples (0 for no samples)."""
    x = np.frombuffer(frame, dtype=np.int16).astype(np.float32)
    return float(np.sqrt(np.mean(x * x))) if len(x) else 0.0


def loud_enough(frame: bytes) -> bool:
    """The frame is above :data:`FLOOR_RMS`."""
    return rms(frame) >= FLOOR_RMS


class SpeechDetector(Protocol):
    """Speech or not, one 30 ms frame at a time (PocketSphinx's WebRTC-style detector, or
    Silero's network: :mod:`.silero`)."""

    def is_speech(self, frame: bytes) -> bool: ...

    @property
    def likely(self) -> bool:
        """The latest frame may be speech (a lower bar, held after speech): what starts an
        utterance, where a miss loses a word; :meth:`is_speech` is what ends one."""
        ...

    def reset(self) -> None: ...


class WebRtcSpeech:
    """PocketSphinx's WebRTC-style detector (``mode`` 0-3: higher is stricter)."""

    def __init__(self, mode: int = 1) -> None:
        self.mode = mode
        self.reset()

    def reset(self) -> None:
        from pocketsphinx import Vad

        self._vad = Vad(self.mode, RATE, FRAME_SECONDS)
        self.likely = False

    def is_speech(self, frame: bytes) -> bool:
        self.likely = bool(self._vad.is_speech(frame))
        return self.likely


@dataclass(frozen=True)
class Start:
    """An utterance began; ``audio`` is the pre-roll, up to and including this frame."""

    audio: bytes
    at: float
    """Stream time (seconds) of the first pre-roll sample."""


@dataclass(frozen=True)
class Frame:
    """One more frame of the current utterance."""

    audio: bytes
    speech: bool


@dataclass(frozen=True)
class End:
    """The utterance ended (trailing silence or too long)."""

    speech_end: float
    """Stream time of the end of the last speech frame."""


EndpointEvent = Start | Frame | End


class Endpointer:
    """Cuts a stream of 16 kHz mono int16 audio into utterances."""

    def __init__(self, endpoint_ms: float, max_seconds: float = 20.0,
                 detector: SpeechDetector | None = None) -> None:
        self.endpoint_ms = endpoint_ms
        self.max_bytes = int(max_seconds * RATE * 2)
        self.detector: SpeechDetector = detector or WebRtcSpeech()
        self.frame_bytes = int(FRAME_SECONDS * RATE) * 2
        self.reset()

    def reset(self) -> None:
        """Forget everything: a new stream."""
        self.detector.reset()
        self._buf = bytearray()
        self._ring: deque[tuple[bytes, bool]] = deque(maxlen=PREROLL_FRAMES)
        self.in_utterance = False
        self._trailing_ms = 0.0
        self._bytes = 0
        self._samples = 0
        self.speech_end = 0.0
        self.started_at = 0.0
        self.loud_end = 0.0
        """Stream time of the end of the utterance's last frame within 20 dB of its loudest."""
        self.silence_ms: float | None = None
        """The pause that ends this utterance, set by the recognizer from its words so far
        (:mod:`.turn_end`); None: ``endpoint_ms``."""
        self._peak = 0.0

    @property
    def trailing_ms(self) -> float:
        """Non-speech since the last speech frame of the current utterance."""
        return self._trailing_ms if self.in_utterance else 0.0

    @property
    def now(self) -> float:
        """Stream time (seconds) of the end of the last frame."""
        return self._samples / RATE

    def feed(self, pcm: bytes) -> list[EndpointEvent]:
        self._buf += pcm
        fb = self.frame_bytes
        events: list[EndpointEvent] = []
        while len(self._buf) >= fb:
            frame = bytes(self._buf[:fb])
            del self._buf[:fb]
            self._samples += fb // 2
            level = rms(frame)
            speech = self.detector.is_speech(frame) and level >= FLOOR_RMS
            self._ring.append((frame, self.detector.likely and level >= FLOOR_RMS))
            if not self.in_utterance:
                if sum(s for _, s in list(self._ring)[-START_WINDOW:]) < START_FRAMES:
                    continue
                self.in_utterance, self._trailing_ms = True, 0.0
                audio = b"".join(f for f, _ in self._ring)
                self._bytes = len(audio)
                self.started_at = self.now - len(self._ring) * FRAME_SECONDS
                self.speech_end = self.now  # likely speech up to here, if not yet sure speech
                self._peak = max(rms(f) for f, _ in self._ring)
                events.append(Start(audio, self.started_at))
            else:
                self._bytes += len(frame)
                self._trailing_ms = 0.0 if speech else self._trailing_ms + FRAME_SECONDS * 1000
                events.append(Frame(frame, speech))
            if speech:
                self.speech_end = self.now
            self._peak = max(self._peak, level)
            if level >= max(self._peak * QUIET_RATIO, FLOOR_RMS):
                self.loud_end = self.now
            limit = self.endpoint_ms if self.silence_ms is None else self.silence_ms
            if self._trailing_ms >= limit or self._bytes > self.max_bytes:
                events.append(self.end())
        return events

    def end(self) -> End:
        """End the current utterance now (also at the end of the stream)."""
        self.in_utterance, self._trailing_ms = False, 0.0
        self.silence_ms = None
        self._ring.clear()
        return End(self.speech_end)

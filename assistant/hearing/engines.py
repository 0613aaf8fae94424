"""Choosing the recognizer, by measurement (see the README's "Which engine hears"):

- **whisper** (``auto`` when faster-whisper and its bundled tiny.en model are installed): Whisper
  gives the final transcript of each utterance (word error rate on real human recordings 8.5 %,
  against 63 % for PocketSphinx), a streaming engine runs alongside for the keyword layer and
  the endpoint, and Silero's network decides what is speech;
- **vosk**: streaming Vosk alone, with an English model from ``backcoach model download``;
- **pocketsphinx**: the built-in engine alone (announced once when ``auto`` falls back to it).

The streaming engine under Whisper is Vosk when an English Vosk model is found, else PocketSphinx.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant.core.settings import RecognizerSettings
from assistant.hearing.recognizer import Recognizer
from assistant.hearing.vad import SpeechDetector

BUILTIN_NOTICE = ("using the built-in recognizer; run `backcoach model download` for better "
                  "accuracy")


class EngineChooser:
    """Opens the configured engine; says once when it falls back to the built-in one."""

    def __init__(self) -> None:
        self.announced = False

    def open(self, settings: RecognizerSettings, announce: Callable[[str], None] = print,
             vosk_model: str | None = None, wait: bool = True) -> Recognizer:
        """Blocking (loads models): call it in an executor from async code. ``wait=False``:
        Whisper may still be loading when this returns (the live loop listens at once; until
        it is ready the streaming engine's transcripts are used)."""
        from assistant.hearing.vosk_models import find_vosk_model
        from assistant.hearing.whisper_model import whisper_available

        engine = settings.engine
        if engine == "whisper" or (engine == "auto" and whisper_available()):
            from assistant.hearing.silero import SileroSpeech
            from assistant.hearing.whisper_engine import WhisperRecognizer

            detector = SileroSpeech()
            whisper = WhisperRecognizer(self._streamer(settings, vosk_model, detector), settings)
            if wait:
                whisper.wait_ready()
            return whisper
        model = (find_vosk_model(vosk_model or settings.vosk_model)
                 if engine in ("auto", "vosk") else None)
        if engine == "vosk" and model is None:
            raise FileNotFoundError("no Vosk model found; run `backcoach model download`")
        if model is not None:
            from assistant.hearing.vosk_engine import VoskRecognizer

            return VoskRecognizer(model, settings)
        if engine == "auto" and not self.announced:
            self.announced = True
            announce(BUILTIN_NOTICE)
        from assistant.hearing.sphinx_engine import PocketSphinxRecognizer

        return PocketSphinxRecognizer(settings)

    @staticmethod
    def _streamer(settings: RecognizerSettings, vosk_model: str | None,
                  detector: SpeechDetector) -> Recognizer:
        from assistant.hearing.vosk_models import find_vosk_model

        model = find_vosk_model(vosk_model or settings.vosk_model)
        if model is not None:
            from assistant.hearing.vosk_engine import VoskRecognizer

            return VoskRecognizer(model, settings, detector=detector)
        from assistant.hearing.sphinx_engine import PocketSphinxRecognizer

        return PocketSphinxRecognizer(settings, detector=detector)


def open_recognizer(settings: RecognizerSettings, announce: Callable[[str], None] = print,
                    vosk_model: str | None = None, wait: bool = True) -> Recognizer:
    """A recognizer for ``settings`` (one chooser per call: announces when falling back)."""
    return EngineChooser().open(settings, announce, vosk_model, wait)

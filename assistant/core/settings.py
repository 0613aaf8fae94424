"""Settings: one frozen dataclass per area, overridden by a TOML file.

The TOML file is ``$BACKCOACH_CONFIG`` or ``<data dir>/settings.toml``; each table is named
after an area (``[safety]``, ``[timers]``, ...) and each key after a field. The file is read and
checked by :mod:`assistant.core.config`: a value that is not allowed is named (file, key, what is
allowed) and its default used, so a typo never silently does nothing and never stops the
assistant from helping.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def default_data_dir() -> Path:
    """The app's own data directory: ``$BACKCOACH_HOME`` or ``$XDG_DATA_HOME/backcoach``."""
    if os.environ.get("BACKCOACH_HOME"):
        return Path(os.environ["BACKCOACH_HOME"])
    xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(xdg) / "backcoach"


def project_root() -> Path:
    """The repository (Rasa project) root: where ``config.yml`` and ``domain/`` live."""
    return Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class DialogueSettings:
    model_path: str = ""
    """Trained Rasa model (.tar.gz) or folder of models; empty means ``<project>/models``."""
    fallback_message: str = (
        "Sorry, I did not catch that. I can help with ice, heat, stretches, breathing, "
        "medicines and warning signs."
    )
    """Said when the dialogue model is not ready or fails."""
    session_idle_minutes: float = 60.0
    """After this long without a word, the dialogue model starts a new conversation (timers,
    the alarm, safety questions and preferences are kept: they are not the model's)."""
    session_max_turns: int = 40
    """The dialogue model's conversation is cut back to its last few turns when it reaches this
    many, so a turn costs the same after days of running as after a minute."""


@dataclass(frozen=True)
class SafetySettings:
    emergency_number: str = "911"
    """The local emergency number, named in every emergency answer."""
    notify_command: tuple[str, ...] = ()
    """Optional command (argument list, never a shell) run with the reason when help is
    called or a red flag is heard. Empty: off. Nothing leaves the machine unless set."""
    alarm_repeat_seconds: float = 8.0
    """How often the call-for-help alarm repeats its tone and "I need help"."""
    alarm_max_minutes: float = 30.0
    """The alarm gives up after this long if nobody says stop."""
    model_alarm_confidence: float = 0.8
    """A call for help that only the dialogue model heard (the screen did not) sounds the alarm
    at once from this intent confidence up; below it, the assistant asks first."""
    model_red_flag_confidence: float = 0.8
    """A red flag that only the dialogue model heard gets a yes/no question from this intent
    confidence up; below it the model's next most likely reading is answered instead (the
    screen catches plain red flags on its own)."""


@dataclass(frozen=True)
class TimerSettings:
    ice_default_minutes: float = 15.0
    """Ice timer length when none is asked for (care content: 15 to 20 minutes)."""
    ice_max_minutes: float = 20.0
    """Longest ice session; longer requests are capped."""
    heat_default_minutes: float = 15.0
    """Heat timer length when none is asked for."""
    heat_max_minutes: float = 20.0
    """Longest heat session; longer requests are capped."""
    other_max_minutes: float = 240.0
    """Longest plain reminder."""
    reprompt_seconds: float = 30.0
    """After a timer ends, repeat "take it off now" this often until acknowledged..."""
    reprompt_count: int = 5
    """...this many times, then every ``slow_reprompt_seconds``."""
    slow_reprompt_seconds: float = 300.0
    """Reminder interval after the fast reprompts are used up."""
    slow_reprompt_count: int = 6
    """How many slow reminders before giving up."""
    next_session_minutes: float = 120.0
    """Suggested gap between ice sessions."""


@dataclass(frozen=True)
class SpeechSettings:
    rate: int = 150
    """Words a minute for the speech engine (slow and calm)."""
    volume: float = 0.9
    """0.0 to 1.0."""
    voice: str = ""
    """Speech engine voice id; empty: the engine's default English voice."""


@dataclass(frozen=True)
class AudioSettings:
    input_device: str = ""
    """Microphone by name or index; empty: the system default."""
    output_device: str = ""
    """Speaker by name or index; empty: the system default."""
    sample_rate: int = 16000
    """Recognizer sample rate (mono, 16-bit)."""
    block_ms: int = 30
    """Microphone block length in milliseconds."""
    noise_suppression: int = 0
    """WebRTC noise suppression on the microphone, 0 (off) to 4 (strongest); see the README for
    what it did to recognition here."""
    auto_gain_dbfs: int = 0
    """WebRTC automatic gain toward this level (dBFS, 0 off; e.g. 3 to 31 as ``-dBFS``)."""


@dataclass(frozen=True)
class RecognizerSettings:
    engine: str = "auto"
    """``whisper``, ``vosk``, ``pocketsphinx`` or ``auto`` (Whisper when installed, else Vosk
    when a model is present, else PocketSphinx)."""
    vosk_model: str = ""
    """Path of a Vosk model folder; empty: ``VOSK_MODEL_PATH`` or ``~/.cache/vosk``."""
    wake_phrase: str = "hey coach"
    """Wake phrase; empty turns it off (every utterance is a command)."""
    follow_up_seconds: float = 8.0
    """After an answer, this long to speak again without the wake phrase."""
    endpoint_silence_ms: int = 600
    """Trailing silence that ends an utterance (when its words so far are not yet known)."""
    quick_endpoint_ms: int = 600
    """Trailing silence that ends an utterance whose words so far look complete (Whisper's
    guess at the first pause; :mod:`assistant.hearing.turn_end`); shorter than
    ``endpoint_silence_ms`` (450, say), a finished request is answered sooner. Off by default
    (the same 600 ms): live, the guess is ready in time only for short requests, and with it on
    the urgent-speech benchmark missed a "help" during an answer more often (not yet explained)."""
    open_endpoint_ms: int = 600
    """Trailing silence that ends an utterance whose words so far leave it open ("and", "my",
    "um"); longer than ``endpoint_silence_ms`` (900, say), someone who stops to find a word is
    not cut off. Off by default (the same 600 ms): on the live loop, while the assistant spoke, a
    longer wait let a person's "help" be missed once in ten (urgent-speech benchmark)."""


@dataclass(frozen=True)
class Settings:
    dialogue: DialogueSettings = field(default_factory=DialogueSettings)
    safety: SafetySettings = field(default_factory=SafetySettings)
    timers: TimerSettings = field(default_factory=TimerSettings)
    speech: SpeechSettings = field(default_factory=SpeechSettings)
    audio: AudioSettings = field(default_factory=AudioSettings)
    recognizer: RecognizerSettings = field(default_factory=RecognizerSettings)
    data_dir: str = ""
    """Where the SQLite store and settings live; empty: :func:`default_data_dir`."""

    @property
    def data_path(self) -> Path:
        return Path(self.data_dir) if self.data_dir else default_data_dir()

    def replace(self, area: str, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{area: dataclasses.replace(getattr(self, area), **changes)})

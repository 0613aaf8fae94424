"""Reading and checking the settings file.

:func:`read_settings` never raises: every value that is not allowed gives one line naming the
file, the key and what is allowed, and that key keeps its default; a file that cannot be read or
is not TOML gives one line and all the defaults. An assistant for someone in pain must start and
help with a broken settings file, and say what is wrong with it. :func:`load_settings` is the
strict form (tests, tools): the same checks, raised as one ``ValueError``.
"""

from __future__ import annotations

import dataclasses
import os
import re
import typing
from pathlib import Path
from typing import Any

import tomli

from assistant.core.settings import Settings

_Rule = tuple[float, float, str]
NUMBERS: dict[str, _Rule] = {
    "dialogue.session_idle_minutes": (1, 1440, "minutes"),
    "dialogue.session_max_turns": (10, 1000, "turns"),
    "safety.alarm_repeat_seconds": (2, 120, "seconds"),
    "safety.alarm_max_minutes": (1, 240, "minutes"),
    "safety.model_alarm_confidence": (0, 1, "(a confidence)"),
    "safety.model_red_flag_confidence": (0, 1, "(a confidence)"),
    "timers.ice_default_minutes": (1, 60, "minutes"),
    "timers.ice_max_minutes": (1, 60, "minutes"),
    "timers.heat_default_minutes": (1, 60, "minutes"),
    "timers.heat_max_minutes": (1, 60, "minutes"),
    "timers.other_max_minutes": (1, 1440, "minutes"),
    "timers.reprompt_seconds": (5, 3600, "seconds"),
    "timers.reprompt_count": (0, 100, "times"),
    "timers.slow_reprompt_seconds": (30, 7200, "seconds"),
    "timers.slow_reprompt_count": (0, 100, "times"),
    "timers.next_session_minutes": (0, 1440, "minutes"),
    "speech.rate": (60, 300, "words a minute"),
    "speech.volume": (0.2, 1.0, "(0.2 is quiet, 1.0 is full volume)"),
    "audio.sample_rate": (8000, 48000, "Hz"),
    "audio.block_ms": (10, 200, "milliseconds"),
    "audio.noise_suppression": (0, 4, "(0 is off, 4 the strongest)"),
    "audio.auto_gain_dbfs": (0, 31, "(-dBFS; 0 is off)"),
    "recognizer.follow_up_seconds": (0, 120, "seconds"),
    "recognizer.endpoint_silence_ms": (200, 5000, "milliseconds"),
    "recognizer.quick_endpoint_ms": (200, 5000, "milliseconds"),
    "recognizer.open_endpoint_ms": (200, 5000, "milliseconds"),
}
"""Allowed range (inclusive) and unit of every number (a rule may come before its field)."""
CHOICES: dict[str, tuple[str, ...]] = {
    "recognizer.engine": ("auto", "whisper", "vosk", "pocketsphinx")}
EMERGENCY_NUMBER = re.compile(r"^\+?[0-9][0-9 -]{1,14}$")
NOT_EMPTY = {"dialogue.fallback_message"}
PAIRS = (("timers", "ice_default_minutes", "ice_max_minutes"),
         ("timers", "heat_default_minutes", "heat_max_minutes"),
         ("recognizer", "quick_endpoint_ms", "endpoint_silence_ms"),
         ("recognizer", "endpoint_silence_ms", "open_endpoint_ms"))
"""A default length may not be longer than the longest allowed (and the quick endpoint no
longer than the usual one, nor the usual one longer than the open one)."""


def settings_file(path: str | os.PathLike[str] | None = None) -> Path:
    """The file read: ``path``, else ``$BACKCOACH_CONFIG``, else ``<data dir>/settings.toml``."""
    if path is not None:
        return Path(path)
    env = os.environ.get("BACKCOACH_CONFIG")
    return Path(env) if env else Settings().data_path / "settings.toml"


def read_settings(path: str | os.PathLike[str] | None = None,
                  **overrides: Any) -> tuple[Settings, list[str]]:
    """Defaults, then the TOML file (if present), then keyword overrides (``area={...}``);
    with one line per problem found (each problem's key keeps its default)."""
    file = settings_file(path)
    problems: list[str] = []
    tables: dict[str, Any] = {}
    if file.is_file():
        try:
            with file.open("rb") as fh:
                tables = tomli.load(fh)
        except (OSError, tomli.TOMLDecodeError, UnicodeDecodeError) as exc:
            why = getattr(exc, "strerror", None) or str(exc)
            problems.append(f"{file}: cannot be read ({why}); using the default settings")
    elif path is not None or os.environ.get("BACKCOACH_CONFIG"):
        problems.append(f"{file}: no such file; using the default settings")
    settings = Settings()
    for source, given in ((str(file), tables), ("(given)", overrides)):
        for area, values in given.items():
            settings = _apply(settings, source, area, values, problems)
    return _pairs(settings, str(file), problems), problems


def load_settings(path: str | os.PathLike[str] | None = None, **overrides: Any) -> Settings:
    """:func:`read_settings`, strict: any problem is a ``ValueError`` naming them all."""
    settings, problems = read_settings(path, **overrides)
    if problems:
        raise ValueError("; ".join(problems))
    return settings


def _apply(settings: Settings, source: str, area: str, values: Any,
           problems: list[str]) -> Settings:
    if area == "data_dir":
        if isinstance(values, str):
            return dataclasses.replace(settings, data_dir=values)
        problems.append(f"{source}: data_dir = {values!r} is not allowed: a folder path in "
                        "quotes; using the default")
        return settings
    areas = [f.name for f in dataclasses.fields(Settings) if f.name != "data_dir"]
    if area not in areas or not isinstance(values, dict):
        problems.append(f"{source}: unknown settings table [{area}]; allowed: "
                        f"{', '.join(f'[{a}]' for a in areas)} and data_dir; ignored")
        return settings
    current = getattr(settings, area)
    hints = typing.get_type_hints(type(current))
    names = [f.name for f in dataclasses.fields(current)]
    changes: dict[str, Any] = {}
    for key, value in values.items():
        if key not in names:
            problems.append(f"{source}: unknown setting [{area}] {key}; allowed keys: "
                            f"{', '.join(names)}; ignored")
            continue
        good, allowed = _check(f"{area}.{key}", hints[key], value)
        if allowed is None:
            changes[key] = good
        else:
            problems.append(f"{source}: [{area}] {key} = {_show(value)} is not allowed: "
                            f"{allowed}; using the default ({_show(getattr(current, key))})")
    return settings.replace(area, **changes) if changes else settings


def _check(name: str, hint: Any, value: Any) -> tuple[Any, str | None]:
    """(the value to use, None) if allowed, else (None, what is allowed)."""
    if hint in (int, float):
        low, high, unit = NUMBERS.get(name, (float("-inf"), float("inf"), ""))
        whole = hint is int
        allowed = (f"{'a whole number' if whole else 'a number'} from {low:g} to {high:g} "
                   f"{unit}").rstrip()
        ok = (isinstance(value, (int, float)) and not isinstance(value, bool)
              and (not whole or float(value).is_integer()) and low <= value <= high)
        return ((int(value) if whole else float(value)), None) if ok else (None, allowed)
    if hint == tuple[str, ...]:
        if isinstance(value, list) and value and all(isinstance(v, str) and v for v in value):
            return tuple(value), None
        if value == []:
            return (), None
        return None, ('a list of words, the program first, like ["notify-send", "Back Coach"] '
                      "(never one string), or [] for off")
    if name.startswith("audio.") and name.endswith("_device") and isinstance(value, int) \
            and not isinstance(value, bool):
        return str(value), None  # a device index
    if not isinstance(value, str):
        return None, "text in quotes"
    if name in CHOICES and value not in CHOICES[name]:
        return None, "one of " + ", ".join(f'"{c}"' for c in CHOICES[name])
    if name == "safety.emergency_number" and not EMERGENCY_NUMBER.match(value.strip()):
        return None, 'the local emergency number in quotes, digits only, like "911", "112" or "999"'
    if name in NOT_EMPTY and not value.strip():
        return None, "some text"
    return (value.strip() if name == "safety.emergency_number" else value), None


def _pairs(settings: Settings, source: str, problems: list[str]) -> Settings:
    for area, default_key, max_key in PAIRS:
        current = getattr(settings, area)
        if getattr(current, default_key) > getattr(current, max_key):
            fallback = min(getattr(type(current)(), default_key), getattr(current, max_key))
            problems.append(f"{source}: [{area}] {default_key} = "
                            f"{_show(getattr(current, default_key))} is not allowed: no more "
                            f"than {max_key} ({_show(getattr(current, max_key))}); using "
                            f"{_show(fallback)}")
            settings = settings.replace(area, **{default_key: fallback})
    return settings


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, tuple):
        return repr(list(value))
    return f"{value:g}" if isinstance(value, float) else repr(value)

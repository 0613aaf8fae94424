"""Settings are checked at load: one line per problem naming the file, the key and what is
allowed; that key keeps its default; a file that cannot be read gives all the defaults. ``doctor``
reports the settings and the database."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

import pytest

from assistant.cli.doctor import database_line, settings_lines
from assistant.core.config import NUMBERS, load_settings, read_settings
from assistant.core.settings import Settings
from tests.faults import corrupt, locked, unwritable


def write(tmp_path: Path, text: str) -> Path:
    f = tmp_path / "settings.toml"
    f.write_text(text)
    return f


@pytest.mark.parametrize("toml, key, allowed", [
    ('[safety]\nemergency_number = ""', "[safety] emergency_number", "digits only"),
    ('[safety]\nnotify_command = "/bin/echo"', "[safety] notify_command", "a list of words"),
    ("[timers]\nice_default_minutes = -5", "[timers] ice_default_minutes", "from 1 to 60 minutes"),
    ("[safety]\nalarm_max_minutes = -1", "[safety] alarm_max_minutes", "from 1 to 240 minutes"),
    ('[timers]\nice_default_minutes = "fifteen"', "[timers] ice_default_minutes", "a number"),
    ("[speech]\nvolume = 0", "[speech] volume", "from 0.2 to 1"),
    ("[speech]\nrate = 150.5", "[speech] rate", "a whole number"),
    ("[timers]\nreprompt_count = true", "[timers] reprompt_count", "a whole number"),
    ('[recognizer]\nengine = "google"', "[recognizer] engine", '"whisper"'),
    ("[timers]\nice_default_minutes = 30", "[timers] ice_default_minutes",
     "no more than ice_max_minutes"),
    ("[timers]\nice_minutes = 15", "[timers] ice_minutes", "allowed keys: ice_default_minutes"),
    ("[timer]\nice_default_minutes = 15", "[timer]", "[timers]"),
    ("data_dir = 5", "data_dir", "a folder path"),
])
def test_each_problem_is_one_line_naming_file_key_and_what_is_allowed(
        tmp_path: Path, toml: str, key: str, allowed: str) -> None:
    f = write(tmp_path, toml)
    settings, problems = read_settings(f)
    assert len(problems) == 1, problems
    assert str(f) in problems[0] and key in problems[0] and allowed in problems[0]
    assert "\n" not in problems[0]
    defaults = Settings()
    assert settings.safety == defaults.safety or "safety" not in toml
    assert settings.timers.ice_default_minutes == defaults.timers.ice_default_minutes
    with pytest.raises(ValueError, match=r"is not allowed|unknown"):
        load_settings(f)


def test_good_values_are_used_and_others_keep_their_defaults(tmp_path: Path) -> None:
    f = write(tmp_path, '[safety]\nemergency_number = " 112 "\nnotify_command = ["notify-send",'
                        ' "Back Coach"]\n[timers]\nice_default_minutes = 18\n'
                        '[speech]\nrate = 140.0\nvolume = -1\n[audio]\ninput_device = 3\n')
    settings, problems = read_settings(f)
    assert len(problems) == 1 and "[speech] volume" in problems[0]
    assert settings.safety.emergency_number == "112"
    assert settings.safety.notify_command == ("notify-send", "Back Coach")
    assert settings.timers.ice_default_minutes == 18.0
    assert isinstance(settings.speech.rate, int) and settings.speech.rate == 140
    assert settings.speech.volume == Settings().speech.volume
    assert settings.audio.input_device == "3"


@pytest.mark.parametrize("raw", [b"[safety\nx =", b"\xff\xfe\x00garbage", b"a = 1\na = 2"])
def test_a_file_that_cannot_be_read_gives_the_defaults_and_says_so(tmp_path: Path,
                                                                   raw: bytes) -> None:
    f = tmp_path / "settings.toml"
    f.write_bytes(raw)
    settings, problems = read_settings(f)
    assert settings == Settings()
    assert len(problems) == 1 and str(f) in problems[0] and "default settings" in problems[0]


def test_a_named_file_that_is_missing_is_a_problem_but_the_default_one_is_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, problems = read_settings(tmp_path / "nope.toml")
    assert len(problems) == 1 and "no such file" in problems[0]
    monkeypatch.delenv("BACKCOACH_CONFIG", raising=False)
    monkeypatch.setenv("BACKCOACH_HOME", str(tmp_path / "empty"))
    assert read_settings() == (Settings(), [])


def test_overrides_are_checked_too() -> None:
    settings, problems = read_settings(None, safety={"alarm_repeat_seconds": 0})
    assert problems and "(given)" in problems[0]
    assert settings.safety.alarm_repeat_seconds == Settings().safety.alarm_repeat_seconds
    assert load_settings(None, timers={"ice_max_minutes": 20}).timers.ice_max_minutes == 20.0


def test_every_number_has_a_range_and_every_default_is_allowed() -> None:
    settings = Settings()
    numbers = set()
    for area in dataclasses.fields(Settings):
        if area.name == "data_dir":
            continue
        cls = type(getattr(settings, area.name))
        for name, hint in typing.get_type_hints(cls).items():
            if hint in (int, float):
                numbers.add(f"{area.name}.{name}")
    assert numbers - set(NUMBERS) == set()  # a new number needs its range in NUMBERS
    for name in numbers:
        low, high, _ = NUMBERS[name]
        area, key = name.split(".")
        assert low <= getattr(getattr(settings, area), key) <= high, name


def test_doctor_names_settings_problems(tmp_path: Path) -> None:
    f = write(tmp_path, "[timers]\nice_default_minutes = -5")
    _, problems = read_settings(f)
    lines = settings_lines(str(f), problems)
    assert [ok for ok, _ in lines] == [False] and "ice_default_minutes" in lines[0][1]
    assert settings_lines(str(f), []) == [(True, f"settings: {f}")]


def test_doctor_checks_the_database(tmp_path: Path) -> None:
    from assistant.core.store import Store

    ok, line = database_line(tmp_path / "new")
    assert ok and "first run" in line
    Store(tmp_path / "good" / "backcoach.db").close()
    ok, line = database_line(tmp_path / "good")
    assert ok and "writable" in line
    corrupt(tmp_path / "good" / "backcoach.db")
    ok, line = database_line(tmp_path / "good")
    assert not ok and "damaged" in line
    assert (tmp_path / "good" / "backcoach.db").read_bytes().startswith(b"this is not")  # untouched
    Store(tmp_path / "held" / "backcoach.db").close()
    with locked(tmp_path / "held" / "backcoach.db"):
        ok, line = database_line(tmp_path / "held")
    assert not ok and "locked" in line
    assert database_line(tmp_path / "held")[0]  # free again
    with unwritable(tmp_path / "held" / "backcoach.db"):
        ok, line = database_line(tmp_path / "held")
    assert not ok and "saves nothing" in line

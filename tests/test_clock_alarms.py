"""Alarms at a time of day ("wake me up at seven"): parsing, the deadline, the ring and the
restart, on a virtual clock with a real SQLite store."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from helpers import route

from assistant.core.clock import VirtualClock, run_until
from assistant.core.events import Say, TimerFinished, TimerStarted
from assistant.core.settings import TimerSettings
from assistant.core.store import Store
from assistant.dialogue.entities import find_clock_times
from assistant.services.timers import clock_time
from assistant.services.timers.service import TimerService

EVENING = datetime(2026, 3, 2, 22, 15).timestamp()  # local 22:15
MORNING = datetime(2026, 3, 2, 10, 0).timestamp()  # local 10:00


@pytest.mark.parametrize(("text", "want"), [
    ("set an alarm for two o'clock", ["2:00"]),
    ("wake me up at 7", ["7:00"]),
    ("wake me at 7 am", ["7:00 am"]),
    ("alarm for half past six", ["6:30"]),
    ("remind me at three pm", ["3:00 pm"]),
    ("at seven thirty in the morning", ["7:30 am"]),
    ("wake me at 6:45", ["6:45"]),
    ("set an alarm for 14:30", ["2:30 pm"]),
    ("at quarter to eight", ["7:45"]),
    ("wake me up at noon", ["12:00 pm"]),
    ("wake me at ten tonight", ["10:00 pm"]),
    ("till midnight", ["12:00 am"]),
    # durations and other numbers are not times of day
    ("set a timer for seven minutes", []),
    ("stay for 5 and a half minutes", []),
    ("put it on for ten minutes", []),
    ("at one point it hurt", []),
    ("set a timer for seven", []),  # "for" with a bare number: minutes? not a time
    ("set an alarm for seven", ["7:00"]),  # but an alarm is set for a time
    ("wake me for six thirty", ["6:30"]),
    ("set an alarm for ten minutes", []),
])
def test_times_of_day_are_found_and_durations_are_not(text: str, want: list[str]) -> None:
    assert [f.value for f in find_clock_times(text)] == want


def test_a_time_without_am_or_pm_is_the_next_one_the_clock_shows() -> None:
    at_ten = MORNING
    two = clock_time.deadline(clock_time.parse("2:00"), at_ten)
    assert datetime.fromtimestamp(two) == datetime(2026, 3, 2, 14, 0)
    seven = clock_time.deadline(clock_time.parse("7:00"), at_ten)
    assert datetime.fromtimestamp(seven) == datetime(2026, 3, 2, 19, 0)
    seven_am = clock_time.deadline(clock_time.parse("7:00 am"), at_ten)
    assert datetime.fromtimestamp(seven_am) == datetime(2026, 3, 3, 7, 0)
    noon = clock_time.deadline(clock_time.parse("12:00 pm"), at_ten)
    assert datetime.fromtimestamp(noon) == datetime(2026, 3, 2, 12, 0)
    with pytest.raises(ValueError):
        clock_time.parse("25:00")


@pytest.fixture
def store(tmp_path: Path):
    s = Store(tmp_path / "backcoach.db")
    yield s
    s.close()


def test_wake_me_at_seven_rings_at_seven_and_says_so(store: Store) -> None:
    clock = VirtualClock(EVENING)
    svc = TimerService(store, TimerSettings())
    out = route(svc, "timer.start", {"kind": "other", "seconds": None, "at": "7:00"}, clock.now())
    started = [o for o in out if isinstance(o, TimerStarted)]
    assert started and started[0].seconds == (8 * 60 + 45) * 60  # 22:15 -> 07:00, past the cap
    assert [o.text for o in out if isinstance(o, Say)] == [
        "Alarm set for 7 o'clock in the morning, in 8 hours and 45 minutes."]
    status = route(svc, "timer.status", {"kind": None}, clock.now() + 3600)
    assert [o.text for o in status if isinstance(o, Say)] == [
        "Your alarm is set for 7 o'clock, in 7 hours and 45 minutes."]
    fired = [(t - clock.start, o) for t, outs in run_until(clock, 9 * 3600, svc) for o in outs]
    finished = [t for t, o in fired if isinstance(o, TimerFinished)]
    assert finished == [(8 * 60 + 45) * 60]
    first_say = next(o.text for t, o in fired if isinstance(o, Say))
    assert first_say == "It is 7 o'clock. This is your alarm."
    assert not [o for t, o in fired if isinstance(o, Say) and "Halfway" in o.text]


def test_an_alarm_survives_a_restart_as_an_absolute_deadline(store: Store, tmp_path: Path) -> None:
    clock = VirtualClock(MORNING)
    svc = TimerService(store, TimerSettings())
    route(svc, "timer.start", {"kind": "other", "seconds": None, "at": "2:30 pm"}, clock.now())
    again = TimerService(store, TimerSettings())  # the same database, a new process
    later = VirtualClock(datetime(2026, 3, 2, 14, 40).timestamp())
    fired = [o for _, outs in run_until(later, 1, again) for o in outs]
    assert any(isinstance(o, Say) and o.text.startswith("Your alarm for 2:30 went off")
               for o in fired)

"""History questions get the day right ("yesterday" is not today) and a timer that ended but is
still ringing (nobody said it is off, as after a crash) counts as going on."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

import pytest
from helpers import route

from assistant.core.clock import VirtualClock, run_until
from assistant.core.events import Say
from assistant.core.settings import TimerSettings
from assistant.core.store import Store
from assistant.services.timers.history import day_bounds
from assistant.services.timers.service import TimerService

MORNING = datetime(2026, 3, 2, 8, 0).timestamp()


def says(outputs) -> list[str]:
    return [o.text for o in outputs or [] if isinstance(o, Say)]


def ice_session(svc: TimerService, clock: VirtualClock) -> None:
    route(svc, "timer.start", {"kind": "ice", "seconds": 900}, clock.now())
    run_until(clock, 900, svc)
    route(svc, "ack", {}, clock.now())


def ask(svc: TimerService, clock: VirtualClock, what: str, days_ago: int = 0,
        kind: str = "ice") -> str:
    return says(route(svc, "history", {"kind": kind, "what": what, "days_ago": days_ago},
                      clock.now()))[0]


def test_yesterday_is_counted_apart_from_today(tmp_path: Path) -> None:
    clock = VirtualClock(MORNING)
    store = Store(tmp_path / "backcoach.db")
    svc = TimerService(store, TimerSettings())
    for _ in range(3):  # three sessions on 2 March
        ice_session(svc, clock)
        run_until(clock, 3 * 3600, svc)
    run_until(clock, datetime(2026, 3, 3, 9, 0).timestamp() - clock.now(), svc)
    ice_session(svc, clock)  # one on 3 March
    assert ask(svc, clock, "count_today") == "You have had 1 ice session today."
    assert ask(svc, clock, "count_today", 1) == "You had 3 ice sessions yesterday."
    assert ask(svc, clock, "count_today", 2) == "No ice sessions 2 days ago."
    assert ask(svc, clock, "total_today", 1) == "You had ice on for 45 minutes yesterday."
    assert ask(svc, clock, "total_today", 1, "heat") == "You did not have heat on yesterday."
    store.close()


def test_day_bounds_are_local_midnights() -> None:
    start, end = day_bounds(datetime(2026, 3, 3, 0, 30).timestamp(), 1)
    assert datetime.fromtimestamp(start) == datetime(2026, 3, 2)
    assert datetime.fromtimestamp(end) == datetime(2026, 3, 3)


def test_a_ringing_timer_after_a_crash_is_going_on_not_finished(tmp_path: Path) -> None:
    db = tmp_path / "backcoach.db"
    clock = VirtualClock(MORNING)
    store = Store(db)
    svc = TimerService(store, TimerSettings())
    route(svc, "timer.start", {"kind": "ice", "seconds": 900}, clock.now())
    run_until(clock, 901, svc)  # ringing
    store.close()  # the crash: nobody said it was off
    clock.advance(3 * 3600)
    store = Store(db)
    svc = TimerService(store, TimerSettings())
    last = ask(svc, clock, "last")
    assert "nobody has told me it is off" in last and "take it off now" in last
    assert "ice again" not in last
    assert ask(svc, clock, "count_today") == "You have had 1 ice session today."  # not twice
    assert ask(svc, clock, "total_today") == "You have had ice on for 15 minutes today."
    store.close()


@pytest.mark.slow
def test_the_model_hears_yesterday(make_conversation) -> None:
    conversation = make_conversation()
    result = asyncio.run(conversation.handle_text("how many times did i ice yesterday"))
    assert result.intent == "ask_history"
    assert "yesterday" in " ".join(result.say) and "today" not in " ".join(result.say)

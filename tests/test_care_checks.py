"""Care-aware checks when a timer starts: about two hours of skin rest between ice sessions,
three to four a day, never ice and heat at once. Back Coach says why and asks; yes starts it
anyway, no leaves it, and the question lapses."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

import pytest
from helpers import route

from assistant.conversation import Conversation
from assistant.core.clock import VirtualClock, run_until
from assistant.core.events import Say, TimerStarted
from assistant.core.ops import Answer, TimerStart
from assistant.core.settings import Settings, TimerSettings
from assistant.core.store import Store
from assistant.services.timers import care
from assistant.services.timers.service import TimerService

MORNING = datetime(2026, 3, 2, 7, 0).timestamp()


@pytest.fixture
def store(tmp_path: Path):
    s = Store(tmp_path / "backcoach.db")
    yield s
    s.close()


def says(outputs) -> list[str]:
    return [o.text for o in outputs or [] if isinstance(o, Say)]


def started(outputs) -> bool:
    return any(isinstance(o, TimerStarted) for o in outputs or [])


def session(svc: TimerService, clock: VirtualClock, kind: str = "ice") -> None:
    out = route(svc, "timer.start", {"kind": kind, "seconds": 900}, clock.now())
    if not started(out):
        out = route(svc, "answer", {"value": "yes"}, clock.now())
    assert started(out)
    run_until(clock, 900, svc)
    route(svc, "ack", {}, clock.now())


def test_ice_again_too_soon_says_why_and_asks(store: Store) -> None:
    clock = VirtualClock(MORNING)
    svc = TimerService(store, TimerSettings())
    session(svc, clock)
    run_until(clock, 20 * 60, svc)
    out = route(svc, "timer.start", {"kind": "ice", "seconds": None}, clock.now())
    assert not started(out)
    text = " ".join(says(out))
    assert "20 minutes ago" in text and "two hours" in text
    assert says(out)[-1] == care.ASK
    out = route(svc, "answer", {"value": "no"}, clock.now())
    assert says(out) == [care.NOT_STARTED] and not svc.busy()
    route(svc, "timer.start", {"kind": "ice", "seconds": None}, clock.now())
    out = route(svc, "answer", {"value": "yes"}, clock.now())
    assert started(out) and out[0].seconds == 900  # the length asked for (the default)


def test_after_the_skin_rest_it_just_starts(store: Store) -> None:
    clock = VirtualClock(MORNING)
    svc = TimerService(store, TimerSettings())
    session(svc, clock)
    run_until(clock, 2 * 3600, svc)
    assert started(route(svc, "timer.start", {"kind": "ice", "seconds": 600}, clock.now()))


def test_a_fifth_ice_session_in_a_day_is_asked_about(store: Store) -> None:
    clock = VirtualClock(MORNING)
    svc = TimerService(store, TimerSettings())
    for _ in range(4):
        session(svc, clock)
        run_until(clock, 2 * 3600 + 60, svc)
    out = route(svc, "timer.start", {"kind": "ice", "seconds": 600}, clock.now())
    assert not started(out)
    assert "4 ice sessions today" in " ".join(says(out)) and "two hours" not in " ".join(says(out))


@pytest.mark.parametrize("first, second", [("heat", "ice"), ("ice", "heat")])
def test_ice_and_heat_at_once_is_asked_about(store: Store, first: str, second: str) -> None:
    clock = VirtualClock(MORNING)
    svc = TimerService(store, TimerSettings())
    assert started(route(svc, "timer.start", {"kind": first, "seconds": 900}, clock.now()))
    out = route(svc, "timer.start", {"kind": second, "seconds": 900}, clock.now())
    assert not started(out)
    assert f"Your {first} timer is still on" in says(out)[0]


def test_the_question_lapses(store: Store) -> None:
    clock = VirtualClock(MORNING)
    svc = TimerService(store, TimerSettings())
    route(svc, "timer.start", {"kind": "heat", "seconds": 900}, clock.now())
    route(svc, "timer.start", {"kind": "ice", "seconds": 900}, clock.now())
    clock.advance(300)
    assert route(svc, "answer", {"value": "yes"}, clock.now()) is None


def test_yes_through_the_conversation_starts_it(store: Store) -> None:
    clock = VirtualClock(MORNING)
    conv = Conversation(Settings(), clock, store, None)
    conv.do(TimerStart("heat", 900), clock.now())
    asked = conv.do(TimerStart("ice", 600), clock.now())
    assert says(asked)[-1] == care.ASK
    out = conv.do(Answer("yes"), clock.now())
    assert started(out) and [t.kind for t in store.active_timers()] == ["heat", "ice"]
    asyncio.run(conv.handle_text("help"))  # and safety is untouched by the open question
    assert conv.alarm.busy()

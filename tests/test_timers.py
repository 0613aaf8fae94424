"""Ice, heat and plain timers on a virtual clock with a real SQLite store (issue 4)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from helpers import route

from assistant.core.clock import VirtualClock, run_until
from assistant.core.events import (
    Say,
    TimerAcknowledged,
    TimerCancelled,
    TimerExtended,
    TimerFinished,
    TimerPaused,
    TimerResumed,
    TimerStarted,
    Tone,
)
from assistant.core.settings import TimerSettings
from assistant.core.store import Store
from assistant.services.timers.service import TimerService

TAKE_OFF = "Time is up. Take the ice pack off now."
MORNING = datetime(2026, 3, 2, 8, 0).timestamp()  # local 08:00, so "today" is unambiguous


def drive(svc, clock: VirtualClock, seconds: float) -> list[tuple[float, object]]:
    """Step the clock to each deadline within ``seconds`` (as Runtime.advance does)."""
    return [(t - clock.start, o) for t, outs in run_until(clock, seconds, svc) for o in outs]


def says(outputs) -> list[str]:
    return [o.text for o in outputs if isinstance(o, Say)]


def said_at(fired, text_part: str) -> list[float]:
    return [t for t, o in fired if isinstance(o, Say) and text_part in o.text]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "backcoach.db"


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock(MORNING)


@pytest.fixture
def svc(db: Path):
    store = Store(db)
    yield TimerService(store, TimerSettings())
    store.close()


def test_ice_session_start_to_finish_with_ack_and_next_reminder(svc, clock):
    out = route(svc, "timer.start", {"kind": "ice", "seconds": None}, clock.now())
    assert out[0] == TimerStarted("ice", 900, out[0].timer_id)
    assert says(out) == ["Ice timer started for 15 minutes. Keep a towel or thin cloth between "
                         "your skin and the ice pack."]
    fired = drive(svc, clock, 980)
    assert said_at(fired, "Halfway") == [450.0]
    assert said_at(fired, "One minute left") == [840.0]
    assert [t for t, o in fired if isinstance(o, TimerFinished)] == [900.0]
    ends = [(t, o) for t, o in fired if isinstance(o, Say) and o.text == TAKE_OFF]
    assert [t for t, _ in ends] == [900.0, 930.0, 960.0]
    assert all(o.urgent for _, o in ends)
    assert (900.0, Tone("chime", urgent=True)) in fired
    assert svc.ringing() and svc.busy()

    out = route(svc, "ack", {}, clock.now())
    assert isinstance(out[0], TimerAcknowledged) and out[0].kind == "ice"
    text = " ".join(says(out))
    assert "skin rest for a couple of hours" in text and "remind you" in text
    assert not svc.ringing() and (svc.question_asked_at(clock.now()) is not None)
    assert drive(svc, clock, 120) == []  # no more "take it off" once acknowledged

    out = route(svc, "answer", {"value": "yes"}, clock.now())
    assert out[0] == TimerStarted("other", 7200, out[0].timer_id)
    fired = drive(svc, clock, 7200)
    assert said_at(fired, "time for your next ice session") == [1100.0 + 7200.0]
    assert svc.next_deadline() is None and not svc.busy()


def test_no_to_the_reminder_offer(svc, clock):
    route(svc, "timer.start", {"kind": "ice", "seconds": 60}, clock.now())
    drive(svc, clock, 60)
    route(svc, "ack", {}, clock.now())
    assert says(route(svc, "answer", {"value": "no"}, clock.now())) == ["Okay. No reminder."]
    assert route(svc, "answer", {"value": "yes"}, clock.now()) is None  # nothing pending now
    assert svc.next_deadline() is None


def test_reprompts_are_bounded_then_slower_then_give_up(svc, clock):
    s = TimerSettings()
    route(svc, "timer.start", {"kind": "ice", "seconds": 600}, clock.now())
    fired = drive(svc, clock, 600 + 5 * 3600)
    times = [t for t, o in fired if isinstance(o, Say) and o.text == TAKE_OFF]
    fast = [600 + s.reprompt_seconds * i for i in range(s.reprompt_count + 1)]
    slow = [fast[-1] + s.slow_reprompt_seconds * i for i in range(1, s.slow_reprompt_count + 1)]
    assert times == fast + slow
    assert said_at(fired, "stop reminding you") == [slow[-1]]
    assert svc.next_deadline() is None and not svc.ringing()


def test_heat_tip_and_caps_say_why(svc, clock):
    out = route(svc, "timer.start", {"kind": "heat", "seconds": 3600}, clock.now())
    assert out[0].seconds == 1200
    text = " ".join(says(out))
    assert "low setting" in text and "never fall asleep" in text
    assert "20 minutes, not 60 minutes" in text and "burn" in text
    route(svc, "timer.start", {"kind": "ice", "seconds": 1800}, clock.now())  # heat is on: asks
    out = route(svc, "answer", {"value": "yes"}, clock.now())
    assert out[0].seconds == 1200 and "hurt the skin" in " ".join(says(out))


def test_heat_in_the_first_three_days_suggests_ice(svc, clock):
    route(svc, "timer.start", {"kind": "ice", "seconds": 600}, clock.now())
    drive(svc, clock, 600)
    route(svc, "ack", {}, clock.now())
    out = route(svc, "timer.start", {"kind": "heat", "seconds": None}, clock.now() + 3600)
    assert "first three days, ice often helps more" in " ".join(says(out))


def test_several_timers_and_the_ambiguity_question(svc, clock):
    route(svc, "timer.start", {"kind": "ice", "seconds": 900}, clock.now())
    route(svc, "timer.start", {"kind": "heat", "seconds": 900}, clock.now())  # both at once:
    route(svc, "answer", {"value": "yes"}, clock.now())  # the care advice asks first; yes
    out = route(svc, "timer.cancel", {}, clock.now())
    assert says(out) == ["Which one: ice or heat, or both?"]
    assert not any(isinstance(o, TimerCancelled) for o in out)
    out = route(svc, "answer", {"value": "heat"}, clock.now())
    assert [type(o) for o in out] == [TimerCancelled, Say] and out[0].kind == "heat"
    status = says(route(svc, "timer.status", {}, clock.now()))
    assert status == ["The ice timer has 15 minutes left."]
    # a fresh question, resolved by the next op that names a kind instead of an answer
    route(svc, "timer.start", {"kind": "heat", "seconds": 600}, clock.now())
    route(svc, "answer", {"value": "yes"}, clock.now())
    assert "Which one" in says(route(svc, "control", {"cmd": "stop"}, clock.now()))[0]
    out = route(svc, "timer.cancel", {"kind": "ice"}, clock.now())
    assert out[0].kind == "ice" and not (svc.question_asked_at(clock.now()) is not None)
    out = route(svc, "timer.cancel", {"kind": "both"}, clock.now())
    assert [o.kind for o in out if isinstance(o, TimerCancelled)] == ["heat"]
    assert says(route(svc, "timer.cancel", {}, clock.now())) == ["No timer is running."]


def test_start_without_kind_or_length_asks(svc, clock):
    assert says(route(svc, "timer.start", {"kind": None, "seconds": None}, clock.now())) == [
        "Which one: ice or heat?"]
    out = route(svc, "answer", {"value": "ice"}, clock.now())
    assert out[0] == TimerStarted("ice", 900, out[0].timer_id)
    out = route(svc, "timer.start", {"kind": None, "seconds": 600}, clock.now())
    assert out[0] == TimerStarted("other", 600, out[0].timer_id)
    assert "already" not in " ".join(says(out))
    # the same kind again reports the running one instead of a second timer
    out = route(svc, "timer.start", {"kind": "ice", "seconds": 600}, clock.now())
    assert says(out) == ["The ice timer has 15 minutes left."]


def test_pause_resume_and_status(svc, clock):
    route(svc, "timer.start", {"kind": "ice", "seconds": 900}, clock.now())
    drive(svc, clock, 100)
    out = route(svc, "control", {"cmd": "pause"}, clock.now())
    assert out[0] == TimerPaused("ice", out[0].timer_id, 800)
    assert drive(svc, clock, 3000) == []
    assert says(route(svc, "timer.status", {"kind": "ice"}, clock.now())) == [
        "The ice timer is paused, with about 13 minutes left."]
    out = route(svc, "timer.resume", {}, clock.now())
    assert out[0] == TimerResumed("ice", out[0].timer_id, 800)
    fired = drive(svc, clock, 900)
    assert [t for t, o in fired if isinstance(o, TimerFinished)] == [3100.0 + 800.0]
    assert says(route(svc, "timer.status", {"kind": "heat"}, clock.now())) == [
        "There is no heat timer running."]


def test_add_time_respects_the_cap(svc, clock):
    route(svc, "timer.start", {"kind": "ice", "seconds": 600}, clock.now())
    out = route(svc, "timer.add", {"seconds": 300}, clock.now())
    assert out[0] == TimerExtended("ice", out[0].timer_id, 300)
    out = route(svc, "timer.add", {"seconds": 600}, clock.now())
    assert out[0].seconds == 300 and "hurt the skin" in " ".join(says(out))
    out = route(svc, "timer.add", {"seconds": 60}, clock.now())
    assert not any(isinstance(o, TimerExtended) for o in out)
    assert "the most for one session" in says(out)[0]
    fired = drive(svc, clock, 1300)
    assert [t for t, o in fired if isinstance(o, TimerFinished)] == [1200.0]
    assert said_at(fired, "One minute left") == [1140.0]


def test_restart_resumes_a_running_timer(db, clock):
    store = Store(db)
    svc = TimerService(store)
    route(svc, "timer.start", {"kind": "ice", "seconds": 900}, clock.now())
    drive(svc, clock, 300)
    store.close()  # the process dies here
    clock.advance(60)
    store = Store(db)
    svc = TimerService(store)
    assert svc.busy() and svc.next_deadline() <= clock.now()
    fired = drive(svc, clock, 700)
    assert fired[0] == (360.0, Say("I am back. Your ice timer is still running, "
                                   "with 9 minutes left."))
    assert said_at(fired, "Halfway") == [450.0]
    assert [t for t, o in fired if isinstance(o, TimerFinished)] == [900.0]
    store.close()


def test_restart_announces_a_timer_that_ran_out_while_down(db, clock):
    store = Store(db)
    svc = TimerService(store)
    route(svc, "timer.start", {"kind": "ice", "seconds": 900}, clock.now())
    drive(svc, clock, 300)
    store.close()
    clock.advance(780)  # back 3 minutes after the deadline
    store = Store(db)
    svc = TimerService(store)
    fired = drive(svc, clock, 0)
    outs = [o for _, o in fired]
    assert TimerFinished("ice", outs[0].timer_id, 180) == outs[0]
    assert Say("Your ice timer ended 3 minutes ago. Take the ice pack off now.", urgent=True) in outs
    assert not said_at(fired, "Halfway") and not said_at(fired, "One minute")
    fired = drive(svc, clock, 30)
    assert said_at(fired, TAKE_OFF) == [1110.0]
    assert isinstance(route(svc, "ack", {}, clock.now())[0], TimerAcknowledged)
    store.close()
    assert TimerService(Store(db)).next_deadline() is None  # nothing left after the ack


def test_restart_while_ringing_rings_again(db, clock):
    store = Store(db)
    svc = TimerService(store)
    route(svc, "timer.start", {"kind": "heat", "seconds": 600}, clock.now())
    drive(svc, clock, 610)
    store.close()
    clock.advance(120)
    svc = TimerService(Store(db))
    out = drive(svc, clock, 0)
    assert out == [(730.0, Say("Your heat timer ended 2 minutes ago. Take the heat pad off now.",
                               urgent=True)), (730.0, Tone("chime", urgent=True))]


def test_history_answers_from_sessions(svc, clock):
    assert says(route(svc, "history", {"kind": "ice", "what": "last"}, clock.now())) == [
        "I have no ice session on record yet."]
    for _ in range(2):
        route(svc, "timer.start", {"kind": "ice", "seconds": 900}, clock.now())
        drive(svc, clock, 900)
        route(svc, "ack", {}, clock.now())
        drive(svc, clock, 7200)
    route(svc, "timer.start", {"kind": "heat", "seconds": 1200}, clock.now())
    drive(svc, clock, 600)
    ask = lambda kind, what: says(route(svc, "history", {"kind": kind, "what": what},  # noqa: E731
                                             clock.now()))[0]
    assert ask("ice", "count_today") == "You have had 2 ice sessions today."
    assert ask("ice", "last") == ("Your last ice session ended about 2 hours ago, after 15 "
                                  "minutes. You can ice again if you want.")
    assert ask("heat", "total_today") == "You have had heat on for 10 minutes today."
    drive(svc, clock, 600)
    route(svc, "ack", {}, clock.now())
    assert ask("heat", "total_today") == "You have had heat on for 20 minutes today."
    assert ask("heat", "count_today") == "You have had 1 heat session today."


def test_alternating_heat_break_then_ice(svc, clock):
    out = route(svc, "timer.start", {"kind": "alternate", "seconds": None}, clock.now())
    assert out[0] == TimerStarted("heat", 1200, out[0].timer_id)
    drive(svc, clock, 1200)
    out = route(svc, "ack", {}, clock.now())
    assert any(isinstance(o, TimerStarted) and o.seconds == 1200 for o in out)
    fired = drive(svc, clock, 1200)
    assert said_at(fired, "The break is over") == [2400.0]


def test_what_is_not_the_timers_is_not_taken(svc, clock):
    assert route(svc, "answer", {"value": "yes"}, clock.now()) is None
    assert route(svc, "control", {"cmd": "slower"}, clock.now()) is None
    assert route(svc, "routine.start", {"routine": "breathing"}, clock.now()) is None


def test_store_is_wal_and_keeps_prefs(db):
    store = Store(db)
    store.set_pref("speech.rate", 140)
    store.set_pref("first_run_done", True)
    store.close()
    store = Store(db)
    assert store.get_pref("speech.rate") == 140 and store.get_pref("first_run_done") is True
    assert store.get_pref("missing", "x") == "x"
    store.close()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"timers", "sessions", "prefs"} <= tables
    con.close()


def test_the_kind_in_any_next_timer_op_answers_which_one(svc, clock):
    route(svc, "timer.start", {"kind": "ice", "seconds": 900}, clock.now())
    route(svc, "timer.start", {"kind": "heat", "seconds": 900}, clock.now())  # both at once:
    route(svc, "answer", {"value": "yes"}, clock.now())  # the care advice asks first; yes
    assert "Which one" in says(route(svc, "timer.pause", {}, clock.now()))[0]
    # "the heat one" may be heard as a status question about heat: it still answers
    out = route(svc, "timer.status", {"kind": "heat"}, clock.now())
    assert isinstance(out[0], TimerPaused) and out[0].kind == "heat"
    assert says(route(svc, "timer.status", {}, clock.now())) == [
        "The ice timer has 15 minutes left.", "The heat timer is paused, with 15 minutes left."]


def test_yes_is_not_an_answer_to_which_one_and_the_question_expires(svc, clock):
    route(svc, "timer.start", {"kind": "ice", "seconds": 900}, clock.now())
    route(svc, "timer.start", {"kind": "heat", "seconds": 900}, clock.now())  # both at once:
    route(svc, "answer", {"value": "yes"}, clock.now())  # the care advice asks first; yes
    route(svc, "timer.cancel", {}, clock.now())
    assert route(svc, "answer", {"value": "yes"}, clock.now()) is None  # left for other services
    assert (svc.question_asked_at(clock.now()) is not None)
    clock.advance(120)
    assert not (svc.question_asked_at(clock.now()) is not None)
    assert route(svc, "answer", {"value": "heat"}, clock.now()) is None
    assert len(says(route(svc, "timer.status", {}, clock.now()))) == 2  # nothing was cancelled


def test_store_writes_happen_on_the_writer_thread(db):
    """Callers never wait for the disk: every SQLite statement runs on the store's thread."""
    import threading

    store = Store(db)
    threads: set[str] = set()
    store._db.set_trace_callback(lambda sql: threads.add(threading.current_thread().name))
    t = store.add_timer("ice", "", 900.0, 1000.0)
    t.state = "ringing"
    store.save_timer(t)
    store.add_session("ice", 1000.0, 1900.0, 900.0)
    store.set_pref("speech.rate", 130)
    assert store.get_pref("speech.rate") == 130  # read from memory at once
    store.flush()
    assert threads == {"store-writer"}
    store.close()
    again = Store(db)
    assert [x.state for x in again.active_timers()] == ["ringing"]
    assert again.last_session("ice") is not None and again.get_pref("speech.rate") == 130
    again.close()

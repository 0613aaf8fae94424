"""Whole flows through the runtime and the real dialogue model, on the virtual clock.

Each test plays a script exactly as ``backcoach chat --script`` does (same code), so a
twenty-minute ice session takes milliseconds.
"""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

import pytest

from assistant.cli.script import parse_script, run_script
from assistant.core.settings import Settings
from assistant.core.store import Store

pytestmark = pytest.mark.slow  # the trained dialogue model


async def play(script: str, dialogue, db: Path, settings: Settings | None = None) -> list[dict]:
    store = Store(db)
    try:
        async def collect() -> list[dict]:
            return [r async for r in run_script(parse_script(script), settings or Settings(),
                                                store, dialogue)]
        return await asyncio.wait_for(collect(), timeout=60)
    finally:
        store.close()


def events(rows: list[dict], type_: str) -> list[tuple[float, dict]]:
    return [(r["t"], r["event"]) for r in rows if "event" in r and r["event"]["type"] == type_]


def answer_to(rows: list[dict], line: str) -> str:
    """What was said in reply to the user line ``line`` (up to the next user line)."""
    start = next(i for i, r in enumerate(rows) if r.get("user") == line)
    reply = []
    for r in rows[start + 1:]:
        if "user" in r:
            break
        if "say" in r:
            reply.append(r["say"])
    return " ".join(reply).lower()


def said(rows: list[dict], start: float = 0, end: float = 1e12) -> str:
    return " ".join(r["say"] for r in rows if "say" in r and start <= r["t"] <= end).lower()


async def test_ice_session_start_to_finish(dialogue, tmp_path: Path) -> None:
    rows = await play("""
        um start an ice timer
        /wait 16m
        okay it's off
        yes please
        /wait 2h
    """, dialogue, tmp_path / "db")
    started = events(rows, "timer_started")
    assert started[0] == (0, {**started[0][1], "kind": "ice", "seconds": 900})
    assert "towel" in said(rows, 0, 0)
    assert "half" in said(rows, 450, 450)
    assert "minute" in said(rows, 840, 840)
    assert next(t for t, _ in events(rows, "timer_finished")) == 900
    assert "take the ice" in said(rows, 900, 900)
    reprompts = [r["t"] for r in rows if "say" in r and 900 < r["t"] < 960
                 and "off" in r["say"].lower()]
    assert reprompts, "the end prompt repeats until acknowledged"
    assert [t for t, _ in events(rows, "timer_acknowledged")] == [960]
    assert "two hours" in said(rows, 960, 960)
    reminder = [e for t, e in started if t == 960]
    assert reminder and reminder[0]["seconds"] == 7200
    assert [t for t, e in events(rows, "timer_finished")][-1] == 960 + 7200


async def test_long_ice_request_is_capped_with_a_reason(dialogue, tmp_path: Path) -> None:
    rows = await play("ice pack for forty five minutes", dialogue, tmp_path / "db")
    assert [e["seconds"] for _, e in events(rows, "timer_started")] == [1200]
    assert "20 minutes" in said(rows) or "twenty minutes" in said(rows)


async def test_two_timers_then_an_ambiguous_cancel_asks(dialogue, tmp_path: Path) -> None:
    rows = await play("""
        start an ice timer for fifteen minutes
        heat pad for ten minutes
        yes
        cancel the timer
        the ice one
        how much time is left
    """, dialogue, tmp_path / "db")
    assert "still on" in answer_to(rows, "heat pad for ten minutes")  # ice and heat at once: asked
    assert len(events(rows, "timer_started")) == 2
    question = [r["say"] for r in rows if "say" in r and "Which one" in r["say"]]
    assert question and "ice" in question[0].lower() and "heat" in question[0].lower()
    assert [e["kind"] for _, e in events(rows, "timer_cancelled")] == ["ice"]
    status = answer_to(rows, "how much time is left")
    assert "heat timer" in status and "ice" not in status  # only the heat timer is left


async def test_pause_resume_and_add_time(dialogue, tmp_path: Path) -> None:
    rows = await play("""
        start a heat timer for ten minutes
        /wait 2m
        pause the timer
        /wait 5m
        resume
        add five minutes
        /wait 14m
    """, dialogue, tmp_path / "db")
    assert events(rows, "timer_paused") and events(rows, "timer_resumed")
    assert events(rows, "timer_extended")
    # 2 minutes ran, 5 paused, then 8 + 5 more minutes: it ends at 7m + 13m = 20 minutes.
    assert [t for t, _ in events(rows, "timer_finished")] == [1200]


async def test_timers_survive_a_crash(dialogue, tmp_path: Path) -> None:
    rows = await play("""
        start an ice timer for twenty minutes
        /wait 5m
        /crash
        /wait 20m
        /restart
    """, dialogue, tmp_path / "db")
    late = [r for r in rows if r["t"] == 1500 and "say" in r]
    assert late and ("5 minutes ago" in late[0]["say"] or "five minutes ago" in late[0]["say"])
    assert events(rows, "timer_finished")


async def test_history_from_stored_sessions(dialogue, tmp_path: Path) -> None:
    rows = await play("""
        start an ice timer for fifteen minutes
        /wait 15m
        done
        no thanks
        /wait 1h
        when did i last ice my back
        how many ice sessions have i done today
    """, dialogue, tmp_path / "db")
    tail = said(rows, 4500)
    assert "60 minutes ago" in tail or "an hour ago" in tail
    assert "1 ice session today" in tail or "one ice session today" in tail


async def test_guided_breathing_cues_on_time(dialogue, tmp_path: Path) -> None:
    rows = await play("""
        help me breathe slowly
        /wait 3m
    """, dialogue, tmp_path / "db")
    assert [e["routine"] for _, e in events(rows, "routine_started")] == ["breathing"]
    cues = [(r["t"], r["say"].lower()) for r in rows if "say" in r and r["t"] > 0]
    ins = [t for t, s in cues if s.startswith(("in.", "breathe in"))]
    assert len(ins) >= 4
    gaps = {round(b - a, 3) for a, b in itertools.pairwise(ins)}
    assert len(gaps) == 1, gaps  # an even pace on the virtual clock
    finished = events(rows, "routine_finished")
    assert finished and 50 <= finished[0][0] <= 80


async def test_stretch_asks_first_then_stops_when_it_hurts(dialogue, tmp_path: Path) -> None:
    rows = await play("""
        walk me through the knee to chest stretch
        yes it has eased
        /wait 20s
        ow it hurts
    """, dialogue, tmp_path / "db")
    assert "?" in said(rows, 0, 0)
    assert [e["routine"] for _, e in events(rows, "routine_started")] == ["knee_to_chest"]
    stopped = events(rows, "routine_stopped")
    assert stopped and stopped[0][0] == 20


async def test_stretch_is_steered_away_while_the_spasm_is_bad(dialogue, tmp_path: Path) -> None:
    rows = await play("""
        do the cat cow stretch with me
        no it's still really bad
    """, dialogue, tmp_path / "db")
    assert events(rows, "routine_started") == []
    assert any(w in said(rows) for w in ("rest", "breath", "ice"))


async def test_call_for_help_alarm_until_stop(dialogue, tmp_path: Path) -> None:
    rows = await play("""
        help
        /wait 30s
        stop
        /wait 1m
    """, dialogue, tmp_path / "db")
    assert events(rows, "alarm_started")
    alarms = [r["t"] for r in rows if r.get("tone") == "alarm"]
    assert len(alarms) >= 3 and max(alarms) <= 30
    assert [t for t, _ in events(rows, "alarm_stopped")] == [30]

"""The command-line contract other capabilities and the checks rely on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import json_lines, run_cli

pytestmark = pytest.mark.slow  # backcoach subprocesses

KEYS = {"text", "intent", "confidence", "entities", "say", "emergency", "events"}


@pytest.fixture(scope="module")
def batch(model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    lines = [
        b"um should i use ice or heat",
        b"start an ice timer for fifteen minutes",
        b"i cant control my bladder anymore",
        b"",
        b"    \t  ",
        b"what is the weather like",
        "\u6211\u7684\u80cc\u5f88\u75db".encode(),
        b"\xff\xfe\x00\x01binary\x80\x81",
        b"back " * 2048,
        b"tell me more",
    ]
    f = tmp_path_factory.mktemp("batch") / "lines.txt"
    f.write_bytes(b"\n".join(lines) + b"\n")
    done = run_cli("ask", "--batch", str(f), "--json")
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    return json_lines(done.stdout)


def test_batch_is_one_object_per_line_in_order(batch: list[dict]) -> None:
    assert len(batch) == 10
    for obj in batch:
        assert set(obj) == KEYS
        assert isinstance(obj["say"], list) and obj["say"], obj
        assert all(isinstance(s, str) and s for s in obj["say"])
    assert batch[0]["text"] == "um should i use ice or heat"


def test_question_gets_a_short_answer(batch: list[dict]) -> None:
    ice_or_heat = batch[0]
    assert ice_or_heat["intent"] == "ask_ice_or_heat"
    assert not ice_or_heat["emergency"] and ice_or_heat["events"] == []
    assert len(ice_or_heat["say"][0].split()) <= 60


def test_timer_event_and_entities(batch: list[dict]) -> None:
    timer = batch[1]
    assert timer["intent"] == "start_timer"
    started = [e for e in timer["events"] if e["type"] == "timer_started"]
    assert [(e["kind"], e["seconds"]) for e in started] == [("ice", 900)]
    assert any(e["entity"] == "duration" and e["value"] == 900 for e in timer["entities"])


def test_red_flag_is_an_emergency(batch: list[dict]) -> None:
    red = batch[2]
    assert red["emergency"] is True
    assert any(e["type"] == "emergency" and e["tier"] == "emergency" for e in red["events"])
    assert any("911" in s for s in red["say"])


def test_bad_input_gets_a_clear_answer(batch: list[dict]) -> None:
    empty, spaces, weather, chinese, binary, huge, more = (batch[i] for i in (3, 4, 5, 6, 7, 8, 9))
    assert "did not hear" in empty["say"][0] and "did not hear" in spaces["say"][0]
    assert weather["intent"] in ("out_of_scope", "nlu_fallback")
    assert "ice" in weather["say"][0]  # says what it can help with
    assert "English" in chinese["say"][0]
    assert binary["say"] and not binary["emergency"]
    assert "one short question" in huge["say"][0]
    assert more["intent"] == "tell_me_more"


def test_ask_text_prints_speech_and_writes_nothing_in_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_DATA_HOME": "", "BACKCOACH_HOME": ""}
    done = run_cli("ask", "how", "long", "should", "i", "ice", "my", "back", env=env)
    assert done.returncode == 0, done.stderr
    assert "minutes" in done.stdout.decode()
    made = sorted(str(p.relative_to(home)) for p in home.rglob("*"))
    assert all(p.startswith(".local/share/backcoach") or p in (".local", ".local/share")
               for p in made), made


def test_chat_script_runs_on_a_virtual_clock(model_path: Path, tmp_path: Path) -> None:
    script = tmp_path / "ice.txt"
    script.write_text("# a twenty minute ice session\nstart an ice timer for twenty minutes\n"
                      "/wait 21m\nokay it's off\n")
    done = run_cli("chat", "--script", str(script), "--json")
    assert done.returncode == 0, done.stderr
    rows = json_lines(done.stdout)
    assert rows[0] == {"t": 0, "user": "start an ice timer for twenty minutes"}
    events = [(r["t"], r["event"]) for r in rows if "event" in r]
    assert (0, "timer_started") in [(t, e["type"]) for t, e in events]
    finished = [t for t, e in events if e["type"] == "timer_finished"]
    assert finished == [1200]
    times = [r["t"] for r in rows]
    assert times == sorted(times)
    assert {"t": 1260, "user": "okay it's off"} in rows
    assert any(e["type"] == "timer_acknowledged" for t, e in events if t == 1260)


@pytest.mark.parametrize("args, code", [
    ((), 2),
    (("ask",), 2),
    (("nonsense-command",), 2),
    (("chat",), 2),
    (("chat", "--script", "/no/such/file.txt"), 1),
    (("ask", "--batch", "/no/such/file.txt"), 1),
])
def test_exit_codes_and_one_line_errors(args: tuple[str, ...], code: int) -> None:
    done = run_cli(*args, timeout=60)
    assert done.returncode == code
    err = done.stderr.decode().strip()
    assert err and len(err.splitlines()) == 1 and "Traceback" not in err


def test_help_exits_zero() -> None:
    done = run_cli("--help", timeout=60)
    assert done.returncode == 0 and b"ask" in done.stdout
    assert os.environ.get("BACKCOACH_HOME")

"""``backcoach run`` as a service: in every storage and settings fault ``printf 'help\\n' |
backcoach run --text`` sounds the alarm; one copy per data folder; no input at all is a failure
(so systemd notices); Ctrl-C never waits for Enter.

Each run is a real process on a real (broken) data folder; the faults are in ``tests/faults.py``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from assistant.core.lines import NO_SAVE
from tests.conftest import CLI, ROOT
from tests.faults import corrupt, fill, locked, small_disk, unwritable

pytestmark = pytest.mark.slow  # backcoach subprocesses

NO_MODEL = ["--model", "/nonexistent/model.tar.gz"]
"""The safety words need no dialogue model; leaving it out keeps each run short."""


def run(home: Path, *args: str, stdin: bytes = b"help\n",
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([*CLI, "run", "--text", *NO_MODEL, *args], input=stdin,
                          capture_output=True, timeout=120, cwd=ROOT,
                          env={**os.environ, "BACKCOACH_HOME": str(home), **(env or {})})
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(),
                                       done.stderr.decode())


def alarm_sounded(done: subprocess.CompletedProcess[str]) -> bool:
    return (done.returncode == 0 and "(alarm_started)" in done.stdout
            and "I need help" in done.stdout and "Traceback" not in done.stderr)


def seeded_home(home: Path) -> Path:
    from assistant.core.store import Store

    home.mkdir(parents=True, exist_ok=True)
    s = Store(home / "backcoach.db")
    s.set_pref("first_run_done", "1")
    s.close()
    return home


@pytest.fixture(params=["unwritable file", "read-only folder", "full disk", "locked"])
def broken_home(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    with ExitStack() as stack:
        if request.param == "unwritable file":
            home = seeded_home(tmp_path / "home")
            stack.enter_context(unwritable(home / "backcoach.db"))
        elif request.param == "read-only folder":
            home = tmp_path / "home"
            home.mkdir()
            stack.enter_context(unwritable(home))
        elif request.param == "full disk":
            home = stack.enter_context(small_disk(tmp_path / "home"))
            fill(home)
        else:
            home = seeded_home(tmp_path / "home")
            stack.enter_context(locked(home / "backcoach.db"))
        yield home


def test_help_sounds_the_alarm_whatever_the_storage_fault(broken_home: Path) -> None:
    done = run(broken_home)
    assert alarm_sounded(done), (done.stdout, done.stderr)
    assert done.stdout.count(NO_SAVE) == 1
    assert done.stdout.index(NO_SAVE) < done.stdout.index("you: help")  # said at start, once
    assert "nothing will be saved" in done.stderr and "backcoach.db" in done.stderr


def test_a_first_run_in_a_read_only_folder_still_sounds_the_alarm(tmp_path: Path) -> None:
    home = tmp_path / "fresh"
    home.mkdir()
    with unwritable(home):
        done = run(home)
    assert alarm_sounded(done), done.stderr
    out = done.stdout
    assert out.index("(alarm_started)") < out.index("not a doctor")  # help before the notice


def test_corrupt_database_is_moved_aside_and_help_works(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    junk = corrupt(home / "backcoach.db")
    done = run(home)
    assert alarm_sounded(done), done.stderr
    aside = [p for p in home.iterdir() if p.name.startswith("backcoach.db.corrupt-")]
    assert len(aside) == 1 and aside[0].read_bytes() == junk
    assert str(aside[0]) in done.stderr  # the log line says where it went
    assert NO_SAVE not in done.stdout  # a new file: saving again


@pytest.mark.parametrize("toml, named", [
    ("[safety\nemergency_number =", "cannot be read"),
    ('[safety]\nemergency_number = ""\nnotify_command = "/bin/echo"\nalarm_max_minutes = -1\n'
     '[timers]\nice_default_minutes = "fifteen"\n', "[safety] emergency_number"),
    (b"\xff\xfe not text".decode("latin-1"), "cannot be read"),
])
def test_bad_settings_never_stop_help(tmp_path: Path, toml: str, named: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "settings.toml").write_text(toml, encoding="latin-1")
    done = run(home)
    assert alarm_sounded(done), done.stderr
    lines = [line for line in done.stderr.splitlines() if "settings:" in line]
    assert lines and all(str(home / "settings.toml") in line for line in lines)
    assert any(named in line for line in lines)
    assert "using safe defaults" in done.stdout  # said, not only logged


def test_a_second_run_on_the_same_folder_exits_non_zero(tmp_path: Path) -> None:
    home = tmp_path / "home"
    first = subprocess.Popen([*CLI, "run", "--text", *NO_MODEL], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                             env={**os.environ, "BACKCOACH_HOME": str(home)})
    try:
        for _ in range(600):  # until it holds the folder (it writes its pid when it does)
            if (home / "backcoach.pid").exists():
                break
            time.sleep(0.05)
        second = run(home)
        assert second.returncode == 1
        assert "already running" in second.stderr and str(home) in second.stderr
        assert str(first.pid) in second.stderr
        assert second.stdout == ""  # it said nothing and recorded nothing
        other = run(tmp_path / "elsewhere")  # another folder is another assistant
        assert alarm_sounded(other)
        ask = subprocess.run([*CLI, "ask", "--no-model", "help"], capture_output=True,
                             timeout=120, cwd=ROOT, env={**os.environ, "BACKCOACH_HOME": str(home)})
        assert ask.returncode == 0 and b"I need help" in ask.stdout  # ask takes no lock
        out, _ = first.communicate(b"help\n", timeout=120)
        assert first.returncode == 0 and out.decode().count("(alarm_started)") == 1
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert not (home / "backcoach.pid").exists()
    assert alarm_sounded(run(home))  # free again once the first has gone


def test_no_input_at_all_is_a_failure(tmp_path: Path) -> None:
    done = run(tmp_path / "home", stdin=b"")
    assert done.returncode == 1
    assert [line for line in done.stderr.splitlines() if "no input" in line] == [
        next(line for line in done.stderr.splitlines() if line.startswith("backcoach: no input"))]


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_ctrl_c_quits_without_waiting_for_enter(tmp_path: Path, sig: signal.Signals) -> None:
    """Ctrl-C, or a service manager's SIGTERM, stops the assistant on purpose (exit 0, lock
    released) at once: not after Enter, and not as "no input" once standard input closes."""
    proc = subprocess.Popen([*CLI, "run", "--text"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                            env={**os.environ, "BACKCOACH_HOME": str(tmp_path / "home")})
    try:
        for _ in range(600):
            if (tmp_path / "home" / "backcoach.pid").exists():
                break
            time.sleep(0.05)
        proc.send_signal(sig)  # while the model loads and nothing has been typed
        _, err = proc.communicate(timeout=60)  # a hang until Enter would time out here
        assert proc.returncode == 0, err.decode()
        assert not (tmp_path / "home" / "backcoach.pid").exists()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

"""The call-for-help alarm on the virtual clock, and the notify hook (a real subprocess)."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import pytest
from helpers import route

from assistant.core.clock import VirtualClock
from assistant.core.events import AlarmStarted, AlarmStopped, Output, Say, Tone
from assistant.core.settings import SafetySettings
from assistant.services.alarm import CALL_LINE, AlarmService, run_notify

NASTY = "help; rm -rf / $(id) | & > '\" `whoami` *"
WRITER = "import sys; open(sys.argv[1], 'w').write(sys.argv[2])"


def step(alarm: AlarmService, clock: VirtualClock, seconds: float) -> list[tuple[float, list[Output]]]:
    """Like Runtime.advance: step to each deadline within ``seconds`` and fire there."""
    target = clock.now() + seconds
    fired = []
    while (deadline := alarm.next_deadline()) is not None and deadline <= target:
        clock.set(max(deadline, clock.now()))
        out = alarm.fire_due(clock.now())
        if out:
            fired.append((clock.elapsed, out))
    clock.set(target)
    return fired


def test_alarm_repeats_until_stop() -> None:
    clock = VirtualClock()
    alarm = AlarmService(SafetySettings(alarm_repeat_seconds=8.0))
    start = route(alarm, "alarm.start", {"reason": "help"}, clock.now())
    assert start is not None and start[0] == AlarmStarted("help")
    assert Tone("alarm", urgent=True) in start and Say(CALL_LINE, urgent=True) in start
    assert all(o.urgent for o in start if isinstance(o, (Say, Tone)))
    assert alarm.busy() and alarm.next_deadline() == clock.now() + 8.0
    fired = step(alarm, clock, 30)
    assert [t for t, _ in fired] == [8.0, 16.0, 24.0]
    for _, out in fired:
        assert out == [Tone("alarm", urgent=True), Say(CALL_LINE, urgent=True)]
    assert route(alarm, "control", {"cmd": "slower"}, clock.now()) is None  # not a stop
    stopped = route(alarm, "control", {"cmd": "stop"}, clock.now())
    assert stopped is not None and stopped[0] == AlarmStopped("asked")
    assert not alarm.busy() and alarm.next_deadline() is None
    assert step(alarm, clock, 60) == []
    assert route(alarm, "control", {"cmd": "stop"}, clock.now()) is None  # nothing ringing


def test_alarm_gives_up_after_the_max() -> None:
    clock = VirtualClock()
    alarm = AlarmService(SafetySettings(alarm_repeat_seconds=10.0, alarm_max_minutes=1.0))
    route(alarm, "alarm.start", {"reason": "help"}, clock.now())
    fired = step(alarm, clock, 600)
    assert [t for t, _ in fired] == [10.0, 20.0, 30.0, 40.0, 50.0, 60.0]
    assert fired[-1][1][0] == AlarmStopped("timeout")
    assert not alarm.busy()


def test_a_clock_jump_gives_one_burst_and_stays_on_the_grid() -> None:
    clock = VirtualClock()
    alarm = AlarmService(SafetySettings(alarm_repeat_seconds=8.0))
    route(alarm, "alarm.start", {}, clock.now())
    clock.advance(100)
    out = alarm.fire_due(clock.now())
    assert out == [Tone("alarm", urgent=True), Say(CALL_LINE, urgent=True)]
    assert alarm.next_deadline() == clock.start + 104.0


def test_other_ops_are_not_the_alarms() -> None:
    alarm = AlarmService()
    assert route(alarm, "timer.start", {"kind": "ice"}, 0.0) is None
    assert route(alarm, "control", {"cmd": "stop"}, 0.0) is None


@pytest.mark.slow  # runs the notify hook as a subprocess
async def test_notify_hook_passes_the_reason_as_one_untouched_argument(tmp_path: Path) -> None:
    out = tmp_path / "reason.txt"
    alarm = AlarmService(SafetySettings(notify_command=(sys.executable, "-c", WRITER, str(out))))
    before = time.monotonic()
    route(alarm, "alarm.start", {"reason": NASTY}, 0.0)
    assert time.monotonic() - before < 5  # the hook runs in the background
    assert len(alarm.threads) == 1
    await asyncio.wait_for(asyncio.to_thread(alarm.threads[0].join, 20), timeout=25)
    assert out.read_text() == NASTY
    route(alarm, "alarm.start", {"reason": "again"}, 1.0)  # already ringing: no second notify
    assert len(alarm.threads) == 1


@pytest.mark.slow  # runs the notify hook as a subprocess
async def test_notify_for_an_emergency_and_failures_never_raise(tmp_path: Path) -> None:
    out = tmp_path / "emergency.txt"
    alarm = AlarmService(SafetySettings(notify_command=(sys.executable, "-c", WRITER, str(out))))
    thread = alarm.notify("chest_pain")
    assert thread is not None
    await asyncio.wait_for(asyncio.to_thread(thread.join, 20), timeout=25)
    assert out.read_text() == "chest_pain"
    assert AlarmService().notify("help") is None  # off by default
    assert run_notify((str(tmp_path / "no-such-program"),), "help") is False
    assert run_notify((sys.executable, "-c", "raise SystemExit(3)"), "help") is False
    assert run_notify((sys.executable, "-c", "import time; time.sleep(5)"), "x", timeout=0.5) is False

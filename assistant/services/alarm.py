"""Call-for-help alarm: a loud repeating tone and "I need help" until someone says stop.

A service (:class:`assistant.services.base.Service`): it never sleeps or reads the clock; the
conversation calls
``next_deadline()`` and ``fire_due(now)``. Its Tone and Say are ``urgent=True``: the speaker plays
them at full volume (even if the user turned it down) and barge-in never drops them.

The optional notify hook (``SafetySettings.notify_command``) is an argument list, run once with the
reason appended as ONE argument, never through a shell, in a background thread with a timeout.
It is off by default: nothing leaves the machine unless the user configures it.
"""

from __future__ import annotations

import logging
import subprocess
import threading
from typing import ClassVar

from assistant.core.events import AlarmStarted, AlarmStopped, Output, Say, Tone
from assistant.core.ops import AlarmStart, ControlCmd, Op
from assistant.core.settings import SafetySettings

log = logging.getLogger(__name__)

CALL_LINE = "I need help. Please come."
HOW_TO_STOP = "I am calling for help. Say stop when someone is with you."
ALARM_OFF = "The alarm is off."
GAVE_UP = "The alarm has stopped. Say help to start it again."
STOP_COMMANDS = {ControlCmd.STOP, ControlCmd.PAUSE, ControlCmd.SKIP, ControlCmd.DONE}
NOTIFY_TIMEOUT = 10.0


def run_notify(command: tuple[str, ...] | list[str], reason: str,
               timeout: float = NOTIFY_TIMEOUT) -> bool:
    """Run ``[*command, reason]`` without a shell. True when it exited 0; never raises."""
    if not command:
        return False
    try:
        done = subprocess.run([*command, reason], shell=False, timeout=timeout,
                              stdin=subprocess.DEVNULL, capture_output=True, check=False)
    except (OSError, subprocess.SubprocessError, ValueError) as exc:
        log.warning("notify command failed to run: %s", exc)
        return False
    if done.returncode != 0:
        log.warning("notify command exited %s: %s", done.returncode,
                    done.stderr.decode(errors="replace")[-500:])
        return False
    return True


class AlarmService:
    """The call-for-help alarm. :class:`AlarmStart` starts it; ``stop`` ends it."""

    name: ClassVar[str] = "alarm"
    ops: ClassVar[tuple[type[Op], ...]] = (AlarmStart,)

    def __init__(self, settings: SafetySettings | None = None) -> None:
        self.settings = settings or SafetySettings()
        self.reason = ""
        self._next: float | None = None
        self._until = 0.0
        self.threads: list[threading.Thread] = []
        """Notify hook threads started so far (tests join them)."""

    # ----- Service protocol --------------------------------------------------------------
    def busy(self) -> bool:
        return self._next is not None

    def next_deadline(self) -> float | None:
        if self._next is None:
            return None
        return min(self._next, self._until)

    def handle(self, op: Op, now: float) -> list[Output]:
        assert isinstance(op, AlarmStart)
        return self.start(op.reason or "help", now, notify=not op.notified)

    def urgency(self) -> int:
        return 3

    def wants_control(self, cmd: ControlCmd) -> bool:
        return self.busy() and cmd in STOP_COMMANDS

    def control(self, cmd: ControlCmd, now: float) -> list[Output]:
        return self.stop("asked")

    def question_asked_at(self, now: float) -> float | None:
        return None

    def takes_answer(self, value: str, now: float) -> bool:
        return False

    def answer(self, value: str, now: float) -> list[Output]:
        return []

    def fire_due(self, now: float) -> list[Output]:
        if self._next is None:
            return []
        if now >= self._until:
            return self.stop("timeout", GAVE_UP)
        if now < self._next:
            return []
        repeat = max(1.0, float(self.settings.alarm_repeat_seconds))
        while self._next <= now:  # one burst even if the clock jumped; stay on the grid
            self._next += repeat
        return self._burst()

    # ----- actions -------------------------------------------------------------------------
    def start(self, reason: str, now: float, notify: bool = True) -> list[Output]:
        """Start (or, if already ringing, restart) the alarm and run the notify hook once
        (``notify=False``: the caller already notified, for example for an emergency)."""
        already = self.busy()
        self.reason = reason
        self._next = now + max(1.0, float(self.settings.alarm_repeat_seconds))
        self._until = now + float(self.settings.alarm_max_minutes) * 60.0
        if notify and not already:
            self.notify(reason)
        return [AlarmStarted(reason), *self._burst(), Say(HOW_TO_STOP, urgent=True)]

    def stop(self, why: str, line: str = ALARM_OFF) -> list[Output]:
        self._next = None
        return [AlarmStopped(why), Say(line)]

    def notify(self, reason: str) -> threading.Thread | None:
        """Run the notify hook with ``reason`` in the background; None when it is off."""
        command = tuple(self.settings.notify_command)
        if not command:
            return None
        thread = threading.Thread(target=run_notify, args=(command, reason),
                                  name="backcoach-notify", daemon=True)
        thread.start()
        self.threads.append(thread)
        return thread

    @staticmethod
    def _burst() -> list[Output]:
        return [Tone("alarm", urgent=True), Say(CALL_LINE, urgent=True)]

"""What every service offers the conversation, and how the conversation drives it.

A service never sleeps and never reads a clock: ``now`` (absolute epoch seconds) is passed into
every call. Live, one task sleeps until the earliest ``next_deadline()`` and calls
``fire_due(now)``; on the virtual clock a script steps the clock from deadline to deadline.
"""

from __future__ import annotations

from typing import ClassVar, Protocol

from assistant.core.events import Output
from assistant.core.ops import ControlCmd, Op


class Service(Protocol):
    name: ClassVar[str]
    ops: ClassVar[tuple[type[Op], ...]]
    """The op types this service carries out (the conversation routes them by type)."""

    def next_deadline(self) -> float | None:
        """The earliest absolute time it needs to act, or None."""

    def fire_due(self, now: float) -> list[Output]:
        """Do everything due at or before ``now``."""

    def handle(self, op: Op, now: float) -> list[Output]:
        """Carry out one of :attr:`ops`."""

    def busy(self) -> bool:
        """Something is running, ringing or paused."""

    def urgency(self) -> int:
        """Who gets "stop" first when several are busy: the highest (alarm 3, a ringing timer 2,
        a routine 1, running timers 0)."""

    def wants_control(self, cmd: ControlCmd) -> bool:
        """Whether ``cmd`` means something to it right now."""

    def control(self, cmd: ControlCmd, now: float) -> list[Output]:
        """Carry out ``cmd`` (only called after :meth:`wants_control` said yes)."""

    def question_asked_at(self, now: float) -> float | None:
        """When its open question (if one is still open at ``now``) was asked."""

    def takes_answer(self, value: str, now: float) -> bool:
        """Whether ``value`` (yes, no, a timer kind) answers its open question."""

    def answer(self, value: str, now: float) -> list[Output]:
        """Act on the answer (only called after :meth:`takes_answer` said yes)."""

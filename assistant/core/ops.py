"""Typed ops: what the dialogue (Rasa custom actions) or the conversation asks a service to do.

A custom action sends an op as a custom payload, ``{"backcoach_op": NAME, "args": {...}}``
(:func:`to_payload`), so the same actions also run under ``rasa run actions``. The conversation
parses each payload once, at the Rasa boundary, into one of the frozen dataclasses below
(:func:`parse_op`); from there on only typed ops travel, and each service registers the op types
it handles.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, ClassVar, get_type_hints

OP_KEY = "backcoach_op"


class OpError(ValueError):
    """A payload that is not a known op, or whose arguments have the wrong type."""


class ControlCmd(str, Enum):
    """Generic commands for whatever is running (the alarm, a ringing timer, a routine)."""

    STOP = "stop"
    PAUSE = "pause"
    RESUME = "resume"
    SKIP = "skip"
    REPEAT = "repeat"
    SLOWER = "slower"
    FASTER = "faster"
    LONGER = "longer"
    HURT = "hurt"
    DONE = "done"


@dataclass(frozen=True)
class TimerStart:
    """Start a timer. ``kind``: ice, heat, other, alternate (heat then ice) or None (ask).
    ``at``: an alarm at a time of day instead of a length ("7:30", "7:30 pm"; without am or pm,
    the next such time)."""

    name: ClassVar[str] = "timer.start"
    kind: str | None = None
    seconds: int | None = None
    at: str | None = None


@dataclass(frozen=True)
class TimerStatus:
    name: ClassVar[str] = "timer.status"
    kind: str | None = None


@dataclass(frozen=True)
class TimerCancel:
    name: ClassVar[str] = "timer.cancel"
    kind: str | None = None


@dataclass(frozen=True)
class TimerPause:
    name: ClassVar[str] = "timer.pause"
    kind: str | None = None


@dataclass(frozen=True)
class TimerResume:
    name: ClassVar[str] = "timer.resume"
    kind: str | None = None


@dataclass(frozen=True)
class TimerAdd:
    name: ClassVar[str] = "timer.add"
    seconds: int | None = None
    kind: str | None = None


@dataclass(frozen=True)
class Ack:
    """The pack is off: acknowledges every ringing timer."""

    name: ClassVar[str] = "ack"


@dataclass(frozen=True)
class History:
    """``what``: last (when did I last), count_today or total_today; ``days_ago``: which day
    the count or total is for (0 today, 1 yesterday)."""

    name: ClassVar[str] = "history"
    kind: str = "ice"
    what: str = "last"
    days_ago: int = 0


@dataclass(frozen=True)
class RoutineStart:
    name: ClassVar[str] = "routine.start"
    routine: str = "stretch"


@dataclass(frozen=True)
class RoutineOffer:
    """Offer a routine ("would you like me to guide some slow breathing?"): a yes starts it."""

    name: ClassVar[str] = "routine.offer"
    routine: str = "breathing"


@dataclass(frozen=True)
class Control:
    name: ClassVar[str] = "control"
    cmd: ControlCmd = ControlCmd.STOP


@dataclass(frozen=True)
class Answer:
    """A short reply to an open question: ``yes``, ``no``, or a timer kind ("the ice one")."""

    name: ClassVar[str] = "answer"
    value: str = ""


@dataclass(frozen=True)
class AlarmStart:
    """Sound the call-for-help alarm. ``notified``: the notify hook already ran."""

    name: ClassVar[str] = "alarm.start"
    reason: str = "help"
    notified: bool = False


@dataclass(frozen=True)
class RedFlag:
    """A red flag heard by the dialogue model (the screen found none): the gate decides."""

    name: ClassVar[str] = "emergency"
    reason: str = "red_flag"
    tier: str | None = None


@dataclass(frozen=True)
class WarningSigns:
    name: ClassVar[str] = "warning_signs"


@dataclass(frozen=True)
class SpeechStep:
    """Louder/quieter (``volume``) or slower/faster (``rate``), one step up or down."""

    name: ClassVar[str] = "speech"
    setting: str = "volume"
    step: int = 1


@dataclass(frozen=True)
class Repeat:
    name: ClassVar[str] = "repeat"


Op = (TimerStart | TimerStatus | TimerCancel | TimerPause | TimerResume | TimerAdd | Ack | History
      | RoutineStart | RoutineOffer | Control | Answer | AlarmStart | RedFlag | WarningSigns | SpeechStep | Repeat)
OP_TYPES: tuple[type[Any], ...] = Op.__args__
_BY_NAME: dict[str, type[Any]] = {t.name: t for t in OP_TYPES}


def _coerce(cls: type[Any], key: str, value: Any, hint: Any) -> Any:
    if value is None:
        if "None" in str(hint):
            return None
        raise OpError(f"{cls.name}: {key} may not be empty")
    if hint is ControlCmd or "ControlCmd" in str(hint):
        try:
            return ControlCmd(str(value))
        except ValueError as exc:
            raise OpError(f"{cls.name}: unknown command {value!r}") from exc
    if "int" in str(hint) and not isinstance(value, bool):
        try:
            return int(value)
        except (TypeError, ValueError) as exc:
            raise OpError(f"{cls.name}: {key} must be a number, not {value!r}") from exc
    if "bool" in str(hint):
        return bool(value)
    return str(value)


def make_op(name: str, args: Mapping[str, Any] | None = None) -> Op:
    """The typed op ``name`` with ``args`` (unknown keys are an error)."""
    cls = _BY_NAME.get(name)
    if cls is None:
        raise OpError(f"unknown op {name!r}")
    hints = get_type_hints(cls)
    fields = {f.name for f in dataclasses.fields(cls)}
    args = dict(args or {})
    extra = set(args) - fields
    if extra:
        raise OpError(f"{name}: unknown arguments {sorted(extra)}")
    return cls(**{k: _coerce(cls, k, v, hints[k]) for k, v in args.items()})  # type: ignore[no-any-return]


def parse_op(payload: Mapping[str, Any]) -> Op | None:
    """The op in a custom payload from an action, or None when the payload carries none."""
    if OP_KEY not in payload:
        return None
    args = payload.get("args") or {}
    if not isinstance(args, Mapping):
        raise OpError(f"{payload[OP_KEY]}: args must be an object")
    return make_op(str(payload[OP_KEY]), args)


def to_payload(op: Op) -> dict[str, Any]:
    """The custom payload an action sends for ``op`` (JSON-safe)."""
    args = {f.name: getattr(op, f.name) for f in dataclasses.fields(op)}
    args = {k: (v.value if isinstance(v, Enum) else v) for k, v in args.items()}
    return {OP_KEY: op.name, "args": args}

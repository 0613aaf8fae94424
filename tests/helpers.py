"""Test helpers shared by several test files."""

from __future__ import annotations

from typing import Any

from assistant.core.events import Output
from assistant.core.ops import Answer, Control, make_op


def route(service: Any, op_name: str, args: dict[str, Any] | None, now: float) -> list[Output] | None:
    """Route one op to ``service`` the way the conversation does; None when it is not the
    service's (not one of its op types, a control it does not want, an answer it does not take)."""
    op = make_op(op_name, args or {})
    if isinstance(op, Control):
        return service.control(op.cmd, now) if service.wants_control(op.cmd) else None
    if isinstance(op, Answer):
        value = op.value.lower()
        if service.question_asked_at(now) is None or not service.takes_answer(value, now):
            return None
        return service.answer(value, now)
    return service.handle(op, now) if type(op) in service.ops else None

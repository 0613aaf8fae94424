"""How an action asks the runtime to do something: one custom payload per op."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # keep the runtime's import of OP_KEY light
    from rasa_sdk.executor import CollectingDispatcher

OP_KEY = "backcoach_op"


def emit(dispatcher: CollectingDispatcher, op: str, **args: Any) -> None:
    """Send ``op`` with ``args`` to the runtime (shown as JSON under ``rasa shell``)."""
    dispatcher.utter_message(json_message={OP_KEY: op, "args": args})


def first_entity(tracker: Any, name: str) -> Any:
    """The value of the first entity ``name`` in the latest user message, or None."""
    for entity in tracker.latest_message.get("entities", []) or []:
        if entity.get("entity") == name:
            return entity.get("value")
    return None

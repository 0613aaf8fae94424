"""How an action asks Back Coach to do something: one typed op per custom payload."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.core.ops import Op, to_payload

if TYPE_CHECKING:
    from rasa_sdk.executor import CollectingDispatcher


def emit(dispatcher: CollectingDispatcher, op: Op) -> None:
    """Send ``op`` (shown as JSON under ``rasa shell``)."""
    dispatcher.utter_message(json_message=to_payload(op))


def first_entity(tracker: Any, name: str) -> Any:
    """The value of the first entity ``name`` in the latest user message, or None."""
    for entity in tracker.latest_message.get("entities", []) or []:
        if entity.get("entity") == name:
            return entity.get("value")
    return None

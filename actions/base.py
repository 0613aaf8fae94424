"""The one shape every op-emitting action has: a name, and a typed op built from the tracker."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.ops import emit
from assistant.core.ops import Op


class OpAction(Action, ABC):
    """Base (abstract, so rasa_sdk does not register it): subclasses give the action name and
    build the op from the tracker."""

    action_name = ""

    def name(self) -> str:
        return self.action_name

    @abstractmethod
    def op(self, tracker: Tracker) -> Op: ...

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        emit(dispatcher, self.op(tracker))
        return []


def intent_name(tracker: Tracker) -> str:
    return str((tracker.latest_message.get("intent") or {}).get("name") or "")

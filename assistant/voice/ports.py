"""What the voice loop needs from the conversation (and nothing more)."""

from __future__ import annotations

from typing import Protocol

from assistant.core.clock import Clock
from assistant.core.events import Output, TurnResult


class Conversation(Protocol):
    clock: Clock

    async def handle_text(self, raw: str, addressed: bool = True) -> TurnResult:
        """One user turn: everything to say and do, in order."""

    def urgent(self, raw: str) -> TurnResult | None:
        """"stop", a call for help or a red flag, answered at once without the dialogue model
        (None: nothing urgent in it)."""

    def next_deadline(self) -> float | None:
        """When the services next need the clock."""

    def fire_due(self, now: float) -> list[Output]:
        """What the services do at ``now``."""

    def busy(self) -> bool:
        """Something is running, ringing or paused (then "stop" means more than "be quiet")."""

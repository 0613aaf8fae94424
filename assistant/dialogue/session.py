"""Which dialogue-model conversation a turn belongs to, kept short so cost stays flat.

Rasa keeps every event of a conversation in its tracker and rebuilds the tracker from all of
them on every turn, so a conversation kept for the life of the process gets slower by the turn
(34 ms a turn at first, 549 ms after 1,000 turns). Two rules keep it flat:

* after ``session_idle_minutes`` without a word, a new conversation (and the old one's history is
  dropped);
* at ``session_max_turns`` turns, the conversation is cut back to its session start and its last
  :data:`KEEP_TURNS` turns: the policies only look at the last three (``max_history``), so a
  "tell me more" right after the cut still knows what it follows.

Nothing that matters lives in the model's conversation (it has no slots): running timers, the
alarm, the safety gate's open question and aftercare, and the preferences belong to the services
and the store, and carry on through both.
"""

from __future__ import annotations

from assistant.core.settings import DialogueSettings
from assistant.dialogue.agent import Dialogue

KEEP_TURNS = 5
"""User turns kept when a long conversation is cut back."""


class DialogueSession:
    def __init__(self, dialogue: Dialogue | None, settings: DialogueSettings) -> None:
        self.dialogue = dialogue
        self.settings = settings
        self.sender_id = Dialogue.new_sender()
        self.turns = 0
        """User turns in the model's conversation now."""
        self.last_turn_at: float | None = None
        self.rollovers = 0
        """New conversations started after a silence (for tests and the soak benchmark)."""
        self.trims = 0

    async def before_turn(self, now: float) -> str:
        """The sender id for a turn at ``now``, after starting afresh or cutting back if due."""
        idle = self.settings.session_idle_minutes * 60
        if self.last_turn_at is not None and now - self.last_turn_at >= idle:
            old, self.sender_id = self.sender_id, Dialogue.new_sender()
            self.turns, self.rollovers = 0, self.rollovers + 1
            if self.dialogue is not None:
                await self.dialogue.forget(old)
        elif self.turns >= self.settings.session_max_turns and self.dialogue is not None:
            self.turns = await self.dialogue.trim(self.sender_id, KEEP_TURNS)
            self.trims += 1
        self.turns += 1
        self.last_turn_at = now
        return self.sender_id

"""The dialogue does not depend on how a recognizer writes: Whisper's capitals, punctuation and
digits, PocketSphinx's and Vosk's bare lower-case words, all lead to the same intent and the same
events (kind, therapy, seconds)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from assistant.conversation import Conversation
from assistant.core.clock import VirtualClock
from assistant.core.settings import Settings
from assistant.core.store import Store

pytestmark = pytest.mark.slow  # the trained dialogue model

PAIRS = [
    ("start an ice timer for fifteen minutes", "Start an ice timer for 15 minutes."),
    ("start the cold therapy timer", "Start the cold therapy timer."),
    ("set a ten minute heat timer", "Set a 10-minute heat timer."),
    ("heat for twenty minutes please", "Heat for 20 minutes, please."),
    ("how long should i ice my back", "How long should I ice my back?"),
    ("can i take ibuprofen", "Can I take ibuprofen?"),
    ("lets do the breathing exercise", "Let's do the breathing exercise."),
    ("show me a stretch", "Show me a stretch!"),
    ("how much time is left", "How much time is left?"),
    ("cancel the timer", "Cancel the timer."),
    ("what is a back spasm", "What is a back spasm?"),
    ("stop", "Stop."),
    ("i cant feel my legs", "I can't feel my legs."),
    ("help me", "Help me!"),
    ("can you start a heat timer", "Okay, thanks! Can you start a heat timer?"),
    ("how long should i ice", "Cheers, how long should I ice?"),
]


def outcome(result) -> tuple:
    fields = ("therapy", "seconds", "tier", "name")
    events = tuple(sorted((e.type, *(str(e.to_json().get(f, "")) for f in fields))
                          for e in result.events))
    return result.intent, events


@pytest.mark.parametrize("spoken, written", PAIRS)
def test_the_same_words_written_differently_do_the_same(dialogue, tmp_path: Path, spoken: str,
                                                        written: str) -> None:
    async def one(text: str, db: Path) -> tuple:
        store = Store(db)  # each its own conversation and store: nothing carried over
        try:
            return outcome(await Conversation(Settings(), VirtualClock(), store,
                                              dialogue).handle_text(text))
        finally:
            store.close()

    async def both() -> tuple:
        return await one(spoken, tmp_path / "a.db"), await one(written, tmp_path / "b.db")

    a, b = asyncio.run(asyncio.wait_for(both(), 60))
    assert a == b

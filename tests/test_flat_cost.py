"""Flat cost: the dialogue model's conversation starts afresh after a silence and is cut back at
a length, while what matters (running timers, the alarm, the safety gate's question,
preferences) carries on. The soak figures are from ``benchmarks/soak.py``."""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path
from typing import Any

import pytest

from assistant.conversation import Conversation
from assistant.core.clock import VirtualClock
from assistant.core.ops import TimerStart
from assistant.core.settings import Settings
from assistant.core.store import Store
from assistant.dialogue.agent import DialogueReply
from assistant.dialogue.session import KEEP_TURNS, DialogueSession


class RecordingDialogue:
    """Stands in for the Rasa agent: answers every line plainly and records what the session
    asked of it (the real one is tested below, marked slow)."""

    ready = True

    def __init__(self) -> None:
        self.turns: list[tuple[str, str]] = []
        self.forgotten: list[str] = []
        self.trimmed: list[tuple[str, int]] = []

    async def turn(self, text: str, sender_id: str) -> DialogueReply:
        self.turns.append((sender_id, text))
        return DialogueReply("chitchat", 0.99, [], ["Okay."], [("chitchat", 0.99)])

    async def forget(self, sender_id: str) -> None:
        self.forgotten.append(sender_id)

    async def trim(self, sender_id: str, keep_turns: int) -> int:
        self.trimmed.append((sender_id, keep_turns))
        return keep_turns


def settings(idle: float = 60, turns: int = 40) -> Settings:
    s = Settings()
    return dataclasses.replace(s, dialogue=dataclasses.replace(
        s.dialogue, session_idle_minutes=idle, session_max_turns=turns))


def test_a_silence_starts_a_new_conversation_and_drops_the_old_one() -> None:
    fake = RecordingDialogue()
    session = DialogueSession(fake, settings(idle=60).dialogue)  # type: ignore[arg-type]

    async def go() -> None:
        first = await session.before_turn(0)
        assert await session.before_turn(59 * 60) == first  # a long pause, not a silence
        second = await session.before_turn(59 * 60 + 3600)
        assert second != first and fake.forgotten == [first] and session.rollovers == 1
        assert session.turns == 1

    asyncio.run(go())


def test_a_long_conversation_is_cut_back_to_its_last_turns() -> None:
    fake = RecordingDialogue()
    session = DialogueSession(fake, settings(turns=10).dialogue)  # type: ignore[arg-type]

    async def go() -> None:
        ids = {await session.before_turn(float(n)) for n in range(25)}
        assert len(ids) == 1  # the same conversation, only shorter
        assert len(fake.trimmed) == 3 and all(k == KEEP_TURNS for _, k in fake.trimmed)
        assert session.turns <= 10

    asyncio.run(go())


def test_timers_alarm_and_preferences_carry_on_through_a_new_conversation(
        tmp_path: Path) -> None:
    fake = RecordingDialogue()
    store = Store(tmp_path / "backcoach.db")
    conv = Conversation(settings(idle=5), VirtualClock(), store, fake)  # type: ignore[arg-type]

    async def go() -> None:
        await conv.handle_text("hello")
        conv.do(TimerStart("other", 3 * 3600), conv.clock.now())
        await conv.handle_text("speak slower")  # a preference (the fake answers it plainly)
        conv.store.set_pref("speech.rate", "130")
        await conv.handle_text("help")  # the alarm: the gate, not the model
        first_sender = conv.session.sender_id
        conv.advance(6 * 60)  # a silence longer than session_idle_minutes
        assert conv.alarm.busy() and conv.timers.busy()
        await conv.handle_text("how are you")
        assert conv.session.sender_id != first_sender and fake.forgotten == [first_sender]
        assert conv.alarm.busy()  # still ringing until someone says stop
        assert [t.kind for t in store.active_timers()] == ["other"]
        assert store.get_pref("speech.rate") == "130"
        stop = await conv.handle_text("stop")
        assert "alarm_stopped" in [e.type for e in stop.events]

    asyncio.run(go())
    store.close()


@pytest.mark.slow
def test_the_real_model_keeps_context_across_a_cut_and_forgets_on_request(dialogue: Any) -> None:
    async def go() -> None:
        sid = dialogue.new_sender()
        for line in ["hello", "what can i do for the pain", "thank you"] * 4:
            await dialogue.turn(line, sid)
        await dialogue.turn("should i use ice or heat", sid)
        kept = await dialogue.trim(sid, KEEP_TURNS)
        assert kept == KEEP_TURNS
        inner = dialogue.agent.tracker_store._tracker_store  # the in-memory store
        tracker = inner.deserialise_tracker(sid, inner.store[sid])
        assert sum(e.type_name == "user" for e in tracker.events) == KEEP_TURNS
        more = await dialogue.turn("tell me more", sid)  # follows the ice-or-heat answer
        assert more.intent == "tell_me_more"
        assert any(isinstance(r, str) and "Cold" in r for r in more.replies), more.replies
        assert sid in inner.store
        await dialogue.forget(sid)
        assert sid not in inner.store

    asyncio.run(go())

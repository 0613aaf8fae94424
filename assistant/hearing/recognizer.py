"""The recognizer protocol every engine implements, and what it hands back.

``accept(pcm)`` takes 16 kHz mono int16 bytes and returns a :class:`Partial` while words change,
a :class:`Transcript` once an utterance has ended (see :mod:`.vad`), else ``None``.
``set_grammar(phrases)`` restricts what can be heard (other words come out as ``[unk]``);
``set_grammar(None)`` is open vocabulary; a change takes effect at the next utterance.
``redecode_open()`` decodes the last utterance again with open vocabulary (used when the wake
phrase was heard under the grammar and a question followed it in the same breath).
"""

from __future__ import annotations

import re
from typing import Protocol

from assistant.core.events import Partial, Transcript

RATE = 16000
"""Samples a second of every recognizer's input."""
UNK = "[unk]"
"""A word outside the grammar."""


class Recognizer(Protocol):
    engine: str
    grammar: list[str] | None
    """The grammar asked for (None: open vocabulary)."""
    utterance_grammar: list[str] | None
    """The grammar the last transcript was decoded with."""

    def accept(self, pcm: bytes) -> Partial | Transcript | None: ...

    def reset(self) -> None: ...

    def set_grammar(self, phrases: list[str] | None) -> None: ...

    def redecode_open(self) -> Transcript | None: ...

    def flush(self) -> Transcript | None: ...


def clean_words(text: str) -> str:
    """Whitespace folded and trimmed."""
    return re.sub(r"\s+", " ", text).strip()

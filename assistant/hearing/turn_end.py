"""How much silence ends an utterance, from the words heard so far.

A fixed 600 ms pause both cuts off a person who stops to find a word ("I can't feel my ...")
and keeps everyone waiting after a finished request. Whisper already decodes the utterance at
its first pause (a guess, :data:`.whisper_engine.SPECULATE_MS`); the guess decides:
- it ends on a word that leaves the sentence open ("and", "my", "um", "for"): wait longer;
- it ends on anything else: the request is likely complete, so a shorter pause ends it.
Without a guess (still decoding, or no Whisper), or with a guess of no words or one (an empty
reading of noise or of the assistant's own echo, or a lone "help" over it), the usual endpoint
stands: a longer wait there would let echo join a "help" into one long, garbled utterance.
Both are off by default (``quick_endpoint_ms`` and ``open_endpoint_ms`` equal the usual 600 ms:
see :class:`assistant.core.settings.RecognizerSettings` for why).
"""

from __future__ import annotations

import re

OPEN_ENDINGS = frozenset("""
and but or so because cos cause then than if when while the a an my your his her our their its
to for of with from into onto about at by under i i'm i've i'd it's um uh er erm hmm ah eh mm
like feel get need want set put take give tell make turn call
""".split())
"""Words after which a sentence is rarely over: conjunctions, articles and possessives,
prepositions, "i", fillers, and verbs that need an object. Not words that end short answers
("yes i do", "no", "maybe", "tell me more", "what?")."""

_WORD = re.compile(r"[a-z']+")


def open_ended(text: str) -> bool:
    """The words so far stop where a sentence rarely does ("start the ice timer for")."""
    words = _WORD.findall(text.lower())
    return not words or words[-1] in OPEN_ENDINGS or text.rstrip().endswith((",", "-", "..."))


def silence_ms(text: str, quick_ms: float, open_ms: float) -> float | None:
    """The pause that ends an utterance whose words so far are ``text``; None: the usual one
    (fewer than two words)."""
    if len(_WORD.findall(text.lower())) < 2:
        return None
    return open_ms if open_ended(text) else quick_ms

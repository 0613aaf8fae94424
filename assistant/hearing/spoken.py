"""Whisper's written text as the words a streaming engine would give."""

from __future__ import annotations

import re


def spoken_style(text: str) -> str:
    """Whisper's written text as spoken words: lower case, no punctuation (apostrophes kept,
    digits kept: the assistant reads both "15" and "fifteen"); "some body" as one word."""
    t = text.lower().replace("\u2019", "'").replace("%", " percent")
    t = re.sub(r"(?<=\d),(?=\d{3})", "", t)  # 1,000 -> 1000
    t = re.sub(r"[^a-z0-9' ]+", " ", t)
    t = re.sub(r"\b(some|any|every) body\b", r"\1body", t)  # "some body help"
    return re.sub(r"\s+", " ", t).strip(" '")


def unloop(text: str) -> str:
    """A phrase said once, when a short decoding window made Whisper write it over and over
    ("somebody help somebody help somebody" -> "somebody help")."""
    words = text.split()
    for n in range(1, len(words) // 2 + 1):
        head = words[:n]
        if all(w == head[i % n] for i, w in enumerate(words)):
            return " ".join(head)
    return text

"""Text as it arrives from a keyboard or a recognizer: printable, folded, checked for English."""

from __future__ import annotations

import re
import unicodedata

MAX_CHARS = 400
"""Longer input is refused with a request for one short question at a time."""


def clean_text(raw: str) -> str:
    """Printable text only, spaces folded; keeps letters of any script (checked later)."""
    text = "".join(ch if unicodedata.category(ch)[0] in "LNPZS" else " " for ch in raw)
    return re.sub(r"\s+", " ", text).strip()


def looks_english(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    return sum(ch.isascii() for ch in letters) / len(letters) >= 0.6

"""Louder, quieter, slower, faster: one step of a speech setting, kept as a preference across
restarts (in memory only when the store cannot save)."""

from __future__ import annotations

from assistant.core.events import Output, Say, SettingChanged
from assistant.core.settings import SpeechSettings
from assistant.core.store import Store


def speech_step(store: Store, settings: SpeechSettings, name: str, step: int) -> list[Output]:
    """``name`` is ``rate`` or ``volume``; ``step`` is -1 or +1."""
    if name == "rate":
        base = float(store.get_pref("speech.rate", str(settings.rate)))
        value = min(220.0, max(90.0, base + 20 * step))
        word = "slower" if step < 0 else "faster"
    else:
        base = float(store.get_pref("speech.volume", str(settings.volume)))
        value = round(min(1.0, max(0.2, base + 0.15 * step)), 2)
        word = "quieter" if step < 0 else "louder"
    store.set_pref(f"speech.{name}", str(value))
    return [SettingChanged(name, value), Say(f"Okay, I will speak {word}.")]

"""Typed events that the stages of Back Coach exchange.

Every stage (recognizer, dialogue, timers, routines, safety, speaker) talks to the others only
through these dataclasses. Each output event knows its JSON form, the one printed by
``backcoach ask --json`` and ``backcoach chat --script --json``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar


@dataclass(frozen=True)
class Say:
    """One sentence (or a short group of sentences) to be spoken."""

    text: str
    urgent: bool = False
    """Urgent speech (alarms, emergency warnings) is never dropped by barge-in."""


@dataclass(frozen=True)
class Tone:
    """A non-speech sound: ``chime`` (soft prompt), ``alarm`` (loud, repeating), ``breath``."""

    kind: str
    urgent: bool = False


@dataclass(frozen=True)
class Event:
    """Base for the product events listed in the CLI contract."""

    type: ClassVar[str] = "event"

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, **asdict(self)}


@dataclass(frozen=True)
class TimerStarted(Event):
    type: ClassVar[str] = "timer_started"
    kind: str
    seconds: int
    timer_id: int = 0


@dataclass(frozen=True)
class TimerFinished(Event):
    type: ClassVar[str] = "timer_finished"
    kind: str
    timer_id: int = 0
    late_seconds: int = 0


@dataclass(frozen=True)
class TimerCancelled(Event):
    type: ClassVar[str] = "timer_cancelled"
    kind: str
    timer_id: int = 0


@dataclass(frozen=True)
class TimerPaused(Event):
    type: ClassVar[str] = "timer_paused"
    kind: str
    timer_id: int = 0
    remaining: int = 0


@dataclass(frozen=True)
class TimerResumed(Event):
    type: ClassVar[str] = "timer_resumed"
    kind: str
    timer_id: int = 0
    remaining: int = 0


@dataclass(frozen=True)
class TimerExtended(Event):
    type: ClassVar[str] = "timer_extended"
    kind: str
    timer_id: int = 0
    seconds: int = 0


@dataclass(frozen=True)
class TimerAcknowledged(Event):
    type: ClassVar[str] = "timer_acknowledged"
    kind: str
    timer_id: int = 0


@dataclass(frozen=True)
class RoutineStarted(Event):
    type: ClassVar[str] = "routine_started"
    routine: str


@dataclass(frozen=True)
class RoutineFinished(Event):
    type: ClassVar[str] = "routine_finished"
    routine: str


@dataclass(frozen=True)
class RoutineStopped(Event):
    type: ClassVar[str] = "routine_stopped"
    routine: str
    reason: str = "asked"


@dataclass(frozen=True)
class Emergency(Event):
    type: ClassVar[str] = "emergency"
    reason: str
    tier: str = "emergency"
    """``emergency`` (call now), ``today`` (see a doctor today) or ``soon``."""


@dataclass(frozen=True)
class SafetyQuestion(Event):
    """A short yes/no question about a possible red flag: a word that may have been misheard
    ("can feel my legs"), or a warning sign only the dialogue model heard. "Yes" gives the
    tiered answer."""

    type: ClassVar[str] = "safety_question"
    reason: str


@dataclass(frozen=True)
class AlarmStarted(Event):
    type: ClassVar[str] = "alarm_started"
    reason: str = "help"


@dataclass(frozen=True)
class AlarmStopped(Event):
    type: ClassVar[str] = "alarm_stopped"
    reason: str = "asked"


@dataclass(frozen=True)
class SettingChanged(Event):
    type: ClassVar[str] = "setting_changed"
    name: str
    value: float | str = 0


@dataclass(frozen=True)
class Interrupt:
    """Barge-in: stop speaking now and drop queued, interruptible speech."""

    reason: str = "stop"


Output = Say | Tone | Event | Interrupt
"""Anything the runtime produces for one turn or one clock tick, in order."""


@dataclass(frozen=True)
class Transcript:
    """What the recognizer heard: final text of one utterance."""

    text: str
    confidence: float = 1.0
    started_at: float = 0.0
    ended_at: float = 0.0
    engine: str = ""


@dataclass(frozen=True)
class MicBlock:
    """A block of microphone audio and, when the speaker is tapped, what it played meanwhile
    (the echo canceller's reference): both 16 kHz mono int16 bytes of the same length."""

    mic: bytes
    played: bytes | None = None


@dataclass(frozen=True)
class Partial:
    """A partial (not yet final) recognition result."""

    text: str
    settled: bool = False
    """A reading of the whole utterance so far, made after the speaker paused (Whisper's quick
    look): it will not change while the pause lasts, so nothing waits for it to settle."""



@dataclass
class TurnResult:
    """The outcome of one user turn, as printed by ``backcoach ask --json``."""

    text: str
    intent: str | None = None
    confidence: float = 0.0
    entities: list[dict[str, Any]] = field(default_factory=list)
    outputs: list[Output] = field(default_factory=list)

    @property
    def say(self) -> list[str]:
        return [o.text for o in self.outputs if isinstance(o, Say)]

    @property
    def events(self) -> list[Event]:
        return [o for o in self.outputs if isinstance(o, Event)]

    @property
    def emergency(self) -> bool:
        return any(isinstance(e, Emergency) and e.tier == "emergency" for e in self.events)

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "intent": self.intent,
            "confidence": round(float(self.confidence), 4),
            "entities": self.entities,
            "say": self.say,
            "emergency": self.emergency,
            "events": [e.to_json() for e in self.events],
        }

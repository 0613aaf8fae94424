"""The timed steps of a routine: paced breathing cycles and counted stretch holds.

A routine is a list of :class:`Step`. Each step has cues at fixed offsets from the step's start,
and a length; the next step starts exactly when the previous one ends, so cue times are
absolute deadlines derived from the routine start and never drift.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.core.events import Output, Say, Tone
from assistant.services.routines.exercises import Exercise, hold_counts

SECONDS_PER_WORD = 0.4
"""About 150 words a minute (SpeechSettings.rate): used to leave time for spoken setup."""


def speak_time(text: str) -> float:
    """Rough time to say ``text``, rounded up to a half second."""
    words = len(text.split())
    return float(int(words * SECONDS_PER_WORD * 2 + 1)) / 2


@dataclass(frozen=True)
class Cue:
    at: float
    """Seconds from the start of the step."""
    outputs: tuple[Output, ...]
    checkin: bool = False
    """After this cue, "any sharp pain?" waits for a yes or no."""


@dataclass(frozen=True)
class Step:
    kind: str
    """``intro``, ``cycle`` (breathing), ``rep`` (one stretch hold), ``end``."""
    cues: tuple[Cue, ...]
    length: float


# ---------------------------------------------------------------- breathing
@dataclass
class Pace:
    """Paced breathing (001_8d5d6500851c1188.txt): in through the nose for about 5 counts,
    pause 1, out for 3 to 4, no pause after breathing out."""

    inhale: float = 5.0
    pause: float = 1.0
    exhale: float = 3.5
    cycles: int = 6
    """6 cycles of 9.5 seconds: about one minute."""
    tones: bool = True

    @property
    def cycle(self) -> float:
        return self.inhale + self.pause + self.exhale

    def slower(self) -> bool:
        if self.inhale >= 7.0:
            return False
        self.inhale, self.exhale = self.inhale + 1.0, min(self.exhale + 0.5, 5.0)
        return True

    def faster(self) -> bool:
        if self.inhale <= 3.0:
            return False
        self.inhale, self.exhale = self.inhale - 1.0, max(self.exhale - 0.5, 2.5)
        return True


BREATH_INTRO = ("Let's breathe together for about a minute. Breathe in through your nose, "
                "pause for a moment, then breathe out slowly. Don't pause after breathing out.")
BREATH_END = "Well done. Breathe normally now, and rest."


def breath_cycle(pace: Pace, first: bool) -> Step:
    inhale = "Breathe in through your nose." if first else "In."
    exhale = "And breathe out, slowly." if first else "Out."
    start: tuple[Output, ...] = (Tone("breath"), Say(inhale)) if pace.tones else (Say(inhale),)
    cues = (Cue(0.0, start), Cue(pace.inhale, (Say("Pause."),)),
            Cue(pace.inhale + pace.pause, (Say(exhale),)))
    return Step("cycle", cues, pace.cycle)


def breathing_steps(pace: Pace) -> list[Step]:
    intro = Step("intro", (Cue(0.0, (Say(BREATH_INTRO),)),), speak_time(BREATH_INTRO) + 1.0)
    cycles = [breath_cycle(pace, i == 0) for i in range(pace.cycles)]
    return [intro, *cycles, Step("end", (Cue(0.0, (Say(BREATH_END),)),), 0.0)]


# ---------------------------------------------------------------- stretches
SETTLE_SECONDS = 4.0
"""Time to get into the starting position after the setup is said."""
MOVE_SECONDS = 2.0
"""Time to move into the hold after the move is said."""
CHECKIN_TEXT = "Any sharp pain? If there is, say it hurts, and we stop."


def rep_step(ex: Exercise, move: str, again: bool, checkin: bool) -> Step:
    text = ("Again. " + move) if again else move
    hold_at = speak_time(text) + MOVE_SECONDS
    cues = [Cue(0.0, (Say(text),))]
    cues += [Cue(hold_at + at, (Say(word),)) for at, word in hold_counts(ex.hold)]
    end = hold_at + ex.hold
    if checkin:
        cues.append(Cue(end + 1.5, (Say(CHECKIN_TEXT),), checkin=True))
        end += 1.5 + speak_time(CHECKIN_TEXT)
    return Step("rep", tuple(cues), end + ex.rest)


def stretch_steps(ex: Exercise) -> list[Step]:
    intro_text = f"{ex.name}. {ex.setup} Move slowly, and only as far as is comfortable."
    steps = [Step("intro", (Cue(0.0, (Say(intro_text),)),), speak_time(intro_text) + SETTLE_SECONDS)]
    for r in range(ex.rounds):
        for m, move in enumerate(ex.moves):
            first = r == 0 and m == 0
            again = r > 0 and len(ex.moves) == 1
            steps.append(rep_step(ex, move, again, checkin=first))
    end = f"Well done. That is the end of the {ex.name.lower()} exercise. Rest for a moment."
    steps.append(Step("end", (Cue(0.0, (Say(end),)),), 0.0))
    return steps

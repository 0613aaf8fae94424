"""After an emergency, same-day or see-soon answer: what follows must not undo it.

The advice given last stays in force for a few hours: asking to drive gets "don't drive";
"I'm fine now", "no" and "I don't want an ambulance" are answered kindly but keep the advice to
be checked; "can it wait till tomorrow" does not get a yes; heat and stretching are held back;
and every ordinary answer during an emergency ends with one short reminder (after same-day or
see-soon advice, only the first one does). After see-soon advice, only "I'm fine, it's just a
spasm" is answered: the doctor visit still stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.events import Output, Say
from assistant.core.ops import Op, RoutineStart, TimerStart
from assistant.safety import answers
from assistant.safety.replies import BRUSH_OFF, DISMISS, DRIVE, MEANT_OTHER, SCARED, WAIT, WORRY
from assistant.safety.screen import is_stop

REPEAT_AFTER_SECONDS = 60.0
"""The emergency advice is said once more after this long with nothing heard."""
HOLD_SECONDS = 6 * 3600.0
"""How long the advice stays in force (no driving, no heat, get checked)."""
INJURY_REASONS = {"trauma", "cant_move_injury"}
RANK = {"soon": 1, "today": 2, "emergency": 3}
CORRECTION_SECONDS = 300.0
"""A correction ("sorry, I meant my son, I'm fine") withdraws advice given this recently."""


def time_since(advice: GivenAdvice, now: float) -> float:
    return now - advice.at
ONE_LEG_REASONS = {"leg_numbness", "weakness"}
_OTHER_SIDE = re.compile(
    r"\b(?:other|left|right) (?:one|leg|foot|side)(?:'s)?\b(?: [\w']+){0,4}? (?:going|gone|doing|too|"
    r"as well|now|numb\w*|tingl\w*|weak\w*|same)\b|\bboth (?:legs|feet|sides)(?: now| too)\b"
    r"|\bnow (?:it's |its |it is )?(?:both|the other)\b|\bspread\w* to (?:the other|my other|both)"
    # further up the same leg, or worse: "it's gone right up to my knee now"
    r"|\b(?:gone|going|spread\w*|moved|moving|creeping|crept|travell?(?:ed|ing)|got) (?:right |all "
    r"the way |further |higher |now )?(?:up (?:to|into|past) |into |past |(?:down|up) to )(?:my|the) "
    r"(?:knee|thigh|hip|calf|shin|ankle|foot|toes|groin|bum|bottom|buttock|other leg|waist)s?\b"
    r"|\b(?:numbness|tingling|weakness|pins and needles)(?: is|'s)? (?:getting|got|gone) (?:worse|"
    r"weaker)\b")


_CANT_MOVE = re.compile(
    r"\b(?:can't|cannot|couldn't|unable to|not able to) (?:even )?(?:move|get up|stand up|stand|"
    r"sit up|roll over|budge|shift)\b(?! (?:my|your|it|them|the)\b)|\b(?:can't|cannot) (?:move|get up)"
    r" at all\b|\bstuck (?:on|at|in) the (?:floor|ground|bottom|bath)\b|\bwon't move at all\b")
"""Not able to move or get up (in a turn after a fall or accident)."""


@dataclass(frozen=True)
class GivenAdvice:
    """The last tier given (emergency, today or soon)."""

    reason: str
    tier: str
    at: float


class Aftercare:
    """Keeps what is said consistent with the last emergency or same-day advice."""

    def __init__(self, number: str) -> None:
        self.number = number
        self.advice: GivenAdvice | None = None
        self.repeat_at: float | None = None
        self._given_this_turn = False
        self._reminded: GivenAdvice | None = None
        """The same-day or see-soon advice already reminded of (once is enough)."""

    def given(self, reason: str, tier: str, now: float) -> None:
        """An answer of ``tier`` was given (a lower tier never replaces a higher one)."""
        held = self.active(now)
        if held is None or RANK.get(tier, 0) >= RANK[held.tier]:
            if tier in RANK:
                self.advice = GivenAdvice(reason, tier, now)
        if tier == "emergency":
            self.repeat_at = now + REPEAT_AFTER_SECONDS
            self._given_this_turn = True

    def heard(self, now: float) -> None:
        """End of a turn: if the person spoke after the advice (a later turn), there is no need
        to say it again unasked."""
        if self._given_this_turn:
            self._given_this_turn = False
        else:
            self.repeat_at = None

    def next_deadline(self) -> float | None:
        return self.repeat_at

    def fire_due(self, now: float) -> list[Output]:
        """The emergency advice once more, after a silence (never more than once)."""
        if self.repeat_at is None or now < self.repeat_at:
            return []
        self.repeat_at = None
        return [Say(answers.EMERGENCY_AGAIN.format(num=self.number), urgent=True)]

    def active(self, now: float, tier: str = "") -> GivenAdvice | None:
        """The advice in force at ``now`` (of ``tier``, if given)."""
        a = self.advice
        if a is None or now - a.at >= HOLD_SECONDS or (tier and a.tier != tier):
            return None
        return a

    def spread_to_both_legs(self, t: str, now: float) -> bool:
        """After a one-leg sign, the other leg too ("now the left one's going as well"), or the
        sign spreading or getting worse ("it's gone right up to my knee now")."""
        a = self.active(now, "today")
        return a is not None and a.reason in ONE_LEG_REASONS and bool(_OTHER_SIDE.search(t))

    def cannot_move_after_injury(self, t: str, now: float) -> bool:
        """After a fall or an accident (any tier), "now I can't move at all": the injury is
        the cause, said a turn earlier."""
        a = self.active(now)
        return a is not None and a.reason in INJURY_REASONS and bool(_CANT_MOVE.search(t))

    def reply(self, t: str, now: float) -> list[Output]:
        """The answer to a reply that would undo the advice (empty: none such). ``t`` is
        normalized text."""
        a = self.active(now)
        if a is None:
            return []
        if a.tier == "soon":  # driving or waiting a day is fine; brushing it off is not
            return [Say(answers.STILL_SEE_SOON)] if BRUSH_OFF.search(t) else []
        emergency = a.tier == "emergency"
        line = ""
        if MEANT_OTHER.search(t) and time_since(a, now) < CORRECTION_SECONDS:
            self.advice, self.repeat_at = None, None  # theirs: heat and timers are the speaker's
            line = answers.FOR_THEM if emergency else answers.FOR_THEM_TODAY
            return [Say(line.format(num=self.number), urgent=True)]
        if DRIVE.search(t):
            line = answers.DONT_DRIVE if emergency else answers.GET_A_LIFT
        elif SCARED.search(t) and emergency:
            line = answers.SCARED_WAITING
        elif WAIT.search(t):
            line = answers.DONT_WAIT if emergency else answers.DONT_WAIT_TODAY
        elif WORRY.search(t):
            line = answers.SERIOUS_NOW if emergency else answers.SERIOUS_TODAY
        elif DISMISS.search(t) and not is_stop(t):
            line = answers.STILL_CALL if emergency else answers.STILL_CALL_TODAY
        return [Say(line.format(num=self.number), urgent=True)] if line else []

    def reminder(self, now: float) -> list[Output]:
        """One short line after an ordinary answer while an emergency's advice is in force;
        after same-day or see-soon advice, after the first ordinary answer only."""
        a = self.active(now)
        if a is None or (a.tier != "emergency" and self._reminded == a):
            return []
        if a.tier == "emergency":
            text = answers.STAY_STILL if a.reason in INJURY_REASONS else answers.HELP_ON_THE_WAY
        else:
            self._reminded = a
            text = answers.REMEMBER_TODAY if a.tier == "today" else answers.REMEMBER_SOON
        return [Say(text.format(num=self.number))]

    def blocks(self, op: Op, now: float) -> list[Output]:
        """Why ``op`` must not run now (empty: it may): no heat on an injury or during an
        emergency, no stretching during an emergency."""
        a = self.active(now)
        if a is None or a.tier == "soon":
            return []
        injury = a.reason in INJURY_REASONS
        if isinstance(op, TimerStart) and op.kind in ("heat", "alternate") and (
                injury or a.tier == "emergency"):
            text = answers.NO_HEAT_NOW if injury else answers.EMERGENCY_AGAIN
            return [Say(text.format(num=self.number), urgent=True)]
        if (isinstance(op, RoutineStart) and a.tier == "emergency"
                and op.routine not in ("breathing", "breathe", "breath")):
            return [Say(answers.NO_STRETCH_NOW.format(num=self.number), urgent=True)]
        return []

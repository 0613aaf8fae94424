"""The safety gate, run on every transcript before the dialogue model.

Pure Python (no Rasa), so it works while the model loads or if it is broken. The screen
(:mod:`assistant.screen`) finds warning signs; :class:`SafetyGate` turns a finding into what is
said, holds a pending yes/no question for one turn, and asks the runtime to sound the alarm when
the user calls for help. It never diagnoses, promises a cure or gives doses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.events import Emergency, Output, SafetyQuestion, Say
from assistant.redflags import ASK_QUESTIONS, PHRASES, REASON_TIERS
from assistant.screen import (
    CANT_GET_UP,
    Finding,
    dismissed,
    is_help,
    is_stop,
    normalize,
    scan,
    screen,
    screen_detail,
)
from assistant.settings import SafetySettings

__all__ = ["SafetyGate", "SafetyResult", "dismissed", "is_help", "is_stop", "normalize", "screen",
           "screen_detail", "warning_signs_answer"]


@dataclass(frozen=True)
class SafetyResult:
    """What the gate decided for one transcript. The runtime says ``outputs`` in order, does not
    pass the text on to Rasa, and runs ``op`` (``("alarm.start", {"reason": ...})``) if set."""

    tier: str
    """emergency | today | soon | ask | info | help (sound the alarm) | clear (answered "no")."""
    reason: str
    outputs: list[Output] = field(default_factory=list)
    question_pending: bool = False
    op: tuple[str, dict[str, Any]] | None = None


_YES = re.compile(r"\b(?:yes|yeah|yep|yup|ya|yah|yea|aye|i do|i have|uh huh|correct|right|sure|"
                  r"it is|true|please|maybe|not sure|don't know|i think so|kind of|a little|"
                  r"sort of|a bit)\b")
_NO = re.compile(r"\b(?:no|nope|nah|not really|i don't|i haven't|i'm fine|i'm okay|i'm ok|"
                 r"all good|never)\b")
_CANT = re.compile(r"\b(?:can't|couldn't|unable|not able)\b")
_CAN = re.compile(r"\bi (?:still )?can\b")


class SafetyGate:
    """One per conversation: screens each transcript and remembers one pending yes/no question."""

    def __init__(self, settings: SafetySettings | None = None) -> None:
        self.settings = settings or SafetySettings()
        self.pending: Finding | None = None
        self.last_dismissed = False
        """The last checked text only denied a red flag (see :func:`dismissed`)."""

    @property
    def number(self) -> str:
        return self.settings.emergency_number

    def check(self, text: str) -> SafetyResult | None:
        """None when nothing safety-related; otherwise what to say and do (see SafetyResult)."""
        t = normalize(text)
        self.last_dismissed = False
        if self.pending is not None:
            pending, self.pending = self.pending, None
            answered = self._resolve(pending, t)
            if answered is not None:
                return answered
        if not t:
            return None
        help_wanted = is_help(t)
        found, seen = scan(t)
        self.last_dismissed = found is None and seen
        alarm: tuple[str, dict[str, Any]] = ("alarm.start",
                                                 {"reason": found.reason if found else "help"})
        if found and found.tier == "emergency":
            alarm[1]["notified"] = True  # the runtime notifies for the emergency event
            return SafetyResult("emergency", found.reason, self.emergency_answer(found.reason),
                                op=alarm if help_wanted or found.reason == "help" else None)
        if help_wanted:
            before = self.tier_answer(found.reason, found.tier) if found and found.tier in (
                "today", "soon") else []
            return SafetyResult("help", "help", before, op=alarm)
        if found and found.tier == "ask":
            self.pending = found
            return SafetyResult("ask", found.reason, self._ask(found), True)
        if found and found.tier == "info":
            return SafetyResult("info", found.reason, self.warning_signs_answer())
        if found:
            return SafetyResult(found.tier, found.reason, self.tier_answer(found.reason, found.tier))
        if CANT_GET_UP.search(t):
            return SafetyResult("ask", "cannot_get_up", self.offer_alarm("cannot_get_up"), True)
        return None

    def _resolve(self, pending: Finding, t: str) -> SafetyResult | None:
        """The answer to the pending question, or None to treat ``t`` as a new utterance."""
        if not t or is_stop(t):
            return None
        found = screen_detail(t, normalized=True)
        if found and found.tier in ("emergency", "today"):
            return None  # a new red flag in the answer: screen it normally
        bad = bool(_CANT.search(t)) or (_YES.search(t) is not None and not _CAN.search(t))
        fine = not bad and bool(_NO.search(t) or _CAN.search(t))
        if bad and pending.yes_tier == "help":
            return SafetyResult("help", "cannot_get_up", [],
                                op=("alarm.start", {"reason": "cannot get up"}))
        if bad:
            tier = pending.yes_tier or "emergency"
            return SafetyResult(tier, pending.reason, self.tier_answer(pending.reason, tier))
        if fine:
            line = ("Okay. Say help at any time, and I will sound the alarm." if
                    pending.yes_tier == "help" else "Okay, good. If that changes, tell me right away.")
            return SafetyResult("clear", pending.reason, [Say(line)])
        return None

    def _ask(self, finding: Finding) -> list[Output]:
        """Ask ``finding``'s yes/no question; the answer is read on the next turn."""
        self.pending = finding
        key = finding.question
        text = ("Do you want me to sound an alarm, so someone in your home comes to help?"
                if key == "offer_alarm" else ASK_QUESTIONS.get(key, ASK_QUESTIONS["numb_where"]))
        return [SafetyQuestion(finding.reason), Say(f"{text} Please say yes or no.", urgent=True)]

    def offer_alarm(self, reason: str = "help") -> list[Output]:
        """Ask whether to sound the call-for-help alarm ("yes" sounds it)."""
        return self._ask(Finding("ask", reason, "offer_alarm", "help"))

    # ----- answers (also used by the runtime for the Rasa layer's ops) -----------------------
    def emergency_answer(self, reason: str) -> list[Output]:
        """The emergency tier: names the emergency number, said and then repeated once."""
        return self.tier_answer(reason, "emergency")

    def tier_answer(self, reason: str, tier: str) -> list[Output]:
        """What to say for a red flag of ``reason`` at ``tier`` (emergency, today or soon)."""
        num = self.number
        if tier == "emergency":
            if reason == "help":
                text = (f"I cannot make phone calls. Please call {num} now. Do not drive yourself. "
                        "I will sound an alarm for the people at home.")
            else:
                text = (f"{_phrase(reason, tier)} Please call {num} now. Do not drive yourself. "
                        "If you cannot reach a phone, say help, and I will sound an alarm.")
            return [Emergency(reason, "emergency"), Say(text, urgent=True), Say(text, urgent=True)]
        if tier == "today":
            text = (f"{_phrase(reason, tier)} Please see a doctor today, or call your doctor or a "
                    "nurse line now. Ask someone to drive you. If it gets worse, or you cannot "
                    f"move or feel your legs, call {num}.")
        else:
            tier = "soon"
            text = (f"{_phrase(reason, tier)} Please book a doctor visit in the next few days. "
                    f"If you get numbness, weakness, or trouble with your bladder, call {num}.")
        return [Emergency(reason, tier), Say(text, urgent=True)]

    def op_answer(self, args: dict[str, Any]) -> list[Output]:
        """For the Rasa op ``emergency {reason, tier?}`` (the tier defaults from the reason).

        The dialogue model only runs when the screen found nothing in this turn, so its red
        flag is a guess (it has taken "i fell asleep on the sofa" for a fall): it is confirmed
        with a yes/no question, and "yes" gives the tiered answer. If the screen saw the flag
        only denied ("no numbness"), the guess is overruled.
        """
        if self.last_dismissed:
            return [Say("Okay, good. Tell me right away if that changes.")]
        reason = str(args.get("reason") or "red_flag")
        tier = str(args.get("tier") or REASON_TIERS.get(reason, "emergency"))
        tier = tier if tier in ("emergency", "today", "soon") else "emergency"
        key = reason if reason in ASK_QUESTIONS else "red_flag"
        return self._ask(Finding("ask", reason, key, tier))

    def warning_signs_answer(self) -> list[Output]:
        """The warning signs in three spoken sentences (tier "info", no emergency event)."""
        return warning_signs_answer(self.number)


def warning_signs_answer(number: str = "911") -> list[Output]:
    return [
        Say(f"Call {number} now if you lose control of your bladder or bowels, go numb between "
            "your legs, cannot move or feel a leg, have chest pain or trouble breathing, or had "
            "a fall or an accident."),
        Say("See a doctor today for a fever or chills, or new numbness, tingling, or weakness "
            "in a leg."),
        Say("See a doctor soon if the pain wakes you at night, is not better after one to two "
            "weeks, keeps coming back in the same place, or if you have had cancer or lost weight "
            "without trying."),
    ]


def _phrase(reason: str, tier: str) -> str:
    return PHRASES.get(f"{reason}/{tier}") or PHRASES.get(reason) or "That is a warning sign."

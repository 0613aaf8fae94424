"""The safety gate, run on every transcript before the dialogue model.

Pure Python (no Rasa), so it works while the model loads or if it is broken. The screen
(:mod:`.screen`) finds warning signs; the gate decides what happens:

- a clear statement gets its tier at once (:mod:`.answers`); a call for help an
  :class:`AlarmStart` op;
- a yes/no question only when the words are truly unclear (a likely mishearing, a vague "I've
  gone numb", a sign only the dialogue model heard), about the sign that was heard. A "no" to a
  question about a clear sign never clears it; an unclear or missing answer gets the question
  once more, then the tier's advice;
- once an emergency has been given, what follows stays consistent with it: no driving, no heat
  or stretching, and "I'm fine now" keeps the advice to be checked.

It never diagnoses, promises a cure or gives doses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.core.events import Output, SafetyQuestion, Say
from assistant.core.ops import AlarmStart, RedFlag
from assistant.core.settings import SafetySettings
from assistant.safety import answers
from assistant.safety.aftercare import ONE_LEG_REASONS, Aftercare
from assistant.safety.context import Context, whole_context
from assistant.safety.redflags import ASK_QUESTIONS, REASON_TIERS, SIGN_WORDS
from assistant.safety.replies import CAN, CANT, NO, ONE_SIDE, UNCLEAR, YES
from assistant.safety.screen import (
    Finding,
    grade_fall,
    is_help,
    is_stop,
    normalize,
    scan,
    screen_detail,
    unaddressed_sign,
)

ASK_TIMES = 2
"""A question is asked at most this often; then the tier's advice is given."""

@dataclass
class SafetyDecision:
    """What the gate decided for one transcript. The conversation says ``outputs`` in order, does
    not pass the text on to the dialogue model, and carries out ``op`` if set."""

    tier: str
    """emergency | today | soon | ask | info | help | clear | after (advice after an emergency)."""
    reason: str
    outputs: list[Output] = field(default_factory=list)
    op: AlarmStart | None = None


@dataclass
class OpenQuestion:
    finding: Finding
    times: int = 1


class SafetyGate:
    """One per conversation: screens each transcript, holds one open yes/no question, and keeps
    the advice consistent after an emergency."""

    def __init__(self, settings: SafetySettings | None = None) -> None:
        self.settings = settings or SafetySettings()
        self.pending: OpenQuestion | None = None
        self.aftercare = Aftercare(self.settings.emergency_number)
        self.last_dismissed: Context | None = None
        """Why the last checked text's red-flag words were not a red flag now (negated, someone
        else's, past, imagined; see :func:`.screen.dismissed`), or None."""
        self._unanswered: OpenQuestion | None = None

    @property
    def number(self) -> str:
        return self.settings.emergency_number

    # ----- one transcript --------------------------------------------------------------------
    def check(self, text: str, now: float = 0.0) -> SafetyDecision | None:
        """None when nothing safety-related; otherwise what to say and do."""
        t = normalize(text)
        self.last_dismissed = None
        self._unanswered = None
        if self.pending is not None:
            question, self.pending = self.pending, None
            answered = self._resolve(question, t, now)
            if answered is not None:
                return answered
        if not t:
            return None
        help_wanted = is_help(t)
        found, why = scan(t)
        self.last_dismissed = (why or whole_context(t)) if found is None else None
        if found is not None:
            self._unanswered = None  # a new sign replaces the open question
        if found and found.tier == "emergency":
            # the conversation runs the notify hook for the emergency event itself
            op = (AlarmStart(found.reason, notified=True)
                  if help_wanted or found.reason == "help" else None)
            return SafetyDecision("emergency", found.reason,
                                  self._tier(found.reason, "emergency", now), op)
        if help_wanted:
            before = (self._tier(found.reason, found.tier, now)
                      if found and found.tier in ("today", "soon") else [])
            return SafetyDecision("help", "help", before,
                                  AlarmStart(found.reason if found else "help"))
        if found and found.tier == "ask":
            return SafetyDecision("ask", found.reason, self._ask(OpenQuestion(found)))
        if found and found.tier == "info":
            return SafetyDecision("info", found.reason, answers.info_answer(found.reason,
                                                                            self.number))
        if found:
            return SafetyDecision(found.tier, found.reason,
                                  self._tier(found.reason, found.tier, now))
        if self.aftercare.spread_to_both_legs(t, now):
            return SafetyDecision("emergency", "leg_numbness",
                                  self._tier("leg_numbness", "emergency", now))
        if self.aftercare.cannot_move_after_injury(t, now):
            return SafetyDecision("emergency", "cant_move_injury",
                                  self._tier("cant_move_injury", "emergency", now))
        after = self.aftercare.reply(t, now)
        if after:
            advice = self.aftercare.advice
            return SafetyDecision("after", advice.reason if advice else "", after)
        return None

    def check_clear(self, text: str, now: float = 0.0) -> SafetyDecision | None:
        """:meth:`check` for speech not addressed to the assistant: only a call for help or a
        warning sign the patterns find clearly (a tier, not something to ask about)."""
        t = normalize(text)
        found = unaddressed_sign(t)
        if is_help(t) or (found is not None and found.tier in ("emergency", "today", "soon")):
            return self.check(text, now)
        return None

    def reminder(self, now: float) -> list[Output]:
        """After a turn that went on to the dialogue model although a question was open: ask it
        once more, or (asked enough) give its tier's advice."""
        question, self._unanswered = self._unanswered, None
        if question is None:
            return []
        if question.times < ASK_TIMES:
            question.times += 1
            return self._ask(question, again=True)
        return self._settle(question.finding, question.finding.yes_tier, now)

    def _resolve(self, question: OpenQuestion, t: str, now: float) -> SafetyDecision | None:
        """The answer to the open question; None to treat ``t`` as a new utterance."""
        finding = question.finding
        if is_stop(t):
            return None
        found = screen_detail(t, normalized=True)
        if found is not None and found.tier in ("emergency", "today"):
            return None  # a new red flag in the answer: screen it normally
        if not t or UNCLEAR.match(t):
            if question.times < ASK_TIMES:
                question.times += 1
                return SafetyDecision("ask", finding.reason, self._ask(question, again=True))
            return SafetyDecision(finding.yes_tier or "ask", finding.reason,
                                  self._settle(finding, finding.yes_tier, now))
        if finding.question == "trauma_size" and grade_fall(t) != "ask":
            tier = grade_fall(t)
            return SafetyDecision(tier, finding.reason, self._tier(finding.reason, tier, now))
        starts_no = t.split()[0] in ("no", "nope", "nah", "not")
        bad = bool(CANT.search(t)) or (YES.search(t) is not None and not CAN.search(t)
                                       and not starts_no)
        fine = not bad and bool(NO.search(t) or CAN.search(t))
        if bad:
            if finding.yes_tier == "help":
                return SafetyDecision("help", "cannot_get_up", [], AlarmStart("cannot get up"))
            tier = finding.yes_tier or "emergency"
            if tier == "emergency" and finding.reason in ONE_LEG_REASONS and ONE_SIDE.search(t):
                tier = "today"  # "yes, just the right one": one leg is a same-day sign
            return SafetyDecision(tier, finding.reason, self._tier(finding.reason, tier, now))
        if fine:
            if finding.no_tier:
                return SafetyDecision(finding.no_tier, finding.reason,
                                      self._tier(finding.reason, finding.no_tier, now))
            line = ("Okay. Say help at any time, and I will sound the alarm."
                    if finding.yes_tier == "help"
                    else "Okay, good. If that changes, tell me right away.")
            return SafetyDecision("clear", finding.reason, [Say(line)])
        if found is None:
            self._unanswered = question  # something else: answer it, then ask again
        return None

    def _settle(self, finding: Finding, tier: str, now: float) -> list[Output]:
        """The advice for a question never answered: its "yes" tier, or the alarm reminder."""
        if tier == "help":
            return [Say("Say help at any time, and I will sound the alarm.", urgent=True)]
        return self._tier(finding.reason, tier or "emergency", now)

    def op_answer(self, op: RedFlag, now: float = 0.0) -> list[Output]:
        """For a red flag heard only by the dialogue model (the tier defaults from the reason).

        The dialogue model only runs when the screen found nothing in this turn, so its red
        flag is a guess (it has taken "i fell asleep on the sofa" for a fall): it is confirmed
        with a yes/no question, and "yes" gives the tiered answer. If the screen saw the flag
        only denied ("no numbness"), the guess is overruled.
        """
        if self.last_dismissed is not None:
            return [Say(answers.DISMISSED_REPLY[self.last_dismissed])]
        reason = op.reason or "red_flag"
        tier = op.tier or REASON_TIERS.get(reason, "emergency")
        tier = tier if tier in ("emergency", "today", "soon") else "emergency"
        key = reason if reason in ASK_QUESTIONS else "red_flag"
        return self._ask(OpenQuestion(Finding("ask", reason, key, tier)))

    def lookalike(self) -> bool:
        """The last text only looked like a red flag (imagined, or words meaning something
        else): the dialogue model's next reading is the better answer."""
        return self.last_dismissed in (Context.LOOKALIKE, Context.IMAGINED)

    @staticmethod
    def sign_words(text: str) -> bool:
        """Whether ``text`` has words of a warning sign in it (a body part, a symptom, a fall)."""
        return bool(SIGN_WORDS.search(normalize(text)))

    def offer_alarm(self, reason: str = "help") -> list[Output]:
        """Ask whether to sound the call-for-help alarm ("yes" sounds it)."""
        return self._ask(OpenQuestion(Finding("ask", reason, "offer_alarm", "help")))

    def warning_signs_answer(self) -> list[Output]:
        return answers.warning_signs_answer(self.number)

    def warning_signs_more(self) -> list[Output]:
        return answers.warning_signs_more()

    def more_after(self, decision: SafetyDecision) -> list[Output] | None:
        """What "tell me more" says after ``decision``: the rest of the warning signs, or None."""
        if decision.tier == "info" and (decision.outputs == self.warning_signs_answer()
                                        or decision.reason == "see_doctor"):
            return self.warning_signs_more()
        return None

    # ----- saying it ---------------------------------------------------------------------------
    def _ask(self, question: OpenQuestion, again: bool = False) -> list[Output]:
        """Ask the question; the answer is read on the next turn."""
        self.pending = question
        key = question.finding.question
        text = ("Do you want me to sound an alarm, so someone in your home comes to help?"
                if key == "offer_alarm" else ASK_QUESTIONS.get(key, ASK_QUESTIONS["numb_where"]))
        lead = "I need to know: " if again else ""
        unsure = (" If you are not sure, it is safest to call your doctor or a nurse line."
                  if again and question.finding.yes_tier not in ("", "help") else "")
        return [SafetyQuestion(question.finding.reason),
                Say(f"{lead}{text} Please say yes or no.{unsure}", urgent=True)]

    def _tier(self, reason: str, tier: str, now: float) -> list[Output]:
        self.aftercare.given(reason, tier, now)
        return answers.tier_answer(reason, tier, self.number)

    def tier_answer(self, reason: str, tier: str) -> list[Output]:
        """What is said for ``reason`` at ``tier`` (no state change)."""
        return answers.tier_answer(reason, tier, self.number)


"""Deterministic red-flag screen, run on every transcript before the dialogue model.

Pure Python (no Rasa), so it works while the model loads or if it is broken. ``screen`` finds
warning signs in spoken text (negation, questions, speech-recognition slips; the phrase tables are
in ``redflags.py``); :class:`SafetyGate` turns a finding into what is said, holds a pending yes/no
question for one turn, and asks the runtime to sound the alarm when the user calls for help.
It never diagnoses, promises a cure or gives doses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.events import Emergency, Output, Say
from assistant.redflags import (
    ASK_QUESTIONS,
    FLAGS,
    INFO_PATTERNS,
    PHRASES,
    REASON_TIERS,
    TIER_RANK,
    Flag,
)
from assistant.settings import SafetySettings

_WORD_SUBS = {
    "cant": "can't", "cannot": "can't", "couldnt": "couldn't", "dont": "don't", "didnt": "didn't",
    "doesnt": "doesn't", "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't", "havent": "haven't",
    "hasnt": "hasn't", "wont": "won't", "im": "i'm", "ive": "i've", "whats": "what's",
    "num": "numb", "numm": "numb", "numbe": "numb", "tinglin": "tingling",
    "cuz": "because", "cos": "because", "gonna": "going to", "wanna": "want to",
}
_PHRASE_SUBS = [
    (r"\bcan ?(?:'| )?t\b", "can't"), (r"\bcan not\b", "can't"), (r"\bcould not\b", "couldn't"),
    (r"\bdo not\b", "don't"), (r"\bdid not\b", "didn't"), (r"\bdoes not\b", "doesn't"),
    (r"\bis not\b", "isn't"), (r"\bare not\b", "aren't"), (r"\bwas not\b", "wasn't"),
    (r"\bhave not\b", "haven't"), (r"\bhas not\b", "hasn't"), (r"\bwill not\b", "won't"),
    (r"\bi am\b", "i'm"), (r"\b(\w+) n't\b", r"\1n't"), (r"\b(i|it|that|what) '(s|m|ve)\b", r"\1'\2"),
    (r"\b(is|are|feel|feels|feeling|gone|going|went|getting|got|go|goes|all|so|really|very) "
     r"number\b", r"\1 numb"),
    (r"(?<!\ba )(?<!\bthe )\bnumbers? (in|between|down|around|on)\b", r"numbness \1"),
    (r"\b(knees?|legs?) (?:up )?(?:to|towards|into|against) (?:my |your |the )?chest\b", r"\1 up"),
    (r"\b(?:you know|i mean|like i said)\b", " "),
    (r"\b(?:um+|uh+|uhm+|erm+|er|ah+|oh+|hmm+|mm+|mhm|huh|okay so|well)\b", " "),
]
_NEGATORS = {"no", "not", "don't", "didn't", "doesn't", "haven't", "hasn't", "isn't", "aren't",
             "wasn't", "never", "without", "nothing", "none", "neither", "nor"}
_NOT_NEGATION = re.compile(r"\b(?:no idea|no clue|not sure|don't know|no matter|not only|no longer"
                           r"|not that i|never mind)\b")
_BREAKERS = {"but", "just", "only", "though", "although", "however", "except", "and", "so",
             "because", "plus", "also", "then", "while", "yet", ","}
_STRONG_BREAKERS = {"but", "so", "because", "though", "although", "however", "anyway", ","}
_QUESTION_WORDS = {"what", "what's", "when", "how", "why", "which", "who", "where", "is", "are",
                   "does", "do", "did", "should", "can", "could", "would", "will", "may", "might",
                   "shall", "isn't", "tell", "explain", "wondering", "wonder"}
_HYPOTHETICAL = {"if", "whether", "suppose", "supposing", "case", "afraid", "scared", "worried",
                 "worry", "risk", "prevent", "avoid", "cause", "causes", "mean", "means", "sign",
                 "signs", "symptom", "symptoms", "about"}
_FIRST_PERSON = {"i", "i'm", "i've", "my", "me"}


def normalize(text: str) -> str:
    """Lower case, clause commas, unified contractions, ASR respellings, no fillers or stutter."""
    t = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    t = re.sub(r"[-_/]", " ", t)
    t = re.sub(r"[.;:!?,]+", " , ", t)
    t = re.sub(r"[^a-z0-9', ]+", " ", t)
    t = " ".join(_WORD_SUBS.get(w.strip("'"), w.strip("'") if w != "'" else "") for w in t.split())
    for pattern, repl in _PHRASE_SUBS:
        t = re.sub(pattern, repl, t)
    words: list[str] = []
    for w in t.split():
        if not words and w == ",":
            continue
        if words and w == words[-1]:
            continue  # stutter "i i can't" and repeated commas
        words.append(w)
    while words and words[-1] == ",":
        words.pop()
    return " ".join(words)


@dataclass(frozen=True)
class Finding:
    tier: str
    reason: str
    question: str = ""
    yes_tier: str = ""


def _context(flag: Flag, text: str, start: int) -> str:
    """``statement``, ``negated`` or ``question`` for a match of ``flag`` at ``start``."""
    before = text[:start].split()
    clause: list[str] = []
    for w in reversed(before):
        if w in _BREAKERS:
            break
        clause.insert(0, w)
    sentence: list[str] = []
    for w in reversed(before):
        if w in _STRONG_BREAKERS:
            break
        sentence.insert(0, w)
    first = text[start:].split()[:1]
    prev = before[-2:] if len(before) >= 2 else ["", *before]
    own_subject = (bool(first) and first[0] in _FIRST_PERSON) or prev[-1:] == ["my"] or (
        prev[-1:] != [""] and prev[-1] in _FIRST_PERSON and prev[0] not in _QUESTION_WORDS)
    cleaned = _NOT_NEGATION.sub(" ", " ".join(clause[-5:])).split()
    for i, w in enumerate(cleaned):
        if w not in _NEGATORS:
            continue
        if w == "no" and (own_subject or len(cleaned) - i > 3):
            continue  # "no, i can't feel my legs": an interjection, not a negation
        return "negated"
    if any(w in _HYPOTHETICAL for w in sentence[-5:]) or "what if" in " ".join(sentence):
        return "question"
    if sentence and sentence[0] in _QUESTION_WORDS and not own_subject:
        return "question"
    return "statement"


def screen_detail(text: str, normalized: bool = False) -> Finding | None:
    """The most serious finding in ``text`` (see :func:`screen`), with its yes/no question."""
    return _scan(text if normalized else normalize(text))[0]


def dismissed(text: str) -> bool:
    """True when ``text`` mentions a red flag only to deny it ("no numbness, just tight", "the ice
    made it numb", "i can feel my legs fine"): the Rasa layer must not raise an alarm for it."""
    found, seen = _scan(normalize(text))
    return found is None and seen


def _scan(t: str) -> tuple[Finding | None, bool]:
    """(most serious finding, whether any flag pattern matched at all, dismissed or not)."""
    best: Finding | None = None
    seen = False
    for flag in FLAGS:
        if not t or not flag.pattern.search(t):
            continue
        seen = True
        if flag.unless is not None and flag.unless.search(t):
            continue
        for m in flag.pattern.finditer(t):
            ctx = _context(flag, t, m.start())
            if ctx == "negated" or (ctx == "question" and flag.in_question == "skip"):
                continue
            tier, question, yes_tier = flag.tier, flag.question, flag.yes_tier or flag.tier
            if ctx == "question" and tier != "ask":
                if flag.in_question == "info":
                    tier = "info"
                elif flag.in_question == "ask" and question:
                    tier = "ask"
            found = Finding(tier, "warning_signs" if tier == "info" else flag.reason,
                            question if tier == "ask" else "", yes_tier if tier == "ask" else "")
            if best is None or TIER_RANK[found.tier] > TIER_RANK[best.tier]:
                best = found
            break
    if best is None and t and any(p.search(t) for p in INFO_PATTERNS):
        best = Finding("info", "warning_signs")
    return best, seen


def screen(text: str) -> tuple[str, str] | None:
    """``(tier, reason)`` for red flags in ``text``, or None. Pure function.

    tier: ``emergency`` (call now), ``today`` (see a doctor today), ``soon``, ``ask`` (a yes/no
    question first: ASR slip or a question about a symptom) or ``info`` (the warning signs).
    """
    found = screen_detail(text)
    return (found.tier, found.reason) if found else None


_HELP = re.compile(
    r"^(?:please |somebody |someone )*help(?: me)?(?: please| now| somebody| someone)*$"
    r"|^(?:please )?help (?:me )?(?:please )?(?:i|i'm|i've|my|we)\b"
    r"|\b(?:somebody|someone|anybody|anyone) (?:help|come here|please come)\b"
    r"|\b(?:call|cold|called|get|fetch) (?:for )?(?:help|someone|somebody|my (?:wife|husband|"
    r"partner|son|daughter|mum|mom|dad|family|neighbou?r|carer))\b(?! \w+ing| with| to| for)"
    r"|\b(?:i|we) need (?:some )?help\b(?! (?:with|to|on|for|choosing|finding|understanding|using"
    r"|picking|deciding|remembering))"
    r"|\bget (?:me )?(?:some )?help\b(?! \w+ing| with| to| for| on)|\b(?:sound|raise|start|ring) (?:the |an )?alarm\b"
    r"|\bhelp me (?:get up|up|stand|please|now|somebody|someone)\b|\bhelp help\b")
_CANT_GET_UP = re.compile(r"\b(?:can't|couldn't|unable to|not able to) (?:get|stand|sit) up\b"
                          r"|\bstuck on the (?:floor|ground)\b|\bcan't get off the (?:floor|ground)\b")
_STOP = re.compile(
    r"^(?:(?:ok|okay|please|just|alright|all right|now|hey coach) )*(?:stop|stop it|stop that|"
    r"stop the (?:alarm|noise|sound|timer|talking)|stop talking|be quiet|quiet|shut up|"
    r"(?:that's )?enough|cancel|cancel (?:it|that|the alarm)|turn it off|turn (?:the )?alarm off|"
    r"turn off the alarm|silence|hush|(?:i'm|we're) okay now|(?:someone|somebody) is here)"
    r"(?: now| please| thanks| thank you| coach)*$")
_QUICK_STOP = {"stop", "stopped", "stops", "quiet", "enough", "cancel", "silence", "shush"}


def is_stop(text: str) -> bool:
    """Fast check for "stop", "be quiet", "shut up", "enough", "cancel" and the like."""
    t = normalize(text).replace(",", "").strip()
    words = t.split()
    if _STOP.match(" ".join(words)):
        return True
    return 0 < len(words) <= 4 and words[0] not in _QUESTION_WORDS and bool(_QUICK_STOP & set(words))


def is_help(text: str) -> bool:
    """Fast check for a call for help ("help", "call for help", "i can't get up, help me")."""
    t = normalize(text)
    for m in _HELP.finditer(t.replace(" ,", "")):
        before = t[: m.start()].split()[-3:]
        if not ({"don't", "not", "no", "never"} & set(before)):
            return True
    return bool(_CANT_GET_UP.search(t) and re.search(r"\b(?:help|someone|somebody|call)\b", t))


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
        found, seen = _scan(t)
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
            return SafetyResult("ask", found.reason, self._question(found.question), True)
        if found and found.tier == "info":
            return SafetyResult("info", found.reason, self.warning_signs_answer())
        if found:
            return SafetyResult(found.tier, found.reason, self.tier_answer(found.reason, found.tier))
        if _CANT_GET_UP.search(t):
            self.pending = Finding("ask", "cannot_get_up", "offer_alarm", "help")
            return SafetyResult("ask", "cannot_get_up", self._question("offer_alarm"), True)
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

    def _question(self, key: str) -> list[Output]:
        text = ("Do you want me to sound an alarm, so someone in your home comes to help?"
                if key == "offer_alarm" else ASK_QUESTIONS.get(key, ASK_QUESTIONS["numb_where"]))
        return [Say(f"{text} Please say yes or no.", urgent=True)]

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
        """For the Rasa op ``emergency {reason, tier?}``: the tier defaults from the reason.
        If this turn's :meth:`check` saw the flag only denied, the model's guess is overruled."""
        if self.last_dismissed:
            return [Say("Okay, good. Tell me right away if that changes.")]
        reason = str(args.get("reason") or "red_flag")
        tier = str(args.get("tier") or REASON_TIERS.get(reason, "emergency"))
        return self.tier_answer(reason, tier if tier in ("emergency", "today", "soon") else
                                "emergency")

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

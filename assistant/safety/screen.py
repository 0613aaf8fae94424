"""The deterministic red-flag screen: pure functions on one transcript, no Rasa.

``screen`` finds warning signs in spoken text, with negation ("no numbness, just tight"), questions
("is numbness serious") and recognition slips ("can feel my legs"); phrase tables: :mod:`.redflags`.
``is_help``/``is_stop``: fast checks for help and "stop". :mod:`.gate` says what a finding means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.safety.classifier import SLOT, fits_the_table
from assistant.safety.context import (
    CONDITIONAL,
    GENERIC,
    QUESTION_WORDS,
    Context,
    context,
    negated_inside,
    whole_context,
)
from assistant.safety.normalize import normalize
from assistant.safety.redflags import (
    DENIALS,
    DOCTOR_QUESTION,
    FLAGS,
    INFO_PATTERNS,
    LOOKALIKES,
    TIER_RANK,
    Flag,
)


@dataclass(frozen=True)
class Finding:
    tier: str
    """emergency, today, soon, ask (a yes/no question first) or info (a question about it)."""
    reason: str
    question: str = ""
    """For tier ask: the ASK_QUESTIONS key."""
    yes_tier: str = ""
    """For tier ask: the tier a "yes" gives."""
    no_tier: str = ""
    """For tier ask: the tier a "no" gives ("" clears it)."""


_SERIOUS = re.compile(
    r"\b(?:stairs|staircase|flight|steps|ladder|step ?ladder|roof|loft|hayloft|hay loft|attic|"
    r"mezzanine|tractor|trailer|height|scaffold\w*|"
    r"tree|horse|balcony|wall|cliff|deck|decking|porch|platform|trampoline|bunk|(?:\d+|six|seven|"
    r"eight|nine|ten|twelve|fifteen|twenty) (?:feet|foot|ft|metres?|meters?)|car|cars|vehicle|motorbike|motorcycle|moped|scooter|bus|truck|"
    r"van|lorry|crash\w*|collision|collided|pile ?up|hit by|run over|ran over|knocked (?:down|over|"
    r"off)|rear ended|drove into|driven into|motorway|heavy|on top of me|fell on me|landed on me|"
    r"came down on me|onto me|on to me|tipped over|toppled|head ?first|"
    r"hit my head|banged my head|knocked out|unconscious|passed out|from the top|whiplash|rugby|"
    r"tackled?|at speed|high speed|full speed|flat out|went flying|thrown off|thrown from)\b")
_MINOR = re.compile(
    r"\b(?:slipped|slip|tripped|trip|stumbled|slid|small|little|minor|slight|silly|not (?:a |that |"
    r"very )?(?:big|bad|serious|far|hard)|nothing (?:big|serious)|landed on my (?:bum|butt|bottom|"
    r"backside|behind)|sat down hard|bed|chair|sofa|couch|stool|bottom step|last step|kerb|curb|"
    r"ice|icy|bath|shower|rug|mat|from standing|own height|standing height|bumped|banged|"
    r"door ?frame|doorway|cupboard|corner of|edge of|table corner|still walking|i'm walking|"
    r"walking (?:about|around|okay|ok|fine)|moving (?:about|around) (?:okay|ok|fine|alright)|last stair|"
    r"bottom stair|against (?:the|a) (?:table|door|wall|cupboard|counter|worktop|desk)|"
    r"missed (?:a|one|the) step|just the one|up and about)\b")


def grade_fall(sentence: str) -> str:
    """The tier of a fall or accident from its size: emergency (stairs, a ladder, a car,
    something heavy), today (a slip, a small fall) or ask (not said)."""
    if _SERIOUS.search(sentence):
        return "emergency"
    if _MINOR.search(sentence):
        return "today"
    return "ask"


def screen_detail(text: str, normalized: bool = False) -> Finding | None:
    """The most serious finding in ``text`` (see :func:`screen`), with its yes/no question."""
    return scan(text if normalized else normalize(text))[0]


def dismissed(text: str) -> Context | None:
    """Why ``text`` mentions a red flag that is not one now ("no numbness, just tight": negated;
    "my dad had a fall": someone else's; "ten years ago": past), or None when it mentions none
    or really has one. The dialogue model must not raise an alarm for such a text."""
    found, why = scan(normalize(text))
    return why if found is None else None


_OWN = re.compile(r"(?:\b(?:i had|i've had|i have had|i have|i've got|i got|i beat|i survived|"
                  r"i was (?:treated|diagnosed))\b(?: [\w']+){0,3}|\bmy) ?$")


def _own_history(text: str, start: int) -> bool:
    """A question that says the speaker's own history ("does it matter that I had bowel cancer"):
    the sign is theirs, so its tier stands."""
    return bool(_OWN.search(text[:start]))


def _finding(flag: Flag, text: str, start: int, end: int) -> Finding | Context:
    """What one match of ``flag`` means in its context, or the context that dismisses it."""
    ctx = context(text, start, end)
    if flag.near and ctx is Context.STATEMENT and negated_inside(text, start, end):
        ctx = Context.NEGATED
    if ctx in (Context.NEGATED, Context.OTHER, Context.IMAGINED):
        return ctx
    if ctx is Context.PAST and not flag.history:
        return ctx
    tier = flag.tier
    if flag.grade == "fall":  # the size may be said anywhere ("off the shed roof, landed on...")
        tier = grade_fall(text)
    slip = flag.question.startswith("slip_")  # "can i feel my legs": a likely mishearing
    if ctx is Context.QUESTION and not slip and not (flag.history and _own_history(text, start)):
        if flag.in_question == "skip":
            return ctx
        if flag.in_question != "self" or flag.tier == "ask":
            return Finding("info", flag.reason)
    if tier == "ask":
        question = "trauma_size" if flag.grade == "fall" else flag.question
        yes = flag.yes_tier or ("emergency" if flag.grade == "fall" else flag.tier)
        no = flag.no_tier or ("today" if flag.grade == "fall" else "")
        return Finding("ask", flag.reason, question, yes, no)
    return Finding(tier, flag.reason)


_UNSURE = re.compile(r"\b(?:don't know|not sure|no idea|unsure|if|whether|think|maybe)\b")


def scan(t: str) -> tuple[Finding | None, Context | None]:
    """(the most serious finding, why a flag that matched was dismissed: the first such
    context, or None)."""
    best: Finding | None = None
    why: Context | None = None
    look = [(m.start(), m.end()) for p in LOOKALIKES for m in p.finditer(t)]
    specific: dict[str, Finding | Context] = {}
    """Per reason, what its specific (not "ask") flags made of the text: a vague match of the same
    sign ("my bladder") must not ask about what was already asked about or dismissed."""
    for flag in FLAGS:
        if not t or not flag.pattern.search(t):
            continue
        if flag.unless is not None and flag.unless.search(t):
            continue
        for m in flag.pattern.finditer(t):
            if any(a < m.end() and m.start() < b for a, b in look):
                why = Context.LOOKALIKE  # "numb with boredom", "an accident with the kettle"
                continue
            found = _finding(flag, t, m.start(), m.end())
            if flag.tier != "ask":
                specific.setdefault(flag.reason, found)
            if isinstance(found, Context):
                why = why or found
                continue
            if found.tier == "ask" and flag.reason in specific:
                earlier = specific[flag.reason]
                if isinstance(earlier, Context):
                    break
                found = earlier
            if best is None or TIER_RANK[found.tier] > TIER_RANK[best.tier]:
                best = found
            break
    if any(p.search(t) for p in LOOKALIKES):
        why = Context.LOOKALIKE
    elif why is None and any(p.search(t) for p in DENIALS):
        why = Context.NEGATED
    if (best is not None and best.tier == "ask" and why is Context.NEGATED
            and not best.question.startswith("slip_") and not _UNSURE.search(t)):
        best = None  # "i've not had any accidents with my bladder": nothing left to ask
    opinion = second_opinion(t, best, why)
    if opinion is not None:
        best = opinion
    if best is None and t and any(p.search(t) for p in INFO_PATTERNS):
        best = Finding("info", "see_doctor" if DOCTOR_QUESTION.search(t) else "warning_signs")
    return best, why


def _asks(t: str) -> bool:
    """A question, a condition or a general fact, not a report ("is it bad if...")."""
    words, own = t.split(), re.search(r"\b(?:i|i'm|i've|my|me|myself)\b", t)
    return bool(words) and (((words[0] in QUESTION_WORDS or GENERIC.search(t)) and not own)
                            or "what if" in t or any(w in CONDITIONAL for w in words))


_EXPLICIT = re.compile(r"\b(?:numb\w*|tingl\w*|pins and needles|can't feel|couldn't feel|"
                       r"don't feel|didn't feel|no feeling|no sensation|dead|asleep|weak\w*|"
                       r"gave way|give way|giving way|can't move|won't move|wet|soiled|leak\w*|"
                       r"can't pee|can't wee|accident)\b")
"""Words that name a sign (not "weird", "funny", "off")."""


def second_opinion(t: str, best: Finding | None, why: Context | None) -> Finding | None:
    """The learned model's red flag, where the patterns found none, a vague one to ask about or
    a lower tier, and dismissed nothing, in a statement about the speaker, now."""
    if why is not None or not t or (best is not None and best.tier in ("emergency", "info")):
        return None
    model = SLOT.get()
    if model is None or _asks(t) or whole_context(t) is not None:
        return None
    reading = model.read(t)
    if not model.acts_on(reading) or not fits_the_table(reading.reason, t):
        return None
    if best is not None and best.tier == "ask" and (reading.tier != "emergency"
                                                    or not _EXPLICIT.search(t)):
        return None  # words truly unclear ("my bum feels weird"): ask, unless a sign is named
    if best is not None and best.tier != "ask" and TIER_RANK[reading.tier] <= TIER_RANK[best.tier]:
        return None  # the model only ever raises what the patterns found
    return Finding(reading.tier, reading.reason)


_SPEAKER = re.compile(r"\b(?:i|i'm|i've|i'd|i was|me|my|myself)\b")


def unaddressed_sign(text: str) -> Finding | None:
    """:func:`screen_detail` for speech without the wake phrase: talk of an accident with no I,
    me or my in it ("a nasty collision, both players went up") is a commentator's, not the
    person's."""
    t = normalize(text)
    found = screen_detail(t, normalized=True)
    if found is not None and found.reason == "trauma" and not _SPEAKER.search(t):
        return None
    return found


def screen(text: str) -> tuple[str, str] | None:
    """``(tier, reason)`` for red flags in ``text``, or None. Pure function.

    tier: ``emergency`` (call now), ``today`` (see a doctor today), ``soon``, ``ask`` (a yes/no
    question first: ASR slip or a question about a symptom) or ``info`` (the warning signs).
    """
    found = screen_detail(text)
    return (found.tier, found.reason) if found else None


_HELP = re.compile(
    # "I help" alone: how Whisper writes a lone "help" that starts with a breath or an "uh";
    # "hey help" when the wake phrase primes it
    r"^(?:i |uh |um |ah |oh |hey )?(?:please |somebody |someone )*help(?: me)?"
    r"(?: please| now| somebody| someone)*$"
    r"|^(?:please )?help (?:me )?(?:please )?(?:i|i'm|i've|my|we)\b"
    r"|\b(?:somebody|someone|anybody|anyone) (?:help|come here|please come)\b"
    r"|\bcold for (?:help|someone|somebody)\b"  # "call for help" misheard; not "can cold help"
    r"|\b(?:call|called|get|fetch) (?:for )?(?:help|someone|somebody|my (?:wife|husband|"
    r"partner|son|daughter|mum|mom|dad|family|neighbou?r|carer))\b(?! \w+ing| with| to| for| in\b)"
    r"|\b(?:i|we) need (?:some )?help\b(?! (?:with|to|on|for|choosing|finding|understanding|using"
    r"|picking|deciding|remembering))"
    r"|\bget (?:me )?(?:some )?help\b(?! \w+ing| with| to| for| on)|\b(?:sound|raise|start|ring) (?:the |an )?alarm\b"
    r"|\bhelp me (?:get up|up|stand|please|now|somebody|someone)\b|\bhelp help\b"
    r"|\b(?:i|we) need (?:somebody|someone|a person)(?: here| now| please| to (?:come|help)(?: me)?)*$"
    r"|\b(?:somebody|someone|anybody|anyone) (?:come|get here|quick)\b"
    r"|\bget (?:somebody|someone|anybody|anyone) (?:to come|here|now|quick)\b"
    r"|\b(?:call|get|fetch|wake) (?:a |the |my )?neighbou?rs?\b")
_HOW_TO = re.compile(r"\bhow (?:can|could|should|would|will|do|does) (?:he|she|they|you|someone|"
                     r"somebody|people|my \w+|your \w+|the \w+) $")
_CANT_GET_UP_ANY = re.compile(r"\b(?:can't|couldn't|unable to|not able to) (?:get|stand|sit) up\b"
                              r"|\bstuck on the (?:floor|ground)\b")
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
    return 0 < len(words) <= 4 and words[0] not in QUESTION_WORDS and bool(_QUICK_STOP & set(words))


def is_help(text: str) -> bool:
    """Fast check for a call for help ("help", "call for help", "i can't get up, help me")."""
    t = normalize(text)
    u = t.replace(" ,", "")
    for m in _HELP.finditer(u):
        # "don't call for help" is not a call; "i don't know how, help me up" is
        before = re.sub(r"\b(?:don't|do not|not) (?:know|care|understand|think)\b", "",
                        u[: m.start()]).split()[-3:]
        # "how can my husband help me up": how to be helped up, with help there already
        how_to = bool(_HOW_TO.search(u[: m.start()])) and m.group(0).startswith("help me")
        if not ({"don't", "not", "no", "never"} & set(before)) and not how_to:
            return True
    return bool(_CANT_GET_UP_ANY.search(t)
                and re.search(r"\b(?:help|someone|somebody|call)\b", t))

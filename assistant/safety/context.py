"""Who and when a warning sign is about: the speaker now, or not.

A red-flag phrase is a report only when it is the speaker's own sign, now: not when it is denied
("no numbness"), asked about ("what does saddle numbness mean"), imagined ("I thought I'd wet
myself"), someone else's ("the dog had an accident"), in the media, or over ("I had a fever last
month but it's long gone"). On normalized text (:mod:`.normalize`)."""

from __future__ import annotations

import re
from enum import Enum

from assistant.safety.redflags import NEAR_FAINT
from assistant.safety.subjects import OTHERS as _OTHERS


class Context(str, Enum):
    STATEMENT = "statement"
    """The speaker's own sign, now."""
    NEGATED = "negated"
    QUESTION = "question"
    """A question about the sign, or a hypothetical: the information answer, no alarm."""
    OTHER = "other"
    """Someone else's, a pet's, an object's, the news: not a red flag."""
    IMAGINED = "imagined"
    """Thought, nearly, as if: not a red flag."""
    LOOKALIKE = "lookalike"
    """Words of a sign meaning something else ("the ice pack fell off", "pissed off")."""
    PAST = "past"
    """Over and done with: not a red flag now."""


NEGATORS = {"no", "not", "don't", "didn't", "doesn't", "haven't", "hasn't", "isn't", "aren't", "wasn't",
            "never", "without", "nothing", "nothing's", "none", "neither", "nor", "nobody", "nobody's"}
_NOT_NEGATION = re.compile(r"\b(?:no idea|no clue|not sure|don't know|no matter|not only|no longer"
                           r"|not that i|never mind|haven't been able|not been able|can't|couldn't"
                           r"|nothing comes|nothing came|nothing will)\b")
BREAKERS = {"but", "just", "only", "though", "although", "however", "except", "and", "so",
            "because", "plus", "also", "then", "while", "yet", ","}
STRONG_BREAKERS = {"but", "so", "because", "though", "although", "however", "anyway", ","}
QUESTION_WORDS = {"what", "what's", "when", "how", "why", "which", "who", "where", "is", "are",
                  "does", "do", "did", "should", "can", "could", "would", "will", "may", "might",
                  "shall", "isn't", "tell", "explain", "wondering", "wonder"}
HYPOTHETICAL = {"if", "whether", "suppose", "supposing", "case", "risk", "prevent", "avoid",
                "cause", "causes", "mean", "means", "sign", "signs", "symptom", "symptoms",
                "about", "checking", "check", "looking", "watch", "worry"}
CONDITIONAL = {"if", "whether", "suppose", "supposing", "unless"}
IMAGINED = {"thought", "almost", "nearly", "imagine", "imagined", "dreamt", "dreamed", "pretend",
            "pretending", "joking"}
_WORRY = re.compile(r"\b(?:worried|afraid|scared|frightened|terrified|fear) (?:that )?(?:i |it |i'll |"
                    r"it'll )?(?:might|could|will|would|may|'ll|about|of)\b")
_QUANTITY = re.compile(r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"twenty|thirty|half|\d+)\b")
FIRST_PERSON = {"i", "i'm", "i've", "i'd", "i'll", "my", "me", "myself", "we", "we're", "our"}
_THEY = re.compile(r"\b(?:they|they're|they'd|they've)\b")
_BODY_PLURAL = re.compile(r"\b(?:legs|feet|arms|hands|toes|fingers|bowels|knees|thighs)\b")
_OTHERS_OWN = re.compile(r"\b(?:his|her|their)\b")
_WITNESS = re.compile(
    r"\b(?:saw|seen|see|watched|watching|watch|heard|hear|read|reading|reported|news|tv|telly|"
    r"television|radio|paper|programme|program|documentary|film|movie|show|article|story|podcast|"
    r"said|says|told|tells|vlog|video|documentary|report|traffic|forum|reddit|online|website|"
    r"internet|google|googled|facebook|group)\b")
_PAST = re.compile(
    r"\b(?:\w+ )?(?:years?|months?|decades?|ages) ago\b|\b(?:a )?(?:long )?(?:time|while) ago\b"
    r"|\blast (?:year|month|summer|winter|spring|autumn|christmas|easter)\b"
    r"|\bwhen i was (?:a |an |at |in )?(?:younger|young|little|small|pregnant|school|college|"
    r"university|uni|kid|child|boy|girl|teen\w*|\w+teen|\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|baby|toddler|student)\b"
    r"|\bas a (?:kid|child|teenager|teen|boy|girl|baby|student)\b|\bin my (?:twenties|thirties|"
    r"teens|youth|twenties)\b|\bback in (?:the day|\d{4}|my)\b|\byears back\b|\bin (?:19|20)\d\d\b"
    r"|(?<!not )\b(?:long|all) gone\b|\bused to\b|\bin the past\b|\bonce before\b"
    r"|\bin (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\b|\bturned out (?:to be|it was)\b|\b(?:healed|cleared) up\b"
    r"|\b(?:winter|summer|spring|autumn|christmas|year) before last\b"
    r"|\b(?:\w+ )?(?:winters?|summers?|christmases|springs|autumns) ago\b"
    r"|\b(?:back )?in the (?:sixties|seventies|eighties|nineties|\d0s)\b|\bback in the day\b"
    r"|\b(?:it's|that's|it is|that is|it was|that was) (?:long |all )?(?:gone|over|passed|sorted|"
    r"cleared up|cleared|resolved|healed|fine now|better now)\b(?! numb| dead| weak| tingl| funny|"
    r" wrong| stiff| into| to| asleep| all| completely| totally| really| very| so| a bit| kind of| sort of|"
    r" the| my| me| everywhere)")
_STILL = re.compile(r"\b(?:ever since|still|again|today|this morning|tonight|just now|right now|"
                    r"at the moment|these days|came back|come back|coming back|now i|and now)\b")
_GONE_NOW = re.compile(
    r"\b(?:went away|wore off|worn off|(?<!usually )(?<!normally )(?<!always )(?<!not )(?:it's|its|it is|"
    r"that's|all|totally|completely) (?:all |"
    r"totally |completely )?(?:gone|fine|better|back to normal)(?! numb| dead| weak| tingl| funny| "
    r"wrong| all| completely| totally| really| very| so| stiff| cold| hot| into| to)(?: now)?"
    r"|stopped (?:after|when|once)"
    r"|fully recovered|recovered fully|fine (?:as soon as|once|when) i|passed (?:after|once|when)|"
    r"cleared up|settled down (?:after|once)|settled (?:within|after|in)|(?:it|they) went (?:after|"
    r"away|off)|(?:they've|it's|it has|they have|that's) (?:all )?gone(?! numb| dead| weak| tingl| "
    r"funny| wrong| all| completely| totally| really| very| so| stiff| cold| hot| into| to)"
    r"|calmed down|woke up after|"
    r"eased off|went back to normal|(?:was|turned out to be) (?:just|only) (?:heartburn|indigestion|"
    r"wind|gas|anxiety|a panic attack|cramp|a cramp|a virus)|nothing to do with (?:this|it|my back|"
    r"the back))\b")
"""Said to be over now ("it wore off", "gone now"): past, whenever it was."""
_RESOLVED = re.compile(r"\b(?:fine|gone|better|sorted|okay|ok|cleared|healed|no problems?|"
                       r"went away|resolved|recovered)\b")


def _clause(before: list[str], breakers: set[str]) -> list[str]:
    clause: list[str] = []
    for w in reversed(before):
        if w in breakers:
            break
        clause.insert(0, w)
    return clause


def sentence_around(text: str, start: int, end: int) -> str:
    """The stretch of ``text`` around a match between strong breakers (but, so, commas...)."""
    before = _clause(text[:start].split(), STRONG_BREAKERS)
    after: list[str] = []
    for w in text[end:].split():
        if w in STRONG_BREAKERS:
            break
        after.append(w)
    return " ".join([*before, text[start:end], *after])


def clause_around(text: str, start: int, end: int) -> str:
    """The stretch around a match between any breakers (and, but, commas...)."""
    before = _clause(text[:start].split(), BREAKERS)
    after: list[str] = []
    for w in text[end:].split():
        if w in BREAKERS:
            break
        after.append(w)
    return " ".join([*before, text[start:end], *after])


def _subject_is_other(lead: str) -> bool | None:
    """Whether the last subject in ``lead`` is someone else (True), the speaker (False) or
    neither is named (None)."""
    others = list(_OTHERS.finditer(lead))
    spans = [(o.start(), o.end()) for o in others]
    own = [m.end() for m in re.finditer(r"\b(?:i|i'm|i've|i'd|my|myself|we)\b", lead)
           if not any(a <= m.start() < b for a, b in spans)]
    if not others and not own:
        return None
    if not others:
        return False
    return not any(o > others[-1].start() for o in own)


_MEDIA = re.compile(r"\bon the (?:news|radio|telly|tv|television|traffic report)\b|\bin (?:the|a|"
                    r"his|her|their) (?:documentary|film|movie|vlog|video|show|programme|paper|soap|"
                    r"series|drama|episode|book|novel|podcast)\b|\b(?:a|the|this|that) (?:documentary|"
                    r"film|movie|programme|program|show|series|episode|drama|soap|podcast|video|advert)"
                    r"\b(?: [\w']+){0,5}? (?:showed|shows|showing|had|has|featured|features|was about|"
                    r"is about|about)\b")
def about_someone_else(text: str, start: int, end: int) -> bool:
    """The sign belongs to someone or something else: "my dad can't feel his legs", "the dog
    had an accident on the rug", "I saw a car crash on the news"."""
    match = text[start:end]
    own_in_match = bool(re.search(r"\b(?:i|i'm|i've|me|my|myself)\b", match))
    if own_in_match:
        return False
    before = text[:start].split()
    if _OTHERS_OWN.search(match) or (before and _OTHERS_OWN.fullmatch(before[-1])):
        return True
    subject = _subject_is_other(" ".join(_clause(before, BREAKERS)))
    if subject is None:  # "... and had an accident": the subject is further back
        subject = _subject_is_other(" ".join(_clause(before, STRONG_BREAKERS)))
    if subject:
        after = text[end:].split()
        rest = " ".join(after[:next((i for i, w in enumerate(after) if w in BREAKERS),
                                    len(after))])
        own_after = re.search(r"\b(?:my|me|myself)\b", rest)
        return not own_after  # "they took a tumour out of my bowel": the speaker's
    lead = " ".join(_clause(before, STRONG_BREAKERS))
    sentence = sentence_around(text, start, end)
    clause = clause_around(text, start, end)
    if not re.search(r"\b(?:i|i'm|i've|me|my|myself)\b", clause) and _OTHERS_OWN.search(clause):
        return True  # "the youtuber slipped on the ice in his vlog"
    if _MEDIA.search(sentence):
        return True
    witness = _WITNESS.search(lead)
    if witness is None or _subject_is_other(lead[witness.end():]) is False:
        return False  # "my husband says i've been leaking": the speaker's own sign
    return bool(re.search(r"\b(?:i|we|you) (?:saw|watched|heard|read|see|seen)\b|\bon the\b"
                          r"|^(?:saw|read|heard|seen)\b|\bon an? (?:forum|website|group|podcast)\b"
                          r"|\bin the (?:news|paper)\b|\b(?:said|says|told|tells)\b", sentence))


def _over(stretch: str) -> bool:
    if _GONE_NOW.search(stretch):
        return True
    return bool(_PAST.search(stretch)) and (not _STILL.search(stretch)
                                            or bool(_RESOLVED.search(stretch)))


def in_the_past(text: str, start: int, end: int) -> bool:
    """The sign is over: a past time ("ten years ago", "when I was a teenager") or "it's long
    gone" in its clause (or, when its clause says nothing of now, in the whole utterance)."""
    clause = clause_around(text, start, end)
    if _over(clause):
        return True
    later = text[end:]  # "... but that was ages ago": the resolution comes after the sign
    if (re.match(r"^ (?:, )?(?:and |but |plus |also )?(?:i|i've|i'd|my)\b", later)
            and not re.search(r"\b(?:that|it|this) (?:was|were)\b", later)):
        later = ""  # "... and i had cancer years ago": a new fact, not this sign's time
    return not _STILL.search(clause) and (bool(re.match(r"^once\b", text)) or _over(later))


def whole_context(text: str) -> Context | None:
    """For a red flag only the dialogue model heard (no phrase to anchor on): whether the whole
    utterance is someone else's, over, or imagined; None when it may be the speaker's, now."""
    if not text:
        return None
    candidates = [m for m in (_OTHERS.search(text),
                              None if _BODY_PLURAL.search(text) else _THEY.search(text)) if m]
    first_other = min(candidates, key=lambda m: m.start()) if candidates else None
    first_own = re.search(r"\b(?:i|i'm|i've|i'd|me|my|myself|we)\b", text)
    if first_other and (first_own is None or first_other.start() <= first_own.start()):
        return Context.OTHER
    if _over(text):
        return Context.PAST
    words = text.split()
    if any(w in IMAGINED for w in words) or re.search(r"\bas if\b|\bas though\b", text):
        return Context.IMAGINED
    return None


_SIGN_AFTER_NEGATOR = {"feeling", "sensation", "strength", "control", "warning", "power", "feel",
                       "notice", "know", "realise", "realize", "mine", "move", "respond",
                       "happens", "happened", "comes", "came", "will", "a"}


def negated_inside(text: str, start: int, end: int) -> bool:
    """A negation between the two ideas of a "near" match ("my legs aren't numb"), not counting
    the ones that are part of a sign ("no feeling", "didn't feel it", "not mine")."""
    words = text[start:end].split()
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in NEGATORS and nxt not in _SIGN_AFTER_NEGATOR:
            return True
    return False


GENERIC = re.compile(r"\b(?:is|are|can be|could be|may be|means?) (?:another |a |"
                      r"one of the |the |an? )?(?:early |classic |common |important )?(?:warning|"
                      r"red ?flag|danger|serious|worrying|emergency) (?:signs?|symptoms?|flags?)\b")
"""A general statement about a sign ("... is another warning sign"): with no first person in
it, the signs it names are information, not a report."""


def context(text: str, start: int, end: int) -> Context:
    """What a red-flag match at ``text[start:end]`` is: a statement, negated, a question..."""
    before = text[:start].split()
    clause = _clause(before, BREAKERS)
    sentence = _clause(before, STRONG_BREAKERS)
    first = text[start:].split()[:1]
    prev = before[-2:] if len(before) >= 2 else ["", *before]
    own_subject = (bool(first) and first[0] in FIRST_PERSON) or prev[-1:] == ["my"] or (
        prev[-1:] != [""] and prev[-1] in FIRST_PERSON and prev[0] not in QUESTION_WORDS)
    cleaned = _NOT_NEGATION.sub(" ", " ".join(clause[-5:])).split()
    for i, w in enumerate(cleaned):
        # "no, i can't feel my legs": an interjection, not a negation
        if w in NEGATORS and not (w == "no" and (own_subject or len(cleaned) - i > 3)):
            return Context.NEGATED
    if about_someone_else(text, start, end):
        return Context.OTHER
    lead = " ".join(sentence)
    inner = text[start:end].split()[:2]  # "i nearly fell" matched from its subject
    lead_in = inner[1:] if inner[:1] and inner[0] in FIRST_PERSON else []
    near = sentence[-6:]
    if near[-1:] in (["nearly"], ["almost"]) and _QUANTITY.match(text[start:end]):
        near = near[:-1]  # "nearly a month of this": a time, not a near miss
    if (any(w in IMAGINED for w in [*near, *lead_in])
            or re.search(r"\bas if\b|\bas though\b|\blooks? like\b", lead)) \
            and not NEAR_FAINT.search(" ".join([*sentence[-2:], text[start:end]])):
        return Context.IMAGINED
    checking = re.search(r"\bevery time i (?:check|look|test|try)\b", lead)  # a report
    if ((any(w in HYPOTHETICAL for w in sentence[-5:]) and not checking) or "what if" in lead
            or any(w in CONDITIONAL for w in sentence) or _WORRY.search(lead)):
        return Context.QUESTION
    when_i = sentence[:1] == ["when"] and sentence[1:2] != [] and sentence[1] in FIRST_PERSON
    if sentence and sentence[0] in QUESTION_WORDS and not own_subject and not when_i:
        return Context.QUESTION  # but "when i wipe there is no feeling" tells, it does not ask
    # a fact, not a report: "numbness around the bottom is another warning sign", "a podcast
    # said pain that wakes you at night is a warning sign"
    if (GENERIC.search(text) and not FIRST_PERSON & set(text.split())) or (
            GENERIC.match(text[end:].lstrip()) and not FIRST_PERSON & set(text[start:].split())):
        return Context.QUESTION
    if in_the_past(text, start, end):
        return Context.PAST
    return Context.STATEMENT

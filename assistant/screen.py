"""The deterministic red-flag screen: pure functions on one transcript, no Rasa.

``screen`` finds warning signs in spoken text, with negation ("no numbness, just tight"),
questions ("is numbness serious") and speech-recognition slips ("can feel my legs"); the phrase
tables are in ``redflags.py``. ``is_help`` and ``is_stop`` are the fast checks for a call for help
and for "stop". :mod:`assistant.safety` turns a finding into what is said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.redflags import DENIALS, FLAGS, INFO_PATTERNS, TIER_RANK, Flag

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
    # "numb" misheard at the end of a clause ("my bum is kind of mum", "my leg is kind of nine")
    (r"\b(is|are|feel|feels|feeling|gone|going|went|getting|got|all|so|really|very|kind of|"
     r"kinda|bit) (?:mum|mom|nine|num|numm)(?=$| ,| and\b| but\b)", r"\1 numb"),
    # "i'm" misheard as "can" before a symptom ("can having trouble breathing")
    (r"^can (having|getting|burning|struggling|shivering|shaking|sweating)\b", r"i'm \1"),
    (r"\b(knees?|legs?) (?:up )?(?:to|towards|into|against) (?:my |your |the )?chest\b", r"\1 up"),
    (r"\b(?:you know|i mean|like i said)\b", " "),
    (r"\b(?:um+|uh+|uhm+|erm+|er|ah+|oh+|hmm+|mm+|mhm|huh|okay so|well)\b", " "),
]
_DIGITS = {"zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
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
        if words and w == words[-1] and w not in _DIGITS:
            continue  # stutter "i i can't" and repeated commas (not "nine one one")
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
    return scan(text if normalized else normalize(text))[0]


def dismissed(text: str) -> bool:
    """True when ``text`` mentions a red flag only to deny it ("no numbness, just tight", "the ice
    made it numb", "i can feel my legs fine"): the Rasa layer must not raise an alarm for it."""
    found, seen = scan(normalize(text))
    return found is None and seen


def scan(t: str) -> tuple[Finding | None, bool]:
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
    seen = seen or any(p.search(t) for p in DENIALS)
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
    r"|\bhelp me (?:get up|up|stand|please|now|somebody|someone)\b|\bhelp help\b"
    r"|\b(?:i|we) need (?:somebody|someone|a person)(?: here| now| please| to (?:come|help)(?: me)?)*$"
    r"|\b(?:somebody|someone|anybody|anyone) (?:come|get here|quick)\b"
    r"|\bget (?:somebody|someone|anybody|anyone) (?:to come|here|now|quick)\b"
    r"|\b(?:call|get|fetch|wake) (?:a |the |my )?neighbou?rs?\b")
CANT_GET_UP = re.compile(r"\b(?:can't|couldn't|unable to|not able to) (?:get|stand|sit) up\b"
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
    return bool(CANT_GET_UP.search(t) and re.search(r"\b(?:help|someone|somebody|call)\b", t))

"""Deterministic entity parsing: durations, ice vs heat, exercise names, health conditions and
medicines.

Spoken text arrives lowercase, unpunctuated and with numbers as words ("fifteen minutes",
"half an hour", "20 min"). Each finder returns ``Found`` spans so Rasa can report them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "couple": 2, "few": 3,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90}
UNIT_SECONDS = {
    "second": 1, "sec": 1, "secs": 1, "seconds": 1, "s": 1,
    "minute": 60, "min": 60, "mins": 60, "minutes": 60, "m": 60, "minits": 60, "minuets": 60,
    "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "h": 3600, "our": 3600, "ours": 3600,
}

_NUMBER_WORD = "|".join(sorted(list(UNITS) + list(TENS), key=len, reverse=True))
_UNIT = "|".join(sorted(UNIT_SECONDS, key=len, reverse=True))
_TENS_WORD = "|".join(TENS)
_ONES_WORD = "one|two|three|four|five|six|seven|eight|nine"
_NUMBER = (rf"(?:\d+(?:\.\d+)?|(?:{_TENS_WORD})[ -](?:{_ONES_WORD})\b|(?:{_NUMBER_WORD}))")
"""Digits, "twenty five" / "twenty-five", or one number word ("a ten" is not eleven)."""
_DURATION_RE = re.compile(
    rf"\b(?:(?P<half>half an? (?:hour|our))"
    rf"|(?P<quarter>(?:a )?quarter (?:of an? )?(?:hour|our))"
    rf"|(?P<num>{_NUMBER})(?P<andhalf> and a half)?[ -]?(?:(?:more|extra|other) )?(?P<unit>{_UNIT})\b"
    rf"(?P<andhalf2> and a half)?)",
)

_HOUR_WORD = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve")
_HOUR = rf"(?:1[0-2]|0?[1-9]|{_HOUR_WORD})"
_MINUTE_WORD = {"o five": 5, "oh five": 5, "ten": 10, "fifteen": 15, "twenty": 20,
                "twenty five": 25, "thirty": 30, "forty": 40, "forty five": 45, "fifty": 50}
_PAST = {"five past": 5, "ten past": 10, "quarter past": 15, "a quarter past": 15,
         "twenty past": 20, "twenty five past": 25, "half past": 30, "twenty five to": 35,
         "twenty to": 40, "quarter to": 45, "a quarter to": 45, "ten to": 50, "five to": 55}
def _mer(name: str) -> str:
    return rf"(?P<{name}>a ?m|p ?m|a\.m\.|p\.m\.)"



_PART = (r"(?: (?P<part>in the morning|this morning|tomorrow morning|in the afternoon|this "
         r"afternoon|in the evening|this evening|tonight|at night))?")
_CLOCK_RE = re.compile(
    r"\b(?P<lead>at|for|till|until|by|to) (?:about |around )?(?:"
    rf"(?P<noon>noon|midday|midnight)"
    rf"|(?P<past>{'|'.join(sorted(_PAST, key=len, reverse=True))}) (?P<ph>{_HOUR})"
    rf"|(?P<h>{_HOUR}|1[3-9]|2[0-3]|00)[:.](?P<m>[0-5][0-9]) ?{_mer('mer1')}?"
    rf"|(?P<h2>{_HOUR}) ?(?:{_mer('mer2')}|(?P<oclock>o'clock|oclock|o clock))"
    rf"|(?P<h3>{_HOUR}) (?P<mw>{'|'.join(sorted(_MINUTE_WORD, key=len, reverse=True))})"
    rf"(?: ?{_mer('mer3')})?"
    rf"|(?P<h4>{_HOUR}))(?![\w:])" + _PART)
"""A time of day after "at", "for", "till"... ("at seven", "for two o'clock", "half past six",
"7:30 pm", "seven thirty in the morning"); a bare number only after "at" or "till", or after
"for" with an alarm ("an alarm for seven")."""


_ALARM_WORDS = re.compile(r"\b(?:alarm|wake|waken|wakey)\b")
"""With these, "for seven" is a time ("an alarm for seven")."""


def find_clock_times(text: str) -> list[Found]:
    """Times of day as "H:MM" plus " am"/" pm" when said ("at 7" -> "7:00", "half past six in
    the evening" -> "6:30 pm", "noon" -> "12:00 pm"). A duration ("for seven minutes") is not
    one."""
    found = []
    for m in _CLOCK_RE.finditer(text):
        g = m.groupdict()
        rest = text[m.end():]
        leads = ("at", "till", "until", "by") + (("for",) if _ALARM_WORDS.search(text) else ())
        if g["h4"] and (g["lead"] not in leads
                        or re.match(rf" ?(?:{_UNIT}|and a half|point|of|or|another|stage|time|go)\b", rest)):
            continue
        if g["h3"] and re.match(rf" ?(?:{_UNIT})\b", rest):
            continue
        mer = (g["mer1"] or g["mer2"] or g["mer3"] or "").replace(".", "").replace(" ", "")
        if g["noon"]:
            hour, minute, mer = 12, 0, "am" if g["noon"] == "midnight" else "pm"
        elif g["past"]:
            hour, minute = int(_number(g["ph"]) or 0), _PAST[g["past"]]
            if minute > 30:
                hour = hour - 1 or 12
        else:
            h = g["h"] or g["h2"] or g["h3"] or g["h4"]
            hour = int(_number(h) or 0)
            minute = int(g["m"]) if g["m"] else _MINUTE_WORD.get(g["mw"] or "", 0)
        part = g["part"] or ""
        if not mer and part:
            mer = "am" if "morning" in part else "pm"
        if hour > 12:
            hour, mer = hour - 12, "pm"
        elif hour == 0:
            hour, mer = 12, "am"
        value = f"{hour}:{minute:02d}" + (f" {mer}" if mer else "")
        found.append(Found("clock", value, m.start(), m.end(), m.group(0)))
    return found


THERAPY = {
    "ice": ("ice", "icepack", "ice pack", "cold pack", "cold", "frozen peas", "i see pack",
            "ice back", "cold compress", "freezer pack", "icing", "ice it"),
    "heat": ("heat", "heating pad", "heat pad", "hot pack", "hot water bottle", "warm", "hot",
             "heat pack", "he pad", "heating", "heater pad", "warmth", "moist heat"),
}
EXERCISES = {
    "knee_to_chest": ("knee to chest", "knees to chest", "knee to the chest", "knee chest",
                      "knee hug", "knees to my chest", "knee to my chest", "knee-to-chest",
                      "need to chest", "knees up to my chest", "knee up to my chest",
                      "knees up to the chest", "knees into my chest", "hug my knees",
                      "pull my knees"),
    "childs_pose": ("child's pose", "childs pose", "child pose", "child's post", "child post",
                    "childs post", "kids pose"),
    "bird_dog": ("bird dog", "bird-dog", "birddog", "bird dogs", "third dog"),
    "bridge": ("bridge", "bridges", "glute bridge", "bridge pose", "bridging"),
    "cat_cow": ("cat cow", "cat-cow", "cat and cow", "cat camel", "cat cows", "cat calf"),
    "cobra": ("cobra", "cobra pose", "cobras", "cober", "copra"),
    "pelvic_tilt": ("pelvic tilt", "pelvic tilts", "pelvis tilt", "tilt my pelvis",
                    "pelvic rock", "pelvic rocks", "pelvic tuck", "pelvic till", "pelvic tilting"),
}

CONDITIONS = {
    "pregnancy": ("pregnant", "pregnancy", "expecting a baby", "i'm expecting", "im expecting",
                  "i am expecting", "breastfeeding", "breast feeding", "trimester", "midwife"),
    "asthma": ("asthma", "asthmatic", "inhaler", "wheezy", "wheezing", "wheeze", "allergic to "
               "aspirin", "allergic to ibuprofen", "allergic to anti inflammatories",
               "reaction to aspirin", "reaction to ibuprofen", "aspirin sensitive"),
    "stomach": ("stomach ulcer", "stomach ulcers", "ulcer", "ulcers", "stomach bleed",
                "stomach bleeding", "bleeding in my stomach", "bad stomach", "heartburn",
                "acid reflux", "reflux", "gastritis"),
    "kidney_heart": ("kidney", "kidneys", "renal", "heart problem", "heart problems",
                     "heart disease", "heart failure", "heart condition", "heart attack",
                     "bad heart", "my heart", "angina", "high blood pressure",
                     "blood pressure", "liver", "a stroke"),
    "blood_thinners": ("warfarin", "blood thinner", "blood thinners", "blood thinning",
                       "anticoagulant", "anticoagulants", "apixaban", "rivaroxaban",
                       "edoxaban", "dabigatran", "clopidogrel", "heparin", "eliquis",
                       "xarelto", "aspirin every day", "daily aspirin"),
    "alcohol": ("alcohol", "beer", "beers", "wine", "vodka", "whisky", "whiskey", "a pint",
                "pints", "booze", "spirits", "stiff drink", "a drink with", "a drink on",
                "drink on", "drinking on", "drink while", "drunk", "hungover", "a few drinks",
                "had a drink", "been drinking", "had drinks", "glass of wine", "gin", "rum",
                "cider", "lager"),
}
"""Health conditions that change what medicine is safe (actions/care.py says the caution)."""
MEDICINES = {
    "nsaid": ("ibuprofen", "i b profen", "advil", "motrin", "nurofen", "naproxen", "aleve",
              "aspirin", "anti inflammatory", "anti inflammatories", "anti-inflammatory",
              "anti-inflammatories", "voltaren", "diclofenac"),
    "paracetamol": ("paracetamol", "acetaminophen", "tylenol", "panadol"),
    "opioid": ("codeine", "co-codamol", "cocodamol", "tramadol"),
    "relaxant": ("muscle relaxant", "muscle relaxants", "muscle relaxer", "muscle relaxers",
                 "diazepam", "valium", "cyclobenzaprine", "methocarbamol", "flexeril"),
    "painkiller": ("painkiller", "painkillers", "pain killer", "pain killers", "pain relief",
                   "pain medicine", "pain medication", "medicine", "medication", "medicines",
                   "tablets", "tablet", "pills", "pill", "something for the pain",
                   "what can i take", "what should i take", "what could i take",
                   "anything i can take", "something to take", "anything to take",
                   "can i take anything", "can i take something"),
}
"""Medicines named in a question: with a condition, the answer must be a medicine answer."""


@dataclass(frozen=True)
class Found:
    entity: str
    value: str | int
    start: int
    end: int
    text: str


def _number(words: str) -> float | None:
    words = words.strip().replace("-", " ")
    try:
        return float(words)
    except ValueError:
        pass
    total = 0
    for w in words.split():
        if w in TENS:
            total += TENS[w]
        elif w in UNITS:
            total += UNITS[w]
        else:
            return None
    return float(total)


def find_durations(text: str) -> list[Found]:
    """Durations in seconds: "fifteen minutes" -> 900, "half an hour" -> 1800."""
    found = []
    for m in _DURATION_RE.finditer(text):
        if m.group("half"):
            seconds = 1800.0
        elif m.group("quarter"):
            seconds = 900.0
        else:
            num, unit_word = m.group("num"), m.group("unit")
            glued = m.group(0)[len(num)] not in " -" if len(m.group(0)) > len(num) else False
            if not num[0].isdigit() and (glued or len(unit_word) == 1):
                continue  # "am", "as", "ah": a word number needs a spoken unit
            n = _number(num)
            unit = UNIT_SECONDS[unit_word]
            if n is None:
                continue
            if m.group("andhalf") or m.group("andhalf2"):
                n += 0.5
            seconds = n * unit
        if seconds <= 0:
            continue
        found.append(Found("duration", round(seconds), m.start(), m.end(), m.group(0)))
    return found


def _find_phrases(text: str, entity: str, table: dict[str, tuple[str, ...]]) -> list[Found]:
    found: list[Found] = []
    taken: list[range] = []
    pairs = sorted(((p, v) for v, ps in table.items() for p in ps), key=lambda pv: -len(pv[0]))
    for phrase, value in pairs:
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", text):
            if any(m.start() in r or m.end() - 1 in r for r in taken):
                continue
            taken.append(range(m.start(), m.end()))
            found.append(Found(entity, value, m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda f: f.start)


def normalize(text: str) -> str:
    """Lowercase, unify apostrophes, keep letters, digits, apostrophes and spaces."""
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"[^a-z0-9' .-]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def extract(text: str) -> list[Found]:
    """All entities in ``text`` (offsets refer to the lowercased text, same length)."""
    low = text.lower().replace("\u2019", "'")
    return (
        find_durations(low)
        + find_clock_times(low)
        + _find_phrases(low, "therapy", THERAPY)
        + _find_phrases(low, "exercise", EXERCISES)
        + _find_phrases(low, "condition", CONDITIONS)
        + _find_phrases(low, "medicine", MEDICINES)
    )

"""Spoken text made canonical for the red-flag screen: lower case, clause commas, one spelling of
each contraction, speech-recognition respellings and dialect words mapped, fillers and stutter
dropped. Pure; used by :mod:`.screen`, the gate and the learned model's features."""

from __future__ import annotations

import re
from typing import Any

_WORD_SUBS = {
    "cant": "can't", "cannot": "can't", "couldnt": "couldn't", "dont": "don't", "didnt": "didn't",
    "doesnt": "doesn't", "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't", "havent": "haven't",
    "hasnt": "hasn't", "wont": "won't", "im": "i'm", "ive": "i've", "whats": "what's",
    "num": "numb", "numm": "numb", "numbe": "numb", "tinglin": "tingling",
    "cuz": "because", "cos": "because", "gonna": "going to", "wanna": "want to",
    "meself": "myself", "myslef": "myself", "feats": "feet", "ligs": "legs", "bladdder": "bladder",
    "wot": "what", "ya": "you", "innit": "", "mum's": "mum's", "traped": "tripped",
    "tript": "tripped", "weing": "weeing",
    # Scots ("ah cannae feel masel when ah wipe")
    "cannae": "can't", "canna": "can't", "couldnae": "couldn't", "dinnae": "don't",
    "dinna": "don't", "didnae": "didn't", "wouldnae": "wouldn't", "isnae": "isn't",
    "wasnae": "wasn't", "willnae": "won't", "masel": "myself", "mysel": "myself",
}
_PHRASE_SUBS: list[tuple[str, Any]] = [
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
    # "me legs", "me back": "my"; "i'm after falling": "i just fell" (Irish English)
    (r"\bme (legs?|feet|foot|back|bum|bottom|bladder|bowels?|waterworks|arms?|hands?|chest|knees?|"
     r"toes?|hips?|side|neck|tummy|belly|privates|thighs?|fingers?|wee|pee)\b", r"my \1"),
    (r"\b(i'm|i am|i was) after (falling|fallin)\b", "i just fell"),
    (r"\b(i'm|i am|i was) after (wetting|weeing|peeing|soiling|hurting|slipping|tripping|doing)\b",
     lambda m: "i just " + {"wetting": "wet", "weeing": "weed", "peeing": "peed",
                            "soiling": "soiled", "hurting": "hurt", "slipping": "slipped",
                            "tripping": "tripped", "doing": "did"}[m.group(2)]),
    # Scots "ah" for "I", before "ah" is dropped as a filler
    (r"\bah (can't|couldn't|don't|didn't|wipe|wiped|went|was|am|have|had|think|feel|felt|need|"
     r"fell|wet|peed|tried|just)\b", r"i \1"),
    (r"\bma (legs?|feet|bum|bladder|back|arms?|hands?|chest|privates)\b", r"my \1"),
    (r"\bneither (?:of )?(?:my |me )?(legs|feet) (?:feels?|is|are) (?:right|normal|ok|okay)\b",
     r"both my \1 feel wrong"),
    (r"\b(?:don't|didn't|can't|couldn't) feel nothing\b", "can't feel anything"),
    (r"\bboth (?:of )?(?:my |me |the )?(?:(leg)|(foot))\b", lambda m: "both my " + (
        "legs" if m.group(1) else "feet")),
    (r"\b(legs?|foot|feet|knee|arm|hand)'s (?=(?:just |gone |been |all |really |suddenly )*(?:given|"
     r"gave|giving|buckl|collaps|numb|dead|weak|tingl|useless|asleep))", r"\1 is "),
    (r"\b(?:can't|couldn't) feel the (?:paper|tissue|wipe)\b", "can't feel the toilet paper"),
    (r"\bwhen i pass(?:ing)? (?:urine|water)\b", "when i'm peeing"),
    (r"\bnothing (?:nothing )?at all (comes?|came)\b", r"nothing \1"),
    # Whisper's "loop" for "loo", "trapped over" for "tripped over"
    (r"\b(on|to) the loop\b", r"\1 the loo"), (r"\btrapped over\b", "tripped over"),
    # and on the spoken triage set v7: "can't be" for "can't pee", "the we" for "the wee",
    # "drift over" for "tripped over", "my cant" for "my cat", "are in numb" for "aren't numb"
    (r"\bcan't be\b(?= ,| i've\b| been\b| trying\b| tried\b| properly\b| at all\b| since\b|"
     r" even though\b|$)", "can't pee"), (r"\bcan't start being\b", "can't start peeing"),
    (r"\b(?:the|my|that) we (?=(?:just )?(?:came|comes|come|coming) out\b)", "the wee "),
    (r"\bwant the bed (?=last night|again|in the night|every night|the other night)", "wet the bed "),
    (r"\b(?:hey vent|haven't) past (water|urine)\b", r"haven't passed \1"),
    (r"\bcatching (?=weaker|worse)", "getting "), (r"\bnow patch\b", "numb patch"),
    (r"\bdrift(?:ed)? over\b", "tripped over"), (r"\bfill off\b", "fell off"),
    (r"\bslept on (?=(?:the )?ice\b)", "slipped on "), (r"\bflat (?:mid|mate)\b", "flatmate"),
    (r"\b(my|our|the|his|her) can't (?=is|was|has|fell|keeps|just)\b", r"\1 cat "),
    (r"^(numb\w*|tingl\w*|pins and needles) at all$", r"no \1 at all"),
    (r"\b(are|is) in numb\b", r"\1n't numb"),
    # ... and on the spoken set v6: "hold my we", "what the bed", "pass your end" (urine), "the
    # lute" (loo), "i failed nothing", "legs gone week", "numpet", "my angle", "a letter" (ladder)
    (r"\b(hold|holding|control) (my |the )?we\b", r"\1 \2wee"),
    (r"\b(?:my|the) we (?=at all|it just|just comes|comes out|came out)", "my wee "),
    (r"\bwhat the bed (?=last night|again|in the night|every night|for the first)", "wet the bed "),
    (r"\b(pass|passed|passing) your end\b", r"\1 urine"), (r"\b(on|to) the lute\b", r"\1 the loo"),
    (r"\bi failed nothing\b", "i felt nothing"), (r"\bnumpet\b", "numb bit"),
    (r"\b((?:legs?|arms?|knees?|feet|foot)(?: \w+){0,2}?) week\b", r"\1 weak"),
    (r"\b(past|passed|to|up|round|around) my angle\b", r"\1 my ankle"),
    (r"\bpassed (my|the) (ankle|knee|thigh|hip|waist|calf|shin)\b", r"past \1 \2"),
    (r"\b(off|up|from|down) (a|the) letter\b", r"\1 \2 ladder"),
    (r"\btricked (on|over)\b", r"tripped \1"), (r"\bbang my (back|head|bum)\b", r"banged my \1"),
    (r"\bmelon(?:ome|oma)\b", "melanoma"),
    (r"\b(getting|got|have|having) (?:the )?tilt\b", r"\1 chills"),  # PocketSphinx, "chills"
    (r"\b(?:um+|uh+|uhm+|erm+|er|ah+|oh+|hmm+|mm+|mhm|huh|okay so|well)\b", " "),
]
_DIGITS = {"zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}


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

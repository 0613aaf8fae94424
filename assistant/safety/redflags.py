"""Red-flag phrase tables for the safety screen (data only; the logic is in screen.py).

Each :class:`Flag` is a regular expression run on *normalized* text (lower case, no
punctuation except apostrophes and clause commas, contractions unified, fillers removed; see
``screen.normalize``). ``<name>`` in a pattern is replaced by ``MACROS[name]``.

The tiers follow the clinical table in ``content/sources.yml`` (``safety_table``), each row with
its sources. Sources (care content in /work/shared/care-content/, plus NHS guidance):
- 001_8d5d6500851c1188.txt: "Call 911 anytime you think you may need emergency care ... You are
  unable to move an arm or a leg at all"; "Call your doctor or nurse call line now ... new or
  worse symptoms in your legs, belly, or buttocks: numbness or tingling, weakness"; "cannot
  control your bladder or bowel movements"; "a car accident, fall, or a similar situation";
  "does not get better in 1 to 2 weeks, or it comes and goes over time in the same area".
- 004_547f055fb4616e69.txt: "accompanied by ... numbness, tingling, or difficulty moving".
- NHS (back pain; cauda equina syndrome; sciatica): numbness around the genitals or bottom,
  loss of bladder or bowel control, not being able to pee, numbness or weakness in both legs,
  chest pain, fever, back pain after a serious fall or accident, sudden severe pain, history of
  cancer, unexplained weight loss, pain that is worse at night, over 50 with new back pain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TIER_RANK = {"emergency": 5, "today": 4, "ask": 3, "soon": 2, "info": 1}

MACROS = {
    "cant": r"(?:can't|couldn't|can't even|couldn't even|unable to|not able to|can no longer|"
            r"no longer able to|don't|didn't|won't)",
    "d": r"(?:(?:my|me|the|both|of|one|either|left|right|lower|upper|whole|a|any|two|his|her|"
         r"your|their) )*",
    "legs": r"(?:legs|lags|leggs|lakes|feet|thighs|lower body|lower half|bottom half)",
    "leg": r"(?:leg|lag|legg|foot|thigh|calf|knee|toes?|ankle|shin)",
    "arm": r"(?:arms?|hands?|fingers?|wrists?)",
    "numb": r"(?:numb|numbness|numbed|numbing|dead|no feeling|no sensation)",
    "tingle": r"(?:tingl\w*|tinkl\w*|pins and needles|pins needles|pins in needles|pens and needles|"
              r"prickl\w*)",
    "gap": r"(?:(?!(?:no|not|never|fine|ok|okay|good|normal|normally)\b)\w+ ){0,3}?",
    "be": r"(?:is|are|feel|feels|feeling|went|gone|going|goes|has gone|have gone|getting|gets|"
          r"got|keeps going|keep going|keeps?|seems?|turned|fell|all)",
    "adv": r"(?:(?:all|so|really|very|kind of|kinda|a bit|a little|completely|totally|quite|"
           r"super|gone|just|suddenly|kind of just|now|then|sometimes|keeps|kept) )*",
    "sad": r"(?:groin|groan|grown|crotch|crutch|saddle(?: area| region)?|bottom(?! of)|butt|"
           r"buttocks|bum|backside|private parts|privates|private area|genitals|genital area|"
           r"inner thighs?|inside of my thighs?|between (?:(?:my|the|me|your|both) )?legs|down there|"
           r"down below|perineum|anus|back passage|rectum|penis|vagina|scrotum|testicles)",
    "bl": r"(?:bladder|blatter|bladdar|blader|bladders|bladda)",
    "bw": r"(?:bowels?|bowls?|bowel movements?|bowl movements?)",
    "pee": r"(?:pee|wee|urine|urinate|piss|pass water|poo|poop|stool)",
    "ch": r"(?:chest|chess|chests|chest's)",
    "dur": r"(?:(?:one|a|two|three|four|five|six|eight|several|a few|few|a couple of|a couple|"
           r"couple of|a couple \w+|many|over two|more than (?:a|one|two)) (?:weeks?|months?)|"
           r"a fortnight|"
           r"weeks|months|a year|years)",
}

ASK_QUESTIONS = {
    "bladder_bowel": "Are you having trouble controlling your bladder or bowels right now?",
    "saddle_numbness": "Do you have numbness between your legs, or in your inner thighs, right now?",
    "leg_numbness": "Do you have numbness or tingling in your legs right now?",
    "weakness": "Is it hard to move a leg or an arm right now?",
    "trauma": "Have you had a fall or an accident?",
    "trauma_size": "Was it a big fall or accident, like down the stairs, from a ladder, or in a "
                   "car?",
    "fever": "Do you have a fever or chills right now?",
    "chest_pain": "Do you have chest pain or trouble breathing right now?",
    "cancer_history": "Have you had cancer before?",
    "weight_loss": "Have you lost weight without trying?",
    "numb_where": "Do you have numbness in your legs, or between your legs, right now?",
    "slip_feel": "Did you say you cannot feel your legs?",
    "slip_move": "Did you say you cannot move your legs?",
    "slip_breathe": "Did you say you cannot breathe?",
    "breath_pain": "Are you short of breath right now?",
    "urgent_sign": "Have you had cancer, lost weight without trying, or had this pain for more "
                   "than two weeks?",
    "red_flag": "Do you need urgent help right now?",
}

# The first sentence of a tiered answer ("reason" or "reason/tier"); never a diagnosis.
PHRASES = {
    "bladder_bowel": "Losing control of your bladder or bowels, with back pain, is a warning sign.",
    "saddle_numbness": "Numbness between your legs or in your inner thighs is a warning sign.",
    "leg_numbness": "Numbness or tingling in your legs is a warning sign.",
    "weakness": "Not being able to move a leg or an arm is a warning sign.",
    "weakness/today": "Weakness in a leg is a warning sign.",
    "trauma": "Back pain after a fall or an accident is a warning sign. Stay as still as you can.",
    "chest_pain": "Chest pain or trouble breathing is a warning sign.",
    "fever": "A fever or chills, with back pain, is a warning sign.",
    "cancer_history": "New back pain after cancer should be checked by a doctor.",
    "weight_loss": "Losing weight without trying, with back pain, should be checked by a doctor.",
    "night_pain": "Back pain at night that does not ease should be checked by a doctor.",
    "not_improving": "A spasm that is not better after one to two weeks should be checked by a "
                     "doctor.",
    "recurring": "A spasm that keeps coming back in the same place should be checked by a doctor.",
    "urgent_sign": "That should be checked by a doctor.",
}

# Default tier of a reason when only the reason is known (a red flag from the dialogue model).
REASON_TIERS = {
    "bladder_bowel": "emergency", "saddle_numbness": "emergency", "leg_numbness": "today",
    "weakness": "emergency", "trauma": "emergency", "fever": "today", "chest_pain": "emergency",
    "urgent_sign": "soon", "help": "emergency", "cancer_history": "soon", "weight_loss": "soon",
    "night_pain": "soon", "not_improving": "soon", "recurring": "soon",
}


@dataclass(frozen=True)
class Flag:
    reason: str
    tier: str
    pattern: re.Pattern[str]
    question: str = ""
    """ASK_QUESTIONS key: asked when this flag is only asked about, or is an ASR slip."""
    in_question: str = "ask"
    """In a question or hypothetical ("is numbness serious"): ask, self (keep tier), info or
    skip (a lifestyle question: "will losing weight help my back")."""
    yes_tier: str = ""
    """For tier "ask": the tier that a "yes" answer gives."""
    unless: re.Pattern[str] | None = None
    """Skip the flag when this matches anywhere in the text (ice numbs, a pack fell off)."""
    no_tier: str = ""
    """For tier "ask": the tier that a "no" answer gives ("" clears it)."""
    history: bool = False
    """The sign counts even when it lies in the past (a history of cancer, spasms that keep
    coming back): past-time words do not dismiss it."""
    grade: str = ""
    """``fall``: the tier depends on how big the fall or accident was (:func:`grade_fall`)."""


def _rx(source: str) -> re.Pattern[str]:
    for name, value in MACROS.items():
        source = source.replace(f"<{name}>", value)
    return re.compile(source)


def _flags(reason: str, tier: str, patterns: list[str], **kw: str | bool) -> list[Flag]:
    unless = str(kw.pop("unless", ""))
    q = str(kw.pop("question", reason if reason in ASK_QUESTIONS else ""))
    return [Flag(reason, tier, _rx(p), q, unless=_rx(unless) if unless else None,
                 **kw)  # type: ignore[arg-type]
            for p in patterns]


REASSURED = r"\b(?:fine|ok|okay|alright|all right|normally|normal|properly|still|no problem|good)\b"
WORKING = REASSURED + r"|\b(?:work|works|working|move|moving)\b"
ICE = r"\b(?:ice|icing|iced|cold|frozen|peas|freezing|cold pack|ice pack)\b"

FLAGS: list[Flag] = [
    *_flags("bladder_bowel", "emergency", [
        r"\b(?:lost|lose|losing|loss of|no|lack of|lost all) (?:the )?(?:control|feeling|sensation) "
        r"(?:(?:of|over|in|on) )?<d>(?:<bl>|<bw>|<pee>)\b",
        r"\b(?:can't|couldn't|unable to|not able to|no longer|don't|didn't|can no longer) "
        r"(?:control|hold|feel|stop) <d>(?:<bl>|<bw>|<pee>)\b",
        r"\b(?:<bl>|<bw>) (?:control|problems?|issues?|trouble|accident|leak\w*|isn't working|"
        r"won't work|not working|gave way|let go|went|emptied|incontinence)\b",
        r"\b(?:problems?|trouble|issues?) (?:with|controlling|holding) <d>(?:<bl>|<bw>|<pee>)\b",
        r"\b(?:wet|weed|peed|pissed|soiled|pooed|pooped|messed|leaked|wetting|peeing|pooping|"
        r"soiling) (?:in )?(?:myself|me|my self|my (?:pants|trousers|underwear|knickers|bed|"
        r"pajamas|pyjamas)|the bed)\b",
        r"\bincontin\w*|\bin continent\w*",
        r"\b(?:can't|couldn't|unable to|not able to) (?:seem to |manage to |even )?(?:pee|wee|urinate|"
        r"piss|pass urine|pass water|"
        r"empty <d><bl>|start peeing|stop peeing)\b",
        r"\bhad an? accident (?:in|on) <d>(?:pants|trousers|bed|underwear|knickers|self)\b",
        r"\b(?:leaking|dribbling|leaks|leak) (?:urine|pee|wee)\b",
        r"\b(?:can't|don't|didn't) (?:know|tell|feel) when i (?:need to |have to )?(?:pee|wee|go)\b",
    ]),
    # urine retention and leaking, said plainly ("i haven't peed since this morning")
    *_flags("bladder_bowel", "emergency", [
        r"\b(?:haven't|hasn't|have not|not) (?:been able to |managed to |had |done |passed )?"
        r"(?:a )?(?:pee|wee|urinate|peed|weed|urinated|pass(?:ed)? (?:urine|water))\b"
        r"(?! myself| my)",
        r"\b(?:try|tried|trying|tries) (?:and |to )?(?:pee|wee|go|urinate)\b(?: [\w']+){0,8}? "
        r"(?:nothing|can't|won't|doesn't|didn't|couldn't)\b",
        r"\b(?:pee|wee|toilet|loo|bathroom|urine)\b(?: [\w']+| ,){0,8}? (?:nothing|none|not a drop|"
        r"no pee|no wee) (?:comes|will come|is coming|came|happens|happened|coming)\b",
        r"\b(?:need|needed|desperate|bursting|dying) (?:\w+ ){0,3}?(?:pee|wee|go|loo|toilet)\b"
        r"(?: [\w']+| ,){0,6}? (?:can't|cannot|won't|unable to|couldn't) (?:pee|wee|urinate|go)\b"
        r"(?! to| and| up| down| out| anywhere| far| back)",
        r"\b(?:bladder|belly|tummy|stomach) (?:is |feels |feel )?(?:\w+ )?(?:full|swollen|bloated|"
        r"bursting)\b(?: [\w']+| ,){0,8}? (?:can't|haven't|not|won't|couldn't) (?:pee|wee|go)\b",
        r"\b(?:can't|couldn't|don't|didn't|cannot) (?:feel|notice|tell|know|realise|realize) "
        r"(?:myself |when i'm |when i am |that i'm |if i'm |when i |i was |i'd |i had |that i was |"
        r"i'm )?(?:peeing|weeing|pee|wee|pooing|wetting|going|leaking|weeing)\b",
        r"\b(?:urinary )?retention\b|\bretaining urine\b",
    ], unless=r"\b(?:get up|getting up|to move|moving|walk|walking|reach|stand up|standing|"
              r"hurts? too much|too painful|too sore|too much pain)\b"),
    *_flags("bladder_bowel", "emergency", [
        r"\b(?:peeing|weeing|pooing|pooping|wetting|leaking|dribbling|soiling) (?:myself |me )?"
        r"(?:\w+ ){0,2}?without (?:meaning|wanting|knowing|noticing|realising|realizing|feeling|"
        r"trying|being able)\b",
        r"\b(?:keep|kept|keeps) (?:on )?(?:peeing|weeing|wetting|leaking|soiling|pooing)\b",
    ]),
    *_flags("bladder_bowel", "ask", [r"\b(?:<bl>|<bw>)\b", r"\b<cant> (?:\w+ )?<d><pee>\b"],
            yes_tier="emergency", unless=REASSURED),
    *_flags("saddle_numbness", "emergency", [
        r"\b(?:<numb>|<tingle>|no feeling|weird feeling|strange feeling) "
        r"(?:(?:in|around|on|at|of|near|across|all over) )?<d><sad>",
        r"\b<sad>(?:'s)? (?:<be> )?<adv>(?:<numb>|<tingle>)",
        r"\b<sad>(?:'s)? (?:\w+ ){1,2}?(?:<numb>|<tingle>)",  # an ASR slip: "groin to gone numb"
        r"\b<cant> (?:feel|fell|fill|sense) (?:anything )?(?:(?:in|around|on) )?<d><sad>",
        r"\b(?:<cant> feel (?:it |anything )?|numb )when i wipe\b",
        r"\b(?:can't|don't) feel (?:the )?(?:toilet paper|loo roll)\b",
        r"\b(?:no feeling|<cant> feel (?:anything|it|a thing)|numb\w*) (?:\w+ ){0,4}?"
        r"(?:on|use|go to|sit on) (?:the )?(?:toilet|loo|bathroom)\b",
        r"\bsaddle (?:numbness|anaesthesia|anesthesia)\b",
        r"\b(?:can't|couldn't|don't|didn't|cannot) feel (?:myself |anything )?(?:when i )?"
        r"(?:wipe|wiping)\b",
        r"\b(?:lost|losing|no|lose) (?:all )?(?:the )?(?:feeling|sensation) (?:in|of|around|round|"
        r"down|on) <d><sad>",
    ]),
    # sudden, worst-ever pain with feeling faint, sick or sweaty
    *_flags("sudden_severe", "emergency", [
        r"\b(?:worst|like a knife|tearing|ripping|never (?:had|felt) (?:\w+ )?(?:pain|anything) "
        r"like)\b(?=.*\b(?:faint\w*|dizzy|dizziness|light ?headed|sick|nause\w*|vomit\w*|"
        r"throw(?:ing)? up|threw up|puk\w*|sweat\w*|clammy|pass(?:ing)? out|passed out|"
        r"black(?:ing)? out|blacked out|collaps\w*)\b)",
        r"\b(?:faint\w*|dizzy|dizziness|light ?headed|sick|nause\w*|vomit\w*|throw(?:ing)? up|"
        r"threw up|sweat\w*|clammy|pass(?:ing)? out|passed out|black(?:ing)? out|blacked out)\b"
        r"(?=.*\b(?:worst|like a knife|tearing|ripping|never (?:had|felt) (?:\w+ )?(?:pain|"
        r"anything) like)\b)",
    ], unless=r"\b(?:worst (?:day|week|month|year|time|thing|bit|part)|worst of (?:it|the spasm)"
              r" (?:is|has|was) (?:over|passed|gone))\b"),
    # can't move at all after an injury
    *_flags("cant_move_injury", "emergency", [
        r"\b<cant> (?:move|get up|feel)\b(?: my)? (?:anything|a thing|my body|my whole body|"
        r"any part|from the (?:waist|neck|chest))\b",
    ], unless=r"^(?!.*\b(?:hurt|injur\w*|fell|fall|fallen|accident|crash\w*|hit|knocked|lifting|"
              r"lifted|twisted|landed)\b)"),
    *_flags("cant_move_injury", "emergency", [
        r"\b<cant> (?:move|get up)\b(?: \w+){0,2}? at all\b",
    ], unless=r"^(?!.*\b(?:fell|fall|fallen|accident|crash\w*|hit by|knocked|landed)\b)"),
    # numbness, tingling or weakness in both legs, or spreading or getting worse
    *_flags("leg_numbness", "emergency", [
        r"\b(?:<numb>|<tingle>|no feeling)\b(?: \w+){0,3}? (?:in|down|into|through|to|on|of) "
        r"(?:(?:both|all|my|the|of|me|two) )*(?:legs|feet|thighs|lakes)\b",
        r"\bboth (?:of )?(?:my )?(?:legs|feet|thighs)\b(?: \w+){0,4}? (?:<numb>|<tingle>|dead|"
        r"asleep|funny|strange|weird)",
        r"\b(?:<numb>|<tingle>)\b(?: [\w']+| ,){0,6}? (?:spreading|spreads|spread|getting worse|"
        r"worse and worse|moving up|creeping|travell?ing|(?:in|into|to) (?:the other|my other|"
        r"both))\b",
        r"\b(?:spreading|getting worse|worse and worse)\b(?: \w+){0,3}? (?:<numb>|<tingle>)",
    ]),
    *_flags("weakness", "emergency", [
        r"\bno (?:strength|power|feeling|control) (?:left )?(?:at all )?in <d><legs>\b",
        r"\b(?:weak\w*|no strength)\b(?: [\w']+| ,){0,6}? (?:spreading|getting worse|worse and worse|"
        r"(?:in|into|to) (?:the other|my other|both))\b",
    ]),
    # arms and hands: the same-day tier, said as "arm"
    *_flags("arm", "today", [
        r"\b<arm>(?:'s)? (?:<be> )?<adv>(?:<numb>|<tingle>|weak|useless|floppy|dead)",
        r"\b(?:<numb>|<tingle>|weak(?:ness)?|no strength|no feeling) (?:\w+ ){0,3}?(?:in|down|"
        r"into|through|of|to|on) <d><arm>\b",
        r"\b<cant> (?:lift|raise|grip|hold|squeeze) (?:anything )?(?:with )?<d><arm>\b",
    ]),
    # over 50 with a new kind of back pain
    *_flags("age_new", "soon", [
        r"\b(?:i'm|i am|aged|age|i turned|turned) (?:over |nearly |almost |just )?(?:fifty|sixty|"
        r"seventy|eighty|ninety|5\d|6\d|7\d|8\d|9\d)\b(?=.*\b(?:never|new|first time|different|"
        r"not like|unlike)\b)",
        r"\b(?:over|past) (?:the age of )?(?:fifty|sixty|seventy|50|60|70)\b(?=.*\b(?:never|new|"
        r"first time|different|not like|unlike)\b)",
    ], in_question="info"),
    *_flags("chest_pain", "emergency", [
        r"\b<ch> (?:<be> )?<adv>(?:pain|pains|paint|hurt|hurts|hurting|tight|tightness|heavy|"
        r"heaviness|pressure|pounding|ache|aches|aching|squeez\w*|crush\w*)\b",
        r"\b(?:pain|pains|pressure|tightness|tight|heaviness|squeezing|crushing|ache|aching) "
        r"(?:in|on|across|around|behind|through) <d>(?:<ch>|heart|breastbone)\b",
        r"\b(?:tight|heavy|crushing) <ch>\b",
        r"\bheart attack\b",
        r"\b(?:can't|couldn't|unable to|struggling to|hard to|difficult to|can barely|can hardly|"
        r"cannot) (?:breathe|breath|breaths|breed|catch <d>breath|get (?:my |a |enough )?"
        r"(?:breath|air))\b",
        r"\b(?:short|shortness|sort|shot|shorts) (?:of|a) (?:breath|breadth|breathe|bread)\b",
        r"\b(?:trouble|difficulty|difficulties|problems?|struggling|struggle|labou?red) "
        r"(?:with )?(?:my )?breathing\b",
        r"\bout of breath\b|\bbreathless\w*|\bgasping\b",
    ]),
    *_flags("chest_pain", "ask", [
        r"\b(?:hurts?|pain|painful|sore|aches?) (?:to|when i|when i'm|if i|as i) "
        r"(?:breathe|breath|take (?:\w+ ){0,2}?breaths?|breathing)\b",
        r"\bbreathing (?:hurts|is painful|is sore)\b",
        r"\bheart (?:is )?(?:racing|pounding)\b",
    ], question="breath_pain", yes_tier="emergency"),
    *_flags("chest_pain", "ask", [r"(?:^|\bi |, )can (?:breathe|breath)(?: now)?$"],
            question="slip_breathe", yes_tier="emergency"),
    *_flags("weakness", "emergency", [
        r"\b<cant> (?:move|moove|use|control|feel or move|wiggle|wriggle|twitch|point|curl) "
        r"<d>(?:<legs>|<leg>|<arm>)\b",
        r"\b(?:<legs>|<leg>|<arm>)(?:'s)? (?:won't|don't|doesn't|can't|isn't|aren't|wont) "
        r"(?:move|moving|work|working|respond|hold me|support me|listen|obey|do (?:what|anything))\b",
        r"\bparaly\w*|\bparalis\w*",
        r"\b(?:<legs>|<leg>|<arm>)(?:'s)? (?:<be> )?<adv>(?:limp|floppy|lifeless)\b",
        r"\b<legs>(?:'s)? <adv>(?:<be> ){0,2}<adv>(?:weak|like jelly|jelly|useless|give way|gave way|"
        r"gave out|giving way|giving out|buckl\w*|collaps\w*)",
        r"\bweak(?:ness)? in <d><legs>\b",
        # a misheard word or two between ("my legs uh can we gave out")
        r"\b<legs>(?:'s)? <gap>(?:went weak|gone weak|gave way|gave out|buckled|collapsed)\b",
    ]),
    *_flags("weakness", "today", [
        r"\b(?:<leg>|<arm>)(?:'s)? <adv>(?:<be> )?<adv>(?:weak|useless|floppy|give way|gave way|"
        r"gave out|giving way|giving out|buckl\w*|collaps\w*)",
        r"\bweak(?:ness)? in <d>(?:<leg>|<arm>)\b",
        r"\b(?:foot|toes?)(?:'s| is)? (?:drop|drops|dropping|dragging|drags|flops|flopping|slaps|"
        r"slapping|catching)\b",
        r"\b(?:drag|drags|dragging) <d>(?:foot|leg)\b",
        r"\b<cant> (?:lift|raise|bend|pick up) <d>(?:<leg>|<legs>)\b",
        r"\bweak (?:leg|foot|arm)\b",
        r"\b<leg>(?:'s)? <gap>(?:went weak|gone weak|gave way|gave out|buckled|collapsed)\b",
    ], question="weakness"),
    *_flags("weakness", "ask", [
        r"(?:^|\bi |, )(?:still )?can (?:move|moove|lift) <d>(?:<legs>|<leg>)\b",
    ], question="slip_move", yes_tier="emergency", unless=REASSURED),
    *_flags("leg_numbness", "emergency", [
        r"\b<cant> (?:feel|fell|fill|feeling|sense|fee) <d>(?:<legs>|<leg>)\b",
        r"\b<cant> feel (?:anything|a thing|much|my body) (?:below|from|in|down|under|past)\b",
        r"\bfeel nothing (?:in|below|from|down)\b",
        r"\b<legs>(?:'s)? (?:<be> )?<adv>(?:<numb>|<tingle>)",
        r"\b(?:<numb>|<tingle>) (?:(?:going|goes|running|runs|shooting|spreading) )?(?:in|down|on|into|through|of|to) <d><legs>\b",
        r"\b(?:lost|losing|no) (?:all )?(?:the )?(?:feeling|sensation) (?:in|of) <d>(?:<legs>|<leg>)",
    ]),
    *_flags("leg_numbness", "today", [
        r"\b<leg>(?:'s)? (?:<be> )?<adv>(?:<numb>|<tingle>)",
        r"\b(?:<numb>|<tingle>) (?:(?:going|goes|running|runs|shooting|spreading) )?(?:in|down|on|into|through|of|to) <d><leg>\b",
    ]),
    *_flags("leg_numbness", "today", [r"\b<tingle>"], unless=ICE),
    *_flags("leg_numbness", "ask", [
        r"(?:^|\bi |, )(?:still )?can (?:i )?(?:feel|fell|fill) <d>(?:<legs>|<leg>)\b",
        r"(?:^|\bi |, )can (?:feel|fell|fill) (?:anything|a thing) (?:below|in|from|down)\b",
        r"^(?:i )?(?:can )?feel <d>(?:legs|leg)$",
    ], question="slip_feel", yes_tier="emergency", unless=REASSURED),
    *_flags("leg_numbness", "ask", [
        r"\b(?:<legs>|<leg>|<sad>)(?:'s)? (?:feels?|feeling|is|are|gone|went|keeps?|doing) "
        r"(?:\w+ ){0,3}?(?:funny|strange|weird|odd|different|wrong)\b",
    ], question="numb_where", yes_tier="emergency",
        unless=WORKING),
    *_flags("leg_numbness", "ask", [r"\b(?:numb|numbness|numbed)\b"],
            question="numb_where", yes_tier="emergency", unless=ICE),
    *_flags("help", "emergency", [
        r"\b(?:call|get|phone|ring|need|want|send|dial) (?:me |for )?(?:an? |the )?(?:ambulance|"
        r"paramedics?|nine one one|911|999|112|emergency services|the emergency number)\b",
        r"\b(?:it's|this is|its|i have|i'm having|having) an emergency\b",
    ], in_question="info"),
    *_flags("trauma", "emergency", [
        r"\bhad an? (?:\w+ )?accident\b|\b(?:was|been|got) in an? (?:\w+ )?accident\b",
        r"(?:^|\bi |\bi've |\bwe |\band |\bthen |\bjust |\bhave )(?:just |had |have |think i |"
        r"must have |recently |then )?(?:fell|fel|fallen)\b(?! asleep| in love)",
        r"\b(?:had|took|a|my|bad|big|hard|nasty|after the|since the|from the) (?:bad |big |hard |"
        r"nasty )?(?:fall|tumble)\b",
        r"\b(?:slipped|tripped|stumbled) (?:and|on|over|down|in|off)\b",
        r"\b(?:car|traffic|road|motorbike|motorcycle|bike|bicycle|cycling|skiing|ski|sports?|"
        r"rugby|football) (?:accident|crash|collision|wreck|smash)\b",
        r"\bcrashed (?:my|the|a|into)\b|\bwhiplash\b",
        r"\b(?:collision|collided|pile up|pileup)\b|\bthere was an? (?:\w+ )?(?:crash|accident)\b",
        r"\b(?:pulled|pushed|knocked|tripped|threw|dragged) me (?:over|down|off)\b",
        r"\bwent (?:over|flying|down) (?:on|off|over|in)\b",
        r"\b(?:car|truck|bus|van|bike|lorry|motorbike|scooter|someone|somebody|he|she|they) "
        r"(?:hit|struck|ran (?:into|over)|drove into|crashed into|knocked (?:into|over|down)) me\b",
        r"\b(?:was|got|been) (?:hit|struck|run over|knocked (?:down|over|off)|rear ended|tackled|"
        r"thrown)\b|\bhit by (?:a |the )?(?:car|truck|bus|van|bike|lorry)\b",
        r"\b(?:hit|banged|bumped|smashed|knocked|struck|landed on) (?:my|the back of my) "
        r"(?:head|back|spine|neck|tailbone)\b",
        r"^(?:i )?(?:fell|fall|felt|feel) (?:down|off|over) (?:the |a |some )?(?:stairs|steps|"
        r"ladder|roof|bed|chair|bath|tub|shower|bike|horse)\b",
        r"\b(?:fell|fallen) (?:down|off|over) (?:the |a |some )?(?:stairs|steps|ladder|roof)\b",
        # "can a fall cause this": a question about a fall (asked, not an emergency)
        r"(?:(?<=^can )|(?<=^could )|(?<=^would )|(?<=^does )|(?<=^did )|(?<=^will )|"
        r"(?<=^might ))(?:a )?(?:fall|falling)\b",
        r"\b(?:slipped|tripped|stumbled|slid)\b(?! up\b| out\b| away\b)",
        r"\blanded (?:hard |heavily |badly )?on (?:my )?(?:bum|butt|bottom|backside|back|tailbone|"
        r"coccyx|behind)\b",
        r"\b(?:small|little|minor|slight|silly) (?:fall|tumble|slip|trip)\b",
        r"\b(?:came|come|fell|thrown|flew) off (?:my |the |a |his |her )?(?:bike|motorbike|"
        r"motorcycle|horse|ladder|roof|scooter|moped|wall|trampoline|stool|chair|bed)\b",
        r"\b(?:something|a (?:box|shelf|cupboard|wardrobe|branch|beam|tree)|it) (?:heavy )?(?:fell|"
        r"landed|came down) (?:on|onto) (?:me|my back|my legs|top of me)\b",
    ], grade="fall"),
    *_flags("trauma", "ask", [
        r"\b(?:feel|felt|fall|fill) (?:\w+ )?(?:the |some )?(?:stairs|steps)\b",  # "fell" misheard
    ], question="trauma", yes_tier="emergency"),
    *_flags("fever", "today", [
        r"\b(?:fever|fevers|feverish|feaver|fevor|feva)\b",
        r"\b(?:chills|the shivers|shivery|rigors|night sweats|cold sweats?|burning up)\b",
        r"\b(?:feel|feeling|feels|going|i'm|am) (?:all )?hot and cold\b",
        r"\b(?:have|got|running|with|had|has|i've) (?:a |an )?(?:high |slight |bit of a |raised |"
        r"little )?(?:temp|temperature)\b",
        r"\bmy temperature (?:is |was |feels )?<adv>(?:high|up|raised|over|above)\b",
    ]),
    *_flags("fever", "today", [r"\b(?:shivering|shaking all over)\b"], unless=ICE),
    *_flags("cancer_history", "soon", [
        r"\b(?:cancer|cancers|tumou?rs?|chemo\w*|radiotherapy|radiation (?:therapy|treatment)|"
        r"leuka?emia|lymphoma|myeloma|metasta\w*|oncolog\w*|malignan\w*)\b",
        r"\b(?:history of|survivor of|had) cancel\b",
    ], history=True),
    *_flags("weight_loss", "soon", [
        r"\b(?:lost|losing|dropped|dropping|shed) (?:about |around |nearly |almost |over |like )?"
        r"(?:a lot of |lots of |so much |some |a bit of |too much |loads of |heaps of )?"
        r"(?:weight|kilos|pounds|stone|\w+ (?:pounds|kilos|kg|stone))\b",
        r"\bweight loss\b|\bunexplained weight\b|\bweight (?:is )?(?:dropping|falling off)\b",
    ], in_question="skip", history=True,
        unless=r"\b(?:should i|want to|need to|trying to|try to|going to lose|"
              r"how (?:do|can) i|"
              r"how to|help me|to lose|(?<!without )(?<!not )(?<!no )diet|(?<!without )(?<!not )"
              r"(?<!no )dieting|on purpose)\b"),
    *_flags("night_pain", "soon", [
        r"\b(?:pain|hurts?|hurting|aching|ache|aches|worse|worst|throbbing|bad|sore|agony) "
        r"(?:\w+ ){0,3}?(?:at|during the|in the|through the|all|every) night\b",
        r"\bnight ?(?:time )?pains?\b",
        r"\b(?:wakes?|waking|woke|keeps?|kept|keeping) me (?:up|awake)\b",
        r"\b(?:can't|couldn't) sleep (?:because of|for|with) (?:the )?(?:pain|it)\b",
    ], in_question="self", unless=r"\b(?:timer|alarm|noise|dog|baby|kids?|neighbou?rs?)\b"),
    *_flags("not_improving", "soon", [
        r"\b(?:it's|it has|been|i've had (?:it|this|the pain|this pain|back pain|the spasm|"
        r"spasms)|had (?:it|this)|going on|gone on|lasted|lasting|hurting|hurt|had this) (?:\w+ ){0,3}?"
        r"(?:for |over |about |almost |nearly |more than |the past |the last )*<dur>\b",
        r"\b<dur> (?:now|already|and (?:it's |it is )?(?:still|not|no)|and counting)\b",
        r"\b(?:still|not|isn't|hasn't|no|not getting|not any) (?:\w+ ){0,3}?(?:better|improv\w*|"
        r"easing|gone|going away|healed|settled)\b (?:\w+ ){0,4}?(?:after|in|for|since|over) "
        r"(?:the )?(?:past |last )?<dur>\b",
    ], in_question="self", history=True),
    *_flags("recurring", "soon", [
        r"\b(?:keeps?|kept|keeping) (?:on )?(?:coming back|happening|returning|recurring|"
        r"coming and going|going into spasm|spasming|flaring)\b",
        r"\b(?:happens?|happening|comes? back|coming back|returns?|returning|recurs?|flares? up|"
        r"spasms?) (?:\w+ ){0,3}?(?:again and again|over and over|all the time|every (?:few |"
        r"couple of )?(?:weeks?|months?|years?)|(?:two|three|four|several|many|a few|so many) "
        r"times)\b",
        r"\b(?:the )?same (?:place|spot|area|side|part) (?:again|every time|as (?:before|last "
        r"time)|each time)\b|\bagain in the same (?:place|spot|area)\b",
        r"\b(?:recurring|recurrent)\b|\bagain and again\b",
        r"\b(?:second|third|fourth|fifth|sixth|another) (?:time|spasm|one|episode|attack) "
        r"(?:(?:i've had|i have had|i've got|in) )?(?:this|in a|in the last|in) (?:week|month|"
        r"year|few weeks|few months)\b",
        r"\b(?:this|it) (?:has )?happened (?:\w+ ){0,2}?before\b",
        r"\b(?:i've|i have) had (?:this|it|spasms like this|this spasm) (?:\w+ ){0,2}?before\b",
    ], in_question="self", history=True, unless=r"\b(?:minutes?|seconds?)\b"),
]

INFO_PATTERNS = [_rx(p) for p in [
    r"\b(?:warning|danger|red|serious|worrying|bad|emergency) (?:signs?|flags?|symptoms?)\b",
    r"\bwhen (?:should|do|must|would|to|will|is it time to) (?:i |you |we )?(?:need to |have to )?"
    r"(?:see|call|go to|visit|get|phone|contact|ring|worry|be worried|seek)\b",
    r"\b(?:should|do|must|can) i (?:need to |have to )?(?:see|call|go to|visit|phone|contact|ring|"
    r"get) (?:a |the |my |an )?(?:doctor|gp|dr|hospital|er|a and e|emergency|urgent care|nurse|"
    r"ambulance|911|help|medical|someone)\b(?! \w+ing)",
    r"\b(?:is|could|might) (?:this|it|that) (?:be )?(?:serious|an emergency|dangerous|"
    r"something serious|something worse|worrying)\b",
    r"\bdo i need (?:a |to see a |to go to (?:the )?|to call )?(?:doctor|hospital|gp|er|ambulance)\b",
    r"\bhow (?:do|can|would|will) i (?:know|tell) (?:if|when|whether)\b",
    r"\bwhat (?:symptoms|signs)\b|\bwhat should i (?:watch|look) (?:out )?for\b",
    r"\bemergency number\b|\bworried (?:it|this|that) (?:is|might be|could be) (?:serious|bad)\b",
]]

# Plain statements that a warning sign is absent or a lookalike ("i can still feel my legs",
# "the ice pack fell off", "i fell asleep"). Nothing is said for them by the screen, but they
# overrule the dialogue model when it takes them for a red flag (see ``safety.dismissed``).
DENIALS = [_rx(p) for p in [
    r"\bi (?:can )?(?:still )?(?:can )?(?:feel|move|lift|wiggle) <d>(?:<legs>|<leg>|<arm>)\b"
    r"(?: (?:fine|ok|okay|normally|alright|all right|properly|just fine))",
    r"\bi can still (?:feel|move|lift|wiggle) <d>(?:<legs>|<leg>|<arm>)\b",
    r"\b(?:<legs>|<leg>|<arm>|<bl>|<bw>|<ch>|breathing)(?:'s| (?:are|is|feel|feels|seem|seems)) "
    r"(?:\w+ )?(?:fine|ok|okay|normal|good|alright|all right)\b",
    r"\b(?:ice pack|ice|heat pad|heat pack|heating pad|pack|pad|bottle|hot water bottle|pillow|"
    r"phone|towel|blanket|cushion|remote) fell (?:off|down|over|out)\b",
    r"\bfell asleep\b|\bfall asleep\b",
    r"^(?:i|i'm|i feel|feeling|it's|it feels) (?:a bit |a little |much |a lot |so much |slightly )?"
    r"(?:better|easier|eased)(?: now| thanks| thank you| today| already)*$",
]]

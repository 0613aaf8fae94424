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

NEAR_FAINT = re.compile(r"\b(?:nearly|almost) (?:blacked out|passed out|fainted|collapsed|"
                        r"keeled over)\b|\bthought i(?:'d| would| was going to) (?:faint|pass out|"
                        r"black out|collapse|keel over)\b")
"""Nearly fainting is feeling faint: a sign now, not an imagined one (see ``context``)."""
TIER_RANK = {"emergency": 5, "today": 4, "ask": 3, "soon": 2, "info": 1}

MACROS = {
    "cant": r"(?:can't|couldn't|can't even|couldn't even|can't really|couldn't really|unable to|"
            r"not able to|can no longer|"
            r"no longer able to|don't|didn't|won't)",
    "d": r"(?:(?:my|me|the|both|of|one|either|left|right|lower|upper|whole|a|any|two|his|her|"
         r"your|their|this|that|other) )*",
    "legs": r"(?:legs|lags|leggs|lakes|feet|thighs|lower body|lower half|bottom half)",
    "leg": r"(?:leg|lag|legg|foot|thigh|calf|knee|toes?|ankle|shin)",
    "arm": r"(?:arms?|forearms?|hands?|fingers?|wrists?|thumbs?)",
    "numb": r"(?:numb|numbness|numbed|numbing|dead|no feeling|no sensation)",
    "tingle": r"(?:tingl\w*|tinkl\w*|pins and needles?|pins needles|pins in needles|pens and needles|"
              r"prickl\w*)",
    "gap": r"(?:(?!(?:no|not|never|fine|ok|okay|good|normal|normally)\b)\w+ ){0,3}?",
    "be": r"(?:is|are|feel|feels|feeling|went|gone|going|goes|has gone|have gone|getting|gets|"
          r"got|keeps going|keep going|keeps?|seems?|turned|fell|all)",
    "adv": r"(?:(?:all|so|really|very|kind of|kinda|sort of|a bit|a little|completely|totally|"
           r"quite|super|gone|just|suddenly|kind of just|now|then|sometimes|keeps|kept|both|"
           r"made of) )*",
    "sad": r"(?:(?<=\bmy )bomb|groin|groan|grown|crotch|crutch|saddle(?: area| region)?|bottom(?! of)|butt|"
           r"buttocks|bum|backside|private parts|privates|private area|genitals|genital area|"
           r"inner thighs?|inside of my thighs?|between (?:(?:my|the|me|your|both) )?legs|down there|"
           r"down below|perineum|anus|back passage|rectum|penis|vagina|scrotum|testicles)",
    "bl": r"(?:bladder|blatter|bladdar|blader|bladders|bladda|blather|waterworks)",
    "bw": r"(?:bowels?|bowls?|bowel movements?|bowl movements?)",
    "pee": r"(?:pee|wee|urine|urinate|piss|pass water|poo|poop|stool)",
    "ch": r"(?:chest|chess|chests|chest's)",
    # concepts for the "near" flags: two ideas within a few words, in either order
    "urine": r"(?:pee|pees|peeing|peed|wee|wees|wee's|weeing|weed|urine|urinate|urinating|water|"
             r"waterworks|bladder|piss|pissing|toilet|loo|bathroom|lav|lavatory)",
    "stool": r"(?:poo|poos|pooing|poop|pooping|stool|stools|bowels?|number two|motion|motions|poo's)",
    "leaks": r"(?:can't hold|couldn't hold|can't stop|couldn't stop|no control|lost control|losing "
             r"control|can't control|couldn't control|leaking|leaks|leaked|leak|dribbling|dribbles|"
             r"dribbled|accident|accidents|no warning|without warning|didn't feel it|didn't know|"
             r"didn't notice|didn't realise|didn't realize|on its own|just came out|wet myself|"
             r"wetting myself|soiled|coming out by itself|came out by itself|running down)",
    "stuck": r"(?:won't start|wouldn't start|won't come|wouldn't come|can't go|couldn't go|can't start|"
             r"nothing comes|nothing came|not a drop|can't squeeze|couldn't squeeze|won't flow|"
             r"won't come out|blocked|can't get it out|can't get anything out|nothing will come)",
    "saddle_area": r"(?:groin|crotch|between my legs|bum|bum cheeks|buttocks?|butt cheeks|butt|"
                   r"backside|bottom|back passage|genitals|privates|private parts|down there|down "
                   r"below|inner thighs?|saddle|wipe|wiping|wiped|perineum|anus|vagina|penis|"
                   r"testicles|scrotum|nether regions|undercarriage)",
    "no_feel": r"(?:numb\w*|no feeling|no sensation|can't feel|couldn't feel|don't feel|didn't feel|"
               r"can't really feel|dead|tingl\w*|pins and needles?|like someone else's|not mine|"
               r"lost (?:the |all )?(?:feeling|sensation)|no feel)",
    "two_legs": r"(?:both (?:my |of my |of them|legs|feet|thighs|leg)|(?:my|the) legs|legs|feet|both "
                r"sides|(?:left|right) and (?:left|right) (?:legs?|foot|feet|thighs?))",
    "leg_trouble": r"(?:weak\w*|heavy|useless|jelly|no strength|give way|gave way|giving way|"
                   r"buckl\w*|collaps\w*|dead|numb\w*|tingl\w*|pins and needles?|can't feel|"
                   r"no feeling|asleep|wobbly|like lead|won't hold me|can't stand on)",
    "spread": r"(?:spread\w*|past my knee|up to my|creeping|moving up|travell?ing up|now the "
              r"(?:other|right|left)|(?:right|left|other) one(?:'s| is)? (?:going|doing|gone|as well|"
              r"too)|as well now|too now|both now|getting worse|worse and worse|getting bigger|growing|"
              r"more and more|getting more|more numb|more weak|weaker and weaker|number and number|"
              r"(?:other|right|left) one(?:'s| has| is)? (?:started|starting|begun)|started too)",
    "limb": r"(?:leg|arm|foot|hand)",
    "no_move": r"(?:nothing happens|nothing happened|won't move|doesn't move|didn't move|can't move|"
               r"couldn't move|won't budge|not mine|lies there|lying there like|dead weight|"
               r"won't respond|doesn't respond|just hangs|hangs there)",
    "fall": r"(?:fell|falling|fall|fallen|tumbled|came down|went down|slipped|tripped|toppled|"
            r"missed (?:a|the) step)",
    "high": r"(?:stairs|staircase|steps|flight|ladder|step ?ladder|roof|loft|hayloft|hay loft|attic|"
            r"mezzanine|tractor|trailer|height|scaffold\w*|"
            r"tree|balcony|wall|deck|decking|porch|platform|trampoline|bunk|bunk bed|(?:\d+|four|"
            r"five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (?:feet|foot|ft|metres?|meters?))",
    "crush": r"(?:onto me|on to me|on top of me|landed on me|fell on me|onto my back|on my back|"
             r"crushed|flattened|pinned|squashed|tackled?|tackle)",
    "heavy": r"(?:box|boxes|tiles|shelf|shelves|bookcase|wardrobe|tv|telly|furniture|heavy|ladder|"
             r"car|rugby|beam|branch|tree|machine|freezer|fridge|sofa|piano|crate|weights?|bricks?|"
             r"pallets?|joists?|planks?|logs?|slabs?|sacks?|stones?|rocks?|concrete|scaffold\w*)",
    "intense": r"(?:worst|like a knife|stabbing|tearing|ripping|never (?:had|felt) (?:\w+ )?(?:pain|"
               r"anything) like|like nothing (?:i've|i have) (?:ever )?felt|worse than (?:it's |it has |"
               r"i've )?ever|than (?:it's|it has) ever been)",
    "sudden": r"(?:out of nowhere|out of the blue|all of a sudden|suddenly|came on (?:so )?(?:fast|"
              r"quick\w*|sudden\w*)|unbelievable|unbearable|excruciating)",
    "strong": r"(?:faint\w*|dizzy|dizziness|light ?headed|clammy|pass(?:ing)? out|passed out|"
              r"black(?:ing)? out|blacked out|collaps\w*|woozy|wooz\w*|(?:going|gone|went|turning) "
              r"(?:grey|gray|white|pale))",
    "unwell": r"(?:sick|nause\w*|vomit\w*|throw(?:ing)? up|threw up|puk\w*|sweat\w*|been sick)",
    "dur": r"(?:(?:seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|[7-9]|"
           r"1\d|2\d) days|(?:one|a|two|three|four|five|six|eight|several|a few|few|a couple of|a couple|"
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
    "arm_check": "Is your arm or hand numb, tingling or weak right now?",
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
    near: bool = False
    """Two ideas near each other (:func:`_near`): a negation between them counts too."""


def _rx(source: str) -> re.Pattern[str]:
    for name, value in MACROS.items():
        source = source.replace(f"<{name}>", value)
    return re.compile(source)


def _near(a: str, b: str, k: int = 7) -> str:
    """``a`` and ``b`` within ``k`` words of each other, in either order, in one sentence
    (``leg's`` counts as ``leg``)."""
    gap = rf"(?:(?!(?:but|so|because|though|although|however)\b)[\w']+ |, ){{0,{k}}}"
    return rf"\b{a}(?:'s)?\b {gap}?(?:\b{b}\b)|\b{b}(?:'s)?\b {gap}?(?:\b{a}\b)"


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
        r"\b(?:leaked|wet|soaked|peed|weed) (?:right )?(?:through|into|in) (?:my )?(?:trousers|pants|"
        r"jeans|knickers|underwear|pyjamas|pajamas|bed|sheets|clothes)\b",
        r"\b(?:number two|poo|stool|motion|bowels?)\b(?: [\w']+){0,2}? (?:came|come|coming) out "
        r"(?:without|on its own|by itself|before i)\b",
        r"\b(?:<bl>|<bw>)(?:'s)? (?:just |have |has |completely |totally |suddenly )?(?:control|problems?|"
        r"issues?|trouble|accident|leak\w*|isn't working|won't work|not working|gave way|gave out|"
        r"let go|went|gone|emptied|incontinence|opened|released)\b",
        r"\b(?:<bl>|<bw>)\b(?: [\w']+| ,){0,8}? no control\b",
        r"\b(?:pants|trousers|underwear|knickers|bed|sheets|jeans|pyjamas|pajamas) (?:are|were|is|was|"
        r"got|have got|had got) (?:all |soaking |completely )?(?:wet|soaked|damp|soiled)\b"
        r"(?=.*\b(?:didn't|don't|never|without|not|no idea)\b)",
        r"\b(?:didn't|don't|never) (?:even )?(?:know|notice|realise|realize|feel|remember)\b"
        r"(?: [\w']+){0,8}? (?:pants|trousers|underwear|knickers|bed|sheets|jeans) (?:are|were|was|"
        r"got) (?:all )?(?:wet|soaked|damp)\b",
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
        r"\b(?:pee|wee|urine|piss|poo|bowels?)\b (?:just |has |have |had )?(?:let go|gave way|came out on "
        r"its own|came out by itself)\b",
        r"\b(?:can't|don't|didn't) (?:know|tell|feel) when i (?:need to |have to )?(?:pee|wee|go)\b",
        # retention said other ways: "the urine doesn't come", "can't get my wee started",
        # "my bladder's bursting but i can't empty it"
        r"\b(?:pee|wee|urine)\b (?:just )?(?:doesn't|won't|isn't|didn't|wouldn't) "
        r"(?:come|flow|start|coming|flowing|starting)\b",
        r"\b(?:can't|couldn't|cannot) get <d>(?:pee|wee|urine|stream|flow) (?:started|going|to start|"
        r"out|flowing|to come|to flow)\b",
        r"\b(?:can't|couldn't|cannot|won't) (?:seem to )?empty (?:it|<d><bl>)\b(?=.*\b<bl>\b)"
        r"|\b<bl>\b(?: [\w']+| ,){0,10}? (?:can't|couldn't|cannot|won't) (?:seem to )?empty\b",
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
        r"\b(?:toilet|loo|bathroom)\b(?: [\w']+| ,){0,8}? (?:can't|cannot|couldn't|unable to) "
        r"(?:go|pee|wee|do anything)\b(?! to| up| down| out| anywhere| far| back)",
        r"\b(?:bladder|belly|tummy|stomach) (?:is |feels |feel )?(?:\w+ )?(?:full|swollen|bloated|"
        r"bursting)\b(?: [\w']+| ,){0,8}? (?:can't|haven't|not|won't|couldn't) (?:pee|wee|go)\b",
        r"\b(?:can't|couldn't|don't|didn't|cannot) (?:feel|notice|tell|know|realise|realize) "
        r"(?:myself |when i'm |when i am |that i'm |if i'm |when i |i was |i'd |i had |that i was |"
        r"i'm |if i was |if i am |if i |whether i was |whether i'm |whether i )?(?:peeing|weeing|pee|"
        r"wee|pooing|wetting|going|leaking|weeing)\b",
        r"\b(?:urinary )?retention\b|\bretaining urine\b",
        r"\b(?:can't|cannot|couldn't) (?:get|squeeze|force|push) (?:a|one|any) (?:single )?drop\b",
        r"\b(?:look|looked|check|checked)\b(?: [\w']+){0,4}? (?:if|whether) i(?:'d| had)? (?:finished|"
        r"stopped|started) (?:peeing|weeing)\b|\b(?:peeing|weeing)\b(?: [\w']+| ,){0,4}? (?:cos|"
        r"because|as) i (?:couldn't|can't|didn't) feel (?:it|anything)\b",
        r"\bnot (?:a|one) (?:single )?drop\b(?!.*\b(?:rain|drink|drinking|milk|beer|wine|alcohol|"
        r"booze|blood)\b)",
        r"\b(?:tap|taps)(?:'s| has| is| have)? (?:been )?(?:turned|switched|shut) off\b(?=.*\b(?:down "
        r"there|toilet|loo|pee|wee|bladder)\b)|\b(?:toilet|loo|pee|wee|bladder|down there)\b.*\b(?:tap|"
        r"taps)(?:'s| has| is| have)? (?:been )?(?:turned|switched|shut) off\b"
        r"|\b(?:pee|wee|toilet|loo|bladder)\b.*\b(?:turned|switched|shut) (?:the |a )?taps? off\b",
        r"\b(?:need|needed|desperate|bursting|dying) (?:\w+ ){0,3}?(?:a )?(?:pee|wee)\b(?: [\w']+| ,)"
        r"{0,6}? (?:physically |just |simply )?(?:can't|cannot|couldn't)\b(?! \w+ (?:up|there|to)\b)",
        r"\b(?:look|looked|looking|check|checked|checking)\b(?: [\w']+){0,4}? (?:if|whether) i (?:was|am|"
        r"'m|were) (?:actually |really |even )?(?:peeing|weeing|going|wetting)\b",
        r"\b(?:<bl>|pee|wee|toilet|loo|bursting|burst)\b(?: [\w']+| ,){0,10}? (?:can't|cannot|couldn't|"
        r"unable to) (?:\w+ )?(?:let it out|let it go|get it out|release it|let any out)\b",
    ], unless=r"\b(?:get up|getting up|to move|moving|walk|walking|reach|stand up|standing|"
              r"hurts? too much|too painful|too sore|too much pain)\b"),
    *_flags("bladder_bowel", "emergency", [
        r"\b(?:peeing|weeing|pooing|pooping|wetting|leaking|dribbling|soiling) (?:myself |me )?"
        r"(?:\w+ ){0,2}?without (?:meaning|wanting|knowing|noticing|realising|realizing|feeling|"
        r"trying|being able)\b",
        r"\b(?:keep|kept|keeps) (?:on )?(?:peeing|weeing|wetting|leaking|soiling|pooing)\b",
        r"\b(?:passing|passed|pass) (?:stools?|urine|water|wee|pee|poo|motions?) (?:\w+ ){0,2}?without "
        r"(?:knowing|feeling|noticing|realising|realizing|meaning|wanting)\b",
    ]),
    *_flags("bladder_bowel", "ask", [r"\b(?:<bl>|<bw>)\b", r"\b<cant> (?:\w+ )?<d><pee>\b"],
            yes_tier="emergency", unless=REASSURED + r"|\b(?:cancer|tumou?r|chemo\w*|infection|"
                                                    r"cystitis|uti|scan|screening|polyps?)\b"),
    *_flags("saddle_numbness", "emergency", [
        r"\b(?:<numb>|<tingle>|no feeling|weird feeling|strange feeling) "
        r"(?:(?:in|around|on|at|of|near|across|all over) )?<d><sad>",
        r"\b<sad>(?:'s)? (?:<be> )?<adv>(?:<numb>|<tingle>)",
        r"\b<sad>(?:'s)? (?:\w+ ){1,2}?(?:<numb>|<tingle>)",  # an ASR slip: "groin to gone numb"
        r"\b<cant> (?:feel|fell|fill|sense) (?:anything )?(?:(?:in|around|on) )?<d><sad>",
        r"\b(?:<cant> feel (?:it |anything )?|numb )when i wipe\b",
        r"\b(?:can't|couldn't|don't|didn't|cannot) feel (?:the )?(?:toilet paper|loo roll|tissue)\b",
        r"\b(?:<numb>|<tingle>|numb\w*)(?: [\w']+){0,2}? (?:feeling|sensation|patch)s? "
        r"(?:(?:in|around|round|on|at|near|across|all over|down) )?<d><sad>",
        r"\b(?:can't|couldn't|didn't|don't|cannot) feel (?:anything|a thing|it|myself)\b"
        r"(?: [\w']+| ,){0,3}? when (?:i was |i'm |i )?(?:peeing|weeing|pee|wee|going|on the toilet)\b",
        r"\b(?:no feeling|<cant> feel (?:anything|it|a thing)|numb\w*) (?:\w+ ){0,4}?"
        r"(?:on|use|go to|sit on) (?:the )?(?:toilet|loo|bathroom)\b",
        r"\bsaddle (?:numbness|anaesthesia|anesthesia)\b",
        r"\b(?:can't|couldn't|don't|didn't|cannot) feel (?:myself |anything )?(?:when i )?"
        r"(?:wipe|wiping)\b",
        r"\b(?:lost|losing|no|lose) (?:all )?(?:the )?(?:feeling|sensation) (?:in|of|around|round|"
        r"down|on) <d><sad>",
        r"\b(?:peeing|weeing|pee|wee|pooing|wiping|wipe|wiped)\b(?: [\w']+| ,){0,12}? (?:i )?"
        r"(?:felt|feel|could feel|can feel) (?:nothing|not a thing)\b(?! wrong| unusual| different| odd| "
        r"strange| bad| out of)",
        r"\bwip(?:e|es|ing)\b(?: [\w']+){0,3}? like (?:i'm )?(?:wiping )?(?:someone|somebody) "
        r"else(?:'s)?\b",
        r"\b(?:down there|down below|between my legs)\b(?: [\w']+| ,){0,6}? (?:gone to sleep|asleep|"
        r"gone dead|gone numb)\b",
        r"\bwip(?:e|es|ing)\b(?: [\w']+| ,){0,8}? (?:nothing there|no sensation|no feeling|"
        r"(?:can't|couldn't) feel (?:anything|a thing|it))\b",
    ]),
    # sudden, worst-ever pain with feeling faint, sick or sweaty
    *_flags("sudden_severe", "emergency", [
        r"\b<intense>\b(?=.*\b(?:<strong>|<unwell>)\b)",
        r"\b(?:<strong>|<unwell>)\b(?=.*\b<intense>\b)",
        r"\b<sudden>\b(?=.*\b<strong>\b)",
        r"\b<strong>\b(?=.*\b<sudden>\b)",
    ], unless=r"\b(?:worst (?:day|week|month|year|time|thing|bit|part|of (?:it|the spasm) (?:is|has|"
              r"was) (?:over|passed|gone))|sick of|sick and tired|sick note|off sick|sick leave|"
              r"painkillers? (?:make|made|making) me)\b"),
    *_flags("sudden_severe", "emergency", [
        r"\bi (?:just |have |'ve |nearly |almost )?(?:collapsed|passed out|blacked out|fainted|keeled "
        r"over)\b|\bwoke up on the floor\b|\beverything went (?:grey|gray|black|dark|white|fuzzy)\b",
    ], unless=r"\b(?:drunk|drink\w*|pub|party|sofa|couch|bed|tv|telly|film|movie)\b"),
    # can't move at all after an injury
    *_flags("cant_move_injury", "emergency", [
        r"\b<cant> (?:move|get up|feel)\b(?: my)? (?:anything|a thing|my body|my whole body|"
        r"any part|from the (?:waist|neck|chest))\b",
    ], unless=r"^(?!.*\b(?:hurt|injur\w*|fell|fall|fallen|accident|crash\w*|hit|knocked|lifting|"
              r"lifted|twisted|landed|slipped|tripped)\b)"),
    *_flags("cant_move_injury", "emergency", [
        r"\b<cant> (?:move|get up)\b(?: \w+){0,2}? at all\b",
        r"\b<cant> (?:even )?(?:move|roll over|turn over|sit up)\b(?! my| your| it\b| them\b)",
        r"\b<cant> (?:get|stand) up\b",
        r"\b<cant> (?:even )?(?:shift|budge) (?:myself|at all|an inch)\b",
    ], unless=r"^(?!.*(?<!didn't )(?<!did not )(?<!never )(?<!without a )\b(?:fell|fall|fallen|"
              r"accident|crash\w*|hit by|knocked|landed|slipped|tripped|tumble|tumbled|slammed|"
              r"smashed|went over|went flying|went down|whacked|struck|hit me|hit my back|"
              r"(?:swung|banged|crashed) into)\b)"),
    # numbness, tingling or weakness in both legs, or spreading or getting worse
    *_flags("leg_numbness", "emergency", [
        r"\blosing (?:more |all )?(?:the )?(?:feeling|sensation|strength) (?:in|of|from) <d>"
        r"(?:<legs>|<leg>)\b",
        r"\b(?:<numb>|<tingle>)\b(?: [\w']+){0,5}? (?:is |are |has got |got |getting )?(?:worse|further|"
        r"bigger|higher) than (?:an hour|before|earlier|this morning|yesterday|it was|when)\b",
        r"\b(?:<numb>|<tingle>)\b(?: [\w']+| ,){0,8}? (?:further|higher) (?:up|down|into)\b",
        r"\b(?:<numb>|<tingle>)\b(?: [\w']+| ,){0,8}? (?:started|began|begun) (?:in|at|on|round|around) "
        r"(?:my |the )?\w+\b(?: [\w']+| ,){0,4}? now (?:it's |its |it is |it has |it's gone |they're |"
        r"it goes )?(?:all the way |right |going |gone )?(?:up|down|into|to)\b",
        r"\b(?:legs?|feet|foot)\b(?: [\w']+){0,3}? both (?:going|gone|feel|feeling|are|getting) (?:numb|"
        r"dead|weak|tingl\w*|asleep)",
        r"\b(?:weak\w*|numb\w*|<tingle>)\b(?: [\w']+| ,){0,8}? (?:yesterday|this morning|last night|"
        r"earlier|at first)\b(?: [\w']+| ,){0,6}? (?:much |a lot |even |far )?(?:worse|weaker|number)\b",
        r"\b(?:could|was able to) (?:lift|move|raise|feel|bend) (?:my |the )?(?:<leg>|<legs>)\b(?: [\w']+| ,)"
        r"{0,4}? (?:earlier|before|this morning|yesterday)\b(?: [\w']+| ,){0,4}? now (?:i )?(?:can )?(?:barely|"
        r"hardly|can't|cannot|can only just)\b",
        r"\b(?:losing|lost) (?:more|even more) (?:strength|feeling|sensation|power) (?:in|of|from) "
        r"(?:my |this |that |the |both |either |one )?(?:<leg>|<legs>)\b",
    ]),
    *_flags("leg_numbness", "emergency", [
        r"\b(?:<numb>|<tingle>|no feeling)\b(?: \w+){0,3}? (?:in|down|into|through|to|on|of) "
        r"(?:(?:both|all|my|the|of|me|two) )*(?:legs|feet|thighs|lakes)\b",
        r"\bboth (?:of )?(?:my )?(?:legs|feet|thighs)\b(?: \w+){0,4}? (?:<numb>|<tingle>|dead|"
        r"asleep|funny|strange|weird)",
        r"\b(?:<numb>|<tingle>)\b(?: [\w']+| ,){0,10}? (?:spreading|spreads|spread|getting worse|"
        r"worse and worse|moving up|creeping|travell?ing|(?:in|into|to) (?:the other|my other|"
        r"both))\b",
        r"\b(?:<numb>|<tingle>|weak)\b(?: [\w']+| ,){0,8}? (?:now |and )?(?:the |my )?(?:other|right|"
        r"left) (?:one|leg|foot)(?:'s| is| has)? (?:doing it|going|gone|numb|tingl\w*|weak|too|as "
        r"well|started|starting|begun)",
        r"\b(?:spreading|getting worse|worse and worse)\b(?: \w+){0,3}? (?:<numb>|<tingle>)",
    ]),
    *_flags("weakness", "emergency", [
        r"\bno (?:strength|power|feeling|control) (?:left )?(?:at all )?in <d><legs>\b",
        r"\b(?:weak\w*|no strength)\b(?: [\w']+| ,){0,6}? (?:spreading|getting worse|worse and worse|"
        r"(?:in|into|to) (?:the other|my other|both))\b",
        r"\b(?:getting |going |gone )?weaker and weaker\b|\b(?:getting|going) weaker by the\b",
        _near("(?:<leg>|<legs>|<arm>)", "(?:getting|going|growing|becoming|got|gone) (?:much |a lot |"
              "even |a bit |steadily )?weaker", 6),
        r"\b(?:weak\w*|numb\w*|<tingle>)\b(?: [\w']+| ,){0,6}? (?:yesterday|this morning|last night|"
        r"earlier|at first)\b(?: [\w']+| ,){0,6}? (?:today|now)\b(?: [\w']+| ,){0,6}? (?:barely|hardly|"
        r"can't|won't|worse|weaker|more|all the way|won't hold|doesn't hold)\b",
        r"\bweakness in <d>(?:<leg>|<legs>|<arm>)\b (?:is |has got |got |getting )?(?:much )?worse than "
        r"(?:it was |before|earlier|this morning|yesterday|an hour|when)",
        r"\b(?:<leg>|<legs>|<arm>)(?:'s)?\b(?: [\w']+){0,4}? (?:weakness (?:is |has got |got |getting )?"
        r"worse|weaker) than (?:it was |they were )?(?:an hour|before|earlier|this morning|yesterday|"
        r"the time before|last time)\b",
    ]),
    # two ideas near each other, in any words: "my wee's leaking out", "no sensation of it coming
    # out", "both me legs feel heavy and useless", "a box of tiles came off the shelf onto my back"
    *_flags("bladder_bowel", "emergency", [
        _near("(?:<urine>|<stool>)", "<leaks>"),
        _near("<urine>", "<stuck>"),
    ], near=True, unless=r"\b(?:get up|getting up|to move|moving|walk|walking|reach|stand up|standing|"
              r"hurts? too much|too painful|too sore|too much pain|kettle|tea|coffee|drink|cup|"
              r"hot water|ice pack|pack|bath|shower|tap|roof|pipe|dog|cat|puppy|baby|boiler|heating|"
              r"radiator|hose|sink|dishwasher|washing machine)\b"),
    *_flags("saddle_numbness", "emergency", [
        _near("<saddle_area>", "<no_feel>", 6),
        _near("(?:<urine>|<stool>|coming out|going)", "(?:no sensation|no feeling|can't feel|"
              "couldn't feel|didn't feel|not feel)", 6),
    ], near=True, unless=ICE + r"|\b(?:sitting|sat|from sitting|on the floor too long|cold floor|bike|saddle "
                    r"sore|pins and needles from sitting)\b"),
    *_flags("weakness", "emergency", [
        _near("<two_legs>", "(?:weak\\w*|heavy|useless|jelly|no strength|give way|gave way|giving "
              "way|buckl\\w*|collaps\\w*|wobbly|like lead|won't hold me|can't stand on)", 5),
    ], near=True, unless=ICE + r"|\b(?:sat|sitting|crossed|cross legged|knelt|kneeling|squatting|"
                           r"after (?:a |the )?(?:run|walk|gym|workout|stairs)|tired|achy|aching|"
                           r"stiff)\b"),
    *_flags("leg_numbness", "emergency", [
        _near("<two_legs>", "(?:numb\\w*|tingl\\w*|pins and needles?|can't feel|no feeling|dead|"
              "asleep)", 5),
        _near("(?:<numb>|<tingle>|weak\\w*)", "<spread>", 10),
    ], near=True, unless=ICE + r"|\b(?:sat|sitting|crossed|cross legged|asleep from|knelt|kneeling|squatting|"
                    r"after (?:a |the )?(?:run|walk|gym|workout|stairs)|tired|achy|aching|stiff)\b"),
    *_flags("weakness", "emergency", [_near("<limb>", "<no_move>", 6)], near=True,
            unless=r"\b(?:ice|pack|phone|remote|cup|pain|hurts|hurt|sore|stiff|spasm|because)\b"),
    *_flags("trauma", "emergency", [_near("<fall>", "<high>", 6)], grade="fall", near=True),
    *_flags("trauma", "emergency", [_near("<heavy>", "<crush>", 8)], near=True),
    *_flags("trauma", "emergency", [
        r"\b(?:car|van|truck|lorry|quad|quad bike|tractor|jeep|motorbike)\b(?: [\w']+){0,2}? (?:rolled|"
        r"flipped|overturned|went over|turned over)\b|"
        r"\b(?:rear ended|shunted|t boned|hit by (?:a|the) (?:car|van|bus|lorry|truck|taxi|motorbike)|"
        r"(?:car|van|bus|lorry|truck|taxi|driver) (?:clipped|hit|knocked|ran into|drove into|went "
        r"into|reversed into) me|knocked off (?:my|the) (?:bike|motorbike|scooter|horse)|(?:car|road|"
        r"motorway|traffic|bike) (?:accident|crash|collision)|came off (?:my|the) (?:motorbike|"
        r"horse|scooter))\b",
    ]),
    *_flags("leg_numbness", "today", [
        _near("<leg>", "(?:numb\\w*|tingl\\w*|pins and needles?|no feeling|dead|can't feel)", 5),
    ], near=True, unless=ICE + r"|\b(?:sat|sitting|crossed|asleep|knelt|kneeling|cramp)\b"),
    *_flags("weakness", "today", [
        _near("<leg>", "(?:weak\\w*|useless|no strength|gives? way|gave way|gives? out|gave out|given out|"
              "given way|"
              "buckl\\w*|wobbly)", 5),
    ], near=True, unless=r"\b(?:tired|achy|aching|stiff|cramp|after (?:a |the )?(?:run|walk|gym))\b"),
    *_flags("arm", "today", [
        _near("<arm>", "(?:numb\\w*|tingl\\w*|pins and needles?|weak\\w*|no feeling|no strength|"
              "can't grip|useless)", 5),
    ], near=True, unless=ICE + r"|\b(?:slept on|lying on|leaning on|asleep|cramp|phone|gaming)\b"),
    *_flags("fever", "today", [
        _near("(?:shaking|shivering|shivers|shivery|freezing|cold)",
              "(?:boiling|burning up|hot|sweating|sweats|sweaty|fever|feverish|temperature)", 6),
    ], near=True, unless=r"\b(?:ice|ice pack|frozen|peas|weather|outside|heating|radiator|bath|"
                         r"shower|room|house|"
                           r"flat|window|drink|tea|coffee|hot water bottle|heat pad)\b"
                         # which to use: "is it cold or hot you're supposed to use"
                         r"|\b(?:cold|cool) or (?:hot|heat|warm\w*)\b|\b(?:hot|heat|warm\w*) or "
                         r"(?:cold|cool)\b"),
    *_flags("trauma", "emergency", [
        r"\b(?:missed (?:a|the) (?:last |bottom |top |first )?(?:steps?|stairs?)|went down (?:hard|heavily|on|in|"
        r"like a sack)|went flying|hit the (?:floor|ground|deck) hard)\b",
    ], grade="fall"),
    # arms and hands: the same-day tier, said as "arm"
    *_flags("arm", "today", [
        r"\b<arm>\b(?: [\w']+| ,){0,4}? (?:feels?|feeling|is|has gone|gone|went|goes) (?:[\w']+ )?"
        r"(?:and )?(?:weak|numb|tingl\w*|dead|useless)\b",
        r"\b(?:dropping|drop|dropped) (?:things|stuff|everything|my (?:cup|phone|keys))(?: [\w']+){0,3}? "
        r"(?:with |in |from )?<d><arm>\b",
        r"\bnumb (?:patch|spot|bit|area) (?:on|in) <d>(?:fore)?<arm>\b",
        r"\b<arm>(?:'s)? (?:<be> )?<adv>(?:<numb>|<tingle>|weak|useless|floppy|dead)",
        r"\b<arm>(?:'s)? (?:<be> )?<adv>(?:buzz\w*|fizz\w*)\b(?! (?:from|because|after|with) )",
        r"\b(?:<numb>|<tingle>|weak(?:ness)?|no strength|no feeling) (?:\w+ ){0,3}?(?:in|down|"
        r"into|through|of|to|on) <d><arm>\b",
        r"\b<cant> (?:lift|raise|grip|hold|squeeze) (?:anything )?(?:with )?<d><arm>\b",
        r"\b(?:lost|losing|lose|no|weak) (?:my |the |all )?grip\b(?: [\w']+){0,4}? (?:in|of|with|on) "
        r"<d><arm>\b",
    ], unless=ICE + r"|\b(?:slept on|lying on|lay on|leaning on|from lying|waking up now|coming back "
                    r"now|pins and needles from)\b"),
    # over 50 with a new kind of back pain
    *_flags("age_new", "soon", [
        r"\b(?:i'm|i am|aged|age|i turned|turned) (?:over |nearly |almost |just )?(?:fifty|sixty|"
        r"seventy|eighty|ninety|5\d|6\d|7\d|8\d|9\d)\b(?=.*\b(?:never|new|first time|different|"
        r"not like|unlike)\b)",
        r"\b(?:over|past) (?:the age of )?(?:fifty|sixty|seventy|50|60|70)\b(?=.*\b(?:never|new|"
        r"first time|different|not like|unlike)\b)",
        r"\bin my (?:fifties|sixties|seventies|eighties|nineties|50s|60s|70s|80s)\b(?=.*\b(?:never|"
        r"new|first time|different|not like|unlike|(?:not|haven't|hadn't) (?:had|felt|known))\b)",
        r"\b(?:never|first time)\b(?: [\w']+){0,10}? (?:i'm|i am|aged?|turned|at) (?:over |nearly |"
        r"almost |just )?(?:fifty|sixty|seventy|eighty|ninety|5\d|6\d|7\d|8\d|9\d)\b",
        r"^(?:(?:i'm|i am|aged?|at) )?(?:fifty|sixty|seventy|eighty|ninety|5\d|6\d|7\d|8\d|9\d)\b"
        r"(?: [a-z]+)?(?=.*\b(?:never|new|first time|different|not like|unlike|till now|until now|"
        r"before now)\b)",
    ], in_question="info", history=True),  # an age stays
    *_flags("chest_pain", "emergency", [
        r"\b<ch> (?:<be> )?<adv>(?:pain|pains|paint|hurt|hurts|hurting|tight|tightness|heavy|"
        r"heaviness|pressure|pounding|ache|aches|aching|squeez\w*|crush\w*)\b",
        r"\b(?:pain|pains|pressure|tightness|tight|heaviness|squeezing|crushing|ache|aching|hurts?|"
        r"hurting|sore) (?:in|on|across|around|behind|through) <d>(?:<ch>|heart|breastbone)\b",
        r"\b(?:tight|heavy|crushing) <ch>\b",
        r"\b(?:someone|somebody|something|an elephant|a weight|a ton of bricks)(?:'s| is)? "
        r"(?:sitting|standing|pressing|pushing|crushing|squeezing) (?:on|down on) <d><ch>\b"
        r"|\b(?:weight|band|vice|vise) (?:on|around|round|across) <d><ch>\b",
        r"\bheart attack\b",
        r"\b(?:can't|couldn't|unable to|struggling to|hard to|difficult to|can barely|can hardly|"
        r"cannot) (?:breathe|breath|breaths|breed|catch <d>breath|get (?:my |a |enough |any |the )?"
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
        r"\b<cant> (?:move|moove|use|control|feel or move|wiggle|wriggle|twitch|point|curl|shift|budge) "
        r"<d>(?:<legs>|<leg>|<arm>)\b",
        r"\b(?:<legs>|<leg>|<arm>)(?:'s)? (?:just |still |simply )?(?:won't|don't|doesn't|can't|"
        r"isn't|aren't|wont|not) (?:move|moving|work|working|respond|hold me|support me|listen|obey|"
        r"do (?:what|anything))\b",
        r"\b(?:one of them|the other one|one leg|one arm)(?: just| simply)? (?:doesn't|won't|"
        r"isn't|can't) (?:respond|move|work)\b",
        r"\b(?:<leg>|<legs>|<arm>)(?:'s)?\b(?: [\w']+| ,){0,3}? (?:does|do|did) nothing\b|\b(?:<leg>|"
        r"<legs>|<arm>)\b(?: [\w']+| ,){0,6}? like (?:a )?(?:sack of|dead weight|a log|lead)\b",

        r"\bparaly(?!mpic)\w*|\bparalis\w*",  # not the Paralympics
        r"\b(?:<legs>|<leg>|<arm>)(?:'s)? (?:<be> )?<adv>(?:limp|floppy|lifeless)\b",
        r"\b<legs>(?:'s)? (?:<be> |<adv>){0,4}(?:weak|like jelly|jelly|useless|give way|gave way|"
        r"gave out|giving way|giving out|buckl\w*|collaps\w*)",
        r"\bweak(?:ness)? in <d><legs>\b",
        r"\b(?:can barely|can hardly|can't|cannot|can't even|struggling to|struggle to) (?:lift|move|"
        r"raise|hold up) (?:either|both) (?:of )?(?:my )?(?:legs?|feet|foot)\b",
        # a misheard word or two between ("my legs uh can we gave out")
        r"\b<legs>(?:'s)? <gap>(?:went weak|gone weak|gave way|gave out|buckled|collapsed)\b",
    ]),
    *_flags("weakness", "emergency", [
        r"\b(?:this|that|the other|the left|the right) one\b(?: [\w']+| ,){0,5}? (?:won't|wouldn't|"
        r"doesn't|will not|does not|can't) (?:budge|move|respond|do anything)\b",
        r"\b(?:<cant> move|won't move|won't budge)\b(?: [\w']+| ,){0,3}? (?:this|that|the other) one\b",
        r"\b<cant> (?:move|lift|raise|feel) (?:it|them)(?: at all)?\b",
        r"\b<cant> (?:lift|raise) <d><arm>\b",
    ], unless=r"^(?!.*\b(?:arm|arms|hand|hands|leg|legs|foot|feet)\b)"),
    *_flags("weakness", "today", [
        r"\b(?:<leg>|<arm>)(?:'s)? <adv>(?:<be> )?<adv>(?:weak|useless|floppy|give way|gave way|"
        r"gave out|giving way|giving out|buckl\w*|collaps\w*)",
        r"\bweak(?:ness)? in <d>(?:<leg>|<arm>)\b",
        r"\b(?:foot|toes?)(?:'s| is)?(?: been| keeps?| kept| keeps on| started| starts)? (?:drop|drops|"
        r"dropping|dragging|drags|flops|flopping|slaps|slapping|catching)\b",
        r"\b(?:drag|drags|dragging) <d>(?:foot|leg)\b",
        r"\b<cant> (?:lift|raise|bend|pick up) <d>(?:<leg>|<legs>)\b",
        r"\bweak (?:leg|foot|arm)\b",
        r"\b<leg>(?:'s)? <gap>(?:went weak|gone weak|gave way|gave out|buckled|collapsed|gives out|"
        r"gives way|giving out|giving way|goes from under me)\b",
        r"\b<leg>\b(?: [\w']+| ,){0,6}? (?:just )?(?:sort of |kind of )?(?:gives out|gives way|"
        r"gave out|gave way|buckles|buckled|went from under me|goes from under me|folds|folded|"
        r"gives up|gave up|goes from me|went from me)\b",
        r"\b<leg>(?:'s)? (?:just )?(?:went|goes|gone)\b(?: [\w']+| ,){0,6}? (?:grab|grabbed|catch|"
        r"caught|hold on|held on|clutch\w*)\b",
        r"\b(?:foot|feet|toes?)(?:'s| is)? (?:keeps? |kept |just |sort of )?(?:drop|drops|dropping|"
        r"dragging|drags|flops|flopping|slaps|slapping|catching|scuffing|scuffs|scuff|scrapes|"
        r"scraping|trails|trailing)\b|\b(?:foot|leg)\b(?: [\w']+){0,5}? (?:lazy|lazy foot)\b",
        r"\b<leg>(?:'s)? (?:[\w']+ ){0,2}?(?:won't|doesn't|can't|isn't|wont) (?:lift|lifting|come up|"
        r"pick up|clear the)\b",
        r"\b<cant> (?:lift|raise|pull|bring) (?:up )?(?:the front of |the end of )?<d>(?:foot|toes?)"
        r"(?: up)?\b",
        r"\b(?:keep |kept )?tripping over <d>(?:foot|feet|toes)\b",
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
        r"\b<leg>\b(?: [\w']+){0,5}? (?:is|are|feels?|feeling|has gone|have gone|went|gone|goes) "
        r"<adv>(?:<numb>|<tingle>)",
        r"\b(?:<numb>|<tingle>)(?: [\w']+){0,2}? (?:on|in|down|across|over|under|along) (?:the )?"
        r"(?:outside|inside|side|top|bottom|back|front|sole|ball|heel|edge|underside) of <d><leg>\b",
        r"\b(?:<numb>|<tingle>) (?:(?:going|goes|running|runs|shooting|spreading) )?(?:in|down|on|into|through|of|to) <d><leg>\b",
    ]),
    *_flags("leg_numbness", "today", [
        r"\b(?:<leg>|<legs>)\b(?: [\w']+){0,4}? <tingle>|<tingle>(?: [\w']+){0,4}? (?:<leg>|<legs>)\b",
    ], unless=ICE),
    *_flags("leg_numbness", "ask", [r"\b<tingle>"], question="numb_where", yes_tier="emergency",
            unless=ICE),  # tingling, but where? ("there's a bit of tingling")
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
    *_flags("arm", "ask", [
        r"\b<arm>\b(?: [\w']+){0,4}? (?:not right|funny|strange|weird|odd|wrong|different|off)\b",
        r"\b(?:not right|something wrong|something's wrong|something's not right|something odd|"
        r"something funny|something weird) (?:with|in) <d><arm>\b",
    ], question="arm_check", yes_tier="today", unless=WORKING),
    *_flags("leg_numbness", "ask", [
        r"\b(?:not right|something wrong|something's wrong|something's not right|something odd|"
        r"something funny|something weird) (?:with|in) <d>(?:<legs>|<leg>)\b",
    ], question="numb_where", yes_tier="emergency", unless=WORKING),
    *_flags("saddle_numbness", "emergency", [
        r"\b(?:toilet paper|loo roll|the paper|the tissue) (?:feels|felt) like nothing\b",
        r"\b<cant> tell (?:if|whether|when) i(?:'ve| have)? (?:wiped|wipe|finished|peed|gone|been)\b",
    ]),
    *_flags("saddle_numbness", "ask", [
        r"\b(?:something(?:'s| is)? (?:\w+ ){0,3}?(?:off|wrong|not right|odd|funny|weird|different|"
        r"strange)|things? (?:\w+ )?(?:off|not right|odd|funny|weird|different|strange)) (?:\w+ )?"
        r"(?:down below|down there|(?:with|in|around|round) <d><sad>)\b",
        r"\b(?:down below|down there)(?:'s| is| feels?| feeling)? (?:\w+ )?(?:off|not right|"
        r"odd|funny|weird|different|strange|wrong)\b",
    ], question="numb_where", yes_tier="emergency", unless=WORKING),
    *_flags("leg_numbness", "ask", [r"\b(?:numb|numbness|numbed)\b"],
            question="numb_where", yes_tier="emergency", unless=ICE),
    *_flags("help", "emergency", [
        r"\b(?:call|get|phone|ring|need|want|send|dial) (?:me |for )?(?:an? |the )?(?:ambulance|"
        r"paramedics?|nine one one|911|999|112|emergency services|the emergency number)\b",
        r"\b(?:it's|this is|its|i have|i'm having|having) an emergency\b",
    ], in_question="info"),
    *_flags("trauma", "emergency", [
        r"\b(?:reversed|drove|crashed|smashed|ploughed|slammed|backed|ran|run) into me\b|\bknocked "
        r"(?:me )?flying\b",
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
        r"\b(?:hit|banged|bumped|bashed|whacked|smashed|knocked|struck|landed on) (?:my|the back of my) "
        r"(?:head|back|spine|neck|tailbone)\b",
        r"\b(?:slammed|smashed|crashed|banged|swung) (?:into|against|on) (?:my|the small of my) "
        r"(?:back|spine)\b",
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
        r"\b(?:fell|landed|came down|tipped|toppled|collapsed|dropped)(?: over| down)? (?:on|onto) "
        r"(?:top of )?(?:me|my back|my legs)\b",
        r"\b(?:rear ended|smashed into|ploughed into|plowed into|went into the back of|shunted|"
        r"drove into|driven into|went into) (?:the back of |the side of )?me\b",
        r"\bcame down (?:the |a |some )?(?:stairs|steps|staircase|ladder)\b",
        r"\b(?:off|from) (?:the |a |my |our )?<high>\b(?: [\w']+){0,3}? (?:onto|on to|on) (?:the |a )?"
        r"(?:concrete|floor|ground|patio|tiles|pavement|deck|decking|drive|driveway|yard|road)\b",
        r"\bcame (?:down|off) (?:hard )?on (?:my )?(?:back|tailbone|bum|backside)\b",
        r"\bi (?:(?:just|then|kind of|sort of|actually|accidentally|literally|had|have|must have|"
        r"think i|nearly|almost|completely|totally|really) ){0,3}?(?:fell|fel|fallen)\b"
        r"(?! asleep| in love| apart| for| behind| out with)",
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
        r"\b(?:temp|temperature)(?:'s| is| of| was| reads| says)? (?:about |nearly |over )?"
        r"(?:3[89]|4[0-2]|10[0-5]|thirty eight|thirty nine|forty|a hundred)\b",
    ]),
    *_flags("fever", "today", [r"\b(?:shivering|shaking all over)\b"],
            unless=ICE + r"|\b(?:shower|bath|pool|swim\w*|rain|outside|snow|nervous|scared|fright\w*|"
                         r"fear)\b"),
    *_flags("cancer_history", "soon", [
        r"\b(?:cancer|cancers|cancerous|tumou?rs?|chemo\w*|radiotherapy|radiation (?:therapy|"
        r"treatment)|leuka?emia|lymphoma|myeloma|melanoma|carcinoma|sarcoma|metasta\w*|oncolog\w*|"
        r"malignan\w*|the big c)\b",
        r"\b(?:history of|survivor of|had) cancel\b",
    ], history=True),
    *_flags("weight_loss", "soon", [
        r"\b(?:lost|losing|dropped|dropping|shed) (?:about |around |nearly |almost |over |like )?"
        r"(?:a lot of |lots of |so much |some |a bit of |too much |loads of |heaps of |any )?"
        r"(?:weight|kilos|pounds|stone|\w+ (?:pounds|kilos|kg|stone))\b",
        r"\bweight loss\b|\bunexplained weight\b|\bweight (?:is )?(?:dropping|falling off)\b",
        r"\bscales? (?:\w+ ){0,2}?(?:going down|dropping|goes down|keep going down|show(?:s|ing)? "
        r"less)\b|\bweight (?:keeps|is|has been) (?:going down|dropping|falling)\b"
        r"|\bclothes (?:are |were )?(?:hanging|falling|loose|baggy)\b|\b(?:belt|trousers|jeans) "
        r"(?:are |is )?(?:loose|falling down)\b|\bdropped (?:a |two )?(?:dress |clothes )?sizes?\b",
    ], in_question="skip", history=True,
        unless=r"\b(?:should i|want to|need to|trying to|try to|going to lose|"
              r"how (?:do|can) i|"
              r"how to|help me|to lose|(?<!without )(?<!not )(?<!no )diet|(?<!without )(?<!not )"
              r"(?<!no )dieting|(?<!not )on purpose)\b"),
    *_flags("night_pain", "soon", [
        r"\b(?:pain|hurts?|hurting|aching|ache|aches|worse|worst|throbbing|bad|sore|agony) "
        r"(?:\w+ ){0,3}?(?:at|during the|in the|through the|all|every) night\b",
        r"\bnight ?(?:time )?pains?\b",
        r"\b(?:wakes|waking|woke|keeps|kept|keeping|(?:it|they|spasms?|pains?|that|this) "
        r"(?:wake|keep)) me (?:up|awake)\b",
        r"\b(?:can't|couldn't) sleep (?:because of|for|with) (?:the )?(?:pain|it)\b",
        r"\b(?:keep |kept |keeps )?(?:waking|wake|woke|wakes) (?:up )?(?:at|in|during|every)\b(?: [\w']+)"
        r"{0,4}? (?:with|because of|from) (?:the |my )?(?:pain|back|spasms?|ache|throbbing)\b",
        r"\b(?:keep |kept |keeps )?(?:waking|wake|woke) (?:up|me up)\b(?: [\w']+){0,6}? (?:because of|"
        r"with|from) (?:the |my )?(?:pain|back|spasms?|ache)\b",
    ], unless=r"\b(?:timer|alarm|noise|dog|baby|kids?|neighbou?rs?)\b"),
    *_flags("not_improving", "soon", [
        r"\bgetting worse (?:and worse )?(?:over|for|in|during) (?:the )?(?:last|past) (?:few |couple "
        r"of )?(?:weeks?|months?|fortnight)\b",
        r"\b(?:it's|it has|been|i've had (?:it|this|the pain|this pain|back pain|the spasm|"
        r"spasms)|had (?:it|this)|going on|gone on|lasted|lasting|hurting|hurt|had this) (?:\w+ ){0,3}?"
        r"(?:for |over |about |almost |nearly |more than |the past |the last )*<dur>\b",
        r"\b<dur> (?:now|already|and (?:it's |it is )?(?:still|not|no)|and counting)\b",
        r"\b<dur> of (?:this|it|the pain|the spasm|pain|spasms)\b",
        r"\b(?:been|had) (?:like this|this|it) since (?:the (?:start|beginning|middle|end) of )?last "
        r"month\b",
        r"\bsince (?:the (?:start|beginning|middle) of )?last month\b(?=.*\b(?:no better|not (?:any )?"
        r"better|not improv\w*|still|no change|same)\b)",
        _near("<dur>", "(?:still|no better|not better|not improving|no improvement|hasn't (?:got|gotten"
              "|eased|improved|gone)|isn't (?:better|easing|improving)|not getting better|no "
              "change)", 6),
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
        r"\bevery (?:few |couple of |two |three |other )?(?:weeks?|months?)\b(?=.*\b(?:again|back|"
        r"spasm\w*|seiz\w*|lock\w*|goes|went|happens)\b)",
        r"\b(?:i've|i have) had (?:this|it|spasms like this|this spasm) (?:\w+ ){0,2}?before\b",
    ], in_question="self", history=True,
        # minutes apart is one spasm; "will it keep coming back" asks about the future
        unless=r"\b(?:minutes?|seconds?)\b|\b(?:will|going to|gonna|likely to|could|might|"
               r"may) (?:it |this |they |these |that |the spasms? )?(?:keep|come back|happen "
               r"again|recur|return)"),
]

SIGN_WORDS = _rx(
    r"\b(?:<legs>|<leg>|<arm>|<bl>|<bw>|<pee>|<ch>|<sad>|<numb>|<tingle>|weak\w*|breath\w*|"
    r"fever|temperature|chills|fell|fall|fallen|accident|crash|move|moving|control|"
    r"paraly\w*|faint|dizzy)")
"""Words of the warning signs: where the dialogue model hears a red flag among them, a misheard
word is plausible and worth a yes/no question."""

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
    r"\bhow (?:do|can|would|will) i (?:know|tell) (?:if|when|whether)\b(?!(?: [\w']+){0,4} (?:drive|"
    r"driving|work|gym|sex|exercise|lift|run|swim|travel|fly|disc|discs|muscle|muscular|nerve))",
    r"\bwhat (?:symptoms|signs)\b|\bwhat should i (?:watch|look) (?:out )?for\b",
    r"\bemergency number\b|\bworried (?:it|this|that) (?:is|might be|could be) (?:serious|bad)\b",
]]

DOCTOR_QUESTION = _rx(
    r"\bwhen (?:should|do|must|would|to|will|is it time to) (?:i |you |we )?(?:need to |have to )?"
    r"(?:see|call|go to|visit|phone|contact|ring|book) (?:a |the |my |an )?(?:doctor|gp|dr|nurse|"
    r"physio\w*)\b"
    r"|\b(?:should|do|must|can) i (?:need to |have to )?(?:see|call|go to|visit|phone|contact|ring|"
    r"book) (?:a |the |my |an )?(?:doctor|gp|dr|nurse)\b(?! \w+ing)"
    r"|\bdo i need (?:a |to see a |to see the |to call a |to call the )?(?:doctor|gp)\b")
"""A question about when to see a doctor (not the emergency services): the answer starts with
when to see one, then the emergency signs."""

# Lookalikes: words of a warning sign that mean something else ("the ice pack fell off", "i fell
# asleep", "i can't get up to go to the loo", "pissed off", "numb with boredom"). The dialogue
# model's red flag is set aside for them and its next reading answered.
LOOKALIKES = [_rx(p) for p in [
    r"\b(?:ice pack|ice|heat pad|heat pack|heating pad|pack|pad|bottle|hot water bottle|pillow|"
    r"phone|towel|blanket|cushion|remote|book|cup|glass|plate) fell (?:off|down|over|out)\b",
    r"\bfell asleep\b|\bfall asleep\b|\bfalling asleep\b",
    r"\b(?:can't|couldn't|unable to) (?:get up|get to|reach|make it to|get off)(?: [\w']+){0,5}? "
    r"(?:go|toilet|loo|bathroom|wee|pee)\b",
    r"\b(?:accident|spill\w*|spilt) with (?:the |a |my )?(?:kettle|tea|coffee|drink|cup|milk|paint|"
    r"water|juice|glass|mug)\b|\bspilled (?:water|tea|coffee|my drink)\b",
    r"\bpissed off\b|\bpiss(?:ing)? (?:me )?off\b|\bbored (?:stiff|numb|to death)\b",
    r"\bnumb with (?:boredom|cold|fear|shock)\b|\b(?:mind|brain)numb\w*\b",
    r"\b(?:from|after|when|while) (?:(?:a |the |my |all )?(?:long |hard )?)?(?:sitting|kneeling|"
    r"crossing|lying|sleeping|sat|flight|flights|drive|driving|cycling|bike ride|ride|squatting|"
    r"gaming|sitting on|sitting cross legged)\b",
    r"\bon (?:the |a |that )?hard (?:chair|seat|floor|bench)\b|\bsleeps? on my (?:legs?|arm|feet)\b",
    r"\b(?:<leg>|<legs>|<arm>|bum)(?:'s)? (?:fell|went|goes|has gone|had gone|keeps going) (?:to )?"
    r"(?:asleep|sleep)\b",
    r"\bdead on my feet\b|\bhit by a (?:bus|truck|train|lorry)\b(?=.*\b(?:like|feel|feels)\b)"
    r"|\b(?:feel|feels|felt) like (?:i've been|i have been|i was) hit\b|\btripped over my words\b",
    r"\b(?:chills|shivers|goosebumps) (?:watching|listening|from (?:a|the|that) (?:movie|film|song|"
    r"story|show))\b|\bgot (?:the )?chills (?:watching|listening)\b",
    r"\b(?:advert|advertisement|ad|commercial|leaflet|poster) (?:for|about)\b",
    r"\b(?:giving|gave|give) me a heart attack\b|\bnearly had a heart attack\b",
    r"\b(?:jelly|shaking|wobbly|weak)\b(?: [\w']+){0,3}? when i (?:saw|heard|realised|realized)\b",
    r"\b(?:tens machine|tens unit|massager|massage gun|vibrat\w*)\b",
    r"\b(?:pins and needles|tingl\w*|numb\w*|buzz\w*)\b(?: [\w']+){0,4}? (?:from|because of|off|"
    r"with) (?:the |my |that |this )?(?:tens|gel|cream|rub|balm|patch|massager|machine)\b",
    # objects: a chair leg that gave way, a ladder that fell with nobody on it
    r"\b(?:chair|table|stool|desk|bed|sofa|couch|bench|cot|ladder)(?:'s)? legs? (?:is |has |had |have "
    r")?(?:just )?(?:gave|give|giving|given|gone|went|broke|snapped|buckled|collapsed)\b",
    r"\bthe (?:ladder|shelf|shelves|bike|wardrobe|tree|fence|bookcase|picture|mirror|tv|telly|"
    r"bin|pram)(?:'s| has)?\b(?: (?!(?:and|but|i|me|my)\b)[\w']+){0,4}? (?:fell|fallen|came|toppled|"
    r"blew|blown|went) (?:over|down)\b(?! on (?:me|top of me))",
    r"\b(?:numb\w*|dead|asleep|tingl\w*)\b(?: [\w']+){0,3}? (?:from|after) (?:holding )?(?:the |my )?"
    r"(?:phone|tablet|controller|mouse|laptop|game)\b",
    r"\b(?:no ?one|nobody|no body) (?:was|were) (?:on|in|under|near) (?:it|them)\b",
    r"\b(?:toilet|loo|sink|drain|pipes?|bath|shower)(?:'s| is| are| was)? (?:\w+ )?(?:blocked|clogged|"
    r"backed up|overflowing|won't flush|not flushing|bunged up)\b",
    r"\b(?:dying|desperate|bursting) (?:for|to have) (?:a )?(?:wee|pee|the loo|the toilet)\b"
    r"(?=.*\b(?:can't get up|can't move|hurts too much|too painful|can't reach)\b)",
    # issue 15: a disc, not a fall; hot and cold packs, not chills
    r"\bslipped (?:a |my |the )?discs?\b|\b(?:a|my|the) slipped discs?\b"
    r"|\bdiscs?(?:'s| is| are| has| have)? (?:\w+ )?(?:slipped|bulging|herniated|prolapsed|out)\b",
    r"\b(?:which|better|between|use|using|switch\w*|swap\w*|alternat\w*|either|try)\b"
    r"(?: [\w']+){0,5}? (?:hot|heat|warm|warmth|cold|ice) (?:or|and|versus|vs|then) "
    r"(?:hot|heat|warm|warmth|cold|ice)\b(?! sweats?| shivers| chills)",
    r"\b(?:hot|heat|warm|cold|ice) (?:or|and|versus|vs) (?:hot|heat|warm|cold|ice) "
    r"(?:packs?|compress(?:es)?|pads?|therapy)\b",
    r"\b(?:hot|heat|warm|cold|ice) (?:packs?|pads?|compress(?:es)?|water bottles?) (?:or|and|"
    r"versus|vs|then) (?:an? |the )?(?:hot|heat|warm|cold|ice)\b",
    r"\b(?:[\w-]+ )?(?:weeks?|months?) pregnant\b",  # how far along, not how long the pain
    # a rub, a gel or a TENS pad makes the skin tingle; laughing; fear; a table's leg; sleep
    r"\b(?:rub|rubs|cream|creams|gel|gels|balm|ointment|spray|patch|patches|tens|pads?|deep heat|"
    r"tiger balm|menthol|capsaicin|massager)\b(?: [\w']+){0,6}? (?:tingl\w*|numb\w*|buzz\w*|"
    r"warm|hot|cold|burn\w*)\b(?: and (?:\w+ ){0,3}?(?:numb\w*|tingl\w*|warm|hot|cold))?",
    r"\b(?:wet|peed|pee|wee|weed) (?:myself|my pants|me pants) (?:\w+ ){0,2}?laugh\w*\b|\blaugh\w* "
    r"(?:so hard )?(?:i|that i) (?:nearly |almost )?(?:wet|peed) myself\b",
    r"\bparaly[sz]ed (?:with|by) (?:fear|fright|terror|worry|nerves)\b|\bscared stiff\b",
    r"\b(?:breathless|out of breath|puffed out|winded) (?:\w+ )?(?:with|from|after) (?:all )?(?:the )?"
    r"(?:excitement|anticipation|laughter|laughing|giggling|joy|delight|singing|shouting)\b",
    r"\b(?:<legs>|<leg>)(?:'s)? (?:\w+ ){0,2}?(?:tired|achy|aching|ache|sore|stiff|knackered|worn out)"
    r"\b(?: [\w']+){0,3}? (?:after|from) (?:\w+ ){0,4}?(?:walk\w*|hike|hiking|run|runs|running|gym|"
    r"workout|exercise|stairs|climb\w*|standing|football|cycling|dancing|gardening)\b",
    r"\bfell for (?:it|that|this|the|a|an|his|her|their)\b",
    r"\b(?:board|box|bag|suitcase|basket|chair|table|bike|pram|shelf|toy|ball|case|hoover|vacuum)\b"
    r"(?: [\w']+){0,3}? (?:collapsed|fell over|toppled|tipped over) and went flying\b",
    r"\b(?:could|nearly|almost|about to|gonna|going to) (?:wet|pee|wee|piss) (?:myself|my pants)\b"
    r"(?=.*\b(?:laugh\w*|funny|comedy|joke\w*|hilarious|watching)\b)",
    r"\bemotionally numb\w*|\bnumb\w* (?:about|to) (?:it all|everything|the whole thing|all of it|"
    r"all this|the news)\b",
    r"\blegs? of (?:the |my |a |his |her |our )?(?:chair|table|stool|desk|bed|sofa|couch|bench|cot|"
    r"ladder)\b",
    r"\b(?:table|chair|stool|desk|bed|sofa|couch|bench|cot|ladder)(?:'s)? (?:\w+ ){0,3}?(?:wobbly|"
    r"broken|loose|short|dodgy|uneven|bent) legs?\b",
    r"\bcrashed out\b|\bcrash(?:ed|ing)? on the (?:sofa|couch|settee)\b",
    r"\b(?:numb\w*|tingl\w*|pins and needles|dead|asleep|buzz\w*)\b(?: [\w']+| ,){0,4}? (?:because|"
    r"cos|from|after|since) (?:i was |i've been |i'd been |i )?(?:lying|lay|laying|sleeping|slept|"
    r"leaning|sitting|sat|kneeling) on (?:it|them|my \w+)\b",
    r"\b(?:numb\w*|tingl\w*|pins and needles|dead|asleep)\b(?: [\w']+| ,){0,4}? (?:because|cos|from|"
    r"since|as) (?:the |my |our )?(?:cat|dog|puppy|kitten|baby|toddler|kid|son|daughter)(?:'s| has| had|"
    r" is| was)? (?:been )?(?:sat|sitting|lying|asleep|sleeping|lay) on (?:it|them|my (?:legs?|feet|"
    r"foot|lap|arm|hand))\b",
    r"\b(?:numb\w*|tingl\w*|dead)\b(?: [\w']+| ,){0,6}? (?:from|with|because of) (?:the )?(?:cold|being "
    r"outside|the snow|no gloves|the frost|the weather)\b|\b(?:freezing|frozen|cold) and numb\b"
    r"|\b(?:cold|freezing) (?:floor|weather|air|wind|tiles)(?:'s)?\b(?: [\w']+| ,){0,6}? (?:numb\w*|"
    r"tingl\w*)\b",
    r"\b(?:numb\w*|tingl\w*|pins and needles|asleep|dead)\b(?: [\w']+| ,){0,6}? (?:from|after) "
    r"(?:sitting|lying|kneeling)\b(?: [\w']+| ,){0,10}? (?:goes|go|wears off|passes|stops|fades) "
    r"(?:away |off )?(?:when|once|as soon as|if) i (?:shift|move|get up|stand|change position|"
    r"wriggle|roll)\b",
    # the skin under an ice pack: an ice burn to take care of, not a nerve sign
    r"\b(?:red|numb\w*|tingl\w*|white|blotchy|burn\w*(?! up)|stinging|sore)\b(?: [\w']+){0,3}? "
    r"(?:under|from|after|with|beneath) (?:the |my |that |an? )?(?:ice|ice pack|cold pack|frozen "
    r"peas|bag of peas|pack|cold)\b",
]]

# Plain statements that a warning sign is absent ("i can still feel my legs", "my bladder's
# fine"). Nothing is said for them by the screen, but they overrule the dialogue model when it
# takes them for a red flag (see ``screen.dismissed``).
DENIALS = [_rx(p) for p in [
    r"\bi (?:can )?(?:still )?(?:can )?(?:feel|move|lift|wiggle) <d>(?:<legs>|<leg>|<arm>)\b"
    r"(?: (?:fine|ok|okay|normally|alright|all right|properly|just fine))",
    r"\bi can still (?:feel|move|lift|wiggle) <d>(?:<legs>|<leg>|<arm>)\b",
    r"\b(?:<legs>|<leg>|<arm>|<bl>|<bw>|<ch>|breathing)(?:'s| (?:are|is|feel|feels|seem|seems)) "
    r"(?:\w+ )?(?:fine|ok|okay|normal|good|alright|all right)\b",
    r"\b(?:feeling|sensation) (?:in|around|down) (?:my )?(?:<sad>|<legs>|<leg>)(?: (?:and|or) (?:my )?"
    r"(?:<sad>|<legs>|<leg>))? (?:is|are|feels?|seems?) (?:\w+ )?(?:fine|ok|okay|normal|good|"
    r"alright|all right)\b",
    r"\bi can (?:still )?(?:wiggle|wriggle|move|feel|lift|bend) (?:all )?<d>(?:<legs>|<leg>|<arm>|"
    r"toes|fingers)\b",
    r"\bi can feel (?:everything|it|all of it|fine)\b|\bthat's (?:all )?normal\b|\ball normal\b",
    r"\bi can (?:still )?(?:pee|wee|go|poo) (?:fine|ok|okay|normally|alright|all right|no problem)",
    r"\b(?:peeing|weeing|pooing|going to the (?:toilet|loo)) (?:is )?(?:\w+ )?(?:fine|ok|okay|normally|"
    r"alright|all right|no problem)\b",
    r"^(?:no|not any|there's no|there is no) (?:weakness|numbness|tingling|pins and needles)\b"
    r"|\bi can (?:still )?(?:stand|walk) on (?:my )?(?:tip ?toes|toes|heels)\b",
    r"\b(?:haven't|hasn't|no|not|never|without) (?:had |been )?(?:any )?(?:accidents?|problems?|"
    r"trouble|issues?)\b",
    r"^(?:i|i'm|i feel|feeling|it's|it feels) (?:a bit |a little |much |a lot |so much |slightly )?"
    r"(?:better|easier|eased)(?: now| thanks| thank you| today| already)*$",
    r"\b(?:doesn't|don't|didn't|isn't|never|not) (?:\w+ )?(?:wake|waking|keep|keeping) me (?:up|"
    r"awake)\b",
    r"\bi (?:didn't|haven't|never|did not) (?:fall|fell|fallen|trip|tripped|slip|slipped|hit|bang|"
    r"banged|bump|bumped|knock|knocked)\b",
    r"\b(?:<legs>|<leg>)(?:'s)? (?:isn't|aren't|is not|are not|hasn't|haven't|never|not) "
    r"(?:\w+ )?(?:giving|gave|given|buckl\w*|collaps\w*|numb|weak|tingl\w*)\b",
]]

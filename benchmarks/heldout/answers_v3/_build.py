#!/usr/bin/env python3
"""Held-out test set v3 for the Back Coach voice assistant.

Written by an independent helper session (2026-12-02) without looking at the
project code, prompts, care-content index or earlier test sets.  Expected facts
come from the five source articles in /work/shared/care-content/ and from NHS
guidance (back pain, sciatica, red flags, over-the-counter medicines).

Run:  python3 _build.py     -> checks every row, then writes questions.tsv
"""
import re
import sys
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- helpers
def no(pat):
    """Regex that passes only if `pat` does NOT occur anywhere in the answer."""
    return r"^(?![\s\S]*(?:" + pat + r"))"

# reusable fragments (all used with re.IGNORECASE)
ICE = r"\bice|\bicing|\bcold\b|frozen|\bpeas\b"
HEAT = r"heat|warm|hot water bottle|heating pad|wheat bag"
MIN_1020 = r"(?:\b(?:10|15|20)\b|\bten\b|fifteen|twenty)[\s\S]{0,25}?min"
WRAP = r"towel|cloth|wrap|cover|pillowcase|t-?shirt|not (?:put it )?direct|directly on|bare skin|straight on"
PARA = r"paracetamol|acetaminophen|tylenol|panadol|calpol"
IBU = r"ibuprofen|advil|nurofen|motrin|anti.?inflammator|nsaid"
PRO = r"\bGP\b|doctor|pharmacist|chemist|physio|midwife|\b111\b|nurse|clinician|health ?care|prescriber|specialist|obstetrician"
NEG = r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|never|\bno\b|unless|instead|rather|careful|caution"
CHECK = r"check|\bask\b|speak|talk|pharmacist|\bGP\b|doctor|midwife|advice|advise"
MOVE = r"(?:keep|stay|staying|keeping|get|getting|be|being|remain)\s+(?:\w+\s+)?(?:moving|active|mobile)|move (?:about|around|gently|a bit|a little)|gentle (?:movement|walk|activity)|walk|moving|activ"
BREATH = r"breath"
REASSURE = (r"\bcommon|\bnormal|\busual|not (?:usually |normally |likely )?(?:serious|dangerous|damag)|"
            r"\beas(?:e|es|ed|ing)\b|settle|\bpass(?:es)?\b|get(?:s|ting)? better|improve|recover|\bsafe|okay|\bok\b|"
            r"all right|alright|\bheal(?:s|ing|ed)?\b|temporary|won.?t last|you.?re not alone")
EMERG = r"\b999\b|\b911\b|A ?(?:&|and) ?E\b|emergenc|ambulance|casualty|\bER\b"
SIGNS = (r"numb|tingl|pins and needles|bladder|bowel|\bpee\b|\bwee\b|\bpoo\b|urin|incontin|"
         r"both legs|weak|fever|temperature|high temp|chest pain|saddle|genital|bottom|buttock|"
         r"\bfall\b|accident|injur|cancer|weight loss|unexplained|control")
DAYS = r"\bday|\bweek"
QTY = r"\d|\bfew\b|couple|several|\bone\b|\btwo\b|\bthree\b|\bfour\b|\bsix\b|a week|a day"

# Out-of-scope: polite limit + back/spasm + NO specific back-care advice.
OOS_LIMIT = (r"only (?:help|answer|talk|assist|do|deal|cover|know)|can.?t help|cannot help|"
             r"can.?t (?:answer|do|check|tell|give|play|look)|cannot (?:answer|do|check|tell|give|play|look)|"
             r"not able to|unable to|outside (?:what|my)|not something I|I.?m (?:just |only )?(?:here|built|designed|set up) (?:to|for)|"
             r"(?:just|only) for (?:your |you.?re )?back|afraid I")
OOS_BACK = r"\bback\b|spasm"
OOS_NOADVICE = no(r"\d+\s*(?:-|to)?\s*\d*\s*(?:min|sec|hour|mg|milligram|tablet|pill|times)|minutes|seconds|"
                  r"\bmg\b|milligram|pillow|knee|towel|tablets|every \w+ hours|times a day|"
                  r"lie on your|lying on your|roll (?:onto|on to)|onto your side|hot water bottle|heating pad|"
                  r"wrap|\bhold (?:it|each|the|for)|dose|slipped|\bdisc\b|muscular|examin|sciatica|bed rest|keep moving|stay active")

ROWS = []


def R(topic, question, fact, must, ref):
    ROWS.append(dict(topic=topic, question=question, fact=fact, must=list(must), ref=ref))


# ====================================================================== ICE (12)
R("ice", "How long am I supposed to leave the ice pack on my back for?",
  "Cold pack up to about 20 minutes at a time (10-20 min).",
  [ICE, MIN_1020],
  "Keep the ice pack on for up to 20 minutes, wrapped in a towel.")
R("ice", "Um, can I just put the ice straight onto my skin or does it need something round it?",
  "Wrap ice/cold pack in a towel; never directly on skin.",
  [ICE, WRAP],
  "Wrap the ice in a thin towel first - don't put it directly on bare skin.")
R("ice", "I don't actually have an ice pack in the freezer, what could I use instead?",
  "A bag of frozen peas/vegetables or ice cubes in a bag, wrapped in a towel.",
  [r"frozen|peas|veg|ice cubes|bag of ice|cold (?:pack|compress)|sweetcorn|cold flannel"],
  "A bag of frozen peas wrapped in a tea towel works well.")
R("ice", "Should I be using ice or heat on it right now, I can't remember which one is first?",
  "Either can help; cold is often used early, heat for stiffness/relaxing muscle - use what feels better.",
  [ICE, HEAT, r"first|early|48|couple of days|two days|start|initial|either|whichever|prefer|feels? better|then|later|switch"],
  "Either can help. Many people start with ice in the first couple of days, then switch to heat.")
R("ice", "How many times a day is it OK to ice my lower back?",
  "Several times a day (e.g. every 2-3 hours / 3-4 times a day), each session up to 20 minutes.",
  [ICE, r"times|every|hour|session|a day|daily"],
  "You can ice it several times a day, up to 20 minutes each time, with a couple of hours in between.")
R("ice", "The frozen peas are starting to kind of burn and sting my skin, is that alright?",
  "Take the cold pack off; protect skin with a towel; limit time to avoid ice burn.",
  [ICE + r"|peas", r"remove|take (?:it|them) off|take (?:it|them) away|stop|towel|wrap|thicker|skin|burn"],
  "Take the frozen peas off now and let your skin warm up. Next time wrap them in a thicker towel.")
R("ice", "I'm lying on the floor - do I lie on top of the ice pack or hold it against my back?",
  "Either: place it under the sore spot while lying on your back, or hold it there - wrapped, up to 20 minutes.",
  [ICE, r"\blie\b|lying|place|under|beneath|hold|either|comfortable|wherever"],
  "You can lie on the ice pack, placed under the sore spot, wrapped in a towel, for up to 20 minutes.")
R("ice", "It's been three days now since it went, is ice still worth doing or is it too late?",
  "Cold is most useful early but can still be used; after the first couple of days heat often helps stiffness - use whichever helps.",
  [ICE, r"heat|warm|whichever|either|first|48|72|couple of days|two days|2 days|still (?:use|help|worth|fine|ok)|can still"],
  "Ice is most useful in the first couple of days, but you can still use it. Heat may feel better now.")
R("ice", "Is it OK if I fall asleep with the cold pack still on me?",
  "No - don't sleep with a cold pack on; limit to about 20 minutes.",
  [ICE, r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|\bno\b|remove|take (?:it )?off|never"],
  "No, don't fall asleep with the cold pack on. Take it off after about 20 minutes.")
R("ice", "I bought one of those instant cold packs from the drugstore, you squeeze it - how do I use it on my back?",
  "Follow the pack instructions; wrap it; apply to the sore area for up to about 20 minutes.",
  [r"cold pack|\bice|instant|\bpack\b", r"towel|wrap|cloth|instruction|directions|minutes|\bmin"],
  "Squeeze it as the packet says, wrap it in a cloth, and hold the cold pack on the sore spot for up to 20 minutes.")
R("ice", "Does putting ice on a back spasm actually do anything, or is it just an old wives' tale?",
  "Cold can numb pain and calm inflammation/soreness; it may help some people.",
  [ICE, r"numb|swell|inflam|reduce|sore|dull|calm|pain(?!kill)"],
  "Ice can help numb the pain and reduce soreness, so it's worth a try.")
R("ice", "How long should I wait between one go with the ice and the next?",
  "Leave a gap (about 1-2 hours or more) so skin warms up before icing again.",
  [ICE, r"hour|break|gap|\brest|warm|between|wait"],
  "Leave at least an hour or two between ice sessions so your skin can warm back up.")

# ===================================================================== HEAT (10)
R("heat", "How long can I keep the hot water bottle on my back?",
  "Heat for about 15-20 minutes at a time; wrapped; avoid burns.",
  [HEAT, MIN_1020],
  "Use the hot water bottle, wrapped in a cover, for about 15 to 20 minutes at a time.")
R("heat", "Is it safe to sleep with my heating pad on all night?",
  "No - don't fall asleep on/with a heating pad; risk of burns; use a timer/turn off.",
  [r"heat|pad", r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|\bno\b|never|burn|turn (?:it )?off|switch (?:it )?off|timer"],
  "No, don't sleep with the heating pad on - it can burn you. Switch it off before you sleep.")
R("heat", "Would a nice hot bath help my back or make it worse?",
  "A warm bath can relax the muscle and ease pain; take care getting in and out; not too hot.",
  [r"bath|soak|\btub\b", r"help|relax|\beas(?:e|es|ed|ing)\b|loosen|good|fine|\bok|careful|in and out|getting (?:in|out)"],
  "A warm bath can help relax the muscle. Take care getting in and out slowly.")
R("heat", "How hot should the hot water bottle be? I was going to fill it from the kettle.",
  "Don't use boiling water; warm not hot; use a cover; avoid burns.",
  [r"hot water bottle|heat|warm|water", r"boiling|not too hot|warm|comfortabl|towel|cover|burn|scald|hot tap"],
  "Don't use boiling water from the kettle - warm is enough. Use a cover so you don't burn.")
R("heat", "Can I wear one of those stick-on heat wraps, like ThermaCare, all day at work?",
  "Follow the product instructions (hours of wear); check skin; don't use on broken skin or when sleeping unless allowed.",
  [r"heat|wrap|patch|thermacare", r"instruction|label|packet|directions|hours|skin|burn|check"],
  "You can use a heat wrap, but follow the packet instructions on how many hours, and check your skin.")
R("heat", "I've got one of those wheat bags you warm in the microwave, is that any good?",
  "Yes, a microwavable heat bag can help; follow heating instructions; test temperature; avoid burns.",
  [r"wheat|rice|\bbag|microwave", r"instruction|burn|test|check|towel|careful|not too hot|hot spot|help|good"],
  "A wheat bag can help. Heat it as the instructions say and test it so it's not too hot.")
R("heat", "Can I rub Deep Heat on and then put the heating pad on top of it?",
  "No - don't combine heat rubs with heat pads; risk of skin irritation/burns.",
  [r"cream|rub|gel|balm|deep heat|ointment", r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|\bno\b|never|burn|irritat|skin"],
  "No, don't put a heating pad over Deep Heat cream - it can burn or irritate your skin.")
R("heat", "It's not so much sharp now, more stiff and achy - is heat better than ice at this stage?",
  "Heat can help stiffness and relax muscles; use whichever feels better.",
  [HEAT, r"stiff|relax|loosen|muscle|ache|achy|either|whichever"],
  "Yes, heat is good for stiffness - it helps the muscle relax. Use whichever feels better.")
R("heat", "Why does warmth help a muscle that's gone into spasm anyway?",
  "Heat relaxes/loosens tight muscles, increases blood flow, eases pain.",
  [HEAT, r"relax|loosen|blood|circul|sooth|tension|tight"],
  "Warmth helps the tight muscle relax and brings more blood flow to it.")
R("heat", "Would a warm shower before I do my stretches be a good idea?",
  "Yes, warmth first can loosen muscles and make gentle stretching easier.",
  [r"shower|warm", r"before|first|loosen|then|beforehand|easier"],
  "Yes, a warm shower first can loosen the muscles and make gentle stretches easier.")

# ===================================================================== MEDS (18)
R("meds", "So, um, how much paracetamol am I actually allowed to take in a day for my back?",
  "Adults: 1-2 x 500mg tablets up to 4 times in 24h, at least 4 hours apart, max 8 tablets (4g) a day.",
  [PARA, r"\b(?:1|2|4|8|500|1000)\b|\bone\b|\btwo\b|\bfour\b|\beight\b|1 ?g\b|gram", r"hour|day|times|dose|24"],
  "Adults can take 1 or 2 500mg paracetamol tablets up to 4 times in 24 hours, at least 4 hours apart.")
R("meds", "Is it alright to take ibuprofen and paracetamol together, at the same time?",
  "Yes, adults can take both together (or alternate) if no reason to avoid ibuprofen; follow each dose.",
  [PARA, r"ibuprofen|advil|nurofen", r"together|same time|alternat|both|at once|combine",
   no(r"(?:never|do not|don.?t|shouldn.?t|cannot|can.?t|must not) (?:take|combine|mix) (?:them|both|ibuprofen and paracetamol|paracetamol and ibuprofen)")],
  "Yes, most adults can take ibuprofen and paracetamol together, keeping to the dose for each.")
R("meds", "What's the best over the counter painkiller for a back spasm like this?",
  "NHS: anti-inflammatory painkillers such as ibuprofen (if suitable); paracetamol alone not recommended for back pain.",
  [IBU + r"|naproxen"],
  "Anti-inflammatory painkillers like ibuprofen usually help most, if they're safe for you.")
R("meds", "How often can I take ibuprofen? I took some this morning.",
  "OTC ibuprofen: 200-400mg up to 3 times a day, leaving at least 4-6 hours between doses.",
  [r"ibuprofen|advil|nurofen", r"\b(?:3|4|6|8)\b|three|four|\bsix\b|eight", r"hour|times|day"],
  "You can take ibuprofen up to 3 times a day, leaving at least 6 hours between doses.")
R("meds", "Do I need to eat something before I take the Nurofen?",
  "Take ibuprofen with or after food/milk to protect the stomach.",
  [r"ibuprofen|nurofen|advil|anti.?inflammator", r"food|meal|\beat|stomach|milk|snack"],
  "Yes, take ibuprofen with or after food or milk to protect your stomach.")
R("meds", "Should I get some co-codamol from the chemist, is it stronger?",
  "Codeine-containing OTC medicine: only short term (max 3 days), can be addictive, causes constipation/drowsiness; ask pharmacist.",
  [r"codeine|co-?codamol", r"\b3\b|three|addict|depend|constipat|drows|sleepy|short|pharmacist|\bGP\b|doctor"],
  "Co-codamol contains codeine. Only use it for up to 3 days, as it can be addictive and cause constipation. Ask the pharmacist.")
R("meds", "Can I buy a muscle relaxant like diazepam over the counter for this?",
  "No - diazepam/muscle relaxants are prescription-only; GP may prescribe short course if needed.",
  [r"diazepam|muscle relax|valium", r"prescri|\bGP\b|doctor"],
  "No, diazepam and other muscle relaxants are prescription only. Speak to your GP if you need one.")
R("meds", "Um, does that ibuprofen gel you rub in actually work on a back?",
  "Topical anti-inflammatory gels may help some people; rub into skin as directed; wash hands.",
  [r"gel|cream|rub|topical|spray", r"skin|rub|apply|wash|hands|help|may|can|some people|massage"],
  "Ibuprofen gel may help some people. Rub a small amount gently into the skin and wash your hands after.")
R("meds", "How many days should I keep taking the painkillers for?",
  "Take regularly for a few days while needed; see GP/pharmacist if needing them for weeks.",
  [r"painkiller|paracetamol|ibuprofen|medicine|tablets|pain relief|medication", r"\bday|\bweek", r"regular|until|as long as|while|stop|short|more than|after"],
  "Take the painkillers regularly for a few days while it's bad. If you still need them after a couple of weeks, see your GP.")
R("meds", "I took two paracetamol about an hour ago and it still hurts, can I take another two now?",
  "No - wait at least 4 hours between paracetamol doses; max 4 doses in 24h.",
  [PARA, r"\b4\b|four hours|wait|not yet|too soon|gap|apart"],
  "Not yet - you need to leave at least 4 hours between paracetamol doses.")
R("meds", "Is aspirin any good for back pain, I've got some in the drawer?",
  "Aspirin is an NSAID; not for under-16s; can upset stomach; ibuprofen usually preferred; ask pharmacist.",
  [r"aspirin", r"16|sixteen|children|stomach|bleed|pharmac|\bGP\b|doctor|ibuprofen|paracetamol|anti.?inflammator"],
  "Aspirin can ease pain, but it can upset your stomach. Ibuprofen is usually a better choice - check with a pharmacist.")
R("meds", "Which is better for this, Tylenol or Advil?",
  "Advil (ibuprofen, anti-inflammatory) generally preferred for back pain if safe; Tylenol (acetaminophen/paracetamol) alone less effective.",
  [r"ibuprofen|advil|anti.?inflammator", r"paracetamol|tylenol|acetaminophen", r"better|more effective|works? (?:better|best)|prefer|first choice|stronger|anti.?inflammator|on (?:its|their) own|alone"],
  "Advil, which is ibuprofen, usually works better for back pain than Tylenol on its own, if it's safe for you.")
R("meds", "I had a Lemsip earlier for my cold, can I take paracetamol for my back on top of that?",
  "Many cold/flu remedies contain paracetamol - don't double up; count it in the daily total; check label/pharmacist.",
  [PARA, r"already|contain|double|check|label|too much|overdose|both|count|total"],
  "Be careful: Lemsip already contains paracetamol, so don't take extra paracetamol on top until the gap has passed.")
R("meds", "What's the most ibuprofen I'm allowed in one day?",
  "OTC max 1200mg a day (e.g. 400mg three times); follow label; higher only on prescription.",
  [r"ibuprofen", r"1200|1,200|twelve hundred|1\.2 ?g|400|three|\b3\b|label|packet|leaflet"],
  "From the shop, the most ibuprofen is 1200mg a day - usually 400mg three times a day.")
R("meds", "Would Aleve, naproxen, be stronger than ibuprofen for this?",
  "Naproxen is also an anti-inflammatory (NSAID); similar cautions; in UK mostly prescription; ask pharmacist/GP.",
  [r"naproxen|aleve", r"prescri|\bGP\b|doctor|pharmac|similar|anti.?inflammator|nsaid|same (?:family|type|group|kind)"],
  "Naproxen is another anti-inflammatory like ibuprofen with similar cautions. Ask a pharmacist or GP.")
R("meds", "How long does ibuprofen take to start working?",
  "Usually starts working within about 20-30 minutes (up to an hour).",
  [r"ibuprofen|advil|nurofen", r"\b(?:20|30|60)\b|twenty|thirty|half an? hour|an hour|hour|minutes"],
  "Ibuprofen usually starts working in about 20 to 30 minutes.")
R("meds", "Should I take a painkiller before bed so I can actually get some sleep?",
  "Yes, taking regular pain relief (within dose limits) including before bed can help sleep.",
  [r"painkiller|paracetamol|ibuprofen|pain relief|medicine|tablet", r"bed|night|sleep|evening|regular"],
  "Yes, taking your painkiller before bed can help you sleep - just keep within the daily dose.")
R("meds", "Is it better to take the painkillers regularly or only when the pain gets really bad?",
  "Take them regularly for the first few days to stay on top of pain and keep moving.",
  [r"painkill|paracetamol|ibuprofen|medicine|tablet|pain relief", r"regular|round the clock|schedule|on time|keep on top|stay on top|steady|before"],
  "It's better to take painkillers regularly for the first few days, so you stay on top of the pain.")

# ================================================================== MEDSAFE (30)
# --- pregnancy / breastfeeding (5)
R("medsafe", "I'm twenty weeks pregnant and my back's gone, can I take ibuprofen?",
  "Pregnancy: ibuprofen/NSAIDs not recommended (esp. from 20 weeks) unless a doctor advises; paracetamol usually first choice; check with midwife/GP.",
  [IBU, r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|unless", r"paracetamol|midwife|\bGP\b|doctor|pharmac|obstetric"],
  "Ibuprofen isn't recommended in pregnancy unless a doctor advises it. Paracetamol is usually the first choice - check with your midwife.")
R("medsafe", "Is paracetamol safe to take when you're pregnant? My back is killing me.",
  "Paracetamol is usually the first-choice painkiller in pregnancy; lowest dose for shortest time; ask midwife/GP.",
  [PARA, r"pregnan|baby|midwife", r"usually|generally|\bok\b|okay|safe|fine|\bcan\b|first choice|lowest|shortest"],
  "Paracetamol is usually the first choice in pregnancy. Take the lowest dose for the shortest time and talk to your midwife.")
R("medsafe", "I'm expecting - is it OK to rub ibuprofen gel on my back?",
  "Anti-inflammatory gels are generally not advised in pregnancy without advice; check with pharmacist/midwife.",
  [r"gel|cream|rub|topical", r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|check|pharmac|midwife|\bGP\b|doctor"],
  "It's best not to use ibuprofen gel while pregnant without checking with your midwife or pharmacist first.")
R("medsafe", "I'm breastfeeding my baby, which painkiller can I take for my back?",
  "Paracetamol and ibuprofen are generally OK while breastfeeding; check with pharmacist/GP/health visitor.",
  [PARA + r"|ibuprofen", r"breast|baby|feed|midwife|pharmac|\bGP\b|doctor|health visitor"],
  "Paracetamol and ibuprofen are usually fine while breastfeeding, but check with your pharmacist.")
R("medsafe", "I'm pregnant, could I take co-codamol because paracetamol isn't touching it?",
  "Codeine not recommended in pregnancy unless prescribed; speak to midwife/GP.",
  [r"codeine|co-?codamol", r"midwife|\bGP\b|doctor|pharmac|\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|only if|unless"],
  "Don't take co-codamol in pregnancy unless your doctor or midwife prescribes it. Speak to them.")
# --- asthma (5)
R("medsafe", "I've got asthma, am I alright to take ibuprofen?",
  "Ibuprofen can make asthma worse in some people; check with pharmacist/GP; paracetamol may be an alternative.",
  [r"ibuprofen|anti.?inflammator", r"asthma|wheez|breath", CHECK + r"|careful|some people|worse|avoid|\bnot\b|paracetamol"],
  "Ibuprofen can make asthma worse in some people. Check with a pharmacist first; paracetamol may be safer.")
R("medsafe", "I'm asthmatic, what's the safest painkiller for me to take?",
  "Paracetamol is usually suitable with asthma; NSAIDs may trigger asthma in some; ask pharmacist.",
  [PARA, r"asthma|safer|safest|instead|pharmac|first choice|suitable|better"],
  "Paracetamol is usually the safer choice with asthma. Ask a pharmacist about ibuprofen.")
R("medsafe", "I use a blue inhaler, is Advil OK for me?",
  "Asthma + ibuprofen (Advil): caution, can worsen asthma in some; check with pharmacist/doctor.",
  [r"ibuprofen|advil|anti.?inflammator", r"asthma|inhaler|wheez|breath", CHECK + r"|avoid|\bnot\b|careful"],
  "If you have asthma, Advil (ibuprofen) can make it worse for some people. Check with a pharmacist or doctor first.")
R("medsafe", "My asthma's pretty mild, I've never taken ibuprofen before, should I try it?",
  "With asthma, check with pharmacist/GP before first using ibuprofen; paracetamol alternative.",
  [r"ibuprofen|anti.?inflammator", r"asthma|wheez|breath", CHECK + r"|careful|avoid|paracetamol"],
  "With asthma, ask a pharmacist before trying ibuprofen for the first time, because it can trigger asthma in some people.")
R("medsafe", "Can someone with asthma take naproxen?",
  "Naproxen is an NSAID - same asthma caution as ibuprofen; check with GP/pharmacist.",
  [r"naproxen|anti.?inflammator|nsaid", r"asthma|wheez|breath", CHECK + r"|careful|avoid|\bnot\b"],
  "Naproxen is an anti-inflammatory like ibuprofen, so with asthma check with your GP or pharmacist first.")
# --- stomach ulcer (5)
R("medsafe", "I had a stomach ulcer a couple of years back, can I take ibuprofen?",
  "Don't take ibuprofen/NSAIDs if you have or have had a stomach ulcer; paracetamol alternative; ask GP/pharmacist.",
  [r"ibuprofen|anti.?inflammator", r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|never", r"ulcer|stomach|bleed"],
  "Don't take ibuprofen if you've had a stomach ulcer - it can cause bleeding. Paracetamol is safer; ask your pharmacist.")
R("medsafe", "I get really bad indigestion and heartburn, is ibuprofen going to be a problem?",
  "Ibuprofen can irritate the stomach; caution with indigestion; take with food; ask pharmacist; paracetamol alternative.",
  [r"ibuprofen|anti.?inflammator", r"stomach|ulcer|indigest|heartburn|reflux|bleed", NEG + r"|pharmac|\bGP\b|doctor|food|paracetamol"],
  "Ibuprofen can upset your stomach and make indigestion worse. Ask a pharmacist; paracetamol might be better.")
R("medsafe", "If I can't have ibuprofen because of my ulcer, what can I take instead?",
  "Paracetamol is usually suitable instead; ask pharmacist/GP.",
  [PARA, r"ulcer|stomach|instead|safer|pharmac|\bGP\b|doctor|suitable|alternative"],
  "Paracetamol is usually fine instead of ibuprofen if you've had an ulcer. Check with your pharmacist.")
R("medsafe", "I've got an ulcer, is aspirin alright for the back pain?",
  "No - aspirin (an NSAID) should be avoided with stomach ulcers.",
  [r"aspirin", r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|never|\bno\b"],
  "No, avoid aspirin if you have an ulcer - it can cause bleeding. Paracetamol is safer.")
R("medsafe", "With my history of stomach ulcers, would the ibuprofen gel be OK instead of tablets?",
  "Gels deliver less drug to the body but still check with pharmacist/GP if ulcer history.",
  [r"gel|cream|topical", r"pharmac|\bGP\b|doctor|less|small|check|usually|may|safer"],
  "The gel puts much less medicine into your body than tablets, but check with your pharmacist first given your ulcer.")
# --- kidney / heart / blood pressure (5)
R("medsafe", "I've got high blood pressure, can I take ibuprofen for my back?",
  "Ibuprofen can raise blood pressure; check with pharmacist/GP first.",
  [r"ibuprofen|anti.?inflammator", r"blood pressure|heart|kidney", CHECK + r"|careful|avoid|\bnot\b"],
  "Ibuprofen can raise blood pressure, so check with your pharmacist or GP before taking it.")
R("medsafe", "I have chronic kidney disease, is ibuprofen safe for me?",
  "NSAIDs can harm kidneys; usually avoid with kidney disease; ask GP/pharmacist.",
  [r"ibuprofen|anti.?inflammator", r"kidney|renal", CHECK + r"|careful|avoid|\bnot\b"],
  "Ibuprofen can harm the kidneys, so with kidney disease don't take it unless your doctor says it's OK.")
R("medsafe", "I had a heart attack last year, am I allowed Nurofen for this back?",
  "Ibuprofen (Nurofen) needs caution with heart disease; ask GP/pharmacist.",
  [r"ibuprofen|nurofen|anti.?inflammator", r"heart", CHECK + r"|careful|avoid|\bnot\b"],
  "With a history of heart problems, check with your GP or pharmacist before taking Nurofen.")
R("medsafe", "I'm on ramipril for my blood pressure, can I take ibuprofen with it?",
  "Ibuprofen can interact with blood pressure medicines (ACE inhibitors) and affect kidneys; check with pharmacist/GP.",
  [r"ibuprofen|anti.?inflammator", CHECK + r"|interact|careful|avoid|\bnot\b"],
  "Ibuprofen can interact with ramipril and other blood pressure medicines. Check with your pharmacist first.")
R("medsafe", "My kidneys aren't great, the doctor says - is paracetamol OK then?",
  "Paracetamol is usually suitable with kidney problems at normal doses, but check with GP/pharmacist.",
  [PARA, r"kidney|check|pharmac|\bGP\b|doctor|dose"],
  "Paracetamol is usually OK with kidney problems, but check the dose with your GP or pharmacist.")
# --- blood thinners (5)
R("medsafe", "I'm on warfarin, can I take ibuprofen for my back?",
  "Don't take ibuprofen with warfarin unless a doctor says so - bleeding risk.",
  [r"ibuprofen|anti.?inflammator", r"warfarin|blood thin|anticoag|bleed", NEG + r"|check"],
  "Don't take ibuprofen with warfarin unless your doctor says so - it raises the risk of bleeding.")
R("medsafe", "I take apixaban, is paracetamol alright with it?",
  "Paracetamol is usually the suitable painkiller with blood thinners (not NSAIDs); check with pharmacist.",
  [PARA, r"apixaban|blood thin|anticoag|check|pharmac|\bGP\b|doctor|bleed|avoid|instead|choice|safer|suitable"],
  "Paracetamol is usually fine with apixaban, but avoid ibuprofen. Check with your pharmacist.")
R("medsafe", "I already take a baby aspirin every day for my heart, can I add ibuprofen?",
  "Ibuprofen with low-dose aspirin: bleeding risk and may interfere with aspirin's effect; ask pharmacist/GP.",
  [r"ibuprofen|anti.?inflammator", r"aspirin", CHECK + r"|\bnot\b|avoid|bleed|interfer|careful"],
  "Check with your pharmacist or GP first - ibuprofen with daily aspirin increases the risk of bleeding.")
R("medsafe", "I'm on clopidogrel, would a couple of Advil be OK?",
  "Clopidogrel + ibuprofen increases bleeding risk; check with pharmacist/doctor; paracetamol usually safer.",
  [r"ibuprofen|advil|anti.?inflammator", r"bleed|blood thin|anticoag|clopidogrel|\bnot\b|avoid|check|pharmac"],
  "With clopidogrel, ibuprofen like Advil increases the risk of bleeding. Ask your pharmacist; paracetamol is usually safer.")
R("medsafe", "I'm on warfarin - is it OK to take paracetamol regularly for a few days?",
  "Paracetamol is the usual choice with warfarin but regular use can affect INR - tell the anticoagulant clinic/GP/pharmacist.",
  [PARA, r"warfarin|\bINR\b|blood|bleed|check|pharmac|\bGP\b|doctor|anticoag|clinic"],
  "Paracetamol is usually the choice with warfarin, but taking it regularly can affect your INR, so tell your GP or pharmacist.")
# --- alcohol with medicines (5)
R("medsafe", "Can I have a beer with my ibuprofen tonight?",
  "Alcohol with ibuprofen raises stomach irritation/bleeding risk; keep alcohol to a minimum or avoid.",
  [r"ibuprofen|anti.?inflammator", r"alcohol|beer|drink", r"stomach|bleed|avoid|limit|\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|small|careful|moderat|minimum"],
  "It's best to avoid alcohol with ibuprofen, or keep it small - together they can irritate your stomach.")
R("medsafe", "Is a glass of wine alright if I've taken paracetamol?",
  "A small amount of alcohol with normal paracetamol doses is usually OK; don't drink heavily; don't exceed dose.",
  [PARA, r"alcohol|wine|drink", r"small|usually|\bok\b|okay|limit|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|\bnot\b|avoid|careful|moderat|one glass"],
  "One small glass of wine with normal doses of paracetamol is usually OK, but don't drink heavily.")
R("medsafe", "I've got co-codamol, can I still have a couple of pints with the lads?",
  "Don't drink alcohol with codeine - extra drowsiness/breathing risk.",
  [r"codeine|co-?codamol", r"alcohol|drink|pint", r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|drows|sleepy|danger"],
  "No - don't drink alcohol with co-codamol. The codeine and alcohol together can make you very drowsy.")
R("medsafe", "The GP gave me diazepam for the spasm, is a whisky OK with it?",
  "Never drink alcohol with diazepam - dangerous sedation.",
  [r"diazepam|valium", r"alcohol|drink|whisk", r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|never|danger|drows"],
  "No - don't drink alcohol with diazepam. Together they can make you dangerously drowsy.")
R("medsafe", "I've had my ibuprofen - would a stiff drink help relax the muscle?",
  "Alcohol isn't a treatment and with ibuprofen raises stomach risk; avoid.",
  [r"alcohol|drink", r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|careful|stomach|bleed"],
  "No, alcohol won't fix the spasm, and with ibuprofen it can irritate your stomach. Best avoided.")

# ===================================================================== REST (9)
R("rest", "My mum always said bed rest for a bad back - should I just stay in bed until it's better?",
  "No - bed rest isn't advised; keep moving gently and stay as active as possible.",
  [MOVE, r"bed|\brest|lying|\blie\b", no(r"(?:stay|remain) in bed (?:for|until)")],
  "No, staying in bed can make it worse. Rest a little if you need to, but keep moving gently.")
R("rest", "Honestly, is it better to rest it completely or try to move about?",
  "Stay as active as possible; short rests OK; gentle movement helps recovery.",
  [MOVE, r"\brest|bed|lying|\blie\b|break"],
  "It's better to keep moving gently. Short rests are fine, but long rest slows recovery.")
R("rest", "Is walking around good for it or will it make the spasm worse?",
  "Gentle walking is good; short walks and build up.",
  [r"walk", r"good|help|gentle|short|\bok\b|okay|fine|\byes\b|build"],
  "Gentle walking is good for it. Start with short walks and build up.")
R("rest", "I've got the gym booked tomorrow - can I still do my leg day with the heavy squats?",
  "Avoid heavy lifting/strenuous exercise until it settles; gentle activity; build up gradually.",
  [r"gym|weight|lift|squat|exercis|heavy|train", r"not yet|avoid|wait|hold off|\beas(?:e|es|ed|ing)\b|gentle|gradual|build|until|light|skip|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b"],
  "I'd skip the heavy squats for now. Stay gently active and build back up gradually as it eases.")
R("rest", "Would swimming help or should I stay out of the pool for now?",
  "Swimming/water exercise can help once you can move comfortably; start gently.",
  [r"swim|water|pool", r"gentle|help|good|once|\beas(?:e|es|ed|ing)\b|gradual|when|\byes\b|may|\bcan\b"],
  "Swimming can help once you can move comfortably. Start gently.")
R("rest", "I sit at a desk all day - is sitting bad for it?",
  "Avoid sitting for long periods; take regular breaks to get up and move; supportive chair.",
  [r"\bsit|chair|desk", r"break|get up|move|change|every|\bstand|walk|posture|support"],
  "Try not to sit for too long - get up and move about every 30 minutes or so.")
R("rest", "Should I just lie flat on the floor all day until it goes away?",
  "No - rest briefly if needed but keep moving gently; lying for long makes it stiffer.",
  [MOVE, r"\blie\b|lying|floor|\brest|stiff"],
  "No - lying still all day can make you stiffer. Rest when you need to, but keep moving gently.")
R("rest", "Um, if I move about, could I damage my back even more?",
  "Moving won't usually cause damage; gentle activity helps recovery; pain doesn't mean harm.",
  [MOVE, r"won.?t (?:harm|damage|hurt|make)|unlikely|\bsafe|not (?:harm|damage|cause|dangerous)|doesn.?t (?:mean|cause)|help|harm|damage"],
  "Gentle moving is very unlikely to harm your back - it actually helps it recover.")
R("rest", "I'm supposed to go for a run tomorrow, I'm training for a half marathon - is that stupid?",
  "Hold off running until the spasm settles; keep gently active (walking); build back gradually.",
  [r"\brun|jog|training|exercis|sport", r"wait|not yet|hold off|gradual|gentle|build|walk|until|\beas(?:e|es|ed|ing)\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid"],
  "I'd hold off running until it settles. Walk gently for now and build back up gradually.")

# ================================================================== STRETCH (12)
R("stretch", "How do I do the knee to chest stretch?",
  "Lie on your back, knees bent, gently pull one (or both) knee(s) towards your chest, hold, release.",
  [r"knee", r"chest", r"\blie\b|lying|\bback\b|pull|hug|hold|bring"],
  "Lie on your back, gently bring one knee towards your chest, hold it, then lower it back down.")
R("stretch", "Can you talk me through child's pose?",
  "Kneel, sit back towards heels, stretch arms forward, forehead down; gentle; hold and breathe.",
  [r"child", r"knee|kneel|hands|arms|sit back|heels|forehead|floor|forward"],
  "For child's pose, kneel, sit back towards your heels and stretch your arms forward along the floor.")
R("stretch", "What's the cat cow thing people keep going on about?",
  "On hands and knees; gently arch back up (cat) then let it dip (cow); slow.",
  [r"\bcat|\bcow", r"hands and knees|all fours|arch|round|knee|dip|curl"],
  "Cat-cow: on your hands and knees, gently round your back up like a cat, then let it dip down. Go slowly.")
R("stretch", "How do you do a pelvic tilt?",
  "Lie on back, knees bent, feet flat; flatten lower back into floor by tightening tummy; hold; relax.",
  [r"pelvi|tilt", r"flat|press|floor|tummy|stomach|abdom|knees bent|lower back|bend your knees|tighten"],
  "For a pelvic tilt, lie on your back with knees bent, tighten your tummy and press your lower back flat into the floor, hold, then relax.")
R("stretch", "My physio friend mentioned a bridge exercise, how do I do that one?",
  "Lie on back, knees bent, feet flat; lift hips/bottom off floor; hold; lower slowly.",
  [r"bridge|hips|glute|lift your (?:bottom|bum|pelvis)", r"lift|raise|knees bent|feet flat|squeeze|lower"],
  "For the bridge, lie on your back, knees bent and feet flat, then slowly lift your bottom off the floor and lower it again.")
R("stretch", "When should I start stretching - straight away or wait till it calms down?",
  "Start gentle stretches/exercises as soon as you can, within comfort; as spasm eases.",
  [r"stretch|exercis", r"as soon|straight away|right away|once|when|early|now|start|first day|wait|settle|\beas(?:e|es|ed|ing)\b|soon"],
  "Start gentle stretches as soon as you can manage them, staying within what's comfortable.")
R("stretch", "If a stretch really hurts, should I push through it?",
  "No - don't push through pain; stretch only to mild tension; stop if sharp pain.",
  [r"stretch|exercis", r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|stop|\bease off|back off|never|avoid"],
  "No, don't push through pain. Stretch gently to mild tension only and stop if it gets sharp.")
R("stretch", "How long should I hold each stretch for?",
  "Hold gently for around 10-30 seconds (or a few slow breaths), repeat a few times.",
  [r"hold|stay|stretch", r"(?:\d+|five|ten|fifteen|twenty|thirty|few)[\s\S]{0,20}?(?:second|breath)"],
  "Hold each stretch for about 20 to 30 seconds, breathing slowly.")
R("stretch", "How many times a day should I be doing my back stretches?",
  "Little and often, e.g. 2-3 times a day, a few repetitions.",
  [r"stretch|exercis", r"\d|once|twice|three|few|several|couple|every|daily|a day|often"],
  "Do your stretches little and often - 2 or 3 times a day is fine.")
R("stretch", "Should I try touching my toes to loosen it up?",
  "Avoid forcing forward bends while in spasm; gentle movements only; stop if painful.",
  [r"\btoe|bend|forward|fold", r"gentle|slow|\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|careful|stop|pain|hurt|\beas(?:e|es|ed|ing)\b"],
  "I wouldn't force a toe touch right now. Try gentler stretches, and stop if it hurts.")
R("stretch", "I'm stuck lying on my back on the floor - is there a stretch I can do from right here?",
  "Gentle lying stretches: knee to chest, pelvic tilt, knee rolls side to side.",
  [r"knee|pelvi|tilt|bridge|\broll|rotat|twist", r"bring|pull|hug|rock|\broll|tilt|side to side|towards|press|lift"],
  "From there, try gently bringing one knee towards your chest, or slowly rolling both knees side to side.")
R("stretch", "Is the cobra one, where you lie on your front and push your chest up, OK to do right now?",
  "Can be done gently (e.g. propped on elbows) if comfortable; don't force; stop if it hurts.",
  [r"cobra|press.?up|front|stomach|tummy|prone|push", r"gentle|slow|careful|\bif\b|comfort|stop|pain|elbow|partway|little"],
  "The cobra is OK only if it feels comfortable - start gently on your elbows, and stop if it hurts.")

# ==================================================================== GETUP (8)
R("getup", "How do I get up off the floor? I've been down here ages.",
  "Roll onto your side, push up onto hands and knees, then use a chair/furniture to stand, one leg at a time.",
  [r"\broll|\bside", r"knee|hands|push|all fours|kneel|\barm"],
  "Roll onto your side, push up onto your hands and knees, then use a sturdy chair to help you stand.")
R("getup", "What's the least painful way to get out of bed in the morning?",
  "Roll onto side, swing legs over edge while pushing up with arms.",
  [r"\broll|\bside", r"legs|feet|\barm|push|edge|swing|hand"],
  "Roll onto your side, let your legs go over the edge, and push yourself up with your arms.")
R("getup", "How do I stand up from the sofa without it catching me?",
  "Shuffle to edge, feet under you, hands on thighs/arms of chair, push up keeping back straight.",
  [r"edge|scoot|shuffle|armrest|arms of|hands on|push (?:up|yourself|through)|feet (?:under|back|flat)|front of"],
  "Shuffle to the edge of the sofa, feet under you, and push up with your hands on the armrest.")
R("getup", "Turning over in bed is agony, how do I roll over?",
  "Bend knees, keep knees together and roll as one unit (log roll); use arms.",
  [r"knee|log.?roll|together|bend|whole|in one|pillow|bent|one piece|one unit", r"\broll|\bturn"],
  "Bend your knees, keep them together and roll your whole body over in one go.")
R("getup", "My husband wants to just haul me up by my arms, is that a good idea?",
  "Better not to be pulled; get onto side/hands and knees yourself and use helper for steadying.",
  [r"pull|haul|yank|lift|\barm", r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|instead|better|slow|your own|steady|\broll|\bside"],
  "Better not to be pulled up by your arms. Roll onto your side and get onto hands and knees, and let him just steady you.")
R("getup", "I'm on the floor and want to get onto the sofa, it's about a metre away - what do I do?",
  "Roll to side, get on hands and knees, crawl over, use sofa to push up.",
  [r"\broll|crawl|all fours|hands and knees|shuffle|scoot|kneel", r"sofa|couch|settee|push|furniture|climb|pull yourself"],
  "Roll onto your side, get onto your hands and knees, crawl to the sofa and use it to push yourself up.")
R("getup", "Should I get up really slowly or just do it quickly and get it over with?",
  "Slowly and in stages; breathe; use support.",
  [r"slow|gentl|take your time|time|careful|pause|stages|step by step", r"\broll|\bside|knee|hand|support|stage|step|push|all fours"],
  "Go slowly and in stages - roll to your side first, and breathe out as you push up.")
R("getup", "How do I get off a low chair in the kitchen when my back's in spasm?",
  "Move to front edge, feet under, hands on table/chair arms, push up.",
  [r"edge|scoot|shuffle|armrest|arms of|hands on|push (?:up|yourself|through)|feet (?:under|back|flat)|front of|\btable"],
  "Shuffle to the front edge of the chair, put your feet under you and push up with your hands on the table.")

# =================================================================== TOILET (6)
R("toilet", "How do I sit down on the loo without it killing me?",
  "Lower slowly using hands on thighs/rail/sink; keep back upright; bend knees.",
  [r"toilet|\bloo\b|seat|\bsit", r"hands|arms|support|slow|lower|grab|rail|sink|thigh|lean|bend|knee"],
  "Lower yourself slowly onto the toilet, with your hands on your thighs or a rail for support.")
R("toilet", "I can hardly bend or twist to wipe myself, any tips?",
  "Stand up to wipe, use moist wipes, toilet aid, avoid twisting, wipe from front/side.",
  [r"wipe|toilet|\bloo\b|bathroom", r"\bstand|\baid|twist|bend|wet|moist|reach|\bside|gentle|tong|slow|front"],
  "Try standing up to wipe, or reaching from the front to avoid twisting. Moist wipes can help.")
R("toilet", "I've been on co-codamol and I'm bunged up, straining on the toilet really hurts my back.",
  "Codeine causes constipation: drink fluids, fibre, gentle movement; ask pharmacist about laxative; stop codeine if possible.",
  [r"constipat|strain|bunged|fibre|fiber|laxative", r"codeine|co-?codamol|fibre|fiber|water|fluid|laxative|pharmacist|drink"],
  "Codeine often causes constipation. Drink plenty of water, eat fibre, and ask the pharmacist about a gentle laxative.")
R("toilet", "Every step hurts right now - how do I get myself to the bathroom?",
  "Move slowly, small steps, hold furniture/walls, get help; crawl if needed.",
  [r"bathroom|toilet|\bloo\b|walk|get there|steps?\b", r"wall|furniture|hold on|small steps|crawl|someone|stick|lean|frame|support|slowly|take your time"],
  "Go slowly, in small steps, holding onto furniture or the wall, or ask someone to help you.")
R("toilet", "Would putting a little step stool under my feet on the toilet help?",
  "Yes, a footstool can make sitting/going easier and reduce straining.",
  [r"stool|step|feet|footstool", r"help|\bcan\b|\byes\b|may|raise|comfort|easier|strain"],
  "Yes, a small stool under your feet can make it easier and reduce straining.")
R("toilet", "What's the best way to stand back up off the toilet?",
  "Shuffle forward, feet under, hands on thighs/rail/sink, push up keeping back straight.",
  [r"hands|push|thigh|rail|sink|edge|forward|lean|arms|grab", r"\bstand|push|\bup\b"],
  "Shuffle forward, put your hands on your thighs or a rail, and push yourself up to stand.")

# ================================================================ WORKDRIVE (8)
R("workdrive", "Am I OK to drive to the shops with my back like this?",
  "Only drive if you can move freely, turn, and do an emergency stop; not if drowsy from meds.",
  [r"driv|\bcar\b|wheel", r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|until|wait|safe|emergency stop|brake|\bturn|twist|comfort|control|drows"],
  "Only drive if you can turn your head and body and do an emergency stop safely. If not, don't drive yet.")
R("workdrive", "The codeine's making me a bit sleepy - can I still drive?",
  "No - don't drive if medicine makes you drowsy (also illegal if impaired).",
  [r"driv", r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|illegal|\blaw\b|unsafe|never"],
  "No, don't drive if the codeine makes you sleepy - it's unsafe and illegal if it affects your driving.")
R("workdrive", "How will I know when I'm safe to drive again?",
  "When you can sit comfortably, turn to look over shoulder, and do an emergency stop without pain stopping you.",
  [r"driv|\bcar\b|wheel|emergency stop|brake|pedal", r"emergency stop|brake|\bturn|look over|shoulder|twist|control|pedal|comfortabl"],
  "When you can sit comfortably, turn to look over your shoulder and do an emergency stop without pain.")
R("workdrive", "Should I take the week off work or go in?",
  "Returning to work early (with adjustments) helps recovery; you don't need to be pain-free.",
  [r"work", r"(?:back|return|go) (?:to|in)|early|soon|as soon|possible|light|adjust|duty|active|gradual|days|don.?t (?:have|need) to"],
  "Going back to work as soon as you can, maybe with lighter duties, usually helps you recover faster.")
R("workdrive", "Do I need a sick note from the doctor if I'm off for a few days?",
  "UK: you can self-certify for the first 7 days; fit note from GP needed after that.",
  [r"\b7\b|seven|week", r"self.?cert|fit note|sick note|\bnote\b|certif"],
  "For up to 7 days you can self-certify - you only need a fit note from your GP after that.")
R("workdrive", "I've been off over a week now, what do I need for my employer?",
  "After 7 days you need a fit note (GP/other healthcare professional).",
  [r"fit note|sick note|\bnote\b|certif|statement of fitness"],
  "After 7 days off you'll need a fit note from your GP or another healthcare professional.")
R("workdrive", "When I go back, how do I manage at my desk all day with this back?",
  "Take regular breaks, stand/move, adjust chair/screen, supportive chair.",
  [r"desk|chair|screen|work|\bsit", r"break|\bstand|move|get up|adjust|walk|support"],
  "Take regular breaks to stand and move, and set your chair and screen so you're well supported.")
R("workdrive", "I'm a builder and do a lot of heavy lifting, when can I go back?",
  "Return when you can; ask about lighter duties; build up lifting gradually; lift with good technique.",
  [r"lift|heavy|manual", r"light(?:er)? (?:duties|work|tasks|jobs)|duties|adjust|manager|employer|gradual|boss|build (?:back )?up|phased"],
  "Ask about lighter duties at first and build back up to heavy lifting gradually.")

# ====================================================================== SEX (5)
R("sex", "Is it alright to have sex with my back in spasm?",
  "Yes, if comfortable; choose comfortable positions; stop if painful.",
  [r"\bsex|intima|partner|spoon|making love", r"comfort|position|gentle|pain|stop|\bok\b|okay|fine|when|\bcan\b|yes"],
  "Yes, sex is fine if it feels comfortable. Pick an easy position and stop if it hurts.")
R("sex", "Which sex positions are easiest on a bad back?",
  "Lying on side (spooning) or on your back with support; let partner do more of the moving.",
  [r"\bsex|intima|partner|spoon|making love", r"\bside|spoon|on your back|pillow|lying|\blie\b"],
  "Lying on your sides, spooning, or on your back with a pillow under you are often the easiest positions.")
R("sex", "Will having sex make my back worse?",
  "Unlikely to cause harm; go gently; stop if it hurts.",
  [r"\bsex|intima|intercourse|partner|making love", r"\bnot\b|won.?t|unlikely|harm|damage|\bok\b|okay|gentle|stop|fine"],
  "Sex is unlikely to harm your back. Go gently and stop if it hurts.")
R("sex", "This is a bit embarrassing, but how soon can we, you know, be intimate again?",
  "Whenever it feels comfortable; no fixed time; gentle, comfortable positions.",
  [r"\bsex|intima|partner|spoon|making love|position", r"comfort|whenever|when you|ready|gentle|no (?:set|fixed)|feel"],
  "Whenever it feels comfortable - there's no set time. Choose gentle, comfortable positions.")
R("sex", "My partner's scared of hurting me in bed, what should we do?",
  "Talk/communicate; let the person with back pain control movement; comfortable positions; stop if pain.",
  [r"\bsex|intima|partner|spoon|making love|each other|together", r"talk|tell|communicat|gentle|slow|stop|control|lead|comfort|position"],
  "Talk to each other, let yourself control the pace, and choose a comfortable position. Stop if it hurts.")

# ===================================================================== DISC (6)
R("disc", "It went with a sort of click when I bent over - have I slipped a disc?",
  "Assistant can't diagnose; most sudden back pain is muscular; see GP/physio if concerned.",
  [r"\bdis[ck](?:s|al)?\b", r"can.?t|cannot|not able|unable|not possible|no way|only a", PRO],
  "I can't tell you if it's a slipped disc - a GP or physio can examine you. Most back pain like this is muscular.")
R("disc", "What's sciatica, and is it the same as a back spasm?",
  "Sciatica is irritation of the sciatic nerve causing pain down the buttock/leg; differs from a muscle spasm.",
  [r"sciatic", r"nerve|leg|buttock|\bbum\b|bottom|thigh"],
  "Sciatica is when the sciatic nerve is irritated, causing pain down the buttock and leg. A spasm is the muscle tightening.")
R("disc", "Should I ask for an MRI scan to see what's going on?",
  "Scans are rarely needed for back pain; GP decides if red flags or not improving.",
  [r"scan|MRI|x.?ray", r"\bnot\b|rarely|usually|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|seldom|only", no(r"you (?:should|need to|will need to|ought to) (?:ask for|get|have|request) an? (?:MRI|scan|x.?ray)")],
  "Scans are rarely needed for back pain like this. Your GP would only arrange one if there was a specific reason.")
R("disc", "How can I tell if it's a herniated disc or just a pulled muscle?",
  "Can't tell remotely; only a clinician can assess; most cases are muscular and improve.",
  [r"\bdis[ck](?:s|al)?\b|muscle", r"can.?t|cannot|not able|unable|not possible|no way|only a", PRO],
  "I can't tell which it is - only a GP or physio who examines you can. Most cases are muscle strain and get better.")
R("disc", "If it is a bulging disc, will it ever heal by itself?",
  "Most disc-related back pain/sciatica improves on its own over weeks to months; see GP if not.",
  [r"\bdis[ck](?:s|al)?\b", r"better|improve|heal|settle|weeks|months"],
  "Yes, most disc problems get better on their own within weeks to a few months.")
R("disc", "Should I see a chiropractor or a physio or my GP about my back?",
  "GP or physiotherapist (can often self-refer to NHS physio) if not improving; no need for scans.",
  [r"physio|chiropract|osteopath", r"refer|book|improv|better|weeks|\bif\b|help"],
  "If it's not improving after a few weeks, see your GP or a physio - in many areas you can refer yourself to physio.")

# ===================================================================== FEAR (7)
for q in [
    "I'm really scared, the pain is unbelievable - is something seriously wrong with me?",
    "I'm panicking, I can't calm down, can you help me?",
    "Am I going to be stuck like this forever?",
    "I'm home on my own and lying on the floor and I'm terrified, what do I do?",
    "I can't stop crying, it hurts so much and I'm frightened.",
    "Is this going to leave me with permanent damage?",
    "Will I end up in a wheelchair from this?",
]:
    R("fear", q,
      "Reassure: back spasms are common, very painful but rarely serious, and ease; offer slow breathing.",
      [BREATH, REASSURE],
      "Back spasms are really common and, although very painful, they usually ease. Let's do some slow breathing together.")

# =================================================================== CAUSES (8)
R("causes", "I only bent down to pick up a sock - how can that do this to me?",
  "Spasm often follows an ordinary movement; the muscle tightens to protect; not a sign of serious damage.",
  [r"muscle|strain|protect|guard|tight|bend|sock", r"common|often|small|simple|ordinary|everyday|no (?:obvious|clear|particular)|not (?:your fault|serious)|happens"],
  "It's really common for a spasm to start with a small, ordinary movement - the muscle tightens to protect your back.")
R("causes", "Can stress actually cause back spasms?",
  "Yes, stress/anxiety can increase muscle tension and contribute.",
  [r"stress|anxi|tension|\btens", r"\bcan\b|\byes\b|may|contribut|worse|trigger"],
  "Yes, stress can make muscles tense and can contribute to spasms.")
R("causes", "Was it lifting my kid's suitcase into the car that caused it?",
  "Lifting/twisting with a heavy load is a common trigger; strain.",
  [r"lift|heavy|strain|twist", r"can|common|may|could|often|possible|likely"],
  "It could well be - lifting something heavy, especially with a twist, is a common trigger.")
R("causes", "Is it because I sit slumped at my laptop all day?",
  "Long sitting/poor posture can contribute; take breaks and move.",
  [r"\bsit|desk|posture|laptop|slump", r"\bcan\b|may|contribut|stiff|long|break|slump"],
  "Sitting for long periods can contribute. Regular breaks and changing position help.")
R("causes", "Could being dehydrated give you a back spasm?",
  "Dehydration is sometimes mentioned as a contributor to cramps/spasms; drink enough water.",
  [r"water|hydrat|drink|fluid"],
  "It may play a part for some people, so it's sensible to drink enough water.")
R("causes", "Why does the muscle lock up so tight like this?",
  "Protective reflex: muscle contracts/guards after strain; reduces blood flow and causes pain.",
  [r"protect|guard|tighten|contract|clench|reflex|strain|lock"],
  "The muscle tightens as a protective reflex after a strain, to guard your back.")
R("causes", "Could I have done it in my sleep, I woke up like this?",
  "Yes, can follow sleeping awkwardly/lying still long then sudden movement.",
  [r"sleep|mattress|night|awkward|woke|\bbed\b", r"\bcan\b|\byes\b|may|could|possible|often|happen|common"],
  "Yes, it can happen after sleeping in an awkward position and then moving suddenly in the morning.")
R("causes", "Does this mean I'm just really unfit or weak?",
  "Not necessarily - back spasms happen to anyone, including fit people; staying active helps prevent.",
  [r"anyone|common|\bfit|strong|exercis|active|athlet", r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|anyone|even"],
  "Not at all - back spasms can happen to anyone, even very fit people. Staying active helps prevent them.")

# ================================================================= DURATION (7)
R("duration", "Honestly, how long is this going to last? I've got stuff to do.",
  "Spasms usually ease within days; most back pain improves within a few weeks.",
  [DAYS, QTY, r"last|usually|most|\beas(?:e|es|ed|ing)\b|better|improv|settle|\bgo(?:ne|es)?\b|recover"],
  "Spasms usually ease within a few days, and most back pain improves within a few weeks.")
R("duration", "When will I be able to walk normally again?",
  "Usually within days to a couple of weeks; keep moving to speed recovery.",
  [DAYS, QTY + r"|soon", r"walk|mov|normal|get about|on your feet"],
  "Most people are walking more normally within a few days to a couple of weeks.")
R("duration", "It's day three and it still hurts loads - shouldn't it be better by now?",
  "Normal for it to take a while; improvement over days to weeks; see GP if not improving after a few weeks.",
  [DAYS, r"normal|common|still|can take|improv|usual|takes"],
  "It's normal for it to still hurt on day three. It usually improves over the next days and weeks.")
R("duration", "Once it goes, will it keep coming back?",
  "It can recur; staying active/exercise and strengthening reduce the chance.",
  [r"come back|recur|return|again|happen", r"\bcan\b|may|some|active|exercis|strong|prevent|reduce|chance"],
  "It can come back for some people, but staying active and exercising regularly reduces the chance.")
R("duration", "How long until the worst of it is over?",
  "Worst usually in the first day or two (48-72h), then eases.",
  [DAYS + r"|48|72|hour", QTY + r"|first", r"worst|first|peak|\beas(?:e|es|ed|ing)\b|settle|improv|better|calm"],
  "The worst is usually in the first day or two, then it starts to ease.")
R("duration", "At what point should I start worrying that it's taking too long?",
  "If not improving after a few weeks (or getting worse), see GP.",
  [r"week", PRO],
  "If it isn't improving after a few weeks, or it's getting worse, see your GP.")
R("duration", "My daughter's wedding is in ten days, will I be OK by then?",
  "Many people improve a lot within a week or two; keep moving; can't promise.",
  [DAYS, r"likely|many|most|usually|often|hope|improv|better|\beas(?:e|es|ed|ing)\b|good chance"],
  "Many people improve a lot within a week or two, so there's a good chance you'll be much better.")

# ================================================================== MASSAGE (5)
R("massage", "Should I get my partner to massage my back?",
  "Gentle massage can help relax the muscle; keep it gentle; stop if it hurts.",
  [r"massage|rub", r"gentle|light|soft|stop|pain|help|\bok\b|okay|\bcan\b"],
  "A gentle massage can help the muscle relax. Keep it light and stop if it hurts.")
R("massage", "Can I lie on a foam roller or a tennis ball to work the knot out?",
  "Only gently; not directly on the spine; stop if it increases pain.",
  [r"roller|ball|massage|knot", r"gentle|careful|\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|spine|light|stop"],
  "Gently, yes - use the foam roller lightly, avoid rolling directly on your spine and stop if it makes the pain worse.")
R("massage", "Is it worth booking a sports massage or a physio for this?",
  "Massage/manual therapy can help some people short term; physio if not improving.",
  [r"massage|therapist|physio", r"help|may|\bcan\b|some|short|once|\beas(?:e|es|ed|ing)\b|settle|worth"],
  "A massage may help some people, especially once the worst has eased. A physio can help if it's not improving.")
R("massage", "My mate's got one of those massage guns, would that help?",
  "Use gently on muscle, low setting, short time; avoid spine/bone; stop if painful.",
  [r"\bgun|percuss|theragun|device|massage", r"gentle|\blow|careful|\bnot\b|avoid|spine|bone|short|light|stop"],
  "A massage gun might help if used gently on a low setting on the muscle - avoid the spine and stop if it hurts.")
R("massage", "I read you should pinch the spasm really hard for a few minutes - should I?",
  "Gentle pressure may help, but don't press/pinch so hard it hurts or bruises.",
  [r"pinch|press|knot|pressure|squeeze|massage", r"gentle|not too hard|\beas(?:e|es|ed|ing)\b|stop|firm|bruise|hurt|\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b"],
  "Gentle pressure may help, but don't pinch so hard that it hurts - keep it gentle.")

# ==================================================================== SLEEP (7)
R("sleep", "Um, what's the best position to sleep in tonight, with my back like this?",
  "On your side with a pillow between your knees, or on your back with a pillow under your knees.",
  [r"pillow|cushion", r"knee"],
  "Try lying on your side with a pillow between your knees, or on your back with a pillow under your knees.")
R("sleep", "I'm a side sleeper, what can I do to make it less painful at night?",
  "Pillow between your knees; knees slightly bent.",
  [r"pillow|cushion", r"between|knee|legs"],
  "Put a pillow between your knees and keep them slightly bent.")
R("sleep", "I can only really sleep on my back, how do I make that comfier?",
  "Pillow(s) under knees; small rolled towel in small of back optional.",
  [r"pillow|cushion|towel", r"under|knee"],
  "Put a pillow under your knees, and maybe a small rolled towel under the small of your back.")
R("sleep", "I always sleep on my front, is that bad for it?",
  "Front sleeping can strain; if needed, put a pillow under your tummy/hips; side or back often easier.",
  [r"front|tummy|face.?down|prone|on your stomach|stomach sleep", r"pillow|hip|belly|tummy|avoid|\bside|\bback\b|pelvis|strain|twist"],
  "Sleeping on your front can strain your back. If you do, put a pillow under your tummy - or try your side.")
R("sleep", "My mattress is really soft, should I sleep on the floor instead?",
  "No need to sleep on the floor; use whatever supports you comfortably; medium-firm often good.",
  [r"mattress|floor|firm|soft|board", r"comfort|support|whatever|medium|\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|\bcan\b"],
  "You don't need to sleep on the floor. Use whatever mattress is comfortable and supportive for you.")
R("sleep", "Every time I turn over in bed it wakes me up, what can I do to sleep better?",
  "Pain relief before bed, supportive pillows, turning with knees bent, heat, relaxation/breathing.",
  [r"pillow|knee|\broll|\bturn|position|log.?roll"],
  "Take your painkiller before bed, support yourself with pillows, and bend your knees when you roll over.")
R("sleep", "Why am I so stiff first thing in the morning, and what helps?",
  "Stiffness after lying still is common; move gently, stretch, warm shower/heat.",
  [r"morning|stiff|overnight|night", r"mov|gentle|stretch|warm|shower|heat|slowly|\beas(?:e|es|ed|ing)\b"],
  "Lying still overnight makes you stiff. Move gently, try a warm shower, and do some light stretches.")

# =================================================================== DOCTOR (7)
R("doctor", "What signs would mean I need to call 999?",
  "999/A&E: numbness around bottom/genitals, loss of bladder/bowel control, weakness/numbness in both legs, chest pain, fever with back pain, after a serious fall/accident.",
  [EMERG, SIGNS],
  "Call 999 or go to A&E if you get numbness around your bottom or genitals, can't control your bladder or bowels, or both legs go weak.")
R("doctor", "How do I know if I should go to A&E rather than just waiting for the GP?",
  "A&E for red flags (saddle numbness, bladder/bowel loss, leg weakness); GP for pain not improving.",
  [EMERG, SIGNS],
  "Go to A&E if you lose bladder or bowel control, get numbness around your bottom, or weakness in both legs. Otherwise see your GP.")
R("doctor", "In the US, when should someone with back pain go to the ER?",
  "ER if loss of bladder/bowel control, numbness in groin, leg weakness, fever, after trauma.",
  [EMERG + r"|emergency room", SIGNS],
  "Go to the emergency room for things like losing bladder or bowel control, numbness in the groin, leg weakness, or a fever.")
R("doctor", "When should I book an appointment with my GP about my back?",
  "See GP if not improving after a few weeks, pain stops daily activities, very severe/worsening, or worried.",
  [r"\bGP\b|doctor", r"few weeks|weeks|not (?:getting )?better|not improv|worse|cope|stop.*(?:work|daily|normal|activit)|affect|worried"],
  "See your GP if it isn't getting better after a few weeks, is getting worse, or stops you doing daily things.")
R("doctor", "Would it be worth ringing 111 about my back?",
  "NHS 111 for advice if worried, pain severe/not easing with painkillers, or can't get GP; 999 for emergencies.",
  [r"\b111\b", r"\bif\b|when|urgent|advice|can.?t|worr|unsure|not sure|\bGP\b|help"],
  "You can call 111 if you're worried, the pain isn't easing with painkillers, or you can't reach your GP.")
R("doctor", "I don't want to waste the doctor's time - which symptoms would make it urgent?",
  "Urgent: bladder/bowel control loss, saddle numbness, leg weakness/numbness, fever, chest pain, trauma.",
  [SIGNS, r"urgent|emergenc|\b999\b|A ?(?:&|and) ?E\b|straight away|immediately|same day|right away|\b111\b"],
  "It's urgent if you get numbness around your bottom, lose bladder or bowel control, or get weakness in your legs - call 999 or go to A&E.")
R("doctor", "Do I need my GP to refer me to a physio, or can I just go?",
  "In many areas you can self-refer to NHS physiotherapy; or see GP; or private physio.",
  [r"physio", r"refer|self.?refer|directly|\bGP\b|book|private"],
  "In many areas you can refer yourself to NHS physio without seeing your GP, or book privately.")

# ===================================================================== FOOD (6)
R("food", "Should I be eating bananas for the potassium or taking magnesium for this?",
  "Balanced diet with potassium/magnesium/calcium; supplements not proven; check with pharmacist.",
  [r"magnesium|potassium|banana|supplement|diet|calcium", r"balanced|normal|unlikely|\bnot\b|evidence|may|\bcan\b|won.?t|usual|healthy|pharmac"],
  "A balanced diet with foods like bananas is good, but there's little evidence magnesium supplements fix a spasm.")
R("food", "Er, should I be drinking more water or does that not make any difference?",
  "Stay well hydrated; dehydration may contribute to cramps.",
  [r"water|drink|fluid|hydrat"],
  "Yes, keep drinking plenty of water - staying hydrated may help muscles.")
R("food", "I don't feel like eating, but I've got to take ibuprofen - what should I do?",
  "Take ibuprofen with a small snack/milk to protect stomach.",
  [r"\beat|food|meal|snack|milk|biscuit", r"ibuprofen|medicine|painkiller|stomach|small|light"],
  "Have a small snack or a glass of milk with your ibuprofen to protect your stomach.")
R("food", "Will turmeric or an anti-inflammatory diet help my back?",
  "Little evidence for quick relief; balanced diet fine; turmeric supplements can interact with blood thinners - check.",
  [r"turmeric|supplement|diet|food", r"evidence|\bnot\b|unlikely|may|won.?t|balanced|check|pharmac|interact|warfarin|healthy"],
  "There's not much evidence turmeric helps a spasm quickly. A balanced diet is fine; check supplements with a pharmacist.")
R("food", "Is coffee OK or should I lay off the caffeine?",
  "Normal amounts fine; also drink water.",
  [r"coffee|caffeine|\btea\b", r"\bok\b|okay|fine|usual|normal|moderat|water|\bcan\b"],
  "Normal amounts of coffee are fine - just make sure you drink water too.")
R("food", "My nan says tonic water with quinine helps cramps, should I drink some?",
  "Quinine isn't recommended for cramps; not for back spasm.",
  [r"quinine|tonic", r"\bnot\b|n[\'’]t\b|\b(?:dont|cant|wont|shouldnt|isnt)\b|avoid|\bno\b|evidence|recommend|unlikely"],
  "Tonic water isn't likely to help - quinine isn't recommended for cramps any more.")

# ====================================================================== OOS (10)
OOS = [
    ("What's the weather going to be like tomorrow?", r"sunny|raining|\d+ ?degrees|celsius|fahrenheit"),
    ("Tell me a joke to cheer me up.", r"knock knock|walks into a bar|why did the"),
    ("Who won the football last night?", r"\bwon\b \d|\d ?- ?\d|nil"),
    ("What's the capital of Australia?", r"canberra|sydney"),
    ("How do I make a lasagne?", r"b.chamel|mince|pasta sheets|oven"),
    ("Where can I buy a cheap telly?", r"argos|currys|amazon|best buy"),
    ("Um, what's seventeen times twenty-three?", r"391|three hundred (?:and )?ninety"),
    ("How do you say thank you in French?", r"merci"),
    ("Can you play some relaxing music for me?", r"now playing|playing \w+"),
    ("Who's the president of the United States at the moment?", r"biden|trump|president is"),
]
for q, leak in OOS:
    R("oos", q,
      "Out of scope: politely say it can only help with back spasm care; give no answer to the question and no specific back-care advice.",
      [OOS_LIMIT, OOS_BACK, OOS_NOADVICE, no(leak)],
      "Sorry, I can only help with your back spasm.")

# ================================================================== CHECKS
EXPECTED = OrderedDict([
    ("ice", 12), ("heat", 10), ("meds", 18), ("medsafe", 30), ("rest", 9), ("stretch", 12),
    ("getup", 8), ("toilet", 6), ("workdrive", 8), ("sex", 5), ("disc", 6), ("fear", 7),
    ("causes", 8), ("duration", 7), ("massage", 5), ("sleep", 7), ("doctor", 7), ("food", 6),
    ("oos", 10),
])
FALLBACKS = ["Sorry, I did not understand that.", "Sorry, I didn't catch that...",
             "Sorry, I didn't catch that. Could you say it again?", "I'm not sure.", ""]
REFUSAL = "Sorry, I can only help with back spasms."
BAD_OOS = [  # drift into care advice or answer the question: must fail every oos row
    "Sorry, I can only help with back spasms. Try lying on your back with a pillow under your knees.",
    "I can only help with your back, but hold an ice pack on it for 20 minutes.",
    "Sure! Ice, heat and stretches can help your back.",
]
GOOD_REFUSALS = [
    REFUSAL,
    "Sorry, I can only help with your back spasm: ice, heat, stretches, breathing, medicines.",
    "I'm afraid I can't help with that. I'm here to help with your back spasm.",
    "Sorry, I can't help with that - I can only talk about your back: ice or heat, stretches, medicines, or when to see a doctor.",
]


def passes(musts, answer):
    return all(re.search(p, answer, re.IGNORECASE) for p in musts)


def main():
    errs = []
    counts = Counter(r["topic"] for r in ROWS)
    for t, n in EXPECTED.items():
        if counts.get(t, 0) != n:
            errs.append(f"count {t}: {counts.get(t, 0)} != {n}")
    for t in counts:
        if t not in EXPECTED:
            errs.append(f"unknown topic {t}")
    seen_q = set()
    idx = Counter()
    for r in ROWS:
        idx[r["topic"]] += 1
        r["id"] = f"Q3-{r['topic']}-{idx[r['topic']]:02d}"
        for field in ("question", "fact"):
            if "\t" in r[field] or "\n" in r[field]:
                errs.append(f"{r['id']}: tab/newline in {field}")
        if r["question"].lower() in seen_q:
            errs.append(f"{r['id']}: duplicate question")
        seen_q.add(r["question"].lower())
        row_ok = True
        for p in r["must"]:
            if " && " in p or "\t" in p:
                errs.append(f"{r['id']}: separator inside regex {p!r}")
            try:
                re.compile(p, re.IGNORECASE)
            except re.error as e:
                errs.append(f"{r['id']}: bad regex {p!r}: {e}")
                row_ok = False
        if not row_ok:
            continue
        if not passes(r["must"], r["ref"]):
            bad = [p for p in r["must"] if not re.search(p, r["ref"], re.IGNORECASE)]
            errs.append(f"{r['id']}: reference fails own row: {bad}")
        if r["topic"] != "oos":
            for fb in FALLBACKS + [REFUSAL]:
                if passes(r["must"], fb):
                    errs.append(f"{r['id']}: fallback/refusal {fb!r} passes in-scope row")
        else:
            for g in GOOD_REFUSALS:
                if not passes(r["must"], g):
                    errs.append(f"{r['id']}: correct refusal {g!r} fails oos row")
            for fb in FALLBACKS + BAD_OOS:
                if passes(r["must"], fb):
                    errs.append(f"{r['id']}: bare fallback / drifting answer {fb!r} passes oos row")
    if not errs:
        oos_rows = [r for r in ROWS if r["topic"] == "oos"]
        for r in ROWS:
            if r["topic"] == "oos":
                continue
            for o in oos_rows:
                if passes(o["must"], r["ref"]):
                    errs.append(f"{r['id']}: in-scope reference passes oos row {o['id']}")
    if errs:
        print("\n".join(errs))
        print(f"{len(errs)} error(s); questions.tsv NOT written")
        sys.exit(1)
    out = HERE / "questions.tsv"
    with out.open("w", encoding="utf-8", newline="\n") as f:
        f.write("id\ttopic\tquestion\tfact\tmust\n")
        for r in ROWS:
            f.write("\t".join([r["id"], r["topic"], r["question"], r["fact"], " && ".join(r["must"])]) + "\n")
    print(f"OK: {len(ROWS)} rows written to {out}")
    for t, n in counts.items():
        print(f"  {t:10s} {n}")


if __name__ == "__main__":
    main()

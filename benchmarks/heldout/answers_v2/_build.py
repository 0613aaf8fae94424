#!/usr/bin/env python3
"""Build questions.tsv for the Back Coach held-out answer set v2.

Hand-written rows: (question, fact, must, reference_answer).
`must` = Python regexes joined by ' && '; ALL must re.search (IGNORECASE) the
assistant's FIRST spoken answer.  The reference answer is a short example of a
good first answer and must pass its own row.  Checks:
  * every regex compiles
  * every reference answer passes its own row
  * bare fallbacks pass no in-scope row
  * no in-scope reference answer passes an out-of-scope row
Run:  python3 _build.py   (writes questions.tsv next to this file)
"""
import os
import re
import sys
from collections import Counter, OrderedDict

# ---------------------------------------------------------------- fragments
ICE = r"\b(ice|iced|icepack|ice.?pack|cold|frozen|peas|freezer)"
MIN20 = r"\b(1[05]|20|ten|fifteen|twenty)\b.{0,25}\bmin"
WRAP = r"towel|cloth|tea.?towel|wrap|cover|pillow.?case|t.?shirt|barrier|pillowcase"
HEAT = r"\b(heat|warm|hot|heating|wheat.?bag)"
NSAID = (r"(ibuprofen|nurofen|advil|motrin|anti.?inflammator\w*|nsaids?|naproxen|"
         r"aleve|aspirin|diclofenac|voltaren)")
IBU = r"(ibuprofen|nurofen|advil|motrin|anti.?inflammator\w*|nsaids?)"
CAUT = (r"(not|avoid|don.?t|shouldn.?t|careful|caution|check|ask|unsafe|risk|worse|"
        r"trigger|\bno\b(?!\s+(problem|worries|issue|harm))|best to|speak|talk)")
PARA = r"(paracetamol|acetaminophen|tylenol|panadol|calpol)"
PRO = r"(doctor|\bgp\b|pharmacist|chemist|midwife|nurse|111|physio|clinic)"
CODE = r"(codeine|co.?codamol|tramadol|opioid|strong painkiller)"
RELAX = r"(muscle.?relax\w*|diazepam|valium|cyclobenzaprine|flexeril|methocarbamol|relaxer)"
ALC = r"(alcohol|drink|booze|beer|wine|pint|whisk(e)?y|lager|vodka|gin\b)"
DONT = r"(\bnot\b|don.?t|avoid|\bno\b(?!\s+(problem|worries|issue|harm))|shouldn.?t|never|best (not|to avoid|to skip)|skip|steer clear|wait)"
PREG = r"(pregnan|expecting|baby|midwife)"
MOVE = r"(mov(e|ing|ement)|active|walk|gentle|normal (activit|things|life)|get(ting)? up)"
STRETCH_STOP = r"(stop|ease off|back off|don.?t (push|force)|not (push|force)|gentle|only as far|comfortable)"
EMERG = r"(999|911|a ?& ?e|a and e|emergency|\ber\b|ambulance|hospital|immediately|right away|straight away|urgent)"
SEEDOC = r"(doctor|\bgp\b|physio|111|medical|clinician|nurse|urgent care)"
BREATH = r"breath"
CALM = (r"(you.?re (safe|okay|ok|not alone|doing well)|it.?s (ok|okay|normal|understandable|common|very common|natural)|"
        r"not dangerous|(will|should|usually) (pass|ease|settle|get better|improve|calm)|i.?m (here|with you)|"
        r"frightening|scary|scared|natural to|very common|most back spasms)")
OOS_NEG = r"(?s)^(?!.*(minutes|knee|pillow|spasm usually|ibuprofen|paracetamol|stretch|disc\b|doctor|\bgp\b|\blegs?\b|numb))"
OOS_ONLY = (r"(\bonly\b|\bjust\b|can(no|'|’| no)?t\b help|cannot help|not able|unable|not something i|outside|"
            r"isn.?t something|don.?t (know|have)|no access|not set up)")
OOS_BACK = r"(back|spasm)"


def J(*parts):
    return " && ".join(parts)


ROWS = OrderedDict()

# ---------------------------------------------------------------- ice (12)
ROWS["ice"] = [
    ("How long should I keep the ice pack on for?",
     "About 15 to 20 minutes at a time, wrapped in a towel.",
     J(ICE, MIN20),
     "Keep the ice pack on for about 15 to 20 minutes at a time, wrapped in a thin towel."),
    ("um I've had the ice on for like ages now, is that bad",
     "Take it off; ice should stay on no more than about 20 minutes at a time.",
     J(ICE, MIN20),
     "Take the ice off now. Ice should only stay on for up to 20 minutes at a time, then give your skin a rest."),
    ("How often can I put ice on it?",
     "Every couple of hours / a few times a day, 20 minutes each time.",
     J(ICE, r"(every|each).{0,20}(hour|couple|two|2|few)|times (a|per|each) day|a few times|several times|hours? (apart|break|rest|between)"),
     "You can use ice for 20 minutes every two to three hours, a few times a day."),
    ("can I just put the ice straight on my skin",
     "No: wrap it in a towel or cloth, never straight on bare skin.",
     J(ICE, WRAP, r"(\bno\b(?!\s+(problem|worries|issue|harm))|not|never|don.?t|avoid|always)"),
     "No, don't put ice straight on your skin. Wrap it in a thin towel or cloth first."),
    ("The skin under the ice has gone really red and numb, is that normal?",
     "Take the ice off now and let the skin warm up; red numb skin can be an ice burn; always use a towel.",
     J(ICE, r"(take|took|lift|move|remove|get).{0,25}(off|away)|remove|stop"),
     "Take the ice off now and let your skin warm up. Red, numb skin can mean an ice burn, so always wrap the ice in a towel and keep it under 20 minutes."),
    ("I've only got a bag of frozen peas, will that do?",
     "Yes, frozen peas work well, wrapped in a tea towel.",
     J(r"peas|frozen|ice|cold", WRAP),
     "Yes, a bag of frozen peas works well. Wrap it in a tea towel and use it for up to 20 minutes."),
    ("When do I stop using ice and switch to heat?",
     "Ice is usually for the first 2 to 3 days (48-72 hours); after that heat often helps more (or use whichever feels better).",
     J(HEAT, r"(48|72|two|three|\b2\b|\b3\b|couple|first few|first day|day or two).{0,20}(hours?|days?)|whichever|what(ever)? feels (better|best|good)"),
     "Ice is usually best for the first two to three days. After that, switch to heat, or use whichever feels better."),
    ("I don't have an ice pack, what can I use instead",
     "Frozen peas or a bag of ice cubes wrapped in a tea towel.",
     J(r"peas|frozen|ice cubes|freezer|cold", WRAP),
     "A bag of frozen peas or ice cubes in a bag works fine. Wrap it in a tea towel first."),
    ("Is it ice or heat for a back spasm, I can never remember",
     "Ice (cold) in the first couple of days, heat after; either is fine if it helps.",
     J(ICE, HEAT),
     "Cold for the first couple of days can ease pain, then heat helps the muscle relax. Use whichever feels better."),
    ("should I lie on the ice pack or put it on top of me?",
     "Either; lying on it (wrapped in a towel) on the sore spot is fine; 20 minutes.",
     J(ICE, r"lie|lying|underneath|under you|on top|either|behind", r"towel|cloth|wrap|" + MIN20),
     "Either is fine. You can lie on the ice pack, wrapped in a towel, on the sore spot for up to 20 minutes."),
    ("I iced it about half an hour ago, can I do it again already?",
     "Give the skin a rest: wait a couple of hours between ice sessions.",
     J(ICE, r"(hour|wait|rest|break|later|warm up|skin)"),
     "Give your skin a rest first. Wait about two hours between ice sessions."),
    ("can I sleep with the cold pack on my back",
     "No; don't fall asleep with ice on; 20 minutes at a time, then remove it.",
     J(ICE, r"(\bno\b(?!\s+(problem|worries|issue|harm))|not|don.?t|never|avoid|take it off|remove)", r"\b(1[05]|20|ten|fifteen|twenty)\b.{0,25}\bmin|asleep|sleep"),
     "No, don't sleep with a cold pack on. Use it for up to 20 minutes, then take it off."),
]

# ---------------------------------------------------------------- heat (10)
ROWS["heat"] = [
    ("I've got a hot water bottle, how long can I leave it on?",
     "About 15-20 minutes at a time, wrapped in a towel, warm not hot.",
     J(HEAT + r"|water bottle", r"\b(1[05]|20|30|ten|fifteen|twenty|thirty)\b.{0,25}\bmin"),
     "Use the hot water bottle for about 20 minutes at a time, wrapped in a towel so it's warm, not hot."),
    ("how hot should the hot water bottle be? um I filled it from the kettle",
     "Warm, not boiling; don't use boiling water; wrap it in a towel.",
     J(r"hot water bottle|bottle|water", r"(not|never|don.?t|avoid).{0,30}boil|warm,? not hot|not too hot|hot tap|let it cool|towel|cover"),
     "Don't use boiling water from the kettle. Let it cool to warm, not hot, and wrap the bottle in a towel."),
    ("Is it okay if I fall asleep on my heating pad?",
     "No: don't sleep on a heat pad, risk of burns; use a timer or switch it off.",
     J(r"heat|pad", r"(\bno\b(?!\s+(problem|worries|issue|harm))|not|don.?t|never|avoid).{0,50}(sleep|asleep)|burn|timer|switch (it )?off|turn (it )?off"),
     "No, don't fall asleep on a heating pad, it can burn your skin. Switch it off or use a timer before you sleep."),
    ("would a hot bath help or is that a bad idea",
     "A warm bath or shower can help relax the muscle; be careful getting in and out.",
     J(r"\b(warm|hot)\b", r"bath|shower", r"careful|slow|help|relax|safe|getting (in|out)|non.?slip|someone"),
     "A warm bath can help the muscle relax. Be careful getting in and out, and have someone nearby if you can."),
    ("When can I start using heat?",
     "After the first 2-3 days is usual, or straight away if it feels better.",
     J(HEAT, r"(48|72|two|three|\b2\b|\b3\b|couple|first few|day or two|first day).{0,20}(hours?|days?)|whichever|what(ever)? feels (better|best|good)|straight away|any ?time|right away"),
     "Heat is usually used after the first two to three days, but you can use it sooner if it feels better."),
    ("my heat pad's got settings, what should I put it on",
     "Low or medium, with a cloth between pad and skin.",
     J(r"heat|pad", r"\blow\b|medium|lowest|warm,? not hot|not too hot|gentle"),
     "Put it on low, with a thin cloth between the pad and your skin."),
    ("Can I put the wheat bag straight on my skin?",
     "Put a cloth or towel between the heat and your skin to avoid burns.",
     J(HEAT + r"|wheat", WRAP + r"|burn"),
     "Put a thin towel or cloth between the warm wheat bag and your skin so it can't burn you."),
    ("Would a hot shower be good for it, I'm scared of slipping though",
     "A warm shower can loosen the muscle; move slowly, hold on, non-slip mat, or sit.",
     J(r"shower", r"\b(warm|hot)\b", r"slow|careful|hold|rail|mat|sit|stool|someone|help"),
     "A warm shower can help the muscle loosen. Move slowly, hold onto something, and use a non-slip mat or sit if you can."),
    ("hot or cold, which one is better after a couple of days",
     "After a couple of days heat is usually better to relax the muscle.",
     J(HEAT, r"relax|loosen|better|help|ease|stiff"),
     "After a couple of days heat is usually better, as it helps the muscle relax."),
    ("I'm using one of those stick-on heat patches, how long can I wear it?",
     "Follow the pack (often up to 8 hours); not while sleeping; check skin; not on broken skin.",
     J(r"heat|patch|wrap", r"pack|label|instructions|leaflet|hours|skin|sleep|box"),
     "Follow the instructions on the heat patch pack, usually up to about eight hours. Check your skin and don't wear it in bed."),
]

# ---------------------------------------------------------------- medicines (18)
ROWS["meds"] = [
    ("Can I take ibuprofen for a back spasm?",
     "Yes, ibuprofen can help; take it with food and follow the label/leaflet dose.",
     J(IBU, r"food|meal|eat|leaflet|label|pack|pharmacist|dose|tablet|200|400"),
     "Yes, ibuprofen can help. Take it with food and follow the dose on the packet."),
    ("um, what's better for this, paracetamol or ibuprofen?",
     "Ibuprofen (anti-inflammatory) often helps more for back pain; paracetamol is an option or can be combined; follow doses.",
     J(IBU, PARA),
     "Ibuprofen often works better for back pain as it's an anti-inflammatory. Paracetamol is an option too, and you can take both."),
    ("Can I take ibuprofen and paracetamol together?",
     "Yes, it is safe to take them together (or alternate) at normal doses.",
     J(IBU, PARA, r"\byes\b|you can|safe to|fine to|okay to|ok to|together|same time|alternat"),
     "Yes, adults can take ibuprofen and paracetamol together, each at its normal dose."),
    ("how much paracetamol can I take in a day",
     "Adults: 1 g (two 500 mg tablets) up to 4 times in 24 hours, at least 4 hours apart; max 4 g / 8 tablets.",
     J(PARA, r"(4|four|eight|8).{0,25}(times|hours|doses|grams|\bg\b|tablets)|500|1,?000|\b1 ?g|two tablets|maximum|max"),
     "Adults can take two 500 mg paracetamol tablets up to four times in 24 hours, at least four hours apart. No more than eight tablets a day."),
    ("I've got some Tylenol, how often can I take it?",
     "Every 4-6 hours, no more than 4 doses (label max) in 24 hours.",
     J(r"tylenol|acetaminophen|paracetamol", r"(4|four|6|six).{0,20}hours|(4|four|3|three).{0,15}times|label|pack|maximum|max"),
     "You can take Tylenol every four to six hours, following the label, and no more than the maximum dose in 24 hours."),
    ("Is naproxen any good for back muscle pain?",
     "Naproxen is an anti-inflammatory that can help; take with food; don't combine with ibuprofen; usually from doctor/pharmacist.",
     J(r"naproxen|aleve", r"food|meal|ibuprofen|anti.?inflam|doctor|\bgp\b|pharmacist|prescri|label|leaflet"),
     "Naproxen is an anti-inflammatory that can help. Take it with food, and don't take it together with ibuprofen."),
    ("I've got naproxen and ibuprofen in the cupboard, can I take both?",
     "No, don't take two anti-inflammatories together; pick one.",
     J(r"naproxen|aleve|ibuprofen", r"(\bno\b(?!\s+(problem|worries|issue|harm))|not|don.?t|never|avoid|only one|one or the other|just one)"),
     "No, don't take naproxen and ibuprofen together. They're both anti-inflammatories, so pick just one."),
    ("do those ibuprofen gels actually work on your back",
     "Gels/creams can help some people; rub in gently, wash hands, not on broken skin or with heat pads.",
     J(r"gel|cream|rub", r"help|work|some people|can|skin|hands|wash|thin"),
     "Ibuprofen gel can help some people. Rub a small amount in gently and wash your hands after."),
    ("Can I put the heat pad on after rubbing in the pain gel?",
     "No, don't use heat over a gel/cream (risk of burns or irritation); wash it off or wait.",
     J(r"gel|cream|rub", r"(\bno\b(?!\s+(problem|worries|issue|harm))|not|don.?t|never|avoid)", r"heat|pad|burn|warm"),
     "No, don't put heat over a pain gel, it can irritate or burn your skin. Use one or the other."),
    ("How long can I keep taking ibuprofen for?",
     "Short term only: a few days; if needed more than about 10 days / couple of weeks, speak to a GP or pharmacist.",
     J(IBU + r"|painkiller", r"(few|couple|3|three|10|ten|several|7|seven) days|(a|one|1|two|2) weeks?|short(est)? (time|course|while|period)"),
     "Take ibuprofen for the shortest time you need, usually a few days. If you need it for more than about 10 days, talk to a pharmacist or GP."),
    ("should I take the painkillers regularly or only when it hurts",
     "Take them regularly for the first few days (at the right dose) so you can keep moving.",
     J(r"painkiller|paracetamol|ibuprofen|tablets|medicine", r"regular|round the clock|every|through the day|few days|keep moving|move"),
     "It's better to take your painkillers regularly for the first few days, at the right dose, so you can keep moving."),
    ("is codeine stronger, can I get some?",
     "Codeine (co-codamol) is available from pharmacy/doctor; short use only (about 3 days), can cause drowsiness, constipation, addiction.",
     J(CODE, r"addict|constipat|drows|sleepy|3 days|three days|short|pharmacist|doctor|\bgp\b|dependen|habit|prescri"),
     "Co-codamol with codeine is available from a pharmacist, but only use it for a few days. It can make you drowsy, constipated and it can be addictive."),
    ("the doctor gave me co-codamol, it's making me really bunged up",
     "Codeine causes constipation: drink water, eat fibre, move about; a pharmacist can suggest a laxative.",
     J(r"water|fluids|fibre|fiber|fruit|laxative|pharmacist|prune|drink", r"constipat|codeine|co.?codamol|bowel|\bpoo\b|stool|bunged"),
     "Codeine often causes constipation. Drink plenty of water, eat fibre, move about, and ask a pharmacist about a laxative."),
    ("Will the muscle relaxants make me sleepy?",
     "Yes, they often cause drowsiness: don't drive or drink alcohol.",
     J(r"drows|sleepy|tired|dozy|sedat", r"driv|alcohol|drink|machin|careful"),
     "Yes, muscle relaxants like diazepam often make you drowsy, so don't drive or drink alcohol while taking them."),
    ("My GP gave me diazepam, how long do people usually take it?",
     "Only a short course, a few days (up to about a week); it can be addictive; follow the doctor.",
     J(r"diazepam|valium|muscle.?relax", r"(few|couple|3|three|5|five|7|seven) days|short|week|addict|dependen|habit|prescri|doctor|\bgp\b"),
     "Diazepam is only for a short course, usually a few days, because it can be addictive. Take it exactly as your GP said."),
    ("can I buy muscle relaxers over the counter",
     "No (UK): muscle relaxants like diazepam need a doctor's prescription.",
     J(RELAX, r"prescri|doctor|\bgp\b|not (available|sold)|can(no|'|’| no)?t\b buy|cannot buy"),
     "No, muscle relaxants such as diazepam need a prescription from a doctor."),
    ("is aspirin alright for back pain",
     "Aspirin can help pain but ibuprofen or paracetamol are usually preferred; not under 16; take with food.",
     J(r"aspirin", r"ibuprofen|paracetamol|food|16|sixteen|stomach|bleed|pharmacist|doctor|can help"),
     "Aspirin can help, but ibuprofen or paracetamol are usually better choices. Take aspirin with food, and not under 16."),
    ("I took two ibuprofen an hour ago and it still hurts, can I take more",
     "Don't take extra ibuprofen early; wait for the next dose time; you can add paracetamol.",
     J(IBU, r"(\bno\b(?!\s+(problem|worries|issue|harm))|not|don.?t|wait|avoid).{0,60}(more|extra|early|dose|again)|hours", r"paracetamol|wait|hours|dose"),
     "Don't take more ibuprofen yet. Wait until the next dose is due, at least six hours, but you could add paracetamol."),
]

# ---------------------------------------------------------------- medicine safety (30)
ROWS["medsafe"] = [
    # pregnancy
    ("I'm 20 weeks pregnant and my back's gone, can I take ibuprofen?",
     "Pregnancy: avoid ibuprofen/anti-inflammatories; paracetamol is usually the first choice; check with midwife/GP.",
     J(PREG, NSAID, CAUT),
     "In pregnancy, don't take ibuprofen unless a doctor tells you to. Paracetamol is usually the safer choice, but check with your midwife."),
    ("um, what painkiller is okay when you're expecting",
     "Paracetamol is usually OK in pregnancy; avoid ibuprofen; ask midwife or GP.",
     J(PREG, PARA, NSAID + "|" + PRO),
     "When you're pregnant, paracetamol is usually okay. Avoid ibuprofen, and check with your midwife or GP."),
    ("my wife's pregnant, can she use ibuprofen gel on her back",
     "Ibuprofen gel is also not recommended in pregnancy; ask midwife/pharmacist.",
     J(PREG, r"gel|ibuprofen|cream", CAUT),
     "Ibuprofen gel isn't recommended in pregnancy either. She should check with her midwife or pharmacist first."),
    ("can I take some of the codeine my mum left, I'm pregnant",
     "No: don't take someone else's codeine; in pregnancy only take codeine if a doctor prescribes it.",
     J(PREG + r"|pregnancy", CODE, r"(\bno\b(?!\s+(problem|worries|issue|harm))|not|don.?t|avoid|shouldn.?t|only if)"),
     "No, don't take someone else's codeine, especially in pregnancy. Only take it if your own doctor or midwife prescribes it."),
    ("I think I might be pregnant, is naproxen alright",
     "If you might be pregnant, avoid naproxen/NSAIDs; paracetamol is safer; ask pharmacist.",
     J(PREG, NSAID, CAUT),
     "If you might be pregnant, avoid naproxen and other anti-inflammatories. Paracetamol is usually safer; ask a pharmacist."),
    # asthma
    ("I've got asthma, is ibuprofen okay for my back?",
     "Ibuprofen can trigger asthma in some people; use with caution or avoid; paracetamol usually fine; ask pharmacist.",
     J(r"asthma|wheez|breath", NSAID, CAUT),
     "Ibuprofen can make asthma worse in some people. If you're not sure, use paracetamol instead and check with a pharmacist."),
    ("I'm asthmatic, what can I safely take for the pain",
     "Paracetamol is usually safe; ibuprofen and other NSAIDs can trigger asthma attacks in some people.",
     J(r"asthma|wheez|breath", PARA, NSAID),
     "Paracetamol is usually safe with asthma. Ibuprofen can trigger asthma attacks in some people, so be careful with it."),
    ("I use a blue inhaler, can I have Nurofen?",
     "Nurofen (ibuprofen) can set off asthma in some people; if it has before, avoid; check with a pharmacist.",
     J(r"asthma|wheez|breath|inhaler", NSAID, CAUT),
     "If you have asthma, Nurofen can trigger wheezing in some people. Avoid it if it's affected you before, and ask a pharmacist."),
    ("does naproxen make asthma worse",
     "It can, in some people with asthma, like ibuprofen; check with pharmacist or GP.",
     J(r"asthma|wheez|breath", NSAID, CAUT + "|can|some people"),
     "It can in some people. Like ibuprofen, naproxen can trigger asthma, so check with a pharmacist or GP first."),
    ("aspirin made me wheezy once, so is ibuprofen alright",
     "No: if aspirin caused wheeze/asthma, avoid ibuprofen and other NSAIDs too.",
     J(r"aspirin|wheez|asthma|breath", IBU, CAUT),
     "If aspirin made you wheezy, avoid ibuprofen too, as it can cause the same reaction. Paracetamol is usually safer."),
    # stomach ulcer
    ("I had a stomach ulcer a few years ago, can I take ibuprofen?",
     "Avoid ibuprofen/NSAIDs if you've had a stomach ulcer; paracetamol usually safer; ask GP/pharmacist.",
     J(r"ulcer|stomach|bleed", NSAID, CAUT),
     "If you've had a stomach ulcer, avoid ibuprofen, it can cause bleeding. Paracetamol is usually safer; check with your GP."),
    ("I've got a dodgy stomach, reflux and heartburn, is naproxen okay",
     "Anti-inflammatories can irritate the stomach; take with food or avoid; ask pharmacist.",
     J(r"ulcer|stomach|reflux|heartburn|indigestion|gut", NSAID, CAUT + "|food"),
     "Naproxen can irritate your stomach and make heartburn worse. Ask a pharmacist; paracetamol may be gentler."),
    ("I've had ulcers before, what's the safest painkiller",
     "Paracetamol; avoid ibuprofen, naproxen and aspirin.",
     J(r"ulcer|stomach", PARA, NSAID),
     "With a history of ulcers, paracetamol is usually safest. Avoid ibuprofen, naproxen and aspirin."),
    ("I'm on omeprazole for an ulcer, can I have some Advil",
     "Advil/ibuprofen is risky with an ulcer; ask your doctor before taking it.",
     J(r"ulcer|stomach|bleed", NSAID, CAUT + "|" + PRO),
     "With an ulcer, Advil can cause bleeding. Don't take it unless your doctor says it's okay; paracetamol is usually safer."),
    ("is ibuprofen gel okay on your back if you've had stomach ulcers?",
     "Gel is absorbed less than tablets but still check with a pharmacist/doctor first given ulcer history.",
     J(r"gel|cream", r"ulcer|stomach", PRO + r"|check|less|smaller|lower|careful"),
     "Gel gets into your body less than tablets, but with a history of ulcers check with a pharmacist first."),
    # kidney / heart
    ("I've got kidney disease, can I take ibuprofen?",
     "Avoid ibuprofen/NSAIDs with kidney disease unless your doctor agrees.",
     J(r"kidney|renal", NSAID, CAUT),
     "With kidney disease, avoid ibuprofen unless your doctor says it's okay. Paracetamol is usually safer."),
    ("I had a heart attack last year, is naproxen alright for this?",
     "Anti-inflammatories can raise heart risk; avoid or ask your GP first.",
     J(r"heart", NSAID, CAUT + "|" + PRO),
     "After a heart attack, anti-inflammatories like naproxen can be risky. Ask your GP before taking it."),
    ("I've got heart failure and high blood pressure, what can I take for my back",
     "Paracetamol is usually safer; avoid ibuprofen/NSAIDs (fluid retention, BP); ask GP.",
     J(r"heart|blood pressure", PARA, NSAID),
     "Paracetamol is usually safer. Avoid ibuprofen and other anti-inflammatories with heart failure, and check with your GP."),
    ("my kidneys aren't great, is Tylenol okay",
     "Paracetamol/Tylenol is usually safer than ibuprofen for kidneys, at normal doses, but check with your doctor.",
     J(r"kidney|renal", PARA, NSAID + "|" + PRO),
     "Tylenol is usually safer than ibuprofen for your kidneys at normal doses, but check with your doctor."),
    ("I'm on blood pressure tablets, can I have Nurofen?",
     "Ibuprofen can raise blood pressure and interact with BP tablets; check with pharmacist/GP.",
     J(r"blood pressure|\bbp\b|heart", NSAID, CAUT + "|" + PRO),
     "Nurofen can raise blood pressure and affect your tablets. Check with a pharmacist before taking it."),
    # blood thinners
    ("I'm on warfarin, what can I take for this?",
     "Don't take ibuprofen/aspirin with warfarin (bleeding); paracetamol occasionally usually OK; check anticoagulant clinic.",
     J(r"warfarin|blood.?thin|anticoag|bleed", NSAID, CAUT),
     "On warfarin, don't take ibuprofen or aspirin, they increase bleeding. Paracetamol is usually okay occasionally, but check with your anticoagulant clinic."),
    ("I take apixaban, is ibuprofen alright?",
     "No: ibuprofen with apixaban raises bleeding risk; use paracetamol; ask pharmacist.",
     J(r"apixaban|blood.?thin|anticoag|bleed", NSAID, CAUT),
     "No, ibuprofen with apixaban raises the risk of bleeding. Paracetamol is usually safer; ask a pharmacist."),
    ("I'm on blood thinners, um, should I use the Tylenol or the Advil?",
     "Tylenol (acetaminophen) is generally preferred; avoid Advil/ibuprofen on blood thinners.",
     J(r"blood.?thin|anticoag|bleed", PARA, NSAID),
     "On blood thinners, Tylenol is usually the better choice. Avoid Advil, as it increases bleeding risk."),
    ("can I rub ibuprofen gel on if I'm on rivaroxaban?",
     "Check with a pharmacist first; NSAIDs including gels can add to bleeding risk.",
     J(r"gel|cream", r"rivaroxaban|blood.?thin|anticoag|bleed", PRO + r"|check|careful|caution|avoid|not"),
     "Check with a pharmacist first. Even ibuprofen gel can add to bleeding risk when you're on rivaroxaban."),
    ("I'm on clopidogrel and a baby aspirin for my heart, can I add ibuprofen?",
     "No: more bleeding risk; ibuprofen can interfere with aspirin; ask GP/pharmacist.",
     J(r"bleed|blood.?thin|aspirin|clopidogrel|heart", IBU, CAUT),
     "No, don't add ibuprofen. With clopidogrel and aspirin it raises bleeding risk. Ask your GP or pharmacist what you can take."),
    # alcohol
    ("can I have a glass of wine with my diazepam",
     "No: alcohol with diazepam/muscle relaxants increases drowsiness and can be dangerous.",
     J(ALC, DONT, r"diazepam|muscle relax|drows|sleepy|sedat|breath|danger"),
     "No, don't drink alcohol with diazepam. Together they can make you very drowsy and affect your breathing."),
    ("is it alright to have a couple of pints if I've taken paracetamol?",
     "A small amount is usually OK, but don't exceed the dose; heavy drinking with paracetamol harms the liver.",
     J(ALC, PARA, r"liver|small|moderate|limit|careful|within|dose|heavy|a little"),
     "A small drink is usually okay with paracetamol at normal doses, but heavy drinking with it can harm your liver."),
    ("I've just taken co-codamol, can I have a beer?",
     "Avoid alcohol with codeine/co-codamol: extra drowsiness, dangerous.",
     J(ALC, CODE, DONT),
     "Best not to. Alcohol with co-codamol can make you very drowsy and it can be dangerous."),
    ("will a whisky help relax the muscle? I was gonna have one with my painkillers",
     "Don't mix alcohol with painkillers (especially codeine/relaxants); alcohol isn't a treatment.",
     J(ALC, DONT + r"|isn.?t|won.?t", r"painkill|medic|tablet|codeine|relax|drows|sleep|stomach|liver"),
     "Best not to. Alcohol doesn't heal the muscle, and mixing it with painkillers can make you drowsy or upset your stomach."),
    ("my doctor gave me muscle relaxers, is one beer okay",
     "No alcohol with muscle relaxants: adds to drowsiness and dizziness.",
     J(ALC, DONT, RELAX + r"|relax|drows|sleepy|dizzy|sedat"),
     "No, avoid alcohol while taking muscle relaxers. It makes the drowsiness and dizziness worse."),
]

# ---------------------------------------------------------------- rest & movement (9)
ROWS["rest"] = [
    ("Should I just stay in bed till it's better?",
     "No: avoid long bed rest; keep moving gently, it helps recovery.",
     J(r"bed|rest|lying", r"(\bno\b(?!\s+(problem|worries|issue|harm))|not|don.?t|avoid|short|slow|stiff|worse|delay)", MOVE),
     "No, staying in bed too long can slow recovery. Rest a little if you need to, but keep moving gently."),
    ("is it better to rest it or keep moving?",
     "Keep moving gently / stay active; long rest makes it stiffer.",
     J(r"(keep|stay|gently|gentle).{0,20}(mov|active|walk)|mov(e|ing) (gently|about|around)|short walks?"),
     "Keep moving gently. Staying active helps a back spasm get better faster than resting."),
    ("Is walking good for a back spasm?",
     "Yes, gentle short walks help; build up slowly.",
     J(r"walk", r"\byes\b|help|good|gentle|short|slow|few minutes"),
     "Yes, gentle short walks are good. Start with a few minutes and build up slowly."),
    ("I can barely move, do I really have to move around?",
     "Small gentle movements when you can; start small, no need to push through severe pain; avoid long bed rest.",
     J(MOVE + r"|small", r"small|little|gentle|gently|short|when you can|bit|slowly"),
     "Just small gentle movements when you can, even a few steps. You don't have to push through severe pain, but lying still too long makes it stiffer."),
    ("how long should I lie down for",
     "Short rests are fine, but get up and move gently regularly; avoid more than a day or so of bed rest.",
     J(r"lie|lying|rest|bed", MOVE + r"|up and|get up"),
     "Lie down for short spells if it helps, but get up and move gently every hour or so."),
    ("um, will moving make it worse, like damage it more?",
     "Gentle movement won't damage your back; some pain is okay; it helps recovery.",
     J(r"(won.?t|not|unlikely|isn.?t|doesn.?t).{0,40}(damage|harm|hurt|injur|worse)|safe|help", MOVE + r"|movement"),
     "Gentle movement won't damage your back. It may hurt a bit, but moving helps it recover."),
    ("Should I carry on going to the gym?",
     "Keep active but avoid heavy lifting/intense exercise until better; gentle activity, build up.",
     J(r"gym|exercise|workout|lift|weights|training", r"gentle|light|avoid|heavy|build up|gradual|slowly|wait|until|easy"),
     "Keep active, but avoid heavy lifting and hard workouts for now. Stick to gentle exercise and build back up slowly."),
    ("is swimming okay with a bad back",
     "Gentle swimming can help once you can move more comfortably; avoid strokes that hurt.",
     J(r"swim|pool|water", r"gentle|help|good|once|when|stop|hurt|slow|easy|can"),
     "Gentle swimming can help once you can move more easily. Stop any stroke that hurts."),
    ("I've been sitting on the sofa all day, is that okay?",
     "Get up and move about regularly; long sitting makes it stiffer.",
     J(r"sit|sofa|couch", r"(get up|stand|move|walk|break|every)"),
     "Try to get up and move about every half an hour or so. Sitting for a long time can make it stiffer."),
]

# ---------------------------------------------------------------- stretches (12)
ROWS["stretch"] = [
    ("How do I do the knee to chest stretch?",
     "Lie on your back, knees bent, gently pull one (or both) knees towards your chest, hold about 20-30 seconds.",
     J(r"knee", r"chest", r"(back|lie|lying)", r"hold|second|gentle|slow|breath"),
     "Lie on your back with knees bent, gently pull one knee towards your chest and hold for about 20 seconds, then swap."),
    ("what's a good stretch I can do lying on the floor",
     "Knee to chest or pelvic tilt, gently; stop if it hurts.",
     J(r"knee|tilt|pelvi|bridge|chest|hug", r"gentl|slow|hold|stop|hurt|comfortable"),
     "Try a gentle knee-to-chest stretch: lie on your back and hug one knee towards your chest for 20 seconds."),
    ("how do you do child's pose",
     "Kneel, sit back on heels, fold forward with arms stretched out, relax and breathe, hold 20-30 s.",
     J(r"kneel|knees|heels|all fours|hands and knees|sit back", r"forward|arms|stretch|fold|head"),
     "Kneel on the floor, sit back on your heels, then fold forward with your arms stretched out in front. Hold and breathe for 20 to 30 seconds."),
    ("Can you talk me through cat cow?",
     "On hands and knees: arch the back up (cat), then let it dip gently (cow), slowly, within comfort.",
     J(r"hands and knees|all fours|kneel", r"arch|round|dip|sag|curve"),
     "Get on your hands and knees. Slowly round your back up like a cat, then let it gently dip down. Repeat slowly."),
    ("What's a pelvic tilt?",
     "Lie on back, knees bent, tighten tummy and flatten the lower back into the floor, hold a few seconds, relax.",
     J(r"back|lie|lying", r"knees? bent|bend your knees|knees up", r"flat|press|tilt|tummy|stomach|belly|tighten"),
     "Lie on your back with knees bent. Tighten your tummy and gently flatten your lower back into the floor, hold for a few seconds, then relax."),
    ("how do I do a bridge exercise",
     "Lie on back, knees bent, feet flat, lift hips/bottom up, hold a few seconds, lower slowly.",
     J(r"hips|bottom|bum|buttocks|pelvis", r"lift|raise|push up|up off"),
     "Lie on your back with knees bent and feet flat. Slowly lift your hips, hold for a few seconds, then lower down."),
    ("When should I start doing stretches?",
     "Gently, once the worst of the spasm eases (often after a day or two); start small; stop if it hurts.",
     J(r"stretch", r"once|when|as soon as|ease|eased|settle|calm|worst|day or two|few days|couple of days|gentl"),
     "Start gentle stretches once the worst of the spasm eases, often after a day or two, and stop if it hurts."),
    ("it really hurts when I stretch, should I push through it?",
     "No: don't push through sharp pain; stretch only to mild tension and stop if it hurts.",
     J(r"stretch|push", r"(\bno\b(?!\s+(problem|worries|issue|harm))|not|don.?t|stop|ease off|back off)", r"pain|hurt|sharp|gentle|comfortable|tension"),
     "No, don't push through it. Stretch only until you feel mild tension, and stop if it hurts."),
    ("how long should I hold each stretch for",
     "About 20-30 seconds, breathing normally; repeat a few times.",
     J(r"\b(1[05]|20|30|ten|fifteen|twenty|thirty)\b.{0,20}seconds|(few|several) seconds", r"hold|stretch|repeat|breath"),
     "Hold each stretch for about 20 to 30 seconds, breathing normally, and repeat two or three times."),
    ("are there stretches I can do in a chair at work",
     "Yes: seated gentle twist or forward bend, shoulder rolls; stop if it hurts; get up and move often.",
     J(r"chair|seat|sitting|sit", r"twist|forward|lean|roll|rotat|bend|stretch|stand|arch"),
     "Yes. Sitting up tall, gently lean forward or turn slowly to each side and hold for a few breaths. Stop if it hurts."),
    ("how many times a day should I do my stretches",
     "A few times a day (2-3 times), little and often, gently.",
     J(r"stretch|exercise", r"(few|couple|two|three|2|3|several|little and often).{0,15}(times|sessions|a day)|little and often|every"),
     "Do your stretches gently two or three times a day. Little and often works best."),
    ("what about touching my toes, is that a good stretch right now",
     "Not while in spasm: avoid forceful forward bends; use gentle stretches like knee to chest and stop if it hurts.",
     J(r"toe|forward|bend|stretch", r"(\bnot\b|avoid|don.?t|better|instead|wait|gentle|careful)", r"knee|chest|tilt|child|gentle|lying|bend"),
     "Not right now. Deep forward bends can strain it. Try a gentle knee-to-chest stretch lying down instead."),
]

# ---------------------------------------------------------------- getting up (8)
ROWS["getup"] = [
    ("I'm stuck on the floor, how do I get up?",
     "Roll onto your side, push up onto hands and knees, then use a sturdy chair to bring one foot forward and push up slowly.",
     J(r"roll|turn", r"side|hands and knees|all fours|kneel|chair|arms"),
     "Roll onto your side, push up onto your hands and knees, then hold a sturdy chair, bring one foot forward and push up slowly."),
    ("um how do I get out of bed without it killing me",
     "Roll onto your side, drop your legs over the edge, push up with your arms, keep back straight.",
     J(r"side|roll", r"legs|arms|push|edge|swing|elbow"),
     "Roll onto your side, let your legs drop over the edge of the bed, and push yourself up with your arms."),
    ("how do I lie down in bed with this back",
     "Sit on the edge, lower onto your side using your arms while lifting legs up together, then roll onto back if wanted.",
     J(r"side", r"sit|edge|arms|elbow|legs|lower|roll"),
     "Sit on the edge of the bed, lower yourself onto your side using your arms, and lift your legs up together."),
    ("I've been on the floor for an hour, should I try to get up or stay here",
     "You can stay while you rest, but get up slowly when ready: roll to side, hands and knees, use a chair; call someone to help if needed.",
     J(r"roll|side|hands and knees|all fours|chair|kneel", r"slow|when you.?re ready|ready|help|someone|take your time|rest"),
     "It's fine to rest a bit. When you're ready, roll onto your side, get onto your hands and knees, and use a chair to help you up slowly."),
    ("what's the best way to stand up from a chair",
     "Shuffle to the edge, feet under you, push up with your arms/hands on the armrests or thighs, keep back straight.",
     J(r"edge|front|forward", r"arms|hands|push|thighs|armrest|feet"),
     "Shuffle to the edge of the chair, put your feet under you and push up with your hands on the armrests."),
    ("how do I roll over in bed, every time I turn it spasms",
     "Bend knees, tighten tummy gently and roll as one unit (log roll), knees together; slowly.",
     J(r"knee|bend", r"roll|turn", r"together|one (unit|piece|go)|log|slow|tummy|stomach"),
     "Bend your knees, keep them together, and roll your whole body over as one piece, slowly."),
    ("getting up off the floor on my own, is there a trick to it",
     "Roll to side, push to hands and knees, crawl to a chair/sofa, kneel, then one foot forward and push up.",
     J(r"roll|side", r"hands and knees|all fours|crawl|kneel|chair|sofa|furniture"),
     "Roll onto your side, push up to your hands and knees, crawl to a chair or sofa, then put one foot forward and push up."),
    ("my partner wants to pull me up by the arms, is that okay?",
     "Better not to be pulled; roll to your side and get onto hands and knees, use a chair, with partner steadying you.",
     J(r"roll|side|hands and knees|all fours|kneel|chair", r"(\bnot\b|don.?t|avoid|instead|better|rather|steady)"),
     "Better not to be pulled. Roll onto your side, get onto your hands and knees, and use a chair while your partner just steadies you."),
]

# ---------------------------------------------------------------- toilet (6)
ROWS["toilet"] = [
    ("I need the loo but I can barely move, what do I do?",
     "Move slowly, roll to your side and get up as practised, use furniture/walls for support; lower onto the seat using your arms.",
     J(r"toilet|loo|bathroom|lavatory|commode|seat", r"slow|hold|support|rail|hands|arms|thigh|sink|chair|wall|roll|side|help"),
     "Take it slowly. Roll to your side to get up, hold onto furniture or walls on the way, and lower yourself onto the toilet seat using your arms."),
    ("how do I sit down on the toilet without it spasming",
     "Hold onto sink/rail/walls, bend at the knees keeping back straight, lower slowly with arms.",
     J(r"toilet|loo|seat|lower", r"knee|arms|hands|rail|sink|wall|straight|slow|hold"),
     "Hold onto the sink or a rail, bend your knees with your back straight, and lower yourself slowly onto the toilet."),
    ("I can't get to the bathroom in time, is there anything else I can use",
     "Use a bottle, bucket, bedpan or commode near you; ask someone to help.",
     J(r"bottle|bucket|bedpan|commode|urinal|potty|container|jug", r"use|help|someone|near|next to|beside|keep|pharmacy|chemist"),
     "You could keep a bottle, bucket or commode near you for now, and ask someone to help you."),
    ("it hurts to push when I go to the toilet, what can I do",
     "Don't strain: feet on a small stool, lean forward, drink water and eat fibre; ask pharmacist about a laxative.",
     J(r"strain|stool|step|lean|water|fibre|fiber|laxative|fluids", r"toilet|loo|bowel|\bpoo\b|push|constipat|knees|stool|lean forward"),
     "Try not to strain. Put your feet on a small stool, lean forward, drink plenty of water and eat fibre. A pharmacist can suggest a laxative."),
    ("How do I get up off the toilet?",
     "Shuffle forward, feet under you, push up with hands on thighs/rail/sink, keep back straight, slowly.",
     J(r"toilet|loo|seat|push", r"hands|arms|thigh|rail|sink|forward|feet|slow|straight"),
     "Shuffle forward, put your feet under you and push up slowly with your hands on your thighs or a rail."),
    ("should I wipe differently, twisting round is agony",
     "Avoid twisting: stand up first or reach between your legs from the front; use wet wipes or a toilet aid.",
     J(r"twist|reach|\bstand(ing)? up|front|between|wip(e|ing)|toilet aid|tongs", r"(avoid|don.?t|instead|front|\bstand|wipes|toilet aid|between|easier)"),
     "Avoid twisting. Try standing up first, or reach between your legs from the front. Moist wipes or a toilet aid can help."),
]

# ---------------------------------------------------------------- work & driving (8)
ROWS["workdrive"] = [
    ("Can I drive while I'm on muscle relaxants?",
     "No: don't drive on muscle relaxants (drowsiness).",
     J(r"driv|car|wheel", DONT + r"|unsafe|illegal", RELAX + r"|relax|drows|sleepy"),
     "No, don't drive while taking muscle relaxants. They can make you drowsy and slow your reactions."),
    ("is it okay to drive to work with my back like this",
     "Only if you can turn, look over your shoulder, and brake hard/emergency stop, and are not on drowsy painkillers.",
     J(r"driv|car|wheel|brake|emergency stop", r"brake|emergency stop|turn|twist|look over|shoulder|drows|sleepy|muscle relax|codeine|strong"),
     "Only if you can turn to look over your shoulder and brake hard in an emergency, and you're not on drowsy painkillers."),
    ("I took co-codamol this morning, um, can I drive the kids to school",
     "Don't drive if codeine makes you drowsy or affects you; it's an offence to drive impaired; get someone else to drive.",
     J(r"driv|car|wheel", DONT + r"|only if|unless", r"drows|sleepy|codeine|co.?codamol|affect|impair|someone else"),
     "Don't drive if the co-codamol makes you at all drowsy. It's safer to ask someone else to take the kids."),
    ("Should I go into work tomorrow?",
     "Going back as soon as you can (with lighter duties, breaks and moving about) usually helps; you don't have to wait until pain-free.",
     J(r"work|job|office", r"(as soon as|early|sooner|possible|don.?t (need|have) to wait|light|lighter|adjust|break|move|gradual|pain.?free|can)"),
     "If you can manage, going back to work early usually helps recovery. Take regular breaks, move about, and ask for lighter duties."),
    ("I sit at a desk all day, how do I manage that with my back",
     "Get up and move every 30 minutes or so, good chair support, screen at eye level.",
     J(r"desk|sit|sitting|chair", r"(get up|stand|move|walk|break|every)"),
     "Get up and move every half an hour, sit well back in a supportive chair, and keep your screen at eye level."),
    ("my job is lifting boxes, can I still do it",
     "Avoid heavy lifting for now; ask for lighter duties; when you lift, bend knees and keep load close.",
     J(r"lift|boxes|heavy", r"avoid|lighter|light duties|(\bnot\b|don.?t)|knees|close|help|manager|employer|wait"),
     "Avoid heavy lifting for now and ask your employer about lighter duties. When you do lift, bend your knees and keep the load close."),
    ("do I need a sick note from the doctor",
     "UK: you can self-certify for the first 7 days; after that a fit note from a GP.",
     J(r"(7|seven) (days|calendar)|self.?cert|fit note|sick note", r"(7|seven)|week|gp|doctor|self"),
     "For the first seven days you can self-certify. After that you'll need a fit note from your GP."),
    ("how long should I wait before driving again",
     "When you can sit comfortably, turn, and do an emergency stop, and you're off drowsy medicines.",
     J(r"driv|car|wheel|brake|emergency stop", r"brake|emergency stop|turn|twist|look over|shoulder|drows|sleepy|muscle relax|codeine|comfortabl"),
     "Wait until you can sit comfortably, turn to look over your shoulder and do an emergency stop, and you're off drowsy medicines."),
]

# ---------------------------------------------------------------- sex (5)
SEXA = r"sex|intima|position|partner|spoon"
ROWS["sex"] = [
    ("Um, is it okay to have sex with a back spasm?",
     "Yes when you feel ready; choose comfortable positions (e.g. lying on side/back), let partner do more; stop if it hurts.",
     J(SEXA, r"comfortabl|side|spoon|on your back|gentle|stop|hurt|pain|slow|ready|easy"),
     "Yes, when you feel ready. Choose a comfortable position, like lying on your side or back, go gently and stop if it hurts."),
    ("what position is best for sex when your back's bad",
     "Lying on your side (spooning) or on your back with a pillow under knees/ lower back; partner more active.",
     J(SEXA, r"side|spoon|on your back|pillow|lying"),
     "Lying on your side, like spooning, is often easiest. Or lie on your back with a pillow under your knees and let your partner move more."),
    ("will having sex make my back worse",
     "Unlikely to cause damage; avoid positions that hurt; go gently.",
     J(SEXA, r"(won.?t|unlikely|not|shouldn.?t).{0,40}(damage|harm|worse)|comfortabl|gentle|hurt|stop"),
     "It shouldn't damage your back. Go gently, avoid positions that hurt, and stop if it hurts."),
    ("my partner's worried about hurting me during sex",
     "Go slowly, communicate, use comfortable supported positions; stop if it hurts.",
     J(SEXA, r"slow|gentle|talk|tell|comfortabl|pillow|stop|hurt|side"),
     "Go slowly, talk to each other, use a comfortable supported position like lying on your side, and stop if it hurts."),
    ("how long should we wait before sex",
     "No set time: when you feel ready and comfortable; take it gently.",
     J(SEXA, r"ready|comfortabl|no (set|fixed)|whenever|when you feel|gentle"),
     "There's no set time for sex. Wait until you feel ready and comfortable, and take it gently."),
]

# ---------------------------------------------------------------- slipped disc (6)
CANT_TELL = (r"(can(no|'|’| no)?t\b|cannot|not able|unable|no way|not possible|impossible|don.?t know|not sure)"
             r".{0,40}(tell|know|say|diagnos|sure|check|whether|if)|only a (doctor|gp|physio)|need(s)? (an? )?(examin|doctor|gp|physio)|examin")
ROWS["disc"] = [
    ("Is this a slipped disc?",
     "The assistant can't tell; most back pain is muscular; a GP/physio can assess; see one if pain goes down the leg or numbness.",
     J(CANT_TELL, SEEDOC),
     "I can't tell you that; only a doctor or physio can assess it. Most sudden back pain is muscular, but see a GP if pain spreads down your leg or you get numbness."),
    ("um how do I know if it's a disc or just a muscle thing",
     "Can't tell here; a doctor can examine; leg pain/numbness/tingling suggest nerve involvement - see GP.",
     J(CANT_TELL, SEEDOC + r"|leg|numb"),
     "I can't tell which it is. A doctor or physio can examine you. Pain, numbness or tingling down a leg is a reason to see your GP."),
    ("I felt something pop when I bent over, have I slipped a disc?",
     "Can't say; many strains feel like that; a GP can assess if not improving or if leg symptoms.",
     J(CANT_TELL, SEEDOC),
     "I can't tell if it's a disc. Lots of muscle strains feel like that. See a GP if it's not improving or pain spreads down your leg."),
    ("do I need a scan to check my disc",
     "Usually not; scans are rarely needed for back spasm; a doctor decides after examining you.",
     J(r"scan|mri|x.?ray", r"(not|rarely|usually|don.?t|doctor|gp|physio)"),
     "Usually not. Scans are rarely needed for back spasms; a doctor will decide after examining you."),
    ("my friend says it's definitely a trapped nerve, is she right?",
     "Can't tell; only a doctor can diagnose; see GP if pain goes down your leg or numbness/tingling.",
     J(CANT_TELL + r"|diagnos", SEEDOC),
     "I can't tell, and nobody can be sure without an examination. See a GP if pain goes down your leg or you get numbness or tingling."),
    ("can you tell what's actually wrong with my back",
     "No, it can't diagnose; it can help with spasm care; see a doctor if worried or not improving.",
     J(CANT_TELL + r"|diagnos", SEEDOC),
     "I can't diagnose what's wrong. I can help with easing the spasm, but see a doctor if you're worried or it isn't improving."),
]

# ---------------------------------------------------------------- fear / panic (7)
ROWS["fear"] = [
    ("I'm scared",
     "Calm reassurance (spasms are very common and usually ease) and an offer of slow breathing.",
     J(BREATH, CALM),
     "It's okay to be scared, back spasms are frightening but very common and they usually ease. Let's breathe slowly together: in for four, out for six."),
    ("I'm really panicking, I can't stop shaking",
     "Calm sentence; offer slow breathing.",
     J(BREATH, CALM),
     "You're safe, and the panic will pass. Let's slow your breathing: breathe in gently for four, and out for six."),
    ("what if it never gets better, I'm so frightened",
     "Most spasms ease within days to weeks; reassurance; slow breathing.",
     J(BREATH, CALM + r"|most|usually|weeks|days"),
     "It's natural to be frightened, but most back spasms get better within a few weeks. Let's take a few slow breaths together."),
    ("um it hurts so much I feel like I'm going to pass out, I'm freaking out",
     "Calm reassurance, stay lying still, slow breathing.",
     J(BREATH, CALM + r"|lie|lying|still"),
     "I'm here with you. Stay lying still and let's slow your breathing: in through your nose, and slowly out through your mouth."),
    ("I'm home alone and I'm terrified",
     "Calm sentence, offer breathing; can phone someone.",
     J(BREATH, CALM + r"|phone|call|someone"),
     "It's understandable to feel scared on your own. You're safe where you are. Let's take some slow breaths, and then you could phone someone."),
    ("can you help me calm down",
     "Yes: slow breathing guidance, in 4 out 6, relaxing shoulders.",
     J(BREATH, r"slow|in|out|count|gently"),
     "Yes. Breathe in slowly through your nose for four, then out through your mouth for six. Let your shoulders drop."),
    ("this is the worst pain I've ever had, is something seriously wrong with me",
     "Back spasms can be extremely painful but are usually not serious; calm reassurance; breathing.",
     J(r"breath|not (usually )?(serious|dangerous)|usually (not|isn)|common|spasms? can", CALM + r"|usually|common|not serious"),
     "Back spasms can be extremely painful, but they're very common and usually not serious. Let's breathe slowly together while it eases."),
]

# ---------------------------------------------------------------- causes & prevention (8)
CAUSE = r"lift|twist|bend|awkward|posture|sitting|strain|stress|sudden|overuse|not always clear|no clear|often no|injur|tired|weak"
PREV = r"exercise|active|strength|core|stretch|walk|swim|yoga|pilates|lift.{0,40}(knees|legs|close)|bend.{0,20}knees|posture|break"
ROWS["causes"] = [
    ("Why did my back go into spasm?",
     "Usually a strain from lifting, twisting, awkward movement, long sitting, or stress; often no clear cause.",
     J(r"spasm|muscle|back", CAUSE),
     "Often it's a muscle strain from lifting, twisting or an awkward movement, sitting too long or stress. Sometimes there's no clear cause."),
    ("I only bent down to pick up a sock, how can that do this",
     "Small movements can trigger a spasm in a tired or tight muscle; doesn't mean serious damage.",
     J(r"bend|bent|small|simple|everyday|sock|awkward|sudden", r"muscle|spasm|trigger|tight|tired|strain|common"),
     "It's very common. A small everyday movement like bending can trigger a spasm in a tight or tired muscle. It doesn't mean serious damage."),
    ("How can I stop this happening again?",
     "Keep active, regular exercise to strengthen back and core, lift safely (bend knees), take breaks from sitting.",
     J(PREV, r"prevent|future|again|avoid|stop (it|this)|long.?term|regular"),
     "Keep active with regular exercise like walking, swimming or yoga, strengthen your core, lift with bent knees, and take breaks from sitting."),
    ("is it my mattress that's causing it",
     "Possibly but unlikely the main cause; a supportive mattress helps; no need to buy a special one.",
     J(r"mattress|bed", r"support|firm|medium|comfortabl|not usually|unlikely|possibl|might|may|could"),
     "It might play a part, but it's not usually the main cause. A supportive, comfortable mattress helps; you don't need a special one."),
    ("can stress cause back spasms?",
     "Yes, stress can tense muscles and make spasm/pain worse; relaxation and breathing help.",
     J(r"stress|anxi|tense|tension", r"\byes\b|can|tight|tens|worse|relax|breath"),
     "Yes, stress can make your muscles tense up and make pain worse. Relaxation and slow breathing can help."),
    ("what's the right way to lift stuff so it doesn't happen again",
     "Bend your knees, keep the load close, keep back straight, don't twist; get help with heavy things.",
     J(r"knee|legs|close|straight|twist", r"bend|close|straight|twist|near|help|squat"),
     "Bend your knees, keep the load close to your body, keep your back straight and don't twist. Get help with heavy things."),
    ("my back keeps going, like every few months, why?",
     "Recurring spasms are common; build strength/keep active; if it keeps coming back see a GP or physio.",
     J(r"strength|exercise|active|core|physio", r"physio|\bgp\b|doctor|strength|exercise|active|core|common|recur|come back"),
     "Back spasms do often come back. Regular exercise to strengthen your back helps, and it's worth seeing a GP or physio if it keeps happening."),
    ("does being overweight make back spasms more likely",
     "Extra weight puts more strain on the back; being active and a healthy weight helps prevent it.",
     J(r"weight|strain|load|pressure", r"healthy|active|exercise|lose|strain|more"),
     "Extra weight can put more strain on your back. Staying active and a healthy weight can help prevent spasms."),
]

# ---------------------------------------------------------------- how long it lasts (7)
DUR_ANCH = (r"(get|gets|getting|feel|be|move|moving) (much |a lot |lot )?better|improv|eas(e|es|ed|ing)\b|settle|recover|heal|go(es)? away|clear|pass|worst|last")
DUR = r"(few|couple|\b1\b|\b2\b|\b3\b|\b4\b|\b6\b|one|two|three|four|six|several|48|72).{0,15}(days|weeks|hours)"
ROWS["duration"] = [
    ("How long does a back spasm last?",
     "The worst usually eases in a few days; most get better within a week or two to a few weeks.",
     J(DUR, r"usually|most|typically|often|normally|tends?", DUR_ANCH),
     "The worst usually eases within a few days, and most back spasms get better within one to two weeks."),
    ("um when will I be able to move properly again",
     "Usually within days to a couple of weeks, gradually improving.",
     J(DUR, r"usually|most|typically|often|normally|tends?|should|gradual", DUR_ANCH),
     "Most people move much better within a few days to two weeks, and it gets easier gradually."),
    ("it's been three days and it's still bad, is that normal?",
     "Yes, it's normal for it to take a week or two or a few weeks; see a GP if not better after a few weeks or getting worse.",
     J(r"normal|common|usual|can take|still", DUR + r"|gp|doctor", DUR_ANCH),
     "Yes, that's normal. It can take a week or two, or a few weeks, to settle. See a GP if it's not improving after a few weeks."),
    ("how long before the worst of it is over",
     "The worst pain usually eases after the first 2-3 days.",
     J(DUR, r"worst|usually|most|typically|often|ease", DUR_ANCH),
     "The worst usually eases after the first two or three days."),
    ("will I be okay for my holiday in ten days",
     "Most back spasms improve a lot within one to two weeks, so likely, but can't promise; keep moving.",
     J(DUR, r"likely|should|usually|most|probably|hope|can(no|'|’| no)?t\b (promise|say)", DUR_ANCH),
     "Most back spasms improve a lot within one to two weeks, so there's a good chance, though I can't promise."),
    ("when should I worry that it's taking too long",
     "If not improving after a few weeks (about 6), or worse, see a GP.",
     J(r"(few|couple|\b2\b|\b3\b|\b4\b|\b6\b|two|three|four|six|several) weeks|not (getting )?better|not improv|worse", SEEDOC),
     "If it's not improving after a few weeks, or it's getting worse, see a GP."),
    ("does a back spasm go away on its own",
     "Yes, usually by itself within days to weeks, with self-care.",
     J(r"\byes\b|usually|most|on its own|by itself", DUR + r"|on its own|by itself|itself", DUR_ANCH),
     "Yes, most back spasms go away on their own within a few days to a couple of weeks."),
]

# ---------------------------------------------------------------- massage (5)
MASS = r"massag|rub|knead|roller|ball"
ROWS["massage"] = [
    ("Would a massage help?",
     "Gentle massage can help relax the muscle; not too hard; stop if it hurts more.",
     J(MASS, r"gentle|gently|help|relax|not too (hard|firm)|stop|hurt"),
     "A gentle massage can help the muscle relax. Not too hard, and stop if it makes it worse."),
    ("can my husband rub my back, how hard should he press",
     "Gentle to moderate pressure on the muscle either side of the spine, not on the spine bones; stop if it hurts.",
     J(MASS + r"|press", r"gentle|gently|light|firm|moderate|not too|either side|spine|bone|stop|hurt"),
     "Gentle, steady pressure on the muscles either side of the spine, not on the bones. Tell him to ease off if it hurts."),
    ("is a tennis ball or foam roller good for it",
     "Can help gently on the muscle, not directly on the spine; stop if it hurts; careful while in acute spasm.",
     J(r"ball|roller|massag", r"gentle|gently|careful|spine|bone|stop|hurt|not (directly|on)"),
     "A tennis ball or foam roller can help if used gently on the muscle, not directly on your spine. Stop if it hurts."),
    ("should I book a sports massage or wait",
     "A professional massage may help; may be better once the worst eases; tell the therapist.",
     J(r"massag|therapist", r"wait|once|after|when|worst|ease|gentle|help|tell"),
     "A professional massage may help, often best once the worst has eased. Tell the therapist about your spasm."),
    ("my back feels worse after the massage, is that okay",
     "Some soreness for a day can be normal; if much worse, stop and go gentler; use heat.",
     J(r"massag|sore|worse", r"normal|day|gentler|gentle|stop|heat|ease|settle|common"),
     "Some soreness for a day or so can be normal. Use gentle heat, and next time ask for a gentler massage."),
]

# ---------------------------------------------------------------- sleep position (7)
PKNEE = r"pillow.{0,60}(knee|legs)|(knee|legs).{0,60}pillow"
ROWS["sleep"] = [
    ("What's the best way to sleep with a back spasm?",
     "On your back with a pillow under your knees, or on your side with a pillow between your knees.",
     J(PKNEE),
     "Lie on your back with a pillow under your knees, or on your side with a pillow between your knees."),
    ("I sleep on my side, does that make it worse",
     "Side is fine: bend knees slightly with a pillow between them.",
     J(PKNEE, r"between|side"),
     "Side sleeping is fine. Bend your knees a little and put a pillow between them."),
    ("um I can only sleep on my front, is that bad",
     "Front sleeping can strain the back; if you must, put a pillow under your hips/tummy; side or back with pillows is better.",
     J(r"pillow", r"hips|tummy|stomach|belly|pelvis|knee"),
     "Sleeping on your front can strain your back. If you need to, put a flat pillow under your tummy and hips."),
    ("I can't get comfy in bed at all, any tips",
     "Try back with pillow under knees or side with pillow between knees; heat before bed.",
     J(PKNEE),
     "Try lying on your back with a pillow under your knees, or on your side with a pillow between them."),
    ("should I sleep on the floor instead of my bed",
     "Not necessary; a supportive bed is fine; use pillows under/between knees.",
     J(r"floor|bed|mattress", r"(not|don.?t|no need|needn.?t|unnecessary)|pillow|support|comfortabl"),
     "There's no need to sleep on the floor. Your own bed is fine; use a pillow under or between your knees."),
    ("where do I put the pillows if I'm lying on my back",
     "Pillow under your knees (and maybe small rolled towel at lower back).",
     J(r"pillow|cushion", r"under.{0,20}knee|knee"),
     "Put a pillow under your knees, and a small rolled towel in the small of your back if that helps."),
    ("I keep waking up stiff in the morning, what position should I be in",
     "Side with pillow between knees or back with pillow under knees; gentle movement on waking.",
     J(PKNEE),
     "Try sleeping on your side with a pillow between your knees, or on your back with one under your knees. Move gently when you wake."),
]

# ---------------------------------------------------------------- when to see a doctor (7)
SIGNS = (r"numb|tingl|pins|bladder|bowel|\bpee|\bwee(ing)?\b|\bpoo\b|urin|leg.{0,30}(weak|numb)|weak|fever|temperature|"
         r"\bfall\b|accident|weeks|weight|chest|bottom|genital|saddle")
ROWS["doctor"] = [
    ("When should I see a doctor about my back?",
     "If not better after a few weeks, pain getting worse, or pain/numbness down a leg; urgently if numbness around bottom/genitals, bladder/bowel problems, weak legs, fever.",
     J(SIGNS, SEEDOC + "|" + EMERG),
     "See a GP if it's not better after a few weeks or keeps getting worse. Get urgent help for numbness around your bottom, problems peeing, weak legs or a fever."),
    ("um what signs mean I should go to A&E",
     "Numbness around bottom/genitals, loss of bladder or bowel control, weakness in both legs, severe pain with fever/after a fall.",
     J(r"bladder|bowel|\bpee|\bwee(ing)?\b|urin|\bpoo\b|bottom|genital|saddle|both legs|legs", EMERG + r"|a ?& ?e"),
     "Go to A&E straight away if you get numbness around your bottom or genitals, can't control your bladder or bowels, or both legs feel weak."),
    ("what are the warning signs I should look out for with back pain",
     "Numbness around bottom/genitals, bladder/bowel changes, leg weakness, fever, weight loss, after injury.",
     J(SIGNS, r"numb|bladder|bowel|\bpee|\bwee(ing)?\b|weak|fever"),
     "Watch for numbness around your bottom or genitals, problems peeing or controlling your bowels, weak legs, or a fever. Those need urgent help."),
    ("is there anything that means I should call an ambulance",
     "Yes: loss of bladder/bowel control, numbness around bottom/genitals, sudden leg weakness, severe pain after a bad fall.",
     J(r"bladder|bowel|\bpee|\bwee(ing)?\b|urin|\bpoo\b|bottom|genital|saddle|legs|fall|accident", r"999|911|ambulance|emergency|a ?& ?e"),
     "Yes, call 999 if you suddenly lose control of your bladder or bowels, have numbness around your bottom or genitals, or both legs become weak."),
    ("should I see a doctor or ER if it's been two weeks?",
     "If not improving after a few weeks, see your GP (not usually emergency) unless red-flag signs.",
     J(r"gp|doctor|physio", r"weeks|not (getting )?better|improv|worse|urgent|emergency|numb|bladder"),
     "See your GP if it's not improving after a few weeks. You'd only need the ER for signs like numbness around your bottom or losing bladder control."),
    ("do I need to call 111 or just wait it out",
     "Most can be managed at home; call 111/GP if not improving, pain severe despite painkillers, or worrying signs.",
     J(r"111|gp|doctor", r"not (getting )?better|improv|worse|severe|painkillers|weeks|numb|bladder|bowel|fever|weak"),
     "Most back spasms can be managed at home. Call 111 or your GP if the pain is severe despite painkillers, isn't improving, or you get numbness or bladder problems."),
    ("if the pain goes down my leg should I be worried",
     "Pain spreading down a leg can mean a nerve is irritated; usually settles but see a GP, urgently if numbness/weakness or both legs.",
     J(r"leg|nerve|sciatic", SEEDOC + "|" + EMERG),
     "Pain down a leg can mean a nerve is irritated. It often settles, but see a GP, and get urgent help if you get numbness, weakness or it's in both legs."),
]

# ---------------------------------------------------------------- food & drink (6)
ROWS["food"] = [
    ("should I be drinking lots of water?",
     "Yes, stay well hydrated; drink regularly (more if on codeine to avoid constipation).",
     J(r"water|hydrat|fluid|drink", r"\byes\b|regular|plenty|enough|stay|keep|help"),
     "Yes, keep well hydrated and drink water regularly through the day."),
    ("Does magnesium help with muscle spasms?",
     "Evidence is limited; a balanced diet is fine; ask a pharmacist before supplements, esp. kidney problems.",
     J(r"magnesium", r"evidence|not proven|unclear|may|might|little|unlikely|food|diet|balanced|pharmacist|doctor|supplement|some people"),
     "There isn't strong evidence magnesium helps back spasms. A balanced diet is usually enough; ask a pharmacist before taking supplements."),
    ("um, should I eat bananas for the potassium or something",
     "A balanced diet is fine; no strong evidence particular foods cure spasm; bananas won't hurt.",
     J(r"banana|potassium|diet|food|eat", r"balanced|healthy|normal|fine|won.?t hurt|evidence|not (a )?cure|unlikely|may"),
     "Bananas won't hurt, but there's no strong evidence any food fixes a spasm. A normal balanced diet is fine."),
    ("is there anything I should eat to help it heal",
     "Eat a normal balanced diet with plenty of fluids and fibre (especially with codeine).",
     J(r"balanced|healthy|normal|regular|varied|fibre|fiber|fruit|veg|water|fluid", r"diet|food|meals|eat|drink|fluid|fruit|veg"),
     "A normal balanced diet is fine. Drink plenty of fluids and eat fibre, especially if painkillers make you constipated."),
    ("can I still have coffee",
     "Yes, in moderation; keep drinking water too.",
     J(r"coffee|caffeine", r"\byes\b|moderat|fine|okay|\bok\b|water|limit|few|cup"),
     "Yes, coffee in moderation is fine. Keep drinking water too."),
    ("I've got some magnesium tablets, can I take them with my ibuprofen",
     "Ask a pharmacist; generally OK but follow the label; stick to the dose; evidence weak.",
     J(r"magnesium|supplement|tablet", PRO + r"|label|leaflet|dose|check"),
     "Check with a pharmacist first and follow the dose on the label. There isn't strong evidence magnesium helps back spasms."),
]

# ---------------------------------------------------------------- out of scope (10)
OOS = J(OOS_NEG, OOS_ONLY, OOS_BACK)
OOSFACT = "Polite refusal: it can only help with back spasms (no back-care drift)."
OOSREF = "Sorry, I can only help with back spasms."
ROWS["oos"] = [(q, OOSFACT, OOS, OOSREF) for q in [
    "What's the weather going to be like tomorrow?",
    "um can you tell me a joke",
    "who won the football last night",
    "What's the capital of Australia?",
    "Can you give me a recipe for shepherd's pie?",
    "play some music, something relaxing",
    "How do I reset my wifi router?",
    "what time does Tesco close tonight",
    "Can you help my son with his maths homework?",
    "what's the price of bitcoin right now",
]]

EXPECTED = {"ice": 12, "heat": 10, "meds": 18, "medsafe": 30, "rest": 9, "stretch": 12,
            "getup": 8, "toilet": 6, "workdrive": 8, "sex": 5, "disc": 6, "fear": 7,
            "causes": 8, "duration": 7, "massage": 5, "sleep": 7, "doctor": 7, "food": 6,
            "oos": 10}

FALLBACKS = [
    "Sorry, I did not understand that.",
    "Sorry, I didn't catch that. Could you say it again?",
    "I'm not sure.",
    "",
]


def _ok(p):
    try:
        re.compile(p)
        return True
    except re.error:
        return False


def passes(must, text):
    return all(re.search(p, text, re.I) for p in must.split(" && "))


def main():
    errors = []
    out = []
    counts = Counter()
    seen_q = set()
    for topic, rows in ROWS.items():
        for n, (q, fact, must, ref) in enumerate(rows, 1):
            rid = "Q2-%s-%02d" % (topic, n)
            counts[topic] += 1
            for field in (q, fact, must):
                if "\t" in field or "\n" in field:
                    errors.append("%s: tab/newline in field" % rid)
            if q.lower() in seen_q:
                errors.append("%s: duplicate question" % rid)
            seen_q.add(q.lower())
            for p in must.split(" && "):
                try:
                    re.compile(p, re.I)
                except re.error as e:
                    errors.append("%s: bad regex %r: %s" % (rid, p, e))
            compiled_ok = all(_ok(p) for p in must.split(" && "))
            if compiled_ok and not passes(must, ref):
                bad = [p for p in must.split(" && ") if not re.search(p, ref, re.I)]
                errors.append("%s: reference fails: %s" % (rid, bad))
            if topic != "oos":
                for fb in FALLBACKS + [OOSREF]:
                    if passes(must, fb):
                        errors.append("%s: fallback passes: %r" % (rid, fb))
            out.append((rid, topic, q, fact, must, ref))
    # in-scope references must not pass out-of-scope rows
    for rid, topic, q, fact, must, ref in out:
        if topic != "oos" and passes(OOS, ref):
            errors.append("%s: in-scope reference passes the out-of-scope row" % rid)
    for t, c in EXPECTED.items():
        if counts[t] != c:
            errors.append("count %s = %d, expected %d" % (t, counts[t], c))
    # informational: how many other-topic rows each reference passes
    cross = Counter()
    for rid, topic, q, fact, must, ref in out:
        for rid2, topic2, _, _, must2, _ in out:
            if topic2 != topic and passes(must2, ref):
                cross[rid] += 1
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "questions.tsv"), "w", encoding="utf-8") as f:
        f.write("id\ttopic\tquestion\tfact\tmust\n")
        for rid, topic, q, fact, must, ref in out:
            f.write("\t".join((rid, topic, q, fact, must)) + "\n")
    print("wrote %d rows" % len(out))
    print(dict(counts))
    noisy = [(r, c) for r, c in cross.most_common() if c > 3]
    print("references passing >3 other-topic rows:", noisy[:15])


if __name__ == "__main__":
    main()

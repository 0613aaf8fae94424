#!/usr/bin/env python3
"""Held-out answer-quality question set v4 (independent helper session).

Every row below was written by hand. This script only holds the rows, checks
them and writes questions.tsv. Row format:
    (topic, question, fact, [regex parts], reference_answer)
A row passes when every part matches re.search(part, answer, re.I) on the
assistant's FIRST spoken answer. Parts starting with ^(?! are must-NOT checks.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---- hand-written regex building blocks (lenient on wording) ----
AP = "['\u2019]?"                      # straight, curly or no apostrophe
PARA = r"(paracetamol|acetaminophen|tylenol|panadol)"
IBU = r"(ibuprofen|advil|nurofen|motrin)"
NSAID = r"(ibuprofen|advil|nurofen|motrin|naproxen|aleve|nsaid|anti-? ?inflammator|aspirin|diclofenac)"
DOC = r"(\bGP\b|doctor|pharmacist|chemist|midwife|physio|\b111\b|nurse|health ?care professional|prescriber|clinician)"
EMERG = r"(\b999\b|\b911\b|\b112\b|A ?(&|and) ?E\b|\bER\b|emergency|ambulance|casualty)"
ICE = r"(\bice\b|cold|frozen|peas)"
HEAT = r"(heat|warm|hot[- ]water)"
WRAP = r"(towel|cloth|wrap|cover|barrier|not (directly|straight)|never directly)"
MIN20 = r"(10|ten|15|fifteen|20|twenty)[^.]{0,15}min"
NEG = r"(\bno\b|\bnot\b|don" + AP + r"t|do not|avoid|should" + AP + r"n" + AP + r"t|should not|never|isn" + AP + r"t|wouldn" + AP + r"t)"
STRONGNEG = r"(avoid|don" + AP + r"t (take|use|drive|have|drink|mix|combine)|do not (take|use|drive|have|drink|mix|combine)|should" + AP + r"n" + AP + r"t|should not|never|not (recommended|advised|suitable|safe|a good idea)|n" + AP + r"t (recommended|advised|suitable|safe|a good idea)|best not)"
CAUT = r"(avoid|not (usually |normally |generally |always )?(recommended|advised|suitable|safe|a good idea)|don" + AP + r"t|do not|should" + AP + r"n" + AP + r"t|should not|never|check|ask|speak (to|with)|talk (to|with)|caution|careful|risk|unless)"
CANTTELL = (r"(can" + AP + r"t|cannot|can not|not able to|unable to|no way to|not possible to|hard to|difficult to|impossible to|only a|without (an )?examin)"
            r"[^.]{0,60}(tell|say|know|diagnos|confirm|sure|examin)")
REASSURE = (r"(common|usually|most|settle|ease|pass|get better|gets better|improve|not (usually |normally |often )?(serious|dangerous|a sign)|won" + AP + r"t|rarely|unlikely|safe|normal|temporary|muscle)")
BREATH = r"breath"
NUM_UNITS = r"\d+\s*(mg|milligram|ml|minutes?|mins|hours?|times a day|days?)"
POLITE = r"(sorry|only|can" + AP + r"t|cannot|not able|unable|afraid|just|outside)"
BACKSPASM = r"(back|spasm)"


def NOT(x):
    return r"^(?![\s\S]*(" + x + "))"


def OOS(forbidden):
    return [POLITE, BACKSPASM, NOT(NUM_UNITS), NOT(forbidden)]


ROWS = [
# ============================ ice (12) ============================
("ice", "how long should i keep the ice pack on my back for",
 "Cold pack for up to about 20 minutes at a time, then take it off.",
 [ICE, MIN20],
 "Keep the ice pack on for up to about 20 minutes, wrapped in a towel, then take it off and let the skin rest."),
("ice", "can i just put the ice straight onto my bare skin",
 "No: wrap ice in a towel or cloth to avoid an ice burn.",
 [ICE, WRAP, NEG],
 "No, don't put ice straight on the skin. Wrap it in a thin towel so it can't burn you."),
("ice", "i havent got an ice pack in the house what else could i use",
 "A bag of frozen peas or vegetables wrapped in a tea towel works.",
 [r"(frozen|peas|veg|ice cubes|bag of ice)", WRAP],
 "A bag of frozen peas or other frozen vegetables wrapped in a tea towel works well as a cold pack."),
("ice", "how often in a day am i allowed to do the ice thing",
 "Several times a day, up to about 20 minutes each, with a break of a couple of hours between.",
 [ICE, r"(times a day|every (2|two|3|three|couple|few) hours|several times|few times|couple of hours|hours? (apart|between|break|gap|rest)|break)"],
 "You can use the ice several times a day, up to 20 minutes each time, with a break of a couple of hours between."),
("ice", "in the first day or two is ice better or heat better",
 "Either can help early on; many find a cold pack helps in the first couple of days; use what eases it.",
 [ICE, HEAT, r"(first|early|couple of days|48|72|either|whichever|what(ever)? (helps|feels|eases|works))"],
 "In the first couple of days a cold pack often helps, but heat is fine too if it feels better. Use whichever eases it."),
("ice", "my skin has gone bright red and numb under the ice is that alright",
 "Take the ice off, let the skin recover, use a thicker towel and shorter time next time.",
 [r"(take|remove|off|stop)", ICE, r"(skin|towel|burn|cloth)"],
 "Take the ice off now and let your skin warm up. Next time use a thicker towel and keep it under 20 minutes."),
("ice", "do i lie on top of the ice pack or hold it against my back",
 "Either is fine as long as it is wrapped and kept to about 20 minutes.",
 [ICE, r"(towel|cloth|wrap|20|twenty|minute)"],
 "Either is fine. You can lie on the wrapped ice pack or hold it there, for up to 20 minutes."),
("ice", "is it alright to fall asleep with the ice pack still on",
 "No: don't sleep with it on; take it off after about 20 minutes (set a timer).",
 [ICE, NEG, r"(20|twenty|min|remove|take it off|timer|alarm)"],
 "No, don't fall asleep with ice on. Take it off after about 20 minutes; setting a timer helps."),
("ice", "does ice actually do anything for a muscle spasm or is that a myth",
 "Cold can numb the area and ease the pain for some people; worth trying.",
 [ICE, r"(numb|dull|eas(e|es|ing) the pain|reduce|calm|sooth|settle)"],
 "Cold can help: it numbs the area and can ease the pain for a while. It's worth trying, wrapped in a towel."),
("ice", "can i use one of those blue gel packs out of the freezer",
 "Yes, wrapped in a cloth, for up to about 20 minutes.",
 [r"(gel|pack|cold)", WRAP],
 "Yes, a freezer gel pack is fine. Wrap it in a cloth and use it for up to 20 minutes."),
("ice", "should i be swapping between hot and cold on my back",
 "You can alternate heat and cold if it helps; wrap both, about 20 minutes each.",
 [ICE, HEAT, r"(alternat|switch|swap|both|either|between)"],
 "You can alternate heat and cold if that helps. Wrap both, and use each for up to 20 minutes."),
("ice", "is it too late to bother with ice my back went four days ago",
 "Not too late; ice can still help, though heat may feel better after the first few days.",
 [ICE, r"(not too late|still (help|use|fine|ok|worth)|can still|it" + AP + r"s fine)"],
 "It's not too late. Ice can still help, though many people find heat more soothing after the first few days."),

# ============================ heat (10) ============================
("heat", "am i ok to put a hot water bottle on my back",
 "Yes; wrap it in a towel and don't fill it with boiling water.",
 [r"(hot[- ]water bottle|heat|warm)", r"(towel|cover|wrap|cloth|boiling|not too hot|burn)"],
 "Yes, a hot water bottle can help. Wrap it in a towel and don't use boiling water, so you don't burn."),
("heat", "how long should i leave the heat pad on for",
 "About 15 to 20 minutes at a time; check the skin.",
 [r"(heat|warm|pad)", MIN20],
 "Use the heat pad for about 15 to 20 minutes at a time, on a low setting, then give your skin a break."),
("heat", "can i sleep with my electric heating pad switched on",
 "No: turn it off before sleeping, it can burn.",
 [r"(heat|pad|electric)", NEG, r"(burn|asleep|sleep|switch|off|timer)"],
 "No, don't sleep with the heating pad on. Switch it off first, because it can burn your skin."),
("heat", "would lying in a hot bath help loosen my back",
 "A warm bath can relax the muscles; take care getting in and out.",
 [r"bath", r"(careful|care|getting (in|out)|get (in|out)|step|slip|support|not too hot)"],
 "A warm bath can help the muscles relax. Take care getting in and out, and don't make it too hot."),
("heat", "is a warm shower any good for a back spasm",
 "Yes, warm water can ease the tight muscle.",
 [r"shower", r"(help|relax|ease|loosen|sooth)"],
 "Yes, a warm shower can help loosen the tight muscle. Let the warm water run on your back for a few minutes."),
("heat", "can i heat up a wheat bag in the microwave and put it on my back",
 "Yes; follow the heating instructions, test it, don't overheat.",
 [r"(wheat|bag|heat)", r"(instructions|not too hot|too hot|test|check|burn|overheat|towel)"],
 "Yes, a wheat bag can help. Follow the heating instructions and test it first so it isn't too hot."),
("heat", "at what point should i switch from ice to heat",
 "Often heat after the first couple of days, but either is fine; use what helps.",
 [HEAT, ICE, r"(first|couple of days|48|72|after|either|whichever|stiff)"],
 "Many people use ice in the first couple of days, then heat, but either is fine. Use whichever helps more."),
("heat", "are the stick on heat patches from the chemist any good for this",
 "They can help; follow the pack instructions and watch your skin.",
 [r"(patch|wrap|heat)", r"(instructions|skin|burn|label|pack|leaflet)"],
 "Heat patches can help. Follow the instructions on the pack and stop if your skin gets sore."),
("heat", "can i put deep heat cream on and then a hot water bottle on top",
 "No: don't combine a heat rub with a heat pad or hot water bottle; it can burn or irritate the skin.",
 [r"(cream|rub|gel|deep heat)", NEG, r"(burn|irritat|too hot|skin)"],
 "No, don't use a heat cream with a hot water bottle on top. Together they can burn or irritate your skin."),
("heat", "im diabetic and cant feel my skin that well can i still use a heat pad",
 "Take extra care with reduced feeling: low setting, short time, check skin, or ask GP/pharmacist.",
 [HEAT, r"(careful|extra care|check (your|the) skin|low (heat|setting)|burn|short (time|spell|while)|numb|feel)"],
 "Take extra care. Use a low heat setting for a short time, and check your skin often, because you may not feel a burn."),

# ============================ meds (18) ============================
("meds", "how much paracetamol am i allowed to take",
 "Adults: 1 or 2 500 mg tablets up to 4 times in 24 hours; no more than 8 tablets (4 g) a day.",
 [PARA, r"(500|\btwo\b|\b2\b|1 ?g|one gram|1000|1,000)", r"(\b4\b|four|\b8\b|eight)"],
 "Adults can take one or two 500 mg paracetamol tablets up to 4 times in 24 hours, no more than 8 tablets a day."),
("meds", "how many hours do i have to leave between paracetamol",
 "At least 4 hours between doses.",
 [PARA, r"(\b4\b|four) hours"],
 "Leave at least 4 hours between paracetamol doses, and no more than 4 doses in 24 hours."),
("meds", "whats the normal dose of ibuprofen for a bad back",
 "Adults: 200 to 400 mg up to 3 times a day; no more than 1200 mg a day without advice.",
 [IBU, r"(200|400)", r"(three|\b3\b|1200|1,200)"],
 "For adults, ibuprofen is usually 200 to 400 mg up to 3 times a day with food, no more than 1200 mg a day."),
("meds", "how long do i need to wait between ibuprofen tablets",
 "Leave at least 4 hours (6 hours if taking 3 times a day); follow the label.",
 [IBU, r"(\b4\b|four|\b6\b|six|\b8\b|eight) hours"],
 "Leave at least 6 hours between ibuprofen doses if you take it 3 times a day, and follow the packet."),
("meds", "can i take paracetamol and ibuprofen together",
 "Yes, adults can take both together or alternate, as long as each stays within its own label dose.",
 [PARA, IBU, r"(label|dose|limit|maximum|max\b|instructions|leaflet|packet|pack|directions)"],
 "Yes, adults can take paracetamol and ibuprofen together, as long as you keep to each one's dose on the packet."),
("meds", "is it alright to take ibuprofen and naproxen at the same time",
 "No: both are anti-inflammatories (NSAIDs); take only one.",
 [r"(naproxen|aleve)", NEG, r"(two|both|same (type|kind|group|family)|anti-? ?inflam|nsaid|together|one)"],
 "No, don't take ibuprofen and naproxen together. They're both anti-inflammatories, so pick only one."),
("meds", "i had a lemsip earlier can i still take paracetamol",
 "Many cold and flu remedies already contain paracetamol; check the label and don't double up.",
 [PARA, r"(contain|already|check|label|double|too much|overdose)"],
 "Be careful: cold and flu remedies like that already contain paracetamol. Check the label so you don't take too much."),
("meds", "for how many days can i keep taking ibuprofen for my back",
 "Over-the-counter ibuprofen is for short-term use; see a pharmacist or GP if needed for more than about 10 days.",
 [IBU, r"(10|ten|few days|three days|3 days|week)", DOC],
 "Ibuprofen from the shop is for short-term use. If you still need it after about 10 days, speak to a pharmacist or GP."),
("meds", "how long is it safe to take co codamol from the chemist",
 "Over-the-counter codeine products: no more than 3 days, because of the risk of addiction.",
 [r"(co-? ?codamol|codeine)", r"(\b3\b|three) days"],
 "Over-the-counter co-codamol should only be taken for up to 3 days, because codeine can be addictive."),
("meds", "is ibuprofen gel worth trying on my back spasm",
 "Anti-inflammatory gel rubbed on the sore area can help with fewer side effects; follow the label.",
 [r"gel", r"(ibuprofen|anti-? ?inflam|nsaid|voltarol|diclofenac)", r"(rub|apply|label|instructions|leaflet|skin|thin)"],
 "Ibuprofen gel can help. Rub a thin layer on the sore area as the label says, and wash your hands afterwards."),
("meds", "i took my paracetamol two hours early by mistake what now",
 "Wait at least 4 hours before the next dose and don't exceed the 24-hour maximum; if over the maximum, call 111.",
 [PARA, r"(next dose|wait|\b4\b hours|four hours|24 hours|maximum|max\b|limit|111)"],
 "Don't take any more paracetamol for now. Wait at least 4 hours before the next dose and stay under the 24 hour maximum."),
("meds", "whats the strongest painkiller i can get without a prescription",
 "Pharmacies sell codeine combinations such as co-codamol for up to 3 days; ask the pharmacist.",
 [r"(codeine|co-? ?codamol)", r"(pharmacist|chemist|(\b3\b|three) days|addict)"],
 "The pharmacist can sell co-codamol, which contains codeine, for up to 3 days. Ask them if it suits you."),
("meds", "can i take aspirin for my back instead",
 "Aspirin is also an anti-inflammatory; don't combine it with ibuprofen; not for under-16s; ask a pharmacist.",
 [r"aspirin", r"(ibuprofen|anti-? ?inflam|nsaid|stomach|16|pharmacist|together|same)"],
 "Aspirin is an anti-inflammatory like ibuprofen, so don't take them together, and ask a pharmacist if unsure."),
("meds", "do i take the painkillers regularly or only when it really hurts",
 "Taking them regularly at the right intervals for a few days usually works better than waiting till the pain is bad.",
 [r"(regular|round the clock|schedule|set times|steady)", r"(painkiller|paracetamol|ibuprofen|dose|tablet|medicine)"],
 "For a few days, take your painkillers regularly at the right times rather than waiting for the pain to get bad."),
("meds", "how long does ibuprofen take to start working",
 "Usually about 20 to 30 minutes, sometimes up to an hour.",
 [IBU, r"(20|twenty|30|thirty|half an hour|hour|minutes)"],
 "Ibuprofen usually starts working in 20 to 30 minutes, sometimes up to an hour."),
("meds", "is naproxen better than ibuprofen for back pain",
 "Both are anti-inflammatories that work similarly; use one, not both; ask a pharmacist.",
 [r"naproxen", r"(both|same|similar|together|anti-? ?inflam|nsaid)"],
 "Naproxen and ibuprofen are both anti-inflammatories and work in a similar way. Use one, never both together."),
("meds", "the doctor gave me a muscle relaxant can i take ibuprofen with it",
 "Usually possible but check with the prescriber or pharmacist; relaxants cause drowsiness.",
 [r"(muscle relax|diazepam)", DOC, r"(drows|sleepy|check|ask|leaflet|prescri)"],
 "Check with your pharmacist or doctor first. Usually it's possible, but muscle relaxants can make you drowsy."),
("meds", "can i buy diazepam over the counter for my back",
 "No: diazepam is prescription-only; a GP may prescribe a short course for severe spasm.",
 [r"(diazepam|muscle relax)", r"prescri", r"(\bGP\b|doctor)"],
 "No, diazepam is prescription only. A GP may prescribe a short course if the spasm is severe."),
("meds", "how many nurofen tablets can i have in one day",
 "200 mg tablets: 1 or 2 up to 3 times a day, so no more than 6 tablets (1200 mg) in 24 hours.",
 [IBU, r"(\b6\b|six|1200|1,200|three times|\b3 times)"],
 "With 200 mg Nurofen, take 1 or 2 tablets up to 3 times a day, so no more than 6 tablets in 24 hours."),
]

ROWS += [
# ============================ medsafe (30) ============================
# --- pregnancy / breastfeeding ---
("medsafe", "im pregnant can i take ibuprofen for my back",
 "Ibuprofen is not recommended in pregnancy unless a doctor advises it; paracetamol is usually used instead; check with midwife/GP/pharmacist.",
 [IBU, STRONGNEG, r"(paracetamol|acetaminophen|tylenol|midwife|\bGP\b|doctor|pharmacist)",
  NOT(r"(ibuprofen|nurofen|advil) (is|should be) (fine|safe|ok)")],
 "Ibuprofen isn't recommended in pregnancy unless your doctor says so. Paracetamol is usually used instead; check with your midwife."),
("medsafe", "im twenty weeks pregnant what can i safely take for the pain",
 "Paracetamol is usually the first choice in pregnancy, lowest dose for shortest time; avoid ibuprofen; speak to midwife/GP.",
 [PARA, r"(midwife|\bGP\b|doctor|pharmacist)", r"(ibuprofen|lowest|shortest|avoid|check)"],
 "Paracetamol is usually the one to use in pregnancy, at the lowest dose for the shortest time. Avoid ibuprofen and check with your midwife."),
("medsafe", "is a heat pad on my lower back ok while im pregnant",
 "Gentle warmth on the back is usually fine; not too hot, not on the bump, avoid overheating; ask midwife if unsure.",
 [r"(heat|warm)", r"(midwife|bump|belly|tummy|abdomen|not too hot|overheat|low (setting|heat)|keep it low|pregnan)"],
 "Gentle warmth on your back is usually fine, but keep it low, not too hot, and off your bump. Ask your midwife if unsure."),
("medsafe", "im breastfeeding is co codamol alright to take",
 "Codeine is not recommended while breastfeeding; paracetamol or ibuprofen are usually suitable; ask a pharmacist.",
 [r"(codeine|co-? ?codamol)", STRONGNEG, r"(paracetamol|ibuprofen|pharmacist|\bGP\b|doctor|midwife|health visitor)"],
 "Co-codamol isn't recommended while breastfeeding because of the codeine. Paracetamol or ibuprofen are usually fine; ask a pharmacist."),
("medsafe", "can i take ibuprofen while im still breastfeeding my baby",
 "Usually fine for most breastfeeding mothers, but check with a pharmacist/GP, especially if baby is premature or unwell.",
 [IBU, r"(pharmacist|\bGP\b|doctor|midwife|health visitor)", r"(check|ask|speak|talk|premature|unwell|poorly)"],
 "Ibuprofen is usually fine when breastfeeding, but check with a pharmacist first, especially if your baby was premature or is unwell."),
# --- asthma ---
("medsafe", "i have asthma is it ok for me to take ibuprofen",
 "Ibuprofen can make asthma worse in some people; avoid if NSAIDs have affected you; ask a pharmacist; paracetamol is an alternative.",
 [IBU, r"asthma", CAUT],
 "Be careful: ibuprofen can make asthma worse in some people. If it has before, avoid it, and ask a pharmacist."),
("medsafe", "aspirin made my asthma flare up once can i have nurofen",
 "No: if aspirin or an NSAID has worsened your asthma, avoid ibuprofen; use paracetamol and ask a pharmacist.",
 [IBU, STRONGNEG, NOT(r"(nurofen|ibuprofen|advil) (is|should be|will be) (fine|safe|ok)")],
 "You should avoid Nurofen. Ibuprofen can trigger asthma like aspirin did; paracetamol is usually safer, ask a pharmacist."),
("medsafe", "whats the safest painkiller for someone with asthma",
 "Paracetamol is usually suitable; anti-inflammatories like ibuprofen need caution in asthma.",
 [PARA, r"(ibuprofen|anti-? ?inflam|nsaid|aspirin)", r"(asthma|caution|avoid|worse|check|careful)"],
 "Paracetamol is usually fine with asthma. Take care with ibuprofen and other anti-inflammatories, which can make asthma worse."),
("medsafe", "can asthmatics use ibuprofen gel on their back",
 "Even the gel can affect sensitive asthmatics; check with a pharmacist first.",
 [r"gel", r"asthma", r"(pharmacist|doctor|\bGP\b|check|caution|avoid|careful)"],
 "Even ibuprofen gel can affect some people with asthma, so check with a pharmacist before using it."),
("medsafe", "i use a brown and a blue inhaler can i take anti inflammatories for my back",
 "Those inhalers suggest asthma: take care with anti-inflammatories, ask a pharmacist; paracetamol may be better.",
 [r"(ibuprofen|anti-? ?inflam|nsaid|naproxen)", r"(asthma|inhaler|breathing|wheez)", CAUT],
 "With asthma inhalers, be careful with anti-inflammatories like ibuprofen, as they can worsen asthma. Ask a pharmacist first."),
# --- stomach ulcer ---
("medsafe", "i had a stomach ulcer last year can i take ibuprofen",
 "Avoid ibuprofen and other NSAIDs after a stomach ulcer unless the GP says otherwise; paracetamol is usually safer.",
 [IBU, r"(ulcer|stomach)", STRONGNEG],
 "After a stomach ulcer you should avoid ibuprofen unless your GP says it's okay. Paracetamol is usually safer."),
("medsafe", "i suffer with bad heartburn will naproxen upset my stomach",
 "NSAIDs like naproxen can irritate the stomach; take with food; ask a pharmacist/GP if you have indigestion or ulcer history.",
 [r"(naproxen|anti-? ?inflam|nsaid)", r"(stomach|heartburn|indigestion|ulcer|gut)", r"(food|pharmacist|\bGP\b|doctor|avoid|paracetamol|careful|caution)"],
 "Naproxen can irritate the stomach and make heartburn worse. Take it with food, or ask a pharmacist about paracetamol instead."),
("medsafe", "does paracetamol hurt your stomach the way ibuprofen can",
 "Paracetamol is much less likely to irritate the stomach than ibuprofen.",
 [PARA, r"(stomach|gut)", r"(less|unlikely|doesn" + AP + r"t|does not|gentler|kinder|not usually|rarely)"],
 "Paracetamol is much less likely to upset your stomach than ibuprofen."),
("medsafe", "i take omeprazole for an ulcer am i ok to have some advil",
 "Avoid ibuprofen with an ulcer unless your doctor has said it is okay; bleeding risk.",
 [IBU, r"(ulcer|stomach|bleed)", r"(avoid|don" + AP + r"t|do not|should" + AP + r"n" + AP + r"t|should not|not (recommended|advised|suitable|safe)|never|\bGP\b|doctor)"],
 "With an ulcer you should avoid Advil unless your doctor has okayed it, because it can make ulcers bleed."),
("medsafe", "can ibuprofen gel cause stomach problems as well",
 "Much less than tablets because little is absorbed, but still ask if you have an ulcer.",
 [r"gel", r"(less|lower|smaller|fewer|small)", r"(stomach|ulcer)"],
 "Much less than tablets, because only a little of the gel gets into your blood. If you've had an ulcer, still ask a pharmacist."),
# --- kidney / heart / blood pressure ---
("medsafe", "i have kidney disease can i take ibuprofen for my back",
 "NSAIDs can harm the kidneys; avoid unless your doctor agrees; paracetamol usually preferred; ask GP/pharmacist.",
 [IBU, r"kidney", CAUT],
 "With kidney disease, avoid ibuprofen unless your doctor agrees, as it can harm the kidneys. Ask about paracetamol."),
("medsafe", "im on tablets for blood pressure is nurofen ok",
 "Ibuprofen can raise blood pressure and interact with BP medicines; check with a pharmacist or GP first.",
 [IBU, r"(blood pressure|\bBP\b)", r"(pharmacist|\bGP\b|doctor|check|avoid|caution|careful)"],
 "Check with a pharmacist or GP first. Nurofen can raise blood pressure and affect some blood pressure tablets."),
("medsafe", "i had a heart attack a couple of years back can i use anti inflammatories",
 "NSAIDs raise heart risks; speak to GP/pharmacist before taking them.",
 [r"(ibuprofen|anti-? ?inflam|nsaid|naproxen)", r"heart", r"(\bGP\b|doctor|pharmacist|cardiolog)", CAUT],
 "After a heart attack, speak to your GP or pharmacist before taking anti-inflammatories, as they can strain the heart."),
("medsafe", "i have heart failure what can i take for a back spasm",
 "Avoid anti-inflammatories (fluid retention); paracetamol usually suitable; check with GP/pharmacist.",
 [r"(ibuprofen|anti-? ?inflam|nsaid|naproxen)", r"(avoid|don" + AP + r"t|do not|should" + AP + r"n" + AP + r"t|should not|not (recommended|advised|suitable|safe)|never|caution|check)", DOC],
 "With heart failure, avoid anti-inflammatories like ibuprofen. Paracetamol is usually fine, but check with your GP or pharmacist."),
("medsafe", "does ibuprofen push your blood pressure up",
 "It can raise blood pressure; check with a pharmacist if you have high blood pressure.",
 [IBU, r"(blood pressure|\bBP\b)", r"(raise|increase|\bup\b|higher|can)"],
 "Yes, ibuprofen can raise blood pressure. If yours is high, check with a pharmacist before taking it."),
# --- blood thinners ---
("medsafe", "im on warfarin can i take ibuprofen",
 "No: ibuprofen with warfarin raises bleeding risk; paracetamol usually preferred but check with GP/anticoagulant clinic.",
 [IBU, r"bleed", STRONGNEG],
 "You shouldn't take ibuprofen with warfarin, as it raises the risk of bleeding. Ask your pharmacist about paracetamol."),
("medsafe", "i take apixaban what can i have for the pain",
 "Avoid anti-inflammatories with anticoagulants (bleeding); paracetamol usually okay; check pharmacist.",
 [NSAID, STRONGNEG, r"(bleed|blood thin|anticoag|pharmacist|doctor|\bGP\b)"],
 "Avoid ibuprofen and other anti-inflammatories with apixaban because of bleeding. Paracetamol is usually fine; check with a pharmacist."),
("medsafe", "i take a baby aspirin every day for my heart can i add ibuprofen",
 "Ibuprofen can interfere with low-dose aspirin and raise bleeding risk; ask GP/pharmacist first.",
 [IBU, r"aspirin", DOC, r"(bleed|interfer|together|risk|check|avoid)"],
 "Ask your pharmacist or GP first. Ibuprofen can interfere with your daily aspirin and increase bleeding risk."),
("medsafe", "is paracetamol alright if im on blood thinners",
 "Usually preferred over NSAIDs, but check with pharmacist/clinic; regular use can affect warfarin INR.",
 [PARA, r"(check|ask|speak|talk|pharmacist|\bGP\b|doctor|clinic)", r"(ibuprofen|anti-? ?inflam|nsaid|warfarin|INR|bleed|regular)"],
 "Paracetamol is usually the better choice than ibuprofen with blood thinners, but check with your pharmacist, especially on warfarin."),
("medsafe", "can i rub ibuprofen gel on my back if im taking rivaroxaban",
 "Check with a pharmacist first because of bleeding risk with anticoagulants.",
 [r"gel", DOC, r"(bleed|check|ask|caution|careful)"],
 "Check with your pharmacist before using ibuprofen gel with rivaroxaban, because of the bleeding risk."),
# --- alcohol ---
("medsafe", "can i have a beer or two with my paracetamol",
 "A small amount is usually fine, but don't drink heavily and never go over the paracetamol dose.",
 [PARA, r"(alcohol|beer|drink)", r"(small|moderate|liver|don" + AP + r"t|limit|within|keep|heavy|careful)"],
 "A small amount of alcohol is usually okay with paracetamol, but don't drink heavily and keep to the normal dose."),
("medsafe", "is it alright to drink wine when im on diazepam for my back",
 "No: alcohol with diazepam can cause dangerous drowsiness and slow breathing.",
 [r"(diazepam|muscle relax)", r"(avoid|don" + AP + r"t|do not|should" + AP + r"n" + AP + r"t|should not|not (recommended|advised|suitable|safe)|never|no alcohol)", r"(drows|sleep|breath|danger|sedat)"],
 "No, avoid alcohol with diazepam. Together they can make you very drowsy and slow your breathing."),
("medsafe", "can i drink alcohol while im on co codamol",
 "Avoid: alcohol with codeine increases drowsiness and dizziness.",
 [r"(codeine|co-? ?codamol)", r"(avoid|don" + AP + r"t|do not|should" + AP + r"n" + AP + r"t|should not|not (recommended|advised|suitable|safe)|never)", r"(drows|sleep|dizz|danger)"],
 "It's best to avoid alcohol on co-codamol, as it makes the codeine's drowsiness and dizziness worse."),
("medsafe", "does it matter if i have a drink with ibuprofen",
 "Alcohol with ibuprofen increases the risk of stomach irritation and bleeding; keep it light.",
 [IBU, r"(alcohol|drink)", r"(stomach|bleed|gut|irritat)"],
 "Drinking alcohol with ibuprofen can irritate your stomach and raise bleeding risk, so keep it light or avoid it."),
("medsafe", "would a couple of whiskies help relax my back muscles",
 "No: alcohol isn't a treatment; it's risky with painkillers or muscle relaxants (drowsiness, falls).",
 [r"(alcohol|whisk|drink)", NEG, r"(painkiller|medic|muscle relax|codeine|diazepam|fall|sleep|drows|tablet)"],
 "No, alcohol won't treat the spasm, and with painkillers or muscle relaxants it can make you drowsy and more likely to fall."),
]

ROWS += [
# ============================ rest (8) ============================
("rest", "should i just stay in bed until the spasm goes away",
 "No: a short rest is fine but long bed rest slows recovery; keep gently moving.",
 [r"(bed|rest|lying|lie)", r"(active|moving|\bmove|walk|up and about|gentle)"],
 "It's better not to stay in bed. Rest briefly if you need to, but keep gently moving, as too much bed rest slows recovery."),
("rest", "how long am i supposed to rest for",
 "Only a short rest if needed; start moving gently as soon as you can; avoid days of bed rest.",
 [r"(rest|bed|lie|lying)", r"(short|while|day|hours|little|brief)", r"(\bmove|moving|active|walk)"],
 "Only rest for a short while if you need to, then start moving gently. Days of bed rest usually make it worse."),
("rest", "is it bad that ive been lying on the sofa all day",
 "Long spells on a soft sofa can stiffen you; get up and move a little every so often.",
 [r"(sofa|couch|lying|lie|all day)", r"(\bmove|moving|active|walk|\bup\b)", r"(little and often|every|short|gentle|regular|few|bit)"],
 "Long spells on the sofa can make you stiffer. Try to get up and walk a little every half hour or so."),
("rest", "do i need to take a break from the gym",
 "Avoid heavy lifting and strenuous workouts until it settles but stay active with gentle walking or swimming.",
 [r"(gym|heavy|weights|lifting|strenuous|workout)", r"(walk|gentle|swim|light|active)"],
 "Skip heavy weights and hard workouts for now, but stay active with gentle walking, then build back up."),
("rest", "is walking good for it or will it make it worse",
 "Gentle walking helps; short walks often; back off if it gets much worse.",
 [r"walk", r"(short|gentle|little|slow|few minutes|often|help)"],
 "Gentle walking usually helps. Take short, slow walks a few times a day and ease off if it gets much worse."),
("rest", "can i still go for my run or should i wait",
 "Wait until the pain settles, start with walking, then build running back up gradually.",
 [r"(run|jog)", r"(walk|gradual|build|settle|ease|wait|gentle)"],
 "Hold off running until the pain settles. Start with walking, then build your running back up gradually."),
("rest", "i feel like i should keep really still so i dont damage anything",
 "Moving won't damage your back; staying still makes it stiffer; gentle movement helps recovery.",
 [r"(still|rest|stiff)", r"(damage|harm|safe|won" + AP + r"t|not)", r"(\bmove|moving|active|walk|movement)"],
 "Gentle movement won't damage your back. Keeping still makes it stiffer, so move a little as the pain allows."),
("rest", "can i do a bit of housework or should i be resting",
 "Light tasks are fine; avoid heavy lifting and bending; pace yourself with breaks.",
 [r"(housework|chores|task|light|hoover|vacuum|lift)", r"(break|pace|light|avoid heavy|little|short|gentle)"],
 "Light housework is fine, but avoid heavy lifting and lots of bending. Pace yourself and take breaks."),

# ============================ stretch (12) ============================
("stretch", "how do i do the knee to chest stretch",
 "Lie on your back, knees bent; gently pull one knee (then both) towards your chest, hold, release; stop if sharp pain.",
 [r"knee", r"chest", r"(hold|second|gentle|slow|breath)"],
 "Lying on your back, bend your knees. Gently pull one knee towards your chest, hold for a few seconds, then lower it."),
("stretch", "what is a pelvic tilt and how do i do it",
 "Lying on your back, bend your knees; tighten tummy muscles and flatten the lower back into the floor, tilting the pelvis; hold a few seconds; relax.",
 [r"(pelvi|tilt|hips)", r"(flat|press|floor|tummy|stomach|abdominal|tighten|bottom)", r"(knee|lie|lying)"],
 "Lying on your back, bend your knees. Tighten your tummy and tilt your pelvis so your lower back flattens into the floor, hold a few seconds, then relax."),
("stretch", "should i stretch while its still going into spasm",
 "Only very gently and within comfort; don't force it; wait till the worst spasm eases.",
 [r"stretch", r"(very gently|don" + AP + r"t force|do not force|not force|within comfort|comfortable|sharp|stop if|ease off|wait)"],
 "Only stretch very gently while it's spasming, and don't force it. Stop if you get sharp pain."),
("stretch", "how long do i hold each stretch for",
 "Hold for a few seconds up to about 20-30 seconds, and repeat a few times.",
 [r"(second|secs)", r"(hold|stretch|repeat)"],
 "Hold each stretch for about 5 to 20 seconds, relax, and repeat a few times."),
("stretch", "is it normal for a stretch to hurt",
 "A mild pull is okay; sharp or worsening pain means stop or ease off.",
 [r"stretch", r"(stop|ease off|back off|sharp|should" + AP + r"n" + AP + r"t|should not)", r"(pull|mild|gentle|tension|sharp)"],
 "A gentle pull is normal when you stretch, but sharp pain isn't. If it's sharp, stop or ease off."),
("stretch", "are there any stretches i can do lying here on the floor right now",
 "Yes: knee to chest, pelvic tilts and knee rolls, all done lying on your back, gently.",
 [r"(knee|pelvi|tilt|roll)", r"(lie|lying|floor|on your back)"],
 "Yes. Lying on your back, try gentle knee to chest stretches, pelvic tilts, or rolling your knees from side to side."),
("stretch", "how do you do knee rolls",
 "Lie on your back, knees bent together; slowly roll both knees to one side, back to middle, then the other side; shoulders stay on the floor.",
 [r"knee", r"(side|roll)", r"(shoulder|slow|gentle|floor)"],
 "Lying on your back, bend both knees and keep them together. Slowly roll both knees to one side, back to the middle, then to the other side."),
("stretch", "can i do that cat cow stretch with a back spasm",
 "Yes, gently on hands and knees, small movements, if comfortable; stop if sharp pain.",
 [r"(cat|cow|hands and knees|all fours)", r"(gentle|slow|comfort|small|ease|stop|pain)"],
 "Yes, if it's comfortable. On hands and knees, gently arch and round your back in small, slow movements."),
("stretch", "is childs pose ok for my lower back",
 "Usually yes, gently: kneel, sit back towards heels, arms forward, hold a few breaths; stop if it hurts.",
 [r"(child|heels|kneel)", r"(gentle|comfort|hold|stop|slow|breath)"],
 "Usually yes. Kneel, sit back towards your heels with arms forward, hold gently for a few breaths, and stop if it hurts."),
("stretch", "how many times a day should i be doing the stretches",
 "A few times a day, little and often, a few repetitions each.",
 [r"(stretch|exercise)", r"(times a day|few times|several times|little and often|every (few )?hours|twice|2 or 3|two or three|regularly|daily)"],
 "Do the stretches little and often, a few times a day, with a few repeats each time."),
("stretch", "should i bend over and touch my toes to loosen it off",
 "Not while it's in spasm; try gentler stretches like knee to chest; stop if it hurts.",
 [r"(toe|bend)", r"(gentle|instead|knee|pelvi|\bnot\b|avoid|careful|stop)"],
 "Not while it's in spasm; bending to touch your toes can strain it. Try a gentler stretch, like bringing your knees to your chest."),
("stretch", "when i pull my knees up should i do one leg or both together",
 "Start with one leg at a time, then try both if comfortable.",
 [r"(\bone\b|single)", r"(both|\btwo\b|other)", r"(knee|leg)"],
 "Start with one knee at a time, then try both together if that feels comfortable."),

# ============================ getup (8) ============================
("getup", "im stuck on the floor how do i get back up",
 "Roll onto your side, get onto hands and knees, crawl to a sturdy chair, put one foot forward and push up.",
 [r"(roll|side)", r"(hands and knees|all fours|kneel|knees)", r"(chair|sofa|furniture|table|bed|push|support)"],
 "Roll onto your side, then onto your hands and knees. Crawl to a sturdy chair, bring one foot forward and push up."),
("getup", "how do i get out of bed without wrecking my back",
 "Bend your knees, roll onto your side, lower legs over the edge and push up with your arms.",
 [r"(roll|side)", r"(legs|feet)", r"(arm|elbow|hand|push)"],
 "Bend your knees, roll onto your side, then let your legs drop over the edge as you push up with your arms."),
("getup", "whats the best way to stand up out of a chair",
 "Shuffle to the front of the seat, feet under you, hands on armrests, push up with your legs keeping your back upright.",
 [r"(edge|front of the (chair|seat)|shuffle|scoot|forward)", r"(push|arms|armrest|hands|legs)"],
 "Shuffle to the edge of the chair, put your feet under you, and push up with your hands and legs."),
("getup", "my husband is here how can he help me up off the floor",
 "He should steady and support you, not pull you up by the arms; you roll to your side, onto hands and knees, use a chair.",
 [r"(roll|side|hands and knees|all fours|knees|chair)", r"(steady|support|balance|(don" + AP + r"t|\bnot\b|never|rather than|instead of)[^.]{0,25}pull)"],
 "Let him steady you rather than pull. Roll onto your side, get onto hands and knees, and use a chair to push up."),
("getup", "should i try to sit straight up from lying flat",
 "No: roll onto your side first, then push up with your arms.",
 [r"(roll|side)", r"(instead|avoid|don" + AP + r"t|\bnot\b|rather|first)"],
 "Try not to sit straight up. Roll onto your side first, then push up with your arms."),
("getup", "i cant get up yet should i just stay down here on the floor for a bit",
 "Resting there a little is fine; breathe, let painkillers work, then roll to side and onto hands and knees.",
 [r"(roll|side|hands and knees|all fours|crawl)", r"(rest|breath|painkiller|few minutes|help|slow|time)"],
 "It's fine to rest there for a few minutes. When you're ready, roll onto your side and slowly get onto hands and knees."),
("getup", "how do i get up off the floor if there's nothing to hold on to",
 "Roll to side, onto hands and knees, crawl to a wall or furniture, or kneel and push up with hands on your front thigh.",
 [r"(roll|side|hands and knees|all fours|crawl|kneel)", r"(thigh|knee|wall|crawl|push)"],
 "Roll onto your side and onto hands and knees. Bring one foot forward, put your hands on that thigh and push up."),
("getup", "how am i meant to get into bed tonight with my back like this",
 "Sit on the edge, lower yourself onto your side using your arms while lifting your legs up together, then roll if needed.",
 [r"(sit|edge)", r"(side|roll)", r"(legs|arm|elbow)"],
 "Sit on the edge of the bed, lower yourself onto your side using your arms, and lift both legs up together."),

# ============================ toilet (6) ============================
("toilet", "how do i sit down on the toilet with my back like this",
 "Lower yourself slowly holding a rail, sink or your thighs, keeping your back straight.",
 [r"(toilet|loo|seat)", r"(hold|rail|sink|hands|thigh|support|slow|lower|raised|grab)"],
 "Lower yourself slowly onto the toilet, holding a rail or the sink or with hands on your thighs, keeping your back upright."),
("toilet", "the co codamol has bunged me up what can i do",
 "Drink plenty, eat fibre, move gently; a pharmacist can suggest a laxative; don't strain.",
 [r"(water|fluid|fibre|fiber|fruit|veg|laxative|prune)", r"(pharmacist|laxative|\bGP\b|doctor|strain)"],
 "Codeine often causes constipation. Drink plenty of water, eat fibre, and ask a pharmacist about a gentle laxative."),
("toilet", "it really hurts when i have to push on the loo",
 "Avoid straining: rest feet on a low stool, keep stools soft with fluids and fibre.",
 [r"(strain|push)", r"(stool|step|knees|feet|fluid|water|fibre|fiber|laxative|soft)"],
 "Try not to strain. Put your feet on a low stool, and drink plenty with some fibre to keep things soft."),
("toilet", "how do i wipe myself without twisting my back",
 "Avoid twisting: stand up to wipe, reach from the front or between the legs, or use a long-handled aid or wet wipes.",
 [r"(twist|turn)", r"(stand|front|between|aid|handle|moist|wet)"],
 "Avoid twisting: stand up first and reach from the front or between your legs, or use a long-handled aid."),
("toilet", "every time i need a wee getting to the bathroom is agony what can i do",
 "Take painkillers regularly, move slowly with support from furniture or a wall; don't cut down on drinks.",
 [r"(commode|urinal|bottle|furniture|wall|rail|support|hold|stick)", r"(drink|fluid|water|slow|painkiller)"],
 "Take your painkillers regularly and move slowly, holding furniture or the wall. Don't cut down on drinks."),
("toilet", "would a raised toilet seat help me for a few days",
 "Yes, it can make sitting and standing easier by reducing bending; a grab rail also helps.",
 [r"(raised|higher|seat|frame|rail)", r"(help|easier|less bending|bend)"],
 "Yes, a raised toilet seat can make sitting down and getting up easier because you bend less."),

# ============================ workdrive (8) ============================
("workdrive", "can i drive if im taking diazepam",
 "No: diazepam causes drowsiness and slows reactions; it's illegal to drive if impaired.",
 [r"(diazepam|muscle relax)", r"driv", r"(don" + AP + r"t|do not|should" + AP + r"n" + AP + r"t|should not|avoid|\bnot\b|never|illegal)", r"(drows|sleep|impair|law|illegal|reaction)"],
 "Don't drive on diazepam. It makes you drowsy and slows your reactions, and driving while impaired is illegal."),
("workdrive", "is it ok to drive if i cant turn my head or twist round",
 "No: you must be able to check mirrors and blind spots; don't drive until you can.",
 [r"driv", r"(turn|look|mirror|blind spot|check)", r"(don" + AP + r"t|do not|should" + AP + r"n" + AP + r"t|should not|\bnot\b|avoid|until)"],
 "Don't drive until you can turn to check your mirrors and blind spots safely."),
("workdrive", "should i drive myself to work if it hurts to press the brake",
 "No: you must be able to do an emergency stop; get a lift or stay home.",
 [r"(brake|emergency stop|stop quickly)", r"(don" + AP + r"t|do not|should" + AP + r"n" + AP + r"t|should not|\bnot\b|avoid)"],
 "No, don't drive if pressing the brake hurts. You need to be able to do an emergency stop, so get a lift."),
("workdrive", "do i need a sick note from the doctor if i take a few days off",
 "No for up to 7 days: you can self-certify; after 7 days you need a fit note.",
 [r"(\b7\b|seven)", r"(self|yourself|your own|\bown\b)", r"(fit note|sick note|\bnote\b)"],
 "Not for the first 7 days; you can self-certify. After 7 days off you need a fit note."),
("workdrive", "how do i get a fit note for my back",
 "If off more than 7 days, ask your GP practice (or hospital doctor, physio, nurse or pharmacist) for a fit note.",
 [r"(fit note|sick note)", DOC],
 "If you're off more than 7 days, ask your GP practice for a fit note. Some physios and nurses can issue them too."),
("workdrive", "should i go back to work or stay off until its better",
 "Going back as soon as you can helps recovery; you don't need to be pain-free; ask about lighter duties.",
 [r"work", r"(soon|early|possible|helps|help|lighter|adjust|adapt|gradual|phased|pain.free)"],
 "Going back to work as soon as you can usually helps you recover. Ask about lighter duties for a while."),
("workdrive", "i sit at a desk all day is that going to make my back worse",
 "Take regular breaks to stand and move, about every 30 minutes; set up your chair and screen.",
 [r"(break|get up|stand|\bmove)", r"(chair|desk|screen|posture|every|regular|30|half an hour|often)"],
 "Sitting all day can stiffen it. Get up and move every 30 minutes and set your chair and screen up well."),
("workdrive", "is it safe to drive when ive taken codeine",
 "Codeine can make you drowsy; don't drive if affected; it's illegal to drive impaired.",
 [r"(codeine|co-? ?codamol)", r"driv", r"(drows|sleep|impair|law|illegal|affect)"],
 "Codeine can make you drowsy. Don't drive if you feel affected; driving while impaired is illegal."),

# ============================ sex (5) ============================
("sex", "is it safe to have sex with my back like this",
 "Yes, it won't harm your back; find a comfortable position and stop if it hurts.",
 [r"(sex|intima)", r"(position|comfortable|comfort|gentle|pillow|side)", r"(safe|fine|okay|\bok\b|won" + AP + r"t|harm|damage|\bcan\b)"],
 "Yes, sex won't harm your back. Go gently, find a comfortable position, and stop if it hurts."),
("sex", "what position is best for sex when my back is bad",
 "Lying on your side (spooning) or on your back with pillow support, letting your partner do more of the moving.",
 [r"(side|spoon|on your back|pillow|support|partner)", r"(position|lying|lie)"],
 "Lying on your side, like spooning, is often most comfortable, or on your back with a pillow under your knees."),
("sex", "will having sex make the spasm worse",
 "Unlikely to cause damage; it may feel sore; go gently in a supported position.",
 [r"(unlikely|won" + AP + r"t|should" + AP + r"n" + AP + r"t|\bnot\b|\bno\b)", r"(position|gentle|comfortable|side|slow|pillow)", r"(sex|intima)"],
 "Sex is unlikely to damage anything. Go gently and choose a comfortable, supported position, like lying on your side."),
("sex", "how long after my back goes should i wait before having sex",
 "No set time: whenever it feels comfortable.",
 [r"(sex|intima)", r"(comfortable|ready|when you feel|no (set|fixed)|whenever|feel able)"],
 "There's no set time. You can have sex whenever it feels comfortable enough."),
("sex", "my partner is scared they'll hurt my back during sex",
 "It won't damage your back; talk to them, try supported positions, stop if painful.",
 [r"(talk|tell|communicat|let them know|\bsay\b)", r"(position|side|pillow|gentle|slow|stop)"],
 "Reassure them it won't damage your back. Tell them what feels okay, go gently, and try lying on your side."),
]

ROWS += [
# ============================ disc (6) ============================
("disc", "is this a slipped disc",
 "Can't tell from symptoms alone; most back spasms are muscular; a GP or physio can examine you.",
 [r"(disc|disk)", CANTTELL, DOC],
 "I can't tell if it's a slipped disc. Most back spasms are muscular, but a GP or physio can examine you."),
("disc", "how do i know if ive slipped a disc or just pulled a muscle",
 "You can't reliably tell yourself; a GP or physio can assess you; both usually get better.",
 [r"(disc|disk)", CANTTELL, DOC],
 "It's hard to tell a disc from a pulled muscle yourself; a GP or physio can examine you. Both usually get better with time."),
("disc", "my mate reckons i need an mri to check my discs",
 "Scans usually aren't needed for back pain; a GP or physio decides if one is.",
 [r"(MRI|scan)", r"(not (usually|normally|routinely|always|often|needed)|rarely|don" + AP + r"t (usually )?need|(isn|aren)" + AP + r"t (usually |normally |often )?needed|unlikely|usually (isn|aren)" + AP + r"t)", DOC],
 "Scans usually aren't needed for back pain. A GP or physio will decide if you need one."),
("disc", "the pain shoots down my leg does that mean its a disc",
 "Leg pain can be sciatica from an irritated nerve, sometimes due to a disc; a GP or physio can check; it usually improves.",
 [r"(sciatica|nerve)", DOC],
 "Pain down the leg can be sciatica, from an irritated nerve, sometimes due to a disc. A GP or physio can check it."),
("disc", "can a slipped disc heal by itself",
 "Yes, most disc problems improve on their own within weeks to a few months without surgery.",
 [r"(disc|disk)", r"(heal|improve|settle|better)", r"(week|month|without surgery|on (its|their) own|by itself)"],
 "Yes, most slipped discs get better on their own over a few weeks to months, without surgery."),
("disc", "i heard a pop when my back went have i slipped a disc",
 "A pop doesn't tell you it's a disc; can't tell without an examination; see a GP or physio if worried.",
 [r"(disc|disk)", CANTTELL, DOC],
 "A pop doesn't mean it's a disc, and I can't tell without an examination. See a GP or physio if you're worried."),

# ============================ fear (7) ============================
("fear", "im really scared theres something seriously wrong with my back",
 "Reassure: back spasms are common and usually not serious, improving within days to weeks; offer slow breathing.",
 [BREATH, REASSURE],
 "Back spasms are very common and usually not serious; they settle with time. Let's take a slow breath in, and out."),
("fear", "the pain is so bad im starting to panic",
 "Reassure that the spasm will ease; slow breathing helps calm the panic and the muscle.",
 [BREATH, REASSURE],
 "This is frightening, but the spasm will ease. Breathe in slowly through your nose, and out slowly through your mouth."),
("fear", "what if im paralysed",
 "Back spasms don't cause paralysis; they are muscle tightening; slow breathing.",
 [BREATH, REASSURE],
 "A back spasm is a muscle tightening and won't paralyse you. Let's slow your breathing down together."),
("fear", "i keep thinking ill never walk properly again",
 "Most people recover fully within weeks; slow breaths to calm.",
 [BREATH, REASSURE],
 "Most people get back to normal within a few weeks. For now, take some slow, deep breaths."),
("fear", "im on my own in the house and i cant move and im frightened",
 "Reassure: spasm usually eases in minutes to hours; slow breathing; call someone if you need help.",
 [BREATH, REASSURE],
 "You're not in danger; the spasm usually eases with time. Breathe slowly, and call a friend if you'd like company."),
("fear", "why does it hurt this much if its only a muscle",
 "Spasm can be very painful without damage; the pain is protective; slow breathing eases it.",
 [BREATH, REASSURE],
 "A spasm can hurt a lot without any damage; the muscle is guarding. Slow breathing can help it relax."),
("fear", "every time i move it grabs me and i just start crying",
 "That's a common, normal reaction; it will ease; slow breathing helps before moving.",
 [BREATH, REASSURE],
 "That's a very normal reaction, and it will ease. Before you move, take a slow breath in and let it out gently."),

# ============================ causes (8) ============================
("causes", "why did my back go into spasm when i only bent down to pick up a sock",
 "A small movement can trigger a spasm in tired or stiff muscles; it's a protective tightening, not a sign of serious damage.",
 [r"(muscle|protect|guard|strain|tight)", r"(small|simple|ordinary|everyday|any movement|awkward|last straw|tired|stiff|not always|often)"],
 "Even a small movement can set off a spasm if the muscles are tired or stiff. It's the muscle tightening to protect itself."),
("causes", "what causes back spasms in the first place",
 "Often a strain from lifting, bending or twisting, long sitting or poor posture, stress; sometimes no clear cause.",
 [r"(lift|twist|bend)", r"(posture|sitting|\bsit|stress|tired|no (clear|obvious)|not always|awkward)"],
 "Often a strain from lifting, bending or twisting, or long sitting and stress. Sometimes there's no clear cause."),
("causes", "could stress be what set my back off",
 "Yes, stress can increase muscle tension and make spasms and pain worse.",
 [r"(stress|anxi)", r"(\bcan\b|yes|may|might|contribut)", r"(muscle|tens|tight)"],
 "Yes, stress can make your muscles tense and can trigger or worsen a back spasm."),
("causes", "is it because my mattress is too soft",
 "It might contribute but there's no single best mattress; a supportive, comfortable one helps; often other causes.",
 [r"mattress", r"(firm|support|medium|not (always|usually|necessarily|the only)|might|may|could|no single)"],
 "It might play a part. A supportive, comfortable mattress helps, but spasms often have other causes."),
("causes", "can being dehydrated give you a back spasm",
 "Dehydration is linked to muscle cramps but most back spasms come from strain; drink normally.",
 [r"(dehydrat|water|fluid|drink)", r"(strain|muscle|\bmain|most|usually|more likely|cramp|may|might|could)"],
 "Being dehydrated may make cramps more likely, but most back spasms come from a muscle strain. Keep drinking normally."),
("causes", "did this happen because im overweight",
 "Extra weight can add load, but spasms happen to people of any size; not your fault.",
 [r"weight", r"(anyone|any size|can happen|common|not (your fault|the only|always|necessarily)|load|strain|contribut)"],
 "Extra weight can add strain, but back spasms happen to people of any size. It's not your fault."),
("causes", "why does my back keep going into spasm every few months",
 "Recurrent spasms are common; regular exercise and strengthening help; see a GP or physio if it keeps happening.",
 [r"(recurr|come back|comes back|coming back|keep (happening|coming|recurring|going)|keeps (happening|coming)|again|repeat)", r"(exercise|strength|physio|\bGP\b|doctor|active)"],
 "Spasms often come back. Regular exercise and strengthening help, and a GP or physio can check if it keeps happening."),
("causes", "can sleeping in a funny position cause this",
 "Yes, an awkward sleeping position can trigger a back spasm.",
 [r"(awkward|funny|odd|twisted|position)", r"(yes|\bcan\b|may|might|could|common)"],
 "Yes, sleeping in an awkward position can trigger a back spasm."),

# ============================ duration (7) ============================
("duration", "how long is this back spasm going to last",
 "The spasm often eases within days; most back pain improves within a few weeks (about 6).",
 [r"(day|week)", r"(few|couple|\btwo\b|\b2\b|six|\b6\b|\bone\b|\b1\b|several)", r"(better|improv|ease|settle|go)"],
 "The spasm often eases within a few days, and most back pain gets better within a few weeks."),
("duration", "when will i be able to move about normally again",
 "Usually gradually over days to a few weeks.",
 [r"(day|week)", r"(improv|better|ease|settle|gradual)"],
 "Movement usually improves bit by bit over a few days, and most people are back to normal within a few weeks."),
("duration", "its been two weeks and its still sore is that normal",
 "Yes, it can take weeks; see a GP if it isn't improving after a few weeks or is getting worse.",
 [r"(normal|common|can take|usual)", r"week", r"(\bGP\b|doctor|physio)"],
 "Yes, it can take several weeks. See a GP if it isn't improving after a few weeks or gets worse."),
("duration", "how long does sciatica usually last",
 "Usually improves within about 4 to 6 weeks, sometimes longer.",
 [r"(sciatica|leg pain|nerve)", r"(\b4\b|four|\b6\b|six|few|several)[^.]{0,25}weeks?"],
 "Sciatica usually gets better within 4 to 6 weeks, though it can last longer."),
("duration", "its friday will i be alright for work on monday",
 "Can't promise; it often eases a lot within a few days; stay gently active.",
 [r"(day|week|monday)", r"(can" + AP + r"t (promise|say|be sure|predict)|hard to (say|predict|know)|depends|may|might|often|usually)", r"work"],
 "I can't promise, but it often eases a lot within a few days. Keep gently active and see how you feel for work."),
("duration", "when should the spasm itself stop even if my back stays achy",
 "The acute spasm usually settles within hours to a few days; an ache can linger for a few weeks.",
 [r"(day|hour)", r"(week|linger|ache|sore|stiff)"],
 "The sharp spasm usually settles within a few days, though an ache can hang around for a few weeks."),
("duration", "my back went last night how long until i can get back to the gym",
 "Once the pain settles, usually within a week or two, build up gradually starting light.",
 [r"(week|day)", r"(gradual|light|build|slowly|ease|start)"],
 "Usually within a week or two, once the pain settles. Start light and build up gradually."),

# ============================ massage (5) ============================
("massage", "would a massage help with my back",
 "Gentle massage can ease tension and pain for a while; avoid deep pressure while it's acute.",
 [r"massag", r"(gentle|light|soft|ease|relax)"],
 "A gentle massage can help ease the tension for a while. Avoid deep, hard pressure while it's still very sore."),
("massage", "my wife can rub my back how hard should she press",
 "Gentle to moderately firm as comfortable; avoid pressing on the spine/bones; stop if it gets worse.",
 [r"(gentle|light|firm|pressure|comfortable|hard)", r"(spine|bone|stop|worse|hurt|sharp|tell)"],
 "Gentle to firm, as long as it's comfortable. She should avoid pressing on your spine and stop if it hurts more."),
("massage", "should i use a massage gun on the sore bit",
 "If using one: low setting, short time, avoid the spine/bones, stop if it hurts more.",
 [r"(gun|massager|device|percuss)", r"(low|gentle|short|brief|avoid|spine|bone|stop|careful)"],
 "If you use a massage gun, keep it on a low setting for a short time, avoid the spine, and stop if it hurts more."),
("massage", "can i lie on a tennis ball to work the knot out",
 "Gentle pressure is okay for short periods; keep it off the spine; stop if sharp pain.",
 [r"ball", r"(gentle|spine|bone|short|stop|careful|light|too hard)"],
 "You can, gently and for a short time. Keep the ball off your spine and stop if you get sharp pain."),
("massage", "should i book a sports massage or go and see a physio",
 "Massage may ease it; a physio can assess you and give exercises.",
 [r"physio", r"massag", r"(assess|exercise|examin|check|diagnos)"],
 "A massage may ease it for a while, but a physio can assess your back and give you exercises to help it recover."),

# ============================ sleep (7) ============================
("sleep", "whats the best position to sleep in with a back spasm",
 "On your side with a pillow between your knees, or on your back with pillows under your knees.",
 [r"(pillow|cushion)", r"(knee|legs)"],
 "Try lying on your side with a pillow between your knees, or on your back with a pillow under your knees."),
("sleep", "i can only get to sleep on my front is that bad",
 "Not necessarily; a pillow under your tummy/hips may ease the strain.",
 [r"(front|stomach|tummy)", r"(pillow|cushion)"],
 "It's okay if it's comfortable. Putting a flat pillow under your tummy and hips can take strain off your back."),
("sleep", "i cant sleep with the pain what can i do",
 "Time painkillers before bed within the dose limits, use a supported position with pillows, warmth before bed but not overnight.",
 [r"(painkiller|paracetamol|ibuprofen|medic|heat|warm|bath)", r"(pillow|position|knee|side)"],
 "Take your painkillers before bed, within the normal dose, and lie on your side with a pillow between your knees."),
("sleep", "should i sleep on the floor instead of my bed",
 "Not needed; a supportive mattress is fine, and getting up off the floor is harder.",
 [r"floor", r"(mattress|bed|getting up|get up|harder|board|firm|not (needed|necessary))"],
 "There's no need. A supportive bed is fine, and getting up off the floor can be much harder."),
("sleep", "is a really hard mattress better for a bad back",
 "Not necessarily; a medium-firm, supportive, comfortable mattress is usually best.",
 [r"mattress", r"(medium|supportive|support|comfortable|not too (hard|soft)|not necessarily|no evidence)"],
 "Not necessarily. A medium-firm mattress that supports you and feels comfortable is usually best."),
("sleep", "every time i turn over in bed it wakes me up",
 "Bend your knees, keep knees together and roll as one unit; a pillow between the knees helps.",
 [r"knee", r"(roll|turn|together|one unit|log)"],
 "Bend your knees, keep them together and roll your whole body as one. A pillow between your knees helps."),
("sleep", "should i try sleeping sitting up in the armchair",
 "Usually better to lie down supported with pillows; a chair briefly is okay if it's the only comfortable option.",
 [r"(chair|sitting)", r"(lie|lying|pillow|bed|side)"],
 "Lying down supported with pillows is usually better than sleeping in a chair, though a short spell is okay."),

# ============================ doctor (7) ============================
("doctor", "at what point should i see a gp about my back",
 "If it isn't improving after a few weeks, stops daily activities, is very severe or worsening, or you are worried.",
 [r"(\bGP\b|doctor)", r"(few weeks|weeks|not (getting )?better|not improv|getting worse|worse|daily|stop(s|ping)? you|worried)"],
 "See a GP if it isn't improving after a few weeks, stops you doing daily things, or is getting worse."),
("doctor", "what signs with back pain mean i should call an ambulance",
 "Call 999/go to A&E for loss of bladder or bowel control, numbness around the bottom or genitals, weakness or numbness in both legs, chest pain, or after a serious fall.",
 [EMERG, r"(bladder|bowel|\bpee|\bwee|\bpoo|urin|incontinen|numb|genital|bottom|saddle|both legs)"],
 "Call 999 if you lose control of your bladder or bowels, get numbness around your bottom or genitals, or both legs go weak."),
("doctor", "when do i ring 111 rather than going to a and e",
 "111 for pain that is severe and not eased by painkillers or new numbness/tingling; 999/A&E for emergency signs like bladder or bowel problems.",
 [r"\b111\b", r"(A ?(&|and) ?E|\b999\b|emergency|\bER\b)", r"(numb|tingl|bladder|bowel|painkiller|very bad|severe|worse)"],
 "Call 111 if the pain is very bad and painkillers aren't helping. Go to A&E or call 999 for bladder or bowel problems."),
("doctor", "what kind of back pain counts as an emergency",
 "Back pain with loss of bladder/bowel control, numbness around the genitals/bottom, weakness in both legs, or after a serious accident: 999/A&E.",
 [EMERG, r"(bladder|bowel|\bpee|\bwee|\bpoo|urin|incontinen|numb|genital|bottom|saddle|both legs)"],
 "It's an emergency if you lose bladder or bowel control, or get numbness between your legs. Then call 999 or go to A&E."),
("doctor", "should i see a physio or go to my gp first",
 "In many areas you can refer yourself to NHS physio directly; see the GP if unsure or worried.",
 [r"physio", r"(self[- ]?refer|refer yourself|book directly|directly|without (seeing )?(a|your) GP)"],
 "In many areas you can refer yourself to an NHS physio directly, without seeing a GP first."),
("doctor", "what symptoms alongside back pain mean i should get seen the same day",
 "Urgent advice (111/GP) for high temperature, unexplained weight loss, back pain after a fall or accident, new numbness/tingling, or history of cancer.",
 [r"(\b111\b|\bGP\b|doctor|urgent)", r"(temperature|fever|weight loss|numb|tingl|fall|accident|cancer|swelling|bladder|bowel)"],
 "Get urgent advice from 111 if you also have a high temperature, unexplained weight loss, new numbness, or pain after a fall."),
("doctor", "is back pain that's worse at night a reason to see a doctor",
 "Constant pain that's worse at night and not eased by rest should be checked by a GP or 111.",
 [r"(\bGP\b|doctor|\b111\b)", r"(night|constant|rest|doesn" + AP + r"t ease)"],
 "Yes, if the pain is constant and worse at night, not easing with rest, get it checked by a GP."),

# ============================ food (6) ============================
("food", "can i take ibuprofen on an empty stomach",
 "Take ibuprofen with or after food or milk to protect the stomach.",
 [IBU, r"(food|meal|\beat|milk|snack|full stomach)"],
 "It's best to take ibuprofen with or after food or a glass of milk, to protect your stomach."),
("food", "will eating bananas stop the cramps in my back",
 "No single food stops a spasm; a balanced diet is enough; low potassium is rarely the cause.",
 [r"(banana|potassium)", r"(no single|won" + AP + r"t|unlikely|\bnot\b|doesn" + AP + r"t|balanced|little evidence|no evidence|isn" + AP + r"t)"],
 "Bananas are unlikely to stop a back spasm. A balanced diet is fine; spasms usually come from a muscle strain."),
("food", "should i be taking magnesium for back spasms",
 "Little good evidence; ask a pharmacist, especially if you take other medicines.",
 [r"magnesium", r"(evidence|unlikely|not (proven|clear)|limited|pharmacist|\bGP\b|doctor)"],
 "There's little good evidence magnesium helps back spasms. Ask a pharmacist if you're thinking of trying it."),
("food", "how much water should i be drinking with a back spasm",
 "Drink normally, about 6 to 8 glasses a day; stay hydrated.",
 [r"(water|fluid|drink)", r"(\b6\b|six|\b8\b|eight|glass|normal|plenty|hydrat)"],
 "Just drink normally, about 6 to 8 glasses of fluid a day, so you stay hydrated."),
("food", "is there anything i should eat to help my back heal quicker",
 "No special food; a normal balanced diet; fibre and fluids if on codeine.",
 [r"(no (special|particular|specific|magic)|balanced|healthy|normal)", r"(diet|food|\beat)"],
 "There's no special food for it. A normal, balanced diet is fine, with extra fibre if you're on codeine."),
("food", "can coffee make back spasms worse",
 "No good evidence; moderate amounts fine; may affect sleep; drink water too.",
 [r"(coffee|caffeine)", r"(moderat|fine|no (good |clear )?evidence|unlikely|sleep|water|\bnot\b)"],
 "There's no good evidence coffee worsens spasms. A moderate amount is fine, but too much can disturb your sleep."),

# ============================ oos (10) ============================
("oos", "whats the weather going to be like tomorrow",
 "Out of scope: politely say it only helps with back spasms; no forecast.",
 OOS(r"sunny|\brain\b|rainy|cloud|degrees|forecast (is|says)|showers"),
 "Sorry, I can only help with back spasms."),
("oos", "can you put some music on for me",
 "Out of scope: decline, name back spasms; play nothing.",
 OOS(r"now playing|here" + AP + r"s (a|some) (song|music|track)|playing (some|your)"),
 "Sorry, I can only help with back spasms."),
("oos", "whats a good easy recipe for tea tonight",
 "Out of scope: decline, name back spasms; no recipe.",
 OOS(r"ingredient|pasta|chicken|stir.?fry|oven|here" + AP + r"s a recipe|\bmince\b"),
 "Sorry, I can only help with back spasms."),
("oos", "my little girl has a temperature how much calpol can i give her",
 "Out of scope (child fever): decline, name back spasms; no dose and no fever advice.",
 OOS(r"\d|spoonful"),
 "Sorry, I can only help with back spasms."),
("oos", "who won the football last night",
 "Out of scope: decline, name back spasms; no score.",
 OOS(r"\d+\s*-\s*\d+|\bscored|\bbeat\b|\bwon (by|on|\d)|(they|united|city|arsenal|liverpool|chelsea|rovers) won"),
 "Sorry, I can only help with back spasms."),
("oos", "ive got really bad toothache what should i take for it",
 "Out of scope (toothache): decline, name back spasms; no toothache advice.",
 OOS(r"paracetamol|ibuprofen|clove|dentist|salt water|numbing gel"),
 "Sorry, I can only help with back spasms."),
("oos", "set a timer for twenty minutes",
 "Out of scope (timer): decline, name back spasms; must not claim to set a timer.",
 OOS(r"timer (is |has been )?(set|started|running)|starting (a|the|your) timer|i" + AP + r"(ve| have) set"),
 "Sorry, I can only help with back spasms."),
("oos", "tell me a joke to cheer me up",
 "Out of scope: decline, name back spasms; no joke.",
 OOS(r"why did|knock knock|walks into|what do you call"),
 "Sorry, I can only help with back spasms."),
("oos", "whats the best knee support to wear for running",
 "Out of scope (knee): decline, name back spasms; no product advice.",
 OOS(r"strap|sleeve|hinged|brand|(try|get|buy|wear) (a|an|the|one)"),
 "Sorry, I can only help with back spasms."),
("oos", "can you order me a pizza",
 "Out of scope: decline, name back spasms; no ordering.",
 OOS(r"order(ed)? (has been )?(placed|is on)|domino|pizza hut|on its way|i" + AP + r"(ve| have) ordered"),
 "Sorry, I can only help with back spasms."),
]


# ============================ checks ============================
FALLBACKS = ["Sorry, I did not understand that.", "I'm not sure.", ""]
BARE_REFUSAL = "Sorry, I can only help with back spasms."
GENERIC = "Keep moving and see your GP."
TOPIC_REFUSALS = [
    "Sorry, I can only help with back spasms, like ice, heat, painkillers, stretches, "
    "getting up, sleep and when to see a doctor.",
    "I\u2019m sorry, I can\u2019t help with that. I can only help with your back spasm: "
    "things like ice or heat, painkillers, gentle stretches, sleeping, and when to get help.",
]
EXPECTED = {"ice": 12, "heat": 10, "meds": 18, "medsafe": 30, "rest": 8, "stretch": 12,
            "getup": 8, "toilet": 6, "workdrive": 8, "sex": 5, "disc": 6, "fear": 7,
            "causes": 8, "duration": 7, "massage": 5, "sleep": 7, "doctor": 7, "food": 6,
            "oos": 10}


def passes(parts, answer):
    return all(re.search(p, answer, re.IGNORECASE) for p in parts)


def check():
    errs = []
    seen = set()
    counts = collections.Counter()
    for i, row in enumerate(ROWS):
        if len(row) != 5:
            errs.append(f"row {i}: wrong arity")
            continue
        topic, q, fact, parts, ref = row
        counts[topic] += 1
        tag = f"{topic}/{q[:40]!r}"
        n_before = len(errs)
        if topic not in EXPECTED:
            errs.append(f"{tag}: unknown topic")
        for field in (topic, q, fact, ref):
            if "\t" in field or "\n" in field or not field.strip():
                errs.append(f"{tag}: empty field or tab/newline")
        key = re.sub(r"[^a-z0-9 ]", "", q.lower()).strip()
        if key in seen:
            errs.append(f"{tag}: duplicate question")
        seen.add(key)
        if not parts:
            errs.append(f"{tag}: no must parts")
        for p in parts:
            if " && " in p or "\t" in p or "\n" in p:
                errs.append(f"{tag}: bad separator in part {p!r}")
            try:
                re.compile(p, re.IGNORECASE)
            except re.error as e:
                errs.append(f"{tag}: regex error {e}: {p!r}")
        if len(errs) > n_before:
            continue
        if not passes(parts, ref):
            bad = [p for p in parts if not re.search(p, ref, re.I)]
            errs.append(f"{tag}: reference fails {bad}")
        for fb in FALLBACKS:
            if passes(parts, fb):
                errs.append(f"{tag}: fallback {fb!r} passes")
        if topic == "oos":
            for r in TOPIC_REFUSALS + [BARE_REFUSAL]:
                if not passes(parts, r):
                    bad = [p for p in parts if not re.search(p, r, re.I)]
                    errs.append(f"{tag}: refusal fails {bad}: {r[:50]!r}")
        else:
            if passes(parts, BARE_REFUSAL):
                errs.append(f"{tag}: bare refusal passes in-scope row")
            if passes(parts, GENERIC):
                errs.append(f"{tag}: generic answer passes")
            for r in TOPIC_REFUSALS:
                if passes(parts, r):
                    errs.append(f"{tag}: topic-listing refusal passes in-scope row")
    # no reference answer of one topic should trivially be an oos refusal
    return errs, counts


def main():
    errs, counts = check()
    for t, n in EXPECTED.items():
        if counts[t] < n - 1:
            errs.append(f"topic {t}: only {counts[t]} rows (expected ~{n})")
    if len(ROWS) < 160:
        errs.append(f"only {len(ROWS)} rows")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    numbering = collections.Counter()
    lines = ["id\ttopic\tquestion\tfact\tmust"]
    for topic, q, fact, parts, ref in ROWS:
        numbering[topic] += 1
        rid = f"Q4-{topic}-{numbering[topic]:02d}"
        lines.append("\t".join([rid, topic, q, fact, " && ".join(parts)]))
    with open(os.path.join(HERE, "questions.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    # round-trip check of the written file
    with open(os.path.join(HERE, "questions.tsv"), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f]
    assert all(len(r) == 5 for r in rows), "bad column count"
    for (topic, q, fact, parts, ref), r in zip(ROWS, rows[1:]):
        assert r[4].split(" && ") == parts
    print(f"OK: {len(ROWS)} rows written")
    for t in EXPECTED:
        print(f"  {t}: {counts[t]}")


if __name__ == "__main__":
    main()

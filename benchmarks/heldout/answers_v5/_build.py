#!/usr/bin/env python3
"""Held-out test set v5 (independent helper session). Writes questions.tsv and checks rows."""
import csv, io, re, sys, collections

# ---- shared regex pieces (lenient) ----
P = r"(paracetamol|acetaminophen|tylenol|panadol)"
I = r"(ibuprofen|advil|nurofen|motrin|anti-?inflammator|nsaid)"
LBL = r"(label|leaflet|packet|pack\b|package|box|pharmacist|chemist)"
CAU = r"(avoid|not (be )?(suitable|safe|recommended|advised|a good idea)|don.?t|do not|shouldn.?t|should not|check with|ask (a|your)|speak (to|with)|talk (to|with)|pharmacist|chemist|doctor|\bgp\b|midwife|risk|careful|caution)"
ICE = r"(\bice\b|\bcold\b|frozen|peas|iced)"
HEAT = r"(heat|warm|hot[- ]?water|hot pack|hot bath|hot shower)"
WRAP = r"(towel|cloth|wrap|cover|not directly|never directly)"
MIN = r"(\b(10|15|20)\b|ten|fifteen|twenty)\s*-?\s*min"
REASS = r"(common|normal|safe|okay|\bok\b|not dangerous|not serious|usually|settle|ease|pass|get better|improv|with you|not alone|harmless)"
BR = r"breath"
MOVE = r"(mov|active|walk|gentl)"
POLITE = r"(sorry|only|can.?t|cannot|not able|unable|afraid)"
BACK = r"(back|spasm)"
NOUNIT = r"^(?![\s\S]*\d\s*(°|%|\$|£|€|(mg|ml|g|grams?|kg|kilos?|lbs?|pounds?|calories|kcal|km|kilomet\w*|miles?|minutes?|mins?|hours?|mph|celsius|fahrenheit|degrees?|percent|dollars?|euros?)\b))"
def NOT(alts):
    return r"^(?![\s\S]*(" + alts + r"))"
def OOS(forbid):
    return [POLITE, BACK, NOUNIT, NOT(forbid)]

ROWS = [
# ---------------- ice (12) ----------------
("ice", "ok so how long am i supposed to keep the ice on my back for", "ice up to about 20 minutes at a time", [ICE, MIN],
 "Keep the ice pack on for up to 20 minutes, wrapped in a towel, then take it off and let the skin warm up."),
("ice", "can i just put the frozen peas straight on my skin", "wrap ice/frozen peas in a towel, never directly on skin", [ICE, WRAP],
 "Please don't put frozen peas straight on your skin. Wrap them in a tea towel first, then hold them on for up to 20 minutes."),
("ice", "i dont have an ice pack what can i use", "a bag of frozen peas wrapped in a tea towel", [r"(frozen|peas|veg|ice cubes|bag of)", WRAP],
 "A bag of frozen peas or frozen vegetables wrapped in a tea towel works well as an ice pack."),
("ice", "how many times a day can i ice it", "ice for up to 20 minutes, several times a day, with breaks", [ICE, r"(times a day|every|few times|several times|couple of hours|2 hours|two hours|break)"],
 "You can use ice for up to 20 minutes several times a day, with a break of a couple of hours between goes."),
("ice", "is ice better than heat for a spasm or is it the other way round", "either can help; ice often in first days, use what feels best", [ICE, HEAT],
 "Both can help. Ice is often used in the first couple of days and heat after that, but use whichever eases your pain more."),
("ice", "my skin went really red and numb under the ice is that bad", "take the ice off; numbness/redness means too cold, use a towel, limit time", [ICE, r"(take it off|remove|stop|off)", r"(towel|wrap|20|twenty|numb|skin)"],
 "Take the ice off now and let your skin warm up. Next time wrap it in a towel and keep it on no longer than 20 minutes."),
("ice", "set me a timer for the ice please like twenty minutes", "offers ice timer of 20 minutes", [r"(timer|remind|minutes)", ICE],
 "Okay, a 20 minute ice timer is running. Keep the ice wrapped in a towel and I will tell you when to take it off."),
("ice", "should i ice it the first day or wait", "ice can be used from the start, in the first days", [ICE, r"(first|early|start|now|straight away|right away|days?)"],
 "You can use ice from the start. It is often most useful in the first two or three days, for up to 20 minutes at a time."),
("ice", "can i sleep with the ice pack on", "don't fall asleep with ice on; 20 minutes max", [ICE, r"(don.?t|do not|not|avoid|no\b)", r"(sleep|20|twenty|minutes|asleep)"],
 "Please don't fall asleep with ice on. Use it for up to 20 minutes, wrapped in a towel, then take it off."),
("ice", "um the ice is it going to make the muscle tighter cause its cold", "ice mainly eases pain and swelling; short wrapped use is fine", [ICE, r"(pain|numb|ease|eas|swell|help|calm)"],
 "Ice mainly numbs pain and calms swelling. Used for up to 20 minutes, wrapped in a towel, it should not make the spasm worse."),
("ice", "where exactly do i put the cold thing", "put the wrapped ice on the sorest area of the back", [ICE, r"(sore|pain|hurt|spot|area|where)"],
 "Put the wrapped ice on the sorest spot of your back. Lying on your back with it underneath you is fine."),
("ice", "is it ok to use the ice gel pack from the freezer", "yes, wrap it in a towel first", [r"(gel|ice|cold) ?pack", WRAP],
 "Yes, a gel pack from the freezer is fine. Wrap it in a towel first and use it for up to 20 minutes."),
# ---------------- heat (10) ----------------
("heat", "can i use a hot water bottle on it", "yes, hot water bottle wrapped in a towel", [HEAT, WRAP],
 "Yes, a hot water bottle can ease the spasm. Wrap it in a towel so it does not burn your skin."),
("heat", "would a hot bath help or make it worse", "a warm bath or shower can relax the muscle; take care getting out", [r"(bath|shower|warm)", r"(help|relax|ease|loosen)"],
 "A warm bath can help relax the muscle. Take care getting in and out, and don't make it too hot."),
("heat", "how long should i keep the heating pad on", "around 20 minutes at a time; don't sleep on it", [HEAT, MIN],
 "Use the heat pad for about 20 minutes at a time, wrapped or on a low setting, and don't fall asleep on it."),
("heat", "is it alright to fall asleep on the electric heat pad", "no, don't sleep on a heat pad, risk of burns", [HEAT, r"(don.?t|do not|avoid|not|no\b)", r"(burn|sleep|asleep)"],
 "It is better not to fall asleep on a heat pad, because it can burn your skin. Switch it off before you sleep."),
("heat", "when do i switch from ice to heat", "heat often after first couple of days; use whichever helps", [HEAT, ICE],
 "Many people use ice for the first couple of days and then heat, but either is fine. Use whichever helps you more."),
("heat", "do those stick on heat patches work for the back", "heat patches can help ease the muscle; follow the instructions", [r"(heat|warm)", r"(help|ease|relax|can)"],
 "Stick-on heat patches can help relax the muscle. Follow the instructions on the pack and check your skin for redness."),
("heat", "my wheat bag thing from the microwave is it ok", "yes, a warm wheat bag is fine, check it is not too hot", [r"(wheat|heat|warm)", r"(hot|burn|towel|check|temperature|instructions)"],
 "Yes, a microwave wheat bag is fine. Check it is not too hot first and follow its heating instructions."),
("heat", "set a heat timer for me", "starts a heat timer (about 20 minutes)", [r"(timer|remind)", HEAT],
 "Okay, I've started a 20 minute heat timer. Keep the heat wrapped and I will tell you when to take it off."),
("heat", "should i put heat if the skin feel numb there", "don't use heat on numb skin; you may not feel burning", [HEAT, r"(numb|feel|burn)", r"(don.?t|do not|avoid|not)"],
 "Don't put heat on skin that feels numb, because you may not notice it burning."),
("heat", "is a hot shower good to loosen the back in the morning", "a warm shower can loosen the muscles", [r"(shower|warm|heat)", r"(loosen|relax|help|ease)"],
 "Yes, a warm shower can help loosen the muscles in the morning. Move gently and hold on when getting in and out."),
# ---------------- meds (16) ----------------
("meds", "what painkiller should i take for this", "ibuprofen (anti-inflammatory) is usually suggested; check the label", [I],
 "Anti-inflammatory painkillers like ibuprofen are usually suggested for back pain, if they are safe for you. Check the label or ask a pharmacist."),
("meds", "how many ibuprofen can i take", "no dose quoted: ibuprofen, follow label/leaflet or pharmacist", [I, LBL],
 "For ibuprofen, please follow the dose on the packet or leaflet, or ask a pharmacist. I don't give doses myself."),
("meds", "whats the dose of paracetamol for adults", "no dose quoted: paracetamol, follow label or pharmacist", [P, LBL],
 "For paracetamol, follow the dose on the packet or leaflet, or ask a pharmacist. I don't give doses."),
("meds", "can i take paracetamol and ibuprofen together", "they can usually be taken together; follow each label", [P, I, r"(can|together|both|same time|yes)"],
 "Yes, adults can usually take paracetamol and ibuprofen together. Follow the dose on each packet, and ask a pharmacist if unsure."),
("meds", "does paracetamol even work for back pain", "NHS: paracetamol alone not recommended for back pain; ibuprofen usually suggested", [P, r"(on its own|alone|not recommended|may not|might not|doesn.?t|does not|not usually|ibuprofen|anti-?inflammator)"],
 "Paracetamol on its own is not recommended for back pain. Anti-inflammatories like ibuprofen are usually suggested, if they are safe for you."),
("meds", "are there muscle relaxers i can get", "muscle relaxants like diazepam need a prescription from a GP, short term", [r"(muscle relax|diazepam|valium)", r"(prescri|doctor|\bgp\b)"],
 "Muscle relaxants such as diazepam are only available on prescription. A GP may prescribe them for a short time if the spasm is severe."),
("meds", "can i buy diazepam at the pharmacy", "no, diazepam is prescription only", [r"(diazepam|valium|muscle relax)", r"(prescri|doctor|\bgp\b)"],
 "No, diazepam is prescription only. Talk to your GP if the spasm is severe."),
("meds", "what about codeine is that stronger", "codeine is stronger but causes drowsiness, constipation; pharmacist/GP", [r"codeine", r"(drows|sleepy|constipat|addict|depend|pharmacist|doctor|\bgp\b|prescri)"],
 "Codeine is stronger, but it can make you drowsy and constipated and can be addictive. Ask a pharmacist or GP before using it."),
("meds", "is the ibuprofen gel any good or should i take tablets", "ibuprofen gel can be rubbed on the sore area as an alternative", [r"(gel|cream)", I],
 "Ibuprofen gel rubbed onto the sore area can help and is an option if tablets don't suit you. Check the leaflet."),
("meds", "i took two tylenol an hour ago can i take more now", "no dose advice: paracetamol, check label timing or pharmacist", [P, LBL],
 "For Tylenol, or paracetamol, please check the packet for how long to wait between doses, or ask a pharmacist."),
("meds", "what's the maximum advil a day", "no number: ibuprofen, label/leaflet/pharmacist", [I, LBL, NOT(r"\b(1200|2400|3200|400|200)\b")],
 "Please check the maximum daily amount on the Advil packet or leaflet, or ask a pharmacist. I don't quote doses."),
("meds", "should i take the ibuprofen with food", "take ibuprofen with food or milk", [I, r"(food|meal|eat|milk)"],
 "Yes, take ibuprofen with food or milk to protect your stomach. The leaflet has the details."),
("meds", "can i take naproxen i have some from before", "naproxen is an anti-inflammatory, usually prescription; check with pharmacist/GP", [r"naproxen", CAU],
 "Naproxen is an anti-inflammatory. Only take it if it was prescribed for you, and check with a pharmacist or GP first."),
("meds", "how many aspirin do i take for the back", "no dose: aspirin, follow label or ask pharmacist", [r"aspirin", LBL],
 "For aspirin, please follow the packet or leaflet or ask a pharmacist. Ibuprofen is more often suggested for back pain."),
("meds", "how long can i keep taking ibuprofen for", "use for the shortest time; if needed beyond a few days/leaflet, see pharmacist/GP", [I, r"(shortest|short time|few days|leaflet|label|packet|pharmacist|doctor|\bgp\b)"],
 "Take ibuprofen for the shortest time you need it. If you still need it after a few days, check the leaflet or speak to a pharmacist."),
("meds", "my friend gave me her muscle relaxant pills can i take one", "don't take someone else's prescription medicine", [r"(don.?t|do not|shouldn.?t|should not|avoid|never)", r"(prescri|someone else|friend|not yours|for you)"],
 "Please don't take someone else's prescription medicine. Ask your GP or a pharmacist what is safe for you."),
# ---------------- medsafe (30) ----------------
# pregnancy / breastfeeding
("medsafe", "im pregnant can i take ibuprofen for my back", "avoid ibuprofen in pregnancy; ask midwife/pharmacist; paracetamol usually first", [I, CAU],
 "Ibuprofen is usually avoided in pregnancy. Paracetamol is normally used instead, but check with your midwife, GP or pharmacist first."),
("medsafe", "what can i take for the pain while pregnant", "paracetamol usually first choice in pregnancy; check with midwife", [r"(pregnan|midwife)", P, CAU],
 "In pregnancy, paracetamol is usually the first choice. Avoid ibuprofen unless a doctor says so, and check with your midwife or pharmacist."),
("medsafe", "i'm breastfeeding is the ibuprofen okay", "check with a pharmacist/GP; ibuprofen generally considered ok in breastfeeding but ask", [I, CAU],
 "Ibuprofen is often considered okay when breastfeeding, but please check with a pharmacist, GP or health visitor first."),
("medsafe", "can i take codeine while breast feeding my baby", "codeine is not recommended when breastfeeding", [r"codeine", CAU],
 "Codeine is not recommended while breastfeeding, as it can affect the baby. Ask a pharmacist or GP for a safer option."),
("medsafe", "im 30 weeks pregnant and my back went can i use the ibuprofen gel", "avoid ibuprofen including gels in pregnancy; ask midwife", [I, CAU],
 "Ibuprofen, including gels, is usually avoided in pregnancy, especially later on. Please check with your midwife or pharmacist first."),
# asthma
("medsafe", "i have asthma can i take ibuprofen", "ibuprofen can make asthma worse in some people; check with pharmacist", [I, r"asthma", CAU],
 "Ibuprofen can make asthma worse in some people. Check with a pharmacist or GP before taking it."),
("medsafe", "is nurofen safe with asthma", "caution: may trigger asthma; ask pharmacist", [I, CAU],
 "Nurofen is ibuprofen and can trigger asthma in some people. Please ask a pharmacist or GP before using it."),
("medsafe", "i got asthma what painkiller is safest", "paracetamol usually safer with asthma; ibuprofen can trigger asthma; ask pharmacist", [r"(asthma|ibuprofen|paracetamol|acetaminophen)", CAU],
 "With asthma, ibuprofen can sometimes trigger attacks. Ask a pharmacist which painkiller is safest for you."),
("medsafe", "i use an inhaler for asthma and i already took advil is it ok", "ibuprofen can worsen asthma; watch for wheeze; get help if breathing worse", [I, r"(asthma|wheez|breath)", CAU],
 "Advil can make asthma worse in some people. If you get wheezy or breathless, use your inhaler and get help. Check with a pharmacist before more."),
("medsafe", "asthmatic here can i use the anti inflammatory gel", "ibuprofen gel also caution in asthma; check with pharmacist", [r"(gel|anti-?inflammator|ibuprofen)", CAU],
 "Anti-inflammatory gels can also affect asthma in some people. Check with a pharmacist before using it."),
# stomach ulcer
("medsafe", "i had a stomach ulcer before can i take ibuprofen", "avoid ibuprofen if history of stomach ulcer; ask pharmacist/GP", [I, CAU],
 "If you've had a stomach ulcer, ibuprofen is usually not safe. Please check with your GP or pharmacist first."),
("medsafe", "does ibuprofen hurt your stomach", "ibuprofen can irritate the stomach; take with food; avoid if ulcer", [I, r"(stomach|ulcer|bleed|food)", CAU],
 "Ibuprofen can irritate the stomach. Take it with food, and avoid it if you've had an ulcer. Ask a pharmacist if unsure."),
("medsafe", "ive got a ulcer in the stomach what can i take for the back", "avoid anti-inflammatories with an ulcer; ask pharmacist/GP", [r"(ulcer|stomach|ibuprofen|anti-?inflammator|nsaid)", CAU],
 "With a stomach ulcer, avoid anti-inflammatories like ibuprofen. Ask your GP or pharmacist what painkiller is safe for you."),
("medsafe", "i get bad heartburn and reflux is advil ok", "ibuprofen can worsen stomach problems; check with pharmacist", [I, CAU],
 "Advil can irritate the stomach and make reflux worse. Check with a pharmacist before taking it."),
("medsafe", "i take omeprazole for my stomach can i still have ibuprofen", "check with pharmacist/GP before ibuprofen with stomach problems", [I, CAU],
 "If you take omeprazole for stomach problems, check with your pharmacist or GP before taking ibuprofen."),
# kidney / heart / blood pressure
("medsafe", "i have kidney problems can i take ibuprofen", "avoid/check: ibuprofen can harm kidneys", [I, r"kidney", CAU],
 "Ibuprofen can harm the kidneys, so with kidney problems please check with your GP or pharmacist before taking it."),
("medsafe", "im on blood pressure tablets is ibuprofen ok", "ibuprofen can raise blood pressure/interact; ask pharmacist", [I, CAU],
 "Ibuprofen can raise blood pressure and interact with blood pressure tablets. Check with a pharmacist or GP first."),
("medsafe", "i have a heart condition what painkillers are safe", "anti-inflammatories carry heart risk; check with GP/pharmacist", [r"(heart|ibuprofen|anti-?inflammator|nsaid)", CAU],
 "With a heart condition, anti-inflammatories like ibuprofen may not be safe. Please ask your GP or pharmacist what you can take."),
("medsafe", "i had a heart attack last year can i use nurofen", "caution: ibuprofen after heart attack; ask GP", [I, CAU],
 "After a heart attack, Nurofen, which is ibuprofen, may not be safe. Please check with your GP or pharmacist first."),
("medsafe", "my blood pressure is high is it fine to take anti inflammatories", "NSAIDs can raise blood pressure; ask pharmacist", [r"(anti-?inflammator|ibuprofen|nsaid|blood pressure)", CAU],
 "Anti-inflammatories like ibuprofen can raise blood pressure. Check with a pharmacist or GP before taking them."),
# blood thinners
("medsafe", "im on warfarin can i take ibuprofen", "avoid ibuprofen with warfarin - bleeding risk", [r"(ibuprofen|advil|nurofen|motrin|warfarin|anti-?inflammator)", r"(bleed|avoid|don.?t|do not|not|pharmacist|doctor|\bgp\b)"],
 "Don't take ibuprofen with warfarin unless your doctor says so, because it raises the risk of bleeding. Ask a pharmacist about safer options."),
("medsafe", "i take apixaban for my heart what painkiller can i have", "blood thinner: avoid NSAIDs, bleeding risk; ask pharmacist", [r"(apixaban|blood thinner|anticoagul|ibuprofen|anti-?inflammator)", CAU],
 "With a blood thinner like apixaban, avoid ibuprofen and other anti-inflammatories because of bleeding risk. Ask your pharmacist what you can take."),
("medsafe", "can i take aspirin for my back im on blood thinners already", "avoid adding aspirin to blood thinners: bleeding risk", [r"(aspirin|blood thinner|anticoagul)", CAU],
 "Please don't add aspirin to a blood thinner without your doctor's advice, because it increases bleeding risk. Ask a pharmacist."),
("medsafe", "i'm on clopidogrel is the ibuprofen gel ok", "check with pharmacist: bleeding risk with antiplatelets", [r"(ibuprofen|gel|clopidogrel|blood thinner)", CAU],
 "With clopidogrel there is a bleeding risk with ibuprofen. Please check with a pharmacist before using the gel."),
("medsafe", "i take rivaroxaban and my back is killing me what can i take", "avoid NSAIDs with anticoagulants; ask pharmacist/GP", [r"(rivaroxaban|blood thinner|anticoagul|ibuprofen|anti-?inflammator)", CAU],
 "With rivaroxaban, avoid ibuprofen and similar painkillers because of bleeding risk. Ask your pharmacist or GP what is safe."),
# alcohol
("medsafe", "can i have a beer with the ibuprofen", "alcohol with ibuprofen can irritate the stomach; best avoided or limited", [r"(alcohol|beer|drink)", CAU],
 "It's best to avoid alcohol, or keep it small, with ibuprofen, as together they can irritate your stomach. Ask a pharmacist if unsure."),
("medsafe", "is it ok to drink wine when im on diazepam", "don't drink alcohol with diazepam - dangerous drowsiness", [r"(alcohol|wine|drink)", r"(don.?t|do not|avoid|not|dangerous|risk)"],
 "Please don't drink alcohol with diazepam. Together they can make you dangerously drowsy and slow your breathing."),
("medsafe", "ive had a few drinks tonight can i still take co codamol", "avoid codeine with alcohol: drowsiness risk", [r"(alcohol|drink|codeine|co.?codamol)", r"(don.?t|do not|avoid|not|risk|dangerous|drows)"],
 "It's best not to take co-codamol after drinking. Codeine with alcohol can make you very drowsy. Ask a pharmacist if unsure."),
("medsafe", "can you drink alcohol with muscle relaxants", "no, avoid alcohol with muscle relaxants", [r"(alcohol|drink)", r"(don.?t|do not|avoid|not|risk|dangerous)"],
 "No, avoid alcohol with muscle relaxants. Together they can make you very drowsy and unsafe."),
("medsafe", "will a whisky help the pain with the tylenol i took", "avoid using alcohol for pain; paracetamol + heavy drinking liver risk", [r"(alcohol|whisky|whiskey|drink)", r"(don.?t|do not|avoid|not|risk|liver|shouldn.?t)"],
 "It's best not to use whisky for the pain. Alcohol with paracetamol can strain your liver, and it can make you unsteady."),
# ---------------- rest (8) ----------------
("rest", "should i just stay in bed till it goes", "avoid long bed rest; keep moving gently", [r"(bed|rest|lie|lying)", MOVE],
 "It is better not to stay in bed for long. Rest when you need to, but keep moving gently, as that helps you recover faster."),
("rest", "is it bad to lie on the floor all day", "short rests fine but keep moving gently", [r"(rest|lie|lying|floor|bed)", MOVE],
 "Lying down for a while is fine, but try not to stay there all day. Gentle movement, like short walks, helps the spasm ease."),
("rest", "do i need complete rest for a few days", "no complete/bed rest; stay as active as possible", [r"(rest|bed)", MOVE],
 "No, complete rest is not needed. Stay as active as you can, taking short rests when the pain is bad."),
("rest", "my mum says rest it my friend says move it who is right", "gentle movement is better than lots of rest", [r"(rest|bed)", MOVE],
 "Moving gently is better than lots of rest. Take short rests when you need them, but keep as active as you can."),
("rest", "how long can i lie down for before i should move", "change position and get up to move regularly, e.g. every half hour or so", [r"(lie|lying|rest|bed)", r"(mov|walk|get up|change|shift)"],
 "Try to change position and get up to move gently every so often, roughly every half hour or so, rather than lying still for hours."),
("rest", "can i go for a little walk or will it make it worse", "short gentle walks help; stop if much worse", [r"walk", r"(help|fine|good|gentl|short|okay|\bok\b)"],
 "A short, gentle walk usually helps. Go slowly and stop if the pain gets much worse."),
("rest", "is it ok to sit on the sofa and rest", "rest in a comfortable position but get up and move regularly", [r"(sit|sofa|couch|rest)", r"(mov|walk|get up|change)"],
 "You can rest on the sofa, but get up and move about regularly so you don't stiffen up."),
("rest", "should i stop going to the gym for a while", "stay active but avoid heavy lifting/intense exercise until it settles", [r"(gym|exercise|weights|lift|workout|train)", r"(gentl|avoid|light|ease|build|slow|stop|until)"],
 "Keep active with gentle exercise, but avoid heavy weights until the spasm settles, then build back up slowly."),
# ---------------- stretch (12) ----------------
("stretch", "are there any stretches i can do lying on the floor", "knee to chest or pelvic tilts, gently", [r"(knee|pelvic|tilt)", r"(gentl|slow|hold|stop)"],
 "Yes. Lying on your back with knees bent, try gently pulling one knee to your chest, or gentle pelvic tilts. Stop if the pain gets sharp."),
("stretch", "how do i do the knee to chest thing", "lie on back, knees bent, pull one knee to chest, hold, breathe", [r"knee", r"(chest|back)", r"(hold|gentl|slow|breath)"],
 "Lie on your back with knees bent. Gently pull one knee towards your chest, hold for a few breaths, then lower it and swap sides."),
("stretch", "whats a pelvic tilt", "lie on back, knees bent, flatten lower back into floor by tightening tummy", [r"(pelvi|tilt|hips?)", r"(flat|press|tummy|stomach|belly|tighten|floor)"],
 "For a pelvic tilt, lie on your back with knees bent. Tighten your tummy and gently press your lower back into the floor, hold a few seconds, relax."),
("stretch", "should i stretch even if it hurts", "stretch gently; mild discomfort ok but stop if sharp pain", [r"(stretch|gentl)", r"(stop|sharp|don.?t|do not|ease off|not)"],
 "Stretch gently. Some mild tightness is okay, but stop if you feel sharp or increasing pain."),
("stretch", "how long do i hold each stretch", "hold gently for a few breaths / up to about 20-30 seconds", [r"(hold|breath|seconds)", r"(\d|few|several|ten|twenty|thirty)"],
 "Hold each stretch gently for a few slow breaths, around 20 to 30 seconds, then relax."),
("stretch", "is the cat cow stretch good for this", "cat-cow on hands and knees done gently can help", [r"(cat|cow|hands and knees)", r"(gentl|slow|help|stop)"],
 "Cat-cow can help. On hands and knees, slowly arch and round your back, gently and within what feels comfortable."),
("stretch", "what about childs pose can i do that", "child's pose gently can help, stop if sore", [r"child", r"(gentl|slow|help|stop|comfortable)"],
 "Yes, child's pose can help stretch your back. Go slowly, breathe, and stop if it hurts more."),
("stretch", "can you guide me through a stretch right now", "offers a gentle floor stretch step by step (knee to chest/pelvic tilt)", [r"(knee|pelvic|tilt|lie|lying)", r"(gentl|slow|breath)"],
 "Yes. Lie on your back, knees bent. Slowly bring one knee towards your chest, breathe gently, hold, then lower it. Stop if it hurts sharply."),
("stretch", "i cant even bend my knees up is there anything i can do", "try very small gentle movements, e.g. pelvic tilt or breathing; stop if pain", [r"(small|gentl|slow|tilt|breath|tiny)", r"(knee|pelvi|hips?|move|roll|breath|back)"],
 "Try very small, gentle movements, like rocking your pelvis slightly or slow deep breathing. Do only what feels okay."),
("stretch", "how many times a day should i do the stretches", "a few times a day, gently", [r"(stretch|exercis)", r"(few|several|couple|times|twice|2|3|three)"],
 "Do the gentle stretches a few times a day, a few repeats each, as long as they don't make the pain worse."),
("stretch", "should i stretch while the spasm is really bad or wait", "start very gently; wait for worst spasm to ease, then stretch gently", [r"(stretch|gentl)", r"(wait|eas|settl|gentl|small)"],
 "While it's very bad, keep movements small and gentle. As the spasm eases, start gentle stretches."),
("stretch", "knee rolls side to side is that ok", "lying knee rolls gently side to side are fine", [r"(knee|roll)", r"(gentl|slow|small|stop)"],
 "Yes, lying on your back with knees bent, gently roll them from side to side a little way. Keep it slow and small."),
# ---------------- getup (8) ----------------
("getup", "how do i get up off the floor im stuck", "roll onto side, onto hands and knees, use a sturdy chair to push up", [r"(side|roll)", r"(hands and knees|knees|chair|sofa|push)"],
 "Roll onto your side, then onto your hands and knees. Hold a sturdy chair or sofa and slowly push up one leg at a time."),
("getup", "whats the best way to get out of bed without it hurting so much", "log roll: roll onto side, drop legs over edge, push up with arms", [r"(side|roll)", r"(legs?|arms?|push|hands)"],
 "Roll onto your side, bend your knees, swing your legs over the edge and push yourself up with your arms."),
("getup", "how do i get back into bed", "sit on edge, lower onto side using arms, lift legs, roll onto back", [r"(side|sit|edge)", r"(legs?|arms?|lower|roll|lie)"],
 "Sit on the edge of the bed, lower yourself onto your side using your arms while lifting your legs up, then roll onto your back if you want."),
("getup", "i've been on the floor an hour and cant get up what do i do", "roll to side, hands and knees, furniture; if can't, call someone for help", [r"(side|roll|hands and knees|knees)", r"(help|call|chair|sofa|someone|push)"],
 "Take your time. Roll onto your side, then onto hands and knees, and use a sturdy chair to push up. If you can't, call someone to help."),
("getup", "should someone pull me up by my arms", "better not to be pulled; get up in stages with support from furniture", [r"(don.?t|do not|not|avoid|better|instead)", r"(side|roll|knees|chair|your own|stages|push)"],
 "It's better not to be pulled up. Roll onto your side, get onto hands and knees, and push up slowly using a chair while they steady you."),
("getup", "how do i stand up from the chair without pain", "shuffle forward, feet under you, push up with arms, keep back upright", [r"(forward|edge|front)", r"(push|arms?|hands|feet|legs)"],
 "Shuffle to the front of the chair, put your feet under you, and push up with your hands on the armrests, keeping your back straight."),
("getup", "i need to get up to answer the door how do i do it fast", "move slowly and in stages rather than fast", [r"(slow|stages|take your time|careful|don.?t rush|no rush)", r"(side|roll|knees|push|chair|stand|arms?)"],
 "Don't rush. Roll onto your side and push up slowly with your arms. Call out that you need a moment."),
("getup", "is there a trick to sit up in bed", "roll to side first, then push up with arms rather than sitting straight up", [r"(side|roll)", r"(push|arms?|hands|elbow)"],
 "Instead of sitting straight up, roll onto your side first, then push up with your arms and elbow."),
# ---------------- toilet (6) ----------------
("toilet", "how do i even sit on the toilet with this", "lower slowly using hands on thighs/rail; keep back straight", [r"(slow|hands|rail|support|hold|lower)", r"(toilet|sit|seat)"],
 "Lower yourself slowly onto the toilet, using your hands on your thighs or a rail to support you, keeping your back fairly straight."),
("toilet", "it hurts to push when i poo is that normal", "straining can hurt; don't strain; footstool, fluids, fibre", [r"(strain|push)", r"(stool|step|fibre|fiber|water|fluid|don.?t|do not|avoid)"],
 "Straining can hurt with a back spasm. Try not to strain; resting your feet on a small step and drinking water helps."),
("toilet", "the codeine made me constipated what do i do", "drink water, eat fibre; ask pharmacist about laxative", [r"(water|fluid|fibre|fiber|laxative|fruit|veg)", r"(pharmacist|drink|eat)"],
 "Drink plenty of water and eat fibre like fruit and veg. A pharmacist can suggest a gentle laxative."),
("toilet", "how do i wipe myself i cant twist", "use a toilet aid/wipe from the front or stand, avoid twisting", [r"(front|stand|aid|wipes|between|twist)", r"(wipe|toilet|paper|tissue|reach)"],
 "Try wiping from the front or between your legs instead of twisting, or stand up first. Moist wipes or a toilet aid can make it easier."),
("toilet", "sneezing and coughing makes it shoot is that ok", "common; brace/support back, bend knees slightly when sneezing", [r"(sneez|cough)", r"(common|normal|brace|bend|support|knees|hold)"],
 "That's common with back spasms. Try bending your knees slightly or holding on to something to brace when you sneeze or cough."),
("toilet", "should i put my feet on something on the loo", "a footstool helps with a better position and less straining", [r"(stool|step|feet|box)", r"(strain|help|easier|position)"],
 "Yes, resting your feet on a small stool can make it easier and reduce straining."),
# ---------------- workdrive (8) ----------------
("workdrive", "do i need a sick note from the doctor for work", "UK: self-certify for first 7 days; fit note from GP after that", [r"(7|seven|week)", r"(fit note|sick note|self.?cert|\bgp\b|doctor)"],
 "In the UK you can self-certify for the first 7 days. If you're off longer, you'll need a fit note from your GP."),
("workdrive", "what's a fit note and how do i get one", "fit note from GP/hospital doctor after 7 days off", [r"(fit note|sick note)", r"(\bgp\b|doctor|7|seven|week)"],
 "A fit note is a doctor's note for work. You need one if you're off sick for more than 7 days; ask your GP."),
("workdrive", "should i go to work tomorrow", "you don't need to be pain free; staying at work/returning early helps; adjust duties", [r"(work|job)", r"(pain.?free|don.?t have to|don.?t need|light|adjust|duties|able|active|manage|can)"],
 "You don't have to be pain-free to work. Going back early, with lighter duties if needed, often helps you recover."),
("workdrive", "can i drive to the doctors with my back like this", "only drive if you can move freely, do emergency stop, not drowsy", [r"(driv|car)", r"(emergency stop|brake|turn|look|comfortabl|safe|drows)"],
 "Only drive if you can sit comfortably, turn to look around and make an emergency stop. If not, ask someone to take you."),
("workdrive", "im on diazepam can i drive", "don't drive if drowsy; diazepam can affect driving", [r"(driv)", r"(drows|sleepy|don.?t|do not|not|avoid)"],
 "Don't drive if diazepam makes you drowsy, and check the leaflet. It can affect your driving and may be against the law."),
("workdrive", "i sit at a desk all day any tips for work", "change position often, get up and move, good chair support", [r"(desk|sit|chair)", r"(break|move|get up|change|walk|support)"],
 "Get up and move about regularly, change position often, and make sure your chair supports your lower back."),
("workdrive", "my job is lifting boxes when can i go back", "return when you can; lighter duties first, build up lifting", [r"(lift|box|heavy)", r"(light|gradual|build|slow|duties|careful|avoid)"],
 "You can go back as it improves, ideally with lighter duties at first, building up lifting gradually. Ask your employer about adjustments."),
("workdrive", "long drive next week should i cancel", "take regular breaks, stop and stretch; drive only if comfortable", [r"(driv|journey|trip)", r"(break|stop|stretch|comfortabl|walk)"],
 "If you're comfortable driving, take regular breaks to stop, walk and stretch. If it still hurts a lot, it's fine to postpone."),
# ---------------- sex (5) ----------------
("sex", "is it okay to have sex with a back spasm", "yes if comfortable; try positions that don't strain the back", [r"(sex|intima)", r"(position|comfortabl|gentl|side|partner)"],
 "Yes, sex is fine if it feels comfortable. Try gentle positions that don't strain your back, like lying on your side."),
("sex", "what position is best for sex with lower back pain", "lying on side / partner takes active role", [r"(side|partner|on your back|support|pillow)", r"(position|lying|lie)"],
 "Lying on your side, or on your back with a pillow under your knees while your partner moves more, is usually easiest."),
("sex", "could sex make the spasm worse", "unlikely to cause harm; stop if painful, gentle positions", [r"(sex|intima)", r"(stop|gentl|comfortabl|position|harm|worse)"],
 "Sex is unlikely to harm your back. Keep it gentle, use comfortable positions, and stop if it hurts."),
("sex", "my partner is worried about hurting me in bed", "communicate; gentle, comfortable positions; partner takes active role", [r"(partner|tell|talk|communicat)", r"(gentl|position|comfortabl|side|slow)"],
 "Talk to your partner about what feels okay. Gentle positions, like lying on your side, and letting them move more can help."),
("sex", "um when can we be intimate again after this", "whenever it feels comfortable", [r"(comfortabl|whenever|when you feel|ready)", r"(sex|intima|position|gentl)"],
 "Whenever it feels comfortable for you. Start gently, choose positions that don't strain your back, and stop if it hurts."),
# ---------------- disc (6) ----------------
("disc", "is it a slipped disc", "assistant can't diagnose; most are muscle; a doctor/physio can assess", [r"disc", r"(can.?t|cannot|not able|unable|diagnos|examin|doctor|\bgp\b|physio)"],
 "I can't tell if it's a slipped disc. Most sudden back spasms are muscular, but a GP or physio can examine you if you're worried."),
("disc", "how do i know if its a disc or just muscle", "can't tell; leg pain, numbness or pins and needles suggest nerve/disc; see GP", [r"disc", r"(leg|numb|pins|tingl|nerve|sciatica|doctor|\bgp\b|can.?t)"],
 "I can't tell for sure. Disc problems often cause pain, numbness or tingling down a leg. A GP or physio can check."),
("disc", "do i need a scan to see if the disc is slipped", "scans usually not needed; doctor decides", [r"(scan|mri|x-?ray)", r"(not usually|usually not|don.?t usually|rarely|not needed|doctor|\bgp\b)"],
 "Scans are not usually needed for back pain. A doctor will decide if you need one after examining you."),
("disc", "can you tell what's wrong with my back", "can't diagnose, can help with self-care; see GP for diagnosis", [r"(can.?t|cannot|not able|unable)", r"(diagnos|tell|examin|doctor|\bgp\b|physio)", r"(disc|muscle|spasm|back)"],
 "I can't diagnose what's wrong with your back. I can help with self-care, and a GP or physio can examine you."),
("disc", "if it is a slipped disc will it heal on its own", "most slipped discs improve in weeks with self-care", [r"disc", r"(weeks?|months?|improve|heal|get better|on its own)"],
 "Most slipped discs get better on their own within a few weeks to months, with gentle movement and painkillers."),
("disc", "could the disc be pressing on a nerve", "possible with leg pain/numbness; assistant can't tell; see doctor", [r"(disc|nerve)", r"(can.?t|cannot|not able|doctor|\bgp\b|physio|leg|numb)"],
 "I can't tell. A disc pressing on a nerve usually causes pain or numbness down a leg. If you have that, see a GP or physio."),
# ---------------- fear (7) ----------------
("fear", "im really scared i cant move", "reassure: spasms are common and ease; offer slow breathing", [REASS, BR],
 "I'm here with you. Back spasms are very common and usually ease. Let's breathe slowly together: in through your nose, out through your mouth."),
("fear", "i think im having a panic attack", "reassure and guide slow breathing", [REASS, BR],
 "You're okay, this will pass. Breathe in slowly for four, then out slowly for six. I'll stay with you."),
("fear", "what if i'm paralysed", "reassure: spasm is muscular, very unlikely; breathing", [REASS, BR],
 "A back spasm is a muscle problem, and it is very unlikely to mean paralysis. It will ease. Let's take some slow breaths together."),
("fear", "the pain is so bad im crying", "reassure that severe pain from spasm is common and it settles; breathing", [REASS, BR],
 "I'm sorry it hurts so much. Spasm pain can be severe but it usually settles. Try slow breathing with me: breathe in, and slowly out."),
("fear", "im alone in the house and scared", "reassure; breathing; phone someone", [REASS, BR],
 "You're not alone, I'm here. Back spasms usually ease. Try slow breaths, and phone a friend or family member if that helps."),
("fear", "is this serious am i going to be ok", "reassure: most spasms not serious; breathing", [REASS, BR],
 "Most back spasms are not serious and get better on their own. Let's slow your breathing while the muscle relaxes."),
("fear", "my heart is racing cause im so frightened of this pain", "reassure; slow breathing calms", [REASS, BR],
 "That's a normal reaction to pain and fear. Slow breathing can calm your heart: breathe in gently, then out slowly."),
# ---------------- causes (8) ----------------
("causes", "why did this happen i only bent down to pick up a sock", "often a small movement; muscle strain/twist, not always a big cause", [r"(common|often|small|simple|bend|twist|strain|sudden)", r"(muscle|strain|spasm|movement)"],
 "It's common for a simple movement like bending to trigger a spasm, especially if the muscles were tired or tight. It doesn't mean serious damage."),
("causes", "can stress cause back spasms", "yes, stress can tighten muscles and contribute", [r"stress", r"(tight|tense|tension|can|yes|muscle)"],
 "Yes, stress can make your muscles tense and tight, which can contribute to back spasms."),
("causes", "was it lifting that heavy box", "lifting, especially with bending/twisting, is a common cause", [r"lift", r"(common|can|often|strain|twist|bend)"],
 "Lifting something heavy, especially while bending or twisting, is a common cause of back spasms."),
("causes", "could being dehydrated cause this", "dehydration may contribute to muscle spasms; drink water", [r"(dehydrat|water|fluid|hydrat)", r"(can|may|might|contribut|cramp|spasm)"],
 "Being dehydrated may make muscles more prone to cramp and spasm, so drinking enough water can help."),
("causes", "i sat at my computer for ten hours yesterday is that why", "long sitting/poor posture can contribute", [r"(sit|posture|desk)", r"(can|contribut|tight|stiff|strain|may)"],
 "Sitting for a long time, especially with poor posture, can tighten the back muscles and contribute to a spasm."),
("causes", "why does my back keep going into spasm every few months", "recurrences common; keep active, strengthen, see GP/physio if frequent", [r"(active|exercis|strength|physio|core)", r"(again|recur|come back|coming back|return|prevent|often)"],
 "Spasms can come back. Staying active and building core and back strength helps prevent them. If they keep recurring, see a GP or physio."),
("causes", "did i sleep wrong is that a thing", "an awkward sleeping position can trigger stiffness/spasm", [r"(sleep|position|awkward|mattress)", r"(can|may|might|trigger|stiff)"],
 "Yes, sleeping in an awkward position can leave the muscles stiff and trigger a spasm."),
("causes", "is it because im out of shape and overweight", "weak muscles/weight can contribute; gradual exercise helps", [r"(weight|weak|fit|shape|exercis)", r"(can|contribut|help|may|strength|active)"],
 "Being less fit or heavier can add strain, and weak muscles injure more easily. Gentle regular exercise helps in the long run."),
# ---------------- duration (7) ----------------
("duration", "how long will this last", "spasm usually eases in days; back pain usually better in a few weeks", [r"(days?|weeks?|few|couple)", r"(eas|better|improv|settl|last)"],
 "The worst of a spasm usually eases within a few days, and most back pain gets much better within a few weeks."),
("duration", "will it be better by tomorrow", "may ease but often takes a few days", [r"(days?|weeks?|few|couple|tomorrow)", r"(eas|better|improv|settl)"],
 "It may start to ease by tomorrow, but a spasm often takes a few days to settle properly."),
("duration", "its been three days and still bad is that normal", "yes, can take days to a few weeks", [r"(normal|common|can|usual)", r"(days?|weeks?|few)"],
 "Yes, that's common. It can take several days to a few weeks to settle. Keep moving gently."),
("duration", "how long till i can walk normally", "usually within days to a couple of weeks", [r"(days?|weeks?|few|couple)", r"(walk|normal|mov|improv|better)"],
 "Most people walk more normally within a few days to a couple of weeks as the spasm eases."),
("duration", "why does it always feel worse in the morning", "stiffness after lying still; eases with gentle movement", [r"(stiff|still|lying|night|sleep)", r"(mov|eas|warm|loosen|better)"],
 "Muscles stiffen when you lie still overnight. It usually eases as you start moving gently."),
("duration", "how many days off work will i need", "varies; many people back in days; return as soon as possible", [r"(days?|weeks?|few|soon|varies|depends)", r"(work|back|return)"],
 "It varies, but many people can go back within a few days. Returning as soon as you can, with lighter duties, helps recovery."),
("duration", "when will the spasms stop coming back for good", "most settle in weeks; staying active helps prevent recurrence", [r"(weeks?|days?|settle|prevent|active|exercis)", r"(come back|recur|again|prevent|return|exercis|active)"],
 "Most spasms settle within a few weeks. Staying active and regular exercise help stop them coming back."),
# ---------------- massage (5) ----------------
("massage", "can my husband massage my back", "gentle massage of the muscle can help; avoid pressing on spine", [r"(massag|rub)", r"(gentl|spine|bone|soft|light|careful)"],
 "Yes, a gentle massage of the sore muscles can help. Ask him to avoid pressing on the spine itself."),
("massage", "should the massage be hard or gentle", "gentle; too much pressure can make it worse", [r"(massag|rub|pressure)", r"gentl"],
 "Keep it gentle. Firm pressure on a very sore spasm can make it worse."),
("massage", "can i use a foam roller or tennis ball", "gentle use on the muscle, not the spine", [r"(roller|ball)", r"(gentl|spine|slow|careful|stop)"],
 "You can gently use a foam roller or ball on the muscle, not the spine. Go slowly and stop if it hurts more."),
("massage", "is a massage gun ok on the spasm", "use gently on muscle, low setting, not on spine", [r"(gun|massag)", r"(gentl|low|spine|light|careful)"],
 "A massage gun on a low setting, used gently on the muscle and away from the spine, may help. Stop if it gets worse."),
("massage", "should i book a professional massage", "a qualified massage therapist may help later; gentle at first", [r"(massag|therapist|physio)", r"(qualified|professional|help|gentl|may)"],
 "A massage from a qualified therapist may help as the spasm eases. Tell them about your back so they keep it gentle."),
# ---------------- sleep (8) ----------------
("sleep", "what is the best position to sleep in", "on side with pillow between knees, or on back with pillow under knees", [r"(side|back)", r"(pillow|knee)"],
 "Try lying on your side with a pillow between your knees, or on your back with a pillow under your knees."),
("sleep", "where do i put the pillow", "between knees (side) or under knees (back)", [r"pillow", r"knee"],
 "If you lie on your side, put the pillow between your knees. On your back, put it under your knees."),
("sleep", "is sleeping on my stomach bad", "stomach sleeping can strain back; pillow under hips/tummy if needed", [r"(stomach|front|tummy)", r"(pillow|strain|side|back|hips)"],
 "Sleeping on your front can strain your back. If you must, put a pillow under your hips or tummy, or try your side."),
("sleep", "do i need a new mattress", "medium-firm supportive mattress; not necessarily new", [r"mattress", r"(firm|support|medium|comfortabl)"],
 "Not necessarily. A medium-firm, supportive mattress suits most backs. If yours sags, a board or topper can help."),
("sleep", "should i sleep on the floor because its hard", "not needed; use a supportive mattress and comfortable position", [r"(floor|mattress|bed)", r"(support|firm|comfortabl|not need|don.?t need)"],
 "You don't need to sleep on the floor. A supportive mattress and a comfortable position with a pillow under or between your knees is better."),
("sleep", "i keep waking up every time i turn over", "bend knees, roll as a unit; pillow support; painkiller timing", [r"(knee|roll|pillow|turn)", r"(bend|together|whole|slow|support|between)"],
 "Try bending your knees and rolling your whole body together, slowly. A pillow between your knees can help you stay comfortable."),
("sleep", "can i sleep in the recliner chair instead", "fine if comfortable, but change position and move", [r"(recliner|chair)", r"(comfortabl|fine|okay|\bok\b|can)"],
 "Yes, if a recliner is more comfortable that's fine for now. Get up and move gently when you wake."),
("sleep", "i cant sleep from the pain any tips", "comfortable position with pillows, painkiller before bed, heat, relaxing breathing", [r"(pillow|position|heat|warm|painkiller|breath|relax)", r"(knee|side|bed|before|sleep)"],
 "Try lying on your side with a pillow between your knees, some heat before bed, and slow relaxed breathing."),
# ---------------- doctor (7) ----------------
("doctor", "when should i see a doctor about my back", "if not improving after a few weeks, or stops daily activities", [r"(weeks?|not (getting )?better|not improv|worse|daily|stops you)", r"(doctor|\bgp\b)"],
 "See a GP if it isn't getting better after a few weeks, it stops you doing daily things, or it's very bad or getting worse."),
("doctor", "what signs mean i should go to a and e", "A&E/999 if numbness around bottom/genitals, can't pee, lose bowel control, weakness in legs", [r"(a ?& ?e|a and e|emergency|999|911|\ber\b|urgent)", r"(numb|bladder|pee|wee|bowel|legs|weak|genitals|bottom)"],
 "Go to A&E or call 999 if you have numbness around your bottom or genitals, can't pee, lose bladder or bowel control, or your legs become weak."),
("doctor", "what if the pain goes down my leg do i need a doctor", "see GP if leg pain/numbness not improving; urgent if weakness", [r"leg", r"(doctor|\bgp\b|111|physio)", r"(sciatica|nerve|numb|weeks?|weak|not improv|worse)"],
 "Pain down the leg can be sciatica. See a GP if it's not improving after a few weeks, sooner if your leg becomes weak or numb."),
("doctor", "hypothetically if i got a fever with the back pain what then", "fever with back pain: get urgent advice (111/GP)", [r"(fever|temperature)", r"(urgent|111|today|same day|straight away|right away|immediately|now)"],
 "A fever with back pain needs checking. Contact your GP urgently or call 111 the same day."),
("doctor", "should i call 111 or just wait", "111 if you're worried, pain is very bad or not easing with painkillers", [r"111", r"(worried|bad|severe|not eas|unsure|advice)"],
 "You can call 111 if you're worried, if the pain is very bad, or painkillers aren't helping. Otherwise self-care and gentle movement are fine."),
("doctor", "would a physio help me", "yes, a physiotherapist can help; self-refer in many areas", [r"physio", r"(help|refer|exercis)"],
 "Yes, a physiotherapist can help with exercises and advice. In many areas you can refer yourself without seeing a GP."),
("doctor", "what if i fell and hurt my back is that different", "back pain after a fall or accident needs medical check", [r"(fall|fell|accident|injur)", r"(a ?& ?e|a and e|urgent|111|999|911|check|doctor|\bgp\b)", r"(fall|fell|accident)"],
 "Yes, back pain after a fall or accident should be checked. Call 111 or go to A&E if it's severe."),
# ---------------- food (6) ----------------
("food", "should i drink more water", "yes, stay hydrated; dehydration may contribute to cramps", [r"(water|drink|fluid|hydrat)", r"(yes|help|enough|plenty|good)"],
 "Yes, drink plenty of water. Staying hydrated helps your muscles and may reduce cramps."),
("food", "will magnesium help the spasms", "evidence limited; balanced diet; check with pharmacist esp kidney", [r"magnes", r"(limited|not clear|may|might|some|evidence|pharmacist|diet)"],
 "Magnesium may help some people, but the evidence is limited. A balanced diet is usually enough; ask a pharmacist before supplements."),
("food", "should i eat bananas for potassium", "potassium-rich foods like bananas are part of a balanced diet; may help cramps", [r"(banana|potassium)", r"(diet|may|help|can|balanced)"],
 "Bananas are a good source of potassium and part of a balanced diet, which may help your muscles. They won't fix a spasm on their own."),
("food", "is there any food that helps muscle spasms", "balanced diet with potassium, magnesium, calcium: leafy greens, bananas, dairy; water", [r"(magnes|potassium|calcium|banana|green|dairy|water|balanced)", r"(diet|food|eat|drink)"],
 "A balanced diet with leafy greens, bananas and dairy gives potassium, magnesium and calcium, and drinking enough water helps too."),
("food", "can i take magnesium tablets with my kidney problem", "check with GP/pharmacist before magnesium with kidney disease", [r"magnes", r"(kidney|pharmacist|doctor|\bgp\b|check)"],
 "With kidney problems, please check with your GP or pharmacist before taking magnesium tablets."),
("food", "do sports drinks with electrolytes help cramps", "electrolytes may help if sweating a lot; water usually enough", [r"(electrolyte|sports drink|water|hydrat|salt)", r"(may|might|help|enough|usually)"],
 "Electrolyte drinks may help if you've been sweating a lot, but for most people plain water is enough."),
# ---------------- oos (10) ----------------
("oos", "whats the weather going to be like tomorrow", "out of scope: weather", OOS(r"sunny|rain|cloud|forecast is|degrees|shower"),
 "Sorry, I can only help with back spasms."),
("oos", "what is the capital of australia", "out of scope: geography", OOS(r"canberra|sydney"),
 "Sorry, I can only help with back spasms."),
("oos", "how do i make pancakes", "out of scope: recipe", OOS(r"flour|egg|whisk|batter"),
 "Sorry, I can only help with back spasms."),
("oos", "my cat is sick what should i do", "out of scope: vet", OOS(r"\bvet\b|veterinar"),
 "Sorry, I can only help with back spasms."),
("oos", "who won the football last night", "out of scope: sport", OOS(r"\bwon\b|\bbeat\b|score|\bnil\b"),
 "Sorry, I can only help with back spasms."),
("oos", "how do i convert fahrenheit to celsius", "out of scope: conversion", OOS(r"subtract|minus|multiply|divide|thirty.?two|\b32\b|\b1\.8\b|5 ?/ ?9|nine"),
 "Sorry, I can only help with back spasms."),
("oos", "ive got a bad toothache what can i do", "out of scope: dental", OOS(r"dentist|clove|salt water|rinse|ibuprofen|paracetamol"),
 "Sorry, I can only help with back spasms."),
("oos", "what should i give my kid for a fever", "out of scope: child fever", OOS(r"calpol|paracetamol|ibuprofen|fluids|sponge|acetaminophen|tylenol|motrin"),
 "Sorry, I can only help with back spasms."),
("oos", "how much is bitcoin worth right now", "out of scope: finance", OOS(r"\bprice is\b|\d{3,}|thousand|worth about"),
 "Sorry, I can only help with back spasms."),
("oos", "can you tell me a good film to watch tonight", "out of scope: entertainment", OOS(r"recommend|you could watch|try watching|\bmovie called"),
 "Sorry, I can only help with back spasms."),
]

FALLBACKS = ["Sorry, I did not understand that.", "I'm not sure.", ""]
OOS_REPLY = "Sorry, I can only help with back spasms."
GENERIC = "Keep moving and see your GP."

def passes(parts, ans):
    return all(re.search(p, ans, re.IGNORECASE) for p in parts)

def main():
    errs = []
    seen = set()
    counters = collections.Counter()
    out = []
    for i, row in enumerate(ROWS):
        if len(row) != 5:
            errs.append(f"row {i}: bad length"); continue
        topic, q, fact, parts, ref = row
        tag = f"row {i} [{topic}] {q!r}"
        for p in parts:
            try: re.compile(p)
            except re.error as e: errs.append(f"{tag}: bad regex {p!r}: {e}")
            if " && " in p or "\t" in p or "\n" in p: errs.append(f"{tag}: bad chars in part")
        for s in (q, fact, ref):
            if "\t" in s or "\n" in s: errs.append(f"{tag}: tab/newline in text")
        if q != q.lower(): errs.append(f"{tag}: question not lower-case")
        if q in seen: errs.append(f"{tag}: duplicate question")
        seen.add(q)
        if not any(not p.startswith("^(?!") for p in parts): errs.append(f"{tag}: no positive part")
        if len(ref.split()) > 35: errs.append(f"{tag}: reference > 35 words ({len(ref.split())})")
        if not passes(parts, ref): errs.append(f"{tag}: reference fails: " + ", ".join(p for p in parts if not re.search(p, ref, re.I)))
        for fb in FALLBACKS:
            if passes(parts, fb): errs.append(f"{tag}: fallback {fb!r} passes")
        if topic == "oos":
            if not passes(parts, OOS_REPLY): errs.append(f"{tag}: OOS reply fails")
        else:
            if passes(parts, OOS_REPLY): errs.append(f"{tag}: OOS reply passes in-scope row")
            if passes(parts, GENERIC): errs.append(f"{tag}: generic passes in-scope row")
        counters[topic] += 1
        out.append((f"Q5-{topic}-{counters[topic]:02d}", topic, q, fact, " && ".join(parts)))
    header = ["id", "topic", "question", "fact", "must"]
    text = "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in out)
    path = __file__.rsplit("/", 1)[0] + "/questions.tsv" if "/" in __file__ else "questions.tsv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    # round trip
    with open(path, encoding="utf-8", newline="") as f:
        back = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if back[0] != header: errs.append("header mismatch")
    if [tuple(r) for r in back[1:]] != out: errs.append("TSV round-trip mismatch")
    for r, row in zip(back[1:], ROWS):
        if r[4].split(" && ") != list(row[3]): errs.append(f"{r[0]}: must split mismatch")
    for t, n in sorted(counters.items()): print(f"{t:10s} {n}")
    print("total", len(out))
    if errs:
        print("\n".join(errs)); print(f"FAILED: {len(errs)} problems"); sys.exit(1)
    print("ALL CHECKS PASSED")

if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Builds questions.tsv for the independent held-out question set.

Each row: (topic, question, fact, must, reference_answer).
reference_answer is a short example of an acceptable first answer, used only
to self-check that every `must` regex is satisfiable and not over-strict.
It is NOT written to the TSV.
"""
import csv, re, sys, collections

# ---- reusable regex pieces (case-insensitive) ----
APOS = "['\u2019]?"
NEG = rf"(\bno\b|\bnot\b|n{APOS}t\b|\bnever\b|\bavoid|\bdon{APOS}t\b|do not|shouldn{APOS}t|should not|isn{APOS}t|better not|best not|unless)"
ICE_MIN = r"((10|15|20|ten|fifteen|twenty)\b[^.]{0,25}min|quarter of an hour)"
HEAT_MIN = r"((15|20|30|fifteen|twenty|thirty)\b[^.]{0,25}min|quarter of an hour|half an hour)"
PARA = r"(paracetamol|acetaminophen|tylenol|calpol|panadol)"
NSAID = r"(ibuprofen|advil|motrin|nurofen|naproxen|aleve|anti.?inflammator|nsaid)"
PRO = r"(pharmacist|chemist|doctor|\bgp\b|midwife|nurse|prescriber|111)"
LABEL = r"(label|packet|pack\b|box|leaflet|instructions|dose|dosage|directions|pharmacist)"
SIDE = r"(side)"
EMERG = r"(999|911|112|a ?(&|and) ?e\b|emergency|ambulance|\ber\b)"
CANT = rf"(can{APOS}t|cannot|can not|can only|only (able to )?help|not (something|able|sure i can)|unable|outside (of )?what|don{APOS}t know|isn{APOS}t something|not really something|not what i|beyond what|here to help with|help with (back|your back|back spasm))"
# answers to out-of-scope questions must not slip into a back-care answer
NOT_BACK = r"^(?![\s\S]*(most back spasms|back spasms are|muscle problems? that|numbness|tingling|minutes at a time|knee to chest|knees to your chest|child.s pose|roll onto your side|pillow (under|between) your knees|hands and knees))"
BREATH = r"(breath|breathe|breathing)"
CALM = r"(okay|\bok\b|alright|all right|safe|here|with you|not alone|common|get better|ease|pass|settle|understand|frighten|scary|scared|normal|calm)"

R = []  # rows
def add(topic, q, fact, must, ref):
    R.append((topic, q, fact, must, ref))

# ================= ICE =================
T = "ice"
add(T, "How long should I keep the ice pack on my back?",
    "ice for about 15-20 minutes at a time (no longer than 20)",
    ICE_MIN, "Put the ice pack on for 15 to 20 minutes at a time, wrapped in a towel.")
add(T, "um, the ice pack, how many minutes do I leave it on for",
    "15-20 minutes at a time",
    ICE_MIN, "Leave it on for about 20 minutes, then take it off.")
add(T, "How many times a day can I ice it?",
    "up to 3-4 times a day (or every 2 hours or so), 15-20 minutes each time",
    r"((three|four|3|4|several|few|a few) times|every (one|two|2|1|couple|few)|(two|2|couple( of)?|few|an?) hours?|hourly) && (\bice\b|cold|skin|pack|frozen)",
    "You can ice it three to four times a day, 15 to 20 minutes each time.")
add(T, "How often should I be putting ice on it, like every hour or what?",
    "every couple of hours / 3-4 times a day, giving the skin a rest in between",
    r"((three|four|3|4|several|few|a few) times|every (one|two|2|1|couple|few)|(two|2|couple( of)?|few|an?) hours?|hourly) && (\bice\b|cold|skin|pack|frozen)",
    "Give your skin a rest for a couple of hours between goes, so about three or four times a day.")
add(T, "Can I put the ice straight on my skin?",
    "no - wrap ice in a towel or cloth, never directly on bare skin",
    rf"{NEG} && (towel|cloth|wrap|cover|barrier|pillowcase|tea towel)",
    "No, don't put ice straight on your skin. Wrap it in a thin towel first.")
add(T, "Is it alright to use a bag of frozen peas?",
    "yes, frozen peas work, wrapped in a towel/cloth, 15-20 minutes",
    r"\b(yes|fine|okay|ok|works?|good|great|can)\b && (towel|cloth|wrap|cover|tea towel)",
    "Yes, a bag of frozen peas is fine. Wrap it in a tea towel and use it for up to 20 minutes.")
add(T, "Should I use ice or heat? I honestly don't know which one.",
    "ice (cold) tends to help most in the first 2-3 days; heat after that; either is fine if it helps",
    rf"(\bice\b|cold) && (heat|warm) && ((first|48|72|two|three|2|3|couple( of)?|few|one)[^.]{{0,15}}(days?|hours)|whichever|either|what(ever)? (feels|helps|works))",
    "In the first two or three days ice usually helps most; after that, heat can relax the muscle. Use whichever feels better.")
add(T, "Is it cold or hot you're supposed to use for a back spasm?",
    "cold/ice early (first 48-72 hours), heat later; either can help",
    rf"(\bice\b|cold) && (heat|warm|\bhot\b) && ((first|48|72|two|three|2|3|couple( of)?|few|one)[^.]{{0,15}}(days?|hours)|whichever|either|what(ever)? (feels|helps|works)|early|later|after)",
    "Cold is usually best in the first 48 to 72 hours, then heat.")
add(T, "When do I switch from ice to heat?",
    "after the first 2-3 days (48-72 hours), or whichever feels better",
    r"(48|72|(two|three|2|3|couple( of)?|few)[^.]{0,12}days?|day (two|three|2|3)|whichever|either|what(ever)? (feels|helps|works)) && (heat|warm)",
    "After about two to three days you can switch to heat.")
add(T, "It happened yesterday, is it too late for ice now?",
    "no - ice is most useful in the first 48-72 hours, so it's still fine to use",
    r"(not too late|still|48|72|(two|three|2|3|couple( of)?|few)[^.]{0,12}days?) && (\bice\b|cold)",
    "It's not too late. Ice helps most in the first two to three days, so you can still use it.")
add(T, "My skin's gone really red and numb under the ice, is that bad?",
    "take the ice off; don't leave it on longer than 20 minutes; always wrap it to avoid ice burn",
    r"(take (it|the ice) off|remove|stop|off now|break|rest) && (towel|cloth|wrap|20|twenty|burn|too long|longer)",
    "Take the ice off now and let your skin warm up. Always wrap it in a towel and keep it under 20 minutes.")
add(T, "Can I fall asleep with the ice pack on?",
    "no - take it off after 15-20 minutes; don't sleep with it on",
    rf"{NEG} && {ICE_MIN}",
    "No, don't sleep with it on. Take it off after 15 to 20 minutes.")

# ================= HEAT =================
T = "heat"
add(T, "How long should I leave the heat pad on for?",
    "about 15-20 minutes at a time (up to about 20-30 minutes), on a low setting",
    f"{HEAT_MIN} && (\blow\b|warm|heat|pad|\bhot\b)", "Use heat for about 15 to 20 minutes at a time on a low setting.")
add(T, "How hot should the heating pad be?",
    "warm, not hot - use the low setting with a cloth between pad and skin",
    r"(\blow\b|warm,? not hot|not too hot|gentle warmth|mild|comfortably warm|warm but not hot) && (setting|warm|heat|pad|cloth|towel|skin|burn|hot)",
    "Keep it on a low setting, warm rather than hot, with a thin cloth between it and your skin.")
add(T, "Can I go to sleep on my heating pad? It's really helping.",
    "no - never fall asleep on a heat pad (burn risk); switch it off before sleeping",
    rf"{NEG} && (sleep|asleep|burn|switch (it )?off|turn (it )?off)",
    "Please don't fall asleep on a heating pad because it can burn you. Switch it off before you sleep.")
add(T, "Is a hot water bottle alright, I've just boiled the kettle",
    "use warm not boiling water, in a cover or wrapped in a towel",
    rf"(boil|too hot|warm|not hot|hot tap|burn|let it cool|cool) && (cover|towel|cloth|wrap)",
    "A hot water bottle is fine, but don't use boiling water. Let it cool to warm, and wrap it in a cover or towel.")
add(T, "Would a hot bath help?",
    "a warm bath or shower can relax the muscle; take care getting in and out",
    r"(bath|shower|water) && (careful|care|slow|getting (in|out)|in and out|out of the bath|someone|non.?slip|grab)",
    "A warm bath can help relax the muscle. Be careful getting in and out, and go slowly.")
add(T, "What's moist heat? Someone said moist heat is better.",
    "warm damp heat: a warm wet towel, warm shower or bath",
    r"(damp|wet|moist|shower|bath|steam)",
    "Moist heat means warm damp heat, like a warm wet towel or a warm shower.")
add(T, "When should I use the heat, like straight away or later?",
    "heat is usually better after the first 2-3 days; ice first; either if it helps",
    r"(48|72|(two|three|2|3|couple( of)?|few)[^.]{0,12}days?|after|later|whichever|either|what(ever)? (feels|helps|works)) && (heat|warm)",
    "Heat is usually best after the first two or three days; before that ice tends to help more.")
add(T, "Can I use a heat wrap, like one of those stick-on ones, all day at work?",
    "follow the product instructions; don't overdo it; check skin, avoid burns",
    r"(burn|break|hours|all day|too long|redness|check your skin) && (wrap|heat|patch|warm|hot|instructions|burn)",
    "Follow the instructions on the pack, and check your skin for redness so it doesn't burn.")
add(T, "Could I use heat and ice both, like alternating?",
    "yes, alternating can help; about 20 minutes each with a break between; always wrapped",
    rf"(yes|can|fine|some people|help) && {HEAT_MIN}",
    "Yes, some people find alternating helps. Use each for about 20 minutes with a break in between.")
add(T, "Is Deep Heat or Tiger Balm okay to use with the hot water bottle?",
    "don't combine a heat rub with a heat pad/hot water bottle (burn/irritation risk); follow the label",
    rf"{NEG} && (burn|irritat|skin|together|same time) && (rub|cream|gel|deep heat|balm|bottle)",
    "Don't use a heat rub together with a hot water bottle, as it can burn or irritate the skin. Follow the label.")

# ================= MEDICINES =================
T = "medicines"
add(T, "Can I take ibuprofen for this?",
    "yes, ibuprofen (an anti-inflammatory) can help if it's safe for you; take with food, follow the label; not if asthma/ulcer/pregnant etc.",
    rf"{NSAID} && ({LABEL}|food|eat|pharmacist|asthma|stomach)",
    "Ibuprofen can help. Take it with food and follow the dose on the packet. Check with a pharmacist if you have asthma, stomach problems or are pregnant.")
add(T, "What painkiller is best for a back spasm?",
    "paracetamol or an anti-inflammatory like ibuprofen, as on the label, if safe for you",
    rf"({PARA}|{NSAID})",
    "Paracetamol or an anti-inflammatory like ibuprofen can help, taken as the packet says.")
add(T, "how much ibuprofen can I take, um, I've got the 200s",
    "follow the packet dose (typically 200-400mg up to 3 times a day for adults, max 1200mg/day OTC), with food",
    r"(200|400|1200|three times|3 times|(one|two|1|2) tablets|packet|label|leaflet|box) && (tablet|mg|dose|packet|label|leaflet|food)",
    "Follow the dose on the packet: usually one or two 200 mg tablets up to three times a day with food.")
add(T, "Should I take ibuprofen with food?",
    "yes, take ibuprofen with or after food to protect the stomach",
    r"(with (food|a meal|something to eat|milk)|after (food|eating|a meal)|stomach|just after)",
    "Yes, take it with or just after food to protect your stomach.")
add(T, "Is naproxen any good for back spasms?",
    "naproxen is an anti-inflammatory like ibuprofen and can help; follow the label/prescription; same cautions",
    rf"(anti.?inflammator|nsaid|like ibuprofen|similar to ibuprofen) && ({LABEL}|pharmacist|doctor|prescri|asthma|stomach)",
    "Naproxen is an anti-inflammatory like ibuprofen and can help. Follow the dose you were given, and check with a pharmacist if you have stomach problems or asthma.")
add(T, "Can I take Aleve and Advil together?",
    "no - don't take two anti-inflammatories (naproxen and ibuprofen) together",
    rf"{NEG} && (together|both|same time|two anti|two nsaid|one anti|one nsaid|same (type|kind|family|group)|combine) && ({NSAID}|same (type|kind|family|group)|medicine|one)",
    "No, don't take naproxen and ibuprofen together; they are the same type of medicine. Pick one.")
add(T, "I've got naproxen from the doctor and ibuprofen in the cupboard, can I have both?",
    "no - only one anti-inflammatory at a time; paracetamol can be added",
    rf"{NEG} && (together|both|same time|two anti|two nsaid|one anti|one nsaid|same (type|kind|family|group)|combine) && ({NSAID}|same (type|kind|family|group)|medicine|one)",
    "No, don't take both, they are the same type of medicine. You could add paracetamol instead.")
add(T, "Does paracetamol actually help with back pain?",
    "paracetamol can help with the pain (not inflammation); follow the label dose",
    rf"{PARA} && ({LABEL}|help|can|may|some people|pain)",
    "Paracetamol can help some people with the pain. Take it as the packet says.")
add(T, "How much paracetamol can I take in a day?",
    "adults: usually 2 x 500mg tablets up to 4 times in 24 hours (max 4g), at least 4 hours apart; follow the label",
    r"((four|4) (times|doses)|(4|four) ?(g|grams)|4,?000|eight|8 tablets|(two|2) (500|tablets)|packet|label|leaflet) && (tablet|dose|500|mg|gram|paracetamol|packet|hours)",
    "For adults it's usually two 500 mg tablets up to four times in 24 hours, at least four hours apart. Follow the packet.")
add(T, "Can I take Tylenol for this?",
    "yes, acetaminophen (Tylenol) can help; follow the label; don't take with other products containing it",
    rf"(yes|can|may|help) && ({LABEL}|other|hours)",
    "Yes, acetaminophen can help. Follow the label and don't take other products that contain it too.")
add(T, "I took two paracetamol an hour ago and it hasn't done anything, can I take more?",
    "no - wait at least 4 hours between doses and don't exceed the label maximum; you could add ibuprofen if safe for you",
    rf"{NEG} && ((four|4) hours|wait|too soon|next dose)",
    "Don't take more paracetamol yet. Wait at least four hours between doses. If it's safe for you, ibuprofen can be taken alongside.")
add(T, "Can I take ibuprofen and paracetamol together?",
    "yes, they can be taken together, each within its own label dose",
    rf"\b(yes|can|safe|fine|okay|ok)\b && (together|both|same time|alongside|combin|with) && {LABEL}",
    "Yes, you can take ibuprofen and paracetamol together, as long as you keep to the dose on each packet.")
add(T, "is it safe to mix Advil and Tylenol?",
    "yes, ibuprofen and acetaminophen can be taken together within each label's dose",
    rf"\b(yes|can|safe|fine|okay|ok)\b && (together|both|same time|alongside|combin|mix|with) && {LABEL}",
    "Yes, they can be taken together, keeping to the dose on each label.")
add(T, "Do I have to leave a gap between the paracetamol and the ibuprofen?",
    "no gap needed between the two; they can be taken together or staggered, each within its own dose limits",
    rf"(together|same time|stagger|alternat|no need|don{APOS}t need|not need|no gap|needn) && ({LABEL}|hours)",
    "You don't need a gap between them; you can take them together or stagger them. Just keep each within its own dose on the packet.")
add(T, "Um, can I take Nurofen, and, er, the paracetamol as well, at the same time?",
    "yes, ibuprofen (Nurofen) and paracetamol can be taken together within each packet's dose",
    rf"\b(yes|can|safe|fine|okay|ok)\b && (together|both|same time|alongside|combin|as well|with) && {LABEL}",
    "Yes, you can take them at the same time, within the dose on each packet.")
add(T, "Can I get muscle relaxants from the chemist?",
    "no - muscle relaxants are prescription-only; see a GP/doctor",
    r"prescri",
    "Muscle relaxants need a prescription, so you'd need to speak to a GP.")
add(T, "Do muscle relaxers work for back spasms?",
    "a doctor may prescribe a short course of a muscle relaxant for a bad spasm; they cause drowsiness",
    r"(prescri|short course|drows|sleepy)",
    "A doctor may prescribe a short course of a muscle relaxant if the spasm is very bad. They can make you drowsy.")
add(T, "My friend has some diazepam, can I take one of hers?",
    "no - don't take someone else's prescription medicine; see your own doctor",
    rf"{NEG} && (prescri|someone else|not yours|your own|else{APOS}s|other people|another person)",
    "No, please don't take someone else's prescription medicine. Speak to your own doctor or a pharmacist.")
add(T, "Do those ibuprofen gels work, or the creams?",
    "an anti-inflammatory gel/cream rubbed on the sore area can help some people; follow the label",
    rf"(gel|cream|rub) && (help|can|may|some people|try)",
    "An ibuprofen gel rubbed onto the sore area can help some people. Follow the instructions on the tube.")
add(T, "Can I use a pain relief cream and take tablets as well?",
    "check with a pharmacist before using an anti-inflammatory gel alongside anti-inflammatory tablets; paracetamol tablets are fine with a gel",
    rf"(gel|cream|rub) && ({PRO}|{PARA}|{NSAID})",
    "Check with a pharmacist before using an anti-inflammatory gel with anti-inflammatory tablets. Follow the label.")
add(T, "Where do I put the gel and how much?",
    "a thin layer rubbed gently into the sore area, as the label says; not on broken skin; wash hands after",
    rf"(thin|small|gently|rub|massage) && ({LABEL}|broken|wash|hands|sore|painful) && (gel|layer|thin|area)",
    "Rub a thin layer gently into the sore area as the tube says, not on broken skin, and wash your hands after.")

# ================= MEDICINE SAFETY: PREGNANCY =================
T = "med_safety_pregnancy"
add(T, "I'm pregnant, can I take ibuprofen for my back?",
    "no ibuprofen in pregnancy unless a doctor/midwife says so; paracetamol is the first choice",
    rf"{NEG} && {PARA} && (doctor|midwife|\bgp\b|pharmacist)",
    "Don't take ibuprofen in pregnancy unless your doctor or midwife says so. Paracetamol is usually the first choice.")
add(T, "What painkillers are safe when you're pregnant?",
    "paracetamol first; avoid ibuprofen and naproxen unless a doctor/midwife advises",
    rf"{PARA} && (doctor|midwife|\bgp\b|pharmacist)",
    "Paracetamol is usually the first choice in pregnancy. Avoid ibuprofen and naproxen unless your doctor or midwife says so.")
add(T, "I'm 20 weeks pregnant and my back's gone into spasm, what can I take?",
    "paracetamol at the usual dose; no ibuprofen/naproxen unless doctor/midwife says; tell midwife",
    rf"{PARA} && (doctor|midwife|\bgp\b|pharmacist)",
    "Paracetamol is the first choice; don't take ibuprofen or naproxen unless your midwife or doctor says so.")
add(T, "um, could I take naproxen, I think I might be pregnant",
    "avoid naproxen if you might be pregnant unless a doctor/midwife advises; paracetamol instead",
    rf"{NEG} && {PARA}",
    "Don't take naproxen if you might be pregnant unless a doctor says so. Paracetamol is safer.")
add(T, "I'm expecting, is it okay to use ibuprofen gel on my back?",
    "check with a pharmacist/midwife first; paracetamol is the usual choice in pregnancy",
    rf"({NEG}|check|ask) && (doctor|midwife|\bgp\b|pharmacist) && (midwife|pregnan|{PARA})",
    "Check with your midwife or pharmacist first before using ibuprofen gel in pregnancy.")

# ================= MEDICINE SAFETY: ASTHMA =================
T = "med_safety_asthma"
add(T, "I've got asthma, can I take ibuprofen?",
    "ibuprofen can make some people's asthma worse; check with a pharmacist; paracetamol is an alternative",
    rf"(worse|trigger|attack|wheez|affect|some people|react) && {PRO}",
    "Ibuprofen can make asthma worse in some people, so check with a pharmacist first. Paracetamol is an alternative.")
add(T, "Is naproxen okay for asthmatics?",
    "anti-inflammatories like naproxen can worsen asthma in some people; ask a pharmacist/doctor",
    rf"(worse|trigger|attack|wheez|affect|some people|react|careful|caution) && {PRO}",
    "Naproxen, like ibuprofen, can make asthma worse in some people. Ask a pharmacist or doctor first.")
add(T, "I use an inhaler, what painkiller should I take?",
    "paracetamol is usually fine; ibuprofen/naproxen can worsen asthma in some, ask a pharmacist",
    rf"{PARA} && (asthma|worse|wheez|trigger|{PRO})",
    "Paracetamol is usually fine. Ibuprofen can make asthma worse in some people, so check with a pharmacist.")
add(T, "I'm asthmatic but I've had Nurofen before and I was fine, is it okay?",
    "if you've taken it before without problems it may be okay, but check with a pharmacist; stop if breathing worsens",
    rf"({PRO}|stop) && (asthma|wheez|breath|worse)",
    "If you've had it before without problems it may be fine, but check with a pharmacist and stop if your breathing gets worse.")

# ================= MEDICINE SAFETY: STOMACH ULCER =================
T = "med_safety_stomach_ulcer"
add(T, "I had a stomach ulcer a few years ago, can I take ibuprofen?",
    "not without checking - anti-inflammatories can cause stomach ulcers/bleeding; ask a pharmacist/doctor; paracetamol usually okay",
    rf"({NEG}|check|careful|caution|risk) && {PRO} && (stomach|ulcer|bleed|{PARA})",
    "Don't take ibuprofen without checking with a doctor or pharmacist first, as it can cause stomach bleeding. Paracetamol is usually okay.")
add(T, "I get bad heartburn and indigestion, is naproxen alright?",
    "anti-inflammatories can irritate the stomach; check with a pharmacist; paracetamol may be better",
    rf"(stomach|irritat|heartburn|indigestion|ulcer|bleed) && ({PRO}|{PARA})",
    "Naproxen can irritate your stomach and make heartburn worse. Check with a pharmacist; paracetamol may be better.")
add(T, "What can I take for the pain if I've got a stomach ulcer?",
    "paracetamol is usually suitable; avoid ibuprofen/naproxen unless a doctor says",
    rf"{PARA} && ({NEG}|{PRO})",
    "Paracetamol is usually suitable. Avoid ibuprofen and naproxen unless your doctor says so.")
add(T, "I'm on omeprazole for my stomach, can I still take ibuprofen?",
    "check with a pharmacist or doctor before taking anti-inflammatories",
    rf"{PRO} && (stomach|ulcer|bleed|protect|{PARA})",
    "Check with your pharmacist or doctor before taking ibuprofen with a stomach condition.")

# ================= MEDICINE SAFETY: KIDNEY / HEART =================
T = "med_safety_kidney_heart"
add(T, "I've got kidney problems, can I take ibuprofen?",
    "anti-inflammatories can harm the kidneys; don't take without a doctor/pharmacist's OK",
    rf"({NEG}|check|careful|caution|\bharm|damage|risk) && {PRO} && (kidney|{PARA}|\bharm|damage)",
    "Don't take ibuprofen without checking with a doctor or pharmacist if you have kidney problems.")
add(T, "I have heart failure, what painkiller is safe for my back?",
    "paracetamol usually; avoid anti-inflammatories unless your doctor says; check with pharmacist",
    rf"({PARA}|{NSAID}) && {PRO}",
    "Paracetamol is usually the safer choice. Avoid ibuprofen and naproxen unless your doctor says so, and check with a pharmacist.")
add(T, "I take tablets for high blood pressure, is naproxen okay?",
    "anti-inflammatories can raise blood pressure and interact with BP medicines; ask a pharmacist/doctor",
    rf"{PRO} && (blood pressure|interact|raise|affect|kidney|heart)",
    "Naproxen can affect blood pressure and interact with your tablets, so ask a pharmacist first.")
add(T, "I had a heart attack last year, can I take anti-inflammatories?",
    "check with your doctor/pharmacist first; anti-inflammatories may not be suitable",
    rf"({NEG}|check|careful|caution|risk|may not) && {PRO} && (heart|{PARA}|risk)",
    "Anti-inflammatories may not be suitable after a heart attack, so check with your doctor or pharmacist first.")

# ================= MEDICINE SAFETY: BLOOD THINNERS =================
T = "med_safety_blood_thinners"
add(T, "I'm on warfarin, can I take ibuprofen?",
    "no ibuprofen with blood thinners (bleeding risk) unless a doctor says; ask a pharmacist",
    rf"({NEG}|bleed) && {PRO} && (bleed|{NSAID}|{PARA}|thinner)",
    "Don't take ibuprofen with warfarin unless your doctor says so, as it raises the risk of bleeding. Ask a pharmacist.")
add(T, "I take apixaban, what can I take for the pain?",
    "paracetamol is usually the choice; avoid anti-inflammatories; check with a pharmacist",
    rf"({PARA}|{NSAID}|bleed) && {PRO}",
    "Paracetamol is usually the one to use. Avoid ibuprofen and naproxen, and check with a pharmacist.")
add(T, "I'm on a blood thinner, is it okay to take Aleve?",
    "naproxen with blood thinners raises bleeding risk; don't without a doctor/pharmacist's advice",
    rf"({NEG}|bleed) && {PRO} && (bleed|{NSAID}|thinner)",
    "Naproxen with a blood thinner raises the risk of bleeding, so don't take it without asking a pharmacist or doctor.")
add(T, "I take a baby aspirin every day for my heart, can I add ibuprofen?",
    "check with a pharmacist/doctor - ibuprofen can interfere with low-dose aspirin and raise bleeding risk",
    rf"{PRO} && (bleed|interfere|interact|aspirin|protect)",
    "Check with a pharmacist or doctor first: ibuprofen can interfere with low-dose aspirin and raise bleeding risk.")

# ================= MEDICINE SAFETY: ALCOHOL =================
T = "med_safety_alcohol"
add(T, "Can I have a glass of wine with the muscle relaxants?",
    "no - avoid alcohol with muscle relaxants (extra drowsiness)",
    rf"{NEG} && (drows|sleepy|alcohol|wine)",
    "No, avoid alcohol while taking muscle relaxants; together they can make you very drowsy.")
add(T, "I've been given diazepam for my back, can I have a couple of beers tonight?",
    "no - don't drink alcohol with diazepam",
    rf"{NEG} && (alcohol|\bbeer|wine|booze|drows|sleepy)",
    "No, don't drink alcohol with diazepam; it can make you dangerously drowsy.")
add(T, "Is it okay to drink while I'm on co-codamol?",
    "avoid alcohol with codeine/strong painkillers",
    rf"{NEG} && (alcohol|\bbeer|wine|booze|drows|sleepy)",
    "It's best not to drink alcohol with co-codamol, as both make you drowsy.")
add(T, "I had a few drinks earlier, can I still take painkillers?",
    "be careful: avoid strong painkillers/muscle relaxants after alcohol; ask a pharmacist; stay within label doses",
    rf"({NEG}|careful|caution|wait) && (alcohol|drows|muscle relax|strong|codeine|{PARA}|{NSAID}|painkiller)",
    "Be careful. Don't take muscle relaxants or strong painkillers after drinking. Check with a pharmacist and keep to the label dose.")
add(T, "Can I have a beer with ibuprofen?",
    "a small amount is usually okay but alcohol with ibuprofen can irritate the stomach; avoid alcohol with muscle relaxants/strong painkillers",
    r"(stomach|small|moderate|limit|one drink|a drink|careful) && (alcohol|beer|stomach|a drink|one drink)",
    "A small drink is usually okay, but alcohol with ibuprofen can irritate your stomach, so keep it limited.")

# ================= REST VS MOVEMENT =================
T = "rest_movement"
add(T, "Should I just stay in bed till it's better?",
    "no - bed rest isn't advised for long; keep gently moving as much as you can",
    rf"({NEG}|short|day or two) && (\bmov|active|walk)",
    "No, staying in bed for long can make it worse. Try to keep gently moving.")
add(T, "Is it better to rest it or keep moving?",
    "keep gently moving; short rests are fine but long bed rest slows recovery",
    r"(\bmov|active|walk)",
    "Keep gently moving as much as you can. Short rests are fine, but long bed rest slows recovery.")
add(T, "I can barely move, should I be lying down all day?",
    "short rests are okay but try to move a little every so often; don't stay lying all day",
    rf"({NEG}|short|little|gentl|every) && (\bmov|active|walk)",
    "Short rests are fine, but try not to lie down all day. Move a little every hour or so.")
add(T, "Is walking good for a back spasm?",
    "yes - short, gentle walks help; start with a few minutes and build up",
    r"(yes|good|help|can) && (short|gentl|few minutes|slow|little|build) && walk",
    "Yes, short gentle walks help. Start with a few minutes several times a day.")
add(T, "How far should I try to walk?",
    "just a few minutes at first, several times a day, building up as it eases",
    r"(few minutes|short|little|couple of minutes|(5|10|five|ten) minutes|as far as|comfortabl|build|gradual) && (walk|minutes)",
    "Just a few minutes at first, a few times a day, then build up as it eases.")
add(T, "Will moving make it worse? I'm scared I'll do more damage.",
    "gentle movement helps recovery and won't usually cause damage; go within your comfort",
    r"(\bmov|active|walk) && (help|won.?t|unlikely|not|safe|gentl|heal)",
    "Gentle movement helps the muscle recover and is very unlikely to do damage. Go at your own pace.")
add(T, "When can I go back to the gym?",
    "build up gradually once the spasm eases; start light; avoid heavy lifting at first",
    r"(gradual|build (it )?up|light|start (small|slow|gently|with)|once|when) && (gym|exercise|weights|lift|train|work ?out)",
    "Build up gradually once the spasm eases: start light and avoid heavy lifting at first.")
add(T, "Can I go swimming?",
    "gentle swimming can help once you can move more comfortably; take it easy",
    r"\b(gentle|gently|easy|yes|good|once|fine|okay|ok)\b && (swim|water|pool)",
    "Gentle swimming can help once you can move more comfortably.")
add(T, "should I sit down or lie down or what, sitting is agony",
    "change position often; try whatever is least painful; don't stay in one position too long; gentle movement",
    r"(change (your )?position|position|least painful|whichever is (least|most|less|more)|alternat) && (\bsit|\blie|lying|position)",
    "Try whichever position is least painful and change position often; gentle movement helps.")

# ================= STRETCHES =================
T = "stretches"
add(T, "How do I do the knee to chest stretch?",
    "lie on your back, gently bring one or both knees to your chest, hold ~20-30 seconds, repeat 2-3 times",
    r"back && (knee|knees) && chest && (hold|second|gentl)",
    "Lie on your back, gently pull your knees towards your chest, hold for 20 to 30 seconds, then let go.")
add(T, "what's that stretch where you hug your knees",
    "knee-to-chest: lie on back, hug knees to chest, hold 20-30 seconds",
    r"back && chest && (hold|second|gentl)",
    "That's the knee to chest stretch: lie on your back and hug your knees to your chest, hold for 20 seconds.")
add(T, "How do you do child's pose?",
    "kneel on hands and knees, sit back towards your heels, stretch arms forward, rest chest to thighs, hold 20-30 seconds",
    r"(knee|kneel|all fours) && (heel|sit back|fold|forward)",
    "Kneel on all fours, then sit back towards your heels and stretch your arms forward. Hold for 20 to 30 seconds.")
add(T, "What's a pelvic tilt and how do I do it?",
    "lie on your back with knees bent, tighten your stomach and gently flatten your lower back into the floor, hold a few seconds",
    r"(back|floor) && knee && (flatten|press|tilt|tighten|tuck|push|roll)",
    "Lie on your back with your knees bent, tighten your tummy and press your lower back flat into the floor. Hold a few seconds, then relax.")
add(T, "How do I do cat cow?",
    "on hands and knees, slowly arch your back up then let it dip down, gently",
    r"(hands and knees|all fours|kneel) && (arch|round|curve|hump|dip|sag|drop|lower)",
    "Get on your hands and knees and slowly round your back up like a cat, then let it dip down. Go gently.")
add(T, "What stretches are good for a back spasm?",
    "gentle stretches such as knee-to-chest, child's pose, pelvic tilts, cat-cow - once the worst has eased, stop if it hurts",
    r"(knees? to (your )?chest|child.?s pose|pelvic tilt|\bcat\b|\bcow\b|bridge|bird ?dog)",
    "Gentle ones like knee to chest, child's pose and pelvic tilts, once the worst has eased.")
add(T, "Should I stretch it now? It's still really spasming.",
    "wait until the worst of the spasm has eased, then stretch gently",
    r"(wait|once|after|when|until)[^.]{0,60}(eas|subsid|settl|calm|pass|better|less|relax) && (stretch|gentl)",
    "Wait until the worst of the spasm has eased, then stretch gently.")
add(T, "When should I start doing stretches?",
    "once the spasm/worst pain has eased (usually after a day or two), gently",
    r"(once|after|when|until)[^.]{0,60}(eas|subsid|settl|calm|pass|better|less|relax) && (stretch|start|begin|gentl)",
    "Once the worst of the spasm has eased, usually after a day or two, start gently.")
add(T, "What if the stretch hurts?",
    "stop, or ease off; only stretch as far as is comfortable",
    r"(stop|ease off|back off|don.?t push|only as far|gentler|less far) && (stretch|far|gentler|ease off|back off)",
    "Stop, or ease off. Only stretch as far as is comfortable.")
add(T, "Is it normal for stretching to hurt a bit, or should I push through it?",
    "a gentle pull is fine but don't push through pain; stop if it hurts",
    r"(stop|ease off|back off|don.?t push|not push|no need to push|shouldn.?t push) && (stretch|pull|push)",
    "A gentle pull is fine, but don't push through pain. Stop if it hurts.")
add(T, "How long do I hold each stretch?",
    "around 20-30 seconds, repeated 2-3 times",
    r"(20|30|twenty|thirty|10|ten|15|fifteen)[^.]{0,20}second",
    "Hold each one for about 20 to 30 seconds, and repeat two or three times.")
add(T, "Can I do the bridge exercise?",
    "yes once the worst has eased: lie on back knees bent, lift hips, hold 10-15 seconds, lower slowly; stop if it hurts",
    r"(lift|raise|push)[^.]{0,40}(hips|bottom|bum|butt|pelvis)",
    "Once the worst has eased: lie on your back with knees bent, lift your hips, hold for 10 seconds, lower slowly.")

# ================= GETTING UP =================
T = "getting_up"
add(T, "I'm stuck on the floor, how do I get up?",
    "roll onto your side, push up onto hands and knees, then use sturdy furniture to get up one leg at a time",
    rf"(roll|turn)[^.]{{0,40}}side && (hands and knees|all fours|kneel|arms|push|chair|furniture|sturdy)",
    "Roll onto your side, push yourself up onto your hands and knees, then hold a sturdy chair and bring one foot forward to stand.")
add(T, "um I'm on the floor and I can't get up, what do I do",
    "take your time: roll onto your side, get onto hands and knees, use sturdy furniture to stand",
    rf"(roll|turn)[^.]{{0,40}}side && (hands and knees|all fours|kneel|arms|push|chair|furniture|sturdy)",
    "Take your time. Roll onto your side, push up onto your hands and knees, then use a sturdy chair to stand up.")
add(T, "How do I get off the floor without my back seizing up again?",
    "slowly: roll to your side, hands and knees, one foot forward, push up using furniture, keep back straight",
    rf"(roll|turn)[^.]{{0,40}}side && (hands and knees|all fours|kneel|arms|push|chair|furniture|sturdy)",
    "Go slowly. Roll onto your side, get onto your hands and knees, and use a sturdy piece of furniture to push yourself up.")
add(T, "How do I get into bed with my back like this?",
    "sit on the edge, lower yourself onto your side using your arms, lift both legs up together, then roll",
    r"side && \b(arms?|hands?|elbows?|push|lower|swing|legs? (up|over|together)|both legs)\b",
    "Sit on the edge of the bed, lower yourself onto your side using your arms, and bring your legs up together.")
add(T, "What's the best way to get out of bed in the morning?",
    "roll onto your side, bend knees, drop legs over the edge while pushing up with your arms",
    r"side && \b(arms?|hands?|elbows?|push|swing|legs? over|over the edge)\b",
    "Roll onto your side, bend your knees, then swing your legs over the edge while you push up with your arms.")
add(T, "I'm on the bathroom floor, can't get up, what's the safest way",
    "roll onto your side, onto hands and knees, use something sturdy (bath edge/toilet) to push up; call someone if needed",
    rf"(roll|turn)[^.]{{0,40}}side && (hands and knees|all fours|kneel|arms|push|chair|furniture|sturdy|edge|toilet)",
    "Roll onto your side, get onto your hands and knees, and use something sturdy like the edge of the bath to push up.")
add(T, "How do I get up out of a chair without it hurting?",
    "shuffle to the front of the seat, feet under you, push up with your arms on the armrests, keep back straight",
    r"(edge|front|forward|shuffle|scoot) && (arm|hand|push|feet|legs)",
    "Shuffle to the front of the seat, put your feet under you, and push up with your arms on the armrests.")
add(T, "Should I try to get up or just stay on the floor for now?",
    "it's fine to rest a bit if more comfortable, then get up slowly when ready: roll to side, hands and knees",
    r"(rest|stay|okay|fine|alright|when you.re ready|your own pace|take your time) && (roll|side|hands and knees|all fours)",
    "It's okay to rest a little first. When you're ready, roll onto your side and get up slowly.")

# ================= TOILET =================
T = "toilet"
add(T, "I need the toilet but I can barely move, help",
    "move slowly, use walls/furniture for support, small steps; ask someone to help if you can",
    r"(support|hold|rail|sturdy|furniture|wall|steady|small steps|shuffle) && (toilet|loo|bathroom|steps|walk|rail|bottle|commode|bedpan)",
    "Take it slowly with small steps, holding onto walls or furniture for support, and ask someone to help if you can.")
add(T, "how do I even sit down on the loo with my back like this",
    "lower yourself slowly using your hands on your thighs, a rail or the sink; keep back straight, bend knees",
    r"\b(hands?|arms?|rail|sink|thighs?|support|hold|slow(ly)?|knees?|bend)\b && (lower yourself|lowering|seat|toilet|loo|rail|sink|thigh)",
    "Lower yourself slowly, keeping your back straight and bending your knees, with your hands on a rail or the sink.")
add(T, "I'm scared to go to the bathroom, what if I can't get back up off the toilet?",
    "push up with hands on thighs/rail/sink, feet under you; have your phone or someone nearby",
    r"\b(hands?|arms?|rail|sink|thighs?|support|hold|slow(ly)?|phone|someone|push)\b && (thigh|rail|sink|seat|toilet|loo|phone|someone nearby|call)",
    "Put your hands on your thighs or a rail and push up slowly with your feet under you. Keep your phone nearby.")
add(T, "Is it bad to strain on the toilet with a bad back?",
    "try not to strain; a footstool, plenty of water and fibre help; some painkillers like codeine cause constipation",
    r"(footstool|stool|step|fibre|fiber|water|fluid|constipat|laxative) && (strain|push|toilet|loo|stool|constipat|bowel)",
    "Try not to strain. Resting your feet on a small step and drinking plenty of water and fibre helps.")
add(T, "My painkillers have bunged me up and going to the loo is agony",
    "codeine-type painkillers cause constipation: drink fluids, eat fibre, ask a pharmacist about a laxative",
    r"(fibre|fiber|laxative|constipat|prune|bowel)",
    "Codeine painkillers often cause constipation. Drink plenty of water, eat fibre, and ask a pharmacist about a laxative.")
add(T, "I can't twist to wipe, what do I do?",
    "don't twist - turn your whole body or stand up to wipe, use moist wipes/long-handled aid, or ask for help",
    r"(wipe|whole body|front|aid|reach|twist)",
    "Don't twist. Stand up slowly and wipe from the front, or turn your whole body instead of twisting.")

# ================= WORK & DRIVING =================
T = "work_driving"
add(T, "Can I drive on muscle relaxants?",
    "no - don't drive on muscle relaxants (they make you drowsy and slow reactions)",
    rf"{NEG} && (drows|sleepy|relax|impair|react|safe) && driv",
    "No, don't drive on muscle relaxants. They can make you drowsy and slow your reactions.")
add(T, "I've taken co-codamol, am I alright to drive to work?",
    "don't drive if strong painkillers make you drowsy; it can be illegal to drive impaired",
    rf"({NEG}|drows|sleepy|impair|illegal|law) && (driv|wheel|\bcar\b)",
    "Don't drive if co-codamol makes you drowsy; it can be illegal to drive impaired.")
add(T, "When can I drive again?",
    "when you can sit comfortably, turn to look around, and brake/do an emergency stop safely, and aren't on drowsy medicines",
    r"(brake|braking|emergency stop|stop suddenly|look over|look round|look around|shoulder|turn (your head|round|around|to look))",
    "When you can sit comfortably, turn to look over your shoulder and do an emergency stop safely.")
add(T, "Can I drive if I can't really turn my head or twist?",
    "no - not until you can turn and brake safely",
    rf"{NEG} && (brake|braking|emergency stop|look (over|round|around)|shoulder|turn|safe) && (driv|wheel|\bcar\b|brake|road)",
    "No, not until you can turn to look around and brake safely.")
add(T, "Should I go into work tomorrow?",
    "staying active and returning to work early helps recovery; consider light duties; talk to your employer",
    r"(active|light(er)? (duties|work|tasks)|adjust|employer|boss|manager|gradual|ease back|phased|if you can|keep moving) && (work|job|employer|manager|boss|duties)",
    "If you can, going to work helps you stay active. Ask your employer about lighter duties for a while.")
add(T, "My job involves lifting boxes, should I go back?",
    "avoid heavy lifting while it settles; ask your employer for light duties",
    r"(light(er)? (duties|work|tasks|loads)|avoid|heavy|adjust|employer|boss|manager|gradual) && (lift|heavy|load|box|duties|employer|manager|boss)",
    "Avoid heavy lifting while it settles and ask your employer about lighter duties.")
add(T, "Do I need a sick note for my back?",
    "in the UK you can self-certify for up to 7 days; after that a fit note from a GP; talk to your employer",
    r"(7|seven) days|self.?cert|fit note|sick note|employer|manager",
    "In the UK you can self-certify for up to seven days. After that you'd need a fit note from your GP.")
add(T, "I work at a desk all day, what should I do?",
    "take regular breaks to get up and move, set up a supportive chair/good posture",
    r"(break|get up|stand up|regular|every (30|half|hour)|chair) && (desk|chair|sit|screen)",
    "Take regular breaks to get up and move about, and make sure your chair supports your back.")
add(T, "Is it okay to work from home lying on the sofa with my laptop?",
    "change position often, support your back, avoid slumping on a soft sofa, take breaks to move",
    r"(change|break|support|slump|soft|sofa|posture|position) && (sofa|laptop|couch|slump|desk|\btable\b|chair)",
    "Try to change position often, avoid slumping on a soft sofa, and take breaks to move.")

# ================= SEX =================
T = "sex"
add(T, "Is it okay to have sex with a bad back?",
    "yes, if it's comfortable; choose positions that don't hurt; stop if it hurts",
    r"(okay|\bok\b|fine|safe|can|alright|all right|yes) && (stop|hurt|pain|comfortabl) && (sex|position|intima|partner|spoon)",
    "Yes, it's fine if it's comfortable. Choose positions that don't hurt and stop if it does.")
add(T, "What's the best position for sex when your back's bad?",
    "positions where your back is supported and you move less, e.g. lying on your side (spooning) or on your back with a pillow; stop if it hurts",
    r"(\bside\b|spoon|pillow|partner|support) && (spoon|partner|position|on top|underneath|move less|moving)",
    "Lying on your side, spooning, or on your back with a pillow under your knees, letting your partner do more of the moving.")
add(T, "Will sex make my back worse?",
    "not usually - it's okay if comfortable; stop or change position if it hurts",
    r"(stop|change|hurt|pain|comfortabl) && (sex|position|intima|partner|spoon)",
    "It usually won't, as long as it's comfortable. Stop or change position if it hurts.")
add(T, "um, my partner and I, you know, want to be intimate, but I'm worried about my back",
    "it's okay if comfortable; go gently, try supported positions, stop if it hurts",
    r"(stop|hurt|pain|comfortabl) && (okay|\bok\b|fine|alright|all right|can|yes|safe) && (sex|position|intima|partner|spoon)",
    "That's okay as long as it's comfortable. Go gently, try a supported position, and stop if it hurts.")
add(T, "It started hurting during sex, what should I do?",
    "stop, or change to a more comfortable position",
    r"(stop|change|different position|ease off|pause) && (position|partner|sex)",
    "Stop, or change to a position that's more comfortable.")
add(T, "Is it alright to have sex if I'm taking muscle relaxants?",
    "generally yes if comfortable, but they can make you drowsy; avoid alcohol; stop if it hurts",
    r"(drows|sleepy|comfortabl|hurt|stop|pain|alcohol) && (sex|intima|partner|position|\bfine\b|\byes\b|generally|alright|all right)",
    "Generally yes if it's comfortable, but they can make you drowsy. Stop if it hurts.")

# ================= SLIPPED DISC / DIAGNOSIS =================
T = "slipped_disc"
DIAG = rf"(diagnos|can{APOS}t (tell|say|know|be sure)|cannot (tell|say|know|be sure)|not able to (tell|say)|unable to (tell|say)|no way (to|of) (tell|know)|only a (doctor|gp|professional)|can{APOS}t examine|without (an )?exam)"
MUSC = r"(muscle|muscular|not serious|get better|improve|settle)"
SEE = r"(doctor|\bgp\b|physio|numb(ness|ed)?\b|tingl|\bleg|weak)"
add(T, "Is it a slipped disc?",
    "the assistant can't diagnose; most back spasms are muscular and get better; see a doctor if numbness, tingling, leg pain or weakness",
    f"{DIAG} && {MUSC} && {SEE}",
    "I can't diagnose that, but most back spasms are muscle problems that get better. See a doctor if you get numbness, tingling or pain down your leg.")
add(T, "How do I know if it's my disc or just a muscle?",
    "can't tell without a doctor; most are muscular; signs like leg pain, numbness, weakness need a doctor",
    f"{DIAG} && {MUSC} && {SEE}",
    "I can't tell you that, only a doctor can examine you. Most spasms are muscular; see a GP if you get leg pain, numbness or weakness.")
add(T, "My mate reckons I've slipped a disc, is he right?",
    "can't diagnose; most back spasms are muscle-related and get better; see a GP if leg symptoms",
    f"{DIAG} && {MUSC} && {SEE}",
    "I can't diagnose it, but most back spasms are muscular and improve. See a GP if you get numbness or leg pain.")
add(T, "Could this be sciatica?",
    "can't diagnose; sciatica usually means pain going down the leg, sometimes with numbness/tingling - see a doctor/GP if so",
    rf"(\bleg|buttock|bottom|foot) && {SEE}",
    "I can't diagnose it. Sciatica usually causes pain down the leg, sometimes with tingling or numbness; see a GP if you have that.")
add(T, "Have I trapped a nerve?",
    "can't diagnose; most spasms are muscular; nerve problems tend to cause leg pain, numbness, tingling - see a doctor",
    rf"{DIAG} && {SEE} && (numb|tingl|\bleg|pins and needles|muscle)",
    "I can't diagnose that. Nerve problems usually cause tingling, numbness or pain down a leg; see a doctor if you have those.")
add(T, "Do I need an X-ray or a scan?",
    "scans usually aren't needed for a back spasm; a doctor decides if signs suggest it",
    rf"({NEG}|usually|rarely|most people|unlikely) && (doctor|\bgp\b|physio) && (scan|x.?ray|mri|imaging)",
    "Most people with a back spasm don't need a scan. A doctor will decide if you need one.")

# ================= FEAR / PANIC =================
T = "fear_panic"
add(T, "I'm scared.",
    "calm reassurance (spasms are common and ease) and an offer of guided breathing",
    f"{CALM} && {BREATH}",
    "I'm here with you. Back spasms are very common and they do ease. Would you like to do some slow breathing together?")
add(T, "I'm panicking, it hurts so much",
    "calm reassurance and an offer of guided breathing",
    f"{CALM} && {BREATH}",
    "I understand, it's frightening. Let's slow your breathing together: breathe in slowly for four.")
add(T, "I'm really frightened, I've never had pain like this",
    "reassurance that back spasms are very painful but usually not dangerous and get better; offer breathing",
    f"{CALM} && {BREATH}",
    "That sounds really scary. Back spasms can be very painful but usually aren't serious and do get better. Shall we breathe slowly together?")
add(T, "I'm home on my own and I'm freaking out",
    "reassurance, offer guided breathing, suggest calling someone to be with you",
    f"{CALM} && {BREATH}",
    "You're not alone, I'm here. Let's do some slow breathing together, and you could ring someone to come over.")
add(T, "Am I going to be stuck like this forever?",
    "no - back spasms usually ease within days to a couple of weeks; reassurance (breathing offer a plus)",
    r"(won.?t|not forever|\bno\b|usually|most) && (get better|ease|improve|settle|recover) && (day|week)",
    "No, back spasms usually ease within a few days to a couple of weeks.")
add(T, "I can't calm down, please help me",
    "calm reassurance and guided breathing",
    f"{CALM} && {BREATH}",
    "I'm here with you. Let's breathe together: in slowly through your nose, and out slowly.")
add(T, "i'm so anxious, what if I've done something really serious",
    "reassurance that most back spasms are muscular and get better; offer breathing",
    f"{CALM} && {BREATH}",
    "It's understandable to be worried. Most back spasms are muscle problems and get better. Would you like to try some slow breathing?")
add(T, "Can you help me breathe through this?",
    "yes - guided slow breathing (e.g. in for 4-5, out slowly)",
    rf"{BREATH} && (in|out|slow|count)",
    "Yes. Breathe in slowly through your nose for a count of four, then out slowly.")

# ================= CAUSES & PREVENTION =================
T = "causes_prevention"
add(T, "Why did my back go into spasm?",
    "usually a muscle strain from overuse, lifting, twisting or awkward posture; sometimes no clear cause",
    r"(strain|overuse|lifting|twist|posture|awkward|sudden) && (cause|usually|often|common|because|from|trigger)",
    "It's usually a muscle strain from overuse, lifting, twisting or an awkward position. Sometimes there's no clear cause.")
add(T, "I only bent down to pick up a sock, how can that do this?",
    "spasms can be triggered by a small sudden movement, especially after inactivity or when muscles are tired; common and not a sign of serious damage",
    r"(sudden|small|simple|tired|inactiv|anyone|protect|trigger|awkward) && (movement|\bmove|bend|trigger|spasm|common)",
    "It's really common: a small sudden movement can trigger a spasm, especially after sitting a lot. It doesn't mean serious damage.")
add(T, "Can being dehydrated cause back spasms?",
    "yes, dehydration can contribute to muscle cramps/spasms; drink enough water",
    r"(yes|can|may|might|contribut) && (hydrat|water|fluid)",
    "Yes, dehydration can contribute to muscle spasms, so drink plenty of water.")
add(T, "Is it because I'm low on magnesium or something?",
    "low magnesium, potassium or calcium may make spasms more likely; get them from food first; check with a pharmacist/doctor before supplements",
    r"(magnesium|potassium|calcium) && (food|diet|\beat|banana|green|\bnuts?\b|dairy|pharmacist|doctor|\bgp\b)",
    "Low magnesium, potassium or calcium may make spasms more likely. Try to get them from food first, such as greens, nuts and dairy.")
add(T, "Should I take magnesium tablets?",
    "food sources first; check with a pharmacist or doctor before supplements",
    r"(food|diet|\beat) && (pharmacist|doctor|\bgp\b) && (supplement|magnesium|tablet|mineral)",
    "It's best to get minerals from food first; check with a pharmacist or doctor before taking supplements.")
add(T, "How do I stop this happening again?",
    "stay active, regular stretching/strengthening, good posture, safe lifting, drink water",
    r"(exercise|active|strength|posture|lift) && (prevent|future|again|regular|posture|strength)",
    "Stay active, do regular stretching and strengthening, keep good posture and lift safely.")
add(T, "What's the right way to lift stuff so I don't hurt my back again?",
    "bend your knees not your back, keep the load close to your body, don't twist",
    r"(knee|leg) && (close|near|twist|hug)",
    "Bend your knees rather than your back, keep the load close to your body, and don't twist.")
add(T, "Could my posture at my desk be causing it?",
    "yes, poor posture over long periods can contribute; take breaks, supportive chair, screen at eye level",
    r"(yes|can|may|might|contribut|could) && (break|chair|screen|move|support|position) && (posture|desk|sit|chair|screen)",
    "Yes, it can contribute. Take regular breaks, use a supportive chair and keep your screen at eye level.")
add(T, "does stress cause back spasms?",
    "stress can increase muscle tension and contribute; relaxation and breathing can help",
    r"(yes|can|may|might|contribut|could) && (stress|tension|tense|tight)",
    "Yes, stress can make muscles tense and contribute to spasms. Relaxation and slow breathing can help.")

# ================= DURATION =================
T = "duration"
WEEKS = r"((few|couple( of)?|several|1|2|one|two|a) (days|weeks?)|week or two|weeks)"
add(T, "How long do back spasms last?",
    "the worst usually eases within a few days; most get better within a week or two (a few weeks at most)",
    WEEKS, "The worst usually eases within a few days, and most get better within a week or two.")
add(T, "When will this get better?",
    "usually improves over a few days to a couple of weeks",
    WEEKS, "It usually starts improving within a few days, and most people are much better in a week or two.")
add(T, "It's been three days and it still hurts, is that normal?",
    "yes, it can take a week or two; it should be gradually improving",
    r"(normal|common|can take|usual|expected) && (week|gradual|slowly|improv)",
    "Yes, that's normal. It can take a week or two, and should slowly improve.")
add(T, "Will I be okay by Monday? I've got a wedding on Saturday.",
    "can't promise; most spasms ease a lot within days, fully in a week or two; keep gently active",
    WEEKS, "I can't promise, but most spasms ease a lot within a few days, and fully within a week or two.")
add(T, "how long till I can move normally again",
    "usually within days to a couple of weeks, gradually",
    WEEKS, "Most people can move much more normally within a few days to a couple of weeks.")
add(T, "How long does the actual spasm last, like the tightening bit?",
    "an individual spasm can last seconds to minutes; the soreness can linger for days",
    r"second && (day|linger|sore|week)",
    "A single spasm can last from seconds to several minutes, but the soreness can linger for days.")
add(T, "Is it going to keep coming back?",
    "it can recur, but staying active, stretching/strengthening and good lifting reduce the chance; see a GP if it keeps recurring",
    r"(come back|recur|again|return|happen) && (active|exercise|strength|posture|lift|doctor|\bgp\b)",
    "It can come back, but staying active and strengthening your back makes it less likely. See a GP if it keeps recurring.")

# ================= MASSAGE =================
T = "massage"
add(T, "Will massage help?",
    "gentle massage / firm pressure on the tight muscle can help it relax; avoid pressing on the spine",
    r"(massag|rub|knead|pressure) && (help|can|may)",
    "Yes, gentle massage or firm pressure on the tight muscle can help it relax.")
add(T, "Can my husband rub my back? How should he do it?",
    "yes - gentle rubbing/kneading of the muscle either side of the spine, not on the spine/bones; tell him if it hurts",
    r"(gentl|firm|pressure|knead|slow) && (spine|bone|muscle|hurt|tell) && (rub|knead|massag|press)",
    "Yes. Ask him to gently rub and knead the muscle either side of your spine, not on the spine itself, and tell him if it hurts.")
add(T, "Should I use a foam roller?",
    "only gently and on the muscle, not the spine; once the worst has eased; stop if it hurts",
    r"(gentl|careful|slow|light) && (spine|bone|hurt|pain|stop|doctor|physio|muscle|eased) && (roll|spine|bone)",
    "Only gently, on the muscle rather than your spine, and stop if it hurts.")
add(T, "Does lying on a tennis ball help?",
    "gentle pressure from a ball on the tight muscle (not the spine) can help; ease off if painful",
    r"(gentl|careful|slow|pressure) && (spine|bone|hurt|pain|stop|muscle|ease) && ball",
    "Gentle pressure from a ball on the tight muscle can help. Keep it off your spine and stop if it hurts.")
add(T, "Is a massage gun okay to use?",
    "on a low setting, gently on muscle, not on the spine/bones; stop if it hurts",
    r"(\blow\b|gentl|careful|light) && (spine|bone|hurt|pain|stop|muscle) && (gun|setting|massag)",
    "Use it on a low setting, gently on the muscle and away from your spine, and stop if it hurts.")
add(T, "Should I go and get a deep tissue massage?",
    "not while it's acutely in spasm; gentle massage is better; a professional later may help",
    r"(massag|therapist) && (gentl|wait|once|eased|later|after|avoid|too soon|not)",
    "Gentle massage is better while it's in spasm; a professional massage may help once it has eased.")
add(T, "Can I press on the knot myself?",
    "yes, firm gentle pressure on the knot for a minute or so can help; not on the spine; stop if it's too painful",
    r"(pressure|press|knead|rub) && (gentl|firm|minute|second|spine|bone|stop|hurt) && (knot|press|pressure)",
    "Yes, press firmly but gently on the knot for about a minute, avoiding your spine, and stop if it hurts too much.")

# ================= SLEEP POSITION =================
T = "sleep_position"
add(T, "What's the best way to sleep with a back spasm?",
    "on your side with a pillow between your knees, or on your back with a pillow under your knees",
    r"pillow && (knee|legs)",
    "On your side with a pillow between your knees, or on your back with a pillow under your knees.")
add(T, "I sleep on my side, anything that helps?",
    "put a pillow between your knees",
    r"pillow && (knee|legs)",
    "Put a pillow between your knees.")
add(T, "If I lie on my back, where do I put the pillows?",
    "a pillow under your knees (and a small rolled towel in the small of the back if comfortable)",
    r"pillow && (under|beneath) && (knee|legs)",
    "Put a pillow or two under your knees.")
add(T, "Is sleeping on my front bad?",
    "front sleeping can strain the back; side or back with pillow support usually better; whatever is least painful",
    r"(\bside\b|pillow|strain|worse|arch) && (front|stomach|tummy|sleep|lie|lying)",
    "It can strain your back. Lying on your side with a pillow between your knees is usually better.")
add(T, "Should I sleep on the floor? Someone said a hard surface is better.",
    "a firm supportive surface can help but isn't necessary; whatever lets you rest comfortably; pillow support",
    r"(firm|comfortabl|support|pillow|not necessary|don.?t need) && (floor|mattress|bed|surface|sleep)",
    "A firm, supportive surface can help, but you don't need to sleep on the floor. Use whatever is comfortable.")
add(T, "I keep waking up in pain at night, what can I do?",
    "try a supported position (pillow between/under knees), take painkillers as labelled, roll over carefully",
    r"(pillow|painkiller|paracetamol|ibuprofen) && (pillow|bed|night|sleep)",
    "Try lying on your side with a pillow between your knees, and take your painkillers as the packet says before bed.")
add(T, "Should I sleep propped up in the recliner instead?",
    "some find a reclined/inclined position comfortable; it's fine if it helps, but move about during the day",
    r"(comfortabl|fine|okay|\bok\b|whatever|some people|incline|recline|propped) && (recline|chair|propped|incline|sleep|upright)",
    "If it's more comfortable, that's fine; some people find a slightly reclined position easier.")

# ================= WHEN TO SEE A DOCTOR (signs, asked as questions) =================
T = "see_doctor"
add(T, "When should I see a doctor about my back?",
    "if not improving after 1-2 weeks (or a few weeks), getting worse, pain stopping you doing normal things, or numbness/tingling/weakness/leg pain",
    r"(week|weeks|not (getting |improving|better)|worse) && (numb(ness|ed)?\b|tingl|weak|\bleg)",
    "See a GP if it isn't improving after a week or two, or if you get numbness, tingling or weakness in your legs.")
add(T, "How do I know if I need to go to A&E?",
    "go to A&E/call 999 if numbness around the bottom or genitals, loss of bladder/bowel control, weakness in both legs, fever, or after a bad fall/accident",
    rf"{EMERG} && (bladder|bowel|\bpee\b|\bwee\b|numb(ness|ed)?\b|bottom|genital|saddle|both legs)",
    "Call 999 or go to A&E if you get numbness around your bottom or genitals, can't control your bladder or bowels, or have weakness in both legs.")
add(T, "What are the warning signs that it's something more serious?",
    "numbness/tingling, leg weakness, pain down the leg, bladder/bowel problems, fever, pain that's worse at night or after an injury - see a doctor",
    r"(numb(ness|ed)?\b|tingl|weak|bladder|bowel) && (doctor|\bgp\b|999|911|a ?& ?e|emergency|urgent|111)",
    "Warning signs include numbness or tingling, weakness in your legs, or problems controlling your bladder or bowels. Those need a doctor urgently.")
add(T, "If it's not better in a week should I go to the GP?",
    "yes if it's not improving after a week or two, or getting worse, see a GP/physio",
    r"(yes|gp|doctor|physio) && (week|improv|better|worse)",
    "Yes, if it isn't improving after a week or two, see your GP.")
add(T, "Should I see a physio?",
    "a physio can help if it's not improving after a couple of weeks or keeps coming back; in the UK you can often self-refer",
    r"physio && (week|improv|better|keeps|recur|back|self.?refer|gp)",
    "A physio can help if it isn't improving after a couple of weeks; in many areas you can self-refer.")
add(T, "Can I ring 111 about my back?",
    "yes, NHS 111 can give advice if you're worried or it's not getting better",
    r"111 && (yes|can|advice|worried)",
    "Yes, you can call 111 for advice if you're worried or it isn't getting better.")
add(T, "Would pins and needles in my legs mean I need a doctor?",
    "yes - numbness or tingling in the legs should be checked by a doctor",
    r"(yes|should|need to|see a|checked) && (doctor|\bgp\b|111|urgent|emergency|a ?& ?e|999|911) && (pins|numb|tingl|\bleg|nerve|check)",
    "Yes, pins and needles or numbness in your legs should be checked by a doctor.")

# ================= FOOD & DRINK =================
T = "food_drink"
add(T, "What should I eat or drink to help with cramps?",
    "drink plenty of water; foods with potassium (bananas, potatoes), magnesium (greens, nuts) and calcium (dairy)",
    r"water && (potassium|magnesium|calcium|banana|green|dairy)",
    "Drink plenty of water, and eat foods rich in potassium, magnesium and calcium like bananas, leafy greens and dairy.")
add(T, "Do bananas help with muscle spasms?",
    "bananas are a good source of potassium, which muscles need; part of a balanced diet, won't fix a spasm instantly",
    r"potassium",
    "Bananas are a good source of potassium, which muscles need, so they can help as part of a balanced diet.")
add(T, "What foods have magnesium in them?",
    "leafy greens, nuts, seeds, beans, wholegrains",
    r"\b(greens?|spinach|kale|nuts?|seeds?|beans?|(whole)?grains?|wholemeal|avocados?|dark chocolate)\b",
    "Leafy greens like spinach, nuts, seeds, beans and wholegrains.")
add(T, "Which foods are good for calcium?",
    "dairy: milk, yoghurt, cheese (also leafy greens, fortified foods)",
    r"(dairy|milk|yog|cheese)",
    "Dairy foods like milk, yoghurt and cheese.")
add(T, "How much water should I be drinking?",
    "drink enough to stay hydrated, around 6-8 glasses a day (more if hot/exercising)",
    r"(\b6\b|\b8\b|six|eight|1\.5|2 litres|two litres|litre|liter|glass|cup|pale|enough water|plenty)",
    "Around six to eight glasses a day, more if it's hot or you're active.")
add(T, "Should I cut down on coffee?",
    "too much coffee (and processed sugar) may reduce mineral absorption; focus on water",
    r"(cut down|cutting down|reduce|less|limit|moderat|too much) && (coffee|caffeine|mineral|absor|water)",
    "Cutting down may help: too much coffee can affect how you absorb minerals. Drink water instead.")
add(T, "Are sports drinks any good or is water enough?",
    "water is usually enough; sports drinks only if you've been sweating a lot",
    r"water && (enough|usually|sweat|fine)",
    "Water is usually enough; sports drinks are only really needed if you've been sweating a lot.")

# ================= OUT OF SCOPE =================
T = "out_of_scope"
OOS = f"{CANT} && {NOT_BACK}"
oos_ref = "Sorry, I can only help with back spasms."
for q in [
    "What's the weather tomorrow?",
    "How do I fix a leaky tap?",
    "My knee hurts after running, what should I do?",
    "I think I've sprained my ankle, what should I do?",
    "What's the capital of France?",
    "Can you order me a pizza?",
    "I've got a really sore throat, what can I take?",
    "How do I reset my wifi router?",
    "Who won the football last night?",
    "My little boy has a temperature, what should I do?",
    "What's a good recipe for lasagne?",
    "I've got a toothache, um, what do I do about that?",
    "How do I get a red wine stain out of the carpet?",
]:
    add(T, q, "the assistant says it can't help with that (only back spasms) and gives no back-care answer", OOS, oos_ref)

# ---------------- checks ----------------
def check():
    bad = 0
    ids = set()
    for topic, q, fact, must, ref in R:
        for field in (topic, q, fact, must):
            assert "\t" not in field and "\n" not in field, (q, field)
        groups = [g.strip() for g in must.split(" && ")]
        for g in groups:
            assert g, (q, must)
            re.compile(g, re.I)
            if not re.search(g, ref, re.I):
                print("REF FAIL:", topic, "|", q, "| group:", g, file=sys.stderr); bad += 1
    # out-of-scope must reject a back-care answer
    backish = "I can't say. Put ice on for 15 to 20 minutes at a time, then roll onto your side."
    for topic, q, fact, must, ref in R:
        if topic == "out_of_scope":
            assert not all(re.search(g, backish, re.I) for g in must.split(" && ")), q
    # a generic non-answer should fail most in-scope rows
    generic = "Sorry, I didn't catch that. Could you say it again?"
    passes = [q for t, q, f, m, r in R if t != "out_of_scope" and all(re.search(g, generic, re.I) for g in m.split(" && "))]
    if passes:
        print("WARNING generic non-answer passes:", passes, file=sys.stderr)
    return bad

if __name__ == "__main__":
    bad = check()
    prefix = {}
    with open(sys.argv[1] if len(sys.argv) > 1 else "questions.tsv", "w", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar=None, lineterminator="\n")
        w.writerow(["id", "topic", "question", "fact", "must"])
        counter = collections.Counter()
        for topic, q, fact, must, ref in R:
            counter[topic] += 1
            w.writerow([f"HQ-{topic}-{counter[topic]:02d}", topic, q, fact, must])
    for t, n in counter.items():
        print(f"{t}\t{n}")
    print("TOTAL", len(R), "ref failures", bad)

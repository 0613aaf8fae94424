#!/usr/bin/env python3
"""Held-out triage test lines for Back Coach (v5).

Every line below was written by hand by an independent helper session on
2026-12-02. Nothing is generated, templated or paraphrased by a program:
this script only checks the hand-written lists and writes lines.tsv.

Checks: unique after lower-casing and removing punctuation, under 30 words,
no tabs/newlines, known class for each tier, minimum counts per class/tier.
"""
import os
import re
import sys
from collections import Counter

# (class, text) per tier. Labels: the speaker, right now, from this line alone.

EMERGENCY = [
    # bladder_bowel_lost: wet/soiled without control or without feeling it
    ("bladder_bowel_lost", "i've just wet myself and i didn't even feel it coming"),
    ("bladder_bowel_lost", "Sorry to say this but I've had an accident in my pants and I didn't know it was happening"),
    ("bladder_bowel_lost", "um i think i i leaked wee and i couldnt feel it at all"),
    ("bladder_bowel_lost", "My bowels just went, I couldn't hold it, that's never happened before."),
    ("bladder_bowel_lost", "Och I've peed masel and didnae even ken, nae feeling at all"),
    ("bladder_bowel_lost", "It's probably nothing but the bed was soaked when I woke and I never felt myself go."),
    ("bladder_bowel_lost", "I have soiled myself and I did not feel any urge, what is happening to me"),
    ("bladder_bowel_lost", "the back's been murder all day, I've been lying on the floor with the heat pad, and now I've realised I've pooed myself without knowing"),
    ("bladder_bowel_lost", "im all wet down there i couldnt stop the urine it just came out"),
    ("bladder_bowel_lost", "ok so i did the stretches you said and had a cuppa and then um i realised i'd wet myself and never felt a thing"),

    # urinary_retention: can't pee at all
    ("urinary_retention", "I've been trying to pee for an hour and nothing will come out."),
    ("urinary_retention", "cant wee at all since this morning and my belly feels full"),
    ("urinary_retention", "I am pressing and pressing but no urine is coming, since last night."),
    ("urinary_retention", "Haven't been able to pass water all day even though I'm bursting."),
    ("urinary_retention", "um i sat on the loo for ages and nothing nothing at all came"),
    ("urinary_retention", "Mate, I haven't had a wee since yesterday arvo and I've been drinking heaps."),
    ("urinary_retention", "I need to go so bad but it just won't come, not a drop."),
    ("urinary_retention", "the back is very bad and also the urine is not coming at all since morning"),
    ("urinary_retention", "i haven't peed since yesterday and i try but it wont come"),

    # saddle_sensation: can't feel wiping / touch down below
    ("saddle_sensation", "When I wiped after the toilet I couldn't feel the paper at all."),
    ("saddle_sensation", "i cant feel it when i wipe my bum"),
    ("saddle_sensation", "I touched down below and it's like touching someone else's skin, nothing."),
    ("saddle_sensation", "Weird one, but I can't feel the toilet seat under me."),
    ("saddle_sensation", "in the shower i couldnt feel the water on my backside"),
    ("saddle_sensation", "When I wipe myself there is no sensation, like it is dead."),
    ("saddle_sensation", "I pinched my inner thigh up near my privates and felt nothing."),
    ("saddle_sensation", "toilet paper feels like nothing, can't tell if i've wiped or not"),

    # saddle_numbness: numb bottom/genitals/inner thighs
    ("saddle_numbness", "my bum has gone numb"),
    ("saddle_numbness", "Numb between my legs."),
    ("saddle_numbness", "It's probably the way I'm sitting but my whole saddle area feels numb."),
    ("saddle_numbness", "my privates feel numb and kind of dead"),
    ("saddle_numbness", "There's pins and needles all round my backside and down my inner thighs."),
    ("saddle_numbness", "Abeg my buttocks and my private part don dey numb since morning"),
    ("saddle_numbness", "um the the area where you sit on a bike is numb"),
    ("saddle_numbness", "Both inner thighs and my genitals feel numb, like after the dentist."),
    ("saddle_numbness", "my bomb has gone completely numb"),  # ASR mis-hearing of "bum"

    # both_legs: numbness/tingling/weakness in both legs
    ("both_legs", "both my legs are tingling"),
    ("both_legs", "My legs are both numb from the knee down."),
    ("both_legs", "I've got pins and needles in both feet and up my legs."),
    ("both_legs", "Neither of my legs feels right, they're weak and wobbly."),
    ("both_legs", "i can barely stand my two legs are so weak"),
    ("both_legs", "Ah sure it's probably nothing but the two legs are gone all numb on me."),
    ("both_legs", "both my legs feel heavy like lead and i cant lift them properly"),
    ("both_legs", "My left leg's been numb for days and now the right one's started as well."),
    ("both_legs", "legs both weak and shaky, can't get up the stairs"),
    ("both_legs", "could you set a timer for twenty minutes and also both my legs have gone numb"),

    # spreading_worse: numbness/weakness spreading or getting worse
    ("spreading_worse", "The numbness in my leg is spreading up towards my hip."),
    ("spreading_worse", "the weakness is getting worse every hour"),
    ("spreading_worse", "It started as tingling in my toes and now it's all up my calf and getting worse."),
    ("spreading_worse", "the numb patch keeps getting bigger"),
    ("spreading_worse", "I'm losing more feeling in my leg as the day goes on."),
    ("spreading_worse", "my foot was weak this morning now the whole leg is worse and worse"),
    ("spreading_worse", "The tingling is moving up, it's at my knee now."),
    ("spreading_worse", "i mean it it was just my foot but now the numbness is climbing"),
    ("spreading_worse", "Thanks for the breathing. By the way the numbness in my leg is worse than an hour ago."),

    # limb_paralysis: a leg cannot move at all
    ("limb_paralysis", "I can't move my right leg at all."),
    ("limb_paralysis", "my leg won't move, it's just lying there"),
    ("limb_paralysis", "I'm telling it to move and my left leg does nothing."),
    ("limb_paralysis", "i cant lift my leg even a little it's like it's not mine"),
    ("limb_paralysis", "my foot and leg are completely dead cant wiggle anything"),
    ("limb_paralysis", "Me cyaan move me leg at all at all"),
    ("limb_paralysis", "I cannot move my leg, totally, not even the toes."),
    ("limb_paralysis", "The right leg has just stopped working, it won't budge."),

    # major_trauma: fall from height, crash, heavy blow
    ("major_trauma", "I fell off the roof about ten minutes ago and landed on my back."),
    ("major_trauma", "I was in a car crash this morning and now my back is killing me."),
    ("major_trauma", "came off my motorbike on the motorway"),
    ("major_trauma", "Fell from the ladder, maybe three metres, straight onto the concrete."),
    ("major_trauma", "a car hit me on my bike and i landed on my back"),
    ("major_trauma", "A steel beam fell on my back at work."),
    ("major_trauma", "someone reversed into me at speed in the car park and i got knocked flying"),
    ("major_trauma", "Got thrown from my horse and landed flat on my back."),
    ("major_trauma", "I fell off the scaffolding at work, two storeys."),

    # immobile_after_injury: can't move after a fall/slip/trip/blow
    ("immobile_after_injury", "I slipped in the bathroom and now I can't get up off the floor."),
    ("immobile_after_injury", "tripped over the dog and i can't move"),
    ("immobile_after_injury", "Fell over in the garden and I can't get up."),
    ("immobile_after_injury", "I slipped on the ice and now I can't move my legs."),
    ("immobile_after_injury", "Got hit in the back with a cricket bat and I can't move."),
    ("immobile_after_injury", "um i i fell down and now i cant move at all"),
    ("immobile_after_injury", "I tripped on the rug and I'm stuck on the floor, I cannot move."),
    ("immobile_after_injury", "I fell off the chair and now I can't get up, I've been here an hour."),
    ("immobile_after_injury", "slipped getting out the bath cant move lying on the tiles"),

    # chest_breathing: chest pain, can't breathe
    ("chest_breathing", "I've got a crushing pain in my chest."),
    ("chest_breathing", "I can't breathe properly, I can't get my breath."),
    ("chest_breathing", "My chest is really tight and it's going down my left arm."),
    ("chest_breathing", "the pain is in my chest now and i'm gasping"),
    ("chest_breathing", "i i cant catch my breath"),
    ("chest_breathing", "Sharp pain in the chest when I breathe in and I'm short of breath."),
    ("chest_breathing", "Honestly it's probably just the spasm but there's a heavy pressure in my chest."),
    ("chest_breathing", "chest hurts and im struggling to breathe lips feel funny"),

    # worst_pain_faint: sudden worst pain ever, fainting/collapse, sweaty+faint
    ("worst_pain_faint", "This is suddenly the worst pain I have ever had in my life, it came on like a thunderclap."),
    ("worst_pain_faint", "I just fainted."),
    ("worst_pain_faint", "i blacked out for a bit on the kitchen floor"),
    ("worst_pain_faint", "I'm sweating buckets and I feel like I'm going to pass out from the pain."),
    ("worst_pain_faint", "Sudden ripping pain in my back, unlike anything before."),
    ("worst_pain_faint", "I collapsed when I stood up."),
    ("worst_pain_faint", "i feel faint and clammy and the pain is horrendous"),
    ("worst_pain_faint", "Worst pain ever, came out of nowhere, a tearing feeling right through to my belly."),
]

TODAY = [
    # one_leg_neuro
    ("one_leg_neuro", "my left leg is tingling"),
    ("one_leg_neuro", "Pins and needles down the back of my right leg."),
    ("one_leg_neuro", "Numb patch on the outside of my thigh, just the one side."),
    ("one_leg_neuro", "my right leg feels a bit weak"),
    ("one_leg_neuro", "The side of my foot's gone numb, only on the left."),
    ("one_leg_neuro", "um there's like a tingling in in my one leg down to the toes"),
    ("one_leg_neuro", "Back's been sore for a week, I've been doing the heat and the stretches, it's easing a bit but my left calf's numb."),
    ("one_leg_neuro", "It's probably just sciatica but my right leg is numb."),
    ("one_leg_neuro", "I am having some numbness in one leg only, the other is fine."),

    # foot_drop
    ("foot_drop", "My foot is slapping on the floor when I walk."),
    ("foot_drop", "i cant lift the front of my foot up"),
    ("foot_drop", "I keep tripping because my toes catch the ground."),
    ("foot_drop", "I can't walk on my heel on the right side."),
    ("foot_drop", "my foot's sort of flopping down when i walk"),
    ("foot_drop", "I think I've got foot drop on the left."),
    ("foot_drop", "my toes drag on the carpet on one side"),

    # leg_gives_way
    ("leg_gives_way", "My leg keeps giving way."),
    ("leg_gives_way", "My knee just buckled under me twice today."),
    ("leg_gives_way", "the leg gave out on me going down the stairs"),
    ("leg_gives_way", "My right leg collapsed under me but I'm okay."),
    ("leg_gives_way", "um the leg it it just goes from under me sometimes"),
    ("leg_gives_way", "Feels like my leg will give way every time I put weight on it."),
    ("leg_gives_way", "my leg keeps giving weigh when i walk"),  # ASR homophone "way" -> "weigh"

    # arm_hand_neuro
    ("arm_hand_neuro", "my hand is tingling"),
    ("arm_hand_neuro", "Both my hands have gone numb."),
    ("arm_hand_neuro", "pins and needles in my fingers"),
    ("arm_hand_neuro", "My arm feels weak and I keep dropping things."),
    ("arm_hand_neuro", "Numbness down my right arm."),
    ("arm_hand_neuro", "i cant grip the cup properly my hand's weak"),
    ("arm_hand_neuro", "tingling in both hands since this morning"),

    # fever_chills
    ("fever_chills", "I've got a fever and my back is killing me."),
    ("fever_chills", "I'm hot and shivery and the back pain is worse."),
    ("fever_chills", "temperature is thirty eight point nine and my back hurts"),
    ("fever_chills", "I've got the chills and the sweats with this back pain."),
    ("fever_chills", "Feel feverish and achy all over, and my back."),
    ("fever_chills", "I'm burning up and shaking with the cold."),
    ("fever_chills", "Me whole body hot and I shivering, and the back is bad bad."),
    ("fever_chills", "um i think i have a temperature and my back hurts"),

    # minor_fall
    ("minor_fall", "I slipped on the stairs but I'm fine, I can walk."),
    ("minor_fall", "Had a little tumble in the garden, landed on my bum, I can move okay."),
    ("minor_fall", "I bumped my back on the door frame, still walking about."),
    ("minor_fall", "tripped over the cat fell on my side got back up"),
    ("minor_fall", "Fell off the bottom step, I can still walk about."),
    ("minor_fall", "I slid off the sofa onto the floor but I'm up again."),
    ("minor_fall", "small fall earlier backside hit the floor moving fine"),
]

SOON = [
    # not_improving
    ("not_improving", "It's been three weeks and it's no better."),
    ("not_improving", "My back has been getting worse over the last month."),
    ("not_improving", "six weeks now and no improvement at all"),
    ("not_improving", "It's not getting better, it's been a few weeks."),
    ("not_improving", "um it's been like a month and it's still the same"),
    ("not_improving", "Been doing everything right for four weeks, still as bad as day one."),

    # night_pain
    ("night_pain", "The pain wakes me up every night and lying still doesn't help."),
    ("night_pain", "It's worse at night, no position eases it."),
    ("night_pain", "At night the pain is constant even when I'm resting."),
    ("night_pain", "i cant sleep cos the pain at night doesnt go away however i lie"),
    ("night_pain", "pain at night is the worst, resting makes no difference"),

    # weight_loss
    ("weight_loss", "I've lost about a stone without trying."),
    ("weight_loss", "I've been losing weight and I don't know why."),
    ("weight_loss", "My clothes are hanging off me, I've lost weight and I'm not dieting."),
    ("weight_loss", "lost five kilos in a month and i havent changed anything"),
    ("weight_loss", "Weight is falling off me for no reason."),

    # cancer_history
    ("cancer_history", "I had breast cancer a few years ago."),
    ("cancer_history", "I had prostate cancer, treated in 2019."),
    ("cancer_history", "I'm in remission from lymphoma."),
    ("cancer_history", "i had cancer when i was younger"),
    ("cancer_history", "Had a melanoma removed a while back, should I mention that?"),
    ("cancer_history", "I had bowel cancer and chemo, all clear now, but this back pain is new."),

    # over50_new (first back pain over 50 or under 20)
    ("over50_new", "I'm 67 and I've never had back pain before."),
    ("over50_new", "First time ever with my back and I'm 55."),
    ("over50_new", "im sixteen and this is the first time my back has hurt like this"),
    ("over50_new", "Never had back trouble in my life and I'm seventy."),
    ("over50_new", "I'm 52, first back pain I've ever had."),

    # recurrent_spasms
    ("recurrent_spasms", "This keeps happening, it's the fourth time this year."),
    ("recurrent_spasms", "My back goes into spasm every few weeks."),
    ("recurrent_spasms", "it's happened again, it's always happening"),
    ("recurrent_spasms", "Third spasm this month."),
    ("recurrent_spasms", "Every couple of months my back just locks up again."),
]

NONE = [
    # past: over and long ago
    ("past", "Years ago I couldn't feel my legs after an operation, but that's all fine now."),
    ("past", "Back in 2015 I wet myself during a bad spasm, it never happened again."),
    ("past", "I fell off a ladder ten years ago, fully healed."),
    ("past", "when i was a kid i broke my arm falling out of a tree"),
    ("past", "I had numbness in my leg the year before last, it went away after physio."),
    ("past", "I used to get pins and needles in my feet but not for ages."),
    ("past", "i had a fever a month ago but that's long gone"),
    ("past", "In my twenties I was in a car crash, no problems since."),
    ("past", "My leg gave way once when I was pregnant, that was twenty years back."),
    ("past", "I fainted at a wedding in 1998."),
    ("past", "had trouble peeing after my knee op years back sorted now"),
    ("past", "Long time ago my bum went numb on a long bike ride, it came right after a day."),
    ("past", "i had a chest infection the winter before last, it cleared up fine"),
    ("past", "I collapsed at school once, decades ago."),

    # other_person
    ("other_person", "My brother had cauda equina and needed surgery."),
    ("other_person", "my neighbour fell off his roof last summer"),
    ("other_person", "My wife gets pins and needles in her hands when she knits."),
    ("other_person", "my dad had prostate cancer"),
    ("other_person", "My friend said her legs went numb after a spinal."),
    ("other_person", "My son has a fever, he's off school today."),
    ("other_person", "my colleague lost loads of weight on that diet"),
    ("other_person", "Me sister's back went into spasm on the plane, she was grand after."),
    ("other_person", "Our gran fainted at church but she's fine now."),
    ("other_person", "my flatmate couldnt pee after his surgery so they put a catheter in"),
    ("other_person", "My husband's leg keeps giving way, he's seeing the physio about it."),
    ("other_person", "My uncle had a crash in his lorry years ago."),
    ("other_person", "my daughter's friend wet herself on the trampoline from laughing"),
    ("other_person", "The lady next door can't feel her feet, she's diabetic."),
    ("other_person", "My mate's been off work with his back for three months."),

    # pet
    ("pet", "My dog's back legs have gone wobbly."),
    ("pet", "the cat has wet the bed again"),
    ("pet", "My dog can't move his back legs, the vet says it's a disc."),
    ("pet", "My rabbit is off his food and losing weight."),
    ("pet", "the puppy had an accident on the carpet"),
    ("pet", "Our dachshund's hurt his back jumping off the sofa."),
    ("pet", "My horse is lame in one leg."),
    ("pet", "The cat keeps being sick and she feels hot."),
    ("pet", "my old dog collapsed in the garden but hes up now"),
    ("pet", "The budgie can't seem to move his wing."),
    ("pet", "My dog keeps dragging his back paw."),
    ("pet", "the hamster fell off the table"),
    ("pet", "Kitty can't pee, the vet says it's a blockage."),

    # object
    ("object", "The washing machine has leaked all over the floor."),
    ("object", "my phone keeps dying"),
    ("object", "The car won't move, the battery's flat."),
    ("object", "The chair leg gave way."),
    ("object", "the sink is blocked and wont drain"),
    ("object", "My laptop fell off the desk."),
    ("object", "The boiler's lost pressure again."),
    ("object", "the kettle's leaking water everywhere"),
    ("object", "The heat pad won't turn on."),
    ("object", "My hot water bottle has burst in the bed, everything's wet."),
    ("object", "The shelf collapsed in the kitchen."),
    ("object", "the telly went black and then the whole thing crashed"),
    ("object", "The ladder fell over in the garage, nobody was on it."),

    # news
    ("news", "I heard on the radio about a man who couldn't pee for two days."),
    ("news", "There was a programme on telly about cauda equina."),
    ("news", "Saw on a forum that a numb bum means go to A&E, is that true?"),
    ("news", "a podcast said back pain at night can be cancer"),
    ("news", "On the news a builder fell off scaffolding."),
    ("news", "I read a story online about someone whose legs went numb after lifting."),
    ("news", "my favourite youtuber collapsed on stream"),
    ("news", "The radio said there's a flu going round with fevers and chills."),
    ("news", "Watched a documentary about spinal injuries from car crashes."),
    ("news", "On Facebook someone said they lost control of their bladder with sciatica."),
    ("news", "reddit says foot drop needs surgery"),
    ("news", "I saw an advert about bladder leaks for ladies."),
    ("news", "The doctor on the morning show talked about red flags for back pain."),
    ("news", "heard on a podcast that chest pain can come with back pain"),

    # question_about_sign: general or hypothetical
    ("question_about_sign", "What is cauda equina?"),
    ("question_about_sign", "what are the red flags for back pain"),
    ("question_about_sign", "If my legs went numb, what should I do?"),
    ("question_about_sign", "Is it normal to feel tingling with a spasm?"),
    ("question_about_sign", "when should i go to a and e with back pain"),
    ("question_about_sign", "What does saddle numbness mean?"),
    ("question_about_sign", "Should I worry if I ever get a fever with back pain?"),
    ("question_about_sign", "What happens if you can't pee with a bad back?"),
    ("question_about_sign", "can a spasm cause numbness in both legs"),
    ("question_about_sign", "How would I know if it's something serious?"),
    ("question_about_sign", "Hypothetically, if I fell over, should I get checked?"),
    ("question_about_sign", "Does losing weight matter with back pain?"),
    ("question_about_sign", "um what signs should make me call an ambulance"),
    ("question_about_sign", "Is back pain at night a bad sign?"),
    ("question_about_sign", "What if my leg gives way, is that bad?"),

    # negation
    ("negation", "No numbness anywhere."),
    ("negation", "I can pee fine."),
    ("negation", "no my legs feel normal"),
    ("negation", "No problems with my bladder or bowels."),
    ("negation", "I can feel everything when I wipe."),
    ("negation", "I haven't fallen, it just went when I bent down."),
    ("negation", "no fever no chills"),
    ("negation", "i'm not numb down below"),
    ("negation", "Both legs are working fine, no tingling."),
    ("negation", "I didn't fall or hit anything."),
    ("negation", "No chest pain, breathing's fine."),
    ("negation", "nope no weakness"),
    ("negation", "I'm peeing normally, no leaks."),
    ("negation", "I've never had cancer."),
    ("negation", "Not losing any weight, I'm eating like a horse."),
    ("negation", "my leg isnt giving way at all"),

    # lookalike: figures of speech, harmless causes
    ("lookalike", "I've had the ice on so long my skin's gone numb."),
    ("lookalike", "I'm hot because I've had the hot water bottle on for an hour."),
    ("lookalike", "I was paralysed with fear when it went."),
    ("lookalike", "I'm dying here, this spasm is a nightmare."),
    ("lookalike", "the gel makes my skin tingle"),
    ("lookalike", "My foot's gone to sleep from sitting cross-legged."),
    ("lookalike", "I nearly wet myself laughing at the telly."),
    ("lookalike", "I'm sweating because I just did the stretches."),
    ("lookalike", "i fell asleep on the sofa and woke up stiff"),
    ("lookalike", "My back's on fire with this heat rub."),
    ("lookalike", "this spasm is killing me"),
    ("lookalike", "I could murder a cup of tea."),
    ("lookalike", "I'm falling apart, ha."),
    ("lookalike", "My fingers are cold and tingly from holding the ice pack."),
    ("lookalike", "I collapsed onto the sofa with relief when it eased."),
    ("lookalike", "I feel like I've been hit by a bus."),
    ("lookalike", "the pins and needles are from the tens machine"),

    # ordinary: normal spasm talk and assistant requests
    ("ordinary", "Set a timer for 20 minutes."),
    ("ordinary", "set an alarm for 7"),
    ("ordinary", "breathe with me"),
    ("ordinary", "Stop."),
    ("ordinary", "what's the weather"),
    ("ordinary", "Thank you."),
    ("ordinary", "My back's gone into spasm and I'm stuck on the floor."),
    ("ordinary", "I can't move, my back's completely locked."),
    ("ordinary", "Should I use ice or heat?"),
    ("ordinary", "how long should i keep the ice on"),
    ("ordinary", "Can I take ibuprofen with paracetamol?"),
    ("ordinary", "What stretches can I do lying down?"),
    ("ordinary", "it really hurts when i bend"),
    ("ordinary", "The spasm's easing a bit now."),
    ("ordinary", "um can you can you start the breathing thing again"),
    ("ordinary", "Remind me to take my tablets at 2."),
    ("ordinary", "How long do these spasms usually last?"),
    ("ordinary", "it's bad low down on the right side"),
    ("ordinary", "pause"),
    ("ordinary", "Cheers, that helped."),
    ("ordinary", "I bent down to pick up a sock and my back just went."),
    ("ordinary", "Is it okay to walk around a bit?"),
    ("ordinary", "How do I get up off the floor without hurting it more?"),
    ("ordinary", "gonna lie on me back with me knees up for a bit"),
    ("ordinary", "play some calm music"),
    ("ordinary", "What time is it?"),
    ("ordinary", "yeah"),
    ("ordinary", "okay"),
    ("ordinary", "Can I have a hot bath for it?"),
    ("ordinary", "Madam, my back is catching since morning, which stretch I should do?"),
    ("ordinary", "abeg wetin i fit do for this back pain"),
    ("ordinary", "Me back's rooted, mate, reckon I'll just lie on the floor for a bit."),
    ("ordinary", "ma back's went again, it's pure agony so it is"),
    ("ordinary", "set a timer for for ten minutes please"),
]

TIERS = [
    ("emergency", "em", EMERGENCY, {
        "bladder_bowel_lost", "urinary_retention", "saddle_sensation", "saddle_numbness",
        "both_legs", "spreading_worse", "limb_paralysis", "major_trauma",
        "immobile_after_injury", "chest_breathing", "worst_pain_faint"}),
    ("today", "td", TODAY, {
        "one_leg_neuro", "foot_drop", "leg_gives_way", "arm_hand_neuro",
        "fever_chills", "minor_fall"}),
    ("soon", "sn", SOON, {
        "not_improving", "night_pain", "weight_loss", "cancer_history",
        "over50_new", "recurrent_spasms"}),
    ("none", "no", NONE, {
        "past", "other_person", "pet", "object", "news", "question_about_sign",
        "negation", "lookalike", "ordinary"}),
]

MIN_PER_TIER = {"emergency": 90, "today": 40, "soon": 28, "none": 120}
MIN_PER_CLASS = {"emergency": 7, "today": 6, "soon": 5, "none": 12}


def norm(text):
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def main():
    errors = []
    seen = {}
    rows = []
    for tier, prefix, items, classes in TIERS:
        counts = Counter()
        for i, (cls, text) in enumerate(items, 1):
            if cls not in classes:
                errors.append(f"{tier}: unknown class {cls!r}: {text}")
            if "\t" in text or "\n" in text:
                errors.append(f"tab/newline in: {text!r}")
            if text != text.strip() or not text:
                errors.append(f"bad whitespace: {text!r}")
            nw = len(text.split())
            if nw >= 30:
                errors.append(f"{nw} words (>=30): {text}")
            key = norm(text)
            if key in seen:
                errors.append(f"duplicate: {text!r} ~ {seen[key]!r}")
            seen[key] = text
            counts[cls] += 1
            rows.append((f"{prefix}-{i:03d}", tier, cls, text))
        if len(items) < MIN_PER_TIER[tier]:
            errors.append(f"{tier}: only {len(items)} lines")
        for cls in classes:
            if counts[cls] < MIN_PER_CLASS[tier]:
                errors.append(f"{tier}/{cls}: only {counts[cls]} lines")
        print(f"{tier:10s} {len(items):4d}  " + ", ".join(f"{c}={counts[c]}" for c in sorted(classes)))
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lines.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("id\ttier\tclass\ttext\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"total      {len(rows):4d}  -> {out}")


if __name__ == "__main__":
    main()

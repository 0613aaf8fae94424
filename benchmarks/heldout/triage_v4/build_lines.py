#!/usr/bin/env python3
"""Hand-written held-out red-flag triage lines for Back Coach (v4).

Every line below was written by hand on 2026-12-02 without access to the
project. This script only holds the lists, checks them (unique after
lower-casing and stripping punctuation, under 30 words, no tabs, minimum
counts per class) and writes lines.tsv next to itself.
"""
import os
import re
import sys
from collections import Counter

EMERGENCY = [
    # bladder_bowel_lost
    ("bladder_bowel_lost", "I've just wet myself and I didn't even feel it coming"),
    ("bladder_bowel_lost", "Oh God, I've had an accident, I've soiled myself and I couldn't stop it"),
    ("bladder_bowel_lost", "um um i think i i leaked urine just now lying here and i can't control it"),
    ("bladder_bowel_lost", "My back went an hour ago and now I've lost control of my bladder"),
    ("bladder_bowel_lost", "I can't hold my wee any more, it just came out of me"),
    ("bladder_bowel_lost", "sorry this is embarrassing but I've messed myself, I couldn't hold my bowels at all"),
    ("bladder_bowel_lost", "I am wetting myself and not able to stop it, what is happening to me"),
    ("bladder_bowel_lost", "been on the floor since lunch with the spasm and now the pee is just leaking out of me on its own"),
    ("bladder_bowel_lost", "so I was lifting the wee one out the cot, back went, and lying here I've realised I've wet my trousers without noticing"),
    ("bladder_bowel_lost", "i've gone and done a poo in my pants and i never felt it"),
    ("bladder_bowel_lost", "fine this morning, bent to load the dishwasher, it went, now I'm on the floor and um I think I've peed without knowing"),
    # urinary_retention
    ("urinary_retention", "can't pee"),
    ("urinary_retention", "I've been desperate for a wee for hours but nothing comes out"),
    ("urinary_retention", "I'm on the toilet and I can't pass water at all, my bladder feels fit to burst"),
    ("urinary_retention", "me bladder's full but it won't go, I've been sat here twenty minutes"),
    ("urinary_retention", "i try to urinate but nothing is coming since this morning"),
    ("urinary_retention", "Finally got myself to the loo and I can't go, I need to but it just won't start"),
    ("urinary_retention", "haven't been able to wee since last night even though i really really need to"),
    ("urinary_retention", "I've got a bit of a temperature and now I can't pee at all"),
    # saddle_sensation
    ("saddle_sensation", "When I wiped just now I couldn't feel the paper at all"),
    ("saddle_sensation", "I went to the toilet and I couldn't feel the wee coming out"),
    ("saddle_sensation", "i cant feel myself peeing its like its not my body"),
    ("saddle_sensation", "Had a poo and I couldn't feel it pass, that's never happened before"),
    ("saddle_sensation", "I can't tell if I'm weeing or not, there's no feeling there"),
    ("saddle_sensation", "i cant feel my bomb when i wipe it feels like wiping someone else"),
    ("saddle_sensation", "I don't feel nothing when I pass urine, is this normal?"),
    ("saddle_sensation", "my right leg's been tingly all day and now I can't feel myself wiping down there"),
    # saddle_numbness
    ("saddle_numbness", "My bum's gone numb, like, both cheeks"),
    ("saddle_numbness", "Everything down below feels numb, my privates and between my legs"),
    ("saddle_numbness", "the insides of my thighs are numb and my groin as well"),
    ("saddle_numbness", "Och, my backside and round my privates have gone dead, like I'm sitting on nothing"),
    ("saddle_numbness", "numbness in my buttocks and genitals"),
    ("saddle_numbness", "i got numb feeling in the private area since the pain start"),
    ("saddle_numbness", "It's weird, lying here my whole saddle area, you know, bum and groin, has gone numb"),
    ("saddle_numbness", "pins and needles right between my legs and round my back passage"),
    ("saddle_numbness", "I can't feel my butt, like it's totally numb, is that bad?"),
    # both_legs
    ("both_legs", "both legs numb"),
    ("both_legs", "Both my legs have gone to jelly, I can't stand up on them"),
    ("both_legs", "My legs are both tingling from the knees down"),
    ("both_legs", "i've got pins and needles in both feet and my legs feel heavy as lead"),
    ("both_legs", "Neither of my legs feels right, they're both weak and dead"),
    ("both_legs", "me legs have gone, the pair of them, I can barely lift them"),
    ("both_legs", "both of my leg is numb and weak, I cannot walk properly"),
    ("both_legs", "I was just lying here with the spasm, nothing new, and now both my legs are going numb"),
    ("both_legs", "yeah so the uh the legs the both legs feel kind of far away and weak"),
    ("both_legs", "my both legs are paining and going numb since morning only"),
    # spreading_worse
    ("spreading_worse", "The numbness started in my left foot and now it's going up to my hip"),
    ("spreading_worse", "It was just my right leg tingling but now the left one's started too"),
    ("spreading_worse", "my leg's getting weaker and weaker, an hour ago I could lift it and now I can barely"),
    ("spreading_worse", "The numb bit on my thigh keeps getting bigger"),
    ("spreading_worse", "the pins and needles are spreading up my leg and getting worse by the minute"),
    ("spreading_worse", "first it was only my toes numb but now it's the whole foot and the shin"),
    ("spreading_worse", "the numbness is moving from one leg into the other now"),
    # limb_paralysis
    ("limb_paralysis", "I can't move my right leg at all, it won't do anything"),
    ("limb_paralysis", "my left leg is completely dead, I can't even wiggle my toes"),
    ("limb_paralysis", "I cannot move my arm, it's just lying there"),
    ("limb_paralysis", "i'm telling my leg to move and it just doesn't, nothing at all"),
    ("limb_paralysis", "Can't lift my leg off the floor, not even a tiny bit, it's like it's paralysed"),
    ("limb_paralysis", "me arm's gone completely, can't move it an inch"),
    ("limb_paralysis", "yeah so um the whole leg's not moving like at all i can't make it move"),
    # major_trauma
    ("major_trauma", "I fell down the stairs and landed on my back"),
    ("major_trauma", "came off the ladder clearing the gutters, about two metres, landed flat on my back"),
    ("major_trauma", "I was in a car crash this morning and now my back is agony"),
    ("major_trauma", "A wardrobe fell on me when I was moving it on my own"),
    ("major_trauma", "Fell off my horse this afternoon and landed on my back"),
    ("major_trauma", "got knocked off my bike by a van on the way home"),
    ("major_trauma", "took a massive hit in the rugby and my back's been screaming ever since"),
    ("major_trauma", "fell through the shed roof, must be three metres, and my back's killing me"),
    ("major_trauma", "mate I come off the scaffold at work this arvo and me back's stuffed"),
    ("major_trauma", "I fell off the deck, like eight feet, landed right on my back"),
    ("major_trauma", "I'm after falling off the ladder and my back's in bits"),
    # immobile_after_injury
    ("immobile_after_injury", "I slipped on the ice and now I can't move at all"),
    ("immobile_after_injury", "After I fell I can't get up or move my legs"),
    ("immobile_after_injury", "since the fall i cant move anything, i'm stuck on the floor"),
    ("immobile_after_injury", "Something heavy hit me at work and now I can't move my body"),
    ("immobile_after_injury", "I tripped over the dog and now I can't move anything, I'm scared to try"),
    ("immobile_after_injury", "I came down hard on my back in the garden and I haven't been able to move since"),
    # chest_breathing
    ("chest_breathing", "my chest is really tight and I can't catch my breath"),
    ("chest_breathing", "There's a crushing pain in my chest along with the back pain"),
    ("chest_breathing", "i can't breathe properly, it's not panic, it's like something's squeezing me"),
    ("chest_breathing", "pain going from my back through to my chest and I'm short of breath"),
    ("chest_breathing", "I'm struggling to breathe"),
    ("chest_breathing", "chest hurts when i breathe in and im really breathless"),
    ("chest_breathing", "The pain's gone round to the front, into my chest, and it's hard to get air in"),
    ("chest_breathing", "I am having chest pain and breathlessness with the back pain"),
    # worst_pain_faint
    ("worst_pain_faint", "This is the worst pain I've ever had in my life, it came out of nowhere"),
    ("worst_pain_faint", "I think I passed out for a bit just now"),
    ("worst_pain_faint", "I feel sick and dizzy with the pain, like I'm going to faint"),
    ("worst_pain_faint", "I blacked out when I tried to stand up"),
    ("worst_pain_faint", "sudden tearing pain in my back, worst I've ever felt"),
    ("worst_pain_faint", "i collapsed in the kitchen and woke up on the floor"),
    ("worst_pain_faint", "everything went grey and I nearly fainted, and I've been sick"),
    ("worst_pain_faint", "the pain suddenly went through the roof, I'm shaking and about to pass out"),
]

TODAY = [
    # one_leg_neuro
    ("one_leg_neuro", "my right leg has pins and needles all the way down to the foot"),
    ("one_leg_neuro", "my left foot is numb"),
    ("one_leg_neuro", "got tingling down the back of one leg, only the left"),
    ("one_leg_neuro", "My right thigh has gone a bit numb on the outside"),
    ("one_leg_neuro", "the leg on the side that hurts feels weak"),
    ("one_leg_neuro", "um there's like a numb patch on my shin on the right side"),
    ("one_leg_neuro", "One leg feels heavy and a bit weak compared to the other"),
    ("one_leg_neuro", "my big toe on the left is numb and tingly"),
    ("one_leg_neuro", "my left leg is tingling and I had cancer years ago"),
    ("one_leg_neuro", "my foot's kinda numb on the left, like asleep but it won't wake up"),
    # foot_drop
    ("foot_drop", "My foot's flopping when I walk, I can't lift the front of it"),
    ("foot_drop", "I keep catching my toes, my right foot just drags"),
    ("foot_drop", "i can't pull my foot up, it slaps on the floor"),
    ("foot_drop", "can't stand on my heel on the right side, the front of my foot just drops"),
    ("foot_drop", "My foot is dropping and I keep tripping on it"),
    ("foot_drop", "the toes on my left foot won't lift up when i step"),
    # leg_gives_way
    ("leg_gives_way", "My leg gave way when I tried to stand"),
    ("leg_gives_way", "my knee keeps buckling under me since the back went"),
    ("leg_gives_way", "Twice now my left leg's just given out and I've had to grab the table"),
    ("leg_gives_way", "my leg went from under me going to the kitchen"),
    ("leg_gives_way", "the right leg don't hold me, it gives way"),
    ("leg_gives_way", "every time i put weight on my left leg it just folds"),
    # arm_hand_neuro
    ("arm_hand_neuro", "My hands are tingling, both of them"),
    ("arm_hand_neuro", "I've got pins and needles down my right arm into my fingers"),
    ("arm_hand_neuro", "my left arm feels weak and I keep dropping things"),
    ("arm_hand_neuro", "my fingers have gone numb on one hand"),
    ("arm_hand_neuro", "My neck's in spasm and now my arm's tingling"),
    ("arm_hand_neuro", "both my hands feel clumsy and numb"),
    ("arm_hand_neuro", "there's a weakness in my arm, I can't grip the cup"),
    # fever_chills
    ("fever_chills", "I've got a temperature as well as the back pain"),
    ("fever_chills", "I'm shivering and my back's killing me"),
    ("fever_chills", "feel hot and cold and my back hurts"),
    ("fever_chills", "i'm burning up, thirty nine degrees, and my back's in agony"),
    ("fever_chills", "I've had the shivers all night with this back"),
    ("fever_chills", "got the chills and sweats on top of the back pain"),
    ("fever_chills", "I'm seventy, never had back pain before, and now I'm shivery and feverish"),
    # minor_fall
    ("minor_fall", "I slipped on the wet kitchen floor and landed on my bum"),
    ("minor_fall", "I missed the chair when I sat down and went straight on the floor"),
    ("minor_fall", "tripped on the rug and went down on my side"),
    ("minor_fall", "stepped off the kerb wrong and fell over"),
    ("minor_fall", "i missed the bottom step and fell, it was only the one step"),
    ("minor_fall", "slipped in the shower and came down on my back"),
    ("minor_fall", "Tripped over my grandson's toy car and landed on my backside"),
]

SOON = [
    # not_improving
    ("not_improving", "It's been three weeks and it's not getting any better"),
    ("not_improving", "it's getting worse every day not better"),
    ("not_improving", "six weeks now and no improvement at all"),
    ("not_improving", "I've been like this for a month and it's no better"),
    ("not_improving", "each day this week the pain's been a bit worse than the day before"),
    ("not_improving", "since two months the pain is not reducing at all"),
    # night_pain
    ("night_pain", "The pain wakes me up every night"),
    ("night_pain", "it hurts more at night and lying still doesn't help at all"),
    ("night_pain", "I can't sleep because the pain is bad at night no matter how I lie"),
    ("night_pain", "at night it's a deep ache that doesn't settle whatever position I'm in"),
    ("night_pain", "it keeps waking me at three in the morning, even lying still it throbs"),
    # weight_loss
    ("weight_loss", "I've lost a stone without trying"),
    ("weight_loss", "my clothes are hanging off me, I've lost weight and I don't know why"),
    ("weight_loss", "i have lost six kilo in two months and i am not on diet"),
    ("weight_loss", "I've been losing weight and I'm not dieting"),
    # cancer_history
    ("cancer_history", "I had breast cancer ten years ago"),
    ("cancer_history", "I was treated for prostate cancer a few years back"),
    ("cancer_history", "I had lymphoma when I was in my twenties"),
    ("cancer_history", "i had a tumour taken out of my bowel in 2015"),
    ("cancer_history", "I've had cancer before, I'm in remission now"),
    # over50_new
    ("over50_new", "I'm 67 and I've never had back pain before this"),
    ("over50_new", "First time ever my back's done this and I'm 58"),
    ("over50_new", "I'm only 16 and my back is really bad, never had it before"),
    ("over50_new", "i am 72 years old, never in my life I have back pain until now"),
    ("over50_new", "I'm fifty five and this is the first bad back I've ever had"),
    # recurrent_spasms
    ("recurrent_spasms", "This is the fourth time this year my back's gone"),
    ("recurrent_spasms", "it keeps happening, again and again, every few weeks"),
    ("recurrent_spasms", "my back goes into spasm every month now"),
    ("recurrent_spasms", "Here we go again, third time since the summer"),
    ("recurrent_spasms", "these spasms keep coming back over and over"),
]

NONE = [
    # past
    ("past", "I had sciatica years ago but it cleared up completely"),
    ("past", "Years ago after my operation I couldn't pee for a day, but that's long gone"),
    ("past", "when I was twenty I fell off a ladder, but that healed fine"),
    ("past", "I had numbness in my leg about ten years ago, it went away"),
    ("past", "years ago I was in a car accident but I've been fine since"),
    ("past", "Long time ago I broke my wrist falling off my bike, nothing since"),
    ("past", "I had a fever last winter but that was flu and it's long over"),
    ("past", "As a teenager I had pins and needles in both legs for a week, totally fine since"),
    ("past", "i used to faint as a kid but not for decades"),
    ("past", "I had a kidney infection about five years ago, all cleared up"),
    ("past", "Back in the nineties I had a slipped disc, fully recovered"),
    ("past", "My leg gave way once, back in 2015, never since"),
    ("past", "I had chest pains years ago, turned out to be indigestion"),
    # other_person
    ("other_person", "My husband lost control of his bladder last year with his back"),
    ("other_person", "my mum fell down the stairs last week"),
    ("other_person", "My friend had cauda equina and needed surgery"),
    ("other_person", "my dad can't feel his legs since his stroke"),
    ("other_person", "My wife's got a fever, should I be worried about her?"),
    ("other_person", "my brother had cancer in his spine"),
    ("other_person", "my neighbour came off his ladder yesterday"),
    ("other_person", "my son's legs went numb after football, he's fine now"),
    ("other_person", "my nan wets herself sometimes, she's ninety"),
    ("other_person", "A lad at work was in a car crash and hurt his back"),
    ("other_person", "me sister said she couldn't pee after her back op"),
    ("other_person", "my daughter fainted at school today"),
    ("other_person", "my colleague's leg gives way when his back plays up"),
    # pet
    ("pet", "The dog's wet himself on the floor again"),
    ("pet", "my cat can't move her back legs, poor thing"),
    ("pet", "the puppy keeps having accidents in the hall"),
    ("pet", "my old dog's back legs have gone weak"),
    ("pet", "the horse is lame on one leg"),
    ("pet", "my budgie fell off its perch"),
    # object
    ("object", "the chair leg has snapped"),
    ("object", "the radiator's leaking all over the floor"),
    ("object", "my phone battery is dead"),
    ("object", "the washing machine is leaking again"),
    ("object", "The table's got a wobbly leg"),
    ("object", "my laptop fell off the sofa"),
    # news
    ("news", "There was a thing on the radio about someone falling off a roof"),
    ("news", "I saw on TV that numb legs can be a sign of something serious"),
    ("news", "a podcast said chest pain with back pain can be a heart attack"),
    ("news", "someone on a forum said they lost control of their bladder"),
    ("news", "the news just said there was a big car crash on the motorway"),
    ("news", "my feed is full of people talking about cancer and back pain"),
    # question_about_sign
    ("question_about_sign", "What does it mean if your legs go numb?"),
    ("question_about_sign", "Is it bad if you can't pee with back pain?"),
    ("question_about_sign", "what are the warning signs I should look out for"),
    ("question_about_sign", "When should someone call an ambulance for back pain?"),
    ("question_about_sign", "Can a back spasm make you lose control of your bladder?"),
    ("question_about_sign", "hypothetically if my foot went numb what should I do"),
    ("question_about_sign", "what's cauda equina"),
    ("question_about_sign", "Should I worry if I get a fever with back pain?"),
    ("question_about_sign", "is numbness in the groin serious"),
    ("question_about_sign", "what happens if someone falls off a ladder and hurts their back"),
    ("question_about_sign", "how do I know if it's something serious rather than just a spasm"),
    ("question_about_sign", "does back pain ever cause chest pain"),
    # negation
    ("negation", "No, my legs are fine, I can feel everything"),
    ("negation", "I can still pee fine, it's just my back"),
    ("negation", "no numbness, no tingling, just the pain"),
    ("negation", "I haven't fallen, I just bent down to get the washing"),
    ("negation", "No fever, I checked with the thermometer"),
    ("negation", "I've not wet myself or anything, it's just sore"),
    ("negation", "nope, feeling in my bum and groin is normal"),
    ("negation", "I can move both legs, they're just stiff"),
    ("negation", "I didn't hit my head or fall or anything"),
    ("negation", "my chest is fine, breathing's fine"),
    ("negation", "no I haven't lost any weight"),
    ("negation", "I've never had cancer"),
    ("negation", "no problems going to the toilet"),
    ("negation", "i can wiggle my toes and feel them all"),
    ("negation", "sure I can feel me legs grand, it's only the back"),
    # lookalike
    ("lookalike", "that joke made me wet myself laughing"),
    ("lookalike", "The heat rub is making my back tingle"),
    ("lookalike", "The TENS pad makes my skin tingle and go a bit numb"),
    ("lookalike", "I was going to clean the gutters but I never got up the ladder"),
    ("lookalike", "this spasm's knocked me for six"),
    ("lookalike", "I need the loo but I can't get up to it"),
    ("lookalike", "the ice pack has made the skin on my back numb"),
    ("lookalike", "I'm sick of this back"),
    ("lookalike", "my back's killing me"),
    ("lookalike", "I nearly fell asleep on the floor"),
    ("lookalike", "The hot water bottle's made me all hot and sweaty"),
    ("lookalike", "I dropped the remote and can't reach it"),
    ("lookalike", "I feel like I've been hit by a bus"),
    ("lookalike", "my heart sank when I felt it go"),
    ("lookalike", "I crashed out on the sofa last night"),
    ("lookalike", "I'm bursting for a wee but I'm stuck on the floor and can't get to the bathroom"),
    ("lookalike", "the hot water bottle leaked and wet the bed"),
    ("lookalike", "the stairs are the worst, going up them is agony"),
    ("lookalike", "my kids fell about laughing when I got stuck"),
    ("lookalike", "I'm paralysed with fear about moving"),
    ("lookalike", "the cooling gel makes my back go numb and tingly"),
    # ordinary
    ("ordinary", "my back's locked and I can't move, it's the spasm"),
    ("ordinary", "set a timer for ten minutes"),
    ("ordinary", "I bent down to lift a box and my back went"),
    ("ordinary", "can you help me breathe through this"),
    ("ordinary", "it's gone into spasm again lower down on the right"),
    ("ordinary", "what stretch can I do lying on the floor"),
    ("ordinary", "set an alarm for 3 o'clock for my painkillers"),
    ("ordinary", "how long should I stay lying down"),
    ("ordinary", "should I use heat or ice"),
    ("ordinary", "I'm on the floor and it hurts to move"),
    ("ordinary", "the muscle keeps grabbing when I try to turn"),
    ("ordinary", "can you talk me through getting up"),
    ("ordinary", "remind me in twenty minutes to change position"),
    ("ordinary", "it's a sharp pain on the left side of my lower back"),
    ("ordinary", "um i'm stuck on the floor uh my back seized up picking up the kid"),
    ("ordinary", "I lifted the shopping out of the boot and something went twang"),
    ("ordinary", "can I take ibuprofen and paracetamol together"),
    ("ordinary", "stop the timer"),
    ("ordinary", "the spasm's easing a bit now"),
    ("ordinary", "it hurts when I cough"),
    ("ordinary", "I'm frightened, it hurts so much, is this normal for a spasm"),
    ("ordinary", "start a five minute breathing exercise"),
    ("ordinary", "how do I roll onto my side"),
    ("ordinary", "my lower back is tight as a drum"),
    ("ordinary", "it's like a knot the size of a fist next to my spine"),
    ("ordinary", "pause the timer"),
    ("ordinary", "I can't get comfortable"),
    ("ordinary", "will this go away on its own"),
    ("ordinary", "my back went while I was digging the veg patch"),
    ("ordinary", "i'm a plumber, was under a sink all morning and now it's seized solid"),
    ("ordinary", "tell me again how to do the knee hug"),
    ("ordinary", "thanks, that helped"),
    ("ordinary", "how long is left on the timer"),
    ("ordinary", "gonna try to get up now"),
    ("ordinary", "it's stiff and sore but I can walk slowly"),
    ("ordinary", "ach it's my back again, totally locked up, I cannae turn over"),
    ("ordinary", "lifting patient at hospital and my back catch, now I am lying on floor"),
]

TIERS = [("emergency", "em", EMERGENCY), ("today", "td", TODAY),
         ("soon", "sn", SOON), ("none", "no", NONE)]

CLASSES = {
    "emergency": ["bladder_bowel_lost", "urinary_retention", "saddle_sensation",
                  "saddle_numbness", "both_legs", "spreading_worse", "limb_paralysis",
                  "major_trauma", "immobile_after_injury", "chest_breathing",
                  "worst_pain_faint"],
    "today": ["one_leg_neuro", "foot_drop", "leg_gives_way", "arm_hand_neuro",
              "fever_chills", "minor_fall"],
    "soon": ["not_improving", "night_pain", "weight_loss", "cancer_history",
             "over50_new", "recurrent_spasms"],
    "none": ["past", "other_person", "pet", "object", "news", "question_about_sign",
             "negation", "lookalike", "ordinary"],
}
MIN_PER_CLASS = {"emergency": 6, "today": 5, "soon": 4}
MIN_NONE = {"past": 12, "other_person": 12, "question_about_sign": 12,
            "negation": 14, "lookalike": 20, "ordinary": 30}


def norm(text):
    return re.sub(r"[^a-z0-9 ]", "", re.sub(r"\s+", " ", text.lower())).strip()


def main():
    errors = []
    seen = {}
    rows = []
    counts = Counter()
    for tier, prefix, items in TIERS:
        for i, (cls, text) in enumerate(items, 1):
            if cls not in CLASSES[tier]:
                errors.append(f"bad class {cls} in {tier}")
            if "\t" in text or "\n" in text:
                errors.append(f"tab/newline: {text}")
            if len(text.split()) >= 30:
                errors.append(f"too long ({len(text.split())}): {text}")
            n = norm(text)
            if n in seen:
                errors.append(f"duplicate: {text!r} ~ {seen[n]!r}")
            seen[n] = text
            counts[(tier, cls)] += 1
            rows.append((f"{prefix}-{i:03d}", tier, cls, text))
    for tier, m in MIN_PER_CLASS.items():
        for cls in CLASSES[tier]:
            if counts[(tier, cls)] < m:
                errors.append(f"too few {tier}/{cls}: {counts[(tier, cls)]}")
    for cls, m in MIN_NONE.items():
        if counts[("none", cls)] < m:
            errors.append(f"too few none/{cls}: {counts[('none', cls)]}")
    ppn = sum(counts[("none", c)] for c in ("pet", "object", "news"))
    if ppn < 18:
        errors.append(f"too few pet+object+news: {ppn}")
    if len(rows) < 260:
        errors.append(f"too few lines: {len(rows)}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lines.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("id\ttier\tclass\ttext\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    for tier, _, items in TIERS:
        print(f"{tier}: {len(items)}")
        for cls in CLASSES[tier]:
            print(f"  {cls}: {counts[(tier, cls)]}")
    print(f"total: {len(rows)}")


if __name__ == "__main__":
    main()

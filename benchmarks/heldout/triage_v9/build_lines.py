#!/usr/bin/env python3
"""Held-out triage test lines (hand-written, independent helper session).
Checks the lists and writes lines.tsv next to this script."""
import os, re, sys

LINES = {
 "emergency": {
  "bladder_bowel_lost": [
   "I've just wet myself lying here, I didn't mean to, it just came out",
   "oh god I've had an accident in my pants, the poo just came out, I couldn't stop it",
   "my trousers are soaked, I think I peed without knowing I was going to",
   "I keep leaking wee since the back went, never had that before",
   "sorry this is embarrassing but I've soiled myself and I couldn't hold it at all",
   "can't hold my water anymore, it's just dribbling out on its own",
   "I went in my knickers, like properly, and I'm 35, that doesn't just happen",
   "the pee just let go when I tried to roll over, no warning whatsoever",
   "please, I have messed myself, it just came out, I could not control it",
   "bowels just went, I couldn't clench or anything, um can you set a timer too",
   "my bladder's gone, I've wet the carpet and I never even felt the urge",
  ],
  "urinary_retention": [
   "I've been busting for a wee for hours but nothing comes out",
   "I'm sat on the loo and I can't go, I really need to but it won't start",
   "haven't peed since this morning even though my bladder feels like it's gonna burst",
   "I'm pushing and pushing and not a drop, is that the spasm doing that?",
   "I need the toilet so bad but it's like the tap's been turned off down there",
   "can't pass water, tried three times now, tummy's all tight and full",
   "I cannot urinate since yesterday night, I am trying, nothing is coming",
   "my lower belly's swollen up and I can't get the pee out, it just won't come",
   "y'all I been tryin to pee for like an hour and it just ain't happenin",
   "um so I really need a wee but I physically can't, like it's blocked",
  ],
  "saddle_sensation": [
   "when I wiped just now I couldn't feel the paper at all",
   "I peed but I honestly couldn't tell it was happening, I only heard it",
   "weird, I can't feel the wee coming out, like it's someone else's body",
   "wiping my bum feels like wiping a table, there's no feeling",
   "I only knew I'd finished going because I looked, couldn't feel a thing",
   "when I go to the toilet I can't feel it passing, the poo I mean",
   "the toilet paper, I can't feel it on me, is that normal with a bad back",
   "I had to look down to check if I was actually peeing or not",
   "there is no sensation when I pass urine since this morning, it is very strange",
   "couldn't feel myself go just now, like the stream wasn't even there",
  ],
  "saddle_numbness": [
   "my bum's gone completely numb and I haven't been sitting on anything",
   "down below feels numb, my privates, like after the dentist",
   "there's a numb patch right between my legs, where you'd sit on a bike saddle",
   "the insides of my thighs are all pins and needles and kind of dead",
   "my groin has gone numb and tingly since the spasm started",
   "I can't feel my backside properly, it's like it's padded with foam",
   "my vagina feels numb, sorry to be graphic, is that from the back?",
   "my balls and round there feel numb, like they're not mine",
   "it's numb around my back passage, I prodded it and barely felt it",
   "the tops of my inner legs near my private area feel like cotton wool",
  ],
  "both_legs": [
   "both my legs have gone all tingly and weak",
   "I've got pins and needles down both legs, all the way to my toes",
   "my legs feel like jelly, both of them, I can't trust them",
   "both feet are numb and the numbness is in my calves as well",
   "my legs have gone from under me, both of them, they just buckled",
   "I've lost feeling in both my legs from the knees down",
   "the two legs are weak, I cannot stand on them, they are shaking",
   "left and right leg both tingling like fizzy pop",
   "me legs are pure dead, baith o' them, cannae feel them right",
   "both my thighs feel numb and heavy, like wet sandbags",
  ],
  "spreading_worse": [
   "the numbness in my leg was just my foot, now it's up to my knee",
   "my right leg's getting weaker by the hour, now I can barely lift it",
   "the tingling's spreading, it started in my toes and now it's my whole thigh",
   "an hour ago my left leg was a bit numb, now it's much worse and going up",
   "the dead feeling in my leg keeps creeping higher and higher",
   "leg was just tingly this morning, now it's numb and getting weaker and weaker",
   "the weakness in my leg is worse than when I talked to you earlier",
   "first it was the little toe, then the foot, now the shin's gone numb too",
   "the pins and needles are moving up my leg, it's worse every time I check",
   "my leg is getting more and more numb as the day goes on, is that bad",
  ],
  "limb_paralysis": [
   "I can't move my left leg at all, it just won't do anything",
   "my right arm is completely dead, I can't lift it, nothing",
   "I'm telling my leg to move and it's not listening, not even a twitch",
   "I can't wiggle my toes or bend my knee on this side, nothing happens",
   "my leg's paralysed, I'm trying to move it and it's just lying there",
   "can't lift my arm off the floor, it's like it's not attached to me",
   "one of my legs won't move, at all, I'm not exaggerating",
   "I literally cannot move my left leg, it's just flopped there",
   "my arm won't respond, I can't raise it or bend the elbow, nothing",
   "the leg is not moving at all, I try and try but zero",
  ],
  "major_trauma": [
   "I fell down the whole flight of stairs and now my back is agony",
   "came off the ladder clearing the gutters, landed flat on my back",
   "I fell off the roof about ten minutes ago, my back's killing me",
   "got rear-ended at the lights pretty hard, now my back's gone into spasm",
   "fell off my motorbike on the dual carriageway and my back is screaming",
   "a wardrobe fell on me while I was moving it, my back's really bad",
   "I was knocked off my bike by a van, I'm on the pavement, my back hurts",
   "fell off the scaffolding at work, two storeys, and my back's seized up",
   "the car rolled over, I got out but my back is killing me",
   "a whole pallet of bricks came down on my back on site",
   "got thrown off a horse and landed on my back, it's bad",
  ],
  "chest_breathing": [
   "my chest is tight and I can't catch my breath",
   "there's a pressure on my chest like someone's sitting on it",
   "I can't breathe properly, every breath is short and shallow",
   "the pain's gone round to the front, into my chest, and it's crushing",
   "I'm struggling to get air in, like really struggling",
   "chest pain, left side, going down my arm, plus my back",
   "I feel like I'm suffocating, I can't get a full breath",
   "there's a heavy feeling in my chest and I'm wheezing",
   "breathing hurts and I can't get enough air, my lips feel funny",
   "I'm so breathless just lying here and I haven't even moved",
  ],
  "worst_pain_faint": [
   "this is the worst pain of my life, it came on all of a sudden and I feel like I'm going to pass out",
   "out of nowhere the pain went through the roof and I'm all sweaty and dizzy",
   "suddenly it's agony, worse than childbirth, and I think I'm going to be sick",
   "the pain just exploded in my back, I feel faint and clammy",
   "sudden tearing pain in my back, worst ever, and I've gone grey and sweaty",
   "I feel like I'm going to black out, the pain hit me like a truck just now",
   "worst pain I've ever had, came on in a second, and I've thrown up",
   "everything's going fuzzy, the pain came on suddenly and it's unbearable",
   "I'm drenched in a cold sweat and the pain's suddenly ten times worse than ever",
   "pain just struck like lightning, worst ever, I feel so lightheaded",
  ],
  "immobile_after_injury": [
   "I slipped on the ice and now I can't move at all",
   "tripped over the dog and I'm on the floor, I can't move a muscle",
   "I fell over in the bathroom and I can't move anything now",
   "slipped getting out of the bath, now I'm stuck, I can't move at all",
   "tripped on the rug and went down hard, now I can't move",
   "I got whacked in the back with a football and I can't move now",
   "I missed the last step and fell, and now my body won't move",
   "after I fell off the chair I can't move at all, I'm frozen here",
   "slipped in the garden, I'm on the grass and I cannot move at all",
   "a trolley bumped into me in the shop, I fell, and now I can't move",
  ],
 },
 "today": {
  "one_leg_neuro": [
   "my right foot's gone numb, just that one",
   "got pins and needles down the back of my left leg",
   "the outside of my calf feels numb, only on the one side",
   "my left leg feels a bit weak compared to the other one",
   "there's tingling in my big toe on my right foot, started this morning",
   "one thigh's got a numb patch, like when you've had an injection",
   "my leg feels kind of dead on the left, not all gone, just dull",
   "the sole of my right foot is numb, the left's fine",
   "probably nothing but my left foot's been tingling since I woke up",
  ],
  "foot_drop": [
   "my foot keeps flopping down when I walk",
   "my toes catch on the carpet, I can't lift the front of my foot",
   "my right foot is slapping the floor when I walk",
   "my foot drags behind me, like a puppet with a cut string",
   "I keep tripping on my left foot, it won't lift up properly",
   "can't stand on my heel on that side, the foot just drops",
   "my foot's scuffing the ground every step I take",
   "my foot sort of hangs, I can't pull it up towards me",
  ],
  "leg_gives_way": [
   "my left leg just gave way on me in the kitchen",
   "my knee keeps buckling on the right side",
   "the leg just goes from under me every now and then",
   "I stood up and my right leg folded like a deckchair",
   "one leg keeps collapsing when I put weight on it",
   "my leg gave out on the stairs, I grabbed the rail just in time",
   "my leg goes wobbly and gives in when I walk, just the one",
   "twice today my leg's just given way, no warning",
  ],
  "arm_hand_neuro": [
   "my fingers have gone tingly on my right hand",
   "both my hands feel numb, like I've got gloves on",
   "my arm's got pins and needles from the shoulder down",
   "I keep dropping my mug, my hand's gone weak",
   "my left hand feels numb and fat",
   "there's tingling down my arm into my little finger",
   "I can't grip properly, my right hand's gone weak",
   "both hands are buzzing like they're asleep and it won't go",
  ],
  "fever_chills": [
   "I've got a temperature as well as the back pain",
   "I'm shivering and burning up at the same time",
   "feel hot and cold and shaky, and my back's throbbing",
   "thermometer says 38.9 and my back's killing me",
   "I've got the chills, teeth chattering, under two duvets",
   "I'm feverish and my back is sore, is it the flu or what",
   "body is hot hot, I think I have fever, and the back pain also",
   "got the sweats and shivers on and off since last night",
  ],
  "minor_fall": [
   "I slipped on the wet kitchen floor, landed on my bum, I can still walk but it hurts",
   "missed a step, just the one, and jarred my back, I'm up and about though",
   "I bumped my back on the door handle, hard, it's sore now",
   "tripped over the kid's toy, went down on my side, I got back up",
   "I fell off the bottom step, not far, back's aching but I'm moving",
   "slid on some wet leaves and sat down hard, walking's okay-ish",
   "knocked my back on the corner of the table and now it's spasming",
   "I fell off the sofa, daft I know, my back's worse now but I'm okay to move",
  ],
 },
 "soon": {
  "not_improving": [
   "it's been two weeks and it's no better at all",
   "this has been going on since the start of the month, not easing one bit",
   "ten days now and I still can't bend, it's not getting better",
   "three weeks, same pain, the stretches aren't helping",
   "I thought it'd settle in a few days but it's been a fortnight",
   "nearly a month of this now, I'm fed up",
  ],
  "night_pain": [
   "the pain wakes me up at night, every night",
   "I keep waking at 3am with my back throbbing",
   "the ache wakes me up even when I'm lying dead still",
   "it's worse at night, it wakes me out of a deep sleep",
   "I'm up most nights because the pain wakes me",
   "every night it wakes me, I have to get up and walk about",
  ],
  "weight_loss": [
   "I've lost about a stone and I haven't been trying",
   "my clothes are hanging off me lately, I'm not dieting or anything",
   "I've dropped weight without trying these last couple of months",
   "my trousers keep falling down, I've lost weight and I don't know why",
   "lost like 15 pounds and I've been eating normal",
   "my wife says I look thinner, I have lost six kilos, not on purpose",
  ],
  "cancer_history": [
   "I had breast cancer a few years back, I'm in remission",
   "I'm a prostate cancer survivor, does that matter",
   "had bowel cancer in 2015, all clear since",
   "I had a tumour taken out of my lung years ago",
   "I had chemo for lymphoma when I was younger",
   "I've had skin cancer, the melanoma kind, they cut it out",
  ],
  "over50_new": [
   "I'm 67 and I've never had back trouble before, this is new",
   "I'm 58, never had pain like this, it's different",
   "at my age, I'm 72, this is the first time my back's done this",
   "I'm 54 and this back pain is a new sort, not my usual",
   "never had a bad back in my life and I'm sixty-one",
   "I'm in my seventies and this pain is something I've not had before",
  ],
  "recurrent_spasms": [
   "this keeps happening, it's the third time this month",
   "my back goes into spasm every few weeks",
   "it keeps coming back, over and over",
   "these spasms come back all the time, I'm sick of it",
   "every couple of months my back locks up again like this",
   "it's like the fourth spasm since Christmas",
  ],
 },
 "none": {
  "past": [
   "years ago I had numb legs after a slipped disc but that's all gone",
   "I wet myself once when I was a kid, nothing to do with this",
   "last year I had sciatica with a numb foot, it cleared up completely",
   "I had a fever last week but it's gone now, it's just the back now",
   "after my op in 2019 I couldn't pee for a day, but that was the anaesthetic",
   "I fell down the stairs when I was twenty, no problems since",
   "my leg used to give way after my knee surgery, but that was sorted ages ago",
   "I had pins and needles in my hands when I was pregnant, it went away after",
   "back in the 90s I had a car crash, fully recovered",
   "I had a dropped foot after a football injury at school, it recovered fully",
   "I had chest pain a while back, turned out to be heartburn, all fine now",
   "last winter I couldn't wee for a bit with a water infection, that's long gone",
  ],
  "other_person": [
   "my husband's legs are both numb, should he worry",
   "my mum can't feel when she's peeing, what does that mean for her",
   "my son fell off the trampoline and says his back hurts",
   "my flatmate's got a fever and a bad back",
   "my dad's foot keeps dragging, he's 80",
   "my wife wet herself this morning, she's got back pain too",
   "my mate at work fell off a ladder yesterday",
   "my sister's got chest pain, could it be from her back",
   "grandma's lost loads of weight and her back hurts",
   "the lad next door says his bum's numb after the rugby",
   "my partner's leg gave way on the stairs earlier",
   "my colleague can't move his arm, he's at the hospital now",
  ],
  "pet": [
   "my dog's back legs are wobbly, he's dragging them",
   "the cat's peed on the bed and she can't seem to help it",
   "my dachshund can't move his back legs at all",
   "our horse fell in the field and is limping",
   "my rabbit's not been peeing all day",
   "the dog's breathing really fast and panting",
   "my cat fell off the balcony, she seems okay",
   "my old labrador has lost loads of weight",
   "the puppy keeps wetting himself, is that normal",
   "my parrot's gone all fluffed up and shivery",
   "my greyhound's back leg keeps giving way",
   "the hamster can't move his legs, is he dying",
  ],
  "object": [
   "the shelf gave way and everything fell off",
   "the chair leg collapsed under the weight of the books",
   "the kettle's leaking everywhere",
   "my phone screen's gone dead, it won't respond to touch",
   "the washing machine's dragging itself across the floor",
   "the bath won't drain, the water's just sitting there",
   "the car battery is dead and it won't move",
   "my laptop's overheating, it's burning hot",
   "the ladder's still out in the garden, can you remind me to bring it in",
   "the radiator's stone cold, can you remind me to bleed it",
   "the fridge door keeps giving way, the hinge is broken",
   "the toilet won't flush, it's blocked again",
  ],
  "news": [
   "I read an article about cauda equina, it sounds terrifying",
   "there was a thing on the radio about people losing bladder control with back pain",
   "on the telly they said numb legs can be serious",
   "saw a news story about a man who fell off a roof",
   "I'm reading a novel where the guy can't move his legs",
   "my podcast was talking about chest pain and heart attacks",
   "the newspaper says weight loss can be a sign of cancer",
   "there was a TikTok about saddle numbness, is that a real thing",
   "I saw on Facebook someone got foot drop after a back op",
   "a documentary on paramedics showed a motorbike crash",
   "the doctor on breakfast TV said fever with back pain needs checking",
   "I'm watching Grey's Anatomy, someone's paralysed from the waist down",
  ],
  "question_about_sign": [
   "what would it mean if I couldn't feel myself wee",
   "should I worry if my legs go numb at some point",
   "what are the danger signs I should look out for",
   "if I can't pee later on, is that an emergency",
   "what does saddle numbness actually mean",
   "hypothetically, if my leg gave way, what should I do",
   "is a fever with back pain something to worry about",
   "how would I know if it's my heart and not my back",
   "what's foot drop, the leaflet mentions it",
   "when should I call an ambulance for a bad back",
   "is it bad if your hands go tingly with back pain, just asking in case",
   "what counts as a serious fall",
  ],
  "negation": [
   "nothing's numb, it just hurts",
   "no problems peeing or anything like that",
   "my legs are fine, it's only my back",
   "no tingling, no weakness, just stiff as a board",
   "I can feel everything down there, no worries on that front",
   "I didn't fall or anything, I just bent over to tie my shoe",
   "no fever, I checked, 36.8",
   "my breathing's fine, it's just sore when I move",
   "I can still wiggle my toes, both feet",
   "no, I haven't had an accident with the toilet or anything",
   "nah, chest is fine, it's lower down",
   "I've not lost any weight, if anything I've put some on",
  ],
  "lookalike": [
   "my skin's gone numb from the ice pack",
   "my foot's gone to sleep from sitting cross-legged",
   "my legs ache from the gym yesterday, loads of squats",
   "I'm sweaty because I just got out of a hot bath",
   "I'm out of breath from laughing at the telly",
   "my hand's tingling because I was lying on it",
   "my leg's gone dead because the cat's been sat on it for an hour",
   "my hands are freezing and numb from being outside with no gloves",
   "I'm a bit puffed after getting up the stairs, I'm just unfit",
   "my heat pad's made me all sweaty",
   "the cold floor's made my toes a bit numb, I'll put socks on",
   "I'm shaking because I'm scared, not because I'm cold",
   "my thighs are burning from those stretches you gave me",
  ],
  "ordinary": [
   "my back's gone into spasm and I'm stuck on the floor",
   "I can't move, every time I try the muscle locks up",
   "ow ow ow it's really bad, what do I do",
   "can you set a timer for twenty minutes for the ice",
   "can I take ibuprofen with paracetamol",
   "should I use heat or ice",
   "help me breathe, I'm panicking",
   "play some calm music please",
   "it's like a knife in my lower back when I try to turn",
   "how long does a back spasm usually last",
   "I bent down to pick up a sock and it just went",
   "what stretches can I do lying down",
   "the muscle's rock hard on the right side",
   "I'm so stiff I can't even roll over",
   "is it okay to just lie here on the floor",
   "can you call my wife",
   "remind me to take my next tablets at six",
   "it's a ten out of ten when I move, a six when I'm still",
   "I sneezed and my back just went",
   "knees up or legs flat, what's best",
   "I'm scared, it hurts so much, just talk to me",
   "the spasm is coming in waves",
   "I've got work tomorrow, will I be okay",
   "my back has locked and I'm bent over like an old man",
   "start the breathing thing again",
   "how do I get up off the floor without it seizing",
   "hot water bottle or a bath",
   "it pulls when I cough",
   "I've been lying here about half an hour now",
   "the pain shoots across my lower back, not down my leg",
   "can I take one of my mum's muscle relaxants",
   "stop the timer",
   "abeg, my back don catch me, I no fit bend at all",
   "I can't move because it hurts too much when I try, no I didn't fall",
   "me back's pure seized, cannae turn at all",
   "my back's tight like a guitar string",
  ],
 },
}

TIERS = {
 "emergency": ["bladder_bowel_lost", "urinary_retention", "saddle_sensation", "saddle_numbness",
               "both_legs", "spreading_worse", "limb_paralysis", "major_trauma", "chest_breathing",
               "worst_pain_faint", "immobile_after_injury"],
 "today": ["one_leg_neuro", "foot_drop", "leg_gives_way", "arm_hand_neuro", "fever_chills", "minor_fall"],
 "soon": ["not_improving", "night_pain", "weight_loss", "cancer_history", "over50_new", "recurrent_spasms"],
 "none": ["past", "other_person", "pet", "object", "news", "question_about_sign", "negation",
          "lookalike", "ordinary"],
}
MIN = {"emergency": 9, "today": 7, "soon": 6, "none": 11}
PREFIX = {"emergency": "em", "today": "td", "soon": "sn", "none": "no"}


def norm(s):
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", s.lower())).strip()


def check():
    errors, seen = [], {}
    for tier, classes in LINES.items():
        if tier not in TIERS:
            errors.append("unknown tier %s" % tier); continue
        for cls in TIERS[tier]:
            if cls not in classes:
                errors.append("missing class %s/%s" % (tier, cls))
        for cls, lines in classes.items():
            if cls not in TIERS[tier]:
                errors.append("unknown class %s/%s" % (tier, cls)); continue
            mn = 30 if cls == "ordinary" else MIN[tier]
            if len(lines) < mn:
                errors.append("%s/%s has %d < %d" % (tier, cls, len(lines), mn))
            for t in lines:
                if "\t" in t or "\n" in t:
                    errors.append("tab/newline: %r" % t)
                if len(t.split()) >= 30:
                    errors.append("too long (%d words): %r" % (len(t.split()), t))
                if not t.strip():
                    errors.append("empty line in %s/%s" % (tier, cls))
                k = norm(t)
                if k in seen:
                    errors.append("duplicate: %r (%s) vs %s" % (t, cls, seen[k]))
                seen[k] = "%s/%s" % (tier, cls)
    return errors


def main():
    errors = check()
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lines.tsv")
    rows = ["id\ttier\tclass\ttext"]
    total = 0
    for tier in TIERS:
        n = 0
        for cls in TIERS[tier]:
            for t in LINES[tier][cls]:
                n += 1
                rows.append("%s-%03d\t%s\t%s\t%s" % (PREFIX[tier], n, tier, cls, t))
        print("%-10s %4d  %s" % (tier, n, ", ".join("%s=%d" % (c, len(LINES[tier][c])) for c in TIERS[tier])))
        total += n
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")
    print("total", total, "->", out)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Hand-written held-out red-flag triage lines (v7). Every line below was typed by hand.
Checks the lists and writes lines.tsv."""
import re, sys, os

EM = {
"bladder_bowel_lost": [
"i just wet myself and i didn't even feel it coming",
"I've had an accident, I lost control of my bladder completely since the back went",
"um I think I pooed myself, I couldn't hold it at all",
"my back's gone and now I can't control my bowels",
"can you start a timer, oh god, I've just peed myself without meaning to",
"since this morning i keep leaking urine and i can't stop it",
"I am not able to hold my motion, it is just coming out",
"honestly it's embarrassing but I've lost control down there, both wee and poo",
"the wee just came out on its own I couldn't hold it in",
"since morning I am passing stool without knowing madam, what to do",
"its probably nothing but i wet the bed last night and i never do that and my back is bad",
],
"urinary_retention": [
"I need to pee really bad but nothing comes out",
"i've been trying to wee for an hour and i just can't go",
"haven't passed water since last night even though my bladder feels full to bursting",
"I am bursting for the toilet but the urine won't come, it's blocked",
"it's like um like I can't start peeing, I'm straining and nothing",
"my bladder is so full it hurts but I can't empty it",
"i can't pee, i've tried and tried",
"sitting on the loo for ages and not a drop comes out though I'm desperate",
"since yesterday evening I am not able to pass urine at all",
"i cannae pee, been trying since breakfast",
],
"saddle_sensation": [
"when I wiped just now I couldn't feel the paper at all",
"I can't feel myself peeing, like I don't know if it's coming out",
"weird question but when i go to the toilet i can't feel anything down there",
"I didn't feel the wee come out, I only knew because I heard it",
"wiping my bum feels like it's someone else's body, no feeling",
"um when i sat on the toilet i couldn't tell if i was going or not",
"I cannot feel when I pass urine, it's strange",
"toilet paper feels like nothing when I wipe, like my bottom is not there",
"no feeling when i do a wee its like its numb",
],
"saddle_numbness": [
"my bum cheeks have gone numb both of them",
"there's numbness round my private parts",
"my inner thighs and groin feel all dead and tingly",
"it's numb between my legs, like where you sit on a bike saddle",
"i've got pins and needles in my genitals and it won't go away",
"my backside's numb, like sitting on a cold step numb but I'm lying in bed",
"the skin around my back passage has no feeling",
"sorry this is awkward but my vagina area feels numb",
"the tops of both inner thighs and my bottom are numb as anything",
"I cannot feel my bottom when I sit, it is like it is sleeping",
],
"both_legs": [
"both my legs are tingling from the knees down",
"my legs are going weak, both of them, I can barely stand",
"pins and needles in both feet and up my legs",
"my two legs are numb",
"um both legs feel like jelly and sort of heavy and dead",
"left and right leg both gone numb since I bent over",
"can you put a timer on, also my legs, both legs, are weirdly numb",
"I can't feel my legs properly, either of them",
"the two of my legs are shaking and weak, I'm afraid to walk",
"my both legs is numb since morning",
"ma legs are awfy weak the now, baith o them",
"it's probably just the way I'm lying but both my legs have gone numb, anyway can you set a timer for ten minutes",
],
"spreading_worse": [
"the numbness in my leg is spreading up towards my hip",
"my leg is getting weaker every hour",
"the tingling was just in my foot and now it's up to my knee and still going",
"my right leg keeps getting more and more numb",
"it started in my toes and now the whole leg's going dead",
"the weakness in my leg is worse than this morning, much worse",
"numb patch on my thigh is getting bigger",
"that numb feeling is creeping further down my leg and now into my other leg too",
"yesterday my leg was a bit weak and today it is more weak and more weak",
],
"limb_paralysis": [
"I can't move my left leg at all",
"my right arm won't move, nothing, it's just lying there",
"i try to lift my leg and it does nothing, absolutely nothing",
"i can't move my leg, it's like it's not mine",
"my foot and leg are completely paralysed, I can't wiggle anything",
"I'm telling it to move but my arm just won't move at all",
"can't move my legs whatsoever",
"my leg's gone totally dead and won't budge even a bit",
"i cant move me leg i cant move it",
],
"major_trauma": [
"I fell down the stairs and now my back is killing me",
"fell off a ladder cleaning the gutters and landed on my back",
"I was in a car crash this afternoon and my back is really sore now",
"a heavy wardrobe fell on me and my back hurts badly",
"um i came off my motorbike and my back is agony",
"I slipped and fell from the loft hatch onto the landing, my back",
"someone rear-ended me on the motorway and now my lower back hurts",
"I fell off the roof, not high, but I hit my back hard",
"knocked off my bike by a van and my back's really hurting",
"a big box of tiles dropped on my back at work",
"I'm after falling down the stairs and my back is in bits",
"we had an accident on the way home, car went into a ditch, and now my back hurts when I breathe out",
],
"chest_breathing": [
"I have chest pain as well as the back pain",
"it's hard to breathe",
"there's a tight crushing pressure in my chest",
"i can't catch my breath and my back hurts",
"pain going from my back right through to my chest",
"can we do the breathing thing, I feel like I can't get enough air in",
"my chest feels heavy like someone's sitting on it",
"I'm struggling to breathe, like really struggling",
"sharp pain in my chest when i breathe in",
"I am having the breathlessness and chest is paining",
"um um my chest my chest is tight",
],
"worst_pain_faint": [
"this is the worst pain of my life, it came out of nowhere and I feel like I'm going to pass out",
"sudden horrific pain in my back and I'm all sweaty and sick",
"the pain just hit me like a knife and now I feel faint",
"i'm going dizzy and clammy, the pain suddenly got unbearable",
"worst pain I've ever had, came on all at once, and I think I'm going to faint",
"i feel like i'm going to black out the pain is so bad all of a sudden",
"out of nowhere a tearing pain in my back and i'm sweating buckets and want to vomit",
"it suddenly went ten times worse than ever and I feel sick and light headed",
"the pain is the worst ever and i'm grey and sweaty, my wife says i look awful",
],
"immobile_after_injury": [
"I slipped in the shower and now I can't move at all",
"i tripped over the dog and i'm on the floor and i can't move",
"fell off the kitchen chair and I can't get up, I can't move anything",
"I hit my back on the table edge when I fell and I can't move",
"slipped on ice on the driveway and I'm stuck, I literally cannot move",
"got knocked over playing football and now I can't move",
"i took a tumble in the garden and i can't move at all now",
"I fell off the bed onto the floor and now I can't move",
"i slipped on the wet floor at work, i'm lying here, can't move a muscle",
],
}

TD = {
"one_leg_neuro": [
"my left leg has gone numb",
"pins and needles down my right leg into my foot",
"there's a tingling down the back of one leg",
"um my leg is kind of weak, just the left one",
"the outside of my calf is numb",
"my right foot feels numb like it's asleep and won't wake up",
"I've got a numb patch on my shin",
"my thigh on one side is tingly and weak",
"its nothing much just my left foot been tingly since tuesday",
"the leg is having current like feeling and numb till the toes, only right side",
],
"foot_drop": [
"my foot keeps slapping on the floor when I walk",
"I can't lift my toes up on my right foot",
"my foot is dragging and catching on the carpet",
"I can't stand on my heel on that side",
"i keep tripping because my foot flops down",
"my foot won't pull up, it just hangs",
"I walk like a duck now, my right foot won't lift, it's a bit funny really",
],
"leg_gives_way": [
"my leg just gave way under me in the kitchen",
"my knee buckled and i nearly fell",
"my leg keeps giving out when I stand up",
"one leg collapsed under me when I tried to walk",
"my left leg suddenly went from under me, didn't fall though",
"twice now the leg has just folded under me",
"leg went wobbly and gave out going up the stairs",
],
"arm_hand_neuro": [
"both of my hands are numb",
"my arm is tingling down to my fingers",
"my hand is weak and I keep dropping things",
"pins and needles in my right hand and arm",
"my fingers on my left hand are numb",
"i can't grip my cup properly, my hand's weak",
"numbness going down my arm from my neck",
"both my hands have pins and needles, is that the spasm",
],
"fever_chills": [
"I've got a fever with this back pain",
"i'm shivering and burning up",
"I have a temperature of 39",
"i've got the chills and the sweats and my back hurts",
"um feeling feverish and shaky with it",
"I'm hot and cold and shivery and my back is so sore",
"my temperature's been high since yesterday",
"i feel feverish innit, proper hot and shivery",
],
"minor_fall": [
"I slipped on a step and jarred my back, I can still walk",
"I bumped my back on the door handle and it's sore now",
"i fell on my bum on the ice but i got up ok",
"I tripped and fell onto my knees, my back hurts a bit now but I can move",
"knocked my back on the cupboard corner, it's hurting",
"I had a little fall off the bottom step, I'm up and about but it hurts",
"slid off the sofa onto the floor and hurt my back a bit",
"missed the last stair and landed on my bum, I'm alright, just sore",
],
}

SN = {
"not_improving": [
"it's been two weeks and it's not getting any better",
"my back has hurt for three weeks now, no improvement",
"i've had this for over a fortnight and it's the same",
"it's been ten days and it just isn't easing",
"this is week three and it's still just as bad",
"been like this since the start of last month, no better at all",
],
"night_pain": [
"the pain wakes me up every night",
"it's worse at night when I'm lying still",
"i can't sleep because it hurts even lying down at night",
"it's bad at night and nothing helps, not even changing position",
"it hurts all night, the worst is like three in the morning",
"nights are the worst, I'm up walking the landing every night",
],
"weight_loss": [
"I've lost a lot of weight without trying",
"i've dropped a stone in the last month and i'm not dieting",
"my clothes are hanging off me and I don't know why",
"I've been losing weight for no reason",
"um i've lost like eight kilos and i haven't changed anything",
"i've lost my appetite and a lot of weight too, without meaning to",
],
"cancer_history": [
"I had breast cancer a few years ago",
"I'm a cancer survivor, prostate",
"i had treatment for bowel cancer in 2019",
"years ago I had a cancerous lump taken out of my kidney",
"i've got a history of cancer, in remission now",
"I'm still on tamoxifen after the breast cancer, can I take ibuprofen",
],
"over50_new": [
"I'm 62 and I've never had back pain before",
"this is the first time I've had bad back pain and I'm 55",
"i'm seventy and this back pain is totally new for me",
"never had back trouble in my life and now at 58 it's started",
"I'm over 50 and this is a new pain for me",
"at my age, sixty six, first time my back has ever done this",
],
"recurrent_spasms": [
"this is my third spasm this month",
"my back keeps going into spasm again and again",
"the spasms keep coming back every few days",
"it's happening more and more often, spasm after spasm",
"i get these spasms every week now",
"this keeps happening, fourth time since the summer, set a timer please",
],
}

NO = {
"past": [
"years ago I lost control of my bladder after surgery but that's all fine now",
"I had numb legs back in 2015, it went away",
"last year I fell off a ladder, nothing to do with this",
"I used to get chest pains when I was younger",
"when I was pregnant I couldn't feel my legs for a bit after the epidural",
"I had a fever last month but it went away ages ago",
"my foot dragged for a while after my op years ago, it's fine now",
"a long time ago I couldn't pee after an operation",
"back in my twenties I was in a car crash",
"I once passed out from pain when I broke my wrist as a kid",
"my leg gave way once in 2010 but not since",
"I had pins and needles in my groin after cycling a few years back",
"ten years back i could not pass urine after my hernia operation, they put a tube, all fine since",
],
"other_person": [
"my husband can't feel his legs",
"my mum fell down the stairs",
"my friend has chest pain",
"my son's both legs are numb after rugby",
"my wife wet herself and she's got back pain too",
"my dad can't pee",
"my neighbour says his leg keeps giving way",
"my sister's got a fever and back pain",
"my colleague fell off a ladder yesterday",
"my partner says it's numb between his legs",
"my grandmother can't move her leg",
"my flatmate is having trouble breathing",
"it's not me it's my brother, he fell off the scaffolding",
],
"pet": [
"my dog can't move his back legs",
"the cat fell off the balcony",
"my horse's back legs are weak",
"my puppy wet himself and can't stand",
"our rabbit seems paralysed in the back legs",
"my dachshund's back has gone and he's dragging his legs",
"the dog fell down the stairs",
"my cat is breathing really fast",
"my parrot can't move one wing",
"my guinea pig has lost weight",
"the dog keeps weeing on the floor and can't seem to help it",
],
"object": [
"the car's battery is dead",
"my phone screen has gone dead and won't respond",
"the ladder fell over in the garage, nobody was on it",
"the washing machine has lost control and is banging about",
"my laptop won't move past the loading screen",
"the tap is leaking and I can't stop it",
"the chair leg gave way but I wasn't sitting on it",
"the fridge is making a wheezing noise like it can't breathe",
"the boiler's overheating and the house is roasting",
"the garden hose is blocked and nothing comes out",
"the ironing board collapsed and went flying down the stairs",
],
"news": [
"I saw on the telly a man fell off a ladder",
"there was a programme on the radio about cauda equina",
"I read on a forum that numb legs can mean something serious",
"a podcast said chest pain with back pain is bad",
"the news said a lorry crashed on the motorway",
"on facebook someone said they lost bladder control with a slipped disc",
"in the film the guy couldn't move his legs after the accident",
"there was a story online about a woman who couldn't pee for days",
"my magazine had an article on back pain and weight loss",
"I watched a youtube video where a climber fell and broke his back",
"they were saying on the radio this morning that if you can't feel your bum you should ring 999",
],
"question_about_sign": [
"what does saddle numbness mean",
"is it bad if you can't pee",
"should I worry if my legs go numb",
"what are the warning signs with back pain",
"when do you call an ambulance for a bad back",
"is a fever with back pain serious",
"what's cauda equina",
"can a slipped disc make your foot drag",
"how do I know if it's an emergency",
"is it normal to get pins and needles with sciatica",
"my leaflet says something about numbness in the saddle area, where is that exactly",
"what if I lose control of my bladder, what then",
],
"negation": [
"no numbness at all",
"I can feel my legs fine",
"I haven't fallen or anything",
"no chest pain",
"my bladder and bowels are normal",
"i can pee no problem",
"no fever, no chills",
"I can move my legs fine, it just hurts",
"I'm not numb anywhere",
"i didn't hit my back on anything",
"breathing's fine, no problem there",
"nothing down there feels different, all normal",
"no no my legs aren't numb, it's just my back",
],
"lookalike": [
"my hands are numb from holding the ice pack",
"I'm paralysed with fear about work tomorrow",
"I'm dying for a cup of tea",
"the ice has made my skin go numb, is that ok",
"this back pain is killing me",
"I nearly wet myself laughing at the telly",
"I'm sick to death of this pain",
"I fell asleep on the sofa",
"my foot's gone to sleep from sitting cross legged",
"my heart sank when I saw the stairs",
"I'm breathless with excitement, my daughter's getting married",
"I could faint from how tired I am, only joking",
"I fell for that old trick again",
"my legs are killing me after all the stairs at work, knackered",
],
"ordinary": [
"set a timer for twenty minutes",
"can you start the ice timer",
"what stretches can I do",
"should I use heat or ice",
"can I take ibuprofen with paracetamol",
"help me breathe through this",
"my back's gone into spasm again, what do I do",
"I'm stuck on the floor and can't move, the spasm's too bad",
"I can't move, my back's locked up, I didn't fall or anything",
"thanks, that helped",
"how long should I keep the heat pad on",
"um can you tell me a stretch for lower back",
"i'm so fed up",
"I feel a bit better now",
"is it ok to go for a walk",
"how long does a back spasm usually last",
"cancel the timer",
"i'm scared it won't go away",
"what position is best for sleeping",
"can you do the breathing exercise again",
"the pain is about a seven out of ten",
"my lower back's really tight",
"it hurts when i bend over",
"remind me to take my tablets at six",
"I bent down to pick up a sock and my back went",
"should I stay in bed",
"thank you so much",
"the pain shoots into my bum when I cough",
"ok i'm lying on my back with my knees up now",
"can I have a hot bath",
"so um I was lifting the shopping out the boot and it twinged and now I'm lying on the floor with a cushion, what's the best thing to do",
"ok ok ok i'm breathing",
"es ist ok, danke, the heat pad is helping a lot",
"how many ibuprofen can i take in a day",
"tell me something to take my mind off it",
],
}

TIERS = {"emergency": EM, "today": TD, "soon": SN, "none": NO}
PREFIX = {"emergency": "em", "today": "td", "soon": "sn", "none": "no"}
KNOWN = {
 "emergency": {"bladder_bowel_lost","urinary_retention","saddle_sensation","saddle_numbness","both_legs","spreading_worse","limb_paralysis","major_trauma","chest_breathing","worst_pain_faint","immobile_after_injury"},
 "today": {"one_leg_neuro","foot_drop","leg_gives_way","arm_hand_neuro","fever_chills","minor_fall"},
 "soon": {"not_improving","night_pain","weight_loss","cancer_history","over50_new","recurrent_spasms"},
 "none": {"past","other_person","pet","object","news","question_about_sign","negation","lookalike","ordinary"},
}
MIN_TIER = {"emergency": 90, "today": 35, "soon": 25, "none": 120}
MIN_CLASS = {"emergency": 6, "today": 5, "soon": 4, "none": 10}

def norm(t):
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", t.lower())).strip()

errors = []
seen = {}
rows = []
for tier, classes in TIERS.items():
    if set(classes) != KNOWN[tier]:
        errors.append(f"{tier}: class set mismatch {set(classes) ^ KNOWN[tier]}")
    n = 0
    for cls, lines in classes.items():
        mn = 25 if cls == "ordinary" else MIN_CLASS[tier]
        if len(lines) < mn:
            errors.append(f"{tier}/{cls}: {len(lines)} < {mn}")
        for t in lines:
            if "\t" in t or "\n" in t:
                errors.append(f"tab/newline: {t!r}")
            if len(t.split()) >= 30:
                errors.append(f"too long: {t!r}")
            k = norm(t)
            if k in seen:
                errors.append(f"duplicate: {t!r} / {seen[k]!r}")
            seen[k] = t
            n += 1
            rows.append((f"{PREFIX[tier]}-{n:03d}", tier, cls, t))
    if n < MIN_TIER[tier]:
        errors.append(f"{tier}: {n} < {MIN_TIER[tier]}")

if errors:
    print("\n".join(errors)); sys.exit(1)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lines.tsv")
with open(out, "w") as f:
    f.write("id\ttier\tclass\ttext\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
from collections import Counter
c = Counter((r[1], r[2]) for r in rows)
for tier in TIERS:
    print(tier, sum(v for (t, _), v in c.items() if t == tier))
    for (t, cl), v in sorted(c.items()):
        if t == tier: print("  ", cl, v)
print("total", len(rows))

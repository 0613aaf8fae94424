#!/usr/bin/env python3
"""Hand-written held-out triage lines (independent helper session, 2026-12-02).
Every line below was typed by hand. This script only checks them and writes lines.tsv."""
import re, sys, os
from collections import Counter

CLASSES = {
 "emergency": ["bladder_bowel_lost","urinary_retention","saddle_sensation","saddle_numbness","both_legs",
               "spreading_worse","limb_paralysis","major_trauma","chest_breathing","worst_pain_faint",
               "immobile_after_injury"],
 "today": ["one_leg_neuro","foot_drop","leg_gives_way","arm_hand_neuro","fever_chills","minor_fall"],
 "soon": ["not_improving","night_pain","weight_loss","cancer_history","over50_new","recurrent_spasms"],
 "none": ["past","other_person","pet","object","news","question_about_sign","negation","lookalike","ordinary"],
}
PREFIX = {"emergency":"em","today":"td","soon":"sn","none":"no"}
MIN_TIER = {"emergency":100,"today":40,"soon":30,"none":150}
MIN_CLASS = {"emergency":7,"today":5,"soon":4,"none":12}
MIN_SPECIAL = {("none","ordinary"):30}

L = {}

# ---------------- EMERGENCY ----------------
L["emergency","bladder_bowel_lost"] = """
i just wet myself and i didn't even feel it coming my back is killing me
um i've lost control of my bladder since the back went this morning
I pooed myself and I don't know how it happened, back's been agony all day
my back's bad and now i can't hold my wee at all it just comes out
it's probably nothing but I've had a couple of accidents with my bowels today since the back pain started
sorry this is embarrassing i leaked urine on the sofa and didn't know until i stood up
can you set a timer for the ice also i think i've lost control of my bowels
me no control the toilet anymore, urine come out by itself, back very pain
i can't hold it in anymore i mean my pee it just goes
soiled myself twice this afternoon and my lower back is in bits
wet the bed last night for the first time since i was a kid and my back's been terrible
i have passed urine without knowing it, my waist is paining me too much
i i keep leaking leaking wee and i can't stop it
"""
L["emergency","urinary_retention"] = """
i need to pee really badly but nothing comes out
i've been sat on the loo for twenty minutes and can't go even though i'm bursting
haven't had a wee since yesterday morning and my belly feels full and my back hurts
um i can't pass water i keep trying and trying
my bladder feels like it's going to burst but i can't empty it
back spasm and now i cannot urinate at all is that normal
I feel the need to go but the urine doesn't come, like it's blocked
i keep going to the bathroom and nothing happens nothing at all
since my back went i just can't get my wee started
it's been twelve hours and i still can't pee even though i really need to
urine refuse to come out since yesterday night and my waist is paining me
i had cancer years ago and now i can't pee at all
"""
L["emergency","saddle_sensation"] = """
when i wipe i can't feel the paper at all
i couldn't feel myself peeing just now it was really weird
i went to the toilet and didn't feel the wee coming out
um when i wiped my bum it felt like it wasn't my bum
i can't tell if i'm going to the toilet or not, i can't feel anything when i go
weird question but i couldn't feel the toilet paper when i wiped after a poo
i only knew i'd finished weeing because i heard it stop, i felt nothing
no feeling when i pass urine since this morning
wiping feels like wiping someone else
when i go to the loo there's no sensation at all
i didn't feel myself do a number two, i only saw it after
"""
L["emergency","saddle_numbness"] = """
my bum's gone numb and not from sitting
there's a numb patch between my legs
my privates feel numb
i've got this tingling and numbness down below around my back passage
inner thighs are numb both sides, pins and needles right up high
it feels like i'm sitting on a saddle, numb all round my groin
um my groin area feels kind of dead
my buttocks have gone numb and my back's killing me
can you start the breathing thing, also my, uh, genitals feel numb
numbness in the crotch area started an hour ago
feels like i had an injection at the dentist but down there around my bottom
since morning i am having numbness in the private parts and back is paining
my bits feel numb it's probably nothing is it
"""
L["emergency","both_legs"] = """
both my legs have gone tingly
i can't feel either of my legs properly
my legs are both weak like jelly i can barely stand
pins and needles in both feet and going up both legs
um my two legs are numb
both legs feel heavy and weak since the spasm
legs are wobbly both of them and i keep nearly falling
both of my feet have gone numb
it's probably just the spasm but both my legs are going dead
numb down the backs of both legs right to the heels
i cannae feel ma legs, either of them
both legs dey numb, i no fit feel am well
i i can't can't feel my my legs either leg
i'm sixty and both legs have gone weak with this new back pain
"""
L["emergency","spreading_worse"] = """
the numbness in my leg was just my foot this morning and now it's up to my knee
my leg's getting weaker by the hour
the tingling is spreading up my thigh
first it was my toes now the whole leg is numb
my left leg's weakness is worse than it was an hour ago
the numb bit keeps getting bigger
um the leg thing's getting worse, i can't lift it as high as before
each time i stand my leg is weaker than the time before
the pins and needles have gone from my calf all the way up to my hip now
it was a bit of tingling yesterday but today my leg is much more numb and weaker
the numbness is creeping up my leg, it's past my ankle now
"""
L["emergency","limb_paralysis"] = """
i can't move my right leg at all
my left leg won't move, it's just lying there
i can't lift my arm, it won't do anything
i'm trying to wiggle my toes and move my leg and nothing happens
my leg is completely paralysed
um i can't move my arm at all since i woke up
i can't bend my knee or move my foot, the whole leg is dead
i tell it to move and it doesn't, my leg i mean
my leg just won't respond, i can't move it an inch
can't move my right arm at all it's just hanging there
"""
L["emergency","major_trauma"] = """
i fell down the stairs and landed on my back
i came off a ladder about two metres up and my back really hurts
i was in a car crash an hour ago and now my back's getting worse
a shelf full of boxes fell on me at work and my back is agony
um i fell off the roof
got hit by a car on my bike and my back's sore
i fell from the top of the stairs all the way down, my back is killing me
fell off a horse this afternoon and my back's really bad now
the wardrobe toppled onto me while i was moving it and hit my back
rear-ended on the motorway this morning, my lower back's been hurting since
slipped on the ice and went down a whole flight of concrete steps
it's probably just bruised but i fell off the stepladder onto the patio
"""
L["emergency","chest_breathing"] = """
my chest feels tight and it hurts to breathe
i'm struggling to breathe
pain in my back and now it's in my chest as well like a pressure
i can't catch my breath
um it feels like someone's sitting on my chest
my upper back hurts and i'm short of breath just sitting here
there's a crushing feeling in my chest
i can't breathe properly, every breath is hard work
chest pain going into my left arm and my back
i'm gasping, i can't get enough air
start the timer and um my chest is really tight
"""
L["emergency","worst_pain_faint"] = """
suddenly the worst pain i've ever had in my back and i feel like i'm going to pass out
it came on out of nowhere, agony, and i'm all sweaty and sick
i think i'm going to faint, the pain's unbearable, it just hit me
worst pain of my life all of a sudden and i'm dizzy and clammy
um i nearly blacked out the pain came so sudden
tearing pain in my back just started and i feel faint
it's the worst pain ever, came on in a second, i've been sick and i'm sweating buckets
sudden ripping pain between my shoulder blades and i feel lightheaded
i'm going grey and sweaty, the pain suddenly got ten times worse
out of nowhere the worst pain i've ever felt and i feel really sick and woozy
"""
L["emergency","immobile_after_injury"] = """
i slipped in the bath and now i can't move at all
i tripped over the dog and i'm on the floor and i can't move
i fell in the garden and i can't get up, can't move anything
i got hit in the back playing rugby and now i can't move
i slipped on the kitchen floor and i'm stuck, i can't move at all
um i fell and i can't move
tripped on the rug and now i'm lying here and can't move my body
something hit me in the back and i haven't been able to move since
fell off the bed onto the floor and now i can't move at all
took a tumble on the pavement and i can't shift myself even an inch
"""

# ---------------- TODAY ----------------
L["today","one_leg_neuro"] = """
my right leg's been tingling since this morning
i've got pins and needles down my left leg into my foot
my foot's gone numb along the outside edge
um there's a numb bit on the outside of my left calf
my left leg feels a bit weak today, it's new
tingling in my big toe and the top of my foot, just the right one
since yesterday one leg's been kind of numb down the back
it's probably sciatica but my left foot's gone all numb and tingly
my one leg is having tingling since morning itself
my leg's tingling and the pain wakes me up at night
"""
L["today","foot_drop"] = """
my foot keeps flopping when i walk
i'm dragging my right foot
i can't lift the front of my foot up, it slaps on the floor
my toes catch on the carpet because my foot won't come up
um my foot sort of drops when i step
i keep tripping because my left foot drags
i can't stand on my heel on that side, the foot just flops
"""
L["today","leg_gives_way"] = """
my leg keeps giving way
my knee buckled twice on the stairs today
my right leg just went from under me in the kitchen
um the leg gives out when i put weight on it
my leg collapsed under me when i got up but i caught the bed
my left leg keeps folding like it's not there
my leg gave way in the shop and i had to grab the shelf
"""
L["today","arm_hand_neuro"] = """
both my hands are tingling
my right arm's gone numb from the shoulder down
my fingers are numb on my left hand
i've lost grip in my right hand, i keep dropping things
pins and needles in both hands since my neck and back started
um my arm feels weak, i can't hold the kettle
numbness down my arm into my thumb
"""
L["today","fever_chills"] = """
i've got a temperature and my back's really sore
i'm shivery and hot and cold with this back pain
back pain and i've got a fever of thirty nine
um i'm having chills and my back hurts
i'm running a temp and my lower back is aching
my back's bad and i've been shaking with the shivers all night
i feel feverish and my back hurts more than usual
i had a temp of a hundred and one this morning and the back's killing me
i'm having fever and body is shivering, back also paining
i'm 65, my back is a new kind of sore and i've got the chills
"""
L["today","minor_fall"] = """
i slipped on a wet floor and landed on my bum, back hurts now but i'm walking
i bumped my back on the door handle and it's sore
i had a little fall off the kerb, i'm up and about but my back's worse
um i tripped over a toy and fell, my back's hurting but i can move
fell off a chair, only a small drop, back's sore
banged my back on the corner of the table earlier
my chair rolled away as i sat down and i ended up on the floor, i'm ok just sore
tripped on the hoover lead and went down on my knees, back's worse but i'm still walking
"""

# ---------------- SOON ----------------
L["soon","not_improving"] = """
it's been two weeks and my back's no better
i've had this pain for three weeks now and nothing's helping
um it's not getting any better, it's been like ten days
my back's been the same for a fortnight, not improving at all
two weeks of ibuprofen and rest and it's no better
it's been going on nearly a month and it isn't easing
"""
L["soon","night_pain"] = """
the pain wakes me up at night
i keep waking at three in the morning because my back hurts
it's worst at night, it wakes me every few hours
um it gets me up in the night, the pain
even lying still in bed the pain wakes me up
the back pain woke me up again last night
"""
L["soon","weight_loss"] = """
i've lost about a stone without trying and my back's been aching
my clothes are falling off me and i haven't been dieting
i've dropped weight lately, not on purpose, and now this back pain
um i lost like six kilos in two months and i don't know why
i've been losing weight for no reason and my back hurts
back ache and i've lost weight and i'm not eating any different
"""
L["soon","cancer_history"] = """
i had breast cancer a few years ago and now my back hurts
i'm in remission from prostate cancer and this back pain is new
um i had chemo for lymphoma back in 2019
i've had cancer before, does that matter for my back
they took a melanoma off me three years ago and now my back's aching
i had bowel cancer ten years ago, all clear since
"""
L["soon","over50_new"] = """
i'm 67 and i've never had back pain like this before
i'm over fifty and this is a new sort of pain in my back
um i'm sixty two and this pain is different from my usual back
i'm seventy and my back's started hurting for the first time
at my age, 58, i've never had my back go like this
i'm 55 and this back pain is a new kind, not like before
"""
L["soon","recurrent_spasms"] = """
my back keeps going into spasm, this is the fourth time this month
the spasms keep coming back every few days
um it's happened again the spasm, it keeps happening
every week my back seizes up again
this is the third spasm since christmas, they keep coming back
why does my back keep spasming over and over every few days
"""

# ---------------- NONE ----------------
L["none","past"] = """
years ago i lost feeling in my legs after an operation but that's all sorted now
when i was pregnant i had numbness down below but that went after the birth
i had a fever last winter with my back but that's long gone
back in 2015 i couldn't pee after surgery, that was the anaesthetic, fine since
um ten years ago my leg used to give way a lot but it's been fine for ages
i fell down the stairs as a teenager, no problems since
i used to get pins and needles in both legs in my twenties but not anymore
my foot dropped for a while after my hip op years back but it recovered
i had a car accident in 2010 and my back was fine after that until this spasm
a long time ago i had chest pains but it was anxiety and they never came back
as a kid i broke my back falling off a wall, the doctors said it healed perfectly
once, years ago, i wet myself during a bad flu, nothing like that now
my bum was numb for a day after a long bike ride back in 2018
i had sciatica down one leg five years ago and it cleared up completely
i couldn't move my arm for a week after a shoulder op in 2012, fine now
"""
L["none","other_person"] = """
my husband can't feel his legs, what should he do
my mum fell down the stairs and says her back hurts
my son's wet himself and he's complaining about his back
my friend's got numbness around her bum after lifting
my dad's got chest pain and back pain
um my wife can't pee and she's really uncomfortable
my neighbour came off his ladder this morning
my daughter's leg keeps giving way
my brother has a fever and a bad back
is it serious if my partner's foot is dragging
my colleague said both his legs went numb at work
my grandad can't move his leg at all, he's in bed
asking for my sister, she had cancer and her back hurts now
my boyfriend says the pain wakes him every night
the lady next door fell in her garden and can't get up
my flatmate went grey and sweaty with back pain, she's on the phone to them now
"""
L["none","pet"] = """
my dog can't use his back legs
the cat's dragging her back leg
my dog keeps wetting himself and he's got a sore back
um my horse fell over in the field
my rabbit can't move his hind legs
the puppy fell down the stairs and is whimpering
my cat's back legs are wobbly, both of them
our dachshund hurt his back and can't walk
my dog can't wee properly, he keeps squatting and nothing comes
the budgie fell off its perch and isn't moving much
my old labrador's legs keep giving way on walks
my guinea pig is breathing fast and seems sore
the cat has a fever i think and hides when i touch her back
my dog's lost loads of weight and yelps when i stroke his back
"""
L["none","object"] = """
my laptop fell off the desk and won't turn on
the ladder toppled over in the garage, nobody was on it
the leg of my chair gave way
the washing machine is leaking water all over the floor
the shelf fell off the wall in the kitchen, just the shelf
my car's been in an accident, it was parked and someone scraped it
the tap won't stop dripping
my tens machine isn't working, the pads feel dead
the heat pad has stopped getting warm
the bath won't drain, the water just sits there
the wheel on my office chair has snapped off
the toilet won't flush
my hot water bottle has a leak
the table wobbles because one leg is shorter
"""
L["none","news"] = """
i just heard on the radio about a man who fell off a ladder
there's a thing on tv about cauda equina syndrome
i read on a forum that a numb bum means an emergency
the news said a lorry crashed on the motorway
um there was a documentary about people losing bladder control with back problems
somebody on facebook said their legs went numb after a spasm
i saw a youtube video where a woman couldn't feel her legs
in the soap last night one of them got paralysed falling down the stairs
the radio doctor was talking about chest pain being a heart attack
my magazine says weight loss and back pain together can be serious
there was an article online about fevers and spinal infections
a podcast i listen to said pain that wakes you at night is a warning sign
on reddit someone said foot drop needs a scan
the tv programme showed a man who wet himself after a back injury
"""
L["none","question_about_sign"] = """
what does saddle numbness mean
what's cauda equina
how would i know if my bladder was affected by my back
is it bad if your legs go numb with back pain
um what counts as a red flag for back pain
what is foot drop
which symptoms mean i should call an ambulance
should i worry if a spasm ever makes it hard to breathe
why is it serious if you can't pee with a bad back
does a fever with back pain matter
how do i check for numbness down below
when should i see a doctor about a back spasm
why do they ask about wiping when you've got back pain
what does it mean when someone says their leg gives way
"""
L["none","negation"] = """
nothing's numb, it just hurts
my bladder's fine, i've been to the loo no problem
no i can feel everything down there
my legs are fine, it's only my back
no fever, no chills, just the spasm
i haven't fallen or anything, it just went when i bent over
peeing normally, pooing normally, all good
no tingling anywhere
um no, nothing like that, i can feel it fine when i wipe
my chest is fine and i'm breathing ok
i can move both legs fine, it's just sore
i didn't fall, i was just putting my socks on
no i haven't lost any weight
no history of cancer or anything like that
it doesn't wake me up at night
i'm not dizzy or sick, just sore
"""
L["none","lookalike"] = """
i nearly wet myself laughing at that
my skin's numb from the ice pack
i was paralysed with fear when it went
this back pain is killing me
my foot's gone to sleep from sitting cross-legged, it's coming back now
i'm dying for a cup of tea
i could pee myself watching this comedy
it took my breath away when it twinged, but i'm breathing fine now
my bum's cold from sitting on the bathroom floor
hang on i'm bursting for a wee, back in a minute
my heart skipped a beat when the phone rang
my arm's dead from lying on it all night, it's waking up now
i'm feeling a bit numb about the whole thing, emotionally
the ice has made my lower back go numb, is that how it should be
my hands are frozen from holding the ice pack
i've been sweating buckets in this heatwave
i'm sick of this back pain
work is a right pain in the bum
"""
L["none","ordinary"] = """
set a timer for twenty minutes
start the ice timer please
can we do the breathing exercise
should i use ice or heat
how long should i keep the heat pad on
um what stretch can i do lying down
can i take ibuprofen and paracetamol together
thanks that helped
i'm so frustrated with my back
my back's gone into spasm and i'm stuck on the floor
i'm locked up, i can't move because of the spasm
how do i get up off the floor with a back spasm
tell me again how to breathe through it
stop the timer
is it ok to have a hot bath
can you remind me in two hours to take my tablets
what's the best position to sleep in with a bad back
i'm scared it won't get better
pause
how long do back spasms usually last
should i keep moving or rest
my back twinged when i picked up the laundry basket
is it ok to go to work tomorrow
can you put the heat timer on for fifteen minutes
i feel a bit better now, thank you
what's the knees to chest stretch
um how long has the timer got left
can i use deep heat cream and a heat pad at the same time
my lower back's really stiff this morning
the pain's about a seven out of ten
slower please, i can't keep up with the breathing
what can i do while i wait for the painkillers to kick in
i can't sit up straight, the muscle's in a knot
okay i'm lying on my side now
it's easing a bit
can i do yoga with this
i hate this, i just want to cry
uh, yeah, go on then
how often should i change the ice pack
is naproxen better than ibuprofen for spasms
the muscle on the right side is pulling, can i massage it
i can't bend down to put my shoes on, it's the spasm
how do i do the cat cow stretch
wait what did you say
kindly start the timer for the ice
ma back's pure murder the day
me back's gone, stuck on the couch, can you talk me through it
"""


def norm(s):
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", s.lower())).strip()


def main():
    errors = []
    rows = []
    seen = {}
    counts = Counter()
    tier_counts = Counter()
    for (tier, cls), block in L.items():
        if tier not in CLASSES or cls not in CLASSES[tier]:
            errors.append(f"unknown tier/class {tier}/{cls}")
            continue
        for line in block.strip("\n").split("\n"):
            text = line.strip()
            if not text:
                continue
            if "\t" in text:
                errors.append(f"tab in: {text}")
            if len(text.split()) >= 30:
                errors.append(f"too long ({len(text.split())} words): {text}")
            n = norm(text)
            if n in seen:
                errors.append(f"duplicate: {text!r} vs {seen[n]!r}")
            seen[n] = text
            rows.append((tier, cls, text))
            counts[tier, cls] += 1
            tier_counts[tier] += 1
    for tier, mn in MIN_TIER.items():
        if tier_counts[tier] < mn:
            errors.append(f"tier {tier}: {tier_counts[tier]} < {mn}")
        for cls in CLASSES[tier]:
            need = MIN_SPECIAL.get((tier, cls), MIN_CLASS[tier])
            if counts[tier, cls] < need:
                errors.append(f"class {tier}/{cls}: {counts[tier, cls]} < {need}")
    for tier in CLASSES:
        print(f"{tier}: {tier_counts[tier]}")
        for cls in CLASSES[tier]:
            print(f"    {cls}: {counts[tier, cls]}")
    print("total:", len(rows))
    if errors:
        print("ERRORS:", *errors, sep="\n  ")
        sys.exit(1)
    num = Counter()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lines.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("id\ttier\tclass\ttext\n")
        for tier, cls, text in rows:
            num[tier] += 1
            f.write(f"{PREFIX[tier]}-{num[tier]:03d}\t{tier}\t{cls}\t{text}\n")
    print("wrote", out)


if __name__ == "__main__":
    main()

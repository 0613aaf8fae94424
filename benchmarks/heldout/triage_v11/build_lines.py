#!/usr/bin/env python3
"""Hand-written held-out triage lines (independent helper session). Writes lines.tsv."""
import os, re, sys

L = {
 "emergency": {
  "bladder_bowel_lost": [
   "I've just wet myself on the floor and I didn't even feel it coming",
   "oh god, I think I've had an accident down below, number two, I couldn't stop it",
   "my trousers are soaked, I didn't mean to go, it just came out",
   "probably nothing but I've leaked pee twice in the last hour without knowing",
   "I'm so embarrassed, I've messed myself and I never do that",
   "the waterworks just let go while I was lying here",
   "can you put the heat on, also I think I've peed myself and I didn't decide to",
   "I can't hold my wee anymore, it's just dribbling out on its own since the spasm",
   "been lying here and my bowels went, no warning at all, that's new",
   "me bladder's gone, mate, it's just emptying by itself",
   "I keep soiling my pants and I can't control it since this morning",
  ],
  "urinary_retention": [
   "I've been bursting for a wee for hours but nothing will come out",
   "I'm sat on the loo and I need to go so bad but I literally can't pee",
   "my bladder feels full as anything and I just cannot get it started",
   "haven't been able to pass water since last night even though I'm desperate",
   "I try to pee and nothing, zero, and it's really uncomfortable down there",
   "is it normal I can't go to the toilet, like I need to wee but it won't come",
   "I need the bathroom badly but the pee just won't happen",
   "been straining on the toilet for twenty minutes and no urine at all",
   "ya know I can't empty my blather, it's been like half a day",
   "I'm full to bursting and can't piss, it's never been like this",
  ],
  "saddle_sensation": [
   "when I wiped just now I couldn't feel the paper at all",
   "weird thing, I peed but I couldn't feel it coming out",
   "I don't feel anything when I wipe my bum, like it's someone else's",
   "I only knew I was weeing because I heard it, I couldn't feel it",
   "the loo roll, I can't feel it down there when I clean myself",
   "I went for a number two and didn't feel a thing passing",
   "sorry this is gross but I can't tell if I'm peeing or not unless I look",
   "no feeling when I wipe, is that the spasm or what",
   "I can't feel the stream when I go, it's really odd",
  ],
  "saddle_numbness": [
   "my backside's gone numb, like both cheeks, and it's not from sitting",
   "I've got no feeling between my legs, around my privates",
   "the insides of my thighs feel dead, like pins and needles up high",
   "it's numb down below, in me nether regions, is that normal",
   "I sat on the edge of the bath and couldn't feel the bath under my bum",
   "my groin's gone all tingly and numb in the last hour",
   "feels like I've had a dentist injection in my crotch",
   "can't feel my bits properly, sorry to say it like that",
   "the area I'd sit on a saddle with feels completely numb",
   "there's a numb patch round my bottom and it's creeping to my inner thighs",
   "my willy and balls feel numb, honestly it's scaring me",
  ],
  "both_legs": [
   "both my legs are tingling like crazy from the knees down",
   "my legs, both of them, feel weak and wobbly like jelly",
   "I've got pins and needles in both feet and they won't go",
   "neither leg feels right, they're both numb on the outsides",
   "I tried standing and both legs just felt too weak to hold me",
   "it's not one leg, it's the two of them, numb and heavy",
   "left and right, both thighs feel fuzzy and dead",
   "me two legs are buzzing like electric and I can't feel me toes on either side",
   "both my feet have gone numb while I've been lying here flat",
   "hey can you start a timer, also both my legs are kind of weak, probably fine",
  ],
  "spreading_worse": [
   "the numbness in my leg was just my calf but now it's up to my thigh",
   "my left leg's getting weaker every hour, I can barely lift it now",
   "the tingling keeps spreading, it's gone from my foot right up past my knee",
   "this morning my leg was a bit numb, now it's numb all over and worse",
   "my right leg weakness is getting worse, I couldn't even push the pedal earlier",
   "the dead feeling in my leg is creeping higher and higher",
   "the pins and needles in my thigh have spread down to my foot since lunch",
   "the weakness in my leg is worse than an hour ago, it's heading the wrong way",
   "first it was a few toes numb, then the whole foot, now halfway up me shin",
   "the leg numbness is getting bigger, like a patch that keeps growing",
  ],
  "limb_paralysis": [
   "I can't move my right leg at all, it just lies there",
   "my arm won't do anything, I'm telling it to move and nothing",
   "I literally cannot lift my left leg even a tiny bit, it's like it's not mine",
   "my leg's completely paralysed, I can't wiggle it",
   "I can't move my foot or my leg, not even the toes",
   "my right arm's gone totally limp and I can't raise it",
   "no movement in my left leg whatsoever, it's dead weight",
   "I try to bend my knee and nothing happens, the leg won't respond",
   "the back hurts but worse is my leg won't move at all now",
  ],
  "major_trauma": [
   "I fell down the whole flight of stairs and now my back is agony",
   "came off the ladder cleaning the gutters, landed on my back",
   "I got knocked off my bike by a car and my back's killing me",
   "fell through the roof of the shed onto the concrete, back's really bad",
   "a wardrobe toppled onto me and pinned my back",
   "we had a crash on the motorway and since then my back's throbbing",
   "the cow knocked me over and trampled me, back's hurting bad",
   "fell off the hay bales, must have been ten foot, onto my back",
   "rugby tackle went wrong and I got driven head first into the ground, my back's screaming",
   "I slipped off the scaffold at work and landed flat on my back",
   "a big box of tiles fell off the top shelf onto my back",
  ],
  "chest_breathing": [
   "I've got this tight pressure in my chest as well as my back",
   "I can't catch my breath and it's not from the pain",
   "my chest is hurting, like a squeezing, and it goes into my back",
   "I'm struggling to breathe, I can only take tiny breaths",
   "there's a heavy weight on my chest and I'm breathless",
   "it's not just my back, my chest feels crushed",
   "I'm wheezing and I can't get enough air in",
   "sharp pain in my chest when I breathe and I feel short of breath",
   "my back's sore but honestly my chest is worse, it's tight and heavy",
   "play some music, oh and my chest's kind of tight, I'm finding it hard to breathe",
  ],
  "worst_pain_faint": [
   "out of nowhere it's the worst pain I've ever had and I feel like I'm going to pass out",
   "sudden ripping pain in my back and I'm dripping with sweat and dizzy",
   "this just hit me, worst pain of my life, I feel sick and faint",
   "I'm clammy and grey and the pain came on like a bomb",
   "suddenly it's agony, a ten out of ten, and the room's spinning",
   "worst pain ever all of a sudden, I threw up and I'm all sweaty",
   "the pain came on in a flash, never felt anything like it, I'm going woozy",
   "I feel like I'm blacking out, this is the worst back pain I've ever felt and it just started",
   "never known pain like it, came on suddenly, cold sweat, feel like I'll faint",
  ],
  "immobile_after_injury": [
   "I slipped in the shower and now I can't move at all",
   "I tripped over the dog's lead and I'm stuck on the floor, can't move a thing",
   "fell off the chair and I can't get up, can't move anything",
   "I went over on the ice and now I can't move at all, I'm just frozen here",
   "tripped on the rug, landed hard, and now I can't shift myself even an inch",
   "after I fell I can't move, nothing's working",
   "I got hit in the back by the swing door and now I can't move at all",
   "I slipped on the wet floor at work and I can't move, I'm lying here",
   "fell out of bed and I can't move my body at all now",
   "I fell over in the garden and I can't get myself to move, not one bit",
  ],
 },
 "today": {
  "one_leg_neuro": [
   "my left foot's gone a bit tinkly, just the one foot",
   "there's a numb patch on the outside of my right thigh, only that side",
   "one of my legs has pins and needles, the other's fine",
   "my right calf feels kind of dead and fuzzy since this morning",
   "my big toe on the left is numb, it's new",
   "the left leg feels weaker than the right, only a bit",
   "probably nothing but my right foot's gone numb on top",
   "I have this buzzing down the back of one leg, it's new today",
   "can you do the ice timer, also my left shin is a bit numb",
  ],
  "foot_drop": [
   "my right foot's slapping the floor when I walk",
   "my foot keeps catching on the carpet, like the toes won't lift",
   "when I walk my left foot flops down",
   "I'm dragging my foot, I can't pull my toes up",
   "can you start the heat, also my right foot's slapping the floor",
   "I keep tripping cause my foot won't lift properly",
   "my foot's all floppy at the front, I can't stand on my heel",
   "me foot's dragging on the lino, it's never done that",
  ],
  "leg_gives_way": [
   "my left leg just gave way going to the kitchen",
   "my knee buckled and I nearly went down, the leg just gave out",
   "my leg keeps going from under me",
   "twice now my right leg's collapsed when I put weight on it",
   "I stood up and my leg just folded",
   "the leg gives way on me every few steps",
   "my right leg went to jelly and dropped me, I'm okay though",
   "my leg gave whey when I stood up, it just buckles",
  ],
  "arm_hand_neuro": [
   "my hands are both tingling, is that part of it",
   "my right arm's gone numb down to the fingers",
   "I can't grip the cup properly, my hand feels weak",
   "pins and needles in my fingers on both hands",
   "my left arm feels weak and sort of heavy",
   "my fingertips have gone numb, both hands",
   "there's a tingle going down my arm into my thumb",
   "I keep dropping things, my hand isn't working right",
  ],
  "fever_chills": [
   "I'm shivering and boiling at the same time",
   "I've got a temperature, thirty nine, and my back's killing me",
   "I feel feverish and my back's throbbing",
   "I've got the chills and I can't stop shaking",
   "I'm hot then cold then hot again, and the back's sore",
   "think I'm running a fever, I'm all sweaty and shivery",
   "my teeth are chattering but I'm burning up",
   "I feel flu-ish, really hot, with this back pain",
  ],
  "minor_fall": [
   "I slipped on the kitchen floor, landed on my bum, I can still walk",
   "tripped on the step, not a big fall, but my back's worse now",
   "I bumped my back on the door frame and it's sore but I'm moving",
   "I fell off the bottom stair, just the last one, I'm walking ok",
   "slipped in the garden, sat down hard, back hurts more but I'm up",
   "I had a little tumble getting out of the car, I'm okay, can walk",
   "I went down on my knees in the bathroom, hurt my back a bit, I'm up now",
   "I missed the chair when I sat down and landed on the floor, I can move fine",
  ],
 },
 "soon": {
  "not_improving": [
   "it's been two weeks, love, and it's not a jot better",
   "bro it's been like three weeks and it's still the same, nothing's helping",
   "ten days and it's exactly the same",
   "it's still bad after a fortnight of rest and pills",
   "this has been going on since the start of last month, no change",
   "honestly it's been weeks now and it's not shifting",
  ],
  "night_pain": [
   "the pain wakes me up every night about three",
   "on nights I can kip between shifts but the ache wakes me up every time",
   "the back pain keeps waking me in the night",
   "it's worst at night, I wake up with it throbbing",
   "every night I get woken up by it, lying still",
   "nights are the worst, the ache wakes me up",
  ],
  "weight_loss": [
   "I've lost a stone without trying, is that related",
   "my clothes are hanging off me and I haven't been dieting",
   "I've dropped about six kilos in two months, no idea why",
   "the missus says I look thin, I've not been trying but the scales agree",
   "weird thing, I'm losing weight for no reason lately",
   "I've had to take my belt in two notches and I've not changed a thing",
  ],
  "cancer_history": [
   "I had breast cancer years ago, I'm in remission",
   "I had prostate cancer, they said it was gone",
   "had a melanoma cut out a few years back",
   "I've had treatment for lymphoma before",
   "I was treated for bowel cancer in twenty nineteen",
   "probably not relevant but I had a bit of skin cancer burnt off once",
  ],
  "over50_new": [
   "I'm sixty two and I've never had back pain like this",
   "I'm fifty five and this is new for me",
   "I'm seventy and my back's never hurt like this before",
   "at my age, fifty eight, this kind of pain is totally new",
   "I'm sixty-odd, farmed all my life, never had the back go like this",
   "I'm sixty and I've never had my back go like this",
  ],
  "recurrent_spasms": [
   "this keeps coming back every few weeks",
   "my back spasms like this all the time lately",
   "it's the fourth time this year my back's gone into spasm",
   "och it's the same again, keeps happening every few weeks, sick of it",
   "it goes every month, same spasm again and again",
   "my back keeps locking up every couple of weeks",
  ],
 },
 "none": {
  "past": [
   "years ago I had numb legs but that was fixed with surgery",
   "I had a fever last month but it's gone now",
   "I fell down the stairs when I was a kid, nothing to do with today",
   "last year I couldn't pee after my op but that was sorted",
   "my foot dragged after my hip op ages ago, it's fine now",
   "I had pins and needles in my hands back in the spring, all gone",
   "I wet the bed once as a child, ha, not relevant",
   "I had chest pain in my twenties, it was just anxiety",
   "back in the eighties I came off a motorbike, all healed",
   "my leg gave way once years back, never since",
   "I had numb toes during pregnancy but that went after the baby",
   "I had a bad fall off a horse as a teenager, fully recovered",
  ],
  "other_person": [
   "sorry I meant my husband, it's his legs that are numb not mine",
   "me nan can't feel her feet but that's her sugar, she's had it years",
   "my son fell off the trampoline yesterday",
   "the wife's got the shivers and a temperature, I'm just the one with the back",
   "my neighbour says he can't pee properly",
   "my dad's leg gives way sometimes",
   "my daughter has a temperature today",
   "my friend fell off a ladder last week",
   "my grandad's got cancer, that's why I'm stressed, I'm fine myself",
   "my brother's chest hurts when he runs",
   "my partner's hands keep going numb",
   "my colleague's foot drags when he walks",
  ],
  "pet": [
   "me dog's back legs have gone wobbly, he's fourteen",
   "the cat can't pee, she keeps going to the litter tray",
   "our collie's dragging his back foot on walks",
   "my horse is lame on one leg",
   "the puppy wet himself on the sofa",
   "my cat fell off the roof and she's limping",
   "the dog's been shivering all day",
   "my rabbit's not eating and he's lost weight",
   "our old lab's back legs keep giving way",
   "the budgie's breathing looks a bit fast",
   "my dog can't move his back legs",
   "the cat's got a numb paw I think",
  ],
  "object": [
   "the shelf gave way and everything fell on the floor, not on me",
   "the chair leg's collapsed, I wasn't sitting on it",
   "the phone screen's gone dead, cracked it when I dropped it reaching for you",
   "the heating's broken and the boiler's not working",
   "the fridge door won't close properly",
   "the ironing board's collapsed again",
   "the hoover's dead, that's what I was doing when the back went",
   "the tap's leaking everywhere",
   "the washing machine's losing water",
   "the car battery's flat",
   "the shower's gone cold",
   "my heat pad's not getting warm",
  ],
  "news": [
   "saw on the news a roofer fell off a house, poor fella, made me think",
   "on the radio they said numb legs can be serious",
   "I read an article about back pain and cancer",
   "there was a documentary about people who can't pee",
   "this podcast I had on said chest pain with back pain is serious, is it",
   "in the book I'm reading the hero's leg gives way",
   "the TV doctor said foot drop is a warning sign",
   "the paper had a story about a ladder fall",
   "I heard on the telly about someone losing control of their bladder",
   "there's a story online about fever and back pain",
   "the magazine says weight loss can be a sign",
   "a YouTube video said numbness down below is dangerous",
  ],
  "question_about_sign": [
   "what does it mean if your legs go numb",
   "is it bad if you can't pee",
   "what happens if my foot starts dragging",
   "should I worry if I get a fever with back pain",
   "what if I lose control of my bladder",
   "what are the warning signs I should look for",
   "when should I call an ambulance for back pain",
   "is numbness down below serious",
   "what if my leg gives way",
   "if both legs went tingly would that be bad",
   "what counts as an emergency for a bad back",
   "why would someone not be able to feel when they wipe",
  ],
  "negation": [
   "nah nothing's numb, it just hurts like hell",
   "waterworks are fine, no problems peeing, it's just the back",
   "I can feel everything fine",
   "took my temp, it's normal, no fever",
   "legs feel normal, both of them, it's all in the lower back",
   "I haven't fallen, it went when I bent to pick up the baby",
   "no tingling",
   "I can pee fine",
   "no chest pain",
   "my feet are fine",
   "no numbness anywhere",
   "I didn't fall or anything",
  ],
  "lookalike": [
   "my skin's numb from the ice pack",
   "my foot's asleep from sitting cross-legged",
   "my legs ache from footy training yesterday, did loads of sprints",
   "I'm sweaty from the hot bath",
   "ha I'm out of breath from laughing, my son did a silly dance",
   "my hand's gone to sleep from lying on it",
   "I'm shivering because the window's open",
   "my legs are tired from walking the dog",
   "I'm hot because the heat pad is on",
   "my knee's gone dead from kneeling on it, pins and needles now it's coming back",
   "I'm puffed from climbing the stairs",
   "my fingers are cold from the ice",
  ],
  "ordinary": [
   "oh me back, it's absolutely killing me",
   "can you set a timer for twenty minutes",
   "I can't move because of the spasm",
   "can you put some music on",
   "I'm panicking a bit, help me breathe",
   "I need ice",
   "it's really stiff",
   "what stretches can I do",
   "it hurts when I move",
   "I'm stuck on the floor because of the spasm",
   "can you start the heat",
   "talk me through some breathing",
   "it's really sore",
   "how long will this last",
   "should I use ice or heat",
   "I'm a bit scared to be honest, I'm home alone",
   "it's locked up",
   "remind me to take my painkillers",
   "it's spasming again",
   "I can't reach my water, how do I get to it without twisting",
   "I'm in so much pain",
   "play something calming",
   "I can't get up because my back's seized",
   "set a timer for the ice",
   "what position should I lie in",
   "it's a bit better now",
   "my lower back's tight",
   "I can't turn over",
   "it's throbbing like a drum in the small of me back",
   "can you call my wife",
   "I need to get to the loo",
   "the pain's easing off",
   "how do I get up",
   "it's like a cramp in my back",
   "I feel stupid lying here",
  ],
 },
}

MIN = {"emergency": 9, "today": 7, "soon": 6, "none": 11}
PREFIX = {"emergency": "em", "today": "td", "soon": "sn", "none": "no"}
CLASSES = {
 "emergency": ["bladder_bowel_lost","urinary_retention","saddle_sensation","saddle_numbness","both_legs",
  "spreading_worse","limb_paralysis","major_trauma","chest_breathing","worst_pain_faint","immobile_after_injury"],
 "today": ["one_leg_neuro","foot_drop","leg_gives_way","arm_hand_neuro","fever_chills","minor_fall"],
 "soon": ["not_improving","night_pain","weight_loss","cancer_history","over50_new","recurrent_spasms"],
 "none": ["past","other_person","pet","object","news","question_about_sign","negation","lookalike","ordinary"],
}

def norm(s):
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", s.lower())).strip()

def main():
    errs, seen, rows = [], {}, []
    for tier, classes in L.items():
        if tier not in CLASSES:
            errs.append(f"unknown tier {tier}"); continue
        for cls in CLASSES[tier]:
            if cls not in classes:
                errs.append(f"missing class {tier}/{cls}")
        n = 0
        for cls, lines in classes.items():
            if cls not in CLASSES[tier]:
                errs.append(f"unknown class {tier}/{cls}")
            need = 30 if cls == "ordinary" else MIN[tier]
            if len(lines) < need:
                errs.append(f"{tier}/{cls}: {len(lines)} < {need}")
            for t in lines:
                if "\t" in t or "\n" in t:
                    errs.append(f"tab/newline: {t!r}")
                if len(t.split()) >= 30:
                    errs.append(f"too long: {t!r}")
                k = norm(t)
                if k in seen:
                    errs.append(f"duplicate: {t!r} ({seen[k]})")
                seen[k] = f"{tier}/{cls}"
                n += 1
                rows.append((f"{PREFIX[tier]}-{n:03d}", tier, cls, t))
    if errs:
        print("\n".join(errs)); sys.exit(1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lines.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("id\ttier\tclass\ttext\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    from collections import Counter
    c = Counter((r[1], r[2]) for r in rows)
    for tier in CLASSES:
        tot = sum(v for (t, _), v in c.items() if t == tier)
        print(f"{tier}: {tot}  " + ", ".join(f"{k}={c[(tier,k)]}" for k in CLASSES[tier]))
    print(f"total: {len(rows)} -> {out}")

if __name__ == "__main__":
    main()

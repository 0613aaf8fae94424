#!/usr/bin/env python3
"""Independent held-out triage test lines (hand-written). Writes lines.tsv."""
import os, re, sys

LINES = {
 "emergency": {
  "bladder_bowel_lost": [
   "I've just wet myself lying here and I didn't even feel it coming",
   "oh god I think I've had an accident down there, I didn't mean to",
   "my waterworks just went, all over the carpet, I couldn't stop it",
   "I've soiled meself, never done that in my life, I'm sixty two",
   "set a timer for ten minutes and um I've sort of leaked through my trousers",
   "it's embarrassing but I've messed my pants and I didn't know till I smelt it",
   "I've lost control of my blather, it just came out when I tried to roll over",
   "I keep dribbling wee and I can't hold it in at all since this morning",
   "number two came out without me pushing, I'm so ashamed",
   "probably nothing but I've wet the bed twice today and I'm forty",
   "me bladder's just let go, mate, soaked through",
  ],
  "urinary_retention": [
   "I'm bursting for a wee but nothing will come out",
   "been sat on the loo twenty minutes and I can't pee, it just won't go",
   "I need to go so bad but the waterworks won't start",
   "haven't passed water since last night and my belly feels tight as a drum",
   "I can't piss, I'm trying and there's nothing",
   "it's like the tap's turned off, I want to wee and I can't",
   "my bladder feels full to bursting but I can't get a drop out",
   "sorry to ask but I can't seem to go for a wee even though I'm desperate",
   "tried the toilet three times now, nothing comes, and it's starting to hurt low down",
   "I cannot urinate at all, I've been pushing and pushing",
  ],
  "saddle_sensation": [
   "when I wiped just now I couldn't feel the paper at all",
   "I went to the toilet and couldn't tell if I was peeing or not",
   "weird thing, I can't feel the wee coming out",
   "I wiped my backside and it was like wiping someone else's",
   "I had to look to see if I'd finished peeing cos I couldn't feel it",
   "can't feel nothing when I wipe down below, is that normal",
   "the toilet paper, I can't feel it on my bum at all",
   "I was on the loo and honestly didn't know if anything was coming out",
   "it's like I'm peeing but there's no feeling of it, none",
   "wiping after a number two and there's just no sensation down there",
  ],
  "saddle_numbness": [
   "my privates have gone numb",
   "my bum cheeks feel dead, like I've had an injection at the dentist",
   "there's a numb patch right round my back passage",
   "the insides of both my thighs have gone numb",
   "it feels like I'm sitting on a saddle, everything between my legs is numb",
   "my groin's gone all numb and tingly",
   "I can't feel my bits, sorry, my private parts",
   "me arse is numb, honestly, both sides, pins and needles then nothing",
   "my nether regions have no feeling, I poked and nothing",
   "down there between my legs it's like it's gone to sleep and won't wake up",
   "numbness round my bottom and up into my inner thighs",
  ],
  "both_legs": [
   "both my legs are tingling",
   "I've got pins and needles in both feet now",
   "my legs are both weak, I can't stand up on them proper",
   "both legs have gone numb from the knees down",
   "the left and the right leg are both going dead",
   "it's not just the one leg now, it's both of them tingling",
   "my two legs feel like jelly and I'm scared to stand",
   "both me feet are numb, I can't feel the floor",
   "right so my legs, both of them, they've got no strength",
   "both thighs feel numb and buzzy, like a fizzy drink under the skin",
   "I got this tingle going down both legs into my toes",
  ],
  "spreading_worse": [
   "the numbness in my leg is spreading up to my knee now",
   "my leg's getting weaker by the hour",
   "an hour ago it was just my toes numb, now it's my whole foot and shin",
   "the tingling keeps creeping further up my leg",
   "my leg was a bit weak this morning but it's much worse now",
   "the dead feeling in my calf is moving up into my thigh",
   "I could lift my leg earlier, now I barely can, it's going",
   "my leg numb ness is getting worse and worse, it was only a bit before",
   "it started in my heel and now the numb bit's up to my hip",
   "every time I check the leg's weaker than before",
  ],
  "limb_paralysis": [
   "I can't move my right leg at all",
   "my left leg won't move, I'm telling it to and nothing",
   "I can't lift my arm, it's just lying there like a dead fish, wont budge",
   "my leg's completely paralysed, I can't even wiggle my toes",
   "I'm trying to move my foot and it won't do anything, nothing at all",
   "my arm's gone dead and won't move",
   "the leg's just not working, it doesn't move when I try",
   "I can't shift my left leg even an inch",
   "me right arm won't move, I can't pick up the phone with it",
   "can't move the leg, full stop, it's like it's not mine",
  ],
  "major_trauma": [
   "I fell down the whole flight of stairs and now my back's killing me",
   "I came off the ladder clearing the gutters and landed on my back",
   "got rear ended on the motorway and my back's gone",
   "fell off the roof of the shed onto the concrete",
   "a wardrobe fell on top of me and my back hurts",
   "I was knocked off my bike by a van and my back's in agony",
   "I fell from the hayloft, must be ten foot, and landed flat",
   "a pallet of tiles came down on me at work and my back's screaming",
   "we had a crash in the car and now I've got terrible back pain",
   "tumbled down the stairs carrying the washing, landed hard on my back",
   "fell off a horse at the gallop and my back's really bad",
  ],
  "chest_breathing": [
   "my chest feels tight and heavy",
   "I can't get my breath",
   "there's a pain in my chest going into my arm",
   "it's hard to breathe and my back hurts between my shoulders",
   "feels like someone's sitting on my chest",
   "I'm struggling to breathe in properly, I can't get a full breath",
   "set a timer and also my chest is all squeezy",
   "I'm wheezing and gasping and can't catch my breath lying here",
   "there's a crushing feeling in the middle of my chest",
   "probably just the spasm but my chest hurts when I breathe and I'm short of breath",
  ],
  "worst_pain_faint": [
   "this is the worst pain I've ever had and I feel like I'm going to pass out",
   "it came on suddenly, ripping pain, and I'm all clammy and sweaty",
   "the pain just hit out of nowhere, worst ever, and I think I'm gonna be sick",
   "I feel faint, the room's spinning, and the pain is unbearable",
   "worst pain of my life, came on like a bolt, I'm drenched in sweat",
   "sudden tearing pain in my back and I nearly blacked out",
   "I'm dripping with sweat and feel sick, the pain's the worst I've ever known",
   "it just exploded in my back, I've never felt anything like it, I'm going grey",
   "I feel woozy and sick and this pain came on in a second, it's terrible",
   "I thought I'd faint the pain came on so sudden and so bad",
  ],
  "immobile_after_injury": [
   "I slipped in the shower and now I can't move at all",
   "tripped over the dog and I'm on the floor and can't move",
   "I fell off the step and I can't get up, I can't move anything",
   "got hit by a swinging door and I can't move since",
   "I went over on the ice and now I'm stuck, can't move a muscle",
   "fell out of bed and I can't move, I'm just lying here",
   "slipped on the wet kitchen floor, can't move at all now",
   "I've had a fall in the garden and I can't move",
   "I missed the bottom step and went down and now I can't move at all",
   "I fell off the chair and can't move anything, even my arms hurt to try",
  ],
 },
 "today": {
  "one_leg_neuro": [
   "ya know what, my left foot's gone numb, only that one",
   "there's pins and needles down my right leg into my toes",
   "the outside of my left calf is numb",
   "my right leg feels a bit weak, only the right",
   "got a tingly feeling down the back of one leg",
   "my big toe on the left is numb, just that side",
   "set a timer for twenty minutes, oh and my right shin's gone numb",
   "one leg feels kind of dead, the other's fine",
   "probably nothing but my left thigh's gone all tingly",
  ],
  "foot_drop": [
   "my left foot keeps slapping on the floor when I walk",
   "my foot's flopping, I can't lift the front of it",
   "I keep catching my toes on the carpet, my foot's dragging",
   "my right foot drags when I try to walk to the loo",
   "I can't pull my toes up on the left side",
   "the foot's all floppy, it just hangs",
   "I'm tripping over my own foot, it won't lift properly",
   "my foot scuffs along the ground, it's like it's lazy",
  ],
  "leg_gives_way": [
   "wah, my leg just gave way when I stood up, nearly went down",
   "my right knee buckled under me twice today",
   "my leg keeps going from under me",
   "I tried to walk and my leg just collapsed",
   "me leg gave out and I had to grab the sink",
   "the left leg keeps giving way on the stairs",
   "I stood and the leg just folded",
   "I'm scared to walk cos my leg keeps buckling",
  ],
  "arm_hand_neuro": [
   "both my hands are tingling, is that the back an all",
   "set an alarm for my tablets, and my right arm's gone numb",
   "there's pins and needles in my fingers on the left",
   "my hands feel weak, I can't grip the cup",
   "numbness going down my arm into my thumb",
   "I keep dropping things, my hand's gone weak",
   "my fingers are all numb and buzzy on both hands",
   "my left arm is tingling from the shoulder down",
  ],
  "fever_chills": [
   "I've got a temperature, me back's killing me, and I'm all shivery",
   "I'm shivering and shaking and my back hurts",
   "hot then cold then hot again, and this back pain",
   "I took my temp and it's thirty eight nine",
   "my teeth are chattering, I can't get warm, and my back's bad",
   "I feel feverish and the back pain's on one side",
   "I've got the chills and sweats with this back pain",
   "I'm burning up boyo, think I've got a fever on top of the back",
  ],
  "minor_fall": [
   "I slipped on the bathroom mat, I'm OK but my back's sore",
   "I tripped on the rug and landed on my bum, I can still walk",
   "bumped my back on the door frame and it's sore now",
   "I went down on the ice this morning, got up fine, but it hurts now",
   "I missed a step, not a big fall, but my back's aching since",
   "sat down and missed the chair, landed on my backside, I can move OK",
   "slipped in the garden, only a little tumble, walking fine but sore",
   "knocked my back on the table corner and now it's throbbing",
  ],
 },
 "soon": {
  "not_improving": [
   "look it's been two weeks now, I've done everything, and it's no better at all",
   "I've had this for three weeks now, not getting any better",
   "it's been a fortnight and it's just the same",
   "ten days on and still no improvement",
   "bloomin thing's been going on over a month now, I'm fed up",
   "my back's been like this since the start of last month",
  ],
  "night_pain": [
   "the pain wakes me up every night, y'all, I'm worn out",
   "I keep waking at three in the morning with the pain",
   "it's worse at night, it gets me out of sleep",
   "I can't sleep through, the pain wakes me",
   "it wakes me at night even lying still",
   "every night around two it wakes me up, it's horrible",
  ],
  "weight_loss": [
   "I've lost a lot of weight without trying",
   "I've dropped a stone since the summer and I'm not dieting, ya know",
   "my clothes are falling off me and I haven't changed what I eat",
   "lost about ten pounds and I don't know why",
   "the weight's just falling off me lately",
   "I've been losing weight, not on purpose",
  ],
  "cancer_history": [
   "I had breast cancer a few years back",
   "I'm in remission from prostate cancer",
   "I had a tumour removed from my bowel in 2019",
   "I had chemo for lymphoma when I was younger",
   "they took a melanoma off my back years ago",
   "I had the big C once, they said it was all gone, probably not relevant",
  ],
  "over50_new": [
   "I'm fifty eight and I've never had back pain like this",
   "I'm seventy, been farming all my life, and this is a new kind of pain for me",
   "at sixty three I've never had my back go before",
   "I'm in my fifties and this is totally new",
   "I'm 67 and this pain's different from my usual",
   "I'm over fifty and I've never had a back problem in my life",
  ],
  "recurrent_spasms": [
   "this keeps happening, it's the fourth time this year",
   "my back keeps going into spasm every few weeks",
   "the spasms keep coming back",
   "it's happened again innit, like every month it does this",
   "I get these back spasms over and over",
   "third time since Christmas my back's gone like this",
  ],
 },
 "none": {
  "past": [
   "I had a numb foot years ago but it got better",
   "last year I couldn't pee for a day but that sorted itself out",
   "I had sciatica with tingling in my leg in 2015, all fine since",
   "when I was pregnant my legs went numb but that passed",
   "I had a bit of a fever last week but that's gone now",
   "my leg gave way once back in my twenties, never since",
   "years back I had chest pain, turned out to be indigestion",
   "I fell off a ladder about ten years ago, fully healed",
   "I had pins and needles in my hands as a kid, long gone",
   "my foot dragged a bit after my op in 2010 but it recovered completely",
   "I had a car crash when I was nineteen, no problems since",
   "I wet myself once when I was little, nothing like that now",
  ],
  "other_person": [
   "not me, it's my husband, he says he can't feel his legs",
   "my mum's wet herself and she's upset",
   "my son fell off the roof last year",
   "the wife's got a fever and I've got the back, what a pair",
   "my mate at the warehouse, his leg keeps giving way, he's on light duties",
   "my dad's got numbness in his privates, he told me",
   "the lady next door can't breathe properly",
   "my daughter's foot is dragging",
   "my brother had cancer, not me, I've never had it",
   "me grandad's in the next room and he can't pee, bless him",
   "my colleague's chest is hurting",
   "my neighbour fell down the stairs",
  ],
  "pet": [
   "my dog's back legs have gone weak, the vet's shut till Monday",
   "the cat's wet herself on the sofa",
   "my horse is lame on one leg",
   "our puppy's dragging his back foot",
   "the dog can't wee, he keeps squattin and nothing comes, poor boy",
   "my rabbit can't move his back legs",
   "the cat fell off the fence",
   "my dog's shivering and hot",
   "our old lab keeps collapsing on his back legs",
   "the parrot's breathing funny",
   "my cat's lost weight",
   "my dog's having spasms in his back",
  ],
  "object": [
   "the shelf gave way, that's what I was reaching for when me back went",
   "the car battery's dead",
   "me phone's frozen solid, won't move at all, the stupid thing",
   "the ladder's fallen over in the garage",
   "the chair leg gave out",
   "the tap won't stop dripping",
   "the toilet won't flush",
   "the washing machine is leaking everywhere",
   "the radiator's freezing cold",
   "the laptop's gone dead",
   "the bed frame collapsed under us last week, that's probably not helped",
   "the wardrobe door's fallen off",
  ],
  "news": [
   "the news said a man couldn't feel his legs after a crash",
   "I'm reading an article about bladder problems and back pain",
   "there was a podcast on cauda equina",
   "I saw a telly programme about people falling off ladders",
   "the radio's on about heart attacks",
   "my book's got a character who's paralysed",
   "there's a story online about someone losing weight with cancer",
   "I watched a documentary on spinal injury",
   "the paper says chest pain is often missed",
   "an influencer on TikTok said numb feet mean nerve damage",
   "they're talking about fevers on the radio",
   "I read a leaflet on foot drop",
  ],
  "question_about_sign": [
   "what does it mean if you can't pee",
   "is numbness in both legs serious",
   "should I worry if my foot drags",
   "what happens if you lose bladder control",
   "what's saddle numbness",
   "when should I call an ambulance for back pain",
   "what if my leg gives way",
   "is a fever with back pain bad",
   "why would someone's leg go numb",
   "how do I know if it's serious",
   "what are the warning signs I'm meant to look out for",
   "if my chest hurt, would that matter",
  ],
  "negation": [
   "nah nothing's numb, just sore",
   "no problems peeing",
   "I can feel everything down there, that's fine",
   "my legs are fine, no tingling",
   "I haven't fallen, I was just putting me boots on",
   "no fever or anything like that, I checked",
   "me breathing's fine, love, it's just me back",
   "I can move my legs OK",
   "no chest pain, no nothing, it's all in the lower back",
   "I've not had any accidents with my bladder",
   "my feet feel normal, I've been wiggling them",
   "I didn't fall, it just went when I bent down",
  ],
  "lookalike": [
   "my skin's numb where the ice pack was",
   "my foot's gone to sleep from sitting cross-legged",
   "my legs ache from leg day at the gym yesterday",
   "I'm sweaty from the hot bath",
   "I'm out of breath from laughing at the dog, it's fine",
   "my hand's numb from lying on it",
   "my bum's numb from sitting on the hard floor so long, it's fine when I shift",
   "I'm shivering cos I just got out of the shower",
   "my legs are tired from walking the dog",
   "my arm went dead from the phone, it's back now",
   "I'm hot cos the heating's on full blast, could you remind me to turn it down",
   "my foot's tingling from the cold floor",
  ],
  "ordinary": [
   "my back's gone into spasm",
   "can you set a timer for twenty minutes",
   "I can't move because of the spasm",
   "it hurts so much, I can't even, ugh",
   "what should I do, I'm a bit lost here",
   "can you help me breathe",
   "stick some Bob Marley on for me please",
   "should I use ice or heat",
   "how long do these spasms last",
   "I'm stuck on the floor cos my back's locked",
   "my lower back's really stiff",
   "remind me to take painkillers",
   "can you talk me through some stretches",
   "I'm scared, I've never had it this bad",
   "I think I pulled something bending down",
   "it's a stabbing pain when I move",
   "the pain's on the left side, just above me belt",
   "I'm lying on the floor",
   "can you ring the missus for me",
   "oh my days this is agony",
   "should I take ibuprofen",
   "how do I get up off this floor without making it worse",
   "I'm sweating with the effort of moving",
   "it's a really sharp pain",
   "it hurts to cough",
   "my back muscle's all knotted",
   "is it OK to lie flat",
   "can you stay with me",
   "I feel a bit better now",
   "I need to get to the toilet",
   "can you start a breathing exercise",
   "how do I roll over",
   "my back's been sore since this morning",
   "I'm so fed up with this",
   "tell me a joke or somethin, take me mind off it",
  ],
 },
}

MIN = {"emergency": 9, "today": 7, "soon": 6, "none": 11}
MIN_CLASS = {("none", "ordinary"): 30}
KNOWN = {
 "emergency": {"bladder_bowel_lost","urinary_retention","saddle_sensation","saddle_numbness","both_legs","spreading_worse","limb_paralysis","major_trauma","chest_breathing","worst_pain_faint","immobile_after_injury"},
 "today": {"one_leg_neuro","foot_drop","leg_gives_way","arm_hand_neuro","fever_chills","minor_fall"},
 "soon": {"not_improving","night_pain","weight_loss","cancer_history","over50_new","recurrent_spasms"},
 "none": {"past","other_person","pet","object","news","question_about_sign","negation","lookalike","ordinary"},
}
PREFIX = {"emergency": "em", "today": "td", "soon": "sn", "none": "no"}


def norm(s):
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def main():
    errors = []
    seen = {}
    rows = []
    for tier in LINES:
        if tier not in KNOWN:
            errors.append("unknown tier %s" % tier); continue
        for cls, lines in LINES[tier].items():
            if cls not in KNOWN[tier]:
                errors.append("unknown class %s/%s" % (tier, cls))
            need = MIN_CLASS.get((tier, cls), MIN[tier])
            if len(lines) < need:
                errors.append("%s/%s has %d < %d" % (tier, cls, len(lines), need))
            for t in lines:
                if "\t" in t or "\n" in t:
                    errors.append("tab/newline: %r" % t)
                if len(t.split()) >= 30:
                    errors.append("too long: %r" % t)
                k = norm(t)
                if k in seen:
                    errors.append("duplicate: %r" % t)
                seen[k] = t
                rows.append((tier, cls, t))
        missing = KNOWN[tier] - set(LINES[tier])
        if missing:
            errors.append("missing classes in %s: %s" % (tier, sorted(missing)))
    if errors:
        print("\n".join(errors)); sys.exit(1)
    counters = {}
    out = ["id\ttier\tclass\ttext"]
    for tier, cls, t in rows:
        counters[tier] = counters.get(tier, 0) + 1
        out.append("%s-%03d\t%s\t%s\t%s" % (PREFIX[tier], counters[tier], tier, cls, t))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "lines.tsv"), "w") as f:
        f.write("\n".join(out) + "\n")
    print("OK %d lines" % len(rows))
    for tier in LINES:
        print(tier, sum(len(v) for v in LINES[tier].values()),
              {c: len(v) for c, v in LINES[tier].items()})


if __name__ == "__main__":
    main()

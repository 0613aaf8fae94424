"""How a reply is read: to a yes/no safety question, and after advice has been given.

Patterns on normalized text (:func:`.screen.normalize`). "Not sure" and "I don't know" are
unclear (asked once more), "a little" and "kind of" lean to yes (some of the sign is there).
"""

from __future__ import annotations

import re

YES = re.compile(r"\b(?:yes|yeah|yep|yup|ya|yah|yea|aye|i do|i have|uh huh|correct|right|sure|"
                  r"it is|true|please|maybe|i think so|kind of|a little|sort of|a bit)\b")
NO = re.compile(r"\b(?:no|nope|nah|not really|i don't|i haven't|i'm fine|i'm okay|i'm ok|"
                 r"all good|never)\b")
CANT = re.compile(r"\b(?:can't|couldn't|unable|not able)\b")
CAN = re.compile(r"\bi (?:still )?can\b")
UNCLEAR = re.compile(r"^(?:(?:what|sorry|pardon|huh|eh|what's that|come again|say (?:that|it) "
                      r"again|i didn't (?:hear|catch|get) (?:that|you|it)|i don't understand|"
                      r"what do you mean|what did you say|repeat that|hang on|wait|hold on|one "
                      r"second|um|uh|er|hmm|ah|oh|pardon me|excuse me|again|i don't know|i dunno|"
                      r"dunno|not sure|i'm not sure|no idea|i can't remember|can't remember|i "
                      r"don't remember|don't remember) ?,? ?)*$")
ONE_SIDE = re.compile(r"\b(?:just|only) (?:the |my )?(?:right|left|one)(?: one| leg| foot| side)?\b"
                      r"|\bone (?:leg|foot|side) only\b|\bnot (?:both|the other)\b"
                      r"|\b(?:the )?(?:other|left|right) (?:one|leg|foot|side)(?:'s| is| feels)? "
                      r"(?:\w+ )?(?:fine|ok|okay|normal|alright|all right|good)\b")
"""A "yes" that names one side ("sort of, just the right one")."""
MEANT_OTHER = re.compile(
    r"\b(?:i meant|i mean|i was talking about|i was on about|it's|it is|not me,?) (?:my|our) (?:son|"
    r"daughter|husband|wife|partner|mum|mom|mother|dad|father|brother|sister|friend|mate|"
    r"neighbou?r|boyfriend|girlfriend|child|kid|nan|gran|grandma|grandad)\b(?!'s back)"
    r"(?=.*\b(?:i'm|i am|mine (?:is|are)) (?:fine|ok|okay|alright|all right)\b)")
"""A correction: the sign was someone else's, and the speaker says they are fine."""
DRIVE = re.compile(r"\b(?:drive|driving|drove|get in the car|take the car)\b")
_BRUSH_OFF = (
    # "i'm fine though, it's just a spasm", "i'm fine, it's probably from the ice pack"
    r"^(?:(?:no|oh|well|honestly|look|actually) ,? )*(?:i'm|i am) (?:fine|okay|ok|alright|all "
    r"right)(?: though| really| honestly)? ,? (?:it's|its|it is|that's) (?:just|probably|only)\b"
    r"|\b(?:it's|its|it is) (?:just|only|probably just) (?:a |the )?(?:spasm|muscle|cramp|back)\b"
    r"|\b(?:it's nothing|probably nothing|no need for a doctor|don't need (?:a|the) doctor)\b"
    r"|\b(?:it was|it's|that was|it only happened) (?:just |only )?(?:once|the once|a one off|one "
    r"time|a one time thing|a blip)\b")
BRUSH_OFF = re.compile(_BRUSH_OFF)
"""Waving a sign away as nothing ("I'm fine though, it's just a spasm")."""
DISMISS = re.compile(
    r"^(?:(?:no|nope|nah|well|oh|okay|ok|actually|honestly|really|look) ,? )*(?:i'm|i am|i feel|"
    r"feeling|it's|it is|that's|everything's|we're)? ?(?:fine|ok|okay|alright|all right|better|"
    r"much better|a bit better|good|nothing|gone|over|passed)(?:(?: ,)? (?:now|again|really|honestly|"
    r"thanks|thank you|i promise|i swear))*(?: [,.])?$"
    r"|\b(?:forget (?:it|that|about it)|never ?mind|don't worry|no need|it's nothing|"
    r"false alarm|i was (?:just )?joking|i'm fine now|i'm okay now|it went away|it's gone now|"
    r"it stopped|doesn't matter|i'll be fine|i'll be okay|it'll pass|don't want (?:to make )?"
    r"(?:a |any )?fuss|don't want to bother|rather (?:just )?(?:rest|wait|lie here|not)|"
    r"(?:don't|do not) want (?:an? |the )?(?:ambulance|doctor|paramedics)|no ambulance|"
    r"(?:won't|not going to|don't want to|not) (?:call|ring|phone)|overreact\w*|"
    r"making a fuss|being (?:silly|daft|stupid|dramatic)|probably nothing)\b"
    r"|^(?:no|nope|nah)\b(?!.*\b(?:what|how|why|when|where|which|can|could|should|is|are|do|"
    r"does)\b)"
    r"|^(?:(?:no|oh|well|honestly) ,? )*(?:it's|i'm) (?:fine|okay|ok|alright|all right)(?: ,)? "
    r"i'll (?:just|only)\b"
    r"|" + _BRUSH_OFF)
WORRY = re.compile(r"^(?:so |but |and )?(?:is (?:that|it|this) (?:bad|serious|dangerous|worrying|"
                   r"an emergency)|should i (?:be )?(?:worried|worry)|how (?:bad|serious) is (?:that|"
                   r"it|this)|what does (?:that|it|this) mean|is it something serious|am i going "
                   r"to be (?:ok|okay|alright|all right))\b")
"""Asking how serious the sign just advised on is ("is that bad")."""
WAIT = re.compile(r"\b(?:wait (?:till|until|for)|leave it (?:till|until)|see how (?:it|i) (?:goes|"
                   r"feel)|sleep on it|in the morning|tomorrow|next week|monday|after the weekend|"
                   r"can it wait|does it have to be (?:now|today))\b")
SCARED = re.compile(r"\b(?:scared|frightened|terrified|afraid|panic\w*|worried|shaking|"
                     r"are they coming|how long will they be|what if they don't come|on their way)\b")

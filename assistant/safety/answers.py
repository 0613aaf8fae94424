"""What is said for a warning sign: the tiered advice, the information answer to a question about
a sign, and the warning signs. Short, calm sentences; never a diagnosis, a promise or a dose.

The tiers and signs follow the clinical table in ``content/sources.yml`` (``safety_table``),
built from the seed articles and NHS guidance:
- emergency: call the emergency number now, don't drive yourself;
- today: call your doctor or a nurse line now;
- soon: see a doctor in the next few days.
"""

from __future__ import annotations

from assistant.core.events import Emergency, Output, Say
from assistant.safety.context import Context

# The first sentence of an answer, by "reason/tier" or "reason" (what was heard, never why).
PHRASES = {
    "bladder_bowel": "Bladder or bowel trouble with back pain is a warning sign.",
    "saddle_numbness": "Numbness between your legs or around your bottom is a warning sign.",
    "leg_numbness": "Numbness or tingling in both legs is a warning sign.",
    "leg_numbness/today": "New numbness or tingling in a leg is a warning sign.",
    "weakness": "Not being able to move a leg or an arm is a warning sign.",
    "weakness/today": "A weak leg, or a foot that drags, is a warning sign.",
    "arm": "A numb, tingling or weak arm or hand is a warning sign.",
    "trauma": "After a serious fall or accident, stay as still as you can.",
    "trauma/today": "Back pain after a fall should be checked.",
    "chest_pain": "Chest pain or trouble breathing is a warning sign.",
    "sudden_severe": "Sudden, severe pain with feeling faint, sick or sweaty is a warning sign.",
    "cant_move_injury": "Not being able to move after an injury is a warning sign.",
    "fever": "A fever or chills, with back pain, is a warning sign.",
    "cancer_history": "New back pain after cancer should be checked by a doctor.",
    "weight_loss": "Losing weight without trying, with back pain, should be checked by a doctor.",
    "night_pain": "Back pain at night that does not ease should be checked by a doctor.",
    "not_improving": "A spasm that is not better after one to two weeks should be checked.",
    "recurring": "Spasms that keep coming back should be checked by a doctor.",
    "age_new": "A new kind of back pain after 50 should be checked by a doctor.",
    "urgent_sign": "That should be checked by a doctor.",
}

# The information answer to a question about one sign (no alarm, no question back).
INFO = {
    "bladder_bowel": "Losing control of your bladder or bowels, or not being able to pee, with "
                     "back pain, is an emergency. If that happens, call {num} at once.",
    "saddle_numbness": "Saddle numbness means losing feeling between your legs, around your "
                       "bottom or in your inner thighs. With back pain, call {num} at once.",
    "leg_numbness": "New numbness or tingling in one leg needs a doctor the same day. In both "
                    "legs, or if it spreads, call {num} at once.",
    "weakness": "A weak leg needs a doctor the same day. If you cannot move a leg or an arm at "
                "all, call {num} at once.",
    "arm": "New numbness, tingling or weakness in an arm or a hand needs a doctor the same day.",
    "trauma": "After a serious fall or accident, call {num}. After a small fall, see a doctor "
              "the same day.",
    "chest_pain": "Chest pain or trouble breathing is an emergency. Call {num} at once.",
    "sudden_severe": "Sudden, very severe pain with feeling faint, sick or sweaty is an "
                     "emergency. Call {num} at once.",
    "cant_move_injury": "If you cannot move at all after an injury, call {num} at once.",
    "fever": "A fever or chills with back pain needs a doctor the same day.",
    "cancer_history": "I cannot tell what is causing your pain. If you have had cancer, or you "
                      "lose weight without trying, a doctor should check new back pain soon.",
    "weight_loss": "Back pain with weight loss you cannot explain should be checked by a doctor "
                   "in the next few days.",
    "night_pain": "Back pain that wakes you at night and does not ease should be checked by a "
                  "doctor in the next few days.",
    "not_improving": "A spasm that is not better after one to two weeks should be checked by a "
                     "doctor.",
    "recurring": "Spasms that keep coming back should be checked by a doctor.",
    "age_new": "After the age of 50, a new kind of back pain should be checked by a doctor.",
    # "when should i see a doctor": the soon sign everyone can use, then the emergency signs
    "see_doctor": "See a doctor if it is not better after one to two weeks. Call {num} at once "
                  "for loss of bladder or bowel control, numbness between your legs, or a leg you "
                  "cannot move.",
}

EMERGENCY_HELP = ("I cannot make phone calls. Please call {num} now. Do not drive yourself. "
                  "I will sound an alarm for the people at home.")
EMERGENCY = "{phrase} Please call {num} now. Do not drive yourself. Say help, and I will sound " \
            "an alarm."
TODAY = ("{phrase} Please call your doctor or a nurse line now, and get seen today. Don't drive "
         "yourself. If it gets worse, call {num}.")
SOON = ("{phrase} Please book a doctor visit in the next few days. If numbness, weakness or "
        "bladder trouble starts, call {num}.")
STILL_CALL = ("I understand. But because of what you told me, you still need to be checked. "
              "Please call {num} now, and do not drive yourself.")
STILL_CALL_TODAY = ("I understand. But because of what you told me, please still call your "
                    "doctor or a nurse line today.")
STILL_SEE_SOON = ("I understand. But because of what you told me, please still book "
                  "a doctor visit in the next few days.")
FOR_THEM = ("I understand, it is not you. Those signs still need help now: please call {num} "
            "for them.")
FOR_THEM_TODAY = ("I understand, it is not you. They should still call a doctor or a nurse line "
                  "today.")
SERIOUS_NOW = ("It can be serious, so it needs to be checked now. Please call {num}. Do not drive "
               "yourself.")
SERIOUS_TODAY = ("It needs to be checked today, to be safe. Please call your doctor or a nurse "
                 "line now. If it gets worse, call {num}.")
DONT_DRIVE = "Please do not drive yourself. Call {num} now, or ask someone else to drive you."
GET_A_LIFT = "Please do not drive yourself today. Ask someone to drive you, or take a taxi."
DONT_WAIT = "Please don't wait. Call {num} now."
DONT_WAIT_TODAY = ("It is best not to wait until tomorrow. Please call your doctor or a nurse "
                   "line today.")
SCARED_WAITING = ("I am here with you. Calling for help is the right thing to do. If you have not "
                  "called {num} yet, please call now. Then breathe slowly with me while you wait.")
STAY_STILL = ("Until you have been checked, move as little as you can. Call {num} if you have "
              "not.")
HELP_ON_THE_WAY = "And please make sure help is on the way: call {num} if you have not."
REMEMBER_TODAY = "And remember to call your doctor or a nurse line today."
REMEMBER_SOON = "And remember to book a doctor visit in the next few days."
NO_HEAT_NOW = ("Not now. After a fall or an injury, don't put heat on your back until a doctor "
               "has checked you. Please call {num}.")
NO_STRETCH_NOW = ("Not now. Please don't stretch until you have been checked. Lie still, and "
                  "call {num}.")
EMERGENCY_AGAIN = "Please call {num} now. Do not drive yourself. Say help for the alarm."


def phrase(reason: str, tier: str) -> str:
    return PHRASES.get(f"{reason}/{tier}") or PHRASES.get(reason) or "That is a warning sign."


def tier_answer(reason: str, tier: str, number: str) -> list[Output]:
    """What to say for a red flag of ``reason`` at ``tier`` (emergency, today or soon)."""
    if tier == "emergency":
        if reason == "help":
            text = EMERGENCY_HELP.format(num=number)
        else:
            text = EMERGENCY.format(phrase=phrase(reason, tier), num=number)
        return [Emergency(reason, "emergency"), Say(text, urgent=True)]
    if tier == "today":
        text = TODAY.format(phrase=phrase(reason, tier), num=number)
    else:
        tier = "soon"
        text = SOON.format(phrase=phrase(reason, tier), num=number)
    return [Emergency(reason, tier), Say(text, urgent=True)]


def info_answer(reason: str, number: str) -> list[Output]:
    """The answer to a question about one sign; the warning signs when the sign is general."""
    text = INFO.get(reason)
    if text is None:
        return warning_signs_answer(number)
    return [Say(text.format(num=number))]


WARNING_SIGNS_MORE_PROMPT = "Say tell me more for others."


def warning_signs_answer(number: str = "911") -> list[Output]:
    """The warning signs: every emergency sign in one sentence, first, and no more than 35
    words in all (tier "info", no emergency event); the others on "tell me more"."""
    return [
        Say(f"Call {number} now for loss of bladder or bowel control, numbness between your "
            "legs, a leg you cannot move, chest pain, trouble breathing, or a bad fall or "
            "accident."),
        Say(WARNING_SIGNS_MORE_PROMPT),
    ]


def warning_signs_more() -> list[Output]:
    """The warning signs that need a doctor today or soon (after "tell me more")."""
    return [
        Say("See a doctor today for a fever or chills, or new numbness, tingling, or weakness "
            "in a leg."),
        Say("See a doctor soon if the pain wakes you at night, is not better after one to two "
            "weeks, keeps coming back in the same place, or if you have had cancer or lost weight "
            "without trying."),
    ]


DISMISSED_REPLY = {
    Context.NEGATED: "Okay, good. Tell me right away if that changes.",
    Context.OTHER: "I hope they are alright. If you notice anything like that yourself, tell me "
                   "right away.",
    Context.PAST: "Thank you for telling me. If anything like that happens now, tell me right "
                  "away.",
    Context.IMAGINED: "Okay. If that really happens, tell me right away.",
    Context.QUESTION: "If you have any warning sign, tell me right away.",
    Context.LOOKALIKE: "Tell me right away if anything changes.",
    Context.STATEMENT: "Tell me right away if anything changes.",
}
"""What is said when the dialogue model hears a red flag in words the screen knows are not one."""

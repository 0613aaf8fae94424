"""Speech in the follow-up window: heard without the wake phrase, just after the assistant spoke.

After an answer, Back Coach listens for a few seconds without the wake phrase, so "tell me
more", "yes", "stop" or "pause" need no "hey coach". But a television or other people talk in
that window too, and a 30-minute babble soak showed how that goes wrong: one news line raised an
emergency, the next lines (a recipe, a football commentary) went to the dialogue model, which
took some for red flags and asked about them, and the lines after that, taken as unclear
answers, ended in the emergency tier.

So speech in that window is acted on only when it plausibly answers the assistant:

- while a safety question is open: a short reply or one that starts like an answer ("yes",
  "no", "um", "what"); anything longer is someone else talking, and the question stays open;
- after the assistant asked something else ("Which would help?"): anything;
- otherwise: a clear warning sign the screen finds by its patterns, or a follow-up the dialogue
  model recognises (:data:`FOLLOW_UP_INTENTS`); the rest is ignored, silently.
"""

from __future__ import annotations

import enum

FOLLOW_UP_INTENTS = frozenset({
    "affirm", "deny", "tell_me_more", "repeat", "louder", "quieter", "faster", "slower", "pause",
    "resume", "skip", "longer", "thanks", "goodbye", "stop", "it_hurts", "timer_status",
    "add_time", "cancel_timer"})
"""What people say to the assistant right after it spoke, without its name. A call for help is
not here: the screen's own words for it ("help", "call my husband") act anywhere, and the dialogue
model's guess at one, in speech not for the assistant, sounded the alarm for a radio line."""
ANSWER_WORDS = frozenset({
    "yes", "yeah", "yep", "yup", "aye", "no", "nope", "nah", "not", "maybe", "um", "uh", "er",
    "erm", "what", "sorry", "pardon", "huh", "okay", "ok", "i", "i'm", "it's", "my"})
"""First words of a reply to a yes/no question."""
SHORT = 5
"""Words: a reply this short is taken as an answer whatever it starts with."""


class Listening(enum.Enum):
    """How speech in the follow-up window is taken."""

    ALL = "all"
    """Addressed (the wake phrase, or the assistant asked a question): a normal turn."""
    ANSWER = "answer"
    """An answer to the open safety question."""
    FOLLOW_UP = "follow_up"
    """Only a clear warning sign or a follow-up intent."""
    IGNORE = "ignore"
    """Not for the assistant."""


def listening(text: str, question_open: bool, last_said: list[str]) -> Listening:
    """How to take ``text`` (normalized words) heard in the follow-up window."""
    words = text.lower().split()
    if question_open:
        if len(words) <= SHORT or (words and words[0].strip(",") in ANSWER_WORDS
                                   and len(words) <= 3 * SHORT):
            return Listening.ANSWER
        return Listening.IGNORE
    if last_said and last_said[-1].rstrip().endswith("?"):
        return Listening.ALL
    return Listening.FOLLOW_UP

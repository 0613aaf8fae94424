"""Speech in the follow-up window without the wake phrase (assistant/dialogue/follow_up.py)."""

from __future__ import annotations

import pytest

from assistant.dialogue.follow_up import Listening, listening


@pytest.mark.parametrize("text, want", [
    ("yes", Listening.ANSWER),
    ("no i'm fine", Listening.ANSWER),
    ("um", Listening.ANSWER),
    ("yes and now the other leg has gone numb as well", Listening.ANSWER),
    ("the males huddle together for warmth taking turns on the outside", Listening.IGNORE),
    ("drain them and give them a good shake in the pan", Listening.IGNORE),
])
def test_while_a_safety_question_is_open_only_answers_count(text: str, want: Listening) -> None:
    assert listening(text, True, ["Is your leg numb right now? Please say yes or no."]) == want


def test_after_a_question_anything_is_an_answer_else_only_follow_ups() -> None:
    assert listening("pregnancy", False, ["I can tell you about X or Y. Which would help?"]) \
        is Listening.ALL
    assert listening("tell me more", False, ["Ice helps. Say tell me more for details."]) \
        is Listening.FOLLOW_UP
    assert listening("anything", False, []) is Listening.FOLLOW_UP


@pytest.mark.parametrize("text, acted", [
    ("oh that's a nasty collision in the middle of the park both players went up", False),
    ("slips trips and falls at work, whiplash from a car crash, we've seen it all", False),
    ("i was in a car crash this morning and my back's agony", True),
    ("i've wet myself and i can't stop it", True),
    ("help", True),
])
def test_unaddressed_talk_of_an_accident_needs_the_speaker_in_it(text: str, acted: bool) -> None:
    from assistant.safety.gate import SafetyGate

    assert (SafetyGate().check_clear(text, 0.0) is not None) is acted, text

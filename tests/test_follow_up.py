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

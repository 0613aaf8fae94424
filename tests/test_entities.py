"""The deterministic entity parser on spoken-style text."""

import pytest

from assistant.dialogue.entities import extract, find_durations


@pytest.mark.parametrize("text, seconds", [
    ("fifteen minutes", 900),
    ("20 min", 1200),
    ("half an hour", 1800),
    ("a quarter of an hour", 900),
    ("twenty five minutes", 1500),
    ("an hour", 3600),
    ("one and a half hours", 5400),
    ("1.5 hours", 5400),
    ("ninety seconds", 90),
    ("10 mins", 600),
    ("two hours", 7200),
    ("forty-five minutes", 2700),
    ("five more minutes", 300),
    ("two extra minutes", 120),
])
def test_durations(text: str, seconds: int) -> None:
    found = find_durations(f"um set it for {text} please")
    assert [f.value for f in found] == [seconds]


def test_no_duration_in_plain_question() -> None:
    assert find_durations("how long should i ice my back") == []
    assert find_durations("is it one of those things") == []


@pytest.mark.parametrize("text, entity, value", [
    ("put the heating pad on", "therapy", "heat"),
    ("he pad for fifteen minutes", "therapy", "heat"),
    ("start an ice pack timer", "therapy", "ice"),
    ("frozen peas on my back", "therapy", "ice"),
    ("how do i do the bird dog", "exercise", "bird_dog"),
    ("knees to my chest stretch", "exercise", "knee_to_chest"),
    ("child pose", "exercise", "childs_pose"),
    ("the cat cow one", "exercise", "cat_cow"),
    ("cobra pose", "exercise", "cobra"),
    ("glute bridge", "exercise", "bridge"),
])
def test_kinds(text: str, entity: str, value: str) -> None:
    assert (entity, value) in [(f.entity, f.value) for f in extract(text)]


def test_longest_phrase_wins() -> None:
    found = [(f.entity, f.value, f.text) for f in extract("cobra pose")]
    assert found == [("exercise", "cobra", "cobra pose")]


@pytest.mark.parametrize("text", ["am i too heavy", "as if", "ah that hurts", "ones like that",
                                  "a man", "one sec ago i was fine"])
def test_words_that_only_look_like_durations(text: str) -> None:
    assert [f.value for f in find_durations(text) if f.value < 60 and "sec" not in f.text] == []
    assert all(f.text.split()[-1] not in ("m", "s", "h") for f in find_durations(text))


@pytest.mark.parametrize("text, seconds", [("20m", 1200), ("5 m", 300), ("2h", 7200)])
def test_short_units_after_digits(text: str, seconds: int) -> None:
    assert [f.value for f in find_durations(text)] == [seconds]


@pytest.mark.parametrize("text, seconds", [
    # what a recognizer that writes (Whisper) produces, against what one that spells produces
    ("Set a 10-minute heat timer.", 600), ("set a ten minute heat timer", 600),
    ("Ice for 15 minutes, please.", 900), ("ice for fifteen minutes please", 900),
    ("A twenty-five minute timer", 1500), ("a twenty five minute timer", 1500),
    ("Start a ten-minute timer", 600), ("start a ten minute timer", 600),
])
def test_recognizer_writing_styles_give_the_same_duration(text: str, seconds: int) -> None:
    assert [f.value for f in find_durations(text.lower())] == [seconds]


@pytest.mark.parametrize("said, heard", [
    ("ok thanks, can you set a heat timer", "can you set a heat timer"),
    ("Thanks! Start the ice timer please", "Start the ice timer please"),
    ("cheers, how long should i ice", "how long should i ice"),
    ("thank you so much", "thank you so much"),  # thanks alone stay thanks
    ("thanks a lot for that", "thanks a lot for that"),
    ("thanks for the help", "thanks for the help"),
    ("okay please do", "okay please do"),  # a yes to an offer, not a new request
])
def test_a_request_after_thanks_is_the_request(said: str, heard: str) -> None:
    from assistant.dialogue.agent import past_thanks

    assert past_thanks(said) == heard

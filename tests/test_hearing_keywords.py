"""The keyword layer of the hearing component with a scripted recognizer: "help" and "stop"
from partial results, and the quick look that lets a lone keyword through as soon as the
speaker pauses (issue 12). Fast tier: no models."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.core.clock import FakeMonotonic
from assistant.core.events import MicBlock, Partial, Transcript
from assistant.hearing.hearing import Hearing, KeywordHeard
from assistant.hearing.spoken import unloop
from assistant.hearing.vad import FRAME_SECONDS, Endpointer

FRAME = int(FRAME_SECONDS * 16000)


class Scripted:
    """A recognizer that hands back one scripted result per 30 ms frame."""

    engine = "scripted"
    grammar: list[str] | None = None
    utterance_grammar: list[str] | None = None

    def __init__(self, results: list[Partial | Transcript | None]) -> None:
        self.results = list(results)

    def accept(self, pcm: bytes) -> Partial | Transcript | None:
        return self.results.pop(0) if self.results else None

    def flush(self) -> Transcript | None:
        return None

    def reset(self) -> None:
        pass

    def set_grammar(self, phrases: list[str] | None) -> None:
        pass

    def redecode_open(self) -> Transcript | None:
        return None


def voice(frames: int) -> bytes:
    """Loud, speech-like frames (a buzzy vowel): the hearing's detector hears speech."""
    t = np.arange(frames * FRAME) / 16000
    x = sum(np.sin(2 * np.pi * f * t) / k for k, f in enumerate((140, 280, 420, 700, 1100), 1))
    return (x / np.abs(x).max() * 8000).astype(np.int16).tobytes()


def quiet(frames: int) -> bytes:
    return bytes(frames * FRAME * 2)


def hear(results: list[Partial | Transcript | None], audio: bytes) -> list[tuple[int, object]]:
    """(frame index, event) for each event the hearing emits."""
    hearing = Hearing(Scripted(results), FakeMonotonic())
    out = []
    for i in range(len(audio) // (2 * FRAME)):
        for event in hearing._recognize([MicBlock(audio[i * 2 * FRAME:(i + 1) * 2 * FRAME])]):
            out.append((i, event))
    hearing.close()
    return out


def test_a_settled_help_is_acted_on_the_frame_it_arrives_while_speech_goes_on() -> None:
    # the hearing's own detector still hears the word's tail: a settled reading does not wait
    events = hear([None] * 5 + [Partial("help", settled=True)], voice(10))
    assert [(i, e.word) for i, e in events if isinstance(e, KeywordHeard)] == [(5, "help")]


def test_an_ordinary_partial_waits_until_it_is_steady_and_silence_follows() -> None:
    events = hear([None] * 5 + [Partial("help")], voice(8) + quiet(6))
    found = [i for i, e in events if isinstance(e, KeywordHeard)]
    assert found and found[0] >= 9  # two silent frames after the voice ends at frame 8


def test_a_settled_reading_of_a_sentence_is_not_a_keyword() -> None:
    events = hear([None] * 3 + [Partial("help me with the ice", settled=True)], voice(10))
    assert not [e for _, e in events if isinstance(e, KeywordHeard)]


def test_a_keyword_fires_once_per_utterance() -> None:
    results = [None, Partial("stop", settled=True), Partial("stop", settled=True), None,
               Transcript("stop", 1.0, 0.0, 0.3)]
    events = hear(results, voice(3) + quiet(4))
    assert [type(e).__name__ for _, e in events] == ["KeywordHeard", "Heard"]
    assert events[-1][1].keyword == "stop"  # type: ignore[union-attr]


@pytest.mark.parametrize("written, once", [
    ("somebody help somebody help somebody", "somebody help"),
    ("help help help help", "help"),
    ("help me", "help me"),
    ("stop it stop it stop", "stop it"),
    ("ice the ice", "ice the ice"),
    ("", ""),
])
def test_a_phrase_written_over_and_over_is_read_once(written: str, once: str) -> None:
    assert unloop(written) == once


def test_the_level_marks_a_pause_before_the_speech_detector_does() -> None:
    ep = Endpointer(300.0)
    events = ep.feed(voice(12))
    assert ep.in_utterance and events
    word_end = ep.now
    ep.feed(quiet(2))
    assert ep.loud_end == pytest.approx(word_end)
    assert ep.in_utterance  # the endpoint is still 300 ms away
    ep.feed(voice(2))
    assert ep.loud_end == pytest.approx(ep.now)


class Verdicts:
    """A speech detector that says what it is told, frame by frame: (speech, likely)."""

    def __init__(self, verdicts: list[tuple[bool, bool]]) -> None:
        self.verdicts = list(verdicts)
        self.likely = False

    def is_speech(self, frame: bytes) -> bool:
        speech, self.likely = self.verdicts.pop(0)
        return speech

    def reset(self) -> None:
        self.likely = False


def test_a_short_word_sure_for_one_frame_and_likely_for_three_starts_an_utterance() -> None:
    """Silero over the assistant's own voice: one window above 0.5, the rest held near 0.33."""
    word = [(False, False), (True, True), (False, True), (False, True), (False, False)]
    ep = Endpointer(300.0, detector=Verdicts([(False, False)] * 20 + word + [(False, False)] * 3))
    ep.speech_end = 1.0  # left over from an earlier utterance
    events = ep.feed(quiet(20) + voice(5) + quiet(3))
    assert ep.in_utterance and events
    assert ep.started_at < ep.speech_end <= ep.now  # the span is this word, never inverted
    unsure = [(False, False), (True, True), (False, False), (False, False), (False, False)]
    ep = Endpointer(300.0, detector=Verdicts([(False, False)] * 20 + unsure + [(False, False)] * 3))
    assert not ep.feed(quiet(20) + voice(5) + quiet(3))  # one frame alone is not a word


@pytest.mark.parametrize("text, word", [
    ("help", "help"), ("i help", "help"), ("help me please", "help"), ("please stop", "stop"),
    ("i stop", None), ("i help you with that", None), ("help me with the ice", None),
    ("hey help", "help"), ("hey stop", "stop"), ("hey help me with the ice", None),
])
def test_which_whole_partials_are_keywords(text: str, word: str | None) -> None:
    from assistant.hearing.hearing import KEYWORD

    m = KEYWORD.match(text)
    assert (m.group(1) if m else None) == word


def test_while_speaking_a_settled_tail_keyword_still_waits_for_silence() -> None:
    """The echo of the alarm's "I need help" read by the quick look must not fire at once."""
    hearing = Hearing(Scripted([None, None, Partial("i need help", settled=True)]),
                      FakeMonotonic())
    hearing.speaking = True
    fired = []
    for _i in range(3):
        fired += hearing._recognize([MicBlock(voice(1))])
    assert not [e for e in fired if isinstance(e, KeywordHeard)]
    for _i in range(3):  # the person is silent after it: then it counts
        fired += hearing._recognize([MicBlock(quiet(1))])
    assert [e.word for e in fired if isinstance(e, KeywordHeard)] == ["help"]
    hearing.close()


def test_silero_hold_keeps_a_short_word_likely_but_not_for_ever() -> None:
    from assistant.hearing.silero import Hold

    hold = Hold(up=0.5, down=0.3, windows=3)
    # the live miss: one window at 0.69, then about a third
    assert [hold.update(p) for p in (0.1, 0.69, 0.33, 0.33, 0.36, 0.29)] == [
        False, True, True, True, True, False]
    hold.reset()
    # never started: a third on its own is not speech
    assert not any(hold.update(p) for p in (0.33, 0.4, 0.45))
    # echo hovering near 0.35 after one loud window: held for three windows only
    assert [hold.update(p) for p in (0.6, 0.35, 0.35, 0.35, 0.35)] == [
        True, True, True, True, False]

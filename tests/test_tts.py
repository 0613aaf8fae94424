"""Speech rendering through pyttsx3 (espeak-ng) in its worker thread, and the numpy tones."""

from __future__ import annotations

import asyncio
import shutil

import numpy as np
import pytest

from assistant.audio.tones import tone
from assistant.audio.tts import TTS, apply_volume, split_sentences
from assistant.core.settings import SpeechSettings

pytestmark = pytest.mark.skipif(not shutil.which("espeak-ng"), reason="espeak-ng is not installed")


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(x.astype(np.float64) ** 2)))


@pytest.fixture()
def tts():
    t = TTS(SpeechSettings(rate=150, volume=1.0))
    yield t
    t.close()


async def test_renders_a_sentence_to_int16_samples(tts: TTS) -> None:
    r = await asyncio.wait_for(tts.render("Put the ice pack on your lower back now."), 30)
    assert r.samples.dtype == np.int16 and r.samples.ndim == 1
    assert r.rate in (16000, 22050, 44100)
    assert 1.0 < r.seconds < 8.0
    assert rms(r.samples) > 300  # real speech, not silence


async def test_slower_rate_gives_longer_audio(tts: TTS) -> None:
    text = "Breathe in slowly through your nose."
    tts.set_rate(200)
    fast = await asyncio.wait_for(tts.render(text), 30)
    tts.set_rate(100)
    slow = await asyncio.wait_for(tts.render(text), 30)
    assert slow.seconds > fast.seconds * 1.4


async def test_volume_scales_but_urgent_is_full(tts: TTS) -> None:
    text = "Call for help now."
    tts.set_volume(0.4)
    quiet = await asyncio.wait_for(tts.render(text), 30)
    full = await asyncio.wait_for(tts.render(text, full_volume=True), 30)
    ratio = np.abs(quiet.samples).max() / np.abs(full.samples).max()
    assert 0.35 < ratio < 0.45


async def test_concurrent_renders_share_one_worker(tts: TTS) -> None:
    texts = ["One.", "This is the second sentence.", "And a third, rather longer sentence here."]
    results = await asyncio.wait_for(asyncio.gather(*(tts.render(t) for t in texts)), 60)
    assert [r.text for r in results] == texts
    assert results[0].seconds < results[1].seconds < results[2].seconds
    threads = {t.name for t in __import__("threading").enumerate() if t.name.startswith("tts")}
    assert len(threads) == 1


def test_split_sentences() -> None:
    assert split_sentences("Lie on your back. Bend your knees! Is that better?  ") == [
        "Lie on your back.", "Bend your knees!", "Is that better?"]
    assert split_sentences("") == []


def test_apply_volume_clamps() -> None:
    x = np.array([1000, -1000], dtype=np.int16)
    assert apply_volume(x, 2.0).tolist() == [1000, -1000]
    assert apply_volume(x, 0.5).tolist() == [500, -500]


@pytest.mark.parametrize("kind,seconds", [("chime", 0.5), ("alarm", 2.0), ("breath", 4.0)])
def test_tones(kind: str, seconds: float) -> None:
    samples, rate = tone(kind)
    assert samples.dtype == np.int16
    assert abs(len(samples) / rate - seconds) < 0.05
    assert rms(samples) > 100


def test_alarm_is_louder_than_chime() -> None:
    assert rms(tone("alarm")[0]) > 3 * rms(tone("chime")[0])
    with pytest.raises(ValueError):
        tone("siren")


def test_emergency_numbers_are_read_digit_by_digit() -> None:
    from assistant.audio.tts import speakable

    assert speakable("Call 911 now.") == "Call 9 1 1 now."
    assert speakable("Please dial 112.") == "Please dial 1 1 2."
    assert speakable("Hold it for 20 seconds.") == "Hold it for 20 seconds."

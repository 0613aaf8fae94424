"""WAV in/out (any rate, channels, width; fixed 30 ms blocks) and the real player's stop."""

from __future__ import annotations

import asyncio
import time
import wave
from pathlib import Path

import numpy as np
import pytest
from test_live_audio import CAPTURE_RATE, loud_regions, pulse  # noqa: F401 - fixture

from assistant.audio.devices import find_device
from assistant.audio.mic import WavInput
from assistant.audio.speaker import SpeakerOutput, WavOutput
from assistant.audio.tones import tone
from assistant.audio.wavfile import RATE, load_pcm16k, read_wav, resample, write_wav


def sine(freq: float, seconds: float, rate: int, amp: float = 0.5) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return np.sin(2 * np.pi * freq * t) * amp


def write_raw(path: Path, frames: np.ndarray, rate: int, width: int) -> None:
    """Write float frames (n, channels) in [-1, 1] with the given sample width."""
    if frames.ndim == 1:
        frames = frames[:, None]
    if width == 1:
        data = np.round(frames * 127 + 128).astype(np.uint8).tobytes()
    elif width == 2:
        data = np.round(frames * 32767).astype("<i2").tobytes()
    else:
        data = np.round(frames * (2**31 - 1)).astype("<i4").tobytes()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(frames.shape[1])
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(data)


def peak_freq(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples.astype(np.float64)))
    return float(np.fft.rfftfreq(len(samples), 1 / rate)[np.argmax(spectrum)])


@pytest.mark.parametrize("rate,channels,width", [(44100, 2, 2), (8000, 1, 1), (48000, 1, 4),
                                                  (16000, 1, 2), (22050, 2, 2)])
def test_any_wav_becomes_16k_mono(tmp_path: Path, rate: int, channels: int, width: int) -> None:
    tone_ = sine(440.0, 1.0, rate)
    frames = np.stack([tone_] * channels, axis=1) if channels > 1 else tone_
    path = tmp_path / "in.wav"
    write_raw(path, frames, rate, width)
    pcm = np.frombuffer(load_pcm16k(path), dtype=np.int16)
    assert abs(len(pcm) - RATE) <= 2
    assert abs(peak_freq(pcm, RATE) - 440.0) < 3.0
    assert 0.4 < np.abs(pcm).max() / 32767 < 0.6  # level kept


def test_stereo_channels_are_averaged(tmp_path: Path) -> None:
    left, right = sine(300.0, 0.5, 16000, 0.4), np.zeros(8000)
    path = tmp_path / "lr.wav"
    write_raw(path, np.stack([left, right], axis=1), 16000, 2)
    samples, rate = read_wav(path)
    assert rate == 16000 and abs(np.abs(samples).max() / 32767 - 0.2) < 0.01


async def test_wav_input_gives_fixed_30ms_chunks(tmp_path: Path) -> None:
    path = tmp_path / "speech.wav"
    write_raw(path, sine(200.0, 1.013, 44100), 44100, 2)
    src = WavInput(path, tail_ms=600)
    chunks = [c.mic async for c in src.chunks()]
    assert {len(c) for c in chunks} == {960}
    total = len(b"".join(chunks)) // 2
    assert total == len(chunks) * 480 >= int(1.013 * RATE) + 600 * 16
    assert total - (int(1.013 * RATE) + 600 * 16) < 480  # only the last block padded
    tail = np.frombuffer(b"".join(chunks[-20:]), dtype=np.int16)
    assert not tail.any()  # trailing silence so endpointing fires


def test_write_then_read_round_trip(tmp_path: Path) -> None:
    x = (sine(1000.0, 0.3, 22050) * 32767).astype(np.int16)
    write_wav(tmp_path / "x.wav", x, 22050)
    y, rate = read_wav(tmp_path / "x.wav")
    assert rate == 22050 and np.array_equal(x, y)


def test_resample_keeps_pitch_and_length() -> None:
    x = (sine(500.0, 2.0, 22050) * 20000).astype(np.int16)
    y = resample(x, 22050, 16000)
    assert y.dtype == np.int16 and abs(len(y) - 32000) <= 1
    assert abs(peak_freq(y, 16000) - 500.0) < 2.0


async def test_wav_output_writes_what_would_be_played(tmp_path: Path) -> None:
    out = WavOutput(tmp_path / "say", prefix="answer")
    samples, rate = tone("chime")
    assert await out.play(samples, rate, "tone:chime")
    assert await out.play(samples[:100], rate, "tone:chime")
    assert [p.name for p in out.files] == ["answer-001.wav", "answer-002.wav"]
    back, back_rate = read_wav(out.files[0])
    assert back_rate == rate and np.array_equal(back, samples)


def test_find_device_rejects_unknown_names() -> None:
    with pytest.raises(LookupError):
        find_device("no such device at all", "output")
    with pytest.raises(LookupError):
        find_device("999", "input")


@pytest.mark.slow  # a PulseAudio device
async def test_player_stops_within_a_block(pulse) -> None:  # noqa: F811 - fixture
    """A 2-second alarm stopped after 0.5 s: nothing of it reaches the device after stop()."""
    pulse.start_capture()
    out = SpeakerOutput(find_device("pulse", "output"))
    try:
        assert await out.ready(), "the output stream did not start"
        samples, rate = tone("alarm")
        task = asyncio.ensure_future(out.play(samples, rate, "alarm"))
        await asyncio.sleep(0.5)
        out.stop()
        at_stop = out.samples_out
        assert await asyncio.wait_for(task, 2) is False
        await asyncio.sleep(0.3)
        assert out.samples_out == at_stop  # no sample of the item after stop()
        assert 0 < at_stop < len(samples)
        captured = pulse.stop_capture()
    finally:
        out.close()
    regions = loud_regions(captured, CAPTURE_RATE)
    assert regions, "nothing reached the speaker"
    heard = sum(e - s for s, e in regions)
    assert 0.2 < heard < 1.2  # cut well before the 2 seconds of the alarm
    # a second item after a stop plays in full
    out2 = SpeakerOutput(find_device("pulse", "output"))
    try:
        assert await asyncio.wait_for(out2.play(samples[: rate // 4], rate), 5) is True
    finally:
        out2.close()
    _ = time

"""WAV input: float, u-law, A-law and extensible files are read; an empty, cut-off, missing or
unsupported file is a one-line error naming it; ``listen`` reports a bad file and goes on with
the rest, and checks them all before loading any model."""

from __future__ import annotations

import audioop
import struct
import subprocess
from pathlib import Path

import numpy as np
import pytest

from assistant.audio.wavfile import WavError, read_wav, write_wav
from tests.conftest import CLI, ROOT, json_lines

RATE = 16000
TONE = (np.sin(np.arange(1600) * 2 * np.pi * 440 / RATE) * 12000).astype(np.int16)


def riff(tag: int, channels: int, bits: int, data: bytes, extensible: bool = False) -> bytes:
    block = channels * ((bits + 7) // 8)
    fmt = struct.pack("<HHIIHH", 0xFFFE if extensible else tag, channels, RATE, RATE * block,
                      block, bits)
    if extensible:
        fmt += struct.pack("<HHI", 22, bits, 0) + struct.pack("<H", tag) + bytes(14)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    body += b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


@pytest.mark.parametrize("name, raw", [
    ("float32", riff(3, 1, 32, (TONE / 32767).astype("<f4").tobytes())),
    ("float64", riff(3, 1, 64, (TONE / 32767).astype("<f8").tobytes())),
    ("ulaw", riff(7, 1, 8, audioop.lin2ulaw(TONE.tobytes(), 2))),
    ("alaw", riff(6, 1, 8, audioop.lin2alaw(TONE.tobytes(), 2))),
    ("extensible pcm", riff(1, 1, 16, TONE.tobytes(), extensible=True)),
    ("extensible float", riff(3, 1, 32, (TONE / 32767).astype("<f4").tobytes(), True)),
    ("stereo pcm", riff(1, 2, 16, np.repeat(TONE, 2).tobytes())),
])
def test_formats_people_have_are_read(tmp_path: Path, name: str, raw: bytes) -> None:
    f = tmp_path / "x.wav"
    f.write_bytes(raw)
    samples, rate = read_wav(f)
    assert rate == RATE and len(samples) == len(TONE)
    err = np.abs(samples.astype(np.int32) - TONE.astype(np.int32)).max()
    assert err <= (800 if "law" in name else 2), name  # companding is lossy, the rest is not


def test_plain_pcm_as_written_reads_back(tmp_path: Path) -> None:
    write_wav(tmp_path / "x.wav", TONE, RATE)
    samples, rate = read_wav(tmp_path / "x.wav")
    assert rate == RATE and np.array_equal(samples, TONE)


@pytest.mark.parametrize("raw, says", [
    (b"", "empty"),
    (b"RIFF\x00\x00", "not a WAV"),
    (b"ID3\x03 this is an mp3", "not a WAV"),
    (riff(1, 1, 16, b"")[:30], "cut off"),
    (riff(2, 1, 4, b"\x00" * 100), "format 2 is not supported"),
    (riff(3, 1, 16, b"\x00" * 100), "16-bit float"),
    (b"RIFF\x04\x00\x00\x00WAVE", "no format header"),
])
def test_bad_files_say_what_is_wrong(tmp_path: Path, raw: bytes, says: str) -> None:
    f = tmp_path / "bad.wav"
    f.write_bytes(raw)
    with pytest.raises(WavError) as info:
        read_wav(f)
    assert str(f) in str(info.value) and says in str(info.value)
    assert "\n" not in str(info.value)


def test_a_missing_file_is_a_wav_error(tmp_path: Path) -> None:
    with pytest.raises(WavError, match="No such file"):
        read_wav(tmp_path / "nope.wav")


@pytest.mark.slow
def test_listen_reports_bad_files_before_loading_anything(tmp_path: Path) -> None:
    (tmp_path / "empty.wav").write_bytes(b"")
    done = subprocess.run([*CLI, "listen", "--json", "--wav", str(tmp_path / "nope.wav"),
                           str(tmp_path / "empty.wav")], capture_output=True, timeout=120,
                          cwd=ROOT)
    assert done.returncode == 1
    rows = json_lines(done.stdout)
    assert [r["file"] for r in rows] == [str(tmp_path / "nope.wav"), str(tmp_path / "empty.wav")]
    assert "No such file" in rows[0]["error"] and "empty" in rows[1]["error"]
    assert b"Traceback" not in done.stderr and b"dialogue model" not in done.stderr


@pytest.mark.slow
def test_one_bad_file_does_not_stop_the_batch(model_path: Path, tmp_path: Path) -> None:
    good = tmp_path / "help.wav"
    flite = subprocess.run(["flite", "-voice", "kal16", "-t", "help me", "-o", str(good)],
                           capture_output=True)
    if flite.returncode != 0:
        pytest.skip("no flite")
    ulaw = tmp_path / "ulaw.wav"
    samples, rate = read_wav(good)
    assert rate == RATE  # kal16 speaks at 16 kHz
    ulaw.write_bytes(riff(7, 1, 8, audioop.lin2ulaw(samples.tobytes(), 2)))
    (tmp_path / "empty.wav").write_bytes(b"")
    done = subprocess.run([*CLI, "listen", "--json", "--engine", "pocketsphinx", "--wav",
                           str(tmp_path / "empty.wav"), str(good), str(ulaw)],
                          capture_output=True, timeout=300, cwd=ROOT)
    assert done.returncode == 1, done.stderr
    rows = json_lines(done.stdout)
    assert [Path(r["file"]).name for r in rows] == ["empty.wav", "help.wav", "ulaw.wav"]
    assert "error" in rows[0] and "error" not in rows[1] and "error" not in rows[2]

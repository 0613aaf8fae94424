"""The recognizer in its own process hears what the in-process one hears, and goes away when
closed (the live loop runs it there so decoding never starves the speaker's callback)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from assistant.audio.wavfile import read_wav
from assistant.core.events import Transcript
from assistant.core.settings import RecognizerSettings
from assistant.hearing.engines import EngineChooser
from assistant.hearing.remote import RemoteRecognizer

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (shutil.which("flite") and shutil.which("sox")),
                       reason="flite and sox are needed (apt install flite sox)"),
]
SETTINGS = RecognizerSettings(engine="pocketsphinx")
FRAME = 320  # 10 ms of 16-bit samples at 16 kHz, in bytes


def speech(tmp: Path, text: str) -> bytes:
    raw, wav = tmp / "raw.wav", tmp / "speech.wav"
    subprocess.run(["flite", "-voice", "kal16", "-t", text, "-o", str(raw)], check=True)
    subprocess.run(["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(wav),
                    "pad", "0.3", "0.8"], check=True)
    return read_wav(wav)[0].tobytes()


def final(results: list) -> str:
    return " ".join(r.text for r in results if isinstance(r, Transcript))


def test_remote_hears_what_local_hears(tmp_path: Path) -> None:
    pcm = speech(tmp_path, "start an ice timer for fifteen minutes")
    frames = [pcm[i:i + FRAME] for i in range(0, len(pcm) - FRAME + 1, FRAME)]
    local = EngineChooser().open(SETTINGS, lambda message: None)
    local_results = [local.accept(f) for f in frames] + [local.flush()]
    remote = RemoteRecognizer(SETTINGS)
    try:
        assert remote.engine == local.engine
        remote_results = [*remote.accept_many(frames), remote.flush()]
    finally:
        remote.close()
    assert "ice" in final(local_results)
    assert final(remote_results) == final(local_results)
    assert not remote._proc.is_alive()


def test_a_child_that_cannot_start_says_why() -> None:
    with pytest.raises(RuntimeError, match="failed to start"):
        RemoteRecognizer(RecognizerSettings(engine="vosk", vosk_model="/nonexistent"))

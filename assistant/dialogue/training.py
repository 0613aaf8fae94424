"""Train the Rasa model when it is missing or stale (its training inputs changed).

A cheap fingerprint (sha256 of the training files and the code Rasa imports from us) is kept
beside the model, so the set-up command does not pay Rasa's start-up when nothing changed.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

from assistant.core.settings import project_root

MODEL_FILE_NAME = "backcoach"
INPUTS = ("config.yml", "domain", "nlu", "stories", "assistant/dialogue/entities.py",
          "assistant/dialogue/nlu_components.py", "assistant/dialogue/sub_answers.py")


def fingerprint(root: Path) -> str:
    digest = hashlib.sha256()
    for name in INPUTS:
        path = root / name
        files = sorted(path.rglob("*.yml")) + sorted(path.rglob("*.yaml")) if path.is_dir() else [path]
        for f in files:
            digest.update(str(f.relative_to(root)).encode())
            digest.update(f.read_bytes())
    return digest.hexdigest()


def model_file(root: Path | None = None) -> Path:
    return (root or project_root()) / "models" / f"{MODEL_FILE_NAME}.tar.gz"


def is_stale(root: Path | None = None) -> bool:
    root = root or project_root()
    stamp = root / "models" / f"{MODEL_FILE_NAME}.fingerprint"
    if not model_file(root).is_file() or not stamp.is_file():
        return True
    return stamp.read_text().strip() != fingerprint(root)


def ensure_model(force: bool = False, root: Path | None = None) -> Path:
    """Train ``models/backcoach.tar.gz`` unless it is up to date; returns its path."""
    root = root or project_root()
    if not force and not is_stale(root):
        return model_file(root)
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3"}
    rasa = Path(sys.executable).with_name("rasa")
    cmd = [str(rasa), "train", "--domain", "domain", "--data", "nlu", "stories",
           "--config", "config.yml", "--out", "models", "--fixed-model-name", MODEL_FILE_NAME,
           "--quiet"]
    print("Training the dialogue model (under a minute)...", file=sys.stderr)
    done = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True)
    if done.returncode != 0 or not model_file(root).is_file():
        tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise RuntimeError("rasa train failed: " + " | ".join(tail))
    (root / "models" / f"{MODEL_FILE_NAME}.fingerprint").write_text(fingerprint(root) + "\n")
    return model_file(root)


SAFETY_WEIGHT = 2
"""The red-flag examples (nlu/safety.yml) count this often in the recognizers' language model,
so that many care examples cannot crowd them out: with issue 15's care examples at weight one,
pocketsphinx heard "my groin's gone numb" as "my groin to go an" and "a truck ran into me" as
"add tripped and into me" (tests/test_redflags_spoken.py)."""


def training_sentences(root: Path | None = None) -> list[str]:
    """The NLU examples (``nlu/*.yml``) as plain lower-case text, annotations removed: what
    the recognizers are biased toward (built at train time, never read at run time). The red-flag
    examples come :data:`SAFETY_WEIGHT` times."""
    out: list[str] = []
    paths = sorted((root or project_root()).glob("nlu/*.yml"))
    paths += [p for p in paths if p.name == "safety.yml"] * (SAFETY_WEIGHT - 1)
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"\s*-\s+(.*)$", line)
            if not m or ":" in m.group(1)[:20]:
                continue
            text = re.sub(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}", r"\1\2", m.group(1))
            text = re.sub(r"[^a-z' ]+", " ", text.lower())
            text = re.sub(r"\s+", " ", text).strip()
            if text:
                out.append(text)
    return out

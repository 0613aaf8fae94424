"""Training the red-flag model (:mod:`.classifier`) at set-up time.

Examples: ``content/safety_signs/*.tsv`` (``label<TAB>text``, written for training by helpers
who never saw the held-out sets) and, as ``none``, every NLU example outside the safety
intents (asking for ice, heat, stretches...). Thresholds come from five-fold cross-validation:
the least probability at which a tier is acted on while it raises it for at most
``MAX_FALSE_RATE`` of the ``none`` examples it never saw.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np

from assistant.core.settings import project_root
from assistant.safety.classifier import DIM, MODEL_FILE, SignModel, features, reading
from assistant.safety.screen import normalize

SIGNS_DIR = "content/safety_signs"
MAX_FALSE_RATE = 0.01
TIERS = ("emergency", "today", "soon")
ALPHA = 2e-5
"""Regularization of the logistic regression (fitted by stochastic gradient descent, one
label against the rest: a second or two on 2 cores)."""


def sign_rows(root: Path) -> list[tuple[str, str]]:
    rows = []
    for path in sorted((root / SIGNS_DIR).glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            label, _, text = line.partition("\t")
            if text.strip() and (label == "none" or label.split(":")[0] in TIERS):
                rows.append((label.strip(), text.strip()))
    return rows


def ordinary_rows(root: Path) -> list[tuple[str, str]]:
    """NLU examples of every intent outside safety, as ``none``."""
    rows = []
    for path in sorted((root / "nlu").glob("*.yml")):
        if path.name == "safety.yml":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"\s*-\s+(.*)$", line)
            if not m or ":" in m.group(1)[:20]:
                continue
            text = re.sub(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}", r"\1\2", m.group(1))
            rows.append(("none", text))
    return rows


def _matrix(texts: list[str]):  # type: ignore[no-untyped-def]
    from scipy.sparse import csr_matrix

    indptr, indices, data = [0], [], []
    for t in texts:
        f = features(normalize(t))
        indices += list(f.keys())
        data += list(f.values())
        indptr.append(len(indices))
    return csr_matrix((np.array(data, dtype=np.float32), np.array(indices), np.array(indptr)),
                      shape=(len(texts), DIM))


def _fit(x, y: list[str]):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import SGDClassifier

    clf = SGDClassifier(loss="log_loss", alpha=ALPHA, max_iter=30, tol=None,
                        class_weight="balanced", random_state=0)
    clf.fit(x, y)
    return clf


def _thresholds(x, y: list[str]) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Per tier, the least probability that keeps false alarms on unseen ``none`` examples at or
    under MAX_FALSE_RATE (five folds)."""
    from sklearn.model_selection import StratifiedKFold

    labels = np.array(y)
    best_label = np.empty(len(y), dtype=object)
    best_prob = np.zeros(len(y))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(np.zeros(len(y)),
                                                                                labels):
        clf = _fit(x[train], list(labels[train]))
        classes = [str(c) for c in clf.classes_]
        for row, probs in zip(test, clf.predict_proba(x[test]), strict=True):
            r = reading(classes, probs)
            best_label[row], best_prob[row] = r.label, r.probability
    none = labels == "none"
    out = {}
    for tier in TIERS:
        said = np.array([str(b).startswith(tier + ":") for b in best_label])
        candidates = np.sort(np.unique(np.concatenate([best_prob[said & none], [0.4]])))
        for t in candidates:
            if (said & none & (best_prob >= t)).sum() <= MAX_FALSE_RATE * none.sum():
                out[tier] = float(max(t, 0.4))
                break
        else:
            out[tier] = 1.01
    return out


def train(rows: list[tuple[str, str]]) -> SignModel:
    texts, y = [t for _, t in rows], [label for label, _ in rows]
    x = _matrix(texts)
    thresholds = _thresholds(x, y)
    clf = _fit(x, y)
    return SignModel(clf.coef_.astype(np.float32), clf.intercept_.astype(np.float32),
                     [str(c) for c in clf.classes_], thresholds)


def fingerprint(root: Path) -> str:
    digest = hashlib.sha256()
    for path in [*sorted((root / SIGNS_DIR).glob("*.tsv")), *sorted((root / "nlu").glob("*.yml")),
                 root / "assistant" / "safety" / "classifier.py",
                 root / "assistant" / "safety" / "normalize.py", Path(__file__)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update(str((ALPHA, MAX_FALSE_RATE)).encode())
    return digest.hexdigest()


def ensure_sign_model(force: bool = False, root: Path | None = None) -> Path:
    """Train ``models/redflags.npz`` unless it is up to date; returns its path."""
    root = root or project_root()
    path = root / "models" / MODEL_FILE
    stamp = path.with_suffix(".fingerprint")
    current = fingerprint(root)
    if not force and path.is_file() and stamp.is_file() and stamp.read_text().strip() == current:
        return path
    model = train(sign_rows(root) + ordinary_rows(root))
    model.save(path)
    stamp.write_text(current + "\n")
    return path

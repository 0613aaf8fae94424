"""A learned second opinion on red flags, for phrasings the screen's patterns do not know.

A linear model (logistic regression, one label against the rest) over hashed word and character n-grams of the normalized
text, trained by ``backcoach train`` from the sign examples in ``content/safety_signs/*.tsv``
and stored as plain arrays in ``models/redflags.npz`` (no pickles). Prediction is a few numpy
dot products: it works before the dialogue model loads, and without the file the screen's
patterns still work on their own.

Labels are ``tier:reason`` (``emergency:bladder_bowel``, ``today:arm``, ...) or ``none``.
"""

from __future__ import annotations

import itertools
import logging
import re
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

DIM = 1 << 17
"""Hashed feature space."""
MODEL_FILE = "redflags.npz"


def features(text: str) -> dict[int, float]:
    """Hashed n-grams of normalized text: words, word pairs and 3- to 5-letter pieces of words
    (so misspellings and misheard words still share most features). L2-normalized counts."""
    words = re.findall(r"[a-z']+|\d+", text)
    grams: list[str] = [f"w:{w}" for w in words]
    grams += [f"b:{a} {b}" for a, b in itertools.pairwise(words)]
    for w in words:
        padded = f"<{w}>"
        for n in (3, 4, 5):
            grams += [f"c:{padded[i:i + n]}" for i in range(len(padded) - n + 1)]
    counts: dict[int, float] = {}
    for g in grams:
        h = zlib.crc32(g.encode()) % DIM
        counts[h] = counts.get(h, 0.0) + 1.0
    norm = float(np.sqrt(sum(v * v for v in counts.values()))) or 1.0
    return {k: v / norm for k, v in counts.items()}


@dataclass(frozen=True)
class Reading:
    label: str
    """``tier:reason`` or ``none``."""
    probability: float

    @property
    def tier(self) -> str:
        return self.label.split(":")[0] if ":" in self.label else "none"

    @property
    def reason(self) -> str:
        return self.label.split(":", 1)[1] if ":" in self.label else ""


def reading(labels: list[str], probs: np.ndarray) -> Reading:
    """The most likely tier (its labels' probabilities added up: a sign spread over two reasons
    is still one tier) and, within it, the most likely reason."""
    tiers: dict[str, float] = {}
    for label, p in zip(labels, probs, strict=True):
        tier = label.split(":")[0] if ":" in label else "none"
        tiers[tier] = tiers.get(tier, 0.0) + float(p)
    tier = max(tiers, key=lambda k: tiers[k])
    if tier == "none":
        return Reading("none", tiers[tier])
    best = max((i for i, label in enumerate(labels) if label.startswith(tier + ":")),
               key=lambda i: probs[i])
    return Reading(labels[best], tiers[tier])


class SignModel:
    """The trained weights: ``coef`` (labels x DIM), ``intercept``, ``labels``, ``thresholds``."""

    def __init__(self, coef: np.ndarray, intercept: np.ndarray, labels: list[str],
                 thresholds: dict[str, float]) -> None:
        self.coef = coef
        self.intercept = intercept
        self.labels = labels
        self.thresholds = thresholds
        """The least probability at which a reading of each tier is acted on."""

    @classmethod
    def load(cls, path: Path) -> SignModel:
        with np.load(path, allow_pickle=False) as z:
            labels = [str(x) for x in z["labels"]]
            tiers = [str(x) for x in z["threshold_tiers"]]
            return cls(z["coef"].astype(np.float32), z["intercept"].astype(np.float32), labels,
                       dict(zip(tiers, (float(v) for v in z["threshold_values"]), strict=True)))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tiers = sorted(self.thresholds)
        np.savez_compressed(path, coef=self.coef.astype(np.float16), intercept=self.intercept,
                            labels=np.array(self.labels),
                            threshold_tiers=np.array(tiers),
                            threshold_values=np.array([self.thresholds[t] for t in tiers]))

    def read(self, normalized: str) -> Reading:
        """The most likely label of ``normalized`` text and its probability."""
        feats = features(normalized)
        if not feats:
            return Reading("none", 1.0)
        idx = np.fromiter(feats.keys(), dtype=np.int64)
        val = np.fromiter(feats.values(), dtype=np.float32)
        scores = self.coef[:, idx].astype(np.float32) @ val + self.intercept
        probs = 1.0 / (1.0 + np.exp(-scores))  # one label against the rest, then normalized
        probs = probs / probs.sum()
        return reading(self.labels, probs)

    def acts_on(self, reading: Reading) -> bool:
        """Whether ``reading`` is a red flag sure enough to act on."""
        return reading.tier != "none" and reading.probability >= self.thresholds.get(
            reading.tier, 1.01)


class ModelSlot:
    """The one model of a process, loaded on first use (thread-safe); None without the file."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loaded = False
        self._model: SignModel | None = None
        self.path: Path | None = None

    def get(self) -> SignModel | None:
        with self._lock:
            if not self._loaded:
                self._loaded = True
                path = self.path or default_path()
                if path.is_file():
                    try:
                        self._model = SignModel.load(path)
                    except (OSError, ValueError, KeyError) as exc:
                        log.warning("red-flag model %s not loaded: %s", path, exc)
            return self._model

    def use(self, model: SignModel | None) -> None:
        """Replace the model (tests, training)."""
        with self._lock:
            self._model, self._loaded = model, True


def default_path() -> Path:
    from assistant.core.settings import project_root

    return project_root() / "models" / MODEL_FILE


SLOT = ModelSlot()


_SHORT_WHILE = re.compile(
    r"\b(?:(?:one|two|three|four|five|six|a|a few|a couple of|couple of|1|2|3|4|5|6) days?|"
    r"yesterday|last night|this morning|today|tonight|hours?|since (?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday))\b")
_AGE = re.compile(
    r"\b(?:[5-9]\d|1[0-9]|fifty|sixty|seventy|eighty|ninety|teen\w*|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|age|aged|old|older|pension\w*|retired|grandad|"
    r"grandma|granny|school|college)\b")


_WHERE = re.compile(
    r"\b(?:legs?|leg's|foot|feet|thighs?|calf|calves|knees?|shins?|ankles?|toes?|tiptoes?|heels?|"
    r"hips?|bum|bums|bum's|bottom|butt|buttocks?|backside|groin|crotch|privates|private|"
    r"genitals?|down there|down below|wipe\w*|wiping|toilet|loo|sit|sitting|seat|bladder|arms?|"
    r"hands?|fingers?|grip|dropping|body|saddle|perineum|vagina|penis|testicles|scrotum|anus|"
    r"rectum|cheeks?|soles?|limbs?|lakes|walk\w*|stand\w*|steps?|stairs|pins|nerve|sciatica|"
    r"waist|bits|nether|undercarriage|inner|finished|feel\w*|felt|numb\w*|tingl\w*|weak\w*|"
    r"dead|drag\w*)\b")
"""A limb, the saddle area, or a sensation: what a nerve sign is about."""
_INJURY = re.compile(r"\b(?:fell|fall\w*|accident|crash\w*|hit|knocked|landed|slipped|tripped|"
                     r"flying|came down on|scrum|tackl\w*|rolled|tumbled?|injur\w*|hurt myself|"
                     r"rear ended|clipped|collided|collision|dropped off|came off|thrown|off the top|missed (?:a|"
                     r"the) step|went down|came down|from under me|collapsed|slammed|smashed|went over|whacked|"
                     r"struck|swung into|bashed)\b")


_TOILET = re.compile(r"\b(?:pee\w*|wee\w*|urin\w*|bladder|bowels?|toilet|loo|bathroom|poo\w*|stools?|"
                     r"wet|soiled|accident|pants|trousers|knickers|underwear|incontinen\w*|piss\w*|"
                     r"motions?|number two|water|not a drop|(?:need|needs|needed|desperate) to go|(?:can't|cannot|"
                     r"couldn't) (?:seem to |even )?go)\b")


def fits_the_table(reason: str, t: str) -> bool:
    """The model's sign, held to what defines it in the clinical table: "not improving" is one
    to two weeks or more (not "three days and it still hurts"), a new kind of pain counts
    for the age it is defined by (over 50, under 20), so it needs an age in the words; a nerve
    sign names a limb, the saddle area or a sensation; "can't move after an injury" needs an
    injury, not a spasm that came with a sneeze."""
    if reason == "not_improving":
        return not _SHORT_WHILE.search(t)
    if reason == "age_new":
        return bool(_AGE.search(t))
    if reason in ("leg_numbness", "weakness", "saddle_numbness", "arm"):
        return bool(_WHERE.search(t))  # "it's bad low down on the right side" is not one
    if reason == "bladder_bowel":  # "the garden hose is blocked and nothing comes out"
        return bool(_TOILET.search(t))
    if reason == "cant_move_injury":  # "locked, it went when I sneezed": the spasm itself
        return bool(_INJURY.search(t))  # "on my own and i can't move": the spasm, frightening
    return True

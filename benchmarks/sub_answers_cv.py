"""How SubAnswerSelector's settings were chosen: cross-validation on the training split only.

Takes the training part of benchmarks/pipelines.py's fixed 80/20 split (``rasa data split nlu``,
seed 42; the test part is never read) and, within each retrieval intent, scores a logistic
regression per setting by stratified 5-fold cross-validation (3 shuffles): word + char_wb 2-4
count features (scikit-learn's vectorizers standing in for Rasa's CountVectorsFeaturizers),
raw or TF-IDF weighted as ``assistant/dialogue/sub_answers.py`` weighs them, over a range of C.
Prints the sub-answer macro-F1 of each setting (benchmarks/PIPELINES.md has the figures).

    .venv/bin/python benchmarks/sub_answers_cv.py [--shuffles 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import numpy as np
import scipy.sparse as sp

ROOT = Path(__file__).resolve().parents[1]
RASA = str(Path(sys.executable).with_name("rasa"))


def training_split() -> Path:
    out = Path(tempfile.mkdtemp(prefix="split-"))
    subprocess.run([RASA, "data", "split", "nlu", "--nlu", "nlu", "--training-fraction", "0.8",
                    "--random-seed", "42", "--out", str(out)], cwd=ROOT, check=True,
                   capture_output=True)
    return out / "training_data.yml"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shuffles", type=int, default=3)
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    from rasa.shared.nlu.training_data.loading import load_data
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold

    data = load_data(str(training_split()))
    examples = [e for e in data.intent_examples if e.get("intent_response_key")]
    every_text = [e.get("text") for e in data.intent_examples]
    char = CountVectorizer(analyzer="char_wb", ngram_range=(2, 4)).fit(every_text)
    intents = sorted({e.get("intent") for e in examples})

    def score(weighting: str, c: float, bigrams: bool) -> float:
        word = CountVectorizer(ngram_range=(1, 2 if bigrams else 1)).fit(every_text)
        scores = []
        for seed in range(args.shuffles):
            truth, guess = [], []
            for intent in intents:
                mine = [e for e in examples if e.get("intent") == intent]
                texts = [e.get("text") for e in mine]
                y = np.array([e.get("intent_response_key") for e in mine])
                x = sp.hstack([word.transform(texts), char.transform(texts)]).tocsr()
                folds = min(5, int(np.unique(y, return_counts=True)[1].min()))
                for tr, te in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, y):
                    weigh = TfidfTransformer(sublinear_tf=True) if weighting == "tfidf" else None
                    x_tr = weigh.fit_transform(x[tr]) if weigh else x[tr]
                    x_te = weigh.transform(x[te]) if weigh else x[te]
                    clf = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
                    truth += list(y[te])
                    guess += list(clf.fit(x_tr, y[tr]).predict(x_te))
            scores.append(f1_score(truth, guess, average="macro"))
        return float(np.mean(scores))

    for weighting, bigrams in (("counts", False), ("tfidf", False), ("tfidf", True)):
        for c in (1, 3, 10, 30, 100, 300):
            print(f"{weighting:6} bigrams={bigrams!s:5} C={c:<4} "
                  f"sub-answer macro-F1 {score(weighting, c, bigrams):.3f}", flush=True)


if __name__ == "__main__":
    main()

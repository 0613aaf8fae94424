"""Rasa NLU component: the sub-answer of each retrieval intent, without TensorFlow.

Issue 15's FAQ answers are retrieval intents (``ask_ice/how_often``, ``ask_medicine/ibuprofen``
...). Rasa picks their sub-answer with one TensorFlow ``ResponseSelector`` per retrieval intent,
which cost minutes of training, 175 MB of model and a second gigabyte of memory. This component
does the same job with one scikit-learn logistic regression per retrieval intent, over the
sparse features the ``CountVectorsFeaturizer``s already put on the message, trained on that
intent's examples only (so an ice question can never get a heat fact).

It writes ``message.data["response_selector"]`` exactly as Rasa's ``ResponseSelector`` does,
so Rasa's ``ActionRetrieveResponse`` (``utter_ask_ice`` ...), ``rasa test nlu`` and
``actions.care.selected`` read it unchanged. ``config.yml`` names it as
``assistant.dialogue.sub_answers.SubAnswerSelector``. The weights are stored as numpy arrays in
the model (no pickle) and prediction is a matrix product and a softmax.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import (
    RESPONSE_SELECTOR_PREDICTION_KEY,
    RESPONSE_SELECTOR_PROPERTY_NAME,
    RESPONSE_SELECTOR_RANKING_KEY,
    RESPONSE_SELECTOR_RESPONSES_KEY,
    RESPONSE_SELECTOR_RETRIEVAL_INTENTS,
    RESPONSE_SELECTOR_UTTER_ACTION_KEY,
)
from rasa.nlu.featurizers.featurizer import Featurizer
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_RESPONSE_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.shared.nlu.training_data.util import intent_response_key_to_template_key

Responses = dict[str, list[dict[str, Any]]]
"""Rasa's responses by name (``utter_ask_ice/how_often`` -> its response variations)."""


@dataclass(frozen=True, eq=False)
class SubAnswerModel:
    """One retrieval intent's classifier: text features -> ``intent_response_key``.

    ``idf`` weighs the features (TF-IDF with sublinear counts, rows scaled to length one) or is
    empty (raw counts). ``coef`` is (classes, features), or (1, features) for two classes as
    scikit-learn stores a binary logistic regression; with one class the answer is always it."""

    keys: tuple[str, ...]
    coef: np.ndarray
    intercept: np.ndarray
    idf: np.ndarray

    def probabilities(self, counts: scipy.sparse.csr_matrix) -> np.ndarray:
        """(messages, classes) probabilities, as ``LogisticRegression.predict_proba`` gives."""
        if len(self.keys) == 1:
            return np.ones((counts.shape[0], 1))
        scores = np.asarray(weigh(counts, self.idf) @ self.coef.T) + self.intercept
        if scores.shape[1] == 1:  # binary: sigmoid(z) is softmax over (0, z)
            scores = np.hstack([np.zeros_like(scores), scores])
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))


def inverse_document_frequency(counts: scipy.sparse.csr_matrix) -> np.ndarray:
    """scikit-learn's smoothed idf: ln((1 + n) / (1 + df)) + 1 per feature."""
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    return np.asarray(np.log((1 + counts.shape[0]) / (1 + df)) + 1.0)


def weigh(counts: scipy.sparse.csr_matrix, idf: np.ndarray) -> scipy.sparse.csr_matrix:
    """TF-IDF as ``TfidfTransformer(sublinear_tf=True)`` computes it: 1 + ln(count), times
    idf, each row scaled to unit length. An empty ``idf`` leaves the counts as they are."""
    if idf.size == 0:
        return counts
    x = scipy.sparse.csr_matrix(counts, dtype=np.float64, copy=True)
    x.sum_duplicates()
    x.eliminate_zeros()  # stored zeros are absent words, not ln(0)
    x.data = 1.0 + np.log(x.data)
    x = scipy.sparse.csr_matrix(x.multiply(idf.reshape(1, -1)))
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return scipy.sparse.csr_matrix(scipy.sparse.diags(1.0 / norms) @ x)


def sentence_features(messages: list[Message], width: int | None = None) -> scipy.sparse.csr_matrix:
    """The messages' sentence-level sparse text features (every featurizer's, side by side), as
    Rasa's ``LogisticRegressionClassifier`` uses them; a message without any gets zeros."""
    rows = []
    for message in messages:
        sentence = message.get_sparse_features(TEXT)[1]
        if sentence is not None:
            rows.append(scipy.sparse.csr_matrix(sentence.features))
        else:
            rows.append(scipy.sparse.csr_matrix((1, width or 0)))
    return scipy.sparse.csr_matrix(scipy.sparse.vstack(rows))


def fit(features: scipy.sparse.csr_matrix, labels: list[str], config: dict[str, Any]
        ) -> SubAnswerModel:
    """Train one retrieval intent's classifier on its examples' count features."""
    keys = tuple(sorted(set(labels)))
    counts = scipy.sparse.csr_matrix(features)
    counts.sum_duplicates()
    counts.eliminate_zeros()
    idf = inverse_document_frequency(counts) if config["weighting"] == "tfidf" else np.zeros(0)
    if len(keys) == 1:
        return SubAnswerModel(keys, np.zeros((1, features.shape[1])), np.zeros(1), idf)
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=config["C"], class_weight=config["class_weight"],
                             max_iter=config["max_iter"], solver="lbfgs",
                             random_state=config["random_state"])
    clf.fit(weigh(counts, idf), labels)
    return SubAnswerModel(tuple(clf.classes_), np.asarray(clf.coef_), np.asarray(clf.intercept_),
                          idf)


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True
)
class SubAnswerSelector(GraphComponent):
    """Picks the sub-answer of every retrieval intent (a logistic regression each)."""

    @classmethod
    def required_components(cls) -> list[type]:
        """A featurizer must run first: the classifiers read its sparse sentence features."""
        return [Featurizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """``retrieval_intents``: the intents to select for (empty: every one in the data);
        ``weighting``: ``tfidf`` or ``counts``; ``C``, ``class_weight``, ``max_iter``,
        ``random_state``: the logistic regressions'; ``ranking_length``: how many sub-answers
        the ranking lists (0: all)."""
        return {"retrieval_intents": [], "weighting": "tfidf", "C": 100.0,
                "class_weight": "balanced", "max_iter": 1000, "random_state": 42,
                "ranking_length": 10}

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SubAnswerSelector:
        """An untrained selector."""
        return cls(config, model_storage, resource)

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
                 models: dict[str, SubAnswerModel] | None = None,
                 responses: Responses | None = None,
                 all_retrieval_intents: list[str] | None = None) -> None:
        self.config = {**self.get_default_config(), **config}
        self.models = models or {}
        self.responses = responses or {}
        self.all_retrieval_intents = all_retrieval_intents or []
        self._model_storage = model_storage
        self._resource = resource

    def train(self, training_data: TrainingData) -> Resource:
        """One classifier per retrieval intent, on that intent's examples; then persist."""
        self.all_retrieval_intents = sorted(training_data.retrieval_intents)
        wanted = self.config["retrieval_intents"] or self.all_retrieval_intents
        self.models = {}
        for intent in wanted:
            examples = [e for e in training_data.intent_examples
                        if e.get(INTENT) == intent and e.get(INTENT_RESPONSE_KEY)]
            if examples:
                labels = [str(e.get(INTENT_RESPONSE_KEY)) for e in examples]
                self.models[intent] = fit(sentence_features(examples), labels, self.config)
        self.responses = {name: list(variations)
                          for name, variations in training_data.responses.items()
                          if name.split("/", 1)[0].removeprefix("utter_") in self.models}
        self.persist()
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        """Add every retrieval intent's pick, Rasa's ``response_selector`` structure."""
        if not self.models:
            return messages
        width = next(iter(self.models.values())).coef.shape[1]
        features = sentence_features(messages, width)
        picks = {intent: model.probabilities(features) for intent, model in self.models.items()}
        for row, message in enumerate(messages):
            properties = dict(message.get(RESPONSE_SELECTOR_PROPERTY_NAME) or {})
            properties[RESPONSE_SELECTOR_RETRIEVAL_INTENTS] = self.all_retrieval_intents
            for intent, model in self.models.items():
                properties[intent] = self._prediction(model, picks[intent][row])
            message.set(RESPONSE_SELECTOR_PROPERTY_NAME, properties, add_to_output=True)
        return messages

    def _prediction(self, model: SubAnswerModel, probabilities: np.ndarray) -> dict[str, Any]:
        """One intent's entry: the top sub-answer with its responses, and the ranking."""
        order = np.argsort(-probabilities, kind="stable")
        length = self.config["ranking_length"]
        ranking = [{PREDICTED_CONFIDENCE_KEY: float(probabilities[i]),
                    INTENT_RESPONSE_KEY: model.keys[i]}
                   for i in (order[:length] if length > 0 else order)]
        key = model.keys[order[0]]
        utter = intent_response_key_to_template_key(key)
        return {
            RESPONSE_SELECTOR_PREDICTION_KEY: {
                RESPONSE_SELECTOR_RESPONSES_KEY: self.responses.get(utter) or [{TEXT: key}],
                PREDICTED_CONFIDENCE_KEY: float(probabilities[order[0]]),
                INTENT_RESPONSE_KEY: key,
                RESPONSE_SELECTOR_UTTER_ACTION_KEY: utter,
            },
            RESPONSE_SELECTOR_RANKING_KEY: ranking,
        }

    def persist(self) -> None:
        """Weights as ``.npy`` arrays, names and responses as JSON: nothing is pickled."""
        with self._model_storage.write_to(self._resource) as directory:
            index = {"all_retrieval_intents": self.all_retrieval_intents,
                     "responses": self.responses,
                     "models": {intent: list(m.keys) for intent, m in self.models.items()}}
            (directory / "sub_answers.json").write_text(json.dumps(index), encoding="utf-8")
            for intent, model in self.models.items():
                np.save(directory / f"{intent}.coef.npy", model.coef, allow_pickle=False)
                np.save(directory / f"{intent}.intercept.npy", model.intercept,
                        allow_pickle=False)
                np.save(directory / f"{intent}.idf.npy", model.idf, allow_pickle=False)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SubAnswerSelector:
        """The trained selector from the model storage (an untrained one if there is none)."""
        try:
            with model_storage.read_from(resource) as directory:
                index = json.loads((directory / "sub_answers.json").read_text(encoding="utf-8"))
                models = {
                    intent: SubAnswerModel(
                        tuple(keys),
                        np.load(directory / f"{intent}.coef.npy", allow_pickle=False),
                        np.load(directory / f"{intent}.intercept.npy", allow_pickle=False),
                        np.load(directory / f"{intent}.idf.npy", allow_pickle=False))
                    for intent, keys in index["models"].items()}
        except ValueError:  # nothing was persisted: no retrieval intents in the data
            return cls(config, model_storage, resource)
        return cls(config, model_storage, resource, models, index["responses"],
                   index["all_retrieval_intents"])

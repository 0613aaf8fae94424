"""The light sub-answer selector (assistant/dialogue/sub_answers.py), trained for real on a small
data set with Rasa's own tokenizer and count-vector featurizers: the sub-answers it picks, the
exact structure Rasa's ResponseSelector writes (read by Rasa's retrieval action and by
actions/care.py), persistence through Rasa's model storage, and its arithmetic against
scikit-learn's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
import scipy.sparse
from rasa.core.actions.action import ActionRetrieveResponse
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import (
    CountVectorsFeaturizer,
)
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa_sdk import Tracker
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.linear_model import LogisticRegression

from actions.care import selected
from assistant.dialogue.sub_answers import SubAnswerSelector, sentence_features, weigh

EXAMPLES = {
    "ask_ice/how_long": ["how long should the ice stay on", "how many minutes of ice",
                         "how long do i keep the cold pack on", "for how long can i ice it",
                         "how many minutes should the ice pack stay on my back"],
    "ask_ice/how_often": ["how often can i use ice", "how many times a day can i ice it",
                          "how often should i put the cold pack on", "can i ice it every hour",
                          "how frequently can i use the ice pack"],
    "ask_ice/on_skin": ["can i put ice straight on my skin", "should i wrap the ice in a towel",
                        "is bare ice on the skin ok", "do i need a cloth between ice and skin",
                        "can the ice pack touch my skin"],
    "ask_heat/how_long": ["how long should the heat pad stay on", "how many minutes of heat",
                          "for how long can i use the hot water bottle",
                          "how long do i keep the heating pad on"],
    "ask_heat/asleep": ["can i sleep on the heating pad", "is it ok to fall asleep with heat",
                        "can i leave the heat pad on overnight in bed",
                        "may i doze off on the hot water bottle"],
    "ask_hydration/general": ["does drinking water help", "should i drink more water",
                              "is water good for a back spasm"],
}
OTHER = {"greet": ["hello", "hi there", "good morning", "hey coach"]}


def message(text: str, intent: str | None = None, key: str | None = None) -> Message:
    data: dict[str, Any] = {"text": text}
    if intent:
        data["intent"] = intent
    if key:
        data["intent_response_key"] = key
    return Message(data=data)


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory):
    """(featurize, selector, storage): Rasa's tokenizer and featurizers and the selector,
    trained on EXAMPLES."""
    storage = LocalModelStorage(tmp_path_factory.mktemp("storage"))
    context = ExecutionContext(GraphSchema({}), node_name="sub_answers")
    examples = [message(t, key.split("/")[0], key) for key, texts in EXAMPLES.items()
                for t in texts]
    examples += [message(t, intent) for intent, texts in OTHER.items() for t in texts]
    responses = {f"utter_{key}": [{"text": f"the answer to {key}"}] for key in EXAMPLES}
    data = TrainingData(examples, responses=responses)
    tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
    featurizers = [
        CountVectorsFeaturizer.create({**CountVectorsFeaturizer.get_default_config(), **extra},
                                      storage, Resource(f"cvf{i}"), context)
        for i, extra in enumerate([{}, {"analyzer": "char_wb", "min_ngram": 2,
                                        "max_ngram": 4}])]
    tokenizer.process_training_data(data)
    for featurizer in featurizers:
        featurizer.train(data)
        featurizer.process_training_data(data)

    def featurize(texts: list[str]) -> list[Message]:
        messages = [message(t) for t in texts]
        tokenizer.process(messages)
        for featurizer in featurizers:
            featurizer.process(messages)
        return messages

    selector = SubAnswerSelector.create({}, storage, Resource("sub_answers"), context)
    selector.train(data)
    return featurize, selector, storage


def picks(selector: SubAnswerSelector, messages: list[Message]) -> list[dict[str, Any]]:
    return [m.get("response_selector") for m in selector.process(messages)]


def test_each_retrieval_intent_gets_its_own_sub_answer(trained) -> None:
    featurize, selector, _ = trained
    found = picks(selector, featurize(["how many minutes can the ice stay on",
                                       "can i fall asleep on my heat pad"]))
    assert found[0]["ask_ice"]["response"]["intent_response_key"] == "ask_ice/how_long"
    assert found[1]["ask_heat"]["response"]["intent_response_key"] == "ask_heat/asleep"
    # every retrieval intent answers every message, from its own sub-answers only
    assert found[1]["ask_ice"]["response"]["intent_response_key"].startswith("ask_ice/")
    assert found[0]["all_retrieval_intents"] == ["ask_heat", "ask_hydration", "ask_ice"]


def test_the_structure_is_the_response_selectors(trained) -> None:
    featurize, selector, _ = trained
    found = picks(selector, featurize(["should i wrap ice in a towel first"]))[0]
    assert set(found) == {"all_retrieval_intents", "ask_ice", "ask_heat", "ask_hydration"}
    ice = found["ask_ice"]
    assert set(ice) == {"response", "ranking"}
    assert ice["response"] == {
        "responses": [{"text": "the answer to ask_ice/on_skin"}],
        "confidence": ice["ranking"][0]["confidence"],
        "intent_response_key": "ask_ice/on_skin",
        "utter_action": "utter_ask_ice/on_skin",
    }
    assert [set(r) for r in ice["ranking"]] == [{"confidence", "intent_response_key"}] * 3
    confidences = [r["confidence"] for r in ice["ranking"]]
    assert confidences == sorted(confidences, reverse=True)
    assert sum(confidences) == pytest.approx(1.0)
    # one sub-answer only: it is always the answer
    assert found["ask_hydration"]["response"]["intent_response_key"] == "ask_hydration/general"
    assert found["ask_hydration"]["response"]["confidence"] == 1.0


def test_rasas_retrieval_action_and_the_care_actions_read_it(trained) -> None:
    featurize, selector, _ = trained
    msg = selector.process(featurize(["how often can i put the ice pack on"]))[0]
    parse = {**msg.as_dict(only_output_properties=True),
             "intent": {"name": "ask_ice", "confidence": 1.0}}
    tracker = DialogueStateTracker.from_events("t", [UserUttered(msg.get("text"), parse["intent"],
                                                                 parse_data=parse)])
    assert (ActionRetrieveResponse("utter_ask_ice").get_full_retrieval_name(tracker)
            == "utter_ask_ice/how_often")
    sdk = Tracker("t", {}, parse, [], False, None, {}, "")
    pick, confidence = selected(sdk, "ask_ice")
    assert pick == "utter_ask_ice/how_often"
    assert 1 / 3 < confidence <= 1.0


def test_it_persists_and_loads_from_the_model_storage(trained) -> None:
    featurize, selector, storage = trained
    context = ExecutionContext(GraphSchema({}), node_name="sub_answers")
    loaded = SubAnswerSelector.load({}, storage, Resource("sub_answers"), context)
    texts = ["is it fine to sleep with the heat on", "how long for the ice", "hello"]
    assert picks(loaded, featurize(texts)) == picks(selector, featurize(texts))
    missing = SubAnswerSelector.load({}, storage, Resource("never_trained"), context)
    untouched = missing.process(featurize(["how long for the ice"]))[0]
    assert untouched.get("response_selector") is None


def test_probabilities_are_scikit_learns(trained) -> None:
    featurize, selector, _ = trained
    for intent in ("ask_ice", "ask_heat"):  # three classes (softmax) and two (sigmoid)
        keys = [k for k in EXAMPLES if k.startswith(intent)]
        train = featurize([t for k in keys for t in EXAMPLES[k]])
        labels = [k for k in keys for _ in EXAMPLES[k]]
        counts = sentence_features(train)
        tfidf = TfidfTransformer(sublinear_tf=True).fit(counts)
        clf = LogisticRegression(C=selector.config["C"], class_weight="balanced",
                                 max_iter=1000, random_state=42).fit(tfidf.transform(counts),
                                                                     labels)
        probe = sentence_features(featurize(["how long should i leave it on", "hi"]))
        model = selector.models[intent]
        assert model.keys == tuple(clf.classes_)
        np.testing.assert_allclose(weigh(probe, model.idf).toarray(),
                                   tfidf.transform(probe).toarray(), atol=1e-9)
        np.testing.assert_allclose(model.probabilities(probe),
                                   clf.predict_proba(tfidf.transform(probe)), atol=1e-6)


def test_without_retrieval_intents_it_adds_nothing(trained, tmp_path: Path) -> None:
    featurize, _, _ = trained
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(GraphSchema({}), node_name="empty")
    data = TrainingData(featurize(["hello", "hi there"]))
    for m in data.training_examples:
        m.set("intent", "greet")
    selector = SubAnswerSelector.create({}, storage, Resource("empty"), context)
    selector.train(data)
    assert selector.models == {}
    assert selector.process(featurize(["hello"]))[0].get("response_selector") is None
    loaded = SubAnswerSelector.load({}, storage, Resource("empty"), context)
    assert loaded.models == {}


def test_stored_zeros_and_empty_rows_weigh_as_scikit_learn_does() -> None:
    counts = scipy.sparse.csr_matrix((np.array([2.0, 0.0, 1.0]), np.array([0, 1, 2]),
                                      np.array([0, 2, 3, 3])), shape=(3, 3))
    idf = np.array([1.0, 2.0, 3.0])
    expected = TfidfTransformer(sublinear_tf=True, use_idf=False).fit_transform(counts.toarray())
    np.testing.assert_allclose(weigh(counts, np.ones(3)).toarray(), expected.toarray())
    assert np.isfinite(weigh(counts, idf).toarray()).all()
    assert weigh(counts, idf).toarray()[2].tolist() == [0.0, 0.0, 0.0]  # an empty message

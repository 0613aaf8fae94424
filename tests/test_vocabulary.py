"""The recognizers' domain sentences are built from the dialogue's training data at train time,
shipped as package data, and never read from nlu/ at run time."""

from __future__ import annotations

from assistant.dialogue.training import training_sentences
from assistant.hearing.vocabulary import DOMAIN_FILE, domain_sentences, extra_words


def test_the_shipped_domain_sentences_match_the_training_data() -> None:
    assert domain_sentences() == training_sentences(), "run `backcoach train` and commit it"


def test_the_word_lists_are_package_data() -> None:
    assert DOMAIN_FILE.parent.name == "words" and DOMAIN_FILE.parent.parent.name == "hearing"
    assert len(domain_sentences()) > 2000
    words = extra_words()
    assert {"suddenly", "numb", "tingling"} <= set(words)

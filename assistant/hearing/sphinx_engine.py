"""PocketSphinx 5 behind the recognizer protocol: the zero-download engine, with its bundled US
English model, a language model built from the care domain's sentences (:mod:`.vocabulary`)
and JSGF grammars for the wake and safety words. Utterances are cut by :mod:`.vad`.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from assistant.core.events import Partial, Transcript
from assistant.core.settings import RecognizerSettings
from assistant.hearing.recognizer import UNK, clean_words
from assistant.hearing.vad import End, Endpointer, SpeechDetector, Start
from assistant.hearing.vocabulary import domain_sentences, extra_words

_FILLER = ("a the i to and you it is my what how do can for of in on that this "
           "should with back pain ice heat time please okay yes no now me").split()
_NUMBERS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen twenty twenty five thirty forty five "
            "a half an hour").split()
"""Durations people ask for (ice and heat stop at 20 minutes; reminders up to a few hours)."""


class PocketSphinxRecognizer:
    """PocketSphinx 5 with its bundled US English model.

    Open vocabulary uses a trigram model of the domain sentences (plus the wake and safety
    words, and :func:`extra_words` as rare words) when there are any, else the bundled general
    English model.
    """

    engine = "pocketsphinx"

    def __init__(self, settings: RecognizerSettings | None = None,
                 sentences: list[str] | None = None, words: list[str] | None = None,
                 detector: SpeechDetector | None = None) -> None:
        from pocketsphinx import Decoder, set_loglevel

        set_loglevel("FATAL")
        self.settings = settings or RecognizerSettings()
        extra = [self.settings.wake_phrase, "stop", "help", "help me", "stop stop"]
        corpus = domain_sentences() if sentences is None else sentences
        # With a domain corpus, skip loading the bundled general LM (a third of start-up).
        self.decoder = Decoder(loglevel="FATAL", lm=None) if corpus else Decoder(loglevel="FATAL")
        if corpus:
            corpus = (corpus + [f"for {n} minutes" for n in _NUMBERS]
                      + [f"{n} seconds" for n in _NUMBERS])
            self._use_domain_lm(corpus + [e for e in extra if e] * 3,
                                extra_words() if words is None else words)
        self._open_search = self.decoder.current_search()
        self.grammar: list[str] | None = None
        self.utterance_grammar: list[str] | None = None
        self._search_grammar: list[str] | None = None
        self._want_search: str | None = None
        self._searches: dict[tuple[str, ...], str] = {}
        self.endpointer = Endpointer(self.settings.endpoint_silence_ms, detector=detector)
        self.reset()

    def _use_domain_lm(self, corpus: list[str], words: list[str]) -> None:
        """A trigram model of ``corpus``, plus ``words`` once each (rare unigrams), as the
        open-vocabulary search. Words missing from the pronunciation dictionary are dropped."""
        from pocketsphinx.lm import ArpaBoLM

        vocab = {w for s in corpus for w in s.split()} | set(words)
        known = {w for w in vocab if self.decoder.lookup_word(w)}  # one lookup per word
        lines = (" ".join(w for w in s.split() if w in known) for s in corpus)
        lm = ArpaBoLM(text="\n".join(line for line in lines if line), add_start=True)
        with tempfile.TemporaryDirectory(prefix="bc-lm-") as tmp:
            listed = Path(tmp) / "words.txt"
            listed.write_text("\n".join(w for w in words if w in known))
            lm.read_word_file(str(listed), 1)  # only words not in the corpus, count 1
            lm.compute()
            arpa = Path(tmp) / "domain.arpa"
            with arpa.open("w", encoding="utf-8") as fh:
                lm.write(fh)
            self.decoder.add_lm_file("domain", str(arpa))
        self.decoder.activate_search("domain")

    def reset(self) -> None:
        if getattr(self, "_in_utt", False):
            self.decoder.end_utt()
        self.endpointer.reset()
        self._in_utt = False
        self._partial = ""
        self._audio = bytearray()
        self._start = 0.0
        self._switch()

    def _switch(self) -> None:
        """Apply a grammar change; only between utterances."""
        if self._want_search and not self._in_utt:
            self.decoder.activate_search(self._want_search)
            self._want_search = None
            self._search_grammar = self.grammar

    def set_grammar(self, phrases: list[str] | None) -> None:
        usable = None
        if phrases is not None:
            usable = [p.lower() for p in phrases if p.strip()
                      and all(self.decoder.lookup_word(w) for w in p.lower().split())] or None
        if usable == self.grammar:
            return
        self.grammar = usable
        if usable is None:
            self._want_search = self._open_search
        else:
            # one search per distinct grammar, never replaced: replacing the search in use
            # crashes PocketSphinx
            key = tuple(usable)
            if key not in self._searches:
                name = f"grammar{len(self._searches)}"
                alts = " | ".join(usable + _FILLER)
                self.decoder.add_jsgf_string(
                    name, f"#JSGF V1.0;\ngrammar g;\npublic <s> = ( {alts} )+ ;\n")
                self._searches[key] = name
            self._want_search = self._searches[key]
        self._switch()

    def _text(self, hyp: str) -> str:
        words = clean_words(re.sub(r"\(\d+\)|<[^>]*>|\[[^\]]*\]", " ", hyp)).split()
        grammar = self.utterance_grammar
        if grammar is None:
            return " ".join(words)
        allowed = {w for p in grammar for w in p.split()}
        return clean_words(" ".join(w if w in allowed else UNK for w in words))

    def accept(self, pcm: bytes) -> Partial | Transcript | None:
        result: Partial | Transcript | None = None
        for event in self.endpointer.feed(pcm):
            if isinstance(event, Start):
                self._switch()
                self.utterance_grammar = self._search_grammar
                self.decoder.start_utt()
                self._in_utt = True
                self._audio = bytearray(event.audio)
                self._start = event.at
                self.decoder.process_raw(event.audio)
            elif isinstance(event, End):
                result = self._finish(event.speech_end) or result
                continue
            else:
                self.decoder.process_raw(event.audio)
                self._audio += event.audio
            hyp = self.decoder.hyp()
            text = self._text(hyp.hypstr) if hyp else ""
            if text and text != self._partial:
                self._partial = text
                result = Partial(text)
        return result

    def _finish(self, speech_end: float) -> Transcript | None:
        self.decoder.end_utt()
        self._in_utt, self._partial = False, ""
        hyp = self.decoder.hyp()
        self._last_audio = bytes(self._audio)
        self._switch()
        text = self._text(hyp.hypstr) if hyp else ""
        if not text:
            return None
        conf = float(self.decoder.get_logmath().exp(hyp.prob)) if hyp else 0.0
        return Transcript(text, round(conf, 3), self._start, speech_end, self.engine)

    def flush(self) -> Transcript | None:
        if not self._in_utt:
            return None
        return self._finish(self.endpointer.end().speech_end)

    def redecode_open(self) -> Transcript | None:
        audio = getattr(self, "_last_audio", b"")
        if not audio or self._in_utt:
            return None
        current = self.decoder.current_search()
        self.decoder.activate_search(self._open_search)
        self.decoder.start_utt()
        self.decoder.process_raw(audio, full_utt=True)
        self.decoder.end_utt()
        hyp = self.decoder.hyp()
        self.decoder.activate_search(current)
        text = clean_words(re.sub(r"\(\d+\)|<[^>]*>|\[[^\]]*\]", " ", hyp.hypstr)) if hyp else ""
        return Transcript(text, engine=self.engine) if text else None

"""PocketSphinx 5 behind the recognizer interface of :mod:`assistant.asr`: the zero-download
fallback engine, with its bundled US English model, its own VAD endpointing, a language model
built from the Rasa NLU examples, and JSGF grammars for the wake and safety words.
"""

from __future__ import annotations

import re
from collections import deque
from pathlib import Path

from assistant.asr import RATE, UNK, _clean
from assistant.events import Partial, Transcript
from assistant.settings import RecognizerSettings, project_root

_FILLER = ("a the i to and you it is my what how do can for of in on that this "
           "should with back pain ice heat time please okay yes no now me").split()


_NUMBERS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen twenty twenty five thirty forty five "
            "a half an hour").split()
"""Durations people ask for (ice and heat stop at 20 minutes; reminders up to a few hours)."""


def domain_sentences(root: Path | None = None) -> list[str]:
    """Example sentences from the Rasa NLU data (``nlu/*.yml``), plain text, lower case."""
    out: list[str] = []
    for path in sorted((root or project_root()).glob("nlu/*.yml")):
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"\s*-\s+(.*)$", line)
            if not m or ":" in m.group(1)[:20]:
                continue
            text = re.sub(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}", r"\1\2", m.group(1))
            text = re.sub(r"[^a-z' ]+", " ", text.lower())
            if text.strip():
                out.append(_clean(text))
    return out


WORDS = Path(__file__).resolve().parent / "words"


def extra_words() -> list[str]:
    """Words the NLU examples never use but a person may say: the 3,000 most frequent words of
    the bundled general English model (``words/common.txt``, from ``scripts/common_words.py``)
    and body-part and symptom words (``words/symptoms.txt``). Measured on the spoken safety
    sets, they take red flags such as "my legs suddenly went weak" from misheard to heard, and
    lower the dev set's clean word error rate from 10.0 to 9.6 %; 10,000 words did worse."""
    out: list[str] = []
    for name in ("common.txt", "symptoms.txt"):
        out += [w for w in (WORDS / name).read_text(encoding="utf-8").split()
                if not w.startswith("#")]
    return out


class PocketSphinxRecognizer:
    """PocketSphinx 5 with its bundled US English model and its own VAD endpointer.

    Open vocabulary uses a language model built from the Rasa NLU examples (plus the wake and
    safety words, and :func:`extra_words` as rare words) when ``nlu/`` has any, else the bundled
    general English model.
    """

    engine = "pocketsphinx"

    def __init__(self, settings: RecognizerSettings | None = None,
                 sentences: list[str] | None = None, words: list[str] | None = None) -> None:
        from pocketsphinx import Decoder, set_loglevel

        set_loglevel("FATAL")
        self.settings = settings or RecognizerSettings()
        extra = [self.settings.wake_phrase, "stop", "help", "help me", "stop stop"]
        corpus = domain_sentences() if sentences is None else sentences
        # With a domain corpus, skip loading the bundled general LM (a third of start-up).
        self.decoder = Decoder(loglevel="FATAL", lm=None) if corpus else Decoder(loglevel="FATAL")
        if corpus:
            corpus = corpus + [f"for {n} minutes" for n in _NUMBERS] + [f"{n} seconds" for n in _NUMBERS]
        if corpus:
            self._use_domain_lm(corpus + [e for e in extra if e] * 3,
                                extra_words() if words is None else words)
        self._open_search = self.decoder.current_search()
        self.grammar: list[str] | None = None
        """The grammar asked for; it takes effect when the next utterance starts."""
        self.utterance_grammar: list[str] | None = None
        """The grammar the current (or last) utterance is decoded with."""
        self._want_search: str | None = None
        self._searches: dict[tuple[str, ...], str] = {}
        self.reset()

    def _use_domain_lm(self, corpus: list[str], words: list[str]) -> None:
        """A trigram model of ``corpus``, plus ``words`` once each (rare unigrams), as the
        open-vocabulary search. Words missing from the pronunciation dictionary are dropped."""
        import tempfile

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
        from pocketsphinx import Vad

        if getattr(self, "_in_utt", False):
            self.decoder.end_utt()
        self._vad = Vad(1, RATE, 0.03)
        self._ring: deque[tuple[bytes, bool]] = deque(maxlen=10)  # 300 ms of pre-roll
        self._in_utt = False
        self._partial = ""
        self._buf = bytearray()
        self._audio = bytearray()
        self._start = self._end = 0.0
        self._trailing = 0.0
        self._samples = 0
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
            usable = [p.lower() for p in phrases
                      if p.strip() and all(self.decoder.lookup_word(w) for w in p.lower().split())] or None
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
                self.decoder.add_jsgf_string(name, f"#JSGF V1.0;\ngrammar g;\npublic <s> = ( {alts} )+ ;\n")
                self._searches[key] = name
            self._want_search = self._searches[key]
        self._switch()

    def _text(self, hyp: str) -> str:
        words = _clean(re.sub(r"\(\d+\)|<[^>]*>|\[[^\]]*\]", " ", hyp)).split()
        grammar = self.utterance_grammar
        if grammar is None:
            return " ".join(words)
        allowed = {w for p in grammar for w in p.split()}
        return _clean(" ".join(w if w in allowed else UNK for w in words))

    def accept(self, pcm: bytes) -> Partial | Transcript | None:
        """VAD on 30 ms frames: 3 speech frames out of 5 start an utterance (with 300 ms of
        pre-roll); ``endpoint_silence_ms`` of non-speech, or 20 seconds, end it."""
        self._buf += pcm
        fb = self._vad.frame_bytes
        result: Partial | Transcript | None = None
        while len(self._buf) >= fb:
            frame = bytes(self._buf[:fb])
            del self._buf[:fb]
            self._samples += fb // 2
            speech = self._vad.is_speech(frame)
            self._ring.append((frame, speech))
            if not self._in_utt:
                if sum(s for _, s in list(self._ring)[-5:]) < 3:
                    continue
                self._switch()
                self.utterance_grammar = getattr(self, "_search_grammar", None)
                self.decoder.start_utt()
                self._in_utt, self._trailing = True, 0.0
                self._audio = bytearray(b"".join(f for f, _ in self._ring))
                self._start = self._samples / RATE - len(self._ring) * 0.03
                self.decoder.process_raw(bytes(self._audio))
            else:
                self.decoder.process_raw(frame)
                self._audio += frame
                self._trailing = 0.0 if speech else self._trailing + 30.0
            if speech:
                self._end = self._samples / RATE
            too_long = len(self._audio) > RATE * 2 * 20
            if self._trailing >= self.settings.endpoint_silence_ms or too_long:
                result = self._finish() or result
                continue
            hyp = self.decoder.hyp()
            text = self._text(hyp.hypstr) if hyp else ""
            if text and text != self._partial:
                self._partial = text
                result = Partial(text)
        return result

    def _finish(self) -> Transcript | None:
        self.decoder.end_utt()
        self._in_utt, self._partial, self._trailing = False, "", 0.0
        self._ring.clear()
        hyp = self.decoder.hyp()
        self._last_audio = bytes(self._audio)
        self._switch()
        text = self._text(hyp.hypstr) if hyp else ""
        if not text:
            return None
        conf = float(self.decoder.get_logmath().exp(hyp.prob)) if hyp else 0.0
        return Transcript(text, round(conf, 3), self._start, self._end, self.engine)

    def flush(self) -> Transcript | None:
        return self._finish() if self._in_utt else None

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
        text = _clean(re.sub(r"\(\d+\)|<[^>]*>|\[[^\]]*\]", " ", hyp.hypstr)) if hyp else ""
        return Transcript(text, engine=self.engine) if text else None



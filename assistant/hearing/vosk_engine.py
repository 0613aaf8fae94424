"""Vosk (Kaldi) behind the recognizer protocol: streaming partials, grammars, and utterances cut
by the shared endpointer (:mod:`.vad`). The model comes from :mod:`.vosk_models`."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from assistant.core.events import Partial, Transcript
from assistant.core.settings import RecognizerSettings
from assistant.hearing.recognizer import RATE, UNK, clean_words
from assistant.hearing.vad import End, Endpointer, SpeechDetector, Start

log = logging.getLogger(__name__)


class VoskRecognizer:
    """Streaming Vosk: one Kaldi recognizer per grammar, fed only while an utterance lasts."""

    engine = "vosk"

    def __init__(self, model_path: str | Path, settings: RecognizerSettings | None = None,
                 detector: SpeechDetector | None = None) -> None:
        import vosk

        vosk.SetLogLevel(-1)
        self.settings = settings or RecognizerSettings()
        self._vosk = vosk
        self.model = vosk.Model(str(model_path))
        self.model_path = str(model_path)
        self._open = self._new()
        self._active: Any = self._open
        self.grammar: list[str] | None = None
        self.utterance_grammar: list[str] | None = None
        self._next: tuple[Any, list[str] | None] | None = None
        self._next_grammar: list[str] | None = None
        self.endpointer = Endpointer(self.settings.endpoint_silence_ms, detector=detector)
        self.reset()

    def _new(self, grammar: list[str] | None = None) -> Any:
        if grammar is None:
            rec = self._vosk.KaldiRecognizer(self.model, RATE)
        else:
            rec = self._vosk.KaldiRecognizer(self.model, RATE,
                                             json.dumps(grammar, ensure_ascii=False))
        rec.SetWords(True)
        return rec

    def known(self, word: str) -> bool:
        return int(self.model.vosk_model_find_word(word)) >= 0

    def set_grammar(self, phrases: list[str] | None) -> None:
        """Restrict to ``phrases`` (+ ``[unk]``); phrases with words the model lacks are left
        out. ``None``, or nothing left, means open vocabulary."""
        usable = None
        if phrases is not None:
            usable = [p.lower() for p in phrases
                      if p.strip() and all(self.known(w) for w in p.lower().split())]
            if len(usable) < len([p for p in phrases if p.strip()]):
                log.info("grammar: left out phrases with unknown words: %s",
                         sorted(set(phrases) - set(usable)))
            if not usable:
                usable = None
        if usable == self.grammar:
            return
        self.grammar = usable
        extra = [UNK] if self.known(UNK) else []  # some models have no [unk] word
        self._next = (self._open if usable is None else self._new([*usable, *extra]), usable)
        if not self.endpointer.in_utterance:  # between utterances: switch now
            self._apply_next()

    def _apply_next(self) -> None:
        if self._next is not None:
            self._active, self._active_grammar = self._next
            self._next = None

    def reset(self) -> None:
        self._apply_next()
        self._active_grammar = self.grammar
        self._active.Reset()
        self.endpointer.reset()
        self._partial = ""
        self._start = 0.0
        self._audio = bytearray()

    def accept(self, pcm: bytes) -> Partial | Transcript | None:
        result: Partial | Transcript | None = None
        for event in self.endpointer.feed(pcm):
            if isinstance(event, Start):
                self._apply_next()
                self.utterance_grammar = self._active_grammar
                self._active.Reset()
                self._start, self._audio, self._partial = event.at, bytearray(), ""
                audio = event.audio
            elif isinstance(event, End):
                result = self._finish(event.speech_end) or result
                continue
            else:
                audio = event.audio
            self._audio += audio
            self._active.AcceptWaveform(audio)
            partial = clean_words(json.loads(self._active.PartialResult()).get("partial", ""))
            if partial and partial != self._partial:
                self._partial = partial
                result = Partial(partial)
        return result

    def _finish(self, speech_end: float) -> Transcript | None:
        r = json.loads(self._active.FinalResult())
        self._partial = ""
        self._last_audio = bytes(self._audio)
        self._apply_next()
        text = clean_words(r.get("text", ""))
        if not text:
            return None
        confs = [float(w.get("conf", 1.0)) for w in r.get("result", [])]
        conf = sum(confs) / len(confs) if confs else 0.0
        return Transcript(text, round(conf, 3), self._start, speech_end, self.engine)

    def flush(self) -> Transcript | None:
        """End of stream: whatever was being said."""
        if not self.endpointer.in_utterance:
            return None
        return self._finish(self.endpointer.end().speech_end)

    def redecode_open(self) -> Transcript | None:
        audio = getattr(self, "_last_audio", b"")
        if not audio:
            return None
        rec = self._new()
        rec.AcceptWaveform(audio)
        r = json.loads(rec.FinalResult())
        text = clean_words(r.get("text", ""))
        confs = [float(w.get("conf", 1.0)) for w in r.get("result", [])]
        conf = sum(confs) / len(confs) if confs else 0.0
        return Transcript(text, conf, engine=self.engine) if text else None

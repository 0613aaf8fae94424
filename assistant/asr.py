"""Speech recognition: Vosk (default) and PocketSphinx (built-in fallback), one interface.

``accept(pcm)`` takes 16 kHz mono int16 bytes and returns a :class:`Partial` while words
change, a :class:`Transcript` once an utterance has ended (trailing silence of
``endpoint_silence_ms``), else ``None``. ``set_grammar(phrases)`` restricts what can be heard
(words outside come out as ``[unk]``); ``set_grammar(None)`` is open vocabulary.
``redecode_open()`` decodes the last utterance again with open vocabulary (used when the wake
phrase was heard under the grammar and a question followed it in the same breath).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from assistant.events import Partial, Transcript
from assistant.settings import RecognizerSettings

log = logging.getLogger(__name__)
RATE = 16000
UNK = "[unk]"
_MAX_UTTERANCE_BYTES = RATE * 2 * 30
_PREROLL_BYTES = RATE * 2 // 2


class Recognizer(Protocol):
    engine: str

    def accept(self, pcm: bytes) -> Partial | Transcript | None: ...

    def reset(self) -> None: ...

    def set_grammar(self, phrases: list[str] | None) -> None: ...

    def redecode_open(self) -> Transcript | None: ...

    def flush(self) -> Transcript | None: ...


class _Utterance:
    """Frame-level VAD bookkeeping shared by both engines: trailing silence, times, audio."""

    def __init__(self, vad_mode: int = 1) -> None:
        from pocketsphinx import Vad

        self.vad = Vad(vad_mode, RATE, 0.03)
        self.frame_bytes = self.vad.frame_bytes
        self._rest = b""
        self.samples = 0  # stream position
        self.audio = bytearray()
        self.clear()

    def clear(self) -> None:
        self.trailing_ms = 0.0
        self.speech_start: float | None = None
        self.speech_end = 0.0
        self.audio = self.audio[-_PREROLL_BYTES:]

    def feed(self, pcm: bytes) -> None:
        self.audio += pcm
        if len(self.audio) > _MAX_UTTERANCE_BYTES:
            del self.audio[: len(self.audio) - _MAX_UTTERANCE_BYTES]
        data = self._rest + pcm
        fb = self.frame_bytes
        n = len(data) // fb * fb
        for i in range(0, n, fb):
            self.samples += fb // 2
            if self.vad.is_speech(data[i:i + fb]):
                self.trailing_ms = 0.0
                now = self.samples / RATE
                if self.speech_start is None:
                    self.speech_start = now - fb / 2 / RATE
                self.speech_end = now
            else:
                self.trailing_ms += fb / 2 / RATE * 1000
        self._rest = data[n:]


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


class VoskRecognizer:
    """Streaming Vosk with partials, our own tunable trailing-silence endpoint and grammars."""

    engine = "vosk"

    def __init__(self, model_path: str | Path, settings: RecognizerSettings | None = None) -> None:
        import vosk

        vosk.SetLogLevel(-1)
        self.settings = settings or RecognizerSettings()
        self._vosk = vosk
        self.model = vosk.Model(str(model_path))
        self.model_path = str(model_path)
        self._open = self._new()
        self._active = self._open
        self.grammar: list[str] | None = None
        """The grammar asked for; it takes effect at the next utterance boundary."""
        self.utterance_grammar: list[str] | None = None
        """The grammar the last transcript was decoded with."""
        self._active_grammar: list[str] | None = None
        self._next: tuple[object, list[str] | None] | None = None
        self.reset()

    def _new(self, grammar: list[str] | None = None) -> object:
        if grammar is None:
            rec = self._vosk.KaldiRecognizer(self.model, RATE)
        else:
            rec = self._vosk.KaldiRecognizer(self.model, RATE, json.dumps(grammar, ensure_ascii=False))
        rec.SetWords(True)
        return rec

    def known(self, word: str) -> bool:
        return int(self.model.vosk_model_find_word(word)) >= 0

    def set_grammar(self, phrases: list[str] | None) -> None:
        """Restrict to ``phrases`` (+ ``[unk]``); phrases with words the model lacks are left
        out. ``None``, or nothing left, means open vocabulary."""
        usable = None
        if phrases is not None:
            usable = [p.lower() for p in phrases if p.strip() and all(self.known(w) for w in p.lower().split())]
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
        if not (self._pending or self._partial):  # between utterances: switch now
            self._apply_next()

    def _apply_next(self) -> None:
        if self._next is not None:
            self._active, self._active_grammar = self._next
            self._next = None
            self._active.Reset()  # type: ignore[attr-defined]
            self._partial = ""

    def reset(self) -> None:
        self._apply_next()
        self._active.Reset()  # type: ignore[attr-defined]
        self._pending: list[str] = []
        self._confs: list[float] = []
        self._partial = ""
        self._utt = _Utterance()

    def _take(self, result: str) -> None:
        r = json.loads(result)
        text = _clean(r.get("text", ""))
        if text:
            self._pending.append(text)
            self._confs += [float(w.get("conf", 1.0)) for w in r.get("result", [])]

    def _emit(self) -> Transcript | None:
        text = _clean(" ".join(self._pending))
        conf = sum(self._confs) / len(self._confs) if self._confs else 0.0
        start, end = self._utt.speech_start or 0.0, self._utt.speech_end
        self._pending, self._confs, self._partial = [], [], ""
        self._last_audio = bytes(self._utt.audio)
        self._utt.clear()
        self.utterance_grammar = self._active_grammar
        self._apply_next()
        if not text:
            return None
        return Transcript(text, round(conf, 3), start, end, self.engine)

    def accept(self, pcm: bytes) -> Partial | Transcript | None:
        rec = self._active
        self._utt.feed(pcm)
        if rec.AcceptWaveform(pcm):  # type: ignore[attr-defined]
            self._take(rec.Result())  # type: ignore[attr-defined]
            self._partial = ""
        else:
            partial = _clean(json.loads(rec.PartialResult()).get("partial", ""))  # type: ignore[attr-defined]
            if partial != self._partial:
                self._partial = partial
                if partial:
                    return Partial(_clean(" ".join([*self._pending, partial])))
        if self._utt.trailing_ms >= self.settings.endpoint_silence_ms:
            if self._partial:
                self._take(rec.FinalResult())  # type: ignore[attr-defined]
            if self._pending:
                return self._emit()
            if self._utt.speech_start is not None:
                self._utt.clear()  # noise without words
            self._apply_next()
        return None

    def flush(self) -> Transcript | None:
        """End of stream: whatever was being said."""
        if self._partial:
            self._take(self._active.FinalResult())  # type: ignore[attr-defined]
        return self._emit() if self._pending else None

    def redecode_open(self) -> Transcript | None:
        audio = getattr(self, "_last_audio", b"")
        if not audio:
            return None
        rec = self._new()
        rec.AcceptWaveform(audio)  # type: ignore[attr-defined]
        r = json.loads(rec.FinalResult())  # type: ignore[attr-defined]
        text = _clean(r.get("text", ""))
        confs = [float(w.get("conf", 1.0)) for w in r.get("result", [])]
        return Transcript(text, sum(confs) / len(confs) if confs else 0.0, engine=self.engine) if text else None


# ---------------------------------------------------------------- choosing
_announced = False
BUILTIN_NOTICE = "using the built-in recognizer; run `backcoach model download` for better accuracy"


def open_recognizer(settings: RecognizerSettings, announce: Callable[[str], None] = print,
                    vosk_model: str | None = None) -> Recognizer:
    """Vosk when a model is found (or ``engine="vosk"``), else PocketSphinx, announced once.
    Blocking (loads models): call it in an executor from async code."""
    global _announced
    from assistant.vosk_models import find_model

    engine = settings.engine
    model = find_model(vosk_model or settings.vosk_model) if engine in ("auto", "vosk") else None
    if engine == "vosk" and model is None:
        raise FileNotFoundError("no Vosk model found; run `backcoach model download`")
    if model is not None:
        return VoskRecognizer(model, settings)
    if engine == "auto" and not _announced:
        _announced = True
        announce(BUILTIN_NOTICE)
    from assistant.asr_sphinx import PocketSphinxRecognizer

    return PocketSphinxRecognizer(settings)

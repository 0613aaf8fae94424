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
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from assistant.events import Partial, Transcript
from assistant.settings import RecognizerSettings, project_root

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
        self._active = self._open if usable is None else self._new([*usable, *extra])
        self.reset()

    def reset(self) -> None:
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


# ---------------------------------------------------------------- PocketSphinx
_FILLER = ("a the i to and you it is my what how do can for of in on that this "
           "should with back pain ice heat time please okay yes no now me").split()


_NUMBERS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen twenty thirty forty forty five fifty "
            "sixty ninety a half an hour").split()


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


class PocketSphinxRecognizer:
    """PocketSphinx 5 with its bundled US English model and its own VAD endpointer.

    Open vocabulary uses a language model built from the Rasa NLU examples (plus the wake and
    safety words) when ``nlu/`` has any, else the bundled general English model.
    """

    engine = "pocketsphinx"

    def __init__(self, settings: RecognizerSettings | None = None,
                 sentences: list[str] | None = None) -> None:
        from pocketsphinx import Decoder, set_loglevel

        set_loglevel("FATAL")
        self.settings = settings or RecognizerSettings()
        self.decoder = Decoder(loglevel="FATAL")
        extra = [self.settings.wake_phrase, "stop", "help", "help me", "stop stop"]
        corpus = domain_sentences() if sentences is None else sentences
        if corpus:
            corpus = corpus + [f"for {n} minutes" for n in _NUMBERS] + [f"{n} seconds" for n in _NUMBERS]
        if corpus:
            self._use_domain_lm(corpus + [e for e in extra if e] * 3)
        self._open_search = self.decoder.current_search()
        self.grammar: list[str] | None = None
        self._want_search: str | None = None
        self.reset()

    def _use_domain_lm(self, corpus: list[str]) -> None:
        import io
        import tempfile

        from pocketsphinx.lm import ArpaBoLM

        known = [" ".join(w for w in s.split() if self.decoder.lookup_word(w)) for s in corpus]
        lm = ArpaBoLM(text="\n".join(s for s in known if s), add_start=True)
        lm.compute()
        buf = io.StringIO()
        lm.write(buf)
        with tempfile.NamedTemporaryFile("w", suffix=".arpa", delete=False) as fh:
            fh.write(buf.getvalue())
        self.decoder.add_lm_file("domain", fh.name)
        self.decoder.activate_search("domain")
        Path(fh.name).unlink(missing_ok=True)

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
        if self._want_search and not self._in_utt:
            self.decoder.activate_search(self._want_search)
            self._want_search = None

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
            alts = " | ".join(usable + _FILLER)
            self.decoder.add_jsgf_string("grammar", f"#JSGF V1.0;\ngrammar g;\npublic <s> = ( {alts} )+ ;\n")
            self._want_search = "grammar"
        self._switch()

    def _text(self, hyp: str) -> str:
        words = _clean(re.sub(r"\(\d+\)|<[^>]*>|\[[^\]]*\]", " ", hyp)).split()
        if self.grammar is None:
            return " ".join(words)
        allowed = {w for p in self.grammar for w in p.split()}
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
    return PocketSphinxRecognizer(settings)

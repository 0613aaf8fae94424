"""Speech out: pyttsx3 renders one sentence at a time to a WAV.

pyttsx3 engines are not thread-safe, so one dedicated worker thread owns the engine and does
every ``save_to_file`` + ``runAndWait``. Volume is applied as a gain on the samples (reliable
for every driver); rate goes to the engine.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import re
import shutil
import tempfile
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.audio.wavfile import read_wav
from assistant.core.settings import SpeechSettings


class TTSUnavailable(RuntimeError):
    """No speech engine (pyttsx3 could not start a driver such as espeak-ng)."""


@dataclass(frozen=True)
class Rendered:
    samples: np.ndarray
    """int16 mono."""
    rate: int
    text: str = ""

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate


_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


def split_sentences(text: str) -> list[str]:
    """Sentences to speak one at a time (so the first plays while the next renders)."""
    return [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]


_PHONE = re.compile(r"\b(call|dial|number,?|on)\s+(\d{2,4})\b", re.IGNORECASE)


def speakable(text: str) -> str:
    """Read phone numbers digit by digit: "call 911" -> "call 9 1 1" (espeak-ng would say
    "nine hundred and eleven")."""
    return _PHONE.sub(lambda m: f"{m.group(1)} {' '.join(m.group(2))}", text)


def apply_volume(samples: np.ndarray, volume: float) -> np.ndarray:
    v = min(max(float(volume), 0.0), 1.0)
    if v >= 0.999:
        return samples
    return np.round(samples.astype(np.float32) * v).astype(np.int16)


def _silence_driver_prints() -> None:
    """pyttsx3's espeak driver prints "Audio saved to ..." on stdout, which would corrupt
    ``--json`` output; give that one module a print that does nothing."""
    import importlib

    with contextlib.suppress(ImportError):
        module = importlib.import_module("pyttsx3.drivers.espeak")
        module.print = lambda *a, **k: None  # type: ignore[attr-defined]


class _Worker:
    """One daemon thread running submitted calls in order (a process never waits for it)."""

    def __init__(self) -> None:
        self._q: queue.SimpleQueue[tuple[Any, tuple[Any, ...], Future[Any]]] = queue.SimpleQueue()
        threading.Thread(target=self._run, name="tts-worker", daemon=True).start()

    def _run(self) -> None:
        while True:
            fn, args, fut = self._q.get()
            if not fut.set_running_or_notify_cancel():
                continue
            try:
                fut.set_result(fn(*args))
            except BaseException as exc:
                fut.set_exception(exc)

    def submit(self, fn: Any, *args: Any) -> Future[Any]:
        fut: Future[Any] = Future()
        self._q.put((fn, args, fut))
        return fut


_WORKER: _Worker | None = None
_ENGINE: dict[str, Any] = {"engine": None, "rate": None, "voice": None}
"""espeak-ng is one library per process and pyttsx3 engines are not thread-safe, so every
:class:`TTS` shares one engine, created and used only in one worker thread."""


def _worker() -> _Worker:
    global _WORKER
    if _WORKER is None:
        _WORKER = _Worker()
    return _WORKER


def _sync_espeak() -> None:
    """pyttsx3's espeak-ng driver returns from ``runAndWait`` while espeak-ng may still be
    synthesizing on its own thread; wait for it so the next sentence does not collide."""
    with contextlib.suppress(Exception):
        from pyttsx3.drivers import _espeak

        _espeak.Synchronize()


def _apply_rate(rate: int) -> None:
    """Set espeak-ng's rate right now: pyttsx3 queues property changes behind its own event
    loop, and they do not always land before the next sentence."""
    with contextlib.suppress(Exception):
        from pyttsx3.drivers import _espeak

        _espeak.SetParameter(_espeak.RATE, rate, 0)


def _wait_for_file(path: Path, timeout: float) -> bool:
    """True once ``path`` holds a finished WAV (its size no longer changing)."""
    _sync_espeak()
    deadline = time.monotonic() + timeout
    size = -1
    while time.monotonic() < deadline:
        now = path.stat().st_size if path.exists() else -1
        if now > 44 and now == size:
            return True
        size = now
        time.sleep(0.005)
    return False


class TTS:
    """pyttsx3 speech rendered to int16 samples in the one speech worker thread."""

    def __init__(self, settings: SpeechSettings | None = None) -> None:
        s = settings or SpeechSettings()
        self.rate, self.volume, self.voice = s.rate, s.volume, s.voice
        self._pool = _worker()
        self._tmp = Path(tempfile.mkdtemp(prefix="backcoach-tts-"))

    # -- runs only in the worker thread
    def _ensure_engine(self) -> Any:
        if _ENGINE["engine"] is None:
            try:
                import pyttsx3

                _ENGINE["engine"] = pyttsx3.init()
                _silence_driver_prints()
            except Exception as exc:
                raise TTSUnavailable(f"speech engine failed to start: {exc}") from exc
        engine = _ENGINE["engine"]
        _sync_espeak()
        if self.voice and _ENGINE["voice"] != self.voice:
            engine.setProperty("voice", self.voice)
            _ENGINE["voice"] = self.voice
        if _ENGINE["rate"] != self.rate:
            engine.setProperty("rate", int(self.rate))
            _ENGINE["rate"] = self.rate
        return engine

    def _render_sync(self, text: str) -> Rendered:
        engine = self._ensure_engine()
        path = self._tmp / f"s{threading.get_ident()}.wav"
        path.unlink(missing_ok=True)
        for _attempt in range(3):
            _apply_rate(int(self.rate))
            engine.save_to_file(speakable(text), str(path))
            engine.runAndWait()
            if _wait_for_file(path, 1.0):
                break
        else:
            raise TTSUnavailable(f"speech engine wrote no audio for {text!r}")
        samples, rate = read_wav(path)
        path.unlink(missing_ok=True)
        return Rendered(samples, rate, text)

    # -- public, any thread / the event loop
    def render_sync(self, text: str) -> Rendered:
        """Render one sentence (blocks; unscaled volume)."""
        return self._pool.submit(self._render_sync, text).result()

    async def render(self, text: str, full_volume: bool = False) -> Rendered:
        """Render one sentence in the worker thread; volume applied unless ``full_volume``."""
        r = await asyncio.wrap_future(self._pool.submit(self._render_sync, text))
        if full_volume:
            return r
        return Rendered(apply_volume(r.samples, self.volume), r.rate, text)

    def warm_up(self) -> None:
        """Start the engine now (in the worker) so the first answer is not delayed."""
        self._pool.submit(self._ensure_engine).result()

    def set_rate(self, words_per_minute: float) -> None:
        self.rate = int(min(max(words_per_minute, 80), 260))

    def set_volume(self, volume: float) -> None:
        self.volume = min(max(float(volume), 0.1), 1.0)

    def close(self) -> None:
        """Remove the scratch folder once renders already asked for are done."""
        tmp = self._tmp
        self._pool.submit(shutil.rmtree, tmp, True)

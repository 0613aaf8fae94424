"""Audio output: one persistent speaker stream that stops within a block (barge-in), or a WAV
collector behind the same interface."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from assistant.audio.tap import PlaybackTap
from assistant.audio.wavfile import resample, write_wav

OUT_RATE = 22050
"""Output stream rate: espeak-ng's native rate, so speech is not resampled."""
OUTPUT_LATENCY = 0.05
"""Seconds of audio buffered ahead: enough that the stream never runs dry (a dry stream
shifts what the echo canceller hears against what it was told was played)."""


class AudioOutput(Protocol):
    async def play(self, samples: np.ndarray, rate: int, label: str = "") -> bool:
        """Play to the end (True) or until :meth:`stop` (False)."""
        ...

    def stop(self) -> None: ...


class Downsampler:
    """A continuous stream from ``rate`` to 16 kHz by linear interpolation, block by block
    (cheap enough for the audio thread; used only as the echo canceller's reference)."""

    def __init__(self, rate: int, new_rate: int = 16000) -> None:
        self.step = rate / new_rate
        self._pos = 0.0
        self._last = 0.0

    def __call__(self, block: np.ndarray) -> np.ndarray:
        x = np.concatenate([[self._last], block.astype(np.float32)])
        positions = np.arange(self._pos, len(x) - 1, self.step)
        y = np.interp(positions, np.arange(len(x)), x)
        self._pos = float(positions[-1] + self.step - (len(x) - 1)) if len(positions) else (
            self._pos - (len(x) - 1))
        self._last = float(x[-1])
        return np.clip(np.round(y), -32768, 32767).astype(np.int16)


class SpeakerOutput:
    """One persistent output stream; :meth:`stop` silences it within one block (20 ms).
    With ``tap``, every block handed to the device (silence included) also goes, at 16 kHz, to
    the echo canceller's reference (:class:`assistant.audio.tap.PlaybackTap`)."""

    def __init__(self, device: int | None = None, rate: int = OUT_RATE, block_ms: int = 20,
                 on_first_audio: Callable[[str, float], None] | None = None,
                 tap: PlaybackTap | None = None) -> None:
        self.device, self.rate = device, rate
        self.tap = tap
        self._down = Downsampler(rate) if tap is not None else None
        self.block = rate * block_ms // 1000
        self.on_first_audio = on_first_audio
        self._lock = threading.Lock()
        self._items: deque[list[Any]] = deque()  # [samples, pos, done_event, label, loop, started]
        self._stream: Any = None
        self.samples_out = 0
        self.blocks = 0
        """Samples of queued items handed to the device so far (not the idle silence)."""

    def start(self) -> None:
        import sounddevice as sd

        from assistant.audio.alsa_log import route_alsa_messages

        route_alsa_messages()

        self._stream = sd.OutputStream(
            samplerate=self.rate, blocksize=self.block, device=self.device, channels=1,
            dtype="int16", callback=self._callback, latency=OUTPUT_LATENCY,
        )
        self._stream.start()

    async def ready(self, blocks: int = 10, timeout: float = 5.0) -> bool:
        """Wait until the device has asked for ``blocks`` blocks (the stream is flowing)."""
        if self._stream is None:
            self.start()
        goal = self.blocks + blocks
        deadline = time.monotonic() + timeout
        while self.blocks < goal and time.monotonic() < deadline:  # noqa: ASYNC110 - a counter the audio thread bumps
            await asyncio.sleep(0.02)
        return self.blocks >= goal

    def _finish(self, item: list[Any], completed: bool) -> None:
        loop, ev = item[4], item[2]
        loop.call_soon_threadsafe(lambda: ev.done() or ev.set_result(completed))

    def _callback(self, outdata: Any, frames: int, t: Any, status: Any) -> None:
        out = np.zeros(frames, dtype=np.int16)
        filled = 0
        self.blocks += 1
        with self._lock:
            while filled < frames and self._items:
                item = self._items[0]
                samples, pos = item[0], item[1]
                if not item[5]:
                    item[5] = True
                    if self.on_first_audio:
                        self.on_first_audio(item[3], time.monotonic())
                n = min(frames - filled, len(samples) - pos)
                out[filled:filled + n] = samples[pos:pos + n]
                filled += n
                self.samples_out += n
                item[1] = pos + n
                if item[1] >= len(samples):
                    self._items.popleft()
                    self._finish(item, True)
        outdata[:, 0] = out
        if self.tap is not None and self._down is not None:
            self.tap.push(self._down(out))

    async def play(self, samples: np.ndarray, rate: int, label: str = "") -> bool:
        if self._stream is None:
            self.start()
        data = resample(np.asarray(samples, dtype=np.int16), rate, self.rate)
        fut: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        item = [data, 0, fut, label, asyncio.get_running_loop(), False]
        with self._lock:
            self._items.append(item)
        try:
            return await fut
        except asyncio.CancelledError:
            with self._lock:
                if item in self._items:
                    self._items.remove(item)
            raise

    def stop(self) -> None:
        with self._lock:
            items, self._items = list(self._items), deque()
        for item in items:
            self._finish(item, False)

    def close(self) -> None:
        self.stop()
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None


class WavOutput:
    """Collects what would be played; with ``out_dir`` writes one WAV per item."""

    def __init__(self, out_dir: str | Path | None = None, prefix: str = "say") -> None:
        self.out_dir = Path(out_dir) if out_dir else None
        self.prefix = prefix
        self.played: list[tuple[str, np.ndarray, int]] = []
        self.files: list[Path] = []

    async def play(self, samples: np.ndarray, rate: int, label: str = "") -> bool:
        self.played.append((label, np.asarray(samples, dtype=np.int16), rate))
        if self.out_dir is not None:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            path = self.out_dir / f"{self.prefix}-{len(self.played):03d}.wav"
            write_wav(path, samples, rate)
            self.files.append(path)
        await asyncio.sleep(0)
        return True

    def stop(self) -> None:
        pass

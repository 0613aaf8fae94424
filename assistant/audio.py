"""Audio in and out: sounddevice devices and WAV files behind the same two interfaces.

Input is always 16 kHz mono int16 PCM in fixed blocks (30 ms by default). Output takes int16
mono samples at any rate and can be stopped within one block (barge-in). The WAV classes
implement the same interfaces so ``backcoach listen`` and the tests run the live code path.
"""

from __future__ import annotations

import asyncio
import threading
import time
import wave
from collections import deque
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, Protocol

import numpy as np

RATE = 16000
OUT_RATE = 22050
"""Output stream rate: espeak-ng's native rate, so speech is not resampled."""


class AudioInput(Protocol):
    def chunks(self) -> AsyncIterator[bytes]: ...

    def close(self) -> None: ...


class AudioOutput(Protocol):
    async def play(self, samples: np.ndarray, rate: int, label: str = "") -> bool:
        """Play to the end (True) or until :meth:`stop` (False)."""
        ...

    def stop(self) -> None: ...


# ---------------------------------------------------------------- conversion and files
def resample(samples: np.ndarray, rate: int, new_rate: int) -> np.ndarray:
    """Resample float or int16 mono samples (polyphase when scipy is present)."""
    if rate == new_rate or len(samples) == 0:
        return samples
    x = samples.astype(np.float32)
    try:
        from math import gcd

        from scipy.signal import resample_poly

        g = gcd(rate, new_rate)
        y = resample_poly(x, new_rate // g, rate // g)
    except ImportError:  # pragma: no cover - scipy comes with rasa
        n = round(len(x) * new_rate / rate)
        y = np.interp(np.arange(n) * rate / new_rate, np.arange(len(x)), x)
    if samples.dtype == np.int16:
        return np.clip(np.round(y), -32768, 32767).astype(np.int16)
    return y.astype(np.float32)


def read_wav(path: str | Path) -> tuple[np.ndarray, int]:
    """A WAV file as int16 mono samples and its rate (channels are averaged)."""
    with wave.open(str(path), "rb") as w:
        width, channels, rate = w.getsampwidth(), w.getnchannels(), w.getframerate()
        raw = w.readframes(w.getnframes())
    if width == 2:
        data = np.frombuffer(raw, dtype="<i2").astype(np.float32)
    elif width == 1:
        data = (np.frombuffer(raw, dtype=np.uint8).astype(np.float32) - 128.0) * 256.0
    elif width == 4:
        data = np.frombuffer(raw, dtype="<i4").astype(np.float32) / 65536.0
    elif width == 3:
        b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3)
        v = (b[:, 0].astype(np.int32) | (b[:, 1].astype(np.int32) << 8) | (b[:, 2].astype(np.int32) << 16))
        data = (np.where(v >= 1 << 23, v - (1 << 24), v) / 256.0).astype(np.float32)
    else:
        raise ValueError(f"{path}: unsupported sample width {width}")
    if channels > 1:
        data = data.reshape(-1, channels).mean(axis=1)
    return np.clip(np.round(data), -32768, 32767).astype(np.int16), rate


def load_pcm16k(path: str | Path) -> bytes:
    """Any WAV (rate, channels, width) as 16 kHz mono int16 bytes."""
    samples, rate = read_wav(path)
    return resample(samples, rate, RATE).tobytes()


def write_wav(path: str | Path, samples: np.ndarray, rate: int) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(np.asarray(samples, dtype=np.int16).tobytes())


# ---------------------------------------------------------------- devices
def refresh_devices() -> None:
    """Re-scan sound devices (PortAudio lists them once, when first used). Only call it while
    no stream is open, for example after plugging in a headset or starting a sound server."""
    import sounddevice as sd

    sd._terminate()
    sd._initialize()


def list_devices() -> list[dict[str, Any]]:
    """All sound devices: index, name, input/output channels, default rate."""
    import sounddevice as sd

    return [
        {
            "index": i,
            "name": d["name"],
            "inputs": int(d["max_input_channels"]),
            "outputs": int(d["max_output_channels"]),
            "rate": float(d["default_samplerate"]),
        }
        for i, d in enumerate(sd.query_devices())
    ]


def find_device(spec: str | int | None, kind: str) -> int | None:
    """Device index for ``spec`` (index or case-insensitive name part) with ``kind``
    (``input``/``output``) channels; ``None`` means the system default. Raises ``LookupError``
    when no such device exists (including when there is no default)."""
    import sounddevice as sd

    key = "inputs" if kind == "input" else "outputs"
    devices = [d for d in list_devices() if d[key] > 0]
    if spec in (None, ""):
        try:
            idx = sd.default.device[0 if kind == "input" else 1]
        except Exception:
            idx = -1
        if idx is None or idx < 0:
            if not devices:
                raise LookupError(f"no {kind} device found")
            return int(devices[0]["index"])
        return None
    s = str(spec).strip()
    if s.isdigit():
        if any(d["index"] == int(s) for d in devices):
            return int(s)
        raise LookupError(f"no {kind} device with index {s}")
    for d in devices:
        if s.lower() in str(d["name"]).lower():
            return int(d["index"])
    raise LookupError(f"no {kind} device named {s!r}")


# ---------------------------------------------------------------- input
class MicInput:
    """Microphone blocks; the PortAudio callback only hands bytes to the event loop."""

    def __init__(self, device: int | None = None, block_ms: int = 30) -> None:
        self.device, self.block = device, RATE * block_ms // 1000
        self._queue: asyncio.Queue[bytes] = asyncio.Queue(maxsize=400)
        self._stream: Any = None

    def _put(self, data: bytes) -> None:
        if self._queue.full():  # fall behind: drop the oldest block, keep the newest
            self._queue.get_nowait()
        self._queue.put_nowait(data)

    def start(self) -> None:
        import sounddevice as sd

        loop = asyncio.get_running_loop()

        def callback(indata: Any, frames: int, t: Any, status: Any) -> None:
            loop.call_soon_threadsafe(self._put, bytes(indata))

        self._stream = sd.RawInputStream(
            samplerate=RATE, blocksize=self.block, device=self.device, channels=1,
            dtype="int16", callback=callback,
        )
        self._stream.start()

    async def chunks(self) -> AsyncIterator[bytes]:
        if self._stream is None:
            self.start()
        while True:
            yield await self._queue.get()

    def close(self) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None


class WavInput:
    """A WAV file as 16 kHz mono blocks, then ``tail_ms`` of silence so endpointing fires."""

    def __init__(self, path: str | Path, block_ms: int = 30, tail_ms: int = 1500,
                 realtime: bool = False) -> None:
        self.pcm = load_pcm16k(path) + bytes(RATE * tail_ms // 1000 * 2)
        self.block_bytes = RATE * block_ms // 1000 * 2
        self.realtime = realtime

    async def chunks(self) -> AsyncIterator[bytes]:
        step = self.block_bytes
        for i in range(0, len(self.pcm), step):
            block = self.pcm[i:i + step]
            yield block + bytes(step - len(block))
            await asyncio.sleep(step / 2 / RATE if self.realtime else 0)

    def close(self) -> None:
        pass


# ---------------------------------------------------------------- output
class SpeakerOutput:
    """One persistent output stream; :meth:`stop` silences it within one block (20 ms)."""

    def __init__(self, device: int | None = None, rate: int = OUT_RATE, block_ms: int = 20,
                 on_first_audio: Callable[[str, float], None] | None = None) -> None:
        self.device, self.rate = device, rate
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

        self._stream = sd.OutputStream(
            samplerate=self.rate, blocksize=self.block, device=self.device, channels=1,
            dtype="int16", callback=self._callback, latency=0.06,
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

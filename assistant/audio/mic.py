"""Audio input: the microphone, or a WAV file behind the same interface (``listen``, tests).

Input is always 16 kHz mono int16 PCM in fixed blocks (30 ms by default).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Protocol

from assistant.audio.tap import PlaybackTap
from assistant.audio.wavfile import RATE, load_pcm16k
from assistant.core.events import MicBlock


class AudioInput(Protocol):
    def chunks(self) -> AsyncIterator[MicBlock]: ...

    def close(self) -> None: ...


class MicInput:
    """Microphone blocks; the PortAudio callback only pairs each block with what the speaker
    played meanwhile (``tap``) and hands both to the event loop."""

    def __init__(self, device: int | None = None, block_ms: int = 30,
                 tap: PlaybackTap | None = None) -> None:
        self.device, self.block = device, RATE * block_ms // 1000
        self.tap = tap
        self._queue: asyncio.Queue[MicBlock] = asyncio.Queue(maxsize=400)
        self._stream: Any = None

    def _put(self, data: MicBlock) -> None:
        if self._queue.full():  # fall behind: drop the oldest block, keep the newest
            self._queue.get_nowait()
        self._queue.put_nowait(data)

    def start(self) -> None:
        import sounddevice as sd

        from assistant.audio.alsa_log import route_alsa_messages

        route_alsa_messages()

        loop = asyncio.get_running_loop()

        tap = self.tap

        def callback(indata: Any, frames: int, t: Any, status: Any) -> None:
            played = tap.take(frames) if tap is not None and tap.active else None
            loop.call_soon_threadsafe(self._put, MicBlock(bytes(indata), played))

        self._stream = sd.RawInputStream(
            samplerate=RATE, blocksize=self.block, device=self.device, channels=1,
            dtype="int16", callback=callback,
        )
        self._stream.start()

    async def chunks(self) -> AsyncIterator[MicBlock]:
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

    async def chunks(self) -> AsyncIterator[MicBlock]:
        step = self.block_bytes
        for i in range(0, len(self.pcm), step):
            block = self.pcm[i:i + step]
            yield MicBlock(block + bytes(step - len(block)))
            await asyncio.sleep(step / 2 / RATE if self.realtime else 0)

    def close(self) -> None:
        pass

"""The real device path, headless: a private PulseAudio with a null sink (speaker, recorded from
its monitor) and a pipe source (microphone, fed from a FIFO) gives sounddevice real devices.

The live loop hears a spoken question and its spoken answer is captured; "stop" said over a
long answer silences it, measured in the captured audio.
"""

from __future__ import annotations

import array
import fcntl
import os
import queue
import shutil
import subprocess
import termios
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from assistant.audio import RATE, load_pcm16k, refresh_devices

SETUP = Path(__file__).with_name("pulse_setup.sh")
CAPTURE_RATE = 22050


class Pulse:
    """The private PulseAudio server: a microphone fed in real time and a recorded speaker."""

    def __init__(self, tmp: Path) -> None:
        out = subprocess.run(["sh", str(SETUP), str(tmp)], check=True, capture_output=True,
                             text=True, timeout=30).stdout
        self.env = dict(line.split("=", 1) for line in out.split() if "=" in line)
        self.tmp = tmp
        os.environ["PULSE_SERVER"] = self.env["PULSE_SERVER"]
        refresh_devices()  # PortAudio may have listed devices before this server existed
        self._q: queue.Queue[dict] = queue.Queue()
        self._stop = threading.Event()
        # a small, non-blocking pipe: little backlog, and we can ask how much is pending
        self._fd = os.open(self.env["BC_MIC_FIFO"], os.O_WRONLY | os.O_NONBLOCK)
        fcntl.fcntl(self._fd, 1031, 4096)  # F_SETPIPE_SZ
        self._feeder = threading.Thread(target=self._feed, daemon=True)
        self._feeder.start()
        self._cap: subprocess.Popen[bytes] | None = None
        self.captured = bytearray()

    def _feed(self) -> None:
        """Keep the pipe source flowing in real time: queued speech, else silence."""
        block = RATE * 30 // 1000 * 2
        nxt = time.monotonic()
        item: dict | None = None
        while not self._stop.is_set():
            if item is None:
                try:
                    item = self._q.get_nowait()
                except queue.Empty:
                    item = None
            if item is None:
                chunk = bytes(block)
            else:
                pcm, pos = item["pcm"], item["pos"]
                chunk = pcm[pos:pos + block]
                chunk += bytes(block - len(chunk))
                if pos == 0:
                    item["start"] = time.monotonic() + self._pending() / (RATE * 2)
                item["pos"] = pos + block
                if item["pos"] >= len(pcm):
                    done, item = item, None
                    self._write(chunk, must=True)
                    # the last sample reaches the sound server once the pipe has drained
                    done["end"] = time.monotonic() + self._pending() / (RATE * 2)
                    done["done"].set()
                    nxt += 0.03
                    time.sleep(max(0.0, nxt - time.monotonic()))
                    continue
            self._write(chunk, must=item is not None)
            nxt += 0.03
            time.sleep(max(0.0, nxt - time.monotonic()))

    def _pending(self) -> int:
        buf = array.array("i", [0])
        fcntl.ioctl(self._fd, termios.FIONREAD, buf)
        return buf[0]

    def _write(self, chunk: bytes, must: bool) -> None:
        """Silence is dropped when the pipe is full; speech waits for room."""
        while not self._stop.is_set():
            try:
                os.write(self._fd, chunk)
                return
            except BlockingIOError:
                if not must:
                    return
                time.sleep(0.005)

    def say(self, pcm: bytes) -> dict:
        """Queue 16 kHz PCM for the microphone (played in real time). The returned dict gets
        ``start``/``end`` (monotonic) and its ``done`` event is set when all was written."""
        item = {"pcm": pcm, "pos": 0, "done": threading.Event()}
        self._q.put(item)
        return item

    def close(self) -> None:
        self._stop.set()
        self._feeder.join(timeout=2)
        os.close(self._fd)
        self.stop_capture()
        subprocess.run(["sh", str(SETUP), str(self.tmp), "stop"], check=False, timeout=10)
        os.environ.pop("PULSE_SERVER", None)

    def start_capture(self) -> None:
        self.captured = bytearray()
        self._cap = subprocess.Popen(
            ["parec", "-d", self.env["BC_SPEAKER_MONITOR"], "--raw", "--format=s16le",
             f"--rate={CAPTURE_RATE}", "--channels=1", "--latency-msec=10"],
            stdout=subprocess.PIPE, env={**os.environ})
        cap = self._cap

        def pump() -> None:
            assert cap.stdout is not None
            while data := cap.stdout.read(4096):
                self.captured += data

        threading.Thread(target=pump, daemon=True).start()

    def stop_capture(self) -> np.ndarray:
        if self._cap is not None:
            time.sleep(0.2)
            self._cap.terminate()
            self._cap.wait(timeout=5)
            self._cap = None
        return np.frombuffer(bytes(self.captured[: len(self.captured) // 2 * 2]), dtype=np.int16)


@pytest.fixture(scope="module")
def pulse(tmp_path_factory: pytest.TempPathFactory):
    for tool in ("pulseaudio", "pactl", "parec"):
        if not shutil.which(tool):
            pytest.skip(f"{tool} is not installed (apt install pulseaudio)")
    p = Pulse(tmp_path_factory.mktemp("pulse"))
    yield p
    p.close()


def flite_pcm(text: str, tmp: Path, voice: str = "slt") -> bytes:
    if not shutil.which("flite"):
        pytest.skip("flite is not installed")
    wav = tmp / f"{abs(hash((text, voice)))}.wav"
    subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(wav)], check=True)
    return load_pcm16k(wav)


def loud_regions(x: np.ndarray, rate: int, level: int = 500, gap: float = 0.35) -> list[tuple[float, float]]:
    """(start, end) seconds of sound, pauses shorter than ``gap`` bridged."""
    idx = np.nonzero(np.abs(x) > level)[0]
    if len(idx) == 0:
        return []
    regions, start, last = [], idx[0], idx[0]
    for i in idx[1:]:
        if i - last > gap * rate:
            regions.append((start / rate, last / rate))
            start = i
        last = i
    regions.append((start / rate, last / rate))
    return regions

"""The real device path, headless: a private PulseAudio with a null sink (speaker, recorded from
its monitor) and a pipe source (microphone, fed from a FIFO) gives sounddevice real devices.

The live loop hears a spoken question and its spoken answer is captured; "stop" said over a
long answer silences it, measured in the captured audio.
"""

from __future__ import annotations

import array
import asyncio
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

from assistant.audio.devices import refresh_devices
from assistant.audio.wavfile import RATE, load_pcm16k

pytestmark = pytest.mark.slow  # a private PulseAudio server and real devices

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


# ---------------------------------------------------------------- the live loop on real devices
def trim(pcm: bytes, level: int = 300) -> bytes:
    x = np.frombuffer(pcm, dtype=np.int16)
    idx = np.nonzero(np.abs(x) > level)[0]
    return x[idx[0]: idx[-1] + 1].tobytes() if len(idx) else pcm


class Live:
    """The real voice loop on the PulseAudio devices, with the PocketSphinx engine."""

    def __init__(self, tmp: Path, model: Path | None) -> None:
        from assistant.audio.tts import TTS
        from assistant.conversation import Conversation
        from assistant.core.clock import RealClock
        from assistant.core.events import TurnResult
        from assistant.core.settings import Settings
        from assistant.core.store import Store
        from assistant.dialogue.agent import Dialogue
        from assistant.hearing.sphinx_engine import PocketSphinxRecognizer

        self.settings = Settings(data_dir=str(tmp))
        self.store = Store(tmp / "live.db")
        dialogue = Dialogue(model).load() if model else None
        self.conversation = Conversation(self.settings, RealClock(), self.store, dialogue)
        self.results: list[TurnResult] = []
        self.rec = PocketSphinxRecognizer(self.settings.recognizer)
        self.tts = TTS(self.settings.speech)
        self.first_audio: list[float] = []

    async def start(self) -> None:
        from assistant.audio.devices import find_device
        from assistant.audio.mic import MicInput
        from assistant.audio.speaker import SpeakerOutput
        from assistant.hearing.hearing import Hearing
        from assistant.voice.loop import VoiceLoop

        self.out = SpeakerOutput(find_device("pulse", "output"))
        assert await self.out.ready(), "the output stream did not start"
        self.mic = MicInput(find_device("pulse", "input"))
        self.loop = VoiceLoop(self.conversation, Hearing(self.rec), self.tts, self.out, self.settings,
                              on_turn=self.results.append)
        hook = self.out.on_first_audio

        def first(label: str, at: float) -> None:
            self.first_audio.append(at)
            if hook:
                hook(label, at)

        self.out.on_first_audio = first
        self.loop.start(self.mic)

    async def quiet(self, timeout: float = 60.0) -> None:
        """Until nothing is queued or playing."""
        await wait_for(lambda: not self.loop.speaker.busy() and self.loop.turn_q.empty(), timeout)

    async def close(self) -> None:
        await self.loop.stop()
        self.mic.close()
        self.out.close()
        self.store.close()


async def wait_for(cond, timeout: float) -> None:
    """Poll ``cond`` every 20 ms (state lives in other tasks and the audio thread)."""
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not met in time")
        await asyncio.sleep(0.02)


def _model() -> Path | None:
    from assistant.dialogue.agent import find_dialogue_model as find_model

    return find_model(os.environ.get("BACKCOACH_TEST_MODEL") or None)


async def test_spoken_question_gets_a_spoken_answer(pulse: Pulse, tmp_path: Path) -> None:
    model = _model()
    if model is None:
        pytest.skip("no trained dialogue model in models/ (run `backcoach train`)")
    live = Live(tmp_path, model)
    await live.start()
    try:
        pulse.start_capture()
        await asyncio.sleep(0.5)
        question = flite_pcm("hey coach, what should i do for a back spasm", tmp_path, "kal16")
        item = pulse.say(question)
        await wait_for(lambda: live.results, 60)
        await wait_for(lambda: live.first_audio, 30)
        await live.quiet(90)
        await asyncio.sleep(0.5)
        captured = pulse.stop_capture()
    finally:
        await live.close()
    assert item["done"].is_set()
    result = live.results[0]
    assert "spasm" in result.text and "coach" not in result.text  # wake phrase stripped
    assert result.intent and result.intent.startswith("ask_")
    # what reached the speaker is about as long as the rendered answer
    rendered = sum(len(s) / r for _, s, r in [(0, *_render(live, t)) for t in result.say])
    heard = sum(e - s for s, e in loud_regions(captured, CAPTURE_RATE, gap=1.0))
    assert heard > 1.0
    assert abs(heard - rendered) < 0.25 * rendered + 0.5


def _render(live: Live, text: str) -> tuple[np.ndarray, int]:
    r = live.tts.render_sync(text)
    return r.samples, r.rate


LONG = ("Lie on your back on a firm surface. Bend your knees and rest your feet flat on the "
        "floor. Breathe in slowly through your nose, and out through your mouth. Let your "
        "shoulders drop. Keep breathing slowly, and let the muscles of your back soften. "
        "If the pain spreads down a leg, or you feel numb or weak, tell me.")


async def test_stop_over_speech_silences_it_within_300_ms(pulse: Pulse, tmp_path: Path) -> None:
    from assistant.core.events import Say

    live = Live(tmp_path, None)
    await live.start()
    try:
        pulse.start_capture()
        await asyncio.sleep(0.5)
        live.loop.deliver([Say(LONG)])
        await wait_for(lambda: live.first_audio, 30)
        await asyncio.sleep(1.5)
        assert live.loop.speaker.speaking is not None
        stop = pulse.say(trim(flite_pcm("stop", tmp_path, "kal16")))
        await asyncio.get_running_loop().run_in_executor(None, stop["done"].wait, 10)
        await asyncio.sleep(2.0)
        captured = pulse.stop_capture()
        assert not live.loop.speaker.busy()
    finally:
        await live.close()
    regions = loud_regions(captured, CAPTURE_RATE, gap=0.05)
    assert regions
    onset = regions[0][0]  # the first sample of the answer, in capture time
    last = regions[-1][1]  # the last sound that came out
    to_wall = live.first_audio[0] - onset
    silenced_after_ms = (last + to_wall - stop["end"]) * 1000
    full = sum(len(_render(live, s)[0]) / 22050 for s in LONG.split(". "))
    assert last - onset < full * 0.6  # it did not play on to the end
    print(f"barge-in: silent {silenced_after_ms:.0f} ms after the end of 'stop'")
    assert silenced_after_ms <= 300


async def test_stop_silences_even_urgent_speech(pulse: Pulse, tmp_path: Path) -> None:
    """The person's "stop" always works: it silences the emergency message too (the safety
    advice stays in force in the conversation; issue 12)."""
    from assistant.core.events import Say

    live = Live(tmp_path, None)
    await live.start()
    try:
        urgent = "If you cannot move your legs, call for help now. Call the emergency number."
        expected = live.tts.render_sync(urgent).seconds
        pulse.start_capture()
        await asyncio.sleep(0.5)
        live.loop.deliver([Say(urgent, urgent=True), Say("And this part may be dropped.")])
        await wait_for(lambda: live.first_audio, 30)
        await asyncio.sleep(1.0)
        pulse.say(trim(flite_pcm("stop", tmp_path, "kal16")))
        await live.quiet(60)
        await asyncio.sleep(0.5)
        captured = pulse.stop_capture()
    finally:
        await live.close()
    heard = loud_regions(captured, CAPTURE_RATE, gap=1.0)
    assert heard
    urgent_len = heard[0][1] - heard[0][0]
    assert urgent_len < expected * 0.7  # cut short by "stop"
    assert len(heard) == 1  # and the ordinary line queued after it was dropped

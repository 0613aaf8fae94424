"""Urgent speech on the live loop (issue 12), measured on one clock.

A private PulseAudio "room" (``pulse_room.sh``): the assistant's speaker is heard by its own
microphone (an echo path), a person's recorded voice is played into the same room, and the
speaker and the voice are recorded side by side (left and right of one stereo stream), so every
latency is measured between the two on one clock. The assistant runs in this process with its
real parts: the microphone and speaker through sounddevice, the echo canceller, the hearing
component, the conversation (safety works without the dialogue model) and the speaker task.

Scenarios, each with several voices:
- "help" while an answer plays: end of the word -> first sound of the alarm tone;
- "help" while the emergency message plays: the same;
- "stop" while the alarm rings: end of the word -> the alarm's sound stops (the first 80 ms of
  silence, or the start of "The alarm is off." when it follows the cut at once, found by
  cross-correlation with the rendered sentence); the alarm must not return;
- a red flag said without the wake phrase: end of speech -> first sound of the answer;
- "help" with the assistant quiet -> the alarm tone, then "stop" in the pause between two of the
  alarm's rounds (nothing sounding to cut): the alarm must not come back.

    .venv/bin/python benchmarks/urgent_speech.py [--voices kal16,slt,rms] [--repeat N] [--out FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
RATE = 16000
ANSWER = ("Lie on your back on a firm surface. Bend your knees and rest your feet flat on the "
          "floor. Breathe in slowly through your nose, and out through your mouth. Let your "
          "shoulders drop, and let the muscles of your back soften.")
WARM_UP = ("Hello. I am Back Coach. I can time ice and heat, guide your breathing, and tell "
           "you when to get help.")
RED_FLAG = "i can't feel my legs and i've wet myself"
ENGINE = ["auto"]
"""The recognizer (``--engine``)."""


def speech(text: str, voice: str, tmp: Path) -> Path:
    raw, out = tmp / f"{voice}-{abs(hash(text))}.raw.wav", tmp / f"{voice}-{abs(hash(text))}.wav"
    if voice == "espeak":
        subprocess.run(["espeak-ng", "-w", str(raw), text], check=True)
    else:
        subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(raw)], check=True)
    subprocess.run(["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(out),
                    "pad", "0.1", "0.1"], check=True)
    return out


class Room:
    """The PulseAudio room, the voice player and the stereo recorder."""

    def __init__(self, tmp: Path, echo: float) -> None:
        env = subprocess.run(["sh", str(HERE / "pulse_room.sh"), str(tmp), str(echo)],
                             check=True, capture_output=True, text=True, timeout=30).stdout
        self.tmp = tmp
        self.env = dict(line.split("=", 1) for line in env.split() if "=" in line)
        os.environ["PULSE_SERVER"] = self.env["PULSE_SERVER"]
        self.captured = bytearray()
        self._cap = subprocess.Popen(
            ["parec", "-d", "bc_measure.monitor", "--raw", "--format=s16le", f"--rate={RATE}",
             "--channels=2", "--latency-msec=10"], stdout=subprocess.PIPE)
        cap = self._cap

        def pump() -> None:
            assert cap.stdout is not None
            while data := cap.stdout.read(4096):
                if not self.captured:
                    self.first_at = time.monotonic() - len(data) / 4 / RATE
                self.captured += data

        threading.Thread(target=pump, daemon=True).start()

    def play(self, wav: Path) -> None:
        """Into the room, as the person (blocks until played)."""
        subprocess.run(["paplay", "-d", "bc_voice", "--latency-msec=10", str(wav)], check=True)

    def channels(self) -> tuple[np.ndarray, np.ndarray]:
        x = np.frombuffer(bytes(self.captured[: len(self.captured) // 4 * 4]), dtype=np.int16)
        return x[0::2].astype(np.float32), x[1::2].astype(np.float32)

    def close(self) -> None:
        self._cap.terminate()
        subprocess.run(["sh", str(HERE / "pulse_room.sh"), str(self.tmp), "stop"], check=False)


# ---------------------------------------------------------------- analysis
FRAME = RATE // 100  # 10 ms


def energy(x: np.ndarray) -> np.ndarray:
    n = len(x) // FRAME
    return np.sqrt((x[: n * FRAME].reshape(n, FRAME) ** 2).mean(axis=1))


def tone_frames(x: np.ndarray) -> np.ndarray:
    """Frames (10 ms) where the alarm tone sounds: most energy at its 720/960 Hz notes."""
    n = len(x) // 320
    frames = x[: n * 320].reshape(n, 320) * np.hanning(320)
    spec = np.abs(np.fft.rfft(frames, axis=1)) ** 2
    freqs = np.fft.rfftfreq(320, 1 / RATE)
    band = ((np.abs(freqs - 960) < 60) | (np.abs(freqs - 720) < 60))
    ratio = spec[:, band].sum(axis=1) / (spec.sum(axis=1) + 1e-9)
    loud = np.sqrt((x[: n * 320].reshape(n, 320) ** 2).mean(axis=1)) > 300
    flags = np.repeat((ratio > 0.5) & loud, 2)[: len(x) // FRAME]
    # a beep is 250 ms of one note; voiced speech can put most of a frame's energy on a
    # harmonic near 720 or 960 Hz for a frame or two, never for 100 ms on end
    out = np.zeros_like(flags)
    run = 0
    for i, on in enumerate(flags):
        run = run + 1 if on else 0
        if run == TONE_RUN:
            out[i - TONE_RUN + 1:i + 1] = True
        elif run > TONE_RUN:
            out[i] = True
    return out


TONE_RUN = 10
"""10 ms frames of tone in a row that count as the alarm sounding."""


def voice_segments(voice: np.ndarray) -> list[tuple[float, float]]:
    """(start, end) seconds of each played utterance on the voice channel."""
    e = energy(voice) > 200
    segs, start, quiet = [], None, 0
    for i, on in enumerate(e):
        if on:
            start = i if start is None else start
            quiet = 0
        elif start is not None:
            quiet += 1
            if quiet > 40:
                segs.append((start / 100, (i - quiet + 1) / 100))
                start, quiet = None, 0
    if start is not None:
        segs.append((start / 100, len(e) / 100))
    return segs


def onset_of(sound: np.ndarray, x: np.ndarray, start: float, end: float) -> float | None:
    """Where ``sound`` (a rendered sentence) begins in ``x`` between two times (seconds), by
    normalized cross-correlation of the first 0.5 s; None when it is not clearly there."""
    a, b = int(start * RATE), min(len(x), int(end * RATE))
    head = sound[: RATE // 2]
    seg = x[a:b]
    if len(seg) < len(head) or not head.any():
        return None
    corr = np.correlate(seg, head, mode="valid")
    energy = np.sqrt(np.convolve(seg * seg, np.ones(len(head)), mode="valid")) + 1e-9
    score = corr / energy / (np.linalg.norm(head) + 1e-9)
    best = int(np.argmax(score))
    return (a + best) / RATE if score[best] > 0.6 else None


def first_after(flags: np.ndarray, t: float) -> float | None:
    idx = np.nonzero(flags[int(t * 100):])[0]
    return None if len(idx) == 0 else t + idx[0] / 100


def silent_after(speaker: np.ndarray, t: float, gap_ms: int = 80) -> float | None:
    """When the speaker first falls silent for ``gap_ms`` after ``t``."""
    quiet = energy(speaker) < 150
    run = gap_ms // 10
    for i in range(int(t * 100), len(quiet) - run):
        if quiet[i:i + run].all():
            return i / 100
    return None


# ---------------------------------------------------------------- the assistant
async def scenario(voice: str, tmp: Path, echo: float) -> dict:
    from assistant.audio.devices import find_device, refresh_devices
    from assistant.audio.mic import MicInput
    from assistant.audio.speaker import SpeakerOutput
    from assistant.audio.tap import PlaybackTap
    from assistant.audio.tts import TTS
    from assistant.conversation import Conversation
    from assistant.core.clock import RealClock
    from assistant.core.events import Say
    from assistant.core.settings import Settings
    from assistant.core.store import Store
    from assistant.hearing import echo as aec
    from assistant.hearing.hearing import Hearing
    from assistant.hearing.remote import RemoteRecognizer
    from assistant.voice.loop import VoiceLoop

    words = {w: speech(w, voice, tmp) for w in ("help", "stop", RED_FLAG)}
    room = Room(tmp / f"room-{voice}", echo)
    try:
        refresh_devices()
        settings = Settings().replace("recognizer", engine=ENGINE[0])
        store = Store(tmp / f"{voice}.db")
        conversation = Conversation(settings, RealClock(), store, None)
        tap = PlaybackTap()
        out = SpeakerOutput(find_device("pulse", "output"), tap=tap)
        await out.ready()
        rec = await asyncio.get_running_loop().run_in_executor(
            None, lambda: RemoteRecognizer(settings.recognizer))
        hearing = Hearing(rec, echo=aec.EchoCanceller() if aec.available() else None)
        if os.environ.get("BC_DUMP"):  # what the hearing got, before and after the canceller
            raw_dump, clean_dump, ref_dump = bytearray(), bytearray(), bytearray()
            clean = hearing._clean

            def dumping(frame: bytes, played: bytes | None) -> bytes:
                raw_dump.extend(frame)
                ref_dump.extend(played or bytes(len(frame)))
                out = clean(frame, played)
                clean_dump.extend(out)
                return out

            hearing._clean = dumping  # type: ignore[method-assign]
        tts = TTS(settings.speech)
        tts.warm_up()
        loop = VoiceLoop(conversation, hearing, tts, out, settings)
        mic = MicInput(find_device("pulse", "input"), tap=tap)
        loop.start(mic)
        aio = asyncio.get_running_loop()
        t0 = time.monotonic()
        marks: dict[str, float] = {}

        async def play(name: str) -> None:
            await aio.run_in_executor(None, room.play, words[name])

        # an earlier answer: the echo canceller learns the room, as it has by the time anyone
        # calls for help (it needs one to two seconds of the assistant's speech)
        loop.deliver([Say(WARM_UP)])
        await asyncio.sleep(8.0)
        # 1. "help" while an answer plays
        loop.deliver([Say(ANSWER)])
        await asyncio.sleep(2.5)
        await play("help")
        await asyncio.sleep(4.0)
        loop.urgent("stop", time.monotonic())
        conversation.gate.aftercare.advice = None
        await asyncio.sleep(3.0)
        # 2. a red flag without the wake phrase, then 3. "help" during the emergency message
        marks["red_flag"] = time.monotonic() - t0
        await play(RED_FLAG)
        await asyncio.sleep(2.2)
        await play("help")
        # 4. "stop" while the alarm sounds (2 s into its first round, which lasts about 5 s:
        # later, "stop" can fall in the pause before the next round, with nothing to cut);
        # it must not come back (it repeats every 8 s)
        await asyncio.sleep(2.0)
        await play("stop")
        await asyncio.sleep(12.0)
        alarm_busy = conversation.alarm.busy()
        # 5. "help" with the assistant quiet, then "stop" in the pause between two rounds of the
        # alarm (a round sounds for about 5 s of every 8): nothing to cut, the next must not come
        await play("help")
        await asyncio.sleep(5.6)
        await play("stop")
        await asyncio.sleep(12.0)
        alarm_busy_after_pause_stop = conversation.alarm.busy()
        await loop.stop()
        mic.close()
        out.close()
        store.close()
        keywords = [(k.word, round(k.at - t0, 2)) for k in loop.stats.keywords]
        from assistant.audio.wavfile import resample
        from assistant.services.alarm import ALARM_OFF

        off = tts.render_sync(ALARM_OFF)
        reply = resample(off.samples, off.rate, RATE).astype(np.float32)
        if os.environ.get("BC_DUMP"):
            from assistant.audio.wavfile import write_wav

            d = Path(os.environ["BC_DUMP"]) / f"{voice}-{time.strftime('%H%M%S')}"
            d.mkdir(parents=True, exist_ok=True)
            write_wav(d / f"{voice}-raw.wav", np.frombuffer(bytes(raw_dump), np.int16), RATE)
            write_wav(d / f"{voice}-clean.wav", np.frombuffer(bytes(clean_dump), np.int16), RATE)
            write_wav(d / f"{voice}-ref.wav", np.frombuffer(bytes(ref_dump), np.int16), RATE)
            print(d, "heard:", [(round(h.at - t0, 2), h.text) for h in loop.stats.heard],
                  "keywords:", keywords, file=sys.stderr)
    finally:
        room.close()
    speaker, person = room.channels()
    segs = voice_segments(person)
    tone = tone_frames(speaker)
    loud = energy(speaker) > 300
    result: dict = {"voice": voice, "keywords": keywords, "voice_segments": segs,
                    "alarm_still_on": alarm_busy}
    if len(segs) >= 6:
        help3, stop2 = segs[4], segs[5]
        onset = first_after(tone, help3[1] - 0.3)
        result["help_when_quiet_ms"] = None if onset is None else round((onset - help3[1]) * 1000)
        sounding = tone[int(stop2[0] * 100):int(stop2[1] * 100)]
        result["stop_fell_in_a_pause"] = not bool(sounding.any())
        result["alarm_returned_after_pause_stop"] = (
            first_after(tone, stop2[1] + 0.5) is not None or bool(alarm_busy_after_pause_stop))
    if len(segs) >= 4:
        help1, red, help2, stop = segs[0], segs[1], segs[2], segs[3]
        for name, seg in (("help_during_answer_ms", help1), ("help_during_emergency_ms", help2)):
            onset = first_after(tone, seg[1] - 0.3)
            result[name] = None if onset is None else round((onset - seg[1]) * 1000)
        onset = first_after(loud, red[1])
        result["red_flag_to_answer_ms"] = None if onset is None else round((onset - red[1]) * 1000)
        quiet = silent_after(speaker, stop[1] - 0.2)
        answered = onset_of(reply, speaker, stop[1] - 0.5, stop[1] + 3.0)
        if answered is not None and (quiet is None or answered < quiet):
            quiet = answered  # the alarm was cut and "The alarm is off." followed at once
        result["stop_to_silence_ms"] = None if quiet is None else round((quiet - stop[1]) * 1000)
        result["silent_before_stop_ended"] = quiet is not None and quiet < stop[1]
        later = first_after(tone, stop[1] + 0.5)
        result["alarm_returned"] = later is not None and (len(segs) < 5 or bool(later < segs[4][0]))
    return result


def pct(xs: list[float], p: float) -> float | None:
    xs = sorted(x for x in xs if x is not None)
    return None if not xs else xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--voices", default="kal16,slt,rms,awb,espeak")
    ap.add_argument("--echo", type=float, default=0.6, help="echo strength in the room (0-1)")
    ap.add_argument("--out", default=str(HERE / "results" / "urgent_speech.json"))
    ap.add_argument("--engine", default="auto", help="auto, whisper, pocketsphinx")
    ap.add_argument("--repeat", type=int, default=1, help="rounds over the voices")
    a = ap.parse_args()
    ENGINE[0] = a.engine
    tmp = Path(tempfile.mkdtemp(prefix="bc-urgent-"))
    runs = [asyncio.run(scenario(v, tmp, a.echo))
            for _ in range(a.repeat) for v in a.voices.split(",")]
    summary = {}
    for key in ("help_during_answer_ms", "help_during_emergency_ms", "stop_to_silence_ms",
                "red_flag_to_answer_ms", "help_when_quiet_ms"):
        xs = [r.get(key) for r in runs]
        summary[key] = {"values": xs, "p50": pct(xs, 50), "p90": pct(xs, 90),
                        "max": pct(xs, 100), "missed": sum(x is None for x in xs)}
    summary["alarm_returned"] = sum(bool(r.get("alarm_returned")) for r in runs)
    summary["stop_in_a_pause"] = sum(bool(r.get("stop_fell_in_a_pause")) for r in runs)
    summary["alarm_returned_after_stop_in_a_pause"] = sum(
        bool(r.get("alarm_returned_after_pause_stop")) for r in runs)
    summary["echo"] = a.echo
    summary["engine"] = a.engine
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps({"summary": summary, "runs": runs}, indent=1) + "\n")
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

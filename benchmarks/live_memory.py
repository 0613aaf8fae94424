"""Memory of the whole running assistant (issue 11: peak <= 800 MB), as a person runs it.

``backcoach run`` is started in a private PulseAudio room (``pulse_room.sh``): the microphone
and the speaker are real sounddevice streams, the recognizer runs in its own child process (as
it does live), and the dialogue model loads. A few requests are played into the room. Every
100 ms the process tree is read from /proc: the resident memory (RSS) of each process, summed,
and the proportional set size (PSS: pages shared between the two processes, such as the same
libraries, counted once between them). The peak of each sum is reported, and each process's own
peak (VmHWM).

    .venv/bin/python benchmarks/live_memory.py [--seconds 60] [--out results/live_memory.json]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from urgent_speech import Room, speech  # noqa: E402

REQUESTS = ["hey coach how long should i keep ice on my back", "hey coach start an ice timer",
            "hey coach what stretches can i do lying down", "hey coach i'm scared"]


def tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children.get(p, [])
    return out


def kb(path: Path, field: str) -> int:
    try:
        for line in path.read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--out", default=str(HERE / "results" / "live_memory.json"))
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="live-memory-"))
    room = Room(tmp / "pulse", 0.6)
    env = {**os.environ, **room.env, "BACKCOACH_HOME": str(tmp / "home"),
           "RASA_TELEMETRY_ENABLED": "false"}
    log = open(tmp / "run.log", "wb")
    proc = subprocess.Popen([str(ROOT / ".venv" / "bin" / "backcoach"), "run"], cwd=ROOT,
                            env=env, stdout=log, stderr=subprocess.STDOUT)
    peak = {"rss_mb": 0.0, "pss_mb": 0.0}
    hwm: dict[int, float] = {}
    names: dict[int, str] = {}
    processes = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal processes
        while not stop.is_set():
            pids = tree(proc.pid)
            processes = max(processes, len(pids))
            rss = sum(kb(Path(f"/proc/{p}/status"), "VmRSS") for p in pids) / 1024
            pss = sum(kb(Path(f"/proc/{p}/smaps_rollup"), "Pss") for p in pids) / 1024
            peak["rss_mb"], peak["pss_mb"] = max(peak["rss_mb"], rss), max(peak["pss_mb"], pss)
            for p in pids:
                h = kb(Path(f"/proc/{p}/status"), "VmHWM") / 1024
                if h:
                    hwm[p] = max(hwm.get(p, 0.0), h)
                    names.setdefault(p, " ".join(Path(f"/proc/{p}/cmdline").read_bytes()
                                                 .decode(errors="replace").split("\0"))[:80])
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        wavs = [speech(t, "slt", tmp) for t in REQUESTS]
        time.sleep(20)  # start-up: the dialogue model and Whisper load
        for wav in wavs:
            room.play(wav)
            time.sleep(6)
        time.sleep(max(0.0, a.seconds - 20 - 6 * len(wavs) - 0.0))
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
        stop.set()
        sampler.join()
        room.close()
        log.close()
    said = (tmp / "run.log").read_text(errors="replace")
    result = {
        "peak_tree_rss_mb": round(peak["rss_mb"], 1),
        "peak_tree_pss_mb": round(peak["pss_mb"], 1),
        "processes": processes,
        "per_process_peak_rss_mb": {names.get(p, str(p)): round(h, 1) for p, h in hwm.items()},
        "target_mb": 800,
        "seconds": a.seconds,
        "requests": REQUESTS,
        "exit_code": proc.returncode,
        "log_tail": said[-1500:],
    }
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "log_tail"}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

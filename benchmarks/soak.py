"""Soak: thousands of turns through one conversation, as days of running would give it.

The real dialogue model, the real store (SQLite in a temporary folder), the virtual clock (30 s
between turns, timers fired as they fall due, a two-hour silence every ``--idle-every`` turns).
A cycle of everyday lines (questions, "tell me more", ice timers started (yes to the care
question when it is asked), asked about and acknowledged, history, speech settings, a routine
started and stopped, "help" then "stop").

Reports the per-turn time (``Conversation.handle_text``) at the start and at the end (p50/p95 of
the first and last ``--window`` turns after a warm-up), as wall time and as the process's CPU
time (all threads: the dialogue model runs on its own), and the process's resident memory after
the warm-up and at the end. On a shared machine the wall time swings with other people's load;
the CPU time is the cost of the turn itself.

    .venv/bin/python benchmarks/soak.py --turns 10000
    .venv/bin/python benchmarks/soak.py --turns 1000 --no-rollover   # as before: one conversation

Writes ``results/soak.json`` (``results/soak_no_rollover.json`` with ``--no-rollover``).
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import gc
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.conversation import Conversation  # noqa: E402
from assistant.core.clock import VirtualClock  # noqa: E402
from assistant.core.settings import Settings  # noqa: E402
from assistant.core.store import Store  # noqa: E402
from assistant.dialogue.agent import Dialogue, quiet_rasa  # noqa: E402

CYCLE = [
    "should i use ice or heat",
    "tell me more",
    "start an ice timer for fifteen minutes",
    "yes",  # to "do you still want to start it?" when the care advice asks (else "Okay.")
    "how long is left on the timer",
    "what can i do for the pain",
    "/wait 16m",
    "okay it's off",
    "when did i last ice",
    "how many times did i ice today",
    "can i take ibuprofen",
    "speak slower",
    "speak faster",
    "what are the warning signs",
    "help",
    "stop",
    "is it ok to stretch",
    "thank you",
    "guide me through a breathing exercise",
    "stop",
    "what is the weather like",
]


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) >= 2 else values[0]


async def soak(args: argparse.Namespace) -> dict:
    quiet_rasa()
    settings = Settings()
    if args.no_rollover:
        settings = dataclasses.replace(settings, dialogue=dataclasses.replace(
            settings.dialogue, session_idle_minutes=1e9, session_max_turns=10**9))
    t0 = time.perf_counter()
    dialogue = Dialogue().load()
    load_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory(prefix="backcoach-soak-") as tmp:
        store = Store(Path(tmp) / "backcoach.db")
        conversation = Conversation(settings, VirtualClock(), store, dialogue)
        times: list[float] = []
        cpu: list[float] = []
        rss: list[tuple[int, float]] = []
        sizes: list[dict[str, int]] = []
        step = 0
        while len(times) < args.turns:
            line = CYCLE[step % len(CYCLE)]
            step += 1
            if line.startswith("/wait"):
                conversation.advance(16 * 60)
                continue
            t, c = time.perf_counter(), time.process_time()
            await conversation.handle_text(line)
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            conversation.advance(30)
            if args.idle_every and len(times) % args.idle_every == 0:
                conversation.advance(2 * 3600)
            n = len(times)
            if n == args.warmup or n % 500 == 0 or n == args.turns:
                gc.collect()
                rss.append((n, rss_mb()))
                inner = getattr(dialogue.agent.tracker_store, "_tracker_store", None)
                sizes.append({"turn": n, "active_timers": len(store.active_timers()),
                              "sessions": len(store.sessions_since("ice", 0)),
                              "trackers": len(getattr(inner, "store", {})),
                              "tracker_chars": sum(map(len, getattr(inner, "store", {}).values())),
                              "gc_objects": len(gc.get_objects())})
            if n % 1000 == 0:
                print(f"{n} turns, last 100 p95 {pct(times[-100:], 95) * 1000:.0f} ms, "
                      f"rss {rss[-1][1]:.0f} MB", file=sys.stderr, flush=True)
        store.flush()
        sessions = len(store.sessions_since("ice", 0))
        store.close()
    w, warm = args.window, args.warmup
    start, end = times[warm:warm + w], times[-w:]
    cpu_start, cpu_end = cpu[warm:warm + w], cpu[-w:]
    rss_start = next(m for n, m in rss if n == warm)
    session = conversation.session
    return {
        "turns": len(times), "warmup": warm, "window": w, "rollover": not args.no_rollover,
        "model_load_s": round(load_s, 2),
        "start_p50_ms": round(pct(start, 50) * 1000, 1),
        "start_p95_ms": round(pct(start, 95) * 1000, 1),
        "end_p50_ms": round(pct(end, 50) * 1000, 1),
        "end_p95_ms": round(pct(end, 95) * 1000, 1),
        "p95_end_over_start": round(pct(end, 95) / pct(start, 95), 3),
        "cpu_start_p50_ms": round(pct(cpu_start, 50) * 1000, 1),
        "cpu_start_p95_ms": round(pct(cpu_start, 95) * 1000, 1),
        "cpu_end_p50_ms": round(pct(cpu_end, 50) * 1000, 1),
        "cpu_end_p95_ms": round(pct(cpu_end, 95) * 1000, 1),
        "cpu_p95_end_over_start": round(pct(cpu_end, 95) / pct(cpu_start, 95), 3),
        "cpu_p95_by_1000_ms": [round(pct(cpu[i:i + 1000], 95) * 1000, 1)
                               for i in range(0, len(cpu), 1000)],
        "load_average": os.getloadavg(),
        "rss_after_warmup_mb": round(rss_start, 1), "rss_end_mb": round(rss[-1][1], 1),
        "rss_growth_mb": round(rss[-1][1] - rss_start, 1),
        "rss_by_turn": [[n, round(m, 1)] for n, m in rss],
        "sizes_by_turn": sizes,
        "p95_by_1000_ms": [round(pct(times[i:i + 1000], 95) * 1000, 1)
                           for i in range(0, len(times), 1000)],
        "rollovers": session.rollovers, "trims": session.trims,
        "ice_sessions_recorded": sessions,
        "wall_s": round(sum(times), 1),
        "date": time.strftime("%Y-%m-%d %H:%M"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=10_000)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--window", type=int, default=500)
    parser.add_argument("--idle-every", type=int, default=2000,
                        help="a two-hour silence every N turns (0: never)")
    parser.add_argument("--no-rollover", action="store_true",
                        help="one dialogue conversation for the whole run (as before)")
    parser.add_argument("--out", help="where to write the JSON (default: results/soak*.json)")
    args = parser.parse_args(argv)
    result = asyncio.run(soak(args))
    out = Path(args.out) if args.out else ROOT / "benchmarks" / "results" / (
        "soak_no_rollover.json" if args.no_rollover else "soak.json")
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items()
                      if k not in ("rss_by_turn", "sizes_by_turn")}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Timer firing error and breathing cue jitter on the real clock (issue 4).

Drives the real TimerService (on a temporary SQLite store) and RoutineService with asyncio and
RealClock, the way the live assistant does: sleep until the earliest ``next_deadline()``, then
``fire_due(clock.now())``. For every firing it records how late the wake-up was against the
deadline, and how long ``fire_due`` took (SQLite writes included).

Targets: timers <= 0.5 s late; breathing cues <= 50 ms jitter.

    .venv/bin/python benchmarks/timer_accuracy.py            # about 80 seconds
    .venv/bin/python benchmarks/timer_accuracy.py --quick    # about 45 seconds
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.core.clock import RealClock  # noqa: E402
from assistant.core.ops import RoutineStart, TimerStart  # noqa: E402
from assistant.core.settings import TimerSettings  # noqa: E402
from assistant.core.store import Store  # noqa: E402
from assistant.services.routines.service import RoutineService  # noqa: E402
from assistant.services.timers.service import TimerService  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "timer_accuracy.json"
LATE_TARGET_S = 0.5
JITTER_TARGET_S = 0.050


async def drive(service: Any, clock: RealClock, until_idle: float) -> list[dict[str, float]]:
    """Run one service until it has nothing scheduled (or ``until_idle`` seconds pass)."""
    samples: list[dict[str, float]] = []
    stop_at = clock.now() + until_idle
    while (deadline := service.next_deadline()) is not None and deadline < stop_at:
        await clock.sleep_until(deadline)
        woke = clock.now()
        outputs = service.fire_due(woke)
        done = clock.now()
        samples.append({"deadline": deadline, "late": woke - deadline,
                        "fire_ms": (done - woke) * 1000, "outputs": len(outputs)})
    return samples


def summary(lates: list[float]) -> dict[str, float]:
    ordered = sorted(lates)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"n": len(lates), "mean_ms": statistics.fmean(lates) * 1000,
            "p95_ms": p95 * 1000, "max_ms": max(lates) * 1000, "min_ms": min(lates) * 1000,
            "stdev_ms": (statistics.pstdev(lates) * 1000) if len(lates) > 1 else 0.0,
            "peak_to_peak_ms": (max(lates) - min(lates)) * 1000}


async def bench_timers(clock: RealClock, quick: bool) -> dict[str, Any]:
    settings = TimerSettings(reprompt_seconds=1.0, reprompt_count=3, slow_reprompt_seconds=2.0,
                             slow_reprompt_count=1)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "backcoach.db")
        svc = TimerService(store, settings)
        now = clock.now()
        lengths = {"ice": 2.0, "heat": 3.5, "other": 5.0} if quick else \
                  {"ice": 3.0, "heat": 7.0, "other": 12.0}
        for kind, seconds in lengths.items():
            svc.handle(TimerStart(kind, seconds), now)
        samples = await drive(svc, clock, until_idle=60)
        store.close()
    return {"samples": samples, **summary([s["late"] for s in samples]),
            "fire_ms_max": max(s["fire_ms"] for s in samples)}


async def bench_breathing(clock: RealClock, quick: bool) -> dict[str, Any]:
    svc = RoutineService()
    svc.handle(RoutineStart("breathing"), clock.now())
    if quick:  # a shorter run: the intro and about three breaths
        samples = await drive(svc, clock, until_idle=40)
    else:
        samples = await drive(svc, clock, until_idle=120)
    lates = [s["late"] for s in samples]
    gaps = [(b["deadline"] - a["deadline"], (b["deadline"] + b["late"]) - (a["deadline"] + a["late"]))
            for a, b in itertools.pairwise(samples)]
    interval_err = [abs(actual - planned) for planned, actual in gaps]
    return {"samples": samples, **summary(lates),
            "interval_error_max_ms": max(interval_err) * 1000 if interval_err else 0.0,
            "fire_ms_max": max(s["fire_ms"] for s in samples)}


def table(rows: list[tuple[str, dict[str, Any]]]) -> str:
    head = f"{'run':<10}{'n':>5}{'mean ms':>10}{'p95 ms':>10}{'max ms':>10}{'jitter sd':>11}" \
           f"{'p-p ms':>9}{'fire ms':>9}"
    lines = [head, "-" * len(head)]
    for name, r in rows:
        lines.append(f"{name:<10}{r['n']:>5}{r['mean_ms']:>10.2f}{r['p95_ms']:>10.2f}"
                     f"{r['max_ms']:>10.2f}{r['stdev_ms']:>11.2f}{r['peak_to_peak_ms']:>9.2f}"
                     f"{r['fire_ms_max']:>9.2f}")
    return "\n".join(lines)


async def main_async(quick: bool) -> dict[str, Any]:
    clock = RealClock()
    timers = await bench_timers(clock, quick)
    breathing = await bench_breathing(clock, quick)
    print(table([("timers", timers), ("breathing", breathing)]))
    print(f"breathing cue interval error max: {breathing['interval_error_max_ms']:.2f} ms")
    late_ok = timers["max_ms"] / 1000 <= LATE_TARGET_S and breathing["max_ms"] / 1000 <= LATE_TARGET_S
    jitter_ok = breathing["peak_to_peak_ms"] / 1000 <= JITTER_TARGET_S
    print(f"timers late <= {LATE_TARGET_S} s: {'PASS' if late_ok else 'FAIL'}; "
          f"breathing jitter (peak to peak) <= {JITTER_TARGET_S * 1000:.0f} ms: "
          f"{'PASS' if jitter_ok else 'FAIL'}")
    return {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "quick": quick,
            "targets": {"late_s": LATE_TARGET_S, "jitter_s": JITTER_TARGET_S},
            "pass": {"late": late_ok, "jitter": jitter_ok},
            "timers": timers, "breathing": breathing}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter runs")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    result = asyncio.run(main_async(args.quick))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    print(f"wrote {args.out}")
    return 0 if all(result["pass"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Start-up of the full dialogue, by phase: Python and our modules, Rasa's imports (TensorFlow
among them), and the model load, as wall time from the process's start and as CPU time.

    .venv/bin/python benchmarks/startup.py --runs 3
    .venv/bin/python benchmarks/startup.py --runs 3 --no-preload   # as before the fix

``--no-preload`` skips ``preload_skops()`` (see ``assistant/dialogue/agent.py``): skops then
scans every loaded module for every numpy and scipy ufunc while the model loads. Each run is a
fresh interpreter. Writes ``results/startup.json`` (or ``results/startup_no_preload.json``). On
a shared machine the wall time swings with the load average (recorded); CPU time much less.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import asyncio, json, sys, time
spawned, preload = float(sys.argv[1]), sys.argv[2] == "1"
marks = {"python_start_s": time.time() - spawned}
c0 = time.process_time()
from assistant.dialogue import agent
agent.quiet_rasa()
marks["our_imports_s"] = time.time() - spawned
if not preload:
    agent.preload_skops = lambda: None
async def go():
    agent.quiet_rasa()
    agent.preload_skops()
    marks["skops_s"] = time.time() - spawned
    from rasa.core.agent import Agent
    from rasa_sdk.executor import ActionExecutor
    import actions
    marks["rasa_imports_s"] = time.time() - spawned
    marks["rasa_imports_cpu_s"] = time.process_time() - c0
    ex = ActionExecutor()
    ex.register_package(actions)
    Agent.load(str(agent.find_dialogue_model()), action_endpoint=agent._in_process(ex))
    marks["dialogue_ready_s"] = time.time() - spawned
    marks["cpu_s"] = time.process_time() - c0
asyncio.run(go())
print("RESULT " + json.dumps(marks))
"""


def one(preload: bool) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RASA_TELEMETRY_ENABLED": "false"}
    load = os.getloadavg()[0]
    done = subprocess.run([sys.executable, "-c", CHILD, repr(time.time()), "1" if preload else "0"],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    return {**json.loads(line[7:]), "load_average_1m": load}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-preload", action="store_true")
    args = ap.parse_args(argv)
    runs = [one(not args.no_preload) for _ in range(args.runs)]
    med = {k: round(statistics.median(r[k] for r in runs), 2) for k in runs[0]}
    result = {"preload_skops": not args.no_preload, "runs": runs, "median": med,
              "cores": os.cpu_count(), "date": time.strftime("%Y-%m-%d %H:%M")}
    name = "startup_no_preload.json" if args.no_preload else "startup.json"
    (ROOT / "benchmarks" / "results" / name).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(med, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

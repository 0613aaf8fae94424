"""Compare the chosen pipeline (config.yml) with issue 15's first one (a TensorFlow
ResponseSelector per retrieval intent, benchmarks/config_selectors.yml) and Rasa's default
DIET+TED on our data.

For each: training time, intent macro-F1 and accuracy (and the sub-answer macro-F1 of the
retrieval intents, whichever component picks the sub-answer) on a held-out 20 % of the NLU data (one
fixed split, the same for both; one training each, so the slow default pipeline finishes in
minutes rather than the half hour 3-fold cross-validation takes), model load time, per-turn
latency (p50/p95 over the conversation-test utterances, in-process, actions included), and
resident memory after load; each training starts with an empty Rasa cache. Writes benchmarks/results/pipelines.json and benchmarks/PIPELINES.md.

    .venv/bin/python benchmarks/pipelines.py [--skip-eval] [--only config.yml,...]

``--only`` measures the named configs and keeps the other rows of the last results (each with
its date). The machine's 1-minute load average at the start of each row is recorded with it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RASA = str(Path(sys.executable).with_name("rasa"))
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3"}
CONFIGS = {"config.yml": "chosen (count vectors + logistic regression, SubAnswerSelector, rules)",
           "benchmarks/config_selectors.yml":
               "issue 15 first (count vectors + logistic regression, a ResponseSelector per retrieval intent, rules)",
           "benchmarks/config_diet.yml": "Rasa default (DIET + TED)"}

PROBE = r"""
import asyncio, json, resource, sys, time
t0 = time.perf_counter()
from assistant.dialogue.agent import Dialogue
brain = Dialogue(sys.argv[1]).load()
load = time.perf_counter() - t0
texts = json.loads(sys.argv[2])
async def go():
    lat = []
    for i, t in enumerate(texts):
        s = time.perf_counter()
        await brain.turn(t, f"bench{i}")
        lat.append(time.perf_counter() - s)
    return lat
lat = asyncio.run(go())
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load_s": load, "latencies": lat, "rss_mb": rss}))
"""


def utterances() -> list[str]:
    import yaml

    texts = []
    for f in sorted((ROOT / "tests").glob("test_*.yml")):
        for story in (yaml.safe_load(f.read_text()) or {}).get("stories", []):
            texts += [s["user"].strip() for s in story.get("steps", []) if "user" in s]
    return texts


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def split_nlu(out: Path) -> tuple[Path, Path]:
    """One fixed 80/20 split of nlu/ (stratified by intent by Rasa)."""
    subprocess.run([RASA, "data", "split", "nlu", "--nlu", "nlu", "--training-fraction", "0.8",
                    "--random-seed", "42", "--out", str(out)],
                   cwd=ROOT, env=ENV, check=True, capture_output=True)
    return out / "training_data.yml", out / "test_data.yml"


def measure(name: str, config: str, split: tuple[Path, Path] | None, texts: list[str]) -> dict:
    out = Path(tempfile.mkdtemp(prefix="bench-"))
    load_average = os.getloadavg()[0]
    train_nlu = str(split[0]) if split else "nlu"
    # a fresh Rasa cache (.rasa/cache), so no component is reused from an earlier training
    cold = {**ENV, "RASA_CACHE_DIRECTORY": str(out / "cache")}
    t0 = time.perf_counter()
    subprocess.run([RASA, "train", "--config", config, "--domain", "domain", "--data", train_nlu,
                    "stories", "--out", str(out), "--fixed-model-name", "m", "--quiet"],
                   cwd=ROOT, env=cold, check=True, capture_output=True)
    row: dict = {"name": name, "config": config, "date": time.strftime("%Y-%m-%d %H:%M"),
                 "load_average_1m": load_average, "train_s": time.perf_counter() - t0,
                 "model_mb": (out / "m.tar.gz").stat().st_size / 1e6}
    if split:
        subprocess.run([RASA, "test", "nlu", "--model", str(out / "m.tar.gz"), "--nlu",
                        str(split[1]), "--out", str(out / "eval")],
                       cwd=ROOT, env=ENV, check=True, capture_output=True)
        report = json.loads((out / "eval" / "intent_report.json").read_text())
        row["intent_f1"] = report["macro avg"]["f1-score"]
        row["intent_accuracy"] = report.get("accuracy")
        responses = out / "eval" / "response_selection_report.json"
        if responses.is_file():  # sub-answers of the retrieval intents (ask_ice/how_often ...)
            row["response_f1"] = json.loads(responses.read_text())["macro avg"]["f1-score"]
    probe = subprocess.run([sys.executable, "-c", PROBE, str(out / "m.tar.gz"), json.dumps(texts)],
                           cwd=ROOT, env=ENV, check=True, capture_output=True, text=True)
    data = json.loads(probe.stdout.strip().splitlines()[-1])
    lat = [x * 1000 for x in data["latencies"]]
    row.update(load_s=data["load_s"], rss_mb=data["rss_mb"], turns=len(lat),
               p50_ms=statistics.median(lat), p95_ms=pct(lat, 0.95))
    return row


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--skip-eval", action="store_true", help="no held-out accuracy")
    ap.add_argument("--only", default="", help="comma list of configs to measure (" +
                    ", ".join(CONFIGS) + "); the other rows are kept from the last results")
    ap.add_argument("--only-chosen", action="store_true", help="the same as --only config.yml")
    args = ap.parse_args()
    only = ["config.yml"] if args.only_chosen else [c for c in args.only.split(",") if c]
    unknown = set(only) - set(CONFIGS)
    if unknown:
        ap.error(f"unknown config(s): {sorted(unknown)}")
    texts = utterances()
    split = None if args.skip_eval else split_nlu(Path(tempfile.mkdtemp(prefix="split-")))
    fresh = {c: measure(CONFIGS[c], c, split, texts) for c in (only or CONFIGS)}
    last = ROOT / "benchmarks" / "results" / "pipelines.json"
    old = json.loads(last.read_text()) if only and last.is_file() else {"rows": []}
    kept = {r["config"]: r for r in old["rows"]}
    rows = []
    for config, name in CONFIGS.items():
        if config in fresh:
            rows.append(fresh[config])
        elif config in kept:  # not re-measured: keep the last figures, with their date
            row = kept[config]
            row.setdefault("date", old.get("date", "?"))
            row["name"] = name + f" (measured {row['date'][:10]})"
            rows.append(row)
    machine = f"{platform.node()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    (ROOT / "benchmarks" / "results").mkdir(exist_ok=True)
    (ROOT / "benchmarks" / "results" / "pipelines.json").write_text(
        json.dumps({"machine": machine, "date": time.strftime("%Y-%m-%d"), "rows": rows}, indent=2))
    lines = ["# Pipeline choice, measured", "",
             f"Measured {time.strftime('%Y-%m-%d')} on {machine} by `benchmarks/pipelines.py` "
             "(rows not re-measured keep their date; load is the 1-minute load average at the start).",
             f"Latency: {len(texts)} turns from the conversation tests, in-process, custom actions included.",
             "", "| pipeline | train s | intent F1 (held-out 20 %) | accuracy | sub-answer F1 | load s | turn p50 ms | turn p95 ms | RSS MB | model MB | load |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        f1 = f"{r['intent_f1']:.3f}" if "intent_f1" in r else "-"
        acc = f"{r['intent_accuracy']:.3f}" if r.get("intent_accuracy") is not None else "-"
        sub = f"{r['response_f1']:.3f}" if "response_f1" in r else "-"
        load = f"{r['load_average_1m']:.1f}" if "load_average_1m" in r else "-"
        lines.append(f"| {r['name']} | {r['train_s']:.0f} | {f1} | {acc} | {sub} | {r['load_s']:.1f} | "
                     f"{r['p50_ms']:.0f} | {r['p95_ms']:.0f} | {r['rss_mb']:.0f} | {r['model_mb']:.1f} | "
                     f"{load} |")
    (ROOT / "benchmarks" / "PIPELINES.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()

"""The "running for days" section of REPORT.md: the soak (``soak.py``) and the start-up
(``startup.py``), each against its target, before and after where both were measured."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FILES = ("soak.json", "soak_no_rollover.json", "startup.json", "startup_no_preload.json",
         "startup_selectors.json")
"""Shown here, so left out of "Other benchmark results"."""


def _read(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _met(value: float | None, limit: float) -> str:
    return "not measured" if value is None else ("yes" if value <= limit else "**no**")


def _cell(v: Any) -> str:
    if isinstance(v, list):
        return " / ".join(f"{x:.1f}" if isinstance(x, float) else str(x) for x in v)
    return str(v)


def target_rows(results: Path) -> list[list[str]]:
    soak, start = _read(results / "soak.json"), _read(results / "startup.json")
    rows = []
    if soak:
        for key, label, limit, unit in (
                ("p95_end_over_start", "wall", 1.2, "x"),
                ("cpu_p95_end_over_start", "CPU", 1.2, "x")):
            v = soak.get(key)
            rows.append([f"soak, {soak['turns']} turns: per-turn p95 ({label}) at the end over "
                         "the start", f"<= {limit}{unit}", f"{v}{unit}", _met(v, limit)])
        g = soak.get("rss_growth_mb")
        rows.append([f"soak, {soak['turns']} turns: memory growth", "< 20 MB", f"{g} MB",
                     _met(g, 19.99)])
    if start:
        m = start["median"]
        rows.append(["start -> full dialogue ready (wall, median of "
                     f"{len(start['runs'])}; load average {m['load_average_1m']})", "<= 8 s",
                     f"{m['dialogue_ready_s']} s", _met(m["dialogue_ready_s"], 8.0)])
        rows.append(["start -> full dialogue ready, CPU time (all threads)", "-",
                     f"{m['cpu_s']} s", "-"])
    return rows


def days_section(results: Path) -> list[str]:
    out = ["## Running for days: soak and start-up", ""]
    soak, before = _read(results / "soak.json"), _read(results / "soak_no_rollover.json")
    start, start_before = _read(results / "startup.json"), _read(results / "startup_no_preload.json")
    start_selectors = _read(results / "startup_selectors.json")
    if not (soak or start):
        return [*out, "Not measured: run `benchmarks/soak.py` and `benchmarks/startup.py`.", ""]
    rows = target_rows(results)
    out += ["| figure | target | measured | met |", "|---|---|---|---|"]
    out += [f"| {' | '.join(r)} |" for r in rows]
    out.append("")
    cols = ["turns", "rollover", "start_p50_ms", "start_p95_ms", "end_p50_ms", "end_p95_ms",
            "cpu_start_p95_ms", "cpu_end_p95_ms", "rss_after_warmup_mb", "rss_end_mb",
            "rss_growth_mb", "trims", "rollovers", "load_average", "date"]
    runs = [(n, d) for n, d in (("after: rolling over and cut back", soak),
                                ("before: one conversation for the run", before)) if d]
    out += ["From `benchmarks/soak.py` (one conversation, real model and store, virtual clock; "
            "per-turn time of `handle_text`; start = the window after the warm-up, end = the "
            "last window; the machine is shared, so wall times carry other people's load, "
            "CPU times much less):", "",
            "| run | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for name, d in runs:
        out.append(f"| {name} | " + " | ".join(_cell(d.get(c, "-")) for c in cols) + " |")
    out += ["", "The before run is 1,000 turns (it gets slow): its start and end windows "
            "(turns 100-600, 500-1,000) overlap, so its ratio understates the growth; its p50 "
            "per turn doubles within them.", ""]
    for name, d in runs:
        if d.get("p95_by_1000_ms"):
            out.append(f"Per-turn p95 by 1,000 turns ({name}), wall ms: "
                       f"{', '.join(str(x) for x in d['p95_by_1000_ms'])}"
                       + (f"; CPU ms: {', '.join(str(x) for x in d['cpu_p95_by_1000_ms'])}"
                          if d.get("cpu_p95_by_1000_ms") else "") + ".")
            out.append("")
    starts = [(n, d) for n, d in (("after: skops imported first", start),
                                  ("before: as Rasa imports it", start_before),
                                  ("issue 15's TensorFlow ResponseSelectors (before 15b)",
                                   start_selectors)) if d]
    if starts:
        keys = ["python_start_s", "our_imports_s", "rasa_imports_s", "dialogue_ready_s",
                "rasa_imports_cpu_s", "cpu_s", "load_average_1m"]
        out += ["From `benchmarks/startup.py` (fresh interpreter each run, seconds from the "
                "process's start; medians):", "",
                "| run | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
        for name, d in starts:
            out.append(f"| {name} | " + " | ".join(str(d["median"].get(k, "-")) for k in keys)
                       + " |")
        out.append("")
    return out

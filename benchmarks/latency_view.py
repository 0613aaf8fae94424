"""The latency, memory and pipeline parts of REPORT.md (used by report.py).

The figures come from JSON files other benchmark scripts write; this module only reads them.
``voice_latency.json`` is read generically (numbers anywhere in it, lists of samples for the
plot), and the targets are found by their key names, so a new field shows up in the report
without a change here. A missing file is reported as missing, never filled in.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

TARGETS = (
    # (label, target text, limit, key must contain all of these, key must contain one of these)
    ("end of utterance -> first audio out, p95", "<= 150 ms", 150.0, ("p95",),
     ("endpoint", "end_of_utterance", "eou")),
    ("start-up -> hears \"help\"", "<= 3 s", 3.0, ("help",), ("start",)),
    ("peak RSS of the assistant in one process (recognizer in-process)", "<= 800 MB", 800.0,
     ("rss",), ("assistant", "whole")),
)


def verdict(value: float | None, limit: float, higher: bool) -> str:
    if value is None:
        return "not measured"
    return "yes" if (value >= limit if higher else value <= limit) else "**no**"


def flatten(obj: Any, prefix: str = "") -> dict[str, Any]:
    """``{"a": {"b": 1}}`` -> ``{"a.b": 1}``; lists of numbers are kept whole."""
    out: dict[str, Any] = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, f"{prefix}.{k}" if prefix else str(k)))
    elif isinstance(obj, list) and len(obj) > 8 and all(isinstance(x, dict) for x in obj):
        # many records (samples): one list of numbers per numeric field
        keys = {k for x in obj for k, v in x.items() if _number(v)}
        for k in sorted(keys):
            out[f"{prefix}[].{k}"] = [x[k] for x in obj if _number(x.get(k))]
    elif isinstance(obj, list) and obj and all(isinstance(x, dict) for x in obj):
        for i, v in enumerate(obj):
            name = v.get("name") or v.get("engine") or str(i)
            out.update(flatten(v, f"{prefix}[{name}]"))
    else:
        out[prefix] = obj
    return out


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _in_unit(key: str, value: float, limit: float) -> float:
    """Seconds vs milliseconds by the key's name: the targets are in ms, s and MB."""
    k = key.lower()
    if limit == 150.0 and (k.endswith("_s") or k.endswith("seconds")):
        return value * 1000
    if limit == 3.0 and (k.endswith("_ms") or "ms" in k.split(".")[-1]):
        return value / 1000
    return value


def target_rows(latency: dict[str, Any] | None) -> list[list[str]]:
    rows = []
    flat = {k: v for k, v in flatten(latency or {}).items()
            if _number(v) and not k.startswith("targets")}
    for label, target, limit, must, anyof in TARGETS:
        keys = [k for k in flat if all(m in k.lower() for m in must)
                and any(a in k.lower() for a in anyof)]
        if latency is None:
            rows.append([label, target, "not measured: results/voice_latency.json is absent",
                         "not measured"])
            continue
        if not keys:
            rows.append([label, target, "not found in results/voice_latency.json", "not measured"])
            continue
        for k in keys:
            v = _in_unit(k, float(flat[k]), limit)
            unit = {150.0: "ms", 3.0: "s", 800.0: "MB"}[limit]
            rows.append([f"{label} (`{k}`)", target, f"{v:.{2 if unit == 's' else 0}f} {unit}",
                         verdict(v, limit, higher=False)])
    return rows


def percentiles(latency: dict[str, Any]) -> dict[str, dict[str, float]]:
    """``{"name": {"p50": .., "p95": .., ...}}`` for every millisecond figure with percentiles."""
    out: dict[str, dict[str, float]] = {}

    def walk(obj: Any, name: str) -> None:
        if isinstance(obj, dict):
            if "p50" in obj and "p95" in obj and name.endswith("ms"):
                out[name] = {k: float(v) for k, v in obj.items()
                             if k in ("p50", "p95", "max", "mean") and _number(v)}
            for k, v in obj.items():
                walk(v, k)

    walk(latency, "")
    return out


def plot_latency(samples: dict[str, list[float]], stats: dict[str, dict[str, float]],
                 path: Path) -> bool:
    """A histogram of the samples when the JSON has them, else the percentiles as bars."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if not samples and not stats:
        return False
    fig, ax = plt.subplots(figsize=(8, 3.6))
    if samples:
        ax.hist(list(samples.values()), bins=30, label=list(samples), histtype="step",
                linewidth=1.5)
        ax.set_xlabel("milliseconds")
        ax.set_ylabel("utterances")
        ax.axvline(150, color="red", linestyle="--", label="target p95 150 ms")
    else:
        names = list(stats)
        keys = [k for k in ("p50", "mean", "p95", "max") if any(k in v for v in stats.values())]
        width = 0.8 / len(keys)
        for n, key in enumerate(keys):
            ax.barh([i + n * width for i in range(len(names))],
                    [stats[m].get(key, 0) for m in names], height=width, label=key)
        ax.set_yticks([i + 0.4 - width / 2 for i in range(len(names))], names, fontsize=8)
        ax.set_xlabel("milliseconds")
        ax.axvline(150, color="red", linestyle="--", label="target p95 150 ms (endpoint)")
    ax.set_title(("Latency distribution" if samples else "Latency percentiles")
                 + " (from results/voice_latency.json)")
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=80)
    plt.close(fig)
    return True


def latency_section(latency: dict[str, Any] | None, plot: Path) -> list[str]:
    out = ["## Latency and memory", ""]
    if latency is None:
        return [*out, "Not measured in this run: `benchmarks/results/voice_latency.json` is "
                "absent (it is written by `benchmarks/voice_latency.py`).", ""]
    flat = flatten(latency)
    samples = {k: [float(x) for x in v] for k, v in flat.items()
               if isinstance(v, list) and len(v) > 2 and all(_number(x) for x in v)
               and ("ms" in k.lower() or "latenc" in k.lower())}
    scalars = [(k, v) for k, v in flat.items() if _number(v) or isinstance(v, str)]
    out += ["From `benchmarks/results/voice_latency.json` (written by "
            "`benchmarks/voice_latency.py`):", "", "| figure | value |", "|---|---|"]
    out += [f"| `{k}` | {round(v, 3) if _number(v) else v} |" for k, v in scalars]
    out.append("")
    if plot_latency(samples, percentiles(latency), plot):
        out += [f"![latency distribution](plots/{plot.name})", ""]
    return out


def pipelines_section(pipes: dict[str, Any] | None) -> list[str]:
    out = ["## Dialogue pipeline: chosen vs Rasa's default", ""]
    if not pipes:
        return [*out, "Not measured in this run: `benchmarks/results/pipelines.json` is "
                "absent (it is written by `benchmarks/pipelines.py`).", ""]
    head = ["pipeline", "train s", "intent F1 (held-out 20 %)", "load s", "turn p50 ms", "turn p95 ms",
            "RSS MB"]
    rows = []
    for r in pipes.get("rows", []):
        f1 = r.get("intent_f1")
        rows.append([str(r.get("name")), f"{r.get('train_s', 0):.0f}",
                     "-" if f1 is None else f"{f1:.3f}", f"{r.get('load_s', 0):.1f}",
                     f"{r.get('p50_ms', 0):.0f}", f"{r.get('p95_ms', 0):.0f}",
                     f"{r.get('rss_mb', 0):.0f}"])
    out += [f"From `benchmarks/results/pipelines.json` ({pipes.get('date', '?')}, "
            f"{pipes.get('machine', '?')}):", "",
            "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return [*out, ""]


def run_steps(path: Path) -> tuple[list[list[str]], float] | None:
    """run_all.sh's step log (``step<TAB>seconds<TAB>status`` lines) and the total seconds."""
    if not path.exists():
        return None
    rows = [ln.split("\t") for ln in path.read_text().splitlines() if ln.count("\t") == 2]
    total = sum(float(r[1]) for r in rows if r[1].replace(".", "", 1).isdigit())
    return rows, total


def other_section(others: dict[str, Any] | None) -> list[str]:
    """Every other ``results/*.json`` (timer accuracy, safety screen ...), its numbers as found."""
    out = ["## Other benchmark results", ""]
    if not others:
        return [*out, "None found in `benchmarks/results/`.", ""]
    for name, obj in others.items():
        flat = [(k, v) for k, v in flatten(obj).items() if _number(v) or isinstance(v, str)]
        out += [f"### `results/{name}.json` (from `benchmarks/{name}.py`)", "",
                "| figure | value |", "|---|---|"]
        out += [f"| `{k}` | {round(v, 4) if _number(v) else v} |" for k, v in flat[:40]]
        if len(flat) > 40:
            out.append(f"| ... | {len(flat) - 40} more in the JSON file |")
        out.append("")
    return out


HELD_OUT = ("own_answers", "answers_holdout", "triage_holdout")
"""Held-out scorers' outputs: each has its own summary (its script prints it); per-question
records are not copied into eval.json."""


def collect_results(results: Path) -> dict[str, Any]:
    """The other scripts' figures as they are on disk now (None / {} when absent)."""

    def read(path: Path) -> Any:
        try:
            return json.loads(path.read_text())
        except (OSError, ValueError):
            return None

    import days_view
    import issues_view

    known = {"eval.json", "voice_latency.json", "pipelines.json", *issues_view.FILES,
             *days_view.FILES}
    return {"voice_latency": read(results / "voice_latency.json"),
            "pipelines": read(results / "pipelines.json"),
            "other_results": {p.stem: read(p) for p in sorted(results.glob("*.json"))
                              if p.name not in known and not p.name.startswith(HELD_OUT)}}

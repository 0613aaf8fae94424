"""Measure Back Coach on the spoken development set: per engine, voice and noise level.

For each engine (PocketSphinx always; Whisper when installed; Vosk when an English Vosk model is
found) the rendered
audio goes through ``backcoach listen --wav FILE... --json --engine X``, many files per process.
From what comes back it computes the transcripts' word error rate, intent, entity and event
accuracy end to end, red-flag recall and false-alarm rate; the same from typed text through
``backcoach ask --batch --json`` as the baseline. Writes ``benchmarks/results/eval.json`` and
then ``benchmarks/REPORT.md`` (see report.py). Latency and memory figures are read from
``results/voice_latency.json`` and ``results/pipelines.json`` when those scripts have run.

    .venv/bin/python benchmarks/evaluate.py [--quick] [--plan standard|full] [--voices kal16,slt]
                                            [--snr clean,10] [--limit N] [--jobs 2] [--no-report]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render
from latency_view import collect_results
from render import Item, Row
from scoring import by_intent, group, paired, score, summarize, training_texts

ROOT = render.HERE.parent
RESULTS = render.HERE / "results"
BACKCOACH = str(Path(sys.executable).with_name("backcoach"))
ENV = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3"}


# --------------------------------------------------------------------------------- running
def run_backcoach(args: list[str], timeout: float) -> tuple[list[dict[str, Any]], float, float]:
    """Run ``backcoach ARGS``; its JSON lines, wall seconds and peak RSS in MB (from wait4)."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([BACKCOACH, *args], stdout=out, stderr=err, cwd=ROOT, env=ENV)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                raise TimeoutError(f"backcoach {args[0]} took over {timeout:.0f} s")
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            msg = err.read().decode(errors="replace").strip().splitlines()[-1:] or ["?"]
            raise RuntimeError(f"backcoach {args[0]} exited {proc.returncode}: {msg[0]}")
        lines = out.read().decode(errors="replace").splitlines()
    return json_objects(lines), time.perf_counter() - t0, usage.ru_maxrss / 1024


def json_objects(lines: list[str]) -> list[dict[str, Any]]:
    """The result objects among ``lines`` (anything else, such as stray log lines, is skipped)."""
    objs = []
    for line in lines:
        if line.startswith("{"):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(obj, dict) and "intent" in obj:
                objs.append(obj)
    return objs


def text_baseline(rows: list[Row], model: list[str]) -> tuple[list[dict[str, Any]], dict[str, float]]:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(r.text for r in rows) + "\n")
    try:
        objs, secs, rss = run_backcoach(["ask", "--batch", f.name, "--json", *model], 120 + 2 * len(rows))
    finally:
        os.unlink(f.name)
    if len(objs) != len(rows):
        raise RuntimeError(f"ask --batch gave {len(objs)} results for {len(rows)} lines")
    seen = training_texts(ROOT / "nlu")
    recs = [{**score(r, o), "voice": "text", "condition": "text", "in_training": r.text in seen}
            for r, o in zip(rows, objs, strict=True)]
    return recs, {"seconds": round(secs, 2), "rss_mb": round(rss, 1)}


def audio_seconds(items: list[Item]) -> float:
    return sum(p.stat().st_size - 44 for p in (i.path for i in items)) / (2 * render.RATE)


def run_engine(engine: str, items: list[Item], jobs: int,
               model: list[str]) -> tuple[list[dict[str, Any]], dict]:
    """All ``items`` through ``listen`` on ``engine``, split over ``jobs`` processes."""
    from concurrent.futures import ThreadPoolExecutor

    chunks = [items[k::jobs] for k in range(jobs) if items[k::jobs]]

    def one(chunk: list[Item]) -> tuple[list[dict[str, Any]], float, float]:
        return run_backcoach(["listen", "--json", "--engine", engine, *model, "--wav",
                              *[str(i.path) for i in chunk]], 120 + 20 * len(chunk))

    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(chunks)) as pool:
        outs = list(pool.map(one, chunks))
    wall = time.perf_counter() - t0
    recs = []
    for chunk, (objs, _, _) in zip(chunks, outs, strict=True):
        if len(objs) != len(chunk):
            raise RuntimeError(f"listen gave {len(objs)} results for {len(chunk)} files")
        for i, o in zip(chunk, objs, strict=True):
            if o.get("file", str(i.path)) != str(i.path):
                raise RuntimeError(f"listen answered for {o.get('file')}, expected {i.path}")
            rec = {**score(i.row, o), "voice": i.voice, "condition": i.condition}
            rec.pop("said")  # kept for typed text only, to keep eval.json small
            recs.append(rec)
    audio = audio_seconds(items)
    run = {"files": len(items), "processes": len(chunks), "wall_seconds": round(wall, 1),
           "audio_seconds": round(audio, 1), "batch_rtf": round(wall * len(chunks) / audio, 3),
           "peak_rss_mb": round(max(o[2] for o in outs), 1)}
    return recs, run


def dumps(data: dict[str, Any]) -> str:
    """Indented JSON with each per-utterance record on one line (small, diff-friendly)."""
    lines: list[str] = []

    def mark(obj: Any) -> Any:
        if isinstance(obj, dict):
            return {k: mark(v) for k, v in obj.items()}
        if isinstance(obj, list) and obj and all(isinstance(x, dict) and "id" in x for x in obj):
            lines.extend(json.dumps(x, separators=(",", ":")) for x in obj)
            return [f"@@{n}@@" for n in range(len(lines) - len(obj), len(lines))]
        return obj

    text = json.dumps(mark(data), indent=1)
    return re.sub(r'"@@(\d+)@@"', lambda m: lines[int(m.group(1))], text) + "\n"


def engines() -> dict[str, str | None]:
    """Engine -> None if usable here, else why not."""
    from assistant.hearing.vosk_models import find_vosk_model as find_model
    from assistant.hearing.whisper_model import whisper_available

    vosk = None if find_model() else "not available here: no English Vosk model on this machine"
    whisper = None if whisper_available() else "faster-whisper or its model is not installed"
    return {"whisper": whisper, "vosk": vosk, "pocketsphinx": None}


def machine() -> dict[str, Any]:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"host": platform.node(), "cpu": cpu, "cores": os.cpu_count(), "ram_gb": round(mem, 1),
            "os": platform.platform(), "python": platform.python_version()}


def evaluate(args: argparse.Namespace) -> dict[str, Any]:
    from concurrent.futures import ThreadPoolExecutor

    t0 = time.perf_counter()
    rows = render.load_devset()
    name = "quick" if args.quick else args.plan
    conds = ("clean", "10") if args.quick and args.snr == render.CONDITIONS else args.snr
    items = render.plan(rows, name, args.voices, conds, args.limit)
    picked = list({i.row.id: i.row for i in items}.values())
    data: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "machine": machine(),
        "plan": {"name": name, "voices": list(dict.fromkeys(i.voice for i in items)),
                 "conditions": list(dict.fromkeys(i.condition for i in items)),
                 "limit": args.limit, "utterances": len(picked), "devset_rows": len(rows),
                 "audio_files": len(items)}}
    data["render"] = render.render(items, args.jobs)
    model = ["--model", str(args.model)] if args.model else []
    with ThreadPoolExecutor(max_workers=1) as pool:  # typed text alongside the audio
        text = pool.submit(text_baseline, picked, model)
        data["engines"] = {}
        for engine, why_not in engines().items():
            if args.engines and engine not in args.engines:
                continue
            if why_not:
                data["engines"][engine] = {"available": False, "reason": why_not}
                continue
            recs, run = run_engine(engine, items, args.jobs, model)
            data["engines"][engine] = {
                "available": True, "run": run, "overall": summarize(recs),
                "by_voice": group(recs, "voice"), "by_condition": group(recs, "condition"),
                "by_voice_condition": group(recs, "voice", "condition"),
                "paired_noise": paired(recs), "by_intent": by_intent(recs), "records": recs}
        recs, run = text.result()
    data["text"] = {"run": run, "overall": summarize(recs), "by_intent": by_intent(recs),
                    "records": recs}
    data.update(collect_results(RESULTS))
    data["seconds"] = round(time.perf_counter() - t0, 1)
    return data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    render.add_plan_args(ap)
    ap.add_argument("--quick", action="store_true", help="a handful of utterances, one voice")
    ap.add_argument("--out", type=Path, default=RESULTS / "eval.json")
    ap.add_argument("--model", type=Path, help="dialogue model (default: models/)")
    ap.add_argument("--no-report", action="store_true", help="write the JSON only")
    ap.add_argument("--engines", type=render.csv, help="comma list (default: every one here)")
    args = ap.parse_args(argv)
    render.check_plan_args(ap, args)
    data = evaluate(args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dumps(data))
    print(f"wrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    if not args.no_report:
        import report

        print(f"wrote {report.write(data)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

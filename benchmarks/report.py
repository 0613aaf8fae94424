"""Write ``benchmarks/REPORT.md`` and its PNG plots from ``benchmarks/results/eval.json``.

Called by evaluate.py at the end of a run; on its own it re-renders the report from the last
JSON (``.venv/bin/python benchmarks/report.py [eval.json]``). Latency and memory come from
``results/voice_latency.json`` (benchmarks/voice_latency.py) and the pipeline comparison from
``results/pipelines.json`` (benchmarks/pipelines.py); missing files are named, never invented.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import days_view
import issues_view
import latency_view as lv

HERE = Path(__file__).resolve().parent
REPORT = HERE / "REPORT.md"
CONDS = ("clean", "20", "10", "5")
COLS = (("wer", "WER"), ("intent_accuracy", "intent"), ("event_accuracy", "event"),
        ("entity_accuracy", "entities"), ("red_flag_recall", "red flags heard"),
        ("emergency_recall", "emergency tier heard"), ("red_flag_tier_accuracy", "right tier"),
        ("false_alarm_rate", "false alarms"), ("lookalike_false_alarm_rate", "lookalike false alarms"))


def pct(v: Any) -> str:
    return "-" if v is None else f"{100 * v:.1f} %"


def cond_name(c: str) -> str:
    return c if c in ("clean", "text") else f"{c} dB SNR"


def table(head: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head),
            *["| " + " | ".join(r) + " |" for r in rows], ""]


def figure_rows(label_figs: list[tuple[str, dict[str, Any]]]) -> list[str]:
    rows = [[label, str(f["n"]), *[pct(f.get(k)) for k, _ in COLS]] for label, f in label_figs]
    return table(["", "n", *[h for _, h in COLS]], rows)


def live_engines(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {k: v for k, v in data["engines"].items() if v.get("available")}


def plot_accuracy(data: dict[str, Any], path: Path) -> bool:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    engines = live_engines(data)
    if not engines:
        return False
    fig, axes = plt.subplots(1, 3, figsize=(12, 3.6), sharey=True)
    for ax, (key, title) in zip(axes, (("intent_accuracy", "intent accuracy"),
                                       ("event_accuracy", "event accuracy"),
                                       ("red_flag_recall", "red-flag recall")), strict=True):
        for name, e in engines.items():
            conds = [c for c in CONDS if c in e["by_condition"]]
            ys = [e["by_condition"][c].get(key) for c in conds]
            ax.plot(range(len(conds)), [y if y is not None else float("nan") for y in ys],
                    marker="o", label=name)
            ax.set_xticks(range(len(conds)), [cond_name(c) for c in conds])
        base = data["text"]["overall"].get(key)
        if base is not None:
            ax.axhline(base, color="grey", linestyle="--", label="typed text")
        ax.set_title(title)
        ax.set_ylim(0, 1.02)
        ax.grid(alpha=0.3)
    axes[0].set_ylabel("fraction")
    axes[-1].legend(loc="lower left", fontsize=8)
    fig.suptitle("Accuracy from audio vs noise (pink noise, signal-to-noise ratio)")
    fig.tight_layout()
    fig.savefig(path, dpi=80)
    plt.close(fig)
    return True


def accuracy_section(data: dict[str, Any]) -> list[str]:
    out = ["## Accuracy from audio, by engine", ""]
    rows = [("typed text (`ask --batch`)", data["text"]["overall"])]
    rows += [(f"{n} (audio, all voices and conditions)", e["overall"])
             for n, e in live_engines(data).items()]
    out += figure_rows(rows)
    base = data["text"]["overall"]
    if base.get("held_out"):
        out += [f"Typed text on the {base['held_out']} utterances that are not NLU training "
                f"examples word for word: intent accuracy {pct(base['held_out_intent_accuracy'])} "
                f"(the other {base['n'] - base['held_out']} are short, common phrasings such as "
                "\"stop\" or \"yes\" that the training data also holds).", ""]
    kinds = {"typed text": base.get("event_accuracy_by_type", {})}
    kinds.update({n: e["overall"].get("event_accuracy_by_type", {})
                  for n, e in live_engines(data).items()})
    types = sorted({t for v in kinds.values() for t in v})
    if types:
        out += ["Event accuracy by expected event:", ""]
        out += table(["", *types], [[k, *[pct(v.get(t)) for t in types]] for k, v in kinds.items()])
    stale = [r for r in data["text"]["records"] if r["event_type"] == "timer_started"
             and not r["event_ok"] and " left" in r.get("said", "")]
    if stale:
        out += [f"Note: for {len(stale)} typed timer requests the answer was the time left on a "
                "timer already running: `ask --batch` and `listen` keep one timer store for the "
                "whole batch, so an earlier line's timer is still running. Timer event accuracy "
                "is understated until each line gets a store of its own.", ""]
    for name, e in data["engines"].items():
        if not e.get("available"):
            out += [f"**{name}**: {e['reason']}.", ""]
    out += ["Event accuracy counts utterances that must produce a key event (a timer of the "
            "right kind and length, breathing, an emergency of the right tier, the alarm). "
            "Red flags heard: any emergency event (any tier) for a red-flag utterance; emergency "
            "tier heard: an `emergency`-tier event for the utterances that need one (target "
            "100 %). False alarms: any emergency event for an utterance that is not a red flag; "
            "lookalikes are negations and near misses (\"no numbness\", \"I fell asleep\").", ""]
    for name, e in live_engines(data).items():
        out += [f"### {name}: by voice", ""]
        out += figure_rows(sorted(e["by_voice"].items()))
        out += [f"### {name}: by noise", ""]
        out += figure_rows([(cond_name(c), e["by_condition"][c]) for c in CONDS
                            if c in e["by_condition"]])
        pairs = e.get("paired_noise", {})
        out += [f"### {name}: the same utterances clean and noisy", ""]
        out += table(["noise", "n", "WER clean", "WER noisy", "intent clean", "intent noisy",
                      "red flags heard clean", "red flags heard noisy"],
                     [[cond_name(c), str(p["noisy"]["n"]), pct(p["clean"].get("wer")),
                       pct(p["noisy"].get("wer")), pct(p["clean"]["intent_accuracy"]),
                       pct(p["noisy"]["intent_accuracy"]), pct(p["clean"]["red_flag_recall"]),
                       pct(p["noisy"]["red_flag_recall"])] for c, p in pairs.items()])
        voices = sorted(e["by_voice"])
        grid = e["by_voice_condition"]
        out += [f"### {name}: intent accuracy (n) by voice and noise", ""]
        out += table(["voice", *[cond_name(c) for c in CONDS]],
                     [[v, *[f"{pct(grid[f'{v}/{c}']['intent_accuracy'])} ({grid[f'{v}/{c}']['n']})"
                            if f"{v}/{c}" in grid else "-" for c in CONDS]] for v in voices])
    return out


def errors_section(data: dict[str, Any]) -> list[str]:
    out = ["## Where it goes wrong", ""]
    text = data["text"]["by_intent"]
    for name, e in live_engines(data).items():
        worst = sorted(e["by_intent"].items(), key=lambda kv: (kv[1] or 0))[:12]
        out += [f"### {name}: the twelve weakest intents from audio", ""]
        out += table(["intent", "audio", "typed text"],
                     [[k, pct(v), pct(text.get(k))] for k, v in worst])
        missed = [r for r in e["records"] if r["red_flag"] and not r["flagged"]]
        alarms = [r for r in e["records"] if not r["red_flag"] and r["flagged"]]
        for title, recs in (("Red flags not heard", missed), ("False alarms", alarms)):
            out += [f"**{name}: {title}** ({len(recs)})", ""]
            out += table(["id", "voice", "noise", "heard"],
                         [[r["id"], r["voice"], cond_name(r["condition"]),
                           f"\"{r.get('transcript', '')}\""] for r in recs[:25]])
    missed = [r for r in data["text"]["records"] if not r["intent_ok"]]
    out += [f"**Typed text: wrong intents** ({len(missed)})", ""]
    out += table(["id", "expected", "got"],
                 [[r["id"], r["intent"], str(r["predicted"])] for r in missed[:40]])
    return out


def headline(data: dict[str, Any]) -> list[str]:
    """A few sentences computed from the figures, so the report can be read in a minute."""
    t = data["text"]["overall"]
    out = ["## In short", "",
           f"- Typed text: intent {pct(t['intent_accuracy'])}, events {pct(t['event_accuracy'])}, "
           f"emergency-tier red flags caught {pct(t['emergency_recall'])}, false alarms "
           f"{pct(t['false_alarm_rate'])}."]
    for name, e in live_engines(data).items():
        c = e["by_condition"]
        noisy = ", ".join(f"{pct(c[k]['intent_accuracy'])} at {k} dB" for k in CONDS[1:] if k in c)
        voices = sorted(e["by_voice"].items(), key=lambda kv: kv[1].get("wer") or 0)
        out.append(f"- {name} from audio: WER {pct(e['overall'].get('wer'))}; intent "
                   f"{pct(c['clean']['intent_accuracy']) if 'clean' in c else '-'} clean"
                   + (f", {noisy}" if noisy else "") + "; emergency-tier red flags heard "
                   f"{pct(e['overall']['emergency_recall'])}, false alarms "
                   f"{pct(e['overall']['false_alarm_rate'])}; easiest voice {voices[0][0]}, "
                   f"hardest {voices[-1][0]} (by WER).")
    for name, e in data["engines"].items():
        if not e.get("available"):
            out.append(f"- {name}: {e['reason']}.")
    return [*out, ""]


def targets_section(data: dict[str, Any]) -> list[str]:
    rows = []
    for name, e in live_engines(data).items():
        rec = e["overall"].get("emergency_recall")
        rows.append([f"red-flag recall, emergency tier, from audio ({name})", "100 %", pct(rec),
                     lv.verdict(rec, 1.0, higher=True)])
    rec = data["text"]["overall"].get("emergency_recall")
    rows.append(["red-flag recall, emergency tier, typed text", "100 %", pct(rec),
                 lv.verdict(rec, 1.0, higher=True)])
    rows += lv.target_rows(data.get("voice_latency"))
    rows += days_view.target_rows(HERE / "results")
    live = HERE / "results" / "live_memory.json"
    if live.is_file():
        mem = json.loads(live.read_text())
        rss = mem["peak_tree_rss_mb"]
        rows.append(["peak RSS of `backcoach run`, whole process tree (recognizer in its own "
                     f"process; PSS {mem['peak_tree_pss_mb']:.0f} MB; `live_memory.py`)",
                     "<= 800 MB", f"{rss:.0f} MB", lv.verdict(rss, 800, higher=False)])
    for name, e in live_engines(data).items():
        rss = e["run"]["peak_rss_mb"]
        rows.append([f"peak RSS of `listen` ({name}, dialogue model loaded, this evaluation)",
                     "<= 800 MB", f"{rss:.0f} MB", lv.verdict(rss, 800, higher=False)])
    return ["## Targets", "", *table(["figure", "target", "measured", "met"], rows)]


def safety_voices_section(path: Path = HERE / "results" / "redflags_voices.json") -> list[str]:
    """The safety sets typed and spoken clean by each flite voice (``redflags_voices.py``)."""
    if not path.exists():
        return []
    data = json.loads(path.read_text())
    out = ["## Safety sets, typed and spoken (clean) by each voice", "",
           "From `benchmarks/redflags_voices.py`: `test` is the set the tests hold to 100 % "
           "(`tests/data/red_flags.tsv`, `not_red_flags.txt`), `holdout` is "
           "`benchmarks/safety_holdout.tsv` (see its header for what it was used for). *Right "
           "tier*: the red flag's tier or higher at once; *asked*: a yes/no safety question "
           "instead (a misheard word, or a flag only the dialogue model heard); *questions* on "
           "ordinary sentences are the cost of asking.", ""]
    rows = []
    for name, voices in data.items():
        for voice, v in voices.items():
            n = v["red_flags"]
            rows.append([name, voice, f"{v['right']}/{n} ({pct(v['right_tier'])})", str(v["asked"]),
                         str(v["missed"]), f"{v['false_alarms']}/{v['ordinary']}",
                         f"{v['false_questions']}/{v['ordinary']}"])
    out += table(["set", "voice", "right tier", "asked", "missed", "false alarms",
                  "questions on ordinary"], rows)
    return out


def write(data: dict[str, Any], path: Path = REPORT) -> Path:
    """Write the report for ``data``, its plots in ``plots/`` beside it; returns its path."""
    plots = path.parent / "plots"
    plots.mkdir(parents=True, exist_ok=True)
    m, p = data["machine"], data["plan"]
    steps = lv.run_steps(HERE / "results" / "run_all.tsv")
    out = ["# Back Coach: measured quality", "",
           f"Generated {data['date']} by `benchmarks/run_all.sh` (see benchmarks/README.md).", "",
           f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, {m['os']}, "
           f"Python {m['python']} (host `{m['host']}`).", "",
           f"Dev set: {p['devset_rows']} utterances (`benchmarks/devset.tsv`); this run: "
           f"{p['utterances']} utterances, {p['audio_files']} audio files, plan `{p['name']}`, "
           f"voices {', '.join(p['voices'])}, conditions {', '.join(p['conditions'])}. "
           f"Evaluation took {data['seconds']:.0f} s"
           + (f"; all run_all.sh steps before this report took {steps[1]:.0f} s "
              f"({steps[1] / 60:.1f} minutes)."
              if steps else "."), ""]
    if steps:
        out += table(["step", "seconds", "status"], steps[0])
    out += headline(data)
    out += targets_section(data)
    if plot_accuracy(data, plots / "accuracy_vs_snr.png"):
        out += ["![accuracy vs SNR](plots/accuracy_vs_snr.png)", ""]
    out += accuracy_section(data)
    out += safety_voices_section()
    for name, e in live_engines(data).items():
        r = e["run"]
        out += [f"`listen` on {name}: {r['files']} files ({r['audio_seconds']:.0f} s of audio) "
                f"in {r['wall_seconds']:.0f} s over {r['processes']} processes: "
                f"{r['batch_rtf']:.2f} s of process time per second of audio for the whole pipeline "
                f"(recognizer, dialogue, no speech output); peak RSS {r['peak_rss_mb']:.0f} MB.", ""]
    out += lv.latency_section(data.get("voice_latency"), plots / "latency.png")
    out += days_view.days_section(HERE / "results")
    out += lv.pipelines_section(data.get("pipelines"))
    out += issues_view.ear_section(HERE / "results")
    out += issues_view.urgent_section(HERE / "results")
    out += issues_view.triage_section(HERE / "results")
    out += lv.other_section({k: v for k, v in (data.get("other_results") or {}).items()
                             if f"{k}.json" not in (*issues_view.FILES, *days_view.FILES)})
    out += errors_section(data)
    path.write_text("\n".join(out) + "\n")
    return path


def main() -> None:
    """Re-read the other scripts' results (they may have run since the evaluation), keep them
    in eval.json too, and write the report."""
    import evaluate

    src = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "results" / "eval.json"
    data = json.loads(src.read_text())
    data.update(lv.collect_results(HERE / "results"))
    src.write_text(evaluate.dumps(data))
    print(f"wrote {write(data)}")


if __name__ == "__main__":
    main()

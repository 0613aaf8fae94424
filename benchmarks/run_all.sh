#!/usr/bin/env bash
# The one command that regenerates benchmarks/REPORT.md, its plots and results/*.json:
#
#     benchmarks/run_all.sh [--quick] [--with-pipelines] [--skip a,b] [-- EVALUATE_ARGS...]
#
# Steps: make sure the dialogue model is trained; run the other benchmark scripts that exist
# (a missing one is logged as missing, a failing one as failed, and the run goes on); render the
# spoken dev set; evaluate it on every engine; write the report. Each step's time and status go
# to benchmarks/results/run_all.tsv, which the report shows. --quick: the CI-sized evaluation
# only (a handful of utterances, one voice), no other benchmarks. pipelines.py trains Rasa's
# default DIET pipeline, which alone takes about 12 minutes on 2
# cores, so it runs only with --with-pipelines; otherwise the report shows its last results
# (results/pipelines.json, with their date) if there are any.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
BC=.venv/bin/backcoach
QUICK=0
SKIP=",pipelines,"
EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1 ;;
    --skip) SKIP="${SKIP}$2,"; shift ;;
    --with-pipelines) SKIP="${SKIP//,pipelines,/,}" ;;
    --) shift; EXTRA=("$@"); break ;;
    *) echo "usage: benchmarks/run_all.sh [--quick] [--with-pipelines] [--skip a,b] [-- evaluate args]" >&2
       exit 2 ;;
  esac
  shift
done
export RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=3
mkdir -p benchmarks/results
LOG=benchmarks/results/run_all.tsv
: > "$LOG"

step() {  # step NAME REQUIRED(0|1) COMMAND...
  local name=$1 required=$2 start end status
  shift 2
  echo "== $name: $*" >&2
  start=$(date +%s%N)
  if "$@"; then status=ok; else status="failed (exit $?)"; fi
  end=$(date +%s%N)
  printf '%s\t%s\t%s\n' "$name" "$(awk "BEGIN{printf \"%.1f\", ($end - $start) / 1e9}")" \
    "$status" >> "$LOG"
  if [ "$status" != ok ] && [ "$required" = 1 ]; then
    echo "run_all: $name $status" >&2
    exit 1
  fi
}

step train 1 "$BC" train
if [ "$QUICK" = 0 ]; then
  for name in voice_latency timer_accuracy safety_false_alarms redflags_voices pipelines; do
    if [[ "$SKIP" == *",$name,"* ]]; then
      why="--skip"
      [ "$name" = pipelines ] && why="slow: run with --with-pipelines"
      printf '%s\t-\tskipped (%s)\n' "$name" "$why" >> "$LOG"
    elif [ -f "benchmarks/$name.py" ]; then
      step "$name" 0 "$PY" "benchmarks/$name.py"
    else
      printf '%s\t-\tmissing (benchmarks/%s.py does not exist)\n' "$name" "$name" >> "$LOG"
    fi
  done
fi
MODE=()
[ "$QUICK" = 1 ] && MODE=(--quick)
step render 1 "$PY" benchmarks/render.py "${MODE[@]/--quick/--plan=quick}" "${EXTRA[@]}"
step evaluate 1 "$PY" benchmarks/evaluate.py --no-report "${MODE[@]}" "${EXTRA[@]}"
step report 1 "$PY" benchmarks/report.py
echo "run_all: done; see benchmarks/REPORT.md" >&2

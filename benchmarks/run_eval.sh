#!/usr/bin/env bash
# Score hito on every evaluation dataset (docs/quality.md) and write one JSON file per
# dataset to benchmarks/results/eval-<name>.json: {dataset, n, date, commit, seconds, data,
# scores}. The data stay where they are (../shared/eval by default; set HITO_EVAL_DATA to
# score other splits in the same layout); nothing from them is written here but scores.
#
# Usage: benchmarks/run_eval.sh [NAME...]   (default: all; names as in the list below)
set -euo pipefail
cd "$(dirname "$0")/.."

HITO=${HITO:-.venv/bin/hito}
PYTHON=${PYTHON:-.venv/bin/python}
EVAL=${HITO_EVAL_DATA:-../shared/eval}
OUT=benchmarks/results
mkdir -p "$OUT"

commit=$(git rev-parse --short HEAD)
# Scores belong to the code that produced them: say so when it is not the commit's.
if [ -n "$(git status --porcelain -- src)" ]; then dirty=true; else dirty=false; fi
today=$(date -u +%Y-%m-%d)

# result name | dataset | data path
DATASETS="
records-shared|records|$EVAL/records
records-gold|records|tests/gold
case2021|case2021|$EVAL/case2021-task2/dev
muc4|muc4|$EVAL/muc4/dev
indiapolice|indiapolice|$EVAL/indiapoliceevents
re3d|re3d|$EVAL/re3d
monitor-ppd|monitor-ppd|$EVAL/monitor-ppd-mx/dev
mx-news|mx-news|$EVAL/mx-news-ner
"

wanted=" $* "
for line in $DATASETS; do
  IFS='|' read -r result dataset data <<<"$line"
  if [ $# -gt 0 ] && [[ "$wanted" != *" $result "* ]]; then continue; fi
  if [ ! -e "$data" ]; then echo "skip $result: no $data" >&2; continue; fi
  file="$OUT/eval-$result.json"
  start=$(date +%s.%N)
  "$HITO" eval "$dataset" --data "$data" --out "$file" >/dev/null
  end=$(date +%s.%N)
  "$PYTHON" - "$file" "$today" "$commit" "$dirty" "$start" "$end" "$data" <<'PY'
import json
import sys

path, date, commit, dirty, start, end, data = sys.argv[1:]
with open(path, encoding="utf-8") as fh:
    result = json.load(fh)
stamped = {
    "dataset": result["dataset"],
    "n": result["n"],
    "date": date,
    "commit": commit,
    "uncommitted_changes": dirty == "true",
    "seconds": round(float(end) - float(start), 1),
    "data": data,
    "scores": result["scores"],
}
with open(path, "w", encoding="utf-8") as fh:
    json.dump(stamped, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
headline = {k: v for k, v in result["scores"].items() if not isinstance(v, (dict, list))}
print(f"{path}: n={result['n']} {stamped['seconds']}s {json.dumps(headline)}")
PY
done

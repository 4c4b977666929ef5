"""The quality floor `make test` guards: fast slices of `hito eval` and their recorded scores.

`python benchmarks/quality_floor.py --record` rescores the slices and writes
benchmarks/results/quality-floor.json; tests/test_quality_floor.py fails when a score falls
more than TOLERANCE below what is recorded there. Record after an improvement, never to hide
a drop.
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FLOOR_FILE = ROOT / "benchmarks" / "results" / "quality-floor.json"
TOLERANCE = 0.02

# (dataset, data path, score keys guarded). Each slice runs in seconds.
SLICES: list[tuple[str, Path, tuple[str, ...]]] = [
    ("records", ROOT / "tests" / "gold", ("event_f1",)),
    ("records", SHARED / "eval" / "records", ("event_f1",)),
    ("case2021", SHARED / "eval" / "case2021-task2" / "dev", ("macro_f1",)),
    ("fusion", ROOT / "tests" / "fusion", ("gold.bcubed_f1", "pipeline.bcubed_f1")),
]


def slice_name(dataset: str, path: Path) -> str:
    return f"{dataset}:{path.relative_to(path.parents[1]) if len(path.parents) > 1 else path}"


def score(dataset: str, path: Path) -> dict[str, Any]:
    from hito.evaluation import DATASETS

    _, scores = DATASETS[dataset](path, None)
    return scores


def flatten(scores: dict[str, Any], key: str) -> float | None:
    """A guarded key, dotted when nested ("pipeline.bcubed_f1")."""
    value: Any = scores
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return float(value) if isinstance(value, (int, float)) else None


def record() -> dict[str, Any]:
    floor: dict[str, Any] = {}
    for dataset, path, keys in SLICES:
        if not path.exists():
            continue
        scores = score(dataset, path)
        floor[slice_name(dataset, path)] = {k: flatten(scores, k) for k in keys}
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return {"commit": commit, "tolerance": TOLERANCE, "scores": floor}


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--record", action="store_true", help="write the floor file")
    args = parser.parse_args()
    result = record()
    print(json.dumps(result, indent=1))
    if args.record:
        FLOOR_FILE.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")

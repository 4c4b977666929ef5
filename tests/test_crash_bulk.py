"""The same for the bulk loader: `hito bulk` killed with SIGKILL at random moments, 20 times.

Once while its worker processes write the shard files (the whole process group is killed,
as a crash of the machine would): every shard file left is whole, and the run that follows
writes the rest. Then 19 times while it loads the shards into the database: after each kill
the database is sound and every report in it whole, and running the same command again
finishes the job with exactly what an uninterrupted load stores, nothing duplicated and
nothing lost. The checks are those of tests/test_crash_ingest.py, over inputs of the same
kinds.
HITO_CRASH_SEED=<n> replays a run.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from test_crash_ingest import KILLS, Driver, _report, check_sound, kill_in_rounds, started_driver

TEXTS = 96


def write_inputs(folder: Path) -> int:
    """The inputs of tests/test_crash_ingest.py, half as many (the shard stage runs the
    whole pipeline): 96 text files, every tenth the same incident as the one before; a JSON
    Lines file of ten lines with one bad line; a binary and an empty file. Returns the
    number of shards they make."""
    folder.mkdir(parents=True)
    for i in range(TEXTS):
        name, text = _report(i)
        (folder / name).write_text(text, encoding="utf-8")
    lines = [
        json.dumps({"text": _report(k)[1], "published": "2025-06-30"}) for k in range(200, 210)
    ]
    lines[3] = json.dumps({"text": 42})
    (folder / "wire-0.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "scan.bin").write_bytes(b"\x00\xff" * 100)
    (folder / "blank.txt").write_text("  \n", encoding="utf-8")
    return TEXTS + 3


@pytest.fixture()
def warm(tmp_path: Path) -> Iterator[Driver]:
    with started_driver(tmp_path) as started:
        yield started


def _hito() -> list[str]:
    script = Path(sys.executable).with_name("hito")
    if script.exists() and os.environ.get("PYTHONPATH") is None:
        return [str(script)]
    return [sys.executable, "-c", "import sys; from hito.cli import main; sys.exit(main())"]


def _shards_whole(out: Path) -> int:
    """Every shard file is a whole Parquet file with every row of its input (a text file
    gives one row, a JSON Lines file of ten lines ten). Returns the number of files."""
    from hito.engines.shards import read_rows

    files = sorted(out.glob("shard-*.parquet"))
    for path in files:
        rows = read_rows(path)
        sources = {str(row.get("source") or "") for row in rows}
        expected = 10 if any(".jsonl" in s for s in sources) else 1
        assert len(rows) == expected, (path, len(rows), sources)
    return len(files)


def _kill_shard_stage(inbox: Path, out: Path, log: Path, rng: random.Random) -> int:
    """Start `hito bulk --no-load` cold, wait for its first shard file, kill its process
    group (the command and its workers) a moment later. Returns the shard files left."""
    with log.open("ab") as fh:
        proc = subprocess.Popen(
            [*_hito(), "bulk", str(inbox), "--out", str(out), "--no-load", "--workers", "2"],
            stdout=fh,
            stderr=fh,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            if any(out.glob("shard-*.parquet")):
                break
            time.sleep(0.02)
        time.sleep(rng.uniform(0, 0.6))
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    return _shards_whole(out)


def test_sigkill_of_bulk_at_random_moments_loses_and_duplicates_nothing(
    tmp_path: Path, warm: Driver
) -> None:
    seed = int(os.environ.get("HITO_CRASH_SEED", random.randrange(10**6)))
    print(f"HITO_CRASH_SEED={seed}")
    rng = random.Random(seed)
    inbox, out = tmp_path / "inbox", tmp_path / "shards"
    shards = write_inputs(inbox)

    # Kill 1: the shard stage, workers and all (while the driver warms up).
    left = _kill_shard_stage(inbox, out, warm.log, rng)
    kills = 1
    code, _ = warm.run(["bulk", str(inbox), "--out", str(out), "--no-load"], kill_after=None)
    assert code == 0, warm.log.read_text()[-3000:]
    total = _shards_whole(out)
    assert left < total == shards

    def load(db: Path) -> list[str]:
        return ["bulk", str(inbox), "--out", str(out), "--db", str(db)]

    code, full = warm.run(load(tmp_path / "reference.db"), kill_after=None)
    assert code == 0, warm.log.read_text()[-3000:]
    code, skip = warm.run(load(tmp_path / "reference.db"), kill_after=None)
    assert code == 0, warm.log.read_text()[-3000:]
    reference = check_sound(tmp_path / "reference.db")
    assert reference is not None and len(reference.reports) >= 90 and reference.failures

    kills = kill_in_rounds(warm, load, tmp_path, reference, (full, skip), rng, kills)
    assert kills == KILLS

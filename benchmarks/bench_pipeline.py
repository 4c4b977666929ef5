"""Pipeline benchmark: reports per second per core by stage and end to end, memory, scaling.

    .venv/bin/python benchmarks/bench_pipeline.py --n 10000

Generates a corpus of synthetic ~600-word reports (half English, half Spanish) with
hito.engines.synth, then measures on one core: ingest/normalise (JSON lines to Reports),
annotate, extract (incl. geo) and store+fuse (SQLite, save_report(fuse=True)) over a sample;
end to end with the local engine on 1 and 2 processes (shards to Parquet, then the loader);
peak RSS per worker; and a cProfile of the slowest stage. Writes
benchmarks/results/bench-pipeline-<date>.json.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import json
import pstats
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import describe

from hito.engines.loader import load, shard_files
from hito.engines.local import run_local
from hito.engines.shards import plan_shards, warm_up
from hito.engines.synth import generate_corpus, write_jsonl
from hito.extract import extract_records
from hito.ingest.records import read_jsonl
from hito.models import AnnotatedReport, EventRecord, Report
from hito.nlp import annotate
from hito.store import Store

GOALS = {"end_to_end_reports_per_s_per_core": 50, "peak_mb_per_worker": 1536, "speedup_2": 1.8}


def _spin(_: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(15_000_000):
        total += i
    return time.perf_counter() - start


def parallel_ceiling() -> dict[str, float]:
    """How much faster two processes run a trivially parallel CPU loop than one.

    Virtual machines often sell two vCPUs that share one physical core; then no program
    reaches 2x, and hito's own speedup is only meaningful against this ceiling."""
    from concurrent.futures import ProcessPoolExecutor

    one = min(_spin(0) for _ in range(3))
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_spin, [0, 1]))  # start both workers before timing
        start = time.perf_counter()
        list(pool.map(_spin, [0, 1]))
        two = time.perf_counter() - start
    return {
        "one_loop_s": round(one, 3),
        "two_loops_parallel_s": round(two, 3),
        "speedup_2_ceiling": round(2 * one / two, 2),
    }


def _rate(n: int, seconds: float) -> float:
    return round(n / seconds, 2) if seconds else 0.0


def stages(corpus_file: Path, sample: int, workdir: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """Per-stage throughput on one core over the first `sample` reports."""
    text = corpus_file.read_text(encoding="utf-8")
    lines = text.split("\n")[:sample]
    chunk = "\n".join(lines)
    t = time.perf_counter()
    reports = [r for r in read_jsonl(chunk, str(corpus_file)) if isinstance(r, Report)]
    t_ingest = time.perf_counter() - t

    t = time.perf_counter()
    annotated = [annotate(r) for r in reports]
    t_annotate = time.perf_counter() - t

    t = time.perf_counter()
    records = [extract_records(a) for a in annotated]
    t_extract = time.perf_counter() - t

    t = time.perf_counter()
    with Store(workdir / "stages.db") as store:
        for a, recs in zip(annotated, records, strict=True):
            store.save_report(a, recs, fuse=True)
    t_store = time.perf_counter() - t

    n = len(reports)
    times = {"ingest": t_ingest, "annotate": t_annotate, "extract": t_extract, "store": t_store}
    result: dict[str, Any] = {
        "reports": n,
        "events_per_report": round(sum(len(r) for r in records) / max(n, 1), 2),
        "seconds": {k: round(v, 3) for k, v in times.items()},
        "reports_per_s_per_core": {k: _rate(n, v) for k, v in times.items()},
        "reports_per_s_per_core_all_stages": _rate(n, sum(times.values())),
    }
    slowest = max(times, key=lambda k: times[k])
    profile = profile_stage(slowest, reports[:200], annotated[:200], records[:200], workdir)
    return result, {"stage": slowest, "top": profile}


def profile_stage(
    stage: str,
    reports: list[Report],
    annotated: list[AnnotatedReport],
    records: list[list[EventRecord]],
    workdir: Path,
) -> list[dict[str, Any]]:
    profiler = cProfile.Profile()
    if stage == "annotate":
        profiler.runcall(lambda: [annotate(r) for r in reports])
    elif stage == "extract":
        profiler.runcall(lambda: [extract_records(a) for a in annotated])
    else:
        with Store(workdir / "profile.db") as store:
            profiler.runcall(
                lambda: [
                    store.save_report(a, r, fuse=True)
                    for a, r in zip(annotated, records, strict=True)
                ]
            )
    stats = pstats.Stats(profiler, stream=io.StringIO())
    total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]
    rows = []
    for (file, line, fn), (_cc, nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append(
            {
                "function": f"{_short(file)}:{line}:{fn}",
                "calls": nc,
                "tottime_share": round(tt / total, 3),
                "cumtime_share": round(ct / total, 3),
            }
        )
    by_self = sorted(rows, key=lambda r: r["tottime_share"], reverse=True)[:20]
    return by_self


def _short(file: str) -> str:
    for marker in ("/src/", "/site-packages/", "/lib/python3"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


def end_to_end(corpus_file: Path, n: int, workers: int, workdir: Path) -> dict[str, Any]:
    out = workdir / f"out-{workers}"
    shards = plan_shards([corpus_file], chunk_lines=100)
    t = time.perf_counter()
    results = run_local(shards, out, workers=workers)
    t_shards = time.perf_counter() - t
    worker_seconds = sum(r.seconds for r in results)
    worker_peak_mb = max((r.peak_rss_mb for r in results), default=0.0)
    t = time.perf_counter()
    with Store(workdir / f"e2e-{workers}.db") as store:
        summary = load(shard_files(out, shards), store)
    t_load = time.perf_counter() - t
    return {
        "workers": workers,
        "reports": n,
        "shards": len(shards),
        "shards_wall_s": round(t_shards, 2),
        "shard_task_s_sum": round(worker_seconds, 2),
        "worker_peak_rss_mb": worker_peak_mb,
        "load_wall_s": round(t_load, 2),
        "events": summary.events,
        "failures": len(summary.failures),
        "shards_reports_per_s": _rate(n, t_shards),
        "shards_reports_per_s_per_core": _rate(n, t_shards * workers),
        "shard_tasks_reports_per_s_per_core": _rate(n, worker_seconds),
        "load_reports_per_s": _rate(n, t_load),
        "end_to_end_reports_per_s": _rate(n, t_shards + t_load),
        "end_to_end_reports_per_s_per_core": _rate(n, (t_shards + t_load) * workers),
    }


def start_engine(workdir: Path) -> float:
    """Start the local engine's warm fork server (a one-off cost per process, reported
    apart) so that the timed runs measure throughput, not model loading."""
    tiny = write_jsonl(generate_corpus(2, seed=7, words=60), workdir / "tiny.jsonl")
    start = time.perf_counter()
    run_local(plan_shards([tiny], chunk_lines=100), workdir / "out-tiny", workers=1)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--n", type=int, default=10_000, help="reports in the corpus")
    ap.add_argument("--sample", type=int, default=1000, help="reports for the per-stage timing")
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--results", type=Path, default=Path(__file__).parent / "results")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="hito-bench-") as tmp:
        workdir = Path(tmp)
        ceiling = parallel_ceiling()
        t = time.perf_counter()
        corpus = generate_corpus(args.n, seed=2025, words=args.words)
        corpus_file = write_jsonl(corpus, workdir / "corpus.jsonl")
        words = sum(len(r.text.split()) for r in corpus) / max(len(corpus), 1)
        t_gen = time.perf_counter() - t
        del corpus

        tracemalloc.start()
        t = time.perf_counter()
        warm_up()
        t_warm = time.perf_counter() - t
        _, warm_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss_after_warm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        stage_result, profile = stages(corpus_file, min(args.sample, args.n), workdir)
        rss_in_process = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

        t_engine = start_engine(workdir)
        one = end_to_end(corpus_file, args.n, 1, workdir)
        two = end_to_end(corpus_file, args.n, 2, workdir)
        children_peak = max(one["worker_peak_rss_mb"], two["worker_peak_rss_mb"])

    speedup = round(one["shards_wall_s"] / two["shards_wall_s"], 2) if two["shards_wall_s"] else 0
    result = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": describe(),
        "corpus": {
            "reports": args.n,
            "mean_words": round(words, 1),
            "languages": ["en", "es"],
            "generate_s": round(t_gen, 2),
        },
        "warm_up": {
            "seconds": round(t_warm, 2),
            "tracemalloc_peak_mb": round(warm_peak / 2**20, 1),
            "rss_mb": round(rss_after_warm, 1),
            "local_engine_start_s": round(t_engine, 2),
        },
        "stages_one_core": stage_result,
        "local_engine": {"1": one, "2": two},
        "speedup_2_vs_1": speedup,
        "machine_parallelism": ceiling,
        "scaling_efficiency": round(speedup / ceiling["speedup_2_ceiling"], 2)
        if ceiling["speedup_2_ceiling"]
        else 0,
        "memory": {
            "peak_rss_mb_per_worker": round(children_peak, 1),
            "peak_rss_mb_in_process_stages": round(rss_in_process, 1),
        },
        "goals": GOALS,
        "goals_met": {
            "end_to_end_reports_per_s_per_core": one["end_to_end_reports_per_s_per_core"]
            >= GOALS["end_to_end_reports_per_s_per_core"],
            "peak_mb_per_worker": children_peak < GOALS["peak_mb_per_worker"],
            "speedup_2": speedup >= GOALS["speedup_2"],
        },
        "profile_slowest_stage": profile,
    }
    args.results.mkdir(parents=True, exist_ok=True)
    path = args.results / f"bench-pipeline-{dt.date.today().isoformat()}.json"
    path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "profile_slowest_stage"}, indent=1))
    print(f"profile of {profile['stage']}:")
    for row in profile["top"][:12]:
        self_share, cum_share = row["tottime_share"], row["cumtime_share"]
        print(f"  {self_share:6.1%} self  {cum_share:6.1%} cum  {row['function']}")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()

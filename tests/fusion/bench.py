"""Time incremental fusion: adding N reports to databases of M events.

    .venv/bin/python tests/fusion/bench.py [--sizes 1000 10000] [--adds 100] [--pipeline]

Synthetic events are spread over the border towns (jittered a few km) and over a span of
days that grows with M, as a living dataset grows over the years (`--dense` keeps one year
whatever M: the worst case, where every new report has M/365 events a day to compare with).
Each database is built through `Store.save_report(..., fuse=True)`; then N new reports, one
record each (a third of them retelling a stored incident in other words and figures), are
added the same way and timed. `--pipeline` also times the real pipeline (annotate, extract,
store, fuse) on the reports of tests/fusion, which fall in the last year of every database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import statistics
import tempfile
import time
from pathlib import Path

from hito.models import Actor, AnnotatedReport, EventRecord, Report
from hito.store import Store

TOWNS = [
    ("Tapachula", "MX", "Chiapas", 14.9054, -92.2589),
    ("Ciudad Hidalgo", "MX", "Chiapas", 14.6802, -92.1519),
    ("Frontera Comalapa", "MX", "Chiapas", 15.66, -92.1411),
    ("Comitán", "MX", "Chiapas", 16.24, -92.1367),
    ("Motozintla", "MX", "Chiapas", 15.3661, -92.2467),
    ("Tenosique", "MX", "Tabasco", 17.4729, -91.4236),
    ("Tecún Umán", "GT", "San Marcos", 14.6774, -92.1404),
    ("La Mesilla", "GT", "Huehuetenango", 15.6167, -91.9833),
    ("Malacatán", "GT", "San Marcos", 14.9113, -92.0579),
    ("Nentón", "GT", "Huehuetenango", 15.8011, -91.7542),
    ("Sayaxché", "GT", "Petén", 16.5245, -90.188),
    ("Coatepeque", "GT", "Quetzaltenango", 14.7041, -91.8643),
]
TYPES = [
    ("ASSAULT", "firearms"),
    ("COERCE", "seize"),
    ("COERCE", "arrest"),
    ("PROTEST", "obstruct"),
]
END = dt.date(2026, 6, 30)  # the databases end where the corpus of tests/fusion ends


def _record(rng: random.Random, day: dt.date) -> EventRecord:
    place, country, admin1, lat, lon = rng.choice(TOWNS)
    event_type, mode = rng.choice(TYPES)
    return EventRecord(
        event_type=event_type,  # type: ignore[arg-type]
        mode=mode,
        date=day,
        date_precision="day",
        place=place,
        country=country,
        admin1=admin1,
        latitude=lat + rng.uniform(-0.05, 0.05),
        longitude=lon + rng.uniform(-0.05, 0.05),
        geo_precision=1,
        actors=[Actor(name="police", sector="COP", country=country)],
        killed=rng.randint(0, 5),
        evidence=[f"Synthetic {event_type.lower()} {rng.random():.12f} in {place}."],
    )


def _retold(rng: random.Random, record: EventRecord) -> EventRecord:
    return record.model_copy(
        update={
            "killed": (record.killed or 0) + rng.randint(0, 1),
            "evidence": [f"Another outlet {rng.random():.12f} tells it."],
        }
    )


def _annotated(text: str, published: dt.date) -> AnnotatedReport:
    digest = hashlib.sha256(text.encode()).hexdigest()
    report = Report(text=text, content_hash=digest, published=published, language="en")
    return AnnotatedReport(report=report, language="en", sentences=[])


def _day(rng: random.Random, span_days: int) -> dt.date:
    return END - dt.timedelta(days=rng.randrange(span_days))


def build(
    path: Path, m: int, span_days: int, rng: random.Random
) -> tuple[list[EventRecord], float]:
    records = []
    started = time.perf_counter()
    with Store(path) as store:
        for n in range(m):
            day = _day(rng, span_days)
            record = _record(rng, day)
            store.save_report(_annotated(f"base {n} {rng.random()}", day), [record], fuse=True)
            records.append(record)
    return records, time.perf_counter() - started


def add(path: Path, stored: list[EventRecord], n: int, span_days: int, rng: random.Random) -> dict:
    times, cpu, candidates = [], [], []
    with Store(path) as store:
        before = store.stats()["events"]
        for k in range(n):
            if k % 3 == 0:
                record = _retold(rng, rng.choice(stored))
            else:
                record = _record(rng, _day(rng, span_days))
            item = _annotated(f"new {k} {rng.random()}", record.date or END)
            started, started_cpu = time.perf_counter(), time.process_time()
            store.save_report(item, [record], fuse=True)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
            candidates.append(store.last_fusion.candidates if store.last_fusion else 0)
        after = store.stats()["events"]
    return {
        "total_s": round(sum(times), 3),
        "ms_per_report": round(1000 * statistics.mean(times), 2),
        "p95_ms": round(1000 * sorted(times)[int(0.95 * len(times)) - 1], 2),
        "cpu_ms_per_report": round(1000 * statistics.mean(cpu), 2),
        "mean_candidates": round(statistics.mean(candidates), 1),
        "new_events": after - before,
    }


def pipeline_add(path: Path) -> dict:
    from hito.pipeline import ingest, process

    corpus = sorted(Path(__file__).parent.glob("*.jsonl"))
    # Load the gazetteer and lexicons first: a one-off cost of the process, not of a report.
    process(Report(text="Police seized rifles in Tapachula.", content_hash="0" * 64))
    with Store(path) as store:
        started = time.perf_counter()
        summary = ingest(corpus, store)
        elapsed = time.perf_counter() - started
    n = summary.new_reports
    return {
        "reports": n,
        "total_s": round(elapsed, 2),
        "ms_per_report": round(1000 * elapsed / n, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--adds", type=int, default=100)
    parser.add_argument("--dense", action="store_true", help="all M events within one year")
    parser.add_argument("--pipeline", action="store_true", help="also time the real pipeline")
    args = parser.parse_args()
    for m in args.sizes:
        rng = random.Random(m)
        span = 365 if args.dense else max(365, m * 365 // 1000)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.db"
            stored, built = build(path, m, span, rng)
            row = {"events": m, "span_days": span, "build_s": round(built, 1)}
            row |= add(path, stored, args.adds, span, rng)
            if args.pipeline:
                row["pipeline"] = pipeline_add(path)
            print(row, flush=True)


if __name__ == "__main__":
    main()

"""Store benchmark: the API's /events and /stats over N generated events (default
1,000,000) in SQLite and in PostgreSQL with PostGIS.

    .venv/bin/python benchmarks/bench_store.py                     # both stores, 1,000,000
    .venv/bin/python benchmarks/bench_store.py --events 50000 --samples 100
    .venv/bin/python benchmarks/bench_store.py --pg postgresql://hito@localhost/bench

Both stores are loaded in one pass over the same generated events (benchmarks/synthetic.py),
in chunks through `Store.insert_many`: executemany on SQLite, COPY on PostgreSQL; the
triggers build the search index as on any write. Without --pg a throwaway PostgreSQL
cluster is started the way the tests start theirs (tests/conftest.py), with
shared_buffers=1GB.

Requests go through the real application (FastAPI's TestClient, in process, so the
numbers are the server's and not the network's): `distinct` /events requests each carry
their own random filters (two to four of type, country/admin1, date range, bbox, actor,
sector, figures at least N, full text, cross-border, factuality; sometimes a sort), so no
answer or count comes from the cache; /stats likewise with random filters and no filter.

Goal: /events p95 under 100 ms in both stores. Results go to benchmarks/results/ as JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_api import machine, random_filters, summary  # noqa: E402
from synthetic import record, report  # noqa: E402

from hito.store import Store  # noqa: E402
from hito.store.rows import event_row, report_row, utc_now  # noqa: E402
from hito.store.store import event_id_for  # noqa: E402

GOAL_EVENTS_P95_MS = 100.0
REPORT_COLUMNS = (
    "content_hash", "title", "url", "source", "published", "language", "text", "ingested_at"
)  # fmt: skip
EVENT_COLUMNS = (
    "event_id", "event_type", "mode", "date", "date_precision", "country", "admin1", "place",
    "latitude", "longitude", "cross_border", "factuality", "record", "created_at", "updated_at",
)  # fmt: skip
MENTION_COLUMNS = ("event_id", "content_hash", "position", "evidence", "record", "fused")


# ---------------------------------------------------------------- loading


def load(
    stores: dict[str, Store], n: int, seed: int = 2025, chunk: int = 20_000
) -> dict[str, float]:
    """`n` events, 20 to a report, into every store; seconds spent in each store's inserts."""
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    now = utc_now()
    spent = dict.fromkeys(stores, 0.0)
    for first in range(0, n, chunk):
        reports, events, mentions = [], [], []
        for r0 in range(first, min(n, first + chunk), 20):
            records = [record(rng, k, start) for k in range(r0, min(n, r0 + 20))]
            annotated = report(records, r0)
            digest = annotated.report.content_hash
            reports.append(report_row(annotated.report, "en", now))
            for position, rec in enumerate(records, start=1):
                event_id = event_id_for(digest, position)
                row = event_row(event_id, rec, now)
                events.append(row)
                mentions.append((event_id, digest, position, json.dumps(rec.evidence), row[12], 1))
        for name, store in stores.items():
            t0 = time.perf_counter()
            store.insert_many("reports", REPORT_COLUMNS, reports)
            store.insert_many("events", EVENT_COLUMNS, events)
            store.insert_many("event_mentions", MENTION_COLUMNS, mentions)
            spent[name] += time.perf_counter() - t0
        print(f"  {min(n, first + chunk):,} events", flush=True)
    return {name: round(s, 1) for name, s in spent.items()}


def settle(store: Store) -> float:
    """After a bulk load: planner statistics (and on PostgreSQL the visibility map, which
    index-only counts need); autovacuum would get there on its own, later."""
    t0 = time.perf_counter()
    if store.dialect.postgres:
        assert store._pg is not None
        store._pg.raw.execute("VACUUM ANALYZE")
    else:
        with store.transaction() as conn:
            conn.execute("ANALYZE")
    return round(time.perf_counter() - t0, 1)


@contextmanager
def throwaway_cluster() -> Iterator[str]:
    sys.path.insert(0, str(HERE.parent / "tests"))
    from conftest import PgCluster

    cluster = PgCluster()
    try:
        cluster.start(extra="-c shared_buffers=1GB -c work_mem=32MB")
        yield cluster.new_database()
    finally:
        cluster.stop()


# ---------------------------------------------------------------- measuring


def timed(client: Any, url: str, params: dict[str, Any] | None = None) -> float:
    t0 = time.perf_counter()
    r = client.get(url, params=params)
    ms = (time.perf_counter() - t0) * 1000
    if r.status_code != 200:
        raise RuntimeError(f"{url} {params}: HTTP {r.status_code} {r.text[:200]}")
    return ms


STATS_FIXED = [
    {},
    {"interval": "month", "by": "admin1"},
    {"type": "ASSAULT"},
    {"country": "GT", "admin1": "Huehuetenango"},
    {"date_from": "2024-01-01", "date_to": "2024-06-30"},
    {"bbox": "-92.3,15.4,-91.7,15.9"},
    {"q": "cocaína"},
]


def measure(location: str, samples: int, seed: int, facet_index: bool = True) -> dict[str, Any]:
    from fastapi.testclient import TestClient

    from hito.api import create_app
    from hito.api.config import ApiConfig
    from hito.store import facet_index as index

    rng = random.Random(seed)
    out: dict[str, Any] = {}
    config = ApiConfig(
        allow_anonymous=True, rate=0, facet_index_min_events=0 if facet_index else None
    )
    if not facet_index:
        index.disable(location)
    with TestClient(create_app(location, config)) as client:
        timed(client, "/events", {"limit": 1})  # open the store, warm the caches
        built = index.index_of(location)
        if built is not None:
            # the API answers from SQL until the column index is built (in the background)
            t0 = time.perf_counter()
            built.wait()
            timed(client, "/events", {"limit": 1})
            out["facet_index"] = {
                "wait_s": round(time.perf_counter() - t0, 1),
                "build_s": round(built.last_build_s or 0, 1),
                "used": built.snapshot is not None,
            }
        events, slowest, first_search, searched = [], [], [], set()
        for _ in range(samples):
            params = random_filters(rng)
            ms = timed(client, "/events", params)
            events.append(ms)
            slowest.append((ms, params))
            if "q" in params and params["q"] not in searched:
                # the column index remembers recent full-text matches; these did not
                # profit from it
                searched.add(params["q"])
                first_search.append(ms)
        slowest.sort(key=lambda x: -x[0])
        out["events_distinct"] = summary(events)
        if first_search:
            out["events_first_search_of_a_word"] = summary(first_search)
        out["events_slowest"] = [{"ms": round(ms, 1), "params": p} for ms, p in slowest[:5]]
        fixed = {}
        for params in STATS_FIXED:
            first = timed(client, "/stats", params)
            again = timed(client, "/stats", params)
            fixed[json.dumps(params, ensure_ascii=False)] = {
                "first_ms": round(first, 1),
                "cached_ms": round(again, 1),
            }
        out["stats_fixed"] = fixed
        stats = []
        for _ in range(max(10, samples // 5)):
            params = random_filters(rng)
            params.pop("sort", None)
            params.pop("limit", None)
            stats.append(timed(client, "/stats", params))
        out["stats_distinct"] = summary(stats)
    return out


# ---------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=300, help="distinct /events requests")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--pg", help="PostgreSQL database to use (postgresql://...), loaded unless it has N events"
    )
    parser.add_argument("--sqlite", type=Path, help="SQLite file to use, loaded likewise")
    parser.add_argument("--only", choices=["sqlite", "postgresql"], default=None)
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument(
        "--no-facet-index",
        action="store_true",
        help="answer /events from SQL only (hito.store.facet_index off), for comparison",
    )
    args = parser.parse_args()

    pg_version = None
    result: dict[str, Any] = {
        "benchmark": "bench_store",
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "events": args.events,
        "goal": {"events_p95_ms": GOAL_EVENTS_P95_MS},
        "stores": {},
    }
    with (
        tempfile.TemporaryDirectory(prefix="hito-bench-store-") as tmp,
        _pg_location(args.pg, args.only) as pg_url,
    ):
        locations = {}
        if args.only != "postgresql":
            locations["sqlite"] = str(args.sqlite or Path(tmp) / "events.db")
        if pg_url:
            locations["postgresql"] = pg_url
        stores = {name: Store(loc) for name, loc in locations.items()}
        empty = {name: s for name, s in stores.items() if s.count_events() != args.events}
        print(f"loading {args.events:,} events into {', '.join(empty)} ...", flush=True)
        loaded = load(empty, args.events) if empty else {}
        for name, store in stores.items():
            entry: dict[str, Any] = {"load_seconds": loaded.get(name)}
            entry["settle_seconds"] = settle(store) if name in empty else None
            entry["events"] = store.count_events()
            if store.dialect.postgres:
                row = store.query(
                    "SELECT version(), pg_database_size(current_database()), postgis_lib_version()"
                )[0]
                pg_version = row[0]
                entry["db_bytes"] = int(row[1])
                entry["postgis"] = row[2]
            else:
                entry["db_bytes"] = Path(locations[name]).stat().st_size
            store.close()
            result["stores"][name] = entry
        for name, location in locations.items():
            print(f"measuring {name} ...", flush=True)
            result["stores"][name].update(
                measure(location, args.samples, args.seed, not args.no_facet_index)
            )
    result["machine"]["postgresql"] = pg_version
    result["verdict"] = {
        name: {
            "events_p50_ms": s["events_distinct"]["p50_ms"],
            "events_p95_ms": s["events_distinct"]["p95_ms"],
            "events_p95_goal_met": s["events_distinct"]["p95_ms"] < GOAL_EVENTS_P95_MS,
            "stats_p50_ms": s["stats_distinct"]["p50_ms"],
            "stats_p95_ms": s["stats_distinct"]["p95_ms"],
        }
        for name, s in result["stores"].items()
    }
    args.out.mkdir(parents=True, exist_ok=True)
    variant = "-sql-only" if args.no_facet_index else ""
    path = args.out / f"bench_store-{args.events}{variant}-{platform.node() or 'host'}.json"
    path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result["verdict"], indent=1))
    print(f"written to {path}")


@contextmanager
def _pg_location(url: str | None, only: str | None) -> Iterator[str | None]:
    if only == "sqlite":
        yield None
    elif url:
        yield url
    else:
        with throwaway_cluster() as made:
            yield made


if __name__ == "__main__":
    main()

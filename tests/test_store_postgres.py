"""What only the PostgreSQL store has: its URL, its migrations, its indexes (PostGIS point,
tsvector), the `?` SQL it is given, and the error when psycopg is missing. The store and
API behaviour both databases share is tested on both by the other test_store_*, test_api*
and test_fuse_* modules."""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import PgCluster, build_synthetic_db
from hito.cli import main
from hito.models import AnnotatedReport, EventRecord, Report
from hito.store import MIGRATIONS, Store, open_store
from hito.store.dialect import PgConnection, is_postgres_url, to_pyformat, ts_query
from hito.store.migrations import apply_pg_migrations


@pytest.mark.parametrize(
    ("location", "postgres"),
    [
        ("postgresql://hito@db.example/hito", True),
        ("postgres://localhost/x", True),
        ("hito.db", False),
        (Path("postgresql:/x"), False),
        (":memory:", False),
    ],
)
def test_a_url_picks_postgresql(location: str | Path, postgres: bool) -> None:
    assert is_postgres_url(location) is postgres


def test_sql_placeholders_are_translated_outside_quotes() -> None:
    sql = "SELECT '?', \"a?\", x FROM t WHERE a = ? AND b LIKE '%' || ? || '%'"
    assert to_pyformat(sql) == (
        "SELECT '?', \"a?\", x FROM t WHERE a = %s AND b LIKE '%%' || %s || '%%'"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cocaína armas", "('cocaína') & ('armas')"),
        ('"opened fire"', "('opened' <-> 'fire')"),
        ("coca*", "('coca':*)"),
        ("it's", "('it' <-> 's')"),
        ("*** ()", None),
    ],
)
def test_search_words_become_a_safe_tsquery(text: str, expected: str | None) -> None:
    assert ts_query(text) == expected


def test_a_clear_error_without_psycopg(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_psycopg(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "psycopg" or name.startswith("psycopg."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_psycopg)
    with pytest.raises(SystemExit, match=r"pip install 'hito\[postgres\]'"):
        Store("postgresql://hito@localhost/none")


# -- on a live cluster -----------------------------------------------------------------------


def test_fresh_database_gets_every_migration(pg_cluster: PgCluster) -> None:
    url = pg_cluster.new_database(migrated=False)
    with open_store(url) as store:
        assert store.dialect.postgres
        versions = [r[0] for r in store.query("SELECT version FROM schema_version ORDER BY 1")]
        assert versions == list(range(1, len(MIGRATIONS) + 1))
        assert apply_pg_migrations(store._pg) == 0  # type: ignore[arg-type]
        assert store.stats() == {"reports": 0, "events": 0, "failures": 0}


def test_a_version_1_database_is_migrated_with_its_index(pg_cluster: PgCluster) -> None:
    # a database left at version 1, with an event in it
    url = pg_cluster.new_database(migrated=False)
    old = PgConnection(url)
    apply_pg_migrations(old, MIGRATIONS[:1])
    record = EventRecord(
        event_type="ASSAULT", date=dt.date(2025, 3, 4), country="GT", admin1="San Marcos",
        latitude=14.68, longitude=-92.14, killed=3, evidence=["Tres muertos en Tecún Umán."],
    )  # fmt: skip
    digest = hashlib.sha256(b"v1").hexdigest()
    now = "2025-01-01T00:00:00+00:00"
    with old.raw.transaction():
        old.execute(
            "INSERT INTO reports VALUES (?, NULL, NULL, NULL, '2025-03-05', 'es', 'v1', ?)",
            (digest, now),
        )
        old.execute(
            "INSERT INTO events (event_id, event_type, mode, date, date_precision, country,"
            " admin1, place, latitude, longitude, cross_border, factuality, record, created_at,"
            " updated_at) VALUES (?, 'ASSAULT', NULL, '2025-03-04', 'day', 'GT', 'San Marcos',"
            " NULL, 14.68, -92.14, 0, 'asserted', ?, ?, ?)",
            (f"{digest[:12]}-1", record.model_dump_json(), now, now),
        )
        old.execute(
            "INSERT INTO event_mentions VALUES (?, ?, 1, '[]')", (f"{digest[:12]}-1", digest)
        )
    old.close()
    with Store(url) as store:
        from hito.store import queries as q

        assert store.count_events() == 1
        assert q.count(store, q.EventQuery(minimums=(("killed", 3),))) == 1
        assert q.count(store, q.EventQuery(text="tecun")) == 1
        assert q.count(store, q.EventQuery(bbox=(-92.2, 14.6, -92.1, 14.7))) == 1
        assert store.fuse_pending().records == 1


def test_boxes_actors_and_sectors_use_their_indexes(pg_cluster: PgCluster) -> None:
    from hito.store import queries as q

    url = pg_cluster.new_database()
    build_synthetic_db(url, 40)
    with Store(url) as store:
        sql, params = q.where(q.EventQuery(bbox=(-92.0, 15.5, -91.9, 15.7)), dialect=store.dialect)
        with store.transaction() as conn:
            conn.execute("SET LOCAL enable_seqscan = off")
            plan = " ".join(
                r[0] for r in conn.execute(f"EXPLAIN SELECT * FROM event_facets AS f{sql}", params)
            )
        assert "event_facets_geom" in plan
        for query, index in [
            (q.EventQuery(actor="army"), "event_facets_actors"),
            (q.EventQuery(sectors=("MIL",)), "event_facets_sectors"),
        ]:
            sql, params = q.where(query, dialect=store.dialect)
            with store.transaction() as conn:
                conn.execute("SET LOCAL enable_seqscan = off")
                plan = " ".join(
                    r[0]
                    for r in conn.execute(f"EXPLAIN SELECT * FROM event_facets AS f{sql}", params)
                )
            assert index in plan
        # a box across the antimeridian is two boxes
        assert q.count(store, q.EventQuery(bbox=(170.0, -90.0, -170.0, 90.0))) == 0
        assert q.count(store, q.EventQuery(bbox=(-180.0, -90.0, 180.0, 90.0))) == 40


def test_the_cache_version_follows_every_write(pg_cluster: PgCluster) -> None:
    from hito.store import queries as q

    url = pg_cluster.new_database()
    ids = build_synthetic_db(url, 3)
    with Store(url) as store:
        first = q.data_version(store)
        with store.transaction() as conn:
            conn.execute("DELETE FROM events WHERE event_id = ?", (ids[0],))
        assert q.data_version(store) != first
        assert q.data_version(store) == q.data_version(store)


def test_bulk_insert_goes_through_copy_and_the_triggers(pg_cluster: PgCluster) -> None:
    from hito.store import queries as q
    from hito.store.rows import event_row

    url = pg_cluster.new_database()
    now = "2025-01-01T00:00:00+00:00"
    records = [
        EventRecord(event_type="COERCE", country="MX", arrested=n, evidence=[f"Detenidos {n}."])
        for n in range(1, 101)
    ]
    with Store(url) as store:
        store.insert_many(
            "events",
            ("event_id", "event_type", "mode", "date", "date_precision", "country", "admin1",
             "place", "latitude", "longitude", "cross_border", "factuality", "record",
             "created_at", "updated_at"),
            [event_row(f"e{n}", r, now) for n, r in enumerate(records)],
        )  # fmt: skip
        assert q.count(store, q.EventQuery(minimums=(("arrested", 50),))) == 51
        assert q.count(store, q.EventQuery(text="detenidos")) == 100
        stats = q.stats(store, q.EventQuery())
        assert stats["sums"]["arrested"] == sum(range(1, 101))
        assert json.dumps(stats)  # plain ints, no Decimal


def test_the_cli_takes_a_postgresql_url(db_at: Callable[[str], str]) -> None:
    url = db_at("cli.db")
    ids = build_synthetic_db(url, 5)
    text = "Report 0: x"
    report = Report(text=text, content_hash=hashlib.sha256(text.encode()).hexdigest())
    with Store(url) as store:
        store.save_report(AnnotatedReport(report=report, language="en", sentences=[]), [])
    r = CliRunner().invoke(main, ["events", "--format", "jsonl", "--db", url])
    assert r.exit_code == 0, r.output
    assert {json.loads(line)["event_id"] for line in r.stdout.splitlines()} == set(ids)

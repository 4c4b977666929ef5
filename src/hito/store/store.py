"""The event store: reports, their sentences, events, mentions and ingest failures, in SQLite
(a file) or PostgreSQL with PostGIS (a `postgresql://` URL). See docs/store.md."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from hito.models import AnnotatedReport, EventRecord, IngestFailure, Mention, Report, StoredEvent
from hito.store import fusion_db
from hito.store.dialect import (
    POSTGRES,
    SQLITE,
    Connection,
    Dialect,
    PgConnection,
    Row,
    database_errors,
    is_postgres_url,
)
from hito.store.filters import EventFilter, page_clause, where_clause
from hito.store.fusing import FusionMixin
from hito.store.migrations import PG_WRITE_LOCK, apply_migrations, apply_pg_migrations
from hito.store.rows import (
    event_row,
    mention_from_row,
    report_from_row,
    report_row,
    sentence_row,
    stored_event_from_row,
    utc_now,
)

BUSY_TIMEOUT_MS = 5000
# SQLite builds before 3.32 cap bound parameters at 999 per statement.
_IN_CHUNK = 500

_EVENT_COLUMNS = "event_id, record, updated_at"
_MENTION_QUERY = """
    SELECT m.event_id, m.content_hash, m.evidence, r.url, r.title, r.source, r.published
    FROM event_mentions AS m JOIN reports AS r ON r.content_hash = m.content_hash
    WHERE m.event_id IN ({marks})
    ORDER BY r.published IS NULL, r.published, m.content_hash
"""


@dataclass
class FailureEntry:
    """A logged ingest failure with how often and when it was seen."""

    source: str
    reason: str
    count: int
    first_seen: dt.datetime
    last_seen: dt.datetime


def event_id_for(content_hash: str, position: int) -> str:
    """Stable, readable id of the `position`-th (1-based) event coded from a report."""
    return f"{content_hash[:12]}-{position}"


class Store(FusionMixin):
    """One database: a SQLite file (or ":memory:") or, for a `postgresql://` or
    `postgres://` URL, a PostgreSQL database with PostGIS. Safe to share between threads
    (calls are serialised). Both run the same migrations and the same queries; what differs
    is in `hito.store.dialect`.

    `query` and `transaction` are for the modules that keep their own tables in the store:
    SQL with `?` placeholders, rows that read by name or position, on either database.

    Fusion (merging the records of several reports into one event) is in `FusionMixin`."""

    _conn: Connection

    def __init__(self, location: str | Path) -> None:
        self._lock = threading.RLock()
        if is_postgres_url(location):
            self.path = str(location)
            self.dialect: Dialect = POSTGRES
            pg = PgConnection(self.path)
            self._pg: PgConnection | None = pg
            self._conn = pg
            apply_pg_migrations(pg)
            return
        self.path = str(location)
        self.dialect = SQLITE
        self._pg = None
        if self.path != ":memory:" and not self.path.startswith("file:"):
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we issue BEGIN/COMMIT ourselves, so a transaction spans
        # exactly what save_report does and nothing the sqlite3 module guesses.
        conn = sqlite3.connect(
            self.path,
            isolation_level=None,
            check_same_thread=False,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # WAL lets the web server read while an ingest run writes; in-memory stays "memory".
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        apply_migrations(conn)
        self._conn = conn

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if self._pg is not None:
                self._pg.close()
            else:
                self._conn.close()  # type: ignore[attr-defined]

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def errors(self) -> tuple[type[Exception], ...]:
        """The exceptions the database may raise (sqlite3.Error, psycopg.Error)."""
        return database_errors()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction; yields the connection (`execute`, `executemany`). Writers
        are serialised, as SQLite does it, on PostgreSQL too, by an advisory lock: fusion
        reads, decides and writes in one transaction."""
        with self._lock:
            if self._pg is not None:
                with self._pg.raw.transaction():
                    self._pg.execute("SELECT pg_advisory_xact_lock(?)", (PG_WRITE_LOCK,))
                    yield self._pg
                return
            # IMMEDIATE takes the write lock up front, so the has-report check and the
            # inserts cannot interleave with another process saving the same report.
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def query(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        """Every row of one read (`?` placeholders)."""
        with self._lock:
            rows: list[Row] = self._conn.execute(sql, params).fetchall()
            return rows

    # The names these had when they were private; purge and older callers still use them.
    _transaction = transaction
    _query = query

    def insert_many(
        self, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]
    ) -> None:
        """Bulk insert in one transaction: COPY on PostgreSQL, executemany on SQLite. For
        loads of many rows (benchmarks, imports); the triggers keep the indexes in step."""
        with self.transaction() as conn:
            if self._pg is not None:
                self._pg.copy(table, columns, rows)
            else:
                marks = ", ".join("?" * len(columns))
                conn.executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
                )

    def tune_for_reads(self, mmap_bytes: int, cache_kib: int) -> None:
        """On SQLite, share the OS page cache through mmap and keep a private page cache
        of `cache_kib`; PostgreSQL has its shared buffers and ignores this."""
        if self._pg is None:
            self._conn.execute(f"PRAGMA mmap_size = {int(mmap_bytes)}")
            self._conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")

    # -- reports ---------------------------------------------------------------------------

    def has_report(self, content_hash: str) -> bool:
        rows = self.query("SELECT 1 FROM reports WHERE content_hash = ?", (content_hash,))
        return bool(rows)

    def get_report(self, content_hash: str) -> Report | None:
        rows = self.query("SELECT * FROM reports WHERE content_hash = ?", (content_hash,))
        return report_from_row(rows[0]) if rows else None

    def _event_ids_of_report(self, content_hash: str) -> list[str]:
        rows = self._conn.execute(
            "SELECT event_id FROM event_mentions WHERE content_hash = ? ORDER BY position",
            (content_hash,),
        ).fetchall()
        return [row["event_id"] for row in rows]

    def _insert_report(self, annotated: AnnotatedReport, now: str) -> None:
        report = annotated.report
        self._conn.execute(
            "INSERT INTO reports (content_hash, title, url, source, published, language, text,"
            " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            report_row(report, annotated.language or report.language, now),
        )
        self._conn.executemany(
            'INSERT INTO sentences (content_hash, idx, text, start, "end", stance, factuality)'
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [sentence_row(report.content_hash, s) for s in annotated.sentences],
        )

    def _insert_event(
        self, event_id: str, content_hash: str, position: int, record: EventRecord, now: str
    ) -> None:
        self._conn.execute(
            "INSERT INTO events (event_id, event_type, mode, date, date_precision, country,"
            " admin1, place, latitude, longitude, cross_border, factuality, record, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            event_row(event_id, record, now),
        )
        self._conn.execute(
            "INSERT INTO event_mentions (event_id, content_hash, position, evidence, record)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                event_id,
                content_hash,
                position,
                json.dumps(record.evidence, ensure_ascii=False),
                record.model_dump_json(),
            ),
        )

    def save_report(
        self, annotated: AnnotatedReport, records: list[EventRecord], fuse: bool = False
    ) -> list[str]:
        """Store a report, its sentences, its events and their mentions in one transaction.

        Each record starts as its own event, `event_id_for(content_hash, position)`. With
        `fuse`, fusion runs in the same transaction: a record that tells an incident already
        stored joins that event instead (see docs/fusion.md), so its own event is never seen.
        Without, the records wait for `fuse_pending()`.

        Idempotent on the report's content hash: a report already stored is left as it is
        and the ids of the events its records are in are returned, in record order.
        """
        content_hash = annotated.report.content_hash
        with self.transaction():
            if self._conn.execute(
                "SELECT 1 FROM reports WHERE content_hash = ?", (content_hash,)
            ).fetchone():
                return self._event_ids_of_report(content_hash)
            now = utc_now()
            self._insert_report(annotated, now)
            ids = []
            for position, record in enumerate(records, start=1):
                event_id = event_id_for(content_hash, position)
                self._insert_event(event_id, content_hash, position, record, now)
                ids.append(event_id)
            if fuse and ids:
                keys = [f"{content_hash}:{n}" for n in range(1, len(ids) + 1)]
                self._fuse_records(keys, set(ids), now)
                return self._event_ids_of_report(content_hash)
            fusion_db.refresh(self._conn, ids, self.fusion_config(), now)
            return ids

    # -- failures --------------------------------------------------------------------------

    def record_failure(self, failure: IngestFailure) -> None:
        now = utc_now()
        with self.transaction():
            self._conn.execute(
                "INSERT INTO failures (source, reason, count, first_seen, last_seen)"
                " VALUES (?, ?, 1, ?, ?)"
                " ON CONFLICT (source, reason)"
                " DO UPDATE SET count = failures.count + 1, last_seen = excluded.last_seen",
                (failure.source, failure.reason, now, now),
            )

    def failure_log(self) -> list[FailureEntry]:
        """Every distinct failure with its count, most recently seen first."""
        rows = self.query(
            "SELECT source, reason, count, first_seen, last_seen FROM failures"
            " ORDER BY last_seen DESC, source, reason"
        )
        return [
            FailureEntry(
                source=row["source"],
                reason=row["reason"],
                count=row["count"],
                first_seen=dt.datetime.fromisoformat(row["first_seen"]),
                last_seen=dt.datetime.fromisoformat(row["last_seen"]),
            )
            for row in rows
        ]

    def failures(self) -> list[IngestFailure]:
        return [IngestFailure(entry.source, entry.reason) for entry in self.failure_log()]

    # -- events ----------------------------------------------------------------------------

    def _mentions_for(self, event_ids: list[str]) -> dict[str, list[Mention]]:
        found: dict[str, list[Mention]] = {event_id: [] for event_id in event_ids}
        for i in range(0, len(event_ids), _IN_CHUNK):
            chunk = event_ids[i : i + _IN_CHUNK]
            sql = _MENTION_QUERY.format(marks=", ".join("?" * len(chunk)))
            for row in self.query(sql, chunk):
                found[row["event_id"]].append(mention_from_row(row))
        return found

    def _with_mentions(self, rows: list[Row]) -> list[StoredEvent]:
        mentions = self._mentions_for([row["event_id"] for row in rows])
        return [stored_event_from_row(row, mentions[row["event_id"]]) for row in rows]

    def events(self, flt: EventFilter | None = None) -> list[StoredEvent]:
        """Matching events with their mentions, newest date first (undated last), then id."""
        where, params = where_clause(flt, self.dialect)
        page, page_params = page_clause(flt, self.dialect)
        rows = self.query(
            f"SELECT {_EVENT_COLUMNS} FROM events{where}"
            f" ORDER BY date IS NULL, date DESC, event_id{page}",
            params + page_params,
        )
        return self._with_mentions(rows)

    def get_event(self, event_id: str) -> StoredEvent | None:
        rows = self.query(f"SELECT {_EVENT_COLUMNS} FROM events WHERE event_id = ?", (event_id,))
        return self._with_mentions(rows)[0] if rows else None

    def count_events(self, flt: EventFilter | None = None) -> int:
        """Number of matching events, ignoring the filter's limit and offset."""
        where, params = where_clause(flt, self.dialect)
        return int(self.query(f"SELECT count(*) FROM events{where}", params)[0][0])

    def stats(self) -> dict[str, int]:
        row = self.query(
            "SELECT (SELECT count(*) FROM reports) AS reports,"
            " (SELECT count(*) FROM events) AS events,"
            " (SELECT count(*) FROM failures) AS failures"
        )[0]
        return {"reports": row["reports"], "events": row["events"], "failures": row["failures"]}

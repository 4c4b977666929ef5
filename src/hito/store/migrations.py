"""Schema migrations: an ordered list of SQL scripts; to change the schema, append one.

Script n (1-based) is applied once, in its own transaction, and recorded both in
PRAGMA user_version (what the runner trusts) and in the schema_version table (a readable log).
Never edit a script that has shipped: databases in the field already ran it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

MIGRATIONS: list[str] = [
    # 1: the initial schema.
    """
    CREATE TABLE schema_version (
        version    INTEGER PRIMARY KEY,
        applied_at TEXT NOT NULL
    );
    CREATE TABLE reports (
        content_hash TEXT PRIMARY KEY,
        title        TEXT,
        url          TEXT,
        source       TEXT,
        published    TEXT,
        language     TEXT,
        text         TEXT NOT NULL,
        ingested_at  TEXT NOT NULL
    );
    CREATE TABLE sentences (
        content_hash TEXT NOT NULL REFERENCES reports(content_hash) ON DELETE CASCADE,
        idx          INTEGER NOT NULL,
        text         TEXT NOT NULL,
        start        INTEGER NOT NULL,
        "end"        INTEGER NOT NULL,
        stance       TEXT NOT NULL,
        factuality   TEXT NOT NULL,
        PRIMARY KEY (content_hash, idx)
    );
    CREATE TABLE events (
        event_id       TEXT PRIMARY KEY,
        event_type     TEXT NOT NULL,
        mode           TEXT,
        date           TEXT,
        date_precision TEXT NOT NULL,
        country        TEXT,
        admin1         TEXT,
        place          TEXT,
        latitude       REAL,
        longitude      REAL,
        cross_border   INTEGER NOT NULL,
        factuality     TEXT NOT NULL,
        record         TEXT NOT NULL,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
    );
    CREATE INDEX events_by_date ON events(date);
    CREATE INDEX events_by_type ON events(event_type);
    CREATE INDEX events_by_place ON events(country, admin1);
    CREATE TABLE event_mentions (
        event_id     TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL REFERENCES reports(content_hash) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        evidence     TEXT NOT NULL,
        PRIMARY KEY (event_id, content_hash)
    );
    CREATE INDEX event_mentions_by_report ON event_mentions(content_hash);
    CREATE TABLE failures (
        source     TEXT NOT NULL,
        reason     TEXT NOT NULL,
        count      INTEGER NOT NULL DEFAULT 1,
        first_seen TEXT NOT NULL,
        last_seen  TEXT NOT NULL,
        UNIQUE (source, reason)
    );
    """,
]


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def apply_migrations(conn: sqlite3.Connection, migrations: list[str] | None = None) -> int:
    """Bring the database up to date; returns the number of scripts applied.

    `conn` must be in autocommit mode (isolation_level=None) so BEGIN/COMMIT here are ours.
    """
    scripts = MIGRATIONS if migrations is None else migrations
    current = schema_version(conn)
    if current > len(scripts):
        raise RuntimeError(
            f"database schema version {current} is newer than this hito ({len(scripts)})"
        )
    for version, script in enumerate(scripts[current:], start=current + 1):
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        # executescript would commit on its own; wrapping the script in BEGIN/COMMIT makes
        # the DDL, the log row and user_version land together or not at all.
        try:
            conn.executescript(
                f"BEGIN;\n{script}\n;"
                f"INSERT INTO schema_version (version, applied_at) VALUES ({version}, '{now}');"
                f"PRAGMA user_version = {version};\nCOMMIT;"
            )
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return len(scripts) - current

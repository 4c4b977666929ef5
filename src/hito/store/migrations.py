"""Schema migrations: an ordered list; to change the schema, append one.

Each migration has its SQL for SQLite and for PostgreSQL, numbered alike. Migration n
(1-based) is applied once, in its own transaction, and recorded in the schema_version table
(a readable log; on SQLite also in PRAGMA user_version, which the runner trusts there).
Never edit a script that has shipped: databases in the field already ran it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from hito.store.dialect import POSTGRES, SQLITE, Dialect, PgConnection

_SQLITE: list[str] = [
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
    # 2: fusion. A mention is one record of one report (keyed by report and position) and
    # keeps that record as the report told it; events gain their figures' spread, blocking
    # keys for finding candidates, tombstones, a history of merges and splits, editors'
    # links between records, and the fusion settings.
    """
    CREATE TABLE event_mentions_v2 (
        event_id     TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL REFERENCES reports(content_hash) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        evidence     TEXT NOT NULL,
        record       TEXT NOT NULL,
        fused        INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (content_hash, position)
    );
    INSERT INTO event_mentions_v2 (event_id, content_hash, position, evidence, record, fused)
        SELECT m.event_id, m.content_hash, m.position, m.evidence, e.record, 0
        FROM event_mentions AS m JOIN events AS e ON e.event_id = m.event_id;
    DROP TABLE event_mentions;
    ALTER TABLE event_mentions_v2 RENAME TO event_mentions;
    CREATE INDEX event_mentions_by_event ON event_mentions(event_id);
    CREATE INDEX event_mentions_pending ON event_mentions(fused) WHERE fused = 0;
    CREATE TABLE event_figures (
        event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
        field    TEXT NOT NULL,
        low      REAL NOT NULL,
        best     REAL NOT NULL,
        high     REAL NOT NULL,
        sources  INTEGER NOT NULL,
        PRIMARY KEY (event_id, field)
    );
    CREATE TABLE event_keys (
        event_id   TEXT PRIMARY KEY REFERENCES events(event_id) ON DELETE CASCADE,
        country    TEXT NOT NULL,
        admin1     TEXT NOT NULL,
        cell       INTEGER,
        date_start TEXT NOT NULL,
        date_end   TEXT NOT NULL
    );
    CREATE INDEX event_keys_by_cell ON event_keys(cell, date_start);
    CREATE INDEX event_keys_by_admin1 ON event_keys(country, admin1, date_start);
    CREATE INDEX event_keys_by_country ON event_keys(country, date_start);
    CREATE TABLE event_tombstones (
        event_id   TEXT PRIMARY KEY,
        successor  TEXT,
        reason     TEXT NOT NULL,
        deleted_at TEXT NOT NULL
    );
    CREATE INDEX event_tombstones_by_time ON event_tombstones(deleted_at);
    CREATE INDEX event_tombstones_by_successor ON event_tombstones(successor);
    CREATE TABLE event_history (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        at       TEXT NOT NULL,
        action   TEXT NOT NULL,
        event_id TEXT NOT NULL,
        others   TEXT NOT NULL,
        records  TEXT NOT NULL,
        manual   INTEGER NOT NULL,
        note     TEXT
    );
    CREATE INDEX event_history_by_event ON event_history(event_id);
    CREATE TABLE fusion_links (
        record_a   TEXT NOT NULL,
        record_b   TEXT NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('must', 'cannot')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (record_a, record_b),
        CHECK (record_a < record_b)
    );
    CREATE INDEX fusion_links_by_b ON fusion_links(record_b);
    CREATE TABLE fusion_settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE INDEX events_by_updated ON events(updated_at);
    """,
    # 3: the API's search index (hito.store.queries). Figures, actor names and sectors as
    # columns and evidence in FTS5, one row per event; triggers on `events` keep it in step
    # with every writer. Also editors' corrections and API tokens (salted hashes only).
    """
    CREATE TABLE event_search (
        doc            INTEGER PRIMARY KEY,
        event_id       TEXT NOT NULL UNIQUE,
        killed         INTEGER,
        injured        INTEGER,
        arrested       INTEGER,
        personnel      INTEGER,
        weapons_seized INTEGER,
        displaced      INTEGER,
        actors         TEXT NOT NULL,
        sectors        TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE event_fts USING fts5(
        evidence, tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE VIEW event_search_source AS
        SELECT e.event_id AS event_id,
            json_extract(e.record, '$.killed') AS killed,
            json_extract(e.record, '$.injured') AS injured,
            json_extract(e.record, '$.arrested') AS arrested,
            json_extract(e.record, '$.personnel') AS personnel,
            json_extract(e.record, '$.weapons_seized') AS weapons_seized,
            json_extract(e.record, '$.displaced') AS displaced,
            coalesce((SELECT char(31) || group_concat(lower(json_extract(a.value, '$.name')),
                char(31)) || char(31) FROM (SELECT value FROM json_each(e.record, '$.actors')
                UNION ALL SELECT value FROM json_each(e.record, '$.targets')) AS a), '')
                AS actors,
            coalesce((SELECT ' ' || group_concat(upper(json_extract(a.value, '$.sector')), ' ')
                || ' ' FROM (SELECT value FROM json_each(e.record, '$.actors')
                UNION ALL SELECT value FROM json_each(e.record, '$.targets')) AS a), '')
                AS sectors,
            coalesce((SELECT group_concat(v.value, char(10))
                FROM json_each(e.record, '$.evidence') AS v), '') AS evidence
        FROM events AS e;
    CREATE TRIGGER event_search_insert AFTER INSERT ON events BEGIN
        DELETE FROM event_fts WHERE rowid IN
            (SELECT doc FROM event_search WHERE event_id = new.event_id);
        DELETE FROM event_search WHERE event_id = new.event_id;
        INSERT INTO event_search (event_id, killed, injured, arrested, personnel,
                weapons_seized, displaced, actors, sectors)
            SELECT event_id, killed, injured, arrested, personnel, weapons_seized, displaced,
                actors, sectors
            FROM event_search_source WHERE event_id = new.event_id;
        INSERT INTO event_fts (rowid, evidence)
            SELECT s.doc, v.evidence FROM event_search AS s
            JOIN event_search_source AS v ON v.event_id = s.event_id
            WHERE s.event_id = new.event_id;
    END;
    CREATE TRIGGER event_search_update AFTER UPDATE OF event_id, record ON events BEGIN
        DELETE FROM event_fts WHERE rowid IN
            (SELECT doc FROM event_search WHERE event_id IN (old.event_id, new.event_id));
        DELETE FROM event_search WHERE event_id IN (old.event_id, new.event_id);
        INSERT INTO event_search (event_id, killed, injured, arrested, personnel,
                weapons_seized, displaced, actors, sectors)
            SELECT event_id, killed, injured, arrested, personnel, weapons_seized, displaced,
                actors, sectors
            FROM event_search_source WHERE event_id = new.event_id;
        INSERT INTO event_fts (rowid, evidence)
            SELECT s.doc, v.evidence FROM event_search AS s
            JOIN event_search_source AS v ON v.event_id = s.event_id
            WHERE s.event_id = new.event_id;
    END;
    CREATE TRIGGER event_search_delete AFTER DELETE ON events BEGIN
        DELETE FROM event_fts WHERE rowid IN
            (SELECT doc FROM event_search WHERE event_id = old.event_id);
        DELETE FROM event_search WHERE event_id = old.event_id;
    END;
    INSERT INTO event_search (event_id, killed, injured, arrested, personnel, weapons_seized,
            displaced, actors, sectors)
        SELECT event_id, killed, injured, arrested, personnel, weapons_seized, displaced,
            actors, sectors
        FROM event_search_source;
    INSERT INTO event_fts (rowid, evidence)
        SELECT s.doc, v.evidence FROM event_search AS s
        JOIN event_search_source AS v ON v.event_id = s.event_id;
    CREATE INDEX events_by_date_key ON events(ifnull(date, ''), event_id);
    CREATE INDEX events_by_lonlat ON events(longitude, latitude);
    CREATE TABLE event_corrections (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id   TEXT NOT NULL,
        field      TEXT NOT NULL,
        old_value  TEXT,
        new_value  TEXT,
        changed_by TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        note       TEXT
    );
    CREATE INDEX event_corrections_by_event ON event_corrections(event_id, id);
    CREATE TABLE api_tokens (
        token_id   TEXT PRIMARY KEY,
        role       TEXT NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
        label      TEXT,
        salt       TEXT NOT NULL,
        hash       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT
    );
    """,
    # 4: live monitoring (hito.store.watch_state): each source's cursor (ETag, Last-Modified,
    # schedule, back-off), the item ids seen per source, alerts and their deliveries.
    """
    CREATE TABLE watch_sources (
        name          TEXT PRIMARY KEY,
        location      TEXT NOT NULL,
        etag          TEXT,
        last_modified TEXT,
        next_poll     REAL,
        errors        INTEGER NOT NULL DEFAULT 0,
        last_status   TEXT,
        last_poll     TEXT
    );
    CREATE TABLE watch_items (
        source       TEXT NOT NULL,
        item_key     TEXT NOT NULL,
        content_hash TEXT,
        first_seen   TEXT NOT NULL,
        last_seen    TEXT NOT NULL,
        PRIMARY KEY (source, item_key)
    );
    CREATE TABLE watch_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE watch_alerts (
        alert_id   TEXT PRIMARY KEY,
        kind       TEXT NOT NULL,
        watch      TEXT NOT NULL,
        created_at TEXT NOT NULL,
        title      TEXT NOT NULL,
        summary    TEXT NOT NULL,
        payload    TEXT NOT NULL
    );
    CREATE INDEX watch_alerts_by_time ON watch_alerts(created_at);
    CREATE TABLE watch_alert_events (
        alert_id TEXT NOT NULL REFERENCES watch_alerts(alert_id) ON DELETE CASCADE,
        watch    TEXT NOT NULL,
        event_id TEXT NOT NULL,
        PRIMARY KEY (alert_id, event_id)
    );
    CREATE INDEX watch_alert_events_by_event ON watch_alert_events(watch, event_id);
    CREATE TABLE watch_deliveries (
        alert_id     TEXT NOT NULL REFERENCES watch_alerts(alert_id) ON DELETE CASCADE,
        channel      TEXT NOT NULL,
        status       TEXT NOT NULL CHECK (status IN ('sent', 'retry', 'failed')),
        attempts     INTEGER NOT NULL,
        next_attempt REAL,
        last_error   TEXT,
        updated_at   TEXT NOT NULL,
        PRIMARY KEY (alert_id, channel)
    );
    CREATE INDEX watch_deliveries_retry ON watch_deliveries(next_attempt)
        WHERE status = 'retry';
    """,
    # 5: the API's search index becomes a narrow copy of every field one can filter, sort or
    # sum on (hito.store.queries works on it and reads `events` only for the rows it returns);
    # it replaces the index of migration 3. Triggers on `events` keep it in step.
    """
    DROP TRIGGER event_search_insert;
    DROP TRIGGER event_search_update;
    DROP TRIGGER event_search_delete;
    DROP VIEW event_search_source;
    DROP TABLE event_fts;
    DROP TABLE event_search;
    DROP INDEX events_by_date_key;
    DROP INDEX events_by_lonlat;
    CREATE TABLE event_facets (
        doc            INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id       TEXT NOT NULL UNIQUE,
        day            TEXT NOT NULL,
        week           TEXT,
        event_type     TEXT NOT NULL,
        mode           TEXT,
        country        TEXT,
        admin1         TEXT COLLATE NOCASE,
        factuality     TEXT,
        cross_border   INTEGER NOT NULL,
        latitude       REAL,
        longitude      REAL,
        updated_at     TEXT NOT NULL,
        killed         INTEGER,
        injured        INTEGER,
        arrested       INTEGER,
        personnel      INTEGER,
        weapons_seized INTEGER,
        displaced      INTEGER,
        drugs          TEXT,
        actors         TEXT NOT NULL,
        sectors        TEXT NOT NULL
    );
    CREATE INDEX event_facets_by_day ON event_facets(day, event_id);
    CREATE INDEX event_facets_by_type ON event_facets(event_type, day, event_id);
    CREATE INDEX event_facets_by_place ON event_facets(country, admin1, day);
    CREATE INDEX event_facets_by_updated ON event_facets(updated_at);
    CREATE INDEX event_facets_by_lonlat ON event_facets(longitude, latitude);
    CREATE INDEX event_facets_by_week ON event_facets(week, event_type);
    CREATE INDEX event_facets_with_drugs ON event_facets(doc) WHERE drugs IS NOT NULL;
    CREATE VIRTUAL TABLE event_text USING fts5(
        evidence, tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE VIEW event_facets_source AS
        SELECT e.event_id AS event_id,
            ifnull(e.date, '') AS day,
            date(e.date, 'weekday 0', '-6 days') AS week,
            e.event_type AS event_type,
            e.mode AS mode,
            e.country AS country,
            e.admin1 AS admin1,
            e.factuality AS factuality,
            e.cross_border AS cross_border,
            e.latitude AS latitude,
            e.longitude AS longitude,
            e.updated_at AS updated_at,
            json_extract(e.record, '$.killed') AS killed,
            json_extract(e.record, '$.injured') AS injured,
            json_extract(e.record, '$.arrested') AS arrested,
            json_extract(e.record, '$.personnel') AS personnel,
            json_extract(e.record, '$.weapons_seized') AS weapons_seized,
            json_extract(e.record, '$.displaced') AS displaced,
            nullif(json_extract(e.record, '$.drugs_seized'), '[]') AS drugs,
            coalesce((SELECT char(31) || group_concat(lower(json_extract(a.value, '$.name')),
                char(31)) || char(31) FROM (SELECT value FROM json_each(e.record, '$.actors')
                UNION ALL SELECT value FROM json_each(e.record, '$.targets')) AS a), '')
                AS actors,
            coalesce((SELECT ' ' || group_concat(upper(json_extract(a.value, '$.sector')), ' ')
                || ' ' FROM (SELECT value FROM json_each(e.record, '$.actors')
                UNION ALL SELECT value FROM json_each(e.record, '$.targets')) AS a), '')
                AS sectors,
            coalesce((SELECT group_concat(v.value, char(10))
                FROM json_each(e.record, '$.evidence') AS v), '') AS evidence
        FROM events AS e;
    CREATE TRIGGER event_facets_insert AFTER INSERT ON events BEGIN
        DELETE FROM event_text WHERE rowid IN
            (SELECT doc FROM event_facets WHERE event_id = new.event_id);
        DELETE FROM event_facets WHERE event_id = new.event_id;
        INSERT INTO event_facets (event_id, day, week, event_type, mode, country, admin1,
                factuality, cross_border, latitude, longitude, updated_at, killed, injured,
                arrested, personnel, weapons_seized, displaced, drugs, actors, sectors)
            SELECT event_id, day, week, event_type, mode, country, admin1, factuality,
                cross_border, latitude, longitude, updated_at, killed, injured, arrested,
                personnel, weapons_seized, displaced, drugs, actors, sectors
            FROM event_facets_source WHERE event_id = new.event_id;
        INSERT INTO event_text (rowid, evidence)
            SELECT f.doc, v.evidence FROM event_facets AS f
            JOIN event_facets_source AS v ON v.event_id = f.event_id
            WHERE f.event_id = new.event_id;
    END;
    CREATE TRIGGER event_facets_update AFTER UPDATE ON events BEGIN
        DELETE FROM event_text WHERE rowid IN
            (SELECT doc FROM event_facets WHERE event_id IN (old.event_id, new.event_id));
        DELETE FROM event_facets WHERE event_id IN (old.event_id, new.event_id);
        INSERT INTO event_facets (event_id, day, week, event_type, mode, country, admin1,
                factuality, cross_border, latitude, longitude, updated_at, killed, injured,
                arrested, personnel, weapons_seized, displaced, drugs, actors, sectors)
            SELECT event_id, day, week, event_type, mode, country, admin1, factuality,
                cross_border, latitude, longitude, updated_at, killed, injured, arrested,
                personnel, weapons_seized, displaced, drugs, actors, sectors
            FROM event_facets_source WHERE event_id = new.event_id;
        INSERT INTO event_text (rowid, evidence)
            SELECT f.doc, v.evidence FROM event_facets AS f
            JOIN event_facets_source AS v ON v.event_id = f.event_id
            WHERE f.event_id = new.event_id;
    END;
    CREATE TRIGGER event_facets_delete AFTER DELETE ON events BEGIN
        DELETE FROM event_text WHERE rowid IN
            (SELECT doc FROM event_facets WHERE event_id = old.event_id);
        DELETE FROM event_facets WHERE event_id = old.event_id;
    END;
    INSERT INTO event_facets (event_id, day, week, event_type, mode, country, admin1,
            factuality, cross_border, latitude, longitude, updated_at, killed, injured,
            arrested, personnel, weapons_seized, displaced, drugs, actors, sectors)
        SELECT event_id, day, week, event_type, mode, country, admin1, factuality,
            cross_border, latitude, longitude, updated_at, killed, injured, arrested,
            personnel, weapons_seized, displaced, drugs, actors, sectors
        FROM event_facets_source;
    INSERT INTO event_text (rowid, evidence)
        SELECT f.doc, v.evidence FROM event_facets AS f
        JOIN event_facets_source AS v ON v.event_id = f.event_id;
    """,
    # 6: "at least N killed" and the like find their few events through an index on each
    # figure (only events that state it are in it).
    """
    CREATE INDEX event_facets_killed ON event_facets(killed) WHERE killed IS NOT NULL;
    CREATE INDEX event_facets_injured ON event_facets(injured) WHERE injured IS NOT NULL;
    CREATE INDEX event_facets_arrested ON event_facets(arrested) WHERE arrested IS NOT NULL;
    CREATE INDEX event_facets_personnel ON event_facets(personnel) WHERE personnel IS NOT NULL;
    CREATE INDEX event_facets_weapons ON event_facets(weapons_seized)
        WHERE weapons_seized IS NOT NULL;
    CREATE INDEX event_facets_displaced ON event_facets(displaced) WHERE displaced IS NOT NULL;
    """,
    # 7: trigram indexes for PostgreSQL; SQLite has no such index and scans.
    "SELECT 1;",
    # 8: a counter of changes to the events, as PostgreSQL has had since 5: the API asks
    # "have the events changed?" on every request, and counting a million rows to tell
    # took 20 ms.
    """
    CREATE TABLE event_data_version (n INTEGER NOT NULL);
    INSERT INTO event_data_version VALUES (0);
    CREATE TRIGGER event_data_version_insert AFTER INSERT ON events BEGIN
        UPDATE event_data_version SET n = n + 1;
    END;
    CREATE TRIGGER event_data_version_update AFTER UPDATE ON events BEGIN
        UPDATE event_data_version SET n = n + 1;
    END;
    CREATE TRIGGER event_data_version_delete AFTER DELETE ON events BEGIN
        UPDATE event_data_version SET n = n + 1;
    END;
    """,
]


# The same migrations for PostgreSQL, numbered alike: script n brings a PostgreSQL database
# to the schema that SQLite script n brings a SQLite one to, in PostgreSQL's terms. Tables
# whose code orders by SQLite's implicit `rowid` get an identity column of that name.
# Text columns keep SQLite's byte order where the code sorts or compares them (COLLATE "C").
_POSTGRES: list[str] = [
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
        rowid          BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE,
        event_id       TEXT COLLATE "C" PRIMARY KEY,
        event_type     TEXT NOT NULL,
        mode           TEXT,
        date           TEXT COLLATE "C",
        date_precision TEXT NOT NULL,
        country        TEXT,
        admin1         TEXT,
        place          TEXT,
        latitude       DOUBLE PRECISION,
        longitude      DOUBLE PRECISION,
        cross_border   INTEGER NOT NULL,
        factuality     TEXT NOT NULL,
        record         TEXT NOT NULL,
        created_at     TEXT COLLATE "C" NOT NULL,
        updated_at     TEXT COLLATE "C" NOT NULL
    );
    CREATE INDEX events_by_date ON events(date);
    CREATE INDEX events_by_type ON events(event_type);
    CREATE INDEX events_by_place ON events(country, admin1);
    CREATE TABLE event_mentions (
        event_id     TEXT COLLATE "C" NOT NULL
                     REFERENCES events(event_id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL REFERENCES reports(content_hash) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        evidence     TEXT NOT NULL,
        PRIMARY KEY (event_id, content_hash)
    );
    CREATE INDEX event_mentions_by_report ON event_mentions(content_hash);
    CREATE TABLE failures (
        rowid      BIGINT GENERATED BY DEFAULT AS IDENTITY,
        source     TEXT NOT NULL,
        reason     TEXT NOT NULL,
        count      INTEGER NOT NULL DEFAULT 1,
        first_seen TEXT NOT NULL,
        last_seen  TEXT COLLATE "C" NOT NULL,
        UNIQUE (source, reason)
    );
    """,
    # 2: fusion.
    """
    ALTER TABLE event_mentions
        ADD COLUMN record TEXT,
        ADD COLUMN fused INTEGER NOT NULL DEFAULT 0,
        ADD COLUMN rowid BIGINT GENERATED BY DEFAULT AS IDENTITY;
    UPDATE event_mentions AS m SET record = e.record FROM events AS e
        WHERE e.event_id = m.event_id;
    ALTER TABLE event_mentions
        ALTER COLUMN record SET NOT NULL,
        DROP CONSTRAINT event_mentions_pkey,
        ADD PRIMARY KEY (content_hash, position);
    CREATE INDEX event_mentions_by_event ON event_mentions(event_id);
    CREATE INDEX event_mentions_pending ON event_mentions(fused) WHERE fused = 0;
    CREATE TABLE event_figures (
        event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
        field    TEXT NOT NULL,
        low      DOUBLE PRECISION NOT NULL,
        best     DOUBLE PRECISION NOT NULL,
        high     DOUBLE PRECISION NOT NULL,
        sources  INTEGER NOT NULL,
        PRIMARY KEY (event_id, field)
    );
    CREATE TABLE event_keys (
        event_id   TEXT PRIMARY KEY REFERENCES events(event_id) ON DELETE CASCADE,
        country    TEXT NOT NULL,
        admin1     TEXT NOT NULL,
        cell       BIGINT,
        date_start TEXT COLLATE "C" NOT NULL,
        date_end   TEXT COLLATE "C" NOT NULL
    );
    CREATE INDEX event_keys_by_cell ON event_keys(cell, date_start);
    CREATE INDEX event_keys_by_admin1 ON event_keys(country, admin1, date_start);
    CREATE INDEX event_keys_by_country ON event_keys(country, date_start);
    CREATE TABLE event_tombstones (
        event_id   TEXT COLLATE "C" PRIMARY KEY,
        successor  TEXT,
        reason     TEXT NOT NULL,
        deleted_at TEXT COLLATE "C" NOT NULL
    );
    CREATE INDEX event_tombstones_by_time ON event_tombstones(deleted_at);
    CREATE INDEX event_tombstones_by_successor ON event_tombstones(successor);
    CREATE TABLE event_history (
        id       BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        at       TEXT NOT NULL,
        action   TEXT NOT NULL,
        event_id TEXT NOT NULL,
        others   TEXT NOT NULL,
        records  TEXT NOT NULL,
        manual   INTEGER NOT NULL,
        note     TEXT
    );
    CREATE INDEX event_history_by_event ON event_history(event_id);
    CREATE TABLE fusion_links (
        record_a   TEXT COLLATE "C" NOT NULL,
        record_b   TEXT COLLATE "C" NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('must', 'cannot')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (record_a, record_b),
        CHECK (record_a < record_b)
    );
    CREATE INDEX fusion_links_by_b ON fusion_links(record_b);
    CREATE TABLE fusion_settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE INDEX events_by_updated ON events(updated_at);
    """,
    # 3: editors' corrections and API tokens (the search index SQLite builds here is
    # replaced by migration 5, so PostgreSQL builds only that one).
    """
    CREATE TABLE event_corrections (
        id         BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        event_id   TEXT NOT NULL,
        field      TEXT NOT NULL,
        old_value  TEXT,
        new_value  TEXT,
        changed_by TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        note       TEXT
    );
    CREATE INDEX event_corrections_by_event ON event_corrections(event_id, id);
    CREATE TABLE api_tokens (
        token_id   TEXT PRIMARY KEY,
        role       TEXT NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
        label      TEXT,
        salt       TEXT NOT NULL,
        hash       TEXT NOT NULL,
        created_at TEXT COLLATE "C" NOT NULL,
        revoked_at TEXT
    );
    """,
    # 4: live monitoring.
    """
    CREATE TABLE watch_sources (
        name          TEXT COLLATE "C" PRIMARY KEY,
        location      TEXT NOT NULL,
        etag          TEXT,
        last_modified TEXT,
        next_poll     DOUBLE PRECISION,
        errors        INTEGER NOT NULL DEFAULT 0,
        last_status   TEXT,
        last_poll     TEXT
    );
    CREATE TABLE watch_items (
        source       TEXT NOT NULL,
        item_key     TEXT NOT NULL,
        content_hash TEXT,
        first_seen   TEXT NOT NULL,
        last_seen    TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (source, item_key)
    );
    CREATE TABLE watch_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE watch_alerts (
        alert_id   TEXT COLLATE "C" PRIMARY KEY,
        kind       TEXT NOT NULL,
        watch      TEXT NOT NULL,
        created_at TEXT COLLATE "C" NOT NULL,
        title      TEXT NOT NULL,
        summary    TEXT NOT NULL,
        payload    TEXT NOT NULL
    );
    CREATE INDEX watch_alerts_by_time ON watch_alerts(created_at);
    CREATE TABLE watch_alert_events (
        alert_id TEXT NOT NULL REFERENCES watch_alerts(alert_id) ON DELETE CASCADE,
        watch    TEXT NOT NULL,
        event_id TEXT NOT NULL,
        PRIMARY KEY (alert_id, event_id)
    );
    CREATE INDEX watch_alert_events_by_event ON watch_alert_events(watch, event_id);
    CREATE TABLE watch_deliveries (
        alert_id     TEXT NOT NULL REFERENCES watch_alerts(alert_id) ON DELETE CASCADE,
        channel      TEXT NOT NULL,
        status       TEXT NOT NULL CHECK (status IN ('sent', 'retry', 'failed')),
        attempts     INTEGER NOT NULL,
        next_attempt DOUBLE PRECISION,
        last_error   TEXT,
        updated_at   TEXT NOT NULL,
        PRIMARY KEY (alert_id, channel)
    );
    CREATE INDEX watch_deliveries_retry ON watch_deliveries(next_attempt)
        WHERE status = 'retry';
    """,
    # 5: the API's search index: `event_facets` with the evidence as a tsvector (simple
    # configuration, accents removed, punctuation a separator as in FTS5; GIN index) and
    # the position as a PostGIS point (GiST index: the spatial index bounding boxes use).
    # Statement triggers on `events` keep it in step set by set, so a bulk load costs one
    # pass, and count every change in `event_data_version` for the API's cache.
    """
    CREATE EXTENSION IF NOT EXISTS postgis;
    CREATE EXTENSION IF NOT EXISTS unaccent;
    CREATE EXTENSION IF NOT EXISTS citext;
    CREATE TABLE event_facets (
        doc            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
        event_id       TEXT COLLATE "C" NOT NULL UNIQUE,
        day            TEXT COLLATE "C" NOT NULL,
        week           TEXT COLLATE "C",
        event_type     TEXT COLLATE "C" NOT NULL,
        mode           TEXT,
        country        TEXT COLLATE "C",
        admin1         CITEXT,
        factuality     TEXT,
        cross_border   INTEGER NOT NULL,
        latitude       DOUBLE PRECISION,
        longitude      DOUBLE PRECISION,
        updated_at     TEXT COLLATE "C" NOT NULL,
        killed         BIGINT,
        injured        BIGINT,
        arrested       BIGINT,
        personnel      BIGINT,
        weapons_seized BIGINT,
        displaced      BIGINT,
        drugs          TEXT,
        actors         TEXT NOT NULL,
        sectors        TEXT NOT NULL,
        tsv            TSVECTOR NOT NULL,
        geom           geometry(Point, 4326)
    );
    CREATE INDEX event_facets_by_day ON event_facets(day, event_id);
    CREATE INDEX event_facets_by_type ON event_facets(event_type, day, event_id);
    CREATE INDEX event_facets_by_place ON event_facets(country, admin1, day);
    CREATE INDEX event_facets_by_updated ON event_facets(updated_at);
    CREATE INDEX event_facets_by_week ON event_facets(week, event_type);
    CREATE INDEX event_facets_with_drugs ON event_facets(doc) WHERE drugs IS NOT NULL;
    CREATE INDEX event_facets_text ON event_facets USING gin (tsv);
    CREATE INDEX event_facets_geom ON event_facets USING gist (geom);
    CREATE TABLE event_data_version (n BIGINT NOT NULL);
    INSERT INTO event_data_version VALUES (0);
    CREATE FUNCTION hito_items(j jsonb) RETURNS SETOF jsonb LANGUAGE sql IMMUTABLE AS $$
        SELECT jsonb_array_elements(CASE WHEN jsonb_typeof(j) = 'array' THEN j
                                         ELSE '[]'::jsonb END)
    $$;
    CREATE FUNCTION hito_figure(j jsonb) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN jsonb_typeof(j) = 'number' THEN trunc((j #>> '{}')::numeric)::bigint
        END
    $$;
    CREATE FUNCTION event_facets_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            DELETE FROM event_facets WHERE event_id IN (SELECT event_id FROM old_rows);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            DELETE FROM event_facets WHERE event_id IN (SELECT event_id FROM new_rows);
            INSERT INTO event_facets (event_id, day, week, event_type, mode, country, admin1,
                    factuality, cross_border, latitude, longitude, updated_at, killed,
                    injured, arrested, personnel, weapons_seized, displaced, drugs, actors,
                    sectors, tsv, geom)
                SELECT e.event_id, coalesce(e.date, ''),
                    CASE WHEN e.date <> '' THEN
                        to_char(date_trunc('week', e.date::date), 'YYYY-MM-DD') END,
                    e.event_type, e.mode, e.country, e.admin1, e.factuality, e.cross_border,
                    e.latitude, e.longitude, e.updated_at,
                    hito_figure(j.r -> 'killed'), hito_figure(j.r -> 'injured'),
                    hito_figure(j.r -> 'arrested'), hito_figure(j.r -> 'personnel'),
                    hito_figure(j.r -> 'weapons_seized'), hito_figure(j.r -> 'displaced'),
                    CASE WHEN jsonb_typeof(j.r -> 'drugs_seized') = 'array'
                        AND j.r -> 'drugs_seized' <> '[]'::jsonb
                        THEN (j.r -> 'drugs_seized')::text END,
                    coalesce((SELECT chr(31) || string_agg(lower(a ->> 'name'), chr(31))
                        || chr(31) FROM (SELECT hito_items(j.r -> 'actors') UNION ALL
                        SELECT hito_items(j.r -> 'targets')) AS x(a)), ''),
                    coalesce((SELECT ' ' || string_agg(upper(a ->> 'sector'), ' ') || ' '
                        FROM (SELECT hito_items(j.r -> 'actors') UNION ALL
                        SELECT hito_items(j.r -> 'targets')) AS x(a)), ''),
                    to_tsvector('simple', regexp_replace(unaccent(coalesce((SELECT
                        string_agg(v #>> '{}', ' ') FROM hito_items(j.r -> 'evidence') AS v),
                        '')), '[[:punct:]]+', ' ', 'g')),
                    CASE WHEN e.longitude IS NOT NULL AND e.latitude IS NOT NULL THEN
                        ST_SetSRID(ST_MakePoint(e.longitude, e.latitude), 4326) END
                FROM new_rows AS e CROSS JOIN LATERAL (SELECT e.record::jsonb AS r) AS j;
        END IF;
        UPDATE event_data_version SET n = n + 1;
        RETURN NULL;
    END
    $$;
    CREATE TRIGGER event_facets_insert AFTER INSERT ON events
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION event_facets_sync();
    CREATE TRIGGER event_facets_update AFTER UPDATE ON events
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION event_facets_sync();
    CREATE TRIGGER event_facets_delete AFTER DELETE ON events
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION event_facets_sync();
    -- a no-op update runs the trigger over the events already there
    UPDATE events SET event_id = event_id;
    """,
    # 6: "at least N killed" and the like.
    """
    CREATE INDEX event_facets_killed ON event_facets(killed) WHERE killed IS NOT NULL;
    CREATE INDEX event_facets_injured ON event_facets(injured) WHERE injured IS NOT NULL;
    CREATE INDEX event_facets_arrested ON event_facets(arrested) WHERE arrested IS NOT NULL;
    CREATE INDEX event_facets_personnel ON event_facets(personnel) WHERE personnel IS NOT NULL;
    CREATE INDEX event_facets_weapons ON event_facets(weapons_seized)
        WHERE weapons_seized IS NOT NULL;
    CREATE INDEX event_facets_displaced ON event_facets(displaced) WHERE displaced IS NOT NULL;
    """,
    # 7: "actor contains" and "sector is" are substring matches; trigram indexes find
    # their events without reading every row.
    """
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX event_facets_actors ON event_facets USING gin (actors gin_trgm_ops);
    CREATE INDEX event_facets_sectors ON event_facets USING gin (sectors gin_trgm_ops);
    """,
    # 8: SQLite gets the change counter PostgreSQL has had since 5.
    "SELECT 1;",
]


@dataclass(frozen=True)
class Migration:
    """One schema change, as SQL for each database (the same text where they agree)."""

    sqlite: str
    postgres: str

    def sql(self, dialect: Dialect) -> str:
        return self.postgres if dialect.postgres else self.sqlite


MIGRATIONS: list[Migration] = [
    Migration(sqlite, postgres) for sqlite, postgres in zip(_SQLITE, _POSTGRES, strict=True)
]


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def apply_migrations(
    conn: sqlite3.Connection, migrations: Sequence[Migration | str] | None = None
) -> int:
    """Bring a SQLite database up to date; returns the number of scripts applied. A plain
    string in `migrations` is SQL for both databases.

    `conn` must be in autocommit mode (isolation_level=None) so BEGIN/COMMIT here are ours.
    """
    scripts = [_sql(m, SQLITE) for m in (MIGRATIONS if migrations is None else migrations)]
    current = schema_version(conn)
    _check_not_newer(current, len(scripts))
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


# Any constant: the advisory lock that serialises writers (and migrations) on PostgreSQL.
PG_WRITE_LOCK = 0x6869746F


def pg_schema_version(conn: PgConnection) -> int:
    """The highest version in `schema_version`, 0 for an empty database."""
    if conn.execute("SELECT to_regclass('schema_version')").fetchone()[0] is None:
        return 0
    return int(conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0])


def apply_pg_migrations(
    conn: PgConnection, migrations: Sequence[Migration | str] | None = None
) -> int:
    """Bring a PostgreSQL database up to date; returns the number of scripts applied. Each
    script runs in its own transaction with its row in `schema_version`, under the write
    lock, so two processes opening a new database do not both migrate it."""
    scripts = [_sql(m, POSTGRES) for m in (MIGRATIONS if migrations is None else migrations)]
    if pg_schema_version(conn) == len(scripts):
        return 0
    applied = 0
    while True:
        with conn.raw.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(?)", (PG_WRITE_LOCK,))
            current = pg_schema_version(conn)
            _check_not_newer(current, len(scripts))
            if current == len(scripts):
                return applied
            conn.script(scripts[current])
            conn.execute(
                "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                (current + 1, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
            )
            applied += 1


def _sql(migration: Migration | str, dialect: Dialect) -> str:
    return migration if isinstance(migration, str) else migration.sql(dialect)


def _check_not_newer(current: int, known: int) -> None:
    if current > known:
        raise RuntimeError(f"database schema version {current} is newer than this hito ({known})")

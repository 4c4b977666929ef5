"""Fusion in the store: fuse new records into events, re-run fusion, editors' merges and
splits, tombstones, history and the spread of figures. Mixed into `Store`."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hito.fuse.cluster import assign_ids, fuse, recluster
from hito.fuse.combine import figures_of
from hito.fuse.compare import profile
from hito.fuse.config import FusionConfig
from hito.fuse.models import Figure, FuseItem, HistoryEntry, Tombstone
from hito.models import EventRecord
from hito.store import fusion_db as db
from hito.store.dialect import Connection, Row
from hito.store.rows import utc_now


class FusionError(ValueError):
    """An editor's request that cannot be carried out (unknown id, nothing to split...)."""


@dataclass
class FusionSummary:
    records: int = 0  # records fused
    merged: int = 0  # events absorbed into others (tombstoned or never published)
    events: int = 0  # events created or changed
    candidates: int = 0  # stored events compared with the new records


def _since_text(since: dt.date | dt.datetime | None) -> str:
    if since is None:
        return ""
    if not isinstance(since, dt.datetime):
        since = dt.datetime.combine(since, dt.time(), dt.UTC)
    elif since.tzinfo is None:
        since = since.replace(tzinfo=dt.UTC)
    return since.astimezone(dt.UTC).isoformat(timespec="seconds")


class FusionMixin:
    _conn: Connection
    _lock: threading.RLock
    # What the latest fusion did (for tests and measurements).
    last_fusion: FusionSummary | None = None

    if TYPE_CHECKING:

        def transaction(self) -> AbstractContextManager[Connection]: ...

        def query(self, sql: str, params: Sequence[object] = ()) -> list[Row]: ...

    # -- settings --------------------------------------------------------------------------

    def fusion_config(self) -> FusionConfig:
        """The merge window and threshold this database fuses with (defaults until set)."""
        rows = self.query("SELECT key, value FROM fusion_settings")
        return FusionConfig.from_dict({row["key"]: row["value"] for row in rows})

    def set_fusion_config(self, config: FusionConfig) -> None:
        """Store the settings that fusion uses from now on (re-fuse to apply them to the
        events already stored)."""
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO fusion_settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [(k, str(v)) for k, v in config.as_dict().items()],
            )

    # -- fusing ----------------------------------------------------------------------------

    def _fuse_records(self, keys: Sequence[str], fresh: set[str], now: str) -> FusionSummary:
        """Fuse the events holding these records with each other and with the events near
        them. `fresh` events were created in this same transaction: absorbing one leaves no
        tombstone, as nobody outside could have seen it."""
        conn = self._conn
        config = self.fusion_config()
        wanted = set(keys)
        open_ids: set[str] = set()
        for content_hash, position in map(db.split_key, sorted(wanted)):
            row = conn.execute(
                "SELECT event_id FROM event_mentions WHERE content_hash = ? AND position = ?",
                (content_hash, position),
            ).fetchone()
            if row is not None:
                open_ids.add(row["event_id"])
        new = db.clusters(conn, open_ids, is_open=True)
        candidates: set[str] = set()
        for cluster in new:
            for item in cluster.items:
                if item.key in wanted:
                    candidates |= db.candidate_ids(conn, profile(item, config), config)
        existing = db.clusters(conn, candidates - open_ids, is_open=False)
        summary = FusionSummary(records=len(wanted), candidates=len(existing))
        self.last_fusion = summary
        all_keys = [i.key for c in (*new, *existing) for i in c.items]
        links = db.links_for(conn, all_keys)
        touched = set(open_ids)
        members = {c.event_id: [i.key for i in c.items] for c in (*new, *existing)}
        for decision in fuse(new, existing, config, links):
            published = [e for e in decision.absorbed if e not in fresh]
            arrived = [k for e in decision.absorbed if e in fresh for k in members[e]]
            for event_id in decision.absorbed:
                db.absorb(conn, decision.into, event_id)
                db.drop_event(
                    conn, event_id, decision.into, "merged", None if event_id in fresh else now
                )
                touched.discard(event_id)
            note = None if decision.score is None else f"score {decision.score:.2f}"
            db.log(
                conn,
                "merge" if published else "attach",
                decision.into,
                now,
                published,
                arrived,
                note=note,
            )
            touched.add(decision.into)
            summary.merged += len(decision.absorbed)
        conn.executemany(
            "UPDATE event_mentions SET fused = 1 WHERE content_hash = ? AND position = ?",
            [db.split_key(k) for k in wanted],
        )
        db.refresh(conn, touched, config, now)
        summary.events = len(touched)
        return summary

    def fuse_pending(self) -> FusionSummary:
        """Fuse every record not yet fused (saved without fusion, or from an older hito)."""
        with self.transaction() as conn:
            rows = conn.execute(
                "SELECT content_hash, position FROM event_mentions WHERE fused = 0"
            ).fetchall()
            keys = [f"{row['content_hash']}:{row['position']}" for row in rows]
            if not keys:
                return FusionSummary()
            return self._fuse_records(keys, set(), utc_now())

    def refuse(self) -> FusionSummary:
        """Re-run fusion over every record with the current settings and editors' links.
        Ids are kept: each resulting event takes the id of the earlier event it shares most
        records with; events left empty become tombstones pointing to where most of their
        records went; events that lose records are logged as split."""
        with self.transaction() as conn:
            return self._refuse(conn, utc_now())

    def _refuse(self, conn: Connection, now: str) -> FusionSummary:
        config = self.fusion_config()
        rows = conn.execute(
            "SELECT m.event_id, m.content_hash, m.position, m.record, r.language, r.published"
            " FROM event_mentions AS m JOIN reports AS r ON r.content_hash = m.content_hash"
            " JOIN events AS e ON e.event_id = m.event_id ORDER BY e.rowid, m.rowid"
        ).fetchall()
        items = [db.item_from_row(row) for row in rows]
        previous = {item.key: row["event_id"] for item, row in zip(items, rows, strict=True)}
        age = db.ages(conn, set(previous.values()))
        groups = recluster(items, config, db.links_for(conn))
        assigned = assign_ids([[i.key for i in g] for g in groups], previous, age)
        by_key = {item.key: item for item in items}
        summary = FusionSummary(records=len(items))
        touched: set[str] = set()
        went: dict[str, Counter[str]] = {}
        for event_id, keys in assigned:
            if event_id is None:
                first = by_key[keys[0]]
                event_id = db.free_id(conn, _default_id(first))
                db.insert_event_row(conn, event_id, first.record, now)
            moved = [k for k in keys if previous[k] != event_id]
            if not moved:
                continue
            db.move_mentions(conn, moved, event_id)
            touched.add(event_id)
            for k in moved:
                touched.add(previous[k])
                went.setdefault(previous[k], Counter())[event_id] += 1
        left = {
            row["event_id"] for row in conn.execute("SELECT DISTINCT event_id FROM event_mentions")
        }
        for old, targets in sorted(went.items()):
            if old in left:
                db.log(conn, "split", old, now, sorted(targets), note="re-fused")
                continue
            successor = targets.most_common(1)[0][0]
            db.drop_event(conn, old, successor, "merged", now)
            db.log(conn, "merge", successor, now, [old], note="re-fused")
            touched.discard(old)
            summary.merged += 1
        conn.execute("UPDATE event_mentions SET fused = 1 WHERE fused = 0")
        db.refresh(conn, touched, config, now)
        summary.events = len(touched)
        return summary

    # -- editors ---------------------------------------------------------------------------

    def _live(self, conn: Connection, event_id: str) -> None:
        if conn.execute("SELECT 1 FROM events WHERE event_id = ?", (event_id,)).fetchone():
            return
        row = conn.execute(
            "SELECT successor FROM event_tombstones WHERE event_id = ?", (event_id,)
        ).fetchone()
        if row is not None:
            raise FusionError(f"event {event_id} was merged into {row['successor']}")
        raise FusionError(f"no event {event_id}")

    def _pairs_across(self, conn: Connection, ids: Sequence[str]) -> list[tuple[str, str]]:
        """Every pair of records from two different events of `ids`, which must all be live."""
        for event_id in ids:
            self._live(conn, event_id)
        members = {e: [i.key for i in items] for e, items in db.load_items(conn, ids).items()}
        return _cross_pairs([members[e] for e in ids])

    def merge_events(self, event_ids: Sequence[str], note: str | None = None) -> str:
        """Merge events by hand into the first one given, which keeps its id; the others
        become tombstones. Recorded as "always merge" links between their records, so the
        decision survives re-runs."""
        ids = _distinct_events(event_ids, "merge")
        now = utc_now()
        with self.transaction() as conn:
            _relink(conn, self._pairs_across(conn, ids), "must", now)
            into = ids[0]
            for event_id in ids[1:]:
                db.absorb(conn, into, event_id)
                db.drop_event(conn, event_id, into, "merged by hand", now)
            db.log(conn, "merge", into, now, ids[1:], manual=True, note=note)
            db.refresh(conn, [into], self.fusion_config(), now)
        return into

    def split_event(self, event_id: str, mentions: Sequence[str], note: str | None = None) -> str:
        """Move the records of the reports named (content hashes, or prefixes of at least 6
        characters) out of an event into a new one, and return its id. Recorded as "never
        merge" links between the records moved and those left."""
        now = utc_now()
        with self.transaction() as conn:
            self._live(conn, event_id)
            items = db.load_items(conn, [event_id])[event_id]
            chosen = _select(items, mentions)
            left = [i for i in items if i.key not in {c.key for c in chosen}]
            if not left:
                raise FusionError("the split would leave the event without reports")
            new_id = db.free_id(conn, _default_id(chosen[0]))
            db.insert_event_row(conn, new_id, chosen[0].record, now)
            db.move_mentions(conn, [i.key for i in chosen], new_id)
            pairs = _cross_pairs([[i.key for i in chosen], [i.key for i in left]])
            _relink(conn, pairs, "cannot", now)
            db.log(conn, "split", event_id, now, [new_id], [i.key for i in chosen], True, note)
            db.refresh(conn, [event_id, new_id], self.fusion_config(), now)
        return new_id

    def keep_apart(self, event_ids: Sequence[str], note: str | None = None) -> None:
        """Record that these events must never be merged by fusion ("never merge" links)."""
        ids = _distinct_events(event_ids, "keep apart")
        now = utc_now()
        with self.transaction() as conn:
            _relink(conn, self._pairs_across(conn, ids), "cannot", now)
            db.log(conn, "keep-apart", ids[0], now, ids[1:], manual=True, note=note)

    # -- reading ---------------------------------------------------------------------------

    def deleted(self, since: dt.date | dt.datetime | None = None) -> list[Tombstone]:
        """Events deleted (merged away) at or after `since` (a date means its midnight UTC),
        oldest first: what a copy of the data must drop to stay in sync."""
        rows = self.query(
            "SELECT event_id, successor, reason, deleted_at FROM event_tombstones"
            " WHERE deleted_at >= ? ORDER BY deleted_at, event_id",
            (_since_text(since),),
        )
        return [
            Tombstone(
                event_id=row["event_id"],
                successor=row["successor"],
                reason=row["reason"],
                deleted_at=dt.datetime.fromisoformat(row["deleted_at"]),
            )
            for row in rows
        ]

    def resolve_event_id(self, event_id: str) -> str | None:
        """The live event an id stands for now: itself, its successor if it was merged away,
        None if it never existed."""
        rows = self.query("SELECT 1 FROM events WHERE event_id = ?", (event_id,))
        if rows:
            return event_id
        rows = self.query("SELECT successor FROM event_tombstones WHERE event_id = ?", (event_id,))
        return rows[0]["successor"] if rows else None

    def history(self, event_id: str | None = None) -> list[HistoryEntry]:
        """Merges, attachments and splits, oldest first (of one event, as the survivor or
        as one of the others, when an id is given)."""
        sql = "SELECT * FROM event_history"
        params: list[object] = []
        if event_id is not None:
            sql += " WHERE event_id = ? OR others LIKE ? ESCAPE '\\'"
            escaped = event_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params = [event_id, f'%"{escaped}"%']
        rows = self.query(sql + " ORDER BY id", params)
        return [
            HistoryEntry(
                at=dt.datetime.fromisoformat(row["at"]),
                action=row["action"],
                event_id=row["event_id"],
                others=json.loads(row["others"]),
                records=json.loads(row["records"]),
                manual=bool(row["manual"]),
                note=row["note"],
            )
            for row in rows
        ]

    def figures_for(self, event_ids: Iterable[str]) -> dict[str, dict[str, Figure]]:
        """Each event's quantities as low, best, high and number of sources. The event's
        record carries `best`. Drug amounts are keyed `drugs_seized:<substance>:<unit>`."""
        ids = sorted(set(event_ids))
        found: dict[str, dict[str, Figure]] = {event_id: {} for event_id in ids}
        for chunk in db.chunks(ids):
            marks = ", ".join("?" * len(chunk))
            for row in self.query(
                f"SELECT * FROM event_figures WHERE event_id IN ({marks}) ORDER BY field", chunk
            ):
                found[row["event_id"]][row["field"]] = Figure(
                    low=_number(row["low"]),
                    best=_number(row["best"]),
                    high=_number(row["high"]),
                    sources=row["sources"],
                )
        missing = [event_id for event_id, figures in found.items() if not figures]
        for chunk in db.chunks(missing):
            marks = ", ".join("?" * len(chunk))
            for row in self.query(
                f"SELECT event_id, record FROM events WHERE event_id IN ({marks})", chunk
            ):
                record = EventRecord.model_validate_json(row["record"])
                found[row["event_id"]] = figures_of([record])
        return found

    def figures(self, event_id: str) -> dict[str, Figure]:
        return self.figures_for([event_id]).get(event_id, {})

    def report_records(self, content_hash: str) -> list[EventRecord]:
        """The records extracted from one report, in their order, as the report told them
        (before fusion with other reports)."""
        rows = self.query(
            "SELECT record FROM event_mentions WHERE content_hash = ? ORDER BY position",
            (content_hash,),
        )
        return [EventRecord.model_validate_json(row["record"]) for row in rows]

    def record_events(self) -> dict[tuple[str, int], str]:
        """The event every stored record ended in: (content hash, position) -> event id."""
        rows = self.query("SELECT content_hash, position, event_id FROM event_mentions")
        return {(row["content_hash"], row["position"]): row["event_id"] for row in rows}


def _number(value: float) -> float:
    return int(value) if float(value).is_integer() else value


def _default_id(item: FuseItem) -> str:
    from hito.store.store import event_id_for

    content_hash, position = db.split_key(item.key)
    return event_id_for(content_hash, position)


def _distinct_events(event_ids: Sequence[str], action: str) -> list[str]:
    ids = list(dict.fromkeys(event_ids))
    if len(ids) < 2:
        raise FusionError(f"give at least two different events to {action}")
    return ids


# An editor's decision on a pair replaces the opposite one ("must" merge, "cannot" merge).
_OPPOSITE_LINK = {"must": "cannot", "cannot": "must"}


def _relink(conn: Connection, pairs: list[tuple[str, str]], kind: str, now: str) -> None:
    db.drop_links(conn, pairs, _OPPOSITE_LINK[kind])
    db.set_links(conn, pairs, kind, now)


def _cross_pairs(groups: Sequence[Sequence[str]]) -> list[tuple[str, str]]:
    return [(a, b) for g1, g2 in itertools.combinations(groups, 2) for a in g1 for b in g2]


def _select(items: Sequence[FuseItem], mentions: Sequence[str]) -> list[FuseItem]:
    chosen: list[FuseItem] = []
    for prefix in mentions:
        prefix = prefix.strip().lower()
        if len(prefix) < 6:
            raise FusionError(f"content hash {prefix!r} is too short (give at least 6 characters)")
        hits = [i for i in items if i.content_hash.startswith(prefix)]
        if not hits:
            raise FusionError(f"no report {prefix} among the event's mentions")
        if len({i.content_hash for i in hits}) > 1:
            raise FusionError(f"{prefix} matches several reports; give more characters")
        chosen.extend(h for h in hits if h not in chosen)
    return chosen

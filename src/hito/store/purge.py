"""Purge: remove reports and everything derived from them, in one transaction.

A purged report takes with it its sentences and its mentions (its records). An event that
only it supported is deleted and leaves a tombstone (reason `purged`, no successor), so a
copy kept in sync through `/deleted` drops it too; an event that other reports also
support is recomputed from the records that remain, as fusion recomputes an event after a
merge or a split (`fusion_db.refresh`). Editors' links that name the purged records go.
Every purge is logged in the event history (action `purge`, the full content hash in the
note), which is how a second purge of the same report knows there is nothing left to do.

The SQL is plain and portable, with `?` placeholders, through the store's transaction: the
same code runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from hito.store import fusion_db as db
from hito.store.rows import utc_now
from hito.store.store import Store

MIN_PREFIX = 6
PURGE_ACTION = "purge"
_NOTE = "purged report "


class PurgeError(ValueError):
    """An id that names no report, or several."""


@dataclass
class PurgedReport:
    content_hash: str
    title: str | None
    sentences: int
    mentions: int


@dataclass
class PurgeResult:
    """What a purge removed (or, with `dry_run`, would remove)."""

    reports: list[PurgedReport] = field(default_factory=list)
    deleted_events: list[str] = field(default_factory=list)  # only these reports told them
    recomputed_events: list[str] = field(default_factory=list)  # other reports remain
    already_purged: list[str] = field(default_factory=list)  # content hashes
    dry_run: bool = False

    @property
    def sentences(self) -> int:
        return sum(r.sentences for r in self.reports)

    @property
    def mentions(self) -> int:
        return sum(r.mentions for r in self.reports)

    def as_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "reports": [r.__dict__ for r in self.reports],
            "sentences": self.sentences,
            "mentions": self.mentions,
            "deleted_events": self.deleted_events,
            "recomputed_events": self.recomputed_events,
            "already_purged": self.already_purged,
        }


def _rows(conn: Any, sql: str, params: Sequence[object] = ()) -> list[Any]:
    return list(conn.execute(sql, tuple(params)).fetchall())


def _like_prefix(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _purged_hashes(conn: Any) -> set[str]:
    rows = _rows(conn, "SELECT note FROM event_history WHERE action = ?", (PURGE_ACTION,))
    return {
        row[0][len(_NOTE) :].split()[0]
        for row in rows
        if row[0] and row[0].startswith(_NOTE) and len(row[0]) > len(_NOTE)
    }


def _resolve(conn: Any, ids: Sequence[str]) -> tuple[list[str], list[str]]:
    """(content hashes of the stored reports named, hashes of those purged before)."""
    found: list[str] = []
    gone: list[str] = []
    purged: set[str] | None = None
    for given in ids:
        prefix = given.strip().lower()
        if len(prefix) < MIN_PREFIX or not all(c in "0123456789abcdef" for c in prefix):
            raise PurgeError(
                f"{given!r} is not a content hash (give at least {MIN_PREFIX} hex characters)"
            )
        rows = _rows(
            conn,
            "SELECT content_hash FROM reports WHERE content_hash LIKE ? ESCAPE '\\' LIMIT 2",
            (_like_prefix(prefix),),
        )
        if len(rows) > 1:
            raise PurgeError(f"{prefix} matches several reports; give more characters")
        if rows:
            if rows[0][0] not in found:
                found.append(rows[0][0])
            continue
        purged = _purged_hashes(conn) if purged is None else purged
        earlier = sorted(h for h in purged if h.startswith(prefix))
        if len(earlier) > 1:
            raise PurgeError(f"{prefix} matches several purged reports; give more characters")
        if not earlier:
            raise PurgeError(f"no report {prefix}")
        if earlier[0] not in gone:
            gone.append(earlier[0])
    return found, gone


def _chunks(values: Sequence[str]) -> Iterator[Sequence[str]]:
    return iter(db.chunks(list(values)))


def _marks(chunk: Sequence[object]) -> str:
    return ", ".join("?" * len(chunk))


def _plan(conn: Any, hashes: Sequence[str], result: PurgeResult) -> dict[str, list[str]]:
    """Fill `result`; returns each affected event's purged record keys."""
    removed: dict[str, list[str]] = {}
    for content_hash in hashes:
        title = _rows(conn, "SELECT title FROM reports WHERE content_hash = ?", (content_hash,))
        sentences = _rows(
            conn, "SELECT count(*) FROM sentences WHERE content_hash = ?", (content_hash,)
        )[0][0]
        mentions = _rows(
            conn,
            "SELECT event_id, position FROM event_mentions WHERE content_hash = ?"
            " ORDER BY position",
            (content_hash,),
        )
        for event_id, position in ((m[0], m[1]) for m in mentions):
            removed.setdefault(event_id, []).append(f"{content_hash}:{position}")
        result.reports.append(
            PurgedReport(content_hash, title[0][0] if title else None, sentences, len(mentions))
        )
    for chunk in _chunks(sorted(removed)):
        kept = {
            row[0]
            for row in _rows(
                conn,
                f"SELECT DISTINCT event_id FROM event_mentions WHERE event_id IN ({_marks(chunk)})"
                f" AND content_hash NOT IN ({_marks(hashes)})",
                [*chunk, *hashes],
            )
        }
        for event_id in chunk:
            (result.recomputed_events if event_id in kept else result.deleted_events).append(
                event_id
            )
    return removed


def purge_reports(store: Store, ids: Iterable[str], dry_run: bool = False) -> PurgeResult:
    """Remove the reports named by `ids` (content hashes or unique prefixes of at least 6
    hex characters) and everything derived from them, in one transaction; with `dry_run`,
    only say what would go. Reports purged before are listed in `already_purged` and
    change nothing, so purging twice is the same as purging once. Raises `PurgeError`
    (and changes nothing) when an id names no report or several."""
    wanted = list(ids)
    if not wanted:
        raise PurgeError("give at least one report")
    result = PurgeResult(dry_run=dry_run)
    with store.transaction() as conn:
        hashes, result.already_purged = _resolve(conn, wanted)
        if not hashes:
            return result
        removed = _plan(conn, hashes, result)
        if dry_run:
            return result
        now = utc_now()
        keys = [key for event_keys in removed.values() for key in event_keys]
        for chunk in _chunks(keys):
            marks = _marks(chunk)
            conn.execute(
                f"DELETE FROM fusion_links WHERE record_a IN ({marks}) OR record_b IN ({marks})",
                (*chunk, *chunk),
            )
        for content_hash in hashes:
            # Explicit deletes rather than ON DELETE CASCADE: the same on every database.
            conn.execute("DELETE FROM event_mentions WHERE content_hash = ?", (content_hash,))
            conn.execute("DELETE FROM sentences WHERE content_hash = ?", (content_hash,))
            conn.execute("DELETE FROM reports WHERE content_hash = ?", (content_hash,))
        by_event = {k: k.rpartition(":")[0] for k in keys}
        for event_id in result.deleted_events:
            db.drop_event(conn, event_id, None, "purged", now)
        for event_id, event_keys in sorted(removed.items()):
            for content_hash in dict.fromkeys(by_event[k] for k in event_keys):
                db.log(
                    conn,
                    PURGE_ACTION,
                    event_id,
                    now,
                    records=[k for k in event_keys if by_event[k] == content_hash],
                    note=f"{_NOTE}{content_hash}",
                )
        for content_hash in hashes:
            if not any(h == content_hash for h in by_event.values()):
                # A report that gave no event still leaves a trace, for idempotence.
                db.log(conn, PURGE_ACTION, "", now, note=f"{_NOTE}{content_hash}")
        db.refresh(conn, result.recomputed_events, store.fusion_config(), now)
    return result


def purge_history(store: Store) -> list[dict[str, Any]]:
    """Every purge logged, oldest first: when, the event, the records removed, the report."""
    return [
        {
            "at": h.at.isoformat(),
            "event_id": h.event_id or None,
            "records": h.records,
            "report": (h.note or "")[len(_NOTE) :],
        }
        for h in store.history()
        if h.action == PURGE_ACTION
    ]


__all__ = ["PurgeError", "PurgeResult", "PurgedReport", "purge_history", "purge_reports"]

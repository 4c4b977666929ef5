"""The ingest failure log beyond what Store offers: forgetting failures that were fixed.

Functions over a Store (the failures table itself is created by migration 1; on PostgreSQL
its `rowid` is an identity column, the insertion order SQLite's rowid gives).
"""

from __future__ import annotations

from collections.abc import Iterable

from hito.store.store import Store


def clear_failures(store: Store, failures: Iterable[tuple[str, str]]) -> int:
    """Delete the (source, reason) rows given, in one transaction; returns how many went."""
    pairs = list(dict.fromkeys(failures))
    if not pairs:
        return 0
    removed = 0
    with store.transaction() as conn:
        for source, reason in pairs:
            cursor = conn.execute(
                "DELETE FROM failures WHERE source = ? AND reason = ?", (source, reason)
            )
            removed += cursor.rowcount
    return removed


def latest_reason(store: Store, source: str) -> str | None:
    """The reason most recently logged for `source`, or None."""
    rows = store.query(
        "SELECT reason FROM failures WHERE source = ? ORDER BY last_seen DESC, rowid DESC LIMIT 1",
        (source,),
    )
    return str(rows[0]["reason"]) if rows else None

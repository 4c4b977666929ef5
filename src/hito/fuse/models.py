"""The records fusion works on and hands back: items, clusters, links, decisions, figures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from hito.models import EventRecord


def record_key(content_hash: str, position: int) -> str:
    """Identity of one extracted record: the report's full content hash and the record's
    1-based position among what extraction returned for it."""
    return f"{content_hash}:{position}"


@dataclass(frozen=True)
class FuseItem:
    """One record as one report tells it, with what fusion needs to know about the report."""

    key: str
    record: EventRecord
    content_hash: str = ""
    language: str | None = None
    published: dt.date | None = None

    @classmethod
    def of(
        cls,
        content_hash: str,
        position: int,
        record: EventRecord,
        language: str | None = None,
        published: dt.date | None = None,
    ) -> FuseItem:
        return cls(record_key(content_hash, position), record, content_hash, language, published)


@dataclass(frozen=True)
class EventCluster:
    """An event and the records behind it. `age` orders events by creation (smaller is older):
    when events merge the oldest keeps its id. `open` clusters are the ones being fused now
    (new records); closed ones are events already settled in the database."""

    event_id: str
    items: tuple[FuseItem, ...]
    age: int = 0
    open: bool = False


@dataclass(frozen=True)
class Links:
    """Editors' decisions between records: pairs that must share an event, and pairs that
    must never. Pairs are unordered."""

    must: frozenset[frozenset[str]] = frozenset()
    cannot: frozenset[frozenset[str]] = frozenset()

    @classmethod
    def of(
        cls,
        must: list[tuple[str, str]] | None = None,
        cannot: list[tuple[str, str]] | None = None,
    ) -> Links:
        return cls(
            frozenset(frozenset(p) for p in must or [] if p[0] != p[1]),
            frozenset(frozenset(p) for p in cannot or [] if p[0] != p[1]),
        )

    def forbids(self, a: str, b: str) -> bool:
        return frozenset((a, b)) in self.cannot


@dataclass(frozen=True)
class Merge:
    """Fusion's one decision: the events in `absorbed` join `into`, which keeps its id."""

    into: str
    absorbed: tuple[str, ...]
    score: float | None = None


@dataclass(frozen=True)
class Figure:
    """A quantity as several reports give it: lowest, best (the most conservative) and
    highest value, and how many reports state it."""

    low: float
    best: float
    high: float
    sources: int

    def as_dict(self) -> dict[str, float | int]:
        return {"low": self.low, "best": self.best, "high": self.high, "sources": self.sources}


@dataclass(frozen=True)
class Tombstone:
    """An event id that no longer exists, when it went and the event that took it over."""

    event_id: str
    successor: str | None
    reason: str
    deleted_at: dt.datetime


@dataclass(frozen=True)
class HistoryEntry:
    """One change to the events: a merge, an attachment of new records, or a split."""

    at: dt.datetime
    action: str
    event_id: str
    others: list[str] = field(default_factory=list)
    records: list[str] = field(default_factory=list)
    manual: bool = False
    note: str | None = None

"""What a situation report shows, gathered from the store for one selection of events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from hito.models import StoredEvent
from hito.store import Store
from hito.store import queries as q

WEEKLY_UP_TO_DAYS = 190  # longer periods are charted per month


@dataclass
class ReportData:
    query: q.EventQuery
    total: int
    events: list[StoredEvent]  # oldest first, at most the cap
    stats: dict[str, Any]
    figure_series: list[dict[str, Any]]
    points: list[tuple[float, float, str]]  # every matching located event
    counts: dict[str, int]
    interval: str
    first: dt.date | None
    last: dt.date | None
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


def _span(query: q.EventQuery, store: Store) -> tuple[dt.date | None, dt.date | None]:
    first, last = query.date_from, query.date_to
    if first is None or last is None:
        sql_where, params = q.where(query, dialect=store.dialect)
        rows = store.query(
            "SELECT min(nullif(f.day, '')) AS first, max(nullif(f.day, '')) AS last"
            " FROM event_facets AS f" + sql_where,
            params,
        )
        if first is None and rows[0]["first"]:
            first = dt.date.fromisoformat(rows[0]["first"])
        if last is None and rows[0]["last"]:
            last = dt.date.fromisoformat(rows[0]["last"])
    return first, last


def collect(store: Store, query: q.EventQuery, max_incidents: int = 500) -> ReportData:
    """Counts, sums, series and the incidents (oldest first, at most `max_incidents`)."""
    first, last = _span(query, store)
    days = (last - first).days if first and last else 0
    interval = "week" if days <= WEEKLY_UP_TO_DAYS else "month"
    events: list[StoredEvent] = []
    after = None
    order = q.Sort("date", descending=False)
    while len(events) < max_incidents:
        page = q.search(store, query, order, after, min(500, max_incidents - len(events)))
        events.extend(page.events)
        if page.after is None:
            break
        after = page.after
    return ReportData(
        query=query,
        total=q.count(store, query),
        events=events,
        stats=q.stats(store, query, interval, "event_type"),
        figure_series=q.figure_series(store, query, interval),
        points=[(x, y, t) for _, x, y, t, _ in q.points(store, query)],
        counts=q.selection_counts(store, query),
        interval=interval,
        first=first,
        last=last,
    )

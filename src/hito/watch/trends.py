"""Weekly trends of an area: counts by event type against the area's own 4-week and 52-week
averages, as in ACLED's change tables.

The latest week is the one holding `until` (to date, if `until` is mid-week). Its averages are
over the 4 and the 52 weeks before it, counting only weeks from the start of the database's
coverage (its earliest day- or week-dated event), and say how many weeks they cover. Counted
events: dated to the day or week, in the area, not hypothetical. `weekly_trends` is usable by
an API endpoint; `as_dict` is JSON-ready.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from hito.models import EventRecord
from hito.store import Store
from hito.store import watch_state as state
from hito.watch.area import Area
from hito.watch.rules import COUNTED_PRECISION
from hito.watch.surge import MONDAY, week_start

COUNTED_FACTUALITY = frozenset({"asserted", "reported", "hedged", "historical"})
TOTAL = "ALL"


@dataclass
class TrendRow:
    event_type: str
    counts: list[int]  # the shown weeks, oldest first; the last is the latest week
    avg4: float
    avg52: float

    @property
    def latest(self) -> int:
        return self.counts[-1]

    @property
    def change4(self) -> float | None:
        return percent_change(self.latest, self.avg4)

    @property
    def change52(self) -> float | None:
        return percent_change(self.latest, self.avg52)


@dataclass
class TrendTable:
    area: str
    weeks: list[dt.date]  # first days of the shown weeks, oldest first
    until: dt.date
    weeks4: int  # weeks the 4-week average covers (fewer when coverage is short)
    weeks52: int
    rows: list[TrendRow] = field(default_factory=list)

    @property
    def latest_week(self) -> dt.date:
        return self.weeks[-1]

    @property
    def partial(self) -> bool:
        """Whether the latest week is still running on `until`."""
        return self.until < self.latest_week + dt.timedelta(days=6)

    def as_dict(self) -> dict[str, Any]:
        return {
            "area": self.area,
            "until": self.until.isoformat(),
            "weeks": [w.isoformat() for w in self.weeks],
            "latest_week": self.latest_week.isoformat(),
            "latest_week_partial": self.partial,
            "weeks_in_4_week_average": self.weeks4,
            "weeks_in_52_week_average": self.weeks52,
            "rows": [
                {
                    "event_type": r.event_type,
                    "counts": r.counts,
                    "latest": r.latest,
                    "avg_4_weeks": round(r.avg4, 3),
                    "avg_52_weeks": round(r.avg52, 3),
                    "change_vs_4_weeks_pct": _round(r.change4),
                    "change_vs_52_weeks_pct": _round(r.change52),
                }
                for r in self.rows
            ],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def percent_change(count: int, average: float) -> float | None:
    """(count - average) / average in percent; None when the average is 0."""
    if average <= 0:
        return None
    return (count - average) / average * 100.0


def counted(record: EventRecord, area: Area, types: frozenset[str] | None) -> bool:
    return (
        record.date is not None
        and record.date_precision in COUNTED_PRECISION
        and record.factuality in COUNTED_FACTUALITY
        and (not types or record.event_type in types)
        and area.contains(record)
    )


def _mean(values: list[int]) -> float:
    return sum(values) / len(values) if values else 0.0


def weekly_trends(
    store: Store,
    area: Area,
    until: dt.date,
    weeks: int = 4,
    types: Iterable[str] | None = None,
    first_weekday: int = MONDAY,
) -> TrendTable:
    """Counts by type for the `weeks` weeks up to the one holding `until`, with the 4- and
    52-week averages of the weeks before it."""
    latest = week_start(until, first_weekday)
    span = max(weeks, 53)  # the latest week and the 52 before it, at least
    first = latest - dt.timedelta(weeks=span - 1)
    wanted = frozenset(t.upper() for t in types) if types else None
    records = state.dated_records(store, first, latest + dt.timedelta(days=6))
    coverage = state.first_event_date(store)
    covered_from = week_start(coverage, first_weekday) if coverage else latest
    by_type: dict[str, Counter[int]] = {}
    for _, record in records:
        if not counted(record, area, wanted) or record.date is None:
            continue
        index = (record.date - first).days // 7
        for key in (record.event_type, TOTAL):
            by_type.setdefault(key, Counter())[index] += 1
    # Index of the first covered week; the weeks before coverage are no evidence of calm.
    start = max(0, (covered_from - first).days // 7)
    last = span - 1
    window4 = [i for i in range(last - 4, last) if i >= start]
    window52 = [i for i in range(last - 52, last) if i >= start]
    shown = list(range(span - weeks, span))
    rows = []
    for key in [*sorted(k for k in by_type if k != TOTAL), TOTAL]:
        counts = by_type.get(key, Counter())
        rows.append(
            TrendRow(
                event_type=key,
                counts=[counts[i] for i in shown],
                avg4=_mean([counts[i] for i in window4]),
                avg52=_mean([counts[i] for i in window52]),
            )
        )
    totals = rows.pop()
    rows.sort(key=lambda r: (-r.latest, -r.avg52, r.event_type))
    rows.append(totals)
    return TrendTable(
        area=area.describe(),
        weeks=[first + dt.timedelta(weeks=i) for i in shown],
        until=until,
        weeks4=len(window4),
        weeks52=len(window52),
        rows=rows,
    )

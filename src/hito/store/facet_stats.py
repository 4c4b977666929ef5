"""/stats from the column index (hito.store.facet_index): the same answer as
`hito.store.queries.stats` gives in SQL, from arrays, in milliseconds over a million events
where SQL took seconds (every statistic reads every matching row)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from hito.models import QUANTITY_FIELDS

if TYPE_CHECKING:
    from hito.store.facet_index import BoolArray, IntArray, Snapshot, TextColumn


@dataclass(frozen=True)
class Group:
    """A `by` of /stats: each row's group code, the groups' text, and each code's rank in
    the order SQL gives the groups (code point order, or case-folded for a citext)."""

    codes: IntArray
    values: list[str]
    rank: IntArray

    @classmethod
    def of(cls, column: TextColumn, fold: Callable[[str], str] | None = None) -> Group:
        values = column.values.tolist()
        order = sorted(range(len(values)), key=lambda i: fold(values[i]) if fold else values[i])
        rank = np.empty(len(values), dtype=np.int64)
        rank[order] = np.arange(len(values))
        return cls(column.codes, values, rank)


@dataclass(frozen=True)
class Drugs:
    """Every seized drug of every event: its row, its (substance, unit) group, its amount
    (NaN when unknown) and whether the amount is a whole JSON number."""

    row: IntArray
    group: IntArray
    groups: list[tuple[str | None, str | None]]  # in SQL's ORDER BY substance, unit
    amount: npt.NDArray[np.float64]
    whole: BoolArray
    whole_sums: bool  # SQLite's sum of whole numbers is whole; PostgreSQL's is a float8

    @classmethod
    def of(cls, drugs: Sequence[str | None], postgres: bool) -> Drugs:
        rows, keys, amounts, whole = [], [], [], []
        for row, text in enumerate(drugs):
            if text is None:
                continue
            for item in json.loads(text):
                if not isinstance(item, dict):
                    continue
                amount = item.get("amount")
                rows.append(row)
                keys.append((_text(item.get("substance")), _text(item.get("unit"))))
                if isinstance(amount, int | float) and not isinstance(amount, bool):
                    amounts.append(float(amount))
                else:
                    amounts.append(np.nan)
                whole.append(isinstance(amount, int) and not isinstance(amount, bool))

        def order(key: tuple[str | None, str | None]) -> tuple[Any, ...]:
            # SQLite sorts NULL first, PostgreSQL last
            return tuple(((v is None) == postgres, v or "") for v in key)

        groups = sorted(set(keys), key=order)
        index = {key: i for i, key in enumerate(groups)}
        return cls(
            row=np.array(rows, dtype=np.int64),
            group=np.array([index[k] for k in keys], dtype=np.int64),
            groups=groups,
            amount=np.array(amounts, dtype=np.float64),
            whole=np.array(whole, dtype=bool),
            whole_sums=not postgres,
        )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value)


@dataclass(frozen=True)
class StatsColumns:
    week: TextColumn
    month_of_day: IntArray  # the month code of each day code
    months: list[str]
    groups: dict[str, Group]  # by: event_type, admin1, country
    drugs: Drugs
    exact: bool  # False when PostgreSQL would group two admin1 spellings as one


def columns(
    text: dict[str, TextColumn],
    week: TextColumn,
    drugs: Sequence[str | None],
    postgres: bool,
    fold: Callable[[str], str],
) -> StatsColumns:
    """What /stats needs beyond the filters' columns; `fold`: how PostgreSQL's citext
    compares admin1."""
    day = text["day"]
    month = day.mapped(lambda d: d[:7] + "-01")  # as substr(day, 1, 7) || '-01'
    admin1 = text["admin1"].filled()
    folded = [fold(v) for v in admin1.values.tolist()]
    return StatsColumns(
        week=week,
        month_of_day=_month_of_day(day, month),
        months=month.values.tolist(),
        groups={
            "event_type": Group.of(text["event_type"]),
            "admin1": Group.of(admin1, fold if postgres else None),
            "country": Group.of(text["country"].filled()),
        },
        drugs=Drugs.of(drugs, postgres),
        # citext groups spellings that differ only in case: then ask SQL
        exact=not postgres or len(set(folded)) == len(folded),
    )


def _month_of_day(day: TextColumn, month: TextColumn) -> IntArray:
    """For each day code, its month code (the day column has no NULL)."""
    out = np.zeros(len(day.values), dtype=np.int64)
    out[day.codes] = month.codes
    return out


def stats(snapshot: Snapshot, mask: BoolArray, interval: str, by: str) -> dict[str, Any] | None:
    """The answer of `hito.store.queries.stats` for the rows in `mask`; None where the
    snapshot cannot give it exactly."""
    extra = snapshot.stats_columns
    if not extra.exact:
        return None
    day = snapshot.text["day"]
    dated = day.codes > day.code_at_most("")
    if interval == "week":
        period_codes, periods = extra.week.codes, extra.week.values.tolist()
        known = extra.week.codes >= 0
    elif interval == "day":
        period_codes, periods, known = day.codes, day.values.tolist(), dated
    else:
        period_codes, periods, known = extra.month_of_day[day.codes], extra.months, dated
    group = extra.groups[by]
    rows = mask & known
    width = max(len(group.values), 1)
    combined = period_codes[rows].astype(np.int64) * width + group.rank[group.codes[rows]]
    keys, counts = np.unique(combined, return_counts=True)
    by_rank = np.argsort(group.rank)  # rank -> code
    series: dict[str, dict[str, int]] = {}
    for key, n in zip(keys.tolist(), counts.tolist(), strict=True):
        period = periods[key // width]
        series.setdefault(period, {})[group.values[by_rank[key % width]]] = n
    totals = int(np.count_nonzero(mask))
    sums = {}
    for name in QUANTITY_FIELDS:
        values = snapshot.figures[name][mask]
        values = values[~np.isnan(values)]
        sums[name] = int(values.sum()) if len(values) else 0
    return {
        "interval": interval,
        "by": by,
        "total": totals,
        "undated": int(np.count_nonzero(mask & ~dated)),
        "series": [{"period": p, "counts": c, "total": sum(c.values())} for p, c in series.items()],
        "by_type": _counts(extra.groups["event_type"], mask),
        "by_admin1": _counts(extra.groups["admin1"], mask),
        "sums": sums,
        "drugs_seized": _drugs(extra.drugs, mask),
    }


def _counts(group: Group, mask: BoolArray) -> dict[str, int]:
    """Matching rows per group, most first, then in the groups' order."""
    n = np.bincount(group.codes[mask], minlength=len(group.values))
    found = np.flatnonzero(n).tolist()
    found.sort(key=lambda i: (-int(n[i]), int(group.rank[i])))
    return {group.values[i]: int(n[i]) for i in found}


def _drugs(drugs: Drugs, mask: BoolArray) -> list[dict[str, Any]]:
    """Per (substance, unit): the amounts summed and the number of seizures, as
    `Dialect.drugs_sql` gives them."""
    if not len(drugs.row):
        return []
    chosen = mask[drugs.row]
    group, amount, whole = drugs.group[chosen], drugs.amount[chosen], drugs.whole[chosen]
    out = []
    for g in np.unique(group).tolist():
        mine = group == g
        known = ~np.isnan(amount[mine])
        total: float | int | None = None
        if known.any():
            total = float(amount[mine][known].sum())
            if drugs.whole_sums and bool(whole[mine][known].all()):
                total = int(total)
        substance, unit = drugs.groups[g]
        out.append(
            {"substance": substance, "unit": unit, "amount": total, "events": int(mine.sum())}
        )
    return out


CELL_BITS = 24  # as hito.store.queries


def clusters(snapshot: Snapshot, mask: BoolArray, cell: float) -> list[dict[str, Any]]:
    """The answer of `hito.store.queries.clusters` for the located rows in `mask`: per grid
    cell of `cell` degrees the events by type, their mean position and bounding box, and
    the id and date of a cell's only event; cells with most events first."""
    rows = np.flatnonzero(mask & ~np.isnan(snapshot.longitude) & ~np.isnan(snapshot.latitude))
    if not len(rows):
        return []
    lon, lat = snapshot.longitude[rows], snapshot.latitude[rows]
    # the SQL's CAST((x + offset) / cell AS INTEGER): the quotient is never negative
    key = np.floor((lon + 180) / cell).astype(np.int64) * (1 << CELL_BITS) + np.floor(
        (lat + 90) / cell
    ).astype(np.int64)
    # one sort gives the cells, each row's cell and the rows of each cell together
    order = np.argsort(key, kind="stable")
    ordered = key[order]
    starts = np.flatnonzero(np.concatenate([[True], ordered[1:] != ordered[:-1]]))
    cells = ordered[starts]
    which = np.empty(len(key), dtype=np.int64)
    which[order] = np.cumsum(np.concatenate([[True], ordered[1:] != ordered[:-1]])) - 1
    count = np.bincount(which)
    sum_x, sum_y = np.bincount(which, lon), np.bincount(which, lat)
    box = [
        np.minimum.reduceat(lon[order], starts), np.minimum.reduceat(lat[order], starts),
        np.maximum.reduceat(lon[order], starts), np.maximum.reduceat(lat[order], starts),
    ]  # fmt: skip
    types = snapshot.text["event_type"]
    kinds = len(types.values)
    by_type = np.bincount(which * kinds + types.codes[rows], minlength=len(cells) * kinds)
    names = types.values.tolist()
    day = snapshot.text["day"]
    out: list[dict[str, Any]] = []
    for c in range(len(cells)):
        n = int(count[c])
        first = int(rows[order[starts[c]]])
        only_day = str(day.values[day.codes[first]]) if n == 1 else ""
        out.append(
            {
                "count": n,
                "longitude": round(float(sum_x[c]) / n, 5),
                "latitude": round(float(sum_y[c]) / n, 5),
                "types": {
                    names[t]: int(by_type[c * kinds + t])
                    for t in range(kinds)
                    if by_type[c * kinds + t]
                },
                "bbox": [round(float(b[c]), 5) for b in box],
                "event_id": str(snapshot.event_id[first]) if n == 1 else None,
                "date": (only_day or None) if n == 1 else None,
            }
        )
    out.sort(key=lambda c: -int(c["count"]))
    return out

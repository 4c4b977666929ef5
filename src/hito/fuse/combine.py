"""One event record from the records several reports give of it, and the spread of its figures.

Never averages: each quantity keeps its lowest, best and highest value and the number of
reports that state it; the record carries the best, the most conservative figure (as ACLED and
UCDP do). A zero ("no arrests were made") is the low but does not override a positive figure
from another report as the best: it usually means "none at the time of writing".
The date comes from the most precise report, the place from the most precisely located one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from hito.fuse.keys import fold
from hito.fuse.models import Figure
from hito.models import PRECISION_RANK, QUANTITY_FIELDS, Actor, DrugSeizure, EventRecord

_FACTUALITY_RANK = {"asserted": 0, "reported": 1, "hedged": 2, "historical": 3, "hypothetical": 4}


def _best(values: list[float]) -> float:
    positive = [v for v in values if v > 0]
    return min(positive) if positive else min(values)


def _figure(values: list[float]) -> Figure:
    return Figure(low=min(values), best=_best(values), high=max(values), sources=len(values))


def _drug_key(d: DrugSeizure) -> str:
    return f"drugs_seized:{fold(d.substance)}:{d.unit or ''}"


def figures_of(records: Sequence[EventRecord]) -> dict[str, Figure]:
    """Every quantity any record states: low, best, high, number of records stating it.
    Drug amounts are keyed `drugs_seized:<substance>:<unit>`."""
    values: dict[str, list[float]] = {}
    for r in records:
        for name in QUANTITY_FIELDS:
            value = getattr(r, name)
            if value is not None:
                values.setdefault(name, []).append(float(value))
        for d in r.drugs_seized:
            if d.amount is not None:
                values.setdefault(_drug_key(d), []).append(float(d.amount))
    return {name: _figure(vs) for name, vs in values.items()}


def _most_common(values: list[str]) -> str:
    counts = Counter(values)
    return max(values, key=lambda v: (counts[v], -values.index(v)))


def _union_actors(groups: list[list[Actor]], exclude: set[str] | None = None) -> list[Actor]:
    seen = set(exclude or ())
    out = []
    for actors in groups:
        for a in actors:
            if fold(a.name) not in seen:
                seen.add(fold(a.name))
                out.append(a)
    return out


def _drugs(records: Sequence[EventRecord]) -> list[DrugSeizure]:
    by_key: dict[str, list[DrugSeizure]] = {}
    for r in records:
        for d in r.drugs_seized:
            by_key.setdefault(_drug_key(d), []).append(d)
    out = []
    for found in by_key.values():
        amounts = [float(d.amount) for d in found if d.amount is not None]
        amount = _best(amounts) if amounts else None
        out.append(DrugSeizure(substance=found[0].substance, amount=amount, unit=found[0].unit))
    # A substance stated without an amount is dropped when another report gives the amount.
    with_amount = {fold(d.substance) for d in out if d.amount is not None}
    return [d for d in out if d.amount is not None or fold(d.substance) not in with_amount]


def _consensus(
    records: Sequence[EventRecord], rank: Callable[[EventRecord], tuple[object, ...]], by: str
) -> EventRecord:
    """The record to take a field from: among the best ranked (most precise), the one whose
    value most of them share; ties go to the earliest record."""
    top = min(rank(r) for r in records)
    best = [r for r in records if rank(r) == top]
    value = _most_common([str(getattr(r, by)) for r in best])
    return next(r for r in best if str(getattr(r, by)) == value)


def combine(records: Sequence[EventRecord]) -> EventRecord:
    """The event's record: one record as it is; several as their most precise, most
    conservative reading (see the module docstring)."""
    if not records:
        raise ValueError("an event needs at least one record")
    if len(records) == 1:
        return records[0]
    event_type = _most_common([r.event_type for r in records])
    same_type = [r for r in records if r.event_type == event_type]
    modes = [r.mode for r in same_type if r.mode]
    dated = _consensus(
        records, lambda r: (PRECISION_RANK[r.date_precision], r.date is None), "date"
    )
    located = _consensus(
        records, lambda r: (r.geo_precision, r.latitude is None, r.place is None), "place"
    )
    actors = _union_actors([r.actors for r in records])
    targets = _union_actors([r.targets for r in records], {fold(a.name) for a in actors})
    quantities = {
        name: int(f.best) for name, f in figures_of(records).items() if name in QUANTITY_FIELDS
    }
    contexts = list(dict.fromkeys(c for r in records for c in r.contexts))
    evidence = list(dict.fromkeys(e for r in records for e in r.evidence))
    factuality = min((r.factuality for r in records), key=_FACTUALITY_RANK.__getitem__)
    return EventRecord(
        event_type=event_type,  # type: ignore[arg-type]
        mode=_most_common(modes) if modes else None,
        contexts=contexts,
        date=dated.date,
        date_precision=dated.date_precision,
        place=located.place,
        country=located.country or next((r.country for r in records if r.country), None),
        admin1=located.admin1 or next((r.admin1 for r in records if r.admin1), None),
        latitude=located.latitude,
        longitude=located.longitude,
        geo_precision=located.geo_precision,
        actors=actors,
        targets=targets,
        cross_border=any(r.cross_border for r in records),
        drugs_seized=_drugs(records),
        factuality=factuality,
        evidence=evidence,
        **quantities,
    )

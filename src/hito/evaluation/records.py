"""Score extracted records against gold records (../shared/spec/gold-format.md).

A prediction matches a gold record of the same event type whose place (country, admin1,
place) and date agree where both are known; each gold record matches at most one
prediction, and the pairing is the one that matches the most gold records. Event
precision, recall and F1 come from those matches; each field's accuracy is measured over
the matched pairs.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from hito.ingest import content_hash
from hito.models import EventRecord, Report

Extractor = Callable[[Report], list[EventRecord]]


@dataclass
class GoldReport:
    id: str
    text: str
    published: dt.date | None
    language: str | None
    types: list[str] | None
    events: list[dict[str, Any]]
    raw: str = ""  # the line as written, for tools that copy a corpus


def read_gold(path: Path) -> Iterator[GoldReport]:
    files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            published = row.get("published")
            yield GoldReport(
                id=str(row.get("id") or f"{f.name}:{n}"),
                text=row["text"],
                published=dt.date.fromisoformat(published[:10]) if published else None,
                language=row.get("language"),
                types=row.get("types"),
                events=row.get("events") or [],
                raw=line,
            )


def _norm(text: object) -> str:
    s = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return " ".join(s.lower().split())


def _agree(a: object, b: object) -> bool:
    return a is None or b is None or _norm(a) == _norm(b)


def _same_name(a: object, b: object) -> bool:
    """The same words, or one the short form of the other ("México" / "Estado de México")."""
    if a is None or b is None:
        return True
    ta, tb = set(_norm(a).split()), set(_norm(b).split())
    return ta <= tb or tb <= ta


def _same_place(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Two place names agree when they name the same place: the same words, one the short
    form of the other ("Juarez" / "Ciudad Juarez"), or points within 5 km of each other."""
    if _same_name(pred.get("place"), gold.get("place")):
        return True
    km = _km(pred, gold)
    return km is not None and km <= 5.0


def _matches(pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    if pred["event_type"] != gold["event_type"]:
        return False
    if not all(_agree(pred.get(k), gold.get(k)) for k in ("country", "date")):
        return False
    return _same_name(pred.get("admin1"), gold.get("admin1")) and _same_place(pred, gold)


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if None in (a.get("latitude"), a.get("longitude"), b.get("latitude"), b.get("longitude")):
        return None
    lat1, lon1, lat2, lon2 = map(
        math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"])
    )
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _actor_set(actors: Iterable[dict[str, Any]]) -> set[tuple[str, str | None]]:
    return {(a.get("sector") or "UNK", a.get("country")) for a in actors}


def _drug_set(drugs: Iterable[dict[str, Any]]) -> set[tuple[str, float | None]]:
    return {(_norm(d.get("substance")), d.get("amount")) for d in drugs}


FIELDS: dict[str, Callable[[dict[str, Any], dict[str, Any]], bool | None]] = {
    "mode": lambda p, g: p.get("mode") == g.get("mode"),
    "contexts": lambda p, g: set(p.get("contexts") or []) == set(g.get("contexts") or []),
    "date": lambda p, g: p.get("date") == g.get("date"),
    "date_precision": lambda p, g: p.get("date_precision") == g.get("date_precision"),
    "place": lambda p, g: _norm(p.get("place")) == _norm(g.get("place")),  # as written, strictly
    "country": lambda p, g: p.get("country") == g.get("country"),
    "admin1": lambda p, g: _norm(p.get("admin1")) == _norm(g.get("admin1")),
    "coordinates_5km": lambda p, g: (
        None if g.get("latitude") is None else (lambda d: d is not None and d <= 5.0)(_km(p, g))
    ),
    "geo_precision": lambda p, g: p.get("geo_precision") == g.get("geo_precision"),
    "actors": lambda p, g: _actor_set(p.get("actors") or []) == _actor_set(g.get("actors") or []),
    "targets": lambda p, g: (
        _actor_set(p.get("targets") or []) == _actor_set(g.get("targets") or [])
    ),
    "cross_border": lambda p, g: bool(p.get("cross_border")) == bool(g.get("cross_border")),
    "killed": lambda p, g: p.get("killed") == g.get("killed"),
    "injured": lambda p, g: p.get("injured") == g.get("injured"),
    "arrested": lambda p, g: p.get("arrested") == g.get("arrested"),
    "personnel": lambda p, g: p.get("personnel") == g.get("personnel"),
    "weapons_seized": lambda p, g: p.get("weapons_seized") == g.get("weapons_seized"),
    "drugs_seized": lambda p, g: (
        _drug_set(p.get("drugs_seized") or []) == _drug_set(g.get("drugs_seized") or [])
    ),
    "displaced": lambda p, g: p.get("displaced") == g.get("displaced"),
    "factuality": lambda p, g: p.get("factuality") == g.get("factuality"),
    "evidence": lambda p, g: bool(set(p.get("evidence") or []) & set(g.get("evidence") or [])),
}


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    field_hits: dict[str, int] = field(default_factory=dict)
    field_total: dict[str, int] = field(default_factory=dict)
    reports: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add_pair(self, pred: dict[str, Any], gold: dict[str, Any]) -> list[str]:
        """Count the pair's fields; returns the names of those it gets wrong."""
        wrong = []
        for name, check in FIELDS.items():
            ok = check(pred, gold)
            if ok is None:
                continue
            self.field_total[name] = self.field_total.get(name, 0) + 1
            self.field_hits[name] = self.field_hits.get(name, 0) + int(ok)
            if not ok:
                wrong.append(name)
        return wrong

    def scores(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "event_precision": round(p, 4),
            "event_recall": round(r, 4),
            "event_f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "field_accuracy": {
                k: round(self.field_hits[k] / self.field_total[k], 4)
                for k in FIELDS
                if self.field_total.get(k)
            },
        }


def match_pairs(preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pair predictions with gold events so that the most gold events are matched, each at
    most once; among pairings of that size, the one whose pairs agree on the most fields.

    A first-come pairing can hand a prediction to a gold event another prediction could
    not have taken, and count one event missed and one false that an optimal pairing
    matches both ways (the usual assignment of event scorers, e.g. ACE's)."""
    if not preds or not golds:
        return []
    per_match = len(FIELDS) * min(len(preds), len(golds)) + 1  # one match outweighs any fields
    weight = np.zeros((len(preds), len(golds)))
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if _matches(p, g):
                weight[i, j] = per_match + sum(bool(check(p, g)) for check in FIELDS.values())
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return [(int(i), int(j)) for i, j in zip(rows, cols, strict=True) if weight[i, j] > 0]


def score_report(gold: GoldReport, predicted: list[EventRecord], tally: Tally) -> None:
    preds = [r.schema_dict() for r in predicted]
    if gold.types is not None:
        preds = [p for p in preds if p["event_type"] in gold.types]
    pairs = match_pairs(preds, gold.events)
    paired_preds = {i for i, _ in pairs}
    gold_pred = {j: i for i, j in pairs}
    for j, g in enumerate(gold.events):
        if j not in gold_pred:
            tally.fn += 1
            tally.errors.append({"id": gold.id, "kind": "missed", "gold": g})
            continue
        tally.tp += 1
        wrong = tally.add_pair(preds[gold_pred[j]], g)
        if wrong:
            tally.errors.append(
                {
                    "id": gold.id,
                    "kind": "fields",
                    "wrong": wrong,
                    "predicted": preds[gold_pred[j]],
                    "gold": g,
                }
            )
    for i, p in enumerate(preds):
        if i not in paired_preds:
            tally.fp += 1
            tally.errors.append({"id": gold.id, "kind": "spurious", "predicted": p})
    tally.reports += 1


def evaluate_records(
    path: Path, extractor: Extractor
) -> tuple[int, dict[str, Any], list[dict[str, Any]]]:
    tally = Tally()
    for gold in read_gold(path):
        report = Report(
            text=gold.text,
            content_hash=content_hash(gold.text),
            published=gold.published,
            language=gold.language,
            source=gold.id,
        )
        score_report(gold, extractor(report), tally)
    return tally.reports, tally.scores(), tally.errors

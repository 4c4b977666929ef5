"""Score the geography stage on geoparsing corpora (`hito eval geo`).

Two XML formats are read, told apart by their tags:

- GeoWebNews (Gritta et al. 2019): `<article>` with `<text>` and `<toponym>` elements holding
  `<extractedName>`, `<type>`, `<start>`, `<end>` and, for places with a position,
  `<latitude>`, `<longitude>` and possibly `<geonamesID>`;
- LGL (Lieberman et al. 2010) and corpora in its format: `<article>` with `<text>` and
  `<toponym>` elements holding `<start>`, `<end>`, `<phrase>` and a `<gaztag geonameid=...>`
  with `<lat>` and `<lon>`.

The gold toponyms are the spans that carry coordinates. With `gold_spans=True` each of them is
resolved in its document (the protocol of Mordecai3's published table); otherwise hito finds
toponyms itself, detection is scored against the gold spans (a found span matches a gold span
it overlaps, each gold span at most once) and resolution is scored on the matched gold spans.

Resolution scores (Gritta et al. 2018): share of errors within 161 km (100 miles), median and
mean error in km, and the area under the curve of log(1 + error) sorted, normalised by
log(20039) (half the Earth's circumference): 0 is perfect, lower is better. A span hito cannot
place counts as 20039 km off.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hito.geo import distance_km, find_toponyms, resolve_spans

MAX_ERROR_KM = 20039.0
ACCURACY_KM = 161.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    start: int
    end: int
    text: str
    latitude: float
    longitude: float
    geonameid: int | None


@dataclass(frozen=True, slots=True)
class GeoDocument:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None  # type: ignore[arg-type]
    except ValueError:
        return None


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text else None
    except ValueError:
        return None


def _gold(el: ET.Element, text: str) -> GoldToponym | None:
    start, end = _int(el.findtext("start")), _int(el.findtext("end"))
    if start is None or end is None:
        return None
    gaz = el.find("gaztag")
    if gaz is not None:  # LGL
        lat, lon = _float(gaz.findtext("lat")), _float(gaz.findtext("lon"))
        gid = _int(gaz.get("geonameid"))
    else:  # GeoWebNews
        lat, lon = _float(el.findtext("latitude")), _float(el.findtext("longitude"))
        gid = _int(el.findtext("geonamesID"))
    if lat is None or lon is None:
        return None
    return GoldToponym(start, end, text[start:end], lat, lon, gid)


def read_corpus(path: Path) -> Iterator[GeoDocument]:
    """Articles of a GeoWebNews- or LGL-format XML file, with their gold toponyms."""
    root = ET.parse(path).getroot()
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        doc_id = art.get("docid") or art.get("file") or str(n)
        golds = [_gold(t, text) for t in art.iter("toponym")]
        kept = sorted((g for g in golds if g is not None), key=lambda g: (g.start, g.end))
        yield GeoDocument(doc_id, text, tuple(kept))


def resolution_scores(errors: list[float], exact: list[bool]) -> dict[str, float]:
    """acc_161km, median_km, mean_km, auc (Gritta et al.) and exact_geonames."""
    if not errors:
        return {"acc_161km": 0.0, "median_km": 0.0, "mean_km": 0.0, "auc": 0.0}
    logs = sorted(math.log(1 + e) for e in errors)
    if len(logs) > 1:
        area = sum((a + b) / 2 for a, b in zip(logs, logs[1:], strict=False))
        auc = area / (math.log(MAX_ERROR_KM) * (len(logs) - 1))
    else:
        auc = logs[0] / math.log(MAX_ERROR_KM)
    return {
        "acc_161km": round(sum(e <= ACCURACY_KM for e in errors) / len(errors), 4),
        "median_km": round(statistics.median(errors), 1),
        "mean_km": round(statistics.fmean(errors), 1),
        "auc": round(auc, 4),
        "exact_geonames": round(sum(exact) / len(exact), 4) if exact else 0.0,
    }


def _error(gold: GoldToponym, lat: float | None, lon: float | None) -> float:
    if lat is None or lon is None:
        return MAX_ERROR_KM
    return distance_km(gold.latitude, gold.longitude, lat, lon)


def evaluate_geo(path: Path, gold_spans: bool = False) -> tuple[int, dict[str, float]]:
    """Score one corpus file; returns (number of gold toponyms, scores)."""
    errors: list[float] = []
    exact: list[bool] = []
    n_gold = n_found = n_matched = 0
    for doc in read_corpus(path):
        n_gold += len(doc.toponyms)
        if gold_spans:
            pairs = list(
                zip(
                    doc.toponyms,
                    resolve_spans(doc.text, [(g.start, g.end) for g in doc.toponyms]),
                    strict=True,
                )
            )
        else:
            found = find_toponyms(doc.text, "en")
            places = resolve_spans(doc.text, [(t.start, t.end) for t in found], found)
            n_found += len(found)
            pairs = []
            used: set[int] = set()
            for t, p in zip(found, places, strict=True):
                g = next(
                    (
                        i
                        for i, g in enumerate(doc.toponyms)
                        if i not in used and g.start < t.end and t.start < g.end
                    ),
                    None,
                )
                if g is not None:
                    used.add(g)
                    pairs.append((doc.toponyms[g], p))
            n_matched += len(used)
        for gold, place in pairs:
            if place is None:
                errors.append(MAX_ERROR_KM)
            else:
                errors.append(_error(gold, place.latitude, place.longitude))
            if gold.geonameid is not None:
                exact.append(place is not None and place.geonameid == gold.geonameid)
    scores: dict[str, Any] = resolution_scores(errors, exact)
    if not gold_spans:
        p = n_matched / n_found if n_found else 0.0
        r = n_matched / n_gold if n_gold else 0.0
        scores["toponym_precision"] = round(p, 4)
        scores["toponym_recall"] = round(r, 4)
        scores["toponym_f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    return n_gold, scores

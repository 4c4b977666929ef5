"""Which country a point is in, how far it is from that country's nearest land border, and the
country across it: anywhere in the world.

Polygons: OpenStreetMap (100 m simplification) for Mexico, Guatemala, Belize, El Salvador and
Honduras, and their shared borders; Natural Earth 1:10m (simplified to a few km) for every other
country and every other land border (Mexico–United States, Honduras–Nicaragua, ...).

Near a line the polygons are only so exact (Natural Earth puts Ciudad Hidalgo, Mexico, 1 km
inside Guatemala): within BORDER_TRUST_KM of the line the gazetteer's country decides, which
`border_info(lat, lon, country=...)` applies when it is given.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

import shapely
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points

from hito.geo.places import BorderInfo
from hito.geo.resolve import distance_km

DATA_FILE = "borders.json.gz"
BORDER_TRUST_KM = 2.0
# A point just off the coast (a port, a pier, a small island the simplified outline misses)
# still belongs to the nearest country.
COAST_SNAP_KM = 5.0
# Degrees searched around a point for coast snapping (about 20 km).
_SNAP_DEG = 0.2


@dataclass(frozen=True)
class _Borders:
    codes: list[str]  # region first: its OpenStreetMap polygons win where sources overlap
    polygons: list[BaseGeometry]
    tree: shapely.STRtree
    lines: dict[str, list[tuple[str, BaseGeometry]]]  # country -> [(neighbour, line)]


@cache
def _load() -> _Borders:
    raw = (resources.files("hito") / "data" / DATA_FILE).read_bytes()
    data = json.loads(gzip.decompress(raw))
    codes: list[str] = []
    polygons: list[BaseGeometry] = []
    for part in ("region", "world"):
        for code, wkt in data[part].items():
            geom = shapely.from_wkt(wkt)
            shapely.prepare(geom)
            codes.append(code)
            polygons.append(geom)
    lines: dict[str, list[tuple[str, BaseGeometry]]] = {}
    for key, wkt in data["borders"].items():
        a, b = key.split("-")
        line = shapely.from_wkt(wkt)
        lines.setdefault(a, []).append((b, line))
        lines.setdefault(b, []).append((a, line))
    return _Borders(codes, polygons, shapely.STRtree(polygons), lines)


def _geo_distance(point: shapely.Point, geom: BaseGeometry) -> float:
    # Nearest point in degrees, then its true distance: good to metres at these scales.
    _, q = nearest_points(point, geom)
    return distance_km(point.y, point.x, q.y, q.x)


def _containing(data: _Borders, point: shapely.Point) -> str | None:
    hits = sorted(int(i) for i in data.tree.query(point, predicate="intersects"))
    if hits:
        return data.codes[hits[0]]
    near = data.tree.query(point.buffer(_SNAP_DEG))
    best: tuple[float, str] | None = None
    for i in near:
        d = _geo_distance(point, data.polygons[int(i)])
        if d <= COAST_SNAP_KM and (best is None or d < best[0]):
            best = (d, data.codes[int(i)])
    return best[1] if best else None


def _nearest_line(data: _Borders, point: shapely.Point, country: str) -> tuple[float, str] | None:
    best: tuple[float, str] | None = None
    for neighbour, line in data.lines.get(country, ()):
        d = _geo_distance(point, line)
        if best is None or d < best[0]:
            best = (d, neighbour)
    return best


def border_info(lat: float, lon: float, country: str | None = None) -> BorderInfo:
    """Country containing (lat, lon), distance in km to its nearest land border, and the country
    across that border; None where the point is at sea or the country has no land border.

    `country` is what the gazetteer says the place belongs to: when the point lies within
    BORDER_TRUST_KM of the line between that country and the polygon's, the gazetteer is
    believed over the polygon (the neighbour is then the polygon's country).
    """
    data = _load()
    point = shapely.Point(lon, lat)
    found = _containing(data, point)
    if found is None:
        return BorderInfo(None, None, None)
    if country and country != found:
        line = next((ln for nb, ln in data.lines.get(found, ()) if nb == country), None)
        if line is not None:
            d = _geo_distance(point, line)
            if d <= BORDER_TRUST_KM:
                return BorderInfo(country, round(d, 3), found)
    best = _nearest_line(data, point, found)
    if best is None:
        return BorderInfo(found, None, None)
    return BorderInfo(found, round(best[0], 3), best[1])

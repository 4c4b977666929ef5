"""Which country a point is in and how far it is from the border (MX, GT, BZ, SV, HN only).

Near a border the polygons (OpenStreetMap, 100 m simplification) are only so exact: callers
should let the gazetteer's country decide for points within BORDER_TRUST_KM of the line.
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
# A point just off the coast (a port, a pier) still belongs to the nearest country.
COAST_SNAP_KM = 2.0


@dataclass(frozen=True)
class _Borders:
    countries: dict[str, BaseGeometry]
    lines: dict[tuple[str, str], BaseGeometry]


@cache
def _load() -> _Borders:
    raw = (resources.files("hito") / "data" / DATA_FILE).read_bytes()
    data = json.loads(gzip.decompress(raw))
    countries = {k: shapely.from_wkb(v) for k, v in data["countries"].items()}
    for geom in countries.values():
        shapely.prepare(geom)
    lines = {}
    for key, v in data["borders"].items():
        a, b = key.split("-")
        lines[(a, b)] = shapely.from_wkb(v)
    return _Borders(countries, lines)


def _geo_distance(point: shapely.Point, geom: BaseGeometry) -> float:
    # Nearest point in degrees, then its true distance: good to metres at these latitudes.
    _, q = nearest_points(point, geom)
    return distance_km(point.y, point.x, q.y, q.x)


def border_info(lat: float, lon: float) -> BorderInfo:
    """Country containing (lat, lon), distance in km to its nearest covered land border, and
    the country across that border. All None outside MX, GT, BZ, SV and HN.

    Only borders among those five are covered: a point in northern Mexico gets its distance to
    the Guatemala/Belize line, not to the United States; Honduras–Nicaragua is not covered.
    """
    data = _load()
    point = shapely.Point(lon, lat)
    country = next((c for c, g in data.countries.items() if g.contains(point)), None)
    if country is None:
        near = [(_geo_distance(point, g), c) for c, g in data.countries.items()]
        dist, c = min(near)
        if dist > COAST_SNAP_KM:
            return BorderInfo(None, None, None)
        country = c
    best: tuple[float, str] | None = None
    for (a, b), line in data.lines.items():
        if country not in (a, b):
            continue
        d = _geo_distance(point, line)
        if best is None or d < best[0]:
            best = (d, b if a == country else a)
    if best is None:
        return BorderInfo(country, None, None)
    return BorderInfo(country, round(best[0], 3), best[1])

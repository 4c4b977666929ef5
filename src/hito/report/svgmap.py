"""A static map in SVG: country outlines (Natural Earth, from the dashboard's files) and the
events as points coloured by type. No tiles, nothing fetched."""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from hito.report.labels import TYPE_COLORS, country_name

GEO = Path(__file__).resolve().parent.parent / "web" / "static" / "geo"
OUTLINES = GEO / "countries.geojson"
ADMIN1_LINES = GEO / "admin1-lines.geojson"
REGION_VIEW = (-94.5, 13.5, -88.0, 19.0)  # when nothing else says where to look
KM_PER_DEGREE = 111.32


@functools.lru_cache(maxsize=1)
def _countries() -> list[tuple[dict[str, Any], BaseGeometry]]:
    geo = json.loads(OUTLINES.read_text(encoding="utf-8"))
    return [(f["properties"], shape(f["geometry"])) for f in geo["features"] if f.get("geometry")]


@functools.lru_cache(maxsize=1)
def _admin1_lines() -> list[BaseGeometry]:
    if not ADMIN1_LINES.exists():
        return []
    geo = json.loads(ADMIN1_LINES.read_text(encoding="utf-8"))
    return [shape(f["geometry"]) for f in geo["features"] if f.get("geometry")]


def _line_path(geom: BaseGeometry, project: _Projection) -> str:
    parts = []
    for line in getattr(geom, "geoms", [geom]):
        if line.geom_type != "LineString" or len(line.coords) < 2:
            continue
        coords = [project(x, y) for x, y in line.coords]
        parts.append("M" + " L".join(f"{x:.1f} {y:.1f}" for x, y in coords))
    return " ".join(parts)


def country_bounds(code: str) -> tuple[float, float, float, float] | None:
    for props, geom in _countries():
        if props.get("iso_a2") == code.upper():
            minx, miny, maxx, maxy = geom.bounds
            return minx, miny, maxx, maxy
    return None


def _view(
    points: Sequence[tuple[float, float]], country: str | None
) -> tuple[float, float, float, float]:
    if points:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        minx, maxx, miny, maxy = min(xs), max(xs), min(ys), max(ys)
        padx = max(0.25, (maxx - minx) * 0.15)
        pady = max(0.25, (maxy - miny) * 0.15)
        return minx - padx, miny - pady, maxx + padx, maxy + pady
    bounds = country_bounds(country) if country else None
    return bounds or REGION_VIEW


class _Projection:
    """Equirectangular, scaled by the cosine of the middle latitude, fitted to `width`."""

    def __init__(self, view: tuple[float, float, float, float], width: float, height: float):
        minx, miny, maxx, maxy = view
        self.k = math.cos(math.radians((miny + maxy) / 2))
        # grow the view along one axis so that it has the frame's aspect ratio
        w_deg, h_deg = (maxx - minx) * self.k, maxy - miny
        if w_deg / h_deg > width / height:
            extra = (w_deg * height / width - h_deg) / 2
            miny, maxy = miny - extra, maxy + extra
        else:
            extra = (h_deg * width / height - w_deg) / 2 / self.k
            minx, maxx = minx - extra, maxx + extra
        self.view = (minx, miny, maxx, maxy)
        self.scale = width / ((maxx - minx) * self.k)
        self.width, self.height = width, height

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        minx, _, _, maxy = self.view
        return (lon - minx) * self.k * self.scale, (maxy - lat) * self.scale


def _path(geom: BaseGeometry, project: _Projection) -> str:
    parts = []
    polygons = getattr(geom, "geoms", [geom])
    for poly in polygons:
        if poly.geom_type != "Polygon":
            continue
        for ring in [poly.exterior, *poly.interiors]:
            coords = [project(x, y) for x, y in ring.coords]
            if len(coords) < 3:
                continue
            parts.append("M" + " L".join(f"{x:.1f} {y:.1f}" for x, y in coords) + " Z")
    return " ".join(parts)


def _scale_bar(project: _Projection) -> tuple[float, int]:
    """(length in px, km) of a round-numbered bar about a fifth of the map wide."""
    km_per_px = KM_PER_DEGREE / project.scale
    target = project.width / 5 * km_per_px
    nice = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000]
    km = max((n for n in nice if n <= target), default=1)
    return km / km_per_px, km


def event_map(
    located: Sequence[tuple[float, float, str]],
    country: str | None = None,
    lang: str = "en",
    width: int = 760,
    height: int = 520,
) -> str:
    """The map of `located` events, (longitude, latitude, event type), as an `<svg>` element
    (a string, safe to embed in HTML)."""
    project = _Projection(_view([(x, y) for x, y, _ in located], country), width, height)
    minx, miny, maxx, maxy = project.view
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 {width} {height}"'
        f' width="{width}" height="{height}" role="img">',
        f'<rect width="{width}" height="{height}" fill="#cfe3f2"/>',
    ]
    labels = []
    for props, geom in _countries():
        gx0, gy0, gx1, gy1 = geom.bounds
        if gx1 < minx or gx0 > maxx or gy1 < miny or gy0 > maxy:
            continue
        clipped = geom.intersection(_box(project.view))
        if clipped.is_empty:
            continue
        focus = country is not None and props.get("iso_a2") == country.upper()
        fill = "#fbf8ef" if focus else ("#f1efe8" if props.get("region") else "#e7e5de")
        stroke = "#5b6470" if props.get("region") else "#9aa1ab"
        out.append(
            f'<path d="{_path(clipped, project)}" fill="{fill}" stroke="{stroke}"'
            ' stroke-width="0.8" stroke-linejoin="round"/>'
        )
        if props.get("region") and clipped.area > 0.02 * (maxx - minx) * (maxy - miny):
            px, py = project(*clipped.representative_point().coords[0])
            name = country_name(lang, props.get("iso_a2")) or str(props.get("name", ""))
            labels.append(
                f'<text x="{px:.1f}" y="{py:.1f}" class="country-label"'
                f' text-anchor="middle">{escape(name.upper())}</text>'
            )
    view = _box(project.view)
    for lines in _admin1_lines():
        clipped = lines.intersection(view)
        if not clipped.is_empty and (d := _line_path(clipped, project)):
            out.append(
                f'<path class="admin1" d="{d}" fill="none" stroke="#8a919b"'
                ' stroke-width="0.7" stroke-dasharray="3 3"/>'
            )
    out.extend(labels)
    for x, y, event_type in located:
        px, py = project(x, y)
        color = TYPE_COLORS.get(event_type, "#333333")
        out.append(
            f'<circle cx="{px:.1f}" cy="{py:.1f}" r="4.5" fill="{color}" fill-opacity="0.85"'
            ' stroke="#ffffff" stroke-width="0.8"/>'
        )
    out.append(_legend(Counter(t for _, _, t in located), width))
    bar_px, km = _scale_bar(project)
    out.append(
        f'<g transform="translate(14 {height - 18})"><rect width="{bar_px:.1f}" height="4"'
        f' fill="#1d2430"/><text x="0" y="-4" class="small">{km} km</text></g>'
    )
    out.append("</svg>")
    return "\n".join(out)


def _box(view: tuple[float, float, float, float]) -> BaseGeometry:
    from shapely.geometry import box

    return box(*view)


def _legend(counts: Counter[str], width: int) -> str:
    if not counts:
        return ""
    rows = [t for t in TYPE_COLORS if counts.get(t)]
    h = 16 * len(rows) + 8
    x = width - 170
    parts = [
        f'<g transform="translate({x} 10)"><rect width="160" height="{h}" rx="3"'
        ' fill="#ffffff" fill-opacity="0.9" stroke="#c9ced6"/>'
    ]
    for i, t in enumerate(rows):
        y = 14 + 16 * i
        parts.append(
            f'<circle cx="12" cy="{y - 4}" r="4.5" fill={quoteattr(TYPE_COLORS[t])}/>'
            f'<text x="22" y="{y}" class="small">{escape(t)} ({counts[t]})</text>'
        )
    parts.append("</g>")
    return "".join(parts)

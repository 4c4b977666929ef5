"""The web-map view (zoom and centre) that shows a bounding box in a frame of some pixels,
computed the way Leaflet's fitBounds does (Web Mercator, 256-pixel tiles)."""

from __future__ import annotations

import math

TILE = 256.0
MAX_LAT = 85.0511287798


def _merc_y(lat: float) -> float:
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def _lat(merc_y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(merc_y)) - math.pi / 2)


def fit_view(
    box: tuple[float, float, float, float],
    width: int,
    height: int,
    padding: int = 40,
    max_zoom: float = 12.0,
    snap: float = 0.5,
) -> tuple[float, tuple[float, float]]:
    """(zoom, (lat, lon) of the centre) showing `box` (minlon, minlat, maxlon, maxlat)."""
    minlon, minlat, maxlon, maxlat = box
    y0, y1 = _merc_y(minlat), _merc_y(maxlat)
    centre = (_lat((y0 + y1) / 2), (minlon + maxlon) / 2)
    w, h = max(1, width - 2 * padding), max(1, height - 2 * padding)
    span_x = (maxlon - minlon) / 360.0 * TILE
    span_y = (y1 - y0) / (2 * math.pi) * TILE
    zooms = [math.log2(w / span_x)] if span_x > 1e-9 else []
    if span_y > 1e-9:
        zooms.append(math.log2(h / span_y))
    zoom = min(zooms) if zooms else max_zoom
    zoom = math.floor(zoom / snap) * snap
    return max(0.0, min(max_zoom, zoom)), centre

"""Named areas: a country, a state/department, a bounding box, or a radius around a place.

A place radius ("La Mesilla" within 20 km) is centred on the gazetteer's best reading of the
name, a curated border crossing first. Point areas (box, radius) only hold events located to
the town or near a known place (geo_precision 1 or 2): a state or country centroid says
nothing about where in it the incident was.
"""

from __future__ import annotations

from dataclasses import dataclass

from hito.geo import distance_km, lookup
from hito.geo.normalize import norm
from hito.models import EventRecord
from hito.watch.durations import ConfigError

POINT_PRECISION = 2
DEFAULT_RADIUS_KM = 20.0


@dataclass(frozen=True)
class Area:
    """Where a watch looks. Empty (all None) means everywhere; set fields must all hold."""

    country: str | None = None
    admin1: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    near: str | None = None
    center: tuple[float, float] | None = None  # latitude, longitude
    within_km: float | None = None

    def contains(self, record: EventRecord) -> bool:
        if self.country and (record.country or "").upper() != self.country:
            return False
        if self.admin1 and norm(record.admin1 or "") != norm(self.admin1):
            return False
        if self.bbox is None and self.center is None:
            return True
        lat, lon = record.latitude, record.longitude
        if lat is None or lon is None or record.geo_precision > POINT_PRECISION:
            return False
        if self.bbox is not None:
            west, south, east, north = self.bbox
            if not (south <= lat <= north and west <= lon <= east):
                return False
        if self.center is not None and self.within_km is not None:
            return distance_km(self.center[0], self.center[1], lat, lon) <= self.within_km
        return True

    def describe(self) -> str:
        parts = []
        if self.center is not None:
            label = self.near or f"{self.center[0]:.4f},{self.center[1]:.4f}"
            parts.append(f"within {self.within_km:g} km of {label}")
        if self.bbox is not None:
            parts.append("box " + ",".join(f"{v:g}" for v in self.bbox))
        if self.admin1:
            parts.append(self.admin1)
        if self.country:
            parts.append(self.country)
        return ", ".join(parts) or "everywhere"


def place_center(name: str) -> tuple[float, float]:
    """Coordinates of a named place: a border crossing of that name first, else the best town."""
    candidates = lookup(name)
    if not candidates:
        raise ConfigError(f"place {name!r} is not in the gazetteer")
    crossings = [p for p in candidates if p.kind == "crossing"]
    towns = [p for p in candidates if p.kind == "populated"]
    best = (crossings or towns or candidates)[0]
    return best.latitude, best.longitude


def _float_list(value: object, n: int, where: str) -> tuple[float, ...]:
    if (
        not isinstance(value, list)
        or len(value) != n
        or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    ):
        raise ConfigError(f"{where}: expected a list of {n} numbers")
    return tuple(float(v) for v in value)


def area_from_table(table: dict[str, object], where: str) -> Area:
    """The area keys of a [[watch]] table: country, admin1, bbox, near/center + within_km."""
    country = table.get("country")
    admin1 = table.get("admin1")
    for key, value in (("country", country), ("admin1", admin1)):
        if value is not None and not isinstance(value, str):
            raise ConfigError(f"{where}.{key}: expected a string")
    bbox = None
    if "bbox" in table:
        west, south, east, north = _float_list(table["bbox"], 4, f"{where}.bbox")
        if west > east or south > north:
            raise ConfigError(f"{where}.bbox: expected [west, south, east, north]")
        bbox = (west, south, east, north)
    near = table.get("near")
    if near is not None and not isinstance(near, str):
        raise ConfigError(f"{where}.near: expected a place name")
    center = None
    if "center" in table:
        lat, lon = _float_list(table["center"], 2, f"{where}.center")
        center = (lat, lon)
    elif near:
        center = place_center(near)
    within = table.get("within_km")
    if within is not None and (
        not isinstance(within, int | float) or isinstance(within, bool) or within <= 0
    ):
        raise ConfigError(f"{where}.within_km: expected a positive number")
    if within is not None and center is None:
        raise ConfigError(f"{where}.within_km needs near (a place name) or center")
    return Area(
        country=country.upper() if isinstance(country, str) else None,
        admin1=admin1 if isinstance(admin1, str) else None,
        bbox=bbox,
        near=near if isinstance(near, str) else None,
        center=center,
        within_km=float(within) if within is not None else DEFAULT_RADIUS_KM if center else None,
    )


def parse_area_spec(spec: str) -> Area:
    """The command line's --area: "GT", "MX/Chiapas", "bbox:W,S,E,N", "near:La Mesilla:20"."""
    text = spec.strip()
    if text.lower().startswith("bbox:"):
        try:
            values = [float(v) for v in text[5:].split(",")]
        except ValueError as exc:
            raise ConfigError(f"--area {spec!r}: bbox needs four numbers") from exc
        return area_from_table({"bbox": values}, "--area")
    if text.lower().startswith("near:"):
        name, _, radius = text[5:].rpartition(":")
        if not name:
            name, radius = radius, ""
        try:
            km = float(radius) if radius else DEFAULT_RADIUS_KM
        except ValueError:
            name, km = f"{name}:{radius}", DEFAULT_RADIUS_KM
        return area_from_table({"near": name, "within_km": km}, "--area")
    country, _, admin1 = text.partition("/")
    if len(country) != 2 or not country.isalpha():
        raise ConfigError(
            f"--area {spec!r}: expected GT, MX/Chiapas, bbox:W,S,E,N, near:PLACE:KM or a watch name"
        )
    return Area(country=country.upper(), admin1=admin1.strip() or None)

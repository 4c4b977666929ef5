"""Country polygons and distance to the international border."""

from __future__ import annotations

from hito.geo import border_info


def test_la_mesilla_is_on_the_guatemalan_side_near_the_line() -> None:
    info = border_info(15.6167, -91.9833)
    assert info.country == "GT"
    assert info.neighbour == "MX"
    assert info.distance_km is not None and info.distance_km < 2.5


def test_ciudad_hidalgo_is_mexican_and_close_to_guatemala() -> None:
    info = border_info(14.68018, -92.15195)
    assert (info.country, info.neighbour) == ("MX", "GT")
    assert info.distance_km is not None and info.distance_km < 2


def test_inland_points_are_far_from_the_line() -> None:
    info = border_info(14.6349, -90.5069)  # Guatemala City
    assert info.country == "GT"
    assert info.distance_km is not None and info.distance_km > 50


def test_belize_city_neighbour() -> None:
    info = border_info(17.4995, -88.1976)
    assert info.country == "BZ"
    assert info.neighbour in ("MX", "GT")


def test_outside_the_region_is_unknown() -> None:
    info = border_info(48.8566, 2.3522)  # Paris
    assert (info.country, info.distance_km, info.neighbour) == (None, None, None)

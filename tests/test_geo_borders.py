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


def test_the_whole_world_is_covered() -> None:
    info = border_info(48.8566, 2.3522)  # Paris
    assert info.country == "FR" and info.neighbour in ("BE", "LU", "DE", "CH")
    assert info.distance_km is not None and 150 < info.distance_km < 300
    assert border_info(-33.87, 151.21).country == "AU"  # Sydney
    assert border_info(35.68, 139.69).country == "JP"  # Tokyo


def test_mexico_us_border_is_covered() -> None:
    info = border_info(31.69, -106.42)  # Ciudad Juárez, across from El Paso
    assert (info.country, info.neighbour) == ("MX", "US")
    assert info.distance_km is not None and info.distance_km < 10
    info = border_info(31.80, -106.42)  # El Paso, 6 km from the river
    assert (info.country, info.neighbour) == ("US", "MX")


def test_honduras_nicaragua_border_is_covered() -> None:
    info = border_info(13.30, -86.62)  # Somoto, Nicaragua, near Honduras
    assert info.country == "NI" and info.neighbour == "HN"


def test_gazetteer_country_decides_near_the_line() -> None:
    # Tecún Umán is 0.7 km from the Suchiate: a caller whose gazetteer says otherwise is believed.
    assert border_info(14.67737, -92.14039).country == "GT"
    info = border_info(14.67737, -92.14039, country="MX")
    assert (info.country, info.neighbour) == ("MX", "GT")
    assert info.distance_km is not None and info.distance_km < 2
    # Far from the line the polygon wins whatever the caller says.
    assert border_info(14.6349, -90.5069, country="MX").country == "GT"


def test_open_sea_is_unknown() -> None:
    info = border_info(0.0, -140.0)  # the Pacific
    assert (info.country, info.distance_km, info.neighbour) == (None, None, None)


def test_island_country_has_no_land_border() -> None:
    info = border_info(18.01, -76.80)  # Kingston, Jamaica
    assert info.country == "JM" and info.distance_km is None and info.neighbour is None

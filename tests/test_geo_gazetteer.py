"""Gazetteer lookup, country names and demonyms."""

from __future__ import annotations

import time

import pytest

from hito.geo import (
    Place,
    country_code,
    country_demonyms,
    country_name,
    demonym_country,
    distance_km,
    lookup,
)


def test_la_mesilla_guatemala_is_in_the_gazetteer() -> None:
    gt = [p for p in lookup("La Mesilla") if p.country == "GT"]
    assert gt, "La Mesilla (Huehuetenango) comes from the postal dump / curated list"
    p = gt[0]
    assert p.admin1 == "Huehuetenango"
    assert p.kind == "crossing"
    assert distance_km(p.latitude, p.longitude, 15.6167, -91.9833) < 5


def test_lookup_is_case_and_accent_insensitive() -> None:
    a = lookup("Tecún Umán")
    assert a and a == lookup("TECUN UMAN") == lookup("tecun-uman")
    assert a[0].country == "GT" and a[0].admin1 == "San Marcos"


def test_alternate_names_are_indexed() -> None:
    assert lookup("Frontera Comalapa")[0].country == "MX"
    assert lookup("Comitán de Domínguez")[0].name == "Comitán"


def test_country_names_rank_the_country_first() -> None:
    for name, iso in (("Guatemala", "GT"), ("México", "MX"), ("Mexico", "MX"), ("Belice", "BZ")):
        top = lookup(name)[0]
        assert (top.kind, top.country) == ("country", iso)


def test_admin1_names_carry_accents() -> None:
    for name, expected in (
        ("Peten", "Petén"),
        ("Nuevo Leon", "Nuevo León"),
        ("Michoacan", "Michoacán"),
    ):
        top = lookup(name)[0]
        assert top.kind == "admin1" and top.admin1 == expected


def test_towns_carry_admin1_in_the_region() -> None:
    assert lookup("Ciudad Hidalgo")[0].admin1 == "Chiapas"
    assert lookup("Tegucigalpa")[0].admin1 == "Francisco Morazán"
    assert lookup("San Salvador")[0].country == "SV"
    assert lookup("Belmopan")[0].admin1 == "Cayo"
    assert lookup("El Paso")[0].admin1 == "Texas"


def test_unknown_name_gives_nothing() -> None:
    assert lookup("Xqzzyville") == []


def test_places_are_frozen() -> None:
    p = lookup("Tapachula")[0]
    assert isinstance(p, Place)
    with pytest.raises(AttributeError):
        p.name = "x"  # type: ignore[misc]


def test_lookup_is_fast_after_loading() -> None:
    lookup("Tapachula")
    names = ["La Mesilla", "Guatemala", "Santa Ana", "Chiapas", "Nowhere Special"]
    n = 20_000
    t0 = time.perf_counter()
    for i in range(n):
        lookup(names[i % len(names)])
    per_call_us = (time.perf_counter() - t0) / n * 1e6
    assert per_call_us < 50


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("Guatemala", "GT"),
        ("México", "MX"),
        ("Mexico", "MX"),
        ("Estados Unidos", "US"),
        ("United States", "US"),
        ("EE.UU.", "US"),
        ("Belice", "BZ"),
        ("El Salvador", "SV"),
        ("Honduras", "HN"),
        ("the United States", "US"),
        ("MX", "MX"),
    ],
)
def test_country_code(name: str, iso: str) -> None:
    assert country_code(name) == iso


def test_country_code_unknown() -> None:
    assert country_code("Atlantis") is None


def test_country_name_both_languages() -> None:
    assert country_name("MX") == "Mexico"
    assert country_name("MX", "es") == "México"
    assert country_name("US", "es") == "Estados Unidos"
    assert country_name("BZ", "es") == "Belice"
    assert country_name("ZZ") == "ZZ"


@pytest.mark.parametrize(
    ("word", "iso"),
    [
        ("Mexican", "MX"),
        ("Mexicans", "MX"),
        ("mexicanas", "MX"),
        ("guatemalteco", "GT"),
        ("Guatemalan", "GT"),
        ("hondureños", "HN"),
        ("salvadoreña", "SV"),
        ("Belizean", "BZ"),
        ("estadounidenses", "US"),
        ("American", "US"),
        ("nicaragüenses", "NI"),
        ("francesas", "FR"),
        ("alemán", "DE"),
        ("Omani", "OM"),
        ("Philippine", "PH"),
        ("North Korean", "KP"),
        ("norcoreanos", "KP"),
    ],
)
def test_demonyms(word: str, iso: str) -> None:
    assert demonym_country(word) == iso


def test_non_demonyms() -> None:
    assert demonym_country("police") is None
    assert demonym_country("Tapachula") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Police held 11 Costa Ricans and a Guatemalan man.",
            [("Costa Ricans", "CR"), ("Guatemalan", "GT")],
        ),
        (
            "Detuvieron al hondureño y a dos salvadoreñas.",
            [("hondureño", "HN"), ("salvadoreñas", "SV")],
        ),
        ("The police said nothing.", []),
    ],
)
def test_country_demonyms_in_running_text(text: str, found: list[tuple[str, str]]) -> None:
    assert [(text[a:b], iso) for a, b, iso in country_demonyms(text)] == found


def test_state_whose_towns_crowd_one_edge_sits_near_its_middle() -> None:
    # Ontario's towns crowd its southern edge; their mean would be near Toronto.
    ontario = next(p for p in lookup("Ontario") if p.kind == "admin1" and p.country == "CA")
    assert 47.0 < ontario.latitude < 51.0
    chiapas = next(p for p in lookup("Chiapas") if p.kind == "admin1")
    assert 15.5 < chiapas.latitude < 17.5 and -93.5 < chiapas.longitude < -91.5


def _state(name: str, country: str) -> Place:
    return next(p for p in lookup(name) if p.kind == "admin1" and p.country == country)


def test_state_points_come_from_the_state_source() -> None:
    # countrystatecity's points, near GeoNames' ADM1 points: Manitoba's and Alaska's middles,
    # not the mean of towns that crowd their southern edges.
    manitoba = _state("Manitoba", "CA")
    assert distance_km(manitoba.latitude, manitoba.longitude, 55.0, -97.0) < 20
    alaska = _state("Alaska", "US")
    assert distance_km(alaska.latitude, alaska.longitude, 64.0, -150.0) < 100


def test_state_source_point_on_its_largest_town_is_not_used() -> None:
    # The source places New York state at New York City; the state keeps its towns' point.
    new_york = _state("New York", "US")
    assert distance_km(new_york.latitude, new_york.longitude, 40.71, -74.01) > 100


def test_a_british_county_split_in_parts_is_named_whole() -> None:
    # GeoNames splits Cheshire and Berkshire into compass-named parts; "in Cheshire" names them.
    cheshire = lookup("Cheshire")
    assert cheshire[0].country == "GB" and cheshire[0].kind == "admin2"
    assert any(p.name == "West Berkshire" for p in lookup("Berkshire"))
    # A part that sits beside a county of the whole name does not take it.
    lincolnshire = [p.name for p in lookup("Lincolnshire") if p.kind == "admin2"]
    assert lincolnshire == ["Lincolnshire"]


def test_a_british_county_is_read_in_a_british_story() -> None:
    from hito.geo import resolve_spans

    text = "Floods closed the motorway between Chester and Manchester; Cheshire police said."
    start = text.index("Cheshire")
    place = resolve_spans(text, [(start, start + len("Cheshire"))])[0]
    assert place is not None and place.country == "GB"
    text = "El concejo de Cheshire, Connecticut, se reunió el lunes."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Cheshire", "Connecticut")]
    place = resolve_spans(text, spans)[0]
    assert place is not None and place.country == "US"


def test_a_company_suffix_is_not_south_australia() -> None:
    # "S.A." abbreviates South Australia only inside known place spans; in running text it
    # closes Spanish company names.
    from hito.geo import find_toponyms

    assert lookup("S.A.") == []
    text = "Impresora del Golfo, S.A. de C.V., con domicilio en Veracruz, Ver."
    assert all(t.text != "S.A." for t in find_toponyms(text, "es"))


def test_nicaraguan_caribbean_regions_carry_old_and_new_names() -> None:
    # Renamed in 2014 (Atlántico -> Costa Caribe); GeoNames keeps the old names.
    for name in ("Región Autónoma de la Costa Caribe Sur", "RACCS", "Atlántico Sur"):
        ni = [p for p in lookup(name) if p.country == "NI" and p.kind == "admin1"]
        assert ni and ni[0].name == "Costa Caribe Sur", name
    for name in ("Costa Caribe Norte", "RAAN", "North Caribbean Coast Autonomous Region"):
        ni = [p for p in lookup(name) if p.country == "NI" and p.kind == "admin1"]
        assert ni and ni[0].name == "Costa Caribe Norte", name
    bluefields = [p for p in lookup("Bluefields") if p.country == "NI"]
    assert bluefields and bluefields[0].admin1 == "Costa Caribe Sur"

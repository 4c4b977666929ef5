"""Universities, landmarks and airports named as places (`hito.geo.facilities`).

A well-known university or landmark whose name does not say its town ("Cornell University",
"Broadway") is placed at its town; an airport ("Heathrow") at its own point, even where a
small town shares its name; a university read as its state and written with one of the
state's towns ("California State University at San Marcos") is on that campus.
"""

from __future__ import annotations

import pytest

from hito.geo.document import resolve_spans
from hito.geo.facilities import _read, airport, facility
from hito.geo.places import Place
from hito.geo.resolve import distance_km


def _places(text: str, names: tuple[str, ...]) -> dict[str, Place | None]:
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    places = resolve_spans(text, spans, fallback=True)
    return {text[a:b]: p for (a, b), p in zip(spans, places, strict=True)}


def _near(place: Place | None, lat: float, lon: float, km: float = 50.0) -> bool:
    return place is not None and distance_km(place.latitude, place.longitude, lat, lon) < km


def test_every_curated_row_finds_its_town() -> None:
    for row in _read("gazetteer_facilities.tsv"):
        assert facility(row[0].split("|")[0]) is not None, row


def test_airport_names() -> None:
    for name in ("Heathrow", "Heathrow Airport", "London Heathrow Airport", "Dulles"):
        assert _near(airport(name), 51.47, -0.46) or _near(airport(name), 38.95, -77.46)
    # A name that is only generic words or a compass word names no one field.
    for name in ("Airport", "International Airport", "West"):
        assert airport(name) is None


@pytest.mark.parametrize(
    "text",
    [
        "The economist, who teaches at Cornell University, flew home through Heathrow after "
        "the talks in Beijing.",
        "El economista, profesor de Cornell University, volvió por Heathrow después de las "
        "conversaciones en Pekín.",
    ],
)
def test_university_and_airport(text: str) -> None:
    got = _places(
        text, ("Cornell University", "Heathrow", "Beijing" if "Beijing" in text else "Pekín")
    )
    assert _near(got["Cornell University"], 42.44, -76.50)  # Ithaca, New York
    assert _near(got["Heathrow"], 51.47, -0.46)  # not Heathrow, Florida


@pytest.mark.parametrize(
    "text",
    [
        "After a season on Broadway the singer toured Spain, opening in Madrid.",
        "Tras una temporada en Broadway, la cantante recorrió España y debutó en Madrid.",
    ],
)
def test_landmark_named_like_a_small_town(text: str) -> None:
    got = _places(text, ("Broadway", "Madrid"))
    assert _near(got["Broadway"], 40.71, -74.01)  # New York, not Broadway, Virginia


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        (
            "She studied at California State University at San Marcos before moving to Ohio.",
            "California State University",
            33.14,
            -117.17,
        ),
        (
            "Un profesor de la University of California, Los Angeles, habló del caso de Texas.",
            "University of California",
            34.05,
            -118.24,
        ),
    ],
)
def test_campus_town_after_a_state_university(text: str, name: str, lat: float, lon: float) -> None:
    assert _near(_places(text, (name,))[name], lat, lon)


def test_state_university_without_a_town_stays_at_the_state() -> None:
    text = "Forecasters at Colorado State University expect a busy hurricane season in Florida."
    place = _places(text, ("Colorado State University", "Florida"))["Colorado State University"]
    assert place is not None and place.kind == "admin1" and place.admin1 == "Colorado"


def test_unknown_name_opening_with_a_town_and_an_airport_name_is_not_the_airport() -> None:
    # "Logan" names an airport in Billings, Montana, but Logan, Utah is a town of its own.
    text = "Pupils of Logan Elementary School in Ohio collected food for the shelter."
    place = _places(text, ("Logan Elementary School",))["Logan Elementary School"]
    assert place is None or "Airport" not in place.name


@pytest.mark.parametrize(
    "text",
    [
        "Police closed Venice Beach after the storm, and the mayor spoke near the Damascus Gate "
        "on a trip abroad.",
        "La policía cerró Venice Beach tras la tormenta, y el alcalde habló junto a la Damascus "
        "Gate durante un viaje.",
    ],
)
def test_landmark_whose_name_holds_another_place(text: str) -> None:
    got = _places(text, ("Venice Beach", "Damascus Gate"))
    assert _near(got["Venice Beach"], 34.05, -118.24)  # Los Angeles, not Venice, Italy
    assert _near(got["Damascus Gate"], 31.78, 35.22)  # Jerusalem, not Damascus


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        (
            "The cartel leader escaped from El Altiplano through a tunnel under his cell.",
            "El Altiplano",
            19.29,
            -99.66,
        ),
        (
            "Los detenidos fueron trasladados al Mariscal Zavala por orden de un juez.",
            "Mariscal Zavala",
            14.64,
            -90.51,
        ),
        (
            "The soldiers flew out of Soto Cano before dawn.",
            "Soto Cano",
            14.45,
            -87.64,
        ),
    ],
)
def test_border_region_prisons_and_bases(text: str, name: str, lat: float, lon: float) -> None:
    assert _near(_places(text, (name,))[name], lat, lon)


def test_names_that_are_also_other_real_places_are_left_out() -> None:
    # The table wins over the gazetteer, so it holds no name another place of some size bears.
    for name in ("Sagrada Familia", "Fort Bragg", "Stanley Park", "Bellagio", "Etihad Stadium"):
        assert facility(name) is None, name

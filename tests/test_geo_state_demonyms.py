"""A state's people named by their adjective ("autoridades poblanas", "Sinaloan police") are
evidence of that state, as the state's name is: a town with namesakes in several states is
read in it. Invented sentences."""

from __future__ import annotations

import datetime as dt

from hito.evaluation.metrics import process_text
from hito.geo.demonyms import state_demonyms

DAY = dt.date(2024, 5, 4)


def _admin1s(text: str, language: str) -> list[str | None]:
    return [r.admin1 for r in process_text(text, language, DAY)[1] if r.event_type == "ASSAULT"]


def test_state_adjectives_in_both_languages_name_their_state() -> None:
    found = state_demonyms("Las colonias poblanas y los agentes jaliscienses; Sinaloan troops.")
    assert [(country, state) for _, _, country, state in found] == [
        ("MX", "Puebla"),
        ("MX", "Jalisco"),
        ("MX", "Sinaloa"),
    ]
    assert [state for *_, state in state_demonyms("dos policías huehuetecos")] == ["Huehuetenango"]


def test_ordinary_words_and_dishes_name_no_state() -> None:
    # "poblano" is a pepper and a sauce; it names Puebla only after a noun of people or places.
    assert state_demonyms("Pidió un chile poblano y mole poblano.") == []
    assert state_demonyms("un hombre muy campechano") == []
    # An English adjective is written with a capital; lower case it is no demonym here.
    assert state_demonyms("the oaxacan") == []


def test_a_spanish_state_adjective_places_a_town_with_namesakes_in_its_state() -> None:
    text = (
        "Autoridades poblanas informaron que hombres armados asesinaron a dos comerciantes "
        "en San Isidro."
    )
    assert _admin1s(text, "es") == ["Puebla"]
    text = (
        "Policías chiapanecos informaron que hombres armados asesinaron a un taxista en "
        "La Esperanza."
    )
    assert _admin1s(text, "es") == ["Chiapas"]


def test_an_english_state_adjective_places_a_town_with_namesakes_in_its_state() -> None:
    text = "Sinaloan police said gunmen killed two shopkeepers in San Isidro on Sunday."
    assert _admin1s(text, "en") == ["Sinaloa"]


def test_without_an_adjective_a_town_keeps_its_largest_namesake() -> None:
    text = "Hombres armados asesinaron a dos comerciantes en San Isidro."
    assert _admin1s(text, "es") == ["México"]


def test_an_adjective_inside_a_gang_s_name_names_no_state() -> None:
    # A cartel called after a state acts far beyond it: its name says who, not where.
    text = "Sicarios de La Familia Michoacana asesinaron a dos comerciantes en San Isidro."
    assert _admin1s(text, "es") == ["México"]
    text = "Gunmen of La Familia Michoacana killed two shopkeepers in San Isidro on Sunday."
    assert _admin1s(text, "en") == ["México"]

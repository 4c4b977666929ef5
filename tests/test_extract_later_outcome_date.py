"""A release, a rescue or a body found on a later day ("kidnapped on 11 March ... and released
on 13 March") dates that outcome, not the act: the act keeps its own day, and two acts told
one after the other are not merged on the day the second one ended. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2016, 3, 14)  # a Monday


def _abductions(text: str, language: str) -> list[dt.date | None]:
    return sorted(
        (r.date for r in process_text(text, language, DAY)[1] if r.mode == "abduct"),
        key=lambda d: d or dt.date.min,
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Rancher Pedro Molina was kidnapped on 13 March in Cali. Engineer Luis Arango was "
            "kidnapped on 11 March near Cali and released on 13 March unharmed.",
            "en",
        ),
        (
            "RANCHER PEDRO MOLINA WAS KIDNAPPED ON 13 MARCH IN CALI. ENGINEER LUIS ARANGO WAS "
            "KIDNAPPED ON 11 MARCH NEAR CALI AND RELEASED ON 13 MARCH UNHARMED.",
            "en",
        ),
        (
            "El ganadero Pedro Molina fue secuestrado el 13 de marzo en Cali. El ingeniero Luis "
            "Arango fue secuestrado el 11 de marzo cerca de Cali y liberado el 13 de marzo.",
            "es",
        ),
    ],
)
def test_a_release_day_does_not_merge_two_kidnappings(text: str, language: str) -> None:
    assert _abductions(text, language) == [dt.date(2016, 3, 11), dt.date(2016, 3, 13)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Trader Ana Ruiz was abducted on 9 March in Pasto and rescued by soldiers on 12 March.",
            "en",
        ),
        (
            "La comerciante Ana Ruiz fue secuestrada el 9 de marzo en Pasto y rescatada por "
            "soldados el 12 de marzo.",
            "es",
        ),
    ],
)
def test_a_rescue_day_does_not_date_the_kidnapping(text: str, language: str) -> None:
    assert _abductions(text, language) == [dt.date(2016, 3, 9)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen abducted farmer Jorge Salas on 7 March in Ipiales and his body was found on "
            "10 March by a river.",
            "en",
        ),
        (
            "Hombres armados secuestraron al campesino Jorge Salas el 7 de marzo en Ipiales y "
            "su cuerpo fue hallado el 10 de marzo junto a un río.",
            "es",
        ),
    ],
)
def test_the_day_a_body_is_found_does_not_date_the_kidnapping(text: str, language: str) -> None:
    assert dt.date(2016, 3, 7) in _abductions(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police arrested two men in Cali and found a rifle on 12 March.", "en"),
        ("La policía detuvo a dos hombres en Cali y encontró un fusil el 12 de marzo.", "es"),
    ],
)
def test_a_find_that_is_part_of_the_act_still_dates_it(text: str, language: str) -> None:
    dates = [r.date for r in process_text(text, language, DAY)[1] if r.event_type == "COERCE"]
    assert dates == [dt.date(2016, 3, 12)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officer Mario Paz, kidnapped by gunmen, was freed on 9 March in Cali.", "en"),
        (
            "El agente Mario Paz, plagiado por hombres armados, fue liberado el 9 de marzo en "
            "Cali.",
            "es",
        ),
    ],
)
def test_a_release_day_alone_still_dates_the_kidnapping(text: str, language: str) -> None:
    assert _abductions(text, language) == [dt.date(2016, 3, 9)]

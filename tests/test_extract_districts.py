"""'In the X district of the city', 'en el barrio X de la ciudad': a part of the city the
report names, in that city's state, not a namesake of the part elsewhere. Invented texts."""

from __future__ import annotations

import datetime as dt

from hito.evaluation.metrics import process_text

DAY = dt.date(2011, 10, 7)


def _assaults(text: str, language: str) -> list[tuple[str | None, str | None]]:
    return [
        (r.place, r.admin1)
        for r in process_text(text, language, DAY)[1]
        if r.event_type == "ASSAULT"
    ]


def test_the_district_of_the_city_is_in_the_city_the_report_named() -> None:
    text = (
        "Gunmen attacked a bar in the Mexican port city of Tampico on Friday. Hours later, "
        "police found the bodies of three men in a house in the Las Palmas district of the city."
    )
    assert ("Las Palmas", "Tamaulipas") in _assaults(text, "en")
    assert all(admin1 == "Tamaulipas" for _, admin1 in _assaults(text, "en"))


def test_the_neighborhood_of_a_named_city_is_in_that_city() -> None:
    text = "Gunmen shot dead two officers on Monday in the Las Palmas neighborhood of Tampico."
    assert _assaults(text, "en") == [("Las Palmas", "Tamaulipas")]


def test_el_barrio_de_la_ciudad_is_in_the_city_the_report_named() -> None:
    text = (
        "Hombres armados atacaron un bar en Tampico el viernes. La policía encontró el sábado "
        "los cuerpos de tres hombres en el barrio Las Palmas de la ciudad."
    )
    assert all(admin1 == "Tamaulipas" for _, admin1 in _assaults(text, "es"))

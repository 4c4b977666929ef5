"""An act told below the lead with only its country named ("gangs in Guatemala killed two
drivers") is placed at that country, not at the town the report is about; an act in the
headline or first sentence still takes the report's town. Invented texts, in English and
Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2024, 3, 7)

EN = (
    "Police arrest five gang members in Quetzaltenango\n\n"
    "Police arrested five gang members in Quetzaltenango on Tuesday after a raid on a house "
    "used to store weapons.\n\n"
    "The suspects were taken to a court in the city.\n\n"
    "Officials said the gang runs extortion rackets across the west of the country.\n\n"
    "Last month, gang members in Guatemala shot dead two bus drivers who refused to pay."
)
ES = (
    "Detienen a cinco pandilleros en Quetzaltenango\n\n"
    "La policía detuvo el martes a cinco pandilleros en Quetzaltenango tras un cateo en una "
    "casa donde guardaban armas.\n\n"
    "Los sospechosos fueron llevados ante un juez de la ciudad.\n\n"
    "Las autoridades dijeron que la pandilla cobra extorsiones en todo el occidente del país.\n\n"
    "El mes pasado, pandilleros en Guatemala mataron a balazos a dos choferes de autobús que "
    "se negaron a pagar."
)


@pytest.mark.parametrize(("text", "language"), [(EN, "en"), (ES, "es")])
def test_a_later_act_in_a_named_country_keeps_the_country(text: str, language: str) -> None:
    records = [r.schema_dict() for r in process_text(text, language, DAY)[1]]
    places = {r["event_type"]: (r["country"], r["place"], r["geo_precision"]) for r in records}
    assert places["COERCE"][:2] == ("GT", "Quetzaltenango")
    assert places["ASSAULT"] == ("GT", None, 4)

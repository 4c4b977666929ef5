"""In a report with no publication date, an act of the headline's type that a sentence past
the lead dates by a year of its own ("arrested there in 2010", "capturado en 2010") is an
earlier act the report recalls: a historical record of its own, not part of the undated news."""

from __future__ import annotations

import pytest

from conftest import pipeline_records_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Belize Detains Heir of Guatemalan Smuggling Clan. Police in Belize have detained "
            "Tomasz Orvieda, the heir of a Guatemalan smuggling family, officials said. The "
            "family once moved cocaine across the Petén for Mexican buyers. Its business has "
            "shrunk under pressure from rival groups. His uncle, Baltazar Orvieda, was also "
            "arrested in Belize in 2010.",
            "en",
        ),
        (
            "Detienen en Belice al heredero de un clan guatemalteco. La policía de Belice "
            "detuvo a Tomasz Orvieda, heredero de una familia de contrabandistas de Guatemala, "
            "informaron las autoridades. La familia llevaba cocaína por el Petén para "
            "compradores mexicanos. Su negocio se ha reducido por la presión de grupos rivales. "
            "Su tío, Baltazar Orvieda, también fue capturado en Belice en 2010.",
            "es",
        ),
    ],
)
def test_an_undated_reports_act_dated_by_a_year_past_the_lead_is_another(
    text: str, language: str
) -> None:
    arrests = pipeline_records_of("COERCE", text, language, None)
    assert sorted(r.factuality for r in arrests) == ["asserted", "historical"]
    news = next(r for r in arrests if r.factuality == "asserted")
    assert news.date is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Belize Detains Heir of Guatemalan Smuggling Clan. Police in Belize have detained "
            "Tomasz Orvieda, the heir of a Guatemalan smuggling family, officials said. The "
            "family once moved cocaine across the Petén for Mexican buyers. Its business has "
            "shrunk under pressure from rival groups. Police have detained more than 40 of its "
            "members since 2010.",
            "en",
        ),
    ],
)
def test_a_tally_since_a_year_is_no_act_of_its_own(text: str, language: str) -> None:
    arrests = pipeline_records_of("COERCE", text, language, None)
    assert len(arrests) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Belize Detains Heir of Guatemalan Smuggling Clan. Police in Belize have detained "
            "Tomasz Orvieda, the heir of a Guatemalan smuggling family, officials said. The "
            "family once moved cocaine across the Petén for Mexican buyers. Its business has "
            "shrunk under pressure from rival groups. Many of its couriers have been detained "
            "too, and a third of the traders polled in 2012 reported being arrested at least once.",
            "en",
        ),
        (
            "Detienen en Belice al heredero de un clan guatemalteco. La policía de Belice "
            "detuvo a Tomasz Orvieda, heredero de una familia de contrabandistas de Guatemala, "
            "informaron las autoridades. La familia llevaba cocaína por el Petén para "
            "compradores mexicanos. Su negocio se ha reducido por la presión de grupos rivales. "
            "Muchos de sus mensajeros también fueron detenidos, según un estudio publicado "
            "en 2012.",
            "es",
        ),
    ],
)
def test_a_year_that_dates_a_survey_dates_no_act(text: str, language: str) -> None:
    arrests = pipeline_records_of("COERCE", text, language, None)
    assert len(arrests) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen Kill Four at a Bar in Coatzacoalcos. Gunmen shot dead four men at a bar in "
            "Coatzacoalcos, Veracruz. The gang blamed for the shooting is feared in the port, "
            "known for its attacks, among them the arson of a dance hall that killed nine "
            "people last year.",
            "en",
        ),
        (
            "Matan a cuatro en un bar de Coatzacoalcos. Hombres armados mataron a cuatro hombres "
            "en un bar de Coatzacoalcos, Veracruz. La banda señalada por el ataque es temida en "
            "el puerto. El año pasado, sus hombres incendiaron un salón de baile y mataron a "
            "nueve personas.",
            "es",
        ),
    ],
)
def test_an_undated_reports_act_of_last_year_is_recalled(text: str, language: str) -> None:
    assaults = pipeline_records_of("ASSAULT", text, language, None)
    assert sorted(r.factuality for r in assaults) == ["asserted", "historical"]

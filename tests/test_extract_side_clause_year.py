"""A past year in a side clause (a relative clause, a "since/desde" clause, a title held
then) dates that clause, not the sentence's own act: today's act stays news. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.nlp.factuality import classify_factuality

DAY = dt.date(2016, 3, 14)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Ramos, who in 1998 survived an ambush, was shot dead on Sunday in Tapachula.", "en"),
        ("Gunmen killed Luis Vega, mayor of Comitán in 2004, outside his home on Sunday.", "en"),
        ("The truce, which began in 2012, broke down on Sunday when gunmen attacked a bus.", "en"),
        ("Ortiz, who was arrested in 2011, was killed on Sunday in Huehuetenango.", "en"),
        ("El alcalde, electo en 2009, fue asesinado el domingo en Frontera Comalapa.", "es"),
        ("Pérez, quien fue detenido en 2011, murió baleado el domingo en Motozintla.", "es"),
        ("La tregua, la cual comenzó en 2012, terminó el domingo con un ataque armado.", "es"),
    ],
)
def test_a_year_in_a_side_clause_does_not_make_the_act_history(
    sentence: str, language: str
) -> None:
    assert classify_factuality(sentence, language, DAY) != "historical"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("In 2011, gunmen killed 27 farm workers near La Libertad.", "en"),
        ("Gunmen killed 27 farm workers near La Libertad in 2011.", "en"),
        ("En noviembre de 2014, un enfrentamiento en Benemérito dejó cuatro muertos.", "es"),
        # What has happened since then is a tally over the years, no act of today.
        ("Since it was founded in 2005, 300 of its members have been killed.", "en"),
        ("Desde que fue fundada en 2005, 300 de sus miembros han sido asesinados.", "es"),
    ],
)
def test_a_year_that_dates_the_act_still_does(sentence: str, language: str) -> None:
    assert classify_factuality(sentence, language, DAY) == "historical"


def _assaults(text: str, language: str) -> list[tuple[str | None, str]]:
    return sorted(
        (r.date.isoformat() if r.date else None, r.factuality)
        for r in process_text(text, language, DAY)[1]
        if r.event_type == "ASSAULT"
    )


def test_todays_killing_keeps_its_own_date() -> None:
    english = (
        "Gunmen shot dead Mario Ruiz, mayor of Tapachula in 2004, on Sunday outside his home "
        "in Tapachula, Chiapas."
    )
    assert ("2016-03-13", "asserted") in _assaults(english, "en")
    spanish = (
        "Hombres armados asesinaron el domingo a Mario Ruiz, quien fue alcalde de Tapachula "
        "en 2004, frente a su casa en Tapachula, Chiapas."
    )
    assert ("2016-03-13", "asserted") in _assaults(spanish, "es")


def _coerce(text: str, language: str, published: dt.date | None) -> list[tuple[str | None, str]]:
    return sorted(
        (r.date.isoformat() if r.date else "", r.factuality)
        for r in process_text(text, language, published)[1]
        if r.event_type == "COERCE"
    )


def test_an_arrest_told_in_a_side_clause_is_a_background_record_of_its_own() -> None:
    english = (
        "Police arrested three men on Sunday in Tapachula, Chiapas. The gang was once led by "
        'Ramiro Solis, alias "El Tigre," who was arrested in 2011.'
    )
    assert _coerce(english, "en", DAY) == [("2011-01-01", "historical"), ("2016-03-13", "asserted")]
    spanish = (
        "Policías detuvieron el domingo a tres hombres en Tapachula, Chiapas. La banda fue "
        "encabezada por Ramiro Solís, quien fue detenido en 2011."
    )
    assert _coerce(spanish, "es", DAY) == [("2011-01-01", "historical"), ("2016-03-13", "asserted")]


def test_an_undated_report_is_no_older_than_the_latest_year_it_names() -> None:
    english = (
        "Soldiers arrested a cattle rancher in Peten, Guatemala. The seizures planned for 2014 "
        "depend on the army. His brother, who was arrested in 2011, remains in prison."
    )
    assert _coerce(english, "en", None) == [("", "asserted"), ("2011-01-01", "historical")]


def test_the_dead_of_a_side_clause_are_not_the_acts_dead() -> None:
    english = (
        "A commando named after Luis Ortega, who was killed by police in 1998, ambushed a "
        "patrol on Sunday near Tapachula, Chiapas, killing three officers."
    )
    spanish = (
        "Un comando que lleva el nombre de Luis Ortega, quien fue asesinado por policías en "
        "1998, atacó a balazos el domingo a una patrulla cerca de Tapachula, Chiapas, y "
        "asesinó a tres agentes."
    )
    for text, language in ((english, "en"), (spanish, "es")):
        records = [r for r in process_text(text, language, DAY)[1] if r.event_type == "ASSAULT"]
        assert [(r.killed, r.factuality) for r in records] == [(3, "asserted")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The press group counts 95 journalists murdered in Mexico since 2006; the latest, "
            "a reporter, was shot dead in Puebla.",
            "en",
        ),
        (
            "La organización cuenta 95 periodistas asesinados en México desde 2006; el más "
            "reciente, un reportero, fue asesinado a balazos en Puebla.",
            "es",
        ),
    ],
)
def test_a_year_that_bounds_a_span_is_no_records_date(text: str, language: str) -> None:
    # An undated report: the year is all the text gives, and it dates no one act.
    records = process_text(text, language, None)[1]
    assert records
    assert all(r.date is None or r.date.year != 2006 for r in records)

"""Two acts of one type that a sentence tells in two coordinated clauses, each with its own
victim and its own day ("X was murdered in October, and Y was murdered in November"), are
two incidents: one record for each (labelling conventions, one record per incident). One act
told with two verbs ("was kidnapped on Monday and found dead on Wednesday") stays one.

Every sentence here is invented for the test, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The activist Carlos Mendez Ruiz was murdered in Hermosillo in October, and the "
            "teacher Tomas Vega Luna was murdered in the state of Sonora in November.",
            "en",
        ),
        (
            "El activista Carlos Méndez Ruiz fue asesinado en Hermosillo en octubre, y el "
            "maestro Tomás Vega Luna fue asesinado en el estado de Sonora en noviembre.",
            "es",
        ),
    ],
)
def test_two_clauses_with_their_own_months_are_two_records(text: str, language: str) -> None:
    records = pipeline_records_of("ASSAULT", text, language)
    assert sorted((r.date, r.place) for r in records) == [
        (dt.date(2023, 10, 1), "Hermosillo"),
        (dt.date(2023, 11, 1), "Sonora"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen shot dead a lawyer, Ramiro Ochoa Prieto, in Tapachula on Tuesday, and "
            "unknown attackers killed a bus driver in Comitán on Sunday.",
            "en",
        ),
        (
            "Pistoleros mataron a balazos al abogado Ramiro Ochoa Prieto en Tapachula el "
            "martes, y desconocidos asesinaron a un chofer en Comitán el domingo.",
            "es",
        ),
    ],
)
def test_two_clauses_with_their_own_days_are_two_records(text: str, language: str) -> None:
    records = pipeline_records_of("ASSAULT", text, language)
    assert sorted((r.date, r.place) for r in records) == [
        (dt.date(2024, 5, 14), "Tapachula"),
        (dt.date(2024, 5, 19), "Comitán"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A shopkeeper was kidnapped in Tapachula on Monday and found dead on Wednesday.",
            "en",
        ),
        (
            "Un comerciante fue secuestrado en Tapachula el lunes, y fue hallado muerto el "
            "miércoles.",
            "es",
        ),
    ],
)
def test_one_victim_told_with_two_verbs_stays_one_record(text: str, language: str) -> None:
    records = pipeline_records_of("ASSAULT", text, language)
    assert len(records) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The activist Carlos Mendez Ruiz was murdered in October, and the teacher Tomas "
            "Vega Luna was murdered in the state of Sonora in November.",
            "en",
        ),
        (
            "El activista Carlos Méndez Ruiz fue asesinado en octubre, y el maestro Tomás "
            "Vega Luna fue asesinado en el estado de Sonora en noviembre.",
            "es",
        ),
    ],
)
def test_an_undated_report_keeps_the_two_months_apart(text: str, language: str) -> None:
    records = pipeline_records_of("ASSAULT", text, language, None)
    assert len(records) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The protest follows the murder of the reporter Pedro Gil Soto on Tuesday and a "
            "shooting attack on the offices of a local radio station on Saturday.",
            "en",
        ),
        (
            "La protesta sigue al asesinato del reportero Pedro Gil Soto el martes y a un "
            "ataque a balazos contra las oficinas de una radio local el sábado.",
            "es",
        ),
    ],
)
def test_two_acts_joined_by_a_bare_and_with_their_own_days_are_two_records(
    text: str, language: str
) -> None:
    # Two acts named as nouns, each with its day, joined by "and" / "y" with no comma.
    records = pipeline_records_of("ASSAULT", text, language)
    assert sorted(r.date for r in records if r.date) == [
        dt.date(2024, 5, 14),
        dt.date(2024, 5, 18),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A farmer was shot in Tapachula on Monday and died in hospital on Thursday.", "en"),
        ("Un campesino fue baleado en Tapachula el lunes y murió en el hospital el jueves.", "es"),
    ],
)
def test_one_victim_hurt_one_day_and_dead_another_stays_one_record(
    text: str, language: str
) -> None:
    records = pipeline_records_of("ASSAULT", text, language)
    assert len(records) == 1

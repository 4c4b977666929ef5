"""Protests in short reports written for these tests, in English and Spanish: who makes one
and how its mode (peaceful or violent) is read."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process


def extract(text: str, language: str) -> list[EventRecord]:
    report = Report(text=text, content_hash=content_hash(text), published=dt.date(2025, 6, 2))
    return process(report, language)[1]


def protests(text: str, language: str) -> list[EventRecord]:
    return [r for r in extract(text, language) if r.event_type == "PROTEST"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police fired tear gas to break up a protest near Tapachula on Monday.", "en"),
        ("Lawyers rallied on Tuesday in Tapachula against police abuse.", "en"),
        ("La policía disolvió con gas lacrimógeno una protesta en Tapachula el lunes.", "es"),
        ("Abogados protestaron el martes en Tapachula contra los abusos de la policía.", "es"),
    ],
)
def test_a_protest_word_implies_protesters_when_only_state_forces_are_named(
    text: str, language: str
) -> None:
    assert len(protests(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Soldiers blocked the highway near Tapachula on Monday.", "en"),
        ("Soldiers marched to the border near Tapachula on Monday.", "en"),
        ("Soldados bloquearon la carretera cerca de Tapachula el lunes.", "es"),
    ],
)
def test_state_forces_blocking_or_marching_are_no_protest(text: str, language: str) -> None:
    assert protests(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A march by teachers in Tapachula turned violent on Monday.", "en"),
        ("Protesters hurled rocks and bottles at police in Tapachula on Monday.", "en"),
        ("There were scuffles between protesters and police during a march in Tapachula.", "en"),
        ("Demonstrators clashed with police in Tapachula on Monday.", "en"),
        ("Farmers protested in Tapachula on Monday after two nights of street violence.", "en"),
        ("La marcha de maestros en Tapachula se tornó violenta el lunes.", "es"),
        ("Los manifestantes lanzaron botellas contra la policía en Tapachula el lunes.", "es"),
        ("Los normalistas se enfrentaron con la policía en Tapachula el lunes.", "es"),
        ("Campesinos marcharon en Tapachula el lunes; hubo disturbios frente a la alcaldía.", "es"),
    ],
)
def test_protesters_violence_makes_a_riot(text: str, language: str) -> None:
    assert [r.mode for r in protests(text, language)] == ["riot"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Teachers marched peacefully through Tapachula on Monday.", "en"),
        ("Maestros marcharon pacíficamente por Tapachula el lunes.", "es"),
    ],
)
def test_a_peaceful_march_stays_a_demonstration(text: str, language: str) -> None:
    assert [r.mode for r in protests(text, language)] == ["demo"]


def test_gunmen_clashing_with_police_are_no_riot() -> None:
    assert protests("Gunmen clashed with police in Tapachula on Monday.", "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police fired tear gas to disperse a protest by teachers in Tapachula on Monday.", "en"),
        ("Soldiers beat students during a protest in Tapachula on Monday.", "en"),
        ("La policía dispersó con gas lacrimógeno una protesta de maestros en Tapachula.", "es"),
        ("Los agentes desalojaron a golpes un plantón de campesinos en Tapachula el lunes.", "es"),
    ],
)
def test_forces_that_break_up_a_protest_are_its_targets(text: str, language: str) -> None:
    (protest,) = protests(text, language)
    assert {t.sector for t in protest.targets} & {"COP", "MIL"}, protest.targets


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police watched as teachers protested in Tapachula on Monday.", "en"),
        ("Policías vigilaron la manifestación de maestros en Tapachula el lunes.", "es"),
    ],
)
def test_forces_lining_a_protest_are_no_party(text: str, language: str) -> None:
    (protest,) = protests(text, language)
    assert protest.targets == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Riot police stood guard as teachers protested in Tapachula on Monday.", "en"),
        ("Anti-riot officers watched a rally by farmers in Tapachula on Monday.", "en"),
        ("Police suppressed a peaceful protest by teachers in Tapachula on Monday.", "en"),
        ("La policía reprimió una protesta pacífica de maestros en Tapachula el lunes.", "es"),
    ],
)
def test_riot_police_or_force_on_a_peaceful_march_make_no_riot(text: str, language: str) -> None:
    assert [r.mode for r in protests(text, language)] == ["demo"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Teachers marched through Tapachula on Monday. There were scuffles near city hall.", "en"),
        ("Clashes broke out between police and protesters in Tapachula on Monday.", "en"),
        ("Students threw firecrackers at police during a rally in Tapachula on Monday.", "en"),
        ("The protests against the tax law in Tapachula quickly turned violent on Monday.", "en"),
        ("Maestros marcharon por Tapachula el lunes. Hubo trifulcas frente a la alcaldía.", "es"),
    ],
)
def test_violence_anywhere_in_the_protest_makes_it_a_riot(text: str, language: str) -> None:
    assert [r.mode for r in protests(text, language)] == ["riot"]


def test_protesters_throwing_petrol_bombs_are_rioters() -> None:
    text = "Protesters throwing petrol bombs marched through Tapachula on Monday."
    assert [r.mode for r in protests(text, "en")] == ["riot"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Protesters pulled down the metal fence around the town hall in Tapachula on Monday.",
            "en",
        ),
        ("Los manifestantes derribaron las vallas frente al palacio municipal de Tapachula.", "es"),
    ],
)
def test_protesters_pulling_down_barriers_make_a_riot(text: str, language: str) -> None:
    assert [r.mode for r in protests(text, language)] == ["riot"]


def test_rallies_in_the_plural_are_a_protest() -> None:
    text = "Farmers held rallies in Tapachula on Monday against the new water tariff."
    assert [r.mode for r in protests(text, "en")] == ["demo"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen caused the destruction of several shops in Tapachula on Monday night.", "en"),
        ("Un grupo armado provocó la destrucción de varios comercios en Tapachula el lunes.", "es"),
    ],
)
def test_destruction_told_as_a_noun_is_property_destruction(text: str, language: str) -> None:
    assert [r.mode for r in extract(text, language) if r.event_type == "ASSAULT"] == ["destroy"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police dispersed the crowd outside the town hall in Tapachula on Monday.", "en"),
        ("La policía dispersó a los manifestantes frente al palacio municipal de Tapachula.", "es"),
    ],
)
def test_a_crowd_dispersed_by_police_is_a_protest_they_broke_up(text: str, language: str) -> None:
    [protest] = protests(text, language)
    assert [t.sector for t in protest.targets] == ["COP"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("On Monday the inmates of a jail near Tapachula began rioting over the food.", "en"),
        ("El lunes los reos de un penal cerca de Tapachula se amotinaron por la comida.", "es"),
    ],
)
def test_inmates_rioting_is_a_riot(text: str, language: str) -> None:
    assert [r.mode for r in protests(text, language)] == ["riot"]


def test_a_charge_of_rioting_is_no_riot() -> None:
    assert protests("A man charged with rioting was released on bail in Tapachula.", "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Relatives of the detainees were protesting in the main square of Tocoa, Honduras,"
            " on Tuesday to demand their release.",
            "en",
        ),
        (
            "Dozens of farmers were demonstrating outside the town hall of Tocoa, Honduras,"
            " on Tuesday.",
            "en",
        ),
        (
            "Las madres de los jóvenes arrestados se manifestaban el martes en la plaza de"
            " Tocoa, Honduras, para exigir su liberación.",
            "es",
        ),
        (
            "Decenas de campesinos se manifestaron el martes frente a la alcaldía de Tocoa,"
            " Honduras.",
            "es",
        ),
        ("Cientos de maestros se manifiestan hoy frente al palacio municipal de Tocoa.", "es"),
    ],
)
def test_a_crowd_told_in_the_progressive_or_the_reflexive_is_protesting(
    text: str, language: str
) -> None:
    assert [r.mode for r in protests(text, language)] == ["demo"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The two suspects were protesting their innocence in court in Tocoa on Tuesday.", "en"),
        ("Los diputados se manifestaron en contra de la reforma el martes en Tocoa.", "es"),
        ("El alcalde de Tocoa se manifestó a favor del nuevo reglamento el martes.", "es"),
    ],
)
def test_a_stated_view_or_a_plea_of_innocence_is_no_protest(text: str, language: str) -> None:
    assert protests(text, language) == []

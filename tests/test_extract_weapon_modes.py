"""Assault modes for chemical weapons, rockets and missiles, landmines, charges set off and
sabotage, in short reports written for these tests (English and Spanish)."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.export.acled import classify
from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process


def assaults(text: str, language: str) -> list[EventRecord]:
    report = Report(text=text, content_hash=content_hash(text), published=dt.date(2025, 6, 2))
    return [r for r in process(report, language)[1] if r.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "language", "mode", "sub_event"),
    [
        (
            "Rebels used mustard gas against an army post near the border on Sunday.",
            "en",
            "unconventional",
            "Chemical weapon",
        ),
        (
            "Rebeldes usaron armas químicas contra un cuartel del ejército el domingo.",
            "es",
            "unconventional",
            "Chemical weapon",
        ),
        (
            "Three rockets were fired at the town of Tecún Umán on Monday, killing one woman.",
            "en",
            "heavy-weapons",
            "Shelling/artillery/missile attack",
        ),
        (
            "Militants fired two missiles at an army base near the border on Monday.",
            "en",
            "heavy-weapons",
            "Shelling/artillery/missile attack",
        ),
        (
            "A landmine killed two farmers near the border on Monday.",
            "en",
            "explosives",
            "Remote explosive/landmine/IED",
        ),
        (
            "Una mina antipersonal mató a dos campesinos cerca de la frontera el lunes.",
            "es",
            "explosives",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_weapon_words_give_the_remote_violence_mode(
    text: str, language: str, mode: str, sub_event: str
) -> None:
    records = assaults(text, language)
    assert [r.mode for r in records] == [mode]
    assert classify(records[0]).sub_event_type == sub_event


def test_a_gold_mine_is_no_landmine() -> None:
    assert assaults("Miners were trapped in a gold mine near the border on Monday.", "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A mine that had been planted by gunmen went off under an army truck near Comalapa.",
            "en",
        ),
        ("A roadside mine wounded two soldiers near Comalapa on Monday.", "en"),
        (
            "Una mina que había sido sembrada por el grupo armado estalló al paso de una patrulla.",
            "es",
        ),
    ],
)
def test_a_mine_someone_laid_is_an_explosive(text: str, language: str) -> None:
    assert [r.mode for r in assaults(text, language)] == ["explosives"]


def test_a_coal_mine_that_was_dug_is_no_landmine() -> None:
    text = "A worker died when part of the coal mine that was dug in 1950 collapsed."
    assert assaults(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rebels blew up a passenger bus on the road to Comalapa on Monday.", "en"),
        ("Gunmen dynamited the bridge over the river near Comalapa on Monday.", "en"),
        ("Two devices exploded outside the town hall of Comalapa on Monday.", "en"),
        ("Desconocidos dinamitaron una torre eléctrica cerca de Comalapa el lunes.", "es"),
        ("Dos artefactos estallaron frente a la alcaldía de Comalapa el lunes.", "es"),
    ],
)
def test_a_charge_set_off_with_no_bomb_named_is_an_explosive(text: str, language: str) -> None:
    assert [r.mode for r in assaults(text, language)] == ["explosives"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two power pylons near Comalapa were sabotaged on Monday night.", "en"),
        ("Rebeldes sabotearon la subestación eléctrica de Comalapa el lunes.", "es"),
        # Told by the noun, as wire copy does: "sabotage actions", "acts of sabotage".
        ("Rebels carried out sabotage actions against the power grid near Comalapa.", "en"),
        ("THE REBELS CARRIED OUT ACTS OF SABOTAGE NEAR COMALAPA ON MONDAY NIGHT.", "en"),
        ("Los rebeldes cometieron un sabotaje contra la red eléctrica de Comalapa.", "es"),
        ("Hubo actos de sabotaje en la subestación de Comalapa el lunes.", "es"),
    ],
)
def test_sabotage_of_property_is_an_assault(text: str, language: str) -> None:
    assert len(assaults(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language", "mode"),
    [
        (
            "The body of an invented farmer was found with signs of torture near Comitán.",
            "en",
            "torture",
        ),
        (
            "Gunmen tortured and beat a shopkeeper in an invented village on Sunday.",
            "en",
            "torture",
        ),
        (
            "Un comerciante fue torturado por desconocidos en un pueblo inventado de Chiapas.",
            "es",
            "torture",
        ),
        (
            "A cartel drone attack wounded two soldiers near an invented ranch on Sunday.",
            "en",
            "drone",
        ),
        (
            "Un ataque con drones armados hirió a dos soldados en un rancho inventado de Sinaloa.",
            "es",
            "drone",
        ),
    ],
)
def test_torture_and_drones_are_modes_of_their_own(text: str, language: str, mode: str) -> None:
    assert mode in {r.mode for r in assaults(text, language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un comando lanzó granadas que no lograron estallar y disparó contra la "
            "comandancia de un pueblo inventado el sábado.",
            "es",
        ),
        (
            "Gunmen threw grenades that failed to explode and then opened fire on an invented "
            "police station on Saturday.",
            "en",
        ),
        (
            "Policías dispararon contra estudiantes junto a las bombas de gasolina de una "
            "estación inventada el lunes.",
            "es",
        ),
    ],
)
def test_unexploded_grenades_and_fuel_pumps_set_off_nothing(text: str, language: str) -> None:
    modes = {r.mode for r in assaults(text, language)}
    assert modes and "explosives" not in modes


@pytest.mark.parametrize(
    ("text", "language", "mode"),
    [
        (
            "Soldiers sent to eradicate poppy near Tacaná were attacked by villagers armed with "
            "sticks, rocks and firebombs on Monday.",
            "en",
            "primitive",
        ),
        (
            "Los soldados fueron atacados por campesinos con piedras y palos cerca de Tacaná el "
            "lunes.",
            "es",
            "primitive",
        ),
        # A beating with sticks stays a beating; shots beside stones are the shots' mode.
        ("The man was beaten with sticks and stones in Tacaná on Monday.", "en", "beat"),
        (
            "Gunmen attacked the patrol with stones and then opened fire near Tacaná on Monday.",
            "en",
            "firearms",
        ),
    ],
)
def test_an_attack_with_stones_sticks_or_machetes_is_primitive(
    text: str, language: str, mode: str
) -> None:
    assert [r.mode for r in assaults(text, language)] == [mode]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armed men dropped explosives from drones on a village near Chicomuselo on Friday.",
            "en",
        ),
        ("Gunmen attacked a police post in Chilapa with drones on Sunday.", "en"),
        (
            "Hombres armados lanzaron explosivos desde drones contra un poblado de Chilapa "
            "el viernes.",
            "es",
        ),
        (
            "Un ataque con explosivos lanzados desde drones dañó una base de la Guardia "
            "Nacional en Frontera Comalapa el domingo.",
            "es",
        ),
    ],
)
def test_explosives_dropped_from_drones_are_a_drone_attack(text: str, language: str) -> None:
    # PLOVER's drone mode names how the explosives were delivered, so it outranks them.
    records = assaults(text, language)
    assert [r.mode for r in records] == ["drone"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police used drones to watch the march in Tapachula on Monday.", "en"),
        ("La policía vigiló desde drones la marcha en Tapachula el lunes.", "es"),
    ],
)
def test_drones_that_only_watch_are_no_attack(text: str, language: str) -> None:
    assert assaults(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Inmates took eight guards hostage at an invented jail on Monday; crowded jails "
            "have become time bombs, a rights group warned.",
            "en",
        ),
        (
            "Reos tomaron como rehenes a ocho custodios de un penal inventado el lunes; las "
            "cárceles saturadas son una bomba de tiempo, advirtió un colectivo.",
            "es",
        ),
    ],
)
def test_a_time_bomb_said_of_a_place_sets_off_nothing(text: str, language: str) -> None:
    modes = {r.mode for r in assaults(text, language)}
    assert modes == {"abduct"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A time bomb went off outside an invented bank on Monday.", "en"),
        ("Una bomba de tiempo estalló frente a un banco inventado el lunes.", "es"),
    ],
)
def test_a_time_bomb_that_goes_off_is_explosives(text: str, language: str) -> None:
    assert {r.mode for r in assaults(text, language)} == {"explosives"}

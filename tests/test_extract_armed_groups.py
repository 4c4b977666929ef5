"""Named armed groups ("FMLN", "Shining Path", "Cartel de Medellín") are actors of their own,
and the role noun written beside a group's name ("FMLN guerrillas", "guerrilleros del ELN")
is that group, not a second armed side. Sentences written for these tests, in English and
Spanish, in mixed case and in the all-capitals of wire copy."""

from __future__ import annotations

import pytest

from hito.extract.actors import find_actors


def names(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.actor.name, m.actor.sector) for m in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "group"),
    [
        ("FMLN guerrillas blew up an invented bridge near the river.", "en", "FMLN"),
        ("GUERRILLAS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT BURNED A BUS.", "en", "FMLN"),
        ("SHINING PATH TERRORISTS DYNAMITED AN INVENTED POWER PYLON.", "en", "Shining Path"),
        ("Los guerrilleros del ELN secuestraron a un ingeniero inventado.", "es", "ELN"),
        ("MIEMBROS DE SENDERO LUMINOSO ATACARON UN PUESTO INVENTADO.", "es", "Shining Path"),
        ("El Cártel de Medellín colocó una bomba en un banco inventado.", "es", "Medellin Cartel"),
        ("SICARIOS DEL CARTEL DE CALI ASESINARON A UN JUEZ INVENTADO.", "es", "Cali Cartel"),
        ("THE CINCHONEROS CLAIMED AN INVENTED BOMBING IN TEGUCIGALPA.", "en", "Cinchoneros"),
        (
            "El Movimiento Popular de Liberación Cinchonero quemó un autobús inventado.",
            "es",
            "Cinchoneros",
        ),
        (
            "Members of the Manuel Rodriguez Patriotic Front bombed an invented office.",
            "en",
            "Manuel Rodriguez Patriotic Front",
        ),
        (
            "GUERRILLEROS DEL FPMR ATACARON UN CUARTEL INVENTADO.",
            "es",
            "Manuel Rodriguez Patriotic Front",
        ),
        (
            "LA CASA FUE ATACADA POR LAS FUERZAS ARMADAS DE LIBERACION ZARATE WILLKA.",
            "es",
            "Zarate Willka Armed Forces of Liberation",
        ),
        (
            "The Zarate Willka group set off two invented bombs.",
            "en",
            "Zarate Willka Armed Forces of Liberation",
        ),
    ],
)
def test_a_named_group_is_one_actor_with_its_role_noun(
    text: str, language: str, group: str
) -> None:
    found = names(text, language)
    assert group in [name for name, _ in found]
    # The role noun beside the name ("guerrillas", "guerrilleros") is not a second group.
    assert sum(sector in ("REB", "CRM") for _, sector in found) == 1


def test_a_role_noun_away_from_the_name_is_still_read() -> None:
    # Two sides: the rebels who attacked and the group that later claimed nothing.
    found = names("INVENTED REBELS ATTACKED THE TOWN, AND THE FMLN DENIED IT.", "en")
    assert ("rebels", "REB") in found and ("FMLN", "REB") in found


def test_acronyms_match_in_capitals_only() -> None:
    assert names("The eln of the story is an invented word.", "en") == []


@pytest.mark.parametrize(
    ("text", "language", "group"),
    [
        ("The Knights Templar burned two invented trucks in Michoacan.", "en", "Knights Templar"),
        ("Los Caballeros Templarios bloquearon una carretera inventada.", "es", "Knights Templar"),
        ("Hitmen of the New Juarez Cartel shot an invented officer.", "en", "Juarez Cartel"),
        ("El Cártel de Juárez amenazó a policías de un pueblo inventado.", "es", "Juarez Cartel"),
        (
            "Gunmen of the Beltran Leyva Organization attacked an invented ranch.",
            "en",
            "Beltran Leyva Organization",
        ),
        ("El Cártel de Tijuana atacó un bar inventado.", "es", "Tijuana Cartel"),
        ("Guerreros Unidos kidnapped an invented shopkeeper.", "en", "Guerreros Unidos"),
    ],
)
def test_mexican_cartels_are_named_groups(text: str, language: str, group: str) -> None:
    assert (group, "CRM") in names(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Mata Zetas left an invented banner beside the bodies.", "en"),
        ("Un grupo de los Matazetas asesinó a tres hombres en un rancho inventado.", "es"),
    ],
)
def test_the_zeta_killers_are_the_jalisco_cartel_not_the_zetas(text: str, language: str) -> None:
    found = names(text, language)
    assert ("Jalisco New Generation Cartel", "CRM") in found
    assert ("Zetas", "CRM") not in found


@pytest.mark.parametrize(
    ("text", "language", "role", "sector"),
    [
        ("Teachers marched through an invented town.", "en", "teachers", "EDU"),
        ("Maestros de un pueblo inventado marcharon por la avenida.", "es", "teachers", "EDU"),
        ("Doctors went on strike in an invented city.", "en", "doctors", "MED"),
        ("Los médicos de un hospital inventado pararon labores.", "es", "doctors", "MED"),
        ("The coast guard seized an invented boat.", "en", "police", "COP"),
        ("Los guardacostas interceptaron una lancha inventada.", "es", "police", "COP"),
        ("Dos universitarios fueron baleados en un campus inventado.", "es", "students", "EDU"),
        ("Las universitarias marcharon por una avenida inventada.", "es", "students", "EDU"),
        ("Two university students were shot on an invented campus.", "en", "students", "EDU"),
    ],
)
def test_teachers_doctors_and_coast_guards_are_roles(
    text: str, language: str, role: str, sector: str
) -> None:
    assert (role, sector) in names(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Community police detained two invented thieves in a Guerrero village.", "en"),
        ("Los policías comunitarios detuvieron a dos ladrones en un pueblo inventado.", "es"),
        ("Las guardias comunitarias cerraron el paso a un pueblo inventado.", "es"),
    ],
)
def test_community_police_are_vigilantes_not_the_state(text: str, language: str) -> None:
    found = names(text, language)
    assert ("vigilantes", "CVL") in found
    assert all(sector != "COP" for _, sector in found)

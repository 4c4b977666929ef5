"""Unknown attackers told by how they came ("two men on a motorcycle", "dos hombres en
motocicleta") are the gunmen who acted (UAF), not a party left out. Sentences written for
these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.extract.actors import find_actors
from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process


def extract(text: str, language: str) -> list[EventRecord]:
    report = Report(text=text, content_hash=content_hash(text), published=dt.date(2025, 3, 12))
    return process(report, language)[1]


def _assault(records: list[EventRecord]) -> EventRecord:
    return next(r for r in records if r.event_type == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two men on a motorcycle opened fire on an invented grocer in Huixtla.", "en"),
        ("Three masked men riding motorbikes shot at the bakery's owner.", "en"),
        ("Dos hombres en motocicleta dispararon contra un tendero inventado.", "es"),
        ("Unos sujetos a bordo de una motocicleta balearon la fachada del taller.", "es"),
    ],
)
def test_described_attackers_are_gunmen(text: str, language: str) -> None:
    assert ("gunmen", "UAF") in [
        (m.actor.name, m.actor.sector) for m in find_actors(text, language)
    ]


def test_men_on_a_motorcycle_are_the_actors_of_a_shooting_english() -> None:
    r = _assault(
        extract(
            "A taxi driver was shot dead on Sunday in Tapachula by two men on a motorcycle, "
            "who sped off toward the river.",
            "en",
        )
    )
    assert [(a.name, a.sector) for a in r.actors] == [("gunmen", "UAF")]
    assert all(t.sector != "UAF" for t in r.targets)


def test_men_on_a_motorcycle_are_the_actors_of_a_shooting_spanish() -> None:
    r = _assault(
        extract(
            "El domingo, dos hombres en motocicleta asesinaron a balazos a un taxista en "
            "Tapachula y huyeron hacia el río.",
            "es",
        )
    )
    assert [(a.name, a.sector) for a in r.actors] == [("gunmen", "UAF")]
    assert all(t.sector != "UAF" for t in r.targets)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two men were found dead inside a burned car near Ciudad Hidalgo.", "en"),
        ("Dos hombres fueron hallados sin vida dentro de un auto en Ciudad Hidalgo.", "es"),
    ],
)
def test_men_named_without_a_ride_are_no_gunmen(text: str, language: str) -> None:
    assert "gunmen" not in [m.actor.name for m in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gunmen shot at the front of a bakery in Tecun Uman on Tuesday.", "en"),
        ("Unos pistoleros balearon la fachada de una panadería en Tecún Umán.", "es"),
        ("Un pistolero disparó contra el dueño de una ferretería en Nogales.", "es"),
        ("Dos gatilleros asesinaron a un comerciante inventado en Culiacán.", "es"),
        ("Hombres armados dispararon contra una patrulla en Reynosa.", "es"),
    ],
)
def test_spanish_words_for_gunmen_name_the_gunmen(text: str, language: str) -> None:
    assert ("gunmen", "UAF") in [
        (m.actor.name, m.actor.sector) for m in find_actors(text, language)
    ]


def test_spanish_pistoleros_are_the_actors_of_a_killing() -> None:
    r = _assault(
        extract(
            "El martes, dos pistoleros mataron a su hermano afuera de una panadería en Nogales.",
            "es",
        )
    )
    assert [(a.name, a.sector) for a in r.actors] == [("gunmen", "UAF")]
    assert r.killed == 1


@pytest.mark.parametrize(
    "text",
    [
        # A counted subject whose verb ends like a preposition ("-on", "-en") still has
        # the object after the verb: the count names the killers, not the dead.
        "Tres sicarios ejecutaron a un taxista inventado en Zamora.",
        "Dos hombres armados mataron a un ganadero en Tierra Blanca.",
    ],
)
def test_a_counted_subject_with_an_object_after_its_verb_is_the_actor(text: str) -> None:
    r = _assault(extract(text, "es"))
    assert [a.sector for a in r.actors] in (["CRM"], ["UAF"])
    assert all(t.sector not in ("CRM", "UAF") for t in r.targets)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A lone gunman opened fire on the bus near Culiacán.", "en"),
        ("The gunman fled on foot after the shooting.", "en"),
        ("Un pistolero disparó contra el autobús cerca de Culiacán.", "es"),
    ],
)
def test_one_gunman_is_the_gunmen(text: str, language: str) -> None:
    assert ("gunmen", "UAF") in [
        (m.actor.name, m.actor.sector) for m in find_actors(text, language)
    ]


def test_a_lone_gunman_is_the_actor_of_a_killing() -> None:
    r = _assault(extract("A lone gunman shot dead two bank guards in Culiacán on Tuesday.", "en"))
    assert [a.name for a in r.actors] == ["gunmen"]
    assert r.killed == 2
    spanish = _assault(
        extract("Un pistolero asesinó a dos guardias de un banco en Culiacán el martes.", "es")
    )
    assert [a.name for a in spanish.actors] == ["gunmen"]

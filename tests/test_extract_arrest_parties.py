"""Forces in an arrest that did not make it: the force a suspect is handed over to, and a
force whose own members are arrested (the arrest's target). El Salvador's National Civil
Police shares its name with Guatemala's. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.extract.actors import find_actors
from hito.extract.incidents import _coerced_force

DAY = dt.date(2025, 6, 18)


def _arrest(text: str, language: str) -> tuple[set[tuple[str, str | None]], set[str]]:
    r = next(r for r in process_text(text, language, DAY)[1] if r.event_type == "COERCE")
    return {(a.sector, a.country) for a in r.actors}, {a.sector for a in r.targets}


def test_force_a_suspect_is_handed_over_to_is_no_actor() -> None:
    english = (
        "Mexican soldiers arrested a Guatemalan drug trafficker in Tapachula, Chiapas, on "
        "Monday and handed him over to Guatemalan police at the border."
    )
    assert _arrest(english, "en")[0] == {("MIL", "MX")}
    spanish = (
        "Soldados mexicanos detuvieron el lunes en Tapachula, Chiapas, a un narcotraficante "
        "guatemalteco, que fue entregado a la policía guatemalteca en la frontera."
    )
    assert _arrest(spanish, "es")[0] == {("MIL", "MX")}


def test_police_arrested_are_the_target() -> None:
    english = (
        "Soldiers arrested a police chief and five of his officers in Tierra Blanca, Veracruz, "
        "on Monday over the disappearance of five youths."
    )
    actors, targets = _arrest(english, "en")
    assert ("COP", "MX") not in actors
    assert "COP" in targets
    spanish = (
        "Seis policías municipales fueron detenidos el lunes por soldados en Tierra Blanca, "
        "Veracruz, por la desaparición de cinco jóvenes."
    )
    actors, targets = _arrest(spanish, "es")
    assert ("COP", "MX") not in actors
    assert "COP" in targets


def test_salvadoran_national_civil_police() -> None:
    english = (
        "El Salvador's National Civil Police arrested a gang leader in San Salvador on Monday."
    )
    assert _arrest(english, "en")[0] == {("COP", "SV")}
    spanish = (
        "La Policía Nacional Civil capturó el lunes a un pandillero en San Miguel, El Salvador."
    )
    assert _arrest(spanish, "es")[0] == {("COP", "SV")}


@pytest.mark.parametrize(
    ("text", "language", "side"),
    [
        ("Los detenidos fueron puestos a disposición de las autoridades.", "es", "none"),
        ("Soldiers arrested two men, whom the authorities say belong to a gang.", "en", "source"),
        (
            "Según las autoridades, dos hombres fueron detenidos en un pueblo inventado.",
            "es",
            "source",
        ),
        ("The authorities arrested two men in an invented town.", "en", None),
        ("Guatemalan authorities say they have arrested four men in a hamlet.", "en", None),
    ],
)
def test_authorities_who_receive_or_tell_of_an_arrest_did_not_make_it(
    text: str, language: str, side: str | None
) -> None:
    mention = next(m for m in find_actors(text, language) if m.actor.sector == "GOV")
    assert _coerced_force(mention, text) == side


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Four men were arrested in Tapachula, Chiapas, on Monday, whom the authorities "
            "say belong to a gang that extorts shopkeepers.",
            "en",
        ),
        (
            "Según el gobierno estatal, cuatro hombres fueron detenidos el lunes en Tapachula, "
            "Chiapas, por extorsionar a comerciantes.",
            "es",
        ),
    ],
)
def test_generic_authorities_that_only_tell_of_an_arrest_are_no_actor(
    text: str, language: str
) -> None:
    assert _arrest(text, language)[0] == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Military personnel arrested two men with 30 kilograms of cocaine in Tapachula, "
            "Chiapas, on Monday.",
            "en",
        ),
        (
            "Personal militar detuvo el lunes a dos hombres con 30 kilos de cocaína en "
            "Tapachula, Chiapas.",
            "es",
        ),
        (
            "Elementos militares detuvieron el lunes a dos hombres con 30 kilos de cocaína en "
            "Tapachula, Chiapas.",
            "es",
        ),
    ],
)
def test_military_personnel_are_the_army(text: str, language: str) -> None:
    assert _arrest(text, language)[0] == {("MIL", "MX")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Fiscalía informó que policías estatales y soldados desmantelaron el lunes un "
            "laboratorio de metanfetamina en Tapachula, Chiapas.",
            "es",
        ),
        (
            "La Procuraduría informó que agentes federales y soldados detuvieron el lunes a "
            "dos hombres con 30 kilos de cocaína en Tapachula, Chiapas.",
            "es",
        ),
        (
            "The state prosecutor's office said that police and soldiers dismantled a "
            "methamphetamine lab in Tapachula, Chiapas, on Monday.",
            "en",
        ),
    ],
)
def test_forces_an_office_reports_acting_are_its_actors(text: str, language: str) -> None:
    # "informó que <force> <verb>": the force is the reported clause's subject, who acted;
    # only "informó la policía" names the teller.
    assert {("COP", "MX"), ("MIL", "MX")} <= _arrest(text, language)[0]


def test_a_force_after_informo_que_is_no_source() -> None:
    text = "La Fiscalía informó que policías estatales detuvieron a dos hombres en Tapachula."
    police = next(m for m in find_actors(text, "es") if m.actor.sector == "COP")
    assert _coerced_force(police, text) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two men were arrested on Monday by the police in Tierra Blanca, Veracruz.", "en"),
        ("Dos hombres fueron detenidos por la policía el lunes en Tierra Blanca, Veracruz.", "es"),
    ],
)
def test_the_force_an_arrest_is_made_by_made_it(text: str, language: str) -> None:
    actors, targets = _arrest(text, language)
    assert actors == {("COP", "MX")}
    assert "COP" not in targets


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Eleven people were detained in Villahermosa, Tabasco, on Saturday, but the "
            "government did not say how many of them were foreigners.",
            "en",
        ),
        (
            "Once personas fueron detenidas el sábado en Villahermosa, Tabasco, aunque el "
            "gobierno no indicó cuántas eran extranjeras.",
            "es",
        ),
    ],
)
def test_a_government_that_does_not_say_more_of_an_arrest_did_not_make_it(
    text: str, language: str
) -> None:
    assert _arrest(text, language)[0] == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "State police arrested two suspected thieves in Ocosingo, Chiapas, on Sunday after "
            "residents caught them.",
            "en",
        ),
        (
            "La policía detuvo el domingo a tres presuntos extorsionadores en Comitán, Chiapas, "
            "tras la denuncia de los vecinos.",
            "es",
        ),
    ],
)
def test_residents_who_caught_or_denounced_the_suspects_are_not_the_ones_held(
    text: str, language: str
) -> None:
    assert _arrest(text, language)[1] == {"CRM"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers destroyed 40 hectares of poppy in Tajumulco, San Marcos, on Monday despite "
            "resistance from villagers.",
            "en",
        ),
        (
            "Soldados destruyeron 40 hectáreas de amapola en Tajumulco, San Marcos, el lunes pese "
            "a la resistencia de los pobladores.",
            "es",
        ),
    ],
)
def test_villagers_who_resist_an_eradication_are_not_its_targets(text: str, language: str) -> None:
    assert _arrest(text, language)[1] == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Soldiers detained twelve villagers in Tajumulco, San Marcos, on Monday.", "en"),
        ("Soldados detuvieron el lunes a doce campesinos en Tajumulco, San Marcos.", "es"),
        ("Twelve villagers were detained by soldiers in Tajumulco, San Marcos, on Monday.", "en"),
        ("Marines detained three fishermen off Puerto Madero, Chiapas, on Monday.", "en"),
        ("Marinos detuvieron el lunes a tres pescadores frente a Puerto Madero, Chiapas.", "es"),
    ],
)
def test_villagers_held_are_the_arrests_targets(text: str, language: str) -> None:
    assert _arrest(text, language)[1] == {"CVL"}


def test_force_killed_in_the_crime_a_suspect_is_held_for_is_no_actor() -> None:
    english = (
        "Mexican authorities on Tuesday arrested a man in Tapachula, Chiapas, accused of the "
        "massacre of nine police officers in March."
    )
    assert _arrest(english, "en")[0] == {("GOV", "MX")}
    english = (
        "Soldiers arrested a gang leader in Culiacan, Sinaloa, on Friday who is wanted for "
        "killing two police officers last year."
    )
    assert _arrest(english, "en")[0] == {("MIL", "MX")}
    spanish = (
        "Autoridades mexicanas capturaron el martes en Comitán, Chiapas, a un presunto sicario "
        "acusado de la masacre de policías ocurrida en marzo."
    )
    assert _arrest(spanish, "es")[0] == {("GOV", "MX")}
    spanish = (
        "Soldados detuvieron el viernes en Culiacán, Sinaloa, a un jefe de plaza señalado por "
        "el asesinato en enero de tres agentes de la policía municipal."
    )
    assert _arrest(spanish, "es")[0] == {("MIL", "MX")}


@pytest.mark.parametrize(
    ("before", "force", "language"),
    [
        ("accused of the murder of two ", "police officers", "en"),
        ("wanted for killing three ", "soldiers", "en"),
        ("over the ambush on ", "troops", "en"),
        ("acusado del homicidio de cuatro ", "policías", "es"),
        ("por la emboscada contra ", "militares", "es"),
        ("señalado de asesinar a cinco ", "policías", "es"),
    ],
)
def test_victims_of_the_crime_read_before_a_force(before: str, force: str, language: str) -> None:
    text = f"Detenido: un hombre {before}{force}."
    start = len(f"Detenido: un hombre {before}")
    mention = next(m for m in find_actors(text, language) if m.start >= start)
    assert _coerced_force(mention, text) == "none"


# Police or soldiers an operation frees or rescues were held by the people it arrests: the
# force that raided made the arrest, the freed force is no party to it.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers arrested 12 men in a raid on a ranch near Apatzingán, Michoacán, on "
            "Friday and freed two municipal police officers held there since Monday.",
            "en",
        ),
        (
            "Soldados detuvieron el viernes a 12 hombres en un rancho cerca de Apatzingán, "
            "Michoacán, y liberaron a dos policías municipales retenidos desde el lunes.",
            "es",
        ),
    ],
)
def test_a_force_the_operation_frees_is_no_actor(text: str, language: str) -> None:
    assert _arrest(text, language)[0] == {("MIL", "MX")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The operation freed two state police officers who had been held.", "en"),
        ("Troops rescued three police officers who had been held.", "en"),
        ("They freed a police chief and four other officers who had been held.", "en"),
        ("Liberaron al director de la policía y a otros tres agentes retenidos.", "es"),
        ("En el operativo rescataron a dos policías que estaban retenidos.", "es"),
        ("Los militares liberaron al policía que estaba retenido.", "es"),
    ],
)
def test_a_force_after_freed_is_not_an_actor_of_the_arrest(text: str, language: str) -> None:
    mentions = [m for m in find_actors(text, language) if m.actor.sector == "COP"]
    assert mentions
    assert all(_coerced_force(m, text) == "none" for m in mentions)


def test_police_named_after_freed_people_and_a_comma_still_arrest() -> None:
    text = "Troops rescued two migrants, and police arrested three smugglers."
    mention = next(m for m in find_actors(text, "en") if m.actor.sector == "COP")
    assert _coerced_force(mention, text) is None


def test_a_force_that_frees_by_its_arrest_stays_the_actor() -> None:
    text = "Two hostages were freed by state police who arrested the kidnappers."
    mention = next(m for m in find_actors(text, "en") if m.actor.sector == "COP")
    assert _coerced_force(mention, text) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers arrested twelve suspects in Coban, Guatemala, on Monday, and local "
            "journalists told this newspaper that the leaders had escaped.",
            "en",
        ),
        (
            "Soldados detuvieron a doce sospechosos en Cobán, Guatemala, el lunes, y periodistas "
            "locales contaron a este diario que los cabecillas escaparon.",
            "es",
        ),
        # The teller named after its verb, by any verb of telling (said_words).
        (
            "Soldiers arrested twelve suspects in Coban, Guatemala, on Monday; the leaders had "
            "escaped, reported journalists who covered the raid.",
            "en",
        ),
        (
            "Soldados detuvieron a doce sospechosos en Cobán, Guatemala, el lunes; los cabecillas "
            "escaparon, contó el periodista que cubrió el operativo.",
            "es",
        ),
    ],
)
def test_people_who_tell_of_an_arrest_are_no_target(text: str, language: str) -> None:
    _, targets = _arrest(text, language)
    assert targets == {"CRM"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police arrested two journalists, who told the court they were innocent, in Coban, "
            "Guatemala, on Monday.",
            "en",
        ),
        (
            "La policía detuvo a dos periodistas, quienes dijeron ser inocentes, en Cobán, "
            "Guatemala, el lunes.",
            "es",
        ),
    ],
)
def test_people_held_who_tell_of_it_stay_targets(text: str, language: str) -> None:
    _, targets = _arrest(text, language)
    assert targets == {"JRN"}


def _arrest_targets(text: str, language: str) -> set[str]:
    r = next(r for r in process_text(text, language, DAY)[1] if r.event_type == "COERCE")
    return {a.name for a in r.targets}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Mexican police arrested a Guatemalan drug trafficker in Tuxtla Gutiérrez on Friday, "
            "although the members of the Gulf Cartel who travelled with him were not arrested.",
            "en",
        ),
        (
            "Policías capturaron el viernes en Tuxtla Gutiérrez a un narcotraficante "
            "guatemalteco, aunque los integrantes del Cártel del Golfo que lo acompañaban no "
            "fueron detenidos.",
            "es",
        ),
    ],
)
def test_a_party_said_not_to_be_arrested_is_no_target(text: str, language: str) -> None:
    assert "Gulf Cartel" not in _arrest_targets(text, language)

"""Crime words and counts that report no incident: lists of charges or of a group's trade,
kinds of crime, trends and totals, figures of speech, a place made safe.

Every sentence here is invented for the test, in English and Spanish."""

from __future__ import annotations

import pytest

from conftest import pipeline_records
from hito.extract.triggers import find_triggers
from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.nlp import annotate


def extract(text: str, language: str) -> list[EventRecord]:
    return pipeline_records(text, language)


def references(text: str, language: str) -> dict[str, bool]:
    report = Report(text=text, content_hash=content_hash(text), language=language)
    sentence = annotate(report, language).sentences[0]
    return {t.text.lower(): t.reference for t in find_triggers(sentence, language)}


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "The former mayor was given 60 years in prison for murder, kidnapping and extortion.",
            "en",
            "kidnapping",
        ),
        (
            "Officials say the band lives off drug trafficking and kidnapping in the valley.",
            "en",
            "kidnapping",
        ),
        (
            "Los cargos que enfrentan son robo calificado, secuestro y lesiones.",
            "es",
            "secuestro",
        ),
        (
            "Cumple una pena por plagio o secuestro, extorsión y asociación ilícita.",
            "es",
            "plagio",
        ),
        (
            "Since then, crimes like kidnapping have grown in the port city.",
            "en",
            "kidnapping",
        ),
    ],
)
def test_a_list_of_charges_names_no_incident(text: str, language: str, word: str) -> None:
    found = references(text, language)
    assert found.get(word) is True, found


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Gunmen carried out the kidnapping and murder of two farmers near Comitán.",
            "en",
            "murder",
        ),
        ("Denuncian el robo y asesinato de un taxista en Tapachula.", "es", "asesinato"),
        ("El secuestro y asesinato de dos maestras conmocionó a Comitán.", "es", "secuestro"),
    ],
)
def test_a_violent_act_with_its_victim_stays_an_incident(
    text: str, language: str, word: str
) -> None:
    found = references(text, language)
    assert found.get(word) is False, found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police in the southern states have arrested a growing number of smugglers.", "en"),
        ("Sixty percent of those detained were foreigners, the figures show.", "en"),
        ("Some 90,000 people were displaced in 2019 across the country, the agency said.", "en"),
        ("The level of displacement in the region is far below that of its neighbour.", "en"),
        ("Murders have sharply dropped in the capital while extortion keeps rising.", "en"),
        ("El sesenta por ciento de los detenidos eran extranjeros, según el informe.", "es"),
        ("Unas 90 mil personas fueron desplazadas en 2019 en todo el país.", "es"),
        ("Nine other people died that day in various attacks across the city.", "en"),
    ],
)
def test_counts_and_trends_are_no_incident(text: str, language: str) -> None:
    assert extract(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The boss's arrest dealt a significant strike against the gang's finances.", "en"),
        (
            "Agentes de la policía municipal aseguraron la escena del crimen hasta la llegada de "
            "los peritos.",
            "es",
        ),
        (
            "Los comuneros siguen en diálogo con los jefes militares, pues, aseguran, la ciudad "
            "es el centro de operaciones de la banda.",
            "es",
        ),
        ("El alcalde aseguró: la policía municipal no tiene el control del puerto.", "es"),
    ],
)
def test_figures_of_speech_and_a_secured_scene_are_no_event(text: str, language: str) -> None:
    found = references(text, language)
    assert not any(w.startswith(("strike", "asegur")) for w in found), found


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        (
            "Transport workers began a general strike against the fuel prices in Tapachula.",
            "en",
            "PROTEST",
        ),
        ("Los soldados aseguraron 40 kilos de cocaína en Tapachula, Chiapas.", "es", "COERCE"),
    ],
)
def test_the_real_strike_and_seizure_stay(text: str, language: str, kind: str) -> None:
    assert [r.event_type for r in extract(text, language)] == [kind]


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("The gunmen carried assault rifles and pistols, police said.", "en", "assault"),
        ("Both officers could have been killed on that road, the chief said.", "en", "killed"),
        (
            "Los vecinos dijeron que el alcalde pudo haber detenido el conflicto a tiempo.",
            "es",
            "detenido",
        ),
        (
            "Washington offers a reward for information leading to his arrest.",
            "en",
            "arrest",
        ),
        (
            "Quedan pendientes 30 órdenes de aprehensión contra los líderes del grupo.",
            "es",
            "aprehensión",
        ),
    ],
)
def test_weapon_names_and_acts_not_done_are_no_trigger(text: str, language: str, word: str) -> None:
    assert word not in references(text, language)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "Se abrió una investigación por delitos de la Ley Federal de Armas de Fuego y "
            "Explosivos.",
            "es",
            "explosivos",
        ),
    ],
)
def test_a_laws_name_is_no_incident(text: str, language: str, word: str) -> None:
    assert references(text, language).get(word) is not False


def test_an_operation_leading_to_arrests_is_an_arrest() -> None:
    found = references("The raid in Tapachula ended with the arrest of five men.", "en")
    assert found.get("arrest") is False, found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Con estas capturas suman 40 las personas detenidas por el caso del rancho.", "es"),
        ("Suman ya 12 los policías asesinados en el municipio.", "es"),
    ],
)
def test_a_running_total_is_no_incident(text: str, language: str) -> None:
    assert extract(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Cases of gang members kidnapping truck drivers to demand ransoms are ever more "
            "common in the port of Veracruz.",
            "en",
        ),
        (
            "Los casos de pandilleros que secuestran a choferes para exigir rescate son muy "
            "frecuentes en el puerto de Veracruz.",
            "es",
        ),
    ],
)
def test_a_kind_of_act_said_to_be_common_is_no_incident(text: str, language: str) -> None:
    assert extract(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Thanks to the work of the police, the gang leader known as El Tigre has been "
            "captured. pic.twitter.com/AbC123xyz -- Interior Minister (ministro) June 3, 2018",
            "en",
        ),
        (
            "Gracias al trabajo de la policía se captura al líder de la banda conocido como El "
            "Tigre. pic.twitter.com/AbC123xyz -- Ministro de Gobernación (ministro) 3 de junio "
            "de 2018",
            "es",
        ),
    ],
)
def test_a_quoted_social_media_post_is_no_incident_of_its_own(text: str, language: str) -> None:
    assert extract(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "In apparent retaliation for a recent seizure, gunmen burned two trucks in Cardenas, "
            "Tabasco.",
            "en",
        ),
        (
            "En represalia por un decomiso reciente, hombres armados quemaron dos camiones en "
            "Cárdenas, Tabasco.",
            "es",
        ),
    ],
)
def test_the_act_a_reprisal_avenges_is_no_incident_of_its_own(text: str, language: str) -> None:
    assert [r.event_type for r in extract(text, language)] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Some 300 displaced villagers marched through Tuxtla Gutiérrez on Monday.", "en"),
        ("Unos 300 campesinos desplazados marcharon el lunes en Tuxtla Gutiérrez.", "es"),
        ("Instalan plantón 250 familias desplazadas en Tapachula", "es"),
    ],
)
def test_protesters_called_displaced_are_not_displaced_again(text: str, language: str) -> None:
    assert [r.event_type for r in extract(text, language)] == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Migrants travel north through Tamaulipas, where they are kidnapped and held for "
            "ransom by gangs.",
            "en",
        ),
        ("Los migrantes viajan al norte por Tamaulipas, donde son secuestrados por bandas.", "es"),
        (
            "Some loads are dropped into the sea off Gracias a Dios, where they are seized by the "
            "navy or picked up by fishermen.",
            "en",
        ),
        (
            "Algunos bultos se tiran desde avionetas a la laguna, donde son recogidos por "
            "lancheros o asegurados por la Marina.",
            "es",
        ),
    ],
)
def test_what_is_done_where_or_when_a_thing_happens_is_a_habit(text: str, language: str) -> None:
    assert extract(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The party says pressure on its members now comes by way of detentions, murders,"
            " searches and raids on party offices in the east.",
            "en",
        ),
        (
            "A church study found that rape, torture, murder, and disappearances served as"
            " tools of the junta against dissidents.",
            "en",
        ),
        (
            "El sindicato denunció una represión creciente en forma de detenciones, asesinatos,"
            " cateos y allanamientos a sus oficinas.",
            "es",
        ),
        (
            "Un informe afirma que tortura, asesinatos, violaciones y desapariciones fueron"
            " métodos del régimen.",
            "es",
        ),
    ],
)
def test_acts_listed_as_kinds_are_no_incident(text: str, language: str) -> None:
    # Three kinds of act listed bare ("arrests, murders, searches"): what a side does as a
    # rule, named as kinds, not one act the report tells.
    assert [r for r in extract(text, language) if r.event_type == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen killed two farmers near Ocotal on Monday; the murders, the fire and the"
            " looting of the shop shocked the town.",
            "en",
        ),
        (
            "Pistoleros mataron a dos campesinos cerca de Ocotal el lunes y secuestraron a"
            " otros tres.",
            "es",
        ),
    ],
)
def test_acts_told_beside_a_list_still_make_an_incident(text: str, language: str) -> None:
    assert [r for r in extract(text, language) if r.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The colonel has sharpened his attacks on the opposition since the strike ended.",
            "en",
        ),
        (
            "The consul was sent home over the baseless attacks of his government"
            " against the host government.",
            "en",
        ),
        (
            "El general intensificó sus ataques contra la oposición tras el embargo.",
            "es",
        ),
        (
            "Expulsaron al embajador por los injustificados ataques de su gobierno contra el"
            " gobierno nacional.",
            "es",
        ),
        # The courts and the law as an institution are attacked in words too.
        ("The bar said the new decree amounts to attacks upon the judicial branch.", "en"),
        ("The senator said the pardons were an assault on the rule of law.", "en"),
        ("El colegio de abogados calificó el decreto de ataque al poder judicial.", "es"),
        ("Los jueces denunciaron un ataque contra el estado de derecho.", "es"),
    ],
)
def test_attacks_in_words_on_a_government_or_the_opposition_are_no_incident(
    text: str, language: str
) -> None:
    # Attacks on a government, the opposition, a policy or the accords are words, not force.
    assert [r for r in extract(text, language) if r.event_type == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Rebels carried out an attack against the government palace in Ocotal on Monday.",
            "en",
        ),
        (
            "Gunmen staged an attack against opposition offices in Ocotal on Monday.",
            "en",
        ),
        (
            "Rebeldes perpetraron un ataque contra la sede del gobierno en Ocotal el lunes.",
            "es",
        ),
    ],
)
def test_attacks_on_a_governments_buildings_or_offices_are_incidents(
    text: str, language: str
) -> None:
    assert [r for r in extract(text, language) if r.event_type == "ASSAULT"]

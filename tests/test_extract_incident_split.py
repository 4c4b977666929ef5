"""Several incidents told in one report become several records; a sentence that goes on
telling one incident stays on it. Reports written for these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process


def assaults(text: str, language: str) -> list[EventRecord]:
    report = Report(
        text=text, content_hash=content_hash(text), published=dt.date.fromisoformat("2025-06-11")
    )
    return [r for r in process(report, language)[1] if r.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen shot dead a taxi driver in Tapachula, Chiapas, on Monday. In a separate "
            "incident, armed men killed a shopkeeper inside the municipal market.",
            "en",
        ),
        (
            "Hombres armados asesinaron el lunes a un taxista en Tapachula, Chiapas. En otro "
            "hecho, sujetos armados mataron a un comerciante dentro del mercado municipal.",
            "es",
        ),
    ],
)
def test_a_separate_incident_is_its_own_record(text: str, language: str) -> None:
    assert len(assaults(text, language)) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A bomb exploded outside a bank in Tegucigalpa early on Sunday, police said. "
            "Minutes later another bomb went off at a bus terminal.",
            "en",
        ),
        (
            "Una bomba explotó la madrugada del domingo frente a un banco en Tegucigalpa, informó "
            "la policía. Minutos después otra bomba estalló en una terminal de autobuses.",
            "es",
        ),
    ],
)
def test_another_bomb_is_another_bombing(text: str, language: str) -> None:
    records = assaults(text, language)
    assert [r.mode for r in records] == ["explosives", "explosives"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen killed two farmers in Comitán, Chiapas, on Monday. On Tuesday, armed men "
            "opened fire on a group of youths in Tapachula, Chiapas. One boy was killed and "
            "three were wounded.",
            "en",
        ),
        (
            "Hombres armados mataron el lunes a dos campesinos en Comitán, Chiapas. El martes, "
            "sujetos armados dispararon contra un grupo de jóvenes en Tapachula, Chiapas. Hubo un "
            "muerto y tres heridos.",
            "es",
        ),
    ],
)
def test_casualties_told_next_belong_to_the_incident_just_told(text: str, language: str) -> None:
    records = {r.place: r for r in assaults(text, language)}
    assert set(records) == {"Comitán", "Tapachula"}
    assert (records["Tapachula"].killed, records["Tapachula"].injured) == (1, 3)
    assert records["Comitán"].killed == 2 and records["Comitán"].injured is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "About 300 teachers marched in Tuxtla Gutiérrez, Chiapas, on Monday. Their union said "
            "they would march again on Friday. Hundreds of parents joined a rally outside the "
            "town hall.",
            "en",
        ),
        (
            "Unos 300 maestros marcharon el lunes en Tuxtla Gutiérrez, Chiapas. Su sindicato "
            "anunció que realizarán una marcha el viernes. Cientos de padres de familia se sumaron "
            "a un mitin frente al ayuntamiento.",
            "es",
        ),
    ],
)
def test_what_happened_does_not_go_on_telling_a_plan(text: str, language: str) -> None:
    report = Report(
        text=text, content_hash=content_hash(text), published=dt.date.fromisoformat("2025-06-11")
    )
    protests = [r for r in process(report, language)[1] if r.event_type == "PROTEST"]
    assert sorted(str(r.date) for r in protests) == ["2025-06-09", "2025-06-13"]


def records(text: str, language: str) -> list[EventRecord]:
    report = Report(
        text=text, content_hash=content_hash(text), published=dt.date.fromisoformat("2025-06-11")
    )
    return process(report, language)[1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Sunday night gunmen attacked police posts in Tapachula, Comitán and Palenque.",
            "en",
        ),
        (
            "El domingo por la noche, hombres armados atacaron casetas de policía en "
            "Tapachula, Comitán y Palenque.",
            "es",
        ),
        ("Bombs went off on Sunday in Tapachula, Chiapas, and in Villahermosa, Tabasco.", "en"),
    ],
)
def test_attacks_listed_at_distinct_towns_are_one_record_per_town(text: str, language: str) -> None:
    found = assaults(text, language)
    assert len(found) >= 2
    assert len({r.place for r in found}) == len(found)
    # Each keeps the shared sentence as its evidence.
    assert all(r.evidence == [text] for r in found)
    assert all(r.date == dt.date(2025, 6, 8) for r in found)


@pytest.mark.parametrize(
    ("text", "language", "event_type"),
    [
        # One toll for all of them: it cannot be shared out between the towns.
        (
            "On Thursday gunmen staged three clashes with police in Tapachula and Comitán, "
            "leaving seven gunmen dead.",
            "en",
            "ASSAULT",
        ),
        (
            "El jueves, sicarios protagonizaron tres enfrentamientos con policías en Tapachula "
            "y Comitán, con saldo de siete muertos.",
            "es",
            "ASSAULT",
        ),
        # A deployment to several towns is one deployment.
        ("Soldiers were deployed on Monday to Tapachula, Comitán and Palenque.", "en", "MOBILIZE"),
        (
            "Soldados fueron desplegados el lunes en Tapachula, Comitán y Palenque.",
            "es",
            "MOBILIZE",
        ),
        # A town and a neighbourhood of it are one scene.
        (
            "Gunmen opened fire on a bar in Tapachula and in the nearby neighbourhood of "
            "Los Naranjos on Monday.",
            "en",
            "ASSAULT",
        ),
        # A town in the possessive says where the town before it lies: "in A, in B's
        # suburbs" is no list of two scenes (Spanish says it with "de").
        (
            "A bomb destroyed a pharmacy on Monday in Mixco, in Guatemala City's western suburbs.",
            "en",
            "ASSAULT",
        ),
        (
            "Una bomba destruyó el lunes una farmacia en Mixco, en los suburbios del oeste de "
            "la Ciudad de Guatemala.",
            "es",
            "ASSAULT",
        ),
    ],
)
def test_lists_that_tell_one_incident_stay_one_record(
    text: str, language: str, event_type: str
) -> None:
    assert len([r for r in records(text, language) if r.event_type == event_type]) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "SAN SALVADOR (AP) — The government condemned the murder of Rosa Quintanilla, a "
            "local mayor. Quintanilla was shot dead near her home in Tapachula, Chiapas, by two "
            "men on a motorcycle.",
            "en",
        ),
        (
            "SAN SALVADOR (EFE) — El gobierno condenó el asesinato de Rosa Quintanilla, "
            "alcaldesa de la zona. Quintanilla fue asesinada a balazos cerca de su casa en "
            "Tapachula, Chiapas, por dos hombres en motocicleta.",
            "es",
        ),
    ],
)
def test_the_lead_placed_by_its_dateline_is_the_act_placed_next(text: str, language: str) -> None:
    # The dateline says where the story was filed; the sentence after the lead says where
    # the murder was, and tells the same murder.
    records = assaults(text, language)
    assert len(records) == 1
    assert records[0].place == "Tapachula"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "MEXICO CITY (AP) — Gunmen carried out three attacks on police patrols in the south "
            "overnight. In Huixtla, Chiapas, attackers shot at a patrol car and wounded two "
            "officers.",
            "en",
        ),
        (
            "CIUDAD DE MÉXICO (EFE) — Se registraron tres ataques armados contra patrullas "
            "policiales en el sur durante la noche. En Huixtla, Chiapas, hombres armados "
            "asesinaron a dos agentes que patrullaban la carretera.",
            "es",
        ),
    ],
)
def test_a_lead_counting_several_acts_keeps_its_dateline(text: str, language: str) -> None:
    # "Three attacks" are told one by one further on: the one in Huixtla is one of them,
    # not the whole of the lead's story.
    assert len(assaults(text, language)) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen held two bus drivers hostage in Guatemala for six hours. Earlier this year, "
            "a bus company manager was shot dead in Escuintla.",
            "en",
        ),
        (
            "Hombres armados secuestraron a dos choferes en Guatemala durante seis horas. A "
            "principios de este año, un gerente de una empresa de autobuses fue asesinado a "
            "tiros en Escuintla.",
            "es",
        ),
    ],
)
def test_an_act_told_as_earlier_this_year_is_an_incident_of_its_own(
    text: str, language: str
) -> None:
    assert len(assaults(text, language)) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Three bus drivers were shot dead on Monday in Guatemala. The first, a man of 40, "
            "was killed by two passengers on his bus. The other two were murdered by gunmen in "
            "Escuintla and in Quetzaltenango, respectively.",
            "en",
        ),
        (
            "Tres conductores de autobús fueron asesinados el lunes en Guatemala. El primero, "
            "de 40 años, fue atacado por dos pasajeros en su autobús. Los otros dos fueron "
            "asesinados por pistoleros en Escuintla y en Quetzaltenango, respectivamente.",
            "es",
        ),
    ],
)
def test_acts_shared_out_among_towns_are_not_the_unplaced_lead(text: str, language: str) -> None:
    places = {r.place for r in assaults(text, language)}
    assert {"Escuintla", "Quetzaltenango"} <= places
    assert len(assaults(text, language)) == 3


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police found the bodies of 20 people in a house in the Reforma district of Veracruz "
            "on Thursday. "
            "The victims had been shot. Hours later, another 11 bodies were found in a property "
            "on the other side of the city.",
            "en",
        ),
        (
            "La policía encontró 20 cuerpos en una casa de la colonia Reforma de Veracruz el "
            "jueves. Las víctimas tenían impactos de bala. Horas después, los agentes "
            "localizaron otros 11 cuerpos en un predio del otro lado de la ciudad.",
            "es",
        ),
    ],
)
def test_another_count_of_bodies_is_another_find(text: str, language: str) -> None:
    assert len(assaults(text, language)) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen carried out several attacks in Tapachula on Sunday and on Monday. "
            "On Monday gunmen set off a bomb outside a car dealership in the city centre. "
            "On Sunday gunmen shot dead two shopkeepers in the municipal market.",
            "en",
        ),
        (
            "Varios ataques armados dejaron muertos en Tapachula el domingo y el lunes. "
            "El lunes, sujetos armados detonaron un artefacto explosivo frente a una agencia "
            "de autos en el centro. El domingo, hombres armados asesinaron a dos comerciantes "
            "en el mercado municipal.",
            "es",
        ),
    ],
)
def test_acts_told_after_a_several_acts_lead_keep_their_own_days(text: str, language: str) -> None:
    # The lead counts acts of both days, so either day matches it; the acts told after it
    # are told apart by their own days.
    assert len(assaults(text, language)) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Trafficker Arrested in Tapachula\n\nA man was arrested with 20 kilos of cocaine in "
            "Tapachula, Chiapas, officials said on Thursday. The arrest took place on Wednesday "
            "night at a police checkpoint.",
            "en",
        ),
        (
            "Detienen a un traficante en Tapachula\n\nUn hombre fue detenido con 20 kilos de "
            "cocaína en Tapachula, Chiapas, informaron hoy las autoridades. La detención ocurrió "
            "la noche del miércoles en un retén de la policía.",
            "es",
        ),
    ],
)
def test_the_day_a_source_spoke_yields_to_the_day_of_the_act(text: str, language: str) -> None:
    report = Report(
        text=text, content_hash=content_hash(text), published=dt.date.fromisoformat("2025-06-12")
    )
    records = process(report, language)[1]
    assert [(r.event_type, r.date) for r in records] == [("COERCE", dt.date(2025, 6, 11))]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen ambushed an army patrol near the village of San Luis La Loma, Guerrero, on "
            "Tuesday, killing two soldiers. The soldiers were patrolling the Acapulco-Zihuatanejo "
            "highway when they were attacked by a group of gunmen.",
            "en",
        ),
        (
            "Acapulco, Gro. Hombres armados emboscaron esta tarde a una patrulla del Ejército "
            "cerca de la comunidad de San Luis La Loma y mataron a dos militares. Los militares "
            "fueron atacados por un grupo armado mientras recorrían la carretera federal "
            "Acapulco-Zihuatanejo.",
            "es",
        ),
    ],
)
def test_the_town_a_road_is_named_after_does_not_part_an_attack_on_it(
    text: str, language: str
) -> None:
    assert [r.place for r in assaults(text, language)] == ["San Luis La Loma"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen shot dead a taxi driver in Tapachula, Chiapas, on Monday. Meanwhile, armed "
            "men killed a shopkeeper in Tapachula.",
            "en",
        ),
        (
            "Gunmen shot dead a taxi driver in Tapachula, Chiapas, on Monday. In another "
            "development, armed men killed a shopkeeper in Tapachula.",
            "en",
        ),
        (
            "Hombres armados asesinaron el lunes a un taxista en Tapachula, Chiapas. Mientras "
            "tanto, sujetos armados mataron a un comerciante en Tapachula.",
            "es",
        ),
        (
            "Gunmen shot dead a taxi driver in Tapachula, Chiapas, on Monday. Similarly, armed "
            "men killed a shopkeeper in Tapachula.",
            "en",
        ),
        (
            "Hombres armados asesinaron el lunes a un taxista en Tapachula, Chiapas. Además, "
            "sujetos armados mataron a un comerciante en Tapachula.",
            "es",
        ),
        (
            "Hombres armados asesinaron el lunes a un taxista en Tapachula, Chiapas. De igual "
            "manera, sujetos armados mataron a un comerciante en Tapachula.",
            "es",
        ),
    ],
)
def test_an_act_told_meanwhile_at_a_place_of_its_own_is_another_incident(
    text: str, language: str
) -> None:
    assert len(assaults(text, language)) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen shot dead a taxi driver in Tapachula, Chiapas, on Monday. Meanwhile, police "
            "said the gunmen shot him five times.",
            "en",
        ),
        (
            "Hombres armados asesinaron el lunes a un taxista en Tapachula, Chiapas. Mientras "
            "tanto, la policía informó que los sujetos le dispararon cinco veces.",
            "es",
        ),
        (
            "Gunmen shot dead a taxi driver in Tapachula, Chiapas, on Monday. In addition, the "
            "gunmen wounded his passenger.",
            "en",
        ),
    ],
)
def test_an_act_told_meanwhile_with_no_place_goes_on_telling_the_last(
    text: str, language: str
) -> None:
    assert len(assaults(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police arrested two men in Limon, Costa Rica, on Monday. Meanwhile, arrests for "
            "drug offences in Costa Rica rose sharply last year.",
            "en",
        ),
        (
            "La policía detuvo el lunes a dos hombres en Limón, Costa Rica. Mientras tanto, las "
            "detenciones por narcotráfico en Costa Rica aumentaron el año pasado.",
            "es",
        ),
    ],
)
def test_a_country_told_meanwhile_is_no_place_of_its_own(text: str, language: str) -> None:
    report = Report(
        text=text, content_hash=content_hash(text), published=dt.date.fromisoformat("2025-06-11")
    )
    assert len([r for r in process(report, language)[1] if r.event_type == "COERCE"]) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police said the violence went on over the weekend. Gunmen shot at a bus on Saturday "
            "and wounded the driver. In Huixtla, armed men killed two farmers.",
            "en",
        ),
        (
            "La policía informó que la violencia siguió el fin de semana. Hombres armados "
            "dispararon contra un autobús el sábado e hirieron al chofer. En Huixtla, sujetos "
            "armados mataron a dos campesinos.",
            "es",
        ),
    ],
)
def test_a_sentence_that_opens_at_a_town_of_its_own_tells_another_incident(
    text: str, language: str
) -> None:
    assert len(assaults(text, language)) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police said the violence went on over the weekend. Gunmen shot at a bus on Saturday "
            "and wounded the driver. In Huixtla armed men killed two farmers.",
            "en",
        ),
        (
            "POLICE SAID THE VIOLENCE WENT ON OVER THE WEEKEND. GUNMEN SHOT AT A BUS ON SATURDAY "
            "AND WOUNDED THE DRIVER. IN THE TOWN OF HUIXTLA ARMED MEN KILLED TWO FARMERS.",
            "en",
        ),
        (
            "La policía informó que la violencia siguió el fin de semana. Hombres armados "
            "dispararon contra un autobús el sábado e hirieron al chofer. En Huixtla sujetos "
            "armados mataron a dos campesinos.",
            "es",
        ),
    ],
)
def test_a_sentence_that_opens_at_a_town_of_its_own_with_no_comma_tells_another_incident(
    text: str, language: str
) -> None:
    assert len(assaults(text, language)) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen shot dead a mayor in Tapachula on Monday. In Tapachula it was reported that "
            "the attackers also wounded his driver.",
            "en",
        ),
        (
            "Gunmen shot dead a mayor in Tapachula on Monday. In Tapachula and nearby towns the "
            "attackers also wounded his driver.",
            "en",
        ),
        (
            "Hombres armados mataron el lunes a un alcalde en Tapachula. En Tapachula se informó "
            "que los atacantes también hirieron a su chofer.",
            "es",
        ),
    ],
)
def test_a_town_that_opens_a_report_of_the_act_or_a_list_tells_no_other_incident(
    text: str, language: str
) -> None:
    assert len(assaults(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "About 1,200 soldiers and 1,300 Federal Police were deployed across the state of "
            "Nuevo Leon after a casino was attacked.\n\nThe officers and soldiers reached the "
            "state on Saturday and Sunday.\n\nThey join some 2,000 additional troops sent to "
            "the state back in June.",
            "en",
        ),
        (
            "Unos 1,500 soldados y 1,500 policías federales fueron desplegados en Nuevo León tras "
            "el ataque a un casino.\n\nLos agentes llegaron el sábado y el domingo.\n\nSe suman a "
            "los 2,500 soldados enviados al estado en junio.",
            "es",
        ),
    ],
)
def test_troops_that_others_join_were_sent_before(text: str, language: str) -> None:
    # Undated reports: no publication date tells June apart from the new deployment.
    report = Report(text=text, content_hash=content_hash(text))
    moves = [r for r in process(report, language)[1] if r.event_type == "MOBILIZE"]
    assert len(moves) == 2
    # "sent to the state": the state named before, not a town of it.
    assert {(r.admin1, r.geo_precision) for r in moves} == {("Nuevo León", 3)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Zihuatanejo, Gro. Un enfrentamiento entre agentes estatales y pistoleros dejó "
            "12 muertos en la zona conocida como Barranca Honda.\n\nAl sitio llegaron marinos y "
            "soldados, que acordonaron el área.",
            "es",
        ),
        (
            "ZIHUATANEJO, Guerrero - A shootout between state police and gunmen left 12 dead in "
            "the area known as Barranca Honda.\n\nNavy and army personnel who rushed to the scene "
            "cordoned it off.",
            "en",
        ),
    ],
)
def test_forces_that_come_to_the_scene_are_placed_at_the_act(text: str, language: str) -> None:
    report = Report(text=text, content_hash=content_hash(text), published=dt.date(2025, 6, 11))
    records = process(report, language)[1]
    clash = next(r for r in records if r.event_type == "ASSAULT")
    moves = [r for r in records if r.event_type == "MOBILIZE"]
    assert [r.place for r in moves] == [clash.place]


def coercions(text: str, language: str) -> list[EventRecord]:
    report = Report(
        text=text, content_hash=content_hash(text), published=dt.date.fromisoformat("2025-06-11")
    )
    return [r for r in process(report, language)[1] if r.event_type == "COERCE"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police arrested a suspected gang member on Monday in downtown San José. He was "
            "later handed over to migration officers to be deported to Honduras.",
            "en",
        ),
        (
            "La policía detuvo el lunes a un presunto pandillero en el centro de San José. "
            "Horas después fue entregado a Migración para ser deportado a Honduras.",
            "es",
        ),
    ],
)
def test_an_arrest_and_the_deportation_after_it_are_two_records(text: str, language: str) -> None:
    assert sorted(str(r.mode) for r in coercions(text, language)) == ["arrest", "deport"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Migration agents detained and deported 40 Honduran migrants in Tapachula.", "en"),
        (
            "Agentes de Migración detuvieron y deportaron a 40 migrantes hondureños en Tapachula.",
            "es",
        ),
    ],
)
def test_one_sentence_that_detains_and_deports_is_one_record(text: str, language: str) -> None:
    assert len(coercions(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "MEXICO CITY -- Soldiers clashed with gunmen guarding a ranch in the municipality of "
            "Zitacuaro, Michoacan, on Tuesday, killing five of them. The troops also freed four "
            "men who were being held hostage at the ranch.",
            "en",
        ),
        (
            "CIUDAD DE MÉXICO.- Militares se enfrentaron el martes con hombres armados que "
            "custodiaban un rancho en el municipio de Zitácuaro, Michoacán, y abatieron a cinco. "
            "Los soldados también liberaron a cuatro personas que estaban secuestradas en el "
            "rancho.",
            "es",
        ),
    ],
)
def test_hostages_freed_after_a_clash_are_an_abduction_where_the_clash_was(
    text: str, language: str
) -> None:
    clash, freed = assaults(text, language)
    assert clash.mode != "abduct"
    assert freed.mode == "abduct"
    assert clash.place == freed.place
    assert freed.place in {"Zitacuaro", "Zitácuaro"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ten gunmen were killed in Mexico in a clash with an army patrol in June. The patrol "
            "came upon armed men guarding a ranch in the municipality of Zitacuaro, Michoacan, "
            "and the men opened fire on the soldiers. The troops also rescued three women who "
            "were being held hostage at the ranch.",
            "en",
        ),
        (
            "Diez hombres armados murieron en México en un enfrentamiento con una patrulla del "
            "Ejército en junio. La patrulla encontró a hombres armados que custodiaban un rancho "
            "en el municipio de Zitácuaro, Michoacán, y los hombres dispararon contra los "
            "soldados. Los soldados también liberaron a tres mujeres que estaban secuestradas en "
            "el rancho.",
            "es",
        ),
    ],
)
def test_hostages_freed_take_the_place_the_clash_was_given_after_its_country(
    text: str, language: str
) -> None:
    clash, freed = assaults(text, language)
    assert freed.mode == "abduct"
    assert freed.place == clash.place
    assert freed.place in {"Zitacuaro", "Zitácuaro"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Some 300 farmers set up camp in the main square of Tuxtla Gutiérrez on Tuesday. "
            "Their leader recalled that they left Venustiano Carranza on May 5, when gunmen "
            'shot dead two of their neighbours. "We demand justice for the criminals who killed '
            'two of our neighbours on May 5 and burned our houses," he said.',
            "en",
        ),
        (
            "Cerca de 300 campesinos acamparon el martes frente al palacio municipal de Tuxtla "
            "Gutiérrez. Su vocero recordó que dejaron su ejido en Ocosingo el 5 de mayo, "
            "cuando hombres armados asesinaron a balazos a dos de sus vecinos. “Pedimos "
            "castigo para los pistoleros que asesinaron a dos vecinos nuestros el 5 de "
            "mayo e incendiaron nuestras casas”, dijo.",
            "es",
        ),
    ],
)
def test_an_act_recalled_with_its_day_and_told_again_is_one_record(
    text: str, language: str
) -> None:
    found = assaults(text, language)
    assert [(r.date, r.factuality) for r in found] == [(dt.date(2025, 5, 5), "historical")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen shot dead four men at a car wash in Torreón, Coahuila, on Monday evening. "
            "Two hours later, in the Las Palmas neighborhood of the city, an armed group opened "
            "fire on a group of youths.",
            "en",
        ),
        (
            "Hombres armados asesinaron el lunes por la tarde a cuatro hombres en un autolavado "
            "de Torreón, Coahuila. Dos horas más tarde, en la calle Hidalgo de la colonia Las "
            "Palmas, un grupo armado disparó contra varios jóvenes.",
            "es",
        ),
    ],
)
def test_an_act_hours_later_at_a_place_of_its_own_is_another(text: str, language: str) -> None:
    records = assaults(text, language)
    assert len(records) == 2
    assert records[0].date == records[1].date
    # Placed where the act it is timed from was, not at the dateline or nowhere.
    assert records[1].admin1 == "Coahuila"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen attacked a bus in Torreón, Coahuila, on Monday, wounding three passengers. "
            "Two hours later one of the passengers died in hospital.",
            "en",
        ),
        (
            "Hombres armados atacaron el lunes un autobús en Torreón, Coahuila, y dejaron tres "
            "pasajeros heridos. Dos horas más tarde uno de los pasajeros murió en el hospital.",
            "es",
        ),
    ],
)
def test_what_follows_hours_later_with_no_place_goes_on(text: str, language: str) -> None:
    assert len(assaults(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen fired on a bus near Huixtla on Sunday, wounding the driver. Three days "
            "earlier, a grenade hit the town hall.",
            "en",
        ),
        (
            "Hombres armados dispararon el domingo contra un autobús cerca de Huixtla e hirieron "
            "al chofer. Tres días antes, lanzaron un artefacto explosivo contra la presidencia "
            "municipal.",
            "es",
        ),
    ],
)
def test_an_act_days_before_the_one_told_is_another(text: str, language: str) -> None:
    # "Three days earlier" counts a day from the act told before: an act of another day.
    assert len(assaults(text, language)) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen fired on a bus near Huixtla on Sunday, wounding the driver. Three days "
            "later, the attack was condemned by the state governor.",
            "en",
        ),
        (
            "Hombres armados dispararon el domingo contra un autobús cerca de Huixtla e hirieron "
            "al chofer. Tres días después, el ataque fue condenado por el gobernador.",
            "es",
        ),
    ],
)
def test_the_act_named_back_days_later_is_the_same(text: str, language: str) -> None:
    assert len(assaults(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Unknown men abducted and killed a teacher in San Mateo Ixtatan. Angry residents "
            "then seized two suspects in the town, who were lynched in the main square.",
            "en",
        ),
        (
            "Desconocidos secuestraron y mataron a un maestro en San Mateo Ixtatán. Después, "
            "vecinos enfurecidos capturaron a dos sospechosos, que fueron linchados en la "
            "plaza del pueblo.",
            "es",
        ),
    ],
)
def test_a_lynching_is_an_incident_of_its_own(text: str, language: str) -> None:
    # The mob turns on the suspects of the crime told before: an assault of its own, with
    # other doers and other victims (labelling conventions: a mob lynching is ASSAULT).
    assert len(assaults(text, language)) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A mob lynched two suspected thieves in San Mateo Ixtatan on Monday. Police said "
            "the lynching lasted an hour.",
            "en",
        ),
        (
            "Una turba linchó el lunes a dos presuntos ladrones en San Mateo Ixtatán. La "
            "policía dijo que el linchamiento duró una hora.",
            "es",
        ),
    ],
)
def test_a_lynching_told_again_stays_one_record(text: str, language: str) -> None:
    assert len(assaults(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Residents lynched two suspected thieves on Monday. The day after, gunmen shot "
            "dead a farmer near the village of Yalambojoch, Huehuetenango.",
            "en",
        ),
        (
            "Pobladores lincharon el lunes a dos presuntos ladrones. Al día siguiente, "
            "hombres armados mataron a un campesino cerca de la aldea Yalambojoch, "
            "Huehuetenango.",
            "es",
        ),
    ],
)
def test_an_attack_told_after_a_lynching_does_not_join_it(text: str, language: str) -> None:
    assert len(assaults(text, language)) == 2


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "Police and gunmen clash in Acapulco; seven dead\n\n"
            "Acapulco, Gro. A clash between state police and a band of gunmen left seven dead "
            "on Sunday. The incident took place inside El Ocotito, a village in the "
            "municipality of Chilpancingo. Gunmen ambushed a state police patrol in El Ocotito "
            "and the officers returned fire.",
            "en",
            "El Ocotito",
        ),
        (
            "Se enfrentan policías y pistoleros en Acapulco; siete muertos\n\n"
            "Acapulco, Gro. Pistoleros y policías estatales se batieron a tiros el domingo; "
            "murieron siete personas. El hecho se registró en el poblado de El Ocotito, "
            "municipio de Chilpancingo. Los pistoleros emboscaron a una patrulla de la policía "
            "estatal en El Ocotito y los agentes repelieron la agresión.",
            "es",
            "El Ocotito",
        ),
        (
            "Se enfrentan soldados y sicarios en Iguala; cinco muertos\n\n"
            "Iguala, Gro. Un enfrentamiento entre soldados y sicarios dejó cinco muertos. "
            "Los hechos ocurrieron en la zona de Las Palomitas, cerca de la carretera "
            "Iguala-Taxco. Los soldados patrullaban en Las Palomitas cuando fueron atacados a "
            "tiros por los sicarios.",
            "es",
            "Las Palomitas",
        ),
    ],
)
def test_a_sentence_saying_where_the_act_took_place_places_it(
    text: str, language: str, place: str
) -> None:
    records = assaults(text, language)
    assert [r.place for r in records] == [place]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen killed a rancher in Comitán, Chiapas, on Monday, police said. The rancher "
            "had received threats for months. His family asked the governor for protection. "
            "Neighbours said he rarely left his ranch. On 2 June two police officers were shot "
            "dead in an ambush. A shopkeeper was murdered by unknown attackers in Frontera "
            "Comalapa.",
            "en",
        ),
        (
            "Hombres armados asesinaron el lunes a un ganadero en Comitán, Chiapas, informó la "
            "policía. El ganadero había recibido amenazas durante meses. Su familia pidió "
            "protección al gobernador. Sus vecinos dijeron que casi no salía de su rancho. El 2 "
            "de junio dos policías fueron asesinados a tiros en una emboscada. Un comerciante "
            "fue asesinado por desconocidos en Frontera Comalapa.",
            "es",
        ),
    ],
)
def test_an_undated_act_in_a_town_of_its_own_is_not_an_earlier_unplaced_one(
    text: str, language: str
) -> None:
    # The ambush recalled by its day names no place; the murder told next names a town and
    # no day: another act, not the ambush placed.
    assert len(assaults(text, language)) == 3


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen killed a rancher in Comitán, Chiapas, on Monday, police said. The rancher "
            "had received threats for months. His family asked the governor for protection. "
            "Neighbours said he rarely left his ranch. Unknown attackers murdered a shopkeeper "
            "in Frontera Comalapa. Shops in the town stayed shut all afternoon. On 2 June two "
            "police officers were shot dead in an ambush "
            "near there.",
            "en",
        ),
        (
            "Hombres armados asesinaron el lunes a un ganadero en Comitán, Chiapas, informó la "
            "policía. El ganadero había recibido amenazas durante meses. Su familia pidió "
            "protección al gobernador. Sus vecinos dijeron que casi no salía de su rancho. Unos "
            "desconocidos asesinaron a un comerciante en Frontera Comalapa. Los comercios del "
            "pueblo cerraron toda la tarde. El 2 de junio dos "
            "policías fueron asesinados a tiros en una emboscada cerca de ahí.",
            "es",
        ),
    ],
)
def test_an_act_with_a_day_of_its_own_is_not_an_undated_one_told_past_the_lead(
    text: str, language: str
) -> None:
    # The murder told past the lead names no day; the ambush told after it names a past day
    # of its own and names no act back: another act, not the murder dated.
    assert len(assaults(text, language)) == 3


_QUIET_LEAD = {
    "en": "Gunmen killed a rancher in Comitán, Chiapas, on Monday, police said. The rancher "
    "had received threats for months. His family asked the governor for protection. "
    "Neighbours said he rarely left his ranch. ",
    "es": "Hombres armados asesinaron el lunes a un ganadero en Comitán, Chiapas, informó la "
    "policía. El ganadero había recibido amenazas durante meses. Su familia pidió "
    "protección al gobernador. Sus vecinos dijeron que casi no salía de su rancho. ",
}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            _QUIET_LEAD["en"] + "Unknown attackers murdered a shopkeeper in Frontera Comalapa. "
            "On 2 June, two police officers were shot dead in an ambush near there.",
            "en",
        ),
        (
            _QUIET_LEAD["es"] + "Unos desconocidos asesinaron a un comerciante en Frontera "
            "Comalapa. El 2 de junio, dos policías fueron asesinados a tiros en una emboscada "
            "cerca de ahí.",
            "es",
        ),
    ],
)
def test_a_sentence_opening_with_a_day_of_its_own_right_after_an_undated_act_tells_another(
    text: str, language: str
) -> None:
    # The ambush is told in the very next sentence, but that sentence opens with its own past
    # day: the telling of another act begins, as after "three days earlier".
    assert len(assaults(text, language)) == 3


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            _QUIET_LEAD["en"] + "Unknown attackers murdered a shopkeeper in Frontera Comalapa. "
            "He was shot twice in the chest on 2 June as he closed his shop.",
            "en",
        ),
        (
            _QUIET_LEAD["es"] + "Unos desconocidos asesinaron a un comerciante en Frontera "
            "Comalapa. Recibió dos disparos en el pecho el 2 de junio cuando cerraba su tienda.",
            "es",
        ),
    ],
)
def test_the_sentence_right_after_an_undated_act_may_date_it_later_in_the_sentence(
    text: str, language: str
) -> None:
    # The day comes after the act in the sentence right after: it goes on telling the murder.
    assert len(assaults(text, language)) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            _QUIET_LEAD["en"] + "Unknown attackers murdered a shopkeeper in Frontera Comalapa. "
            "Shops in the town stayed shut all afternoon. Two weeks ago, two police officers "
            "were shot dead in an ambush near there.",
            "en",
        ),
        (
            _QUIET_LEAD["es"] + "Unos desconocidos asesinaron a un comerciante en Frontera "
            "Comalapa. Los comercios del pueblo cerraron toda la tarde. Hace dos semanas, dos "
            "policías fueron asesinados a tiros en una emboscada cerca de ahí.",
            "es",
        ),
    ],
)
def test_an_act_in_a_week_before_the_report_is_not_an_undated_one_told_past_the_lead(
    text: str, language: str
) -> None:
    # A week that ended before the report was written is a past of its own, as a past day is.
    assert len(assaults(text, language)) == 3


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            _QUIET_LEAD["en"] + "Unknown attackers murdered a shopkeeper in Frontera Comalapa. "
            "At noon on 2 June, two police officers were shot dead in an ambush near there.",
            "en",
        ),
        (
            _QUIET_LEAD["es"] + "Unos desconocidos asesinaron a un comerciante en Frontera "
            "Comalapa. Al mediodía del 2 de junio, dos policías fueron asesinados a tiros en una "
            "emboscada cerca de ahí.",
            "es",
        ),
    ],
)
def test_an_hour_before_the_opening_day_still_opens_the_telling_of_another_act(
    text: str, language: str
) -> None:
    assert len(assaults(text, language)) == 3


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The offices of a farmers' party were bombed last night. Several members were "
            "inside when the bomb went off. The party blamed the rebels. Police said nobody "
            "died. Gunmen recently killed two farmers on the outskirts of Jauja.",
            "en",
        ),
        (
            "Las oficinas de un partido campesino fueron dinamitadas anoche. Varios afiliados "
            "estaban dentro cuando estalló la bomba. El partido culpó a los rebeldes. La "
            "policía dijo que no hubo muertos. Hace poco unos pistoleros mataron a dos "
            "campesinos en las afueras de Jauja.",
            "es",
        ),
        (
            "Urban commandos set off dynamite at four shops in the city center overnight. "
            "Police said nobody was hurt. The owners asked for more patrols. The interior "
            "minister promised an inquiry. Nine rebels were killed during fighting with army "
            "troops near Corinto, Morazan department.",
            "en",
        ),
        (
            "Comandos urbanos hicieron estallar dinamita anoche en cuatro comercios del "
            "centro. La policía dijo que no hubo heridos. Los dueños pidieron más patrullas. "
            "El ministro del interior prometió una investigación. Nueve guerrilleros murieron "
            "en enfrentamientos con tropas del ejército cerca de Corinto, departamento de "
            "Morazán.",
            "es",
        ),
    ],
)
def test_a_killing_or_a_clash_past_the_lead_at_a_town_of_its_own_is_no_part_of_a_bombing(
    text: str, language: str
) -> None:
    records = assaults(text, language)
    bombings = [r for r in records if r.mode == "explosives"]
    assert len(records) == 2
    assert len(bombings) == 1
    assert not any("Jauja" in e or "Corinto" in e for e in bombings[0].evidence)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Last night a bomb blew in the doors of a bank in Cajamarca. Nobody was hurt. The bank "
            "stayed closed. Police cordoned off the street. The attack also shattered the "
            "windows of a school in Cajamarca.",
            "en",
        ),
        (
            "Una bomba estalló anoche frente a un banco en Cajamarca. No hubo heridos. El "
            "banco no abrió. La policía cerró la calle. El atentado también rompió los "
            "vidrios de una escuela en Cajamarca.",
            "es",
        ),
    ],
)
def test_a_bombing_named_back_past_the_lead_stays_one_record(text: str, language: str) -> None:
    assert len(assaults(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen fired on a night watchman at a warehouse in Tapachula this afternoon. This "
            "morning, a municipal clerk was shot dead outside his home.",
            "en",
        ),
        (
            "Hombres armados dispararon esta tarde contra un velador en una bodega de Tapachula. "
            "Esta mañana, un empleado municipal fue asesinado a balazos afuera de su casa.",
            "es",
        ),
    ],
)
def test_a_sentence_opening_with_another_part_of_the_day_tells_another_act(
    text: str, language: str
) -> None:
    assert len(assaults(text, language)) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen shot at a patrol in Tapachula this morning. This morning, the gunmen also "
            "wounded a passer-by.",
            "en",
        ),
        (
            "Hombres armados dispararon esta mañana contra una patrulla en Tapachula. Esta "
            "mañana, los atacantes también hirieron a un transeúnte.",
            "es",
        ),
    ],
)
def test_a_sentence_opening_with_the_same_part_of_the_day_goes_on(text: str, language: str) -> None:
    assert len(assaults(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Morelia, Mich. Pistoleros mataron este lunes a dos policías en Uruapan, Michoacán."
            "\n\nOtros 300 soldados llegaron el domingo hacia esa zona de la entidad.",
            "es",
        ),
        (
            "Morelia, Mich. Pistoleros mataron este lunes a dos policías en Uruapan, Michoacán."
            "\n\nOtros 300 soldados llegaron el domingo a la entidad.",
            "es",
        ),
        (
            # The state unnamed: the one the town told before lies in.
            "Morelia. Pistoleros mataron este lunes a dos policías en Uruapan.\n\nOtros 300 "
            "soldados llegaron el domingo a esta parte de la entidad.",
            "es",
        ),
        (
            "MORELIA - Gunmen killed two police officers on Monday in Uruapan.\n\nAnother 300 "
            "soldiers arrived in the state on Sunday.",
            "en",
        ),
        (
            "MORELIA, Michoacan - Gunmen killed two police officers on Monday in Uruapan, "
            "Michoacan.\n\nAnother 300 soldiers arrived in this part of the state on Sunday.",
            "en",
        ),
    ],
)
def test_troops_that_reach_the_state_named_back_are_placed_in_it(text: str, language: str) -> None:
    # Spanish news names the state back as "la entidad": the deployment is somewhere in it,
    # not in the town of the act told before nor in the dateline's.
    moves = [r for r in records(text, language) if r.event_type == "MOBILIZE"]
    assert [(r.admin1, r.geo_precision) for r in moves] == [("Michoacán", 3)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Morelia, Mich. La Procuraduría de la entidad informó que policías detuvieron este "
            "lunes a dos hombres en Uruapan.",
            "es",
        ),
        (
            "MORELIA, Michoacan - The state's prosecutors said police arrested two men on "
            "Monday in Uruapan.",
            "en",
        ),
    ],
)
def test_an_office_of_the_state_named_back_places_nothing(text: str, language: str) -> None:
    arrests = [r for r in records(text, language) if r.event_type == "COERCE"]
    assert [(r.place, r.geo_precision) for r in arrests] == [("Uruapan", 1)]

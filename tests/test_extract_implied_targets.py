"""An arrest whose detainees the text names only by number or by name targets suspects
of crime; a kidnapping of someone without a stated role targets civilians; both of the
place. Reports written for these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records, pipeline_records_of
from hito.extract.actors import find_actors
from hito.extract.implied import (
    assault_doers,
    assault_rescuers,
    gunmen_of_group,
    implied_targets,
)
from hito.models import Actor, EventRecord


def records(text: str, language: str, event_type: str) -> list[EventRecord]:
    return pipeline_records_of(event_type, text, language, dt.date(2025, 6, 11))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers of the Mexican Army arrested three people on Tuesday at a checkpoint in "
            "Tapachula, Chiapas, and seized 40 kilograms of cocaine hidden in a truck.",
            "en",
        ),
        (
            "Elementos del Ejército Mexicano detuvieron el martes a tres personas en un retén de "
            "Tapachula, Chiapas, y aseguraron 40 kilos de cocaína ocultos en un camión.",
            "es",
        ),
    ],
)
def test_arrested_people_are_suspects_of_the_place(text: str, language: str) -> None:
    coerce = records(text, language, "COERCE")
    assert coerce
    assert {(a.sector, a.country) for a in coerce[0].targets} == {("CRM", "MX")}


def test_named_targets_are_kept() -> None:
    migrants = [Actor(name="migrants", sector="REF", country=None)]
    assert implied_targets("COERCE", "arrest", 12, migrants, "MX") == migrants


def test_no_arrest_implies_no_target() -> None:
    assert implied_targets("COERCE", "seize", None, [], "MX") == []
    assert implied_targets("COERCE", "arrest", 0, [], "GT") == []


def test_kidnapped_without_role_are_civilians() -> None:
    assert implied_targets("ASSAULT", "abduct", None, [], "GT") == [
        Actor(name="civilians", sector="CVL", country="GT")
    ]
    assert implied_targets("ASSAULT", "firearms", None, [], "GT") == []


def test_gunmen_beside_a_criminal_group_are_that_group() -> None:
    cartel = Actor(name="Gulf Cartel", sector="CRM", country="MX")
    gunmen = Actor(name="gunmen", sector="UAF", country=None)
    army = Actor(name="Mexican Army", sector="MIL", country="MX")
    assert gunmen_of_group([army, gunmen, cartel]) == [army, cartel]
    assert gunmen_of_group([army, gunmen]) == [army, gunmen]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Armed men of the Gulf Cartel opened fire on a family outside a shop in Reynosa, "
            "Tamaulipas, on Friday, killing two people.",
            "en",
        ),
        (
            "Hombres armados del Cártel del Golfo dispararon el viernes contra una familia "
            "afuera de una tienda en Reynosa, Tamaulipas, y mataron a dos personas.",
            "es",
        ),
    ],
)
def test_attack_by_a_groups_gunmen_has_one_actor(text: str, language: str) -> None:
    assault = records(text, language, "ASSAULT")
    assert assault
    assert {(a.sector, a.country) for a in assault[0].actors} == {("CRM", "MX")}


def test_generic_authorities_do_not_assault() -> None:
    told = Actor(name="Guatemalan authorities", sector="GOV", country="GT")
    gunmen = Actor(name="gunmen", sector="UAF", country=None)
    institute = Actor(name="Mexican National Migration Institute", sector="GOV", country="MX")
    assert assault_doers("ASSAULT", [told, gunmen]) == [gunmen]
    assert assault_doers("ASSAULT", [institute]) == [institute]
    assert assault_doers("COERCE", [told]) == [told]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Unknown gunmen shot dead a shopkeeper in Huehuetenango, Guatemala, on Monday, "
            "the authorities reported.",
            "en",
        ),
        (
            "Desconocidos mataron a balazos a un comerciante el lunes en Huehuetenango, "
            "Guatemala, informaron las autoridades.",
            "es",
        ),
    ],
)
def test_authorities_telling_of_a_killing_are_not_its_actor(text: str, language: str) -> None:
    assault = records(text, language, "ASSAULT")
    assert assault
    assert all(a.sector != "GOV" for a in assault[0].actors)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A taxi driver was shot dead on Sunday night in Tapachula, Chiapas.",
            "en",
        ),
        (
            "Un taxista fue asesinado a balazos el domingo por la noche en Tapachula, Chiapas.",
            "es",
        ),
    ],
)
def test_person_killed_without_a_group_is_a_civilian(text: str, language: str) -> None:
    assault = records(text, language, "ASSAULT")
    assert assault
    assert {(a.sector, a.country) for a in assault[0].targets} == {("CVL", "MX")}


def test_the_dead_of_a_clash_are_no_civilian_target() -> None:
    told = ("Two men were killed in a shoot-out between soldiers and gunmen.",)
    assert implied_targets("ASSAULT", "firearms", None, [], "MX", told, two_sided=True) == []
    assert implied_targets("ASSAULT", "firearms", None, [], "MX", told) == [
        Actor(name="civilians", sector="CVL", country="MX")
    ]


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Police at the border post arrested a Honduran man carrying two pistols.", "HN"),
        ("Marines detained 14 Salvadorans aboard a fishing boat.", "SV"),
        ("Agentes detuvieron al hondureño en la aduana.", "HN"),
        ("Capturan a una mujer guatemalteca con 3 kilos de cocaína.", "GT"),
        ("Guatemalan police arrested six people in the market.", None),
        ("Elementos del Ejército mexicano detuvieron a dos personas.", None),
    ],
)
def test_detainees_keep_the_nationality_the_report_gives_them(
    sentence: str, country: str | None
) -> None:
    expected = country or "MX"
    targets = implied_targets("COERCE", "arrest", 1, [], "MX", (sentence,))
    assert targets == [Actor(name="alleged criminals", sector="CRM", country=expected)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Government forces retook the town from the rebels on Sunday.", "en"),
        ("Las fuerzas de seguridad recuperaron el pueblo el domingo.", "es"),
    ],
)
def test_security_forces_are_no_generic_authorities(text: str, language: str) -> None:
    forces = [m.actor for m in find_actors(text, language) if m.actor.sector == "GOV"]
    assert [a.name for a in forces] == ["security forces"]
    assert assault_doers("ASSAULT", forces) == forces


def test_victims_keep_the_nationality_the_report_gives_them() -> None:
    told = ("Two men of Honduran origin were shot dead near the border crossing.",)
    assert implied_targets("ASSAULT", "firearms", None, [], "GT", told) == [
        Actor(name="civilians", sector="CVL", country="HN")
    ]
    dicho = ("Dos hombres de nacionalidad salvadoreña fueron asesinados a balazos.",)
    assert implied_targets("ASSAULT", "firearms", None, [], "GT", dicho) == [
        Actor(name="civilians", sector="CVL", country="SV")
    ]


def test_criminals_arrested_by_role_are_of_the_place() -> None:
    criminals = Actor(name="criminals", sector="CRM", country=None)
    ms13 = Actor(name="MS-13", sector="CRM", country=None)
    assert implied_targets("COERCE", "arrest", 3, [criminals, ms13], "GT") == [
        Actor(name="criminals", sector="CRM", country="GT"),
        ms13,
    ]
    assert implied_targets("ASSAULT", "firearms", None, [criminals], "GT") == [criminals]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen kidnapped a rancher near Comitán, Chiapas, on Monday; on Wednesday the army "
            "freed him and arrested two of the kidnappers.",
            "en",
        ),
        (
            "Hombres armados secuestraron a un ganadero cerca de Comitán, Chiapas, el lunes; el "
            "miércoles el Ejército lo liberó y detuvo a dos de los secuestradores.",
            "es",
        ),
    ],
)
def test_the_force_that_frees_the_hostage_is_no_kidnapper(text: str, language: str) -> None:
    for kidnapping in records(text, language, "ASSAULT"):
        assert all(a.sector != "MIL" for a in kidnapping.actors)


def test_a_force_arrested_or_fighting_stays_an_actor() -> None:
    text = "Eight soldiers were arrested for the killings; soldiers fired on the car."
    soldiers = [m for m in find_actors(text, "en") if m.actor.sector == "MIL"]
    assert assault_rescuers("ASSAULT", [(text, soldiers)]) == set()
    freed = "The army freed 20 hostages."
    army = [m for m in find_actors(freed, "en") if m.actor.sector == "MIL"]
    assert assault_rescuers("ASSAULT", [(freed, army)]) == {"MIL"}


def test_a_force_that_arrests_and_kills_acted() -> None:
    text = "Police arrested two suspects and shot dead a third near the market."
    police = [m for m in find_actors(text, "en") if m.actor.sector == "COP"]
    assert assault_rescuers("ASSAULT", [(text, police)]) == set()
    dicho = "Policías detuvieron a dos sospechosos y abatieron a un tercero."
    policias = [m for m in find_actors(dicho, "es") if m.actor.sector == "COP"]
    assert assault_rescuers("ASSAULT", [(dicho, policias)]) == set()


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Gunmen stopped the invented bus, killing six transport workers.", "en"),
        ("Un indígena de una comunidad inventada fue asesinado a balazos.", "es"),
    ],
)
def test_people_harmed_by_a_gerund_or_indigenous_are_civilians(
    sentence: str, language: str
) -> None:
    assert implied_targets("ASSAULT", "firearms", None, [], "MX", (sentence,)) == [
        Actor(name="civilians", sector="CVL", country="MX")
    ]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Two of their comrades were gunned down outside an invented cooperative.", "en"),
        ("Three colleagues of the union leader were murdered on an invented road.", "en"),
        ("Asesinaron a cuatro compañeras de la cooperativa junto a un molino inventado.", "es"),
        ("Mataron a tres colegas del dirigente en un camino inventado.", "es"),
    ],
)
def test_people_harmed_named_by_their_fellows_are_civilians(sentence: str, language: str) -> None:
    assert implied_targets("ASSAULT", "firearms", None, [], "MX", (sentence,)) == [
        Actor(name="civilians", sector="CVL", country="MX")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A bus driver was shot dead on an invented street of Tapachula, Chiapas, on "
            "Monday, according to the authorities.",
            "en",
        ),
        (
            "El chofer de un autobús fue acribillado el lunes en una calle inventada de "
            "Tapachula, Chiapas, informaron las autoridades.",
            "es",
        ),
    ],
)
def test_the_authorities_who_tell_of_a_killing_are_not_its_victims(
    text: str, language: str
) -> None:
    records = pipeline_records(text, language)
    assaults = [r for r in records if r.event_type == "ASSAULT"]
    assert assaults
    for r in assaults:
        assert all(t.sector != "GOV" for t in r.targets)
        assert {t.sector for t in r.targets} == {"CVL"}


def test_criminals_beside_a_named_group_are_that_group() -> None:
    cartel = Actor(name="Gulf Cartel", sector="CRM", country="MX")
    criminals = Actor(name="criminals", sector="CRM", country=None)
    police = Actor(name="Mexican police", sector="COP", country="MX")
    assert gunmen_of_group([police, criminals, cartel]) == [police, cartel]
    assert gunmen_of_group([police, criminals]) == [police, criminals]


def test_gunmen_told_apart_from_generic_criminals_stay_the_party() -> None:
    criminals = Actor(name="criminals", sector="CRM", country=None)
    gunmen = Actor(name="gunmen", sector="UAF", country=None)
    cartel = Actor(name="Gulf Cartel", sector="CRM", country="MX")
    assert gunmen_of_group([criminals, gunmen], told_apart=True) == [gunmen]
    assert gunmen_of_group([criminals, gunmen]) == [criminals]
    assert gunmen_of_group([cartel, criminals, gunmen], told_apart=True) == [cartel]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hitmen of the Gulf Cartel shot dead two police officers in an invented town "
            "of Tamaulipas on Monday.",
            "en",
        ),
        (
            "Sicarios del Cártel del Golfo asesinaron el lunes a dos policías en un pueblo "
            "inventado de Tamaulipas.",
            "es",
        ),
    ],
)
def test_hitmen_of_a_named_cartel_are_one_party(text: str, language: str) -> None:
    assaults = pipeline_records_of("ASSAULT", text, language)
    assert assaults
    assert [(a.name, a.sector) for a in assaults[0].actors] == [("Gulf Cartel", "CRM")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The second victim, Ramiro Esteban Quiroga, was shot dead outside his shop.",
        "Two vendors, Ana Lucía Ortega and Pedro Villalobos, were murdered by unknown men.",
        "El primo del regidor, Tomás Herrera, fue ultimado afuera de su casa.",
        "Rosa María de la Fuente y Julián Ocampo fueron asesinados en su rancho.",
    ],
)
def test_person_harmed_by_name_is_a_civilian(sentence: str) -> None:
    assert implied_targets("ASSAULT", "firearms", None, [], "GT", (sentence,)) == [
        Actor(name="civilians", sector="CVL", country="GT")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Una patrulla de la Policía Municipal fue baleada en la salida a Motozintla.",
        "A patrol of the National Civil Police was shot at on the road to Malacatán.",
        "La Guardia Nacional fue atacada cerca del puente fronterizo.",
    ],
)
def test_a_force_named_in_capitals_harmed_is_no_person(sentence: str) -> None:
    # Capitalised words before a passive of harm name a person only when they are no
    # force or institution the lexicon knows.
    assert implied_targets("ASSAULT", "firearms", None, [], "GT", (sentence,)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Neighbours said that de la Torre was beaten outside the chapel.",
        "Los vecinos contaron que De la Torre fue golpeado afuera de la capilla.",
        "Her lawyer said del Valle was shot twice in the leg.",
        "El abogado dijo que, al salir, Del Valle fue baleado dos veces.",
    ],
)
def test_person_harmed_by_a_surname_led_by_its_particle_is_a_civilian(sentence: str) -> None:
    assert implied_targets("ASSAULT", "firearms", None, [], "GT", (sentence,)) == [
        Actor(name="civilians", sector="CVL", country="GT")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two farmhands lost their lives when gunmen opened fire on the ranch.",
        "A shopkeeper died after unknown men shot at his store.",
        "Dos trabajadores perdieron la vida cuando hombres armados dispararon contra el rancho.",
        "Un comerciante murió después de que desconocidos dispararan contra su tienda.",
    ],
)
def test_person_who_died_in_the_attack_is_a_civilian(sentence: str) -> None:
    assert implied_targets("ASSAULT", "firearms", None, [], "GT", (sentence,)) == [
        Actor(name="civilians", sector="CVL", country="GT")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Governor Javier Soto said the police were ready.",
        "En Ciudad Hidalgo hubo un apagón el sábado.",
    ],
)
def test_a_name_without_a_harm_implies_no_victim(sentence: str) -> None:
    assert implied_targets("ASSAULT", "firearms", None, [], "GT", (sentence,)) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Municipal police arrested three alleged kidnappers in Ciudad Juarez, Chihuahua, on "
            "Sunday.",
            "en",
        ),
        (
            "Policías municipales detuvieron el domingo a tres presuntos secuestradores en Ciudad "
            "Juárez, Chihuahua.",
            "es",
        ),
        (
            "Policías estatales detuvieron el domingo a dos de los agresores en Ciudad Juárez, "
            "Chihuahua.",
            "es",
        ),
    ],
)
def test_kidnappers_or_attackers_arrested_are_suspects_of_crime(text: str, language: str) -> None:
    coerce = records(text, language, "COERCE")
    assert {(a.sector, a.country) for a in coerce[0].targets} == {("CRM", "MX")}


def test_armed_men_arrested_stay_unidentified() -> None:
    text = "Soldiers detained two armed men in Culiacan, Sinaloa, on Monday."
    coerce = records(text, "en", "COERCE")
    assert {a.sector for a in coerce[0].targets} == {"UAF"}


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        (
            "Gang members left a note at a terminal in Tecun Uman, San Marcos, on Wednesday "
            "threatening to kill any driver who does not pay a weekly fee, police said.",
            "en",
            "GT",
        ),
        (
            "Pandilleros dejaron el lunes una nota en la terminal de Comitán, Chiapas, con "
            "amenazas de muerte contra los choferes que no paguen una cuota, informó la policía.",
            "es",
            "MX",
        ),
    ],
)
def test_people_threatened_by_trade_are_civilian_targets(
    text: str, language: str, country: str
) -> None:
    threat = records(text, language, "THREATEN")
    assert {(a.sector, a.country) for a in threat[0].targets} == {("CVL", country)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Inmates at the prison in Coban, Alta Verapaz, took nine employees hostage on Friday "
            "to demand more family visits.",
            "en",
        ),
        (
            "Reos del penal de Cobán, Alta Verapaz, tomaron como rehenes a nueve empleados el "
            "viernes para exigir más visitas familiares.",
            "es",
        ),
    ],
)
def test_workers_held_by_inmates_are_prison_staff(text: str, language: str) -> None:
    # Inside a prison the employees inmates hold are the state's people (labelling
    # conventions: prison staff GOV), not civilians of the place.
    kidnapping = records(text, language, "ASSAULT")[0]
    assert {(a.sector, a.country) for a in kidnapping.targets} == {("GOV", "GT")}


def test_visitors_held_by_inmates_stay_civilians() -> None:
    text = "Inmates at the prison in Coban, Alta Verapaz, held forty visitors hostage on Sunday."
    kidnapping = records(text, "en", "ASSAULT")[0]
    assert {a.sector for a in kidnapping.targets} == {"CVL"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Marines detained 9 alleged members of a kidnapping ring and freed two women who "
            "had been kidnapped in a house in Tapachula, Chiapas, on Monday.",
            "en",
        ),
        (
            "Elementos de la Marina detuvieron a 9 presuntos integrantes de una banda de "
            "secuestradores y liberaron a dos mujeres que estaban secuestradas en una casa de "
            "Tapachula, Chiapas, el lunes.",
            "es",
        ),
    ],
)
def test_suspects_arrested_are_no_target_of_the_kidnapping(text: str, language: str) -> None:
    kidnappings = [r for r in records(text, language, "ASSAULT") if r.mode == "abduct"]
    assert kidnappings
    assert {(a.sector, a.country) for a in kidnappings[0].targets} == {("CVL", "MX")}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police in Tapachula, Chiapas, arrested on Sunday a man from the MS 13, a criminal "
            "gang that robs travellers along the railway.",
            "en",
        ),
        (
            "Policías de Tapachula, Chiapas, detuvieron el domingo a un integrante de la "
            "Marasalvatrucha, banda criminal que asalta a los viajeros en las vías del tren.",
            "es",
        ),
    ],
)
def test_a_gang_member_arrested_is_the_transnational_gang(text: str, language: str) -> None:
    arrests = records(text, language, "COERCE")
    assert arrests
    assert {(a.name, a.sector, a.country) for a in arrests[0].targets} == {("MS-13", "CRM", None)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Mexican migration agents deported 150 Hondurans from Tapachula, Chiapas, on Friday "
            "on buses bound for the border.",
            "en",
        ),
        (
            "Agentes de migración deportaron el viernes desde Tapachula, Chiapas, a 150 personas "
            "hondureñas en autobuses que salieron hacia la frontera.",
            "es",
        ),
    ],
)
def test_people_deported_are_migrants_of_their_nationality(text: str, language: str) -> None:
    deportations = [r for r in records(text, language, "COERCE") if r.mode == "deport"]
    assert deportations
    assert {(a.sector, a.country) for a in deportations[0].targets} == {("REF", "HN")}


def test_a_deportation_with_named_people_keeps_them() -> None:
    migrants = [Actor(name="migrants", sector="REF", country="GT")]
    assert implied_targets("COERCE", "deport", None, migrants, "MX") == migrants


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        (
            "Armed men set fire to three houses in an ejido of Motozintla, Chiapas, on Tuesday "
            "after the owners refused to pay a fee.",
            "en",
            "MX",
        ),
        (
            "Hombres armados incendiaron tres casas en un ejido de Motozintla, Chiapas, el "
            "martes, luego de que los dueños se negaron a pagar una cuota.",
            "es",
            "MX",
        ),
        (
            "Pandilleros prendieron fuego a un microbús en una terminal de Coatepeque, "
            "Guatemala, el viernes.",
            "es",
            "GT",
        ),
        (
            "Armed men dropped explosives from drones on houses in a village of Tlacotepec, "
            "Guerrero, on Monday.",
            "en",
            "MX",
        ),
        (
            "Hombres armados lanzaron explosivos desde drones sobre viviendas de una comunidad "
            "de Tlacotepec, Guerrero, el lunes.",
            "es",
            "MX",
        ),
    ],
)
def test_homes_or_buses_burned_or_bombed_target_the_people_of_the_place(
    text: str, language: str, country: str
) -> None:
    attacks = records(text, language, "ASSAULT")
    assert attacks
    assert {(a.sector, a.country) for a in attacks[0].targets} == {("CVL", country)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen burned four police patrol cars outside the station in Apatzingán, "
            "Michoacán, on Sunday.",
            "en",
        ),
        (
            "Hombres armados incendiaron dos patrullas de la policía municipal en Apatzingán, "
            "Michoacán, el domingo.",
            "es",
        ),
    ],
)
def test_a_force_whose_vehicles_burn_stays_the_target(text: str, language: str) -> None:
    attacks = records(text, language, "ASSAULT")
    assert attacks
    assert {a.sector for a in attacks[0].targets} == {"COP"}


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("A boat operator was shot dead near an invented river crossing.", "en"),
        ("Un operador de balsas fue asesinado a tiros junto a un cruce inventado.", "es"),
        ("The owner of an invented shop was gunned down at his door.", "en"),
        ("El dueño de una tienda inventada fue baleado en la puerta.", "es"),
        ("A woman died after being beaten by a crowd in an invented square.", "en"),
        ("Una mujer murió tras ser golpeada por una turba en una plaza inventada.", "es"),
        ("Gunmen carried out the beheading of at least nine people on an invented ranch.", "en"),
        ("Hombres armados decapitaron a nueve personas en una finca inventada.", "es"),
    ],
)
def test_operators_owners_and_people_beaten_or_beheaded_are_civilians(
    sentence: str, language: str
) -> None:
    assert implied_targets("ASSAULT", "firearms", None, [], "GT", (sentence,)) == [
        Actor(name="civilians", sector="CVL", country="GT")
    ]


@pytest.mark.parametrize(
    ("text", "language", "country"),
    [
        (
            "Four Guatemalan truck drivers were kidnapped on Wednesday on the highway near "
            "Tenosique, Tabasco.",
            "en",
            "GT",
        ),
        (
            "Cuatro choferes guatemaltecos fueron secuestrados el miércoles en la carretera "
            "cerca de Tenosique, Tabasco.",
            "es",
            "GT",
        ),
        (
            "Two Honduran drivers were shot dead on Monday on the highway near Palenque, Chiapas.",
            "en",
            "HN",
        ),
        (
            "Dos conductores hondureños fueron asesinados a tiros el lunes en la carretera "
            "cerca de Palenque, Chiapas.",
            "es",
            "HN",
        ),
    ],
)
def test_people_harmed_by_trade_keep_the_nationality_the_report_gives(
    text: str, language: str, country: str
) -> None:
    attacks = records(text, language, "ASSAULT")
    assert attacks
    assert {(a.sector, a.country) for a in attacks[0].targets} == {("CVL", country)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested the owner of the bar and his manager on Friday.",
        "The men had been detained on Monday in a suburb of the city.",
        "Fueron detenidos el dueño del bar y su encargado.",
        "Ambas personas fueron detenidas por la tarde cerca del mercado municipal.",
    ],
)
def test_people_held_without_a_count_are_suspects(sentence: str) -> None:
    targets = implied_targets("COERCE", "arrest", None, [], "MX", (sentence,))
    assert targets == [Actor(name="alleged criminals", sector="CRM", country="MX")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Several arrests were reported after the attack, with no further details.",
        "Se informó de varias detenciones relacionadas con el hecho.",
        "Police rescued two women held in the bar.",
    ],
)
def test_arrests_with_no_one_held_named_imply_no_target(sentence: str) -> None:
    assert implied_targets("COERCE", "arrest", None, [], "MX", (sentence,)) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police arrested a Mara Salvatrucha member in Alajuela, Costa Rica, on Monday. He "
            "was handed over to the migration police to start his deportation to El Salvador.",
            "en",
        ),
        (
            "La policía detuvo el lunes en Alajuela, Costa Rica, a un miembro de la Mara "
            "Salvatrucha. Fue entregado a la policía de migración para iniciar su deportación a "
            "El Salvador.",
            "es",
        ),
    ],
)
def test_the_suspect_arrested_and_deported_is_no_migrant(text: str, language: str) -> None:
    found = records(text, language, "COERCE")
    deports = [r for r in found if r.mode == "deport"]
    assert deports, "the deportation is a record"
    assert {(t.sector, t.country) for t in deports[0].targets} == {("CRM", None)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police arrested a Mara Salvatrucha member in Alajuela, Costa Rica, on June 9. On "
            "June 10 he was handed over to the migration police to be deported to El Salvador.",
            "en",
        ),
        (
            "La policía detuvo el 9 de junio en Alajuela, Costa Rica, a un miembro de la Mara "
            "Salvatrucha. El 10 de junio fue entregado a la policía de migración para ser "
            "deportado a El Salvador.",
            "es",
        ),
    ],
)
def test_a_day_of_the_month_is_no_count_of_people_deported(text: str, language: str) -> None:
    deports = [r for r in records(text, language, "COERCE") if r.mode == "deport"]
    assert deports, "the deportation is a record"
    assert {(t.sector, t.country) for t in deports[0].targets} == {("CRM", None)}


def test_migrants_deported_beside_an_arrest_stay_migrants() -> None:
    text = (
        "Police arrested a Mara Salvatrucha member in Alajuela, Costa Rica, on Monday. "
        "Separately, the migration police deported forty migrants to Nicaragua."
    )
    deports = [r for r in records(text, "en", "COERCE") if r.mode == "deport"]
    assert deports, "the deportation is a record"
    assert {t.sector for t in deports[0].targets} == {"REF"}

"""Settlements named by what they are ("la comunidad X, municipio de Y", "the village of X"):
placed at that name in the state the sentence names next, even when the gazetteer lacks the
name or knows it only in another state. Invented texts."""

from __future__ import annotations

import datetime as dt

from hito.evaluation.metrics import process_text

DAY = dt.date(2012, 3, 6)


def _places(text: str, language: str) -> list[tuple[str | None, str | None, float | None]]:
    return [
        (r.place, r.admin1, r.latitude)
        for r in process_text(text, language, DAY)[1]
        if r.event_type == "ASSAULT"
    ]


def test_a_village_the_gazetteer_lacks_takes_its_municipality_state() -> None:
    spanish = (
        "Hombres armados asesinaron a dos campesinos en la comunidad Tzajalchén Viejo, "
        "municipio de Tenejapa, Chiapas."
    )
    assert _places(spanish, "es") == [("Tzajalchén Viejo", "Chiapas", None)]
    english = (
        "Gunmen killed two farmers in the village of Tzajalchen Viejo, in the municipality of "
        "Tenejapa, Chiapas."
    )
    assert _places(english, "en") == [("Tzajalchen Viejo", "Chiapas", None)]


def test_a_namesake_in_another_state_yields_to_the_state_named() -> None:
    # The gazetteer knows "Los Amoles" only in Guanajuato.
    spanish = (
        "Un enfrentamiento entre policías y sicarios dejó cuatro muertos en el poblado "
        "Los Amoles, municipio de Villa Guerrero, Jalisco."
    )
    assert _places(spanish, "es") == [("Los Amoles", "Jalisco", None)]


def test_a_name_followed_by_its_state_is_a_place() -> None:
    spanish = (
        "El 3 de marzo, en Cerro Tzintzuni, Michoacán, sicarios atacaron a balazos a soldados."
    )
    assert [(p, a) for p, a, _ in _places(spanish, "es")] == [("Cerro Tzintzuni", "Michoacán")]
    english = "On March 3, in Cerro Tzintzuni, Michoacan, gunmen opened fire on soldiers."
    assert [a for _, a, _ in _places(english, "en")] == ["Michoacán"]


def test_a_known_town_in_the_named_state_keeps_its_point() -> None:
    spanish = "Sicarios asesinaron a un policía en la comunidad de Tenejapa, Chiapas."
    [(place, admin1, lat)] = _places(spanish, "es")
    assert (place, admin1) == ("Tenejapa", "Chiapas") and lat is not None


def test_the_spot_on_a_road_is_the_place() -> None:
    spanish = (
        "Unos 300 pobladores bloquearon la carretera Chilpancingo-Acapulco a la altura de "
        "Tierra Colorada, Guerrero."
    )
    assert [r.place for r in process_text(spanish, "es", DAY)[1] if r.event_type == "PROTEST"] == [
        "Tierra Colorada"
    ]
    road = (
        "Sicarios emboscaron a una patrulla por la carretera a Monclova, en jurisdicción de "
        "Mina, estado de Nuevo León."
    )
    assert [p for p, _, _ in _places(road, "es")] == ["Mina"]
    english = (
        "About 300 villagers blocked the Chilpancingo-Acapulco highway at the height of "
        "Tierra Colorada, Guerrero."
    )
    assert [r.place for r in process_text(english, "en", DAY)[1] if r.event_type == "PROTEST"] == [
        "Tierra Colorada"
    ]


def test_a_word_of_a_cartel_name_is_no_place() -> None:
    spanish = "Policías abatieron a cuatro miembros del Nuevo Cártel de Jalisco en Tepic, Nayarit."
    assert [p for p, _, _ in _places(spanish, "es")] == ["Tepic"]


def test_a_word_that_describes_the_state_named_next_is_no_place() -> None:
    english = "Gunmen burned four trucks on Monday in the southern Pacific state of Guerrero."
    assert [(p, a) for p, a, _ in _places(english, "en")] == [("Guerrero", "Guerrero")]


def test_a_town_named_after_its_state_takes_that_state() -> None:
    english = (
        "In another Sinaloa town, Los Pinitos Altos, some 200 families fled their houses after "
        "threats from gunmen."
    )
    records = process_text(english, "en", DAY)[1]
    assert {(r.place, r.admin1) for r in records} == {("Los Pinitos Altos", "Sinaloa")}


def test_two_villages_the_gazetteer_lacks_are_two_incidents() -> None:
    spanish = (
        "Sicarios asesinaron a dos campesinos en la comunidad Tzajalchén Viejo, municipio de "
        "Tenejapa, Chiapas. En la comunidad Yochib Alto, municipio de Oxchuc, Chiapas, otro "
        "grupo armado asesinó a un maestro."
    )
    assert sorted(p for p, _, _ in _places(spanish, "es")) == ["Tzajalchén Viejo", "Yochib Alto"]


def test_a_report_about_one_state_places_its_villages_there() -> None:
    english = (
        "Gunmen Kill Two Farmers in Oaxaca. Gunmen shot dead two farmers in the mountain "
        "village of Yucuñuti Alto on Sunday."
    )
    assert [(p, a) for p, a, _ in _places(english, "en")] == [("Yucuñuti Alto", "Oaxaca")]


def test_the_settlement_told_beside_the_act_says_where_in_its_municipality() -> None:
    spanish = (
        "Un enfrentamiento entre ejidatarios del municipio de Tenejapa, Chiapas, dejó un muerto "
        "y cuatro heridos.\n\n"
        "La fiscalía abrió una investigación tras el incidente en la comunidad Tzajalchén "
        "Viejo, municipio de Tenejapa."
    )
    assert [p for p, _, _ in _places(spanish, "es")] == ["Tzajalchén Viejo"]
    english = (
        "A clash between farmers in the municipality of Tenejapa, Chiapas, left one dead and "
        "four wounded.\n\n"
        "Prosecutors opened an inquiry after the incident in the village of Tzajalchen Viejo, "
        "in the municipality of Tenejapa."
    )
    assert [p for p, _, _ in _places(english, "en")] == ["Tzajalchen Viejo"]


def test_two_settlements_in_the_municipality_leave_the_act_in_the_town() -> None:
    spanish = (
        "Un enfrentamiento entre ejidatarios del municipio de Tenejapa, Chiapas, dejó un muerto "
        "y cuatro heridos.\n\n"
        "Los heridos viven en la comunidad Tzajalchén Viejo, municipio de Tenejapa, y en la "
        "comunidad Las Ollas, municipio de Tenejapa."
    )
    assert [p for p, _, _ in _places(spanish, "es")] == ["Tenejapa"]


def test_an_area_known_by_a_name_is_the_place() -> None:
    spanish = (
        "Tapachula, Chis. Hombres armados atacaron a una patrulla de la policía estatal por la "
        "zona conocida como Los Cerritos Altos."
    )
    assert [(p, a) for p, a, _ in _places(spanish, "es")] == [("Los Cerritos Altos", "Chiapas")]
    english = (
        "TAPACHULA, Chiapas -- Gunmen attacked a state police patrol in the area known as Los "
        "Cerritos Altos."
    )
    assert [(p, a) for p, a, _ in _places(english, "en")] == [("Los Cerritos Altos", "Chiapas")]


def test_a_state_abroad_inside_a_village_name_places_no_settlement_there() -> None:
    # "Barra de Potosí" holds the name of a Bolivian department; every town here is Mexican.
    spanish = (
        "Un enfrentamiento entre policías y sicarios dejó 12 muertos en Petatlán.\n\n"
        "El hecho ocurrió entre Los Mangos y Barra de Potosí. Los agentes recorrían la "
        "comunidad Los Cerritos Altos cuando fueron atacados."
    )
    assert all(a != "Potosí" for _, a, _ in _places(spanish, "es"))


def test_a_settlement_told_in_the_next_sentence_places_the_act_in_its_town() -> None:
    spanish = (
        "Hombres armados atacaron a una patrulla militar en el municipio de Comitán, Chiapas. "
        "Los soldados revisaban una casa en la comunidad de Piedra Colorada Alta, de ese "
        "municipio."
    )
    assert [(p, a) for p, a, _ in _places(spanish, "es")] == [("Piedra Colorada Alta", "Chiapas")]
    english = (
        "Gunmen attacked an army patrol in the municipality of Comitan, Chiapas. "
        "The soldiers had stopped at a shop in the village of Piedra Colorada Alta at the "
        "time."
    )
    assert [(p, a) for p, a, _ in _places(english, "en")] == [("Piedra Colorada Alta", "Chiapas")]


def test_a_settlement_someone_went_to_or_came_from_leaves_the_town() -> None:
    spanish = (
        "Hombres armados atacaron a una patrulla militar en el municipio de Comitán, Chiapas. "
        "Los soldados habían detenido una camioneta en un camino que lleva a la comunidad de "
        "Piedra Colorada Alta."
    )
    assert [p for p, _, _ in _places(spanish, "es")] == ["Comitán"]
    english = (
        "Gunmen attacked an army patrol in the municipality of Comitan, Chiapas. "
        "The attackers were natives of the village of Piedra Colorada Alta."
    )
    assert [p for p, _, _ in _places(english, "en")] == ["Comitan"]


def _all_places(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    return [(r.event_type, r.place, r.country) for r in process_text(text, language, DAY)[1]]


def test_a_prison_named_on_its_own_is_the_place() -> None:
    english = (
        "Inmates at Santa Lucia II prison, which lies on the outskirts of Quetzaltenango, "
        "rioted on Sunday and took four guards hostage."
    )
    # Its kind written right after its name stays with it, as written ("as written" in the
    # labelling conventions); a kind set apart ("known as", "a ... prison") does not.
    assert {(p, c) for _, p, c in _all_places(english, "en")} == {("Santa Lucia II prison", "GT")}
    spanish = (
        "Reos del penal conocido como El Torreoncito, en el sur de Guatemala, tomaron como "
        "rehenes a cinco custodios el domingo."
    )
    assert [(p, c) for _, p, c in _all_places(spanish, "es")] == [("El Torreoncito", "GT")]


def test_a_prison_after_its_name_and_a_comma_is_the_place() -> None:
    english = (
        "Last week, inmates at Lurigancho Viejo, a maximum security prison in southern Peru, "
        "took six employees hostage."
    )
    assert [(p, c) for _, p, c in _all_places(english, "en")] == [("Lurigancho Viejo", "PE")]


def test_a_prison_named_by_whose_it_is_or_by_an_acronym_is_no_place() -> None:
    english = (
        "TAPACHULA, Chiapas -- Two inmates were killed during a riot on Sunday at the state "
        "prison known as CERSS No. 5 on the outskirts of Tapachula."
    )
    found = _all_places(english, "en")
    assert found and {p.lower() for _, p, _ in found if p} == {"tapachula"}


def test_a_settlement_in_a_report_that_names_no_state_takes_the_last_towns() -> None:
    spanish = (
        "Una balacera entre policías estatales y sicarios dejó cinco muertos el domingo "
        "en el municipio de Tecpan de Galeana. Los agentes recorrían la zona conocida como "
        "Los Tamarindos Viejos en ese momento."
    )
    assert [(p, a) for p, a, _ in _places(spanish, "es")] == [("Los Tamarindos Viejos", "Guerrero")]
    english = (
        "A shootout between state police and gunmen left five dead on Sunday in the "
        "municipality of Tecpan de Galeana. The officers were patrolling the area known as "
        "Los Tamarindos Viejos at the time."
    )
    placed = {(r.place, r.admin1) for r in process_text(english, "en", DAY)[1]}
    assert ("Los Tamarindos Viejos", "Guerrero") in placed


def test_an_act_in_the_area_is_placed_where_the_act_before_it_ended_up() -> None:
    spanish = (
        "San Cristóbal de Las Casas, Chis. Un comerciante de la comunidad de Oxchuc fue "
        "asesinado a balazos por asaltantes. El autobús en que viajaba pasaba a la altura "
        "del paraje Yaxtinin. Horas después, vecinos del lugar capturaron "
        "a dos de los supuestos asaltantes."
    )
    found = [(r.event_type, r.place) for r in process_text(spanish, "es", DAY)[1]]
    assert found == [("ASSAULT", "Yaxtinin"), ("COERCE", "Yaxtinin")]
    english = (
        "A shopkeeper was shot dead by robbers in the municipality of Oxchuc, Chiapas. The bus "
        "he was riding had stopped near the village of Yaxtinin. Hours later, residents of the "
        "area detained two of the alleged attackers."
    )
    found = [(r.event_type, r.place) for r in process_text(english, "en", DAY)[1]]
    assert found == [("ASSAULT", "Yaxtinin"), ("COERCE", "Yaxtinin")]


def test_the_sentence_that_places_the_act_in_a_settlement_dates_it() -> None:
    spanish = (
        "Culiacán, Sin. Soldados aseguraron un laboratorio clandestino en el municipio de "
        "Culiacán. El Ejército informó que la patrulla hizo un recorrido el pasado 25 de "
        "diciembre cerca del poblado Los Mezquites Altos."
    )
    english = (
        "Soldiers seized a drug laboratory in the municipality of Culiacan, Sinaloa. The army "
        "said the patrol was on a reconnaissance on December 25 near the village of Los "
        "Mezquites Altos."
    )
    for text, language in ((spanish, "es"), (english, "en")):
        found = [(r.place, r.date) for r in process_text(text, language, dt.date(2011, 12, 28))[1]]
        assert found == [("Los Mezquites Altos", dt.date(2011, 12, 25))]


def test_the_spot_on_a_road_named_by_its_neighbourhood_is_the_place() -> None:
    spanish = (
        "Los sujetos fueron capturados sobre la carretera que va de Playas de Catazajá "
        "a Escárcega, a la altura de la colonia Loma Bonita Norte, municipio de Palenque."
    )
    english = (
        "The suspects were arrested on the highway from Playas de Catazaja to Escarcega, at "
        "the height of the village of Loma Bonita Norte, in the municipality of Palenque."
    )
    for text, language in ((spanish, "es"), (english, "en")):
        found = [(r.place, r.admin1) for r in process_text(text, language, DAY)[1]]
        assert found == [("Loma Bonita Norte", "Chiapas")]


def test_a_prison_whose_sentence_names_no_country_is_in_the_one_the_report_names() -> None:
    # The headline names the country; the sentence that names the prison does not.
    english = (
        "Nine Dead in Guatemala Prison Riot.\n\n"
        "Fighting broke out on Sunday inside the Tlacoyunga Vieja prison and nine inmates "
        "were killed."
    )
    assert ("Tlacoyunga Vieja prison", "GT") in {(p, c) for _, p, c in _all_places(english, "en")}
    spanish = (
        "Nueve muertos en riña en cárcel de Guatemala\n\n"
        "Una riña estalló el domingo en el penal conocido como Tlacoyunga Vieja y nueve reos "
        "murieron."
    )
    assert ("Tlacoyunga Vieja", "GT") in {(p, c) for _, p, c in _all_places(spanish, "es")}


def test_a_town_the_gazetteer_knows_by_one_name_keeps_its_state_against_a_guess() -> None:
    # Cobán is one town, in Alta Verapaz; the town named before it (Zacapa) only guesses.
    english = (
        "The gang began as cattle thieves in Zacapa. "
        "A report described how the Zetas came back to the town of Coban, where gunmen "
        "killed a businessman on Friday."
    )
    found = {(p, a) for p, a, _ in _places(english, "en")}
    assert ("Coban", "Alta Verapaz") in found, found
    spanish = (
        "La banda comenzó robando ganado en Zacapa. "
        "Un informe documentó el regreso de los Zetas al poblado de Cobán, donde hombres "
        "armados asesinaron a un empresario el viernes."
    )
    found = {(p, a) for p, a, _ in _places(spanish, "es")}
    assert ("Cobán", "Alta Verapaz") in found, found


def _protest_places(text: str, language: str) -> list[tuple[str | None, str | None]]:
    return [
        (r.place, r.admin1)
        for r in process_text(text, language, DAY)[1]
        if r.event_type == "PROTEST"
    ]


def test_an_oil_field_named_by_its_kind_is_the_place() -> None:
    # An oil field lies apart from the towns around it; the gazetteer lists none.
    spanish = (
        "Villahermosa, Tab. Pescadores de la costa bloquearon desde el lunes tres accesos al "
        "campo petrolero Samaria Norte, donde operan varios pozos."
    )
    assert _protest_places(spanish, "es") == [("campo petrolero Samaria Norte", "Tabasco")]
    english = (
        "Villahermosa, Tabasco -- Fishermen blocked the entrance to the Samaria Norte oil "
        "field on Monday to demand compensation."
    )
    assert _protest_places(english, "en") == [("Samaria Norte oil field", "Tabasco")]


def test_a_facility_keeps_the_kind_written_beside_its_name() -> None:
    # The place is written as the text names it: the kind beside the name is part of it.
    english = (
        "Guards at Piedra Honda prison in northern Honduras fought off an attack by armed men "
        "on Tuesday night."
    )
    assert ("Piedra Honda prison", "HN") in {(p, c) for _, p, c in _all_places(english, "en")}
    # A name that already says what it is takes no second kind.
    named = (
        "Fighting broke out on Sunday inside the Granja Penal Las Palmas prison in Guatemala "
        "and six inmates were killed."
    )
    assert ("Granja Penal Las Palmas", "GT") in {(p, c) for _, p, c in _all_places(named, "en")}
    spanish = (
        "Reynosa, Tamps. Campesinos de la zona bloquearon el martes los caminos de acceso al "
        "campo de gas Nejo Sur para exigir el pago de sus tierras."
    )
    assert _protest_places(spanish, "es") == [("campo de gas Nejo Sur", "Tamaulipas")]


def test_a_field_named_by_its_owner_leaves_the_town() -> None:
    spanish = (
        "Villahermosa, Tab. Pescadores de la costa bloquearon el lunes el acceso al campo "
        "petrolero de Pemex en Comalcalco."
    )
    assert _protest_places(spanish, "es") == [("Comalcalco", "Tabasco")]
    english = (
        "Villahermosa, Tabasco -- Fishermen blocked the entrance to an oil field of Pemex in "
        "Comalcalco on Monday."
    )
    assert _protest_places(english, "en") == [("Comalcalco", "Tabasco")]


def _assault_precisions(text: str, language: str) -> list[tuple[str | None, int | None]]:
    return [
        (r.place, r.geo_precision)
        for r in process_text(text, language, DAY)[1]
        if r.event_type == "ASSAULT"
    ]


def test_a_zone_named_as_such_is_an_area_not_a_point() -> None:
    # "la zona de X", "the area known as X": somewhere in that area (precision 2), as a
    # municipality named as such is.
    spanish = (
        "Chilpancingo, Gro. Policías estatales y un grupo armado se enfrentaron el martes en "
        "la zona conocida como Las Palmitas Altas, municipio de Tixtla, con saldo de tres muertos."
    )
    assert _assault_precisions(spanish, "es") == [("Las Palmitas Altas", 2)]
    english = (
        "Chilpancingo, Guerrero -- State police and gunmen clashed on Tuesday in the area known "
        "as Las Palmitas Altas, in the municipality of Tixtla, leaving three dead."
    )
    assert _assault_precisions(english, "en") == [("Las Palmitas Altas", 2)]

"""Where an incident happened: its own sentence's place over the dateline, and words that a
gazetteer reads as towns when a text is written in capitals. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text
from hito.extract.incidents import _ANAPHORIC_PLACE

DAY = dt.date(1990, 5, 4)


def _places(text: str, language: str) -> list[tuple[str | None, str | None]]:
    return [
        (r.place, r.country)
        for r in process_text(text, language, DAY)[1]
        if r.event_type == "ASSAULT"
    ]


def test_a_wire_dateline_yields_to_the_place_its_sentence_names() -> None:
    # The story is filed from one capital about an act in another country.
    english = (
        "MANAGUA, 20 MAR 89 -- [TEXT] GUNMEN KILLED TWO NICARAGUAN JOURNALISTS YESTERDAY IN "
        "SANTA ANA, EL SALVADOR."
    )
    assert [c for _, c in _places(english, "en")] == ["SV"]
    country = (
        "MANAGUA, 20 MAR 89 -- [TEXT] GUNMEN KILLED TWO NICARAGUAN JOURNALISTS IN EL SALVADOR."
    )
    # The country alone: no place below it to name (labelling conventions), its code kept.
    assert _places(country, "en") == [(None, "SV")]
    spanish = (
        "MANAGUA, 20 de marzo. Hombres armados asesinaron a dos periodistas nicaragüenses en "
        "Santa Ana, El Salvador."
    )
    assert _places(spanish, "es") == [("Santa Ana", "SV")]


def test_a_wire_dateline_still_places_an_act_told_nowhere_else() -> None:
    assert _places("QUITO, 4 MAY 90 -- [TEXT] A BOMB KILLED TWO GUARDS TODAY.", "en") == [
        ("Quito", "EC")
    ]


def test_a_word_after_the_is_no_town_in_capitals() -> None:
    text = (
        "BOGOTA, 3 MAY 90 -- [TEXT] A BOMB EXPLODED AT THE AIRPORT YESTERDAY, KILLING TWO "
        "GUARDS. THE COLOMBIAN POLICE BLAMED THE CARTEL."
    )
    assert _places(text, "en") == [("Bogotá", "CO")]
    # Spanish names keep their article: "La Libertad" is a place.
    spanish = (
        "Un coche bomba estalló en el aeropuerto de Tapachula, Chiapas, y mató a dos guardias."
    )
    assert _places(spanish, "es") == [("Tapachula", "MX")]


def test_downtown_before_a_town_is_no_town() -> None:
    # Read as a hamlet, "DOWNTOWN" would put the act in Canada.
    text = "LIMA, 4 MAY 90 -- [TEXT] GUERRILLAS KILLED THREE SOLDIERS IN DOWNTOWN LIMA TODAY."
    assert _places(text, "en") == [("Lima", "PE")]


def test_people_who_fled_are_placed_where_they_fled_from_not_where_they_sheltered() -> None:
    texts = {
        "en": "About 150 residents of villages in Frontera Comalapa, Chiapas, crossed into "
        "Guatemala on Tuesday and took refuge in a school in the town of Cuilco.",
        "es": "Unos 150 habitantes de ejidos de Frontera Comalapa, Chiapas, cruzaron el martes a "
        "Guatemala y se refugiaron en una escuela del municipio de Cuilco.",
    }
    for language, text in texts.items():
        places = [
            r.place for r in process_text(text, language, DAY)[1] if r.event_type == "DISPLACE"
        ]
        assert places == ["Frontera Comalapa"], (language, places)


def _records(text: str, language: str) -> list[tuple[str, str | None, int]]:
    return [(r.event_type, r.place, r.geo_precision) for r in process_text(text, language, DAY)[1]]


def test_a_town_in_the_next_sentence_says_where_in_the_state() -> None:
    english = (
        "Gunmen killed three farmers in the northern state of Chihuahua. "
        "The men were working in a field in the town of Guachochi when the attackers arrived."
    )
    assert ("ASSAULT", "Guachochi", 1) in _records(english, "en")
    spanish = (
        "Hombres armados asesinaron a tres campesinos en el estado de Chihuahua. "
        "Los hombres trabajaban en una parcela del municipio de Guachochi cuando llegaron "
        "los agresores."
    )
    # A field of the municipality lies somewhere in its area, not at the town (precision 2).
    assert ("ASSAULT", "Guachochi", 2) in _records(spanish, "es")


def test_a_municipality_or_a_spot_near_a_town_is_precision_two() -> None:
    cases = {
        "en": [
            "Soldiers found four bodies near the village of Guachochi, Chihuahua, on Monday.",
            "Gunmen killed two farmers in a village in the municipality of Guachochi, "
            "Chihuahua, on Monday.",
        ],
        "es": [
            "Hombres armados asesinaron a dos campesinos en el municipio de Guachochi, "
            "Chihuahua, el lunes.",
            "Hombres armados asesinaron a dos campesinos cerca de la comunidad Guachochi, "
            "Chihuahua, el lunes.",
        ],
    }
    for language, texts in cases.items():
        for text in texts:
            assert ("ASSAULT", "Guachochi", 2) in _records(text, language), (language, text)
    # In the town itself: the town's own point.
    own = "Gunmen killed two farmers in the town of Guachochi, Chihuahua, on Monday."
    assert ("ASSAULT", "Guachochi", 1) in _records(own, "en")
    propio = "Hombres armados asesinaron a dos campesinos en el poblado de Guachochi, Chihuahua."
    assert ("ASSAULT", "Guachochi", 1) in _records(propio, "es")


def test_a_town_beside_an_unplaced_act_comes_before_the_dateline() -> None:
    spanish = (
        "Tapachula, Chis. Agentes estatales rescataron a ocho mujeres en bares del municipio de "
        "Huixtla. La fiscalía detuvo a dos encargados de los establecimientos."
    )
    assert ("COERCE", "Huixtla", 2) in _records(spanish, "es")
    english = (
        "TAPACHULA, Chiapas — State agents freed eight women held in bars in the town of Huixtla. "
        "Prosecutors arrested two managers of the premises."
    )
    assert ("COERCE", "Huixtla", 1) in _records(english, "en")


def test_troops_sent_to_a_state_stay_in_the_state_and_the_wounded_s_hospital_is_no_place() -> None:
    english = (
        "Mexico sent 2,000 soldiers to the state of Chiapas on Monday. "
        "They will patrol the highway to the crossing at Ciudad Hidalgo."
    )
    assert ("MOBILIZE", "Chiapas", 3) in _records(english, "en")
    # The seizure's sentence names no place; the one before names where the wounded went.
    spanish = (
        "COMITÁN, Chis. El lunes dos militares resultaron heridos y fueron llevados a un "
        "hospital en Tuxtla Gutiérrez. Los soldados aseguraron siete fusiles y dos camionetas."
    )
    assert ("COERCE", "Comitán", 1) in _records(spanish, "es")
    english = (
        "COMITAN, Chiapas — Two soldiers were wounded on Monday and taken to a hospital in "
        "Tuxtla Gutierrez. The troops seized seven rifles and two trucks."
    )
    assert ("COERCE", "Comitán", 1) in _records(english, "en")


def test_a_state_that_names_a_public_body_is_no_place() -> None:
    english = (
        "Soldiers freed five hostages from a house in Monterrey on Sunday. "
        "They arrested a guard and turned him over to Nuevo Leon state prosecutors."
    )
    assert ("COERCE", "Monterrey", 1) in _records(english, "en")
    spanish = (
        "Soldados liberaron a cinco rehenes de una casa en Monterrey el domingo. "
        "Detuvieron a un vigilante y lo entregaron a la Fiscalía de Nuevo León."
    )
    assert ("COERCE", "Monterrey", 1) in _records(spanish, "es")


def test_a_place_name_inside_a_person_s_name_is_no_place() -> None:
    spanish = (
        "TAPACHULA, Chis. Agentes estatales detuvieron a Rogelio del Carmen Vázquez y a "
        "otros dos hombres."
    )
    assert ("COERCE", "Tapachula", 1) in _records(spanish, "es")
    english = "TAPACHULA, Chiapas — Police arrested Rogelio del Carmen Vazquez and two other men."
    assert ("COERCE", "Tapachula", 1) in _records(english, "en")


def test_a_word_of_direction_between_in_and_the_town_keeps_the_town() -> None:
    # In capitals a lone town needs a cue ("IN") before it; "WESTERN", "DOWNTOWN" stand
    # between the cue and the name without making the name a person's.
    western = (
        "BOGOTA, 3 APR 90 -- [TEXT] GUNMEN KIDNAPPED A SENATOR ON A CORNER IN WESTERN MEDELLIN."
    )
    assert _places(western, "en") == [("Medellín", "CO")]
    # Filed abroad: the town is in a country the report never names, and still placed.
    abroad = (
        "TOKYO (JAPAN), 2 MAY 90 -- [TEXT] A CAR BOMB WENT OFF TODAY NEAR A BANK "
        "BRANCH IN DOWNTOWN BOGOTA, KILLING TWELVE PEOPLE."
    )
    assert _places(abroad, "en") == [("Bogotá", "CO")]
    mixed = "BOGOTA, 3 May -- Gunmen kidnapped a senator on a corner in western Medellin."
    assert _places(mixed, "en") == [("Medellin", "CO")]
    spanish = (
        "BOGOTÁ, 3 de mayo. Hombres armados secuestraron a un senador en el occidente de Medellín."
    )
    assert _places(spanish, "es") == [("Medellín", "CO")]


def test_a_country_that_names_its_agency_is_no_place() -> None:
    english = (
        "Police captured a drug trafficker on Friday, officials said. "
        "The US Drug Enforcement Administration had sought him since his arrest."
    )
    countries = {r.country for r in process_text(english, "en", DAY)[1]}
    assert "US" not in countries, countries
    spanish = (
        "La policía capturó a un narcotraficante el viernes. "
        "La embajada de Estados Unidos celebró su detención."
    )
    countries = {r.country for r in process_text(spanish, "es", DAY)[1]}
    assert "US" not in countries, countries


def test_a_town_in_the_sentence_before_says_where_in_the_state_named_earlier() -> None:
    english = (
        "Cartel boss killed in Tabasco. Federal agents reported the death of the gang's leader "
        "in the state of Tabasco. Agents traced him to a safe house in the mountain town of "
        "Xochiltepec. On seeing the agents, his escorts opened fire and a brief shootout followed."
    )
    assert ("ASSAULT", "Xochiltepec", 1) in _records(english, "en")
    spanish = (
        "Abaten a jefe de plaza en Tabasco. La Fiscalía informó de la muerte del líder de la "
        "banda en el estado de Tabasco. Los agentes lo ubicaron en una casa de seguridad en el "
        "poblado de Xochiltepec. Al ver a los agentes, sus escoltas abrieron fuego y hubo un "
        "breve enfrentamiento."
    )
    assert ("ASSAULT", "Xochiltepec", 1) in _records(spanish, "es")


def test_a_country_before_its_forces_is_no_place() -> None:
    english = "Guatemala Soldiers Arrested Over Massacre."
    assert [p for _, p, _ in _records(english, "en")] == [None]
    spanish = "Detienen a exmilitares de Guatemala por masacre."
    assert [p for _, p, _ in _records(spanish, "es")] == [None]


def test_a_country_before_a_gang_names_where_the_gang_is_from() -> None:
    # "a Honduras gang", "a Mexico-based cartel": the actor's home, not the scene of the act.
    english = "A Honduras drug gang shot dead five farm workers in the north of Nicaragua."
    assert [c for _, c in _places(english, "en")] == ["NI"]
    based = "Gunmen from a Mexico-based cartel shot dead five farm workers in Guatemala."
    assert [c for _, c in _places(based, "en")] == ["GT"]
    # Spanish puts the country after the noun ("una banda de Honduras"): left as it was.
    spanish = "Pistoleros mataron a cinco jornaleros en un rancho en Nicaragua el viernes."
    assert [c for _, c in _places(spanish, "es")] == ["NI"]


def test_a_word_after_the_english_article_is_a_family_not_a_town() -> None:
    # "Paredes" is also a town in Mexico; "the Paredes" are a family.
    text = (
        "Police in Mexico and Belize have stepped up joint patrols. Belizean police arrested a "
        "man on Monday, a new blow to the Paredes, a trafficking family."
    )
    records = process_text(text, "en", DAY)[1]
    assert [r.place for r in records if r.event_type == "COERCE"] != ["Paredes"]
    # "in the Paracuaro municipality": the article belongs to the noun after the name.
    text = "Soldiers arrested a gang leader in the Paracuaro municipality on Monday."
    records = process_text(text, "en", DAY)[1]
    assert [r.place for r in records if r.event_type == "COERCE"] == ["Paracuaro"]


def test_someones_home_town_is_not_where_the_act_was() -> None:
    spanish = (
        "Tuxtla Gutiérrez, Chis. Dos hombres armados asesinaron a un comerciante, originario "
        "de Tapachula, en un bar del centro."
    )
    assert _places(spanish, "es") == [("Tuxtla Gutiérrez", "MX")]
    english = (
        "TUXTLA GUTIERREZ, Chiapas -- Gunmen shot dead a shopkeeper, a native of Tapachula, "
        "in a bar downtown."
    )
    assert [c for _, c in _places(english, "en")] == ["MX"]
    assert [p for p, _ in _places(english, "en")] != ["Tapachula"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Five policemen were shot dead in an ambush in Mexico on Monday. They had gone "
            "to a meeting in a small village in the municipality of Ocosingo. None of the "
            "officers killed were from the Comitan area.",
            "en",
        ),
        (
            "Cinco policías fueron asesinados en una emboscada en México el lunes. Habían "
            "acudido a una reunión en una aldea del municipio de Ocosingo. Ninguno de los "
            "policías asesinados procedía de Comitán.",
            "es",
        ),
    ],
)
def test_where_the_victims_were_from_is_not_where_the_act_was(text: str, language: str) -> None:
    # "were from X", "procedía de X": their home, told of them, not the scene; the village
    # of the town told before is.
    records = process_text(text, language, DAY)[1]
    assert [(r.place, r.geo_precision) for r in records if r.event_type == "ASSAULT"] == [
        ("Ocosingo", 2)
    ]


def test_every_home_town_of_a_list_is_not_where_the_act_was() -> None:
    spanish = (
        "Tuxtla Gutiérrez, Chis. Hombres armados asesinaron a dos comerciantes, originarios de "
        "Cintalapa y Tapachula, en un bar del centro."
    )
    assert _places(spanish, "es") == [("Tuxtla Gutiérrez", "MX")]
    english = (
        "TUXTLA GUTIERREZ, Chiapas -- Gunmen shot dead two shopkeepers, natives of Cintalapa "
        "and Tapachula, in a bar downtown."
    )
    assert [p for p, _ in _places(english, "en")] not in (["Cintalapa"], ["Tapachula"])


def test_people_of_several_towns_did_not_act_in_one_of_them() -> None:
    spanish = (
        "Tuxtla Gutiérrez, Chis. Cientos de campesinos de los municipios de Ocosingo y Chilón "
        "marcharon ayer en Tuxtla Gutiérrez para exigir la liberación de sus dirigentes."
    )
    assert _marched(spanish, "es") == ["Tuxtla Gutiérrez"]
    english = (
        "Hundreds of farmers from the towns of Ocosingo and Chilon marched on Monday in "
        "Tuxtla Gutierrez to demand the release of their leaders."
    )
    assert _marched(english, "en") == ["Tuxtla Gutierrez"]


def _marched(text: str, language: str) -> list[str | None]:
    return [r.place for r in process_text(text, language, DAY)[1] if r.event_type == "PROTEST"]


def test_a_promenade_or_street_named_after_someone_is_no_town() -> None:
    # Spanish names streets before their name ("la alameda X", "las calles de X y Y").
    spanish = (
        "Monterrey, N.L. Un hombre fue asesinado a balazos frente a la alameda Ignacio Zaragoza, "
        "entre las calles de Morelos y Allende, en el centro de la ciudad."
    )
    assert _places(spanish, "es") == [("Monterrey", "MX")]


def test_a_headline_town_above_the_dateline_is_not_a_district_of_it() -> None:
    # The headline's last word and the dateline below it are no "district, town" pair.
    spanish = (
        "Atacan con granadas a un grupo de comerciantes en Apatzingán\n\nMorelia, Mich. Tres "
        "personas resultaron heridas por una granada que lanzaron desconocidos en la plaza."
    )
    assert _places(spanish, "es") == [("Apatzingán", "MX")]
    english = (
        "Grenade Attack on Market Traders in Apatzingan\n\nMorelia, Michoacan. Three people "
        "were wounded by a grenade that unknown attackers threw in the main square."
    )
    assert _places(english, "en") == [("Apatzingan", "MX")]


def test_where_the_act_someone_is_charged_with_was_is_not_where_they_were_caught() -> None:
    spanish = (
        "Agentes mexicanos capturaron el viernes a un presunto narcotraficante acusado de la "
        "matanza de policías en Guatemala. Fue detenido en Tuxtla Gutiérrez, Chiapas."
    )
    found = [(r.event_type, r.place) for r in process_text(spanish, "es", DAY)[1]]
    assert found == [("COERCE", "Tuxtla Gutiérrez")]
    english = (
        "Mexican agents on Friday arrested an alleged trafficker accused of the massacre of "
        "police officers in Guatemala. He was detained in Tuxtla Gutierrez, Chiapas."
    )
    found = [(r.event_type, r.place) for r in process_text(english, "en", DAY)[1]]
    assert found == [("COERCE", "Tuxtla Gutierrez")]


def test_where_someone_might_flee_to_is_no_place_of_the_act() -> None:
    english = (
        "Gunmen killed 19 people on a ranch in Peten, Guatemala. In response, the government "
        "sent hundreds of soldiers to the region to stop the killers escaping into Mexico."
    )
    found = {(r.event_type, r.place) for r in process_text(english, "en", DAY)[1]}
    assert ("MOBILIZE", "Peten") in found
    spanish = (
        "Hombres armados asesinaron a 27 personas en una finca de Petén, Guatemala. El gobierno "
        "envió soldados a la zona para evitar que los asesinos huyeran hacia México."
    )
    found = {(r.event_type, r.place) for r in process_text(spanish, "es", DAY)[1]}
    assert ("MOBILIZE", "Petén") in found


def test_the_towns_a_militia_is_named_after_are_not_where_it_was_attacked() -> None:
    spanish = (
        "Desconocidos lanzaron una granada contra miembros de las autodefensas de "
        "Buenavista y Coalcomán que se concentraban en la plaza de Apatzingán."
    )
    assert [p for p, _ in _places(spanish, "es")] == ["Apatzingán"]
    english = (
        "Unknown attackers threw a grenade at members of the self-defense groups of "
        "Tepalcatepec and Coalcoman who had gathered in the main square of Apatzingan."
    )
    assert [p for p, _ in _places(english, "en")] == ["Apatzingan"]


def test_a_town_told_once_by_its_full_name_keeps_it_in_every_mention() -> None:
    english = (
        "Doctors in Ciudad Obregon went on strike on Monday. "
        "Gunmen killed a surgeon outside his clinic in Obregon on Sunday."
    )
    assert [p for t, p, _ in _records(english, "en") if t == "ASSAULT"] == ["Ciudad Obregon"]
    spanish = (
        "Médicos de Ciudad Obregón iniciaron un paro el lunes. "
        "Hombres armados asesinaron a un cirujano frente a su clínica en Obregón el domingo."
    )
    assert [p for t, p, _ in _records(spanish, "es") if t == "ASSAULT"] == ["Ciudad Obregón"]


def test_a_capital_named_as_the_city_of_its_country_keeps_that_name() -> None:
    # "la ciudad de Guatemala" is how Spanish writes the capital's own name ("Ciudad de
    # Guatemala"); the country's name alone is what the dateline writes.
    spanish = (
        "Guatemala. Policías detuvieron el martes a tres hombres con diez fusiles en una casa "
        "de la ciudad de Guatemala."
    )
    assert [p for t, p, _ in _records(spanish, "es") if t == "COERCE"] == ["Ciudad de Guatemala"]
    english = (
        "GUATEMALA - Police arrested three men with ten rifles on Tuesday in a house in "
        "Guatemala City."
    )
    assert [p for t, p, _ in _records(english, "en") if t == "COERCE"] == ["Guatemala City"]
    # A town whose name in full is not "Ciudad de ..." keeps its own.
    town = "Policías detuvieron el martes a tres hombres en la ciudad de Tapachula."
    assert [p for t, p, _ in _records(town, "es") if t == "COERCE"] == ["Tapachula"]


def test_a_country_alone_names_no_place_below_it() -> None:
    english = "Soldiers arrested four men with two tons of cocaine in Honduras on Tuesday."
    assert [(r.place, r.country, r.geo_precision) for r in process_text(english, "en", DAY)[1]] == [
        (None, "HN", 4)
    ]
    spanish = (
        "Soldados detuvieron a cuatro hombres con dos toneladas de cocaína en Honduras el martes."
    )
    assert [(r.place, r.country, r.geo_precision) for r in process_text(spanish, "es", DAY)[1]] == [
        (None, "HN", 4)
    ]


def test_more_words_for_near_or_part_of_a_town_are_precision_two() -> None:
    # Labelling conventions: "near / outskirts of / on the highway to" is precision 2, and
    # so is a spot somewhere in a municipality's area (an unnamed village, its mountains).
    cases = {
        "es": [
            "Hombres armados asesinaron a dos campesinos en las afueras de Guachochi, "
            "Chihuahua, el lunes.",
            "Hombres armados asesinaron a dos campesinos en un paraje cercano a Guachochi, "
            "Chihuahua, el lunes.",
            "Hombres armados asesinaron a dos campesinos a unos doce kilómetros de Guachochi, "
            "Chihuahua, el lunes.",
            "Hombres armados asesinaron a dos campesinos a la salida de Guachochi, "
            "Chihuahua, el lunes.",
            "Hombres armados asesinaron a dos campesinos en una aldea de Guachochi, "
            "Chihuahua, el lunes.",
            "Hombres armados atacaron a los habitantes de dos comunidades de Guachochi, "
            "Chihuahua, el lunes.",
            "Hombres armados emboscaron a dos policías en la carretera federal, a la altura de "
            "Guachochi, Chihuahua, el lunes.",
        ],
        "en": [
            "Gunmen killed two farmers about twelve kilometers from Guachochi, Chihuahua, "
            "on Monday.",
            "Gunmen killed two farmers in the mountains of Guachochi, Chihuahua, on Monday.",
            "Gunmen attacked the residents of two villages of Guachochi, Chihuahua, on Monday.",
        ],
    }
    for language, texts in cases.items():
        for text in texts:
            assert ("ASSAULT", "Guachochi", 2) in _records(text, language), (language, text)
    # A spot on a road by a named neighbourhood: near it.
    colonia = {
        "es": "Hombres armados emboscaron a dos policías en la carretera federal, a la altura de "
        "la colonia Los Pinos, municipio de Guachochi, Chihuahua.",
        "en": "Gunmen ambushed two police officers on the federal highway at the height of the "
        "neighborhood of Los Pinos, in the municipality of Guachochi, Chihuahua.",
    }
    for language, text in colonia.items():
        assert ("ASSAULT", "Los Pinos", 2) in _records(text, language), (language, text)
    # Near something else in the town, the act is in the town itself.
    own = "Hombres armados asesinaron a dos campesinos cerca del mercado de Guachochi, Chihuahua."
    assert ("ASSAULT", "Guachochi", 1) in _records(own, "es")


def test_the_acts_own_sentence_near_the_headline_town_makes_it_precision_two() -> None:
    # The headline names the town; the lead says the act was in a village of it, which is
    # the more exact account of where (precision 2).
    cases = {
        "es": "Matan a dos campesinos en Guachochi\n\nHombres armados mataron el domingo a "
        "dos campesinos en una aldea de Guachochi, Chihuahua, mientras trabajaban la tierra.",
        "en": "Gunmen Kill Two Farmers in Guachochi\n\nGunmen killed two farmers on Sunday in "
        "a village of Guachochi, Chihuahua, while they worked their fields.",
    }
    for language, text in cases.items():
        records = _records(text, language)
        assert records and all(p == 2 for _, _, p in records), (language, records)


def test_an_act_on_a_road_by_the_dateline_town_is_precision_two() -> None:
    # The dateline names the town; the act's sentence puts it on a road without naming the
    # town but as the road's end: somewhere along the road near it (precision 2).
    cases = {
        "es": [
            "Guachochi, Chih. Un policía estatal fue asesinado por hombres armados sobre la "
            "autopista Guachochi-Creel el lunes por la tarde.",
            "Guachochi, Chih. Hombres armados emboscaron a dos policías a la altura del "
            "kilómetro 42 de la carretera federal el lunes por la tarde.",
        ],
        "en": [
            "Guachochi, Chihuahua -- Gunmen killed a state police officer on the "
            "Guachochi-Creel highway on Monday afternoon.",
            "Guachochi, Chihuahua -- Gunmen ambushed two police officers along the federal "
            "highway on Monday afternoon.",
        ],
    }
    for language, texts in cases.items():
        for text in texts:
            assert ("ASSAULT", "Guachochi", 2) in _records(text, language), (language, text)
    # A checkpoint on the town's own ring road, or a road told in a sentence that names the
    # town as where the act was, leaves the act in the town.
    own = {
        "es": "Guachochi, Chih. Hombres armados asesinaron a un policía en un retén del "
        "libramiento sur el lunes.",
        "en": "Guachochi, Chihuahua -- Gunmen killed a police officer in Guachochi on the road "
        "to his home on Monday.",
    }
    for language, text in own.items():
        assert ("ASSAULT", "Guachochi", 1) in _records(text, language), (language, text)


def test_background_history_told_with_no_place_keeps_only_the_country() -> None:
    # The report's town is where its news happened; an old arrest told in passing may have
    # been anywhere in the country.
    later = dt.date(2012, 5, 4)
    texts = {
        "en": "Gunmen killed four police officers in Zitácuaro, Michoacán, on Monday. "
        "The attack was blamed on the Familia cartel. "
        "The cartel's founder, Ramiro Tovar, was arrested in 2009.",
        "es": "Hombres armados asesinaron a cuatro policías en Zitácuaro, Michoacán, el lunes. "
        "El ataque fue atribuido a La Familia. "
        "El fundador del cártel, Ramiro Tovar, fue detenido en 2009.",
    }
    for language, text in texts.items():
        found = {
            r.event_type: (r.place, r.admin1, r.country, r.geo_precision)
            for r in process_text(text, language, later)[1]
        }
        assert found["ASSAULT"] == ("Zitácuaro", "Michoacán", "MX", 1), (language, found)
        assert found["COERCE"] == (None, None, "MX", 4), (language, found)


def test_local_news_tells_its_background_history_of_its_own_town() -> None:
    later = dt.date(2012, 5, 4)
    texts = {
        "en": "ZITÁCUARO, Michoacán — Gunmen killed four police officers on Monday. "
        "In March 2009, two guards were shot dead at the same checkpoint.",
        "es": "Zitácuaro, Mich. Hombres armados asesinaron a cuatro policías el lunes. "
        "En marzo de 2009, dos guardias fueron asesinados a tiros en el mismo retén.",
    }
    for language, text in texts.items():
        records = process_text(text, language, later)[1]
        past = [r for r in records if r.factuality == "historical"]
        assert past, (language, records)
        assert all(r.admin1 == "Michoacán" and r.geo_precision < 4 for r in past), (
            language,
            [(r.place, r.admin1, r.geo_precision) for r in past],
        )


def test_an_act_an_undated_analysis_dates_back_keeps_only_the_country() -> None:
    # No publication date: a month or year names an earlier act the analysis recalls, which
    # took place anywhere in the country, not in the town the piece names most.
    texts = {
        "en": "Troops arrived in Morelia on Wednesday to confront the Familia cartel. "
        "In Morelia, schools closed early and shops shut their doors. "
        "The cartel's former chief, Rodrigo Almaraz, was arrested in June 2011.",
        "es": "Soldados llegaron a Morelia el miércoles para enfrentar a La Familia. "
        "En Morelia, las escuelas cerraron temprano y los comercios bajaron sus cortinas. "
        "El exjefe del cártel, Rodrigo Almaraz, fue detenido en junio de 2011.",
    }
    for language, text in texts.items():
        found = {
            r.event_type: (r.place, r.admin1, r.country, r.geo_precision, r.factuality)
            for r in process_text(text, language)[1]
        }
        assert found.get("COERCE") == (None, None, "MX", 4, "historical"), (language, found)


def test_an_earlier_act_told_at_the_same_spot_keeps_the_reports_town() -> None:
    # "In the same stretch" points back at the town the report placed its news in.
    later = dt.date(2023, 3, 14)
    texts = {
        "en": "Soldiers seize rifles near Escárcega\n\n"
        "Soldiers seized six rifles and arrested two men on Sunday at a checkpoint on "
        "highway 186 near Escárcega, Campeche. "
        "In January, on the same stretch of road, troops found 300 kilos of marijuana.",
        "es": "Aseguran fusiles cerca de Escárcega\n\n"
        "Soldados aseguraron seis fusiles y detuvieron a dos hombres el domingo en un retén "
        "de la carretera 186, a la altura de Escárcega, Campeche. "
        "En enero pasado, en el mismo tramo, soldados localizaron 300 kilos de marihuana.",
    }
    for language, text in texts.items():
        past = [r for r in process_text(text, language, later)[1] if r.factuality == "historical"]
        assert past, (language, process_text(text, language, later)[1])
        assert all(r.admin1 == "Campeche" and r.geo_precision < 4 for r in past), (
            language,
            [(r.place, r.admin1, r.geo_precision) for r in past],
        )


def test_someone_arrested_or_killed_by_a_towns_name_is_a_person_not_the_town() -> None:
    # "Paredes" and "El Amarillo" are also towns in Mexico; places are not arrested or killed.
    texts = {
        "en": [
            "Following the capture of Paredes and the killing of his brothers, rivals moved in.",
            "El Amarillo was arrested in 2016 and charged with ordering a massacre.",
        ],
        "es": [
            "Tras la captura de Paredes y el asesinato de sus hermanos, sus rivales llegaron.",
            "El Amarillo fue detenido en 2012 y acusado de ordenar una masacre.",
        ],
    }
    for language, cases in texts.items():
        for text in cases:
            records = process_text(text, language, DAY)[1]
            assert records, (language, text)
            assert all(r.place not in ("Paredes", "El Amarillo") for r in records), (
                language,
                [(r.event_type, r.place) for r in records],
            )


def test_an_earlier_act_told_at_the_state_stays_in_the_state_not_the_dateline_town() -> None:
    # The dateline says where the story was filed; an act of months before, told only at
    # the state, happened somewhere in it.
    later = dt.date(2011, 3, 8)
    texts = {
        "es": "Reynosa, Tamps. Hombres armados mataron a seis personas este lunes en Reynosa. "
        "También fueron hallados en agosto los cuerpos de 40 migrantes en un predio del centro "
        "de Tamaulipas.",
        "en": "REYNOSA, Tamaulipas — Gunmen killed six people in Reynosa on Monday. "
        "In August, the bodies of 40 migrants were found on a ranch in central Tamaulipas.",
    }
    for language, text in texts.items():
        records = process_text(text, language, later)[1]
        past = [r for r in records if r.factuality == "historical"]
        assert past, (language, [(r.event_type, r.place, r.factuality) for r in records])
        assert all((r.place, r.geo_precision) == ("Tamaulipas", 3) for r in past), (
            language,
            [(r.place, r.admin1, r.geo_precision) for r in past],
        )


def test_a_municipality_the_gazetteer_lacks_is_precision_two_as_a_known_one() -> None:
    # "en el municipio de X": somewhere in its area, not at its seat, whether or not the
    # gazetteer knows X.
    texts = {
        "es": "Un enfrentamiento se registró el domingo por la tarde en el municipio de San Telmo "
        "Tlacoyunga, "
        "Jalisco, entre policías y hombres armados.",
        "en": "A gunfight broke out on Monday in a village in the municipality of San Telmo "
        "Tlacoyunga, Jalisco, between police and gunmen.",
    }
    for language, text in texts.items():
        found = [
            (r.place, r.admin1, r.geo_precision)
            for r in process_text(text, language, DAY)[1]
            if r.event_type == "ASSAULT"
        ]
        assert found == [("San Telmo Tlacoyunga", "Jalisco", 2)], (language, found)


def test_a_settlement_far_from_a_town_is_not_placed_in_that_towns_state() -> None:
    # "240 km northeast of the capital": the distance says the village lies elsewhere, not
    # in the capital's department.
    texts = {
        "es": "Tegucigalpa. Doce personas murieron el martes en un enfrentamiento en el poblado "
        "de Tlacoyunga Abajo, a 240 kilómetros al noreste de Tegucigalpa.",
        "en": "TEGUCIGALPA — Twelve people were killed on Tuesday in a clash in the village of "
        "Tlacoyunga Abajo, 240 kilometers northeast of Tegucigalpa.",
    }
    for language, text in texts.items():
        found = [
            (r.place, r.admin1, r.country)
            for r in process_text(text, language, DAY)[1]
            if r.event_type == "ASSAULT"
        ]
        assert found and all(a != "Francisco Morazán" for _, a, _ in found), (language, found)


def test_a_towns_name_the_report_gives_a_person_in_full_is_that_person_alone_too() -> None:
    # "Paredes" is also a town in Mexico; named once in full as a man's surname, it stays
    # his name where it stands alone.
    texts = {
        "en": "Police in Mexico arrested the heir of the drug clan formerly led by Luis Alberto "
        "Paredes Cordoba. Paredes and his brothers moved cocaine for years. Rivals killed "
        "two of his brothers.",
        "es": "La policía de México detuvo al heredero del clan que dirigía Luis Alberto Paredes "
        "Córdoba. Paredes y sus hermanos movieron cocaína durante años. Sus rivales asesinaron "
        "a dos de sus hermanos.",
    }
    for language, text in texts.items():
        records = process_text(text, language, DAY)[1]
        assert records, language
        assert all(r.place != "Paredes" for r in records), (
            language,
            [(r.event_type, r.place) for r in records],
        )


def test_an_arrest_over_an_act_told_before_keeps_only_the_country() -> None:
    # The suspects of a killing are caught wherever the inquiry finds them: an arrest tied to
    # the act told before and told with no place of its own is not put in the act's town.
    later = dt.date(2021, 6, 9)
    texts = {
        "en": "Monterrey, Nuevo León — Gunmen shot dead a shopkeeper on Monday in Monterrey. "
        "Police said the killing was a reprisal for unpaid extortion fees. "
        "Two brothers were later detained in connection with the killing.",
        "es": "Monterrey, NL. Hombres armados mataron a un comerciante el lunes en Monterrey. "
        "La policía dijo que el crimen fue una represalia por cuotas de extorsión no pagadas. "
        "Se informó sobre tres detenciones relacionadas con el crimen.",
    }
    for language, text in texts.items():
        found = {
            r.event_type: (r.place, r.admin1, r.country, r.geo_precision)
            for r in process_text(text, language, later)[1]
        }
        assert found.get("ASSAULT") == ("Monterrey", "Nuevo León", "MX", 1), (language, found)
        assert found.get("COERCE") == (None, None, "MX", 4), (language, found)


def test_an_arrest_told_with_its_own_place_or_no_tie_keeps_the_town() -> None:
    later = dt.date(2021, 6, 9)
    texts = {
        "en": "Monterrey, Nuevo León — Gunmen shot dead a shopkeeper on Monday. "
        "Police arrested three men on Tuesday.",
        "es": "Monterrey, NL. Hombres armados mataron a un comerciante el lunes. "
        "La policía detuvo a tres hombres el martes.",
    }
    for language, text in texts.items():
        found = {r.event_type: (r.place, r.country) for r in process_text(text, language, later)[1]}
        assert found.get("COERCE") == ("Monterrey", "MX"), (language, found)


def test_an_arrest_in_a_named_borough_is_placed_at_the_borough() -> None:
    spanish = (
        "Ciudad de México. Agentes federales detuvieron el lunes a Ramiro Valdés Cuevas, "
        "presunto jefe de una banda de ladrones de autos. Fue capturado en la Alcaldía "
        "Iztapalapa cuando salía de una bodega."
    )
    places = [r.place for r in process_text(spanish, "es", DAY)[1] if r.event_type == "COERCE"]
    assert places == ["Iztapalapa"]
    english = (
        "Mexico City. Federal agents arrested Ramiro Valdes Cuevas, the alleged head of a car "
        "theft ring, on Monday. He was captured in the Alcaldia Iztapalapa as he left a "
        "warehouse."
    )
    places = [r.place for r in process_text(english, "en", DAY)[1] if r.event_type == "COERCE"]
    assert places == ["Iztapalapa"]


@pytest.mark.parametrize(
    "sentence",
    [
        "En aquella demarcación, el sábado pasado, dos bandas se enfrentaron a balazos.",
        "En esa demarcación hombres armados quemaron dos camionetas.",
        "In that municipality, last Saturday, two gangs exchanged gunfire outside a shop.",
    ],
)
def test_that_district_names_back_the_place_of_the_act_before(sentence: str) -> None:
    # "En aquella demarcación": the town of the act told before, not the report's own place.
    assert _ANAPHORIC_PLACE.search(sentence)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Ciudad Juarez lies across the river from El Paso, Texas. Ciudad Juarez's "
            "closeness to El Paso makes it a key crossing for drugs, and the biggest heroin "
            "load ever seized in Mexico was found in that city in 2019.",
        ),
        (
            "es",
            "Reynosa está frente a McAllen, Texas. La cercanía de Reynosa con McAllen la vuelve "
            "un paso clave para la droga, y el mayor cargamento de cocaína jamás asegurado en "
            "México se halló en esa ciudad en 2019.",
        ),
    ],
)
def test_an_act_told_in_a_country_is_at_that_countrys_town(language: str, text: str) -> None:
    # "seized in Mexico": of the two border towns the sentence names, the Mexican one, though
    # its neighbour across the border stands nearer the verb.
    seized = [(r.place, r.country) for r in process_text(text, language, DAY)[1]]
    assert [country for _, country in seized] == ["MX"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Agents work at the bridge in El Paso, Texas. Police arrested in El Paso a man "
            "wanted for a robbery in Ciudad Juarez, in Mexico.",
        ),
        (
            "es",
            "Agentes vigilan el puente de El Paso, Texas. La policía detuvo en El Paso a un "
            "hombre buscado por un robo en Ciudad Juárez, en México.",
        ),
    ],
)
def test_a_country_named_for_another_act_leaves_the_arrest_where_it_was(
    language: str, text: str
) -> None:
    # "in Mexico" tells where the robbery was, not the arrest told at El Paso.
    arrests = [r.country for r in process_text(text, language, DAY)[1] if r.event_type == "COERCE"]
    assert arrests == ["US"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tenejapa, Chis. La organización civil La Esperanza denunció este jueves en "
            "Tenejapa que hombres armados quemaron tres casas de la comunidad.\n"
            "La Esperanza señala que el secuestro de un catequista ocurrió el lunes.",
            "es",
        ),
        (
            "Tenejapa, Chis. Según la agrupación de la sociedad civil Los Naranjos, hombres "
            "armados quemaron el martes tres casas en Tenejapa.\n"
            "Los Naranjos añaden que un catequista fue secuestrado el lunes.",
            "es",
        ),
        (
            "TENEJAPA, Chiapas - The civic group Los Naranjos said on Thursday in Tenejapa that "
            "gunmen burned three houses.\n"
            "Los Naranjos says a catechist was kidnapped on Monday.",
            "en",
        ),
    ],
)
def test_a_town_s_name_the_report_gives_an_organisation_is_that_organisation(
    text: str, language: str
) -> None:
    # "La Esperanza" and "Los Naranjos" are also villages: named as an organisation, the
    # name stands for it wherever no place cue ("in", "en") comes before it.
    places = {place for place, _ in _places(text, language)}
    assert places
    assert not places & {"La Esperanza", "Los Naranjos"}


def test_the_organisation_s_name_after_a_place_cue_is_the_place() -> None:
    text = (
        "Tenejapa, Chis. La organización civil La Esperanza denunció este jueves el secuestro "
        "de un catequista en La Esperanza."
    )
    assert "La Esperanza" in {place for place, _ in _places(text, "es")}


def test_a_village_the_gazetteer_lacks_is_not_its_first_words_namesake_abroad() -> None:
    # The village is written whole; only its saint's-name opening is a town, and that town
    # lies abroad: the act stays in the country the report is about.
    english = (
        "SAN SALVADOR, 6 APR 90 (RADIO) -- [TEXT] REBELS AMBUSHED AN ARMY PATROL IN SAN "
        "PEDRO TOLOCHAPA YESTERDAY. A CORPORAL AND A PRIVATE DIED THERE."
    )
    assert {c for _, c in _places(english, "en")} == {"SV"}
    spanish = (
        "SAN SALVADOR, 6 ABR 90 (RADIO) -- [TEXTO] LOS REBELDES EMBOSCARON A UNA PATRULLA "
        "EN SAN PEDRO TOLOCHAPA AYER. DOS SOLDADOS MURIERON EN LA EMBOSCADA."
    )
    assert {c for _, c in _places(spanish, "es")} == {"SV"}


def test_a_caseless_town_abroad_followed_by_a_common_word_stays_abroad() -> None:
    # The name ends where an ordinary word follows, and the report is about that country.
    english = (
        "ABIDJAN, 6 APR 90 (RADIO) -- [TEXT] GUNMEN KILLED TWO POLICEMEN IN SAN PEDRO "
        "YESTERDAY, IVORY COAST POLICE SAID."
    )
    assert [c for _, c in _places(english, "en")] == ["CI"]

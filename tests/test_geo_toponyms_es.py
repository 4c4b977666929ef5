"""Place names in Spanish news copy: run boundaries, abbreviations and names inside names."""

from __future__ import annotations

from hito.geo import find_toponyms


def _texts(text: str, mentions: bool = False) -> list[str]:
    return [t.text for t in find_toponyms(text, "es", mentions=mentions)]


def test_a_headline_run_into_its_story_ends_at_the_article() -> None:
    text = "La comitiva llegó a la Ciudad de México La visita duró dos días"
    assert _texts(text) == ["Ciudad de México"]


def test_an_article_inside_a_name_stays_in_it() -> None:
    text = "Los visitantes recorrieron el Parque Nacional El Chico y otros bosques."
    assert "El Chico" not in _texts(text)


def test_a_byline_run_into_a_capitals_dateline_is_two_names() -> None:
    text = "Por Laura Gómez Pérez TOLUCA, México, 3 de marzo de 2019."
    assert _texts(text) == ["TOLUCA", "México"]


def test_a_roman_numeral_is_part_of_the_name_before_it() -> None:
    assert _texts("La visita de Felipe VI a la capital fue breve.") == []


def test_mexican_abbreviations_for_the_capital_and_the_country() -> None:
    assert _texts("Temperatura en México DF hoy: 21 grados.") == ["México", "DF"]
    assert _texts("Domicilio conocido, Zacatecas, MX.") == ["Zacatecas", "MX"]
    assert _texts("Abren un comedor comunitario en SLP este lunes.") == ["SLP"]
    assert _texts("Metepec, MEX.") == ["Metepec", "MEX"]


def test_a_place_after_de_la_inside_a_run() -> None:
    text = "El comité viajó con Ana Torres a la Ciudad de México Sigue la crónica"
    assert _texts(text) == ["Ciudad de México"]


def test_the_town_after_a_neighbourhood_is_a_mention() -> None:
    text = "La casa está en la colonia Lomas Altas de la Ciudad de México."
    assert _texts(text, mentions=True) == ["Ciudad de México"]


def test_people_of_a_place_are_no_name() -> None:
    assert _texts("Vecinos de Tonalá bloquearon la carretera.", mentions=True) == ["Tonalá"]
    assert _texts("Municipio de Tonalá, Chiapas.", mentions=True) == ["Tonalá", "Chiapas"]
    assert _texts("Trabajadores Unidos de Tonalá marcharon.", mentions=True) == []


def test_a_lower_case_government_of_a_place_names_the_place() -> None:
    assert _texts("Lo anunció el gobierno de Oaxaca.", mentions=True) == ["Oaxaca"]
    assert _texts("Lo anunció el Gobierno de Oaxaca.", mentions=True) == []


def test_newspapers_parties_and_seats_of_power_are_no_mentions() -> None:
    assert _texts("Lo publicó La Jornada Morelos ayer.", mentions=True) == []
    assert _texts("Según La Opinión, la obra sigue.", mentions=True) == []
    assert _texts("El PRI y Nueva Alianza firmaron.", mentions=True) == []
    assert _texts("La reunión fue en Los Pinos por la tarde.", mentions=True) == []
    assert _texts("Hubo un choque en la comunidad de Los Pinos.", mentions=True) == ["Los Pinos"]


def test_a_municipality_named_by_a_common_word() -> None:
    assert _texts("Hubo un robo en el municipio de Centro, Tabasco.") == ["Centro", "Tabasco"]


def test_an_article_before_a_villa_keeps_the_town() -> None:
    assert _texts("El agua llegó a la Villa de Zaachila ayer.") == ["Villa de Zaachila"]


def test_a_street_corner_named_after_a_state_is_no_mention_of_it() -> None:
    assert _texts("Hay baches en la esquina de Durango, frente al mercado.") == []
    assert _texts("Recorrió las calles de Hermosillo.") == ["Hermosillo"]
    # "en plena calle de Cajeme" is in the streets of the town.
    assert _texts("Atacan a un hombre en plena calle de Cajeme.") == ["Cajeme"]


def test_the_municipalities_of_a_state_and_a_small_place_after_de_la() -> None:
    assert _texts("Reparten agua en 12 municipios de Nuevo León.") == ["Nuevo León"]
    assert _texts("Hubo elecciones en los municipios de Centro y Nacajuca.") == [
        "Centro",
        "Nacajuca",
    ]
    assert _texts("Detienen a El Mara, presunto ladrón, en Veracruz") == ["Veracruz"]
    text = "Suspenden el Baile de la Banda Roja en Chaparaco por una riña entre los asistentes"
    assert _texts(text) == ["Chaparaco"]


def test_a_dateline_after_a_photo_credit() -> None:
    assert _texts("Foto: Laura Ruiz Ciudad de México.") == ["Ciudad de México"]
    assert _texts("Imagen Especial AFP México, 3 de junio.") == ["México"]


def test_a_surname_at_the_end_of_a_name_is_no_dateline() -> None:
    assert _texts("Lo dijo Jorge Pérez Francia, quien preside el comité.") == []
    assert _texts("Lo dijo Sofía Del Valle, quien preside el comité.") == []


def test_housing_estates_named_after_institutions_are_the_institutions() -> None:
    assert _texts("Los jubilados del ISSSTE y del IMSS protestaron.") == []


def test_all_capitals_town_cue_names_a_small_town() -> None:
    # En mayúsculas, "el municipio de" y "el poblado de" dicen que sigue un pueblo, por
    # pequeño que sea.
    assert _texts(
        "LOS REBELDES QUEMARON UN CAMION EN EL MUNICIPIO DE TEORAMA, DIJO LA POLICIA."
    ) == ["TEORAMA"]
    assert _texts("UN JUEZ FUE ASESINADO EN EL POBLADO DE CAYARA, SEGUN LA POLICIA LOCAL.") == [
        "CAYARA"
    ]


def test_all_capitals_side_of_a_town_names_the_town() -> None:
    # El lado de una ciudad es la ciudad, como en la versión en inglés.
    assert _texts("UN CAMION BOMBA ESTALLO EN LA AUTOPISTA AL SUR DE MEDELLIN AL MEDIODIA.") == [
        "MEDELLIN"
    ]
    assert _texts("LOS REBELDES ATACARON UNA PATRULLA EN EL NORTE DE BOGOTA ANOCHE.") == ["BOGOTA"]


def test_all_capitals_two_streets_of_a_corner_are_no_towns() -> None:
    # Una esquina se nombra con dos calles tras su plural; cualquiera puede llamarse como
    # un pueblo.
    text = "UNA BOMBA DAÑO UNA TIENDA EN LAS CALLES TARAPACA Y SANTA ROSA, EN RANCAGUA, ANOCHE."
    assert _texts(text) == ["RANCAGUA"]


def test_all_capitals_town_named_once_is_read_again_after_a_cue() -> None:
    text = (
        "LA GUERRILLA ENTRO AL POBLADO DE CAYARA AL AMANECER.\n"
        "HORAS DESPUES LOS SOLDADOS ENTRARON EN CAYARA."
    )
    assert _texts(text) == ["CAYARA", "CAYARA"]


def test_all_capitals_fuller_alternate_name_is_read_whole() -> None:
    # "San Francisco Gotera" es en GeoNames solo otro nombre de San Francisco (El Salvador).
    found = find_toponyms("LOS REBELDES ATACARON UN CUARTEL EN SAN FRANCISCO GOTERA.", "es")
    assert [(t.text, t.candidates[0].country) for t in found] == [("SAN FRANCISCO GOTERA", "SV")]


def test_all_capitals_alternate_ending_in_initials_is_not_read_whole() -> None:
    # Iniciales ("D. B.") se parten en el texto: leer el nombre largo dejaría un topónimo
    # sin candidatos.
    found = find_toponyms("LA POLICIA DETUVO A DOS HOMBRES EN GUADALUPE D. B. AYER.", "es")
    assert found and all(t.candidates for t in found)


def test_a_borough_named_after_its_title_word_is_the_borough() -> None:
    # Mexico City's boroughs are written "Alcaldía X" (formerly "Delegación X"), no "de".
    assert _texts("Dos hombres fueron detenidos en la Alcaldía Iztapalapa el martes.") == [
        "Iztapalapa"
    ]
    assert _texts("El asalto ocurrió en la Delegación Coyoacán por la noche.") == ["Coyoacán"]
    english = "Police arrested the suspect in the Alcaldia Azcapotzalco on Friday."
    assert [t.text for t in find_toponyms(english, "en")] == ["Azcapotzalco"]


def test_a_city_hall_or_an_agencys_state_office_is_no_borough() -> None:
    assert "Municipal" not in _texts("La Alcaldía Municipal pagó las obras.")
    # "Delegación" is also a federal agency's office in a state.
    text = "Los contratos que revisó la Delegación Jalisco de la secretaría eran del año pasado."
    assert _texts(text) == []

"""Contexts of a record: drug trafficking is illegal_drugs, trafficking is of people or
arms, and neither is cued by words that only hold the letters ("madrugada", "se trata de")."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records, pipeline_records_of

PUBLISHED = dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen working for a drug trafficking organisation shot dead two police officers "
            "in Tapachula, Chiapas, on Monday.",
            "en",
        ),
        (
            "Sicarios de una organización dedicada al narcotráfico asesinaron el lunes a dos "
            "policías en Tapachula, Chiapas.",
            "es",
        ),
    ],
)
def test_drug_trafficking_is_illegal_drugs_not_trafficking(text: str, language: str) -> None:
    contexts = set(pipeline_records(text, language, PUBLISHED)[0].contexts)
    assert {"crime", "illegal_drugs"} <= contexts
    assert "trafficking" not in contexts


def test_small_hours_and_it_is_about_cue_nothing() -> None:
    text = (
        "Hombres armados asesinaron en la madrugada del lunes a un comerciante en Comitán, "
        "Chiapas. Se trata de un vecino de la colonia centro, dijo la fiscalía."
    )
    contexts = set(pipeline_records(text, "es", PUBLISHED)[0].contexts)
    assert "illegal_drugs" not in contexts
    assert "trafficking" not in contexts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers arrested four people smugglers who were moving 40 migrants in a truck "
            "near Comitán, Chiapas, on Tuesday.",
            "en",
        ),
        (
            "Soldados detuvieron el martes cerca de Comitán, Chiapas, a cuatro presuntos "
            "integrantes de una red de trata de personas.",
            "es",
        ),
    ],
)
def test_smuggling_people_is_trafficking_and_crime(text: str, language: str) -> None:
    contexts = set(pipeline_records(text, language, PUBLISHED)[0].contexts)
    assert {"crime", "trafficking"} <= contexts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen shot dead an invented environmental activist in Tapachula, Chiapas, on Monday.",
            "en",
        ),
        (
            "Hombres armados asesinaron el lunes a un activista ambiental inventado en "
            "Tapachula, Chiapas.",
            "es",
        ),
    ],
)
def test_an_activist_harmed_is_a_human_rights_matter(text: str, language: str) -> None:
    records = pipeline_records(text, language, PUBLISHED)
    assert any("human_rights" in r.contexts for r in records if r.event_type == "ASSAULT")


def test_rights_merely_named_are_no_human_rights_context() -> None:
    text = (
        "Migration agents deported 40 Guatemalans from Tapachula, Chiapas, on Monday, and "
        "human rights groups criticised the flights."
    )
    records = pipeline_records(text, "en", PUBLISHED)
    assert records and all("human_rights" not in r.contexts for r in records)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Some 300 families fled their homes in Motozintla, Chiapas, on Sunday after gunmen "
            "threatened them.",
            "en",
        ),
        (
            "Unas 300 familias huyeron de sus casas en Motozintla, Chiapas, el domingo tras las "
            "amenazas de hombres armados.",
            "es",
        ),
    ],
)
def test_a_displacement_is_a_matter_of_territory_not_migration(text: str, language: str) -> None:
    # Labelling conventions: `territory` on DISPLACE; the people who fled are no migrants.
    record = pipeline_records_of("DISPLACE", text, language, PUBLISHED)[0]
    assert "territory" in record.contexts
    assert "migration" not in record.contexts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "About 200 Mexicans crossed into Guatemala as refugees on Sunday, fleeing cartel "
            "violence in Frontera Comalapa, Chiapas.",
            "en",
        ),
        (
            "Unos 200 mexicanos cruzaron el domingo a Guatemala como refugiados, huyendo de la "
            "violencia de los cárteles en Frontera Comalapa, Chiapas.",
            "es",
        ),
    ],
)
def test_people_who_flee_as_refugees_are_a_matter_of_migration(text: str, language: str) -> None:
    record = pipeline_records_of("DISPLACE", text, language, PUBLISHED)[0]
    assert "migration" in record.contexts
    assert "territory" not in record.contexts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Two men on a motorcycle shot dead a taxi driver in Tapachula, Chiapas, on Friday "
            "night.",
            "en",
        ),
        (
            "Dos hombres en motocicleta mataron a balazos a un taxista en Tapachula, Chiapas, el "
            "viernes por la noche.",
            "es",
        ),
        ("A mob beat a suspected thief to death in Nebaj, Quiche, on Sunday.", "en"),
        ("Una turba mató a golpes a un presunto ladrón en Nebaj, Quiché, el domingo.", "es"),
        (
            "The bodies of three men were found beside a dirt road near Frontera Comalapa, "
            "Chiapas, on Tuesday.",
            "en",
        ),
        (
            "Los cuerpos de tres hombres fueron hallados el martes junto a un camino de "
            "terracería cerca de Frontera Comalapa, Chiapas.",
            "es",
        ),
    ],
)
def test_an_assault_no_state_force_made_is_a_crime(text: str, language: str) -> None:
    record = pipeline_records_of("ASSAULT", text, language, PUBLISHED)[0]
    assert "crime" in record.contexts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police fired on students who were blocking a highway in Chilpancingo, Guerrero, on "
            "Monday, killing two.",
            "en",
        ),
        (
            "Policías dispararon contra estudiantes que bloqueaban una carretera en Chilpancingo, "
            "Guerrero, el lunes, y mataron a dos.",
            "es",
        ),
    ],
)
def test_an_assault_by_the_state_is_no_crime_by_itself(text: str, language: str) -> None:
    record = pipeline_records_of("ASSAULT", text, language, PUBLISHED)[0]
    assert "crime" not in record.contexts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen ambushed a police patrol near Ciudad Cuauhtemoc, Chihuahua, on Monday, killing "
            "two officers. Hours later the army sent 300 soldiers to Ciudad Cuauhtemoc.",
            "en",
        ),
        (
            "Hombres armados emboscaron el lunes a una patrulla de la policía cerca de Ciudad "
            "Cuauhtémoc, Chihuahua, y mataron a dos agentes. Horas después el Ejército envió a "
            "300 soldados a Ciudad Cuauhtémoc.",
            "es",
        ),
    ],
)
def test_forces_sent_after_a_crime_are_sent_against_crime(text: str, language: str) -> None:
    records = pipeline_records(text, language, PUBLISHED)
    deployment = next(r for r in records if r.event_type == "MOBILIZE")
    assert "crime" in deployment.contexts


def test_forces_sent_after_a_clash_with_students_are_no_crime_matter() -> None:
    text = (
        "Police fired on students who were blocking a highway in Chilpancingo, Guerrero, on "
        "Monday, killing two. Hours later the army sent 300 soldiers to Chilpancingo."
    )
    deployment = pipeline_records_of("MOBILIZE", text, "en", PUBLISHED)[0]
    assert "crime" not in deployment.contexts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Some 400 residents marched through San Cristobal de las Casas, Chiapas, on Monday "
            "to demand peace. The organisers said the region lives in fear of criminal groups.",
            "en",
        ),
        (
            "Unos 400 pobladores marcharon el lunes por San Cristóbal de las Casas, Chiapas, para "
            "exigir paz. Los organizadores dijeron que la región vive con miedo a los grupos "
            "criminales.",
            "es",
        ),
    ],
)
def test_a_peaceful_march_in_a_report_on_crime_is_no_crime(text: str, language: str) -> None:
    march = pipeline_records_of("PROTEST", text, language, PUBLISHED)[0]
    assert "crime" not in march.contexts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police arrested two members of a gang that robbed and extorted migrants in Arriaga, "
            "Chiapas, on Tuesday.",
            "en",
        ),
        (
            "Policías detuvieron el martes en Arriaga, Chiapas, a dos integrantes de una banda "
            "que asaltaba y extorsionaba a migrantes.",
            "es",
        ),
    ],
)
def test_an_arrest_for_crimes_against_migrants_is_a_matter_of_migration(
    text: str, language: str
) -> None:
    arrest = pipeline_records_of("COERCE", text, language, PUBLISHED)[0]
    assert {"crime", "migration"} <= set(arrest.contexts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Agents of the National Migration Institute and police arrested two suspected gang "
            "members carrying rifles in Tapachula, Chiapas, on Tuesday.",
            "en",
        ),
        (
            "Agentes del Instituto Nacional de Migración y policías detuvieron el martes en "
            "Tapachula, Chiapas, a dos presuntos pandilleros que portaban rifles.",
            "es",
        ),
        (
            "Agentes de la Fiscalía Especializada en Delitos Contra Migrantes detuvieron el "
            "martes en Tapachula, Chiapas, a dos presuntos pandilleros que portaban rifles.",
            "es",
        ),
    ],
)
def test_an_office_named_for_migration_makes_no_migration_arrest(text: str, language: str) -> None:
    arrest = pipeline_records_of("COERCE", text, language, PUBLISHED)[0]
    assert "migration" not in arrest.contexts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers detained 40 members of a community police force in Aquila, Michoacan, on "
            "Wednesday.",
            "en",
        ),
        (
            "Soldados detuvieron el miércoles a 40 integrantes de una policía comunitaria en "
            "Aquila, Michoacán.",
            "es",
        ),
    ],
)
def test_an_arrest_with_no_other_context_is_of_crime_suspects(text: str, language: str) -> None:
    arrest = pipeline_records_of("COERCE", text, language, PUBLISHED)[0]
    assert arrest.contexts == ["crime"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Migration agents detained 64 migrants at a checkpoint in Huixtla, Chiapas, on Sunday.",
            "en",
        ),
        (
            "Agentes de migración detuvieron el domingo a 64 migrantes en un retén de Huixtla, "
            "Chiapas.",
            "es",
        ),
    ],
)
def test_migrants_detained_are_no_crime_suspects(text: str, language: str) -> None:
    arrest = pipeline_records_of("COERCE", text, language, PUBLISHED)[0]
    assert arrest.contexts == ["migration"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police seized 205,000 dollars hidden in a pickup truck at a checkpoint in "
            "Tapachula, Chiapas, on Monday and arrested the driver.",
            "en",
        ),
        (
            "Policías aseguraron el lunes 205 mil dólares ocultos en una camioneta en un retén "
            "de Tapachula, Chiapas, y detuvieron al conductor.",
            "es",
        ),
        (
            "Una mujer fue detenida el jueves en Tapachula, Chiapas, cuando llevaba ocultos "
            "unos 85 mil dólares en su maleta.",
            "es",
        ),
    ],
)
def test_cash_seized_or_carried_hidden_is_trafficking(text: str, language: str) -> None:
    seizure = pipeline_records_of("COERCE", text, language, PUBLISHED)[0]
    assert {"crime", "trafficking"} <= set(seizure.contexts)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers destroyed 250 hectares of poppy near Tlacotepec, Guerrero, on Monday, capable "
        "of producing $3.2 million worth of heroin.",
        "Marines seized $3 million worth of cocaine in a warehouse in Tapachula, Chiapas, on "
        "Monday.",
    ],
)
def test_the_worth_of_drugs_is_no_cash(text: str) -> None:
    seizure = pipeline_records_of("COERCE", text, "en", PUBLISHED)[0]
    assert "trafficking" not in seizure.contexts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers and police destroyed 40 hectares of opium poppy in the mountains of San "
            "Marcos, Guatemala, on Monday.",
            "en",
        ),
        (
            "Soldados destruyeron el lunes 48 hectáreas de amapola en la sierra de Tlacotepec, "
            "Guerrero.",
            "es",
        ),
        (
            "Farmers armed with sticks attacked soldiers of an eradication campaign near Tacana, "
            "San Marcos, on Monday, injuring four.",
            "en",
        ),
    ],
)
def test_drug_crop_eradication_is_illegal_drugs_not_crime(text: str, language: str) -> None:
    # Both golds code eradication, and the growers' resistance to it, as illegal_drugs alone.
    records = pipeline_records(text, language, PUBLISHED)
    assert records
    for record in records:
        assert "illegal_drugs" in record.contexts
        assert "crime" not in record.contexts


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead a shopkeeper in Tapachula, Chiapas, on Monday. The governor had "
        "promised to eradicate violence in the city.",
        "Gunmen burned two Coca-Cola trucks in Arcelia, Guerrero, on Monday.",
    ],
)
def test_eradicating_violence_or_burning_a_soft_drink_is_no_drug_eradication(text: str) -> None:
    assault = pipeline_records_of("ASSAULT", text, "en", PUBLISHED)[0]
    assert "crime" in assault.contexts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police arrested a suspected gang member with an irregular immigration status in "
            "downtown San José, Costa Rica, on Monday.",
            "en",
        ),
        (
            "La policía detuvo el lunes en el centro de San José, Costa Rica, a un presunto "
            "pandillero extranjero en condición migratoria irregular.",
            "es",
        ),
    ],
)
def test_arrest_of_a_person_without_papers_is_migration(text: str, language: str) -> None:
    # The arrested man's own irregular status makes the arrest a matter of migration too,
    # as arrests of migrants are; an office named for migration does not.
    record = pipeline_records_of("COERCE", text, language, PUBLISHED)[0]
    assert {"crime", "migration"} <= set(record.contexts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Municipal police officers kidnapped two young farmers at a checkpoint outside "
            "Comitán, Chiapas, on Friday.",
            "en",
        ),
        (
            "Policías municipales secuestraron el viernes a dos jóvenes campesinos en un retén "
            "a las afueras de Comitán, Chiapas.",
            "es",
        ),
    ],
)
def test_an_assault_named_as_kidnapping_or_murder_is_a_crime(text: str, language: str) -> None:
    # An act by a state force is no crime unless its words say so: "kidnapped" and
    # "murdered" name a crime, whoever did it.
    assault = pipeline_records_of("ASSAULT", text, language, PUBLISHED)[0]
    assert "crime" in assault.contexts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Federal agents raided two houses in Mexicali, Baja California, on Friday and "
            "arrested three men wanted for selling narcotics.",
            "en",
        ),
        (
            "Agentes estatales catearon el viernes dos casas en Mexicali, Baja California, "
            "por narcomenudeo y detuvieron a tres hombres.",
            "es",
        ),
    ],
)
def test_street_dealing_and_narcotics_are_illegal_drugs(text: str, language: str) -> None:
    records = pipeline_records(text, language, PUBLISHED)
    assert records
    assert all("illegal_drugs" in r.contexts for r in records)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hitmen shot dead a retired anti-drug prosecutor outside his home in San Pedro "
            "Sula, Honduras, on Sunday.",
            "en",
        ),
        (
            "Sicarios asesinaron el domingo frente a su casa en San Pedro Sula, Honduras, a "
            "un fiscal antidrogas retirado.",
            "es",
        ),
    ],
)
def test_an_anti_drug_title_puts_no_drugs_in_the_act(text: str, language: str) -> None:
    # The title tells who the victim was, not that drugs were part of the killing.
    records = pipeline_records(text, language, PUBLISHED)
    assert records
    assert all("illegal_drugs" not in r.contexts for r in records)
    assert all("crime" in r.contexts for r in records)


# Reports in which most sentences speak of drugs, told around one act.
_DRUG_REPORT_EN = (
    " The state is a hub for cocaine and methamphetamine bound for the United States."
    " Local officials say the drug routes through the valley are fiercely disputed."
    " Farmers in the hills have long grown marijuana for export."
)
_DRUG_REPORT_ES = (
    " El estado es un centro de paso de cocaína y metanfetamina con destino a Estados Unidos."
    " Funcionarios locales dicen que las rutas de la droga en el valle están en disputa."
    " Campesinos de la sierra cultivan mariguana desde hace décadas."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen opened fire on a passenger bus near Culiacán, Sinaloa, on Tuesday and "
            "wounded three travellers." + _DRUG_REPORT_EN,
            "en",
        ),
        (
            "Hombres armados dispararon el martes contra un autobús de pasajeros cerca de "
            "Culiacán, Sinaloa, e hirieron a tres viajeros." + _DRUG_REPORT_ES,
            "es",
        ),
        (
            "Una turba de vecinos mató a golpes el domingo a dos hombres acusados de robar una "
            "vaca cerca de Culiacán, Sinaloa." + _DRUG_REPORT_ES,
            "es",
        ),
    ],
)
def test_a_drug_report_sets_no_drugs_on_an_act_among_gunmen_and_civilians(
    text: str, language: str
) -> None:
    # No criminal group and no force facing one is among the parties: the report's drug
    # trade is its background, not this act's matter.
    assault = pipeline_records_of("ASSAULT", text, language, PUBLISHED)[0]
    assert "crime" in assault.contexts
    assert "illegal_drugs" not in assault.contexts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Members of the Sinaloa Cartel shot dead two men near Culiacán, Sinaloa, on "
            "Tuesday." + _DRUG_REPORT_EN,
            "en",
        ),
        (
            "Integrantes del Cártel de Sinaloa asesinaron el martes a dos hombres cerca de "
            "Culiacán, Sinaloa." + _DRUG_REPORT_ES,
            "es",
        ),
    ],
)
def test_a_drug_report_sets_a_criminal_groups_act_in_the_drug_trade(
    text: str, language: str
) -> None:
    assault = pipeline_records_of("ASSAULT", text, language, PUBLISHED)[0]
    assert {"crime", "illegal_drugs"} <= set(assault.contexts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers stopped a truck at a checkpoint near Tapachula, Chiapas, on Monday, found "
            "40 migrants hidden in its trailer and arrested the driver.",
            "en",
        ),
        (
            "Policías detuvieron el lunes en Tapachula, Chiapas, a un hombre que transportaba a "
            "40 migrantes en una camioneta.",
            "es",
        ),
    ],
)
def test_arresting_who_carried_migrants_in_a_vehicle_is_people_smuggling(
    text: str, language: str
) -> None:
    arrest = pipeline_records_of("COERCE", text, language, PUBLISHED)[0]
    assert {"crime", "trafficking", "migration"} <= set(arrest.contexts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Immigration agents detained 40 migrants who were hidden in the back of a truck in "
            "Tapachula, Chiapas, on Monday.",
            "en",
        ),
        (
            "Agentes de la Guardia Nacional detuvieron el lunes en Tapachula, Chiapas, a 40 "
            "migrantes que viajaban escondidos en un camión.",
            "es",
        ),
    ],
)
def test_migrants_detained_with_no_one_who_carried_them_are_no_smuggling(
    text: str, language: str
) -> None:
    arrest = pipeline_records_of("COERCE", text, language, PUBLISHED)[0]
    assert "trafficking" not in arrest.contexts


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Inmates at the state prison in Tapachula, Chiapas, rioted on Sunday and took four "
            "guards hostage, demanding better food and longer family visits, while rights "
            "groups warn of growing violence inside Mexican jails.",
            "en",
        ),
        (
            "Reos del penal estatal de Tapachula, Chiapas, se amotinaron el domingo y "
            "retuvieron a cuatro custodios para exigir mejor comida y más visitas, mientras "
            "grupos de derechos alertan sobre más violencia dentro de las cárceles mexicanas.",
            "es",
        ),
    ],
)
def test_inmates_pressing_for_their_conditions_commit_no_crime(text: str, language: str) -> None:
    records = pipeline_records(text, language, PUBLISHED)
    assert {r.event_type for r in records} >= {"PROTEST", "ASSAULT"}
    assert all("crime" not in r.contexts for r in records)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Two inmates were killed on Sunday, during visiting hours, when a fight between "
            "rival groups of prisoners broke out at the overcrowded state prison in Tapachula, "
            "Chiapas.",
            "en",
        ),
        (
            "Dos reos murieron el domingo, en horario de visita, en una riña entre grupos "
            "rivales de internos del penal estatal de Tapachula, Chiapas, donde hay "
            "hacinamiento.",
            "es",
        ),
        (
            "Inmates at the overcrowded state prison in Tapachula, Chiapas, killed two other "
            "prisoners on Sunday.",
            "en",
        ),
        (
            "Reos del penal de Tapachula, Chiapas, donde hay hacinamiento, asesinaron el "
            "domingo a dos internos.",
            "es",
        ),
    ],
)
def test_inmates_killing_each_other_is_crime(text: str, language: str) -> None:
    records = pipeline_records_of("ASSAULT", text, language, PUBLISHED)
    assert records and all("crime" in r.contexts for r in records)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Relatives of disappeared people began a hunger strike in front of the state "
            "prosecutor's office in Tapachula, Chiapas, on Monday.",
            "en",
        ),
        (
            "Familiares de personas desaparecidas iniciaron el lunes una huelga de hambre frente "
            "a la Fiscalía en Tapachula, Chiapas.",
            "es",
        ),
    ],
)
def test_a_protest_by_kin_of_the_disappeared_is_a_human_rights_matter(
    text: str, language: str
) -> None:
    (record,) = pipeline_records_of("PROTEST", text, language, PUBLISHED)
    assert "human_rights" in record.contexts


def test_a_protest_by_kin_of_the_killed_is_none() -> None:
    text = (
        "Relatives of two murdered farmers marched through Tapachula, Chiapas, on Monday to "
        "demand justice."
    )
    (record,) = pipeline_records_of("PROTEST", text, "en", PUBLISHED)
    assert "human_rights" not in record.contexts

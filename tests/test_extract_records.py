"""Extraction on short reports written for these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process


def extract(text: str, published: str, language: str | None = None) -> list[EventRecord]:
    report = Report(
        text=text, content_hash=content_hash(text), published=dt.date.fromisoformat(published)
    )
    return process(report, language)[1]


def test_ambush_with_figures_attribution_and_relative_day() -> None:
    records = extract(
        "Gunmen ambushed a patrol of the Chiapas State Police on Saturday near Tapachula, Chiapas, "
        "killing two officers and wounding three others, the state prosecutor's office said.",
        "2025-03-10",
    )
    assert len(records) == 1
    r = records[0]
    assert (r.event_type, r.mode) == ("ASSAULT", "firearms")
    assert r.date == dt.date(2025, 3, 8) and r.date_precision == "day"
    assert (r.place, r.country, r.admin1, r.geo_precision) == ("Tapachula", "MX", "Chiapas", 2)
    assert (r.killed, r.injured) == (2, 3)
    assert r.factuality == "reported"
    assert [a.sector for a in r.actors] == ["UAF"]
    assert [a.name for a in r.targets] == ["Chiapas State Police"]


def test_spanish_seizure_with_arrests_is_one_coerce() -> None:
    records = extract(
        "Elementos del Ejército Mexicano aseguraron 300 kilos de cocaína y detuvieron a cuatro "
        "personas el pasado martes en Frontera Comalapa, Chiapas.",
        "2025-05-15",
    )
    assert len(records) == 1
    r = records[0]
    assert (r.event_type, r.mode) == ("COERCE", "seize")
    assert r.date == dt.date(2025, 5, 13)
    assert (r.place, r.country, r.admin1, r.geo_precision) == (
        "Frontera Comalapa",
        "MX",
        "Chiapas",
        1,
    )
    assert r.arrested == 4
    assert [(d.substance, d.amount, d.unit) for d in r.drugs_seized] == [("cocaine", 300, "kg")]
    assert [a.name for a in r.actors] == ["Mexican Army"]
    assert "illegal_drugs" in r.contexts


def test_spanish_clash_both_sides_are_actors_and_cross_border() -> None:
    records = extract(
        "Presuntos integrantes del Cártel de Sinaloa se enfrentaron a balazos con policías "
        "guatemaltecos en La Mesilla, Huehuetenango, la madrugada del domingo.",
        "2025-06-17",
    )
    assert len(records) == 1
    r = records[0]
    assert (r.event_type, r.mode) == ("ASSAULT", "firearms")
    assert {a.name for a in r.actors} == {"Sinaloa Cartel", "Guatemalan police"}
    assert r.targets == []
    assert (r.country, r.admin1) == ("GT", "Huehuetenango")
    assert r.cross_border is True  # a Mexican armed group acting in Guatemala


def test_explicit_none_gives_zero() -> None:
    records = extract(
        "Guatemalan soldiers raided three houses in Tecún Umán on Tuesday; no arrests were made.",
        "2025-04-03",
    )
    assert len(records) == 1
    assert records[0].arrested == 0
    assert records[0].event_type == "COERCE"
    assert records[0].country == "GT"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Soldados catearon dos viviendas en Comitán el martes; no hubo detenidos.", "es"),
        ("La casa de un comerciante fue cateada por agentes en Comitán; no hubo detenidos.", "es"),
        ("Troops searched the warehouse in Comitán on Tuesday; nobody was arrested.", "en"),
    ],
)
def test_a_search_whose_arrests_are_denied_is_one_seizure_with_none_arrested(
    text: str, language: str
) -> None:
    records = extract(text, "2025-04-03", language)
    assert [(r.event_type, r.mode, r.arrested) for r in records] == [("COERCE", "seize", 0)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Los vecinos de Comitán dijeron que no hubo cateo en su colonia.", "es"),
        ("Residents of Comitán said no raid took place in their district.", "en"),
    ],
)
def test_a_denied_search_makes_no_record(text: str, language: str) -> None:
    assert extract(text, "2025-04-03", language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("No raid took place in Comitán.", "en"),
        ("NO RAID TOOK PLACE IN COMITÁN.", "en"),
        ("No clash broke out in Frontera Comalapa.", "en"),
        ("No attack happened in Tenosique.", "en"),
        ("THERE WAS NO ATTACK ON THE ARMY POST IN TENOSIQUE.", "en"),
        ("No hubo cateo en Comitán.", "es"),
        ("NO HUBO ENFRENTAMIENTO EN TAPACHULA.", "es"),
        ("No se registró ningún enfrentamiento en Tapachula.", "es"),
        ("EN OCOSINGO NO HUBO NINGÚN CATEO.", "es"),
    ],
)
def test_an_act_denied_at_the_start_of_its_sentence_makes_no_record(
    text: str, language: str
) -> None:
    # The denying "no" opens the sentence (capital N) or the whole text is in capitals.
    assert extract(text, "2025-04-03", language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("No one was arrested in the raid on a ranch near Comitán.", "en"),
        ("NO ONE WAS ARRESTED IN THE RAID ON A RANCH NEAR COMITÁN.", "en"),
        ("Nadie fue detenido en el cateo a un rancho cerca de Comitán.", "es"),
    ],
)
def test_a_raid_whose_arrests_are_denied_at_the_start_still_makes_its_record(
    text: str, language: str
) -> None:
    records = extract(text, "2025-04-03", language)
    assert [(r.event_type, r.arrested) for r in records] == [("COERCE", 0)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La fiscalía dijo que nadie fue detenido durante el cateo en Palenque.", "es"),
        ("LA FISCALÍA DIJO QUE NADIE FUE DETENIDO DURANTE EL CATEO EN PALENQUE.", "es"),
        ("No one was detained during the raid in Palenque, prosecutors said.", "en"),
        ("NO ONE WAS DETAINED DURING THE RAID IN PALENQUE, PROSECUTORS SAID.", "en"),
    ],
)
def test_a_search_named_only_after_during_is_the_search_told(text: str, language: str) -> None:
    # "during the raid" points back at a raid only where the report told one before.
    records = extract(text, "2025-04-03", language)
    assert [(r.event_type, r.mode, r.arrested) for r in records] == [("COERCE", "seize", 0)]


def test_a_search_named_back_joins_the_search_told_before() -> None:
    records = extract(
        "Agents raided a ranch in Palenque on Tuesday. "
        "Nobody was detained during the raid, the navy said.",
        "2025-04-03",
        "en",
    )
    assert [(r.event_type, r.arrested) for r in records] == [("COERCE", 0)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Agentes catearon un rancho en Palenque el martes. No hubo detenidos.", "es"),
        ("AGENTES CATEARON UN RANCHO EN PALENQUE EL MARTES. NADIE FUE DETENIDO.", "es"),
        ("Agents raided a ranch in Palenque on Tuesday. No one was detained.", "en"),
        ("AGENTS RAIDED A RANCH IN PALENQUE ON TUESDAY. NOBODY WAS ARRESTED.", "en"),
    ],
)
def test_a_denial_in_the_next_sentence_counts_none(text: str, language: str) -> None:
    records = extract(text, "2025-04-03", language)
    assert [(r.event_type, r.arrested) for r in records] == [("COERCE", 0)]


def test_a_denial_after_another_sentence_counts_nothing() -> None:
    # A sentence between the raid and the denial: the none may be of something else.
    records = extract(
        "Agents raided a ranch in Palenque on Tuesday. The owner had left the town in May. "
        "Nobody was arrested.",
        "2025-04-03",
        "en",
    )
    assert [(r.event_type, r.arrested) for r in records] == [("COERCE", None)]


def test_opinion_report_gives_no_record() -> None:
    records = extract(
        "Es inaceptable que el gobierno siga sin controlar la frontera. "
        "Debemos exigir a las autoridades que protejan a nuestras comunidades.",
        "2025-02-01",
    )
    assert records == []


def test_background_incident_is_its_own_historical_record() -> None:
    records = extract(
        "Soldiers clashed with gunmen in Nentón, Huehuetenango, on Monday. "
        "In 2021, a similar clash in the same municipality left four people dead.",
        "2025-09-10",
    )
    assert [r.factuality for r in records] == ["asserted", "historical"]
    assert records[1].killed == 4
    assert records[0].killed is None


def test_displacement_across_the_border() -> None:
    records = extract(
        "Más de 200 personas huyeron hacia Guatemala desde Chicomuselo, Chiapas, tras los "
        "enfrentamientos entre grupos criminales, informaron autoridades guatemaltecas.",
        "2024-07-22",
        "es",
    )
    displace = [r for r in records if r.event_type == "DISPLACE"]
    assert len(displace) == 1
    assert displace[0].displaced == 200
    assert displace[0].cross_border is True


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Las familias tzotziles se desplazaron de la comunidad de Chenalhó, Chiapas, tras el "
            "ataque de un grupo armado.",
            "es",
        ),
        ("Las familias tuvieron que salir desplazadas de Aldama, Chiapas, por los disparos.", "es"),
        (
            "Los cerca de 90 campesinos abandonaron Aldama, Chiapas, el 3 de mayo, cuando un "
            "grupo armado quemó sus casas.",
            "es",
        ),
        (
            "Because of the violence, the rancher Tomas Quiroga left his home in "
            "Aquila, Michoacan.",
            "en",
        ),
    ],
)
def test_people_who_move_away_from_violence_are_displaced(text: str, language: str) -> None:
    records = extract(text, "2024-07-22", language)
    assert [r.event_type for r in records].count("DISPLACE") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Los soldados se desplazaron a la comunidad de Aldama, Chiapas, tras el ataque.",
        "The mayor Tomas Quiroga left his home in Aquila, Michoacan, on Monday for a meeting.",
    ],
)
def test_troops_moving_or_a_routine_departure_are_not_displaced(text: str) -> None:
    assert all(r.event_type != "DISPLACE" for r in extract(text, "2024-07-22"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Troops raided a ranch in Ciudad Mier, a town most of whose residents left in 2010, "
            "fleeing a turf war between two cartels.",
            "en",
        ),
        (
            "La policía decomisó un vehículo blindado en Ciudad Mier, donde la mayoría de los "
            "habitantes salieron en 2010 huyendo de la guerra entre dos cárteles.",
            "es",
        ),
    ],
)
def test_residents_who_leave_fleeing_a_war_are_displaced(text: str, language: str) -> None:
    records = extract(text, "2024-07-22", language)
    assert [r.event_type for r in records].count("DISPLACE") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Villagers fled in panic during the gunfight.",
        "Los vecinos huyeron asustados durante la balacera.",
    ],
)
def test_bare_flight_during_a_clash_is_not_a_displacement(text: str) -> None:
    assert all(r.event_type != "DISPLACE" for r in extract(text, "2025-01-10"))


def test_remains_found_in_a_raid_are_an_incident_of_their_own() -> None:
    # The arrests are the raid's, the dead the find's: not one clash carrying both.
    text = "Soldados detuvieron a cinco hombres en Temixco y hallaron una osamenta en el predio."
    records = extract(text, "2025-03-12", "es")
    got = {(r.event_type, r.killed, r.arrested) for r in records}
    assert got == {("COERCE", None, 5), ("ASSAULT", 1, None)}


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # Regional headline verbs of arrest, accents dropped or not.
        ("Policia estatal capturo a un sujeto por portacion de arma en Tecoman", 1),
        ("Con dosis de cristal, apresan a un hombre en Cárdenas", 1),
        ("Tras un operativo, la policía de Silao logra detener a dos ladrones", 2),
        # "Serían" guesses who they were; a town ending like a future plans nothing.
        ("Caen tres hombres por fraude en Navojoa; serían parte de una banda", 3),
        ("Guardia Civil detiene en Numarán, Michoacán a un hombre armado", 1),
    ],
)
def test_spanish_headline_arrests(text: str, arrested: int) -> None:
    records = extract(text, "2025-03-12", "es")
    assert [r.arrested for r in records if r.event_type == "COERCE"] == [arrested]


@pytest.mark.parametrize(
    "text",
    [
        # Not arrests: a heart attack, a warrant (a court act), a fear.
        "The lawyer had suffered a cardiac arrest a week earlier.",
        "An arrest warrant for the mayor was signed at noon.",
        "The residents said they apprehended a threat to the life of their leader.",
    ],
)
def test_words_like_arrest_that_are_none(text: str) -> None:
    assert [r for r in extract(text, "2025-03-12", "en") if r.event_type == "COERCE"] == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # One homicide named as such, and deaths told by their manner.
        ("Inicia la semana con un homicidio en la colonia Centro de Tepic", 1),
        ("Investigan el homicidio de tres personas en un rancho de Jerez", 3),
        ("Un hombre murió por heridas de bala en su casa de Irapuato", 1),
        ("Joven muere degollado durante una fiesta en Tekax", 1),
        ("Comerciante muere a manos de un comando armado en Celaya", 1),
        ("Asfixian a un hombre en Cárdenas", 1),
    ],
)
def test_spanish_headline_killings(text: str, killed: int) -> None:
    records = extract(text, "2025-03-12", "es")
    assert [r.killed for r in records if r.event_type == "ASSAULT"] == [killed]


@pytest.mark.parametrize(
    "text",
    [
        # A homicide as the charge of an arrest, a tally of homicides, a town called Degollado.
        "Detienen a cuatro hermanos acusados de un homicidio en Tepic",
        "Van 54 homicidios en agosto en Tijuana",
        "Policías de Degollado detienen a dos hombres con droga",
    ],
)
def test_homicides_that_are_no_incident(text: str) -> None:
    assert [r for r in extract(text, "2025-03-12", "es") if r.event_type == "ASSAULT"] == []


def test_caught_suspects_are_an_arrest_an_ambushed_man_is_not() -> None:
    # "Sorprenden a presuntos ..." is police catching suspects; "sorprende a un hombre y le
    # dispara" is gunmen ambushing a man.
    def types(text: str) -> list[str]:
        return [r.event_type for r in extract(text, "2025-03-12", "es")]

    assert types("Sorprenden a dos presuntos narcomenudistas en Navojoa") == ["COERCE"]
    assert "COERCE" not in types("Pistolero sorprende a un hombre en la calle y le dispara")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen kidnapped three traders on Tuesday near Comitán, Chiapas, police said. "
            "In August 2023, two traders were shot dead on the same road.",
            "en",
        ),
        (
            "Hombres armados secuestraron el martes a tres comerciantes cerca de Comitán, Chiapas. "
            "En agosto de 2023, dos comerciantes fueron asesinados a balazos en el mismo camino.",
            "es",
        ),
    ],
)
def test_an_earlier_month_is_another_incident(text: str, language: str) -> None:
    records = extract(text, "2024-05-09", language)
    assault = sorted((r for r in records if r.event_type == "ASSAULT"), key=lambda r: r.date or 0)
    assert [(r.date, r.factuality) for r in assault] == [
        (dt.date(2023, 8, 1), "historical"),
        (dt.date(2024, 5, 7), "asserted" if language == "es" else "reported"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The army will send 900 more soldiers to Chiapas, the ministry announced on Thursday. "
            "They will join the 400 troops who arrived in Comitán last week.",
            "en",
        ),
    ],
)
def test_troops_that_arrived_last_week_are_not_the_planned_ones(text: str, language: str) -> None:
    records = [r for r in extract(text, "2025-06-13", language) if r.event_type == "MOBILIZE"]
    assert sorted(r.place or "" for r in records) == ["Chiapas", "Comitán"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Neighbours in Comitán, Chiapas, marched on Sunday against extortion. "
            "They said they would march again on Friday if officials did not meet them.",
            "en",
        ),
        (
            "Vecinos de Comitán, Chiapas, marcharon el domingo contra la extorsión. "
            "Anunciaron que el 20 de diciembre realizarán una nueva marcha frente al "
            "Palacio de Gobierno.",
            "es",
        ),
    ],
)
def test_a_protest_announced_for_a_coming_day_is_coded_as_planned(text: str, language: str) -> None:
    records = [r for r in extract(text, "2025-11-25", language) if r.event_type == "PROTEST"]
    planned = [r for r in records if r.factuality == "hypothetical"]
    assert len(records) == 2 and len(planned) == 1
    assert planned[0].date is not None and planned[0].date > dt.date(2025, 11, 25)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police freed six migrants on Saturday from a house in Tapachula, Chiapas, where they "
            "had allegedly been held for ransom since April 2, and arrested two men.",
            "en",
        ),
        (
            "Policías rescataron el sábado a seis migrantes que presuntamente habían sido "
            "secuestrados en Tapachula, Chiapas, y detuvieron a dos hombres.",
            "es",
        ),
    ],
)
def test_a_rescue_with_arrests_keeps_the_arrests_and_the_kidnapping(
    text: str, language: str
) -> None:
    records = extract(text, "2025-04-14", language)
    by_type = {r.event_type: r for r in records}
    assert set(by_type) == {"ASSAULT", "COERCE"}
    assert by_type["COERCE"].arrested == 2 and by_type["COERCE"].date == dt.date(2025, 4, 12)
    # The kidnapping was done before the Saturday of the rescue.
    assert by_type["ASSAULT"].mode == "abduct" and by_type["ASSAULT"].date != dt.date(2025, 4, 12)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Inmates held four guards hostage for six hours on Monday at the prison of Tapachula, "
            "Chiapas, in protest at the transfer of their leaders.",
            "en",
        ),
        (
            "Reos retuvieron el lunes durante seis horas a cuatro custodios en el centro de "
            "detención preventiva de Tapachula, Chiapas, en protesta por el traslado de "
            "sus líderes.",
            "es",
        ),
    ],
)
def test_hostages_taken_in_protest_are_one_assault(text: str, language: str) -> None:
    records = extract(text, "2025-04-15", language)
    assert [(r.event_type, r.mode) for r in records] == [("ASSAULT", "abduct")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Three inmates were killed during a riot on Sunday at the prison of Comitán, "
            "Chiapas, officials said.",
            "en",
        ),
        (
            "Tres reos fueron asesinados durante un motín el domingo en el penal de Comitán, "
            "Chiapas, informaron las autoridades.",
            "es",
        ),
    ],
)
def test_a_riot_carries_its_own_dead(text: str, language: str) -> None:
    records = extract(text, "2025-04-15", language)
    assert [(r.event_type, r.mode, r.killed) for r in records] == [("PROTEST", "riot", 3)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers destroyed 20 hectares of poppy in Tacaná, San Marcos, last week, "
            "the ministry said on Monday.",
            "en",
        ),
        (
            "Militares destruyeron la semana pasada 20 hectáreas de amapola en Tacaná, "
            "San Marcos, informó el lunes el ministerio.",
            "es",
        ),
    ],
)
def test_the_day_a_source_spoke_does_not_date_the_act(text: str, language: str) -> None:
    records = extract(text, "2025-03-26", language)
    assert [(r.event_type, r.date_precision) for r in records] == [("COERCE", "week")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers fought off an armed group in the municipality of Frontera Comalapa, "
            "Chiapas, the army command said on Tuesday; two attackers were killed.",
            "en",
        ),
        (
            "La comandancia militar informó el martes que soldados se enfrentaron a balazos con "
            "hombres armados cerca de Frontera Comalapa, Chiapas; murieron dos agresores.",
            "es",
        ),
    ],
)
def test_the_day_a_source_spoke_alone_leaves_the_act_undated(text: str, language: str) -> None:
    # Only the telling is dated: the text fixes no day for the clash itself.
    records = extract(text, "2025-03-26", language)
    assert [(r.event_type, r.date, r.date_precision) for r in records] == [
        ("ASSAULT", None, "unknown")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Friday, the prosecutor's office said it had arrested two suspected kidnappers in "
            "the San Roque district of Tuxtla Gutiérrez.",
            "en",
        ),
        (
            "Esta tarde, la fiscalía informó que detuvo a dos presuntos secuestradores en el "
            "barrio San Roque de Tuxtla Gutiérrez.",
            "es",
        ),
    ],
)
def test_a_day_that_opens_the_telling_dates_no_act(text: str, language: str) -> None:
    records = extract(text, "2025-03-28", language)
    assert [(r.event_type, r.date) for r in records] == [("COERCE", None)]


def test_recent_attacks_in_general_are_no_incident() -> None:
    text = (
        "Police seized 40 rifles on Monday in Comitán, Chiapas. The rifles are of the kind that "
        "gangs have used in recent attacks."
    )
    assert [r.event_type for r in extract(text, "2025-04-15", "en")] == ["COERCE"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Two men were killed by police bullets during a riot on Sunday in Comitán, Chiapas.",
            "en",
        ),
        (
            "Guards opened fire on the rioters in Comitán, Chiapas, and two inmates were killed.",
            "en",
        ),
        (
            "Dos reos murieron por disparos de la policía durante un motín en Comitán, Chiapas.",
            "es",
        ),
        (
            "One man was killed on Sunday in Comitán, Chiapas, when police fired to disperse a "
            "mob pelting stones.",
            "en",
        ),
        (
            "Un hombre murió el domingo en Comitán, Chiapas, cuando la policía disparó contra "
            "una turba que lanzaba piedras.",
            "es",
        ),
    ],
)
def test_rioters_killed_by_police_fire_are_the_forces_assault(text: str, language: str) -> None:
    records = extract(text, "2025-04-15", language)
    assert "ASSAULT" in {r.event_type for r in records}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen killed a trader on Monday in Comitán, Chiapas. Separately, the bodies of two "
            "men were found on Tuesday near Las Margaritas, Chiapas.",
            "en",
        ),
        (
            "Hombres armados asesinaron el lunes a un comerciante en Comitán, Chiapas. Por otra "
            "parte, los cuerpos de dos hombres fueron localizados el martes cerca de Las "
            "Margaritas, Chiapas.",
            "es",
        ),
    ],
)
def test_a_definite_find_on_a_day_of_its_own_is_another_incident(text: str, language: str) -> None:
    records = [r for r in extract(text, "2025-04-16", language) if r.event_type == "ASSAULT"]
    assert sorted(str(r.date) for r in records) == ["2025-04-14", "2025-04-15"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers seized six rifles at a checkpoint near Escárcega, Campeche. The seizure "
            "took place on Sunday, when they searched a van heading to Chetumal.",
            "en",
        ),
        (
            "Militares aseguraron seis fusiles en un retén cerca de Escárcega, Campeche. El "
            "aseguramiento ocurrió el domingo, cuando revisaron una camioneta que iba hacia "
            "Chetumal.",
            "es",
        ),
    ],
)
def test_a_sentence_telling_when_the_seizure_occurred_dates_it(text: str, language: str) -> None:
    records = extract(text, "2025-04-16", language)
    assert [(r.event_type, r.place, str(r.date)) for r in records] == [
        ("COERCE", "Escárcega", "2025-04-13")
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen killed two police officers on Monday in Comitán, Chiapas. Hours later, two "
            "suspects were arrested in Tapachula, police said, without saying how they were linked "
            "to the attack.",
            "en",
        ),
        (
            "Hombres armados mataron el lunes a dos policías en Comitán, Chiapas. Horas después, "
            "dos sospechosos fueron detenidos en Tapachula, según la policía, que no precisó su "
            "relación con el ataque.",
            "es",
        ),
    ],
)
def test_arrests_linked_to_an_attack_told_before_are_their_own_record(
    text: str, language: str
) -> None:
    records = extract(text, "2025-04-16", language)
    coerce = [r for r in records if r.event_type == "COERCE"]
    assert len(coerce) == 1 and coerce[0].arrested == 2


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Police seized two grenades and a rifle on Monday in Comitán, Chiapas.", "en", ["COERCE"]),
        (
            "Soldados aseguraron el lunes tres granadas y dinamita en una bodega de Comitán, "
            "Chiapas.",
            "es",
            ["COERCE"],
        ),
        (
            "Gunmen threw a grenade at a bar on Monday in Comitán, Chiapas, and police seized "
            "a rifle.",
            "en",
            ["ASSAULT", "COERCE"],
        ),
    ],
)
def test_seized_explosives_are_no_bombing(text: str, language: str, expected: list[str]) -> None:
    records = extract(text, "2025-04-16", language)
    assert sorted(r.event_type for r in records) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "About 600 soldiers arrived in Comitán, Chiapas, on Sunday. Residents said previous "
            "deployments had lasted only a few weeks.",
            "en",
        ),
        (
            "El Ejército desplegó el domingo 600 soldados en Comitán, Chiapas. Los vecinos "
            "dijeron que hubo despliegues anteriores que duraron pocas semanas.",
            "es",
        ),
    ],
)
def test_past_deployments_in_general_are_no_incident(text: str, language: str) -> None:
    records = extract(text, "2025-04-16", language)
    assert [(r.event_type, r.factuality) for r in records if r.factuality == "historical"] == []
    assert [r.event_type for r in records] == ["MOBILIZE"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Police seized 40 rifles in Uruapan, Michoacán, on Monday. The gang's leadership was "
            "weakened after a series of killings and arrests in 2014.",
            "en",
        ),
        (
            "La policía aseguró el lunes 40 fusiles en Uruapan, Michoacán. La cúpula de la banda "
            "quedó debilitada tras una serie de muertes y detenciones en 2014.",
            "es",
        ),
    ],
)
def test_past_acts_in_general_in_a_year_are_no_incident(text: str, language: str) -> None:
    records = extract(text, "2016-05-04", language)
    assert [r.event_type for r in records] == ["COERCE"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Marines seized an armoured truck on Sunday in Reynosa, Tamaulipas. Experts said "
            "its steel plates were thicker than those of trucks that have previously been seized.",
            "en",
        ),
        (
            "Marinos aseguraron el domingo un camión blindado en Reynosa, Tamaulipas. Expertos "
            "dijeron que sus placas eran más gruesas que las de camiones que han sido asegurados "
            "previamente.",
            "es",
        ),
    ],
)
def test_things_that_have_been_seized_in_general_are_no_incident(text: str, language: str) -> None:
    # "Trucks that have previously been seized": a kind of thing, no earlier seizure told.
    records = extract(text, "2025-04-16", language)
    assert [r.event_type for r in records] == ["COERCE"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The army sent 900 soldiers on Monday to the department of Huehuetenango, whose "
            "border crossing at La Mesilla is disputed by cartels. A further 400 soldiers will be "
            "sent to the department next month.",
            "en",
        ),
        (
            "El Ejército envió el lunes 900 soldados al departamento de Huehuetenango, cuyo cruce "
            "de La Mesilla se disputan los cárteles. Otros 400 soldados serán enviados al mismo "
            "departamento el próximo mes.",
            "es",
        ),
    ],
)
def test_troops_sent_to_the_department_go_where_the_last_incident_was(
    text: str, language: str
) -> None:
    records = [r for r in extract(text, "2025-01-15", language) if r.event_type == "MOBILIZE"]
    assert [r.place for r in records if r.factuality == "hypothetical"] == ["Huehuetenango"]


@pytest.mark.parametrize(
    ("text", "language", "province"),
    [
        (
            "A radio station in Cobán, the main town of the troubled province of Alta Verapaz, "
            "aired a gang's warning to the president on Monday. The government imposed martial "
            "law in the province on Friday, allowing raids without a judge's order. Several "
            "arrests and raids have been made under it, reporters in Cobán say.",
            "en",
            "Alta Verapaz",
        ),
        (
            "Una emisora de Cobán, cabecera del conflictivo departamento de Alta Verapaz, leyó el "
            "lunes una advertencia de una banda al presidente. El gobierno decretó el estado de "
            "sitio en el departamento el viernes, lo que suspende varias garantías. Desde entonces "
            "varias personas han sido detenidas, dicen reporteros de Cobán.",
            "es",
            "Alta Verapaz",
        ),
        (
            "Una emisora de Puerto Viejo, en la provincia de Limón, leyó el lunes una amenaza de "
            "una banda. El gobierno decretó el estado de sitio en la provincia el viernes, lo que "
            "suspende varias garantías. Desde entonces varias personas han sido detenidas, "
            "dicen reporteros de Puerto Viejo.",
            "es",
            "Limón",
        ),
    ],
)
def test_an_act_told_in_the_province_is_at_the_province_named_before(
    text: str, language: str, province: str
) -> None:
    # No act is placed before it, so "the province" is the one the report named last; the
    # town its reporters speak from, told after, does not narrow a decree on the province.
    records = [r for r in extract(text, "2025-01-15", language) if r.mode == "martial-law"]
    assert [(r.place, r.geo_precision) for r in records] == [(province, 3)], records


def _kinds(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(r.event_type, r.mode) for r in extract(text, "2025-06-02", language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Gunmen stormed a school in Tapachula on Monday, abducting two teachers.",
            "en",
            ("ASSAULT", "abduct"),
        ),
        (
            "Hombres armados entraron a una escuela de Tapachula, secuestrando a dos maestros.",
            "es",
            ("ASSAULT", "abduct"),
        ),
        (
            "Attackers set off suicide bombs outside a market in Tapachula on Monday.",
            "en",
            ("ASSAULT", "suicide-attack"),
        ),
        (
            "Police are conducting raids to detain members of a gang in Tapachula.",
            "en",
            ("COERCE", "arrest"),
        ),
        (
            "La policía realizó cateos para detener a integrantes de una banda en Tapachula.",
            "es",
            ("COERCE", "arrest"),
        ),
        ("Rioters looted shops in Tapachula on Monday.", "en", ("ASSAULT", "destroy")),
        ("Saquearon tiendas y supermercados en Tapachula el lunes.", "es", ("ASSAULT", "destroy")),
    ],
)
def test_act_words_set_the_type_and_mode(
    text: str, language: str, expected: tuple[str, str | None]
) -> None:
    assert expected in _kinds(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Troops taking a town is no arrest.
        ("Government troops captured the town of Frontera Comalapa on Monday.", "en"),
        ("Las tropas capturaron la ciudad de Frontera Comalapa el lunes.", "es"),
        # An attack still to come is no attack.
        ("Soldiers were sent to Tapachula to defend it against a possible attack.", "en"),
        ("Soldados llegaron a Tapachula para defenderla de un posible ataque.", "es"),
        # Deaths in an accident or a disaster are no assault.
        ("A gas leak at a plant in Tapachula killed ten people on Monday.", "en"),
        ("Tres personas muertas dejó el choque de un autobús en Tapachula el lunes.", "es"),
        ("Floods in Tapachula killed four people on Monday.", "en"),
        ("A cargo plane crashed into homes in Tapachula on Monday, killing 17 people.", "en"),
        # One house looted is a theft, not looting by a crowd.
        ("His house in Tapachula was looted while he was away.", "en"),
    ],
)
def test_no_assault_or_arrest_where_none_happened(text: str, language: str) -> None:
    kinds = _kinds(text, language)
    assert not [k for k in kinds if k[0] == "ASSAULT" or k == ("COERCE", "arrest")], kinds


def test_tried_to_launch_is_an_act_that_happened() -> None:
    kinds = _kinds("Police tried to launch a raid on a drug lab in Tapachula on Monday.", "en")
    assert ("COERCE", "seize") in kinds


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("An angry mob lynched a suspected thief in Tapachula on Monday.", "en"),
        ("Una turba enardecida atacó a un presunto ladrón en Tapachula el lunes.", "es"),
    ],
)
def test_a_mob_is_the_actor_of_its_violence(text: str, language: str) -> None:
    (record,) = [r for r in extract(text, "2025-06-02", language) if r.event_type == "ASSAULT"]
    assert [a.name for a in record.actors] == ["mob"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rebel fighters attacked militiamen near the border on Monday.", "en"),
        ("Combatientes rebeldes atacaron a paramilitares cerca de la frontera el lunes.", "es"),
    ],
)
def test_fighters_and_militias_are_armed_sides(text: str, language: str) -> None:
    (record,) = [r for r in extract(text, "2025-06-02", language) if r.event_type == "ASSAULT"]
    sectors = {a.sector for a in (*record.actors, *record.targets)}
    assert {"REB", "PRM"} <= sectors, record


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The troops left Frontera Comalapa on Monday without resistance or firing a shot.", "en"),
        ("Las tropas salieron de Frontera Comalapa el lunes sin disparar un solo tiro.", "es"),
    ],
)
def test_shots_not_fired_are_no_assault(text: str, language: str) -> None:
    assert not [k for k in _kinds(text, language) if k[0] == "ASSAULT"]


def test_freed_without_charge_after_arrest_is_still_an_arrest() -> None:
    text = "A farmer was freed without charge after being arrested in Tapachula on Monday."
    assert ("COERCE", "arrest") in _kinds(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Forty rifles and 3,000 bullets were captured in Tapachula on Monday.", "en", "seize"),
        ("Three men were intercepted near Tapachula on Monday by the police.", "en", "arrest"),
        ("Agentes interceptaron a tres hombres cerca de Tapachula el lunes.", "es", "arrest"),
        ("Soldiers found several arms and ammunition in a cave near Tapachula.", "en", "seize"),
        ("Troops discovered an underground depot full of rifles near Tapachula.", "en", "seize"),
        ("Soldados hallaron un arsenal en una cueva cerca de Tapachula.", "es", "seize"),
    ],
)
def test_what_was_taken_sets_the_coerce_mode(text: str, language: str, expected: str) -> None:
    assert ("COERCE", expected) in _kinds(text, language)


def test_detainees_who_protest_are_protesters_not_an_arrest() -> None:
    kinds = _kinds("Detainees in the Tapachula prison protested on Monday over the food.", "en")
    assert kinds == [("PROTEST", "demo")]


def test_a_clash_between_armed_groups_is_no_accident() -> None:
    text = "Choque entre grupos armados deja dos muertos en Tapachula."
    assert any(kind == "ASSAULT" for kind, _ in _kinds(text, "es"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("A blast hit the bus terminal in Tapachula on Monday, killing four people.", "en"),
        ("An explosion tore through a market in Tapachula on Monday, wounding ten people.", "en"),
        ("Una explosión sacudió el mercado de Tapachula el lunes y dejó diez heridos.", "es"),
    ],
)
def test_a_blast_is_an_explosives_assault(text: str, language: str) -> None:
    assert ("ASSAULT", "explosives") in _kinds(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "A fire broke out at a chemical plant near Tapachula on Monday. "
            "Residents said they heard several blasts during the night.",
            "en",
        ),
        (
            "Se incendió una pipa de gas cerca de Tapachula el lunes. "
            "Los vecinos dijeron que escucharon una explosión durante la noche.",
            "es",
        ),
    ],
)
def test_blasts_in_a_report_about_an_accident_are_no_assault(text: str, language: str) -> None:
    assert not [k for k in _kinds(text, language) if k[0] == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The president declared a state of siege on Tuesday in the department of "
            "Huehuetenango, allowing searches without warrants.",
            "en",
        ),
        (
            "El gobierno decretó el estado de sitio en el departamento de Huehuetenango el martes.",
            "es",
        ),
        ("Authorities imposed a curfew in Tapachula, Chiapas, after the riot on Tuesday.", "en"),
    ],
)
def test_a_state_of_siege_or_curfew_declared_is_a_coercion(text: str, language: str) -> None:
    records = extract(text, "2024-07-22", language)
    assert [(r.event_type, r.mode) for r in records if r.event_type == "COERCE"] in (
        [("COERCE", "martial-law")],
        [("COERCE", "curfew")],
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The governor called for a state of siege in Huehuetenango.", "en"),
        ("El alcalde pidió un estado de sitio para Huehuetenango.", "es"),
    ],
)
def test_a_state_of_siege_asked_for_is_no_coercion(text: str, language: str) -> None:
    assert all(r.event_type != "COERCE" for r in extract(text, "2024-07-22", language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The president declared a state of siege on 19 December in Alta Verapaz. Of 30 "
            "alleged gang members detained in Alta Verapaz that month, only two were foreigners.",
            "en",
        ),
        (
            "El gobierno decretó el estado de sitio en Alta Verapaz el 19 de diciembre. Ese día, "
            "soldados detuvieron a 30 presuntos pandilleros en Alta Verapaz.",
            "es",
        ),
    ],
)
def test_a_state_of_siege_and_the_arrests_under_it_are_two_records(
    text: str, language: str
) -> None:
    records = extract(text, "2024-07-22", language)
    modes = sorted(str(r.mode) for r in records if r.event_type == "COERCE")
    assert modes == ["arrest", "martial-law"]


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "Los grupos de autodefensa surgieron en Tepalcatepec, Michoacán, para expulsar "
            "a los extorsionadores de una banda inventada.",
            "es",
            "Tepalcatepec",
        ),
        (
            "Los policías ciudadanos, quienes desde el martes pasado incursionaron en Tixtla, "
            "Guerrero, dijeron que se quedarán.",
            "es",
            "Tixtla",
        ),
        (
            "Las autodefensas se levantaron en armas en Tepalcatepec, Michoacán, contra una "
            "banda inventada.",
            "es",
            "Tepalcatepec",
        ),
        (
            "Self-defense groups emerged in Tepalcatepec, Michoacan, to drive out an invented "
            "gang of extortionists.",
            "en",
            "Tepalcatepec",
        ),
        (
            "Vigilantes rose up in arms in Tepalcatepec, Michoacan, against an invented gang.",
            "en",
            "Tepalcatepec",
        ),
    ],
)
def test_self_defence_groups_rising_up_are_a_militia_mobilising(
    text: str, language: str, place: str
) -> None:
    """Vigilantes that spring up, take up arms or move into towns are coded as a militia
    mobilising there, like troops sent in."""
    records = [r for r in extract(text, "2025-01-15", language) if r.event_type == "MOBILIZE"]
    assert [(r.mode, r.place) for r in records] == [("militia", place)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Unos 500 soldados arribaron a Tixtla, Guerrero, para desarmar a los policías "
            "ciudadanos de la región.",
            "es",
        ),
        (
            "Some 500 soldiers arrived in Tixtla, Guerrero, to disarm the community police "
            "of the region.",
            "en",
        ),
    ],
)
def test_troops_sent_to_disarm_vigilantes_are_troops(text: str, language: str) -> None:
    """The force named first moved; the vigilantes it came to disarm did not."""
    records = [r for r in extract(text, "2025-01-15", language) if r.event_type == "MOBILIZE"]
    assert [(r.mode, r.place) for r in records] == [("troops", "Tixtla")]


@pytest.mark.parametrize(
    ("text", "language", "moved", "came_for"),
    [
        (
            "El Ejército desplegó el lunes 300 soldados en Tixtla, Guerrero, para quitarles las "
            "armas a los policías comunitarios.",
            "es",
            {("MIL", "MX")},
            {("CVL", "MX")},
        ),
        (
            "The army sent 300 soldiers into Tixtla, Guerrero, on Monday to take the weapons "
            "of the community police.",
            "en",
            {("MIL", "MX")},
            {("CVL", "MX")},
        ),
        (
            "Grupos de autodefensa se levantaron en armas el domingo en Coalcomán, Michoacán, "
            "aunque las fuerzas federales intentaron frenarlos.",
            "es",
            {("CVL", "MX")},
            set(),
        ),
        (
            "Self-defense groups took up arms in Tepalcatepec, Michoacan, on Sunday, while "
            "federal police tried to stop them from entering the town.",
            "en",
            {("CVL", "MX")},
            set(),
        ),
    ],
)
def test_the_mode_of_a_mobilisation_says_who_moved(
    text: str,
    language: str,
    moved: set[tuple[str, str | None]],
    came_for: set[tuple[str, str | None]],
) -> None:
    """Vigilantes are the actors of a militia mobilising, not the forces that try to stop
    them; troops sent in are the actors of their deployment, and the vigilantes they came
    for its target."""
    records = [r for r in extract(text, "2025-01-15", language) if r.event_type == "MOBILIZE"]
    assert len(records) == 1
    assert {(a.sector, a.country) for a in records[0].actors} == moved
    assert {(a.sector, a.country) for a in records[0].targets} == came_for


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Cientos de autodefensas de la sierra se reunieron el lunes en Uruapan con el fin "
            "de avanzar hacia el sur. Varios guardias lograron entrar a Zamora esa misma tarde.",
            "es",
        ),
        (
            "Hundreds of vigilantes from the highlands gathered in Uruapan on Monday to push "
            "south. A few guards managed to enter Zamora that same afternoon.",
            "en",
        ),
    ],
)
def test_vigilante_guards_entering_a_named_town_mobilise_there(text: str, language: str) -> None:
    """Once a report names the group, its members are "guards" for short; their entering a
    town is the militia moving in, placed at that town."""
    records = [r for r in extract(text, "2025-01-15", language) if r.event_type == "MOBILIZE"]
    assert [(r.mode, r.place) for r in records] == [("militia", "Zamora")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Unos guardias nacionales entraron a Zamora el lunes por la tarde.", "es"),
        ("Two prison guards entered Zamora on Monday afternoon.", "en"),
    ],
)
def test_national_or_prison_guards_entering_a_town_are_no_militia(text: str, language: str) -> None:
    """Guards of the state or of a prison are no self-defence group's members."""
    records = extract(text, "2025-01-15", language)
    assert not [r for r in records if r.event_type == "MOBILIZE" and r.mode == "militia"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Decenas de autodefensas llegaron hoy a Zamora para expulsar a una banda. El "
            "alcalde dijo que la ciudad estaba tranquila. Contó que semanas atrás los grupos "
            "de autodefensa tomaron Coalcomán, en la costa.",
            "es",
        ),
        (
            "Dozens of vigilantes entered Zamora today to drive out a gang. The mayor said the "
            "city was calm. He said that weeks ago the vigilantes took Coalcomán, on the "
            "coast.",
            "en",
        ),
    ],
)
def test_the_vigilantes_taking_another_town_is_an_act_of_its_own(text: str, language: str) -> None:
    """ "The vigilantes took Coalcomán": the article is the group's, not an act's named back."""
    records = [r for r in extract(text, "2025-01-15", language) if r.event_type == "MOBILIZE"]
    assert sorted(r.place or "" for r in records) == ["Coalcomán", "Zamora"]

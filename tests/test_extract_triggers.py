"""Trigger words that name a past incident as a case: a suspect's label, a charge.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from hito.extract.triggers import find_triggers
from hito.ingest import content_hash
from hito.models import Report
from hito.nlp import annotate


def triggers(text: str, language: str) -> dict[str, bool]:
    """Trigger text → whether it points back at an incident told elsewhere."""
    report = Report(text=text, content_hash=content_hash(text), language=language)
    sentence = annotate(report, language).sentences[0]
    return {t.text.lower(): t.reference for t in find_triggers(sentence, language)}


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Police nabbed the prime accused in the 2019 massacre near Tapachula.", "en", "massacre"),
        ("Agents held the chief suspect in the bombing of a ferry terminal.", "en", "bombing"),
        ("La policía detuvo al principal acusado de la masacre de 2019.", "es", "masacre"),
        ("Detienen al presunto responsable del asesinato de un taxista.", "es", "asesinato"),
    ],
)
def test_a_suspects_label_names_a_past_incident(text: str, language: str, word: str) -> None:
    found = triggers(text, language)
    assert found.get(word) is True, found


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Gunmen carried out a massacre near Tapachula on Sunday.", "en", "massacre"),
        ("Hombres armados cometieron una masacre en Tapachula.", "es", "masacre"),
    ],
)
def test_a_reported_incident_is_not_a_reference(text: str, language: str, word: str) -> None:
    assert triggers(text, language).get(word) is False


def types(text: str, language: str) -> set[str]:
    report = Report(text=text, content_hash=content_hash(text), language=language)
    sentence = annotate(report, language).sentences[0]
    return {t.event_type for t in find_triggers(sentence, language) if not t.reference}


@pytest.mark.parametrize(
    ("text", "language", "event_type"),
    [
        ("A further 300 soldiers will be sent to the department next month.", "en", "MOBILIZE"),
        ("A second contingent of 200 would be sent to Tenosique.", "en", "MOBILIZE"),
        (
            "About 600 members of the Military Police of Public Order arrived in Choloma.",
            "en",
            "MOBILIZE",
        ),
        ("Otros 300 elementos serán enviados a la región la próxima semana.", "es", "MOBILIZE"),
        ("Soldiers and gunmen exchanged fire near the river.", "en", "ASSAULT"),
        ("A brawl between two groups of inmates left one dead.", "en", "ASSAULT"),
        ("Una riña entre internos dejó un muerto.", "es", "ASSAULT"),
        ("The killing of four farmers shocked the valley.", "en", "ASSAULT"),
        ("A banner left at the town's market warned traders to pay.", "en", "THREATEN"),
        # A threat told with its victim between the verb and its means, or in the passive.
        ("The invented colonel has threatened two union leaders with death.", "en", "THREATEN"),
        ("THREE LOCAL REPORTERS WERE THREATENED ON MONDAY.", "en", "THREATEN"),
        ("Un coronel inventado amenazó de muerte a dos dirigentes sindicales.", "es", "THREATEN"),
        ("Tres reporteros locales fueron amenazados el lunes.", "es", "THREATEN"),
        # The victim between the verb and a harm or a weapon, not only death.
        ("Masked men threatened the families of Motozintla with reprisals.", "en", "THREATEN"),
        ("A gang threatened grocers in Tapachula with burning their shops.", "en", "THREATEN"),
        ("THE INVENTED MAJOR THREATENED A FARMER WITH A MACHETE.", "en", "THREATEN"),
        ("Unos encapuchados amenazaron a las familias con represalias.", "es", "THREATEN"),
        ("La banda los amenazó con quemar sus tiendas.", "es", "THREATEN"),
        ("Inmates burned mattresses in two cellblocks.", "en", "PROTEST"),
        ("Un grupo de internos quemó colchones en el penal.", "es", "PROTEST"),
        ("The president sent the army to the northern province in May.", "en", "MOBILIZE"),
        ("The army was sent back onto the avenues of the port in August.", "en", "MOBILIZE"),
        ("The police mobilized 200 officers to guard the bus routes.", "en", "MOBILIZE"),
        ("Gunmen burned three delivery trucks outside the depot.", "en", "ASSAULT"),
        ("Sicarios quemaron tres camiones de reparto frente a la bodega.", "es", "ASSAULT"),
        ("The gang ordered a strike, killing six drivers on the first day.", "en", "ASSAULT"),
        ("Two kamikazes blew themselves up at a market, killing five.", "en", "ASSAULT"),
        ("Dos kamikazes se inmolaron en un mercado.", "es", "ASSAULT"),
        ("Tres jornaleros quedaron heridos por arma de fuego junto al establo.", "es", "ASSAULT"),
        ("Un grupo de policías se enfrentó con hombres armados en la sierra.", "es", "ASSAULT"),
        ("Customs agents made the find at a warehouse near the port.", "en", "COERCE"),
        ("Vecinos retienen a 30 soldados en la plaza del pueblo.", "es", "ASSAULT"),
        ("Los comuneros retuvieron 12 policías estatales durante la noche.", "es", "ASSAULT"),
        ("Cuelgan tres cuerpos de un puente en la entrada de la ciudad.", "es", "ASSAULT"),
        ("Three bodies were found hanging from a bridge at the city's entrance.", "en", "ASSAULT"),
        ("Two corpses hung from an overpass on the highway.", "en", "ASSAULT"),
        ("Two men machinegunned the invented mayor's car outside his home.", "en", "ASSAULT"),
        ("UNKNOWN MEN MACHINE-GUNNED A FICTIONAL BUS ON THE COAST ROAD.", "en", "ASSAULT"),
        ("Desconocidos ametrallaron la camioneta de un regidor inventado.", "es", "ASSAULT"),
        ("Vecinos escucharon detonaciones de arma de fuego cerca del mercado.", "es", "ASSAULT"),
        ("Un obrero quedó herido con dos proyectiles de arma de fuego.", "es", "ASSAULT"),
    ],
)
def test_words_for_acts(text: str, language: str, event_type: str) -> None:
    assert event_type in types(text, language)


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("The 500 troops who arrived in Comitán last week patrol the centre.", "en", "arrived"),
    ],
)
def test_a_force_that_arrived_is_no_participle_noun(text: str, language: str, word: str) -> None:
    assert any(word in t and not ref for t, ref in triggers(text, language).items())


def test_a_detention_centre_is_no_arrest() -> None:
    assert "COERCE" not in types("Los reos del centro de detención preventiva protestaron.", "es")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Soldiers destroyed about 30 hectares of poppy fields in the sierra.", "en"),
        ("Militares destruyeron treinta hectáreas de plantíos de amapola en la sierra.", "es"),
    ],
)
def test_destroying_crops_is_eradication(text: str, language: str) -> None:
    assert "COERCE" in types(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Muchos migrantes no denuncian por miedo a ser detenidos.", "es"),
        ("Many migrants do not report crimes for fear of being arrested.", "en"),
        ("Los productores aseguran que el precio de la goma cayó.", "es"),
        ("Ambos gobiernos acordaron reforzar la coordinación en la frontera.", "es"),
        ("Los dos países revisarán los protocolos de las fuerzas desplegadas en los cruces.", "es"),
        # A harm that is no one's threat: a loss, a charge or a trend.
        ("The long drought threatened small farmers with ruin.", "en"),
        ("The new levy threatens many shopkeepers with closure.", "en"),
        ("The rare mountain frog is threatened with extinction.", "en"),
        ("The invented mayor was threatened with prosecution over the contracts.", "en"),
        ("Los pequeños cafetaleros están amenazados por la sequía.", "es"),
        ("La rana de montaña está amenazada por la extinción.", "es"),
        # A hazard that may spread or reach somewhere threatens no one.
        ("The fuel slick drifted down the river, threatening to reach the delta.", "en"),
        ("THE FIRE IN THE HILLS IS THREATENING TO SPREAD TO THE VILLAGES.", "en"),
        ("La mancha de combustible bajaba por el río, amenazando con llegar al delta.", "es"),
        ("El incendio amenazó con extenderse a las casas del cerro.", "es"),
        # A unit named for its guns fires none: the name of a force, not its act.
        ("Officers of the 4th Artillery Battalion attended the parade in Ocotal.", "en"),
        ("THE ARTILLERY BRIGADE COMMANDER SPOKE TO THE GRADUATES ON FRIDAY.", "en"),
        ("Oficiales del Batallón de Artillería asistieron al desfile en Ocotal.", "es"),
        ("El comandante de la brigada de artillería habló con los cadetes.", "es"),
    ],
)
def test_words_that_tell_no_act(text: str, language: str) -> None:
    assert types(text, language) == set()


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("A crowd beat a man to death in the square.", "en", {"ASSAULT"}),
        ("Rumours of child abductions spread through the town.", "en", set()),
        ("Los rumores de secuestros se difundieron en el pueblo.", "es", set()),
    ],
)
def test_beatings_and_rumours(text: str, language: str, expected: set[str]) -> None:
    assert types(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Muchos migrantes callan por miedo a ser detenidos o deportados.", "es", set()),
        ("Many migrants stay silent for fear of being detained or deported.", "en", set()),
        ("Families of the dead officers gathered outside the morgue.", "en", set()),
        ("He still runs the danger of being shot at on the road.", "en", set()),
        ("Siempre existe el peligro de ser asesinado en la carretera.", "es", set()),
        ("Los vecinos viven con el riesgo de ser secuestrados.", "es", set()),
        ("Shopkeepers rarely go to the police because they fear being deported.", "en", set()),
        ("Los comerciantes casi nunca denuncian porque temen ser deportados.", "es", set()),
        ("Two hundred officers gathered at the base before dawn.", "en", {"MOBILIZE"}),
    ],
)
def test_feared_acts_and_mourners(text: str, language: str, expected: set[str]) -> None:
    assert types(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Families of tortured and captured students met reporters.", "en", set()),
        ("The mothers of missing and murdered people occupied the cathedral.", "en", set()),
        ("Widows of men murdered by death squads marched on Sunday.", "en", set()),
        ("Familiares de personas desaparecidas y asesinadas ocuparon la catedral.", "es", set()),
        ("Las madres de jóvenes asesinados marcharon por la avenida.", "es", {"PROTEST"}),
        # A victim named by article or count is one act, told here and maybe only here.
        ("La madre del periodista asesinado pidió justicia.", "es", {"ASSAULT"}),
        ("Relatives of two kidnapped engineers asked for their release.", "en", {"ASSAULT"}),
    ],
)
def test_a_class_of_victims_named_by_their_kin_tells_no_act(
    text: str, language: str, expected: set[str]
) -> None:
    assert types(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nine villages of the province remain threatened by criminal violence.", "en"),
        ("Diez municipios del estado están amenazados por la violencia.", "es"),
    ],
)
def test_a_place_threatened_by_violence_is_no_threat(text: str, language: str) -> None:
    assert "THREATEN" not in types(text, language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The act named by "targeted" when what was hit is named; a policy's aim is no act.
        ("The gang targeted warehouses of a dairy firm near Tapachula.", "en", {"ASSAULT"}),
        ("La banda atacó las bodegas de una lechera cerca de Tapachula.", "es", {"ASSAULT"}),
        ("The new law targeted police corruption in the border towns.", "en", set()),
        # Arson of one building, and a fire laid by people named as its authors.
        ("Hooded men burned down the village school on Friday night.", "en", {"ASSAULT"}),
        ("Two trucks were torched by a mob on the highway to Comitán.", "en", {"ASSAULT"}),
        ("Unos vecinos prendieron fuego a la patrulla frente al parque.", "es", {"ASSAULT"}),
        ("Tres camionetas fueron quemadas por encapuchados en la carretera.", "es", {"ASSAULT"}),
        # A fire that broke out is no arson.
        ("Se incendió una bodega de papel por un corto circuito.", "es", set()),
    ],
)
def test_targeted_sites_and_arson_by_people(text: str, language: str, expected: set[str]) -> None:
    assert types(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Troops with the clause cut short, and troops sent after a long aside.
        ("They join some 1,800 extra troops sent to the region in May.", "en", {"MOBILIZE"}),
        ("Llegaron 400 soldados enviados a la frontera sur el martes.", "es", {"MOBILIZE"}),
        (
            "The army -- which activists have long faulted, in part at least, for the surge in"
            " killings that started years ago -- was sent back onto the avenues of Puerto Lindo.",
            "en",
            {"MOBILIZE"},
        ),
        ("Two officers sent to jail for bribery.", "en", set()),
    ],
)
def test_troops_sent_told_in_short(text: str, language: str, expected: set[str]) -> None:
    assert types(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "arrested"),
    [
        ("La asamblea comunal determinó su detención y acudió a su casa.", "es", False),
        ("Unos 50 vecinos pretendieron detener a cuatro hombres, que huyeron.", "es", False),
        ("Villagers tried to arrest two men, who fled into the hills.", "en", False),
        ("In an attempt to arrest the suspect, police surrounded the house.", "en", False),
        # An arrest made stays one.
        ("Los vecinos detuvieron a cuatro hombres y los entregaron a la policía.", "es", True),
        ("Police managed to arrest two men after a chase.", "en", True),
    ],
)
def test_an_arrest_decided_or_tried_is_not_made(text: str, language: str, arrested: bool) -> None:
    report = Report(text=text, content_hash=content_hash(text), language=language)
    sentence = annotate(report, language).sentences[0]
    modes = {t.mode for t in find_triggers(sentence, language)}
    assert ("arrest" in modes) is arrested


@pytest.mark.parametrize(
    ("text", "seized"),
    [
        # "aseguran" as "they say", its "que" dropped as headlines do.
        ("Asesinan a comerciante en Comitán; aseguran se negó a pagar cuota", False),
        ("Vecinos aseguraron no haber escuchado disparos durante la noche.", False),
        ("Soldados aseguran 20 kilos de cocaína en un retén de Comitán", True),
    ],
)
def test_aseguran_that_says_is_no_seizure(text: str, seized: bool) -> None:
    report = Report(text=text, content_hash=content_hash(text), language="es")
    sentence = annotate(report, "es").sentences[0]
    modes = {t.mode for t in find_triggers(sentence, "es")}
    assert ("seize" in modes) is seized


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Una matanza de campesinos en Comitán dejó nueve muertos.", "es", {"matanza": False}),
        # Who is said to have ordered a massacre is charged with it: the act told elsewhere.
        (
            "Capturan al presunto autor intelectual de la matanza de policías en Salcajá",
            "es",
            {"matanza": True},
        ),
        (
            "Police arrested the mastermind behind the massacre of 27 farm workers.",
            "en",
            {"massacre": True},
        ),
    ],
)
def test_matanza_and_its_mastermind(text: str, language: str, expected: dict[str, bool]) -> None:
    found = triggers(text, language)
    assert {k: v for k, v in found.items() if k in expected} == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Soldiers found 14 bodies in a ravine outside the invented town of Ocotal.", "en"),
        ("Searchers located another nine dead bodies near the old quarry.", "en"),
        ("The bodies of four farmers were discovered beside a dirt road.", "en"),
        ("Skeletal remains were found in a clandestine grave behind a ranch.", "en"),
        ("Forensic teams exhumed six corpses from a mass grave on the hillside.", "en"),
        ("Hallaron 14 cuerpos en una barranca a las afueras del pueblo.", "es"),
        ("Localizan una fosa clandestina detrás de un rancho.", "es"),
    ],
)
def test_bodies_found_are_an_assault(text: str, language: str) -> None:
    assert "ASSAULT" in types(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "The cause of the fire remains unknown, officials found.",
        "The city council found the budget remains short of funds.",
    ],
)
def test_remains_as_a_verb_is_no_body(text: str) -> None:
    assert "ASSAULT" not in types(text, "en")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Property burned by people, told with its object between the words ("set X on
        # fire"), by the gerund, or in the passive of one thing burned.
        (
            "Rebels set two invented trucks loaded with ore on fire on the highway.",
            "en",
            {"ASSAULT"},
        ),
        (
            "The guerrillas burned half a hectare of coffee fields at an invented farm.",
            "en",
            {"ASSAULT"},
        ),
        ("Gunmen burned several vacation cabins on the invented island.", "en", {"ASSAULT"}),
        ("The rebels marked the date by burning eleven invented city buses.", "en", {"ASSAULT"}),
        ("The school library was burned and the offices were searched.", "en", {"ASSAULT"}),
        ("A public bus and two tyres were burned near the port.", "en", {"ASSAULT"}),
        (
            "Los guerrilleros quemaron media hectárea de cafetales en una finca inventada.",
            "es",
            {"ASSAULT"},
        ),
        ("Unos encapuchados quemaron varias cabañas en la isla inventada.", "es", {"ASSAULT"}),
        ("La biblioteca de la parroquia fue incendiada por la noche.", "es", {"ASSAULT"}),
        # Drugs or drug crops burned by the authorities, and a body burned, are no arson.
        ("Soldiers burned two tons of seized cocaine before the judges.", "en", set()),
        ("Troops burned invented poppy fields in the mountains.", "en", set()),
        ("Militares quemaron plantíos de amapola en la sierra.", "es", set()),
        ("They burned the bodies in a truck near the river.", "en", set()),
    ],
)
def test_property_burned_by_people_is_arson(text: str, language: str, expected: set[str]) -> None:
    assert types(text, language) & {"ASSAULT"} == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Power lines, bridges and pipelines destroyed are sabotage, as "sabotaged" is.
        ("The rebels destroyed two invented high-voltage pylons near the dam.", "en", {"ASSAULT"}),
        (
            "Saboteurs destroyed a suspension bridge between two invented towns.",
            "en",
            {"ASSAULT"},
        ),
        ("The insurgents toppled four power transmission towers overnight.", "en", {"ASSAULT"}),
        ("Three electricity poles were destroyed on the invented highway.", "en", {"ASSAULT"}),
        (
            "Los rebeldes destruyeron dos torres de alta tensión cerca de la presa.",
            "es",
            {"ASSAULT"},
        ),
        (
            "Un grupo armado derribó tres postes de luz en la carretera inventada.",
            "es",
            {"ASSAULT"},
        ),
        # A power line or bridge only named, or built, is no act.
        ("The government built a new suspension bridge over the river.", "en", set()),
        ("La empresa instaló dos torres de alta tensión en la sierra.", "es", set()),
    ],
)
def test_infrastructure_destroyed_is_sabotage(text: str, language: str, expected: set[str]) -> None:
    assert types(text, language) & {"ASSAULT"} == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A find of bodies told with an aside on them between the noun and the verb.
        ("Two bodies, one burned and the other bound, were found on Friday in Soyapango.", "en"),
        ("Three bodies, all of them bound, have been found near the invented dam.", "en"),
        ("Dos cuerpos, uno de ellos decapitado, fueron hallados en Soyapango.", "es"),
    ],
)
def test_bodies_found_after_an_aside(text: str, language: str) -> None:
    assert "ASSAULT" in types(text, language)


def modes(text: str, language: str) -> set[tuple[str, str | None]]:
    report = Report(text=text, content_hash=content_hash(text), language=language)
    sentence = annotate(report, language).sentences[0]
    return {(t.event_type, t.mode) for t in find_triggers(sentence, language) if not t.reference}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Villagers or traffickers who pick up a load hold no one.
        (
            "Los fardos de cocaína que flotaban cerca de la playa fueron rescatados por vecinos.",
            "es",
            set(),
        ),
        (
            "Varios bultos de mercancía cayeron de la avioneta en un potrero y fueron "
            "rescatados por campesinos del ejido.",
            "es",
            set(),
        ),
        ("Packages of cocaine dropped into the sea are rescued by local fishermen.", "en", set()),
        # Goods the authorities recover are a seizure.
        (
            "Veinte fardos de marihuana fueron rescatados del mar por la Marina frente a Tulum.",
            "es",
            {("COERCE", "seize")},
        ),
        # People freed by agents stay an arrest, goods named before them or not.
        (
            "Quince migrantes fueron rescatados por agentes de Migración en Tapachula.",
            "es",
            {("COERCE", "arrest")},
        ),
        (
            "En la casa había tres kilos de droga y cuatro mujeres, que fueron rescatadas por "
            "la policía.",
            "es",
            {("COERCE", "arrest")},
        ),
    ],
)
def test_a_rescue_of_goods_is_no_arrest(
    text: str, language: str, expected: set[tuple[str, str | None]]
) -> None:
    assert {m for m in modes(text, language) if m[0] == "COERCE"} == expected


def firearms_triggers(text: str, language: str) -> list[str]:
    report = Report(text=text, content_hash=content_hash(text), language=language)
    sentence = annotate(report, language).sentences[0]
    return [t.text.lower() for t in find_triggers(sentence, language) if t.mode == "firearms"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The town councillor Ramiro Ostuni was shot near his home this morning.", "en"),
        ("Two farm workers were shot by men on a motorcycle.", "en"),
        # "to" opens "today", not "shot to death".
        ("The mayor of Tonala was shot today outside the market.", "en"),
        ("El regidor Ramiro Ostuni fue baleado cerca de su casa esta mañana.", "es"),
    ],
)
def test_a_person_shot_told_in_the_passive_is_a_shooting(text: str, language: str) -> None:
    assert firearms_triggers(text, language), text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two gunmen shot him outside his bakery in Ocotal on Tuesday.", "en"),
        ("THE MEN SHOT THEM AS THEY LEFT THE CHURCH.", "en"),
        ("Hombres armados balearon a un taxista en Culiacán el martes.", "es"),
        ("Un sicario lo baleó frente a su panadería.", "es"),
    ],
)
def test_a_person_shot_told_in_the_active_is_a_shooting(text: str, language: str) -> None:
    assert firearms_triggers(text, language), text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("An army helicopter was shot down over the hills on Tuesday.", "en"),
        ("The rebels shot it down with a missile.", "en"),
        ("The photographer shot it in the old quarter in one take.", "en"),
        ("The new film was shot in the old quarter last year.", "en"),
    ],
)
def test_an_aircraft_shot_down_is_no_passive_shooting(text: str, language: str) -> None:
    assert not firearms_triggers(text, language), text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Helicopters were flown to the valley in search of the invented gang boss.", "en"),
        ("Helicópteros volaron al valle en busca del jefe de una banda inventada.", "es"),
    ],
)
def test_a_manhunt_is_no_search_of_premises(text: str, language: str) -> None:
    # "in search of" someone: a hunt for a person, no raid nor seizure (a MOBILIZE may be).
    assert "COERCE" not in types(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Agents carried out a search of the warehouse near the port.", "en"),
        ("Agentes realizaron un cateo en la bodega cercana al puerto.", "es"),
    ],
)
def test_a_search_of_premises_is_a_seizure(text: str, language: str) -> None:
    assert "COERCE" in types(text, language)


def assault_modes(text: str, language: str) -> set[str | None]:
    report = Report(text=text, content_hash=content_hash(text), language=language)
    sentence = annotate(report, language).sentences[0]
    return {t.mode for t in find_triggers(sentence, language) if t.event_type == "ASSAULT"}


@pytest.mark.parametrize(
    ("text", "language", "mode"),
    [
        # Fire from aircraft at people or homes: "strafed" (and the wire's "straffed").
        ("Army helicopters strafed three farmhouses outside Tonala on Sunday.", "en", "aerial"),
        ("FOUR HOMES WERE STRAFFED BY A PLANE NEAR THE INVENTED VILLAGE.", "en", "aerial"),
        ("The strafing of the market left two vendors dead.", "en", "aerial"),
        ("Un helicóptero ametralló tres casas en las afueras de Tonalá.", "es", "firearms"),
        # A weapon fired at someone, the weapon named between the verb and "at".
        ("A soldier fired his rifle at a street vendor in Ocotal on Friday.", "en", "firearms"),
        ("Two men levelled automatic fire on a guard in Ocotal.", "en", "firearms"),
        ("Un soldado disparó su fusil contra un vendedor en Ocotal.", "es", "firearms"),
        # Someone wounded in the active: who wounded whom.
        ("Three armed men wounded a night watchman outside the invented bank.", "en", "targeted"),
        ("The attackers also wounded his teenage son.", "en", "targeted"),
        ("Tres hombres armados hieren a un velador afuera de un banco.", "es", "targeted"),
    ],
)
def test_strafing_weapons_fired_at_and_wounding_are_assaults(
    text: str, language: str, mode: str
) -> None:
    assert mode in assault_modes(text, language), assault_modes(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two soldiers were wounded in the clash, the army said.", "en"),
        ("The remark wounded his pride, the senator said.", "en"),
        ("The wounded went by ambulance to a clinic in Ocotal.", "en"),
        ("Los heridos fueron trasladados al hospital de Ocotal.", "es"),
    ],
)
def test_wounded_in_the_passive_or_as_a_noun_adds_no_targeted_assault(
    text: str, language: str
) -> None:
    assert "targeted" not in assault_modes(text, language)


def abatir_found(text: str, language: str) -> bool:
    return any(word.startswith("abat") for word in triggers(text, language))


@pytest.mark.parametrize(
    ("text", "language", "shooting"),
    [
        # "Abatir" is to shoot someone down only with a person as its object.
        ("Marinos abatieron a dos pistoleros cerca de Tecomán.", "es", True),
        ("Agentes estatales abaten al jefe de una banda en Tecomán.", "es", True),
        ("Militares abatieron el jueves por la noche a un tirador en Tecomán.", "es", True),
        ("Soldados abatieron en una brecha de Tecomán al líder de la célula.", "es", True),
        ("Policías repelen la agresión y los abaten en Tecomán.", "es", True),
        ("Abaten 4 sicarios en una carretera de Colima.", "es", True),
        ("Abate Guardia Nacional a un tirador en Manzanillo.", "es", True),
        ("Abaten fuerzas estatales a un asaltante de gasolineras en Colima.", "es", True),
        ("Abaten tres presuntos secuestradores en Colima.", "es", True),
        # Bringing a figure down is no shooting.
        ("El municipio abatió el rezago en vivienda durante su gestión.", "es", False),
        ("El programa abate la pobreza extrema en la sierra de Colima.", "es", False),
        ("El gobierno abatió en un 20 por ciento la deserción a nivel estatal.", "es", False),
        ("Los productores abaten costos a fin de competir con la importación.", "es", False),
    ],
)
def test_abatir_needs_a_person_as_its_object(text: str, language: str, shooting: bool) -> None:
    assert abatir_found(text, language) is shooting, triggers(text, language)


@pytest.mark.parametrize(
    "text",
    [
        "The governor brought extreme poverty down by a third in Colima.",
        "El gobernador abatió la pobreza extrema en una tercera parte en Colima.",
    ],
)
def test_a_figure_brought_down_is_no_assault(text: str) -> None:
    language = "es" if "abatió" in text else "en"
    assert "ASSAULT" not in types(text, language), types(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # An act someone could not prevent or stop happened: the negation is of the stopping.
        ("Police could not prevent the attack on the town hall in San Miguel.", "en"),
        ("The guards did not stop the kidnapping of the engineer.", "en"),
        ("The army never managed to avert the bombing of the bridge.", "en"),
        ("Los policías no pudieron evitar el ataque contra la alcaldía de San Miguel.", "es"),
        ("Nadie impidió el secuestro del ingeniero.", "es"),
        ("Los guardias no evitaron el secuestro del ingeniero.", "es"),
    ],
)
def test_an_act_not_prevented_happened(text: str, language: str) -> None:
    assert "ASSAULT" in types(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("No one was kidnapped in San Miguel.", "en"),
        ("The gunmen did not kill the driver.", "en"),
        ("Nadie fue secuestrado en San Miguel.", "es"),
        ("Los pistoleros no mataron al chofer.", "es"),
    ],
)
def test_a_negated_act_still_tells_none(text: str, language: str) -> None:
    assert types(text, language) == set()

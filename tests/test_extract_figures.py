"""Figures of a sentence: killed, injured, arrested and the rest, written or implied.

Every sentence here is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.extract.quantities import _SETTING_GAP, sentence_figures
from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.nlp import annotate
from hito.pipeline import process


def figures(text: str, language: str) -> dict[str, int]:
    report = Report(text=text, content_hash=content_hash(text), language=language)
    out: dict[str, int] = {}
    for s in annotate(report, language).sentences:
        for f in sentence_figures(s, language):
            # The record keeps the most conservative figure, as incidents do.
            out[f.field] = min(out.get(f.field, f.value), f.value)
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Written numbers, the verb before them or the noun after them.
        ("Matan a tres hombres en una gasolinera de Tepic", {"killed": 3}),
        (
            "Ataque en un bar de Colima deja dos muertos y cuatro heridos",
            {"killed": 2, "injured": 4},
        ),
        ("Detienen a 5 presuntos asaltantes en Saltillo", {"arrested": 5}),
        ("Fueron detenidos siete hombres tras un cateo en Apizaco", {"arrested": 7}),
        ("Mueren cuatro personas en un ataque armado en Uriangato", {"killed": 4}),
        ("Caen dos con droga en la colonia Centro de Guaymas", {"arrested": 2}),
        ("Detiene la policía estatal de Tabasco a tres personas", {"arrested": 3}),
        ("Vinculan a proceso a 6 por secuestro en Matamoros", {"arrested": 6}),
        # An article before a person or a figure noun is a written one.
        ("Balacera en Tecate deja un muerto y un herido", {"killed": 1, "injured": 1}),
        ("Asesinan a un comerciante en Huatabampo", {"killed": 1}),
        ("Capturan a una mujer con armas en Navojoa", {"arrested": 1}),
        ("Una persona es vinculada a proceso por robo en Zacatlán", {"arrested": 1}),
        ("Enfrentamiento en Coalcomán termina con un civil muerto", {"killed": 1}),
        # One person named without a number: a single victim counts 1.
        ("Ultiman a taxista en la colonia Obrera de Irapuato", {"killed": 1}),
        ("Ejecutan a balazos a joven en una cancha de Acámbaro", {"killed": 1}),
        ("Capturan a 'El Tejón' en Caborca", {"arrested": 1}),
        ("Cae presunto extorsionador en Apatzingán", {"arrested": 1}),
        ("Hombre es asesinado afuera de una tienda en Guasave", {"killed": 1}),
        ("Localizan cadáver de mujer en un canal de Cajeme", {"killed": 1}),
        ("Hallan el cuerpo de un hombre en una brecha de Linares", {"killed": 1}),
        # Exactly two without a numeral.
        ("Ejecutan a pareja dentro de su casa en Silao", {"killed": 2}),
        ("Asesinan a padre e hijo en un rancho de Tierra Blanca", {"killed": 2}),
        # Enumerations under one verb are summed.
        ("Asesinan a 3 mujeres y un hombre en Cortazar", {"killed": 4}),
        ("Matan a dos a tiros y a uno a golpes en Tonalá", {"killed": 3}),
        # Which figure: the verb after the conjunction owns its own object.
        ("Matan a un hombre y hieren a dos en Tlaquepaque", {"killed": 1, "injured": 2}),
        ("Balean a dos jóvenes en Valle de Santiago; uno pierde la vida", {"killed": 1}),
        ("Detienen a tres policías municipales en Cuitzeo", {"arrested": 3}),
        ("Muere uno de 17 años y dos resultan heridos en Yuriria", {"killed": 1, "injured": 2}),
        ("Ejecutado en la colonia Centro era escolta de un regidor", {"killed": 1}),
        ("Prófugo es detenido tras una denuncia en Tepeji", {"arrested": 1}),
        # Spanish marks the person object with "a"; without it the number is something else.
        ("Detienen a 3 presuntos homicidas de un taxista en Jerez", {"arrested": 3}),
        (
            "Detienen a 12 personas y aseguran cuatro armas en Uruapan",
            {"arrested": 12, "weapons_seized": 4},
        ),
        ("Arrestan a hombre por balacear a tres comerciantes en Romita", {"arrested": 1}),
        ("Muere a balazos un joven en la colonia Centro de Zamora", {"killed": 1}),
        ("Confirman la detención de 5 presuntos secuestradores en Perote", {"arrested": 5}),
        # A part of a group counted before adds no one; a running total is no figure.
        ("Balean a dos hombres en Salvatierra; uno de ellos murió", {"killed": 1}),
        ("Tres muertos en Iguala, uno de ellos decapitado", {"killed": 3}),
        ("Salió a comprar tortillas y fue asesinado en Jiutepec", {"killed": 1}),
        ("Detenidas 40 personas en un operativo en Reynosa", {"arrested": 40}),
        (
            "Asesinan a 3 comerciantes y hay cinco detenidos en Tecomán",
            {"killed": 3, "arrested": 5},
        ),
        ("Localizan a un hombre 'encobijado' en una brecha de Navolato", {"killed": 1}),
        ("Lo asesinan frente a su casa en Salvatierra", {"killed": 1}),
        ("Muere tras un ataque armado en un taller de Celaya", {"killed": 1}),
        ("Ataque en Cadereyta cobra la vida de una persona", {"killed": 1}),
        ("Fiscalía investiga el asesinato de cuatro personas en Guasave", {"killed": 4}),
        ("Lo vinculan a proceso por el asesinato de un hombre en Romita", {"arrested": 1}),
        ("Dos hombres son encontrados sin vida en una casa de Navojoa", {"killed": 2}),
        ("Asesinan a un mototaxista en la carretera a Ixtapan", {"killed": 1}),
        ("Asesinan a navajazos a un hombre en Tlapa", {"killed": 1}),
        ("Detiene la SSPE en Parral a presunto narcomenudista", {"arrested": 1}),
        ("Detienen en la zona hotelera de Tulum a cuatro sujetos", {"arrested": 4}),
        ("Asesinan a tres personas a un costado de la central en Colima", {"killed": 3}),
        ("Detienen a 4 por robo con violencia a un hombre en Apodaca", {"arrested": 4}),
        # Two agencies or a town and its state between the verb and its object.
        ("Detienen SSPE y Sedena a dos hombres en Parral", {"arrested": 2}),
        ("Detienen en Apizaco, Tlaxcala a cuatro presuntos ladrones", {"arrested": 4}),
        ("Detienen en una zona irregular de Tulum a tres sujetos con droga", {"arrested": 3}),
        ("Detienen e imputan a dos por robo de ganado", {"arrested": 2}),
        ("Matan a uno y hieren a dos en Celaya", {"killed": 1, "injured": 2}),
        # Headline idioms for a killing.
        ("Pistoleros terminan con la existencia de un joven en Navojoa", {"killed": 1}),
        ("Sicarios terminan con la vida de dos hombres en Fresnillo", {"killed": 2}),
        ("Masacran a cinco personas en un bar de Irapuato", {"killed": 5}),
        # The manner of death as a noun, or two participles under one count.
        ("Hallan a tres hombres decapitados en Cuautla", {"killed": 3}),
        ("Dos mujeres son maniatadas y asesinadas en una brecha de Juárez", {"killed": 2}),
        ("Localizan a un hombre atado y asesinado en Salvatierra", {"killed": 1}),
        ("Lo encuentran sin vida en un motel de Tuxtla", {"killed": 1}),
        ("Fueron hallados los cuerpos sin vida de tres hombres en Tecate", {"killed": 3}),
        # One person arrested told by a singular participle; people "asegurados".
        ("Detenido con cinco dosis de cristal en Chetumal", {"arrested": 1}),
        ("Joven detenido tras robar una tienda en Tizimín", {"arrested": 1}),
        ("Amenazaba a vecinos con un machete; terminó detenido", {"arrested": 1}),
        ("Tres sujetos son asegurados en la carretera a Sonoyta", {"arrested": 3}),
        # Remains found are one person at least; skeletons are counted.
        ("Localizan restos humanos en un baldío de Celaya", {"killed": 1}),
        ("Encuentran dos osamentas en un predio de Navolato", {"killed": 2}),
        # An enumeration of weapons is summed, commas or not; cartridges are no weapons.
        (
            "Los agentes aseguraron cinco rifles, tres pistolas, unos 400 cartuchos y un auto",
            {"weapons_seized": 8},
        ),
    ],
)
def test_spanish_figures(text: str, expected: dict[str, int]) -> None:
    assert figures(text, "es") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two police officers were killed and three were injured in the attack.",
            {"killed": 2, "injured": 3},
        ),
        ("A man was shot dead outside a bar in Nogales.", {"killed": 1}),
        ("Police arrested a suspect and seized two rifles.", {"arrested": 1, "weapons_seized": 2}),
        ("Gunmen killed a taxi driver and wounded two passengers.", {"killed": 1, "injured": 2}),
        ("Soldiers detained four men and a woman near the border.", {"arrested": 5}),
        ("Gunmen killed Attorney General Luis Ortega Bravo in Tegucigalpa.", {"killed": 1}),
        ("The mayor was shot dead outside his home.", {"killed": 1}),
        ("Police arrested the suspect after a chase.", {"arrested": 1}),
        ("Police arrested the suspects after a chase.", {}),
        ("The army tried to arrest the leader.", {}),
        ("Gunmen killed two farmers and a teacher in the village.", {"killed": 3}),
        (
            "Troops seized four rifles, two pistols and 500 rounds of ammunition.",
            {"weapons_seized": 6},
        ),
        # "those detained" is a noun, not a verb with an object; a full stop hides its plural.
        ("Lawyers say many of those detained had no link to gangs.", {}),
        ("The men who were detained had no ties to gangs.", {}),
        # A phrase opened by a preposition after the verb is no object: no one arrested is
        # counted, and the killing named after it keeps its dead.
        ("Prison Guards Arrested for Role in Killings of 9 Inmates.", {"killed": 9}),
        # A plural passive of arrest with no number says at least one person was held.
        ("Protesters were detained for questioning in Oaxaca.", {"arrested": 1}),
        ("Several organisers were arrested on Monday in Puebla.", {"arrested": 1}),
        # People with the participle after them were arrested, though no verb says it.
        ("Local terrorists arrested on Friday had planned a bombing in Leon.", {"arrested": 1}),
        # A role with modifiers is a person only as the victim of a killing named before it.
        ("A senior police official said the road was open again.", {}),
        # An age is no count; "perished" and "succumbed" are deaths.
        ("A 19-year-old student perished in police firing near the market.", {"killed": 1}),
        ("Of the 40 who succumbed to police firing, twelve were women.", {"killed": 40}),
        # "Lost their lives" is a death, like "perdieron la vida" in Spanish.
        ("Three miners lost their lives when gunmen fired on the camp.", {"killed": 3}),
        ("A farmer lost his life in the ambush near the ford.", {"killed": 1}),
        ("Police opened fire and managed to arrest 17 rioters at the bridge.", {"arrested": 17}),
        # Cases are no people; an age in apposition is no count.
        (
            "Eight people have been arrested in connection with three cases of arson.",
            {"arrested": 8},
        ),
        ("Maria Lopez, 34, was shot dead outside her shop on Monday.", {"killed": 1}),
        # The object of a verb of killing is a count, though it is a part of a group.
        ("The soldiers opened fire and killed one of them near the gate.", {"killed": 1}),
    ],
)
def test_english_figures(text: str, expected: dict[str, int]) -> None:
    assert figures(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A person named is one person, whatever the last letter of the name: many of the
        # region's commonest surnames and given names end in "s" and are no plural nouns.
        ("Police in Tapachula arrested Juan Ostos on Monday.", "en", {"arrested": 1}),
        ("Police arrested Pedro Benavides, a local trader, on Monday.", "en", {"arrested": 1}),
        ("Gunmen killed Carlos Torres outside his shop in Tapachula.", "en", {"killed": 1}),
        ("Troops detained Rosa Morales near the river on Sunday.", "en", {"arrested": 1}),
        ("Gunmen killed former mayor Ramiro Flores in his car.", "en", {"killed": 1}),
        ("Police arrested Juan Ostos and Maria Reyes in Tapachula.", "en", {"arrested": 2}),
        ("La policía detuvo a Juan Ostos en Tapachula el lunes.", "es", {"arrested": 1}),
        ("Pistoleros mataron a Carlos Torres en Tapachula.", "es", {"killed": 1}),
        ("Asesinan a Andrés Ramos afuera de su taller en Tapachula", "es", {"killed": 1}),
        ("Detienen a Juan Ostos y María Reyes en Tapachula", "es", {"arrested": 2}),
        ("Detienen a Juan Ostos y a María Reyes en Tapachula", "es", {"arrested": 2}),
        # A plural common noun is still no count, capitalised or not.
        ("Police arrested guards at the prison on Monday.", "en", {}),
        ("Officers arrested suspects in Tapachula on Monday.", "en", {}),
        ("Police arrested Central Americans at the border.", "en", {}),
        # In a title-case headline capitals mark no name.
        ("Soldiers Killed Young Kidnappers Near Reynosa", "en", {}),
        ("Asesinan a hermanos en una brecha de Jerez", "es", {}),
        # A plural in "-men" is no count either: "gunmen", "hitmen", "policemen".
        ("Soldiers killed the gunmen in Tapachula on Monday.", "en", {}),
        ("Police arrested the hitmen near the market.", "en", {}),
        ("Soldiers Killed Young Gunmen Near Reynosa", "en", {}),
        ("Troops detained the policemen at the checkpoint.", "en", {}),
    ],
)
def test_a_named_person_is_one(text: str, language: str, expected: dict[str, int]) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Plurals and vague amounts without a number stay null.
        "Asesinan a hermanos en una brecha de Jerez",
        "Ejecutan a familia en su domicilio de Moroleón",
        "Decenas de detenidos tras la riña en el penal",
        "Van 240 mujeres asesinadas en Michoacán en 2024",
        # Ages, shots and hours are not people.
        "Encuentran sin vida a un joven de 22 años en Pénjamo",
        "Matan de 9 disparos a comerciante en Iguala",
        # An attempt kills no one; shooting at people does not say they died.
        "Intentan asesinar a un policía en Salvatierra",
        "Balean a dos hombres en una cancha de Cancún",
        # A comma joins places before the object's "a", not a verb and another clause.
        "Policías los detuvieron sin motivo, acusan dos jóvenes de Tecate",
    ],
)
def test_no_false_figures(text: str) -> None:
    got = figures(text, "es")
    if "22 años" in text or "9 disparos" in text:
        assert got == {"killed": 1}
    else:
        assert "killed" not in got and "arrested" not in got


def _records(text: str, language: str = "en") -> list[EventRecord]:
    report = Report(text=text, content_hash=content_hash(text), published=dt.date(2025, 5, 27))
    return process(report, language)[1]


def test_a_period_total_released_on_a_day_is_no_incident() -> None:
    # The day is when the figures came out, not when anyone was detained.
    text = (
        "The interior ministry's new figures, published on Monday, say 230 suspects were "
        "detained in the first three weeks of May alone."
    )
    assert [r for r in _records(text) if r.event_type == "COERCE"] == []


def test_an_arrest_on_a_day_beside_a_period_total_is_kept() -> None:
    text = (
        "Police arrested three men in Tapachula on Monday, bringing arrests so far this year to 40."
    )
    assert [r.arrested for r in _records(text) if r.event_type == "COERCE"] == [3]


def test_a_total_since_a_policy_began_is_no_incident() -> None:
    text = (
        "Lawyers have counted dozens of deaths in custody since the crackdown began and say "
        "hundreds of those detained were never charged."
    )
    assert [r for r in _records(text) if r.event_type == "COERCE"] == []


def test_an_arrest_so_far_in_a_case_is_no_period_total() -> None:
    text = "At least nine people have been arrested so far in connection with the riot."
    assert [r.arrested for r in _records(text) if r.event_type == "COERCE"] == [9]
    assert _records("Some 300 migrants have been detained so far in 2024.") == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # "y" after a count starts another phrase, not a second subject of the verb.
        ("Ataque en Tecomán dejó un muerto y un joven de 17 años lesionado", 1),
        ("Ataques en Silao dejan tres personas muertas y una mujer atropellada", 3),
        # A part with a verb of dying says how many of the group died.
        ("Sicarios acribillan a dos hombres en Navojoa; uno de ellos murió", 1),
    ],
)
def test_killed_counts_after_a_conjunction_or_a_part(text: str, killed: int) -> None:
    assert figures(text, "es")["killed"] == killed


def _killed_in_records(text: str) -> list[int | None]:
    return [r.killed for r in _records(text, "es") if r.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # Bodies, skulls and heads found make a record of their own, one person each unless
        # counted.
        ("Vecinos hallaron junto a la vía el cuerpo de una mujer en Silao", 1),
        ("Cadáver maniatado es localizado en un canal de Tecomán", 1),
        ("Encuentran un cráneo cerca de la presa de Tepalcatepec", 1),
        ("Buscadoras localizan tres cráneos humanos en un predio de Tecate", 3),
        ("Dejan la cabeza de un hombre frente a una tienda de Zamora", 1),
        ("Su cuerpo fue encontrado en un arroyo de Ahome", 1),
        # One dead told by a singular participle or a bare "muerto".
        ("Otro joven ejecutado en la colonia Centro de Uruapan", 1),
        ("Identifican a comerciante asesinada en Tuxpan", 1),
        ("¡Acribillado frente a su casa en Guasave!", 1),
        ("Tiran un encobijado en una brecha de Jiquilpan", 1),
        ("Balacera en un palenque de Apaseo deja muerto y dos heridos", 1),
        ("Encuentran a un taxista muerto dentro de su unidad en Mazatlán", 1),
        # Headline verbs of killing the lists lacked.
        ("Comando ejecuta a un comerciante en Apatzingán", 1),
        ("Sicarios aniquilan a cuatro hombres en una huerta de Tancítaro", 4),
        ("Localizan a una mujer carbonizada en un terreno de Ahome", 1),
        ("Pistoleros le arrancan la vida a un albañil en Moroleón", 1),
        ("Pleito en una cantina cobra la vida de un hombre en Jojutla", 1),
        ("Calcinan a tres personas dentro de una camioneta en Fresnillo", 3),
        ("Linchan a un presunto ladrón en una comunidad de Puebla", 1),
        ("Un cuerpo más, abandonado en la carretera a Mocorito", 1),
        # Attacks that wound, and the victim who dies of them.
        ("Hieren a un taxista en Uriangato y muere en el hospital", 1),
        ("Sicarios atentan contra dos hombres en Jerez; uno murió", 1),
        ("Policías estatales son emboscados en Coalcomán; tres murieron", 3),
        ("Apuñalan a un joven afuera de un bar de Tulum, pero fallece en la ambulancia", 1),
        ("Lo siguen, le disparan y muere frente a su casa en Ahome", 1),
        ("Encuentran degollado a un ganadero en Tierra Caliente", 1),
        ("Otro asesinato en una cantina de Zitácuaro", 1),
        ("Comando ejecutó a tres hombres en un taller de Ahome", 3),
        ("Policías repelen agresión en Tarímbaro; reportan un fallecido", 1),
        ("Policía estatal se enfrenta con sicarios en Tepalcatepec; un fallecido", 1),
        # The victims of a shooting, set apart from its wounded, are its dead.
        ("Agresión con arma de fuego en Armería deja saldo de una víctima", 1),
        ("Ataque armado en un billar de Salamanca deja dos víctimas y un herido", 2),
    ],
)
def test_spanish_headlines_of_bodies_and_single_dead(text: str, killed: int) -> None:
    assert _killed_in_records(text) == [killed]


@pytest.mark.parametrize(
    "text",
    [
        # A body that arrives for its funeral, a security corps and the victims of a kidnap
        # or the wounded are no dead of a new incident.
        "Llega el cuerpo de un migrante a su pueblo para el velorio",
        "Presentan el nuevo cuerpo de seguridad de Zinapécuaro",
        "Hallan un auto calcinado en una brecha de Ahome",
        "Comparan el ADN de la madre con respecto al cuerpo localizado",
    ],
)
def test_no_body_found_record(text: str) -> None:
    assert _killed_in_records(text) == []


def test_victims_of_a_kidnap_or_wounded_are_no_dead() -> None:
    assert (
        figures("Rescatan a una víctima de secuestro tras balacera en Reynosa", "es").get("killed")
        is None
    )
    assert "killed" not in figures("Ataque armado deja dos víctimas heridas en Celaya", "es")


def test_victims_after_a_count_of_dead_are_among_them() -> None:
    text = "Balacera en Navojoa deja tres personas muertas; una víctima era menor de edad"
    assert _killed_in_records(text) == [3]


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # Caught or jailed: "atrapado con droga", "encarcelan a", "ponen tras las rejas a".
        ("Atrapado con cristal y una pistola en Guaymas", 1),
        ("Sorprendido cuando vendía droga afuera de una escuela", 1),
        ("Encarcelan a comerciante acusado de extorsión en Mérida", 1),
        ("Ponen tras las rejas a tres jóvenes en Ecatepec", 3),
        # The perfect tense of arrest, and a place of many words before the object's "a".
        ("En Sabinas han detenido a cinco personas tras el robo a una tienda", 5),
        ("Detienen en la colonia Centro de Playa del Carmen a tres sujetos con droga", 3),
    ],
)
def test_spanish_arrest_counts(text: str, arrested: int) -> None:
    assert figures(text, "es")["arrested"] == arrested


def test_an_arrest_for_another_killing_counts_no_dead() -> None:
    assert "killed" not in figures("Detienen a dos por otro asesinato en Celaya", "es")


def test_trapped_by_fire_is_no_arrest() -> None:
    records = _records("Atrapados por el fuego, mueren dos bomberos en Tula", "es")
    assert not any(r.event_type == "COERCE" for r in records)


@pytest.mark.parametrize(
    ("text", "killed", "arrested"),
    [
        # A few homicides reported as news are the incident; a running total is not.
        ("Reportan tres homicidios en Salamanca", 3, None),
        ("Se registran dos asesinatos en la colonia Centro de Tecomán", 2, None),
        ("Van 40 homicidios en septiembre en Irapuato", None, None),
        ("Suman 12 homicidios en lo que va del mes en Celaya", None, None),
        # The charge of an arrest counts no deaths.
        ("Detienen a un hombre por dos homicidios en Acámbaro", None, 1),
        # "Cae" with the place before the suspects.
        ("Cae en Tlaquepaque un maleante", None, 1),
        ("Caen en Zamora dos homicidas", None, 2),
        # A judge's order to keep suspects held, as noun or verb.
        ("Obtiene la Fiscalía vinculación a proceso contra tres hombres por robo", None, 3),
        ("Vinculan a dos por robo de vehículo en Tepic", None, 2),
        # "le arrebatan la vida a" someone named: one victim.
        ("Pistoleros le arrebatan la vida a 'El Chato' en Navojoa", 1, None),
        ("Le quitan la vida al encargado de una tienda en Sahuayo", 1, None),
        # A later clause that plans, asks or guesses leaves the act of the first one told.
        ("Detienen a 3; planeaban asaltar una farmacia en Apizaco", None, 3),
        ("Capturan a dos homicidas en Uruapan; uno pasará 30 años en prisión", None, 2),
        ("Matan a dos jóvenes en Zitácuaro; días antes pidieron protección", 2, None),
        ("Arrestan a cuatro en Tecate; investigan si son policías", None, 4),
        # One person found dead: the finder names a place first, an age comes between, or
        # the person turns up dead.
        ("Vecinos encuentran a su vecino sin vida en su casa de Tlaxco", 1, None),
        ("Hallan a joven de 19 años sin vida en un canal de Yuriria", 1, None),
        ("Localizan en un paraje a campesino sin vida en Tetela", 1, None),
        ("Mujer aparece sin vida en un cuarto de hotel en Orizaba", 1, None),
        ("Pedro, el del puesto de tacos, hallado muerto en un baldío de Guasave", 1, None),
        ("'Embolsado' encontrado en una brecha de Cajeme era un taxista", 1, None),
        ("Agentes repelen el ataque de un pistolero y lo abaten en Tecpan", 1, None),
        # Behind bars, and one suspect "apresado".
        ("Tras las rejas cuatro presuntos asaltantes en Ecatepec", None, 4),
        ("Joven es apresado por el robo de una tienda en Apatzingán", None, 1),
        # A warrant served is an arrest; one only issued is not.
        ("Cumple la Fiscalía tres órdenes de aprehensión en Zamora", None, 3),
        ("Cumplimentan orden de aprehensión contra dos hombres en Jiquilpan", None, 2),
        ("CUMPLIMENTA FGE ORDEN DE APREHENSIÓN CONTRA JUAN “N”, PRESUNTO LADRÓN", None, 1),
        ("Juez gira dos órdenes de aprehensión contra policías de Jacona", None, None),
        # One act's toll brought up to date; a running total stays none.
        ("Asciende a 4 el número de muertos tras el ataque a un bar de Salvatierra", 4, None),
        ("Sube a seis la cifra de víctimas mortales de la balacera en Jerez", 6, None),
        ("Asciende a 210 el número de personas asesinadas en el año en Celaya", None, None),
        # Bags of remains count one victim each; one more body; a homicide's victim.
        ("Localizan cuatro bolsas con restos humanos en un baldío de Zapopan", 4, None),
        ("Hallan un tercer cuerpo en la presa de Valsequillo", 1, None),
        ("Llega el segundo cuerpo de bomberos a la presa de Valsequillo", None, None),
        ("Ubican segundo cadáver en un canal de Salamanca", 1, None),
        ("Piden apoyo para identificar a una mujer víctima de feminicidio en Uruapan", 1, None),
        # Arrests told through what made them possible, a second order to hold, slang.
        ("Un perro policía ayuda a detener a tres hombres con droga en Tapachula", None, 3),
        ("Logra la Fiscalía vincular a 5 por secuestro en Uruapan", None, 5),
        ("Vinculan de nuevo a proceso a dos agentes de Zamora", None, 2),
        ("Lo agarran con un arma en la colonia Centro de Navojoa", None, 1),
        ("Sorprenden en flagrancia a tres sujetos que vendían droga en Guaymas", None, 3),
        ("Lo ejecutan a balazos afuera de un bar de Navojoa", 1, None),
        # Bodies: one that opens the headline, parts of one, one found, burnt people.
        ("Cuerpo junto a una gasolinera alarma a vecinos de Silao", 1, None),
        ("Tras la balacera, un cuerpo quedó tendido en la calle de Empalme", 1, None),
        ("Hallan partes de un cuerpo humano en un arroyo de Tecámac", 1, None),
        ("Sin identificar, cadáver localizado en un pozo de Tuxpan", 1, None),
        ("Localizan en una fosa a tres personas calcinadas en Abasolo", 3, None),
        ("Amanece Navojoa con una ejecución más", 1, None),
        ("El cuerpo de bomberos llega a Silao", None, None),
        # A headline opening on a singular "Cae": one arrest; a price that falls is none.
        ("Cae con dos bolsas de cristal en la colonia Centro de Tecate", None, 1),
        ("Cae tras una persecución en la carretera a Navojoa", None, 1),
        ("Cae segundo implicado en el robo de una joyería de Uruapan", None, 1),
        ("Cae en Guasave sujeto que llevaba un arma en la cintura", None, 1),
        ("El precio del maíz cae tras la cosecha en Sinaloa", None, None),
        # "su pareja" is one's partner, "a pareja" a couple.
        ("Mata a su pareja con un cuchillo en Tlaquepaque", 1, None),
        ("Asesinan a pareja dentro de su casa en Tlaquepaque", 2, None),
        # A count of people in the gap was the verb's own; a count of shots is not.
        ("Caen dos asaltantes de un taxista en Culiacán", None, 2),
        ("Ejecutan de cuatro balazos a un taxista en Culiacán", 1, None),
        # A longer manner between the verb and its one object.
        ("Asesinan en la puerta de su casa a un comerciante de Tarímbaro", 1, None),
    ],
)
def test_spanish_headline_counts(text: str, killed: int | None, arrested: int | None) -> None:
    report = Report(text=text, content_hash=content_hash(text), language="es")
    records = process(report, "es")[1]
    assert max((r.killed or 0 for r in records), default=0) == (killed or 0)
    assert max((r.arrested or 0 for r in records), default=0) == (arrested or 0)
    if killed is None and arrested is None:
        assert records == []


def test_grabbed_for_a_beating_is_no_arrest() -> None:
    text = "Lo agarran a golpes afuera de un bar de Navojoa"
    report = Report(text=text, content_hash=content_hash(text), language="es")
    assert not any(r.event_type == "COERCE" for r in process(report, "es")[1])


@pytest.mark.parametrize(
    ("text", "field"),
    [
        # A thing seized and a direction are no person arrested; a perfect tense with a plural
        # subject is no one found dead.
        ("Aseguran una bodega por presunto narcomenudeo al norte de Mérida", "arrested"),
        ("Suman 30 denuncias y 12 personas se han hallado sin vida este año", "killed"),
    ],
)
def test_no_count_of_one_from_a_far_object_or_a_perfect(text: str, field: str) -> None:
    report = Report(text=text, content_hash=content_hash(text), language="es")
    records = process(report, "es")[1]
    assert all(getattr(r, field) in (None, 0, 12) for r in records)
    assert not any(getattr(r, field) == 1 for r in records)


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        # A massacre is a killing: its victims, counted, are the dead.
        (
            "Police are still investigating the massacre of nine guests at a wedding in Tuxpan.",
            "en",
            9,
        ),
        ("A cartel cell massacred 14 miners outside a quarry in Sonora last spring.", "en", 14),
        ("Near the dam, 23 fishermen were massacred by a gang at dawn.", "en", 23),
        ("Vecinos de Tuxpan recuerdan la masacre de nueve invitados a una boda.", "es", 9),
        ("La fiscalía investiga la matanza de 14 mineros junto a una cantera de Sonora.", "es", 14),
    ],
)
def test_the_victims_of_a_massacre_are_its_dead(text: str, language: str, killed: int) -> None:
    assert figures(text, language).get("killed") == killed


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        # A possessive or a hedge between a killing noun and its number leaves the number
        # the killing's dead; so does a second act joined to the killing noun.
        ("Neighbours in Zacapa still mourn the murder of his three cousins.", "en", 3),
        ("In Sonora, police reopened the killing of their four neighbours.", "en", 4),
        ("The slaughter of at least 12 ranch hands near Tikal was never solved.", "en", 12),
        ("Nobody answered for the massacre and burning of 16 migrants in the desert.", "en", 16),
        ("En Zacapa todavía lloran el asesinato de sus tres primos.", "es", 3),
        ("La matanza de al menos 12 jornaleros cerca de Tikal nunca se aclaró.", "es", 12),
        ("Nadie respondió por la masacre y quema de 16 migrantes en el desierto.", "es", 16),
    ],
)
def test_a_word_between_a_killing_noun_and_its_number_keeps_the_dead(
    text: str, language: str, killed: int
) -> None:
    assert figures(text, language).get("killed") == killed


def test_a_charge_of_a_massacre_counts_no_dead_in_the_arrest() -> None:
    records = _records(
        "Capturan a tres acusados de la masacre de nueve invitados en Salvatierra", "es"
    )
    assert [(r.arrested, r.killed) for r in records if r.event_type == "COERCE"] == [(3, None)]


@pytest.mark.parametrize(
    ("text", "language", "arrested"),
    [
        # An arrest named as a noun counts its people, whoever they were ("members of" is
        # no deployment then).
        (
            "Residents marched after the arrests of at least 25 members of a road-toll crew.",
            "en",
            25,
        ),
        ("Prosecutors announced the capture of two gang leaders in San Marcos.", "en", 2),
        (
            "Vecinos marcharon tras las detenciones de al menos 25 integrantes de una cuadrilla.",
            "es",
            25,
        ),
    ],
)
def test_an_arrest_named_as_a_noun_counts_its_people(
    text: str, language: str, arrested: int
) -> None:
    assert figures(text, language).get("arrested") == arrested


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The one named and those "along with" them are all counted.
        (
            "The councilman, Luis Ortega, was gunned down along with nine others in 2011.",
            "en",
            {"killed": 10},
        ),
        (
            "A smuggler was arrested together with two other men near the river.",
            "en",
            {"arrested": 3},
        ),
        (
            "El alcalde fue asesinado junto con otras dos personas en su rancho.",
            "es",
            {"killed": 3},
        ),
        (
            "El supuesto vendedor fue aprehendido junto con otro sujeto en Comitán.",
            "es",
            {"arrested": 2},
        ),
    ],
)
def test_people_along_with_the_one_named_are_counted_with_them(
    text: str, language: str, expected: dict[str, int]
) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Warrants and orders carried out ("ejecutar", "executed") are no killing.
        ("Al ejecutar dos órdenes de cateo en Orizaba, los policías aseguraron droga.", "es"),
        ("Agents executed four search warrants in Tijuana and seized cocaine.", "en"),
    ],
)
def test_orders_carried_out_count_no_dead(text: str, language: str) -> None:
    assert "killed" not in figures(text, language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "None of the slain guards were locals": who they were, no count of none.
        ("Officials said none of the slain guards were local residents.", "en", {}),
        ("La policía dijo que ninguno de los agentes asesinados era de la zona.", "es", {}),
        # Still a none when the act is what the sentence denies of them.
        ("None of the passengers were injured in the crash.", "en", {"injured": 0}),
    ],
)
def test_none_of_a_group_named_by_its_fate_is_no_count(
    text: str, language: str, expected: dict[str, int]
) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # An arrest counted and others "not detained" in one sentence: the none is of the
        # others, the count stands.
        (
            "El supuesto vendedor fue aprehendido junto con otro sujeto, aunque los líderes "
            "del grupo no fueron detenidos.",
            "es",
        ),
        (
            "Two suspects were arrested in Tapachula, although the gang's leaders were not "
            "detained.",
            "en",
        ),
    ],
)
def test_a_none_of_others_beside_a_count_leaves_the_count(text: str, language: str) -> None:
    from hito.extract.mentions import sentence_mentions

    report = Report(text=text, content_hash=content_hash(text), language=language)
    sentence = annotate(report, language).sentences[0]
    arrests = [
        f.value
        for m in sentence_mentions(sentence, language)
        for f in m.figures
        if f.field == "arrested"
    ]
    assert arrests and 0 not in arrests


@pytest.mark.parametrize(
    ("text", "language", "field", "value"),
    [
        # A headline's one man and a later "along with another": the count that takes in
        # the one named is the record's, not the one alone.
        (
            "Capturan a supuesto vendedor en Comitán. El supuesto vendedor fue aprehendido "
            "junto con otro sujeto en el barrio San José de Comitán.",
            "es",
            "arrested",
            2,
        ),
        (
            "A gang leader was shot dead in Tapachula on Monday. The leader was gunned down "
            "along with four others outside a bar in Tapachula on Monday.",
            "en",
            "killed",
            5,
        ),
    ],
)
def test_a_count_with_companions_outranks_the_one_named_alone(
    text: str, language: str, field: str, value: int
) -> None:
    records = _records(text, language)
    assert [getattr(r, field) for r in records] == [value]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # People listed by name after the verb are counted one each.
        (
            "Los agentes detuvieron a Rogelio Fuentes Lara y Marta Ibarra Soto en Tapachula.",
            "es",
            {"arrested": 2},
        ),
        (
            "La policía detuvo a Lalo “N”, Beto “N”, Chuy “N” y Nacho “N” en Tijuana.",
            "es",
            {"arrested": 4},
        ),
        ("Gunmen killed Pedro Alvarado Ruiz and Juana Mejia in Tegucigalpa.", "en", {"killed": 2}),
        # One name with a title after it is one person.
        (
            "Asesinan a Rogelio Fuentes, Presidente Municipal de Motozintla, en su casa.",
            "es",
            {"killed": 1},
        ),
    ],
)
def test_people_listed_by_name_are_counted(
    text: str, language: str, expected: dict[str, int]
) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The count opens a subject named at length ("members of...", "integrantes de..."),
        # and the passive after it says what happened to them.
        (
            "Eight suspected members of a kidnapping gang were arrested on Thursday.",
            "en",
            {"arrested": 8},
        ),
        (
            "Twelve officers of the municipal police were arrested by soldiers.",
            "en",
            {"arrested": 12},
        ),
        ("Three members of the gang were killed in the shootout.", "en", {"killed": 3}),
        (
            "Nueve presuntos integrantes de una banda de secuestradores fueron detenidos en "
            "Tapachula.",
            "es",
            {"arrested": 9},
        ),
        (
            "Seis elementos de la policía municipal fueron detenidos por el Ejército.",
            "es",
            {"arrested": 6},
        ),
        # An age range between the people and the verb is no count of its own.
        (
            "Fourteen men between 20 and 45 years of age were arrested at the ranch.",
            "en",
            {"arrested": 14},
        ),
        (
            "Catorce hombres de entre 20 y 45 años fueron detenidos en el rancho.",
            "es",
            {"arrested": 14},
        ),
    ],
)
def test_a_count_before_a_long_subject_takes_the_passive_after_it(
    text: str, language: str, expected: dict[str, int]
) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A single weapon after an article is a seized weapon of one, and adds to the others.
        (
            "En el cateo los policías aseguraron un arma corta y dos celulares.",
            "es",
            {"weapons_seized": 1},
        ),
        (
            "Al sospechoso le decomisaron una pistola, cuatro cargadores y una moto.",
            "es",
            {"weapons_seized": 1},
        ),
        (
            "Los marinos incautaron un fusil de asalto, seis rifles y nueve escopetas.",
            "es",
            {"weapons_seized": 16},
        ),
        ("Agents seized a handgun, ammunition and a pickup truck.", "en", {"weapons_seized": 1}),
        ("Troops confiscated an assault rifle and three pistols.", "en", {"weapons_seized": 4}),
        # The noun left out after a second count is the same weapon: "y cuatro cortas".
        (
            "Se aseguraron nueve armas largas y tres cortas en la bodega.",
            "es",
            {"weapons_seized": 12},
        ),
        # One list of seized weapons is one figure, however it is punctuated; a gas grenade
        # is no weapon.
        (
            "Decomisaron dos pistolas; un rifle calibre 22 con cargador, 50 balas y una granada.",
            "es",
            {"weapons_seized": 4},
        ),
        (
            "Se aseguraron 20 armas de fuego, 300 cartuchos y una granada de gas.",
            "es",
            {"weapons_seized": 20},
        ),
        (
            "Police seized a shotgun with 40 rounds, two pistols and a grenade.",
            "en",
            {"weapons_seized": 4},
        ),
        # Grenade launchers and submachine guns are weapons too.
        (
            "Incautaron dos subametralladoras, cuatro lanzagranadas y tres carabinas.",
            "es",
            {"weapons_seized": 9},
        ),
        # A total given with its parts counts once.
        ("Aseguraron diez armas: seis rifles y cuatro pistolas.", "es", {"weapons_seized": 10}),
        # A weapon the act was done with is no seizure, even where a body is found.
        (
            "Encontraron el cuerpo de un hombre asesinado con un arma blanca en Ensenada.",
            "es",
            {"killed": 1},
        ),
        ("Police found a woman who had been shot with a rifle near the road.", "en", {}),
    ],
)
def test_single_and_elided_weapons(text: str, language: str, expected: dict[str, int]) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A killing named as a noun, of one named person or one person, is one killed.
        (
            "El asesinato de Ramiro Fuentes conmocionó a los vecinos de Choloma.",
            "es",
            {"killed": 1},
        ),
        (
            "La policía investiga el homicidio de un comerciante en San Pedro Sula.",
            "es",
            {"killed": 1},
        ),
        ("The murder of Teresa Gallo, a local teacher, shocked the village.", "en", {"killed": 1}),
        (
            "Residents protested after the killing of a taxi driver in Chilpancingo.",
            "en",
            {"killed": 1},
        ),
        # English names the victim by a role with modifiers before it, or by a gerund.
        (
            "Traders in Zacapa closed early after the death of a regional cattle boss.",
            "en",
            {"killed": 1},
        ),
        ("The killing of a former police chief alarmed Salama.", "en", {"killed": 1}),
        (
            "The gang returned to Huehuetenango in March, murdering a shopkeeper there.",
            "en",
            {"killed": 1},
        ),
        (
            "Un grupo armado volvió a Huehuetenango y mató a un tendero del mercado.",
            "es",
            {"killed": 1},
        ),
        (
            "Los vecinos de Zacapa cerraron sus negocios tras la muerte de un jefe ganadero.",
            "es",
            {"killed": 1},
        ),
        # Not the charge of an arrest.
        (
            "Detienen a un hombre por el asesinato de Ramiro Fuentes en Choloma.",
            "es",
            {"arrested": 1},
        ),
        ("Police arrested two men for the murder of Teresa Gallo.", "en", {"arrested": 2}),
    ],
)
def test_a_killing_of_one_named_as_a_noun(
    text: str, language: str, expected: dict[str, int]
) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Uniformed people held, taken, freed or killed are victims, not a deployment.
        ("Vecinos de Ocosingo retuvieron a 40 soldados durante varias horas.", "es", {}),
        ("Los pobladores retienen a 25 militares en la plaza de Aquila.", "es", {}),
        ("Los comuneros liberaron a los 12 policías que tenían retenidos.", "es", {}),
        ("Hombres armados secuestraron a tres policías municipales en Iguala.", "es", {}),
        # The killing he is tried for counts its dead (for the killing's record, not his).
        ("Lo juzgarán por el asesinato en mayo de cinco policías de Zacapa.", "es", {"killed": 5}),
        ("Villagers held 30 soldiers hostage for a day in the square.", "en", {}),
        ("Gunmen kidnapped four police officers near Reynosa.", "en", {}),
        (
            "The army freed the town's police chief and four other officers held by the militia.",
            "en",
            {},
        ),
        # A killing of them still counts its dead.
        ("Investigan el asesinato de cinco policías en Zacapa.", "es", {"killed": 5}),
        ("Gunmen killed four police officers near Reynosa.", "en", {"killed": 4}),
        # Patrols counted are vehicles, not people.
        ("The state sent 40 police patrols to the prison after the riot.", "en", {}),
        # A deployment stays one, after a kidnapping told before it too.
        ("The government sent 500 soldiers to Tierra Caliente.", "en", {"personnel": 500}),
        ("Arribaron 200 elementos de la Marina a Reynosa.", "es", {"personnel": 200}),
        (
            "Tras el secuestro de un alcalde, el gobierno envió 300 agentes federales a Iguala.",
            "es",
            {"personnel": 300},
        ),
        (
            "After gunmen kidnapped a mayor the state sent 300 soldiers to the town.",
            "en",
            {"personnel": 300},
        ),
    ],
)
def test_uniformed_victims_and_patrol_cars_are_no_personnel(
    text: str, language: str, expected: dict[str, int]
) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "Y a otros N": the others of one the verb took share its act, whoever they were.
        ("Detuvieron a un comandante y a otros cuatro agentes en Tijuana.", "es", {"arrested": 5}),
        ("Asesinaron a un comandante y a otros dos policías en Tijuana.", "es", {"killed": 3}),
        (
            "Sicarios asesinaron a un abogado y a otros dos hombres en Culiacán.",
            "es",
            {"killed": 3},
        ),
        ("Detuvieron a tres hombres y a otros dos en Tijuana.", "es", {"arrested": 5}),
        ("Gunmen killed a lawyer and two other men in Culiacán.", "en", {"killed": 3}),
        # Others who only arrived are a force sent.
        (
            "Llegaron a Tijuana un comandante y otros 40 agentes federales.",
            "es",
            {"personnel": 40},
        ),
    ],
)
def test_others_joined_to_one_share_the_act(
    text: str, language: str, expected: dict[str, int]
) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # An arrest named as a noun, of one person "and N others" or "and N of his men",
        # takes all of them.
        (
            "Residents cheered the arrest of a deputy mayor and four other officials.",
            "en",
            {"arrested": 5},
        ),
        (
            'Prosecutors announced the capture of Omar Lira, alias "El Gato," and two of his'
            " gunmen in Petén.",
            "en",
            {"arrested": 3},
        ),
        (
            "La fiscalía informó de la captura de un jefe de plaza y otros tres pistoleros.",
            "es",
            {"arrested": 4},
        ),
        (
            "La fiscalía informó de la detención de Omar Lira y de tres de sus escoltas.",
            "es",
            {"arrested": 4},
        ),
    ],
)
def test_an_arrest_noun_of_one_and_others_counts_them_all(
    text: str, language: str, expected: dict[str, int]
) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # The arrest for a killing is its own act, told in its own record: the killing's
        # record counts no one arrested.
        (
            "CIUDAD JUÁREZ, Chihuahua.- La fiscalía del estado detuvo a seis hombres acusados"
            " del asesinato de un comerciante ocurrido el pasado lunes en Ciudad Juárez.\n\n"
            "El comerciante fue asesinado a balazos el lunes frente a su tienda en la colonia"
            " Centro.\n\nLos seis detenidos fueron capturados el miércoles en un domicilio de"
            " la misma ciudad.",
            "es",
        ),
        (
            "TIJUANA, Mexico -- State police arrested six men accused of the murder of a"
            " shopkeeper in Tijuana last Monday.\n\nThe shopkeeper was shot dead on Monday"
            " outside his store in the city center.\n\nThe six suspects were arrested on"
            " Wednesday at a house in the same city.",
            "en",
        ),
    ],
)
def test_an_arrest_told_as_its_own_act_leaves_the_attack(text: str, language: str) -> None:
    report = Report(
        text=text,
        content_hash=content_hash(text),
        language=language,
        published=dt.date(2024, 5, 10),
    )
    records = process(report)[1]
    assert [r.arrested for r in records if r.event_type == "ASSAULT"] == [None]
    assert 6 in [r.arrested for r in records if r.event_type == "COERCE"]


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        # The people a passive names after "by" did the act: they are not its dead.
        ("On Monday, Tomas Arriaga was killed by three masked gunmen in Puebla.", "en", 1),
        ("A shopkeeper was shot dead by two men on a motorcycle in Celaya.", "en", 1),
        ("El lunes, Tomás Arriaga fue asesinado por tres sujetos encapuchados en Puebla.", "es", 1),
        # The dead counted after the verb still count.
        ("Gunmen killed three farmers near Tapachula on Monday.", "en", 3),
    ],
)
def test_the_agents_of_a_passive_are_not_its_dead(text: str, language: str, killed: int) -> None:
    assert figures(text, language).get("killed") == killed


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        # A count on the subject of an active killing counts the attackers; the dead are
        # its object, one when a single victim is described.
        ("Two gunmen shot dead his brother outside a bakery in Nogales on Monday.", "en", 1),
        ("Three armed men murdered a schoolteacher near Comitan on Sunday.", "en", 1),
        ("Two gunmen killed four police officers in Reynosa on Friday.", "en", 4),
        ("Dos pistoleros mataron a su hermano afuera de una panadería en Nogales.", "es", 1),
        ("Tres hombres armados asesinaron a cuatro policías en Reynosa el viernes.", "es", 4),
        # A headline passive keeps its count: the number names the dead.
        ("Two gunmen killed in a shootout with soldiers near Nuevo Laredo.", "en", 2),
        ("Three people killed a day after the vote in Chilpancingo.", "en", 3),
    ],
)
def test_the_count_of_the_attackers_is_not_the_dead(text: str, language: str, killed: int) -> None:
    assert figures(text, language).get("killed") == killed


def _dead_by_place(text: str, language: str) -> list[tuple[str | None, int | None]]:
    return [(r.place, r.killed) for r in _records(text, language) if r.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The whole toll outranks the one victim named in another sentence.
        (
            "Soldiers clashed with gunmen outside Luvianos on Saturday, and five people were "
            "killed. One of the dead was Ramon Tejeda, a local cell leader, who was shot dead "
            "as he tried to flee.",
            "en",
            [("Luvianos", 5)],
        ),
        (
            "Abaten a jefe de plaza en Luvianos\n\nMilitares abatieron el sábado a Ramón Tejeda, "
            "jefe de una célula criminal, en las afueras de Luvianos. En el enfrentamiento "
            "murieron cinco personas, informó la fiscalía.",
            "es",
            [("Luvianos", 5)],
        ),
        # Estimates in one sentence: still the most conservative.
        (
            "A clash between two armed groups near Motozintla killed at least three people on "
            "Friday, though villagers said they had counted nine bodies.",
            "en",
            [("Motozintla", 3)],
        ),
        (
            "Un enfrentamiento entre dos grupos armados cerca de Motozintla dejó al menos tres "
            "muertos el viernes, aunque los vecinos dijeron haber contado nueve cuerpos.",
            "es",
            [("Motozintla", 3)],
        ),
        # A count over two sites is theirs together, not the first site's.
        (
            "Localizan ocho cuerpos en dos puntos de Zacatecas\n\nLos cuerpos de ocho hombres "
            "fueron localizados ayer en dos puntos de Zacatecas, informó la fiscalía. El primer "
            "hallazgo ocurrió por la mañana a las afueras de Fresnillo, donde vecinos reportaron "
            "seis cadáveres. Horas más tarde, cerca de Jerez, agentes encontraron otros dos "
            "cuerpos.",
            "es",
            [("Fresnillo", 6), ("Jerez", 2)],
        ),
        (
            "Eight bodies found at two sites in Zacatecas\n\nThe bodies of eight men were found "
            "on Monday in two places in Zacatecas, prosecutors said. The first find was in the "
            "morning outside Fresnillo, where residents found six bodies dumped by a road. Hours "
            "later, near Jerez, officers found two more bodies.",
            "en",
            [("Fresnillo", 6), ("Jerez", 2)],
        ),
    ],
)
def test_a_record_takes_the_whole_toll_of_its_act(
    text: str, language: str, expected: list[tuple[str | None, int | None]]
) -> None:
    assert _dead_by_place(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen shot dead a taxi driver in Celaya on Monday. Some 300 taxi drivers have been "
            "murdered in the state since 2015, according to the union.",
            "en",
        ),
        (
            "Asesinan a un taxista en Celaya\n\nHombres armados mataron a un taxista el lunes en "
            "Celaya. Desde 2015 han sido asesinados unos 300 taxistas en el estado, según el "
            "sindicato.",
            "es",
        ),
    ],
)
def test_a_count_over_years_is_not_the_acts_toll(text: str, language: str) -> None:
    assert ("Celaya", 1) in _dead_by_place(text, language)


def _killed_by_type(text: str, language: str) -> list[tuple[str, int | None]]:
    return [(r.event_type, r.killed) for r in _records(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A killing someone is blamed for counts its dead in the killing's record.
        (
            "The governor said a gang of former soldiers was responsible for the massacre of "
            "nine people at a car wash on May 3 in Comalcalco.",
            "en",
            [("ASSAULT", 9)],
        ),
        (
            "El gobernador dijo que una banda de exmilitares fue responsable de la masacre de "
            "nueve personas en un autolavado de Comalcalco el 3 de mayo.",
            "es",
            [("ASSAULT", 9)],
        ),
        # The arrest for it counts no dead.
        (
            "Detienen en Tapachula a cinco presuntos pandilleros por el asesinato de dos "
            "migrantes\n\nLa fiscalía detuvo a cinco hombres acusados del asesinato de dos "
            "migrantes ocurrido el jueves en Tapachula.",
            "es",
            [("COERCE", None), ("ASSAULT", 2)],
        ),
        (
            "Police in Tapachula arrested five men on Monday accused of the murder of two "
            "migrants on Thursday.",
            "en",
            [("COERCE", None)],
        ),
        # The dead an arrest is linked to, or a killing its charge names with a verb.
        (
            "Troops arrested nine men in Lerdo linked to the 40 bodies found in a pit.",
            "en",
            [("COERCE", None)],
        ),
        (
            "Soldados detuvieron en Lerdo a nueve hombres relacionados con los 40 cuerpos "
            "hallados en una fosa.",
            "es",
            [("COERCE", None), ("ASSAULT", 40)],
        ),
        (
            "La policía detuvo en Ocosingo a dos hombres acusados de robar a los pasajeros de "
            "un autobús y de matar a Pedro Ruiz.",
            "es",
            [("COERCE", None)],
        ),
    ],
)
def test_a_killing_someone_is_charged_with_counts_its_dead(
    text: str, language: str, expected: list[tuple[str, int | None]]
) -> None:
    assert _killed_by_type(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "shot and killed", "beaten and killed": an irregular participle joined to the verb
        # that names what happened to the people counted.
        ("Two men were shot and killed in Reynosa on Friday.", "en", {"killed": 2}),
        (
            "On Tuesday three men and one woman were shot and killed near Reynosa.",
            "en",
            {"killed": 4},
        ),
        ("Two farmers were beaten and killed by a mob in Puebla.", "en", {"killed": 2}),
        ("Four police officers were shot and wounded in Reynosa.", "en", {"injured": 4}),
        (
            "El martes tres hombres y una mujer fueron baleados y asesinados cerca de Reynosa.",
            "es",
            {"killed": 4},
        ),
        ("Cuatro policías fueron baleados y heridos en Reynosa.", "es", {"injured": 4}),
    ],
)
def test_an_irregular_participle_joins_the_verb_of_the_count(
    text: str, language: str, expected: dict[str, int]
) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "field"),
    [
        # "No one" is a none of people; the "one" in it is no person arrested.
        (
            "The navy said no one was arrested in the search of a farm near Palenque.",
            "en",
            "arrested",
        ),
        (
            "THE NAVY SAID NO ONE WAS ARRESTED IN THE SEARCH OF A FARM NEAR PALENQUE.",
            "en",
            "arrested",
        ),
        ("No one was killed when gunmen fired on a bus outside Tapachula.", "en", "killed"),
        ("NOBODY WAS INJURED WHEN A GRENADE HIT THE BARRACKS IN COMITAN.", "en", "injured"),
        (
            "La marina informó que nadie fue detenido en el cateo de un rancho en Palenque.",
            "es",
            "arrested",
        ),
        (
            "LA MARINA INFORMÓ QUE NADIE FUE DETENIDO EN EL CATEO DE UN RANCHO EN PALENQUE.",
            "es",
            "arrested",
        ),
        ("Hubo una balacera en Comitán sin que se reportaran personas heridas.", "es", "injured"),
    ],
)
def test_a_denied_figure_counts_none(text: str, language: str, field: str) -> None:
    assert figures(text, language).get(field) == 0


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gang Boss Killed in Tabasco. When the soldiers arrived, the boss and his guards "
            "opened fire and tried to drive away, but were detained after a short gunfight. "
            "The boss died in the shootout, and the soldiers captured three of his men.",
            "en",
        ),
        (
            "Abaten a jefe de una banda en Tabasco. Al llegar los soldados, el jefe y sus "
            "escoltas abrieron fuego e intentaron huir, pero fueron detenidos tras un breve "
            "tiroteo. El jefe murió en el enfrentamiento y los soldados capturaron a tres de "
            "sus hombres.",
            "es",
        ),
    ],
)
def test_an_uncounted_arrest_yields_to_the_count_told_elsewhere(text: str, language: str) -> None:
    # "were detained" says only that someone was held; the count told in another sentence
    # of the same act says how many.
    arrested = [r.arrested for r in _records(text, language) if r.arrested is not None]
    assert 3 in arrested
    assert 1 not in arrested


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "State police arrested four people in Tepatitlan, Jalisco. The four detainees "
            "belong to a gang of car thieves.\n\nSeparately, soldiers repelled an attack by "
            "an armed group in the municipality of Arandas. It said that at the scene three "
            "attackers died and two more were arrested.",
            "en",
        ),
        (
            "Policías estatales detuvieron a cuatro personas en Tepatitlán, Jalisco. Los "
            "cuatro detenidos pertenecen a una banda de ladrones de autos.\n\nPor otra parte, "
            "unos soldados repelieron a balazos a varios pistoleros cerca de Arandas. Dijo que "
            "ahí murieron tres de los atacantes y se logró la captura de otros dos.",
            "es",
        ),
    ],
)
def test_a_clash_outcome_with_dead_and_arrests_stays_with_the_clash(
    text: str, language: str
) -> None:
    records = _records(text, language)
    assert [(r.killed, r.arrested) for r in records if r.event_type == "ASSAULT"] == [(3, 2)]
    assert [(r.killed, r.arrested) for r in records if r.event_type == "COERCE"] == [(None, 4)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Municipal police arrested a taxi driver in Nogales on Friday, and on Wednesday "
            "gunmen shot dead his brother outside a bakery in Agua Prieta.",
            "en",
        ),
        (
            "Policías municipales detuvieron el viernes a un taxista en Nogales, y el miércoles "
            "hombres armados mataron a balazos a su hermano frente a una panadería en Agua Prieta.",
            "es",
        ),
    ],
)
def test_an_arrest_and_a_killing_on_days_of_their_own_stay_apart(text: str, language: str) -> None:
    # Published on Tuesday 27 May 2025: Friday is the 23rd, Wednesday the 21st.
    records = _records(text, language)
    arrests = [r for r in records if r.event_type == "COERCE"]
    killings = [r for r in records if r.event_type == "ASSAULT"]
    assert [(r.arrested, r.date, r.place) for r in arrests] == [
        (1, dt.date(2025, 5, 23), "Nogales")
    ]
    assert [(r.killed, r.arrested, r.date, r.place) for r in killings] == [
        (1, None, dt.date(2025, 5, 21), "Agua Prieta")
    ]
    assert not any(a.sector == "COP" for r in killings for a in r.actors)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "On Friday soldiers clashed with gunmen near Sasabe, killing one of them, and "
            "arrested two others.",
            "en",
        ),
        (
            "El viernes militares se enfrentaron con pistoleros cerca de Sásabe, abatieron a "
            "uno y detuvieron a otros dos.",
            "es",
        ),
    ],
)
def test_arrests_in_a_clash_told_with_one_day_stay_with_the_clash(text: str, language: str) -> None:
    records = _records(text, language)
    assert [(r.event_type, r.killed, r.arrested) for r in records] == [("ASSAULT", 1, 2)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # The gerund after the act tells its toll, in Spanish as in English.
        (
            "Sicarios atacaron un autobús en Tapachula, matando a dos e hiriendo a tres.",
            "es",
            {"killed": 2, "injured": 3},
        ),
        (
            "Un comando irrumpió en un bar de Colima, asesinando a cuatro clientes y lesionando"
            " a otros dos.",
            "es",
            {"killed": 4, "injured": 2},
        ),
        (
            "Gunmen raided a bus in Tapachula, killing two riders and wounding three.",
            "en",
            {"killed": 2, "injured": 3},
        ),
    ],
)
def test_a_gerund_after_the_act_tells_its_toll(
    text: str, language: str, expected: dict[str, int]
) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A relative after "y a su" / "and his" is a second person of the same act.
        ("Sicarios mataron a un hombre y a su hermano en Tapachula.", "es", {"killed": 2}),
        ("Detienen a un sujeto y a su esposa en un retén de Comitán", "es", {"arrested": 2}),
        ("Pistoleros hirieron a una mujer y a su hijo afuera de una tienda.", "es", {"injured": 2}),
        ("Gunmen killed a farmer and his brother near Tapachula on Monday.", "en", {"killed": 2}),
        ("Police arrested a suspect and his wife at a checkpoint.", "en", {"arrested": 2}),
        ("Soldiers killed Ramiro Tello and his son outside Reynosa.", "en", {"killed": 2}),
        # A plural relative says no number; a possessive names no second person.
        ("Sicarios mataron a un hombre y a sus hijos en Tapachula.", "es", {"killed": 1}),
        ("Gunmen killed a farmer and his brother's dog near Tapachula.", "en", {"killed": 1}),
        ("Gunmen killed a farmer and his brother fled to Tapachula.", "en", {"killed": 1}),
    ],
)
def test_a_relative_named_after_the_victim_is_a_second_person(
    text: str, language: str, expected: dict[str, int]
) -> None:
    assert figures(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # One person wounded with no article is one, as with the killed and the arrested.
        ("Pistoleros hieren a comerciante en Tapachula", "es", {"injured": 1}),
        ("Lesionan a taxista durante un asalto en Comitán", "es", {"injured": 1}),
        ("Hieren a Rosendo Quiroga afuera de su casa en Tapachula", "es", {"injured": 1}),
        ("Gunmen wounded Ramiro Tello outside his shop in Tapachula.", "en", {"injured": 1}),
        ("Gunmen wounded Rosendo Quiroga and Lidia Mora in Tapachula.", "en", {"injured": 2}),
        # A plural without a number stays null.
        ("Hieren a comerciantes en un mercado de Tapachula", "es", {}),
        ("Police injured protesters in Tapachula on Monday.", "en", {}),
    ],
)
def test_one_wounded_person_without_an_article_is_one(
    text: str, language: str, expected: dict[str, int]
) -> None:
    assert figures(text, language) == expected


# The act's time and place set off by commas between the verb and its count ("detained on
# Monday, in Tapachula, 40 migrants") do not hide the count from the verb.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Immigration agents detained on Monday, in Tapachula, 40 migrants.",
            "en",
            {"arrested": 40},
        ),
        (
            "Agentes migratorios detuvieron el lunes, en Tapachula, a 40 migrantes.",
            "es",
            {"arrested": 40},
        ),
        (
            "Police arrested on Friday, in Saltillo, Coahuila, three suspects.",
            "en",
            {"arrested": 3},
        ),
        ("Gunmen killed on Sunday, in Tepic, four farmers.", "en", {"killed": 4}),
        ("Sicarios mataron el domingo, en Tepic, a cuatro campesinos.", "es", {"killed": 4}),
    ],
)
def test_a_setting_set_off_by_commas_keeps_the_count(
    text: str, language: str, expected: dict[str, int]
) -> None:
    assert figures(text, language) == expected


# "between 80 and 90 officers", "entre 80 y 90 agentes": a range is its lower bound, the most
# conservative figure, not a sum.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Between 80 and 90 federal officers arrived to reinforce the city.",
            "en",
            {"personnel": 80},
        ),
        (
            "Llegaron entre 80 y 90 agentes federales para reforzar la ciudad.",
            "es",
            {"personnel": 80},
        ),
        ("Police detained between 12 and 15 suspects in the raid.", "en", {"arrested": 12}),
        ("La policía detuvo a entre 12 y 15 sospechosos en el cateo.", "es", {"arrested": 12}),
    ],
)
def test_a_range_counts_its_lower_bound(text: str, language: str, expected: dict[str, int]) -> None:
    assert figures(text, language) == expected


# Families are no count of people (labelling conventions): "300 families fled" leaves the
# displaced unknown; "three family members" are people.
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Some 300 families fled their homes after the threats.", "en", {}),
        ("Unas 300 familias huyeron de sus casas tras las amenazas.", "es", {}),
        ("About 300 people fled their homes after the threats.", "en", {"displaced": 300}),
        ("Gunmen killed three family members in Tepic.", "en", {"killed": 3}),
    ],
)
def test_families_are_no_count_of_people(
    text: str, language: str, expected: dict[str, int]
) -> None:
    assert figures(text, language) == expected


# English joins two modifiers of one noun with "and" ("60 municipal and state officers"); the
# Spanish modifiers follow the noun ("140 policías estatales y federales").
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Some 140 municipal and state officers searched the hills for the students.", "en"),
        ("Unos 140 policías estatales y federales buscaron a los estudiantes en el cerro.", "es"),
    ],
)
def test_two_modifiers_joined_by_and_keep_the_personnel_count(text: str, language: str) -> None:
    assert figures(text, language) == {"personnel": 140}


# A line in capitals after "en" must not make the setting of a count backtrack without end
# (a name split inside a word): the setting pattern answers at once.
def test_a_capitals_line_does_not_stall_the_setting_pattern() -> None:
    assert _SETTING_GAP.match("EN TAPACHULACHIAPASFRONTERASURMEXICOPOLICIAESTATAL A") is None
    assert _SETTING_GAP.match("en Tapachula, Chiapas, a ") is not None


# A clock time after a killing ("at 1720", "a las 2130", a time with its GMT twin in brackets)
# tells when, not how many.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The farm leader was gunned down at 1720 on Sunday.", "en"),
        ("The farm leader was gunned down at around 2215 (0415 GMT) last night.", "en"),
        ("THE FARM LEADER WAS GUNNED DOWN AT ABOUT 1640 (2140 GMT) YESTERDAY.", "en"),
        ("El líder campesino fue abatido a las 2130 de anoche.", "es"),
        ("EL LÍDER CAMPESINO FUE ABATIDO APROXIMADAMENTE A LAS 1640 (2140 GMT) DE AYER.", "es"),
    ],
)
def test_a_clock_time_is_no_toll(text: str, language: str) -> None:
    assert figures(text, language).get("killed", 0) <= 1

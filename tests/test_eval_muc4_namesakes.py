"""MUC-4 LOCATION: places the gazetteer read at a namesake abroad, and a village named before
the jurisdiction it lies in."""

from __future__ import annotations

from hito.evaluation import muc4
from hito.evaluation.muc4_fills import LocationFill
from hito.models import EventRecord


def _record(
    sentence: str, place: str, country: str, admin1: str | None = None, precision: int = 1
) -> EventRecord:
    return EventRecord(
        event_type="ASSAULT",
        country=country,
        admin1=admin1,
        place=place,
        geo_precision=precision,
        evidence=[sentence],
    )


def _location(record: EventRecord, text: str) -> LocationFill | None:
    line = text.split(" -- ")[0] + " --"
    (resp,) = muc4.response_templates([record], line, text)
    return resp.location


def test_a_longer_name_beats_a_large_namesake_abroad() -> None:
    # "SAN LUIS" alone is a large Argentine city; the sentence names a village at home.
    sentence = (
        "ACCORDING TO THE GARRISON, THE INVENTED RAID TOOK PLACE IN SAN LUIS DE LAS TORTUGAS."
    )
    text = f"SAN SALVADOR, 3 JAN 90 -- {sentence}"
    record = _record(sentence, "SAN LUIS", "AR", "San Luis")
    assert _location(record, text) == LocationFill("el salvador", (("san luis de las tortugas",),))
    sentence = "SEGÚN LA GUARNICIÓN, EL ASALTO INVENTADO OCURRIÓ EN SAN LUIS DE LAS TORTUGAS."
    text = f"SAN SALVADOR, 3 JAN 90 -- {sentence}"
    record = _record(sentence, "SAN LUIS", "AR", "San Luis")
    assert _location(record, text) == LocationFill("el salvador", (("san luis de las tortugas",),))


def test_the_department_named_picks_the_home_namesake() -> None:
    # "GRANADA" read as the island country: the Colombian town in the department named.
    for sentence in (
        "AN INVENTED JUDGE WAS ABDUCTED IN CENTRAL GRANADA, ANTIOQUIA.",
        "UNA CONCEJAL INVENTADA FUE SECUESTRADA EN EL CENTRO DE GRANADA, ANTIOQUIA.",
    ):
        record = _record(sentence, "GRANADA", "GD", precision=4)
        text = f"BOGOTA, 2 MAR 90 -- {sentence}"
        assert _location(record, text) == LocationFill("colombia", (("antioquia",), ("granada",)))


def test_a_small_town_of_a_country_the_text_never_names_is_read_at_home() -> None:
    # A Peruvian story (its dateline) whose district the gazetteer knows only in Argentina.
    for sentence in (
        "AN INVENTED DEPUTY WAS SHOT IN FRONT OF HIS SHOP IN VILLA EL SALVADOR.",
        "UN DIPUTADO INVENTADO FUE BALEADO FRENTE A SU TIENDA EN VILLA EL SALVADOR.",
    ):
        record = _record(sentence, "VILLA EL SALVADOR", "AR", "San Juan")
        text = f"LIMA, 7 MAY 89 -- {sentence}"
        assert _location(record, text) == LocationFill("peru", (("villa el salvador",),))


def test_a_known_city_abroad_keeps_its_country() -> None:
    # A story filed in Tegucigalpa about a bomb in San Salvador: the city is what it says.
    sentence = "ON THAT DAY, 8 PEOPLE DIED IN SAN SALVADOR FROM AN INVENTED BOMB BLAST."
    text = f"TEGUCIGALPA, 29 APR 88 -- HONDURAN SOURCES SAID IT. {sentence}"
    record = _record(sentence, "SAN SALVADOR", "SV", "San Salvador")
    fill = _location(record, text)
    assert fill is not None and fill.country == "el salvador"
    assert fill.specific == ("san salvador",)


def test_a_large_city_of_a_country_the_text_never_names_is_no_scene() -> None:
    # A Salvadoran story naming Medellin only for a meeting held there long ago: no word of
    # the text names Colombia, and only a national capital is known abroad by name alone.
    for sentence in (
        "YEARS AFTER THE BISHOPS MET IN MEDELLIN, INVENTED GUNMEN KILLED A PRIEST.",
        "AÑOS DESPUÉS DE QUE LOS OBISPOS SE REUNIERAN EN MEDELLIN, UNOS PISTOLEROS INVENTADOS"
        " MATARON A UN SACERDOTE.",
    ):
        record = _record(sentence, "MEDELLIN", "CO", "Antioquia")
        text = f"SAN SALVADOR, 20 NOV 89 -- SALVADORAN SOURCES SAID IT. {sentence}"
        fill = _location(record, text)
        assert fill is not None and fill.country == "el salvador"


def test_a_village_before_its_jurisdiction_is_the_place() -> None:
    # The jurisdiction only says where the village lies; MUC keys the village.
    sentence = (
        "THE INVENTED AIR FORCE BOMBED A SETTLEMENT IN TARQUELITO, SAN ISIDRO TARQUELO"
        " JURISDICTION, CHALATENANGO DEPARTMENT."
    )
    record = _record(sentence, "CHALATENANGO", "SV", "Chalatenango", precision=3)
    text = f"SAN SALVADOR, 11 FEB 90 -- {sentence}"
    assert _location(record, text) == LocationFill("el salvador", (("tarquelito",),))


def test_a_place_naming_a_body_of_people_is_no_scene() -> None:
    # "THE X CANTON CIVIL DEFENSE" names who the victims were, not where they were killed.
    sentence = (
        "TWO INVENTED MEN, MEMBERS OF THE LOS TARQUELOS CANTON CIVIL DEFENSE, WERE MURDERED"
        " IN THE FAR NORTH OF SAN SALVADOR."
    )
    record = _record(sentence, "SAN SALVADOR", "SV", "San Salvador")
    text = f"SAN SALVADOR, 14 MAR 89 -- {sentence}"
    fill = _location(record, text)
    assert fill is not None and fill.specific == ("san salvador",)
    sentence = "THE INVENTED BOMB WENT OFF IN THE LOS TARQUELOS NEIGHBORHOOD OF SAN SALVADOR."
    record = _record(sentence, "SAN SALVADOR", "SV", "San Salvador")
    text = f"SAN SALVADOR, 14 MAR 89 -- {sentence}"
    assert _location(record, text) == LocationFill("el salvador", (("los tarquelos",),))


def test_a_named_airport_is_the_place_below_its_town() -> None:
    # MUC keys the airport by its own name; one named for its town is the town.
    sentence = "AN INVENTED GUNMAN KILLED TWO PEOPLE AT THE LOS TARQUELOS AIRPORT IN RIONEGRO."
    record = _record(sentence, "RIONEGRO", "CO", "Antioquia")
    text = f"BOGOTA, 4 SEP 89 -- {sentence}"
    assert _location(record, text) == LocationFill("colombia", (("los tarquelos airport",),))
    for sentence in (
        "AN INVENTED BOMB DESTROYED A PLANE AT THE RIONEGRO AIRPORT.",
        "AN INVENTED BOMB DESTROYED A PLANE AT THE LOCAL AIRPORT IN RIONEGRO.",
    ):
        record = _record(sentence, "RIONEGRO", "CO", "Antioquia")
        text = f"BOGOTA, 4 SEP 89 -- {sentence}"
        fill = _location(record, text)
        assert fill is not None and fill.specific == ("rionegro",)


def test_an_airport_named_like_a_hamlet_is_the_airport() -> None:
    # The gazetteer read the airport's name as a village of that name far away: the name is
    # the airport's own, not its town's.
    for sentence in (
        "AN INVENTED GUNMAN KILLED A SENATOR IN THE EL DORADO INTERNATIONAL AIRPORT LOBBY.",
        "AN INVENTED GUNMAN KILLED A SENATOR AT EL DORADO AIRPORT TODAY.",
    ):
        record = _record(sentence, "El Dorado", "CO", "Meta")
        text = f"BOGOTA, 4 SEP 89 -- {sentence}"
        fill = _location(record, text)
        assert fill is not None and fill.specific[0].startswith("el dorado "), sentence


def test_a_record_placed_nowhere_takes_the_filing_town_its_body_names() -> None:
    # The geoparser placed the act nowhere; its sentence names the dateline's town.
    line = "SAN SALVADOR, 13 NOV 89 (INVENTED) --"
    for sentence in (
        "THE INVENTED BOMB WENT OFF AT DAWN IN ONE PART OF SAN SALVADOR WHERE FIGHTING GOES ON.",
        "LA BOMBA INVENTADA ESTALLÓ HOY EN UNA ZONA DE SAN SALVADOR.",
    ):
        record = EventRecord(event_type="ASSAULT", geo_precision=4, evidence=[sentence])
        fill = muc4._location(record, line, "SV", {}, f"{line} {sentence}")
        assert fill is not None and fill.country == "el salvador"
        assert fill.specific == ("san salvador",)
    # Named only as a word of something else, the town says nothing of the scene.
    sentence = "THE SAN SALVADOR ARCHBISHOP CONDEMNED THE INVENTED MURDER OF A TEACHER."
    record = EventRecord(event_type="ASSAULT", geo_precision=4, evidence=[sentence])
    fill = muc4._location(record, line, "SV", {}, f"{line} {sentence}")
    assert fill == LocationFill("el salvador")


def test_a_record_placed_at_the_country_takes_the_filing_town_its_body_names() -> None:
    # The geoparser found the country alone (a town in the possessive names no town for it);
    # the sentence names the dateline's town as the scene.
    for line, country, sentence, town in (
        (
            "GUATEMALA CITY, 2 MAR 90 (INVENTED) --",
            "GT",
            "AN INVENTED CHARGE WENT OFF IN GUATEMALA CITY'S ZONE 4, BREAKING A SHOP'S WINDOWS.",
            "guatemala city",
        ),
        (
            "SAN SALVADOR, 2 MAR 90 (INVENTED) --",
            "SV",
            "UNA CARGA INVENTADA ESTALLÓ ANOCHE EN UN COMERCIO DE SAN SALVADOR, SIN HERIDOS.",
            "san salvador",
        ),
    ):
        record = EventRecord(
            event_type="ASSAULT", country=country, geo_precision=4, evidence=[sentence]
        )
        fill = muc4._location(record, line, country, {}, f"{line} {sentence}")
        assert fill is not None and fill.specific == (town,), sentence
    # Named only as a word of something else, the town says nothing of the scene.
    line = "GUATEMALA CITY, 2 MAR 90 (INVENTED) --"
    sentence = "THE GUATEMALA CITY ARCHBISHOP CONDEMNED THE INVENTED MURDER OF A TEACHER."
    record = EventRecord(event_type="ASSAULT", country="GT", geo_precision=4, evidence=[sentence])
    assert muc4._location(record, line, "GT", {}, f"{line} {sentence}") == LocationFill("guatemala")


def test_a_named_university_the_act_took_place_at_is_the_place() -> None:
    # MUC keys a university by its name (UNIVERSITY), even where the dateline alone placed
    # the record: its sentence tells the scene.
    text_line = "SAN SALVADOR, 9 DEC 89 --"
    for sentence, site in (
        ("SIX INVENTED TEACHERS WERE SHOT AT THE CENTRAL AMERICAN UNIVERSITY.", "central american"),
        ("AN INVENTED GUARD WAS KILLED IN THE TARQUELO VALLEY UNIVERSITY.", "tarquelo valley"),
        ("THE INVENTED BOMB WENT OFF INSIDE THE STATE-RUN TARQUELO UNIVERSITY.", "tarquelo"),
    ):
        record = _record(sentence, "SAN SALVADOR", "SV", "San Salvador")
        text = f"{text_line} {sentence}"
        assert _location(record, text) == LocationFill("el salvador", ((f"{site} university",),))


def test_a_university_only_near_or_unnamed_is_no_place() -> None:
    for sentence in (
        "AN INVENTED JUDGE WAS SHOT NEAR THE TARQUELO UNIVERSITY IN SAN SALVADOR.",
        "AN INVENTED BOMB WENT OFF AT THE LOCAL UNIVERSITY IN SAN SALVADOR.",
        "THE INVENTED RECTOR OF THE TARQUELO UNIVERSITY WAS SHOT IN SAN SALVADOR.",
        # Named for its town, as "THE RIONEGRO AIRPORT" is: MUC keys the town.
        "AN INVENTED BOMB WENT OFF AT THE SAN SALVADOR UNIVERSITY.",
    ):
        record = _record(sentence, "SAN SALVADOR", "SV", "San Salvador")
        fill = _location(record, f"SAN SALVADOR, 9 DEC 89 -- {sentence}")
        assert fill is not None and fill.specific == ("san salvador",)


def test_an_act_on_the_campus_is_at_the_university_named() -> None:
    # "ENTERED THE CAMPUS", "ON UNIVERSITY GROUNDS": the scene is the university the record's
    # sentences name before it (MUC keys it by name), in either form of the name.
    line = "SAN SALVADOR, 9 DEC 89 --"
    for sentence, site in (
        (
            "THE INVENTED RECTOR OF THE TARQUELO UNIVERSITY SAID THAT A PATROL ENTERED THE"
            " UNIVERSITY CAMPUS AT DAWN AND WOUNDED A JANITOR.",
            "tarquelo university",
        ),
        (
            "TWO DEANS FROM THE UNIVERSITY OF EL SALVADOR CONDEMNED THE INVENTED MURDER OF A"
            " DEAN, WHO WAS SHOT ON UNIVERSITY GROUNDS.",
            "university of el salvador",
        ),
    ):
        record = _record(sentence, "SAN SALVADOR", "SV", "San Salvador")
        assert _location(record, f"{line} {sentence}") == LocationFill("el salvador", ((site,),))


def test_a_campus_takes_the_one_university_the_message_names() -> None:
    line = "BOGOTA, 7 SEP 89 --"
    lead = "INVENTED STUDENTS MARCHED AT THE TARQUELO UNIVERSITY TODAY."
    act = "SHOTS AND BOMB EXPLOSIONS WERE HEARD INSIDE THE CAMPUS."
    record = _record(act, "BOGOTA", "CO", "Bogota D.C.")
    assert _location(record, f"{line} {lead} {act}") == LocationFill(
        "colombia", (("tarquelo university",),)
    )
    # Two universities named elsewhere: the campus is not known to be either.
    other = "THE MONTEBON UNIVERSITY CLOSED ITS DOORS."
    fill = _location(record, f"{line} {lead} {other} {act}")
    assert fill is not None and fill.specific != ("tarquelo university",)
    # Students of a university are no place of their own ("X UNIVERSITY STUDENTS").
    lead = "NINE INVENTED GUATEMALAN UNIVERSITY STUDENTS MARCHED TODAY."
    fill = _location(record, f"{line} {lead} {act}")
    assert fill is not None and fill.specific != ("guatemalan university",)
    # Troops only around the campus place no act on it.
    act = "RIOT POLICE SURROUNDED THE UNIVERSITY CAMPUS AND SHOT A STUDENT."
    record = _record(act, "BOGOTA", "CO", "Bogota D.C.")
    fill = _location(record, f"{line} INVENTED STUDENTS MARCHED AT THE TARQUELO UNIVERSITY. {act}")
    assert fill is not None and fill.specific != ("tarquelo university",)

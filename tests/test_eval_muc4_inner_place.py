"""MUC-4 LOCATION: a site named as lying in or near the record's own town or department."""

from __future__ import annotations

from hito.evaluation import muc4
from hito.models import EventRecord

LINE = "BOGOTA, 3 MAR 90 --"


def _record(
    sentence: str, place: str | None = "Medellín", admin1: str = "Antioquia", precision: int = 1
) -> EventRecord:
    return EventRecord(
        event_type="ASSAULT",
        country="CO",
        admin1=admin1,
        place=place,
        geo_precision=precision,
        evidence=[sentence],
    )


def _specific(record: EventRecord, text: str = "") -> tuple[str, ...] | None:
    resps = muc4.response_templates([record], LINE, text)
    assert resps and resps[0].location is not None
    return resps[0].location.specific


def test_a_site_beside_the_records_town_is_the_most_specific_place() -> None:
    # MUC keys the site; the town the pipeline placed the act in only says where it lies.
    for sentence in (
        "AN INVENTED BOMB WRECKED A BANK IN VALDORRA, ON THE OUTSKIRTS OF MEDELLIN.",
        "THE INVENTED FACTORY LOCATED IN VALDORRA, SOUTHERN MEDELLIN, WAS BURNED.",
        "GUNMEN SHOT AN INVENTED JUDGE NEAR VALDORRA, 12 KM NORTH OF MEDELLIN.",
        "UNA BOMBA INVENTADA DESTRUYÓ UN BANCO EN VALDORRA, EN LAS AFUERAS DE MEDELLÍN.",
        "PISTOLEROS ATACARON UN PUESTO EN VALDORRA, A 12 KILÓMETROS AL NORTE DE MEDELLÍN.",
    ):
        assert _specific(_record(sentence)) == ("valdorra",), sentence


def test_a_site_in_the_records_department_is_the_most_specific_place() -> None:
    # The pipeline knew only the department; the village the sentence names is below it.
    for sentence in (
        "AN INVENTED PYLON WAS BLOWN UP IN LOMA CORTA, ANTIOQUIA DEPARTMENT.",
        "AN INVENTED MINE EXPLODED NEAR LOMA CORTA IN ANTIOQUIA DEPARTMENT.",
        "THE RAID ON LOMA CORTA, 9 KM FROM THE CAPITAL OF ANTIOQUIA DEPARTMENT, LEFT 4 DEAD.",
        "UNA TORRE INVENTADA FUE DERRIBADA EN LOMA CORTA, DEPARTAMENTO DE ANTIOQUIA.",
    ):
        record = _record(sentence, place=None, precision=3)
        assert _specific(record) == ("loma corta",), sentence


def test_a_site_beside_another_town_or_a_river_is_not_read() -> None:
    # Another town than the record's own: the act may be that other one's.
    other = _record("AN INVENTED BOMB WENT OFF IN VALDORRA, 12 KM NORTH OF CALI.")
    assert _specific(other) != ("valdorra",)
    # A river runs past the site; "TOWN" or "CITY" after a name is not part of it.
    river = _record("A BODY WAS FOUND NEAR THE VERDIO RIVER, SOUTHERN MEDELLIN.")
    assert _specific(river) == ("medellin",)
    town = _record("AN INVENTED BOMB WENT OFF IN VALDORRA TOWN, 12 KM NORTH OF MEDELLIN.")
    assert _specific(town) == ("valdorra",)
    # A list of towns names no site: "IN CALI, IN MEDELLIN AND IN BOGOTA".
    listed = _record("INVENTED BOMBS WENT OFF IN VALDORRA, SOUTHERN MEDELLIN AND IN CALI.")
    assert _specific(listed) == ("medellin",)


def test_the_only_such_site_of_the_message_fills_a_record_that_does_not_name_it() -> None:
    # The sentence naming the site is often not one the pipeline joined to the act.
    record = _record("THERE HAS BEEN ANOTHER INVENTED ATTACK IN MEDELLIN.")
    text = (
        "BOGOTA, 3 MAR 90 -- THERE HAS BEEN ANOTHER INVENTED ATTACK IN MEDELLIN. THE TARGET\n"
        "WAS A PAINT FACTORY LOCATED IN VALDORRA, SOUTHERN MEDELLIN."
    )
    assert _specific(record, text) == ("valdorra",)
    # Two such sites: which is this act's is not told.
    two = text + " ANOTHER BOMB WENT OFF IN SAN TELMO, NORTHERN MEDELLIN."
    assert _specific(record, two) == ("medellin",)


def test_a_farm_is_keyed_by_its_name_alone() -> None:
    # MUC's set list of places names a farm without the word for it ("X (FARM)"), as it
    # names a town without "TOWN".
    for sentence in (
        "GUERRILLAS BURNED AN INVENTED BARN AT THE VALDORRA FARM, ANTIOQUIA DEPARTMENT.",
        "LOS GUERRILLEROS QUEMARON UN GRANERO INVENTADO EN LA FINCA VALDORRA, DEPARTAMENTO DE"
        " ANTIOQUIA.",
        "UNOS HOMBRES ARMADOS MATARON A UN CAPATAZ INVENTADO EN LA HACIENDA VALDORRA,"
        " DEPARTAMENTO DE ANTIOQUIA.",
    ):
        record = _record(sentence, place=None, precision=3)
        assert _specific(record) == ("valdorra",), sentence
    beside = _record("GUERRILLAS BURNED AN INVENTED BARN AT THE VALDORRA FARM, 9 KM FROM MEDELLIN.")
    assert _specific(beside) == ("valdorra",)


def test_a_site_measured_from_the_national_capital_is_the_most_specific_place() -> None:
    # Wire copy measures from the capital by what it is, not by its name; the record at the
    # capital, or at its country alone, lies at the site the sentence names.
    for sentence in (
        "GUNMEN SHOT AN INVENTED JUDGE IN VALDORRA, 37 KM SOUTHWEST OF THE CAPITAL.",
        "AN INVENTED BOMB WENT OFF IN VALDORRA, ABOUT 23 KM NORTH OF THE COLOMBIAN CAPITAL.",
        "AN INVENTED CHARGE EXPLODED IN VALDORRA, APPROXIMATELY 9 KM EAST OF THIS CAPITAL.",
        "PISTOLEROS MATARON A UN JUEZ EN VALDORRA, A 37 KILÓMETROS AL SUR DE LA CAPITAL.",
        "UNA BOMBA EXPLOTÓ EN VALDORRA, A UNOS 23 KILÓMETROS AL NORTE DE ESTA CAPITAL.",
    ):
        for place, admin1, precision in (("Bogotá", "Bogotá D.C.", 1), (None, None, 4)):
            record = _record(sentence, place=place, admin1=admin1, precision=precision)
            assert _specific(record) == ("valdorra",), (sentence, place)


def test_a_distance_from_another_capital_or_from_a_department_capital_is_not_read() -> None:
    # A record at another town: the site lies near the capital, not near the act.
    town = _record("AN INVENTED BOMB WENT OFF IN VALDORRA, 37 KM SOUTH OF THE CAPITAL.")
    assert _specific(town) != ("valdorra",)
    # "The capital of X department" is that department's seat, not the nation's.
    seat = _record(
        "AN INVENTED BOMB WENT OFF IN VALDORRA, 37 KM SOUTH OF THE CAPITAL OF HUILA.",
        place="Bogotá",
        admin1="Bogotá D.C.",
    )
    assert _specific(seat) != ("valdorra",)
    # Read from another sentence of the message, such a site is as often another act's.
    capital = _record("THERE HAS BEEN ANOTHER INVENTED ATTACK IN BOGOTA.", place="Bogotá")
    text = (
        "BOGOTA, 3 MAR 90 -- THERE HAS BEEN ANOTHER INVENTED ATTACK IN BOGOTA. TROOPS FOUGHT\n"
        "REBELS IN VALDORRA, 37 KM NORTH OF THE CAPITAL."
    )
    assert _specific(capital, text) == ("bogota",)


def test_a_mountain_is_keyed_by_its_name_alone() -> None:
    # The set list names a mountain "X (MOUNTAIN)": the kind apart from the name.
    record = _record(
        "AN INVENTED BOMB WENT OFF ON VALDORRA MOUNTAIN, 23 KM WEST OF THE CAPITAL.",
        place=None,
        admin1=None,
        precision=4,
    )
    assert _specific(record) == ("valdorra",)

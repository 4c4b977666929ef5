"""MUC-4 LOCATION: an act on a road or a trip between two named places is keyed by the range."""

from __future__ import annotations

from hito.evaluation import muc4
from hito.evaluation.muc4_fills import LocationFill
from hito.evaluation.muc4_routes import route_ends
from hito.models import EventRecord

LINE = "BOGOTA, 2 FEB 90 --"


def _record(sentence: str, place: str = "CUCUTA", precision: int = 1) -> EventRecord:
    return EventRecord(
        event_type="ASSAULT",
        country="CO",
        admin1="Norte de Santander",
        place=place,
        geo_precision=precision,
        evidence=[sentence],
    )


def test_a_route_between_two_places_is_read() -> None:
    for sentence, ends in (
        ("A MINE EXPLODED ON THE HIGHWAY BETWEEN CUCUTA AND SARDINATA.", ("CUCUTA", "SARDINATA")),
        (
            "THE JEEP WAS TRAVELING BETWEEN SARDINATA AND THE RURAL AREA CALLED TIBU WHEN HIT.",
            ("SARDINATA", "TIBU"),
        ),
        (
            "THE ROAD LEADING FROM PEREIRA TO MEDELLIN WAS MINED BY REBELS.",
            ("PEREIRA", "MEDELLIN"),
        ),
        (
            "A GRENADE HIT A BUS ON THE ROAD LINKING BOGOTA WITH VILLAVICENCIO.",
            ("BOGOTA", "VILLAVICENCIO"),
        ),
        ("THE CUCUTA-SARDINATA ROAD WAS BLOCKED BY A BURNING TRUCK.", ("CUCUTA", "SARDINATA")),
        (
            "ON THE CENTRAL HIGHWAY, BETWEEN CUCUTA AND SARDINATA, A MINE EXPLODED.",
            ("CUCUTA", "SARDINATA"),
        ),
    ):
        assert route_ends(sentence, "CO") == ends, sentence


def test_two_sides_or_unknown_names_make_no_route() -> None:
    for sentence in (
        "CLASHES BETWEEN TROOPS AND REBELS WERE REPORTED NEAR CUCUTA.",
        "THE TALKS BETWEEN COLOMBIA AND VENEZUELA ON THE ROAD TO PEACE CONTINUED.",
        "A BOMB WENT OFF IN CUCUTA AND SARDINATA.",
        "THE HIGHWAY BETWEEN ZORBLAT AND QUANTIMER WAS CLOSED.",
        "ON THE ROAD BETWEEN LIMA AND AREQUIPA, 12 PEOPLE DIED.",
    ):
        assert route_ends(sentence, "CO") is None, sentence


def test_an_act_on_a_route_is_placed_at_the_range() -> None:
    record = _record("UNKNOWN MEN FIRED AT A TRUCK ON THE HIGHWAY BETWEEN CUCUTA AND SARDINATA.")
    (resp,) = muc4.response_templates([record], LINE)
    assert resp.location == LocationFill("colombia", (("cucuta", "sardinata"),))


def test_an_act_in_a_town_keeps_the_town() -> None:
    record = _record("A BOMB WENT OFF IN A STORE IN DOWNTOWN CUCUTA, 20 KM FROM SARDINATA.")
    (resp,) = muc4.response_templates([record], LINE)
    assert resp.location == LocationFill("colombia", (("norte de santander",), ("cucuta",)))


def test_a_record_placed_by_its_own_sentence_keeps_that_place() -> None:
    # The road is where another act of the report happened.
    record = _record("REBELS ATTACKED A POST IN THE TOWN OF TIBU.", place="TIBU")
    record.evidence.append("ANOTHER AMBUSH WAS SET ON THE CUCUTA-SARDINATA HIGHWAY.")
    (resp,) = muc4.response_templates([record], LINE)
    assert resp.location is not None and resp.location.specific == ("tibu",)
    # A sector named in the same sentence as the road lies on it: the range is keyed.
    sector = _record(
        "A BOMB WENT OFF IN THE LAS PALMAS SECTOR, ON THE ROAD BETWEEN CUCUTA AND SARDINATA.",
        place="LAS PALMAS",
    )
    (resp,) = muc4.response_templates([sector], LINE)
    assert resp.location == LocationFill("colombia", (("cucuta", "sardinata"),))

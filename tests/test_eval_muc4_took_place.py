"""MUC-4 LOCATION: a sentence of the message telling where the act took place."""

from __future__ import annotations

from hito.evaluation import muc4
from hito.models import EventRecord

LINE = "BOGOTA, 3 MAR 90 --"
LEAD = "BOGOTA, 3 MAR 90 -- [TEXT] UNKNOWN MEN KIDNAPPED NINE INVENTED FARMERS IN THE NORTH."


def _record(
    place: str | None = "Antioquia",
    precision: int = 3,
    sentence: str = "UNKNOWN MEN KIDNAPPED NINE INVENTED FARMERS IN THE NORTH.",
) -> EventRecord:
    return EventRecord(
        event_type="ASSAULT",
        country="CO",
        admin1="Antioquia" if place else None,
        place=place,
        geo_precision=precision,
        evidence=[sentence],
    )


def _specific(record: EventRecord, text: str) -> tuple[str, ...] | None:
    resps = muc4.response_templates([record], LINE, text)
    assert resps and resps[0].location is not None
    return resps[0].location.specific


def test_where_the_message_says_the_act_took_place_fills_the_record_left_unplaced() -> None:
    # The record's own sentences name only its department (or nothing); a later paragraph
    # of the story says where the act took place, which MUC keys (template-doc-part1 7.4).
    for sentence, name in (
        ("THE INCIDENT TOOK PLACE IN VALDORRA, A VILLAGE OF THE REGION.", "valdorra"),
        ("THE ATTACK WAS CARRIED OUT PAST MIDNIGHT IN THE TARQUELO AREA.", "tarquelo"),
        ("THE KIDNAPPINGS OCCURRED IN SAN TARCISO ON 2 MARCH.", "san tarciso"),
        ("EL SECUESTRO OCURRIÓ EN VALDORRA, SEGÚN LA POLICÍA.", "valdorra"),
        # Wordings the pipeline reads too (hito.nlp.act_words holds them for both).
        ("LA EMBOSCADA SE REGISTRO EN SAN TARCISO, SEGUN EL EJERCITO.", "san tarciso"),
        ("THE SHOOTING HAPPENED IN VALDORRA ON 2 MARCH.", "valdorra"),
    ):
        text = f"{LEAD}\n\n{sentence}"
        for record in (_record(), _record(None, 4)):
            assert _specific(record, text) == (name,), sentence


def test_a_record_placed_at_a_town_keeps_it() -> None:
    text = f"{LEAD}\n\nTHE INCIDENT TOOK PLACE IN VALDORRA, A VILLAGE OF THE REGION."
    record = _record("Medellín", 1, "UNKNOWN MEN KIDNAPPED NINE INVENTED FARMERS IN MEDELLIN.")
    assert _specific(record, text) == ("medellin",)


def test_no_place_is_read_from_a_time_a_common_noun_or_two_places() -> None:
    unread = _specific(_record(), LEAD)
    for sentence in (
        "THE BLAST OCCURRED AT 0200 IN THE CENTER OF THE CITY.",
        "THE AMBUSHES HAPPENED AT DAWN ON 4 MARCH IN SEVERAL TOWNS.",
        "THE KIDNAPPING HAPPENED IN REPRISAL FOR THE ARRESTS.",
        "THE INCIDENT OCCURRED IN ZONE 5, NEAR A MARKET.",
        "THE ATTACKS TOOK PLACE IN COLOMBIA LAST WEEK.",
        "THE ATTACK TOOK PLACE IN VALDORRA. THE SECOND ATTACK OCCURRED IN TARQUELO.",
    ):
        assert _specific(_record(), f"{LEAD}\n\n{sentence}") == unread, sentence


def test_a_place_another_record_is_told_at_is_that_records() -> None:
    text = f"{LEAD}\n\nTHE INCIDENT TOOK PLACE IN MEDELLIN, AFTER A PARTY."
    placed = _record("Medellín", 1, "UNKNOWN MEN KIDNAPPED TWO INVENTED NURSES IN MEDELLIN.")
    resps = muc4.response_templates([placed, _record(None, 4)], LINE, text)
    assert [r.location.specific for r in resps if r.location] == [("medellin",), ()]


def test_among_several_records_left_unplaced_the_act_told_last_before_takes_the_place() -> None:
    shot = _record(None, 4, "GUNMEN SHOT TWO INVENTED TEACHERS IN THE SOUTH.")
    took = "THE INCIDENT TOOK PLACE IN VALDORRA, A VILLAGE OF THE REGION."
    text = f"{LEAD}\n\n{took}\n\nGUNMEN SHOT TWO INVENTED TEACHERS IN THE SOUTH."
    resps = muc4.response_templates([_record(), shot], LINE, text)
    assert [r.location.specific for r in resps if r.location] == [("valdorra",), ()]
    # Told after the second act's sentence, the place is the second act's.
    text = f"{LEAD}\n\nGUNMEN SHOT TWO INVENTED TEACHERS IN THE SOUTH. {took}"
    resps = muc4.response_templates([_record(), shot], LINE, text)
    assert [r.location.specific for r in resps if r.location] == [(), ("valdorra",)]
    # Nowhere in the message, neither act is known to be the one named back.
    resps = muc4.response_templates([_record(), _record(None, 4, "INVENTED.")], LINE, took)
    assert all(r.location is not None and not r.location.levels for r in resps)

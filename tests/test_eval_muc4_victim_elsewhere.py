"""MUC-4 LOCATION: a victim the record names, told kidnapped or killed at a place in another
sentence of the message."""

from __future__ import annotations

from hito.evaluation import muc4
from hito.models import EventRecord

LINE = "SANTIAGO, 10 JAN 90 --"


def _record(
    sentence: str, place: str = "Santiago", admin1: str = "Santiago Metropolitan"
) -> EventRecord:
    # Placed at the filing town, which its own sentence does not name: left at the country.
    return EventRecord(
        event_type="ASSAULT",
        mode="abduct",
        country="CL",
        admin1=admin1,
        place=place,
        geo_precision=1,
        evidence=[sentence],
    )


def _specific(other: str, sentence: str, record: EventRecord | None = None) -> tuple[str, ...]:
    text = f"{LINE} [TEXT] THE POLICE ARE STILL SEARCHING THE HILLS.\n\n{other} {sentence}"
    resps = muc4.response_templates([record or _record(sentence)], LINE, text)
    assert resps and resps[0].location is not None
    return resps[0].location.specific


def test_the_place_another_sentence_tells_the_named_victim_taken_at() -> None:
    # "X WAS KIDNAPPED NEAR Y" and "X WAS KIDNAPPED BY ...": the same victim by name, so
    # one act, whose place the other sentence gives (template-doc-part1 7.4).
    for other, sentence, name in (
        (
            "FARMER ANSELMO QUIROGA WAS KIDNAPPED ON 3 JANUARY NEAR VALDORRA, A HAMLET IN THE"
            " HILLS.",
            "THE FAMILY SAID THAT QUIROGA WAS KIDNAPPED BY FOUR MASKED MEN WHILE HE WAS DRIVING.",
            "valdorra",
        ),
        (
            "THE AUTHORITIES SAID THAT TEACHER ELBA MONTERO WAS MURDERED YESTERDAY IN TALCA.",
            "MONTERO, 41, WAS SHOT TWICE AS SHE LEFT A SHOP, THE POLICE ADDED.",
            "talca",
        ),
        (
            "EL AGRICULTOR ANSELMO QUIROGA FUE SECUESTRADO EL 3 DE ENERO CERCA DE VALDORRA, UN"
            " CASERIO DE LA SIERRA.",
            "LA FAMILIA DIJO QUE QUIROGA FUE SECUESTRADO POR CUATRO ENCAPUCHADOS.",
            "valdorra",
        ),
        (
            "LAS AUTORIDADES DIJERON QUE LA MAESTRA ELBA MONTERO FUE ASESINADA AYER EN TALCA.",
            "MONTERO RECIBIO DOS DISPAROS CUANDO SALIA DE UNA TIENDA.",
            "talca",
        ),
    ):
        assert _specific(other, sentence) == (name,), sentence


def test_no_place_without_the_victim_named_in_both() -> None:
    # The other sentence tells someone else's act, or names its victim by a common noun
    # only ("THE MAYOR", "UN MAESTRO"), which may be another victim.
    for other, sentence in (
        (
            "FARMER ANSELMO QUIROGA WAS KIDNAPPED ON 3 JANUARY NEAR VALDORRA.",
            "THE FAMILY SAID THAT ROJAS WAS KIDNAPPED BY FOUR MASKED MEN.",
        ),
        (
            "LAST WEEK THE MAYOR WAS MURDERED IN TALCA.",
            "THE POLICE SAID THE MAYOR WAS SHOT TWICE AS HE LEFT A SHOP.",
        ),
        (
            "LA SEMANA PASADA UN MAESTRO FUE ASESINADO EN TALCA.",
            "LA POLICIA DIJO QUE EL MAESTRO RECIBIO DOS DISPAROS.",
        ),
    ):
        assert _specific(other, sentence) == (), sentence


def test_no_place_told_before_the_act_nor_the_filing_town() -> None:
    # Only a place the other sentence gives after its act says where the act happened; the
    # town the story was filed from names no scene of its own, nor does a country.
    for other, sentence in (
        (
            "IN TALCA, THE COURT HEARD THAT MONTERO WAS MURDERED LAST YEAR.",
            "MONTERO, 41, WAS SHOT TWICE AS SHE LEFT A SHOP.",
        ),
        (
            "THE AUTHORITIES SAID THAT ELBA MONTERO WAS MURDERED YESTERDAY IN SANTIAGO.",
            "MONTERO, 41, WAS SHOT TWICE AS SHE LEFT A SHOP.",
        ),
        (
            "LAS AUTORIDADES DIJERON QUE ELBA MONTERO FUE ASESINADA AYER EN ARGENTINA.",
            "MONTERO RECIBIO DOS DISPAROS CUANDO SALIA DE UNA TIENDA.",
        ),
    ):
        assert _specific(other, sentence) == (), sentence


def test_a_record_told_at_its_town_keeps_it() -> None:
    sentence = "QUIROGA WAS KIDNAPPED IN LINARES BY FOUR MASKED MEN."
    record = _record(sentence, "Linares", "Maule")
    other = "FARMER ANSELMO QUIROGA WAS KIDNAPPED ON 3 JANUARY NEAR VALDORRA."
    alone = _specific("THE SEARCH WENT ON ALL DAY.", sentence, record)
    assert "linares" in alone
    assert _specific(other, sentence, record) == alone

"""MUC-4 LOCATION told in another sentence of the message: the person a record opens on,
introduced in the sentence before with the place of the act, and a victim the record names,
told kidnapped or killed at a place in another sentence."""

from __future__ import annotations

from hito.evaluation import muc4
from hito.models import EventRecord

LINE = "SANTIAGO, 10 JAN 90 --"


def _record(
    sentence: str,
    place: str = "Santiago",
    admin1: str = "Santiago Metropolitan",
    mode: str = "firearms",
) -> EventRecord:
    # Placed at the filing town, which its own sentence does not name: left at the country.
    return EventRecord(
        event_type="ASSAULT",
        mode=mode,
        country="CL",
        admin1=admin1,
        place=place,
        geo_precision=1,
        evidence=[sentence],
    )


def _specific(
    before: str,
    sentence: str,
    record: EventRecord | None = None,
    opening: str = "THE POLICE ARE SEARCHING FOR A GANG OF THIEVES.",
) -> tuple[str, ...]:
    text = f"{LINE} [TEXT] {opening}\n\n{before} {sentence}"
    resps = muc4.response_templates([record or _record(sentence)], LINE, text)
    assert resps and resps[0].location is not None
    return resps[0].location.specific


def test_the_person_introduced_before_with_a_place_places_the_act() -> None:
    # "A TRADER ... NEAR X. THE TRADER ... WAS SHOT": the sentence before introduces the
    # victim the record's sentence names back, and says where (template-doc-part1 7.4 note
    # 1 keys an act near a place at that place).
    for before, sentence, name in (
        (
            "MASKED MEN STOPPED A TRADER ON A COUNTRY ROAD NEAR VALDORRA ON 7 JANUARY.",
            "THE TRADER REFUSED TO HAND OVER HIS TRUCK AND THE MEN SHOT HIM.",
            "valdorra",
        ),
        (
            "LAST WEEK ARMED MEN ROBBED A LOCAL FARMER IN TALCA.",
            "THE FARMER, AN INVENTED NAME, WAS SHOT IN THE LEG WHEN HE RESISTED.",
            "talca",
        ),
        (
            "UNOS ENCAPUCHADOS ASALTARON A UN COMERCIANTE EN UN CAMINO CERCA DE VALDORRA, EL"
            " 7 DE ENERO.",
            "EL COMERCIANTE SE RESISTIO Y LOS HOMBRES LE DISPARARON.",
            "valdorra",
        ),
        (
            "LA SEMANA PASADA UNOS DESCONOCIDOS ASALTARON A UNA MAESTRA EN TALCA.",
            "LA MAESTRA RECIBIO DOS DISPAROS CUANDO SE RESISTIO.",
            "talca",
        ),
    ):
        assert _specific(before, sentence) == (name,), sentence


def test_no_place_without_the_person_named_back() -> None:
    # The sentence before names a town, but the record's sentence opens on no one it
    # introduced: the town may be another act's (session 17 measured that reading).
    for before, sentence in (
        (
            "MASKED MEN STOPPED A TRADER ON A COUNTRY ROAD NEAR VALDORRA ON 7 JANUARY.",
            "THE POLICE SAID TWO GUARDS WERE SHOT AT A BANK.",
        ),
        (
            "LAST WEEK ARMED MEN ROBBED A LOCAL FARMER IN TALCA.",
            "A JUDGE WAS SHOT WHEN HE RESISTED.",
        ),
        (
            "UNOS ENCAPUCHADOS ASALTARON A UN COMERCIANTE EN TALCA.",
            "LA POLICIA DIJO QUE DOS GUARDIAS RECIBIERON DISPAROS.",
        ),
    ):
        assert _specific(before, sentence) == (), sentence


def test_no_country_or_filing_town_from_the_sentence_before() -> None:
    for before, sentence in (
        (
            "ARMED MEN ROBBED A FARMER IN SANTIAGO.",
            "THE FARMER WAS SHOT WHEN HE RESISTED.",
        ),
        (
            "ARMED MEN ROBBED A FARMER IN ARGENTINA.",
            "THE FARMER WAS SHOT WHEN HE RESISTED.",
        ),
        (
            "UNOS HOMBRES ASALTARON A UN CAMPESINO EN ARGENTINA.",
            "EL CAMPESINO RECIBIO UN DISPARO.",
        ),
    ):
        assert _specific(before, sentence) == (), sentence


def test_a_record_told_at_its_town_keeps_it() -> None:
    sentence = "THE TRADER WAS SHOT IN LINARES WHEN HE RESISTED."
    record = _record(sentence, "Linares", "Maule")
    before = "MASKED MEN STOPPED A TRADER ON A COUNTRY ROAD NEAR VALDORRA ON 7 JANUARY."
    alone = _specific("THE SEARCH WENT ON ALL DAY.", sentence, record)
    assert "linares" in alone
    assert _specific(before, sentence, record) == alone


def _victim_specific(
    other: str, sentence: str, record: EventRecord | None = None
) -> tuple[str, ...]:
    return _specific(
        other,
        sentence,
        record or _record(sentence, mode="abduct"),
        opening="THE POLICE ARE STILL SEARCHING THE HILLS.",
    )


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
        assert _victim_specific(other, sentence) == (name,), sentence


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
        assert _victim_specific(other, sentence) == (), sentence


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
        assert _victim_specific(other, sentence) == (), sentence


def test_a_record_told_at_its_town_keeps_it_beside_the_victim_told_elsewhere() -> None:
    sentence = "QUIROGA WAS KIDNAPPED IN LINARES BY FOUR MASKED MEN."
    record = _record(sentence, "Linares", "Maule", mode="abduct")
    other = "FARMER ANSELMO QUIROGA WAS KIDNAPPED ON 3 JANUARY NEAR VALDORRA."
    alone = _victim_specific("THE SEARCH WENT ON ALL DAY.", sentence, record)
    assert "linares" in alone
    assert _victim_specific(other, sentence, record) == alone

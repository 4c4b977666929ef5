"""MUC-4 LOCATION: the person a record opens on, introduced in the sentence before with the
place of the act."""

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
        mode="firearms",
        country="CL",
        admin1=admin1,
        place=place,
        geo_precision=1,
        evidence=[sentence],
    )


def _specific(before: str, sentence: str, record: EventRecord | None = None) -> tuple[str, ...]:
    text = f"{LINE} [TEXT] THE POLICE ARE SEARCHING FOR A GANG OF THIEVES.\n\n{before} {sentence}"
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

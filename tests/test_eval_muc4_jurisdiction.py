"""MUC-4 LOCATION: the municipality ("jurisdiction") named below a department-level place."""

from __future__ import annotations

from hito.evaluation import muc4
from hito.evaluation.muc4_fills import LocationFill
from hito.models import EventRecord

LINE = "SAN SALVADOR, 2 FEB 90 --"


def _record(sentence: str, place: str = "CHALATENANGO", precision: int = 3) -> EventRecord:
    return EventRecord(
        event_type="ASSAULT",
        country="SV",
        admin1="Chalatenango",
        place=place,
        geo_precision=precision,
        evidence=[sentence],
    )


def test_a_jurisdiction_fills_the_place_below_the_department() -> None:
    # The pipeline placed the act in its department; MUC keys the municipality it names.
    for sentence in (
        "AN INVENTED MINE WENT OFF NEAR THE RIVER IN TARQUELO JURISDICTION, CHALATENANGO.",
        "AN INVENTED BUS WAS AMBUSHED ON A FARM, JURISDICTION OF TARQUELO, CHALATENANGO.",
        "UNA MINA INVENTADA ESTALLÓ CERCA DEL RÍO, EN JURISDICCIÓN DE TARQUELO, CHALATENANGO.",
    ):
        (resp,) = muc4.response_templates([_record(sentence)], LINE)
        assert resp.location == LocationFill("el salvador", (("tarquelo",),))


def test_a_jurisdiction_is_not_read_below_a_town_or_from_a_pronoun() -> None:
    # A record placed at a town already names the level below the jurisdiction; "his
    # jurisdiction" names no place.
    town = _record(
        "AN INVENTED BOMB WENT OFF IN NUEVA TARQUELO, TARQUELO JURISDICTION.",
        place="NUEVA TARQUELO",
        precision=1,
    )
    (resp,) = muc4.response_templates([town], LINE)
    assert resp.location is not None and resp.location.specific == ("nueva tarquelo",)
    pronoun = _record("AN INVENTED MINE WENT OFF IN CHALATENANGO, WITHIN HIS JURISDICTION.")
    (resp,) = muc4.response_templates([pronoun], LINE)
    assert resp.location == LocationFill("el salvador", (("chalatenango",),))

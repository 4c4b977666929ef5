"""Mapping response templates to key templates within a message (scoring guidelines 3.2.1)."""

from __future__ import annotations

from hito.evaluation.muc4 import Response, align
from hito.evaluation.muc4_keys import Fill, KeyTemplate


def key(incident_type: str, *perpetrators: str) -> KeyTemplate:
    return KeyTemplate(
        optional=False,
        types=[Fill([incident_type])],
        dates=[],
        locations=[],
        perp_orgs=[Fill([p]) for p in perpetrators],
        instruments=None,
        deaths=None,
    )


def test_the_mapping_earns_the_most_credit_over_the_message() -> None:
    # The first response earns as much with either key; taking the first key for it leaves
    # the second response nothing to earn, while the other mapping earns with both.
    keys = [key("ATTACK", "FMLN", "ELN"), key("ATTACK", "FMLN", "FARC")]
    responses = [
        Response("ATTACK", perp_orgs=["FMLN", "ELN", "FARC"]),
        Response("ATTACK", perp_orgs=["ELN"]),
    ]
    assert sorted(align(keys, responses)) == [(0, 1), (1, 0)]


def test_types_that_do_not_match_are_never_mapped() -> None:
    keys = [key("KIDNAPPING", "FMLN")]
    responses = [Response("BOMBING", perp_orgs=["FMLN"])]
    assert align(keys, responses) == []

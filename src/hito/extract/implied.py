"""Parties an act implies when the text names none: who is arrested, who is kidnapped."""

from __future__ import annotations

from hito.models import Actor


def implied_targets(
    event_type: str,
    mode: str | None,
    arrested: int | None,
    targets: list[Actor],
    country: str | None,
) -> list[Actor]:
    """The record's targets, with the party its act implies when the text names none.

    People arrested in a security operation are suspects of crime (the labelling
    conventions' CRM) wherever the report calls them only "three people" or by name;
    someone kidnapped without a stated role is a civilian. Both are people of the place
    where it happened.
    """
    if targets:
        return targets
    if event_type == "COERCE" and arrested:
        return [Actor(name="suspects", sector="CRM", country=country)]
    if event_type == "ASSAULT" and mode == "abduct":
        return [Actor(name="civilians", sector="CVL", country=country)]
    return targets

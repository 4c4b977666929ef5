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
        # The lexicon's role name: read as a role, never as a named group (MUC-4 perp_org).
        return [Actor(name="alleged criminals", sector="CRM", country=country)]
    if event_type == "ASSAULT" and mode == "abduct":
        return [Actor(name="civilians", sector="CVL", country=country)]
    return targets


def gunmen_of_group(actors: list[Actor]) -> list[Actor]:
    """'Gunmen' beside a criminal group that acts in the same incident are its gunmen:
    one party, not an unknown second one."""
    if not any(a.sector == "CRM" for a in actors):
        return actors
    return [a for a in actors if a.sector != "UAF"]

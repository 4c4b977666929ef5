"""Deaths told without a number count as at least one killed, so a record of police firing in
which people died says that someone died. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from conftest import pipeline_records


def _police_killings(text: str) -> list[int | None]:
    return [
        r.killed
        for r in pipeline_records(text, "en")
        if r.event_type == "ASSAULT" and any(a.sector == "COP" for a in r.actors)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Most of the people killed in police firing in the old town were labourers.",
        "More persons died in police firing than in the arson that week.",
        "Villagers who lost their lives in police firing were buried on Sunday.",
        "In the port city more of the marchers fell to police bullets than to the gangs.",
    ],
)
def test_uncounted_deaths_are_at_least_one(text: str) -> None:
    assert 1 in _police_killings(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # A written number still wins over the bare plural.
        ("Seven people were killed in police firing near the market on Friday.", 7),
    ],
)
def test_written_count_wins(text: str, killed: int) -> None:
    assert killed in _police_killings(text)


@pytest.mark.parametrize(
    "text",
    [
        "People were injured in police firing near the station.",
        "Police fired tear gas at the crowd and people fled.",
    ],
)
def test_no_death_no_figure(text: str) -> None:
    assert all(not k for k in _police_killings(text))

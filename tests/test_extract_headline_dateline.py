"""A headline above the dateline that names only the dateline's place ("Balacera deja seis
muertos en Oaxaca" over "Oaxaca, Oax.") tells the lead's act, wherever in the state the lead
places it; a count of its dead ("seis muertos") is no count of acts. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2015, 9, 3)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Balacera deja 6 muertos en Oaxaca\n\n"
            "Oaxaca, Oax. Seis pobladores murieron y cuatro resultaron heridos en un tiroteo en "
            "la comunidad de Santa María Huatulco, informó la fiscalía.",
            "es",
        ),
        (
            "Shootout leaves 6 dead in Oaxaca\n\n"
            "OAXACA, Oaxaca -- Six villagers were killed and four others hurt in a shootout in "
            "Santa Maria Huatulco, prosecutors said.",
            "en",
        ),
    ],
)
def test_the_headline_tells_the_leads_act(text: str, language: str) -> None:
    assaults = [r for r in process_text(text, language, DAY)[1] if r.event_type == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0].place is not None and "Huatulco" in assaults[0].place


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "TEGUCIGALPA, 3 sep (EFE). Hombres armados mataron el lunes a tres comerciantes.",
            "es",
            "Tegucigalpa",
        ),
        (
            "COBÁN, Guatemala -- Gunmen killed three traders on Monday, police said.",
            "en",
            "Cobán",
        ),
    ],
)
def test_a_place_written_in_capitals_takes_the_gazetteers_name(
    text: str, language: str, place: str
) -> None:
    """Wire copy writes the dateline in capitals; the record names the place as the
    gazetteer does, so a map and an export show one spelling."""
    assaults = [r for r in process_text(text, language, DAY)[1] if r.event_type == "ASSAULT"]
    assert [r.place for r in assaults] == [place]

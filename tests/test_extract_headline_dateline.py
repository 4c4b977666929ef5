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

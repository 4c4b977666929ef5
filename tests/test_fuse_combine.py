"""One record out of several reports' records: never averaged, the most conservative best."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.fuse import Figure, combine, figures_of
from hito.models import Actor, DrugSeizure, EventRecord

POLICE = Actor(name="Guatemalan police", sector="COP", country="GT")
GUNMEN = Actor(name="gunmen", sector="UAF")


def precise(**kw: object) -> EventRecord:
    fields: dict[str, object] = dict(
        event_type="ASSAULT",
        mode="firearms",
        date=dt.date(2025, 3, 4),
        date_precision="day",
        place="Tecún Umán",
        country="GT",
        admin1="San Marcos",
        latitude=14.6774,
        longitude=-92.1404,
        geo_precision=1,
        actors=[POLICE, GUNMEN],
        killed=3,
        arrested=2,
        factuality="reported",
        evidence=["Three dead in Tecún Umán."],
    )
    fields.update(kw)
    return EventRecord(**fields)  # type: ignore[arg-type]


def coarse(**kw: object) -> EventRecord:
    fields: dict[str, object] = dict(
        event_type="ASSAULT",
        mode="targeted",
        date=dt.date(2025, 3, 3),
        date_precision="week",
        place="San Marcos",
        country="GT",
        admin1="San Marcos",
        geo_precision=3,
        actors=[Actor(name="Guatemalan National Civil Police", sector="COP", country="GT")],
        killed=4,
        arrested=0,
        factuality="asserted",
        cross_border=True,
        evidence=["Cuatro muertos la semana pasada en San Marcos."],
    )
    fields.update(kw)
    return EventRecord(**fields)  # type: ignore[arg-type]


def test_one_record_is_kept_as_it_is() -> None:
    assert combine([precise()]) == precise()
    with pytest.raises(ValueError):
        combine([])


def test_figures_keep_low_best_high_and_sources_never_an_average() -> None:
    figures = figures_of([precise(), coarse(), precise(killed=5, arrested=None)])
    assert figures["killed"] == Figure(low=3, best=3, high=5, sources=3)
    # "no arrests" is the low, but a stated arrest count is the best.
    assert figures["arrested"] == Figure(low=0, best=2, high=2, sources=2)
    assert "injured" not in figures
    assert figures_of([precise(arrested=0)])["arrested"].best == 0


def test_fused_record_takes_the_most_precise_date_and_place_and_the_best_figures() -> None:
    fused = combine([coarse(), precise(killed=5)])
    assert (fused.date, fused.date_precision) == (dt.date(2025, 3, 4), "day")
    assert (fused.place, fused.geo_precision, fused.latitude) == ("Tecún Umán", 1, 14.6774)
    assert fused.killed == 4 and fused.arrested == 2
    assert fused.factuality == "asserted"
    assert fused.cross_border is True
    assert [a.name for a in fused.actors] == [
        "Guatemalan National Civil Police",
        "Guatemalan police",
        "gunmen",
    ]
    assert fused.evidence == coarse().evidence + precise().evidence


def test_drug_amounts_per_substance_and_unit() -> None:
    a = precise(drugs_seized=[DrugSeizure(substance="cocaine", amount=500, unit="kg")])
    b = precise(
        drugs_seized=[
            DrugSeizure(substance="Cocaine", amount=520, unit="kg"),
            DrugSeizure(substance="marijuana", amount=None, unit=None),
        ]
    )
    fused = combine([a, b])
    assert [(d.substance, d.amount, d.unit) for d in fused.drugs_seized] == [
        ("cocaine", 500, "kg"),
        ("marijuana", None, None),
    ]
    assert figures_of([a, b])["drugs_seized:cocaine:kg"] == Figure(500, 500, 520, 2)


def test_most_reports_decide_between_equally_precise_values() -> None:
    fused = combine([precise(date=dt.date(2025, 3, 5)), precise(), precise()])
    assert fused.date == dt.date(2025, 3, 4)

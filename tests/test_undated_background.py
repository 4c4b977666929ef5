"""An act dated by a month alone is background (historical): in a report with no publication
date, any such act (or one dated by a year) out of the headline; in a dated report, one in
a month before the report's. The news dated by its day stays asserted."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers Detain Gang Leader in Chiapas. Soldiers detained a gang leader in "
            "Tapachula, Chiapas, on Tuesday, officials said. The gang's former chief was "
            "shot dead in Comitán in March.",
            "en",
        ),
        (
            "Soldiers Detain Gang Leader in Chiapas. Soldiers detained a gang leader in "
            "Tapachula, Chiapas, on Tuesday, officials said. The gang's former chief was "
            "shot dead in Comitán in 2009.",
            "en",
        ),
        (
            "Detienen a líder de pandilla en Chiapas. Soldados detuvieron el martes a un líder "
            "de pandilla en Tapachula, Chiapas. El anterior jefe de la banda fue asesinado a "
            "balazos en Comitán en marzo.",
            "es",
        ),
    ],
)
def test_an_act_dated_by_month_or_year_alone_is_background(text: str, language: str) -> None:
    records = pipeline_records(text, language, None)
    by_type = {r.event_type: r for r in records}
    assert by_type["COERCE"].factuality != "historical"
    assert by_type["ASSAULT"].factuality == "historical"


def test_a_planned_deployment_in_a_month_stays_hypothetical() -> None:
    text = (
        "Guatemala will send 500 soldiers to the border department of San Marcos in June, "
        "the defence minister said."
    )
    records = pipeline_records(text, "en", None)
    assert records and all(r.factuality == "hypothetical" for r in records)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers detained a gang leader in Tapachula, Chiapas, on Tuesday. His gang is "
            "blamed for the murder of four farmers in Comitán in February.",
            "en",
        ),
        (
            "Soldados detuvieron el martes a un líder de pandilla en Tapachula, Chiapas. La "
            "región ha visto otras matanzas en meses recientes, como la de cuatro campesinos "
            "en Comitán en febrero.",
            "es",
        ),
    ],
)
def test_a_month_before_the_reports_is_background(text: str, language: str) -> None:
    records = pipeline_records(text, language, dt.date(2025, 4, 10))
    by_type = {r.event_type: r for r in records}
    assert by_type["COERCE"].factuality != "historical"
    assert by_type["ASSAULT"].factuality == "historical"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Soldiers Detain Gang Leader in Chiapas. Soldiers detained a gang leader in "
            "Tapachula, Chiapas, on Tuesday, officials said. The gang controls the smuggling "
            "routes along the border. Its members run extortion rackets in several towns. "
            "Local traders have long complained of the fees. The region has seen other "
            "violence: gunmen shot dead four farmers in Comitán on February 12.",
            "en",
        ),
        (
            "Detienen a líder de pandilla en Chiapas. Soldados detuvieron el martes a un líder "
            "de pandilla en Tapachula, Chiapas. La banda controla las rutas de contrabando en "
            "la frontera. Sus miembros cobran cuotas en varios pueblos. Los comerciantes se "
            "quejan desde hace tiempo. La región ha visto otra violencia: unos pistoleros "
            "asesinaron a cuatro campesinos en Comitán el 12 de febrero.",
            "es",
        ),
    ],
)
def test_an_undated_reports_act_dated_by_month_and_day_past_the_lead_is_background(
    text: str, language: str
) -> None:
    records = pipeline_records(text, language, None)
    by_type = {r.event_type: r for r in records}
    assert by_type["COERCE"].factuality != "historical"
    assert by_type["ASSAULT"].factuality == "historical"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen Kill Four Farmers in Chiapas. Gunmen shot dead four farmers in Comitán, "
            "Chiapas, on February 12, police said.",
            "en",
        ),
        (
            "Asesinan a cuatro campesinos en Chiapas. Unos pistoleros asesinaron a cuatro "
            "campesinos en Comitán, Chiapas, el 12 de febrero, informó la policía.",
            "es",
        ),
    ],
)
def test_an_undated_reports_news_dated_by_month_and_day_stays_the_news(
    text: str, language: str
) -> None:
    records = pipeline_records(text, language, None)
    assault = next(r for r in records if r.event_type == "ASSAULT")
    assert assault.factuality != "historical"

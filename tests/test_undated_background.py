"""An act dated by a month alone is background (historical): in a report with no publication
date, any such act (or one dated by a year) out of the headline; in a dated report, one in
a month before the report's. The news dated by its day stays asserted."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records


def _background_by_type(text: str, language: str) -> dict[str, bool]:
    """Whether each event type's record in a report with no date is told as background (of
    a type told twice, the last record)."""
    records = pipeline_records(text, language, None)
    return {r.event_type: r.factuality == "historical" for r in records}


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
    background = _background_by_type(text, language)
    assert (background["COERCE"], background["ASSAULT"]) == (False, True)


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
            "Soldiers detained a gang leader in Tapachula, Chiapas, on Tuesday. In February "
            "2025, gunmen of his gang ambushed a police patrol near Comitán and killed two "
            "officers.",
            "en",
        ),
        (
            "Soldados detuvieron el martes a un líder de pandilla en Tapachula, Chiapas. En "
            "febrero de 2025, pistoleros de su banda emboscaron a una patrulla cerca de Comitán "
            "y mataron a dos policías.",
            "es",
        ),
        (
            "Soldiers detained a gang leader in Tapachula, Chiapas, on Tuesday. Last month, "
            "gunmen of his gang set fire to four houses in a village near Comitán.",
            "en",
        ),
        (
            "Soldados detuvieron el martes a un líder de pandilla en Tapachula, Chiapas. El mes "
            "pasado, pistoleros de su banda incendiaron cuatro casas en un ejido de Comitán.",
            "es",
        ),
    ],
)
def test_a_month_and_year_or_last_month_before_the_reports_is_background(
    text: str, language: str
) -> None:
    # Like a month named alone: an earlier month, with its year or counted back from the
    # report's, dates an act the report recalls.
    records = pipeline_records(text, language, dt.date(2025, 4, 10))
    by_type = {r.event_type: r for r in records}
    assert by_type["COERCE"].factuality != "historical"
    assert by_type["ASSAULT"].factuality == "historical"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen ambushed a police patrol near Comitán, Chiapas, in April 2025 and killed "
            "two officers, police said.",
            "en",
        ),
        (
            "Pistoleros emboscaron en abril de 2025 a una patrulla cerca de Comitán, Chiapas, "
            "y mataron a dos policías, informó la policía.",
            "es",
        ),
    ],
)
def test_the_reports_own_month_and_year_stays_the_news(text: str, language: str) -> None:
    records = pipeline_records(text, language, dt.date(2025, 4, 10))
    assault = next(r for r in records if r.event_type == "ASSAULT")
    assert assault.factuality != "historical"


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
    background = _background_by_type(text, language)
    assert (background["COERCE"], background["ASSAULT"]) == (False, True)


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


# An undated analysis: its news in the opening sentences, then background further down.
_ANALYSIS_EN = (
    "Soldiers Detain Gang Leader in Chiapas. "
    "Soldiers detained a gang leader in Tapachula, Chiapas, on Tuesday, officials said. "
    "The man, known as El Tordo, led a cell that moved migrants north. "
    "Officials called him a key figure in the smuggling trade. "
    "His arrest could weaken the group's hold on the border. "
    "The group has long fought rivals for the routes. "
    "Analysts expect a struggle over his succession. "
    "Local businesses fear a wave of extortion. "
)
_ANALYSIS_ES = (
    "Detienen a líder de pandilla en Chiapas. "
    "Soldados detuvieron el martes a un líder de pandilla en Tapachula, Chiapas. "
    "El hombre, conocido como El Tordo, dirigía una célula que trasladaba migrantes. "
    "Las autoridades lo consideran una figura clave del tráfico de personas. "
    "Su captura podría debilitar el control del grupo sobre la frontera. "
    "La banda lleva años en pugna con sus rivales por las rutas. "
    "Los analistas prevén una lucha por su sucesión. "
    "Los comerciantes de la zona temen una ola de extorsiones. "
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            _ANALYSIS_EN + "Gunmen of the gang shot dead a police commander in Comitán, "
            "then fled into the hills.",
            "en",
        ),
        (
            _ANALYSIS_ES + "Pistoleros de la banda asesinaron a balazos a un comandante de "
            "la policía en Comitán y luego huyeron hacia los cerros.",
            "es",
        ),
    ],
)
def test_an_undated_reports_act_told_past_its_news_is_background(text: str, language: str) -> None:
    background = _background_by_type(text, language)
    assert (background["COERCE"], background["ASSAULT"]) == (False, True)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Tied to the news: the perfect, a weekday, a count back from the report.
        (_ANALYSIS_EN + "Police have arrested two of the gunmen in Comitán.", "en"),
        (_ANALYSIS_EN + "On Wednesday gunmen shot dead a police commander in Comitán.", "en"),
        (_ANALYSIS_EN + "Three weeks ago gunmen shot dead a police commander in Comitán.", "en"),
        (_ANALYSIS_ES + "La policía ha detenido a dos pistoleros en Comitán.", "es"),
        (
            _ANALYSIS_ES + "El miércoles unos pistoleros asesinaron a un comandante de la "
            "policía en Comitán.",
            "es",
        ),
        (
            _ANALYSIS_ES + "Hace tres semanas unos pistoleros asesinaron a un comandante de "
            "la policía en Comitán.",
            "es",
        ),
    ],
)
def test_an_undated_reports_act_tied_to_its_news_is_not_background(
    text: str, language: str
) -> None:
    records = pipeline_records(text, language, None)
    assert records
    assert all(r.factuality != "historical" for r in records)

"""An act the lead tells under a headline in the report's own voice is asserted, though the
lead credits a source; labelling-conventions.md reads the headline and the lead as the
report's voice. Every report here is invented for the test, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import pipeline_records


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Traffickers Caught With Cocaine in Border Town\n\n"
            "Authorities said police arrested four men with 60 kilos of cocaine in Ciudad "
            "Hidalgo, Chiapas, on Tuesday.",
            "en",
        ),
        (
            "Golpe al narcotráfico en la frontera sur\n\n"
            "La Fiscalía informó que policías estatales detuvieron el martes a cuatro hombres "
            "con 60 kilos de cocaína en Ciudad Hidalgo, Chiapas.",
            "es",
        ),
    ],
)
def test_a_credited_lead_under_a_headline_is_asserted(text: str, language: str) -> None:
    records = pipeline_records(text, language, published=dt.date(2024, 3, 7))
    arrests = [r for r in records if r.event_type == "COERCE"]
    assert arrests and all(r.factuality == "asserted" for r in arrests)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Are Traffickers Moving to Chiapas?\n\n"
            "Authorities said police arrested four men with 60 kilos of cocaine in Ciudad "
            "Hidalgo, Chiapas, on Tuesday.",
            "en",
        ),
        (
            "Police arrested a driver with stolen fuel in Tapachula. The mayor spoke about "
            "the fair. Officials also said soldiers arrested four men with 60 kilos of "
            "cocaine in Ciudad Hidalgo, Chiapas.",
            "en",
        ),
        (
            "¿Se mudan los traficantes a Chiapas?\n\n"
            "La Fiscalía informó que policías estatales detuvieron el martes a cuatro hombres "
            "con 60 kilos de cocaína en Ciudad Hidalgo, Chiapas.",
            "es",
        ),
    ],
)
def test_a_question_or_a_body_sentence_is_no_headline(text: str, language: str) -> None:
    records = pipeline_records(text, language, published=dt.date(2024, 3, 7))
    credited = [r for r in records if r.event_type == "COERCE" and r.place == "Ciudad Hidalgo"]
    assert credited and all(r.factuality == "reported" for r in credited)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Honduran Port Tense After Night of Looting\n\n"
            "Looters emptied three warehouses in Choloma on Monday night before some 500 "
            "police officers were sent in to guard the docks, reported Radio Cadena.",
            "en",
        ),
        (
            "Tensión en el puerto hondureño tras una noche de saqueos\n\n"
            "Saqueadores vaciaron tres bodegas en Choloma el lunes por la noche y unos 500 "
            "policías fueron desplegados para resguardar los muelles, informó el diario "
            "El Vocero.",
            "es",
        ),
    ],
)
def test_a_lead_credited_to_another_news_outlet_stays_reported(text: str, language: str) -> None:
    # The report relays another outlet's account, which is no voice of its own
    # (labelling-conventions.md: "reported El Heraldo").
    records = pipeline_records(text, language, published=dt.date(2024, 3, 7))
    assert records and all(r.factuality == "reported" for r in records), [
        (r.event_type, r.factuality) for r in records
    ]

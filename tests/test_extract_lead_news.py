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


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Prosecutors: three farmers abducted near Frontera Comalapa\n\n"
            "Armed men abducted three farmers on Tuesday on a dirt road near Frontera "
            "Comalapa, Chiapas, the state prosecutor's office said.",
            "en",
        ),
        (
            "Secuestran a tres campesinos cerca de Frontera Comalapa, informa la Fiscalía\n\n"
            "Hombres armados secuestraron el martes a tres campesinos en un camino de terracería "
            "cerca de Frontera Comalapa, Chiapas, dijo la Fiscalía del estado.",
            "es",
        ),
        (
            "Secuestran a tres campesinos cerca de Frontera Comalapa: Fiscalía\n\n"
            "Hombres armados secuestraron el martes a tres campesinos en un camino de terracería "
            "cerca de Frontera Comalapa, Chiapas, dijo la Fiscalía del estado.",
            "es",
        ),
        (
            "Denuncian que hombres armados secuestraron a tres campesinos en Chiapas\n\n"
            "Vecinos de Frontera Comalapa, Chiapas, dijeron que hombres armados secuestraron "
            "el martes a tres campesinos en un camino de terracería.",
            "es",
        ),
    ],
)
def test_a_headline_that_credits_a_source_is_no_voice_of_its_own(text: str, language: str) -> None:
    # "Police: ...", "..., informa la Fiscalía", "...: Sedena", "Denuncian que ...": the
    # headline relays the source's account as the lead does, so the act stays reported.
    records = pipeline_records(text, language, published=dt.date(2024, 3, 7))
    abductions = [r for r in records if r.event_type == "ASSAULT"]
    assert abductions and all(r.factuality == "reported" for r in abductions), [
        (r.event_type, r.factuality) for r in records
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Analysis: three farmers abducted near Frontera Comalapa\n\n"
            "Armed men abducted three farmers on Tuesday on a dirt road near Frontera "
            "Comalapa, Chiapas, the state prosecutor's office said.",
            "en",
        ),
        (
            "VIDEO: Secuestran a tres campesinos cerca de Frontera Comalapa\n\n"
            "Hombres armados secuestraron el martes a tres campesinos en un camino de terracería "
            "cerca de Frontera Comalapa, Chiapas, dijo la Fiscalía del estado.",
            "es",
        ),
    ],
)
def test_a_label_before_a_colon_credits_no_one(text: str, language: str) -> None:
    records = pipeline_records(text, language, published=dt.date(2024, 3, 7))
    abductions = [r for r in records if r.event_type == "ASSAULT"]
    assert abductions and all(r.factuality == "asserted" for r in abductions), [
        (r.event_type, r.factuality) for r in records
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The mayor opened a new bridge over the river on Friday.\n\n"
            "Soldiers stopped a truck near Ciudad Hidalgo on Saturday and found 40 kilos of "
            "cocaine in its fuel tank, the state prosecutor's office said. The driver, a "
            "Honduran man, was arrested and taken to Tapachula.",
            "en",
        ),
        (
            "El alcalde inauguró un puente nuevo sobre el río el viernes.\n\n"
            "Soldados revisaron un camión cerca de Ciudad Hidalgo el sábado y hallaron 40 kilos "
            "de cocaína en el tanque de combustible, según la Fiscalía del estado. El chofer, "
            "un hombre hondureño, fue detenido y trasladado a Tapachula.",
            "es",
        ),
        (
            # Wire copy gives each sentence a paragraph: the very next one still goes on.
            "El alcalde inauguró un puente nuevo sobre el río el viernes.\n\n"
            "La Fiscalía del estado informó que soldados detuvieron el sábado al chofer de un "
            "camión con 40 kilos de cocaína cerca de Ciudad Hidalgo.\n\n"
            "El chofer, un hombre hondureño, fue detenido y trasladado a Tapachula.",
            "es",
        ),
    ],
)
def test_a_sentence_going_on_from_a_credited_one_stays_credited(text: str, language: str) -> None:
    # The driver's arrest is the source's account carried on in the same paragraph, not the
    # report's own voice.
    records = pipeline_records(text, language, published=dt.date(2024, 3, 7))
    seizures = [r for r in records if r.event_type == "COERCE"]
    assert seizures and all(r.factuality == "reported" for r in seizures), [
        (r.event_type, r.factuality, r.evidence) for r in records
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The mayor opened a new bridge over the river on Friday.\n\n"
            "Soldiers stopped a truck near Ciudad Hidalgo on Saturday and found 40 kilos of "
            "cocaine in its fuel tank, the state prosecutor's office said.\n\n"
            "The mayor thanked the builders of the bridge.\n\n"
            "The driver, a Honduran man, was arrested and taken to Tapachula.",
            "en",
        ),
        (
            "El alcalde inauguró un puente nuevo sobre el río el viernes.\n\n"
            "Soldados detuvieron a un chofer hondureño cerca de Ciudad Hidalgo el sábado con "
            "40 kilos de cocaína. Según la Fiscalía del estado, el chofer fue trasladado a "
            "Tapachula.",
            "es",
        ),
    ],
)
def test_the_reports_own_voice_apart_or_first_is_asserted(text: str, language: str) -> None:
    records = pipeline_records(text, language, published=dt.date(2024, 3, 7))
    seizures = [r for r in records if r.event_type == "COERCE"]
    assert seizures and all(r.factuality == "asserted" for r in seizures), [
        (r.event_type, r.factuality, r.evidence) for r in records
    ]

"""Words that name an act without telling a new one: charges and criminal records, a study's
estimate over a period, a verb the Spanish "no" denies, a checkpoint as the scene of a fight.

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from hito.extract.mentions import sentence_mentions
from hito.extract.triggers import find_triggers
from hito.ingest import content_hash
from hito.models import Report, Sentence
from hito.nlp import annotate


def _sentence(text: str, language: str) -> Sentence:
    report = Report(text=text, content_hash=content_hash(text), language=language)
    return annotate(report, language).sentences[0]


def acts(text: str, language: str) -> set[str]:
    """The trigger words that tell a new act (not pointing back, not a charge)."""
    return {
        t.text.lower()
        for t in find_triggers(_sentence(text, language), language)
        if not t.reference
    }


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The former mayor was sentenced last year to 50 years behind bars on charges of "
            "kidnapping, murder and running a smuggling ring.",
            "en",
        ),
        (
            "The inmate has a criminal record for robbery, kidnapping, escape attempts, "
            "bribery and murder.",
            "en",
        ),
        (
            "Los tres internos cumplen una condena por delitos de secuestro, robo agravado, "
            "evasión, portación de armas de uso exclusivo y homicidio.",
            "es",
        ),
        (
            "El detenido cuenta con antecedentes por los delitos de plagio, fuga de reos, "
            "encubrimiento y asesinato.",
            "es",
        ),
        (
            "La banda se dedicaba al secuestro, cobro de piso y extorsiones en la zona.",
            "es",
        ),
    ],
)
def test_a_list_of_charges_tells_no_assault(text: str, language: str) -> None:
    assert not acts(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The survey estimates that 12,000 people fled the region over five years.", "en"),
        ("According to official estimates, some 8,000 families fled the valley since 2010.", "en"),
        ("El estudio estima que unas 9 mil personas huyeron de la sierra en una década.", "es"),
        ("Según estimaciones de la ONU, 5 mil familias huyeron de sus comunidades.", "es"),
    ],
)
def test_a_studys_estimate_is_no_incident(text: str, language: str) -> None:
    assert not acts(text, language)


def test_a_flight_told_plainly_is_still_an_act() -> None:
    assert "fled" in acts("About 300 villagers fled the hamlet on Monday after the attack.", "en")


def test_a_verb_denied_by_spanish_no_is_no_act() -> None:
    assert not acts("Recordaron las agresiones, que el gobierno no detuvo durante años.", "es")
    assert "detuvo" in acts("La policía detuvo a dos hombres en la plaza.", "es")


def test_a_checkpoint_is_the_scene_not_a_blockade() -> None:
    text = "A witness saw a gunfight between soldiers and gunmen at a roadblock outside town."
    assert "roadblock" not in acts(text, "en")
    assert "roadblock" in acts("Farmers set up a roadblock on the federal highway.", "en")


def test_a_gangs_trade_points_back_at_no_clash() -> None:
    """An arrest that names the gang's crimes joins no earlier clash as its arrests."""
    text = (
        "Agentes detuvieron a cuatro integrantes de una banda que se dedicaba al secuestro, "
        "cobro de piso y extorsiones."
    )
    mentions = sentence_mentions(_sentence(text, "es"), "es")
    assert [m.event_type for m in mentions] == ["COERCE"]
    assert "ASSAULT" not in mentions[0].references


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Leaflets threatening attacks on shopkeepers appeared in the market town.", "en"),
        ("The gang threatened new attacks against the villagers.", "en"),
        ("Los volantes amenazan con nuevos ataques contra los comerciantes.", "es"),
    ],
)
def test_a_threatened_attack_is_no_assault(text: str, language: str) -> None:
    assert not {"attacks", "ataques"} & acts(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The Internal Displacement Monitoring Centre published its yearly figures.", "en"),
        ("La Fiscalía Especializada en Secuestros presentó su informe anual.", "es"),
    ],
)
def test_a_word_of_a_bodys_name_is_no_act(text: str, language: str) -> None:
    assert not acts(text, language)


def test_a_flight_told_in_a_periodic_report_is_a_statistic() -> None:
    assert not acts(
        "The agency said in its 2012 annual report that 2,000 families fled the hills.", "en"
    )
    assert not acts("El centro señaló en su informe anual que 5 mil personas huyeron.", "es")


def test_the_time_of_an_arrest_is_no_new_arrest() -> None:
    assert not acts("At the time of his arrest, the suspect carried four rifles.", "en")
    assert not acts("Al momento de su detención, los hombres portaban cuatro fusiles.", "es")

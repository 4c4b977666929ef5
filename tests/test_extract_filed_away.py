"""A dateline's town that the report names nowhere else, while it tells its acts at other
towns of the state, is only where the story was filed: an act told there with no place of
its own is placed at the state, not at the filing town. A dateline's town the report names
again stays the fallback. Reports written for these tests, in English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process


def assault(text: str, language: str) -> EventRecord:
    report = Report(
        text=text, content_hash=content_hash(text), published=dt.date.fromisoformat("2025-06-11")
    )
    (found,) = [r for r in process(report, language)[1] if r.event_type == "ASSAULT"]
    return found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tuxtla Gutiérrez, Chis. Cientos de campesinos bloquearon el lunes la carretera a la "
            "entrada de Ocosingo. En otro hecho, hombres armados asesinaron el martes a un "
            "comerciante.",
            "es",
        ),
        (
            "Tuxtla Gutiérrez, Chiapas. Hundreds of farmers blocked the road into Ocosingo on "
            "Monday. In a separate incident, gunmen killed a shopkeeper on Tuesday.",
            "en",
        ),
    ],
)
def test_an_unplaced_act_of_a_story_told_elsewhere_in_the_state_is_at_the_state(
    text: str, language: str
) -> None:
    found = assault(text, language)
    assert (found.admin1, found.geo_precision) == ("Chiapas", 3)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tuxtla Gutiérrez, Chis. Cientos de campesinos bloquearon el lunes una avenida de "
            "Tuxtla Gutiérrez. En otro hecho, hombres armados asesinaron el martes a un "
            "comerciante.",
            "es",
        ),
        (
            "Tuxtla Gutiérrez, Chiapas. Hundreds of farmers blocked an avenue of Tuxtla "
            "Gutiérrez on Monday. In a separate incident, gunmen killed a shopkeeper on Tuesday.",
            "en",
        ),
    ],
)
def test_a_dateline_town_named_again_places_an_unplaced_act(text: str, language: str) -> None:
    found = assault(text, language)
    assert (found.place, found.geo_precision) == ("Tuxtla Gutiérrez", 1)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Tuxtla Gutiérrez, Chis. Cientos de campesinos bloquearon el lunes la carretera a la "
            "entrada de Ocosingo. En otro hecho, hombres armados asesinaron el martes a un "
            "comerciante. La autopista Tuxtla Gutiérrez-Chiapa de Corzo tiene poco tránsito "
            "desde el fin de semana.",
            "es",
        ),
        (
            "Tuxtla Gutiérrez, Chiapas. Hundreds of farmers blocked the road into Ocosingo on "
            "Monday. In a separate incident, gunmen killed a shopkeeper on Tuesday. Traffic on "
            "the Tuxtla Gutiérrez-Chiapa de Corzo highway has been light since the weekend.",
            "en",
        ),
    ],
)
def test_a_dateline_town_named_again_only_in_a_road_name_still_only_files_the_story(
    text: str, language: str
) -> None:
    found = assault(text, language)
    assert (found.admin1, found.geo_precision) == ("Chiapas", 3)

"""In a report with no publication date, year-less days and months ("on Thursday", "on
April 12", "en octubre") cannot be fixed, yet two different ones tell two incidents, and
the same one said twice tells one. Reports written for these tests, in English and Spanish."""

from __future__ import annotations

import pytest

from hito.ingest import content_hash
from hito.models import EventRecord, Report
from hito.pipeline import process


def records(text: str, language: str, kind: str) -> list[EventRecord]:
    report = Report(text=text, content_hash=content_hash(text), published=None)
    return [r for r in process(report, language)[1] if r.event_type == kind]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen killed five farmers on Thursday near the town of Tocoa, Colon, police "
            "said.\n\nThe attack happened close to where an army patrol was ambushed on April "
            "12 by gunmen.",
            "en",
        ),
        (
            "Hombres armados asesinaron el jueves a cinco campesinos cerca del poblado de "
            "Tocoa, Colón, informó la policía.\n\nEl ataque ocurrió cerca de donde una patrulla "
            "del ejército fue emboscada el 12 de abril por un grupo de hombres armados.",
            "es",
        ),
        (
            "A community leader was shot dead in October in Tocoa, Colon. Another farmer was "
            "gunned down in Tocoa in December.",
            "en",
        ),
        (
            "Un líder comunitario fue asesinado a balazos en octubre en Tocoa, Colón. Otro "
            "campesino fue ultimado a tiros en Tocoa en diciembre.",
            "es",
        ),
    ],
)
def test_two_unfixed_days_are_two_incidents(text: str, language: str) -> None:
    assert len(records(text, language, "ASSAULT")) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen killed five farmers on Thursday near the town of Tocoa, Colon, police "
            "said. The farmers were shot on Thursday as they returned from the fields.",
            "en",
        ),
        (
            "Hombres armados asesinaron el jueves a cinco campesinos cerca de Tocoa, Colón. "
            "Los campesinos fueron baleados el jueves cuando volvían del campo.",
            "es",
        ),
    ],
)
def test_the_same_unfixed_day_is_one_incident(text: str, language: str) -> None:
    assert len(records(text, language, "ASSAULT")) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Farm Leader Shot Dead in Honduras.\n\nGunmen shot dead a farm leader near Tocoa, "
            "Colon, police said. He had led a land claim for ten years. His family asked for "
            "justice. Local groups called for calm.\n\nAnother farm leader was shot dead in "
            "Tocoa in June.",
            "en",
        ),
        (
            "Asesinan a líder campesino en Honduras.\n\nHombres armados asesinaron a balazos a "
            "un líder campesino cerca de Tocoa, Colón, informó la policía. Encabezaba un reclamo "
            "de tierras desde hacía diez años. Su familia pidió justicia. Grupos locales "
            "llamaron a la calma.\n\nOtro líder campesino fue asesinado a balazos en Tocoa en "
            "junio.",
            "es",
        ),
    ],
)
def test_a_month_alone_after_the_lead_recalls_another_incident(text: str, language: str) -> None:
    assert len(records(text, language, "ASSAULT")) == 2


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        (
            "Police Seize Weapons in Mexico.\n\nPolice seized 40 rifles in a house in Tamaulipas, "
            "a border state. The weapons were hidden under the floor. Officers said the "
            "house was empty. No one was hurt.\n\nPolice made the find in Nueva Ciudad "
            "Guerrero, a small town which made headlines in November when most of its people "
            "fled the violence.",
            "en",
            "COERCE",
        ),
        (
            "Aseguran armas en México.\n\nLa policía aseguró 40 rifles en una casa del estado "
            "fronterizo de Tamaulipas. Las armas estaban ocultas bajo el piso. Los agentes "
            "dijeron que la casa estaba vacía. Nadie resultó herido.\n\nLa policía hizo el "
            "aseguramiento en Ciudad Mier, un pueblo que fue noticia en noviembre cuando la "
            "mayoría de sus habitantes huyó de la violencia.",
            "es",
            "COERCE",
        ),
    ],
)
def test_a_month_in_a_relative_clause_dates_no_new_incident(
    text: str, language: str, kind: str
) -> None:
    assert len(records(text, language, kind)) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Troops Free 12 Hostages in Tapachula.\n\nSoldiers rescued 12 kidnapped people from a "
            "house in Tapachula, Chiapas. The victims were found on Saturday. Their captors "
            "had asked their families for money. The army rescued another five hostages in "
            "Tapachula in June.",
            "en",
        ),
        (
            "Militares liberan a 12 secuestrados en Tapachula.\n\nSoldados liberaron a 12 "
            "víctimas de secuestro en una casa de Tapachula, Chiapas. Los rehenes fueron "
            "liberados el sábado. Sus captores habían pedido dinero a sus familias. El ejército "
            "rescató a otros cinco rehenes en Tapachula en junio.",
            "es",
        ),
    ],
)
def test_a_month_alone_is_not_the_week_of_a_weekday(text: str, language: str) -> None:
    # A weekday falls in the week before the report was written; a month named alone
    # after it, in whatever month, recalls an earlier incident.
    assert len(records(text, language, "ASSAULT")) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Journalist Shot Dead in Honduras.\n\nGunmen shot dead a radio journalist on Monday "
            "in the town of Tocoa, Colon, police said. He had worked for the station for ten "
            "years. His family asked for justice.\n\nTwo other reporters were killed in Tocoa in "
            "October. A spokeswoman for a press union said the killings of the three reporters "
            "are part of a campaign of fear.",
            "en",
        ),
        (
            "Asesinan a periodista en Honduras.\n\nHombres armados asesinaron el lunes a un "
            "periodista de radio en el poblado de Tocoa, Colón, informó la policía. Trabajaba en "
            "la emisora desde hacía diez años. Su familia pidió justicia.\n\nOtros dos "
            "periodistas fueron asesinados en Tocoa en octubre. Una vocera de un sindicato de "
            "prensa dijo que los asesinatos de los tres periodistas forman parte de una campaña "
            "de miedo.",
            "es",
        ),
    ],
)
def test_a_later_sentence_naming_no_time_keeps_a_recalled_month_historical(
    text: str, language: str
) -> None:
    """A sentence after the lead that only refers back to the acts dates none of them: the
    killings of October stay an earlier episode the report recalls."""
    factualities = sorted(r.factuality for r in records(text, language, "ASSAULT"))
    assert factualities == ["asserted", "historical"]


_UNDATED_LEAD = {
    "en": "Gunmen killed a rancher in Comitán, Chiapas, police said. The rancher had received "
    "threats for months. His family asked the governor for protection. Neighbours said he "
    "rarely left his ranch. ",
    "es": "Hombres armados asesinaron a un ganadero en Comitán, Chiapas, informó la policía. El "
    "ganadero había recibido amenazas durante meses. Su familia pidió protección al "
    "gobernador. Sus vecinos dijeron que casi no salía de su rancho. ",
}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            _UNDATED_LEAD["en"] + "Since then, soldiers have detained Mateo Quirarte Lunel, a "
            "suspected smuggler. On Monday, federal agents detained Lisandro Ebrard Cota in "
            "Tapachula.",
            "en",
        ),
        (
            _UNDATED_LEAD["es"] + "Desde entonces, soldados detuvieron a Mateo Quirarte Lunel, "
            "un presunto contrabandista. El lunes, agentes federales detuvieron a Lisandro "
            "Ebrard Cota en Tapachula.",
            "es",
        ),
    ],
)
def test_a_sentence_opening_with_an_unfixed_day_after_an_undated_act_tells_another(
    text: str, language: str
) -> None:
    # The first arrest, told past the lead, names no day; the sentence after opens with one
    # of its own. With a publication date the day would be a past day that keeps the two
    # apart (`_dated_apart`); with none it cannot be fixed, yet it still opens the telling
    # of another act.
    assert len(records(text, language, "COERCE")) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            _UNDATED_LEAD["en"] + "Since then, soldiers have detained Mateo Quirarte Lunel, a "
            "suspected smuggler. He was handed to prosecutors on Monday in Tapachula.",
            "en",
        ),
        (
            _UNDATED_LEAD["es"] + "Desde entonces, soldados detuvieron a Mateo Quirarte Lunel, "
            "un presunto contrabandista. Fue detenido el lunes en Tapachula, según la fiscalía.",
            "es",
        ),
    ],
)
def test_an_unfixed_day_later_in_the_sentence_may_date_the_undated_act(
    text: str, language: str
) -> None:
    assert len(records(text, language, "COERCE")) == 1

"""A subheadline in a roundup of the day's news (a line of its own, worded as a headline)
titles the story told after it, not the one before it. Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.evaluation.metrics import process_text

DAY = dt.date(2016, 3, 15)


def _evidence_by_place(text: str, language: str) -> dict[str | None, list[str]]:
    return {
        r.place: r.evidence
        for r in process_text(text, language, DAY)[1]
        if r.event_type == "ASSAULT"
    }


@pytest.mark.parametrize(
    ("text", "language", "title", "story_place", "other_place"),
    [
        (
            "Matan a dos policías en Tecpan\n\nHombres armados mataron este lunes a dos "
            "policías municipales en Tecpan de Galeana, Guerrero.\n\nHallan a un joven sin "
            "vida\n\nEn Atoyac de Álvarez, Guerrero, fue hallado este domingo el cuerpo de un "
            "joven con huellas de tortura.",
            "es",
            "Hallan a un joven sin vida",
            "Atoyac de Álvarez",
            "Tecpan de Galeana",
        ),
        (
            "Gunmen kill two police officers in Tecpan\n\nGunmen killed two municipal police "
            "officers on Monday in Tecpan de Galeana, Guerrero.\n\nShopkeeper shot dead\n\nA "
            "shopkeeper was shot dead on Sunday in Atoyac de Alvarez, Guerrero, police "
            "officials said.",
            "en",
            "Shopkeeper shot dead",
            "Atoyac de Alvarez",
            "Tecpan de Galeana",
        ),
    ],
)
def test_a_subheadline_titles_the_story_after_it(
    text: str, language: str, title: str, story_place: str, other_place: str
) -> None:
    evidence = _evidence_by_place(text, language)
    assert title in evidence[story_place]
    assert title not in evidence[other_place]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Matan a un comerciante en Tapachula\n\nHombres armados mataron este lunes a un "
            "comerciante en Tapachula, Chiapas.\n\nPiden aclarar el asesinato\n\nLa familia "
            "pidió a la fiscalía esclarecer el asesinato.",
            "es",
        ),
        (
            "Gunmen kill a shopkeeper in Tapachula\n\nGunmen killed a shopkeeper on Monday in "
            "Tapachula, Chiapas.\n\nFamily seeks answers over the killing\n\nHis family asked "
            "prosecutors to solve the killing.",
            "en",
        ),
    ],
)
def test_a_title_over_a_comment_that_dates_nothing_stays_with_the_story(
    text: str, language: str
) -> None:
    assert len(_evidence_by_place(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language", "story_state"),
    [
        (
            "Acapulco, Gro. Hombres armados mataron este lunes a dos policías municipales en "
            "Acapulco.\n\nHallan restos de un joven\n\nEn el poblado de Jala, Nayarit, "
            "fueron hallados este domingo los restos de un joven desaparecido.\n\nLa policía "
            "detuvo como sospechoso a un vecino.",
            "es",
            "Nayarit",
        ),
        (
            "ACAPULCO, Guerrero -- Gunmen killed two municipal police officers in Acapulco on "
            "Monday.\n\nRemains of a missing youth found\n\nIn the village of Jala, Nayarit, "
            "the remains of a missing young man were found on Sunday.\n\nPolice detained a "
            "neighbour as a suspect.",
            "en",
            "Nayarit",
        ),
    ],
)
def test_an_unplaced_act_under_a_subheadline_is_in_the_place_its_story_names(
    text: str, language: str, story_state: str
) -> None:
    # A roundup's later story is not filed from the dateline: its own place holds its acts.
    arrests = [r for r in process_text(text, language, DAY)[1] if r.event_type == "COERCE"]
    assert [r.admin1 for r in arrests] == [story_state]

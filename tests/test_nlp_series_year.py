"""A bare month after a sentence that states a year takes that year in a report with no
date (labelling conventions: an enumerated series under a stated year). Invented texts."""

from __future__ import annotations

import datetime as dt

import pytest

from hito.ingest import content_hash
from hito.models import Report
from hito.nlp import annotate


def _dates(text: str, language: str, published: dt.date | None = None) -> list[list[dt.date]]:
    report = Report(text=text, content_hash=content_hash(text), published=published)
    return [[d.date for d in s.dates] for s in annotate(report, language).sentences]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The invented gang lost several leaders in 2014. Its chief was arrested in "
            "January by the army.",
            "en",
        ),
        (
            "La banda inventada perdió a varios jefes en 2014. Su líder fue detenido en "
            "enero por el Ejército.",
            "es",
        ),
    ],
)
def test_a_month_after_a_stated_year_takes_that_year(text: str, language: str) -> None:
    assert _dates(text, language)[1] == [dt.date(2014, 1, 1)]


def test_two_months_or_a_dated_report_are_left_as_they_are() -> None:
    two = (
        "The invented gang lost several leaders in 2014. Its chief was captured in January, "
        "and in March its second was killed."
    )
    assert _dates(two, "en")[1] == []
    dated = "The invented gang lost several leaders in 2014. Its chief was arrested in January."
    assert _dates(dated, "en", dt.date(2016, 5, 3))[1] == [dt.date(2016, 1, 1)]

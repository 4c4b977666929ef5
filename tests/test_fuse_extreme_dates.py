"""Records dated at the ends of the calendar never stop fusion (no date overflow)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from hito.ingest import content_hash
from hito.models import AnnotatedReport, EventRecord, Report, Sentence
from hito.store import Store


@pytest.mark.parametrize("day", [dt.date(9999, 12, 31), dt.date(1, 1, 1), dt.date(9999, 12, 28)])
@pytest.mark.parametrize("precision", ["day", "week", "month"])
def test_extreme_dates_fuse(tmp_path: Path, day: dt.date, precision: str) -> None:
    text = "Gunmen attacked a patrol in Tapachula, Chiapas."
    report = Report(text=text, content_hash=content_hash(text), published=dt.date(2025, 1, 2))
    annotated = AnnotatedReport(report, "en", [Sentence(0, text, 0, len(text))])
    record = EventRecord(
        event_type="ASSAULT",
        date=day,
        date_precision=precision,  # type: ignore[arg-type]
        place="Tapachula",
        country="MX",
        admin1="Chiapas",
        latitude=14.9,
        longitude=-92.26,
        geo_precision=1,
        evidence=[text],
    )
    with Store(tmp_path / "h.db") as store:
        ids = store.save_report(annotated, [record], fuse=True)
        assert len(ids) == 1

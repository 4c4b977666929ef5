"""Weekly trends: counts by type against the area's 4- and 52-week averages."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from hito.cli import main
from hito.models import AnnotatedReport, EventRecord, Report, Sentence
from hito.store import Store
from hito.watch import Area, weekly_trends

UNTIL = dt.date(2025, 9, 3)  # a Wednesday: the latest week starts on Monday 1 September
WEEK = dt.date(2025, 9, 1)
_serial = count()


def save(store: Store, day: dt.date, event_type: str = "ASSAULT", **kw: Any) -> None:
    n = next(_serial)
    text = f"Report {n} about an event on {day.isoformat()}."
    digest = hashlib.sha256(text.encode()).hexdigest()
    report = Report(text=text, content_hash=digest, published=day, language="en")
    fields: dict[str, Any] = {
        "event_type": event_type,
        "date": day,
        "date_precision": "day",
        "country": "MX",
        "admin1": "Chiapas",
        "place": "Tapachula",
        "latitude": 14.905,
        "longitude": -92.259,
        "geo_precision": 1,
        "evidence": [text],
        **kw,
    }
    annotated = AnnotatedReport(report, "en", [Sentence(0, text, 0, len(text))])
    store.save_report(annotated, [EventRecord(**fields)])


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("trends") / "hito.db"
    with Store(path) as store:
        for week in range(1, 53):  # one assault a week for the past year
            save(store, WEEK - dt.timedelta(weeks=week) + dt.timedelta(days=2))
        for week in range(1, 5):  # two arrests a week over the past four weeks
            for day in (0, 4):
                save(store, WEEK - dt.timedelta(weeks=week, days=-day), "COERCE")
        for day in (0, 1, 2):  # this week: three assaults and a first protest
            save(store, WEEK + dt.timedelta(days=day))
        save(store, WEEK, "PROTEST")
        # Not counted: another country, a hypothetical, a date known only to the month.
        save(
            store,
            WEEK,
            country="GT",
            admin1="Huehuetenango",
            place="La Mesilla",
            latitude=15.6167,
            longitude=-91.9833,
        )
        save(store, WEEK, factuality="hypothetical")
        save(store, WEEK, date_precision="month")
    return path


def test_weekly_counts_against_the_averages(db: Path) -> None:
    with Store(db) as store:
        table = weekly_trends(store, Area(country="MX", admin1="Chiapas"), until=UNTIL)
    assert table.weeks == [WEEK - dt.timedelta(weeks=i) for i in (3, 2, 1, 0)]
    assert table.partial and table.weeks4 == 4 and table.weeks52 == 52
    rows = {r.event_type: r for r in table.rows}
    assert [r.event_type for r in table.rows] == ["ASSAULT", "PROTEST", "COERCE", "ALL"]
    assault = rows["ASSAULT"]
    assert assault.counts == [1, 1, 1, 3]
    assert (assault.avg4, assault.avg52) == (1.0, 1.0)
    assert assault.change4 == pytest.approx(200.0) and assault.change52 == pytest.approx(200.0)
    coerce = rows["COERCE"]
    assert coerce.counts == [2, 2, 2, 0]
    assert coerce.avg4 == 2.0 and coerce.avg52 == pytest.approx(8 / 52)
    assert coerce.change4 == pytest.approx(-100.0)
    assert rows["PROTEST"].counts == [0, 0, 0, 1] and rows["PROTEST"].change52 is None
    total = rows["ALL"]
    assert total.counts == [3, 3, 3, 4] and total.avg4 == 3.0
    assert total.avg52 == pytest.approx(60 / 52)
    data = table.as_dict()
    assert data["latest_week"] == "2025-09-01" and data["weeks_in_52_week_average"] == 52
    assert data["rows"][0]["change_vs_4_weeks_pct"] == 200.0


def test_averages_only_cover_weeks_with_coverage(tmp_path: Path) -> None:
    with Store(tmp_path / "hito.db") as store:
        for week in (1, 2, 3):
            save(store, WEEK - dt.timedelta(weeks=week))
        save(store, WEEK)
        table = weekly_trends(store, Area(), until=UNTIL, weeks=2)
    assert (table.weeks4, table.weeks52) == (3, 3)
    total = table.rows[-1]
    assert total.counts == [1, 1] and total.avg4 == 1.0 and total.avg52 == 1.0


def test_saturday_weeks_and_a_radius(db: Path) -> None:
    with Store(db) as store:
        near = weekly_trends(
            store, Area(center=(14.905, -92.259), within_km=5), until=UNTIL, first_weekday=5
        )
        far = weekly_trends(store, Area(center=(15.6167, -91.9833), within_km=5), until=UNTIL)
    assert near.latest_week == dt.date(2025, 8, 30)
    assert near.rows[-1].latest == 4
    assert far.rows[-1].counts == [0, 0, 0, 1]  # the Guatemalan event


def test_cli_trends(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["trends", "--db", str(db), "--until", "2025-09-03"]
    table = runner.invoke(main, [*args, "--area", "MX/Chiapas"], terminal_width=200)
    assert table.exit_code == 0, table.output
    assert "ASSAULT" in table.output and "+200%" in table.output and "new" in table.output
    assert "(to date)" in table.output
    out = runner.invoke(main, [*args, "--area", "MX/Chiapas", "--format", "json", "--weeks", "2"])
    data = json.loads(out.output)
    assert data["rows"][-1] == {
        "event_type": "ALL",
        "counts": [3, 4],
        "latest": 4,
        "avg_4_weeks": 3.0,
        "avg_52_weeks": round(60 / 52, 3),
        "change_vs_4_weeks_pct": 33.3,
        "change_vs_52_weeks_pct": round((4 - 60 / 52) / (60 / 52) * 100, 1),
    }
    config = tmp_path / "watch.toml"
    config.write_text('[[watch]]\nname = "tapachula"\nnear = "Tapachula"\nwithin_km = 3\n')
    named = runner.invoke(
        main, [*args, "--config", str(config), "--area", "tapachula", "--format", "json"]
    )
    assert named.exit_code == 0, named.output
    assert json.loads(named.output)["rows"][-1]["latest"] == 4
    bad = runner.invoke(main, [*args, "--area", "Chiapas"])
    assert bad.exit_code != 0 and "expected GT" in bad.output

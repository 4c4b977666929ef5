"""The surge test on generated weekly series, and surge alerts from stored events."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import math
import random
from pathlib import Path

import pytest

from hito.models import AnnotatedReport, EventRecord, Report, Sentence
from hito.store import Store
from hito.store import watch_state as state
from hito.watch import SurgeSettings, Watcher, alert_weeks, config_from_dict, poisson_sf
from hito.watch.surge import surge_test, week_start, weekly_counts

DEFAULT = SurgeSettings()  # 8 weeks, p < 0.01, at least 3 events, at least 4 weeks of history


def poisson_series(lam: float, weeks: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    out = []
    for _ in range(weeks):  # Knuth's method: fine for small lambda
        limit, k, p = math.exp(-lam), 0, 1.0
        while True:
            p *= rng.random()
            if p <= limit:
                break
            k += 1
        out.append(k)
    return out


def test_poisson_tail_matches_the_exact_sums() -> None:
    assert poisson_sf(0, 3.0) == 1.0
    assert poisson_sf(3, 1.0) == pytest.approx(1 - math.exp(-1) * 2.5, rel=1e-12)
    exact = 1 - math.fsum(math.exp(-4) * 4**i / math.factorial(i) for i in range(10))
    assert poisson_sf(10, 4.0) == pytest.approx(exact, rel=1e-9)
    assert 0 < poisson_sf(150, 100.0) < 1e-5  # far tail, no underflow to 0 or 1 - 1
    assert poisson_sf(2, 0.0) == 0.0


@pytest.mark.parametrize("level", [0, 1, 3, 10, 40])
def test_flat_series_never_alert(level: int) -> None:
    assert alert_weeks([level] * 104, DEFAULT) == []


@pytest.mark.parametrize(("base", "jump"), [(0, 3), (1, 5), (2, 8), (5, 15), (10, 25)])
def test_a_spike_alerts_once(base: int, jump: int) -> None:
    series = [base] * 20 + [jump] + [base] * 20
    assert alert_weeks(series, DEFAULT) == [20]


@pytest.mark.parametrize(("base", "jump"), [(1, 5), (2, 8), (5, 15)])
def test_a_step_up_alerts_once(base: int, jump: int) -> None:
    series = [base] * 20 + [jump] * 30
    assert alert_weeks(series, DEFAULT) == [20]


def test_two_separate_rises_alert_twice() -> None:
    series = [2] * 20 + [9] + [2] * 20 + [9] + [2] * 5
    assert alert_weeks(series, DEFAULT) == [20, 41]


def test_small_rises_do_not_alert() -> None:
    assert alert_weeks([0] * 20 + [2] + [0] * 5, DEFAULT) == []  # below min_count
    assert alert_weeks([2] * 20 + [5] + [2] * 5, DEFAULT) == []  # p = 0.053
    assert alert_weeks([5] * 20 + [10] + [5] * 5, DEFAULT) == []  # p = 0.032


def test_too_little_history_does_not_alert() -> None:
    assert alert_weeks([0, 0, 0, 12], DEFAULT) == []  # 3 weeks < min_history 4
    assert alert_weeks([0, 0, 0, 0, 12], DEFAULT) == [4]


def test_the_test_reports_its_numbers() -> None:
    test = surge_test([2] * 8, 8, DEFAULT)
    assert test.baseline == 2 and test.history_weeks == 8 and test.significant
    assert test.p_value == pytest.approx(poisson_sf(8, 2.0))
    assert test.p_value == pytest.approx(0.0011, abs=5e-5)
    assert not surge_test([2] * 8, 5, DEFAULT).significant


@pytest.mark.parametrize("lam", [1.0, 5.0, 20.0])
def test_false_alarms_on_poisson_noise_stay_near_the_level(lam: float) -> None:
    # The baseline is estimated from 8 weeks, so the rate is a little above p = 1 %
    # (about 1.0-1.3 % of weeks in simulations); 2 % bounds it with room.
    series = poisson_series(lam, 1040, seed=42)
    assert len(alert_weeks(series, DEFAULT)) / len(series) < 0.02


def test_week_buckets() -> None:
    assert week_start(dt.date(2025, 9, 3)) == dt.date(2025, 9, 1)
    assert week_start(dt.date(2025, 9, 3), first_weekday=5) == dt.date(2025, 8, 30)
    days = [dt.date(2025, 9, 1), dt.date(2025, 9, 7), dt.date(2025, 9, 8), dt.date(2025, 8, 31)]
    assert weekly_counts(days, dt.date(2025, 9, 1), 2) == [2, 1]


# -- surge alerts from the store -----------------------------------------------------------


def save_event(store: Store, day: dt.date, n: int, place: str = "Frontera Comalapa") -> str:
    text = f"Report {n}: shooting in {place} on {day.isoformat()}."
    digest = hashlib.sha256(text.encode()).hexdigest()
    report = Report(text=text, content_hash=digest, title=f"r{n}", published=day, language="en")
    annotated = AnnotatedReport(report, "en", [Sentence(0, text, 0, len(text))])
    record = EventRecord(
        event_type="ASSAULT",
        date=day,
        date_precision="day",
        place=place,
        country="MX",
        admin1="Chiapas",
        latitude=15.66,
        longitude=-92.14,
        geo_precision=1,
        evidence=[text],
    )
    return store.save_report(annotated, [record])[0]


def test_watcher_raises_one_surge_alert_per_rise(tmp_path: Path) -> None:
    today = dt.date(2025, 9, 3)  # Wednesday; the week starts on Monday 1 September
    clock_t = dt.datetime(2025, 9, 3, 12, tzinfo=dt.UTC).timestamp()
    config = config_from_dict(
        {
            "watch": {"name": "chiapas", "country": "MX", "admin1": "Chiapas", "alerts": "surge"},
            "delivery": {"terminal": True},
        }
    )
    out = io.StringIO()
    with Store(tmp_path / "hito.db") as store:
        n = 0
        for week in range(1, 11):  # two events a week for ten weeks: the baseline
            for day in (1, 3):
                n += 1
                save_event(store, week_start(today) - dt.timedelta(weeks=week, days=-day), n)
        watcher = Watcher(store, config, clock=lambda: clock_t, stream=out)
        assert watcher.tick().alerts == []
        ids = []
        for _ in range(8):  # this week: eight
            n += 1
            ids.append(save_event(store, today, n))
        alerts = watcher.tick().alerts
        assert [a.alert_id for a in alerts] == ["chiapas/surge/2025-09-01"]
        payload = alerts[0].payload
        assert payload["surge"]["count"] == 8 and payload["surge"]["baseline"] == 2.0
        assert payload["surge"]["p_value"] < 0.01
        assert sorted(e["event_id"] for e in payload["events"]) == sorted(ids)
        assert all(e["evidence"] for e in payload["events"])
        n += 1
        save_event(store, today, n)  # more the same week: no second alert
        assert watcher.tick().alerts == []
        assert out.getvalue().count("ALERT [surge]") == 1
        assert len(state.list_alerts(store, kind="surge")) == 1

"""The watch config: sources, watches (areas and filters), delivery; the example config."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from hito.models import Actor, EventRecord
from hito.watch import ConfigError, config_from_dict, load_config, parse_area_spec
from hito.watch.area import Area, area_from_table
from hito.watch.durations import format_duration, parse_duration
from hito.watch.poller import backoff_delay
from hito.watch.rules import EventFilters, filters_from_table, watch_from_table

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "watch.toml"


def record(**kw: Any) -> EventRecord:
    base: dict[str, Any] = {
        "event_type": "ASSAULT",
        "date": dt.date(2025, 9, 1),
        "date_precision": "day",
        "place": "Ciudad Cuauhtémoc",
        "country": "MX",
        "admin1": "Chiapas",
        "latitude": 15.66587,
        "longitude": -92.00388,
        "geo_precision": 1,
    }
    return EventRecord(**{**base, **kw})


def test_the_example_config_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HITO_WEBHOOK_SECRET", "x")
    config = load_config(SAMPLE)
    assert [s.kind for s in config.sources] == ["feed", "json", "folder"]
    assert config.sources[0].every == 600 and config.sources[1].language == "es"
    assert Path(config.sources[2].location) == SAMPLE.parent / "inbox"
    assert config.settings.db == SAMPLE.parent / "../hito.db"
    assert config.settings.per_host_per_minute == 6 and config.settings.backoff_max == 6 * 3600
    names = [w.name for w in config.watches]
    assert names[0] == "la-mesilla" and len(names) == 5
    mesilla = config.watches[0]
    assert mesilla.area.center == pytest.approx((15.6167, -91.9833))
    assert mesilla.area.within_km == 20
    assert config.delivery.log_file == SAMPLE.parent / "alerts.jsonl"
    assert config.delivery.webhooks[0].channel == "webhook:ops"


def test_a_webhook_needs_its_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HITO_WEBHOOK_SECRET", raising=False)
    with pytest.raises(ConfigError, match="HITO_WEBHOOK_SECRET is not set"):
        load_config(SAMPLE)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"source": {"feed": "ftp://x"}}, "http"),
        ({"source": {"feed": "http://x", "json": "http://y"}}, "exactly one"),
        ({"source": {"feed": "http://x", "every": "soon"}}, "duration"),
        ({"source": [{"feed": "http://x"}, {"feed": "http://x"}]}, "twice"),
        ({"watch": {"country": "GT"}}, "needs a name"),
        ({"watch": {"name": "a", "types": ["SHOOTING"]}}, "unknown SHOOTING"),
        ({"watch": {"name": "a", "min": {"dead": 1}}}, "min.dead"),
        ({"watch": {"name": "a", "within_km": 5}}, "needs near"),
        ({"watch": {"name": "a", "near": "Nowhere Town Xyz"}}, "not in the gazetteer"),
        ({"watch": {"name": "a", "bbox": [1, 2, 3]}}, "4 numbers"),
        ({"watch": {"name": "a", "alerts": ["sms"]}}, "unknown sms"),
        ({"watch": {"name": "a", "surge": {"p": 2}}}, "probability"),
        ({"watch": {"name": "a", "colour": "red"}}, "unknown key"),
        ({"delivery": {"webhook": {"url": "http://x"}}}, "secret"),
        ({"sources": []}, "unknown key 'sources'"),
    ],
)
def test_config_errors_name_the_key(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        config_from_dict(data)


def test_durations() -> None:
    assert parse_duration(90, "x") == 90
    assert parse_duration("10m", "x") == 600
    assert parse_duration("1.5h", "x") == 5400
    assert parse_duration("2d", "x") == 172800
    assert format_duration(600) == "10m" and format_duration(45) == "45s"
    for bad in ("-1", "ten", True, -3):
        with pytest.raises(ConfigError):
            parse_duration(bad, "x")


def test_backoff_doubles_up_to_the_cap_and_honours_retry_after() -> None:
    assert [backoff_delay(60, n, 3600, None) for n in range(1, 8)] == [
        60,
        120,
        240,
        480,
        960,
        1920,
        3600,
    ]
    assert backoff_delay(60, 1, 3600, 300) == 300


def test_a_radius_around_a_border_crossing() -> None:
    area = area_from_table({"near": "La Mesilla", "within_km": 20}, "w")
    assert area.contains(record())  # Ciudad Cuauhtémoc, about 4 km away
    assert not area.contains(record(place="Tapachula", latitude=14.905, longitude=-92.259))
    # A state-level point says nothing about where in the state it happened.
    assert not area.contains(record(geo_precision=3))
    assert not area.contains(record(latitude=None, longitude=None))
    assert "La Mesilla" in area.describe()


def test_country_admin1_and_box() -> None:
    peten = Area(country="GT", admin1="Peten")
    assert peten.contains(record(country="GT", admin1="Petén", geo_precision=3))
    assert not peten.contains(record(country="GT", admin1="Huehuetenango"))
    box = area_from_table({"bbox": [-92.1, 15.5, -91.9, 15.8]}, "w")
    assert box.contains(record())
    assert not box.contains(record(longitude=-92.2))
    assert Area().contains(record(latitude=None, longitude=None, geo_precision=4))


def test_filters() -> None:
    flt = filters_from_table(
        {"types": ["assault"], "sectors": ["MIL"], "min": {"killed": 1, "displaced": 50}}, "w"
    )
    soldiers = [Actor(name="Mexican Army", sector="MIL")]
    assert flt.matches(record(actors=soldiers, killed=2))
    assert flt.matches(record(targets=soldiers, displaced=60))  # either figure
    assert not flt.matches(record(actors=soldiers, killed=0, displaced=10))
    assert not flt.matches(record(killed=2))  # no MIL actor
    assert not flt.matches(record(event_type="COERCE", actors=soldiers, killed=2))
    default = EventFilters()
    assert default.matches(record(factuality="reported"))
    assert not default.matches(record(factuality="hypothetical"))
    assert not default.matches(record(factuality="historical"))
    assert EventFilters(cross_border=True).matches(record(cross_border=True))
    assert not EventFilters(cross_border=True).matches(record())


def test_old_events_are_not_news() -> None:
    watch = watch_from_table({"name": "w", "max_age_days": 10}, "w")
    today = dt.date(2025, 9, 3)
    assert watch.wants(record(), today)
    assert not watch.wants(record(date=dt.date(2025, 8, 1)), today)
    assert watch.wants(record(date=None, date_precision="unknown"), today)
    assert not watch.counts(record(date=None, date_precision="unknown"))


def test_area_specs_on_the_command_line() -> None:
    assert parse_area_spec("gt") == Area(country="GT")
    assert parse_area_spec("MX/Chiapas") == Area(country="MX", admin1="Chiapas")
    assert parse_area_spec("bbox:-92,15,-91,16").bbox == (-92, 15, -91, 16)
    near = parse_area_spec("near:La Mesilla:5")
    assert near.within_km == 5 and near.center == pytest.approx((15.6167, -91.9833))
    assert parse_area_spec("near:Tecún Umán").within_km == 20
    with pytest.raises(ConfigError):
        parse_area_spec("Guatemala")

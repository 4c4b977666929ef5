import datetime as dt
import hashlib
from collections.abc import Callable

import pytest

from hito.models import AnnotatedReport, EventRecord, Report
from hito.store import EventFilter, Store


def _save(store: Store, text: str, *recs: EventRecord) -> list[str]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    report = Report(text=text, content_hash=digest, url=f"https://news.example/{digest[:6]}")
    return store.save_report(
        AnnotatedReport(report=report, language="en", sentences=[]), list(recs)
    )


@pytest.fixture
def store(db_at: Callable[[str], str]) -> Store:
    store = Store(db_at("m1"))
    _save(
        store,
        "one",
        EventRecord(
            event_type="ASSAULT",
            date=dt.date(2025, 6, 1),
            country="GT",
            admin1="Huehuetenango",
            cross_border=True,
        ),
        EventRecord(
            event_type="COERCE",
            date=dt.date(2025, 7, 15),
            country="GT",
            admin1="Petén",
            factuality="reported",
        ),
    )
    _save(
        store,
        "two",
        EventRecord(
            event_type="MOBILIZE", country="MX", admin1="Chiapas", factuality="hypothetical"
        ),
        EventRecord(
            event_type="ASSAULT", date=dt.date(2024, 12, 31), country="MX", admin1="Chiapas"
        ),
    )
    return store


def _types(store: Store, flt: EventFilter | None = None) -> list[str]:
    return [e.record.event_type for e in store.events(flt)]


def test_order_newest_first_undated_last(store: Store) -> None:
    assert _types(store) == ["COERCE", "ASSAULT", "ASSAULT", "MOBILIZE"]
    assert store.count_events() == 4


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(event_type="ASSAULT"), ["ASSAULT", "ASSAULT"]),
        (EventFilter(event_type="assault", country="mx"), ["ASSAULT"]),
        (EventFilter(admin1="petén"), ["COERCE"]),
        (EventFilter(date_from=dt.date(2025, 1, 1)), ["COERCE", "ASSAULT"]),
        (EventFilter(date_to=dt.date(2025, 6, 1)), ["ASSAULT", "ASSAULT"]),
        (EventFilter(cross_border=True), ["ASSAULT"]),
        (EventFilter(cross_border=False, country="MX"), ["ASSAULT", "MOBILIZE"]),
        (EventFilter(factuality="hypothetical"), ["MOBILIZE"]),
        (EventFilter(country="BZ"), []),
    ],
)
def test_filters(store: Store, flt: EventFilter, expected: list[str]) -> None:
    assert _types(store, flt) == expected
    assert store.count_events(flt) == len(expected)


def test_paging(store: Store) -> None:
    all_ids = [e.event_id for e in store.events()]
    assert [e.event_id for e in store.events(EventFilter(limit=2))] == all_ids[:2]
    assert [e.event_id for e in store.events(EventFilter(limit=2, offset=2))] == all_ids[2:]
    assert [e.event_id for e in store.events(EventFilter(offset=3))] == all_ids[3:]
    assert store.count_events(EventFilter(limit=1)) == 4


def test_filter_values_are_not_sql(store: Store) -> None:
    assert store.events(EventFilter(country="GT' OR '1'='1")) == []
    assert store.count_events() == 4


def test_listed_events_carry_mentions(store: Store) -> None:
    for event in store.events():
        assert len(event.mentions) == 1
        assert event.mentions[0].url is not None


def test_paging_past_any_integer_the_database_holds(store: Store) -> None:
    # found by schemathesis: /api/events?offset=16735630657597079472 was a 500
    assert store.events(EventFilter(offset=2**64)) == []
    assert len(store.events(EventFilter(limit=2**70))) == 4

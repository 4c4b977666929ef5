"""Fusion in the store: stable ids, tombstones, history, editors' decisions, migrations."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from hito.fuse import FusionConfig
from hito.models import Actor, AnnotatedReport, EventRecord, Report
from hito.store import MIGRATIONS, FusionError, Store, apply_migrations

PNC = Actor(name="Guatemalan National Civil Police", sector="COP", country="GT")
TOWNS = {
    "Tecún Umán": ("GT", "San Marcos", 14.6774, -92.1404),
    "Ciudad Hidalgo": ("MX", "Chiapas", 14.6802, -92.1519),
    "La Mesilla": ("GT", "Huehuetenango", 15.6167, -91.9833),
}


def report(text: str, published: str = "2025-03-05", language: str = "en") -> AnnotatedReport:
    digest = hashlib.sha256(text.encode()).hexdigest()
    item = Report(
        text=text,
        content_hash=digest,
        title=text[:20],
        url=f"https://example.org/{digest[:6]}",
        published=dt.date.fromisoformat(published),
        language=language,
    )
    return AnnotatedReport(report=item, language=language, sentences=[])


def shootout(town: str = "Tecún Umán", day: str = "2025-03-04", **kw: Any) -> EventRecord:
    country, admin1, lat, lon = TOWNS[town]
    fields: dict[str, Any] = dict(
        event_type="ASSAULT",
        mode="firearms",
        date=dt.date.fromisoformat(day),
        date_precision="day",
        place=town,
        country=country,
        admin1=admin1,
        latitude=lat,
        longitude=lon,
        geo_precision=1,
        actors=[PNC],
        killed=3,
        evidence=[f"A shootout in {town}."],
    )
    fields.update(kw)
    return EventRecord(**fields)


def test_reports_of_one_incident_become_one_event_with_their_mentions(
    db_at: Callable[[str], str],
) -> None:
    with Store(db_at("m1")) as store:
        (first,) = store.save_report(report("en one"), [shootout()], fuse=True)
        again = store.save_report(report("es uno", language="es"), [shootout(killed=4)], fuse=True)
        assert again == [first]
        (event,) = store.events()
        assert event.event_id == first and len(event.mentions) == 2
        assert event.record.killed == 3
        figures = store.figures(first)["killed"]
        assert (figures.low, figures.best, figures.high, figures.sources) == (3, 3, 4, 2)
        assert store.deleted() == []  # the second report's own event was never seen
        (entry,) = store.history(first)
        assert entry.action == "attach" and len(entry.records) == 1 and not entry.manual


def test_re_ingesting_a_report_changes_nothing(db_at: Callable[[str], str]) -> None:
    with Store(db_at("m2")) as store:
        ids = store.save_report(report("en one"), [shootout()], fuse=True)
        store.save_report(report("es uno"), [shootout(killed=4)], fuse=True)
        before = [(e.event_id, e.updated_at, e.record) for e in store.events()]
        history = store.history()
        assert store.save_report(report("en one"), [shootout(killed=9)], fuse=True) == ids
        assert store.save_report(report("es uno"), [], fuse=True) == ids
        assert [(e.event_id, e.updated_at, e.record) for e in store.events()] == before
        assert store.history() == history


def test_twin_towns_stay_two_events(db_at: Callable[[str], str]) -> None:
    with Store(db_at("m3")) as store:
        a = store.save_report(report("gt"), [shootout("Tecún Umán")], fuse=True)
        b = store.save_report(report("mx"), [shootout("Ciudad Hidalgo")], fuse=True)
        assert a != b and store.count_events() == 2


def test_pending_records_fuse_later_and_leave_tombstones(
    db_at: Callable[[str], str], tmp_path: Path
) -> None:
    with Store(db_at("hito.db")) as store:
        (a,) = store.save_report(report("one"), [shootout()])
        (b,) = store.save_report(report("two"), [shootout(killed=4)])
        assert store.count_events() == 2
        summary = store.fuse_pending()
        assert (summary.records, summary.merged) == (2, 1)
        assert [e.event_id for e in store.events()] == [a]
        (tomb,) = store.deleted(dt.date(2000, 1, 1))
        assert (tomb.event_id, tomb.successor, tomb.reason) == (b, a, "merged")
        assert store.deleted(dt.datetime.now(dt.UTC) + dt.timedelta(days=1)) == []
        assert store.resolve_event_id(b) == a and store.resolve_event_id("nope") is None
        assert store.fuse_pending().records == 0


def test_a_report_that_links_two_events_merges_them_into_the_older(
    db_at: Callable[[str], str],
) -> None:
    with Store(db_at("m4")) as store:
        (a,) = store.save_report(report("one"), [shootout()])
        (b,) = store.save_report(report("two"), [shootout(killed=4)])
        store.keep_apart([a, b])
        (c,) = store.save_report(report("three"), [shootout()], fuse=True)
        assert c in (a, b) and store.count_events() == 2  # kept apart: joins one only
    with Store(db_at("m5")) as store:
        (a,) = store.save_report(report("one"), [shootout()])
        store.fuse_pending()
        (b,) = store.save_report(report("two"), [shootout("La Mesilla")], fuse=True)
        assert store.count_events() == 2
        store.merge_events([b, a], note="same clash, misplaced")
        assert [e.event_id for e in store.events()] == [b]
        (tomb,) = store.deleted()
        assert (tomb.event_id, tomb.successor, tomb.reason) == (a, b, "merged by hand")


def test_manual_merge_and_split_survive_re_fusion(db_at: Callable[[str], str]) -> None:
    with Store(db_at("m6")) as store:
        (a,) = store.save_report(report("gt"), [shootout()], fuse=True)
        (b,) = store.save_report(report("far"), [shootout("La Mesilla")], fuse=True)
        store.merge_events([a, b])
        (c,) = store.save_report(report("es"), [shootout(killed=4)], fuse=True)
        assert c == a and store.count_events() == 1
        es_hash = hashlib.sha256(b"es").hexdigest()
        split = store.split_event(a, [es_hash[:8]], note="another clash")
        assert split == f"{es_hash[:12]}-1" and store.count_events() == 2
        store.refuse()
        events = {e.event_id: {m.content_hash[:6] for m in e.mentions} for e in store.events()}
        assert events == {
            a: {hashlib.sha256(t).hexdigest()[:6] for t in (b"gt", b"far")},
            split: {es_hash[:6]},
        }
        actions = [(h.action, h.manual) for h in store.history()]
        assert ("merge", True) in actions and ("split", True) in actions
        with pytest.raises(FusionError, match="without reports"):
            store.split_event(split, [es_hash])
        with pytest.raises(FusionError, match="no report"):
            store.split_event(a, ["ffffffffff"])
        with pytest.raises(FusionError, match="merged into"):
            store.merge_events([b, a])
        with pytest.raises(FusionError, match="at least two"):
            store.merge_events([a, a])


def test_re_fusion_keeps_ids_and_is_a_no_op_the_second_time(db_at: Callable[[str], str]) -> None:
    with Store(db_at("m7")) as store:
        (a,) = store.save_report(report("mon"), [shootout(day="2025-03-03")], fuse=True)
        (b,) = store.save_report(report("wed"), [shootout(day="2025-03-05")], fuse=True)
        assert store.count_events() == 2
        store.set_fusion_config(FusionConfig(days=2))
        assert store.fusion_config().days == 2
        summary = store.refuse()
        assert summary.merged == 1
        (event,) = store.events()
        assert event.event_id == a and [t.event_id for t in store.deleted()] == [b]
        stamp, history = event.updated_at, store.history()
        assert store.refuse().merged == 0
        assert store.get_event(a).updated_at == stamp  # type: ignore[union-attr]
        assert store.history() == history
        store.set_fusion_config(FusionConfig(days=1))
        store.refuse()
        ids = sorted(e.event_id for e in store.events())
        assert a in ids and len(ids) == 2 and b not in ids  # a tombstoned id is never reused
        assert store.history()[-1].action == "split"


def test_adding_reports_costs_what_is_near_them_not_the_database_size(
    db_at: Callable[[str], str],
) -> None:
    def candidates(m: int) -> list[int]:
        with Store(db_at(f"m8-{m}")) as store:
            for n in range(m):
                day = dt.date(2020, 1, 1) + dt.timedelta(days=3 * n)
                store.save_report(report(f"old {n}"), [shootout(day=day.isoformat())], fuse=True)
            found = []
            for k in range(5):
                day = dt.date(2020, 1, 1) + dt.timedelta(days=3 * (m // 2) + 3 * k)
                store.save_report(report(f"new {k}"), [shootout(day=day.isoformat())], fuse=True)
                assert store.last_fusion is not None
                found.append(store.last_fusion.candidates)
            return found

    assert candidates(40) == candidates(400) == [1, 1, 1, 1, 1]


def test_a_version_1_database_is_migrated_and_fused(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    apply_migrations(conn, MIGRATIONS[:1])
    now = "2025-01-01T00:00:00+00:00"
    for n, killed in ((1, 3), (2, 4)):
        digest = hashlib.sha256(f"v1 {n}".encode()).hexdigest()
        record = shootout(killed=killed)
        conn.execute(
            "INSERT INTO reports VALUES (?, NULL, NULL, NULL, '2025-03-05', 'en', ?, ?)",
            (digest, f"v1 {n}", now),
        )
        conn.execute(
            "INSERT INTO events VALUES (?, 'ASSAULT', 'firearms', '2025-03-04', 'day', 'GT',"
            " 'San Marcos', 'Tecún Umán', 14.6774, -92.1404, 0, 'asserted', ?, ?, ?)",
            (f"{digest[:12]}-1", record.model_dump_json(), now, now),
        )
        conn.execute(
            "INSERT INTO event_mentions VALUES (?, ?, 1, '[]')", (f"{digest[:12]}-1", digest)
        )
    conn.close()
    with Store(path) as store:
        assert store.count_events() == 2
        assert store.figures(store.events()[0].event_id)["killed"].sources == 1
        assert store.fuse_pending().merged == 1
        (event,) = store.events()
        assert len(event.mentions) == 2 and store.figures(event.event_id)["killed"].high == 4


def test_events_updated_since_and_deleted_since_keep_a_copy_in_sync(
    db_at: Callable[[str], str],
) -> None:
    from hito.store import EventFilter

    with Store(db_at("m9")) as store:
        (a,) = store.save_report(report("one"), [shootout()])
        (b,) = store.save_report(report("two"), [shootout("La Mesilla")])
        store.fuse_pending()
        mark = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
        assert store.count_events(EventFilter(updated_since=mark)) == 2
        future = dt.datetime.now() + dt.timedelta(days=1)
        assert store.count_events(EventFilter(updated_since=future)) == 0
        store.merge_events([a, b])
        assert [e.event_id for e in store.events(EventFilter(updated_since=mark))] == [a]
        assert [t.event_id for t in store.deleted(mark)] == [b]


def test_the_store_finds_what_the_decision_would_join(db_at: Callable[[str], str]) -> None:
    """A town named like its department is read as the department, in the candidate query
    too: a precise report elsewhere in that department still finds the event."""
    city = shootout(place="San Marcos", latitude=14.9644, longitude=-91.7949)
    with Store(db_at("m10")) as store:
        (a,) = store.save_report(report("dept"), [city], fuse=True)
        assert store.save_report(report("town"), [shootout()], fuse=True) == [a]


def test_a_hand_decision_replaces_the_opposite_one(db_at: Callable[[str], str]) -> None:
    with Store(db_at("m-relink")) as store:
        (a,) = store.save_report(report("one"), [shootout()])
        (b,) = store.save_report(report("two"), [shootout(killed=4)])
        store.keep_apart([a, b])
        assert [r["kind"] for r in store.query("SELECT kind FROM fusion_links")] == ["cannot"]
        store.merge_events([a, b], note="the same clash after all")
        assert [r["kind"] for r in store.query("SELECT kind FROM fusion_links")] == ["must"]
        with pytest.raises(FusionError, match="two different events to keep apart"):
            store.keep_apart([a, a])

"""`hito purge`: a report and everything derived from it go, in one transaction; events that
other reports also tell are recomputed; the deletion is listed for clients that sync."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import annotated_report
from hito.cli import main
from hito.models import Actor, AnnotatedReport, EventRecord
from hito.store import Store
from hito.store import queries as q
from hito.store.purge import PurgeError, purge_history, purge_reports

PNC = Actor(name="Policía Nacional Civil", sector="COP", country="GT")
ARMY = Actor(name="Mexican Army", sector="MIL", country="MX")


def report(text: str, language: str, published: str = "2025-03-05") -> AnnotatedReport:
    digest = hashlib.sha256(text.encode()).hexdigest()
    url = f"https://example.org/{digest[:8]}"
    return annotated_report(text, language, url, text[:30], dt.date.fromisoformat(published))


def shootout(killed: int, evidence: str, **kw: Any) -> EventRecord:
    fields: dict[str, Any] = dict(
        event_type="ASSAULT",
        mode="firearms",
        date=dt.date(2025, 3, 4),
        date_precision="day",
        place="Tecún Umán",
        country="GT",
        admin1="San Marcos",
        latitude=14.6774,
        longitude=-92.1404,
        geo_precision=1,
        actors=[PNC],
        killed=killed,
        evidence=[evidence],
    )
    fields.update(kw)
    return EventRecord(**fields)


def seizure(evidence: str) -> EventRecord:
    return EventRecord(
        event_type="COERCE",
        mode="seize",
        date=dt.date(2025, 2, 10),
        date_precision="day",
        place="Frontera Comalapa",
        country="MX",
        admin1="Chiapas",
        latitude=15.6817,
        longitude=-92.1317,
        geo_precision=1,
        actors=[ARMY],
        weapons_seized=12,
        evidence=[evidence],
    )


EN = "Gunmen killed three people in Tecún Umán on Tuesday, police said."
ES = "Hombres armados mataron a cinco personas en Tecún Umán el martes, informó la PNC."
ES_SEIZURE = "Elementos del Ejército aseguraron 12 armas en Frontera Comalapa."


def build(path: Path | str) -> tuple[Store, dict[str, str], dict[str, str]]:
    """An English and a Spanish report of one shootout (fused into one event) and a Spanish
    report of a seizure. Returns the store, {name: content hash}, {name: event id}."""
    store = Store(path)
    en, es, es2 = report(EN, "en"), report(ES, "es"), report(ES_SEIZURE, "es", "2025-02-11")
    (shoot,) = store.save_report(en, [shootout(3, EN)], fuse=True)
    assert store.save_report(es, [shootout(5, ES)], fuse=True) == [shoot]
    (seize,) = store.save_report(es2, [seizure(ES_SEIZURE)], fuse=True)
    hashes = {
        "en": en.report.content_hash,
        "es": es.report.content_hash,
        "seizure": es2.report.content_hash,
    }
    return store, hashes, {"shootout": shoot, "seizure": seize}


# The Store-level tests run on SQLite and on PostgreSQL (skipped where it is not installed).
BOTH = pytest.mark.parametrize("store_backend", ["sqlite", "postgres"], indirect=True)
Where = Callable[[str], str]


def counts(store: Store) -> dict[str, int]:
    tables = ("reports", "sentences", "event_mentions", "events", "event_facets")
    return {t: store._query(f"SELECT count(*) FROM {t}")[0][0] for t in tables}


def found(store: Store, words: str) -> int:
    return q.count(store, q.EventQuery(text=words))


@BOTH
def test_purging_a_report_of_a_fused_event_recomputes_it_from_the_others(db_at: Where) -> None:
    store, hashes, ids = build(db_at("purge.db"))
    with store:
        event = store.get_event(ids["shootout"])
        assert event is not None and len(event.mentions) == 2
        assert store.figures(ids["shootout"])["killed"].sources == 2
        result = purge_reports(store, [hashes["en"]])
        assert [r.content_hash for r in result.reports] == [hashes["en"]]
        assert result.deleted_events == [] and result.recomputed_events == [ids["shootout"]]
        assert not store.has_report(hashes["en"])
        event = store.get_event(ids["shootout"])
        assert event is not None
        assert [m.content_hash for m in event.mentions] == [hashes["es"]]
        assert event.record.killed == 5 and event.record.evidence == [ES]
        figures = store.figures(ids["shootout"])["killed"]
        assert (figures.low, figures.best, figures.high, figures.sources) == (5, 5, 5, 1)
        assert store.deleted() == []
        # The search index follows: the English evidence is no longer found.
        assert found(store, "gunmen") == 0 and found(store, "armados") == 1
        (entry,) = [h for h in store.history(ids["shootout"]) if h.action == "purge"]
        assert entry.records == [f"{hashes['en']}:1"] and hashes["en"] in (entry.note or "")


@BOTH
def test_purging_every_report_of_an_event_deletes_it_with_a_tombstone(
    db_at: Where, store_backend: str
) -> None:
    store, hashes, ids = build(db_at("h.db"))
    with store:
        before = counts(store)
        result = purge_reports(store, [hashes["en"][:10], hashes["es"][:8].upper()])
        assert result.deleted_events == [ids["shootout"]] and result.recomputed_events == []
        assert result.sentences == 2 and result.mentions == 2
        assert store.get_event(ids["shootout"]) is None
        (gone,) = store.deleted()
        assert (gone.event_id, gone.successor, gone.reason) == (ids["shootout"], None, "purged")
        assert store.resolve_event_id(ids["shootout"]) is None
        after = counts(store)
        assert after["reports"] == before["reports"] - 2
        assert after["sentences"] == before["sentences"] - 2
        assert after["events"] == after["event_facets"] == 1
        assert [e.event_id for e in store.events()] == [ids["seizure"]]
        assert store._query("SELECT count(*) FROM event_figures WHERE event_id = ?",
                            (ids["shootout"],))[0][0] == 0  # fmt: skip
        assert store._query("SELECT count(*) FROM event_keys WHERE event_id = ?",
                            (ids["shootout"],))[0][0] == 0  # fmt: skip
        assert len(purge_history(store)) == 2
    if store_backend != "sqlite":
        return  # PostgreSQL checks its foreign keys on every statement
    conn = sqlite3.connect(db_at("h.db"))
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()


@BOTH
def test_dry_run_changes_nothing(db_at: Where) -> None:
    store, hashes, ids = build(db_at("purge.db"))
    with store:
        before = counts(store), store.history()
        result = purge_reports(store, [hashes["seizure"]], dry_run=True)
        assert result.dry_run and result.deleted_events == [ids["seizure"]]
        assert (counts(store), store.history()) == before


@BOTH
def test_purging_twice_is_purging_once(db_at: Where) -> None:
    store, hashes, _ = build(db_at("purge.db"))
    with store:
        purge_reports(store, [hashes["seizure"]])
        state = counts(store), store.deleted(), store.history()
        again = purge_reports(store, [hashes["seizure"][:12]])
        assert again.reports == [] and again.already_purged == [hashes["seizure"]]
        assert (counts(store), store.deleted(), store.history()) == state


def test_a_report_that_gave_no_event_is_purged_too() -> None:
    with Store(":memory:") as store:
        quiet = report("Nothing happened in Tapachula today.", "en")
        assert store.save_report(quiet, [], fuse=True) == []
        result = purge_reports(store, [quiet.report.content_hash])
        assert result.deleted_events == result.recomputed_events == []
        assert not store.has_report(quiet.report.content_hash)
        assert purge_reports(store, [quiet.report.content_hash]).already_purged


@BOTH
@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("ffffffffffff", "no report ffffffffffff"),
        ("abc", "is not a content hash"),
        ("%%%%%%%%", "is not a content hash"),
        ("' OR 1=1 --", "is not a content hash"),
    ],
)
def test_unknown_or_bad_ids_change_nothing(given: str, message: str, db_at: Where) -> None:
    store, hashes, _ = build(db_at("purge.db"))
    with store:
        before = counts(store)
        with pytest.raises(PurgeError, match=message):
            # The good id given first is not purged either: all or nothing.
            purge_reports(store, [hashes["en"], given])
        assert counts(store) == before


def test_an_ambiguous_prefix_is_refused() -> None:
    with Store(":memory:") as store:
        for n in (1, 2):
            annotated = report(f"Report {n}", "en")
            digest = "abcdef" + f"{n:02d}" + annotated.report.content_hash[8:]
            annotated.report = dataclasses.replace(annotated.report, content_hash=digest)
            store.save_report(annotated, [])
        with pytest.raises(PurgeError, match="abcdef matches several reports"):
            purge_reports(store, ["abcdef"])
        assert purge_reports(store, ["abcdef01"]).reports[0].content_hash.startswith("abcdef01")


# -- the command line ----------------------------------------------------------------------

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "reports"


def run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_cli_purges_real_reports_in_both_languages(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    inbox = tmp_path / "in"
    inbox.mkdir()
    for name in ("comalapa-clash-2025-03-12.txt", "hidalgo-cocaine-2024-11-18.txt",
                 "acuerdo-seguridad-2025-10-07.txt"):  # fmt: skip
        (inbox / name).write_bytes((SAMPLES / name).read_bytes())
    assert run("ingest", "--db", str(db), str(inbox)).exit_code == 0
    with Store(db) as store:
        rows = store._query("SELECT content_hash, language FROM reports ORDER BY content_hash")
        languages = {row["language"] for row in rows}
        assert languages == {"en", "es"}
        target = next(row["content_hash"] for row in rows if row["language"] == "es")
        events_before = store.stats()["events"]
        own = {m[0] for m in store._query(
            "SELECT event_id FROM event_mentions WHERE content_hash = ?", (target,))}  # fmt: skip

    dry = run("purge", "--db", str(db), "--report", target[:10], "--dry-run")
    assert dry.exit_code == 0 and f"would remove report {target[:12]}" in dry.output
    with Store(db) as store:
        assert store.has_report(target)

    done = run("purge", "--db", str(db), "--report", target[:10], "--json")
    assert done.exit_code == 0, done.output
    body = json.loads(done.output)
    assert body["reports"][0]["content_hash"] == target
    assert set(body["deleted_events"]) | set(body["recomputed_events"]) == own
    with Store(db) as store:
        assert not store.has_report(target)
        assert store.stats()["events"] == events_before - len(body["deleted_events"])
        assert {t.event_id for t in store.deleted()} >= set(body["deleted_events"])

    deleted = run("deleted", "--db", str(db))
    for event_id in body["deleted_events"]:
        assert f"{event_id}\t" in deleted.output and "purged" in deleted.output

    again = run("purge", "--db", str(db), "--report", target)
    assert again.exit_code == 0 and "purged before: nothing to do" in again.output

    unknown = run("purge", "--db", str(db), "--report", "0123456789ab")
    assert unknown.exit_code == 1
    lines = [line for line in unknown.output.splitlines() if line.strip()]
    assert lines == ["Error: no report 0123456789ab"]

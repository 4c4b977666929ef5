import datetime as dt
import hashlib
from collections.abc import Callable

import pytest

from hito.models import Actor, AnnotatedReport, EventRecord, IngestFailure, Report, Sentence
from hito.store import Store

TEXT = (
    "Policías mexicanos se enfrentaron con civiles armados en La Mesilla. "
    "Más de 600 agentes participaron en los allanamientos."
)


def annotated(text: str = TEXT, url: str = "https://example.gt/nota") -> AnnotatedReport:
    digest = hashlib.sha256(text.encode()).hexdigest()
    report = Report(
        text=text,
        content_hash=digest,
        title="Nota",
        url=url,
        published=dt.date(2025, 7, 31),
        source="nota.txt",
    )
    cut = text.index(". ") + 1
    sentences = [
        Sentence(index=0, text=text[:cut], start=0, end=cut),
        Sentence(
            index=1, text=text[cut + 1 :], start=cut + 1, end=len(text), factuality="reported"
        ),
    ]
    return AnnotatedReport(report=report, language="es", sentences=sentences)


def records() -> list[EventRecord]:
    return [
        EventRecord(
            event_type="ASSAULT",
            mode="firearms",
            date=dt.date(2025, 6, 1),
            date_precision="month",
            place="La Mesilla",
            country="GT",
            admin1="Huehuetenango",
            latitude=15.6167,
            longitude=-91.9833,
            cross_border=True,
            actors=[Actor(name="Mexican police", sector="COP")],
            evidence=[TEXT.split(". ")[0] + "."],
        ),
        EventRecord(
            event_type="COERCE",
            mode="seize",
            country="GT",
            personnel=600,
            arrested=0,
            evidence=["Más de 600 agentes participaron en los allanamientos."],
        ),
    ]


def test_save_returns_ids_and_stores_everything(db_at: Callable[[str], str]) -> None:
    item = annotated()
    with Store(db_at("m1")) as store:
        ids = store.save_report(item, records())
        prefix = item.report.content_hash[:12]
        assert ids == [f"{prefix}-1", f"{prefix}-2"]
        assert store.has_report(item.report.content_hash)
        assert store.stats() == {"reports": 1, "events": 2, "failures": 0}
        event = store.get_event(ids[0])
        assert event is not None
        assert event.record == records()[0]
        assert event.updated_at is not None
        (mention,) = event.mentions
        assert (mention.url, mention.title, mention.published) == (
            "https://example.gt/nota",
            "Nota",
            dt.date(2025, 7, 31),
        )
        assert mention.evidence == records()[0].evidence
        stored = store.get_report(item.report.content_hash)
        assert stored is not None and stored.text == TEXT and stored.language == "es"
        assert store.get_event("nope") is None


def test_save_is_idempotent(db_at: Callable[[str], str]) -> None:
    with Store(db_at("m2")) as store:
        first = store.save_report(annotated(), records())
        again = store.save_report(annotated(), [records()[0]])
        assert again == first
        assert store.stats() == {"reports": 1, "events": 2, "failures": 0}


def test_report_without_events_is_remembered(db_at: Callable[[str], str]) -> None:
    with Store(db_at("m3")) as store:
        assert store.save_report(annotated(), []) == []
        assert store.has_report(annotated().report.content_hash)
        assert store.save_report(annotated(), records()) == []


def test_crash_mid_transaction_leaves_nothing(
    db_at: Callable[[str], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = db_at("hito.db")
    with Store(path) as store:
        real_insert = store._insert_event
        calls = []

        def failing_insert(*args: object, **kwargs: object) -> None:
            calls.append(args)
            if len(calls) == 2:
                raise RuntimeError("disk on fire")
            real_insert(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(store, "_insert_event", failing_insert)
        with pytest.raises(RuntimeError):
            store.save_report(annotated(), records())
        assert store.stats() == {"reports": 0, "events": 0, "failures": 0}
        assert not store.has_report(annotated().report.content_hash)
        monkeypatch.undo()
        assert len(store.save_report(annotated(), records())) == 2
    with Store(path) as store:
        for table, expected in [
            ("reports", 1), ("sentences", 2), ("events", 2), ("event_mentions", 2)
        ]:  # fmt: skip
            assert store.query(f"SELECT count(*) FROM {table}")[0][0] == expected


def test_failures_are_counted_not_duplicated(db_at: Callable[[str], str]) -> None:
    with Store(db_at("m4")) as store:
        store.record_failure(IngestFailure("x.bin", "binary file, not text"))
        store.record_failure(IngestFailure("x.bin", "binary file, not text"))
        store.record_failure(IngestFailure("y.txt", "empty file"))
        assert sorted(store.failures(), key=lambda f: f.source) == [
            IngestFailure("x.bin", "binary file, not text"),
            IngestFailure("y.txt", "empty file"),
        ]
        counts = {e.source: e.count for e in store.failure_log()}
        assert counts == {"x.bin": 2, "y.txt": 1}
        assert store.stats()["failures"] == 2


def test_data_survives_reopen(db_at: Callable[[str], str]) -> None:
    with Store(db_at("hito.db")) as store:
        ids = store.save_report(annotated(), records())
    with Store(db_at("hito.db")) as store:
        assert [e.event_id for e in store.events()] == ids


def test_reader_sees_writes_from_another_connection(db_at: Callable[[str], str]) -> None:
    path = db_at("hito.db")
    with Store(path) as writer, Store(path) as reader:
        assert reader.count_events() == 0
        writer.save_report(annotated(), records())
        assert reader.count_events() == 2


def test_one_store_shared_by_threads(db_at: Callable[[str], str]) -> None:
    from concurrent.futures import ThreadPoolExecutor

    store = Store(db_at("m5"))
    texts = [f"{TEXT} Nota {n}." for n in range(20)]
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda t: store.save_report(annotated(t), records()), texts))
        counts = list(pool.map(lambda _: store.count_events(), range(8)))
    assert store.stats()["events"] == 40
    assert all(0 <= c <= 40 for c in counts)
    store.close()

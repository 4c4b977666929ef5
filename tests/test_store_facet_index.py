"""The in-memory column index of the events (hito.store.facet_index) answers every count
and page exactly as the SQL of hito.store.queries does, on SQLite and PostgreSQL, and is
never used once the events have changed under it."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from conftest import annotated_report, build_synthetic_db, new_location, synthetic_record
from hito.api import create_app
from hito.api.config import ApiConfig
from hito.models import QUANTITY_FIELDS, DrugSeizure
from hito.store import Store, facet_index
from hito.store import queries as q

N_EVENTS = 240


def odd_records(rng: random.Random) -> list[Any]:
    """Events with what synthetic ones lack: no date, no place, no country, accents and
    case in admin1, an actor with an accent, a figure of zero."""
    out = []
    for k, changes in enumerate(
        [
            {"date": None, "date_precision": "unknown"},
            {"latitude": None, "longitude": None, "geo_precision": 4},
            {"country": None, "admin1": None},
            {"admin1": "Petén", "country": "GT"},
            {"admin1": "PETÉN", "country": "GT"},
            {"admin1": "quiché", "country": "GT"},
            {"killed": 0, "arrested": 0},
            {"longitude": 179.9, "latitude": 10.0},
            {
                "drugs_seized": [
                    DrugSeizure(substance="cocaine", amount=12.5, unit="kg"),
                    DrugSeizure(substance="marijuana", amount=3, unit="kg"),
                ]
            },
            {
                "drugs_seized": [
                    DrugSeizure(substance="cocaine", amount=0.1, unit="kg"),
                    DrugSeizure(substance="cocaine", amount=None, unit=None),
                    DrugSeizure(substance="fentanyl", amount=2000, unit="pills"),
                ]
            },
        ]
    ):
        record = synthetic_record(rng, 1000 + k)
        out.append(record.model_copy(update=changes))
    return out


@pytest.fixture(scope="module")
def store(
    request: pytest.FixtureRequest, store_backend: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    location = new_location(request, store_backend, tmp_path_factory.mktemp("facets"), "events.db")
    build_synthetic_db(location, N_EVENTS, per_report=6)
    with Store(location) as s:
        records = odd_records(random.Random(3))
        text = "\n".join(f"Odd report line {i}: soldados y policías." for i in range(len(records)))
        s.save_report(
            annotated_report(text, "es", "https://example.org/odd", "Odd", dt.date(2024, 5, 1)),
            records,
        )
        yield s


def random_query(rng: random.Random) -> q.EventQuery:
    choices: list[dict[str, Any]] = [
        {"types": tuple(rng.sample(["ASSAULT", "COERCE", "MOBILIZE", "protest", "NOPE"], 2))},
        {"countries": (rng.choice(["MX", "gt", "US"]),)},
        {"admin1": (rng.choice(["Chiapas", "huehuetenango", "petén", "Petén", "QUICHÉ"]),)},
        {"modes": (rng.choice(["armed_clash", "ARREST", "seizure", "none"]),)},
        {"factualities": (rng.choice(["asserted", "reported", "hedged"]),)},
        {"sectors": (rng.choice(["MIL", "cop", "CRM", "CVL", "X%"]),)},
        {"actor": rng.choice(["army", "Cartel", "guard", "ejérc", "%", "_", "a\x00"])},
        {"date_from": dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(365))},
        {"date_to": dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(365))},
        {"cross_border": rng.choice([True, False])},
        {"minimums": ((rng.choice(QUANTITY_FIELDS), rng.choice([0, 1, 2, 5])),)},
        {
            "bbox": rng.choice(
                [(-93.0, 14.5, -91.0, 16.5), (-92.5, 15.0, -92.0, 15.5), (170.0, 0.0, -170.0, 20.0)]
            )
        },
        {"text": rng.choice(["report", "soldados", "Chiapas", '"odd report"', "zzz"])},
        {"located": True},
        {"updated_since": dt.datetime(2000, 1, 1, tzinfo=dt.UTC)},
    ]
    fields: dict[str, Any] = {}
    for extra in rng.sample(choices, rng.randint(0, 3)):
        fields.update(extra)
    return q.EventQuery(**fields)


def test_counts_and_pages_match_sql(store: Store) -> None:
    snapshot = facet_index.build(store)
    assert snapshot.size == store.count_events()
    rng = random.Random(11)
    for _ in range(150):
        query = random_query(rng)
        sort = q.Sort(rng.choice(list(q.SORT_KEYS)), rng.random() < 0.6)
        limit = rng.choice([1, 7, 40])
        assert snapshot.count(store, query) == q.count(store, query), query
        after = None
        for _page in range(4):  # the first pages, each after the last one's cursor
            sql = q.search(store, query, sort, after, limit)
            ids, last = snapshot.page(store, query, sort, after, limit)
            assert ids == [e.event_id for e in sql.events], (query, sort, after)
            assert last == sql.after, (query, sort, after)
            if last is None:
                break
            after = last


def same_stats(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Equal, but for drug amounts summed in another order (floating point)."""
    drugs_a, drugs_b = a.pop("drugs_seized"), b.pop("drugs_seized")
    if json.dumps(a) != json.dumps(b) or len(drugs_a) != len(drugs_b):
        return False
    for x, y in zip(drugs_a, drugs_b, strict=True):
        amount_x, amount_y = x.pop("amount"), y.pop("amount")
        if x != y or type(amount_x) is not type(amount_y):
            return False
        if amount_x is not None and amount_x != pytest.approx(amount_y):
            return False
    return True


def test_stats_match_sql(store: Store) -> None:
    snapshot = facet_index.build(store)
    rng = random.Random(17)
    for _ in range(60):
        query = random_query(rng)
        interval = rng.choice(list(q.INTERVALS))
        by = rng.choice(list(q.GROUPS))
        indexed = snapshot.stats(store, query, interval, by)
        assert indexed is not None
        sql = q.stats(store, query, interval, by)
        assert same_stats(indexed, sql), (query, interval, by)


def test_cursor_between_rows_and_unknown_values(store: Store) -> None:
    """A cursor whose value or id no event has (deleted since) still splits the order
    where SQL would."""
    snapshot = facet_index.build(store)
    query = q.EventQuery()
    for sort, after in [
        (q.Sort("date", True), ("2024-06-15x", "zzz")),
        (q.Sort("date", False), ("2024-06-15", "")),
        (q.Sort("admin1", False), ("Chiapat", "m")),
        (q.Sort("killed", True), (3, "0")),
        (q.Sort("country", True), ("", "~")),
    ]:
        sql = q.search(store, query, sort, after, 5)
        ids, last = snapshot.page(store, query, sort, after, 5)
        assert ids == [e.event_id for e in sql.events], (sort, after)
        assert last == sql.after


def test_never_answers_after_a_change(store: Store) -> None:
    index = facet_index.enable(store.path, 0)
    try:
        assert index.current(store) is None  # nothing built yet: SQL answers, a build starts
        index.wait()
        snapshot = index.current(store)
        assert snapshot is not None
        before = snapshot.count(store, q.EventQuery())
        record = synthetic_record(random.Random(5), 5000)
        store.save_report(
            annotated_report(
                "One more line.", "en", "https://example.org/more", "More", record.date
            ),
            [record],
        )
        assert index.current(store) is None  # stale: not used
        assert q.count(store, q.EventQuery()) == before + 1  # SQL answered
        index.wait()
        fresh = index.current(store)
        assert fresh is not None and fresh.count(store, q.EventQuery()) == before + 1
    finally:
        facet_index.disable(store.path)


def test_small_stores_stay_on_sql(store: Store) -> None:
    index = facet_index.enable(store.path, 10**9)
    try:
        assert index.current(store) is None
        index.wait()
        assert index.snapshot is None and index.builds == 0
    finally:
        facet_index.disable(store.path)


def test_api_answers_the_same_from_the_index(
    request: pytest.FixtureRequest, store_backend: str, tmp_path: Any
) -> None:
    location = new_location(request, store_backend, tmp_path, "api.db")
    build_synthetic_db(location, 90, per_report=5)
    requests = [
        {"limit": 10},
        {"type": "ASSAULT", "sort": "-killed", "limit": 7},
        {"country": "GT", "cross_border": "false", "sort": "admin1"},
        {"q": "report", "bbox": "-93,14,-90,17", "limit": 5},
    ]
    answers = {}
    for min_events in (None, 0):
        config = ApiConfig(allow_anonymous=True, rate=0, facet_index_min_events=min_events)
        with TestClient(create_app(location, config)) as client:
            client.get("/events", params={"limit": 1})
            index = facet_index.index_of(location)
            if min_events is not None:
                assert index is not None and index.wait()
            for params in requests:
                pages, cursor = [], None
                while True:
                    body = client.get("/events", params={**params, "cursor": cursor}
                                      if cursor else params).json()  # fmt: skip
                    pages.append(([e["event_id"] for e in body["events"]], body["count"]))
                    cursor = body["next"]
                    if not cursor:
                        break
                answers.setdefault(str(params), []).append(pages)
            if index is not None:  # the answers came from the index, not SQL
                with Store(location) as opened:
                    assert index.current(opened) is not None
        facet_index.disable(location)
    for params, (sql, indexed) in answers.items():
        assert sql == indexed, params


@pytest.mark.parametrize("among", [0, 10**9])
def test_full_text_alone_or_among_other_filters(
    store: Store, among: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL matches text among the other filters' rows when they are few, else over
    all rows (and remembers the word); both give SQL's answer."""
    monkeypatch.setattr(facet_index, "TEXT_AMONG", among)
    snapshot = facet_index.build(store)
    for text in ("report", "soldados", '"odd report"', "zzz", "report"):
        for query in (
            q.EventQuery(text=text),
            q.EventQuery(text=text, countries=("GT",)),
            q.EventQuery(text=text, types=("ASSAULT",), cross_border=False),
        ):
            assert snapshot.count(store, query) == q.count(store, query), query


def test_common_words_answered_ahead(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """PostgreSQL: the rows of the commonest words are kept after a build; searches made
    only of them are answered from memory, any other search from the database, and all
    as SQL answers them (accents and case as the text index folds them)."""
    monkeypatch.setattr(facet_index, "TEXT_AMONG", 2)
    snapshot = facet_index.build(store)
    learnt = snapshot.learn_common_words(store)
    assert (learnt > 0) == store.dialect.postgres
    for text in ("report", "Report ODD", "policías", "POLICIAS soldados", "sold*",
                 '"odd report"', "report zzz", "in", "!!"):  # fmt: skip
        for query in (q.EventQuery(text=text), q.EventQuery(text=text, countries=("GT",))):
            assert snapshot.count(store, query) == q.count(store, query), query


def test_clusters_match_sql(store: Store) -> None:
    snapshot = facet_index.build(store)
    rng = random.Random(23)
    for _ in range(40):
        query = random_query(rng)
        cell = rng.choice([0.01, 0.3, 2.0, 45.0])
        indexed = snapshot.clusters(store, query, cell)
        sql = q.clusters(store, query, cell)
        assert len(indexed) == len(sql), query

        # cells of equal count may come in another order (PostgreSQL groups by hashing)
        def key(c: dict[str, Any]) -> tuple[Any, ...]:
            return (-c["count"], c["bbox"], sorted(c["types"].items()))

        for a, b in zip(sorted(indexed, key=key), sorted(sql, key=key), strict=True):
            assert a["types"] == b["types"] and a["count"] == b["count"], query
            assert a["bbox"] == b["bbox"] and a["event_id"] == b["event_id"], query
            assert a["date"] == b["date"], query
            assert a["longitude"] == pytest.approx(b["longitude"], abs=2e-5), query
            assert a["latitude"] == pytest.approx(b["latitude"], abs=2e-5), query

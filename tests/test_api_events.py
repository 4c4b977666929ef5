"""/events with every filter, sorts, keyset pages and formats; /events/{id}; /stats; /points;
/deleted; the error envelope; the OpenAPI document."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from conftest import XSS, WebData, build_synthetic_db, new_location
from hito.api import create_app
from hito.export import CSV_COLUMNS
from hito.store import Store

N_SYNTH = 60


@pytest.fixture()
def client(web_db: WebData) -> Iterator[TestClient]:
    with TestClient(create_app(web_db.path, allow_anonymous=True)) as c:
        yield c


@pytest.fixture(scope="module")
def synth(
    request: pytest.FixtureRequest, store_backend: str, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, list[str]]:
    path = new_location(request, store_backend, tmp_path_factory.mktemp("synth"), "events.db")
    return path, build_synthetic_db(path, N_SYNTH, per_report=4)


@pytest.fixture()
def synth_client(synth: tuple[str, list[str]]) -> Iterator[TestClient]:
    with TestClient(create_app(synth[0], allow_anonymous=True)) as c:
        yield c


def _get(client: TestClient, path: str = "/events", **params: Any) -> dict[str, Any]:
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    return r.json()


def _places(body: dict[str, Any]) -> set[str]:
    return {e["place"] for e in body["events"]}


def assert_error(r: Any, status: int, code: str) -> None:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


MESILLA, COMALAPA, CUAUHTEMOC = "La Mesilla", "Frontera Comalapa", "Ciudad Cuauhtémoc"


@pytest.mark.parametrize(
    ("params", "places"),
    [
        ({}, {MESILLA, COMALAPA, CUAUHTEMOC}),
        ({"type": "assault"}, {MESILLA}),
        ({"type": ["ASSAULT", "PROTEST"]}, {MESILLA, CUAUHTEMOC}),
        ({"type": "ASSAULT,COERCE"}, {MESILLA, COMALAPA}),
        ({"country": "mx"}, {COMALAPA, CUAUHTEMOC}),
        ({"admin1": "huehuetenango"}, {MESILLA}),
        ({"mode": "seize"}, {COMALAPA}),
        ({"factuality": "reported"}, {COMALAPA}),
        ({"sector": "cop"}, {MESILLA}),
        ({"sector": "MIL,CVL"}, {COMALAPA, CUAUHTEMOC}),
        ({"actor": "ARMY"}, {COMALAPA}),
        ({"actor": "police"}, {MESILLA}),  # a target's or actor's name
        ({"actor": "%"}, set()),  # LIKE wildcards are literal
        ({"date_from": "2024-06-05"}, {COMALAPA, CUAUHTEMOC}),
        ({"date_to": "2024-06-05"}, {MESILLA}),
        ({"date_from": "2024-06-01", "date_to": "2024-06-30"}, {MESILLA, COMALAPA}),
        ({"cross_border": "true"}, {MESILLA}),
        ({"cross_border": "false"}, {COMALAPA, CUAUHTEMOC}),
        ({"killed_min": 1}, {MESILLA}),
        ({"killed_min": 3}, set()),
        ({"injured_min": 3}, {MESILLA}),
        ({"arrested_min": 4}, {COMALAPA}),
        ({"weapons_seized_min": 10}, {COMALAPA}),
        ({"displaced_min": 0}, set()),
        ({"bbox": "-92.0,15.6,-91.9,15.7"}, {MESILLA, CUAUHTEMOC}),
        ({"bbox": "-93,14,-92.1,16"}, {COMALAPA}),
        ({"q": "cocaina"}, {COMALAPA}),  # accents are folded
        ({"q": "COCAÍNA armas"}, {COMALAPA}),
        ({"q": "coca*"}, {COMALAPA}),
        ({"q": '"opened fire"'}, {MESILLA}),
        ({"q": '"fire opened"'}, set()),
        ({"q": "killed injured"}, {MESILLA}),
        ({"q": "script"}, {CUAUHTEMOC}),
        ({"country": "MX", "type": "PROTEST", "q": "carretera"}, {CUAUHTEMOC}),
        ({"updated_since": "2000-01-01"}, {MESILLA, COMALAPA, CUAUHTEMOC}),
        ({"updated_since": "2999-01-01T00:00:00Z"}, set()),
    ],
)
def test_every_filter(client: TestClient, params: dict[str, Any], places: set[str]) -> None:
    body = _get(client, **params)
    assert _places(body) == places
    assert body["count"] == len(places)


@pytest.mark.parametrize(
    "q",
    ['"', "AND OR NOT (", "*", "a:b", "NEAR(x y)", "^start", "'; DROP TABLE events; --", "-", "ñ"],
)
def test_search_syntax_never_errors(client: TestClient, q: str) -> None:
    body = _get(client, q=q)
    assert body["count"] == len(body["events"])


@pytest.mark.parametrize(
    "params",
    [
        {"admin1": "Chiapas' OR '1'='1"},
        {"actor": "x') OR 1=1 --"},
        {"mode": "seize; DROP TABLE events"},
        {"sort": "date; DROP TABLE events"},
    ],
)
def test_hostile_filters_are_values_not_sql(
    client: TestClient, web_db: WebData, params: dict[str, str]
) -> None:
    r = client.get("/events", params=params)
    assert r.status_code in (200, 422)
    if r.status_code == 200:
        assert r.json()["events"] == []
    with Store(web_db.path) as store:
        assert store.count_events() == 3


def test_event_shape(client: TestClient, web_db: WebData) -> None:
    body = _get(client, type="ASSAULT")
    (event,) = body["events"]
    assert event["event_id"] == web_db.ids["shootout"]
    assert event["killed"] == 2 and event["latitude"] == pytest.approx(15.6167)
    assert event["mentions"][0]["url"] == "https://example.org/news/la-mesilla"
    assert event["updated_at"]
    assert body["sort"] == "-date" and body["next"] is None and body["limit"] == 100
    assert body["links"] == [{"rel": "self", "href": "http://testserver/events?type=ASSAULT"}]


def test_count_can_be_skipped(client: TestClient) -> None:
    assert _get(client, count="false")["count"] is None


def _walk(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    """Every page, following the Link header; checks it agrees with the body's `next`."""
    events, url, pages = [], "/events", 0
    query: dict[str, Any] | None = params
    while url:
        r = client.get(url, params=query)
        assert r.status_code == 200, r.text
        body = r.json()
        events.extend(body["events"])
        link = r.headers["link"]
        pages += 1
        if body["next"]:
            assert 'rel="next"' in link and body["next"] in link
            url = link.split(", ")[1].split(">")[0].lstrip("<")
            query = None
        else:
            assert 'rel="next"' not in link
            url = ""
        assert pages < 100
    return events


def test_keyset_pages_cover_everything_once_in_order(
    synth_client: TestClient, synth: tuple[Path, list[str]]
) -> None:
    events = _walk(synth_client, limit=7)
    ids = [e["event_id"] for e in events]
    assert len(ids) == len(set(ids)) == N_SYNTH
    assert set(ids) == set(synth[1])
    keys = [(e["date"], e["event_id"]) for e in events]
    assert keys == sorted(keys, reverse=True)


@pytest.mark.parametrize(
    "sort", ["date", "-killed", "arrested", "admin1", "-updated_at", "country"]
)
def test_every_sort_pages_consistently(synth_client: TestClient, sort: str) -> None:
    whole = _get(synth_client, sort=sort, limit=1000)["events"]
    paged = _walk(synth_client, sort=sort, limit=9)
    assert [e["event_id"] for e in paged] == [e["event_id"] for e in whole]
    key = sort.lstrip("-")

    def value(e: dict[str, Any]) -> Any:
        v = e[key]
        return (-1 if key in ("killed", "arrested") else "") if v is None else v

    values = [value(e) for e in whole]
    assert values == sorted(values, reverse=sort.startswith("-"))


def test_filtered_pages(synth_client: TestClient) -> None:
    expected = _get(synth_client, type="ASSAULT", country="GT", limit=1000)
    paged = _walk(synth_client, type="ASSAULT", country="GT", limit=3)
    assert [e["event_id"] for e in paged] == [e["event_id"] for e in expected["events"]]
    assert all(e["event_type"] == "ASSAULT" and e["country"] == "GT" for e in paged)


def test_cursor_is_tied_to_its_filters_and_sort(synth_client: TestClient) -> None:
    first = _get(synth_client, limit=5, type="COERCE")
    token = first["next"]
    assert token
    ok = _get(synth_client, limit=5, type="COERCE", cursor=token)
    assert not {e["event_id"] for e in ok["events"]} & {e["event_id"] for e in first["events"]}
    for params in (
        {"type": "ASSAULT", "cursor": token},
        {"type": "COERCE", "sort": "date", "cursor": token},
        {"cursor": "not-a-cursor"},
        {"cursor": "eyJzIjoiLWRhdGUifQ"},
    ):
        assert_error(synth_client.get("/events", params=params), 400, "invalid_cursor")


def test_csv_format(client: TestClient) -> None:
    r = client.get("/events", params={"format": "csv", "country": "MX"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert {row["location"] for row in rows} == {COMALAPA, CUAUHTEMOC}
    assert 'rel="self"' in r.headers["link"]


def test_geojson_and_jsonl_formats(synth_client: TestClient) -> None:
    r = synth_client.get("/events", params={"format": "geojson", "limit": 5})
    assert r.headers["content-type"].startswith("application/geo+json")
    geo = r.json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 5
    assert geo["features"][0]["geometry"]["type"] == "Point"
    assert 'rel="next"' in r.headers["link"]
    r = synth_client.get("/events", params={"format": "jsonl", "limit": 4, "type": "PROTEST"})
    assert r.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in r.text.splitlines()]
    assert len(lines) == 4 and all(x["event_type"] == "PROTEST" for x in lines)
    assert {"event_id", "sources", "evidence"} <= set(lines[0])


def test_event_detail(client: TestClient, web_db: WebData) -> None:
    r = client.get(f"/events/{web_db.ids['seizure']}")
    assert r.status_code == 200
    assert r.headers["etag"]
    event = r.json()
    assert event["place"] == COMALAPA and event["weapons_seized"] == 12
    assert event["mentions"][0]["title"] == "Aseguran armas en Frontera Comalapa"
    assert "aseguraron 12 armas" in event["evidence"][0]
    (source,) = event["sources"]
    assert source["url"] == "https://example.org/noticias/comalapa"
    assert source["language"] == "es" and source["published"] == "2024-06-11"
    assert [s["evidence"] for s in source["sentences"]] == [True, True]
    assert event["history"] == []


def test_detail_keeps_hostile_text_verbatim(client: TestClient, web_db: WebData) -> None:
    event = client.get(f"/events/{web_db.ids['xss']}").json()
    assert any(XSS in s for s in event["evidence"])
    assert XSS in event["sources"][0]["sentences"][0]["text"]
    assert event["sources"][0]["url"] == "javascript:alert(3)"


def test_stats_weekly_by_type(synth_client: TestClient, synth: tuple[Path, list[str]]) -> None:
    body = _get(synth_client, "/stats")
    assert body["interval"] == "week" and body["total"] == N_SYNTH
    assert sum(s["total"] for s in body["series"]) == N_SYNTH
    periods = [s["period"] for s in body["series"]]
    assert periods == sorted(periods)
    import datetime as dt

    assert all(dt.date.fromisoformat(p).weekday() == 0 for p in periods)  # Mondays
    assert sum(body["by_type"].values()) == N_SYNTH
    assert set(body["by_admin1"]) <= {"Huehuetenango", "San Marcos", "Chiapas"}
    events = _get(synth_client, limit=1000)["events"]
    for name in ("killed", "arrested", "displaced"):
        assert body["sums"][name] == sum(e[name] or 0 for e in events)


def test_stats_monthly_by_admin1_with_filters(synth_client: TestClient) -> None:
    body = _get(synth_client, "/stats", interval="month", by="admin1", country="GT")
    assert all(p["period"].endswith("-01") for p in body["series"])
    groups = {g for p in body["series"] for g in p["counts"]}
    assert groups <= {"Huehuetenango", "San Marcos"}
    assert body["total"] == _get(synth_client, country="GT")["count"]
    daily = _get(synth_client, "/stats", interval="day", type="ASSAULT")
    assert set(daily["by_type"]) == {"ASSAULT"}


def test_stats_sums_figures_and_drugs(client: TestClient) -> None:
    body = _get(client, "/stats")
    assert body["sums"]["killed"] == 2 and body["sums"]["arrested"] == 4
    assert body["sums"]["weapons_seized"] == 12
    assert body["drugs_seized"] == [
        {"substance": "cocaine", "unit": "kg", "amount": 30.0, "events": 1}
    ]
    assert_error(client.get("/stats", params={"interval": "year"}), 422, "invalid_request")


def test_points(client: TestClient, web_db: WebData) -> None:
    body = _get(client, "/points", type="ASSAULT,COERCE")
    assert body["fields"] == ["event_id", "longitude", "latitude", "event_type", "date"]
    assert {p[0] for p in body["points"]} == {web_db.ids["shootout"], web_db.ids["seizure"]}
    shootout = next(p for p in body["points"] if p[0] == web_db.ids["shootout"])
    assert shootout[1:] == [-91.9833, 15.6167, "ASSAULT", "2024-06-03"]
    assert body["count"] == 2


def test_deleted_and_merged_ids(db_at: Callable[[str], str]) -> None:
    path = db_at("m.db")
    ids = build_synthetic_db(path, 4)
    with TestClient(create_app(path, allow_anonymous=True)) as c:
        assert _get(c, "/deleted") == {"since": None, "deleted": []}
        with Store(path) as store:
            if not hasattr(store, "merge_events"):
                pytest.skip("this store has no merges")
            survivor = store.merge_events(ids[:2])
        gone = ids[1] if survivor == ids[0] else ids[0]
        body = _get(c, "/deleted", since="2000-01-01")
        assert [d["event_id"] for d in body["deleted"]] == [gone]
        assert body["deleted"][0]["successor"] == survivor
        assert _get(c, "/deleted", since="2999-01-01T00:00:00")["deleted"] == []
        r = c.get(f"/events/{gone}", follow_redirects=False)
        assert r.status_code == 301 and r.headers["location"].endswith(f"/events/{survivor}")
        history = c.get(f"/events/{survivor}").json()["history"]
        assert history and history[0]["action"] and history[0]["by"] == "editor"


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/events", {"limit": 0}),
        ("/events", {"limit": 10_001}),
        ("/events", {"type": "EXPLODE"}),
        ("/events", {"factuality": "rumoured"}),
        ("/events", {"date_from": "yesterday"}),
        ("/events", {"date_from": "2024-07-01", "date_to": "2024-06-01"}),
        ("/events", {"cross_border": "maybe"}),
        ("/events", {"country": "MEX"}),
        ("/events", {"sector": "POLICE"}),
        ("/events", {"killed_min": -1}),
        ("/events", {"bbox": "1,2,3"}),
        ("/events", {"bbox": "0,80,10,10"}),
        ("/events", {"bbox": "a,b,c,d"}),
        ("/events", {"sort": "evidence"}),
        ("/events", {"format": "xml"}),
        ("/events", {"q": "x" * 501}),
        ("/stats", {"by": "actor"}),
        ("/deleted", {"since": "last week"}),
    ],
)
def test_bad_queries_use_the_error_envelope(
    client: TestClient, path: str, params: dict[str, Any]
) -> None:
    assert_error(client.get(path, params=params), 422, "invalid_request")


def test_not_found_and_method_errors(client: TestClient) -> None:
    assert_error(client.get("/events/no-such-event"), 404, "not_found")
    assert_error(client.get("/nothing/here"), 404, "not_found")
    assert_error(client.post("/events"), 405, "method_not_allowed")


def test_openapi_document(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    paths = doc["paths"]
    for path in (
        "/events",
        "/events/{event_id}",
        "/points",
        "/stats",
        "/deleted",
        "/collections",
        "/collections/events/items",
        "/tokens",
        "/conformance",
    ):
        assert path in paths, path
    assert "patch" in paths["/events/{event_id}"]
    names = {p["name"] for p in paths["/events"]["get"]["parameters"]}
    assert {"type", "bbox", "q", "killed_min", "actor", "sector", "cursor", "format"} <= names
    assert "429" in paths["/events"]["get"]["responses"]


def test_search_index_follows_store_writes(db_at: Callable[[str], str]) -> None:
    """The triggers keep the index right when any writer updates or deletes events."""
    path = db_at("t.db")
    ids = build_synthetic_db(path, 3)
    with Store(path) as store, store.transaction() as conn:
        if store.dialect.postgres:
            conn.execute(
                "UPDATE events SET record = (record::jsonb || jsonb_build_object('killed', 40,"
                " 'evidence', jsonb_build_array('Forty dead in Zacualpa.')))::text"
                " WHERE event_id = ?",
                (ids[0],),
            )
        else:
            conn.execute(
                "UPDATE events SET record = json_set(record, '$.killed', 40,"
                " '$.evidence', json_array('Forty dead in Zacualpa.')) WHERE event_id = ?",
                (ids[0],),
            )
        conn.execute("DELETE FROM events WHERE event_id = ?", (ids[1],))
    with TestClient(create_app(path, allow_anonymous=True)) as c:
        assert [e["event_id"] for e in _get(c, killed_min=40)["events"]] == [ids[0]]
        assert [e["event_id"] for e in _get(c, q="zacualpa")["events"]] == [ids[0]]
        assert _get(c)["count"] == 2


def test_clusters_by_zoom(client: TestClient, web_db: WebData) -> None:
    far = _get(client, "/clusters", zoom=3)
    (one,) = far["clusters"]
    assert one["count"] == 3 and one["event_id"] is None
    assert one["types"] == {"ASSAULT": 1, "COERCE": 1, "PROTEST": 1}
    assert one["bbox"] == pytest.approx([-92.1317, 15.6167, -91.9833, 15.6817])
    near = _get(client, "/clusters", zoom=13)
    assert len(near["clusters"]) == 3
    assert {c["event_id"] for c in near["clusters"]} == set(web_db.ids.values())
    assert all(c["count"] == 1 and len(c["types"]) == 1 for c in near["clusters"])
    only = _get(client, "/clusters", zoom=3, type="COERCE")
    assert only["count"] == 1 and only["clusters"][0]["event_id"] == web_db.ids["seizure"]
    view = _get(client, "/clusters", zoom=13, bbox="-92.0,15.6,-91.9,15.7")
    assert view["count"] == 2
    assert_error(client.get("/clusters", params={"zoom": 30}), 422, "invalid_request")


def test_cached_answers_follow_writes(db_at: Callable[[str], str]) -> None:
    path = db_at("c.db")
    ids = build_synthetic_db(path, 10)
    with TestClient(create_app(path, allow_anonymous=True)) as c:
        before = _get(c, "/stats")
        assert _get(c, "/stats") == before  # from the cache
        clusters = _get(c, "/clusters", zoom=2)["count"]
        with Store(path) as store, store.transaction() as conn:
            set_killed = (
                "jsonb_set(record::jsonb, '{killed}', '99')::text"
                if store.dialect.postgres
                else "json_set(record, '$.killed', 99)"
            )
            conn.execute(f"UPDATE events SET record = {set_killed} WHERE event_id = ?", (ids[0],))
            conn.execute("DELETE FROM events WHERE event_id = ?", (ids[1],))
        after = _get(c, "/stats")
        assert after["total"] == before["total"] - 1
        assert after["sums"]["killed"] >= 99
        assert _get(c, "/clusters", zoom=2)["count"] == clusters - 1
        assert _get(c, killed_min=99)["count"] == 1


def test_clusters_fit_the_view_on_the_server(client: TestClient, web_db: WebData) -> None:
    body = _get(client, "/clusters", fit_width=900, fit_height=400)
    assert 10 <= body["zoom"] <= 12 and body["zoom"] * 2 == int(body["zoom"] * 2)
    lat, lon = body["center"]
    assert 15.6 < lat < 15.7 and -92.14 < lon < -91.98
    assert len(body["clusters"]) == 3  # at that zoom the three places are apart
    one = _get(client, "/clusters", fit_width=900, fit_height=400, type="COERCE")
    assert one["zoom"] == 12 and one["center"] == [15.6817, -92.1317]
    none = _get(client, "/clusters", fit_width=900, fit_height=400, type="DISPLACE")
    assert none["center"] is None and none["clusters"] == []


def test_fit_view_matches_leaflet() -> None:
    from hito.api.fit import fit_view

    zoom, (lat, lon) = fit_view((-92.0, 15.0, -91.0, 16.0), 1000, 600, padding=0)
    # 1000 px hold 1° of longitude up to z ≈ 10.46; 600 px hold 15°–16° N (Mercator) up to
    # z ≈ 9.63; the smaller, snapped down to a half zoom
    assert zoom == 9.5 and lon == -91.5 and 15.49 < lat < 15.51
    assert fit_view((-92.0, 15.0, -92.0, 15.0), 800, 600)[0] == 12.0
    assert fit_view((-180.0, -80.0, 180.0, 80.0), 800, 600)[0] == 1.0  # 720 px: z ≈ 1.49


def test_statistics_are_refreshed_when_the_index_grows(tmp_path: Path) -> None:
    from hito.store import queries

    path = tmp_path / "big.db"
    build_synthetic_db(path, 1200, per_report=100)
    with Store(path) as store:
        assert queries.refresh_statistics(store) is True
        assert queries.refresh_statistics(store) is False  # fresh enough
        conn = store._conn
        stat = conn.execute(
            "SELECT stat FROM sqlite_stat1 WHERE idx = 'event_facets_by_day'"
        ).fetchone()
        assert stat[0].split()[0] == "1200"
        # the planner now reads "at least 5 killed" from the figure's index
        sql, params = queries.where(queries.EventQuery(minimums=(("killed", 5),)))
        plan = " ".join(
            r[3]
            for r in conn.execute(f"EXPLAIN QUERY PLAN SELECT * FROM event_facets f{sql}", params)
        )
        assert "event_facets_killed" in plan

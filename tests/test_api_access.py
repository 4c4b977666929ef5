"""Access: tokens and roles, anonymous reading only when allowed, editors' corrections with
their history, admins' token management, rate limiting; and `hito token`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from conftest import WebData
from hito.api import create_app
from hito.api.config import ApiConfig
from hito.api.ratelimit import RateLimiter
from hito.api.tokens import create_token, verify_token
from hito.cli import main
from hito.store import Store
from test_api_events import assert_error


def _token(path: str | Path, role: str, label: str | None = None) -> str:
    with Store(path) as store:
        return create_token(store, role, label)[0]


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture()
def closed(web_db: WebData) -> Iterator[TestClient]:
    """A server that lets no one in without a token."""
    with TestClient(create_app(web_db.path)) as c:
        yield c


def test_no_token_no_data(closed: TestClient) -> None:
    for path in ("/events", "/stats", "/points", "/collections/events/items", "/api/events"):
        r = closed.get(path)
        assert_error(r, 401, "unauthorized")
        assert r.headers["www-authenticate"].startswith("Bearer")
    # the page, its files and the API description are public: they hold no data
    assert closed.get("/").status_code == 200
    assert closed.get("/static/js/dashboard.js").status_code == 200
    assert closed.get("/openapi.json").status_code == 200


def test_reader_token_reads(closed: TestClient, web_db: WebData) -> None:
    token = _token(web_db.path, "reader")
    r = closed.get("/events", headers=_auth(token))
    assert r.status_code == 200 and r.json()["count"] == 3
    assert closed.get("/api/events", headers=_auth(token)).status_code == 200


@pytest.mark.parametrize(
    "header",
    [
        "Bearer hito_000000000000_nope",
        "Bearer nonsense",
        "Basic dXNlcjpwYXNz",
        "Bearer ",
    ],
)
def test_bad_tokens_are_refused(closed: TestClient, header: str) -> None:
    assert_error(closed.get("/events", headers={"Authorization": header}), 401, "unauthorized")


def test_a_token_with_a_wrong_secret_is_refused(closed: TestClient, web_db: WebData) -> None:
    token = _token(web_db.path, "admin")
    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    assert_error(closed.get("/events", headers=_auth(forged)), 401, "unauthorized")


def test_tokens_are_stored_as_salted_hashes(web_db: WebData) -> None:
    a, b = _token(web_db.path, "reader"), _token(web_db.path, "reader")
    secret = a.split("_", 2)[2]
    for suffix in ("", "-wal"):
        p = Path(str(web_db.path) + suffix)
        raw = p.read_bytes() if p.exists() else b""
        assert secret.encode() not in raw
    with Store(web_db.path) as store:
        rows = store.query("SELECT salt, hash FROM api_tokens")
    assert len(rows) == 2 and rows[0][0] != rows[1][0] and rows[0][1] != rows[1][1]
    with Store(web_db.path) as store:
        info = verify_token(store, a)
        assert info is not None and info.role == "reader"
        assert verify_token(store, b.replace("hito_", "nope_")) is None


def test_anonymous_reads_only_when_allowed(web_db: WebData) -> None:
    with TestClient(create_app(web_db.path, allow_anonymous=True)) as c:
        assert c.get("/events").status_code == 200
        r = c.patch(f"/events/{web_db.ids['seizure']}", json={"killed": 1})
        assert_error(r, 401, "unauthorized")
        assert_error(c.get("/tokens"), 401, "unauthorized")


def test_reader_cannot_write_editor_can(closed: TestClient, web_db: WebData) -> None:
    event_id = web_db.ids["shootout"]
    reader = _token(web_db.path, "reader")
    r = closed.patch(f"/events/{event_id}", json={"killed": 3}, headers=_auth(reader))
    assert_error(r, 403, "forbidden")
    editor = _token(web_db.path, "editor", "Ana (desk)")
    r = closed.patch(
        f"/events/{event_id}",
        json={"killed": 3, "admin1": "Huehuetenango", "place": "La Mesilla (aldea)"},
        params={"note": "second report gives 3"},
        headers=_auth(editor),
    )
    assert r.status_code == 200, r.text
    event = r.json()
    assert event["killed"] == 3 and event["place"] == "La Mesilla (aldea)"
    (entry,) = event["history"]
    assert entry["action"] == "correction"
    assert entry["by"].startswith("token:") and "Ana (desk)" in entry["by"]
    assert entry["note"] == "second report gives 3" and entry["at"]
    assert {(c["field"], c["old"], c["new"]) for c in entry["changes"]} == {
        ("killed", 2, 3),
        ("place", "La Mesilla", "La Mesilla (aldea)"),
    }  # admin1 did not change, so it is not a change
    # the correction is what everyone reads now, and the search index follows it
    listed = closed.get("/events", params={"killed_min": 3}, headers=_auth(reader)).json()
    assert [e["event_id"] for e in listed["events"]] == [event_id]
    detail = closed.get(f"/events/{event_id}", headers=_auth(reader)).json()
    assert detail["history"] == event["history"]


@pytest.mark.parametrize(
    "patch",
    [
        {},
        {"evidence": ["made up"]},
        {"event_id": "x"},
        {"nonsense": 1},
        {"killed": "many"},
        {"event_type": "EXPLODE"},
        {"date": "someday"},
        {"factuality": "rumoured"},
        # NUL is no character of a name; PostgreSQL's jsonb refuses it outright.
        {"place": "La Mesilla\x00"},
        {"actors": [{"name": "police\x00", "sector": "COP", "country": "MX"}]},
    ],
)
def test_bad_corrections_are_refused(
    closed: TestClient, web_db: WebData, patch: dict[str, Any]
) -> None:
    editor = _token(web_db.path, "editor")
    r = closed.patch(f"/events/{web_db.ids['seizure']}", json=patch, headers=_auth(editor))
    assert_error(r, 422, "invalid_request")
    assert (
        closed.get(f"/events/{web_db.ids['seizure']}", headers=_auth(editor)).json()["history"]
        == []
    )


def test_correction_columns_follow_the_record(closed: TestClient, web_db: WebData) -> None:
    editor = _token(web_db.path, "editor")
    event_id = web_db.ids["seizure"]
    r = closed.patch(
        f"/events/{event_id}",
        json={"event_type": "ASSAULT", "date": "2024-05-01", "country": "GT", "latitude": 15.0},
        headers=_auth(editor),
    )
    assert r.status_code == 200, r.text
    found = closed.get(
        "/events",
        params={"type": "ASSAULT", "country": "GT", "date_to": "2024-05-31"},
        headers=_auth(editor),
    ).json()
    assert event_id in {e["event_id"] for e in found["events"]}
    with Store(web_db.path) as store:
        stored = store.get_event(event_id)
        assert stored is not None and stored.record.event_type == "ASSAULT"


def test_if_match_guards_against_lost_updates(closed: TestClient, web_db: WebData) -> None:
    editor = _token(web_db.path, "editor")
    event_id = web_db.ids["xss"]
    etag = closed.get(f"/events/{event_id}", headers=_auth(editor)).headers["etag"]
    first = closed.patch(
        f"/events/{event_id}", json={"injured": 1}, headers={**_auth(editor), "If-Match": etag}
    )
    assert first.status_code == 200 and first.headers["etag"] != etag
    stale = closed.patch(
        f"/events/{event_id}", json={"injured": 2}, headers={**_auth(editor), "If-Match": etag}
    )
    assert_error(stale, 412, "precondition_failed")


def test_unknown_event_patch_is_404(closed: TestClient, web_db: WebData) -> None:
    editor = _token(web_db.path, "editor")
    r = closed.patch("/events/nope-1", json={"killed": 1}, headers=_auth(editor))
    assert_error(r, 404, "not_found")


def test_admins_manage_tokens(closed: TestClient, web_db: WebData) -> None:
    admin = _token(web_db.path, "admin", "root")
    editor = _token(web_db.path, "editor")
    assert_error(closed.get("/tokens", headers=_auth(editor)), 403, "forbidden")
    r = closed.post("/tokens", json={"role": "reader", "label": "QGIS"}, headers=_auth(admin))
    assert r.status_code == 201, r.text
    made = r.json()
    assert made["role"] == "reader" and made["token"].startswith("hito_")
    assert closed.get("/events", headers=_auth(made["token"])).status_code == 200
    listed = closed.get("/tokens", headers=_auth(admin)).json()["tokens"]
    assert {t["label"] for t in listed} >= {"root", "QGIS"}
    assert all("token" not in t and "hash" not in t and "salt" not in t for t in listed)
    r = closed.delete(f"/tokens/{made['token_id']}", headers=_auth(admin))
    assert r.status_code == 204
    assert_error(closed.get("/events", headers=_auth(made["token"])), 401, "unauthorized")
    assert_error(
        closed.delete(f"/tokens/{made['token_id']}", headers=_auth(admin)), 404, "not_found"
    )
    r = closed.post("/tokens", json={"role": "owner"}, headers=_auth(admin))
    assert_error(r, 422, "invalid_request")


def test_rate_limit_answers_429_with_retry_after(web_db: WebData) -> None:
    config = ApiConfig(allow_anonymous=True, rate=0.5, burst=3)
    with TestClient(create_app(web_db.path, config)) as c:
        statuses = [c.get("/events").status_code for _ in range(3)]
        assert statuses == [200, 200, 200]
        r = c.get("/events")
        assert_error(r, 429, "rate_limited")
        assert int(r.headers["retry-after"]) >= 1
        # a token has its own budget
        token = _token(web_db.path, "reader")
        assert c.get("/events", headers=_auth(token)).status_code == 200


def test_token_bucket_refills() -> None:
    now = [0.0]
    bucket = RateLimiter(rate=2.0, burst=2, clock=lambda: now[0])
    assert bucket.take("a") == 0 and bucket.take("a") == 0
    assert bucket.take("a") == pytest.approx(0.5)
    assert bucket.take("b") == 0  # clients are independent
    now[0] += 0.5
    assert bucket.take("a") == 0
    assert bucket.take("a") > 0
    assert RateLimiter(rate=0, burst=1).take("x") == 0  # off


def test_cli_token_create_list_revoke(tmp_path: Path, web_db: WebData) -> None:
    runner = CliRunner()
    db = str(web_db.path)
    r = runner.invoke(main, ["token", "create", "--role", "editor", "--label", "Ana", "--db", db])
    assert r.exit_code == 0, r.output
    token = r.stdout.strip().splitlines()[-1]
    assert token.startswith("hito_")
    with TestClient(create_app(web_db.path)) as c:
        assert c.get("/events", headers=_auth(token)).status_code == 200
    r = runner.invoke(main, ["token", "list", "--db", db])
    assert r.exit_code == 0 and "Ana" in r.stdout and "editor" in r.stdout
    assert token.split("_", 2)[2] not in r.stdout
    token_id = token.split("_")[1]
    assert runner.invoke(main, ["token", "revoke", token_id, "--db", db]).exit_code == 0
    assert runner.invoke(main, ["token", "revoke", token_id, "--db", db]).exit_code != 0
    with TestClient(create_app(web_db.path)) as c:
        assert c.get("/events", headers=_auth(token)).status_code == 401
    r = runner.invoke(main, ["token", "create", "--role", "owner", "--db", db])
    assert r.exit_code != 0


def test_serve_allows_anonymous_on_loopback_only() -> None:
    from hito.web import is_loopback

    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")

"""Editors merge events, split them and keep them apart over the API; each change shows in
the history with who and when, merged ids in /deleted; roles and the error envelope."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from conftest import WebData
from hito.api import create_app
from hito.api.attribution import read_note, signed_note
from hito.api.tokens import create_token
from hito.store import Store
from test_api_events import assert_error


def _auth(path: Path, role: str, label: str | None = None) -> dict[str, str]:
    with Store(path) as store:
        return {"Authorization": f"Bearer {create_token(store, role, label)[0]}"}


@pytest.fixture()
def client(web_db: WebData) -> Iterator[TestClient]:
    with TestClient(create_app(web_db.path)) as c:
        yield c


def _merge(client: TestClient, web_db: WebData, headers: dict[str, str]) -> dict[str, object]:
    ids = [web_db.ids["shootout"], web_db.ids["seizure"]]
    r = client.post(
        "/events/merge", json={"event_ids": ids, "note": "same incident"}, headers=headers
    )
    assert r.status_code == 200, r.text
    body: dict[str, object] = r.json()
    return body


def test_editor_merges_events(client: TestClient, web_db: WebData) -> None:
    editor = _auth(web_db.path, "editor", "Ana (desk)")
    survivor, gone = web_db.ids["shootout"], web_db.ids["seizure"]
    body = _merge(client, web_db, editor)
    assert body["event_id"] == survivor and body["merged"] == [gone]
    assert len(body["sources"]) == 2  # type: ignore[arg-type]
    (entry,) = body["history"]  # type: ignore[misc]
    assert entry["action"] == "merge" and entry["others"] == [gone]
    assert entry["by"].startswith("token:") and entry["by"].endswith("(Ana (desk))")
    assert entry["note"] == "same incident" and entry["at"]
    # the history is what GET shows; the merged id redirects; /deleted names the editor
    assert client.get(f"/events/{survivor}", headers=editor).json()["history"] == [entry]
    r = client.get(f"/events/{gone}", headers=editor, follow_redirects=False)
    assert r.status_code == 301 and r.headers["location"].endswith(f"/events/{survivor}")
    (deleted,) = client.get("/deleted", headers=editor).json()["deleted"]
    assert deleted["event_id"] == gone and deleted["successor"] == survivor
    assert deleted["by"] == entry["by"] and deleted["note"] == "same incident"
    assert client.get("/events", headers=editor).json()["count"] == 2


def test_editor_splits_an_event(client: TestClient, web_db: WebData) -> None:
    editor = _auth(web_db.path, "editor", "Luis")
    body = _merge(client, web_db, editor)
    survivor = web_db.ids["shootout"]
    spanish = next(s for s in body["sources"] if s["language"] == "es")  # type: ignore[attr-defined]
    r = client.post(
        f"/events/{survivor}/split",
        json={"mentions": [spanish["content_hash"][:10]], "note": "two incidents"},
        headers=editor,
    )
    assert r.status_code == 201, r.text
    out = r.json()
    left, new = out["event"], out["new_event"]
    assert left["event_id"] == survivor and new["event_id"] != survivor
    assert r.headers["location"].endswith(f"/events/{new['event_id']}")
    assert [s["language"] for s in left["sources"]] == ["en"]
    assert [s["language"] for s in new["sources"]] == ["es"]
    split = left["history"][-1]
    assert split["action"] == "split" and split["others"] == [new["event_id"]]
    assert split["by"].endswith("(Luis)") and split["note"] == "two incidents"
    assert [h["action"] for h in left["history"]] == ["merge", "split"]
    assert client.get("/events", headers=editor).json()["count"] == 3


def test_keep_apart(client: TestClient, web_db: WebData) -> None:
    editor = _auth(web_db.path, "editor")
    ids = [web_db.ids["shootout"], web_db.ids["xss"]]
    r = client.post("/events/keep-apart", json={"event_ids": ids}, headers=editor)
    assert r.status_code == 200, r.text
    (entry,) = r.json()["events"][0]["history"]
    assert entry["action"] == "keep-apart" and entry["by"].startswith("token:")
    assert entry["note"] is None


def test_readers_and_anonymous_cannot_edit(web_db: WebData) -> None:
    ids = [web_db.ids["shootout"], web_db.ids["seizure"]]
    reader = _auth(web_db.path, "reader")
    with TestClient(create_app(web_db.path, allow_anonymous=True)) as c:
        for headers, status, code in ((reader, 403, "forbidden"), ({}, 401, "unauthorized")):
            assert_error(
                c.post("/events/merge", json={"event_ids": ids}, headers=headers), status, code
            )
            assert_error(
                c.post(f"/events/{ids[0]}/split", json={"mentions": ["abcdef"]}, headers=headers),
                status,
                code,
            )
            assert_error(
                c.post("/events/keep-apart", json={"event_ids": ids}, headers=headers),
                status,
                code,
            )
        assert c.get("/events").json()["count"] == 3
        assert c.get(f"/events/{ids[0]}").json()["history"] == []


def test_bad_edits_use_the_error_envelope(client: TestClient, web_db: WebData) -> None:
    editor = _auth(web_db.path, "editor")
    a, b = web_db.ids["shootout"], web_db.ids["seizure"]
    for body in (
        {"event_ids": [a]},
        {"event_ids": [a, a]},
        {"event_ids": "a,b"},
        {"event_ids": [a, b], "extra": 1},
        {},
    ):
        assert_error(
            client.post("/events/merge", json=body, headers=editor), 422, "invalid_request"
        )
    assert_error(
        client.post("/events/merge", json={"event_ids": [a, "nope-1"]}, headers=editor),
        404,
        "not_found",
    )
    for mentions in (["abc"], ["ffffffffff"], []):
        r = client.post(f"/events/{a}/split", json={"mentions": mentions}, headers=editor)
        assert_error(r, 422, "invalid_request")
    r = client.post("/events/nope-1/split", json={"mentions": ["abcdef"]}, headers=editor)
    assert_error(r, 404, "not_found")
    # a split that would leave nothing behind
    own = client.get(f"/events/{a}", headers=editor).json()["sources"][0]["content_hash"]
    r = client.post(f"/events/{a}/split", json={"mentions": [own]}, headers=editor)
    assert_error(r, 422, "invalid_request")
    # nothing changed, and a merged id is a conflict
    assert client.get(f"/events/{a}", headers=editor).json()["history"] == []
    _merge(client, web_db, editor)
    r = client.post("/events/merge", json={"event_ids": [b, web_db.ids["xss"]]}, headers=editor)
    assert_error(r, 409, "conflict")


@pytest.mark.parametrize(
    ("who", "note"),
    [
        ("token:abc123 (Ana)", "same incident"),
        ("token:abc123", None),
        ("token:abc123 (a] b)", "x ] [y]"),
        ("token:abc123 (Ana)", "two\nlines"),
    ],
)
def test_notes_carry_the_editor(who: str, note: str | None) -> None:
    by, back = read_note(signed_note(who, note), manual=True)
    assert by == who.replace("]", ")") and back == note


def test_notes_from_elsewhere() -> None:
    assert read_note("merged at the desk", manual=True) == ("editor", "merged at the desk")
    assert read_note(None, manual=True) == ("editor", None)
    assert read_note("[token:x] y", manual=False) == ("fusion", "[token:x] y")


def test_nul_characters_in_bodies_are_refused(client: TestClient, web_db: WebData) -> None:
    editor = _auth(web_db.path, "editor")
    a, b = web_db.ids["shootout"], web_db.ids["seizure"]
    for body in ({"event_ids": [a, "x\x00"]}, {"event_ids": [a, b], "note": "why\x00"}):
        r = client.post("/events/merge", json=body, headers=editor)
        assert_error(r, 422, "invalid_request")
    r = client.post(f"/events/{a}/split", json={"mentions": ["abcdef\x00"]}, headers=editor)
    assert_error(r, 422, "invalid_request")
    assert client.get(f"/events/{a}", headers=editor).json()["history"] == []


def test_token_labels_take_no_nul(client: TestClient, web_db: WebData) -> None:
    admin = _auth(web_db.path, "admin")
    r = client.post("/tokens", json={"role": "reader", "label": "a\x00b"}, headers=admin)
    assert_error(r, 422, "invalid_request")
    r = client.post("/tokens", json={"role": "reader", "label": "ab"}, headers=admin)
    assert r.status_code == 201

"""The alerts Atom feed router, signatures, and delivery channels that fail for good."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
from fastapi import FastAPI
from fastapi.testclient import TestClient

from hito.store import Store
from hito.store import watch_state as state
from hito.store.watch_state import StoredAlert
from hito.watch.deliver import LogFileChannel, deliver_due, register_channels
from hito.watch.feed import ATOM_NS, alerts_router, entry_id
from hito.watch.signing import sign, verify

A = f"{{{ATOM_NS}}}"


def alert(n: int, kind: str = "event", watch: str = "la-mesilla") -> StoredAlert:
    title = f"{watch}: new event {n} <script>alert(1)</script>"
    summary = f'new event in La Mesilla\n- ASSAULT at La Mesilla [e{n}]\n    "Two killed & more."'
    payload = {
        "alert_id": f"{watch}/e{n}",
        "kind": kind,
        "events": [
            {
                "event_id": f"e{n}",
                "evidence": ["Two killed & more."],
                "sources": [{"url": f"https://news.example/{n}"}, {"url": "javascript:alert(1)"}],
            }
        ],
    }
    return StoredAlert(
        f"{watch}/e{n}", kind, watch, f"2025-09-0{n}T10:00:00+00:00", title, summary, payload
    )


def test_alerts_atom(tmp_path: Path) -> None:
    db = tmp_path / "hito.db"
    with Store(db) as store:
        for n, kind in ((1, "event"), (2, "cross_border"), (3, "surge")):
            assert state.insert_alert(store, alert(n, kind), [f"e{n}"])
        assert not state.insert_alert(store, alert(1), ["e1"])  # the same id: ignored
    app = FastAPI()
    app.include_router(alerts_router(db))
    client = TestClient(app)

    response = client.get("/alerts.atom")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{A}feed"
    entries = root.findall(f"{A}entry")
    assert [e.findtext(f"{A}id") for e in entries] == [
        entry_id("la-mesilla/e3"),
        entry_id("la-mesilla/e2"),
        entry_id("la-mesilla/e1"),
    ]
    assert root.findtext(f"{A}updated") == "2025-09-03T10:00:00+00:00"
    first = entries[-1]
    assert first.findtext(f"{A}title") == "la-mesilla: new event 1 <script>alert(1)</script>"
    assert '"Two killed & more."' in (first.findtext(f"{A}content") or "")
    links = [link.get("href") for link in first.findall(f"{A}link")]
    assert links == ["https://news.example/1"]  # only http(s) links
    assert b"<script>" not in response.content  # escaped

    parsed = feedparser.parse(response.content)
    assert not parsed.bozo and len(parsed.entries) == 3
    assert parsed.entries[0].tags[0].term == "surge"

    again = ET.fromstring(client.get("/alerts.atom").content)
    assert [e.findtext(f"{A}id") for e in again.findall(f"{A}entry")] == [
        e.findtext(f"{A}id") for e in entries
    ]
    only = ET.fromstring(client.get("/alerts.atom", params={"kind": "cross_border"}).content)
    assert len(only.findall(f"{A}entry")) == 1
    assert len(ET.fromstring(client.get("/alerts.atom?limit=1").content)) > 0
    assert client.get("/alerts.atom?limit=0").status_code == 422
    empty = ET.fromstring(client.get("/alerts.atom", params={"watch": "nowhere"}).content)
    assert empty.findall(f"{A}entry") == [] and empty.findtext(f"{A}updated")


def test_signatures() -> None:
    body = json.dumps({"alert_id": "a"}).encode()
    header = sign(body, "secret")
    assert header.startswith("sha256=") and len(header) == 7 + 64
    assert verify(body, header, "secret")
    assert not verify(body, header, "other")
    assert not verify(body + b" ", header, "secret")
    assert not verify(body, None, "secret")


class Broken:
    name = "broken"
    max_attempts = 3
    backoff = 10.0

    def __init__(self) -> None:
        self.calls = 0

    def send(self, alert: StoredAlert) -> None:
        self.calls += 1
        raise OSError("unreachable")


def test_a_channel_gives_up_after_its_attempts_and_others_go_on(tmp_path: Path) -> None:
    broken, log = Broken(), LogFileChannel(tmp_path / "alerts.jsonl")
    with Store(tmp_path / "hito.db") as store:
        register_channels(store, [broken, log], 0.0)
        state.insert_alert(store, alert(1), ["e1"])
        t = 1.0e9
        outcomes = []
        for step in (0, 10, 20, 40, 1000):
            result = deliver_due(store, [broken, log], t + step)
            outcomes.append((result.sent, result.retry, result.failed))
        assert outcomes == [(1, 1, 0), (0, 1, 0), (0, 0, 0), (0, 0, 1), (0, 0, 0)]
        assert broken.calls == 3
        assert state.delivery_status(store, "la-mesilla/e1", "broken") == ("failed", 3)
        assert state.delivery_status(store, "la-mesilla/e1", "log") == ("sent", 1)
    lines = (tmp_path / "alerts.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["alert_id"] for line in lines] == ["la-mesilla/e1"]


def test_a_channel_added_later_does_not_replay_history(tmp_path: Path) -> None:
    log = LogFileChannel(tmp_path / "alerts.jsonl")
    with Store(tmp_path / "hito.db") as store:
        state.insert_alert(store, alert(1), ["e1"])  # created 2025-09-01
        later = 1.9e9  # 2030
        register_channels(store, [log], later)
        assert deliver_due(store, [log], later).sent == 0

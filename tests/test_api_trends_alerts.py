"""/stats/trends serves `hito trends`; /alerts.atom serves the monitor's alerts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from fastapi.testclient import TestClient

from hito.api import create_app
from hito.ingest import content_hash
from hito.models import Report
from hito.pipeline import process
from hito.store import Store

REPORT = (
    "Soldados del Ejército de Guatemala se enfrentaron el lunes con hombres armados en "
    "La Mesilla, Huehuetenango, y detuvieron a tres sospechosos."
)


def _db(path: str) -> str:
    report = Report(text=REPORT, content_hash=content_hash(REPORT), published=dt.date(2025, 6, 18))
    annotated, records = process(report)
    with Store(path) as store:
        store.save_report(annotated, records, fuse=True)
    return path


def test_trends_by_area(db_at: Callable[[str], str]) -> None:
    client = TestClient(create_app(_db(db_at("h.db")), allow_anonymous=True))
    body = client.get("/stats/trends", params={"area": "GT", "until": "2025-06-20"}).json()
    assert body, "a trend table"
    assert "ASSAULT" in str(body)
    assert client.get("/stats/trends", params={"area": "nowhere!"}).status_code == 422


def test_alerts_feed_is_atom(db_at: Callable[[str], str]) -> None:
    client = TestClient(create_app(_db(db_at("h.db")), allow_anonymous=True))
    response = client.get("/alerts.atom")
    assert response.status_code == 200
    assert "<feed" in response.text

"""Alerts as an Atom feed (RFC 4287): a FastAPI router serving GET /alerts.atom.

Mount it on the API app with `app.include_router(alerts_router(db_path))`. Query parameters:
`watch` and `kind` (event, cross_border, surge) filter, `limit` (1-500, default 50). Entry ids
are stable URNs derived from alert ids, so feed readers never show an alert twice.
"""

from __future__ import annotations

import datetime as dt
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from hito.store import Store
from hito.store.watch_state import StoredAlert, list_alerts

ATOM_NS = "http://www.w3.org/2005/Atom"
ATOM_MEDIA_TYPE = "application/atom+xml; charset=utf-8"
FEED_ID = uuid.uuid5(uuid.NAMESPACE_URL, "hito:alerts").urn


def entry_id(alert_id: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"hito:alert:{alert_id}").urn


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def _source_urls(alert: StoredAlert) -> list[str]:
    urls: list[str] = []
    for event in alert.payload.get("events", []):
        for source in event.get("sources", []):
            url = source.get("url")
            if isinstance(url, str) and url.startswith(("http://", "https://")) and url not in urls:
                urls.append(url)
    return urls


def atom_document(alerts: list[StoredAlert], self_url: str, title: str = "hito alerts") -> bytes:
    """The Atom XML of alerts (newest first)."""
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _sub(feed, "id", FEED_ID)
    _sub(feed, "title", title)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    _sub(feed, "updated", max((a.created_at for a in alerts), default=now))
    _sub(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    _sub(feed, "generator", "hito")
    author = _sub(feed, "author")
    _sub(author, "name", "hito")
    for alert in alerts:
        entry = _sub(feed, "entry")
        _sub(entry, "id", entry_id(alert.alert_id))
        _sub(entry, "title", alert.title)
        _sub(entry, "published", alert.created_at)
        _sub(entry, "updated", alert.created_at)
        _sub(entry, "category", term=alert.kind, label=alert.kind.replace("_", " "))
        _sub(entry, "category", term=alert.watch, scheme="urn:hito:watch")
        _sub(entry, "summary", alert.summary.splitlines()[0] if alert.summary else alert.title)
        _sub(entry, "content", alert.summary, type="text")
        for url in _source_urls(alert):
            _sub(entry, "link", rel="related", href=url)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def alerts_router(db_path: str | Path) -> APIRouter:
    """GET /alerts.atom over the alerts stored in the database at `db_path`."""
    router = APIRouter()

    @router.get("/alerts.atom", response_class=Response)
    def alerts_atom(
        request: Request,
        watch: str | None = None,
        kind: str | None = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
    ) -> Response:
        # One Store per request: FastAPI runs sync endpoints in a thread pool.
        with Store(db_path) as store:
            alerts = list_alerts(store, limit=limit, watch=watch, kind=kind)
        body = atom_document(alerts, str(request.url))
        return Response(content=body, media_type=ATOM_MEDIA_TYPE)

    return router

"""The provenance every export carries: which reports support an event."""

from __future__ import annotations

from urllib.parse import urlsplit

from hito.models import StoredEvent


def event_sources(event: StoredEvent) -> list[dict[str, str | None]]:
    """[{url, title, published, content_hash}] for each report behind the event."""
    return [
        {
            "url": m.url,
            "title": m.title,
            "published": m.published.isoformat() if m.published else None,
            "content_hash": m.content_hash,
        }
        for m in event.mentions
    ]


def outlet(url: str | None) -> str | None:
    """The outlet behind a URL as its domain without "www." ("prensalibre.com")."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def export_dict(event: StoredEvent) -> dict[str, object]:
    """The record in event-schema.md layout, with "event_id" first and "sources" last."""
    return {
        "event_id": event.event_id,
        **event.record.schema_dict(),
        "sources": event_sources(event),
    }

"""How a stored event is written in the API's JSON."""

from __future__ import annotations

from typing import Any

from hito.models import Mention, StoredEvent


def mention_json(mention: Mention) -> dict[str, Any]:
    return {
        "url": mention.url,
        "title": mention.title,
        "published": mention.published.isoformat() if mention.published else None,
        "evidence": list(mention.evidence),
    }


def event_json(event: StoredEvent) -> dict[str, Any]:
    """`{event_id, <every record field of event-schema.md>, mentions: [...]}`."""
    out: dict[str, Any] = {"event_id": event.event_id}
    out.update(event.record.schema_dict())
    out["mentions"] = [mention_json(m) for m in event.mentions]
    return out


def event_json_with_time(event: StoredEvent) -> dict[str, Any]:
    """`event_json` plus `updated_at` (ISO 8601, UTC): what /events lists."""
    out = event_json(event)
    out["updated_at"] = event.updated_at.isoformat() if event.updated_at else None
    return out

"""The first API, under /api: kept as it was for existing clients (same JSON, offset paging).
New clients use /events, which has every filter and keyset pages."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from hito.api.auth import Principal, reader
from hito.api.errors import ApiError
from hito.api.serialize import event_json
from hito.api.state import store_of
from hito.models import EVENT_TYPES, FACTUALITIES
from hito.store import EventFilter

MAX_LIMIT = 1000
DEFAULT_LIMIT = 500

router = APIRouter(prefix="/api", tags=["api v0"])


@router.get("/health")
def health(request: Request, _: Annotated[Principal, Depends(reader)]) -> dict[str, Any]:
    return {"status": "ok", "events": store_of(request).count_events()}


@router.get("/events")
def list_events(
    request: Request,
    _: Annotated[Principal, Depends(reader)],
    type: Annotated[str | None, Query(description="event type, e.g. ASSAULT")] = None,
    country: Annotated[str | None, Query(min_length=2, max_length=2)] = None,
    admin1: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    cross_border: bool | None = None,
    factuality: str | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    event_type = type.upper() if type else None
    if event_type is not None and event_type not in EVENT_TYPES:
        raise ApiError(422, "invalid_request", f"type: unknown event type {type!r}")
    if factuality is not None and factuality not in FACTUALITIES:
        raise ApiError(422, "invalid_request", f"factuality: unknown value {factuality!r}")
    if date_from and date_to and date_from > date_to:
        raise ApiError(422, "invalid_request", "date_from is after date_to")
    criteria: dict[str, Any] = {
        "event_type": event_type,
        "country": country.upper() if country else None,
        "admin1": admin1,
        "date_from": date_from,
        "date_to": date_to,
        "cross_border": cross_border,
        "factuality": factuality,
    }
    store = store_of(request)
    total = store.count_events(EventFilter(**criteria))
    events = store.events(EventFilter(**criteria, limit=limit, offset=offset))
    return {
        "events": [event_json(e) for e in events],
        "count": total,
        "limit": limit,
        "offset": offset,
    }


@router.get("/events/{event_id}")
def get_event(
    request: Request, event_id: str, _: Annotated[Principal, Depends(reader)]
) -> dict[str, Any]:
    event = store_of(request).get_event(event_id)
    if event is None:
        raise ApiError(404, "not_found", f"no event with id {event_id!r}")
    return event_json(event)

"""The FastAPI application: /api/events, /api/events/{id}, /api/health and the dashboard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Query

from hito.api.errors import ApiError, install_error_handlers
from hito.api.serialize import event_json
from hito.models import EVENT_TYPES, FACTUALITIES
from hito.store import EventFilter, Store

MAX_LIMIT = 1000
DEFAULT_LIMIT = 500


def _router(db_path: str) -> APIRouter:
    # sqlite connections belong to one thread; FastAPI runs sync endpoints in a thread pool,
    # so each request opens (and closes) its own Store inside the endpoint itself.
    router = APIRouter(prefix="/api")

    @router.get("/health")
    def health() -> dict[str, Any]:
        with Store(db_path) as store:
            return {"status": "ok", "events": store.count_events()}

    @router.get("/events")
    def list_events(
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
        with Store(db_path) as store:
            total = store.count_events(EventFilter(**criteria))
            events = store.events(EventFilter(**criteria, limit=limit, offset=offset))
        return {
            "events": [event_json(e) for e in events],
            "count": total,
            "limit": limit,
            "offset": offset,
        }

    @router.get("/events/{event_id}")
    def get_event(event_id: str) -> dict[str, Any]:
        with Store(db_path) as store:
            event = store.get_event(event_id)
        if event is None:
            raise ApiError(404, "not_found", f"no event with id {event_id!r}")
        return event_json(event)

    return router


def create_app(db_path: str | Path) -> FastAPI:
    """The API over the store at `db_path`, with the dashboard mounted at `/`."""
    from hito.web.dashboard import mount_dashboard

    app = FastAPI(title="hito", summary="Border-security events, sourced and mapped")
    app.state.db_path = str(db_path)
    install_error_handlers(app)
    app.include_router(_router(str(db_path)))
    mount_dashboard(app)
    return app

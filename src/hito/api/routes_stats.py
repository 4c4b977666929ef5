"""/stats (counts per period by type or admin1, sums of the figures), /deleted (tombstones,
for keeping a copy in sync) and /health."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from hito.api.attribution import read_note
from hito.api.auth import Principal, reader
from hito.api.errors import invalid
from hito.api.params import event_query, no_nul
from hito.api.routes_events import ERRORS
from hito.api.state import cached, store_of
from hito.store import Store
from hito.store import queries as q

router = APIRouter(tags=["stats"], responses=ERRORS)


@router.get("/stats", summary="Counts per day, week or month; sums of the figures")
def stats(
    request: Request,
    query: Annotated[q.EventQuery, Depends(event_query)],
    _: Annotated[Principal, Depends(reader)],
    interval: Literal["day", "week", "month"] = "week",
    by: Literal["event_type", "admin1", "country"] = "event_type",
) -> dict[str, Any]:
    """`series`: one entry per period (weeks start on Monday) with the number of events of
    each `by` value; `by_type`, `by_admin1`: counts over the whole selection; `sums`: killed,
    injured, arrested, personnel, weapons_seized, displaced; `drugs_seized`: amounts summed
    per substance and unit. Undated events count in the totals but in no period."""
    store = store_of(request)
    return cached(
        request, ("stats", query, interval, by), lambda: q.stats(store, query, interval, by)
    )


@router.get("/stats/trends", summary="Weekly counts by type against 4- and 52-week averages")
def trends(
    request: Request,
    _: Annotated[Principal, Depends(reader)],
    area: Annotated[
        str, Query(description="GT, MX/Chiapas, bbox:W,S,E,N or near:PLACE[:KM]")
    ] = "all",
    until: Annotated[dt.date | None, Query(description="last day (default today)")] = None,
    weeks: Annotated[int, Query(ge=1, le=52)] = 4,
) -> dict[str, Any]:
    """The change table analysts know from ACLED: for each of the last `weeks` weeks, the
    events per type, with the area's average over the 4 and 52 weeks before (as `hito trends`)."""
    from hito.watch.area import Area, parse_area_spec
    from hito.watch.trends import weekly_trends

    no_nul("area", [area])
    try:
        spec = Area() if area.lower() == "all" else parse_area_spec(area)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc
    try:
        table = weekly_trends(store_of(request), spec, until or dt.date.today(), weeks=weeks)
    except OverflowError:
        # the 52-week baseline before `until` (or its week's end) falls off the calendar
        raise invalid("until: too close to the ends of the calendar") from None
    return table.as_dict()


@router.get("/deleted", summary="Events deleted (merged into others) since a time")
def deleted(
    request: Request,
    _: Annotated[Principal, Depends(reader)],
    since: Annotated[
        dt.datetime | None, Query(description="ISO date or time (UTC if no zone)")
    ] = None,
) -> dict[str, Any]:
    """What a copy made with `/events?updated_since=` must drop: each deleted id, the event
    that took it over (`successor`, null if none), when, and `by` whom (`fusion`, or the
    editor's token for a merge by hand) with the editor's `note`. Empty when the store keeps no
    tombstones."""
    store = store_of(request)
    tombstones = getattr(store, "deleted", None)
    found = tombstones(since) if callable(tombstones) else []
    return {
        "since": since.isoformat() if since else None,
        "deleted": [
            {
                "event_id": t.event_id,
                "successor": t.successor,
                "reason": t.reason,
                "deleted_at": t.deleted_at.isoformat(),
                **_by_whom(store, t.event_id, t.reason),
            }
            for t in found
        ],
    }


def _by_whom(store: Store, event_id: str, reason: str) -> dict[str, str | None]:
    """Who deleted the event and why: fusion, or the editor of a merge by hand (from the
    history entry of that merge; hand merges are few, so one look-up each is cheap)."""
    if "by hand" not in reason:
        return {"by": "fusion" if reason == "merged" else None, "note": None}
    for h in reversed(store.history(event_id)):
        if h.action == "merge" and event_id in h.others:
            by, note = read_note(h.note, h.manual)
            return {"by": by, "note": note}
    return {"by": "editor", "note": None}


@router.get("/health", summary="Liveness and the number of events")
def health(request: Request, _: Annotated[Principal, Depends(reader)]) -> dict[str, Any]:
    return {"status": "ok", "events": q.count(store_of(request), q.EventQuery())}

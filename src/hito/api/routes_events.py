"""/events (filtered, sorted, keyset pages, four formats), /events/{id} with its sources and
history, PATCH /events/{id} for editors, and /points for the dashboard's map."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Header, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from hito.api.auth import Principal, editor, reader
from hito.api.config import ApiConfig
from hito.api.corrections import apply_correction, etag, history_of
from hito.api.errors import ERROR_SCHEMA, ApiError, invalid
from hito.api.fit import fit_view
from hito.api.formats import export_response
from hito.api.paging import decode_cursor, encode_cursor, link_header, page_url
from hito.api.params import event_query
from hito.api.serialize import event_json_with_time
from hito.api.state import cached, store_of
from hito.models import StoredEvent
from hito.store import Store
from hito.store import queries as q

MAX_LIMIT = ApiConfig.max_limit
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"description": "error", "content": {"application/json": {"schema": ERROR_SCHEMA}}}
    for status in (400, 401, 403, 404, 422, 429)
}

router = APIRouter(tags=["events"], responses=ERRORS)


def parse_sort(text: str) -> q.Sort:
    try:
        return q.Sort.parse(text)
    except ValueError as exc:
        raise invalid(f"sort: {exc}") from None


@router.get(
    "/events",
    summary="Events, filtered and sorted, one keyset page at a time",
    response_model=None,
)
def list_events(
    request: Request,
    query: Annotated[q.EventQuery, Depends(event_query)],
    _: Annotated[Principal, Depends(reader)],
    sort: Annotated[
        str, Query(description=f"one of {', '.join(q.SORT_KEYS)}; '-' first for descending")
    ] = "-date",
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = ApiConfig.default_limit,
    cursor: Annotated[str | None, Query(description="the `next` of the previous page")] = None,
    format: Literal["json", "csv", "geojson", "jsonl"] = "json",
    count: Annotated[bool, Query(description="include the number of matching events")] = True,
) -> Response:
    order = parse_sort(sort)
    after = decode_cursor(cursor, order, request) if cursor else None
    store = store_of(request)
    total = cached(request, ("count", query), lambda: q.count(store, query))
    page = q.search(store, query, order, after, limit, matches=total)
    links = {"self": str(request.url)}
    token = encode_cursor(order, page.after, request) if page.after else None
    if token:
        links["next"] = page_url(request, cursor=token)
    headers = {"Link": link_header(links)}
    if format != "json":
        return export_response(format, page.events, headers)
    body: dict[str, Any] = {
        "events": [event_json_with_time(e) for e in page.events],
        "count": total if count else None,
        "limit": limit,
        "sort": str(order),
        "next": token,
        "links": [{"rel": rel, "href": href} for rel, href in links.items()],
    }
    return JSONResponse(body, headers=headers)


@router.get("/points", summary="Every matching event that has coordinates, compactly")
def list_points(
    request: Request,
    query: Annotated[q.EventQuery, Depends(event_query)],
    _: Annotated[Principal, Depends(reader)],
) -> dict[str, Any]:
    """`points` are `[event_id, longitude, latitude, event_type, date]` (what the
    dashboard's map needs); `count` is the number of matching events with or without
    coordinates."""
    store = store_of(request)
    found = q.points(store, query)
    return {
        "fields": ["event_id", "longitude", "latitude", "event_type", "date"],
        "points": [[i, round(x, 5), round(y, 5), t, d] for i, x, y, t, d in found],
        "count": cached(request, ("count", query), lambda: q.count(store, query)),
    }


@router.get("/clusters", summary="Matching events gathered in a grid, for a map at a zoom level")
def list_clusters(
    request: Request,
    query: Annotated[q.EventQuery, Depends(event_query)],
    _: Annotated[Principal, Depends(reader)],
    zoom: Annotated[float, Query(ge=0, le=22, description="web map zoom level")] = 6,
    cell: Annotated[int, Query(ge=8, le=512, description="grid cell in screen pixels")] = 56,
    fit_width: Annotated[int | None, Query(ge=50, le=10_000)] = None,
    fit_height: Annotated[int | None, Query(ge=50, le=10_000)] = None,
) -> dict[str, Any]:
    """Each cluster: `count`, `types` (events by type), mean `longitude`/`latitude`, `bbox`
    of its events and, for a cluster of one, its `event_id` and `date`. The grid has cells of
    `cell` pixels at `zoom` (256-pixel tiles); pass the map's view as `bbox`. With
    `fit_width` and `fit_height` (the map's size in pixels) the server first picks the view
    that shows every matching event (`zoom`, `center`) and clusters for that zoom."""
    store = store_of(request)
    center = None
    if fit_width and fit_height:
        box = cached(request, ("bounds", query), lambda: q.bounds(store, query))
        if box is not None:
            zoom, (lat, lon) = fit_view(box, fit_width, fit_height)
            center = [round(lat, 6), round(lon, 6)]
    degrees = cell * 360.0 / (256.0 * 2.0**zoom)
    wide = query.bbox is not None and _covers_most(request, store, query.bbox)
    found = cached(
        request,
        ("clusters", query, degrees),
        lambda: q.clusters(store, query, degrees, wide_box=wide),
    )
    return {
        "zoom": zoom,
        "center": center,
        "cell_degrees": degrees,
        "count": sum(c["count"] for c in found),
        "clusters": found,
    }


def _covers_most(request: Request, store: Store, box: tuple[float, float, float, float]) -> bool:
    """Whether `box` covers more than a third of the area of all located events (a map
    zoomed out), judged from their bounding box."""
    every = cached(request, ("bounds", q.EventQuery()), lambda: q.bounds(store, q.EventQuery()))
    if every is None or box[0] > box[2]:
        return True
    area = max(1e-9, (every[2] - every[0]) * (every[3] - every[1]))
    w = max(0.0, min(box[2], every[2]) - max(box[0], every[0]))
    h = max(0.0, min(box[3], every[3]) - max(box[1], every[1]))
    return w * h / area > 1 / 3


def _figures(store: Store, event_id: str) -> dict[str, Any]:
    figures = getattr(store, "figures", None)
    if not callable(figures):
        return {}
    return {name: f.as_dict() for name, f in figures(event_id).items()}


def event_detail(store: Store, event: StoredEvent) -> dict[str, Any]:
    out = event_json_with_time(event)
    out["sources"] = q.sources(store, event)
    out["figures"] = _figures(store, event.event_id)
    out["history"] = history_of(store, event.event_id)
    return out


def _load(store: Store, event_id: str) -> StoredEvent | None:
    found = q.load(store, [event_id])
    return found[0] if found else None


def _missing(request: Request, store: Store, event_id: str) -> Response:
    resolve = getattr(store, "resolve_event_id", None)
    successor = resolve(event_id) if callable(resolve) else None
    if successor and successor != event_id:
        # Merged into another event: send the client there (and keep its query string).
        target = request.url.replace(path=str(request.url.path).rsplit("/", 1)[0] + "/" + successor)
        return RedirectResponse(str(target), status_code=301)
    raise ApiError(404, "not_found", f"no event with id {event_id!r}")


@router.get(
    "/events/{event_id}",
    summary="One event with its mentions, evidence, source reports and history",
    response_model=None,
)
def get_event(
    request: Request, event_id: str, _: Annotated[Principal, Depends(reader)]
) -> Response:
    store = store_of(request)
    event = _load(store, event_id)
    if event is None:
        return _missing(request, store, event_id)
    return JSONResponse(event_detail(store, event), headers={"ETag": etag(event)})


@router.patch(
    "/events/{event_id}",
    summary="Correct an event's fields (editors); each change is kept in its history",
    response_model=None,
)
def patch_event(
    request: Request,
    event_id: str,
    patch: Annotated[
        dict[str, Any],
        Body(
            description='JSON merge patch of record fields, e.g. {"killed": 3}',
            examples=[{"killed": 3, "admin1": "Huehuetenango"}],
        ),
    ],
    principal: Annotated[Principal, Depends(editor)],
    note: Annotated[str | None, Query(max_length=500, description="why")] = None,
    if_match: Annotated[str | None, Header()] = None,
) -> Response:
    store = store_of(request)
    apply_correction(store, event_id, patch, principal.who, note, if_match)
    event = _load(store, event_id)
    if event is None:  # deleted between the two statements
        raise ApiError(404, "not_found", f"no event with id {event_id!r}")
    return JSONResponse(event_detail(store, event), headers={"ETag": etag(event)})

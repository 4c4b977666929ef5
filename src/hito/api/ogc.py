"""OGC API – Features, Part 1 (Core and GeoJSON): one collection, `events`. The API is
described in OpenAPI 3.1 at /openapi.json (OGC's `oas30` class asks for 3.0, so it is not
claimed).

QGIS (Layer ▸ Add WFS / OGC API – Features) takes the server's base URL; the landing page
is `/` asked for JSON (`Accept: application/json` or `?f=json`).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from hito.api.auth import Principal, reader
from hito.api.errors import ApiError
from hito.api.paging import decode_cursor, encode_cursor, page_url
from hito.api.params import event_query
from hito.api.routes_events import ERRORS
from hito.api.state import cached, store_of
from hito.export.geojson_fc import feature
from hito.store import queries as q

CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
GEOJSON = "application/geo+json"
JSON = "application/json"
CONFORMANCE = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
]
ITEM_PARAMS = frozenset(
    {"bbox", "bbox-crs", "datetime", "limit", "cursor", "f"}
    | {
        "type", "country", "admin1", "mode", "factuality", "sector", "actor", "date_from",
        "date_to", "cross_border", "killed_min", "injured_min", "arrested_min",
        "personnel_min", "weapons_seized_min", "displaced_min", "q", "updated_since",
    }
)  # fmt: skip
ORDER = q.Sort("date", descending=True)

router = APIRouter(tags=["OGC API - Features"], responses=ERRORS)


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def landing(request: Request) -> dict[str, Any]:
    base = _base(request)
    return {
        "title": "hito",
        "description": "Border-security events from news reports, sourced and mapped",
        "links": [
            {"href": f"{base}/?f=json", "rel": "self", "type": JSON, "title": "this document"},
            {"href": f"{base}/", "rel": "alternate", "type": "text/html", "title": "dashboard"},
            {
                "href": f"{base}/openapi.json",
                "rel": "service-desc",
                "type": "application/vnd.oai.openapi+json;version=3.1",
                "title": "the API definition",
            },
            {"href": f"{base}/conformance", "rel": "conformance", "type": JSON},
            {"href": f"{base}/collections", "rel": "data", "type": JSON},
        ],
    }


def _collection(request: Request) -> dict[str, Any]:
    base = _base(request)
    ext = q.extent(store_of(request))
    interval = [
        f"{ext['first']}T00:00:00Z" if ext["first"] else None,
        f"{ext['last']}T23:59:59Z" if ext["last"] else None,
    ]
    return {
        "id": "events",
        "title": "Events",
        "description": "One feature per event; properties follow hito's event schema",
        "itemType": "feature",
        "crs": [CRS84],
        "extent": {
            "spatial": {"bbox": [ext["bbox"] or [-180, -90, 180, 90]], "crs": CRS84},
            "temporal": {
                "interval": [interval],
                "trs": "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian",
            },
        },
        "links": [
            {"href": f"{base}/collections/events", "rel": "self", "type": JSON},
            {"href": f"{base}/collections/events/items", "rel": "items", "type": GEOJSON},
        ],
    }


@router.get("/conformance", summary="OGC API - Features conformance classes")
def conformance(_: Annotated[Principal, Depends(reader)]) -> dict[str, Any]:
    return {"conformsTo": CONFORMANCE}


@router.get("/collections", summary="The feature collections (one: events)")
def collections(request: Request, _: Annotated[Principal, Depends(reader)]) -> dict[str, Any]:
    base = _base(request)
    return {
        "links": [{"href": f"{base}/collections", "rel": "self", "type": JSON}],
        "collections": [_collection(request)],
    }


@router.get("/collections/events", summary="The events collection")
def events_collection(request: Request, _: Annotated[Principal, Depends(reader)]) -> dict[str, Any]:
    return _collection(request)


def _day(text: str) -> dt.date | None:
    if text in ("", ".."):
        return None
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return moment.astimezone(dt.UTC).date() if moment.tzinfo else moment.date()
    except ValueError:
        raise ApiError(400, "invalid_request", f"datetime: {text!r} is not RFC 3339") from None


def parse_datetime(text: str) -> tuple[dt.date | None, dt.date | None]:
    """OGC `datetime`: an instant, `start/end`, `../end` or `start/..` (dates of events)."""
    if "/" in text:
        start, _, end = text.partition("/")
        lo, hi = _day(start), _day(end)
        if lo and hi and lo > hi:
            raise ApiError(400, "invalid_request", "datetime: the interval ends before it starts")
        return lo, hi
    day = _day(text)
    return day, day


def _narrow(query: q.EventQuery, lo: dt.date | None, hi: dt.date | None) -> q.EventQuery:
    from dataclasses import replace

    date_from = max(filter(None, (query.date_from, lo)), default=None)
    date_to = min(filter(None, (query.date_to, hi)), default=None)
    return replace(query, date_from=date_from, date_to=date_to)


@router.get(
    "/collections/events/items",
    summary="Events as GeoJSON features (bbox, datetime, limit, and hito's filters)",
    response_class=JSONResponse,
)
def items(
    request: Request,
    query: Annotated[q.EventQuery, Depends(event_query)],
    _: Annotated[Principal, Depends(reader)],
    limit: Annotated[int, Query(ge=1, le=10_000)] = 10,
    datetime: Annotated[str | None, Query(description="instant or interval (RFC 3339)")] = None,
    bbox_crs: Annotated[str | None, Query(alias="bbox-crs")] = None,
    cursor: str | None = None,
) -> JSONResponse:
    unknown = sorted(set(request.query_params) - ITEM_PARAMS)
    if unknown:
        raise ApiError(400, "invalid_request", f"unknown parameter(s): {', '.join(unknown)}")
    if bbox_crs not in (None, CRS84):
        raise ApiError(400, "invalid_request", f"bbox-crs: only {CRS84}")
    if datetime:
        query = _narrow(query, *parse_datetime(datetime))
    store = store_of(request)
    after = decode_cursor(cursor, ORDER, request) if cursor else None
    total = cached(request, ("count", query), lambda: q.count(store, query))
    page = q.search(store, query, ORDER, after, limit, matches=total)
    base = _base(request)
    links = [
        {"href": str(request.url), "rel": "self", "type": GEOJSON},
        {"href": f"{base}/collections/events", "rel": "collection", "type": JSON},
    ]
    if page.after:
        token = encode_cursor(ORDER, page.after, request)
        links.append({"href": page_url(request, cursor=token), "rel": "next", "type": GEOJSON})
    body = {
        "type": "FeatureCollection",
        "features": [feature(e) for e in page.events],
        "numberMatched": total,
        "numberReturned": len(page.events),
        "timeStamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "links": links,
    }
    return JSONResponse(body, media_type=GEOJSON)


@router.get("/collections/events/items/{feature_id}", summary="One event as a GeoJSON feature")
def item(
    request: Request, feature_id: str, _: Annotated[Principal, Depends(reader)]
) -> JSONResponse:
    store = store_of(request)
    found = q.load(store, [feature_id])
    if not found:
        raise ApiError(404, "not_found", f"no feature with id {feature_id!r}")
    body = feature(found[0])
    base = _base(request)
    body["links"] = [
        {"href": str(request.url), "rel": "self", "type": GEOJSON},
        {"href": f"{base}/collections/events", "rel": "collection", "type": JSON},
    ]
    return JSONResponse(body, media_type=GEOJSON)

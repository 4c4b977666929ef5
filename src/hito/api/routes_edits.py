"""Editors merge events, split them and keep them apart. The store records each decision as
links between the reports' records, so later fusion runs keep it, and logs it in the
event's history; the API signs that entry with the editor's token (hito.api.attribution)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from hito.api.attribution import signed_note
from hito.api.auth import Principal, editor
from hito.api.corrections import etag
from hito.api.errors import ApiError
from hito.api.routes_events import ERRORS, event_detail
from hito.api.state import store_of
from hito.models import StoredEvent
from hito.store import FusionError, Store
from hito.store import queries as q

EDIT_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    409: ERRORS[404] | {"description": "an event was merged into another one already"},
}

router = APIRouter(tags=["editing"], responses=EDIT_ERRORS)


def _no_nul(text: str) -> str:
    if "\x00" in text:
        raise ValueError("NUL character")
    return text


Text = Annotated[str, AfterValidator(_no_nul)]
Note = Annotated[Text | None, Field(max_length=500, description="why")]


class EventIds(BaseModel):
    model_config = ConfigDict(extra="forbid")

    event_ids: Annotated[
        list[Annotated[Text, Field(min_length=1, max_length=200)]],
        Field(min_length=2, max_length=100),
    ]
    note: Note = None


class Split(BaseModel):
    model_config = ConfigDict(extra="forbid")

    mentions: Annotated[
        list[Annotated[Text, Field(min_length=6, max_length=64)]],
        Field(
            min_length=1,
            max_length=100,
            description="content hashes (or prefixes of 6 or more characters) of the reports"
            " to move out, as in the event's `sources`",
        ),
    ]
    note: Note = None


def _refused(exc: FusionError) -> ApiError:
    message = str(exc)
    if "was merged into" in message:
        return ApiError(409, "conflict", message)
    if message.startswith("no event"):
        return ApiError(404, "not_found", message)
    return ApiError(422, "invalid_request", message)


def _stored(store: Store, event_id: str) -> StoredEvent:
    found = q.load(store, [event_id])
    if not found:  # deleted by someone else in between
        raise ApiError(404, "not_found", f"no event with id {event_id!r}")
    return found[0]


def _detail(store: Store, event_id: str) -> dict[str, Any]:
    return event_detail(store, _stored(store, event_id))


@router.post(
    "/events/merge",
    summary="Merge events into the first one given (editors); the others are deleted",
    response_model=None,
)
def merge(
    request: Request, body: EventIds, principal: Annotated[Principal, Depends(editor)]
) -> JSONResponse:
    """The first id keeps its id and takes the others' reports; the others answer 301 to it
    from now on and are listed by `/deleted`. Fusion never separates them again."""
    store = store_of(request)
    try:
        into = store.merge_events(body.event_ids, signed_note(principal.who, body.note))
    except FusionError as exc:
        raise _refused(exc) from None
    event = _stored(store, into)
    merged = [e for e in dict.fromkeys(body.event_ids) if e != into]
    out = {**event_detail(store, event), "merged": merged}
    return JSONResponse(out, headers={"ETag": etag(event)})


@router.post(
    "/events/{event_id}/split",
    status_code=201,
    summary="Move some reports out of an event into a new one (editors)",
    response_model=None,
)
def split(
    request: Request,
    event_id: str,
    body: Split,
    principal: Annotated[Principal, Depends(editor)],
) -> JSONResponse:
    """Answers both events, `event` (what is left) and `new_event`; `Location` is the new
    one. Fusion never joins the reports moved out with those left again."""
    store = store_of(request)
    try:
        new_id = store.split_event(event_id, body.mentions, signed_note(principal.who, body.note))
    except FusionError as exc:
        raise _refused(exc) from None
    out = {"event": _detail(store, event_id), "new_event": _detail(store, new_id)}
    location = str(request.url_for("get_event", event_id=new_id))
    return JSONResponse(out, status_code=201, headers={"Location": location})


@router.post(
    "/events/keep-apart",
    summary="Record that fusion must never merge these events (editors)",
    response_model=None,
)
def keep_apart(
    request: Request, body: EventIds, principal: Annotated[Principal, Depends(editor)]
) -> JSONResponse:
    store = store_of(request)
    try:
        store.keep_apart(body.event_ids, signed_note(principal.who, body.note))
    except FusionError as exc:
        raise _refused(exc) from None
    ids = list(dict.fromkeys(body.event_ids))
    return JSONResponse({"events": [_detail(store, e) for e in ids]})

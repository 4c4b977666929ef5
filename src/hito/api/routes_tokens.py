"""Token management for admins: create (the token is shown once), list, revoke."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Request, Response

from hito.api.auth import Principal, admin
from hito.api.errors import ApiError
from hito.api.routes_edits import Text
from hito.api.routes_events import ERRORS
from hito.api.state import store_of
from hito.api.tokens import create_token, list_tokens, revoke_token

router = APIRouter(prefix="/tokens", tags=["access"], responses=ERRORS)


@router.get("", summary="Every token (never the secrets)")
def tokens(request: Request, _: Annotated[Principal, Depends(admin)]) -> dict[str, Any]:
    return {"tokens": [dataclasses.asdict(t) for t in list_tokens(store_of(request))]}


@router.post("", status_code=201, summary="Create a token; its text is in this answer only")
def create(
    request: Request,
    _: Annotated[Principal, Depends(admin)],
    role: Annotated[Literal["reader", "editor", "admin"], Body()],
    label: Annotated[Text | None, Body(max_length=200)] = None,
) -> dict[str, Any]:
    token, info = create_token(store_of(request), role, label)
    return {"token": token, **dataclasses.asdict(info)}


@router.delete("/{token_id}", status_code=204, summary="Revoke a token")
def revoke(request: Request, token_id: str, _: Annotated[Principal, Depends(admin)]) -> Response:
    if not revoke_token(store_of(request), token_id):
        raise ApiError(404, "not_found", f"no live token {token_id!r}")
    return Response(status_code=204)

"""Keyset pages: an opaque `cursor` for the next page, tied to the sort and the filters it
was made for, and the URLs of the Link header."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from typing import Any

from fastapi import Request

from hito.api.errors import ApiError
from hito.store.queries import Sort

# Parameters that do not change which events a cursor walks through.
_NOT_FILTERS = frozenset({"cursor", "limit", "format", "f", "count"})


def fingerprint(request: Request) -> str:
    items = sorted((k, v) for k, v in request.query_params.multi_items() if k not in _NOT_FILTERS)
    return hashlib.sha256(json.dumps(items).encode()).hexdigest()[:16]


def encode_cursor(sort: Sort, after: tuple[Any, str], request: Request) -> str:
    payload = {"s": str(sort), "k": [after[0], after[1]], "f": fingerprint(request)}
    raw = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _bad(message: str) -> ApiError:
    return ApiError(400, "invalid_cursor", message)


def decode_cursor(token: str, sort: Sort, request: Request) -> tuple[Any, str]:
    """The keyset position in `token`; 400 when it is malformed or made for other filters."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        payload = json.loads(raw)
        sort_text, (value, event_id), made_for = payload["s"], payload["k"], payload["f"]
    except (binascii.Error, ValueError, KeyError, TypeError):
        raise _bad("cursor: not a cursor this API made") from None
    if not isinstance(event_id, str) or not isinstance(value, str | int | float):
        raise _bad("cursor: not a cursor this API made")
    if sort_text != str(sort) or made_for != fingerprint(request):
        raise _bad("cursor: it belongs to another sort or other filters; start again")
    return value, event_id


def page_url(request: Request, **params: Any) -> str:
    """This request's URL with `params` set (None removes one)."""
    url = request.url
    for key, value in params.items():
        url = url.remove_query_params(key)
        if value is not None:
            url = url.include_query_params(**{key: value})
    return str(url)


def link_header(links: dict[str, str]) -> str:
    return ", ".join(f'<{href}>; rel="{rel}"' for rel, href in links.items())

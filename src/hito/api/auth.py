"""Who is calling: a bearer token's role, or an anonymous reader when the server allows it.
Every guarded route also spends one call of the caller's rate-limit budget."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fastapi import Request

from hito.api.errors import ApiError
from hito.api.ratelimit import retry_after
from hito.api.state import app_state
from hito.api.tokens import ROLES, verify_token

RANK = {role: n for n, role in enumerate(ROLES, start=1)}
_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="hito"'}


@dataclass(frozen=True)
class Principal:
    role: str | None  # None: anonymous
    token_id: str | None = None
    label: str | None = None
    client: str = "anonymous"

    @property
    def who(self) -> str:
        if self.token_id is None:
            return "anonymous"
        return f"token:{self.token_id}" + (f" ({self.label})" if self.label else "")


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if header is None:
        return None
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        raise ApiError(401, "unauthorized", "use Authorization: Bearer <token>", _CHALLENGE)
    return value.strip()


def _limit(request: Request, client: str) -> None:
    wait = app_state(request).limiter.take(client)
    if wait > 0:
        raise ApiError(
            429,
            "rate_limited",
            "too many requests; try again after Retry-After seconds",
            {"Retry-After": retry_after(wait)},
        )


def authenticate(request: Request) -> Principal:
    """The caller, once its rate-limit budget allows the call. Bad tokens are 401."""
    state = app_state(request)
    address = f"addr:{request.client.host if request.client else 'unknown'}"
    token = _bearer(request)
    if token is None:
        _limit(request, address)
        return Principal(role=None, client=address)
    info = verify_token(state.pool.get(), token)
    if info is None:
        _limit(request, address)  # failed guesses spend the address's budget
        raise ApiError(401, "unauthorized", "unknown or revoked token", _CHALLENGE)
    client = f"token:{info.token_id}"
    _limit(request, client)
    return Principal(role=info.role, token_id=info.token_id, label=info.label, client=client)


def require(role: str) -> Callable[[Request], Principal]:
    """A dependency that lets through callers with at least `role`."""
    if role not in RANK:
        raise ValueError(role)

    def dependency(request: Request) -> Principal:
        principal = authenticate(request)
        if principal.role is None:
            if role == "reader" and app_state(request).config.allow_anonymous:
                return principal
            raise ApiError(
                401,
                "unauthorized",
                "this server needs a token: Authorization: Bearer <token>",
                _CHALLENGE,
            )
        if RANK[principal.role] < RANK[role]:
            raise ApiError(403, "forbidden", f"this needs the {role} role")
        return principal

    return dependency


reader = require("reader")
editor = require("editor")
admin = require("admin")

"""API tokens: `hito_<id>_<secret>`, shown once; the database keeps a salted SHA-256 of the
secret only, and secrets are compared in constant time.

The secret is 256 random bits, so one salted hash is as strong as a slow password hash would
be (there is nothing to guess), and checking a token costs microseconds per request.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from hito.store import Store
from hito.store.dialect import Row

ROLES: tuple[str, ...] = ("reader", "editor", "admin")
PREFIX = "hito"


@dataclass(frozen=True)
class TokenInfo:
    token_id: str
    role: str
    label: str | None
    created_at: str
    revoked_at: str | None = None


def _digest(salt: str, secret: str) -> str:
    return hashlib.sha256(bytes.fromhex(salt) + secret.encode("utf-8")).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def create_token(store: Store, role: str, label: str | None = None) -> tuple[str, TokenInfo]:
    """A new token of `role`: (the token text, to show once; what is stored about it)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    token_id = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    salt = secrets.token_hex(16)
    info = TokenInfo(token_id=token_id, role=role, label=label, created_at=_now())
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO api_tokens (token_id, role, label, salt, hash, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (token_id, role, label, salt, _digest(salt, secret), info.created_at),
        )
    return f"{PREFIX}_{token_id}_{secret}", info


def _info(row: Row) -> TokenInfo:
    return TokenInfo(
        token_id=row["token_id"],
        role=row["role"],
        label=row["label"],
        created_at=row["created_at"],
        revoked_at=row["revoked_at"],
    )


def list_tokens(store: Store) -> list[TokenInfo]:
    rows = store.query(
        "SELECT token_id, role, label, created_at, revoked_at FROM api_tokens"
        " ORDER BY created_at, token_id"
    )
    return [_info(row) for row in rows]


def revoke_token(store: Store, token_id: str) -> bool:
    """Revoke a token; False when there is no live token with that id."""
    with store.transaction() as conn:
        cur = conn.execute(
            "UPDATE api_tokens SET revoked_at = ? WHERE token_id = ? AND revoked_at IS NULL",
            (_now(), token_id),
        )
        return cur.rowcount > 0


_DUMMY_SALT = "00" * 16


def verify_token(store: Store, token: str) -> TokenInfo | None:
    """The live token `token` is, or None. Unknown ids cost the same hash as known ones."""
    parts = token.strip().split("_", 2)
    if len(parts) != 3 or parts[0] != PREFIX:
        return None
    _, token_id, secret = parts
    rows = store.query(
        "SELECT token_id, role, label, created_at, revoked_at, salt, hash FROM api_tokens"
        " WHERE token_id = ?",
        (token_id,),
    )
    row = rows[0] if rows else None
    expected = row["hash"] if row else _digest(_DUMMY_SALT, "")
    actual = _digest(row["salt"] if row else _DUMMY_SALT, secret)
    if not hmac.compare_digest(expected, actual) or row is None or row["revoked_at"]:
        return None
    return _info(row)

"""Webhook signatures: HMAC-SHA256 of the raw request body with a shared secret.

The sender puts `sha256=<hex digest>` in the X-Hito-Signature header; a receiver recomputes
it over the bytes it received and compares in constant time (`verify`).
"""

from __future__ import annotations

import hashlib
import hmac

SIGNATURE_HEADER = "X-Hito-Signature"
ALERT_HEADER = "X-Hito-Alert"
KIND_HEADER = "X-Hito-Alert-Kind"


def sign(body: bytes, secret: str) -> str:
    digest = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(body: bytes, header: str | None, secret: str) -> bool:
    """Whether `header` is the signature of `body` under `secret`."""
    if not header:
        return False
    return hmac.compare_digest(sign(body, secret), header.strip())

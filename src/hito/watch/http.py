"""HTTP for the monitor: conditional GETs (ETag / Last-Modified), signed POSTs, and a limit
on requests per host. Standard library only (urllib)."""

from __future__ import annotations

import collections
import email.utils
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from hito.ingest.fetch import MAX_DOWNLOAD_BYTES, USER_AGENT


class FetchError(Exception):
    """A request that failed: network error or HTTP status >= 400. `retry_after` in seconds
    when the server said when to come back (429, 503)."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


@dataclass
class Fetched:
    status: int  # 200, or 304 when nothing changed
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""


def _retry_after(value: str | None, now: float) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - now)


def conditional_get(
    url: str,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = 20.0,
) -> Fetched:
    """GET `url`, sending If-None-Match / If-Modified-Since from the last response."""
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_DOWNLOAD_BYTES + 1)
            status = response.status
            got = response.headers
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(
                status=304,
                etag=exc.headers.get("ETag") or etag,
                last_modified=exc.headers.get("Last-Modified") or last_modified,
            )
        retry = _retry_after(exc.headers.get("Retry-After"), time.time())
        raise FetchError(f"HTTP {exc.code} {exc.reason}", retry) from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(f"fetch failed: {reason}") from exc
    if len(body) > MAX_DOWNLOAD_BYTES:
        raise FetchError(f"response larger than {MAX_DOWNLOAD_BYTES} bytes")
    return Fetched(
        status=status,
        body=body,
        etag=got.get("ETag"),
        last_modified=got.get("Last-Modified"),
        content_type=(got.get("Content-Type") or "").lower(),
    )


def post_json(url: str, body: bytes, headers: dict[str, str], timeout: float = 10.0) -> int:
    """POST a JSON body; returns the status (2xx). FetchError on anything else."""
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={"User-Agent": USER_AGENT, "Content-Type": "application/json", **headers},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read(65536)
            return int(response.status)
    except urllib.error.HTTPError as exc:
        retry = _retry_after(exc.headers.get("Retry-After"), time.time())
        raise FetchError(f"HTTP {exc.code} {exc.reason}", retry) from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise FetchError(f"post failed: {reason}") from exc


def host_of(url: str) -> str:
    return (urllib.parse.urlsplit(url).hostname or "").lower()


class HostLimiter:
    """At most `per_minute` requests to one host in any 60 seconds (a sliding window)."""

    WINDOW = 60.0

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._sent: dict[str, collections.deque[float]] = collections.defaultdict(collections.deque)

    def wait(self, host: str, now: float) -> float:
        """Seconds until a request to `host` is allowed (0: now)."""
        sent = self._sent[host]
        while sent and sent[0] <= now - self.WINDOW:
            sent.popleft()
        if len(sent) < self.per_minute:
            return 0.0
        return sent[0] + self.WINDOW - now

    def record(self, host: str, now: float) -> None:
        self._sent[host].append(now)

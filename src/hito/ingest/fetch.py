"""HTTP(S) inputs: fetch once, then read the bytes as a feed if they are one, else as a page."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator

import feedparser

from hito import __version__
from hito.ingest.decode import decode_bytes
from hito.ingest.errors import IngestError
from hito.ingest.feeds import is_feed, read_feed
from hito.ingest.plain import read_plain
from hito.ingest.webpage import read_html
from hito.models import IngestFailure, Report

TIMEOUT_S = 20.0
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024
USER_AGENT = f"hito/{__version__} (news event coding)"


def is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def fetch_url(url: str, timeout: float = TIMEOUT_S) -> tuple[bytes, str, str]:
    """(body, content type, final URL after redirects); IngestError on any network failure."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_DOWNLOAD_BYTES + 1)
            content_type = response.headers.get("Content-Type", "")
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        raise IngestError(f"fetch failed: HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        raise IngestError(f"fetch failed: {reason}") from exc
    if len(body) > MAX_DOWNLOAD_BYTES:
        raise IngestError(f"fetch failed: larger than {MAX_DOWNLOAD_BYTES} bytes")
    return body, content_type.lower(), final_url


def read_url(url: str) -> Iterator[Report | IngestFailure]:
    body, content_type, final_url = fetch_url(url)
    if not body.strip():
        raise IngestError("empty response")
    # feedparser reads the XML encoding declaration itself, so it gets the raw bytes.
    if is_feed(feedparser.parse(body)):
        yield from read_feed(body, url)
        return
    text = decode_bytes(body)
    if content_type.startswith("text/plain"):
        yield from read_plain(text, url)
    else:
        yield from read_html(text, url, url=final_url)

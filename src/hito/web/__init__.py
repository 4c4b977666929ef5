"""hito's dashboard: a Leaflet map, a timeline, a table and the evidence behind each event."""

from __future__ import annotations

import ipaddress
from pathlib import Path

from hito.api.config import ApiConfig


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    db_path: str | Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    allow_anonymous: bool | None = None,
    rate: float = ApiConfig.rate,
    burst: int = ApiConfig.burst,
    column_index_from: int | None = ApiConfig.facet_index_min_events,
) -> None:
    """Run the API and dashboard over the store at `db_path` with uvicorn (blocks).

    `allow_anonymous` None: anonymous reading only on a loopback address (this machine).
    `column_index_from`: the store size from which /events and /stats answer from memory
    (hito.store.facet_index); None: never.
    """
    import uvicorn

    from hito.api import create_app

    if allow_anonymous is None:
        allow_anonymous = is_loopback(host)
    config = ApiConfig(
        allow_anonymous=allow_anonymous,
        rate=rate,
        burst=burst,
        facet_index_min_events=column_index_from,
    )
    uvicorn.run(create_app(db_path, config), host=host, port=port, log_level="info")


__all__ = ["is_loopback", "serve"]

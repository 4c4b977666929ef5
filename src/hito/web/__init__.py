"""hito's dashboard: a Leaflet map, a table and the evidence behind each event (offline)."""

from __future__ import annotations

from pathlib import Path


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the API and dashboard over the store at `db_path` with uvicorn (blocks)."""
    import uvicorn

    from hito.api import create_app

    uvicorn.run(create_app(db_path), host=host, port=port, log_level="info")


__all__ = ["serve"]

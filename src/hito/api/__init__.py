"""hito's HTTP API: JSON over the event store, plus the dashboard at `/`."""

from hito.api.app import create_app

__all__ = ["create_app"]

"""Store: the database of reports, events, their mentions and ingest failures, in SQLite
(the default) or PostgreSQL with PostGIS (a `postgresql://` URL); see docs/store.md."""

from pathlib import Path

from hito.store.filters import EventFilter
from hito.store.fusing import FusionError, FusionSummary
from hito.store.location import default_db_path
from hito.store.migrations import MIGRATIONS, apply_migrations, schema_version
from hito.store.store import FailureEntry, Store, event_id_for


def open_store(location: str | Path) -> Store:
    """The store at `location`: a `postgresql://` or `postgres://` URL opens PostgreSQL,
    anything else is a SQLite file (or ":memory:"). The same as `Store(location)`."""
    return Store(location)


__all__ = [
    "MIGRATIONS",
    "EventFilter",
    "FailureEntry",
    "FusionError",
    "FusionSummary",
    "Store",
    "apply_migrations",
    "default_db_path",
    "event_id_for",
    "open_store",
    "schema_version",
]

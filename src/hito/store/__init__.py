"""Store: the SQLite database of reports, events, their mentions and ingest failures."""

from hito.store.filters import EventFilter
from hito.store.fusing import FusionError, FusionSummary
from hito.store.location import default_db_path
from hito.store.migrations import MIGRATIONS, apply_migrations, schema_version
from hito.store.store import FailureEntry, Store, event_id_for

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
    "schema_version",
]

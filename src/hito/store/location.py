"""Where the database lives when the user does not say."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV_VAR = "HITO_DB"


def default_db_path() -> Path:
    """$HITO_DB if set, else ./hito.db in the working directory."""
    return Path(os.environ.get(DB_ENV_VAR) or "hito.db")

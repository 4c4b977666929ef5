"""The `hito` command line: a thin layer over the Python API.

Each command lives in its own module; importing them registers them on `main`.
"""

from hito.cli import (  # noqa: F401
    bulk,
    evaluate,
    events,
    fuse,
    purge,
    report,
    reports,
    retry,
    serve,
    token,
    trends,
    watch,
)
from hito.cli.app import main

__all__ = ["main"]

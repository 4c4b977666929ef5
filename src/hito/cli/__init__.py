"""The `hito` command line: a thin layer over the Python API.

Each command lives in its own module; importing them registers them on `main`.
"""

from hito.cli import bulk, evaluate, events, fuse, report, reports, serve, token, trends, watch  # noqa: F401  (registers the commands)
from hito.cli.app import main

__all__ = ["main"]

"""The `hito` command line: a thin layer over the Python API.

Each command lives in its own module; importing them registers them on `main`.
"""

from hito.cli import bulk, evaluate, events, fuse, purge, report, reports, retry, serve, token, trends, watch  # noqa: F401, E501, I001  (registers the commands)
from hito.cli.app import main

__all__ = ["main"]

"""The `hito` command group; each command lives in its own module of this package."""

from __future__ import annotations

import click

from hito import __version__


@click.group()
@click.version_option(__version__, prog_name="hito")
def main() -> None:
    """hito: news reports about border security, turned into sourced, mapped event records."""

"""The one exception ingest raises internally; read_paths turns it into an IngestFailure."""

from __future__ import annotations


class IngestError(Exception):
    """Input that cannot become a report. The message is the one-line reason shown to users."""

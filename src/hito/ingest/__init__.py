"""Ingest: turn files, folders, feeds and web pages into normalised, hashed Reports."""

from hito.ingest.errors import IngestError
from hito.ingest.normalise import content_hash, normalise_text
from hito.ingest.sources import read_paths

__all__ = ["IngestError", "content_hash", "normalise_text", "read_paths"]

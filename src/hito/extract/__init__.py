"""Extraction: from an annotated report to event records (schema: event-schema.md)."""

from hito.extract.incidents import extract_records

__all__ = ["extract_records"]

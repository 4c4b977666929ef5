"""Errors the annotation stage raises."""

from __future__ import annotations


class UnsupportedLanguage(ValueError):
    """The report is not in a language hito annotates (English or Spanish)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

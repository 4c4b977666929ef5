"""hito: news reports about border-region security, turned into sourced, mapped event records."""

__version__ = "0.1.0"

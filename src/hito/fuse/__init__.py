"""Fusion: one incident, one event. Records of the same incident from several reports (across
outlets, languages and days) are merged into one event that keeps every report as a mention.

`fuse(new, existing)` is the pure decision (no database); the store applies its decisions
(`Store.save_report(..., fuse=True)`, `Store.fuse_pending()`, `Store.refuse()`).
See docs/fusion.md.
"""

from hito.fuse.cluster import assign_ids, fuse, recluster
from hito.fuse.combine import combine, figures_of
from hito.fuse.config import FusionConfig
from hito.fuse.models import (
    EventCluster,
    Figure,
    FuseItem,
    HistoryEntry,
    Links,
    Merge,
    Tombstone,
    record_key,
)

__all__ = [
    "EventCluster",
    "Figure",
    "FuseItem",
    "FusionConfig",
    "HistoryEntry",
    "Links",
    "Merge",
    "Tombstone",
    "assign_ids",
    "combine",
    "figures_of",
    "fuse",
    "recluster",
    "record_key",
]

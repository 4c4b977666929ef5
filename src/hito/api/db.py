"""One `Store` per worker thread: connections (SQLite or PostgreSQL) are cheap to keep, a
SQLite page cache stays warm, and threads never wait on each other's connection lock."""

from __future__ import annotations

import contextlib
import threading
import time
from pathlib import Path

from hito.store import Store
from hito.store.queries import refresh_statistics

MMAP_BYTES = 512 * 1024 * 1024
STATS_EVERY_S = 600.0
CACHE_KIB = 16 * 1024


class StorePool:
    def __init__(self, db_path: str | Path) -> None:
        self.db_path = str(db_path)
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        self._checked = 0.0
        # Open (and migrate) once up front, so request threads only ever read the schema.
        self.keep_statistics(self.get())

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.db_path)
            # Reads share the OS page cache through mmap instead of copying pages into
            # each connection's own cache; a modest private cache on top.
            store.tune_for_reads(MMAP_BYTES, CACHE_KIB)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def keep_statistics(self, store: Store) -> None:
        """Every few minutes, let SQLite's planner re-learn the search index's statistics
        if the events have grown or shrunk a lot (hito.store.queries.refresh_statistics)."""
        now = time.monotonic()
        if now - self._checked < STATS_EVERY_S:
            return
        self._checked = now
        # a busy writer or a read-only file: try again later
        with contextlib.suppress(*store.errors):
            refresh_statistics(store)

    def close(self) -> None:
        with self._lock:
            stores, self._all = self._all, []
        for store in stores:
            store.close()
        self._local = threading.local()

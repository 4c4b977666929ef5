"""What the routes share: the configuration, the per-thread stores and the rate limiter."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TypeVar

from fastapi import Request

from hito.api.cache import ResultCache
from hito.api.config import ApiConfig
from hito.api.db import StorePool
from hito.api.ratelimit import RateLimiter
from hito.store import Store

T = TypeVar("T")


@dataclass
class AppState:
    config: ApiConfig
    pool: StorePool
    limiter: RateLimiter
    cache: ResultCache = field(default_factory=ResultCache)


def app_state(request: Request) -> AppState:
    state: AppState = request.app.state.hito
    return state


def store_of(request: Request) -> Store:
    return app_state(request).pool.get()


def cached(request: Request, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, or its earlier answer while the events have not changed."""
    state = app_state(request)
    store = store_of(request)
    state.pool.keep_statistics(store)
    return state.cache.get(store, key, compute)

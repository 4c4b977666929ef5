"""How the API is served: who may read without a token, and how fast clients may call."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ApiConfig:
    """`allow_anonymous`: requests without a token may read (never write).
    `rate`/`burst`: each client (a token, or an address without one) may make `burst` calls
    at once and `rate` per second after that; `rate` 0 turns rate limiting off.
    `facet_index_min_events`: from this many events on, counts and pages of /events come
    from an in-memory column index of the store (hito.store.facet_index); None: never."""

    allow_anonymous: bool = False
    rate: float = 20.0
    burst: int = 120
    max_limit: int = 10_000
    default_limit: int = 100
    facet_index_min_events: int | None = 50_000

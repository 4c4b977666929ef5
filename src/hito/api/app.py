"""The FastAPI application: the events API, OGC API – Features, tokens, and the dashboard."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI
from starlette.middleware.gzip import GZipMiddleware

from hito.api import legacy, ogc, routes_edits, routes_events, routes_stats, routes_tokens
from hito.api.auth import reader
from hito.api.config import ApiConfig
from hito.api.db import StorePool
from hito.api.errors import install_error_handlers
from hito.api.ratelimit import RateLimiter
from hito.api.state import AppState
from hito.store import facet_index
from hito.watch.feed import alerts_router

DESCRIPTION = """Events coded from news reports about security on the Mexico–Guatemala
border. Send a token as `Authorization: Bearer <token>` (`hito token create`); servers
started with `--allow-anonymous` let anyone read. Every error is
`{"error": {"code": ..., "message": ...}}`."""


def create_app(
    db_path: str | Path,
    config: ApiConfig | None = None,
    *,
    allow_anonymous: bool | None = None,
) -> FastAPI:
    """The API over the store at `db_path`, with the dashboard mounted at `/`.

    `allow_anonymous` (shorthand for the config's field) lets callers without a token read.
    """
    from hito.web.dashboard import mount_dashboard

    config = config or ApiConfig()
    if allow_anonymous is not None:
        config = ApiConfig(**{**config.__dict__, "allow_anonymous": allow_anonymous})
    pool = StorePool(db_path)
    if config.facet_index_min_events is not None:
        facet_index.enable(str(db_path), config.facet_index_min_events)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(
        title="hito",
        summary="Border-security events, sourced and mapped",
        description=DESCRIPTION,
        version="1",
        docs_url=None,  # Swagger UI and ReDoc load from CDNs; hito stays offline
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.db_path = str(db_path)
    app.state.hito = AppState(config, pool, RateLimiter(config.rate, config.burst))
    install_error_handlers(app)
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=5)
    for module in (routes_events, routes_edits, routes_stats, ogc, routes_tokens, legacy):
        app.include_router(module.router)
    # The monitor's alerts as an Atom feed any reader can follow (hito watch writes them).
    app.include_router(alerts_router(db_path), dependencies=[Depends(reader)])
    mount_dashboard(app)
    return app

"""Mounts the dashboard (`/`), the event page (`/event/{id}`) and their static files.

`/` is also OGC API – Features' landing page: asked for JSON (`?f=json`, or an Accept header
that prefers application/json to HTML) it answers with the landing document.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from hito.models import EVENT_TYPES, FACTUALITIES

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
TEMPLATES_DIR = HERE / "templates"

# A strict policy: the page loads nothing from outside this server.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)


def wants_json(request: Request) -> bool:
    if request.query_params.get("f") == "json":
        return True
    accept = request.headers.get("accept", "")
    return "json" in accept and "text/html" not in accept


def _page(templates: Jinja2Templates, request: Request, name: str) -> Response:
    response = templates.TemplateResponse(
        request, name, {"event_types": EVENT_TYPES, "factualities": FACTUALITIES}
    )
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def mount_dashboard(app: FastAPI) -> None:
    from hito.api.ogc import landing

    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")

    @app.get("/", response_class=HTMLResponse, tags=["pages"])
    def index(request: Request) -> Response:
        """The dashboard; with `?f=json` the OGC API – Features landing page."""
        if wants_json(request):
            return JSONResponse(landing(request))
        return _page(templates, request, "index.html")

    app.add_api_route("/", index, methods=["HEAD"], include_in_schema=False)

    @app.get("/event/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str) -> Response:
        # The page is a shell; its script reads the id from the URL and loads /events/{id}.
        return _page(templates, request, "event.html")

"""Fixtures for the API and dashboard tests: a small event db, a live server, a browser."""

from __future__ import annotations

import datetime as dt
import hashlib
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from hito.models import (
    Actor,
    AnnotatedReport,
    DrugSeizure,
    EventRecord,
    Report,
    Sentence,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
XSS = "<script>alert(1)</script>"


@dataclass
class WebData:
    """The db the web tests use and the ids of its events, by short name."""

    path: Path
    ids: dict[str, str]


def _annotated(
    text: str, language: str, url: str, title: str, published: dt.date
) -> AnnotatedReport:
    sentences, pos = [], 0
    for i, part in enumerate(s for s in text.split("\n") if s):
        start = text.index(part, pos)
        sentences.append(Sentence(index=i, text=part, start=start, end=start + len(part)))
        pos = start + len(part)
    digest = hashlib.sha256(text.encode()).hexdigest()
    report = Report(
        text=text,
        content_hash=digest,
        title=title,
        url=url,
        published=published,
        language=language,
        source=url,
    )
    return AnnotatedReport(report=report, language=language, sentences=sentences)


def build_web_db(path: Path) -> WebData:
    """Three events: an English shootout (GT), a Spanish seizure (MX), a hostile-text protest."""
    from hito.store import Store

    en_1 = "Gunmen from Mexico opened fire on police in La Mesilla on Monday."
    en_2 = "Two people were killed and three were injured in the shootout."
    es_1 = "Elementos del Ejército aseguraron 12 armas y 30 kilos de cocaína en Frontera Comalapa."
    es_2 = "Cuatro personas fueron detenidas, informó la Fiscalía."
    xss_1 = f"Vecinos bloquearon la carretera con una manta que decía {XSS} en Ciudad Cuauhtémoc."

    shootout = EventRecord(
        event_type="ASSAULT",
        mode="firearms",
        contexts=["crime"],
        date=dt.date(2024, 6, 3),
        date_precision="day",
        place="La Mesilla",
        country="GT",
        admin1="Huehuetenango",
        latitude=15.6167,
        longitude=-91.9833,
        geo_precision=1,
        actors=[
            Actor(name="Unidentified gunmen", sector="UAF", country="MX"),
            Actor(name="Guatemalan police", sector="COP", country="GT"),
        ],
        cross_border=True,
        killed=2,
        injured=3,
        factuality="asserted",
        evidence=[en_1, en_2],
    )
    seizure = EventRecord(
        event_type="COERCE",
        mode="seize",
        contexts=["illegal_drugs"],
        date=dt.date(2024, 6, 10),
        date_precision="day",
        place="Frontera Comalapa",
        country="MX",
        admin1="Chiapas",
        latitude=15.6817,
        longitude=-92.1317,
        geo_precision=1,
        actors=[Actor(name="Mexican Army", sector="MIL", country="MX")],
        arrested=4,
        weapons_seized=12,
        drugs_seized=[DrugSeizure(substance="cocaine", amount=30, unit="kg")],
        factuality="reported",
        evidence=[es_1, es_2],
    )
    protest = EventRecord(
        event_type="PROTEST",
        mode="obstruct",
        contexts=["migration"],
        date=dt.date(2024, 7, 1),
        date_precision="month",
        place="Ciudad Cuauhtémoc",
        country="MX",
        admin1="Chiapas",
        latitude=15.6653,
        longitude=-91.9897,
        geo_precision=1,
        actors=[Actor(name="Residents <b>bold</b>", sector="CVL", country="MX")],
        factuality="asserted",
        evidence=[xss_1],
    )
    with Store(path) as store:
        ids = {
            "shootout": store.save_report(
                _annotated(
                    f"{en_1}\n{en_2}",
                    "en",
                    "https://example.org/news/la-mesilla",
                    "Shootout in La Mesilla",
                    dt.date(2024, 6, 4),
                ),
                [shootout],
            )[0],
            "seizure": store.save_report(
                _annotated(
                    f"{es_1}\n{es_2}",
                    "es",
                    "https://example.org/noticias/comalapa",
                    "Aseguran armas en Frontera Comalapa",
                    dt.date(2024, 6, 11),
                ),
                [seizure],
            )[0],
            "xss": store.save_report(
                _annotated(
                    xss_1,
                    "es",
                    "javascript:alert(3)",
                    '<img src=x onerror="alert(2)">',
                    dt.date(2024, 7, 2),
                ),
                [protest],
            )[0],
        }
    return WebData(path=path, ids=ids)


# Places of the synthetic events: (place, country, admin1, latitude, longitude).
PLACES = [
    ("La Mesilla", "GT", "Huehuetenango", 15.6167, -91.9833),
    ("Nentón", "GT", "Huehuetenango", 15.8, -91.75),
    ("Huehuetenango", "GT", "Huehuetenango", 15.3197, -91.4709),
    ("Tecún Umán", "GT", "San Marcos", 14.6778, -92.1378),
    ("Frontera Comalapa", "MX", "Chiapas", 15.6817, -92.1317),
    ("Tapachula", "MX", "Chiapas", 14.9039, -92.2575),
    ("Comitán", "MX", "Chiapas", 16.2514, -92.1342),
]
SYNTH_TYPES = ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "DISPLACE")
SYNTH_MODES = {
    "ASSAULT": "firearms",
    "COERCE": "arrest",
    "MOBILIZE": "troops",
    "PROTEST": "obstruct",
    "DISPLACE": None,
}
SYNTH_ACTORS = [
    Actor(name="Mexican Army", sector="MIL", country="MX"),
    Actor(name="Guatemalan police", sector="COP", country="GT"),
    Actor(name="Sinaloa Cartel", sector="CRM", country="MX"),
    Actor(name="Residents", sector="CVL", country=None),
]


def synthetic_record(rng: Any, n: int, start: dt.date = dt.date(2024, 1, 1)) -> EventRecord:
    """A plausible record, varied by `rng` (random.Random): type, place, date, figures."""
    event_type = SYNTH_TYPES[n % len(SYNTH_TYPES)]
    place, country, admin1, lat, lon = PLACES[rng.randrange(len(PLACES))]
    day = start + dt.timedelta(days=rng.randrange(365))
    killed = rng.choice([None, None, 0, 1, 2, 5]) if event_type == "ASSAULT" else None
    arrested = rng.choice([None, 1, 3, 10]) if event_type == "COERCE" else None
    actor = SYNTH_ACTORS[rng.randrange(len(SYNTH_ACTORS))]
    sentence = f"Report {n}: {actor.name} in {place} ({event_type.lower()})."
    return EventRecord(
        event_type=event_type,  # type: ignore[arg-type]
        mode=SYNTH_MODES[event_type],
        date=day,
        date_precision="day",
        place=place,
        country=country,
        admin1=admin1,
        latitude=round(lat + rng.uniform(-0.05, 0.05), 4),
        longitude=round(lon + rng.uniform(-0.05, 0.05), 4),
        geo_precision=1,
        actors=[actor],
        cross_border=n % 7 == 0,
        killed=killed,
        arrested=arrested,
        displaced=rng.choice([50, 120]) if event_type == "DISPLACE" else None,
        factuality="reported" if n % 3 == 0 else "asserted",
        evidence=[sentence],
    )


def build_synthetic_db(path: Path, n: int, seed: int = 7, per_report: int = 1) -> list[str]:
    """`n` synthetic events in reports of `per_report` events; returns their ids."""
    import random

    from hito.store import Store

    rng = random.Random(seed)
    ids: list[str] = []
    with Store(path) as store:
        for first in range(0, n, per_report):
            records = [synthetic_record(rng, k) for k in range(first, min(n, first + per_report))]
            text = "\n".join(r.evidence[0] for r in records)
            annotated = _annotated(
                text, "en", f"https://example.org/r/{first}", f"Report {first}", records[0].date
            )
            ids.extend(store.save_report(annotated, records))
    return ids


@pytest.fixture()
def web_db(tmp_path: Path) -> WebData:
    return build_web_db(tmp_path / "events.db")


@contextmanager
def serve_app(app: Any) -> Iterator[str]:
    """Run an ASGI app with uvicorn on a free loopback port, in a thread; yields its URL."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, WebData]]:
    """The three-event db served (anonymous reading allowed); yields (base_url, data)."""
    from hito.api import create_app

    data = build_web_db(tmp_path_factory.mktemp("web") / "events.db")
    with serve_app(create_app(data.path, allow_anonymous=True)) as url:
        yield url, data


@contextmanager
def guarded_page(browser: Any, url: str, ready: bool = True) -> Iterator[Any]:
    """A page that may only talk to 127.0.0.1 (records what it blocked, dialogs and errors),
    opened at `url` and, with `ready`, waited for until it has loaded and gone quiet."""
    from urllib.parse import urlparse

    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.blocked, pg.dialogs, pg.errors = [], [], []

    def route(r: Any) -> None:
        if urlparse(r.request.url).hostname == "127.0.0.1":
            r.continue_()
        else:
            pg.blocked.append(r.request.url)
            r.abort()

    def on_dialog(d: Any) -> None:
        pg.dialogs.append(d.message)
        d.dismiss()

    pg.route("**/*", route)
    pg.on("dialog", on_dialog)
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.on("console", lambda msg: pg.errors.append(msg.text) if msg.type == "error" else None)
    pg.goto(url)
    if ready:
        pg.wait_for_selector("body[data-ready='true']", timeout=15_000)
        settle(pg)
    try:
        yield pg
    finally:
        context.close()


def settle(page: Any) -> None:
    """Wait until the page has no request in flight (it sets data-busy on <body>)."""
    page.wait_for_selector("body:not([data-busy='true'])", timeout=15_000)


def assert_clean(page: Any) -> None:
    assert page.blocked == [], f"page tried to reach outside 127.0.0.1: {page.blocked}"
    assert page.dialogs == [], f"a dialog opened (script ran?): {page.dialogs}"
    assert page.errors == [], f"page errors: {page.errors}"


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium driven by Playwright; skips if it is not installed."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found (apt-get install chromium); CI installs it")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()

"""Fixtures for the API and dashboard tests: a small event db, a live server, a browser."""

from __future__ import annotations

import datetime as dt
import hashlib
import socket
import threading
import time
from collections.abc import Iterator
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


@pytest.fixture()
def web_db(tmp_path: Path) -> WebData:
    return build_web_db(tmp_path / "events.db")


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, WebData]]:
    """uvicorn serving create_app on a free loopback port, in a thread; yields (base_url, data)."""
    import uvicorn

    from hito.api import create_app

    data = build_web_db(tmp_path_factory.mktemp("web") / "events.db")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(data.path), log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", data
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


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

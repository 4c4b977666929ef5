"""Fixtures for the store, API and dashboard tests: the store on either database (SQLite,
or PostgreSQL in a throwaway cluster), a small event db, a live server, a browser."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
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


# -- the store on both databases ------------------------------------------------------------

# Test modules whose tests that take `store_backend` (directly or through `db_at`, `web_db`)
# run once on SQLite and once on PostgreSQL: the store and API suite.
BOTH_BACKENDS = ("test_store_", "test_api", "test_fuse_store", "test_fuse_corrections")
PG_BIN = Path(os.environ.get("HITO_PG_BIN", "/usr/lib/postgresql/15/bin"))
PG_EXTENSIONS = ("postgis", "unaccent", "citext", "pg_trgm")


class PgCluster:
    """A PostgreSQL cluster of its own in a temporary directory, listening only on a unix
    socket there. postgres refuses to run as root, so as root it runs as `postgres`."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="hito-pg-"))
        self.data = self.root / "data"
        self.port = 20000 + os.getpid() % 20000
        self._names = itertools.count(1)
        self._as: list[str] = []
        if os.geteuid() == 0:
            self._as = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.root, "postgres", "postgres")

    def url(self, database: str) -> str:
        return f"postgresql://hito@/{database}?host={self.root}&port={self.port}"

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, text=True)

    def start(self, extra: str = "") -> None:
        self._run(
            str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "hito", "--auth=trust",
            "--encoding=UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        options = (
            f"-k {self.root} -p {self.port} -c listen_addresses='' -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 " + extra
        )
        self._run(
            str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-o", options,
            "-l", str(self.root / "log"), "-w", "start",
        )  # fmt: skip
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute("CREATE DATABASE hito_empty")
        with psycopg.connect(self.url("hito_empty"), autocommit=True) as conn:
            for name in PG_EXTENSIONS:
                conn.execute(f"CREATE EXTENSION IF NOT EXISTS {name}")  # type: ignore[arg-type]
        self._create("hito_template", "hito_empty")
        from hito.store import Store

        # the template has the whole schema, so each test's database starts migrated
        Store(self.url("hito_template")).close()

    def _create(self, name: str, template: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(
                f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY"  # type: ignore[arg-type]
            )

    def new_database(self, migrated: bool = True) -> str:
        """A fresh database, a copy of a template: migrated, or with the extensions only
        (to test migrations); its URL."""
        name = f"t{next(self._names)}"
        self._create(name, "hito_template" if migrated else "hito_empty")
        return self.url(name)

    def drop(self, url: str) -> None:
        """Drop a test's database (closing what still uses it), so that a long run does not
        keep a copy of PostGIS per test on disk."""
        import psycopg

        name = url.split("/")[3].split("?")[0]
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")  # type: ignore[arg-type]

    def stop(self) -> None:
        subprocess.run(
            [*self._as, str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(self.root, ignore_errors=True)


def pg_missing() -> str | None:
    """Why PostgreSQL tests cannot run here, or None."""
    if not (PG_BIN / "initdb").exists():
        return f"PostgreSQL not found in {PG_BIN} (apt-get install postgresql); CI installs it"
    if not any(Path("/usr/share/postgresql").glob("*/extension/postgis.control")):
        return "PostGIS not installed (apt-get install postgresql-15-postgis-3); CI installs it"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg not installed (pip install 'hito[postgres]')"
    return None


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    reason = pg_missing()
    if reason:
        pytest.skip(reason)
    cluster = PgCluster()
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store_backend" in metafunc.fixturenames and metafunc.module.__name__.startswith(
        BOTH_BACKENDS
    ):
        metafunc.parametrize("store_backend", ["sqlite", "postgres"], indirect=True)


@pytest.fixture(scope="module")
def store_backend(request: pytest.FixtureRequest) -> str:
    """Which database the test's stores are on, "sqlite" or "postgres" (both, in the
    modules of BOTH_BACKENDS; SQLite elsewhere)."""
    backend: str = getattr(request, "param", "sqlite")
    return backend


def new_location(request: pytest.FixtureRequest, backend: str, directory: Path, name: str) -> str:
    """Where a new, empty store goes: a file in `directory`, or a fresh PostgreSQL database."""
    if backend == "postgres":
        cluster: PgCluster = request.getfixturevalue("pg_cluster")
        return cluster.new_database()
    return str(directory / name)


@pytest.fixture()
def db_at(
    request: pytest.FixtureRequest, store_backend: str, tmp_path: Path
) -> Iterator[Callable[[str], str]]:
    """`db_at("x.db")`: the location of this test's store named x.db (the same name, the
    same store), on the test's database."""
    made: dict[str, str] = {}

    def at(name: str) -> str:
        if name not in made:
            made[name] = new_location(request, store_backend, tmp_path, name)
        return made[name]

    yield at
    if store_backend == "postgres" and made:
        cluster: PgCluster = request.getfixturevalue("pg_cluster")
        for url in made.values():
            cluster.drop(url)


@dataclass
class WebData:
    """The db the web tests use and the ids of its events, by short name."""

    path: str | Path
    ids: dict[str, str]


def pipeline_records(
    text: str, language: str, published: dt.date | None = dt.date(2024, 5, 20)
) -> list[EventRecord]:
    """The records hito's whole pipeline makes of an invented text published on `published`
    (None: a report with no date)."""
    from hito.ingest import content_hash
    from hito.pipeline import process

    report = Report(
        text=text, content_hash=content_hash(text), published=published, language=language
    )
    return process(report, language)[1]


def pipeline_records_of(
    event_type: str, text: str, language: str, published: dt.date | None = dt.date(2024, 5, 20)
) -> list[EventRecord]:
    """The records of one event type that `pipeline_records` makes, in its order."""
    return [r for r in pipeline_records(text, language, published) if r.event_type == event_type]


def annotated_report(
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


def build_web_db(path: str | Path) -> WebData:
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
                annotated_report(
                    f"{en_1}\n{en_2}",
                    "en",
                    "https://example.org/news/la-mesilla",
                    "Shootout in La Mesilla",
                    dt.date(2024, 6, 4),
                ),
                [shootout],
            )[0],
            "seizure": store.save_report(
                annotated_report(
                    f"{es_1}\n{es_2}",
                    "es",
                    "https://example.org/noticias/comalapa",
                    "Aseguran armas en Frontera Comalapa",
                    dt.date(2024, 6, 11),
                ),
                [seizure],
            )[0],
            "xss": store.save_report(
                annotated_report(
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


def build_synthetic_db(path: str | Path, n: int, seed: int = 7, per_report: int = 1) -> list[str]:
    """`n` synthetic events in reports of `per_report` events; returns their ids."""
    import random

    from hito.store import Store

    rng = random.Random(seed)
    ids: list[str] = []
    with Store(path) as store:
        for first in range(0, n, per_report):
            records = [synthetic_record(rng, k) for k in range(first, min(n, first + per_report))]
            text = "\n".join(r.evidence[0] for r in records)
            annotated = annotated_report(
                text, "en", f"https://example.org/r/{first}", f"Report {first}", records[0].date
            )
            ids.extend(store.save_report(annotated, records))
    return ids


@pytest.fixture()
def web_db(db_at: Callable[[str], str]) -> WebData:
    return build_web_db(db_at("events.db"))


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

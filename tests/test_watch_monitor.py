"""The monitor end to end: a local server (127.0.0.1, a thread) publishes invented English and
Spanish reports over time as RSS, Atom and JSON, one feed fails then recovers, one repeats
its items; a folder receives files. Ticks are function calls on a fake clock; no sleeping.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest

from hito.store import Store
from hito.store import watch_state as state
from hito.watch import Watcher, config_from_dict
from hito.watch.signing import SIGNATURE_HEADER, verify

SECRET = "s3cret-for-tests"
START = dt.datetime(2025, 9, 3, 12, 0, tzinfo=dt.UTC).timestamp()  # a Wednesday

# Invented reports. (key, language, title, body); all "published" 2025-09-03.
REPORTS: dict[str, tuple[str, str, str]] = {
    "mesilla": (
        "en",
        "Gunmen attack police in La Mesilla",
        "Gunmen from Mexico opened fire on Guatemalan police in La Mesilla on Monday. Two"
        " officers were killed and three were injured in the shootout, the National Civil"
        " Police said.",
    ),
    "comalapa": (
        "es",
        "Aseguran armas y detienen a cuatro en Frontera Comalapa",
        "Elementos del Ejército Mexicano aseguraron 12 armas largas y detuvieron a cuatro"
        " personas el lunes en Frontera Comalapa, Chiapas, informó la Fiscalía.",
    ),
    "cuauhtemoc": (
        "es",
        "Balacera en Ciudad Cuauhtémoc deja un muerto",
        "Un hombre murió el martes durante una balacera entre grupos armados en Ciudad"
        " Cuauhtémoc, Chiapas, frente a la aduana de La Mesilla.",
    ),
    "incursion": (
        "es",
        "Soldados mexicanos cruzan a Guatemala cerca de Gracias a Dios",
        "Una patrulla del Ejército Mexicano ingresó el lunes en territorio guatemalteco cerca"
        " de Gracias a Dios, Nentón, Huehuetenango, informó el Ministerio de la Defensa de"
        " Guatemala.",
    ),
    "tapachula": (
        "en",
        "Police arrest six smugglers in Tapachula",
        "Mexican police arrested six suspected people smugglers in Tapachula, Chiapas, on"
        " Tuesday, prosecutors said.",
    ),
    "motozintla": (
        "es",
        "Bloquean carretera en Motozintla",
        "Pobladores bloquearon el martes la carretera fronteriza en Motozintla, Chiapas, para"
        " exigir seguridad.",
    ),
    "hidalgo": (
        "es",
        "Detienen a tres en Ciudad Hidalgo con droga",
        "La Guardia Nacional detuvo el lunes a tres hombres con 40 kilos de cocaína en Ciudad"
        " Hidalgo, Chiapas.",
    ),
    "chicomuselo": (
        "en",
        "Army clashes with gunmen near Chicomuselo",
        "Mexican soldiers clashed with gunmen near Chicomuselo, Chiapas, on Tuesday; one"
        " attacker was killed.",
    ),
    "democracia": (
        "en",
        "Guatemala deploys 500 soldiers to Huehuetenango",
        "Guatemala deployed 500 soldiers to the border municipality of La Democracia,"
        " Huehuetenango, on Tuesday, the Defence Ministry said.",
    ),
    "amatenango": (
        "es",
        "Enfrentamiento en Amatenango de la Frontera",
        "Militares y civiles armados se enfrentaron el miércoles en Amatenango de la Frontera,"
        " Chiapas; murieron dos atacantes.",
    ),
    "opinion": (
        "es",
        "Opinión: la frontera necesita paz",
        "La frontera necesita paz y no más soldados. Los gobiernos deberían escuchar a las"
        " comunidades.",
    ),
}
PUBLISHED = "Wed, 03 Sep 2025 09:00:00 -0600"


def rss(keys: list[str]) -> bytes:
    items = []
    for key in keys:
        _, title, body = REPORTS[key]
        items.append(
            f"<item><title>{escape(title)}</title>"
            f"<link>https://news.example/{key}</link><guid isPermaLink='false'>{key}</guid>"
            f"<pubDate>{PUBLISHED}</pubDate><description>{escape(body)}</description></item>"
        )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
        "<title>Frontera Sur</title><link>https://news.example/</link>"
        f"<description>test feed</description>{''.join(items)}</channel></rss>"
    ).encode()


def atom(keys: list[str]) -> bytes:
    entries = []
    for key in keys:
        _, title, body = REPORTS[key]
        entries.append(
            f"<entry><id>urn:test:{key}</id><title>{escape(title)}</title>"
            f"<link href='https://atom.example/{key}'/><updated>2025-09-03T09:00:00-06:00</updated>"
            f"<content type='text'>{escape(body)}</content></entry>"
        )
    return (
        "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        "<id>urn:test:feed</id><title>Atom test</title><updated>2025-09-03T09:00:00Z</updated>"
        f"{''.join(entries)}</feed>"
    ).encode()


def wire(keys: list[str]) -> bytes:
    objects = []
    for key in keys:
        lang, title, body = REPORTS[key]
        objects.append(
            {
                "id": f"wire-{key}",
                "title": title,
                "text": body,
                "url": f"https://wire.example/{key}",
                "published": "2025-09-03",
                "language": lang,
            }
        )
    return json.dumps(objects, ensure_ascii=False).encode()


@dataclass
class Route:
    """What the server answers on one path: a body, or errors first; with or without
    conditional-request support."""

    content_type: str
    body: bytes = b""
    fail_next: int = 0
    fail_status: int = 500
    fail_headers: dict[str, str] = field(default_factory=dict)
    conditional: bool = True
    requests: list[dict[str, str]] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


@dataclass
class Hook:
    fail_next: int = 0
    received: list[dict[str, Any]] = field(default_factory=list)
    bad_signatures: int = 0


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hook = Hook()
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None):
                self.send_response(status)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                with server.lock:
                    route = server.routes.get(self.path)
                    if route is None:
                        self._send(404)
                        return
                    route.requests.append(dict(self.headers))
                    if route.fail_next > 0:
                        route.fail_next -= 1
                        route.statuses.append(route.fail_status)
                        self._send(route.fail_status, b"boom", route.fail_headers)
                        return
                    if route.conditional and self.headers.get("If-None-Match") == route.etag:
                        route.statuses.append(304)
                        self._send(304, headers={"ETag": route.etag})
                        return
                    headers = {"Content-Type": route.content_type}
                    if route.conditional:
                        headers["ETag"] = route.etag
                        headers["Last-Modified"] = format_datetime(
                            dt.datetime(2025, 9, 3, tzinfo=dt.UTC), usegmt=True
                        )
                    route.statuses.append(200)
                    self._send(200, route.body, headers)

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with server.lock:
                    if not verify(body, self.headers.get(SIGNATURE_HEADER), SECRET):
                        server.hook.bad_signatures += 1
                        self._send(401)
                        return
                    if server.hook.fail_next > 0:
                        server.hook.fail_next -= 1
                        self._send(503)
                        return
                    server.hook.received.append(json.loads(body))
                    self._send(204)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def route(self, path: str, content_type: str, body: bytes, **kw: Any) -> Route:
        with self.lock:
            self.routes[path] = Route(content_type, body, **kw)
            return self.routes[path]

    def publish(self, path: str, body: bytes) -> None:
        with self.lock:
            self.routes[path].body = body

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture()
def server() -> Iterator[FeedServer]:
    srv = FeedServer()
    try:
        yield srv
    finally:
        srv.close()


class Clock:
    def __init__(self, t: float = START) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


WATCHES = [
    {"name": "la-mesilla", "near": "La Mesilla", "within_km": 20},
    {"name": "huehuetenango", "country": "GT", "admin1": "Huehuetenango"},
    {"name": "killings", "min": {"killed": 1}, "alerts": ["event"]},
]


def make_config(
    server: FeedServer, tmp: Path, watches: list[dict[str, Any]] = WATCHES, **settings: Any
) -> Any:
    inbox = tmp / "inbox"
    inbox.mkdir(exist_ok=True)
    return config_from_dict(
        {
            "settings": {"per_host_per_minute": 100, **settings},
            "source": [
                {"name": "frontera", "feed": f"{server.base}/frontera.rss", "every": "1m"},
                {"name": "flaky", "feed": f"{server.base}/flaky.atom", "every": "1m"},
                {"name": "repeater", "feed": f"{server.base}/repeat.rss", "every": "1m"},
                {"name": "wire", "json": f"{server.base}/wire.json", "every": "1m"},
                {"name": "inbox", "folder": str(inbox), "every": "1m", "settle": 0},
            ],
            "watch": watches,
            "delivery": {
                "terminal": True,
                "log_file": str(tmp / "alerts.jsonl"),
                "webhook": {"name": "ops", "url": f"{server.base}/hook", "secret": SECRET},
            },
        },
        tmp,
    )


def drop(folder: Path, name: str, key: str) -> None:
    _, title, body = REPORTS[key]
    (folder / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def stored_titles(db: Path) -> list[str]:
    with Store(db) as store:
        rows = store._query("SELECT title FROM reports ORDER BY title")
    return [row["title"] for row in rows]


def test_every_report_once_alerts_once_across_a_restart(server: FeedServer, tmp_path: Path):
    db = tmp_path / "hito.db"
    config = make_config(server, tmp_path)
    frontera = server.route("/frontera.rss", "application/rss+xml", rss(["mesilla", "comalapa"]))
    flaky = server.route("/flaky.atom", "application/atom+xml", atom(["democracia"]), fail_next=2)
    repeat = server.route(
        "/repeat.rss", "application/rss+xml", rss(["tapachula", "tapachula"]), conditional=False
    )
    server.route("/wire.json", "application/json", wire(["hidalgo"]))
    drop(tmp_path / "inbox", "a.txt", "motozintla")
    clock, out = Clock(), io.StringIO()

    # -- first process: two ticks ------------------------------------------------------
    with Store(db) as store:
        watcher = Watcher(store, config, clock=clock, stream=out)
        first = watcher.tick()
        polls = {p.source: p for p in first.polls}
        assert polls["frontera"].new == 2 and polls["frontera"].status == "200"
        assert polls["flaky"].status == "error" and polls["flaky"].next_in == 60
        assert polls["repeater"].new == 1  # the same item twice in one document
        assert polls["wire"].new == 1 and polls["inbox"].new == 1

        clock.advance(60)
        server.publish("/frontera.rss", rss(["cuauhtemoc", "mesilla", "comalapa"]))
        server.publish("/repeat.rss", rss(["tapachula", "chicomuselo", "tapachula"]))
        second = watcher.tick()
        polls = {p.source: p for p in second.polls}
        assert polls["frontera"].new == 1 and polls["frontera"].known == 0
        assert polls["flaky"].status == "error" and polls["flaky"].next_in == 120  # back-off
        assert polls["repeater"].new == 1
        assert polls["wire"].new == 0 and polls["wire"].status == "304"
        assert polls["inbox"].new == 0

    # -- a new process on the same database --------------------------------------------
    clock.advance(60)
    server.publish("/wire.json", wire(["hidalgo", "incursion"]))
    drop(tmp_path / "inbox", "b.txt", "amatenango")
    drop(tmp_path / "inbox", "c.txt", "opinion")
    with Store(db) as store:
        watcher = Watcher(store, config, clock=clock, stream=out)
        third = watcher.tick()
        polls = {p.source: p for p in third.polls}
        assert "flaky" not in polls  # backing off until START + 60 + 120
        assert polls["frontera"].status == "304" and polls["frontera"].new == 0
        assert polls["repeater"].new == 0 and polls["repeater"].status == "200"
        assert polls["wire"].new == 1 and polls["inbox"].new == 2

        clock.advance(60)
        fourth = watcher.tick()
        polls = {p.source: p for p in fourth.polls}
        assert polls["flaky"].status == "200" and polls["flaky"].new == 1  # recovered
        assert sum(p.new for p in fourth.polls) == 1

        clock.advance(60)
        fifth = watcher.tick()
        assert sum(p.new for p in fifth.polls) == 0
        assert not fifth.alerts
        cursor = state.source_cursor(store, "flaky", f"{server.base}/flaky.atom")
        assert cursor.errors == 0 and cursor.etag

    ticks = [first, second, third, fourth, fifth]
    # Every report published is stored exactly once, none processed twice.
    assert sum(t.new_reports for t in ticks) == len(REPORTS)
    assert stored_titles(db) == sorted(REPORTS[k][1] for k in REPORTS)
    # Conditional requests: validators sent back, 304 answered.
    assert any(r.get("If-None-Match") for r in frontera.requests[1:])
    assert 304 in frontera.statuses and flaky.statuses == [500, 500, 200, 304]
    assert repeat.statuses == [200] * 5

    alerts = [a for t in ticks for a in t.alerts]
    ids = [a.alert_id for a in alerts]
    assert len(ids) == len(set(ids)), "an alert fired twice"
    by_watch: dict[str, list[Any]] = {}
    for alert in alerts:
        by_watch.setdefault(alert.watch, []).append(alert)
    # The La Mesilla shootout (2 killed) and the Ciudad Cuauhtémoc shooting, 4 km away.
    mesilla = {a.payload["events"][0]["place"] for a in by_watch["la-mesilla"]}
    assert {"La Mesilla", "Ciudad Cuauhtémoc"} <= mesilla
    assert "Tapachula" not in mesilla
    # The incursion near Gracias a Dios is a cross-border incident in Huehuetenango.
    kinds = {a.payload["events"][0]["place"]: a.kind for a in by_watch["huehuetenango"]}
    assert kinds.get("Gracias a Dios") == "cross_border"
    assert "La Democracia" in kinds  # from the feed that recovered
    assert all(
        any(f.get("killed", 0) >= 1 for f in (e["figures"] for e in a.payload["events"]))
        for a in by_watch["killings"]
    )
    # Alerts name their events and evidence sentences.
    for alert in alerts:
        assert alert.payload["events"] and all(e["evidence"] for e in alert.payload["events"])

    # Delivered once on each channel, signed.
    assert server.hook.bad_signatures == 0
    assert sorted(h["alert_id"] for h in server.hook.received) == sorted(ids)
    logged = (tmp_path / "alerts.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["alert_id"] for line in logged) == sorted(ids)
    printed = out.getvalue()
    assert printed.count("ALERT [") == len(ids)
    assert "Two officers were killed" in printed


def test_a_crash_mid_poll_loses_nothing_and_repeats_nothing(
    server: FeedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    db = tmp_path / "hito.db"
    config = make_config(server, tmp_path)
    keys = ["mesilla", "comalapa", "cuauhtemoc", "tapachula"]
    server.route("/frontera.rss", "application/rss+xml", rss(keys))
    for path in ("/flaky.atom", "/repeat.rss"):
        server.route(path, "application/atom+xml", atom([]))
    server.route("/wire.json", "application/json", b"[]")
    clock = Clock()

    calls = {"n": 0}
    real_mark_seen = state.mark_seen

    def crashing_mark_seen(*args: Any, **kwargs: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 3:  # the third item is stored, then the process dies
            raise KeyboardInterrupt
        real_mark_seen(*args, **kwargs)

    monkeypatch.setattr(state, "mark_seen", crashing_mark_seen)
    with Store(db) as store, pytest.raises(KeyboardInterrupt):
        Watcher(store, config, clock=clock, stream=io.StringIO()).tick()
    monkeypatch.setattr(state, "mark_seen", real_mark_seen)
    assert len(stored_titles(db)) == 3

    clock.advance(1)  # restarted at once: the source is due again (its cursor never moved)
    with Store(db) as store:
        result = Watcher(store, config, clock=clock, stream=io.StringIO()).tick()
        frontera = next(p for p in result.polls if p.source == "frontera")
        assert (frontera.new, frontera.known) == (1, 1)  # 2 seen, 1 stored unseen, 1 new
        assert store.stats()["reports"] == 4
        # The alerts of the events stored before the crash were still raised.
        assert any(a.watch == "la-mesilla" for a in state.list_alerts(store))


def test_webhook_is_retried_with_back_off_then_delivered_once(server: FeedServer, tmp_path: Path):
    db = tmp_path / "hito.db"
    config = make_config(server, tmp_path, watches=WATCHES[:1])
    server.route("/frontera.rss", "application/rss+xml", rss(["mesilla"]))
    for path in ("/flaky.atom", "/repeat.rss"):
        server.route(path, "application/atom+xml", atom([]))
    server.route("/wire.json", "application/json", b"[]")
    server.hook.fail_next = 2
    clock = Clock()
    with Store(db) as store:
        watcher = Watcher(store, config, clock=clock, stream=io.StringIO())
        first = watcher.tick()
        assert len(first.alerts) == 1 and first.delivery.retry == 1
        assert not server.hook.received
        clock.advance(10)  # the first retry is due after 30 s
        assert watcher.tick().delivery.retry == 0 and server.hook.fail_next == 1
        clock.advance(25)
        second = watcher.tick()
        assert second.delivery.retry == 1 and server.hook.fail_next == 0
        clock.advance(61)  # then after 60 s more
        third = watcher.tick()
        assert third.delivery.sent == 1
        for _ in range(3):
            clock.advance(600)
            assert watcher.tick().delivery.sent == 0
        alert_id = first.alerts[0].alert_id
        assert state.delivery_status(store, alert_id, "webhook:ops") == ("sent", 3)
        assert state.delivery_status(store, alert_id, "terminal") == ("sent", 1)
    assert [h["alert_id"] for h in server.hook.received] == [a.alert_id for a in first.alerts]


def test_requests_per_host_are_limited(server: FeedServer, tmp_path: Path):
    config = make_config(server, tmp_path, per_host_per_minute=2)
    server.route("/frontera.rss", "application/rss+xml", rss(["mesilla"]))
    for path in ("/flaky.atom", "/repeat.rss"):
        server.route(path, "application/atom+xml", atom([]))
    server.route("/wire.json", "application/json", b"[]")
    clock = Clock()
    with Store(tmp_path / "hito.db") as store:
        watcher = Watcher(store, config, clock=clock, stream=io.StringIO())
        polls = watcher.tick().polls
        statuses = [p.status for p in polls if p.source != "inbox"]
        assert statuses.count("deferred") == 2
        assert sum(len(r.requests) for r in server.routes.values()) == 2
        clock.advance(30)
        assert not [p for p in watcher.tick().polls if p.source != "inbox"]
        clock.advance(31)
        later = {p.source: p.status for p in watcher.tick().polls if p.source != "inbox"}
        # The two deferred sources go first; the two polled a minute ago wait their turn.
        assert later == {
            "repeater": "200",
            "wire": "200",
            "frontera": "deferred",
            "flaky": "deferred",
        }


def test_bad_answers_back_off_and_retry_after_is_honoured(server: FeedServer, tmp_path: Path):
    config = make_config(server, tmp_path)
    server.route("/frontera.rss", "text/html", b"<html><body>Maintenance</body></html>")
    server.route(
        "/flaky.atom",
        "application/atom+xml",
        atom(["mesilla"]),
        fail_next=1,
        fail_status=429,
        fail_headers={"Retry-After": "900"},
    )
    server.route("/repeat.rss", "application/rss+xml", rss([]))
    server.route("/wire.json", "application/json", b'{"reports": "nope"}')
    with Store(tmp_path / "hito.db") as store:
        polls = {p.source: p for p in Watcher(store, config, clock=Clock()).tick().polls}
    assert polls["frontera"].status == "error" and "not a valid feed" in str(
        polls["frontera"].error
    )
    assert polls["flaky"].error == "HTTP 429 Too Many Requests" and polls["flaky"].next_in == 900
    assert polls["wire"].status == "error" and "list of report objects" in str(polls["wire"].error)
    assert polls["repeater"].status == "200" and polls["repeater"].new == 0


def test_cli_watch_once(server: FeedServer, tmp_path: Path):
    from click.testing import CliRunner

    from hito.cli import main

    server.route("/frontera.rss", "application/rss+xml", rss(["mesilla", "comalapa"]))
    (tmp_path / "drop").mkdir()
    drop(tmp_path / "drop", "x.txt", "incursion")
    config = tmp_path / "watch.toml"
    config.write_text(
        f"""
[settings]
db = "cli.db"

[[source]]
name = "frontera"
feed = "{server.base}/frontera.rss"
every = "5m"

[[source]]
name = "drop"
folder = "drop"
settle = 0

[[watch]]
name = "guatemala"
country = "GT"

[delivery]
log_file = "alerts.jsonl"
""",
        encoding="utf-8",
    )
    runner = CliRunner()
    first = runner.invoke(main, ["watch", "--config", str(config), "--once"])
    assert first.exit_code == 0, first.output
    assert "3 new reports" in first.output
    assert "poll frontera 200 new=2" in first.output
    assert "ALERT [cross_border]" in first.output
    again = runner.invoke(main, ["watch", "--config", str(config), "--once"])
    assert again.exit_code == 0, again.output
    assert "0 new reports" in again.output and "ALERT" not in again.output
    assert (tmp_path / "cli.db").exists()
    status = runner.invoke(main, ["watch", "--config", str(config), "--status"])
    assert "frontera: last poll" in status.output and "0 errors in a row" in status.output
    assert "latest alerts: guatemala/" in status.output

    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nfeed = "ftp://x"\n', encoding="utf-8")
    result = runner.invoke(main, ["watch", "--config", str(bad), "--once"])
    assert result.exit_code != 0 and "expected an http(s) URL" in result.output

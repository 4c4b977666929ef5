import datetime as dt
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from hito.ingest import read_paths
from hito.models import IngestFailure, Report

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Noticias de la frontera</title><language>es-GT</language>
<item><title>Allanamientos en La Mesilla</title><link>https://example.gt/mesilla</link>
<pubDate>Tue, 10 Jun 2025 23:30:00 -0600</pubDate>
<description><![CDATA[<p>Más de <b>600</b> agentes participaron.</p><p>No hubo detenidos.</p>]]>
</description></item>
<item><title>Sin contenido</title><link>https://example.gt/vacio</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Border desk</title>
<entry><title>Troops sent to Chiapas</title><link href="https://example.com/troops"/>
<updated>2025-05-01T12:00:00Z</updated><summary>Short teaser.</summary>
<content type="html">&lt;p&gt;The army deployed 300 soldiers to Frontera Comalapa.&lt;/p&gt;
&lt;script&gt;track()&lt;/script&gt;</content></entry></feed>"""


def test_rss_entries_become_reports(tmp_path: Path) -> None:
    path = tmp_path / "frontera.rss"
    path.write_text(RSS, encoding="utf-8")
    report, failure = read_paths([path])
    assert isinstance(report, Report)
    assert report.title == "Allanamientos en La Mesilla"
    assert report.url == "https://example.gt/mesilla"
    assert report.published == dt.date(2025, 6, 10)
    assert report.language == "es"
    assert (
        report.text
        == "Allanamientos en La Mesilla\n\nMás de 600 agentes participaron.\n\nNo hubo detenidos."
    )
    assert failure == IngestFailure(f"{path}#2", "feed entry has no text")


def test_atom_prefers_full_content_and_strips_html(tmp_path: Path) -> None:
    path = tmp_path / "desk.atom"
    path.write_text(ATOM, encoding="utf-8")
    (report,) = read_paths([path])
    assert isinstance(report, Report)
    assert "300 soldiers" in report.text
    assert "track()" not in report.text and "<p>" not in report.text
    assert report.published == dt.date(2025, 5, 1)


def test_broken_and_empty_feeds_fail(tmp_path: Path) -> None:
    (tmp_path / "broken.xml").write_text("<<<not xml at all", encoding="utf-8")
    (tmp_path / "empty.rss").write_text(
        '<rss version="2.0"><channel><title>t</title></channel></rss>', encoding="utf-8"
    )
    broken, empty = read_paths([tmp_path / "broken.xml", tmp_path / "empty.rss"])
    assert isinstance(broken, IngestFailure) and broken.reason.startswith("not a valid feed")
    assert empty == IngestFailure(str(tmp_path / "empty.rss"), "feed has no entries")


PAGES = {
    "/feed": ("application/rss+xml", RSS.encode()),
    "/article": (
        "text/html; charset=utf-8",
        b"<html><body><article><h1>Clash</h1><p>Mexican police exchanged fire with gunmen "
        b"in La Mesilla, Guatemala, on Sunday afternoon.</p></article></body></html>",
    ),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path not in PAGES:
            self.send_error(404)
            return
        content_type, body = PAGES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_urls_feed_page_and_errors(server: str) -> None:
    items = list(read_paths([f"{server}/feed", f"{server}/article", f"{server}/missing"]))
    reports = [i for i in items if isinstance(i, Report)]
    assert [r.source for r in reports] == [f"{server}/feed", f"{server}/article"]
    assert reports[1].url == f"{server}/article"
    assert "exchanged fire" in reports[1].text
    failures = [i for i in items if isinstance(i, IngestFailure)]
    assert failures[-1] == IngestFailure(f"{server}/missing", "fetch failed: HTTP 404 Not Found")

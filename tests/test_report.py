"""Situation reports: HTML (figures, map, charts, incidents with sources, escaped text) and
PDF printed by headless Chromium; and `hito report`."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import CHROMIUM, XSS, WebData, build_synthetic_db
from hito.cli import main
from hito.report import collect, render_html, write_report
from hito.store import Store
from hito.store.queries import EventQuery

needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason=f"{CHROMIUM} not found (apt-get install chromium)"
)


def _html(path: Path, query: EventQuery, lang: str = "en") -> str:
    with Store(path) as store:
        return render_html(collect(store, query), lang)


def check_pdf(path: Path, expected_text: list[str]) -> None:
    """A real PDF with pages; its text checked with pdftotext when that is installed."""
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) > 5_000
    assert data.rstrip().endswith(b"%%EOF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    assert pages >= 1
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        for expected in expected_text:
            assert expected in text


def test_html_has_figures_map_charts_and_sources(web_db: WebData) -> None:
    html = _html(web_db.path, EventQuery(countries=("MX",)))
    assert "Situation report" in html and "Mexico" in html
    assert "Frontera Comalapa" in html and "Ciudad Cuauhtémoc" in html
    assert "La Mesilla" not in html  # GT is not in this selection
    assert "https://example.org/noticias/comalapa" in html
    assert '<a href="https://example.org/noticias/comalapa">' in html
    # key figures: 2 events, 4 arrested, 12 weapons, 30 kg cocaine
    assert re.search(r'class="value">2</div><div class="name">Events', html)
    assert re.search(r'class="value">4</div><div class="name">Arrested', html)
    assert re.search(r'class="value">12</div><div class="name">Weapons seized', html)
    assert "30 kg cocaine (1)" in html
    map_svg = html[html.index('<svg xmlns="http://www.w3.org/2000/svg" class="map"') :]
    map_svg = map_svg[: map_svg.index("</svg>")]
    assert map_svg.count("<circle") - map_svg.count('<circle cx="12"') == 2  # two points
    assert "MEXICO" in map_svg and "GUATEMALA" in map_svg
    assert '<path d="M' in map_svg
    assert '<path class="admin1" d="M' in map_svg  # state and department lines
    assert 'class="chart"' in html  # the weekly trend
    assert "<script" not in html.replace("&lt;script", "")
    assert "http://" not in html.replace("http://www.w3.org", "")  # nothing to fetch


def test_hostile_text_is_escaped(web_db: WebData) -> None:
    html = _html(web_db.path, EventQuery(types=("PROTEST",)))
    assert XSS not in html
    assert "Residents &lt;b&gt;bold&lt;/b&gt;" in html
    assert "&lt;img src=x onerror=" in html
    assert 'href="javascript' not in html
    assert "javascript:alert(3)" in html  # shown as text, not linked


def test_spanish_and_empty_selection(web_db: WebData) -> None:
    html = _html(web_db.path, EventQuery(countries=("GT",)), lang="es")
    assert "Informe de situación" in html and "Cifras clave" in html
    assert "Muertos" in html and "Agresión" in html
    empty = _html(web_db.path, EventQuery(countries=("BZ",)))
    assert "No events match this selection." in empty


def test_period_and_monthly_charts(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    build_synthetic_db(path, 120)
    with Store(path) as store:
        data = collect(store, EventQuery(countries=("GT",)), max_incidents=10)
        assert data.interval == "month"  # a year of events is charted per month
        assert len(data.events) == 10
        assert data.events == sorted(data.events, key=lambda e: (e.record.date, e.event_id))
        assert data.total > 10
        weeks = collect(
            store,
            EventQuery(date_from=dt.date(2024, 3, 1), date_to=dt.date(2024, 3, 31)),
        )
        assert weeks.interval == "week"
        assert weeks.first == dt.date(2024, 3, 1) and weeks.last == dt.date(2024, 3, 31)
        html = render_html(data, "en")
        assert "Showing 10 of" in html and "Events per month" in html


@needs_chromium
def test_write_report_html_and_pdf(web_db: WebData, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with Store(web_db.path) as store:
        files = write_report(
            store,
            EventQuery(countries=("GT",), admin1=("Huehuetenango",)),
            out,
        )
    assert files.events == 1
    assert files.html.exists() and files.html.suffix == ".html"
    assert files.pdf is not None and files.pdf.exists()
    assert files.html.name == "hito-report-gt-huehuetenango.html"
    check_pdf(files.pdf, ["Situation report", "Huehuetenango", "La Mesilla"])


@needs_chromium
def test_cli_report(web_db: WebData, tmp_path: Path) -> None:
    out = tmp_path / "reports"
    args = [
        "report", "--country", "GT", "--admin1", "Huehuetenango",
        "--from", "2024-01-01", "--to", "2024-12-31",
        "--out", str(out), "--db", str(web_db.path),
    ]  # fmt: skip
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0, r.output
    html, pdf = (Path(line) for line in r.stdout.strip().splitlines())
    assert html.name == "hito-report-gt-huehuetenango-2024-01-01-2024-12-31.html"
    assert "La Mesilla" in html.read_text(encoding="utf-8")
    check_pdf(pdf, ["La Mesilla"])


def test_cli_report_html_only_and_errors(web_db: WebData, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "html-only"
    r = runner.invoke(
        main,
        ["report", "--country", "MX", "--lang", "es", "--no-pdf", "--out", str(out),
         "--db", str(web_db.path)],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    files = sorted(p.name for p in out.iterdir())
    assert files == ["hito-report-mx.html"]
    assert "Informe de situación" in (out / files[0]).read_text(encoding="utf-8")
    missing = runner.invoke(main, ["report", "--out", str(out), "--db", str(tmp_path / "no.db")])
    assert missing.exit_code != 0 and "no database" in missing.output

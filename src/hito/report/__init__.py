"""Situation reports: one selection of events as an HTML page and a PDF, with key figures,
a static map, trend charts and every incident with its sources (figures, no commentary)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from hito.report.data import ReportData, collect
from hito.report.pdf import PdfError, html_to_pdf
from hito.report.render import render_html
from hito.store import Store
from hito.store.queries import EventQuery


@dataclass
class ReportFiles:
    html: Path
    pdf: Path | None
    events: int


def slug(query: EventQuery) -> str:
    parts = ["hito-report", *query.countries, *query.admin1]
    for day in (query.date_from, query.date_to):
        if day:
            parts.append(day.isoformat())
    text = "-".join(parts).lower()
    return re.sub(r"[^a-z0-9-]+", "-", text).strip("-")


def write_report(
    store: Store,
    query: EventQuery,
    out_dir: Path,
    lang: str = "en",
    title: str | None = None,
    pdf: bool = True,
    max_incidents: int = 500,
) -> ReportFiles:
    """Write `<slug>.html` (and `<slug>.pdf`) into `out_dir` for the events `query` selects."""
    data = collect(store, query, max_incidents)
    out_dir.mkdir(parents=True, exist_ok=True)
    name = slug(query)
    html_path = out_dir / f"{name}.html"
    html = render_html(data, lang, title, Path(store.path).name)
    html_path.write_text(html, encoding="utf-8")
    pdf_path = html_to_pdf(html, out_dir / f"{name}.pdf") if pdf else None
    return ReportFiles(html=html_path, pdf=pdf_path, events=data.total)


__all__ = ["PdfError", "ReportData", "ReportFiles", "collect", "render_html", "write_report"]

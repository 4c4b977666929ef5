"""The situation report as one self-contained HTML file (inline CSS and SVG, no scripts)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from hito import __version__
from hito.models import QUANTITY_FIELDS, StoredEvent
from hito.report.charts import figure_lines, stacked_bars
from hito.report.data import ReportData
from hito.report.labels import country_name, label, type_name
from hito.report.svgmap import event_map

TEMPLATES = Path(__file__).resolve().parent / "templates"


def _env() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _http(url: str | None) -> str | None:
    if not url:
        return None
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def _figures(event: StoredEvent, lang: str) -> str:
    r = event.record
    parts = [
        f"{label(lang, name).lower()} {getattr(r, name)}"
        for name in QUANTITY_FIELDS
        if getattr(r, name) is not None
    ]
    for d in r.drugs_seized:
        amount = f"{d.amount:g} {d.unit or ''} ".replace("  ", " ") if d.amount is not None else ""
        parts.append(f"{amount}{d.substance}".strip())
    return ", ".join(parts)


def _incident(event: StoredEvent, lang: str) -> dict[str, Any]:
    r = event.record
    return {
        "id": event.event_id,
        "date": r.date.isoformat() if r.date else label(lang, "undated"),
        "precision": r.date_precision if r.date and r.date_precision != "day" else "",
        "type": r.event_type,
        "type_name": type_name(lang, r.event_type),
        "mode": r.mode or "",
        "place": ", ".join(x for x in (r.place, r.admin1, r.country) if x),
        "actors": "; ".join(a.name for a in r.actors),
        "targets": "; ".join(a.name for a in r.targets),
        "figures": _figures(event, lang),
        "factuality": r.factuality,
        "cross_border": r.cross_border,
        "sources": [
            {
                "title": m.title or m.url or "—",
                "outlet": (urlsplit(m.url).hostname or "").removeprefix("www.") if m.url else "",
                "published": m.published.isoformat() if m.published else "",
                "href": _http(m.url),
                "url": m.url or "",
            }
            for m in event.mentions
        ],
    }


def area_label(data: ReportData, lang: str) -> str:
    q = data.query
    names = [*q.admin1, *(country_name(lang, c) for c in q.countries)]
    return ", ".join(names) or label(lang, "all_areas")


def render_html(data: ReportData, lang: str = "en", title: str | None = None, db: str = "") -> str:
    stats = data.stats
    total = data.total
    by_type = [
        {
            "code": code,
            "name": type_name(lang, code),
            "count": n,
            "share": f"{100 * n / total:.0f} %" if total else "",
        }
        for code, n in stats["by_type"].items()
    ]
    figures = [
        (label(lang, "events"), total),
        (label(lang, "cross_border"), data.counts["cross_border"]),
        (label(lang, "places"), data.counts["places"]),
        (label(lang, "reports"), data.counts["reports"]),
        *((label(lang, name), stats["sums"][name]) for name in QUANTITY_FIELDS),
    ]
    interval = label(lang, data.interval)
    country = data.query.countries[0] if len(data.query.countries) == 1 else None
    context = {
        "lang": lang,
        "L": lambda key, **kw: label(lang, key, **kw),
        "title": title or label(lang, "title"),
        "area": area_label(data, lang),
        "period": " – ".join(d.isoformat() if d else "…" for d in (data.first, data.last)),
        "generated": data.generated_at.strftime("%Y-%m-%d %H:%M UTC"),
        "reports": data.counts["reports"],
        "figures": figures,
        "drugs": stats["drugs_seized"],
        "by_type": by_type,
        "total": total,
        "map_svg": Markup(event_map(data.points, country, lang)) if data.points else None,
        "mapped": len(data.points),
        "trend_svg": Markup(stacked_bars(stats["series"], data.interval)),
        "figures_svg": Markup(figure_lines(data.figure_series, data.interval, lang)),
        "interval": interval,
        "incidents": [_incident(e, lang) for e in data.events],
        "footer": label(lang, "footer", version=__version__, db=db),
    }
    return _env().get_template("report.html").render(**context)

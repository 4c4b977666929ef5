"""Trend charts in SVG: events per period stacked by type, and figures per period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from hito.report.labels import TYPE_COLORS, label

LEFT, RIGHT, TOP, BOTTOM = 40, 10, 10, 34
FIGURE_COLORS = {
    "killed": "#a50f15",
    "injured": "#fb6a4a",
    "arrested": "#08519c",
    "displaced": "#6a51a3",
}


def _periods(first: str, last: str, interval: str) -> list[str]:
    out, day = [], dt.date.fromisoformat(first)
    end = dt.date.fromisoformat(last)
    while day <= end:
        out.append(day.isoformat())
        if interval == "week":
            day += dt.timedelta(days=7)
        elif interval == "month":
            day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        else:
            day += dt.timedelta(days=1)
    return out


def _frame(width: int, height: int, top: float, periods: list[str], interval: str) -> list[str]:
    plot_h = height - TOP - BOTTOM
    plot_w = width - LEFT - RIGHT
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}"'
        f' width="{width}" height="{height}" role="img">',
        f'<line x1="{LEFT}" x2="{width - RIGHT}" y1="{TOP + plot_h}" y2="{TOP + plot_h}"'
        ' stroke="#8a929c"/>',
    ]
    for frac in (0.5, 1.0):
        y = TOP + plot_h * (1 - frac)
        parts.append(
            f'<line x1="{LEFT}" x2="{width - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e6ea"/>'
            f'<text x="{LEFT - 4}" y="{y + 3:.1f}" text-anchor="end" class="small">'
            f"{_num(top * frac)}</text>"
        )
    step = max(1, round(len(periods) / (plot_w / 70)))
    bw = plot_w / max(1, len(periods))
    for i in range(0, len(periods), step):
        x = LEFT + i * bw
        text = periods[i] if interval != "month" else periods[i][:7]
        parts.append(f'<text x="{x:.1f}" y="{height - BOTTOM + 14}" class="small">{text}</text>')
    return parts


def _num(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"


def stacked_bars(
    series: Sequence[dict[str, Any]], interval: str, width: int = 760, height: int = 220
) -> str:
    """Events per period, stacked by type (`series` as /stats gives it)."""
    if not series:
        return ""
    periods = _periods(series[0]["period"], series[-1]["period"], interval)
    counts = {s["period"]: s["counts"] for s in series}
    top = max((sum(c.values()) for c in counts.values()), default=1) or 1
    parts = _frame(width, height, top, periods, interval)
    plot_h = height - TOP - BOTTOM
    bw = (width - LEFT - RIGHT) / len(periods)
    for i, period in enumerate(periods):
        y = TOP + plot_h
        for event_type, color in TYPE_COLORS.items():
            n = counts.get(period, {}).get(event_type, 0)
            if not n:
                continue
            h = n / top * plot_h
            y -= h
            parts.append(
                f'<rect x="{LEFT + i * bw + 0.5:.1f}" y="{y:.1f}" width="{max(1.0, bw - 1):.1f}"'
                f' height="{h:.1f}" fill="{color}"><title>{escape(period)} {event_type}: {n}'
                "</title></rect>"
            )
    parts.append("</svg>")
    return "\n".join(parts)


def figure_lines(
    series: Sequence[dict[str, Any]], interval: str, lang: str, width: int = 760, height: int = 220
) -> str:
    """Killed, injured, arrested and displaced per period, as lines (fields never stated are
    left out). Empty when no figure is stated at all."""
    fields = [f for f in FIGURE_COLORS if any(s[f] for s in series)]
    if not series or not fields:
        return ""
    periods = _periods(series[0]["period"], series[-1]["period"], interval)
    by_period = {s["period"]: s for s in series}
    top = max(max(s[f] for s in series) for f in fields) or 1
    parts = _frame(width, height, top, periods, interval)
    plot_h = height - TOP - BOTTOM
    bw = (width - LEFT - RIGHT) / len(periods)
    for f in fields:
        points = []
        for i, period in enumerate(periods):
            value = by_period.get(period, {}).get(f, 0)
            points.append(f"{LEFT + (i + 0.5) * bw:.1f},{TOP + plot_h * (1 - value / top):.1f}")
        parts.append(
            f'<polyline points="{" ".join(points)}" fill="none" stroke="{FIGURE_COLORS[f]}"'
            ' stroke-width="1.6"/>'
        )
    for n, f in enumerate(fields):
        x = LEFT + 8 + n * 130
        parts.append(
            f'<rect x="{x}" y="{TOP}" width="12" height="3" fill="{FIGURE_COLORS[f]}"/>'
            f'<text x="{x + 16}" y="{TOP + 5}" class="small">{escape(label(lang, f))}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)

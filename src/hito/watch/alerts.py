"""Alerts: what they say and the ids that keep each one unique.

- `event`: a new event that a watch wants (area, filters, not older than max_age_days);
  id `{watch}/{event_id}`.
- `cross_border`: the same for a new cross-border event (it takes the place of `event`);
  same id, so an event alerts a watch at most once whatever it later becomes.
- `surge`: an area's weekly count well above its own baseline (hito.watch.surge);
  id `{watch}/surge/{week start}`, at most once per watch and week.

Each alert names its events with their evidence sentences and sources.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hito.models import QUANTITY_FIELDS, EventRecord, StoredEvent
from hito.store.watch_state import StoredAlert
from hito.watch.rules import WatchSpec
from hito.watch.surge import SurgeTest

MAX_EVENTS_PER_ALERT = 50


def figures(record: EventRecord) -> dict[str, int]:
    return {name: value for name in QUANTITY_FIELDS if (value := getattr(record, name)) is not None}


def _figures_text(record: EventRecord) -> str:
    return ", ".join(f"{v} {name.replace('_', ' ')}" for name, v in figures(record).items())


def event_line(record: EventRecord) -> str:
    """'cross-border ASSAULT at La Mesilla (Huehuetenango, GT), 2025-09-01: 2 killed'."""
    where = record.place or record.admin1 or record.country or "unknown place"
    region = ", ".join(v for v in (record.admin1, record.country) if v and v != where)
    text = f"{'cross-border ' if record.cross_border else ''}{record.event_type}"
    text += f" at {where}" + (f" ({region})" if region else "")
    text += f", {record.date.isoformat()}" if record.date else ", undated"
    figs = _figures_text(record)
    return text + (f": {figs}" if figs else "")


def event_payload(event: StoredEvent) -> dict[str, Any]:
    r = event.record
    return {
        "event_id": event.event_id,
        "event_type": r.event_type,
        "mode": r.mode,
        "date": r.date.isoformat() if r.date else None,
        "place": r.place,
        "admin1": r.admin1,
        "country": r.country,
        "latitude": r.latitude,
        "longitude": r.longitude,
        "cross_border": r.cross_border,
        "factuality": r.factuality,
        "figures": figures(r),
        "actors": [a.model_dump() for a in r.actors],
        "targets": [a.model_dump() for a in r.targets],
        "evidence": list(r.evidence),
        "sources": [
            {
                "url": m.url,
                "title": m.title,
                "published": m.published.isoformat() if m.published else None,
            }
            for m in event.mentions
        ],
    }


def _event_block(event: StoredEvent) -> list[str]:
    lines = [f"- {event_line(event.record)} [{event.event_id}]"]
    lines += [f'    "{sentence}"' for sentence in event.record.evidence]
    lines += [f"    {m.url}" for m in event.mentions if m.url]
    return lines


def event_alert(watch: WatchSpec, event: StoredEvent, kind: str, now: str) -> StoredAlert:
    label = "cross-border incident" if kind == "cross_border" else "new event"
    title = f"{watch.name}: {label}: {event_line(event.record)}"
    summary = "\n".join([f"{label}; area: {watch.area.describe()}", *_event_block(event)])
    return _alert(f"{watch.name}/{event.event_id}", kind, watch, now, title, summary, [event])


def surge_alert(
    watch: WatchSpec, week: dt.date, test: SurgeTest, events: list[StoredEvent], now: str
) -> StoredAlert:
    title = (
        f"{watch.name}: {test.count} events in the week of {week.isoformat()},"
        f" against {test.baseline:.1f} a week over the {test.history_weeks} weeks before"
        f" (Poisson p = {test.p_value:.2g})"
    )
    shown = events[:MAX_EVENTS_PER_ALERT]
    lines = [f"weekly count up; area: {watch.area.describe()}"]
    for event in shown:
        lines += _event_block(event)
    if len(events) > len(shown):
        lines.append(f"... and {len(events) - len(shown)} more")
    alert = _alert(
        f"{watch.name}/surge/{week.isoformat()}",
        "surge",
        watch,
        now,
        title,
        "\n".join(lines),
        shown,
    )
    alert.payload["surge"] = {
        "week": week.isoformat(),
        "count": test.count,
        "baseline": round(test.baseline, 3),
        "history_weeks": test.history_weeks,
        "p_value": test.p_value,
        "p_threshold": watch.surge.p,
        "min_count": watch.surge.min_count,
    }
    return alert


def _alert(
    alert_id: str,
    kind: str,
    watch: WatchSpec,
    now: str,
    title: str,
    summary: str,
    events: list[StoredEvent],
) -> StoredAlert:
    payload: dict[str, Any] = {
        "alert_id": alert_id,
        "kind": kind,
        "watch": watch.name,
        "area": watch.area.describe(),
        "created_at": now,
        "title": title,
        "summary": summary,
        "events": [event_payload(e) for e in events],
    }
    return StoredAlert(alert_id, kind, watch.name, now, title, summary, payload)

"""An editor's correction of an event survives the event being recomputed by fusion."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from hito.ingest import content_hash
from hito.models import Report
from hito.pipeline import process
from hito.store import Store

FIRST = (
    "Guatemalan soldiers clashed with gunmen on Monday in La Mesilla, Huehuetenango, "
    "leaving two attackers dead."
)
SECOND = (
    "Soldados guatemaltecos se enfrentaron el lunes con hombres armados en La Mesilla, "
    "Huehuetenango; murieron tres atacantes."
)


def _save(store: Store, text: str) -> list[str]:
    report = Report(text=text, content_hash=content_hash(text), published=dt.date(2025, 6, 18))
    annotated, records = process(report)
    return store.save_report(annotated, records, fuse=True)


def test_correction_survives_a_late_report_and_a_refusion(db_at: Callable[[str], str]) -> None:
    with Store(db_at("h.db")) as store:
        [event_id] = {store.resolve_event_id(i) for i in _save(store, FIRST)}
        with store.transaction() as conn:
            conn.execute(
                "INSERT INTO event_corrections (event_id, field, old_value, new_value, changed_by,"
                " changed_at, note) VALUES (?, 'place', '\"La Mesilla\"', ?, 'editor', ?, NULL)",
                (event_id, json.dumps("Aldea La Mesilla"), dt.datetime.now(dt.UTC).isoformat()),
            )
        _save(store, SECOND)
        event = store.get_event(store.resolve_event_id(event_id))
        assert event is not None and event.record.place == "Aldea La Mesilla"
        assert len(event.mentions) == 2
        store.refuse()
        event = store.get_event(store.resolve_event_id(event_id))
        assert event is not None and event.record.place == "Aldea La Mesilla"

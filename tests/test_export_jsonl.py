import datetime as dt
import io
import json

from hito.export import write_jsonl
from hito.models import Actor, DrugSeizure, EventRecord, Mention, StoredEvent

RECORD = EventRecord(
    event_type="COERCE",
    mode="seize",
    contexts=["illegal_drugs"],
    date=dt.date(2025, 3, 2),
    date_precision="day",
    place="Tecún Umán",
    country="GT",
    admin1="San Marcos",
    latitude=14.6775,
    longitude=-92.1383,
    geo_precision=1,
    actors=[Actor(name="Guatemalan police", sector="COP", country="GT")],
    arrested=3,
    drugs_seized=[DrugSeizure(substance="cocaína", amount=1.5, unit="t")],
    evidence=["La PNC decomisó 1.5 toneladas de cocaína en Tecún Umán."],
)
EVENT = StoredEvent(
    event_id="abc123def456-1",
    record=RECORD,
    mentions=[
        Mention(
            content_hash="ff" * 32,
            url="https://www.prensalibre.com/x",
            title="Decomiso",
            published=dt.date(2025, 3, 3),
        )
    ],
)


def test_round_trip_back_into_event_record() -> None:
    out = io.StringIO()
    assert write_jsonl([EVENT, EVENT.model_copy(update={"event_id": "b-2"})], out) == 2
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    data = json.loads(lines[0])
    assert EventRecord.model_validate(data) == RECORD
    assert data["event_id"] == "abc123def456-1"
    assert data["sources"] == [
        {
            "url": "https://www.prensalibre.com/x",
            "title": "Decomiso",
            "published": "2025-03-03",
            "content_hash": "ff" * 32,
        }
    ]
    assert set(data) == {"event_id", "sources", *RECORD.schema_dict()}
    assert "cocaína" in lines[0]  # UTF-8 text, not \\u escapes


def test_empty_export_writes_nothing() -> None:
    out = io.StringIO()
    assert write_jsonl([], out) == 0
    assert out.getvalue() == ""

import csv
import datetime as dt
import io

import pytest

from hito.export import ACLED_COLUMNS, CSV_COLUMNS, acled_row, classify, write_csv
from hito.models import Actor, EventRecord, Mention, StoredEvent

ACLED_ORDER = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
POLICE_MX = Actor(name="Mexican police", sector="COP", country="MX")
CRIMINALS = Actor(name="alleged criminals", sector="CRM")
CIVILIANS = Actor(name="civilians", sector="CVL", country="GT")


def _event(record: EventRecord, url: str | None = "https://www.prensalibre.com/a") -> StoredEvent:
    return StoredEvent(
        event_id="0123456789ab-1",
        record=record,
        mentions=[Mention(content_hash="aa" * 32, url=url)],
        updated_at=dt.datetime(2025, 8, 1, 12, 0, tzinfo=dt.UTC),
    )


def test_header_is_acled_then_hito() -> None:
    out = io.StringIO()
    write_csv([], out)
    header = next(csv.reader(io.StringIO(out.getvalue())))
    assert header[: len(ACLED_ORDER)] == ACLED_ORDER
    assert list(ACLED_COLUMNS) == ACLED_ORDER
    assert header[len(ACLED_ORDER) :] == [
        "hito_event_type",
        "hito_mode",
        "factuality",
        "cross_border",
        "killed",
        "injured",
        "arrested",
        "personnel",
        "weapons_seized",
        "displaced",
        "drugs_seized",
        "source_url",
        "evidence",
        "content_hash",
    ]
    assert header == list(CSV_COLUMNS)


def test_clash_row_values() -> None:
    record = EventRecord(
        event_type="ASSAULT",
        mode="firearms",
        date=dt.date(2025, 6, 1),
        date_precision="month",
        place="La Mesilla",
        country="GT",
        admin1="Huehuetenango",
        latitude=15.6167,
        longitude=-91.9833,
        geo_precision=1,
        actors=[POLICE_MX, CRIMINALS],
        cross_border=True,
        killed=None,
        injured=2,
        evidence=["Police crossed.", "Shots were fired."],
    )
    out = io.StringIO()
    assert write_csv([_event(record)], out) == 1
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")
    assert row["disorder_type"] == "Political violence"
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"]) == (
        "Mexican police",
        "1",
        "alleged criminals",
        "3",
    )
    assert row["interaction"] == "13"
    assert (row["iso"], row["country"], row["region"]) == ("320", "Guatemala", "Central America")
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2025-06-01", "2025", "3")
    assert row["location"] == "La Mesilla"
    assert row["source"] == "prensalibre.com"
    assert row["fatalities"] == "0"
    assert row["notes"] == "Police crossed. Shots were fired."
    assert row["evidence"] == "Police crossed. | Shots were fired."
    assert (row["cross_border"], row["killed"], row["injured"]) == ("true", "", "2")
    assert row["drugs_seized"] == "[]"
    assert row["timestamp"] == str(int(dt.datetime(2025, 8, 1, 12, tzinfo=dt.UTC).timestamp()))


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            EventRecord(
                event_type="ASSAULT", mode="firearms", actors=[CRIMINALS], targets=[CIVILIANS]
            ),
            ("Violence against civilians", "Attack"),
        ),
        (
            EventRecord(event_type="ASSAULT", mode="abduct", actors=[CRIMINALS]),
            ("Violence against civilians", "Abduction/forced disappearance"),
        ),
        (
            EventRecord(event_type="ASSAULT", mode="explosives"),
            ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ),
        (
            EventRecord(event_type="ASSAULT", actors=[CRIMINALS], targets=[POLICE_MX]),
            ("Battles", "Armed clash"),
        ),
        (
            EventRecord(event_type="ASSAULT", actors=[CIVILIANS], targets=[CRIMINALS]),
            ("Riots", "Mob violence"),
        ),
        (
            EventRecord(event_type="COERCE", mode="arrest", arrested=4),
            ("Strategic developments", "Arrests"),
        ),
        (
            EventRecord(event_type="COERCE", mode="seize", weapons_seized=2),
            ("Strategic developments", "Disrupted weapons use"),
        ),
        (EventRecord(event_type="COERCE", mode="seize"), ("Strategic developments", "Other")),
        (EventRecord(event_type="PROTEST", mode="demo"), ("Protests", "Peaceful protest")),
        (EventRecord(event_type="PROTEST", mode="riot"), ("Riots", "Violent demonstration")),
        (EventRecord(event_type="MOBILIZE", mode="troops"), ("Strategic developments", "Other")),
        (EventRecord(event_type="DISPLACE"), ("Strategic developments", "Other")),
    ],
)
def test_type_mapping(record: EventRecord, expected: tuple[str, str]) -> None:
    acled = classify(record)
    assert (acled.event_type, acled.sub_event_type) == expected


def test_one_side_of_state_forces_is_not_a_battle() -> None:
    soldiers = Actor(name="Guatemalan army", sector="MIL", country="GT")
    police = Actor(name="Guatemalan police", sector="COP", country="GT")
    row = acled_row(
        _event(
            EventRecord(
                event_type="COERCE", mode="seize", actors=[police, soldiers], country="MX", killed=1
            )
        )
    )
    assert (row["actor1"], row["assoc_actor_1"], row["actor2"]) == (
        "Guatemalan police",
        "Guatemalan army",
        "",
    )
    assert (row["inter1"], row["inter2"], row["interaction"]) == (1, "", 10)
    assert row["fatalities"] == 1
    assert (row["iso"], row["country"], row["location"]) == (484, "Mexico", "Mexico")


def test_civilian_targeting_and_unknowns() -> None:
    record = EventRecord(event_type="ASSAULT", targets=[CIVILIANS], geo_precision=4)
    row = acled_row(_event(record, url=None))
    assert row["civilian_targeting"] == "Civilian targeting"
    assert (row["actor1"], row["actor2"], row["inter2"]) == ("", "civilians", 7)
    assert (row["event_date"], row["year"], row["geo_precision"], row["source"]) == ("", "", 3, "")

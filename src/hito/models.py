"""The typed records that flow between hito's stages.

`EventRecord` is the contract of ../shared/spec/event-schema.md: what extraction produces,
what the store keeps, what every export writes. The other records are the intermediate
forms each stage hands to the next.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal[
    "ASSAULT",
    "COERCE",
    "MOBILIZE",
    "PROTEST",
    "THREATEN",
    "SANCTION",
    "ACCUSE",
    "REQUEST",
    "REJECT",
    "AID",
    "COOPERATE",
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "RETREAT",
    "DISPLACE",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]

DatePrecision = Literal["day", "week", "month", "year", "unknown"]
# Day before week before month before year: the more precise of two dates of one act wins.
PRECISION_RANK: dict[str, int] = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}
Factuality = Literal["asserted", "reported", "hedged", "historical", "hypothetical"]
FACTUALITIES: tuple[str, ...] = Factuality.__args__  # type: ignore[attr-defined]

# Quantity fields of a record, in the order the schema lists them.
QUANTITY_FIELDS: tuple[str, ...] = (
    "killed",
    "injured",
    "arrested",
    "personnel",
    "weapons_seized",
    "displaced",
)


# Sectors that bear arms (PLOVER actor sectors): police, military, paramilitaries, rebels,
# criminal groups, unidentified armed groups.
ARMED_SECTORS = frozenset({"COP", "MIL", "PRM", "REB", "CRM", "UAF"})


class Actor(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    sector: str = "UNK"
    country: str | None = None


class DrugSeizure(BaseModel):
    substance: str
    amount: float | None = None
    unit: str | None = None


class EventRecord(BaseModel):
    """One real-world incident, as one document (or, after fusion, many) supports it."""

    event_type: EventType
    mode: str | None = None
    contexts: list[str] = Field(default_factory=list)
    date: dt.date | None = None
    date_precision: DatePrecision = "unknown"
    place: str | None = None
    country: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 4
    actors: list[Actor] = Field(default_factory=list)
    targets: list[Actor] = Field(default_factory=list)
    cross_border: bool = False
    killed: int | None = None
    injured: int | None = None
    arrested: int | None = None
    personnel: int | None = None
    weapons_seized: int | None = None
    drugs_seized: list[DrugSeizure] = Field(default_factory=list)
    displaced: int | None = None
    factuality: Factuality = "asserted"
    evidence: list[str] = Field(default_factory=list)

    def schema_dict(self) -> dict[str, object]:
        """The record exactly as event-schema.md lays it out (JSON-ready)."""
        return self.model_dump(mode="json")


@dataclass
class Report:
    """One news report as ingested: text plus what its source says about it."""

    text: str
    content_hash: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    language: str | None = None
    source: str | None = None  # file path or feed URL it came from
    # Home region of the source (a local paper's state, "Chihuahua"): weak context for
    # towns that share a name across states.
    region: str | None = None


@dataclass
class IngestFailure:
    """A file or item that could not become a report, and why (one line)."""

    source: str
    reason: str


@dataclass
class NumberMention:
    value: float
    start: int
    end: int
    text: str


@dataclass
class DateMention:
    date: dt.date
    precision: DatePrecision
    start: int
    end: int
    text: str


@dataclass
class Sentence:
    index: int
    text: str
    start: int  # character offsets in the report text
    end: int
    stance: Literal["fact", "opinion"] = "fact"
    factuality: Factuality = "asserted"
    dates: list[DateMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)


@dataclass
class AnnotatedReport:
    report: Report
    language: str
    sentences: list[Sentence]


class Mention(BaseModel):
    """One report's support for a stored event: where it came from and its sentences."""

    content_hash: str
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: dt.date | None = None
    evidence: list[str] = Field(default_factory=list)


class StoredEvent(BaseModel):
    """An event as the store keeps it: a stable id, the record and the reports behind it."""

    event_id: str
    record: EventRecord
    mentions: list[Mention] = Field(default_factory=list)
    updated_at: dt.datetime | None = None

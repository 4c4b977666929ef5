"""IndiaPoliceEvents scorer on invented sentences, with the pipeline replaced by fixed records."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from hito.evaluation import indiapolice
from hito.models import Actor, EventRecord

POLICE = Actor(name="police", sector="COP")
MOB = Actor(name="civilians", sector="CVL")

SENTENCES = [
    ("police arrested four men near the market.", ["ARREST", "ANY_ACTION"]),
    ("two youths died when police opened fire.", ["KILL", "FORCE", "ANY_ACTION"]),
    ("a mob killed a shopkeeper.", []),
    ("nine people were taken into custody.", ["ARREST", "ANY_ACTION"]),
    ("the curfew was lifted on monday.", []),
]
RECORDS: dict[str, list[EventRecord]] = {
    SENTENCES[0][0]: [EventRecord(event_type="COERCE", mode="arrest", actors=[POLICE])],
    SENTENCES[1][0]: [
        EventRecord(event_type="ASSAULT", mode="firearms", actors=[POLICE], killed=2)
    ],
    SENTENCES[2][0]: [EventRecord(event_type="ASSAULT", mode="targeted", actors=[MOB], killed=1)],
    SENTENCES[3][0]: [],
    SENTENCES[4][0]: [EventRecord(event_type="ASSAULT", mode="firearms", arrested=3)],
}


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    rows = [
        {"doc_id": 7, "sent_id": i, "sent_labels": labels, "sent_text": text}
        for i, (text, labels) in enumerate(SENTENCES)
    ]
    (tmp_path / "sents.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    (tmp_path / "metadata.jsonl").write_text(
        json.dumps({"doc_id": 7, "date": "2002-03-02", "url": "x"}) + "\n", encoding="utf-8"
    )
    calls: list[Any] = []

    def fake(text: str, language: str, published: dt.date | None = None) -> Any:
        calls.append((language, published))
        return None, RECORDS[text]

    monkeypatch.setattr(indiapolice, "process_text", fake)
    return calls


def test_scores_by_hand(tmp_path: Path, data: list[Any]) -> None:
    n, scores = indiapolice.evaluate(tmp_path)
    assert n == 5
    assert set(data) == {("en", dt.date(2002, 3, 2))}
    # ARREST: sentence 0 right, 3 missed, 4 (a clash carrying arrests) spurious.
    assert scores["arrest"] == {
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
        "tp": 1,
        "fp": 1,
        "fn": 1,
    }
    # KILL: sentence 1 right; the mob's killing is no police killing.
    assert (scores["kill"]["tp"], scores["kill"]["fp"], scores["kill"]["fn"]) == (1, 0, 0)
    assert scores["kill_f1"] == 1.0
    assert scores["kill_any_actor"]["fp"] == 1
    assert scores["arrest_f1"] == 0.5

"""re3d scorer on an invented document; hito's spans replaced by fixed substrings."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from hito.evaluation import re3d
from hito.evaluation.metrics import Span, match_overlapping, merge_spans
from hito.models import AnnotatedReport

TEXT = "Rebels fired 12 rockets at the town on 3 May. Two soldiers were hurt."


def entity(value: str, kind: str) -> dict[str, object]:
    begin = TEXT.index(value)
    return {"documentId": "D1", "begin": begin, "end": begin + len(value), "type": kind,
            "value": value}  # fmt: skip


def spans_of(*values: str) -> Callable[[AnnotatedReport], list[Span]]:
    def find(annotated: AnnotatedReport) -> list[Span]:
        text = annotated.report.text
        return [m.span() for v in values for m in re.finditer(rf"\b{re.escape(v)}\b", text)]

    return find


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "Some Source"
    folder.mkdir()
    (folder / "documents.json").write_text(
        json.dumps({"_id": "D1", "title": "t", "text": TEXT}) + "\n", encoding="utf-8"
    )
    entities = [
        entity("12", "Quantity"),
        entity("12 rockets", "Weapon"),
        entity("rockets", "Weapon"),  # nested in the one above: one weapon
        entity("3 May", "Temporal"),
        entity("Two", "Quantity"),
    ]
    (folder / "entities.json").write_text(
        "".join(json.dumps(e) + "\n" for e in entities), encoding="utf-8"
    )
    monkeypatch.setattr(re3d, "quantity_spans", spans_of("12", "3", "Two"))
    monkeypatch.setattr(re3d, "weapon_spans", spans_of())
    return tmp_path


def test_scores_by_hand(data: Path) -> None:
    n, s = re3d.evaluate(data)
    assert n == 1
    # "12" and "Two" are quantities; the "3" of a date is not.
    assert (s["quantity"]["tp"], s["quantity"]["fp"], s["quantity"]["fn"]) == (2, 1, 0)
    assert s["quantity_f1"] == 0.8
    assert s["quantity_unmatched_by_gold_type"] == {"Temporal": 1}
    # No seized weapon found; the two nested gold spans are one weapon missed.
    assert (s["weapon"]["tp"], s["weapon"]["fp"], s["weapon"]["fn"]) == (0, 0, 1)
    assert s["weapon_f1"] == 0.0


def test_span_matching() -> None:
    assert merge_spans([(5, 9), (0, 3), (2, 4)]) == [(0, 4), (5, 9)]
    # One prediction cannot match two gold spans, nor two predictions one gold span.
    assert match_overlapping([(0, 10)], [(0, 2), (4, 6)]) == 1
    assert match_overlapping([(0, 2), (1, 3)], [(0, 3)]) == 1

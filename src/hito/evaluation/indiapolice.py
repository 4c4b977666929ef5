"""`hito eval indiapolice`: IndiaPoliceEvents, "did police arrest / kill someone?" per sentence.

Protocol (docs/quality.md): each labelled sentence goes through the pipeline as its own
report, dated by its article. The labels are sentence-level, so the sentence alone is what
hito is asked about; context from the rest of the article is not used (the annotators
seldom needed it).
- ARREST: hito extracts a record with mode `arrest` or with `arrested` > 0 (a clash with
  arrests is one ASSAULT carrying them). No actor is required: the arrests in this corpus
  are police arrests and a passive "were arrested" names nobody.
- KILL: hito extracts an ASSAULT with `killed` > 0 whose actors (not targets) include a
  police force (sector COP), because the question is whether police killed. hito has no
  mode that means killing (`targeted` covers any attack), so the figure is the signal.
  `kill_any_actor` drops the police condition, to tell attribution errors from misses.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hito.evaluation.metrics import PRF, process_text
from hito.models import EventRecord


def is_arrest(records: list[EventRecord]) -> bool:
    return any(r.mode == "arrest" or (r.arrested or 0) > 0 for r in records)


def is_killing(records: list[EventRecord], police_only: bool = True) -> bool:
    return any(
        r.event_type == "ASSAULT"
        and (r.killed or 0) > 0
        and (not police_only or any(a.sector == "COP" for a in r.actors))
        for r in records
    )


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
    for f in files:
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def read_sentences(path: Path) -> list[tuple[dict[str, Any], dt.date | None]]:
    """Labelled sentences ({doc_id, sent_id, sent_labels, sent_text}) with their article date
    from the metadata rows ({doc_id, date}) found under the same path."""
    dates: dict[Any, dt.date] = {}
    sentences: list[dict[str, Any]] = []
    for row in _rows(path):
        if "sent_text" in row and "sent_labels" in row:
            sentences.append(row)
        elif "date" in row and "doc_id" in row and row["date"]:
            dates[row["doc_id"]] = dt.date.fromisoformat(str(row["date"])[:10])
    return [(s, dates.get(s.get("doc_id"))) for s in sentences]


def evaluate(path: Path, errors: list[dict[str, Any]] | None = None) -> tuple[int, dict[str, Any]]:
    arrest, kill, kill_any = PRF(), PRF(), PRF()
    sentences = read_sentences(path)
    for row, published in sentences:
        labels = set(row["sent_labels"])
        _, records = process_text(row["sent_text"], "en", published)
        verdicts = {
            "ARREST": (is_arrest(records), arrest),
            "KILL": (is_killing(records), kill),
        }
        for label, (predicted, tally) in verdicts.items():
            tally.add(predicted, label in labels)
            if errors is not None and predicted != (label in labels):
                errors.append(
                    {
                        "id": f"{row.get('doc_id')}:{row.get('sent_id')}",
                        "label": label,
                        "kind": "spurious" if predicted else "missed",
                        "records": [r.schema_dict() for r in records],
                    }
                )
        kill_any.add(is_killing(records, police_only=False), "KILL" in labels)
    return len(sentences), {
        "arrest_f1": arrest.f1,
        "kill_f1": kill.f1,
        "arrest": arrest.as_dict(),
        "kill": kill.as_dict(),
        "kill_any_actor": kill_any.as_dict(),
    }

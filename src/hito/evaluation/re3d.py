"""`hito eval re3d`: quantities and seized weapons against the re3d entity spans (English).

Protocol (docs/quality.md): every document of every source folder (documents.json with
its entities.json, mongoexport JSON lines) is annotated by hito as one report.
- quantities: hito's number mentions (`Sentence.numbers`: cardinals in digits or words,
  explicit nones, not dates) against gold Quantity spans;
- weapons: the spans hito turns into seized weapons, i.e. each number the figure rules
  read as `weapons_seized`, with the three words after it (where the weapon noun sits,
  "two assault rifles"), against gold Weapon spans.
A prediction matches a gold span it overlaps, one-to-one; overlapping gold spans of one
type (the corpus nests "a rifle" and "rifle") count as one.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hito.evaluation.metrics import PRF, Span, match_overlapping, merge_spans, overlaps
from hito.extract.quantities import sentence_figures
from hito.ingest import content_hash
from hito.models import AnnotatedReport, Report
from hito.nlp import annotate

_NOUN_WINDOW = re.compile(r"^(?:\W*[\w'’-]+){1,3}")


@dataclass
class Document:
    id: str
    text: str
    spans: dict[str, list[Span]]


def _json_lines(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8-sig") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def read_documents(path: Path) -> Iterator[Document]:
    folders = sorted({p.parent for p in path.rglob("documents.json")}) if path.is_dir() else []
    for folder in folders:
        entities = folder / "entities.json"
        if not entities.exists():
            continue
        spans: dict[str, dict[str, list[Span]]] = {}
        for e in _json_lines(entities):
            spans.setdefault(e["documentId"], {}).setdefault(e["type"], []).append(
                (int(e["begin"]), int(e["end"]))
            )
        for d in _json_lines(folder / "documents.json"):
            found = spans.get(d["_id"], {})
            yield Document(
                id=d["_id"], text=d["text"], spans={k: merge_spans(v) for k, v in found.items()}
            )


def quantity_spans(annotated: AnnotatedReport) -> list[Span]:
    return [(n.start, n.end) for s in annotated.sentences for n in s.numbers]


def weapon_spans(annotated: AnnotatedReport) -> list[Span]:
    out: list[Span] = []
    text = annotated.report.text
    for s in annotated.sentences:
        starts = {n.start - s.start: n for n in s.numbers}
        for fig in sentence_figures(s, annotated.language):
            number = starts.get(fig.start)
            if fig.field != "weapons_seized" or number is None:
                continue
            window = _NOUN_WINDOW.match(text[number.end : s.end])
            out.append((number.start, number.end + (window.end() if window else 0)))
    return out


def _unmatched_in(predicted: list[Span], doc: Document, kind: str) -> Counter[str]:
    """Which other gold type each unmatched prediction falls in ("Money", "Temporal"...)."""
    out: Counter[str] = Counter()
    for p in predicted:
        if any(overlaps(p, g) for g in doc.spans.get(kind, [])):
            continue
        inside = [t for t, spans in doc.spans.items() if any(overlaps(p, g) for g in spans)]
        out[min(inside) if inside else "none"] += 1
    return out


def evaluate(path: Path, errors: list[dict[str, Any]] | None = None) -> tuple[int, dict[str, Any]]:
    quantity, weapon = PRF(), PRF()
    quantity_fp: Counter[str] = Counter()
    n = 0
    for doc in read_documents(path):
        n += 1
        report = Report(text=doc.text, content_hash=content_hash(doc.text), language="en")
        annotated = annotate(report, "en")
        numbers = quantity_spans(annotated)
        quantity_fp.update(_unmatched_in(numbers, doc, "Quantity"))
        for tally, kind, predicted in (
            (quantity, "Quantity", numbers),
            (weapon, "Weapon", weapon_spans(annotated)),
        ):
            gold = doc.spans.get(kind, [])
            matched = match_overlapping(predicted, gold)
            tally.add_counts(matched, len(predicted), len(gold))
            if errors is not None and matched < max(len(predicted), len(gold)):
                errors.append(
                    {
                        "id": doc.id,
                        "kind": kind,
                        "gold": [doc.text[a:b] for a, b in gold],
                        "predicted": [doc.text[a:b] for a, b in predicted],
                    }
                )
    return n, {
        "quantity_f1": quantity.f1,
        "weapon_f1": weapon.f1,
        "quantity": quantity.as_dict(),
        "weapon": weapon.as_dict(),
        # Numbers hito reads that gold files under another type (or under none): the
        # corpus keeps money, dates and ages apart from quantities.
        "quantity_unmatched_by_gold_type": dict(quantity_fp.most_common()),
    }

"""JSON and JSON Lines files of report objects: {text, title, url, published, language}."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from hito.ingest.build import make_report, parse_iso_date
from hito.ingest.errors import IngestError
from hito.models import IngestFailure, Report

_OPTIONAL_STRINGS = ("title", "url", "published", "language")


def _type_name(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def report_from_object(obj: Any, source: str) -> Report:
    """One report object to a Report; unknown fields are ignored, wrong types are refused."""
    if not isinstance(obj, dict):
        raise IngestError(f"expected a JSON object, got {_type_name(obj)}")
    if "text" not in obj:
        raise IngestError("missing field 'text'")
    text = obj.get("text")
    if not isinstance(text, str):
        raise IngestError(f"field 'text' must be a string, got {_type_name(text)}")
    for name in _OPTIONAL_STRINGS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            raise IngestError(f"field {name!r} must be a string, got {_type_name(value)}")
    if not text.strip():
        raise IngestError("field 'text' is empty")
    published = obj.get("published")
    return make_report(
        text,
        source=source,
        title=obj.get("title"),
        url=obj.get("url"),
        published=parse_iso_date(published) if published else None,
        language=obj.get("language"),
    )


def read_jsonl(text: str, source: str) -> Iterator[Report | IngestFailure]:
    # split("\n"), not splitlines(): U+2028 is legal unescaped inside a JSON string.
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestFailure(where, f"invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        try:
            yield report_from_object(obj, where)
        except IngestError as exc:
            yield IngestFailure(where, str(exc))


def read_json(text: str, source: str) -> Iterator[Report | IngestFailure]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(f"invalid JSON: {exc.msg} (line {exc.lineno})") from exc
    if isinstance(data, dict):
        yield report_from_object(data, source)
        return
    if not isinstance(data, list):
        raise IngestError(f"expected a JSON object or list, got {_type_name(data)}")
    if not data:
        raise IngestError("empty JSON list")
    for index, item in enumerate(data):
        where = f"{source}[{index}]"
        try:
            yield report_from_object(item, where)
        except IngestError as exc:
            yield IngestFailure(where, str(exc))

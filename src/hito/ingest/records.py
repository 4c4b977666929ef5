"""JSON and JSON Lines files of report objects: {text, title, url, published, language,
region} (region: the home state or town of the source, weak context for places)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from hito.ingest.build import make_report, parse_iso_date
from hito.ingest.errors import IngestError
from hito.models import IngestFailure, Report

_OPTIONAL_STRINGS = ("title", "url", "published", "language", "region")


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
        region=obj.get("region"),
    )


def load_json(text: str, where: str = "line") -> Any:
    """json.loads with every way it can fail as an IngestError: syntax, nesting deeper than
    the interpreter's recursion limit, integers longer than Python converts."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"column {exc.colno}" if where == "column" else f"line {exc.lineno}"
        raise IngestError(f"invalid JSON: {exc.msg} ({at})") from exc
    except RecursionError as exc:
        raise IngestError("invalid JSON: nested too deeply") from exc
    except ValueError as exc:  # "Exceeds the limit (4300 digits) for integer string conversion"
        raise IngestError(f"invalid JSON: {exc}") from exc


def _item_report(obj: Any, where: str) -> Report | IngestFailure:
    """One item as a Report, or its failure: a bad item never ends the file."""
    try:
        return report_from_object(obj, where)
    except IngestError as exc:
        return IngestFailure(where, str(exc))
    except Exception as exc:
        return IngestFailure(where, f"unexpected error: {type(exc).__name__}: {exc}")


def read_jsonl(text: str, source: str) -> Iterator[Report | IngestFailure]:
    # split("\n"), not splitlines(): U+2028 is legal unescaped inside a JSON string.
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = load_json(line, where="column")
        except IngestError as exc:
            yield IngestFailure(where, str(exc))
            continue
        yield _item_report(obj, where)


def read_json(text: str, source: str) -> Iterator[Report | IngestFailure]:
    data = load_json(text)
    if isinstance(data, dict):
        yield report_from_object(data, source)
        return
    if not isinstance(data, list):
        raise IngestError(f"expected a JSON object or list, got {_type_name(data)}")
    if not data:
        raise IngestError("empty JSON list")
    for index, item in enumerate(data):
        yield _item_report(item, f"{source}[{index}]")

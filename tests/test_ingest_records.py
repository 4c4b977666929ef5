import datetime as dt
import json
from pathlib import Path

from hito.ingest import read_paths
from hito.models import IngestFailure, Report


def _write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_reports_and_bad_lines(tmp_path: Path) -> None:
    path = _write_lines(
        tmp_path / "batch.jsonl",
        [
            json.dumps(
                {
                    "text": "Gunmen killed two men in Frontera Comalapa.",
                    "title": "Two killed",
                    "url": "https://example.org/a",
                    "published": "2025-03-02",
                    "language": "en",
                    "id": "ignored",
                }
            ),
            "{not json",
            "",
            json.dumps({"text": 42}),
            json.dumps(["a", "list"]),
            json.dumps(
                {
                    "text": "Militares incautaron armas.",
                    "published": "2025-03-04T22:10:00-06:00",
                    "language": "es-MX",
                }
            ),
            json.dumps({"text": "Sin fecha válida.", "published": "last week"}),
            json.dumps({"title": "no text"}),
        ],
    )
    items = list(read_paths([path]))
    first = items[0]
    assert isinstance(first, Report)
    assert first.source == f"{path}:1"
    assert (first.title, first.url, first.language) == ("Two killed", "https://example.org/a", "en")
    assert first.published == dt.date(2025, 3, 2)
    failures = {i.source.rsplit(":", 1)[1]: i.reason for i in items if isinstance(i, IngestFailure)}
    assert failures["2"].startswith("invalid JSON")
    assert failures["4"] == "field 'text' must be a string, got int"
    assert failures["5"] == "expected a JSON object, got list"
    assert failures["7"] == "published is not an ISO date: 'last week'"
    assert failures["8"] == "missing field 'text'"
    later = [i for i in items if isinstance(i, Report)][1]
    assert later.source == f"{path}:6"
    assert later.published == dt.date(2025, 3, 4)  # the publisher's own day, not UTC
    assert later.language == "es"


def test_json_object_and_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": "Soldiers arrived in La Mesilla."}), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "Primera nota."}, {"text": ""}, 3]), encoding="utf-8")
    items = list(read_paths([one, many]))
    assert isinstance(items[0], Report) and items[0].source == str(one)
    assert isinstance(items[1], Report) and items[1].source == f"{many}[0]"
    assert items[2] == IngestFailure(f"{many}[1]", "field 'text' is empty")
    assert items[3] == IngestFailure(f"{many}[2]", "expected a JSON object, got int")


def test_json_wrong_top_level_and_broken(tmp_path: Path) -> None:
    (tmp_path / "num.json").write_text("12", encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"text": ', encoding="utf-8")
    (tmp_path / "empty.json").write_text("[]", encoding="utf-8")
    reasons = [i.reason for i in read_paths([tmp_path]) if isinstance(i, IngestFailure)]
    assert reasons[0].startswith("invalid JSON")
    assert reasons[1] == "empty JSON list"
    assert reasons[2] == "expected a JSON object or list, got int"


def test_record_carries_its_source_region(tmp_path: Path) -> None:
    path = _write_lines(
        tmp_path / "local.jsonl",
        [
            json.dumps(
                {
                    "text": "Detienen a dos hombres en Juárez.",
                    "language": "es",
                    "region": "Nuevo León",
                }
            ),
            json.dumps({"text": "Two men were arrested in Juárez.", "region": 7}),
        ],
    )
    items = list(read_paths([path]))
    assert isinstance(items[0], Report) and items[0].region == "Nuevo León"
    assert isinstance(items[1], IngestFailure) and "region" in items[1].reason

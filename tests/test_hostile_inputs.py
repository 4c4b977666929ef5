"""Hostile input files, generated here: every one gives a report or a clear one-line failure
naming it, none stops the batch, and `hito retry` re-reads the failed ones once fixed."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from hito.cli import main
from hito.ingest import read_paths
from hito.ingest.limits import MAX_REASON_CHARS, MAX_REPORT_CHARS, path_name
from hito.models import IngestFailure, Report

GOOD_EN = "Mexican soldiers arrested three armed men in Tapachula, Chiapas, on Monday, police said."
GOOD_ES = "Soldados del Ejército detuvieron a tres hombres armados en Tapachula, Chiapas, el lunes."
MB = 1024 * 1024


@dataclass
class Case:
    """One hostile input: its file name (relative to the corpus), and what must come of it:
    "report" (at least one report), "failure" (only failures) or "either"."""

    name: str
    expect: str
    reason: str = ""  # a failure reason must contain this


def _jsonl(*objects: object) -> str:
    return "\n".join(o if isinstance(o, str) else json.dumps(o) for o in objects) + "\n"


def _repeat(text: str, size: int) -> str:
    return (text * (size // len(text) + 1))[:size]


def _nested_html(depth: int) -> str:
    return (
        "<html><body>" + "<div>" * depth + f"<p>{GOOD_EN}</p>" + "</div>" * depth + "</body></html>"
    )


PLACES = ["Tapachula", "La Mesilla", "Huehuetenango", "Ciudad Hidalgo", "Frontera Comalapa"]

# name -> (file content, expectation). Content is bytes or text (written as UTF-8).
CORPUS: dict[str, tuple[Callable[[], bytes | str], Case]] = {
    "binary.bin": (
        lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40,
        Case("binary.bin", "failure", "binary file, not text"),
    ),
    "zero-bytes.txt": (lambda: b"", Case("zero-bytes.txt", "failure", "empty file")),
    "only-whitespace.md": (
        lambda: " \n\t\u00a0\u2028\n",
        Case("only-whitespace.md", "failure", "empty"),
    ),
    "fifty-megabyte-line.txt": (
        lambda: _repeat("The market in the square was calm on a sunny day. ", 50 * MB),
        Case("fifty-megabyte-line.txt", "either", "cut to its first"),
    ),
    "over-fifty-megabytes.txt": (
        lambda: b"x" * (50 * MB + 1),
        Case("over-fifty-megabytes.txt", "failure", "file too large"),
    ),
    "invalid-utf8.txt": (
        lambda: GOOD_EN.encode() + b" \x81\x8d\xff\xfe broken bytes \xc3\x28.",
        Case("invalid-utf8.txt", "report"),
    ),
    "latin1.txt": (
        lambda: ("Enfrentamiento en Petén\n\n" + GOOD_ES).encode("latin-1"),
        Case("latin1.txt", "report"),
    ),
    "utf16.txt": (lambda: GOOD_EN.encode("utf-16"), Case("utf16.txt", "report")),
    "script-and-style.html": (
        lambda: (
            "<html><head><style>body{color:red}</style></head><body>"
            + "<script>var x = '"
            + "a" * 5000
            + "';</script><style>p{}</style></body></html>"
        ),
        Case("script-and-style.html", "failure", "no main text found in HTML"),
    ),
    "nested-100000.html": (lambda: _nested_html(100_000), Case("nested-100000.html", "report")),
    "malformed.rss": (
        lambda: (
            "<?xml version='1.0'?><rss version='2.0'><channel><title>Border</title>"
            f"<item><title>Arrests</title><description>{GOOD_EN}</description></item>"
            "<item><title>Broken</title><description><![CDATA[ unterminated & <b>"
        ),
        Case("malformed.rss", "either", "feed"),
    ),
    "not-a-feed.xml": (
        lambda: "<?xml version='1.0'?><note><to>nobody</to></note>",
        Case("not-a-feed.xml", "failure", "not a valid feed"),
    ),
    "feed-bad-entry.atom": (
        lambda: (
            "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>t</title><entry><title>ok</title><content>{GOOD_EN}</content>"
            "<updated>0000-00-00T99:99:99Z</updated></entry>"
            "<entry><title></title><content></content></entry></feed>"
        ),
        Case("feed-bad-entry.atom", "either", "feed entry has no text"),
    ),
    "wrong-types.jsonl": (
        lambda: _jsonl(
            {"text": 5},
            {"text": ["a list"]},
            {"text": GOOD_EN, "published": 20250101},
            {"text": GOOD_EN, "title": {"an": "object"}},
            [1, 2, 3],
            '"just a string"',
            "null",
            '{"text": 1e309}',
            '{"text": NaN}',
            '{"text": "' + GOOD_EN + '", "published": "2025-07-31", "language": "es-MX"}',
            "{not json",
            '{"text": ' + "1" * 5000 + "}",
            "[" * 100_000 + "]" * 100_000,
            '{"text": "\\ud800 lone surrogate: ' + GOOD_ES + '", "url": "https://x.org/\\udfff"}',
        ),
        Case("wrong-types.jsonl", "either", "must be a string"),
    ),
    "dates.jsonl": (
        lambda: _jsonl(
            {"text": GOOD_EN, "published": "2999-01-01"},
            {"text": GOOD_EN, "published": "0000-01-01"},
            {"text": GOOD_EN, "published": "0001-01-01"},
            {"text": GOOD_EN, "published": "last week"},
            {"text": GOOD_EN, "published": "[/bold] rich markup"},
            {"text": GOOD_EN.replace("on Monday", "on 0000-01-01 and 31/12/9999")},
            {"text": GOOD_EN.replace("on Monday", "in the year 12025"), "published": "2025-07-31"},
        ),
        Case("dates.jsonl", "either", "published"),
    ),
    "numbers.txt": (
        lambda: (
            GOOD_EN.replace("three", "1e309")
            + f" They seized {'9' * 400} rifles, NaN pistols and Infinity kilos of cocaine."
            + " Soldiers killed 1"
            + ",000" * 120
            + " gunmen."
        ),
        Case("numbers.txt", "report"),
    ),
    "emoji.txt": (lambda: "🚨🔥 " + GOOD_EN + " 👮\u200d♂️🇲🇽🇬🇹", Case("emoji.txt", "report")),
    "right-to-left.txt": (
        lambda: "\u202e" + GOOD_EN + "\u202c " + "الشرطة اعتقلت ثلاثة رجال " * 3 + "שוטרים",
        Case("right-to-left.txt", "either", "language"),
    ),
    "ten-thousand-places.txt": (
        lambda: "Police arrested 3 men on Monday in " + ", ".join(PLACES * 2000) + ".",
        Case("ten-thousand-places.txt", "either", "limit"),
    ),
    "huge-json-line.jsonl": (
        lambda: (
            json.dumps({"text": "Calm day at the market. " * (30 * MB // 24), "title": "x" * MB})
            + "\n"
        ),
        Case("huge-json-line.jsonl", "either", "cut to its first"),
    ),
    "[bold]markup[] name.txt": (
        lambda: b"\x00\x01binary" * 40,
        Case("[bold]markup[] name.txt", "failure", "binary file, not text"),
    ),
    "control\x1bchar\u2028name.txt": (
        lambda: GOOD_EN,
        Case("control\x1bchar\u2028name.txt", "report"),
    ),
    "good.txt": (lambda: GOOD_EN, Case("good.txt", "report")),
}


def write_corpus(folder: Path) -> list[Case]:
    """Write the hostile corpus into `folder`; returns what each file must give."""
    folder.mkdir(parents=True, exist_ok=True)
    cases = []
    for name, (content, case) in CORPUS.items():
        data = content()
        (folder / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        cases.append(case)
    # A name that is not UTF-8, and a symbolic link back to the folder itself.
    raw = os.fsencode(folder) + b"/not-utf8-\xff\xfe.txt"
    try:
        with open(raw, "wb") as fh:
            fh.write(GOOD_ES.encode())
        cases.append(Case("not-utf8-\\xff\\xfe.txt", "report"))
    except OSError:  # a file system that only takes UTF-8 names
        pass
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    return cases


def _belongs(source: str, folder: Path, name: str) -> bool:
    # A file's own failures, or those of its lines (file:3), entries (#2), items ([0]).
    path = path_name(folder / name)
    return source == path or (source.startswith(path) and source[len(path)] in ":#[")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[Case]]]:
    folder = tmp_path_factory.mktemp("hostile") / "inbox"
    yield folder, write_corpus(folder)
    shutil.rmtree(folder)  # 130 MB: not worth keeping among pytest's last three runs


@pytest.fixture(scope="module")
def read_items(corpus: tuple[Path, list[Case]]) -> list[Report | IngestFailure]:
    folder, _ = corpus
    return list(read_paths([folder]))


def test_every_hostile_file_gives_a_report_or_a_one_line_reason(
    corpus: tuple[Path, list[Case]], read_items: list[Report | IngestFailure]
) -> None:
    folder, cases = corpus
    for case in cases:
        mine = [i for i in read_items if i.source and _belongs(i.source, folder, case.name)]
        assert mine, f"{case.name}: nothing came back"
        reports = [i for i in mine if isinstance(i, Report)]
        failures = [i for i in mine if isinstance(i, IngestFailure)]
        if case.expect == "report":
            assert reports, f"{case.name}: {failures}"
        if case.expect == "failure":
            assert not reports and failures, case.name
        if case.reason and case.expect == "failure":
            assert any(case.reason in f.reason for f in failures), (case.name, failures)


def test_failures_are_storable_single_lines(read_items: list[Report | IngestFailure]) -> None:
    for item in read_items:
        if isinstance(item, IngestFailure):
            assert item.reason and len(item.reason) <= MAX_REASON_CHARS
            for text in (item.source, item.reason):
                assert text.isprintable(), repr(text)
                text.encode("utf-8")  # no lone surrogates: SQLite and stdout take it
        else:
            assert item.text and len(item.text) <= MAX_REPORT_CHARS
            for text in (item.text, item.source, item.title or "", item.url or ""):
                text.encode("utf-8")


def test_the_symlink_loop_is_read_once(read_items: list[Report | IngestFailure]) -> None:
    assert not [i for i in read_items if i.source and "/loop/" in i.source]


def test_json_lines_fail_one_by_one_with_their_reason(
    corpus: tuple[Path, list[Case]], read_items: list[Report | IngestFailure]
) -> None:
    folder, _ = corpus
    base = str(folder / "wrong-types.jsonl")
    got = {
        int(i.source.rsplit(":", 1)[1]): i.reason if isinstance(i, IngestFailure) else "report"
        for i in read_items
        if i.source and i.source.startswith(base + ":")
    }
    assert got == {
        1: "field 'text' must be a string, got int",
        2: "field 'text' must be a string, got list",
        3: "field 'published' must be a string, got int",
        4: "field 'title' must be a string, got dict",
        5: "expected a JSON object, got list",
        6: "expected a JSON object, got str",
        7: "expected a JSON object, got null",
        8: "field 'text' must be a string, got float",
        9: "field 'text' must be a string, got float",
        10: "report",
        11: "invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        12: got[12],  # the interpreter's own words about a 5000-digit integer
        13: "invalid JSON: nested too deeply",
        14: "report",
    }
    assert got[12].startswith("invalid JSON: Exceeds the limit")
    dates = {
        int(i.source.rsplit(":", 1)[1]): i.reason if isinstance(i, IngestFailure) else "report"
        for i in read_items
        if i.source and i.source.startswith(str(folder / "dates.jsonl") + ":")
    }
    assert dates == {
        1: "published date is in the future: '2999-01-01'",
        2: "published is not an ISO date: '0000-01-01'",
        3: "published date is before 1900: '0001-01-01'",
        4: "published is not an ISO date: 'last week'",
        5: "published is not an ISO date: '[/bold] rich markup'",
        6: "report",
        7: "report",
    }


def test_lone_surrogates_and_controls_never_reach_the_store(
    corpus: tuple[Path, list[Case]], read_items: list[Report | IngestFailure]
) -> None:
    folder, _ = corpus
    line14 = next(i for i in read_items if i.source == f"{folder / 'wrong-types.jsonl'}:14")
    assert isinstance(line14, Report)
    assert line14.text.startswith("lone surrogate:") and line14.url == "https://x.org/"
    named = [i for i in read_items if i.source and "control" in i.source]
    assert named and all(i.source.isprintable() for i in named if i.source)


def test_giant_inputs_are_cut_and_the_cut_is_recorded(
    corpus: tuple[Path, list[Case]], read_items: list[Report | IngestFailure]
) -> None:
    folder, _ = corpus
    for name in ("fifty-megabyte-line.txt", "huge-json-line.jsonl"):
        mine = [i for i in read_items if i.source and _belongs(i.source, folder, name)]
        report = next(i for i in mine if isinstance(i, Report))
        assert MAX_REPORT_CHARS // 2 < len(report.text) <= MAX_REPORT_CHARS
        notice = next(i for i in mine if isinstance(i, IngestFailure))
        assert notice.source == report.source and "cut to its first" in notice.reason
    title = next(
        i.title
        for i in read_items
        if isinstance(i, Report) and i.source and "huge-json-line" in i.source
    )
    assert title is not None and len(title) <= 1000


def test_a_fifo_and_a_missing_file_fail_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    items = list(read_paths([fifo, tmp_path / "nope.txt", tmp_path]))
    assert time.monotonic() - started < 5
    assert [(type(i).__name__, i.reason) for i in items if isinstance(i, IngestFailure)] == [
        ("IngestFailure", "not a regular file"),
        ("IngestFailure", "no such file or folder"),
    ]


# -- the command line: the batch goes on, failures are listed, retry clears fixed ones ---------


def _cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


def _failed(db: Path) -> list[dict[str, object]]:
    code, out = _cli("failed", "--db", str(db), "--format", "jsonl")
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def _stored(db: Path, column: str = "source") -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute(f"SELECT {column} FROM reports")}


def test_cli_ingest_survives_the_corpus_and_retry_clears_what_was_fixed(
    corpus: tuple[Path, list[Case]], read_items: list[Report | IngestFailure], tmp_path: Path
) -> None:
    folder, cases = corpus
    db = tmp_path / "hostile.db"
    code, out = _cli("ingest", "--db", str(db), "--time-limit", "5", str(folder))
    assert code == 0, out
    assert out.strip().splitlines()[-1].endswith("failed")  # the summary line came
    failed = _failed(db)
    stored = _stored(db, "content_hash")
    lines = out.splitlines()
    for case in cases:
        # Stored, under this name or, for a text another file has too, under the other one.
        ok = any(
            isinstance(i, Report) and _belongs(i.source or "", folder, case.name)
            for i in read_items
            if isinstance(i, Report) and i.content_hash in stored
        )
        bad = [f for f in failed if _belongs(str(f["source"]), folder, case.name)]
        assert ok or bad, f"{case.name}: neither stored nor listed as failed"
        if case.expect == "report":
            assert ok, (case.name, bad)
        if case.expect == "failure":
            assert not ok and bad, case.name
        for f in bad:  # the one-line error was printed, naming the file and the reason
            assert f"error {f['source']}: {f['reason']}" in lines or (
                f"partly read {f['source']}: {f['reason']}" in lines
            ), f
    # The good report was processed with its event, whatever came before it.
    code, events = _cli("events", "--db", str(db), "--format", "jsonl")
    assert code == 0 and any("Tapachula" in line for line in events.splitlines())

    # Fix two inputs, remove one, then retry.
    (folder / "binary.bin").write_text(GOOD_ES.replace("lunes", "martes"), encoding="utf-8")
    (folder / "zero-bytes.txt").unlink()
    lines = (folder / "wrong-types.jsonl").read_text(encoding="utf-8").split("\n")
    lines[0] = json.dumps({"text": GOOD_EN.replace("three", "four")})
    (folder / "wrong-types.jsonl").write_text("\n".join(lines), encoding="utf-8")
    before = {(f["source"], f["reason"]) for f in _failed(db)}

    code, out = _cli("retry", "--db", str(db), "--time-limit", "5")
    assert code == 0, out
    after = {(f["source"], f["reason"]) for f in _failed(db)}
    binary = (str(folder / "binary.bin"), "binary file, not text")
    line1 = (f"{folder / 'wrong-types.jsonl'}:1", "field 'text' must be a string, got int")
    zero = (str(folder / "zero-bytes.txt"), "empty file")
    assert binary in before and binary not in after
    assert line1 in before and line1 not in after
    assert zero in before and zero in after  # gone from disk: kept, and said so
    assert "missing" in out and "zero-bytes.txt" in out
    assert after < before  # nothing new, and the unfixed rest is still listed
    assert str(folder / "binary.bin") in _stored(db)

    # Retrying again changes nothing.
    code, _ = _cli("retry", "--db", str(db), "--time-limit", "5")
    assert code == 0
    assert {(f["source"], f["reason"]) for f in _failed(db)} == after


# -- the time limit ------------------------------------------------------------------------


def test_time_limit_interrupts_only_where_the_item_can_fail() -> None:
    from hito.ingest.limits import ReportTimeLimit, time_limit

    def interruptible() -> None:
        time.sleep(10)

    started = time.monotonic()
    with time_limit(0.2, [interruptible]):
        time.sleep(0.4)  # the clock runs out here, outside: nothing is raised
        with pytest.raises(ReportTimeLimit, match=r"took longer than 0\.2 s"):
            interruptible()  # ... and inside, half a second later
    assert time.monotonic() - started < 3


def test_a_report_over_the_time_limit_fails_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hito.pipeline

    real = hito.pipeline.process

    def stalls_on_one(report: Report, language: str | None = None) -> object:
        if "stall" in report.text:
            time.sleep(30)
        return real(report, language)

    monkeypatch.setattr(hito.pipeline, "process", stalls_on_one)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a-stall.txt").write_text("This report will stall. " + GOOD_EN, encoding="utf-8")
    (inbox / "b-good.txt").write_text(GOOD_EN, encoding="utf-8")
    db = tmp_path / "h.db"
    started = time.monotonic()
    code, out = _cli("ingest", "--db", str(db), "--time-limit", "0.5", str(inbox))
    assert code == 0 and time.monotonic() - started < 10
    reason = "processing failed: ReportTimeLimit: took longer than 0.5 s"
    assert any(
        line.startswith(f"error {inbox / 'a-stall.txt'}: {reason}") for line in out.splitlines()
    )
    assert _stored(db) == {str(inbox / "b-good.txt")}


def test_ten_thousand_place_names_finish_or_hit_the_time_limit(tmp_path: Path) -> None:
    report = tmp_path / "places.txt"
    report.write_text(CORPUS["ten-thousand-places.txt"][0](), encoding="utf-8")
    db = tmp_path / "h.db"
    started = time.monotonic()
    code, _ = _cli("ingest", "--db", str(db), "--language", "en", "--time-limit", "2", str(report))
    assert code == 0 and time.monotonic() - started < 2 + 10
    reasons = [str(f["reason"]) for f in _failed(db) if "cut to its first" not in str(f["reason"])]
    assert _stored(db) == {str(report)} or reasons == [
        "processing failed: ReportTimeLimit: took longer than 2 s (the time limit per report, "
        "--time-limit)"
    ]


# -- retry in detail -------------------------------------------------------------------------


def test_origin_of_maps_items_back_to_their_input(tmp_path: Path) -> None:
    from hito.ingest.origins import origin_of

    wire = tmp_path / "wire.jsonl"
    wire.write_text("{}", encoding="utf-8")
    odd = os.fsdecode(os.fsencode(tmp_path) + b"/odd-\xff\x1b.txt")
    Path(odd).write_text(GOOD_EN, encoding="utf-8")
    assert origin_of(str(wire)) == str(wire)
    assert origin_of(f"{wire}:12") == str(wire)
    assert origin_of(f"{wire}[3]") == str(wire)
    assert origin_of(f"{wire}#4") == str(wire)
    assert origin_of(str(tmp_path)) == str(tmp_path)
    assert origin_of(path_name(odd)) == odd  # stored as "odd-\xff\x1b.txt", escaped
    assert origin_of(str(tmp_path / "gone.txt")) is None
    assert origin_of(f"{tmp_path / 'gone.jsonl'}:3") is None
    assert origin_of("https://example.org/feed.xml#3") == "https://example.org/feed.xml"
    assert origin_of("3f2a9c0d1b7e") is None


def test_retry_replaces_reasons_and_clears_lines_that_are_fixed_or_gone(tmp_path: Path) -> None:
    wire = tmp_path / "wire.jsonl"

    def write(*lines: object) -> None:
        wire.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")

    write({"text": GOOD_EN}, {"text": 2}, {"text": GOOD_ES, "title": 3})
    db = tmp_path / "h.db"
    assert _cli("ingest", "--db", str(db), str(wire))[0] == 0
    logged = {(f["source"], f["reason"]) for f in _failed(db)}
    assert logged == {
        (f"{wire}:2", "field 'text' must be a string, got int"),
        (f"{wire}:3", "field 'title' must be a string, got int"),
    }

    write({"text": GOOD_EN}, {"text": GOOD_EN + " Two more."}, {"text": [GOOD_ES]})
    code, out = _cli("retry", "--db", str(db))
    assert code == 0, out
    assert {(f["source"], f["reason"]) for f in _failed(db)} == {
        (f"{wire}:3", "field 'text' must be a string, got list")  # today's reason only
    }
    assert f"{wire}:2" in _stored(db)

    write({"text": GOOD_EN}, {"text": GOOD_EN + " Two more."})  # line 3 is gone
    assert _cli("retry", "--db", str(db))[0] == 0
    assert _failed(db) == []
    code, out = _cli("retry", "--db", str(db), "--dry-run")
    assert code == 0 and out == ""

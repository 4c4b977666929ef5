import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from hito.ingest import content_hash, read_paths
from hito.models import IngestFailure, Report

ES_TEXT = (
    "Enfrentamiento en La Mesilla\n\n"
    "Policías mexicanos cruzaron la frontera y se enfrentaron con un grupo armado en "
    "La Mesilla, Huehuetenango, el domingo."
)
EN_HTML = """<!doctype html><html lang="en-US"><head><title>Clash at the border | Daily</title>
<meta property="article:published_time" content="2025-06-10T08:00:00-06:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Clash at the border</h1>
<p>Mexican police crossed into Guatemala on Sunday and exchanged fire with gunmen in La Mesilla.</p>
<p>More than 600 Guatemalan police and soldiers later raided the town; two rifles were seized.</p>
</article><footer>Copyright 2025</footer></body></html>"""


def _read(*paths: str | Path) -> list[Report | IngestFailure]:
    return list(read_paths(paths))


def _only_report(items: list[Report | IngestFailure]) -> Report:
    assert len(items) == 1, items
    assert isinstance(items[0], Report), items[0]
    return items[0]


def _only_failure(items: list[Report | IngestFailure]) -> IngestFailure:
    assert len(items) == 1, items
    assert isinstance(items[0], IngestFailure), items[0]
    return items[0]


def test_plain_text_title_hash_and_source(tmp_path: Path) -> None:
    path = tmp_path / "mesilla.txt"
    path.write_text(ES_TEXT.replace("\n", "\r\n") + "\n\n\n", encoding="utf-8")
    report = _only_report(_read(path))
    assert report.title == "Enfrentamiento en La Mesilla"
    assert report.text == ES_TEXT
    assert report.content_hash == content_hash(ES_TEXT)
    assert report.source == str(path)


def test_long_first_line_is_not_a_title(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word " * 80 + "\nsecond line", encoding="utf-8")
    assert _only_report(_read(path)).title is None


def test_markdown_heading_marker_dropped(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("# Troops deployed to Chiapas\n\nThe army sent 300 soldiers.", encoding="utf-8")
    report = _only_report(_read(path))
    assert report.title == "Troops deployed to Chiapas"
    assert not report.text.startswith("#")


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "clash.html"
    path.write_text(EN_HTML, encoding="utf-8")
    report = _only_report(_read(path))
    assert "exchanged fire with gunmen" in report.text
    assert "Copyright" not in report.text
    assert report.title == "Clash at the border"
    assert str(report.published) == "2025-06-10"
    assert report.language == "en"


def test_html_without_main_text_fails(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    failure = _only_failure(_read(path))
    assert failure.reason == "no main text found in HTML"


def test_binary_and_empty_files_fail(tmp_path: Path) -> None:
    (tmp_path / "x.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "blank.txt").write_text(" \n\t \n", encoding="utf-8")
    (tmp_path / "zero.txt").write_bytes(b"")
    items = _read(tmp_path / "x.bin", tmp_path / "blank.txt", tmp_path / "zero.txt")
    assert [(type(i).__name__, getattr(i, "reason", None)) for i in items] == [
        ("IngestFailure", "binary file, not text"),
        ("IngestFailure", "empty file"),
        ("IngestFailure", "empty file"),
    ]
    assert items[0].source == str(tmp_path / "x.bin")


def test_legacy_encodings_are_read(tmp_path: Path) -> None:
    text = "Detenidos en Petén — “cártel” acusó a la policía"
    (tmp_path / "cp1252.txt").write_bytes(text.encode("cp1252"))
    (tmp_path / "latin1.txt").write_bytes("Petén, Huehuetenango y Quiché\n".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    cp1252, latin1, utf16 = (
        _only_report(_read(tmp_path / n)) for n in ("cp1252.txt", "latin1.txt", "utf16.txt")
    )
    assert cp1252.text == text
    assert latin1.text == "Petén, Huehuetenango y Quiché"
    assert utf16.text == text


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "page.dat").write_text(EN_HTML, encoding="utf-8")
    (tmp_path / "note.log").write_text("Soldiers arrived in Tapachula.", encoding="utf-8")
    page, note = _read(tmp_path / "page.dat", tmp_path / "note.log")
    assert isinstance(page, Report) and page.title == "Clash at the border"
    assert isinstance(note, Report) and note.text == "Soldiers arrived in Tapachula."


def test_folder_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second report.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First report.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Third report.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Hidden too.", encoding="utf-8")
    texts = [r.text for r in _read(tmp_path) if isinstance(r, Report)]
    assert texts == ["First report.", "Second report.", "Third report."]


def test_missing_path_is_a_failure_and_others_go_on(tmp_path: Path) -> None:
    good = tmp_path / "ok.txt"
    good.write_text("Police patrolled Ciudad Hidalgo.", encoding="utf-8")
    missing, ok = _read(tmp_path / "nope.txt", good)
    assert isinstance(missing, IngestFailure) and missing.reason == "no such file or folder"
    assert isinstance(ok, Report)


@settings(max_examples=60, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(lambda t: t.encode("utf-8")),
        st.sampled_from([b"<rss><channel><item>", b"<html><p>x", b'{"text": [1]}', b"[null]"]),
    ),
    suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl", ".json", ".rss", ".xml", ".bin"]),
)
def test_any_bytes_yield_reports_or_failures_never_raise(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        for item in read_paths([path]):
            assert isinstance(item, Report | IngestFailure)
            if isinstance(item, IngestFailure):
                assert item.reason and "\n" not in item.reason
            else:
                assert item.text and item.content_hash == content_hash(item.text)

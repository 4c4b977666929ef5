"""Properties of the text normaliser and of read_paths on generated input (hypothesis):
normalising is idempotent and the hash ignores layout; HTML, feeds and JSON of any shape
give reports or one-line failures, never an exception."""

from __future__ import annotations

import json
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from hito.ingest import content_hash, normalise_text, read_paths
from hito.ingest.limits import MAX_REASON_CHARS
from hito.models import IngestFailure, Report

# feedparser warns about its own field aliases on every entry without a date.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:feedparser")

# Any code point, lone surrogates (JSON "\ud800" escapes) and layout characters included.
_LAYOUT = list("\r\n\t \x00\x07\x0b\x0c\x1b\x7f\x85\x9f\u00a0\u00ad\u2028\u2029\u200b\ufeff\u3000")
ANY_TEXT = st.lists(
    st.one_of(
        st.characters(),
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
        st.sampled_from(_LAYOUT),
        st.sampled_from(["e\u0301", "n\u0303", "\u0301"]),
    ),
    max_size=300,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(ANY_TEXT)
@example("\ud800")
@example("a\u0301\x00\u0301")
def test_normalising_is_idempotent_and_gives_canonical_text(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once
    once.encode("utf-8")  # no lone surrogates left: storable and hashable
    assert content_hash(text) == content_hash(once)
    assert once == once.strip()
    assert "\r" not in once and "  " not in once and "\n\n\n" not in once
    # Control characters (but tab and newline) and lone surrogates are gone; format and
    # private-use characters are text and stay.
    assert not [ch for ch in once if unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\t\n"]
    for line in once.split("\n"):
        assert line == line.strip(" \t")


WORD = st.text(
    alphabet=st.characters(exclude_categories=("Z", "C")), min_size=1, max_size=8
)  # no spaces, no controls
PARAGRAPHS = st.lists(st.lists(st.lists(WORD, min_size=1, max_size=6), min_size=1, max_size=3),
                      min_size=1, max_size=4)  # fmt: skip
SPACES = st.text(alphabet=st.sampled_from([" ", "\u00a0", "\u2002", "\u202f", "\u3000"]),
                 min_size=1, max_size=3)  # fmt: skip
EDGES = st.text(alphabet=st.sampled_from([" ", "\t", "\u00a0"]), max_size=3)
BREAKS = st.sampled_from(["\n", "\r\n", "\r", "\u2028"])
DEBRIS = st.sampled_from(["", "", "\u200b", "\ufeff", "\u00ad"])


@settings(max_examples=300, deadline=None)
@given(PARAGRAPHS, st.data())
def test_hash_is_stable_under_layout_changes(
    paragraphs: list[list[list[str]]], data: st.DataObject
) -> None:
    """Spaces of any kind and number between words, spaces and tabs around lines, any line
    break, extra blank lines, invisible debris: one text, one hash."""
    canonical = "\n\n".join("\n".join(" ".join(words) for words in lines) for lines in paragraphs)
    draw = data.draw
    parts = [draw(EDGES)]
    for p, lines in enumerate(paragraphs):
        if p:
            parts.append(draw(BREAKS) * draw(st.integers(2, 4)))
        for i, words in enumerate(lines):
            if i:
                parts.append(draw(EDGES) + draw(BREAKS) + draw(EDGES))
            parts.append(
                "".join(
                    (draw(SPACES) if w else "") + draw(DEBRIS) + word
                    for w, word in enumerate(words)
                )
            )
    parts.append(draw(EDGES) + draw(BREAKS) * draw(st.integers(0, 3)))
    variant = "".join(parts)
    assert content_hash(variant) == content_hash(canonical)
    assert normalise_text(variant) == normalise_text(canonical)


# -- fuzzing the readers -------------------------------------------------------------------

_TAGS = ["html", "head", "body", "article", "div", "p", "span", "a", "h1", "br", "title",
         "meta", "script", "style", "noscript", "template", "table", "td", "li", "ul", "main",
         "nav", "footer", "time", "img", "svg", "math", "iframe", "xmp", "plaintext"]  # fmt: skip
_ODD = ["<!--", "-->", "<![CDATA[", "]]>", "<![if !IE]>", "<![endif]>", "<?php echo 1 ?>",
        "<!DOCTYPE html>", "<!doctype>", "&amp;", "&#0;", "&#x110000;", "&#99999999999;",
        "&bogus;", "&", "<", ">", "</", "<a", '"', "'", "=", "<!", "<?", "</ >", "\x00",
        '<meta charset="utf-16">', '<meta charset="x-bogus">', '<html lang="es-MX">',
        '<meta property="article:published_time" content="0000-99-99T99:99">',
        '<meta name="date" content="2999-01-01">', '<time datetime="-1">']  # fmt: skip
_ATTR = st.tuples(
    st.sampled_from(["class", "id", "lang", "href", "content", "property", "style", "x"]),
    st.text(max_size=20),
).map(lambda kv: f' {kv[0]}="{kv[1]}"')
_TAG = st.one_of(
    st.builds(
        lambda t, a: f"<{t}{''.join(a)}>", st.sampled_from(_TAGS), st.lists(_ATTR, max_size=2)
    ),
    st.sampled_from(_TAGS).map(lambda t: f"</{t}>"),
)
_NEWS = (
    "Soldiers arrested three armed men in Tapachula, Chiapas, on Monday. "
    "Dos policías murieron en un enfrentamiento en La Mesilla el 3 de junio de 2025. "
)
HTML = st.lists(
    st.one_of(_TAG, st.sampled_from(_ODD), st.text(max_size=40), st.just(_NEWS)), max_size=40
).map("".join)


def _read(data: bytes, suffix: str) -> list[Report | IngestFailure]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        items = list(read_paths([path]))
    for item in items:
        assert isinstance(item, Report | IngestFailure)
        if isinstance(item, Report):
            assert item.text and normalise_text(item.text) == item.text
            assert item.content_hash == content_hash(item.text)
            item.text.encode("utf-8")
            (item.title or "").encode("utf-8")
            (item.url or "").encode("utf-8")
        else:
            assert item.source.startswith(str(path))
            assert item.reason.isprintable() and len(item.reason) <= MAX_REASON_CHARS
    return items


_ENCODE = st.sampled_from(["utf-8", "cp1252", "utf-16", "latin-1"])


def _encoded(text: str, codec: str) -> bytes:
    return text.encode(codec, "replace")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HTML, _ENCODE, st.sampled_from([".html", ".htm", ".dat"]))
@example("<html><body>" + "<div>" * 300 + _NEWS + "</div>" * 300, "utf-8", ".html")
@example("<![CDATA[" + _NEWS, "utf-8", ".html")
@example("<html><body><p>" + _NEWS + "</p><![if x]><![endif]></body></html>", "utf-8", ".html")
def test_html_of_any_shape_never_raises(html: str, codec: str, suffix: str) -> None:
    _read(_encoded(html, codec), suffix)


_DATES = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "Mon, 32 Foo 99999 99:99:99 +9999",
            "0000-00-00T00:00:00Z",
            "Tue, 29 Feb 2025 10:00:00 GMT",
            "2999-01-01T00:00:00Z",
            "-1",
            "",
            "Sat, 31 Dec 9999 23:59:59 -1200",
            "2025-06-10T08:00:00-06:00",
        ]
    ),
)
_FIELD = st.one_of(st.text(max_size=60), HTML, st.just(_NEWS))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@st.composite
def feeds(draw: st.DrawFn) -> str:
    atom = draw(st.booleans())
    entries = []
    for _ in range(draw(st.integers(0, 4))):
        title, body, date, link = (
            draw(_FIELD),
            draw(_FIELD),
            draw(_DATES),
            draw(st.text(max_size=30)),
        )
        wrap = draw(st.sampled_from(["escape", "cdata", "raw"]))
        body = {"escape": _escape(body), "cdata": f"<![CDATA[{body}]]>", "raw": body}[wrap]
        title, date, link = _escape(title), _escape(date), _escape(link)
        if atom:
            entries.append(
                f'<entry><title>{title}</title><link href="{link}"/><updated>{date}</updated>'
                f'<content type="html">{body}</content></entry>'
            )
        else:
            entries.append(
                f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
                f"<description>{body}</description></item>"
            )
    lang = draw(st.sampled_from(["", "<language>es-MX</language>", "<language>\x01</language>"]))
    if atom:
        doc = (
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>t</title>{''.join(entries)}</feed>"
        )
    else:
        doc = (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{lang}'
            f"{''.join(entries)}</channel></rss>"
        )
    cut = draw(st.one_of(st.none(), st.integers(0, len(doc))))
    return doc if cut is None else doc[:cut]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(feeds(), _ENCODE, st.sampled_from([".rss", ".xml", ".atom", ".feed", ".dat"]))
def test_feeds_of_any_shape_never_raise(feed: str, codec: str, suffix: str) -> None:
    _read(_encoded(feed, codec), suffix)


JSON_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=40),
        st.just(_NEWS),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.sampled_from(["text", "title", "url", "published", "language", "x"]),
            inner,
            max_size=5,
        ),
    ),
    max_leaves=12,
)
JSON_OBJECTS = st.fixed_dictionaries(
    {"text": st.one_of(st.just(_NEWS), st.text(max_size=60), JSON_VALUES)},
    optional={
        "title": JSON_VALUES,
        "url": JSON_VALUES,
        "published": st.one_of(_DATES, st.dates().map(str), JSON_VALUES),
        "language": JSON_VALUES,
    },
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(JSON_OBJECTS, JSON_VALUES, st.text(max_size=30)), max_size=6))
def test_json_lines_of_any_shape_never_raise(lines: list[object]) -> None:
    text = "\n".join(
        line if isinstance(line, str) and line.startswith("{") else json.dumps(line)
        for line in lines
    )
    items = _read(text.encode("utf-8"), ".jsonl")
    assert len(items) >= sum(1 for line in text.split("\n") if line.strip())
    _read(json.dumps(lines).encode("utf-8"), ".json")


@settings(max_examples=300, deadline=None)
@given(
    st.binary(max_size=400),
    st.sampled_from([b"", b"<rss", b"<feed", b"<html", b"\xef\xbb\xbf", b"\xff\xfe", b"{"]),
    st.sampled_from([".txt", ".md", ".html", ".rss", ".xml", ".jsonl", ".json", ".bin"]),
)
def test_any_bytes_never_raise(data: bytes, prefix: bytes, suffix: str) -> None:
    _read(prefix + data, suffix)

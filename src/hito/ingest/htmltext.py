"""HTML fragments (feed summaries and contents) to plain text, keeping paragraph breaks."""

from __future__ import annotations

from html.parser import HTMLParser

from hito.ingest.normalise import normalise_text

_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "head"})
# Elements that never have an end tag, left out of the nesting depth.
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input"}
    | {"link", "meta", "param", "source", "track", "wbr"}
)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0
        self.depth = 0
        self.max_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID_TAGS:
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
        if tag in _SKIPPED_TAGS:
            self._skip_depth += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag not in _VOID_TAGS:
            self.depth = max(0, self.depth - 1)
        if tag in _SKIPPED_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            # Source newlines inside a paragraph are layout, not structure.
            self.parts.append(data.replace("\n", " "))


def html_text_and_depth(html: str) -> tuple[str, int]:
    """Visible text of an HTML fragment (one paragraph per block element, normalised) and
    how deeply its elements nest (unclosed elements count as open)."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return normalise_text("".join(collector.parts)), collector.max_depth


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment, one paragraph per block element, normalised."""
    return html_text_and_depth(html)[0]

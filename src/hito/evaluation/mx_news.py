"""`hito eval mx-news`: Spanish places and organisations against the Mx-news NER spans.

Protocol (docs/quality.md): each sentence is rebuilt from its tokens (no space before
closing punctuation or after opening marks) and read on its own.
- places: gold GPE and LOC spans; hito's spans are `hito.geo.find_toponyms(text, "es",
  kinds=MENTION_KINDS, mentions=True)` (regions and seas included, as LOC has them): places
  named in their own right, not those inside the name of an
  organisation, an office or a facility ("presidente de México"), which this corpus, like any
  flat annotation, leaves inside the longer entity; and the neighbourhoods and roads of
  `hito.geo.areas.find_areas` ("colonia Roma", "carretera estatal México-Tuxpan"), head word
  included, which take the places named inside them; a span ending in a dot the corpus
  tokenised apart ("Chih" ".") ends at the token.
- organisations: gold ORG spans; hito's are the spans of
  `hito.extract.organisations.find_organisations` (institutions by their head word, acronyms,
  news agencies). Political parties (PEX) are a class of their own in this corpus and are
  not counted.
A match is an exact span (CoNLL practice); `*_overlap` counts any overlap, one-to-one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hito.evaluation.metrics import PRF, Span, match_exact, match_overlapping
from hito.extract.organisations import find_organisations
from hito.geo import find_toponyms
from hito.geo.areas import find_areas
from hito.geo.places import DEFAULT_KINDS

PLACE_TAGS = frozenset({"GPE", "LOC"})
# LOC spans include world regions, seas and areas ("Centroamérica", "Océano Pacífico").
MENTION_KINDS = DEFAULT_KINDS | {"region"}
ORG_TAGS = frozenset({"ORG"})
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", ")", "]", "?", "!", "%", "”", "»"})
_NO_SPACE_AFTER = frozenset({"(", "[", "¿", "¡", "“", "«"})


@dataclass
class Sentence:
    text: str = ""
    entities: list[tuple[str, Span]] = field(default_factory=list)
    tokens: set[Span] = field(default_factory=set)


def _build(tokens: list[tuple[str, str]]) -> Sentence:
    """Text and entity spans of one sentence from (word, IOBES tag) pairs."""
    out = Sentence()
    open_tag: str | None = None
    start = 0
    prev = ""
    for word, tag in tokens:
        if out.text and word not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER:
            out.text += " "
        begin = len(out.text)
        out.text += word
        out.tokens.add((begin, len(out.text)))
        prev = word
        prefix, _, kind = tag.partition("-")
        if prefix in ("B", "S"):
            open_tag, start = kind, begin
        if prefix in ("E", "S") and open_tag == kind:
            out.entities.append((kind, (start, len(out.text))))
            open_tag = None
        elif prefix == "O":
            open_tag = None
    return out


def read_sentences(path: Path) -> Iterator[Sentence]:
    """Sentences of every '*.mx-news.txt' (TSV: sentence id, word, POS, IOBES tag)."""
    files = sorted(path.rglob("*.mx-news.txt")) if path.is_dir() else [path]
    for f in files:
        tokens: list[tuple[str, str]] = []
        current = None
        with f.open(encoding="utf-8") as fh:
            next(fh, None)  # header
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 4:
                    if tokens:
                        yield _build(tokens)
                    tokens, current = [], None
                    continue
                if current is not None and parts[0] != current and tokens:
                    yield _build(tokens)
                    tokens = []
                current = parts[0]
                tokens.append((parts[1], parts[3]))
        if tokens:
            yield _build(tokens)


def organisation_spans(text: str) -> list[Span]:
    return find_organisations(text)


def place_spans(text: str, tokens: set[Span] | None = None) -> list[Span]:
    """Places named in their own right (`find_toponyms(..., mentions=True)`) and the
    neighbourhoods and roads of `find_areas` ("colonia Roma", "carretera México-Tuxpan"), which
    take the places named inside them. Where the corpus tokenised the dot of an abbreviation
    apart ("Chih" "."), the span ends at the token."""
    areas = find_areas(text)
    out = []
    for t in find_toponyms(text, "es", kinds=MENTION_KINDS, mentions=True):
        end = t.end
        if tokens is not None and (end - 1, end) in tokens and text[end - 1] == ".":
            end -= 1
        if not any(a <= t.start and end <= b for a, b in areas):
            out.append((t.start, end))
    return sorted(out + areas)


def evaluate(path: Path, errors: list[dict[str, Any]] | None = None) -> tuple[int, dict[str, Any]]:
    tallies = {k: PRF() for k in ("place", "org", "place_overlap", "org_overlap")}
    n = 0
    for sentence in read_sentences(path):
        n += 1
        for kind, tags in (("place", PLACE_TAGS), ("org", ORG_TAGS)):
            gold = [span for tag, span in sentence.entities if tag in tags]
            predicted = (
                place_spans(sentence.text, sentence.tokens)
                if kind == "place"
                else organisation_spans(sentence.text)
            )
            exact = match_exact(predicted, gold)
            tallies[kind].add_counts(exact, len(set(predicted)), len(set(gold)))
            overlap = match_overlapping(predicted, gold)
            tallies[f"{kind}_overlap"].add_counts(overlap, len(predicted), len(gold))
            if errors is not None and exact < max(len(predicted), len(gold)):
                errors.append(
                    {
                        "kind": kind,
                        "text": sentence.text,
                        "gold": [sentence.text[a:b] for a, b in gold],
                        "predicted": [sentence.text[a:b] for a, b in predicted],
                    }
                )
    return n, {
        "place_f1": tallies["place"].f1,
        "org_f1": tallies["org"].f1,
        **{k: t.as_dict() for k, t in tallies.items()},
    }

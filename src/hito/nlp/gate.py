"""A cheap pass before many regexes: which of them can match a text at all.

Most sentences name no actor, tell no incident and hold no date, yet each lexicon pattern
scans every one of them. A gate reads the text once: at every word start, the first few
characters, folded the way the regex engine folds case (and every decimal digit to "0"). A
pattern runs only if one of its possible openings is there. The gate may let through a
pattern that then finds nothing, never the reverse, so the matches are the same as without
it. Patterns the gate cannot read (one that may open with any letter, or not at a word start)
always run.
"""

from __future__ import annotations

import _sre
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES
from typing import Any

_KEY = 7  # characters of a match's opening that the gate compares
_MAX_OPENINGS = 4096
_WORD_START = re.compile(r"\b(?=\w)")
_ASCII_DIGITS = str.maketrans("123456789", "000000000")


class _Folded(dict[int, str]):
    """A str.translate table: a character to the one the regex engine treats it as under
    IGNORECASE (its simple lowercase, then one representative of the engine's extra case
    classes such as i/ı and s/ſ), and a decimal digit (what \\d matches) to "0"; built as
    characters are met."""

    def __missing__(self, code: int) -> str:
        if chr(code).isdecimal():
            folded = "0"
        else:
            lower = _sre.unicode_tolower(code)
            folded = chr(min((lower, *_EXTRA_CASES.get(lower, ()))))
        self[code] = folded
        return folded


_FOLDED = _Folded()


def fold(text: str) -> str:
    """`text` with each character folded as the gate compares it; same length."""
    if text.isascii():
        # ASCII letters are the smallest member of their case class.
        return text.lower().translate(_ASCII_DIGITS)
    return text.translate(_FOLDED)


def _openings(items: list[tuple[Any, Any]], room: int) -> set[str]:
    """The folded strings of up to `room` characters that a match of `items` can start with;
    a shorter string stands for every string that starts with it ("" for anything)."""
    if room == 0 or not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op is _c.LITERAL:
        return {_FOLDED[av] + s for s in _openings(rest, room - 1)}
    if op is _c.IN:
        chars = _charset(av)
        if chars is None:
            return {""}
        tails = _openings(rest, room - 1)
        return {c + s for c in chars for s in tails}
    if op is _c.BRANCH:
        return set().union(*(_openings(list(alt) + rest, room) for alt in av[1]))
    if op is _c.SUBPATTERN:
        return _openings(list(av[3]) + rest, room)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, body = av
        # After one pass through the body the rest is left open, unless the body runs once.
        after = rest if high == 1 else []
        once = _openings(list(body) + after, room)
        return once | _openings(rest, room) if low == 0 else once
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return _openings(rest, room)  # zero width: the gate ignores what they require
    return {""}  # anything else may start with any character


def _charset(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(_FOLDED[av])
        elif op is _c.RANGE and av[1] - av[0] < 64:
            chars.update(_FOLDED[c] for c in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            chars.add("0")
        else:
            return None
    return chars


@lru_cache(maxsize=64)  # the actor and trigger passes read the same sentence
def text_keys(text: str) -> frozenset[str]:
    """The folded openings of up to `_KEY` characters at every word start of `text`."""
    folded = fold(text)
    starts = [m.start() for m in _WORD_START.finditer(text)]
    return frozenset(folded[p : p + n] for p in starts for n in range(1, _KEY + 1))


def _anchored(items: list[tuple[Any, Any]]) -> bool:
    """Does every match of `items` start where the character before is no word character
    (`\\b` or a lookbehind such as `(?<![\\w-])`, first in every branch)? With a word
    character first, such a match starts at a word start."""
    if not items:
        return False
    (op, av), rest = items[0], items[1:]
    if op is _c.AT:
        return av is _c.AT_BOUNDARY
    if op is _c.ASSERT_NOT:
        direction, body = av
        body = list(body)
        return (
            direction == -1
            and len(body) == 1
            and body[0][0] is _c.IN
            and (_c.CATEGORY, _c.CATEGORY_WORD) in body[0][1]
        )
    if op is _c.BRANCH:
        return all(_anchored(list(alt) + rest) for alt in av[1])
    if op is _c.SUBPATTERN:
        return _anchored(list(av[3]) + rest)
    return False


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what \w matches


class Gate:
    """Which of a sequence of patterns can match a text: a superset, by pattern index."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self._always: set[int] = set()
        self._by_key: dict[str, set[int]] = {}
        for i, regex in enumerate(patterns):
            items = list(_parser.parse(regex.pattern, regex.flags))
            openings = _openings(items, _KEY)
            if (
                not _anchored(items)
                or len(openings) > _MAX_OPENINGS
                or not all(o and _is_word_char(o[0]) for o in openings)
            ):
                self._always.add(i)  # a match may start anywhere, or with anything
                continue
            for key in openings:
                self._by_key.setdefault(key, set()).add(i)
        self._keys = frozenset(self._by_key)
        # Every beginning of an opening: a word start whose first n characters are none
        # holds no opening longer than n either.
        self._heads = frozenset(key[:n] for key in self._by_key for n in range(1, len(key) + 1))
        self._longest = max(map(len, self._by_key), default=0)

    def candidates(self, text: str) -> set[int]:
        found = set(self._always)
        for key in self._keys.intersection(text_keys(text)):
            found |= self._by_key[key]
        return found

    def starts(self, text: str) -> dict[int, list[int]]:
        """For each pattern the gate reads, the word starts of `text` (in order) where one of
        its openings is: the only places a match of it can begin. For a long text, where
        nearly every pattern may match somewhere but only at a few places."""
        folded = fold(text)
        by_key, heads, longest = self._by_key, self._heads, self._longest
        out: dict[int, list[int]] = {}
        for m in _WORD_START.finditer(text):
            p = m.start()
            for n in range(1, longest + 1):
                head = folded[p : p + n]
                if head not in heads:
                    break
                for i in by_key.get(head, ()):
                    at = out.setdefault(i, [])
                    if not at or at[-1] != p:
                        at.append(p)
        return out

    def finditer(
        self, index: int, regex: re.Pattern[str], text: str, starts: dict[int, list[int]]
    ) -> Iterator[re.Match[str]]:
        """`regex.finditer(text)` for pattern `index`, trying only its `starts`. The same
        matches: a read pattern never matches the empty string (its openings are not empty),
        so after a match the next one is the first that begins at or after its end."""
        if index in self._always:
            yield from regex.finditer(text)
            return
        end = 0
        for p in starts.get(index, ()):
            if p >= end and (m := regex.match(text, p)) is not None:
                end = m.end()
                yield m

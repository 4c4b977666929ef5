"""Load the trigger and actor lexicons shipped in hito/data and compile them once."""

from __future__ import annotations

import _sre
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES
from typing import Any

from hito.models import Actor

LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class TriggerPattern:
    event_type: str
    mode: str | None
    weak: bool
    regex: re.Pattern[str]


@dataclass(frozen=True)
class NamedActorPattern:
    actor: Actor
    regex: re.Pattern[str]


@dataclass(frozen=True)
class ForcePattern:
    role: str
    sector: str
    regex: re.Pattern[str]


@dataclass(frozen=True)
class RolePattern:
    name: str
    sector: str
    regex: re.Pattern[str]


def _load(name: str) -> dict[str, Any]:
    text = resources.files("hito").joinpath("data", name).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _alternation(patterns: list[str], *, acronyms_exact: bool = False) -> re.Pattern[str]:
    """One regex over all patterns, longest first so that the fullest phrase wins."""
    ordered = sorted(patterns, key=len, reverse=True)
    if acronyms_exact:
        # All-capital acronyms (PNC, INM, GN) must match in capitals only: "gn" is no actor.
        parts = [p if not re.fullmatch(r"[A-Z0-9-]+", p) else f"(?-i:{p})" for p in ordered]
    else:
        parts = ordered
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


@cache
def trigger_patterns(language: str) -> tuple[TriggerPattern, ...]:
    data = _load("triggers.toml")
    out: list[TriggerPattern] = []
    for entry in data["trigger"]:
        words = entry.get(language, [])
        if not words:
            continue
        out.append(
            TriggerPattern(
                event_type=entry["type"],
                mode=entry.get("mode"),
                weak=bool(entry.get("weak", False)),
                regex=_alternation(words),
            )
        )
    return tuple(out)


@cache
def named_actor_patterns() -> tuple[NamedActorPattern, ...]:
    data = _load("actors.toml")
    return tuple(
        NamedActorPattern(
            actor=Actor(name=e["name"], sector=e["sector"], country=e.get("country")),
            regex=_alternation(e["patterns"], acronyms_exact=True),
        )
        for e in data["named"]
    )


@cache
def force_patterns(language: str) -> tuple[ForcePattern, ...]:
    data = _load("actors.toml")
    return tuple(
        ForcePattern(role=e["role"], sector=e["sector"], regex=_alternation(e[language]))
        for e in data["force"]
    )


@cache
def role_patterns(language: str) -> tuple[RolePattern, ...]:
    data = _load("actors.toml")
    return tuple(
        RolePattern(name=e["name"], sector=e["sector"], regex=_alternation(e[language]))
        for e in data["role"]
    )


# -- the cheap pass ---------------------------------------------------------------------------
#
# Most sentences name no actor and tell no incident, yet each lexicon pattern scans every
# sentence. A gate reads the sentence once: at every place where a lexicon word may start,
# the first few characters, folded the way the regex engine folds case. A pattern runs only
# if one of its possible openings is there. The gate may let through a pattern that then
# finds nothing, never the reverse, so the patterns' matches are the same as without it.

_KEY = 7  # characters of a match's opening that the gate compares
_WORD_START = re.compile(r"(?<![\w-])")  # where an `_alternation` pattern can begin
_MAX_OPENINGS = 4096


class _Folded(dict[int, str]):
    """A str.translate table: a character to the one the regex engine treats it as under
    IGNORECASE (its simple lowercase, then one representative of the engine's extra case
    classes such as i/ı and s/ſ), built as characters are met."""

    def __missing__(self, code: int) -> str:
        lower = _sre.unicode_tolower(code)
        folded = chr(min((lower, *_EXTRA_CASES.get(lower, ()))))
        self[code] = folded
        return folded


_FOLDED = _Folded()


def fold(text: str) -> str:
    """`text` with each character folded as the regex engine folds case; same length."""
    if text.isascii():
        return text.lower()  # ASCII letters are the smallest member of their case class
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
        else:
            return None
    return chars


@lru_cache(maxsize=64)  # the actor and trigger passes read the same sentence
def _sentence_keys(text: str) -> frozenset[str]:
    """The folded openings of up to `_KEY` characters at every word start of `text`."""
    folded = fold(text)
    starts = [m.start() for m in _WORD_START.finditer(text)]
    return frozenset(folded[p : p + n] for p in starts for n in range(1, _KEY + 1))


class Gate:
    """Which of a tuple of `_alternation` patterns can match a text (a superset)."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self._always: set[int] = set()
        self._by_key: dict[str, set[int]] = {}
        for i, regex in enumerate(patterns):
            if not regex.pattern.startswith(_WORD_START.pattern):
                self._always.add(i)  # not an `_alternation` pattern: it may start anywhere
                continue
            openings = _openings(list(_parser.parse(regex.pattern, regex.flags)), _KEY)
            if "" in openings or len(openings) > _MAX_OPENINGS:
                self._always.add(i)
                continue
            for key in openings:
                self._by_key.setdefault(key, set()).add(i)
        self._keys = frozenset(self._by_key)

    def candidates(self, text: str) -> set[int]:
        found = set(self._always)
        for key in self._keys.intersection(_sentence_keys(text)):
            found |= self._by_key[key]
        return found


@cache
def trigger_gate(language: str) -> Gate:
    return Gate(p.regex for p in trigger_patterns(language))


@cache
def named_actor_gate() -> Gate:
    return Gate(p.regex for p in named_actor_patterns())


@cache
def force_gate(language: str) -> Gate:
    return Gate(p.regex for p in force_patterns(language))


@cache
def role_gate(language: str) -> Gate:
    return Gate(p.regex for p in role_patterns(language))

"""Load the trigger and actor lexicons shipped in hito/data and compile them once."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from hito.models import Actor
from hito.nlp.gate import Gate

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
    # A name several states give their force ("National Guard"): `actor.country` is only
    # the default, and the name without a nationality is the role to prefix with another.
    role: str | None = None
    # The other states whose force bears that name; in any other country it stays the default's.
    shared_with: tuple[str, ...] = ()


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
            role=e.get("role"),
            shared_with=tuple(e.get("shared_with", ())),
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


# Gates (hito.nlp.gate): the cheap pass that picks the patterns a sentence may match.
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

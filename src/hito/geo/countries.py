"""Country names in English and Spanish, both ways, from a small table built with pycountry."""

from __future__ import annotations

from functools import cache
from importlib import resources

from hito.geo.normalize import norm

DATA_FILE = "gazetteer_countries.tsv"


@cache
def _table() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    names: dict[str, tuple[str, str]] = {}
    codes: dict[str, str] = {}
    text = (resources.files("hito") / "data" / DATA_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        iso, english, spanish, aliases = [*line.split("\t"), ""][:4]
        names[iso] = (english, spanish)
        for key in (norm(english), norm(spanish), *aliases.split("|")):
            if key:
                codes.setdefault(key, iso)
    return names, codes


def country_name(iso2: str, language: str = "en") -> str:
    """Short name of a country ("GT" -> "Guatemala"; "MX", "es" -> "México").

    Unknown codes come back unchanged so callers can always print something.
    """
    names, _ = _table()
    pair = names.get(iso2.upper())
    if pair is None:
        return iso2
    return pair[1] if language.lower().startswith("es") else pair[0]


@cache
def _initials() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for iso, (english, _) in _table()[0].items():
        words = [w for w in english.replace(",", " ").split() if w[:1].isupper()]
        if len(words) >= 2:
            out.setdefault("".join(w[0] for w in words), []).append(iso)
    return {k: tuple(v) for k, v in out.items()}


def initials_countries(abbr: str) -> tuple[str, ...]:
    """Countries whose English name of several words has these initials ("SA": South Africa,
    Saudi Arabia; "NZ": New Zealand)."""
    return _initials().get(abbr, ())


def country_code(name: str) -> str | None:
    """ISO alpha-2 code for an English or Spanish country name, or for an alpha-2 code itself."""
    names, codes = _table()
    stripped = name.strip()
    if len(stripped) == 2 and stripped.isupper() and stripped in names:
        return stripped
    key = norm(stripped)
    hit = codes.get(key)
    if hit is None and key.startswith(("the ", "la ", "el ")):
        # "the United States", "la República Dominicana", "el Salvador" written lower-case.
        hit = codes.get(key.split(" ", 1)[1])
    return hit

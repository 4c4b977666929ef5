"""Named areas the gazetteer lacks: neighbourhoods and roads in Spanish copy.

"la colonia Roma Norte", "las colonias Reforma e Independencia", "la carretera estatal
México-Tuxpan": the head word and the capitalised name after it, as flat named-entity
annotation marks a location. The name stops at "de"/"del", which brings in the town that holds
it ("colonia Roma de la Ciudad de México"), and at the first lower-case word. Abbreviated
heads ("Col.", "Fracc.") write postal addresses, and a bare "carretera" before a town is the
road to it ("la carretera a Comitán", "la carretera Tuxtla"): neither is read.
"""

from __future__ import annotations

import re

from hito.geo.normalize import norm
from hito.geo.toponyms import LEADERS

_HEAD = re.compile(
    r"\b(?P<head>colonias?|barrios?|fraccionamientos?|unidad habitacional"
    r"|carretera\s+(?:federal|estatal|costera|libre)|autopista|libramiento)\s+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
# Lower-case words that may join capitalised ones inside a name ("Valle de los Pinos" stops at
# "de"; "Lomas las Palmas" keeps its article).
_INSIDE = frozenset({"la", "las", "los", "el"})
# Joining two names after a plural head: "las colonias Reforma e Independencia".
_AND = frozenset({"y", "e"})


def find_areas(text: str) -> list[tuple[int, int]]:
    """(start, end) of each neighbourhood or road named after its head word, in text order."""
    out = []
    for m in _HEAD.finditer(text):
        plural = m.group("head").lower().endswith("s")
        pos, end = m.end(), None
        while True:
            w = _WORD.match(text, pos)
            if w is None:
                break
            word = w.group()
            capital = word[:1].isupper()
            if capital and norm(word) not in LEADERS:
                end = w.end()
            else:
                joins = word.lower() in _INSIDE or (plural and word.lower() in _AND)
                if capital or not joins or end is None:
                    break
            gap = re.match(r"[ \t]+", text[w.end() :])
            if gap is None:
                break
            pos = w.end() + gap.end()
        if end is not None:
            out.append((m.start(), end))
    return out

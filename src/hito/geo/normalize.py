"""The one normalisation every gazetteer key and every text window goes through."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[\W_]+")


# The same words recur in every report; normalising each once saves a third of toponym finding.
@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Case- and accent-free form: "Tecún Umán" and "TECUN-UMAN" both give "tecun uman".

    scripts/build_gazetteer.py keeps a copy of this function; the two must agree.
    """
    s = unicodedata.normalize("NFKD", text.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", s).split())

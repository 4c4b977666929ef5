"""Names of organisations in Spanish news copy, without an NER model.

A name is a run of capitalised words (joined by "de", "del", "la", "y"...) whose first word
heads an institution's name ("Secretaría de Seguridad Pública", "Instituto Nacional
Electoral", "Guardia Nacional", "el Congreso"), an acronym written in capitals that is no
place, party or person ("INE", "SEDENA", "CJNG"), or a news agency or network named in
credits ("AFP", "Notimex", "Twitter"). Parties are not organisations here: flat named-entity
annotation gives them a class of their own.
"""

from __future__ import annotations

import re

from hito.geo import abbreviations
from hito.geo.gazetteer import load
from hito.geo.normalize import norm

_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
# Words that open the name of an institution.
HEADS = frozenset(
    norm(w)
    for w in [
        "secretaría",
        "subsecretaría",
        "secretariado",
        "instituto",
        "fiscalía",
        "procuraduría",
        "comisión",
        "consejo",
        "comité",
        "congreso",
        "senado",
        "cámara",
        "tribunal",
        "corte",
        "suprema",
        "banco",
        "universidad",
        "ejército",
        "guardia",
        "policía",
        "marina",
        "armada",
        "poder",
        "gobierno",
        "ayuntamiento",
        "cabildo",
        "asamblea",
        "conferencia",
        "agencia",
        "sistema",
        "servicio",
        "servicios",
        "organización",
        "coordinación",
        "dirección",
        "junta",
        "asociación",
        "confederación",
        "federación",
        "sindicato",
        "cancillería",
        "estado",
        "oficina",
        "colegio",
        "fondo",
        "centro",
        "unidad",
        "grupo",
        "cártel",
        "cartel",
    ]
)
# Heads that need a complement to be a name: "Estado" alone is the state, "Centro" a place.
_NEEDS_MORE = frozenset(
    norm(w)
    for w in ["estado", "centro", "unidad", "grupo", "sistema", "servicio", "oficina", "dirección"]
)
CONNECTORS = frozenset({"de", "del", "la", "las", "los", "el", "para"})
# Capitalised acronyms that are not organisations: parties, places, people, treaties.
_NOT_ORGS = frozenset(
    [
        "pri",
        "pan",
        "prd",
        "pt",
        "pvem",
        "mc",
        "pes",
        "morena",
        "panal",
        "amlo",
        "tlcan",
        "eu",
        "eeuu",
        "ee",
        "uu",
        "cdmx",
        "df",
        "slp",
        "mx",
        "mex",
        "usa",
        "onu",
        "otan",
        "ue",
        "ii",
        "iii",
        "iv",
        "vi",
        "vii",
        "viii",
        "ix",
        "xi",
        "xii",
        "xx",
        "xxi",
        "ok",
        "tv",
        "pm",
        "am",
        "pdf",
    ]
)
# News agencies and networks that credits and datelines name.
MEDIA = frozenset(
    [
        "afp",
        "efe",
        "notimex",
        "reuters",
        "ap",
        "xinhua",
        "cuartoscuro",
        "facebook",
        "twitter",
        "whatsapp",
        "instagram",
        "youtube",
        "google",
    ]
)


def find_organisations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each organisation name in `text`, in text order."""
    words = list(_WORD.finditer(text))
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        word = w.group()
        key = norm(word)
        if not word[:1].isupper():
            i += 1
            continue
        if key in MEDIA or (_acronym(word, key) and not _in_capitals(text, words, i)):
            out.append(w.span())
            i += 1
            continue
        if key not in HEADS:
            i += 1
            continue
        j = _run_end(text, words, i)
        after = norm(words[i + 1].group()) if j - i > 1 else ""
        # "Estado de México" is a state; "Estado Mayor Presidencial" an institution.
        if key in _NEEDS_MORE and (j - i == 1 or after in CONNECTORS):
            i += 1
            continue
        out.append((w.start(), words[j - 1].end()))
        i = j
    return out


def _acronym(word: str, key: str) -> bool:
    return (
        2 <= len(word) <= 7
        and word.isupper()
        and word.isalpha()
        and key not in _NOT_ORGS
        and not _place(key)
        and not abbreviations.abbreviation(word.title() + ".")  # "CHIH", "QRO": states
    )


def _place(key: str) -> bool:
    """A country, state, region or city (not any hamlet spelled like "SEDENA")."""
    return any(
        p.kind in ("country", "admin1", "region") or p.population >= 100_000
        for p in load().get(key)
    )


def _in_capitals(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether words[i] stands in a stretch written in capitals ("TODOS LOS DERECHOS"), where
    capitals do not mark an acronym."""
    for k in (i - 1, i + 1):
        if 0 <= k < len(words):
            gap = text[words[min(k, i)].end() : words[max(k, i)].start()]
            other = words[k].group()
            if len(other) > 1 and other.isupper() and "\n" not in gap and len(gap) <= 3:
                return True
    return False


def _run_end(text: str, words: list[re.Match[str]], i: int) -> int:
    """End (exclusive) of the run of capitalised words from words[i]; lower-case connectors
    join only when a capitalised word follows them on the same line."""
    j = i + 1
    while j < len(words):
        gap = text[words[j - 1].end() : words[j].start()]
        if gap.strip() or "\n" in gap:
            break
        if words[j].group()[:1].isupper():
            j += 1
            continue
        k = j
        while k < len(words) and norm(words[k].group()) in CONNECTORS:
            if text[words[k - 1].end() : words[k].start()].strip():
                break
            k += 1
        if (
            j < k < len(words)
            and words[k].group()[:1].isupper()
            and not text[words[k - 1].end() : words[k].start()].strip()
        ):
            j = k + 1
            continue
        break
    return j

"""`hito eval monitor-ppd`: where and how many, from Spanish headlines of the Monitor PPD.

Protocol (docs/quality.md): only headlines are available (no article bodies), so each one
is a report of its own, dated by its publication date; headlines stored as URL slugs
("detienen-a-dos-...") are turned back into words, nothing else is changed. The coders
labelled the whole article, so each score counts only the rows whose headline states the
answer:
- state: rows whose headline names the coded state or municipality;
- municipality: rows whose headline names the coded municipality;
- counts (killed = homicidios_total, detained = detenidos_total): coded values above zero
  that the headline writes as a number (digits or a Spanish number word, "un"/"una" too)
  and whose kind it names (a word of death, or of detention); `counts_accuracy_any_number`
  keeps the looser earlier protocol, any headline holding the number.
The `*_all` scores count every coded row, for reference. hito's answer is its first record
that has a place; a headline with no record falls back to the geography stage alone (its
toponyms resolved as the pipeline would). A count is the largest figure of any record.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hito.evaluation.metrics import fold, process_text, ratio
from hito.geo import find_toponyms, resolve
from hito.models import EventRecord

NUMBER_WORDS: dict[int, tuple[str, ...]] = {
    1: ("un", "una", "uno"),
    2: ("dos",),
    3: ("tres",),
    4: ("cuatro",),
    5: ("cinco",),
    6: ("seis",),
    7: ("siete",),
    8: ("ocho",),
    9: ("nueve",),
    10: ("diez",),
    11: ("once",),
    12: ("doce",),
    13: ("trece",),
    14: ("catorce",),
    15: ("quince",),
    20: ("veinte",),
}
COUNT_FIELDS = {"killed": "homicidios_total", "detained": "detenidos_total"}
# INEGI (the coders' codes) and GeoNames (hito's gazetteer) name some states differently.
STATE_ALIASES = {
    "estado de mexico": "mexico",
    "coahuila de zaragoza": "coahuila",
    "veracruz de ignacio de la llave": "veracruz",
    "michoacan de ocampo": "michoacan",
    "distrito federal": "ciudad de mexico",
    "cdmx": "ciudad de mexico",
    "mexico city": "ciudad de mexico",
}
# "Ciudad Juárez" is the municipality "Juárez", "Heroica Nogales" is "Nogales".
_TOWN_PREFIX = re.compile(r"^(?:heroica|h\.|ciudad)\s+(?!de\b)")
_CODE = re.compile(r"-\d{2}(?:-\d{3})?$")


def state_key(name: str) -> str:
    key = fold(name)
    return STATE_ALIASES.get(key, key)


def town_key(name: str) -> str:
    return _TOWN_PREFIX.sub("", fold(name))


def same_town(predicted: str | None, gold: tuple[str, ...]) -> bool:
    """Town keys agree, also when one source adds the honorific of the other: GeoNames
    "León de los Aldama" / INEGI "León", GeoNames "Comitán" / INEGI "Comitán de Domínguez"."""
    if predicted is None:
        return False
    return any(
        predicted == g or predicted.startswith(g + " de ") or g.startswith(predicted + " de ")
        for g in gold
    )


def headline_text(title: str) -> str:
    """A slug title ("detienen-a-dos-probables") back into words."""
    title = title.strip()
    return title.replace("-", " ") if " " not in title and "-" in title else title


def _count(value: str) -> int | None:
    try:
        return int(float(value))
    except ValueError:
        return None


@dataclass
class Row:
    headline: str
    published: dt.date | None
    state: str | None
    municipalities: tuple[str, ...]
    counts: dict[str, int | None]


def _municipalities(value: str, state: str | None) -> tuple[str, ...]:
    value = value.strip()
    if not value:
        return ()
    if _CODE.search(value):
        return (town_key(_CODE.sub("", value)),)
    # Free text ("Juventino Rosas, Guanajuato", "Monterrey; Escobedo"): any named one counts.
    parts = [town_key(p) for p in re.split(r"[;,]|\by\b", value)]
    return tuple(p for p in parts if p and p != (town_key(state) if state else None))


def read_rows(path: Path) -> Iterator[Row]:
    files = sorted(path.rglob("*_harmonized.csv")) if path.is_dir() else [path]
    for f in files:
        with f.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                if not (r.get("titulo") or "").strip():
                    continue
                state = _CODE.sub("", r.get("estado") or "").strip() or None
                published = (r.get("fecha_publicacion") or "")[:10]
                yield Row(
                    headline=headline_text(r["titulo"]),
                    published=dt.date.fromisoformat(published) if published else None,
                    state=state,
                    municipalities=_municipalities(r.get("municipio") or "", state),
                    counts={k: _count(r.get(col) or "") for k, col in COUNT_FIELDS.items()},
                )


def names_in(text: str, name: str) -> bool:
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", fold(text)) is not None


def states_number(text: str, value: int) -> bool:
    words = (str(value), *NUMBER_WORDS.get(value, ()))
    return any(re.search(rf"(?<![\w.]){w}(?![\w.])", fold(text)) for w in words)


# The headline says what the coded figure counts: someone died or was detained. "Balean a un
# hombre" holds a "1", but whether he died the coders read in the article, not the headline.
KIND_WORDS = {
    "killed": re.compile(
        r"\b(?:muert[oa]s?|muere|mueren|murio|murieron|mat(?:a|an|o|aron|ad[oa]s?)|asesin\w*"
        r"|ejecut\w*|ejecuc\w*|homicid\w*|feminicid\w*|cadaver\w*|cuerpos?|cabezas?|sin vida"
        r"|fallec\w*|occis\w*|ultim\w*|acribill\w*|masacr\w*|aniquil\w*|restos|osamentas?"
        r"|craneos?|fosas?|decapit\w*|descuartiz\w*|desmembr\w*|degoll\w*|estrangul\w*"
        r"|embolsad\w*|encobijad\w*|linch\w*|calcin\w*|abat\w*|muerte\w*|vida|existencia"
        r"|mortal\w*)\b"
    ),
    "detained": re.compile(
        r"\b(?:deten\w*|detien\w*|detuv\w*|arrest\w*|captur\w*|aprehen\w*|apres\w*|consign\w*"
        r"|vincul\w*|encarcel\w*|cae|caen|cayo|cayeron|atrap\w*|sorprend\w*|pres[oa]s?|custodia"
        r"|asegur\w*|rejas|agarr\w*|prision|arraig\w*|recaptur\w*)\b"
    ),
}


def states_count(text: str, field: str, value: int) -> bool:
    """The headline writes the figure and says what it counts (the scored rows)."""
    return states_number(text, value) and bool(KIND_WORDS[field].search(fold(text)))


def predicted_place(text: str, records: list[EventRecord]) -> tuple[str | None, str | None]:
    """(state, municipality) hito gives for the headline, as `state_key` / `town_key`."""
    for r in records:
        if r.admin1 or r.place:
            town = r.place if r.geo_precision <= 2 else None
            return (state_key(r.admin1) if r.admin1 else None, town_key(town) if town else None)
    place = resolve(find_toponyms(text, "es"), text=text)
    if place is None:
        return None, None
    town = place.name if place.kind in ("populated", "crossing") else None
    return (state_key(place.admin1) if place.admin1 else None, town_key(town) if town else None)


def predicted_counts(records: list[EventRecord]) -> dict[str, int]:
    return {
        "killed": max((r.killed or 0 for r in records), default=0),
        "detained": max((r.arrested or 0 for r in records), default=0),
    }


class _Tally:
    def __init__(self) -> None:
        self.hits: dict[str, int] = {}
        self.total: dict[str, int] = {}

    def add(self, key: str, ok: bool) -> None:
        self.total[key] = self.total.get(key, 0) + 1
        self.hits[key] = self.hits.get(key, 0) + int(ok)

    def acc(self, key: str) -> float:
        return ratio(self.hits.get(key, 0), self.total.get(key, 0))


def evaluate(path: Path, errors: list[dict[str, Any]] | None = None) -> tuple[int, dict[str, Any]]:
    t = _Tally()
    cache: dict[tuple[str, dt.date | None], list[EventRecord]] = {}
    n = with_record = 0
    for row in read_rows(path):
        n += 1
        key = (row.headline, row.published)
        if key not in cache:
            cache[key] = process_text(row.headline, "es", row.published)[1]
        records = cache[key]
        with_record += bool(records)
        state, town = predicted_place(row.headline, records)
        counts = predicted_counts(records)
        checks: list[tuple[str, bool]] = []
        if row.state:
            gold_state = state_key(row.state)
            ok = state == gold_state
            t.add("state_all", ok)
            if names_in(row.headline, gold_state) or any(
                names_in(row.headline, m) for m in row.municipalities
            ):
                checks.append(("state", ok))
        if row.municipalities:
            ok = same_town(town, row.municipalities)
            t.add("municipality_all", ok)
            if any(names_in(row.headline, m) for m in row.municipalities):
                checks.append(("municipality", ok))
        for field, gold in row.counts.items():
            if gold is None:
                continue
            t.add("counts_all", counts[field] == gold)
            if gold == 0:
                t.add("spurious_count", counts[field] > 0)
            elif states_number(row.headline, gold):
                t.add("counts_any_number", counts[field] == gold)
                if states_count(row.headline, field, gold):
                    checks.append((field, counts[field] == gold))
                    checks.append(("counts", counts[field] == gold))
        for name, ok in checks:
            t.add(name, ok)
            if errors is not None and not ok and name != "counts":
                errors.append(
                    {
                        "headline": row.headline,
                        "check": name,
                        "gold": {
                            "state": row.state,
                            "municipality": row.municipalities,
                            **row.counts,
                        },
                        "predicted": {"state": state, "municipality": town, **counts},
                    }
                )
    return n, {
        "state_accuracy": t.acc("state"),
        "municipality_accuracy": t.acc("municipality"),
        "counts_accuracy": t.acc("counts"),
        "killed_accuracy": t.acc("killed"),
        "detained_accuracy": t.acc("detained"),
        "rows_scored": {
            k: t.total.get(k, 0) for k in ("state", "municipality", "killed", "detained", "counts")
        },
        "state_accuracy_all": t.acc("state_all"),
        "municipality_accuracy_all": t.acc("municipality_all"),
        "counts_accuracy_all": t.acc("counts_all"),
        # The earlier protocol: any headline holding the number, whatever it counts.
        "counts_accuracy_any_number": t.acc("counts_any_number"),
        "rows_any_number": t.total.get("counts_any_number", 0),
        # Coded zero but hito gives a figure: the headline may still say so (coders read
        # the whole article), so this is an upper bound on invented figures.
        "spurious_count_rate": t.acc("spurious_count"),
        "headlines_with_record": ratio(with_record, n),
    }

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
The `*_all` scores count every coded row, for reference. Each row's outlet (its web domain)
lends its home state as weak context, as a reader of a local paper knows where "Juárez" is
(`home_regions`: the state its masthead names, else the one most of its headlines name; no
coded label is read). hito's answer is its first record
that has a place; a headline with no record falls back to the geography stage alone (its
toponyms resolved as the pipeline would). A count is the largest figure of any record.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from hito.evaluation.metrics import fold, process_text, ratio
from hito.geo import find_toponyms, resolve, resolve_each
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
    outlet: str = ""  # the outlet's web domain, else its name
    masthead: str = ""


def _municipalities(value: str, state: str | None) -> tuple[str, ...]:
    value = value.strip()
    if not value:
        return ()
    if _CODE.search(value):
        return (town_key(_CODE.sub("", value)),)
    # Free text ("Juventino Rosas, Guanajuato", "Monterrey; Escobedo"): any named one counts.
    parts = [town_key(p) for p in re.split(r"[;,]|\by\b", value)]
    return tuple(p for p in parts if p and p != (town_key(state) if state else None))


def _domain(url: str) -> str:
    host = urlsplit(url.strip()).netloc.lower()
    return host.removeprefix("www.")


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
                    outlet=_domain(r.get("enlace") or "") or fold(r.get("fuente") or ""),
                    masthead=(r.get("fuente") or "").strip(),
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


# An outlet's home state is known once this many of its headlines name states, most of
# them this one.
HOME_VOTES = 3
HOME_SHARE = 0.5
# A masthead's town is a town of this many people; smaller ones are words ("El Sol").
MASTHEAD_TOWN = 20_000


def _states_named(text: str) -> list[str]:
    """The Mexican states a headline names as states (the name's first reading)."""
    return [
        t.candidates[0].admin1 or ""
        for t in find_toponyms(text, "es")
        if t.candidates and t.candidates[0].kind == "admin1" and t.candidates[0].country == "MX"
    ]


def _masthead_state(masthead: str) -> str | None:
    """The state a masthead names ("La Voz de Michoacán", "El Diario de Juárez"), else the
    state of the largest town it names ("El Sol de Acapulco": not the hamlet El Sol)."""
    places = [p for p in resolve_each(find_toponyms(masthead, "es"), text=masthead) if p]
    places = [
        p
        for p in places
        if p.country == "MX" and (p.kind == "admin1" or p.population >= MASTHEAD_TOWN)
    ]
    places.sort(key=lambda p: (p.kind != "admin1", -p.population))
    return places[0].admin1 if places else None


def home_regions(rows: list[Row]) -> dict[str, str]:
    """Each outlet's home state, as a reader of the paper knows it: the state its masthead
    names, else the state most of its headlines name. No coded label is read."""
    votes: dict[str, Counter[str]] = {}
    mastheads: dict[str, str] = {}
    for row in rows:
        if not row.outlet:
            continue
        votes.setdefault(row.outlet, Counter()).update(_states_named(row.headline))
        mastheads.setdefault(row.outlet, row.masthead)
    homes: dict[str, str] = {}
    for outlet, tally in votes.items():
        state = _masthead_state(mastheads[outlet])
        if state is None and tally:
            top, n = tally.most_common(1)[0]
            if n >= HOME_VOTES and n >= HOME_SHARE * sum(tally.values()):
                state = top
        if state:
            homes[outlet] = state
    return homes


def predicted_place(
    text: str, records: list[EventRecord], region: str | None = None
) -> tuple[str | None, str | None]:
    """(state, municipality) hito gives for the headline, as `state_key` / `town_key`."""
    for r in records:
        if r.admin1 or r.place:
            town = r.place if r.geo_precision <= 2 else None
            return (state_key(r.admin1) if r.admin1 else None, town_key(town) if town else None)
    place = resolve(find_toponyms(text, "es", region=region), text=text, region=region)
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
    cache: dict[tuple[str, dt.date | None, str | None], list[EventRecord]] = {}
    n = with_record = 0
    rows = list(read_rows(path))
    homes = home_regions(rows)
    for row in rows:
        n += 1
        region = homes.get(row.outlet)
        key = (row.headline, row.published, region)
        if key not in cache:
            cache[key] = process_text(row.headline, "es", row.published, region=region)[1]
        records = cache[key]
        with_record += bool(records)
        state, town = predicted_place(row.headline, records, region)
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

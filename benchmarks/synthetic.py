"""Synthetic events for the benchmarks: plausible types, places along the Mexico–Guatemala
border, dates over three years, actors, figures and an evidence sentence each, saved through
`Store.save_report` (so the store's own code and the search-index triggers run)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from pathlib import Path

from hito.models import Actor, AnnotatedReport, EventRecord, Report, Sentence
from hito.store import Store

PLACES = [
    ("La Mesilla", "GT", "Huehuetenango", 15.6167, -91.9833),
    ("Nentón", "GT", "Huehuetenango", 15.8, -91.75),
    ("Huehuetenango", "GT", "Huehuetenango", 15.3197, -91.4709),
    ("La Democracia", "GT", "Huehuetenango", 15.6333, -91.8833),
    ("Tecún Umán", "GT", "San Marcos", 14.6778, -92.1378),
    ("Malacatán", "GT", "San Marcos", 14.9108, -92.0581),
    ("Ixcán", "GT", "Quiché", 16.0833, -90.9333),
    ("Sayaxché", "GT", "Petén", 16.5267, -90.19),
    ("Frontera Comalapa", "MX", "Chiapas", 15.6817, -92.1317),
    ("Tapachula", "MX", "Chiapas", 14.9039, -92.2575),
    ("Comitán", "MX", "Chiapas", 16.2514, -92.1342),
    ("Ciudad Hidalgo", "MX", "Chiapas", 14.6797, -92.1514),
    ("Chicomuselo", "MX", "Chiapas", 15.7431, -92.2836),
    ("Tenosique", "MX", "Tabasco", 17.4744, -91.4228),
    ("Balancán", "MX", "Tabasco", 17.8056, -91.5358),
]
TYPES = [
    ("ASSAULT", "firearms", 0.3),
    ("COERCE", "arrest", 0.25),
    ("COERCE", "seize", 0.1),
    ("MOBILIZE", "troops", 0.1),
    ("PROTEST", "obstruct", 0.1),
    ("DISPLACE", None, 0.08),
    ("THREATEN", None, 0.04),
    ("COOPERATE", None, 0.03),
]
ACTORS = [
    Actor(name="Mexican Army", sector="MIL", country="MX"),
    Actor(name="National Guard", sector="MIL", country="MX"),
    Actor(name="Guatemalan police", sector="COP", country="GT"),
    Actor(name="Guatemalan Army", sector="MIL", country="GT"),
    Actor(name="Sinaloa Cartel", sector="CRM", country="MX"),
    Actor(name="Jalisco New Generation Cartel", sector="CRM", country="MX"),
    Actor(name="Unidentified gunmen", sector="UAF", country=None),
    Actor(name="Residents", sector="CVL", country=None),
    Actor(name="Migrants", sector="REF", country=None),
]
WORDS = {
    "ASSAULT": "gunmen opened fire near the market; los vecinos escucharon disparos",
    "COERCE": "agents detained suspects and seized rifles, cocaína y vehículos",
    "MOBILIZE": "soldiers were deployed to the crossing in a security operation",
    "PROTEST": "residents blocked the highway demanding security, bloqueo carretero",
    "DISPLACE": "families fled across the border after the clashes, desplazados",
    "THREATEN": "a banner signed by the cartel threatened local officials",
    "COOPERATE": "both governments agreed to share intelligence on the border",
}


def record(rng: random.Random, n: int, start: dt.date) -> EventRecord:
    event_type, mode, _ = rng.choices(TYPES, weights=[t[2] for t in TYPES])[0]
    place, country, admin1, lat, lon = rng.choice(PLACES)
    actor = rng.choice(ACTORS)
    killed = rng.choice([None, None, 0, 1, 1, 2, 3, 5, 8]) if event_type == "ASSAULT" else None
    arrested = rng.choice([None, 1, 2, 4, 10, 25]) if event_type == "COERCE" else None
    evidence = f"Incident {n} in {place}: {actor.name} — {WORDS[event_type]}."
    return EventRecord(
        event_type=event_type,  # type: ignore[arg-type]
        mode=mode,
        contexts=["crime"],
        date=start + dt.timedelta(days=rng.randrange(3 * 365)),
        date_precision="day",
        place=place,
        country=country,
        admin1=admin1,
        latitude=round(lat + rng.uniform(-0.08, 0.08), 4),
        longitude=round(lon + rng.uniform(-0.08, 0.08), 4),
        geo_precision=1,
        actors=[actor],
        cross_border=rng.random() < 0.15,
        killed=killed,
        injured=rng.choice([None, 1, 2]) if event_type == "ASSAULT" else None,
        arrested=arrested,
        weapons_seized=rng.choice([None, 2, 12]) if mode == "seize" else None,
        displaced=rng.choice([40, 150, 600]) if event_type == "DISPLACE" else None,
        factuality=rng.choice(["asserted", "asserted", "reported", "hedged"]),  # type: ignore[arg-type]
        evidence=[evidence],
    )


def report(records: list[EventRecord], n: int) -> AnnotatedReport:
    text = "\n".join(r.evidence[0] for r in records)
    sentences, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        sentences.append(Sentence(index=i, text=line, start=pos, end=pos + len(line)))
        pos += len(line) + 1
    digest = hashlib.sha256(text.encode()).hexdigest()
    published = max(r.date for r in records if r.date)
    rep = Report(
        text=text,
        content_hash=digest,
        title=f"Border report {n}",
        url=f"https://example.org/reports/{n}",
        published=published,
        language="en",
        source="synthetic",
    )
    return AnnotatedReport(report=rep, language="en", sentences=sentences)


def generate(path: Path, n: int, per_report: int = 20, seed: int = 2025) -> int:
    """Write `n` events into a new store at `path`; returns the number stored."""
    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    with Store(path) as store:
        for first in range(0, n, per_report):
            records = [record(rng, k, start) for k in range(first, min(n, first + per_report))]
            store.save_report(report(records, first), records)
        return store.count_events()

"""Who deports.

In an arrest, the force a suspect is handed over to is no party to it; in a deportation it
is the one that deports ("fue entregado a la policía migratoria para su deportación",
"handed over to migration police for deportation"). A deportation that names no force at
all was still the act of the state it was made from (labelling conventions: GOV generic
authorities), as "fue deportado a su país" says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hito.extract.actors import STATE_SECTORS, find_actors, force_name, placed_force
from hito.models import Actor, EventRecord

# The receiver, right after the handing-over verb ("entregado a la", "handed over to").
_HANDED_TO = re.compile(
    r"\b(?:handed|turned)\s+(?:\w+\s+)?(?:over\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\b(?:entregad[oa]s?|remitid[oa]s?)\s+(?:a|al)\s+(?:la\s+|las\s+|los\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\ba\s+(?:la\s+)?disposici[oó]n\s+(?:de|del)\s+(?:la\s+|las\s+|los\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _receivers(evidence: Sequence[str], language: str, country: str | None) -> list[Actor]:
    found: list[Actor] = []
    for text in evidence:
        for am in find_actors(text, language):
            if am.actor.sector not in STATE_SECTORS:
                continue
            if not _HANDED_TO.search(text, max(0, am.start - 60), am.start):
                continue
            actor = placed_force(am, country)
            if actor not in found:
                found.append(actor)
    return found


def deporting_state(records: list[EventRecord], language: str) -> list[EventRecord]:
    """A deportation with no state party takes the force its person was handed to, else
    the authorities of its country."""
    out = list(records)
    for k, record in enumerate(records):
        if record.mode != "deport" or any(a.sector in STATE_SECTORS for a in record.actors):
            continue
        actors = _receivers(record.evidence, language, record.country)
        if not actors and record.country:
            actors = [
                Actor(
                    name=force_name(record.country, "authorities"),
                    sector="GOV",
                    country=record.country,
                )
            ]
        if actors:
            out[k] = record.model_copy(update={"actors": [*record.actors, *actors]})
    return out

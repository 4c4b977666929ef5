"""The forces a report lists as taking part in an operation.

Press releases on arrests and raids often tell the act in the passive ("fueron detenidos
cuatro hombres", "three men were arrested") and name the forces in a sentence of their
own: "Participaron en el cateo agentes ministeriales, policías municipales y soldados",
"Soldiers and state police took part in the operation". That
sentence tells no act, so no incident holds it, but its forces made the arrests and
seizures told before it (labelling conventions: who acted), not the attacks the report
tells, which an operation answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hito.extract.actors import STATE_SECTORS, ActorMention, find_actors, placed_force
from hito.models import EventRecord, Sentence

# "participaron", "participa", "tomaron parte", "took part", "takes part", "participated",
# with an operation noun in the same sentence ("en el operativo", "en las acciones", "in the
# raid"): a fight "en el que participaron policías" is no operation.
_TOOK_PART = re.compile(
    r"\b(?:particip(?:aron|[oó]|aban|an|a|ado)|tom(?:aron|[oó]|a|an|aban|ado)\s+parte"
    r"|(?:took|takes?|taking)\s+part|participat(?:e[sd]?|ing))\b",
    re.IGNORECASE,
)
_OPERATION = re.compile(
    r"\b(?:operativos?|acci[oó]n|acciones|cateos?|diligencias?|operations?|raids?)\b",
    re.IGNORECASE,
)
# "informaron las autoridades": generic authorities in such a sentence tell of it.
_TELLERS = frozenset({"authorities", "officials", "government"})


def _participants(sentence: Sentence, language: str) -> list[ActorMention]:
    text = sentence.text
    if not (_TOOK_PART.search(text) and _OPERATION.search(text)):
        return []
    return [
        am
        for am in find_actors(text, language)
        if am.actor.sector in STATE_SECTORS
        and (am.role or am.actor.name).split()[-1] not in _TELLERS
    ]


def operation_participants(
    records: list[EventRecord], sentences: Sequence[Sentence], language: str
) -> list[EventRecord]:
    """Arrests and seizures told before a sentence that lists an operation's participants
    take those forces as actors too, where they are not already named."""
    index = {s.text: s.index for s in sentences}
    lists = [(s.index, found) for s in sentences if (found := _participants(s, language))]
    if not lists:
        return records
    out = list(records)
    for k, record in enumerate(records):
        if record.event_type != "COERCE" or record.factuality in ("historical", "hypothetical"):
            continue
        told = [index[e] for e in record.evidence if e in index]
        if not told:
            continue
        first = min(told)
        actors = list(record.actors)
        for at, found in lists:
            if at < first:
                continue
            for am in found:
                actor = placed_force(am, record.country)
                if all(
                    (a.sector, a.country) != (actor.sector, actor.country)
                    for a in (*actors, *record.targets)
                ):
                    actors.append(actor)
        if len(actors) > len(record.actors):
            out[k] = record.model_copy(update={"actors": actors})
    return out

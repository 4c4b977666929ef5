"""Read one sentence into incident mentions: what type of act, by whom, with what figures.

A sentence can mention more than one incident type; the labelling conventions fold some
of them together (a clash in which people are arrested is one ASSAULT; a mobilisation
that leads into an assault is only the ASSAULT; a raid that arrests and seizes is one
COERCE), which `sentence_mentions` applies before anything is grouped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hito.extract.actors import ActorMention, find_actors
from hito.extract.quantities import Figure, sentence_drugs, sentence_figures
from hito.extract.triggers import Trigger, find_triggers
from hito.models import DrugSeizure, Sentence

# Which record type a figure may belong to.
FIGURE_TYPES: dict[str, tuple[str, ...]] = {
    "killed": ("ASSAULT", "PROTEST", "COERCE"),
    "injured": ("ASSAULT", "PROTEST", "COERCE"),
    "arrested": ("COERCE", "ASSAULT", "PROTEST"),
    "personnel": ("MOBILIZE", "COERCE", "ASSAULT"),
    "weapons_seized": ("COERCE", "ASSAULT"),
    "displaced": ("DISPLACE",),
}

# Types that swallow another type named in the same sentence (labelling conventions).
_ABSORBS: dict[str, tuple[str, ...]] = {
    "ASSAULT": ("MOBILIZE",),
    "COERCE": ("MOBILIZE",),
}

_ASSAULT_MODE_RANK = ("explosives", "abduct", "firearms", "beat", "targeted")

_CROSSING = re.compile(
    r"\b(?:cross(?:ed|ing|es)? (?:the border )?(?:in)?to|across the border|into (?:Mexico|Guatemala|Honduras|Belize)"
    r"|cruz(?:ó|aron|ar|ando) (?:la frontera|hacia|a)|hacia (?:M[eé]xico|Guatemala)|a territorio"
    r"|se internaron)",
    re.IGNORECASE,
)


@dataclass
class IncidentMention:
    """One sentence's account of one incident of one type."""

    sentence: Sentence
    event_type: str
    triggers: list[Trigger]
    actors: list[ActorMention]
    figures: list[Figure] = field(default_factory=list)
    drugs: list[DrugSeizure] = field(default_factory=list)
    crossing: bool = False

    @property
    def mode(self) -> str | None:
        modes = [t.mode for t in self.triggers if t.mode]
        if not modes:
            return None
        if self.event_type == "ASSAULT":
            return min(modes, key=assault_mode_rank)
        return modes[0]


def assault_mode_rank(mode: str) -> int:
    return _ASSAULT_MODE_RANK.index(mode) if mode in _ASSAULT_MODE_RANK else len(_ASSAULT_MODE_RANK)


def sentence_mentions(sentence: Sentence, language: str) -> list[IncidentMention]:
    triggers = find_triggers(sentence, language)
    if not triggers:
        return []
    actors = find_actors(sentence.text, language)
    figures = sentence_figures(sentence)
    drugs = sentence_drugs(sentence)
    crossing = bool(_CROSSING.search(sentence.text))

    by_type: dict[str, list[Trigger]] = {}
    for t in triggers:
        by_type.setdefault(t.event_type, []).append(t)

    # A clash during which people are arrested is one ASSAULT carrying `arrested`.
    if "ASSAULT" in by_type and "COERCE" in by_type:
        if all(t.mode == "arrest" for t in by_type["COERCE"]):
            del by_type["COERCE"]
    for absorber, absorbed in _ABSORBS.items():
        if absorber in by_type:
            for kind in absorbed:
                by_type.pop(kind, None)

    has_displaced_figure = any(f.field == "displaced" for f in figures)
    mentions = []
    for event_type, hits in by_type.items():
        strong = [t for t in hits if not t.weak]
        if not strong:
            # A bare "fled" makes a displacement only with a figure or a border crossing.
            if not (has_displaced_figure or crossing):
                continue
        mentions.append(
            IncidentMention(
                sentence=sentence,
                event_type=event_type,
                triggers=strong or hits,
                actors=actors,
                figures=[f for f in figures if event_type in FIGURE_TYPES[f.field]],
                drugs=drugs if event_type in ("COERCE", "ASSAULT") else [],
                crossing=crossing,
            )
        )
    return mentions

"""PERP: ORGANIZATION ID for the state's own forces (MUC-4 scoring-guidelines 3.2.10,
"state-sponsored terrorism"): when a record's sentences tell the army or the air force
doing the harm ("killed by soldiers", "the air force bombed"), MUC keys the force by the
name the text gives it ("ARMED FORCES", "ARMY", "AIR FORCE"), not by hito's force noun
("Salvadoran military"), whose words the scorer would not credit."""

from __future__ import annotations

import re

from hito.models import EventRecord

# The force's name as wire copy writes it, most specific first; Spanish too, as hito reads
# both. Police forces are left out: on dev they were mostly the ones who reported or
# answered the act (2 of 87 fills credited).
_FORCES: tuple[tuple[str, str], ...] = (
    ("AIR FORCE", r"air force|fuerza a[eé]rea"),
    ("ARMED FORCES", r"armed forces|fuerzas armadas"),
    ("ARMY", r"army|soldiers?|troops|ej[eé]rcito|soldados?|tropas"),
)
# The force as the doer: the agent of a passive ("killed by soldiers", "asesinados por
# soldados"), the subject of a harm ("troops machinegunned"), or the one blamed.
_HARM = (
    r"(?:killed|murdered|massacred|shot|fired|bombed|strafed|machinegunned|attacked|raided"
    r"|tortured|kidnapped|abducted|burned|executed|opened fire|were responsible|was responsible"
    r"|(?:were|was|are|is) (?:\w+ )?(?:involved|implicated)|mat(?:ó|aron)|asesin(?:ó|aron)"
    r"|dispar(?:ó|aron)|bombarde(?:ó|aron)|ametrall(?:ó|aron)|secuestr(?:ó|aron))"
)
# A force that tells someone else's act ("the army said gunmen killed ...") is no doer.
_TOLD = r"(?:said|says|reported|stated|announced|that|dijo|inform[óa]|report[óa]|que)\b"
_BY = r"(?:by|por|blamed|accused|attributed to|culp[óa]|acus[óa])"


def _doer(force: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b{_BY} (?:(?:the|a|an|el|la|los|las|members of|miembros de)\s)*(?:\w+\s){{0,2}}?"
        rf"(?:{force})\b"
        rf"|\b(?:{force})\s(?:(?!{_TOLD})\w+\s){{0,3}}?{_HARM}\b",
        re.I,
    )


_DOERS = tuple((name, _doer(force)) for name, force in _FORCES)


def state_perpetrators(record: EventRecord) -> list[str]:
    """The state forces the record's sentences tell doing its harm, each by the name the
    sentence gives it. Read from the sentences, not the record's actors: hito's actor is
    often the force that answered the act, and the doer a force noun it did not tie to
    the act (tried on dev: requiring a military actor found 9 fewer credited fills)."""
    for name, doer in _DOERS:
        if any(doer.search(sentence) for sentence in record.evidence):
            return [name]
    return []

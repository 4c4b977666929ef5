"""Turn the numbers of a sentence into the figures of a record.

A number becomes a figure by the words next to it: the noun it counts and the verb
that says what happened to them ("two police officers were killed", "detuvieron a
tres personas", "over 600 Guatemalan police and soldiers"). An explicit none ("no
arrests", "sin detenidos") comes from the annotator as a number of value 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hito.models import DrugSeizure, NumberMention, Sentence

_GAP = r"(?:[\w,'’-]+\s+){0,%d}?"


def _after(words: str, gap: int = 3) -> re.Pattern[str]:
    return re.compile(r"^\s*(?:more\s+)?" + (_GAP % gap) + r"(?:" + words + r")\b", re.IGNORECASE)


def _before(words: str) -> re.Pattern[str]:
    return re.compile(
        r"\b(?:" + words + r")\s+(?:at least |al menos |some |unos |unas |about |around |a )?$",
        re.IGNORECASE,
    )


_KILLED_NOUNS = (
    r"dead|deaths|bodies|fatalities|corpses|muert[oa]s|fallecid[oa]s|cad[aá]veres|cuerpos"
    r"|ejecutad[oa]s|asesinad[oa]s|v[ií]ctimas mortales|personas sin vida"
)
_KILLED_VERBS = (
    r"(?:were |was |have been |had been |are )?(?:killed|shot dead|murdered|slain|executed|died)"
    r"|murieron|perdieron la vida|fueron asesinad[oa]s|fueron ejecutad[oa]s|sin vida"
)
_INJURED = r"injured|wounded|hurt|herid[oa]s|lesionad[oa]s"
_ARRESTED = (
    r"arrests|arrested|detained|detainees|apprehended|captured|taken into custody"
    r"|detenid[oa]s|capturad[oa]s|aprehendid[oa]s|arrestad[oa]s|detenciones|capturas"
)
_WEAPONS = (
    r"firearms|weapons|guns|rifles|assault rifles|pistols|handguns|shotguns|grenades"
    r"|armas(?: de fuego| largas| cortas)?|fusiles|pistolas|escopetas|ametralladoras|granadas"
)
_DISPLACED = r"displaced|fled|flee|fleeing|desplazad[oa]s|huyeron|refugiad[oa]s|were forced to flee"
_PERSONNEL = (
    r"police|policemen|officers|soldiers|troops|agents|personnel|guardsmen|marines|members of"
    r"|elementos|polic[ií]as|soldados|militares|efectivos|agentes|uniformados|guardias|marinos"
)

_RULES: tuple[tuple[str, re.Pattern[str] | None, re.Pattern[str] | None], ...] = (
    (
        "killed",
        _after(_KILLED_NOUNS, 2),
        _before(r"bodies of|the bodies of|cuerpos de|cad[aá]veres de|restos de"),
    ),
    (
        "killed",
        _after(_KILLED_VERBS, 3),
        _before(
            r"killed|killing|murdered|dej[oó]|dejan|asesinaron a|asesinan a|mataron a|matan a"
            r"|ejecutan a|ejecutaron a|abatieron a|abaten a|ultimaron a"
        ),
    ),
    (
        "injured",
        _after(_INJURED, 3),
        _before(r"injured|injuring|wounded|wounding|hiri[oó] a|lesion[oó] a"),
    ),
    (
        "arrested",
        _after(_ARRESTED, 3),
        _before(
            r"arrested|detained|apprehended|captured|detuvieron a|capturaron a|aprehendieron a|arrestaron a"
            r"|detienen a|capturan a|aprehenden a|arrestan a"
        ),
    ),
    ("weapons_seized", _after(_WEAPONS, 2), None),
    ("displaced", _after(_DISPLACED, 3), _before(r"displaced|displacing|desplaz[oó] a")),
    ("personnel", _after(_PERSONNEL, 2), None),
)

_NEGATION = re.compile(r"^(?:no|sin|ning[uú]n[oa]?|zero|ni (?:un|una|uno))\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Figure:
    field: str
    value: int
    start: int  # offset inside the sentence


def _local_span(sentence: Sentence, number: NumberMention) -> tuple[int, int]:
    """Mention offsets are offsets into the report; figures work inside the sentence."""
    return number.start - sentence.start, number.end - sentence.start


def classify_number(text: str, start: int, end: int, zero: bool) -> str | None:
    """Which figure (killed, arrested, personnel...) the number at text[start:end] counts."""
    if zero:
        # "no arrests": the noun sits inside the mention itself.
        after = _NEGATION.sub("", text[start:], count=1)
        after = " " + after
    else:
        after = text[end:]
    before = text[max(0, start - 40) : start]
    for field, after_rule, before_rule in _RULES:
        if after_rule is not None and after_rule.search(after[:80]):
            return field
        if before_rule is not None and not zero and before_rule.search(before):
            return field
    return None


# "Asesinan a un hombre", "a man was shot dead": one victim, though no number is written.
_SINGLE_VICTIM = re.compile(
    r"\b(?:asesin\w+|mat(?:an|aron|ó)|ejecut\w+|ultim\w+|acribill\w+|abat\w+|balean|balearon)\s+a\s+(?:un|una)\s+"
    r"(?:hombre|mujer|joven|menor|polic[ií]a|agente|militar|soldado|taxista|comerciante|periodista|migrante|persona|sujeto)\b"
    r"|\b(?:hallan|encuentran|localizan)\s+(?:el\s+)?(?:cuerpo|cad[aá]ver)\s+de\s+(?:un|una)\b"
    r"|\ba\s+(?:man|woman|police officer|policeman|soldier|journalist|taxi driver|migrant|teenager|boy|girl)\s+was\s+"
    r"(?:shot dead|killed|murdered|gunned down|found dead|executed)\b",
    re.IGNORECASE,
)


def sentence_figures(sentence: Sentence) -> list[Figure]:
    figures = []
    single = _SINGLE_VICTIM.search(sentence.text)
    if single and not any(n.value > 0 for n in sentence.numbers):
        figures.append(Figure("killed", 1, single.start()))
    for number in sentence.numbers:
        if number.value < 0 or number.value != int(number.value) or number.value > 10_000_000:
            continue
        s, e = _local_span(sentence, number)
        field = classify_number(sentence.text, s, e, number.value == 0)
        if field is None:
            continue
        if field == "weapons_seized" and not _SEIZED.search(sentence.text):
            continue
        figures.append(Figure(field, int(number.value), s))
    return figures


_SEIZED = re.compile(
    r"seiz|confiscat|found|recovered|impounded|asegur|decomis|incaut|encontr|hallaron|localizaron",
    re.IGNORECASE,
)

_SUBSTANCES = {
    "cocaine": r"coca[ií]na|cocaine",
    "marijuana": r"marihuana|mariguana|marijuana|cannabis",
    "methamphetamine": r"metanfetamina|methamphetamine|meth|cristal|crystal meth",
    "fentanyl": r"fentanilo|fentanyl",
    "heroin": r"hero[ií]na|heroin",
    "opium poppy": r"amapola|opium poppy|poppy",
    "coca": r"hoja de coca|coca leaf|coca plants?|plantas de coca|arbustos de coca",
}
_UNITS = {
    "kg": r"kg|kilos?|kilogram(?:me)?s?|kilogramos?",
    "t": r"tons?|tonnes?|toneladas?",
    "g": r"g|grams?|gramos?",
    "lb": r"lbs?|pounds?|libras?",
    "l": r"l|liters?|litres?|litros?",
    "ha": r"ha|hectares?|hect[aá]reas?",
    "packages": r"packages?|packets?|paquetes?|bricks?|ladrillos?",
    "plants": r"plants?|plantas?|matas?",
    "pills": r"pills?|tablets?|pastillas?|pastillas? de",
}
_SUBSTANCE_RE = re.compile(
    "|".join(f"(?P<s_{i}>{p})" for i, p in enumerate(_SUBSTANCES.values())), re.I
)
_UNIT_RE = re.compile(
    r"^\s*(?:" + "|".join(f"(?P<u_{i}>{p})" for i, p in enumerate(_UNITS.values())) + r")\b"
    r"(?:\s+(?:of|de))?\s+(?:\w+\s+){0,2}?",
    re.IGNORECASE,
)


def sentence_drugs(sentence: Sentence) -> list[DrugSeizure]:
    """Drugs with their amount: '300 kilos de cocaína', 'four tons of marijuana'."""
    out: list[DrugSeizure] = []
    used: set[str] = set()
    text = sentence.text
    names = list(_SUBSTANCES)
    units = list(_UNITS)
    for number in sentence.numbers:
        _, e = _local_span(sentence, number)
        m = _UNIT_RE.match(text[e:])
        if not m:
            continue
        sm = _SUBSTANCE_RE.match(text[e + m.end() :])
        if not sm:
            continue
        unit = units[int(next(k for k, v in m.groupdict().items() if v)[2:])]
        name = names[int(next(k for k, v in sm.groupdict().items() if v)[2:])]
        out.append(DrugSeizure(substance=name, amount=number.value, unit=unit))
        used.add(name)
    if _SEIZED.search(text):
        for sm in _SUBSTANCE_RE.finditer(text):
            name = names[int(next(k for k, v in sm.groupdict().items() if v)[2:])]
            if name not in used:
                out.append(DrugSeizure(substance=name))
                used.add(name)
    return out

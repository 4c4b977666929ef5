"""Find who acts in a sentence: named institutions and groups, national forces, and roles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeVar

from hito.extract.lexicon import (
    Gate,
    NamedActorPattern,
    force_gate,
    force_patterns,
    named_actor_gate,
    named_actor_patterns,
    role_gate,
    role_patterns,
)
from hito.geo import country_code, demonym_country
from hito.models import Actor

P = TypeVar("P")


@dataclass(frozen=True)
class ActorMention:
    actor: Actor
    start: int
    end: int
    # A force named without its state ("police", "soldados"): the record's country is its country.
    stateless_force: bool = False
    # The force's name without a nationality, when it is not the actor's name.
    role: str | None = None
    # For a stateless named force: the states other than its default that may own it.
    shared_with: tuple[str, ...] = ()


_DEMONYM_NAMES = {
    "MX": "Mexican",
    "GT": "Guatemalan",
    "HN": "Honduran",
    "SV": "Salvadoran",
    "BZ": "Belizean",
    "US": "US",
    "CO": "Colombian",
    "VE": "Venezuelan",
    "CU": "Cuban",
    "HT": "Haitian",
    "NI": "Nicaraguan",
    "EC": "Ecuadorian",
}


def nationality(country: str | None) -> str | None:
    return _DEMONYM_NAMES.get(country or "")


def force_name(country: str | None, role: str) -> str:
    nat = nationality(country)
    return f"{nat} {role}" if nat else role


def placed_force(am: ActorMention, country: str | None) -> Actor:
    """A force named without its state is the force of the country where it acts, unless its
    name belongs to a state that the country is not among the sharers of ("National Guard"
    in Guatemala stays Mexico's)."""
    shared = not am.shared_with or country in am.shared_with
    if am.stateless_force and country and shared:
        role = am.role or am.actor.name
        return Actor(name=force_name(country, role), sector=am.actor.sector, country=country)
    return am.actor


# "la policía de Guatemala", "police of Mexico".
_OF_COUNTRY = re.compile(
    r"\s+(?:de|del|of)\s+(M[eé]xico|Guatemala|Honduras|El Salvador|Belice|Belize)\b"
)
_WORD = re.compile(r"[^\W\d_][\w'’]*")
# "police and soldiers", "policías y soldados": one nationality covers both nouns.
_COORD = re.compile(r"^\s*(?:,|and|y|e|&)\s*$", re.IGNORECASE)


def _demonym_near(text: str, start: int, end: int, language: str) -> str | None:
    """The nationality written next to a force noun: before it in English ("Guatemalan
    police"), after it in Spanish ("policías guatemaltecos"), also "de Guatemala"."""
    before = [m for m in _WORD.finditer(text[max(0, start - 40) : start])]
    for m in reversed(before[-2:]):
        country = demonym_country(m.group(0))
        if country:
            return country
    after = text[end : end + 40]
    words = _WORD.findall(after)
    if words:
        country = demonym_country(words[0])
        if country:
            return country
    of_country = _OF_COUNTRY.match(after)
    if of_country:
        return country_code(of_country.group(1))
    return None


# "agentes del INM", "elementos de la Guardia Nacional": a force noun owned by the named
# institution after it is that institution's people, no second actor.
_OWNER = re.compile(r"\s+(?:de|del|of)\s+(?:(?:la|el|los|las|the)\s+)?", re.IGNORECASE)
# "Mexican National Guard", "Guardia Nacional de México": the name states its own country.
_OWN_COUNTRY = re.compile(r"mexic|m[eé]xico", re.IGNORECASE)
# "Venezuela's National Guard", "la Guardia Nacional de Venezuela".
_COUNTRY_OWNS = re.compile(r"([A-Z][\w ]{2,20}?)['’]s\s*$")


def _named_mention(
    named: NamedActorPattern, text: str, m: re.Match[str], language: str
) -> ActorMention:
    """A named actor; one whose name several states share takes the nationality written
    beside it, else (stateless) the country of the event, else its default."""
    if named.role is None or _OWN_COUNTRY.search(m.group(0)):
        return ActorMention(named.actor, m.start(), m.end())
    country = _demonym_near(text, m.start(), m.end(), language)
    owner = _COUNTRY_OWNS.search(text[max(0, m.start() - 24) : m.start()])
    if country is None and owner:
        country = country_code(owner.group(1))
    if country:
        actor = Actor(
            name=force_name(country, named.role), sector=named.actor.sector, country=country
        )
        return ActorMention(actor, m.start(), m.end())
    return ActorMention(
        named.actor,
        m.start(),
        m.end(),
        stateless_force=True,
        role=named.role,
        shared_with=named.shared_with,
    )


def _candidates(patterns: tuple[P, ...], gate: Gate, text: str) -> list[P]:
    """The patterns that may match `text`, in lexicon order (the gate's cheap pass)."""
    return [patterns[i] for i in sorted(gate.candidates(text))]


# "police-VHP clash", "army-rebel clashes": a hyphenated pair before a word of fighting
# names both sides; elsewhere a hyphen makes one word ("anti-police", "ex-militares").
_PAIR_BEFORE_FIGHT = re.compile(
    r"(?<![\w-])[^\W\d_]+(-)[^\W\d_]+(?=\s+(?:clash|encounter|fight|gun ?battle|shoot-?out|standoff"
    r"|confrontation|skirmish)\w*)",
    re.IGNORECASE,
)


def _split_pairs(text: str) -> str:
    """The text with the hyphen of each fighting pair made a space (offsets unchanged)."""
    if "-" not in text:
        return text
    return _PAIR_BEFORE_FIGHT.sub(lambda m: m.group(0).replace("-", " "), text)


# "three former Guatemalan soldiers", "ex policías municipales": people who once served in a
# force, who act (or are arrested) on their own account, not as the state.
_FORMER = re.compile(r"\b(?:former|ex)[\s-]+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)
# "gunmen dressed as soldiers", "sujetos vestidos de policías", "disfrazados de campesinos":
# the people an attacker poses as are a disguise, no party to the act.
_POSED_AS = re.compile(
    r"\b(?:(?:dressed|disguised|posing|masquerading)\s+(?:up\s+)?as"
    r"|(?:vestid|disfrazad)[oa]s?\s+(?:como|de)"
    r"|(?:haci[eé]ndose|se\s+hac[ií]an|se\s+hicieron)\s+pasar\s+por)\s+(?:[^\W\d_]+\s+){0,1}$",
    re.IGNORECASE,
)
# "police corruption", "military abuses": the force named as a topic of the report, no party.
_TOPIC_AFTER = re.compile(
    r"\s+(?:corruption|reform|brutality|misconduct|abuses|impunity)\b", re.IGNORECASE
)


# "a trafficker with ties to the Gulf Cartel", "un traficante con vínculos con el Cártel de
# Sinaloa", "their main contact for the Juárez Cartel": a group named as someone's partner
# places them in the trade, and is no party to what is done to them or by them. Only a noun
# of ties: "un pandillero vinculado al Barrio 18" names the gang he belongs to.
_TIES_BEFORE = re.compile(
    r"\b(?:ties|links|connections|contacts?|dealings|v[ií]nculos|nexos)\s+"
    r"(?:to|with|for|con|a|al)\s+(?:(?:the|el|la|los|las)\s+)?(?:[\w'’]+\s+){0,1}$",
    re.IGNORECASE,
)

# "the Zetas, rivals of the Gulf Cartel", "which has been fighting the Sinaloa Cartel for
# control of", "que disputa la zona con el Cártel de Sinaloa": the rival of the group that
# acted is named to place the act in a feud, and is no party to it.
_RIVAL_BEFORE = re.compile(
    r"\b(?:rivals?\s+(?:of|to)|rival(?:es)?\s+(?:de|del)"
    r"|(?:which|that|who)\s+(?:(?:has|have)\s+been\s+|is\s+|are\s+)?"
    r"(?:fighting|battling|disputing|feuding\s+with|competing\s+with)"
    r"|que\s+(?:se\s+)?(?:disputan?|pelean?)\s+(?:la\s+zona|la\s+plaza|el\s+territorio"
    r"|la\s+regi[oó]n|el\s+control(?:\s+de\s+[\w\s]{1,30}?)?)\s+con)"
    r"\s+(?:(?:the|el|la|los|las)\s+)?$",
    re.IGNORECASE,
)


# An office named by the people it serves or the crimes against them it pursues ("the
# Special Prosecutor for Crimes against Journalists", "la Fiscalía de Delitos contra
# Migrantes", "the Migrants Unit"): the capitalised role word is part of the office's name,
# no people who take part in the act. Case-sensitive, so text in capitals is left alone.
_OFFICE_HEAD = (
    r"(?:Fiscal[ií]as?|Procuradur[ií]as?|Unidad(?:es)?|Comisi[oó]n|Oficina|Direcci[oó]n"
    r"|Coordinaci[oó]n|Subsecretar[ií]a|Secretar[ií]a|Ministerio|Instituto|Consejo"
    r"|Defensor[ií]a|Agencia|Mecanismo|Office|Unit|Commission|Prosecutor(?:['’]s)?"
    r"|Ministry|Institute|Council|Agency|Department|Directorate|Bureau|Secretariat|Mechanism)"
)
_OFFICE_NAME_BEFORE = re.compile(
    rf"\b{_OFFICE_HEAD}(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w'’-]*|de|del|en|para|contra|la|las|los|el|y|e|a"
    r"|al|of|for|against|on|and|the|to)){0,7}\s+$"
)
_OFFICE_NAME_AFTER = re.compile(rf"^(?:\s+[A-ZÁÉÍÓÚÑ][\w-]*){{0,3}}\s+{_OFFICE_HEAD}\b")


def _in_an_office_name(text: str, start: int, end: int) -> bool:
    """Is the capitalised role word a word of an office's name?"""
    if not text[start:end][:1].isupper() or not text[:start].strip():
        return False
    return bool(
        _OFFICE_NAME_BEFORE.search(text, max(0, start - 120), start)
        or _OFFICE_NAME_AFTER.match(text[end:])
    )


def find_actors(text: str, language: str) -> list[ActorMention]:
    """Actors named in one sentence, in text order, without overlaps (longest first)."""
    found: list[ActorMention] = []
    former: list[tuple[int, int]] = []  # spans of former members, no mention of any party
    text = _split_pairs(text)

    def free(s: int, e: int) -> bool:
        return all(e <= m.start or s >= m.end for m in found) and all(
            e <= fs or s >= fe for fs, fe in former
        )

    for named in _candidates(named_actor_patterns(), named_actor_gate(), text):
        for m in named.regex.finditer(text):
            if not free(m.start(), m.end()):
                continue
            if named.actor.sector in _GROUP_SECTORS and (
                _TIES_BEFORE.search(text, max(0, m.start() - 60), m.start())
                or _RIVAL_BEFORE.search(text, max(0, m.start() - 80), m.start())
            ):
                former.append((m.start(), m.end()))
                continue
            found.append(_named_mention(named, text, m, language))
    named_starts = {a.start for a in found}
    for force in _candidates(force_patterns(language), force_gate(language), text):
        for m in force.regex.finditer(text):
            if not free(m.start(), m.end()):
                continue
            if (
                _FORMER.search(text, 0, m.start())
                or _POSED_AS.search(text, max(0, m.start() - 60), m.start())
                or _TOPIC_AFTER.match(text, m.end())
            ):
                former.append((m.start(), m.end()))
                continue  # "former soldiers", "ex policías": people once of that force
            owner = _OWNER.match(text, m.end())
            if owner and owner.end() in named_starts:
                continue  # "agentes del INM", "soldiers of the Mexican Army": that institution
            country = _demonym_near(text, m.start(), m.end(), language)
            if country is None:
                country = _shared_demonym(text, m.start(), found)
            if country is None:
                country = _acting_state(text)
            actor = Actor(
                name=force_name(country, force.role), sector=force.sector, country=country
            )
            found.append(ActorMention(actor, m.start(), m.end(), stateless_force=country is None))
    groups = [a for a in found if a.actor.sector in _GROUP_SECTORS]
    for role in _candidates(role_patterns(language), role_gate(language), text):
        for m in role.regex.finditer(text):
            if not free(m.start(), m.end()):
                continue
            if role.sector in _GROUP_SECTORS and _names_group(text, m, groups):
                continue
            if _POSED_AS.search(text, max(0, m.start() - 60), m.start()):
                former.append((m.start(), m.end()))
                continue
            if _in_an_office_name(text, m.start(), m.end()):
                continue
            country = None
            if role.sector in ("CVL", "REF", "REB", "PRM", "CRM"):
                country = _demonym_near(text, m.start(), m.end(), language)
            name = role.name
            if country and role.name == "civilians":
                # "Mexican citizens", "familias guatemaltecas": keep what the text calls them.
                noun = (
                    "citizens"
                    if re.match(r"citizens|ciudadanos", m.group(0), re.I)
                    else "civilians"
                )
                name = f"{nationality(country)} {noun}"
            elif country and role.name == "migrants":
                name = f"{nationality(country)} migrants"
            found.append(
                ActorMention(
                    Actor(name=name, sector=role.sector, country=country), m.start(), m.end()
                )
            )
    captors = _CAPTOR_GROUP.search(text)
    if captors and free(captors.start(1), captors.end(1)):
        found.append(ActorMention(_CAPTORS, captors.start(1), captors.end(1)))
    found.sort(key=lambda a: a.start)
    return _without_patrons_of_forces(text, found)


# "kept captive by a group", "permanecían secuestrados por un grupo de": people
# who hold others captive are kidnappers, criminals however the text counts them. An armed
# group is gunmen, told by the role list; this reads only a bare group.
_CAPTOR_GROUP = re.compile(
    r"\b(?:held\s+(?:captive|hostage)|kept\s+captive|kidnapped|abducted|secuestrad[oa]s?"
    r"|privad[oa]s?\s+de\s+(?:la|su)\s+libertad|retenid[oa]s?|cautiv[oa]s?)\s+(?:by|por)\s+"
    r"(?:a|an|one|un|el|the)\s+(group|grupo)\b(?!\s+(?:armado|criminal|delictivo)\b)",
    re.IGNORECASE,
)
_CAPTORS = Actor(name="criminals", sector="CRM", country=None)


# "soldiers working for drug traffickers", "policías al servicio de criminales", "officers on
# the payroll of the Gulf Cartel": the group a state force serves is named to tell of the
# force's corruption; the force acts, the group is no party. A group that gunmen or hitmen
# work for is the one acting through them, and stays.
_SERVES_BEFORE = re.compile(
    r"\b(?:(?:working|worked|works|work)\s+for|on\s+the\s+payroll\s+of|in\s+the\s+pay\s+of"
    r"|al\s+servicio\s+(?:de|del)|en\s+la\s+n[oó]mina\s+(?:de|del)|a\s+sueldo\s+(?:de|del)"
    r"|trabajaban?\s+para)\s+(?:(?:the|el|la|los|las)\s+)?$",
    re.IGNORECASE,
)
STATE_SECTORS = frozenset({"COP", "MIL", "GOV", "JUD"})


def _without_patrons_of_forces(text: str, found: list[ActorMention]) -> list[ActorMention]:
    kept: list[ActorMention] = []
    for mention in found:
        served = mention.actor.sector in _GROUP_SECTORS and _SERVES_BEFORE.search(
            text, max(0, mention.start - 40), mention.start
        )
        if served and kept and kept[-1].actor.sector in STATE_SECTORS:
            continue
        kept.append(mention)
    return kept


# Non-state armed groups: the role noun written beside one's name is that group.
_GROUP_SECTORS = frozenset({"REB", "CRM"})
# "FMLN guerrillas", "guerrillas of the FMLN", "guerrilleros del ELN", "miembros de las FARC".
_BEFORE_NAME = re.compile(
    r"^\s+(?:(?:of|from|de|del|de la|de las|de los)\s+)?(?:(?:the|la|las|el|los)\s+)?$", re.I
)


def _names_group(text: str, role: re.Match[str], groups: list[ActorMention]) -> bool:
    """Whether the role mention ("guerrillas", "terrorists") only describes a named group
    right beside it: one actor, not a second armed side of the same act."""
    for g in groups:
        if g.end <= role.start() and re.fullmatch(r"[\s-]*", text[g.end : role.start()]):
            return True
        if role.end() <= g.start and _BEFORE_NAME.match(text[role.end() : g.start]):
            return True
    return False


# "Guatemala deployed 200 soldiers", "México envió tropas": the state that sends its forces.
_STATE_SUBJECT = re.compile(
    r"\b(M[eé]xico|Guatemala|Honduras|El Salvador|Belice|Belize)\s+(?:has |had |ha |will |would )?"
    r"(?:sent|sends|deployed|deploys|dispatched|will send|envi[oó]|env[ií]a|enviar[aá]|despleg[oó]|despliega"
    r"|desplegar[aá]|mand[oó]|reforz[oó])\b",
    re.IGNORECASE,
)


def _acting_state(text: str) -> str | None:
    m = _STATE_SUBJECT.search(text)
    return country_code(m.group(1)) if m else None


def _shared_demonym(text: str, start: int, found: list[ActorMention]) -> str | None:
    """'Guatemalan police and soldiers': the second noun takes the first one's nationality."""
    for prev in found:
        if prev.actor.country and _COORD.match(text[prev.end : start]):
            return prev.actor.country
    return None


# "suspected members of the cartel", "the criminal organization's leader", "integrantes de la
# organización", "el grupo delictivo": a criminal group called back by a bare noun. A noun
# with an "of"/"de" after it ("the group of migrants", "la banda de música") is described
# there, not called back.
_GROUP_NAMED_BACK = re.compile(
    r"\b(?:the|el|la|del|al)\s+(?:(?:criminal|crime|drug[- ]trafficking)\s+)?"
    r"(?:cartel|c[aá]rtel|gang|group|organi[sz]ation|grupo|organizaci[oó]n|banda)"
    r"(?:\s+(?:criminal|delictiv[oa]))?(?:['’]s)?\b(?!\s+(?:of|de|del)\b)",
    re.IGNORECASE,
)


def named_groups(text: str, language: str) -> list[Actor]:
    """The non-state armed groups the sentence names by name as parties: one named only as
    another's partner ("a contact for the Sinaloa Cartel") is no group the report follows."""
    named = {
        p.actor
        for p in _candidates(named_actor_patterns(), named_actor_gate(), text)
        if p.actor.sector in _GROUP_SECTORS
    }
    if not named:
        return []  # the cheap pass rules out most sentences: no full reading for them
    return [a.actor for a in find_actors(text, language) if a.actor in named]


def with_group_named_back(
    text: str, found: list[ActorMention], groups_before: set[Actor]
) -> list[ActorMention]:
    """The sentence's actors with a group called back by a bare noun ("the cartel") read as
    the one group the report named before; a group role there ("grupo delictivo") is that
    group. With no group or several named before, the noun points at none."""
    if len(groups_before) != 1 or any(
        a.actor in groups_before or (a.actor.sector in _GROUP_SECTORS and a.actor.country)
        for a in found
    ):
        return found
    (group,) = groups_before
    back = _GROUP_NAMED_BACK.search(text)
    if back is None:
        return found
    kept = [
        a
        for a in found
        if not (a.actor.sector in _GROUP_SECTORS and a.start < back.end() and back.start() < a.end)
    ]
    kept.append(ActorMention(group, back.start(), back.end()))
    return sorted(kept, key=lambda a: a.start)


# "la dependencia informó", "dicha dependencia federal": Spanish releases call the office that
# issued them back by this noun. English "the agency" is as often the news agency: not read.
_INSTITUTION_NAMED_BACK = re.compile(
    r"\b(?:la|esta|esa|dicha)\s+dependencia(?:\s+(?:federal|estatal|castrense|militar))?\b",
    re.IGNORECASE,
)


def named_institutions(text: str, language: str) -> list[Actor]:
    """The state institutions the sentence names by name (not force nouns such as
    "soldados"): the ones "la dependencia" may call back."""
    named = {
        p.actor
        for p in _candidates(named_actor_patterns(), named_actor_gate(), text)
        if p.actor.sector in STATE_SECTORS
    }
    if not named:
        return []
    return [a.actor for a in find_actors(text, language) if a.actor in named]


def with_institution_named_back(
    text: str, found: list[ActorMention], institutions_before: set[Actor]
) -> list[ActorMention]:
    """The sentence's actors with "la dependencia" read as the one state institution the
    report named before; with none or several named, the noun points at none."""
    if len(institutions_before) != 1:
        return found
    back = _INSTITUTION_NAMED_BACK.search(text)
    if back is None or any(a.start < back.end() and back.start() < a.end for a in found):
        return found
    (institution,) = institutions_before
    return sorted(
        [*found, ActorMention(institution, back.start(), back.end())], key=lambda a: a.start
    )

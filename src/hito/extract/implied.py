"""Parties an act implies or rules out, beyond those the lexicon finds in its sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from hito.extract.actors import ActorMention, find_actors, force_name
from hito.extract.lexicon import role_patterns
from hito.geo import country_demonyms
from hito.models import Actor, EventRecord
from hito.nlp.act_words import DIED
from hito.nlp.date_words import MONTHS, alternation
from hito.nlp.said_words import TOLD_BEFORE_SPEAKER

# People named by what they are, not by a group ("un hombre fue ejecutado", "killing six
# transport workers", "the driver was shot dead"), harmed in the same clause.
_PERSON = (
    r"(?:m[ae]n|wom[ae]n|people|persons?|person|drivers?|passengers?|workers?|farmhands?|activists?"
    r"|youths?|teenagers?|singers?|musicians?|shopkeepers?|vendors?|taxi drivers?"
    r"|hombres?|mujer(?:es)?|personas?|j[oó]venes|chofer(?:es)?|conductor(?:es)?|pasajeros?"
    r"|trabajadores?|activistas?|comerciantes?|vendedor(?:es)?|taxistas?|cantantes?|menores"
    r"|ind[ií]genas?"
    # Named by what they run or own ("a boat operator", "el dueño de una tienda").
    r"|operators?|owners?|operador(?:es|as?)?|due[nñ][oa]s?|propietari[oa]s?"
    # Named by their fellows ("cuatro compañeras de la cooperativa", "three colleagues of the leader").
    r"|comrades?|colleagues?|compa[nñ]er[oa]s?|colegas?)"
)
_HARMED = (
    r"(?:killed|murdered|shot|gunned down|slain|massacred|executed|wounded|injured|kidnapped"
    r"|killing|murdering|wounding|kidnapping|abducting"
    r"|abducted|stabbed|beaten|asesinad[oa]s?|ejecutad[oa]s?|acribillad[oa]s?|balead[oa]s?"
    r"|golpead[oa]s?|beheaded|beheading|decapitated|decapitation|decapitad[oa]s?|decapitaron"
    r"|heridos?|secuestrad[oa]s?|levantad[oa]s?|ultimad[oa]s?|mataron|asesinaron|ejecutaron"
    r"|hirieron|secuestraron|balearon|tirote[oó]"
    # Told only as a death: "lost their lives", "perdió la vida", "died", "murieron".
    rf"|{DIED})"
)
_PERSON_HARMED = re.compile(
    rf"\b{_PERSON}\b\W+(?:[\w-]+\W+){{0,6}}?{_HARMED}\b"
    rf"|\b{_HARMED}\b\W+(?:[\w-]+\W+){{0,4}}?{_PERSON}\b",
    re.IGNORECASE,
)
# A person named by name, subject of a harm ("Mario Salazar was shot dead", "José Torres,
# hermano del alcalde, fue ultimado"): capitalised words, so the case must be kept.
_NAME = (
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+(?:de\s+la\s+|del?\s+|y\s+|and\s+)?"
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+){1,7}"
)
# A surname led by its particle at the head of a clause ("that de la Torre was beaten", "De la
# Torre fue golpeado"): after a telling word or a comma, so that an institution after "de la"
# ("una patrulla de la Policía") is not read as a person.
_PARTICLE_SURNAME = (
    r"(?:(?<=^)|(?<=\bthat\s)|(?<=\bsaid\s)|(?<=\bque\s)|(?<=\bdijo\s)|(?<=,\s))"
    r"(?:[Dd]e(?:\s+(?:la|los|las))?|[Dd]el)\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+"
)
_NAMED_HARMED = re.compile(
    rf"(?P<name>\b{_NAME}|{_PARTICLE_SURNAME}),?\s+"
    r"(?:was|were|has been|had been|fue|fueron|ha sido|habr[ií]a sido)\s+"
    rf"(?i:{_HARMED})\b"
)

_ARRESTED = (
    r"(?:arrested|detained|captured|apprehended|detenid[oa]s?|arrestad[oa]s?|capturad[oa]s?"
    r"|aprehendid[oa]s?|detuvieron|arrestaron|capturaron|aprehendieron)"
)
# People held, named by what they are and not counted ("the owner and his manager were
# arrested", "fueron detenidos el dueño y su encargado"), in the same clause.
_PERSON_ARRESTED = re.compile(
    rf"\b{_PERSON}\b\W+(?:[\w-]+\W+){{0,6}}?{_ARRESTED}\b"
    rf"|\b{_ARRESTED}\b\W+(?:[\w-]+\W+){{0,4}}?{_PERSON}\b",
    re.IGNORECASE,
)

_THREATENED_PEOPLE = re.compile(
    r"\b(?:(?:bus |taxi |truck |minibus )?drivers?|population|shopkeepers?|vendors?|merchants?"
    r"|traders?|workers?|choferes|chofer|conductores|pilotos|comerciantes|vendedores"
    r"|trabajadores|poblaci[oó]n)\b",
    re.IGNORECASE,
)


# Who works inside ("nine employees", "los trabajadores", "el personal"): held by inmates,
# the prison's own staff.
_STAFF = re.compile(
    r"\b(?:employees|workers|staff|officials|empleados|trabajadores|personal|funcionarios)\b",
    re.IGNORECASE,
)


# Attacks on things rather than people: arson and bombings, from the ground or from drones.
_AGAINST_PROPERTY = frozenset({"destroy", "explosives", "drone"})
# People's homes and the buses they ride ("set fire to three houses", "incendiaron cuatro
# viviendas", "prendieron fuego a un microbús"), not a force's patrol cars or a business's
# premises, which the lexicon names as their own party.
_HOMES_OR_TRANSIT = re.compile(
    r"\b(?:houses?|homes?|dwellings?|cabins?|huts?|(?:mini)?bus(?:es)?|microbus(?:es)?"
    r"|casas?|viviendas?|hogares|chozas?|autob[uú]s(?:es)?|micro(?:b[uú]s(?:es)?)?"
    r"|minib[uú]s(?:es)?|camionetas? de pasajeros|unidades? de transporte)\b",
    re.IGNORECASE,
)


# Whoever took and held the victims of a kidnapping the report tells without naming them:
# unknown armed people, as the labelling conventions file captors. Implied, not told: no
# armed side of a fight (the MUC-4 adapter's combat test).
UNKNOWN_CAPTORS = Actor(name="captors", sector="UAF", country=None)


def implied_targets(
    event_type: str,
    mode: str | None,
    arrested: int | None,
    targets: list[Actor],
    country: str | None,
    sentences: tuple[str, ...] = (),
    two_sided: bool = False,
    actors: Sequence[Actor] = (),
) -> list[Actor]:
    """The record's targets, with the party its act implies when the text names none.

    People arrested in a security operation are suspects of crime (the labelling
    conventions' CRM) wherever the report calls them only "three people" or by name;
    someone kidnapped without a stated role is a civilian. Both are people of the place
    where it happened.
    """
    if targets and event_type == "COERCE":
        return [_placed(t, country) for t in targets]
    if targets:
        return targets
    if event_type == "COERCE" and arrested:
        country = _people_nationality(sentences) or country
        # The lexicon's role name: read as a role, never as a named group (MUC-4 perp_org).
        return [Actor(name="alleged criminals", sector="CRM", country=country)]
    if (
        event_type == "COERCE"
        and mode == "arrest"
        and arrested is None
        and any(_PERSON_ARRESTED.search(s) for s in sentences)
    ):
        # "arrested the owner and his manager", "estas personas habían sido detenidas": people
        # held but not counted are suspects all the same.
        country = _people_nationality(sentences) or country
        return [Actor(name="alleged criminals", sector="CRM", country=country)]
    if event_type == "COERCE" and mode == "deport":
        # "deportó a más de 200 personas guatemaltecas": whoever is sent back across a
        # border is a migrant (the labelling conventions' REF), of the nationality the
        # report gives, not of the place that sends them.
        return [Actor(name="migrants", sector="REF", country=_people_nationality(sentences))]
    if event_type == "ASSAULT" and mode == "abduct":
        if any(a.name == "prisoners" for a in actors) and any(_STAFF.search(s) for s in sentences):
            return [Actor(name=force_name(country, "prison staff"), sector="GOV", country=country)]
        country = _people_nationality(sentences) or country
        return [Actor(name="civilians", sector="CVL", country=country)]
    if event_type == "THREATEN" and any(_THREATENED_PEOPLE.search(s) for s in sentences):
        # "threatening to kill any driver", "amenazas contra los choferes": people named by
        # their trade, whom the lexicon holds no role for, are civilians of the place.
        return [Actor(name="civilians", sector="CVL", country=country)]
    if (
        event_type == "ASSAULT"
        and mode in _AGAINST_PROPERTY
        and not two_sided
        and any(_HOMES_OR_TRANSIT.search(s) for s in sentences)
    ):
        # Homes or a passenger bus burned or bombed, with no owner named: the people who
        # live in them or ride and drive them, civilians of the place.
        return [Actor(name="civilians", sector="CVL", country=country)]
    if (
        event_type == "ASSAULT"
        and not two_sided
        and any(_PERSON_HARMED.search(s) or _person_named_harmed(s) for s in sentences)
    ):
        # A man or a driver killed, without a group or a force named: a civilian. In a
        # clash the dead are the sides' own, which the actors already hold.
        country = _people_nationality(sentences) or country
        return [Actor(name="civilians", sector="CVL", country=country)]
    return targets


def _person_named_harmed(sentence: str) -> bool:
    """Whether capitalised words before a passive of harm name a person: not a force or an
    institution the lexicon knows ("la Policía Municipal fue baleada", "the National Civil
    Police was shot at"), which its own mention already makes the party."""
    return any(
        not any(find_actors(m.group("name"), language) for language in ("es", "en"))
        for m in _NAMED_HARMED.finditer(sentence)
    )


def displaced_people(
    event_type: str, actors: list[Actor], targets: list[Actor], country: str | None
) -> list[Actor]:
    """A displacement's targets, with the civilians of the place when the text names no
    party at all, the people who fled by no role the lexicon holds ("120 feligreses
    tzotziles", "a family"): someone always moves (labelling conventions: `actors` displaced the
    `targets`). A displacement with parties keeps them: the state or armed men alone on the
    move are no displacement (hito.extract.incidents drops those records)."""
    if event_type != "DISPLACE" or targets or actors:
        return targets
    return [Actor(name="civilians", sector="CVL", country=country)]


# Armed parties outside the state, which drive people out of their homes: cartels and gangs,
# unknown gunmen, militias and rebels.
_ARMED_OUTSIDE_THE_STATE = frozenset({"CRM", "UAF", "PRM", "REB"})
# Acts recalled from the past or still to come: no flight now is theirs, nor their attackers'.
_NOT_HAPPENING_NOW = frozenset({"historical", "hypothetical"})


def driven_out_by_the_attack(records: list[EventRecord]) -> list[EventRecord]:
    """People who flee where the report names no one driving them out fled the attack it
    tells ("gunmen attacked the hamlet ... after the attack 60 families fled"): that attack's
    armed parties drove them out (labelling conventions: `actors` displaced the `targets`).
    An attack recalled as history drove out no one fleeing now, and forces are left out: a
    state that fights there is not named as driving people out."""
    attackers: list[Actor] = []
    for record in records:
        if record.event_type != "ASSAULT" or record.factuality in _NOT_HAPPENING_NOW:
            continue
        attackers += [
            a for a in record.actors if a.sector in _ARMED_OUTSIDE_THE_STATE and a not in attackers
        ]
    if not attackers:
        return records
    return [
        record.model_copy(update={"actors": list(attackers)})
        if record.event_type == "DISPLACE"
        and not record.actors
        and record.factuality not in _NOT_HAPPENING_NOW
        else record
        for record in records
    ]


# A deportation told of people in the plural or by a count ("deported forty migrants",
# "deportó a 200 personas") sends back migrants, whoever else the report arrested.
_MANY_DEPORTED = re.compile(
    r"\b(?:\d+|migrants|migrantes|people|personas|families|familias|nationals|connacionales"
    r"|deportees|deportados|deportadas)\b",
    re.IGNORECASE,
)


_MONTH = f"(?:{alternation(MONTHS['en'])}|{alternation(MONTHS['es'])})"
_YEAR = r"(?:19|20)\d\d"
# "on June 10, 2025", "el 10 de junio de 2025", "in 2024": a number that dates the
# deportation counts no one, while "deported 2000 Hondurans" still counts a crowd.
_DATE_NUMBER = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}(?:,?\s+{_YEAR})?\b"
    rf"|\b\d{{1,2}}\s+(?:de\s+)?{_MONTH}(?:,?\s+(?:de\s+|del\s+)?{_YEAR})?\b"
    rf"|\b{_MONTH}\s+(?:de\s+|del\s+|of\s+)?{_YEAR}\b|\b(?:in|en|since|desde)\s+{_YEAR}\b",
    re.IGNORECASE,
)


def _many_deported(sentence: str) -> bool:
    return bool(_MANY_DEPORTED.search(_DATE_NUMBER.sub(" ", sentence)))


def deported_suspect(records: list[EventRecord]) -> list[EventRecord]:
    """A deportation that names no one, in a report whose one arrest held a criminal party
    ("arrested a gang member ... he was handed over for deportation"), sends back the one
    arrested: the suspect keeps the criminal party, not the migrants a deportation implies."""
    arrests = [r for r in records if r.event_type == "COERCE" and r.mode == "arrest"]
    if len(arrests) != 1 or not arrests[0].targets:
        return records
    if any(t.sector != "CRM" for t in arrests[0].targets):
        return records
    return [
        record.model_copy(update={"targets": list(arrests[0].targets)})
        if record.event_type == "COERCE"
        and record.mode == "deport"
        and record.targets == [Actor(name="migrants", sector="REF", country=None)]
        and not any(_many_deported(s) for s in record.evidence)
        else record
        for record in records
    ]


def implied_protesters(event_type: str, actors: list[Actor], country: str | None) -> list[Actor]:
    """A protest's actors, with the civilians of the place when the text names its people
    only by trade or number ("hundreds of truck drivers", "miles de personas"): protesters
    are civilians (labelling conventions), and a protest always has someone protesting."""
    if event_type != "PROTEST" or actors:
        return actors
    return [Actor(name="protesters", sector="CVL", country=country)]


# Decrees of emergency rule: a state of siege or exception, a curfew.
_DECREES = frozenset({"martial-law", "curfew"})
_STATE_SECTORS = frozenset({"COP", "MIL", "GOV", "JUD"})


def decreeing_government(mode: str | None, actors: list[Actor], country: str | None) -> list[Actor]:
    """A decree of emergency rule is the government's act: the government of the place is its
    actor, not the police or troops sent to enforce it (both golds code every decree so)."""
    if mode not in _DECREES:
        return actors
    government = Actor(name=force_name(country, "government"), sector="GOV", country=country)
    return [government, *(a for a in actors if a.sector not in _STATE_SECTORS)]


def gunmen_of_group(actors: list[Actor], told_apart: bool = False) -> list[Actor]:
    """'Gunmen' beside a criminal group that acts in the same incident are its gunmen:
    one party, not an unknown second one. So are 'criminals' or 'sicarios' beside a group
    the text names ("hitmen of the Familia Michoacana").

    `told_apart`: no sentence of the act names both the gunmen and criminals by a role.
    Then the criminals are the report's talk of crime around the act ("the threat that
    criminal groups pose to drivers") and the gunmen who did it stay the party."""
    if not any(a.sector == "CRM" for a in actors):
        return actors
    roles = _role_names()
    named = any(a.sector == "CRM" and a.name not in roles for a in actors)
    if told_apart and not named and any(a.sector == "UAF" for a in actors):
        return [a for a in actors if a.sector != "CRM"]
    return [
        a
        for a in actors
        if a.sector != "UAF" and not (named and a.sector == "CRM" and a.name in roles)
    ]


def members_of_group(targets: list[Actor]) -> list[Actor]:
    """'Criminals' or 'alleged criminals' beside a criminal group the text names among the
    same act's targets are its members ("un integrante de la Mara Salvatrucha, banda
    criminal"): one party, whose country is the group's, not the place's."""
    roles = _role_names()
    if not any(a.sector == "CRM" and a.name not in roles for a in targets):
        return targets
    return [a for a in targets if not (a.sector == "CRM" and a.name in roles)]


# "Mexican authorities", "authorities": the lexicon's generic state, never a named body.
_GENERIC_STATE = re.compile(r"^(?:[A-Z][a-z]+ |US )?authorities$")


def assault_doers(event_type: str, actors: list[Actor]) -> list[Actor]:
    """An assault's actors (or targets) without the generic authorities: in a report of a
    killing they are who tells of it, finds the dead or answers it ("informó el gobierno
    estatal", "authorities report that gunmen..."), neither who attacked nor who was hurt.
    Security forces, which do fight, are a role of their own in the lexicon."""
    if event_type != "ASSAULT":
        return actors
    return [a for a in actors if not (a.sector == "GOV" and _GENERIC_STATE.match(a.name))]


_WORD = re.compile(r"[^\W\d_][\w'’]*")
_LAST_WORD = re.compile(r"([^\W\d_][\w'’]*)[\W\d_]*$")
# A nationality that says who a person is: "a Guatemalan man", "11 Costa Ricans", "al
# guatemalteco", "a la aeromoza mexicana", "of Mexican origin", "de nacionalidad
# hondureña". Not the nationality of a force ("Guatemalan police", "el Ejército
# mexicano"): the words beside it must name a person.
_PERSON_AFTER = frozenset(
    [
        "man",
        "woman",
        "men",
        "women",
        "national",
        "nationals",
        "citizen",
        "citizens",
        "trafficker",
        "traffickers",
        "smuggler",
        "smugglers",
        "suspect",
        "suspects",
        "drug",
        "origin",
        # People named by their trade: "Guatemalan truck drivers", "two Honduran workers".
        "truck",
        "bus",
        "taxi",
        "driver",
        "drivers",
        "worker",
        "workers",
        "passenger",
        "passengers",
    ]
)
_PERSON_BEFORE = frozenset(
    [
        "al",
        "a",
        "la",
        "los",
        "las",
        "presunto",
        "presunta",
        "presuntos",
        "presuntas",
        "supuesto",
        "supuesta",
        "supuestos",
        "supuestas",
        "hombre",
        "mujer",
        "hombres",
        "mujeres",
        "ciudadano",
        "ciudadana",
        "ciudadanos",
        "ciudadanas",
        "narcotraficante",
        "narcotraficantes",
        "traficante",
        "traficantes",
        "persona",
        "personas",
        "aeromoza",
        "conductor",
        "conductores",
        "chofer",
        "choferes",
        "transportista",
        "transportistas",
        "trabajador",
        "trabajadores",
        "pasajero",
        "pasajeros",
        "nacionalidad",
        "origen",
    ]
)


def _people_nationality(sentences: tuple[str, ...]) -> str | None:
    """The nationality a report gives the people arrested or harmed, when it gives one."""
    for sentence in sentences:
        for start, end, country in country_demonyms(sentence):
            before = _LAST_WORD.search(sentence, 0, start)
            after = _WORD.search(sentence, end)
            # "Guatemalans", "Costa Ricans": English names a people so, never an adjective.
            people = sentence[start:end].lower().endswith("ans")
            if (
                people
                or (after is not None and after.group().lower() in _PERSON_AFTER)
                or (before is not None and before.group(1).lower() in _PERSON_BEFORE)
            ):
                return country
    return None


@cache
def _role_names() -> frozenset[str]:
    return frozenset(r.name for r in role_patterns("en"))


def criminals_by_role(actor: Actor) -> bool:
    """Criminals named only by a role ("Honduran criminals", "a Cuban kidnapping gang"), not
    a named group: a nationality beside them tells where its people were born."""
    return actor.sector == "CRM" and actor.name in _role_names()


def _placed(target: Actor, country: str | None) -> Actor:
    """Criminals arrested or raided, named only by a role ("presuntos delincuentes",
    "smugglers"), are people of the place; a named group keeps its own country or none
    (MS-13 is transnational)."""
    if target.sector != "CRM" or target.country or not country:
        return target
    if target.name not in _role_names():
        return target
    return Actor(name=target.name, sector=target.sector, country=country)


# "el Ejército detuvo a nueve ...", "troops freed 14 hostages": a force whose verb is
# an arrest or a rescue answers the assault; it did not commit it.
_RESCUE_OR_ARREST = re.compile(
    r"^[\s,]*(?:(?!(?:was|were|been|is|are|fue|fueron|sido|han|ha)\b)[\w-]+\s+){0,3}?"
    r"(?:arrest(?:s|ed)|detain(?:s|ed)|captur(?:es|ed)|apprehend(?:s|ed)|free[sd]|rescu(?:es|ed)"
    r"|liberat(?:es|ed)"
    r"|detuv|detien|captur|aprehend|liber|rescat|asegur)",
    re.IGNORECASE,
)


# "police arrested two and shot dead a third": a force that also kills or fires acted.
_KILLING = re.compile(
    r"\b(?:kill\w*|shot|shoot\w*|fired|fire on|opened fire|gunned|encounter|dead"
    r"|mat(?:ó|aron)|abati(?:ó|eron)|dispar\w*|balear\w*|muert[oa]s?)\b",
    re.IGNORECASE,
)


# "Caen 4 en balacera de Loma Alta: Sedena", "Three hurt in ambush - police": the
# party a headline ends on after a colon or a dash is who tells it, no party to the act.
_CREDIT_LINE = re.compile(r"(?::|\s[-\u2013\u2014])\s*$")


def credited_source(text: str, am: ActorMention) -> bool:
    """Whether the mention is the source a line is credited to, at its very end."""
    return not text[am.end :].strip(" .") and bool(_CREDIT_LINE.search(text[: am.start]))


# "the DEA considered him to be a top trafficker", "los Zetas hacen referencia a ...", "la
# DEA lo consideraba": a party that holds a view of someone or refers to an act is its
# observer, no party to it. Not the party it names ("considers the cartel to be behind"),
# nor one a passive participle describes ("police believed to be on a cartel's payroll").
_HOLDS_A_VIEW = re.compile(
    r"^[\s,)]*(?:[\w-]+\s+|\([^)]*\)\s*){0,2}?(?:considers?|believes?"
    r"|(?:considered|believed)(?!\s+(?:to|as)\b)"
    r"|ma(?:de|kes?)\s+(?:a\s+)?reference|refer(?:s|red)?\s+to|consider(?:a|an|aba|aban|ó|aron)"
    r"|(?:hace|hacen|hizo|hicieron|hac[ií]a|hac[ií]an)\s+referencia|se\s+refier(?:e|en)"
    r"|se\s+refiri(?:ó|eron)|cre(?:e|en|ía|ían))\b",
    re.IGNORECASE,
)


def holds_a_view(text: str, am: ActorMention) -> bool:
    """Whether the mention is the subject of a verb of opinion or reference."""
    return bool(_HOLDS_A_VIEW.match(text[am.end :]))


# "the minister told journalists", "shouted to reporters at the gate", "dijo el alcalde
# Tomás Quej a periodistas": the press as the one spoken to. English puts the listener
# right after the verb; Spanish may name the speaker first, then "a" before the listener,
# but not a clause of its own ("dijo que ... mataron a dos periodistas").
_SPOKEN_TO = re.compile(
    r"\b(?:(?:told|tell|tells|telling)\s+|(?:said|says|spoke|speaking|talking|talked|shouted"
    r"|shouting|yelled|explained|statement|statements|declarations?)\s+(?:to|with|at)\s+"
    r"|(?:dij(?:o|eron)|declar(?:ó|aron)|explic(?:ó|aron)|coment(?:ó|aron)|asegur(?:ó|aron)"
    r"|afirm(?:ó|aron)|señal(?:ó|aron)|inform(?:ó|aron)|grit(?:ó|aron)|declaraciones"
    r"|entrevista)\s+(?:(?!que\b)[\w-]+\s+){0,3}?(?:a|ante|con)\s+)"
    r"(?:(?:the|los|las|l[oa]s?|some|several|unos|unas|varios|varias)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def press_audience(text: str, am: ActorMention) -> bool:
    """Whether journalists are named only as those someone spoke to: the audience of a
    statement, no party to the act it tells of."""
    return am.actor.sector == "JRN" and bool(_SPOKEN_TO.search(text[: am.start]))


# "Los militares narraron que ...", "soldiers said", "dijeron los policías": a force that
# tells of the assault neither answered it nor took part in it.
_TELLS_AFTER = re.compile(
    r"^[\s,]*(?:[\w-]+\s+){0,2}?(?:said|says|told|reported|recounted|explained|narr(?:ó|aron)"
    r"|inform(?:ó|aron)|dij(?:o|eron)|señal(?:ó|aron)|declar(?:ó|aron)|explic(?:ó|aron)"
    r"|relat(?:ó|aron)|asegur(?:ó|aron)\s+que)\b",
    re.IGNORECASE,
)
_TELLS_BEFORE = re.compile(
    rf"\b(?:{TOLD_BEFORE_SPEAKER})\s+(?:(?:el|la|los|las|the)\s+)?$",
    re.IGNORECASE,
)


def _telling(text: str, am: ActorMention) -> bool:
    return bool(
        credited_source(text, am)
        or _TELLS_AFTER.match(text[am.end :])
        or _TELLS_BEFORE.search(text[: am.start])
    )


# Those a force frees ("freed two police officers", "rescataron a tres soldados") and those
# told held by others ("soldiers kidnapped by a gang", "officers whom gunmen had abducted",
# "policías que habían sido secuestrados", "soldados secuestrados por"): the held, whatever
# force they belong to. English "soldiers kidnapped two men" is the soldiers' act, so its
# participle needs "by" or a relative clause with a subject of its own. A party after "from"
# ("rescued from a kidnapping gang", "de manos de sus captores") is who held them.
_FREED_BEFORE = re.compile(
    r"\b(?:freed|freeing|rescued|rescuing|liberated|liber(?:ó|aron|an|ar)|rescat(?:ó|aron|an|ar))"
    r"\s+(?:(?:a|al|the|los|las|el|la)\s+)?(?:(?!(?:from|manos)\b)[\w-]+\s+){0,4}?$",
    re.IGNORECASE,
)
_HELD_BY_OTHERS = re.compile(
    r"^[\s,]*(?:(?:kidnapped|abducted|held|taken)\s+(?:hostage\s+|captive\s+)?by\b"
    r"|(?:whom|who|that)\s+(?:the\s+|a\s+|an\s+)?(?!(?:had|have|has|was|were)\b)[\w-]+\s+"
    r"(?:[\w-]+\s+)?(?:had\s+|have\s+|has\s+)?(?:been\s+)?(?:kidnapped|abducted|holding|held)\b"
    r"|(?:que\s+(?:hab[ií]an?\s+|han\s+|ha\s+)?(?:sido\s+)?|a\s+quien(?:es)?\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:secuestrad|plagiad|levantad|retenid|privad[oa]s?\s+de\s+(?:la|su)\s+libertad))",
    re.IGNORECASE,
)


def held_by_others(text: str, am: ActorMention) -> bool:
    """Whether the party is named as freed from, or held by, someone else."""
    return bool(_FREED_BEFORE.search(text[: am.start]) or _HELD_BY_OTHERS.match(text[am.end :]))


def rescues_or_arrests(text: str, am: ActorMention) -> bool:
    """Whether the party is the subject of an arrest or a rescue ("soldiers freed them",
    "policías los rescataron"), not of a killing in the same words."""
    after = text[am.end :]
    return bool(_RESCUE_OR_ARREST.match(after)) and not _KILLING.search(after)


def assault_rescuers(event_type: str, told: list[tuple[str, list[ActorMention]]]) -> set[str]:
    """The state sectors an assault's sentences name only as arresting or freeing people."""
    if event_type != "ASSAULT":
        return set()
    rescuing: set[str] = set()
    acting: set[str] = set()
    for text, mentions in told:
        for am in mentions:
            if am.actor.sector not in ("COP", "MIL", "GOV", "JUD") or _telling(text, am):
                continue
            if held_by_others(text, am):
                # The soldiers the marines freed are no force acting beside them.
                continue
            (rescuing if rescues_or_arrests(text, am) else acting).add(am.actor.sector)
    return rescuing - acting

"""Mapping from a hito record to ACLED's columns (docs/export.md documents each rule).

ACLED codes an event by who fought whom and how; PLOVER codes the act and its mode. The
rules below pick the ACLED event type from the PLOVER type and mode first, then from the
sectors of the sides involved (two armed sides make a battle, an armed side acting on
civilians makes violence against civilians).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from hito.export.countries import country_info
from hito.export.sources import outlet
from hito.models import ARMED_SECTORS, Actor, EventRecord, StoredEvent

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
STRATEGIC = "Strategic developments"

STATE_SECTORS = frozenset({"COP", "MIL", "GOV", "JUD"})
CIVILIAN_SECTORS = frozenset(
    {"CVL", "REF", "JRN", "EDU", "BUS", "MED", "REL", "LAB", "PTY", "HRI", "AGR"}
)

# ACLED inter codes: 1 state forces, 2 rebels, 3 political militias, 7 civilians,
# 8 external/other. Cartels, gangs (CRM) and unidentified gunmen (UAF) get 3 because that
# is how ACLED itself codes organised crime and unidentified armed groups in Mexico and
# Central America; 8 would set them apart from every ACLED row they are compared with.
INTER_BY_SECTOR: dict[str, int] = {
    **dict.fromkeys(STATE_SECTORS, 1),
    "REB": 2,
    "PRM": 3,
    "CRM": 3,
    "UAF": 3,
    **dict.fromkeys(CIVILIAN_SECTORS, 7),
}
INTER_OTHER = 8
INTER_RIOTERS = 5
INTER_PROTESTERS = 6

TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3, "unknown": 3}

# ASSAULT modes that ACLED files under Explosions/Remote violence, with the sub-event type.
REMOTE_VIOLENCE = {
    "explosives": "Remote explosive/landmine/IED",
    "aerial": "Air/drone strike",
    "drone": "Air/drone strike",
    "heavy-weapons": "Shelling/artillery/missile attack",
    "suicide-attack": "Suicide bomb",
    "unconventional": "Chemical weapon",
}


# The record has no field for what a seizure took when no count was read, nor for whether an
# explosive went off: the evidence sentences say it. These patterns read them, in English
# and Spanish, for the ACLED distinctions below (the counts and modes decide first).
_GRENADE = re.compile(r"\bgrenades?\b|\bgranadas?\b", re.IGNORECASE)
# Weapons or explosives among what was seized: ACLED's Disrupted weapons use, with or without
# a count. Drugs, cash and vehicles alone stay "Other".
_WEAPONS = re.compile(
    r"\b(?:weapons?|arms|firearms?|guns?|rifles?|pistols?|handguns?|shotguns?|ammunitions?"
    r"|munitions?|bullets|cartridges|rounds of ammunition|projectiles|explosives?|IEDs?|grenades?"
    r"|landmines?|mortars?|rockets?|detonators?|arsenal"
    r"|armas?|fusiles|rifles|pistolas|escopetas|ametralladoras|cartuchos|municiones"
    r"|cargadores|explosivos?|granadas?|artefactos? explosivos?|arsenal)\b",
    re.IGNORECASE,
)
# An explosive found, seized or defused rather than set off (ACLED: Disrupted weapons use).
_DISRUPTED = re.compile(
    r"\b(?:found|discovered|defus(?:ed|ing|al)|deactivated|disarmed|dismantled|seized"
    r"|confiscated|caches?|stash(?:es)?|arsenal|failed to (?:detonate|explode)"
    r"|desactivad[oa]s?|desactivaron|localizad[oa]s?|hallad[oa]s?|encontrad[oa]s?"
    r"|asegurad[oa]s?|aseguraron|decomisad[oa]s?|decomisaron)\b",
    re.IGNORECASE,
)
# A device that went off, or a weapon used on a target (a strike on a depot is a strike).
_WENT_OFF = re.compile(
    r"\b(?:explo(?:ded|sions?|ding)|detonat(?:ed|ion)|blasts?|went off|set off|hurled|lobbed"
    r"|thrown|threw|fired|launched|struck|hit|pounded|shell(?:ed|ing)|bomb(?:ed|ing|ings)"
    r"|(?:air ?)?strikes?|attack(?:ed|s)?|explot(?:ó|aron|ar)|explosi[oó]n|estall(?:ó|aron)"
    r"|detonaron|lanzaron|dispararon|atac(?:ó|aron)|ataques?|bombarde(?:o|os|ó|aron))\b",
    re.IGNORECASE,
)
# Words for a fight between two sides: ACLED's battle, even where the text names one side.
_FIGHT = re.compile(
    r"\b(?:clash(?:ed|es)?|shoot-?outs?|gun ?fights?|gun ?battles?|fire ?fights?"
    r"|exchanges? of (?:gun)?fire|exchanged (?:gun)?fire|skirmish(?:es)?|heavy fighting"
    r"|fighting (?:between|with)|battles? (?:between|with)|enfrentamientos?(?: armados?)?"
    r"|se enfrentaron|enfrentaron a|intercambio de disparos|fuego cruzado|choque armado"
    r"|repel(?:ieron|i[oó]) (?:la|una) agresi[oó]n)\b",
    re.IGNORECASE,
)
# An attack on a post or unit of armed forces: whoever attacks it meets armed men, a battle
# even where the text names no soldier or policeman among the targets.
_ARMED_POST = re.compile(
    r"\b(?:attack(?:ed|s|ing)?|raid(?:ed|ing)?|storm(?:ed|ing)|ambush(?:ed|ing)?|assault(?:ed|ing)?|overr?an"
    r"|atac(?:aron|ó|an)|embosc(?:aron|ó)|asalt(?:aron|ó)|irrumpi(?:eron|ó) en)"
    r" (?:a |an |the |al |el |la |las |los |un |una )?(?:[\w-]+ ){0,3}?"
    r"(?:checkpoints?|police stations?|outposts?|barracks|garrisons?|patrols?"
    r"|(?:military|army|police|security) (?:bases?|posts?|positions?|camps?|stations?|convoys?)"
    r"|convoys? of (?:[\w-]+ ){0,3}?(?:troops|soldiers|officers|police|forces|ministers?|officials)"
    r"|ret[eé]n(?:es)?|puestos? (?:militar(?:es)?|de control)|cuartel(?:es)?|comandancias?"
    r"|patrullas?"
    r"|convoy(?:es)? (?:militar(?:es)?|del ej[eé]rcito|de la guardia))\b",
    re.IGNORECASE,
)

# Ground taken back: a town, area or post retaken (not a fugitive recaptured).
_REGAINED = re.compile(
    r"\b(?:recaptur(?:ed|es|ing)|retook|retak(?:en|es|ing)|took back|won back"
    r"|regain(?:ed|s|ing)? control(?: of)?|recuper(?:aron|[oó]) el control(?: de[l]?)?"
    r"|retomaron|retom[oó]|recuperaron|recuper[oó])"
    r" (?:[\w'-]+ ){0,4}?(?:towns?|city|cities|villages?|areas?|territor(?:y|ies)|districts?"
    r"|regions?|provinces?|neighbou?rhoods?|positions?|hills?|bases?|airports?"
    r"|ciudad(?:es)?|pueblos?|municipios?|territorios?|zonas?|plazas?|comunidad(?:es)?"
    r"|colonias?|poblados?)\b",
    re.IGNORECASE,
)

# Force on protesters that ACLED calls excessive: lethal weapons, or violence that kills or
# badly hurts (live fire, beatings); tear gas, water cannon and arrests are an intervention.
_LETHAL_FORCE = re.compile(
    r"\b(?:live (?:bullets|rounds|ammunition|fire)|excessive force"
    r"|violently (?:suppress|disperse|crush|beat)\w*|shot (?:dead|at|and killed)|opened fire"
    r"|fired (?:on|at|into) (?:the )?(?:protesters|demonstrators|crowds?)"
    r"|beat(?:en|ing)?|(?:serious(?:ly)?|severe(?:ly)?|critical(?:ly)?) (?:injur\w*|wounded|hurt)"
    r"|balas? reales?|fuego real|uso excesivo de la fuerza|golpe(?:aron|ad[oa]s?)|dispararon contra"
    r"|herid[oa]s? de gravedad|gravemente herid[oa]s?)\b",
    re.IGNORECASE,
)


class AcledType(NamedTuple):
    disorder_type: str
    event_type: str
    sub_event_type: str


def _side_key(actor: Actor) -> tuple[str, str | None]:
    # Police and soldiers of one country fight on one side; every non-state group is its own.
    if actor.sector in STATE_SECTORS:
        return ("state", actor.country)
    return ("group", actor.name.casefold())


def two_armed_sides(record: EventRecord) -> bool:
    """Whether at least two distinct armed sides take part (actors or targets)."""
    armed = [a for a in (*record.actors, *record.targets) if a.sector in ARMED_SECTORS]
    return len({_side_key(a) for a in armed}) >= 2


def _met_with_force(record: EventRecord) -> bool:
    """A protest on which police, troops or the authorities acted (extraction keeps them as
    the protest's targets only when the text says they broke it up)."""
    return any(t.sector in STATE_SECTORS for t in record.targets)


def _protest(record: EventRecord) -> AcledType:
    """ACLED's protest sub-event types: a peaceful crowd met by force is a protest with
    intervention (arrests too); force that kills or badly hurts is excessive force."""
    if _met_with_force(record) and (
        record.killed or record.injured or _says(_LETHAL_FORCE, record)
    ):
        return AcledType(DEMONSTRATIONS, "Protests", "Excessive force against protesters")
    if _met_with_force(record) or record.arrested:
        return AcledType(DEMONSTRATIONS, "Protests", "Protest with intervention")
    return AcledType(DEMONSTRATIONS, "Protests", "Peaceful protest")


def _state_on_protesters(record: EventRecord) -> bool:
    """Police or troops using force on protesters (the role, not any civilians): ACLED codes
    it under the protest, as excessive force or an intervention, not as an attack."""
    return (
        bool(record.actors)
        and all(a.sector in STATE_SECTORS for a in record.actors)
        and any(t.name == "protesters" for t in record.targets)
    )


def _is_mob(record: EventRecord) -> bool:
    return bool(record.actors) and all(a.sector in CIVILIAN_SECTORS for a in record.actors)


def _says(pattern: re.Pattern[str], record: EventRecord) -> bool:
    return any(pattern.search(sentence) for sentence in record.evidence)


def is_battle(record: EventRecord) -> bool:
    """Whether an ASSAULT is ACLED's armed clash: organised armed sides fighting each other.

    Two armed sides named make one, civilians caught in it or not. With one side named, an
    armed side on the receiving end makes one (whoever attacks soldiers, police or an armed
    group is no unarmed civilian), and so does a fight the text tells as two-sided (a clash,
    a shootout); civilians among the targets make it violence against civilians instead.
    """
    if two_armed_sides(record):
        return True
    parties = (*record.actors, *record.targets)
    if any(a.sector in CIVILIAN_SECTORS for a in record.targets):
        return False
    if any(t.sector in ARMED_SECTORS for t in record.targets):
        return True
    if any(a.sector in ARMED_SECTORS for a in record.actors) and _says(_ARMED_POST, record):
        return True
    return not any(a.sector in CIVILIAN_SECTORS for a in parties) and _says(_FIGHT, record)


# A device made safe by hand: unlike "found" or "seized", never said of what went off.
_DEFUSED = re.compile(
    r"\b(?:defus(?:ed|ing|al)|deactivat(?:ed|ing)|failed to (?:detonate|explode)"
    r"|desactivad[oa]s?|desactivaron|desactiv[oó])\b",
    re.IGNORECASE,
)


def _defused_first(record: EventRecord) -> bool:
    """Whether a sentence tells a device defused before it tells anything going off.

    A lead that opens on the defusal is about it; deaths told after it (or with no blast at
    all) belong to another act the same text recalls, such as earlier bombings."""
    for sentence in record.evidence:
        defused = _DEFUSED.search(sentence)
        went_off = _WENT_OFF.search(sentence)
        if defused and (went_off is None or defused.start() < went_off.start()):
            return True
    return False


def _disrupted(record: EventRecord) -> bool:
    """An explosive or weapon found, seized or defused before use, with no one hurt."""
    if record.killed or record.injured:
        return _defused_first(record)
    if record.weapons_seized:
        return True
    return _says(_DISRUPTED, record) and not _says(_WENT_OFF, record)


def classify(record: EventRecord) -> AcledType:
    """ACLED disorder type, event type and sub-event type of a record."""
    kind, mode = record.event_type, record.mode or ""
    if kind == "ASSAULT":
        if mode in REMOTE_VIOLENCE:
            if _disrupted(record):
                return AcledType(STRATEGIC, STRATEGIC, "Disrupted weapons use")
            sub_event = REMOTE_VIOLENCE[mode]
            if mode == "explosives" and _says(_GRENADE, record):
                # No PLOVER mode for grenades; ACLED codes them apart from other explosives.
                sub_event = "Grenade"
            return AcledType(POLITICAL_VIOLENCE, "Explosions/Remote violence", sub_event)
        if mode == "abduct":
            return AcledType(
                POLITICAL_VIOLENCE, "Violence against civilians", "Abduction/forced disappearance"
            )
        if mode == "sexual":
            return AcledType(POLITICAL_VIOLENCE, "Violence against civilians", "Sexual violence")
        if _state_on_protesters(record):
            if record.killed or record.injured or _says(_LETHAL_FORCE, record):
                return AcledType(DEMONSTRATIONS, "Protests", "Excessive force against protesters")
            return AcledType(DEMONSTRATIONS, "Protests", "Protest with intervention")
        if _is_mob(record):
            # A crowd that attacks, burns or loots: rioters, whatever they hit.
            return AcledType(POLITICAL_VIOLENCE, "Riots", "Mob violence")
        if any(a.sector in STATE_SECTORS for a in record.actors) and _says(_REGAINED, record):
            # The fight is told for the ground it won back: ACLED's own battle sub-event.
            return AcledType(POLITICAL_VIOLENCE, "Battles", "Government regains territory")
        if mode == "destroy":
            return AcledType(STRATEGIC, STRATEGIC, "Looting/property destruction")
        if is_battle(record):
            return AcledType(POLITICAL_VIOLENCE, "Battles", "Armed clash")
        return AcledType(POLITICAL_VIOLENCE, "Violence against civilians", "Attack")
    if kind == "COERCE":
        if mode == "arrest" or (not mode and record.arrested):
            return AcledType(STRATEGIC, STRATEGIC, "Arrests")
        if mode == "seize" and (record.weapons_seized or _says(_WEAPONS, record)):
            return AcledType(STRATEGIC, STRATEGIC, "Disrupted weapons use")
        return AcledType(STRATEGIC, STRATEGIC, "Other")
    if kind == "PROTEST":
        if mode in ("riot", "vandalize"):
            return AcledType(DEMONSTRATIONS, "Riots", "Violent demonstration")
        return _protest(record)
    if kind == "AGREE":
        return AcledType(STRATEGIC, STRATEGIC, "Agreement")
    # MOBILIZE, DISPLACE, THREATEN and the verbal types have no ACLED violence category.
    return AcledType(STRATEGIC, STRATEGIC, "Other")


def sides(record: EventRecord) -> tuple[list[Actor], list[Actor]]:
    """(actor1's side, actor2's side): actors against targets, or the two sides of a clash."""
    if record.targets:
        return list(record.actors), list(record.targets)
    if not record.actors:
        return [], []
    first = _side_key(record.actors[0])
    return (
        [a for a in record.actors if _side_key(a) == first],
        [a for a in record.actors if _side_key(a) != first],
    )


def inter_code(side: list[Actor], acled: AcledType, acting: bool) -> int | None:
    if not side:
        return None
    if acting and acled.event_type == "Riots":
        return INTER_RIOTERS
    if acting and acled.event_type == "Protests":
        return INTER_PROTESTERS
    return INTER_BY_SECTOR.get(side[0].sector, INTER_OTHER)


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code: lower inter first; a sole actor is inter1 * 10."""
    if inter1 is None:
        return None
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _names(actors: list[Actor]) -> tuple[str, str]:
    if not actors:
        return "", ""
    return actors[0].name, "; ".join(a.name for a in actors[1:])


def _blank(value: object) -> object:
    return "" if value is None else value


def acled_row(event: StoredEvent) -> dict[str, object]:
    """One event as ACLED columns (values as they go into the CSV; "" for unknown)."""
    record = event.record
    acled = classify(record)
    side1, side2 = sides(record)
    actor1, assoc1 = _names(side1)
    actor2, assoc2 = _names(side2)
    inter1 = inter_code(side1, acled, acting=True)
    inter2 = inter_code(side2, acled, acting=False)
    country = country_info(record.country)
    civilians_hit = any(t.sector in CIVILIAN_SECTORS for t in record.targets)
    targeting = acled.event_type == "Violence against civilians" or (
        acled.event_type == "Explosions/Remote violence" and civilians_hit
    )
    outlets = list(dict.fromkeys(o for o in (outlet(m.url) for m in event.mentions) if o))
    return {
        "event_id_cnty": event.event_id,
        "event_date": record.date.isoformat() if record.date else "",
        "year": record.date.year if record.date else "",
        "time_precision": TIME_PRECISION[record.date_precision],
        "disorder_type": acled.disorder_type,
        "event_type": acled.event_type,
        "sub_event_type": acled.sub_event_type,
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "inter1": _blank(inter1),
        "actor2": actor2,
        "assoc_actor_2": assoc2,
        "inter2": _blank(inter2),
        "interaction": _blank(interaction(inter1, inter2)),
        "civilian_targeting": "Civilian targeting" if targeting else "",
        "iso": country.iso_numeric if country else "",
        "region": country.acled_region if country else "",
        "country": country.name if country else _blank(record.country),
        "admin1": _blank(record.admin1),
        "admin2": "",
        "admin3": "",
        "location": record.place or record.admin1 or (country.name if country else ""),
        "latitude": _blank(record.latitude),
        "longitude": _blank(record.longitude),
        # ACLED stops at 3 (region centroid); our 4 (country only) is coarser still.
        "geo_precision": min(record.geo_precision, 3),
        "source": "; ".join(outlets),
        "source_scale": "",
        "notes": " ".join(record.evidence),
        "fatalities": record.killed or 0,
        "tags": "",
        "timestamp": int(event.updated_at.timestamp()) if event.updated_at else "",
    }

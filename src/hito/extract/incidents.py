"""Group a report's incident mentions into incidents and write one record for each.

Mentions of one type join the same incident unless something tells them apart: one is
background history and the other is not, or they name different towns, or different days,
or the text says it is another one ("in a separate incident", "otro ataque"). Of several
incidents a mention may join, the one told in the sentence just before is the one it goes on.
Opinion sentences never make or support a record; a date they take for granted ("the
June shootout") may still date an incident that factual sentences establish.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence, Set
from dataclasses import dataclass, field, replace

from hito.extract.actors import (
    ActorMention,
    find_actors,
    named_groups,
    named_institutions,
    placed_force,
    with_group_named_back,
    with_institution_named_back,
)
from hito.extract.deportation import deporting_state
from hito.extract.implied import (
    UNKNOWN_CAPTORS,
    assault_doers,
    assault_rescuers,
    credited_source,
    criminals_by_role,
    decreeing_government,
    deported_suspect,
    displaced_people,
    driven_out_by_the_attack,
    gunmen_of_group,
    held_by_others,
    holds_a_view,
    implied_protesters,
    implied_targets,
    members_of_group,
    press_audience,
    rescues_or_arrests,
)
from hito.extract.mentions import (
    FIGURE_TYPES,
    FORCE_ON_PROTEST,
    IncidentMention,
    assault_mode_rank,
    denied_figures,
    only_blast,
    sentence_mentions,
    tells_accident,
)
from hito.extract.participants import operation_participants
from hito.extract.places import EventPlace, ReportPlaces
from hito.extract.triggers import Trigger, find_triggers, joins_earlier, tells_another
from hito.models import (
    Actor,
    AnnotatedReport,
    DateMention,
    DatePrecision,
    DrugSeizure,
    EventRecord,
    Sentence,
)
from hito.nlp.act_words import ACT_NOUNS, DIED, TOOK_PLACE
from hito.nlp.date_resolve import week_start
from hito.nlp.date_words import COUNTS, WEEKDAYS, alternation, month_names
from hito.nlp.dates import RELATIVE_DATE, best_date, parse_dates
from hito.nlp.factuality import (
    PHRASE_BOUND,
    classify_factuality,
    plan_after_act,
    recent_span_clauses,
    side_years,
    written_no_earlier,
)
from hito.nlp.number_words import LEXICONS, counting_words
from hito.nlp.said_words import TOLD_BEFORE_SPEAKER

_STATE = ("COP", "MIL", "GOV", "JUD")
_PLANNED_TYPES = ("MOBILIZE", "PROTEST")
# An incident dated this long before publication is recalled background.
HISTORICAL_DAYS = 90
# Names built from a nationality and a force noun; a named institution of the same state says more.
_GENERIC_FORCE = re.compile(
    r"^(?:[A-Z][a-z]+ |US )?(?:police|military|authorities|migration agents)$"
)
# The state named by what it is, not by an institution ("Mexican authorities"): a force of
# the same state beside it says more. A named ministry or institute is kept.
_GENERIC_GOV = re.compile(
    r"^(?:[A-Z][a-z]+ |US )?(?:authorities|security forces|government(?: forces)?|officials)$"
)
_ARMED = ("COP", "MIL", "GOV", "CRM", "UAF", "PRM", "REB")
_VICTIMS = ("CVL", "REF", "JRN", "EDU", "BUS")
_LOCAL_PEOPLE = ("CVL", "EDU", "BUS", "MED", "JRN")
# "enfrenta cargos por el asesinato de cinco policías", "se enfrenta a una pena": to face
# charges, a trial or a sentence is no fight, and the dead it names stay its victims.
_FACING_JUSTICE = (
    r"(?!\w*\s+(?:a\s+)?(?:(?:una|la|las|los)\s+)?(?:cargos?|acusaci[oó]n(?:es)?|juicios?"
    r"|procesos?|penas?|condenas?|sentencias?|justicia|[oó]rden(?:es)?)\b)"
)
_TWO_SIDED = re.compile(
    r"shoot-?out|gun ?fight|gun ?battle|fire ?fight|exchanged? (?:of )?fire|clash|confrontation|skirmish"
    rf"|balacera|tiroteo|enfrenta{_FACING_JUSTICE}|intercambio de disparos|fuego cruzado"
    r"|choque armado",
    re.IGNORECASE,
)
# "Shot dead in an encounter with the police": South Asian English for a shoot-out with
# security forces, whose armed side acted (its counted dead stay targets).
_ENCOUNTER = re.compile(
    r"\bencounters? with (?:the )?(?:[\w-]+ )?(?:police|policemen|security forces|troops|soldiers|army)\b"
    r"|\b(?:police|army|fake) encounters?\b",
    re.IGNORECASE,
)
# "killed by the police", "a manos de la policía", and whose shots they were: "por disparos
# de la policía", "shots fired by police", "gunfire from the troops". English puts the
# force's level before it ("by state police"), where the force lexicon does not reach.
_PASSIVE_AGENT = re.compile(
    r"(?:\b(?:by|por|a manos (?:de|del)|at the hands of)"
    r"|\b(?:disparos|balas|balazos|fuego|tiros|r[aá]fagas)\s+(?:de|del)"
    r"|\b(?:shots|bullets|fire|gunfire|firing)\s+(?:from|of)|\b(?:fell|succumbed)\s+to)"
    r"\s+(?:the |los |las |el |la |unos |unas )?"
    # The group whose members did it: "by guerrillas of the", "por integrantes del".
    r"(?:(?:members|guerrillas|fighters|militants|gunmen|hitmen|miembros|integrantes"
    r"|guerrilleros|militantes|combatientes|sicarios|pistoleros)\s+"
    r"(?:of\s+(?:the\s+)?|de\s+(?:la\s+|los\s+|las\s+)?|del\s+))?"
    r"(?:(?:state|federal|municipal|local|military|national|provincial|district|city|rural)\s+)?$",
    re.IGNORECASE,
)

# "police firing", "the police fired six rounds", "police resorted to firing", "police
# sentries posted there killed one": the force named just before the shots or the killing
# did it. Words of telling in between make it a source instead ("police said gunmen killed").
_FIRING = re.compile(
    r"^\s*(?:fir(?:ing|ed)|opened fire|open fire|shot at|lathi-?charg\w*|dispar(?:aron|ó)|abrieron fuego"
    r"|(?:in self-defen[cs]e\s+)?resorted to (?:\w+ )?firing"
    r"|(?:(?!(?:was|were|been|got|fue|fueron|said|says|say|told|claimed|reported|suspect\w*|found|recovered|believe\w*|think|thought"
    r"|informó|informaron|dijo|dijeron|señaló|señalaron|reportó|reportaron)\b)[\w-]+\s+){0,3}?"
    r"(?:killed|shot dead|gunned down|mataron|abatieron|abati[oó]))\b",
    re.IGNORECASE,
)
# "a gunman shot two guards, killing one": the party right after an active verb of attack is
# the one hit, though the sentence's act is told by a later word ("killing") and so the
# party stands before it, where a force is read as the one who acted. Not the agent of a
# passive or a force named after a preposition ("shot by police", "killed in police firing").
_OBJECT_OF_ATTACK = re.compile(
    r"\b(?:shot|shoots|shooting|attacked|ambushed|wounded|injured|killed|gunned\s+down"
    r"|(?:fired|opened\s+fire)\s+(?:on|at|upon)|balearon|bale[oó]|atacaron|atac[oó]"
    r"|emboscaron|embosc[oó]|hirieron|hiri[oó]|dispar(?:aron|ó)\s+contra)"
    rf"\s+(?:(?:a|al)\s+)?(?:(?:the|an?|los|las|el|la|unos|unas|\d+|{counting_words('en', 2, 6)}"
    rf"|several|{counting_words('es', 2, 6)}|varios|varias)\s+)?"
    r"(?:(?!(?:by|in|at|on|from|with|during|near|after|when|por|en|de|con|durante|tras)\b)"
    r"[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "Police said", "police recovered the bodies", "la policía informó": the force that tells of
# a killing or finds its dead is a source, not a party; so is the force investigating it
# ("police, probing the murder, arrested", "la policía, que investiga el ataque").
# A force named only as present where an act took place ("a heavy army presence in the
# village", "la presencia militar en la zona") is no party to it.
_PRESENCE_AFTER = re.compile(r"^\s+presence\b", re.IGNORECASE)
_PRESENCE_BEFORE = re.compile(
    r"\bpresencia\s+(?:(?:de|del)\s+)?(?:(?:la|el|los|las)\s+)?$", re.IGNORECASE
)
# "Troops and federal police have been deployed after the attack", "los agentes federales
# llegaron por la tarde": forces sent to a place after an attack secure it, no party to it.
_SENT_IN = re.compile(
    r"^[\s,]*(?:[\w,-]+\s+){0,8}?(?:(?:have|has|had|were|was|will\s+be)\s+(?:been\s+)?"
    r"(?:deployed|sent|dispatched)|arrived|arrive|(?:fueron|han\s+sido|ser[aá]n)\s+"
    r"(?:enviad|desplegad)\w*|lleg(?:aron|ó|an)|arrib(?:aron|ó|an))\b",
    re.IGNORECASE,
)
# "were deployed to the town and opened fire": sent in, they fought.
_THEN_FOUGHT = re.compile(
    r"(?:\s+[\w-]+){0,5}?\s+(?:and|y|e)\s+(?:then\s+|luego\s+)?(?:opened\s+fire|fired|clashed"
    r"|exchanged\s+fire|shot|killed|abrieron\s+fuego|dispararon|se\s+enfrentaron|abatieron"
    r"|mataron|repelieron)\b",
    re.IGNORECASE,
)
# A force that comes up after the act ("fled when police patrols approached", "huyeron
# cuando se aproximaban unidades de la Guardia Nacional"): it answered the attack and ended
# it, and is no target, unless the sentence has it met with fire on arriving.
_ARRIVING_AFTER = re.compile(
    r"^\s+(?:(?:patrols?|units?|officers|agents|troops|reinforcements)\s+)?"
    r"(?:arrived|approached|were\s+approaching|came\s+(?:up|near)|drew\s+near|showed\s+up)\b",
    re.IGNORECASE,
)
_ARRIVING_BEFORE = re.compile(
    r"\b(?:se\s+(?:acerc|aproxim)(?:a|an|aba|aban|ó|aron)|lleg(?:ó|aron|aba|aban)"
    r"|arrib(?:ó|aron|aba|aban))\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
_MET_WITH_FIRE = re.compile(
    r"\b(?:attacked|ambushed|fired\s+(?:on|at|upon)|shot|wounded|killed|recibid[oa]s\s+a\s+"
    r"(?:balazos|tiros|disparos)|atacad[oa]s|agredid[oa]s|emboscad[oa]s|herid[oa]s)\b",
    re.IGNORECASE,
)
# "police said", "soldiers found the bodies", "agentes de la Guardia Civil encontraron": a
# force's name may run on into the body it belongs to before the verb.
_SOURCE_OR_FINDER = re.compile(
    r"^[\s,]*(?:(?:de|del|of)\s+(?:(?:la|el|los|las|the)\s+)?(?:(?-i:[A-ZÁÉÍÓÚÑ])[\w-]*\s+){1,4})?"
    r"(?:\w+\s+){0,2}?(?:said|says|say|told|claimed|claim|suspects?|sources|found|recovered"
    r"|pulled out|located|discovered|uncovered"
    r"|investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|looking into"
    r"|informó|informaron|dijo|dijeron|señaló|señalaron|reportó|reportaron|localizó|localizaron"
    r"|narr(?:ó|aron)|relat(?:ó|aron)|explic(?:ó|aron)|recounted|explained"
    r"|confirm(?:ed|s|ó|aron)"
    # Who blames a group for the act tells of it: "police blamed", "la policía atribuyó".
    r"|blam(?:ed|es|e)|attribut(?:ed|es)|atribuy(?:ó|eron|e|en)|responsabiliz(?:ó|aron|a|an)"
    r"|culp(?:ó|aron|a|an)"
    # A force that could not or failed to prevent the act stood against it: "police could
    # not prevent", "los agentes no pudieron evitar".
    r"|prevent(?:ed|s)?|avert(?:ed|s)?|evit(?:ar|ó|aron)|impedir|impid(?:ió|ieron)"
    r"|hall(?:ó|aron)|encontr(?:ó|aron)|investig(?:a|an|ó|aron|ando))\b",
    re.IGNORECASE,
)

# "a grave was found by state police", "la fosa fue localizada por policías": the force after
# "by" in a finding is who found the dead, not who killed them ("found shot dead by" is not).
_FOUND_BY = re.compile(
    r"\b(?:found|located|discovered|uncovered|recovered|encontrad[oa]s?|hallad[oa]s?"
    r"|localizad[oa]s?|descubiert[oa]s?)\s+"
    r"(?:(?!(?:shot|killed|dead|murdered|asesinad|muert|balead|ejecutad)\w*\s)[\w-]+\s+){0,2}?"
    r"(?:by|por)\s+(?:(?:the|los|las|el|la|unos|unas)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)

# People who saw, heard or confirmed an act, or asked about it ("two correspondents witnessed
# the army sweep", "the journalists asked about the cause of the blast", "los
# periodistas presenciaron la explosión"): witnesses, not the people it hit. Not "shot two
# reporters who saw the robbery": there the seeing is why they were hit.
_WITNESS = re.compile(
    r"^[\s,]*(?:(?!who\b|that\b|que\b|quien(?:es)?\b)\w+\s+){0,2}?(?:witnessed|saw|watched|(?:were|was)\s+able\s+to\s+(?:confirm|see)"
    r"|asked\s+(?:for|about)|presenci(?:ó|aron)|vieron|observaron"
    r"|pregunt(?:ó|aron)\s+(?:por|sobre))\b",
    re.IGNORECASE,
)

# Prosecutors as the office people are handed to ("puestos a disposición del Ministerio
# Público", "handed them to state prosecutors"): they take the case, they made no arrest.
_HANDED_TO = re.compile(
    r"\b(?:disposici[oó]n|ante|remitid[oa]s?|trasladad[oa]s?|consignad[oa]s?|entregad[oa]s?"
    r"|turnad[oa]s?|handed|turned|transferred|presented|brought|before|custody|charged)\b"
    r"[^.;:]{0,40}$"
    # Nor the office that led the inquiry an arrest followed, nor the one a police force
    # belongs to ("la Policía Investigadora de la Fiscalía": police).
    r"|\b(?:investigations?|investigaci[oó]n|probes?|inquiry|pesquisas?)\b[^.;:]{0,25}$"
    r"|\bpolic[ií]a\b[^.;:,]{0,30}\b(?:de|del)\s+(?:la\s+)?$",
    re.IGNORECASE,
)
# Prosecutors as the voice of an arrest ("según la Fiscalía", "prosecutors said"), unless
# they say they made it ("informó que detuvo", "announced it had arrested"). "Informó la
# policía" names the teller; in "informó que policías detuvieron" the force is the reported
# clause's subject, which acted.
_ACCORDING_TO = r"(?:seg[uú]n|de\s+acuerdo\s+(?:con|a)|according\s+to)"
_TOLD_BY = re.compile(
    rf"\b(?:{_ACCORDING_TO}|inform[oó]|informa|dio\s+a\s+conocer)"
    r"\s+(?:(?:el|la|los|las|the|a|al|del)\s+)?(?:(?!que\s|that\s)[\w-]+\s+)?$",
    re.IGNORECASE,
)
_TELLS = re.compile(
    r"^[\s,)]*(?:[\w-]+\s+|\([^)]*\)\s*){0,5}?(?:said|says|say|reported|announced|stated"
    r"|inform[oó]|informaron|inform[oa]|dio\s+a\s+conocer|dieron\s+a\s+conocer|señal[oó]"
    r"|indic[oó]|indicated?|precis[oó]|specif(?:y|ied)|disclosed?|dijo)\b"
    r"(?!\s+(?:that\s+)?(?:it|they|its\s+\w+)\s+(?:ha(?:d|ve|s)\s+)?(?:arrested|detained|seized|captured|raided))"
    r"(?!\s+que\s+(?:\w+\s+)?(?:detuvo|detuvieron|captur[oó]|capturaron|aprehendi[oó]|asegur[oó]"
    r"|desmantel[oó]|rescat[oó]|cate[oó]))",
    re.IGNORECASE,
)


# "threats from the gunmen", "threatened by a convoy of gunmen", "amenazas de muerte de
# un grupo criminal", "banners bearing the cartel's initials": who threatened, told after
# the threat; "families ... after being threatened", "el periodista había recibido
# amenazas": who was threatened, told before it.
_THREAT_BY = re.compile(
    r"(?:\b(?:by|from)|\bpor(?:\s+parte\s+de)?|^[\w-]+\s+(?:de\s+muerte\s+)?(?:de|del))\s+"
    r"(?!muerte\b)(?:(?:the|a|an|un|una|el|la|los|las)\s+)?(?:[\w-]+\s+){0,3}$"
    r"|\b(?:signed|firmad[oa]s?)\s+(?:by|por|in\s+the\s+name\s+of|a\s+nombre\s+de)\s+"
    r"(?:(?:the|el|la|los|las)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_THREATENED = re.compile(
    r"(?:\b(?:was|were|been|being|is|are|fue|fueron|sido|son|es)\s+"
    r"|\b(?:receiv\w*|recib\w*|got|gotten)\s+(?:[\w-]+\s+){0,2})$",
    re.IGNORECASE,
)
# "The firm said ... that it had shut its warehouse days before, after getting
# threats": the clause that receives them has the party as its subject however far back
# the party was named, so distance does not make it the threat's maker.
_AFTER_RECEIVING = re.compile(
    r"\b(?:after|upon|tras|despu[eé]s\s+de|al)\s+(?:having\s+|haber\s+)?"
    r"(?:(?:receiving|received|recibir|recibido)\s+(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE,
)
_RECEIVING = re.compile(r"receiv|recib", re.IGNORECASE)


def _threat_side(am: ActorMention, trigger_at: int, text: str) -> str:
    if am.start > trigger_at:
        return "actor" if _THREAT_BY.search(text[trigger_at : am.start]) else "target"
    between = text[am.end : trigger_at]
    if len(between) < 80 and _THREATENED.search(between):
        return "target"
    if _AFTER_RECEIVING.search(between) and (
        _RECEIVING.match(text, trigger_at) or _RECEIVING.search(between[-30:])
    ):
        return "target"
    return "actor"


# A force handed the suspects ("handed over to Guatemalan police", "entregado a la policía
# guatemalteca") or arrested itself ("the arrest of a police commander and four agents",
# "detienen a policías", "two soldiers were arrested") is no actor of the arrest.
_HANDED_OVER = re.compile(
    r"\b(?:handed|turned)\s+(?:\w+\s+)?(?:over\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
    r"|\b(?:entregad[oa]s?|remitid[oa]s?)\s+(?:a|al)\s+(?:la\s+|las\s+|los\s+)?(?:[\w-]+\s+){0,2}$"
    # "quedaron a disposición de la fiscalía estatal": who receives them.
    r"|\ba\s+(?:la\s+)?disposici[oó]n\s+(?:de|del)\s+(?:la\s+|las\s+|los\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ARRESTED_FORCE = re.compile(
    rf"\b(?:arrests?|detention|capture)\s+of\s+(?:(?:a|an|the|{counting_words('en', 2, 6)}"
    r"|\d+)\s+)?(?:[\w-]+\s+){0,4}$"
    r"|\b(?:detenci[oó]n|captura|aprehensi[oó]n)\s+de\s+"
    rf"(?:(?:un|una|el|la|los|las|{counting_words('es', 2, 3)}|\d+)\s+)?"
    r"(?:[\w-]+\s+){0,4}$"
    r"|\b(?:arrested|detained|captured|detuv(?:o|ieron)|captur(?:ó|aron)|aprehendi(?:ó|eron))\s+"
    rf"(?:a\s+(?:los\s+|las\s+)?|al\s+)?(?:(?:a|an|the|{counting_words('en', 2, 6)}|un|una"
    rf"|{counting_words('es', 2, 3)}|\d+)\s+)?(?:[\w-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
_ARRESTED_AFTER = re.compile(
    r"^[\s,]+(?:[\w-]+\s+){0,2}?(?:was|were|have\s+been|has\s+been|had\s+been|fue|fueron)\s+"
    r"(?:arrested|detained|captured|detenid[oa]s?|capturad[oa]s?|aprehendid[oa]s?|arrestad[oa]s?)\b",
    re.IGNORECASE,
)


# "detained 40 migrants", "aseguraron a 85 migrantes", "the deportation of 200 migrants",
# "migrants were detained": the act holds or sends back the migrants themselves.
_HOLDS_BEFORE = re.compile(
    r"\b(?:arrest|detain|detention|captur|apprehen|deport|expel|expuls|intercept|detuv|deten"
    r"|detien|asegur|aprehend)\w*\s+"
    # Up to six words ("el domingo a sesenta y cuatro"), none that opens a clause of its own:
    # a relative ("que trasladaba a migrantes") or another verb ("and freed 17 migrants").
    r"(?:(?!(?:que|who|that|which|whom|quienes|donde|where)\b)"
    r"(?![\w-]*(?:aron|ieron|aba|aban|[ií]an|ó)\b)(?!(?!hundred\b)[\w-]*ed\b)[\w-]+\s+){0,6}$",
    re.IGNORECASE,
)
_HELD_AFTER = re.compile(
    r"^[\s,]+(?:[\w-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been|fueron|fue|han\s+sido)\s+"
    r"(?:arrested|detained|captured|deported|expelled|intercepted|detenid|capturad|deportad"
    r"|asegurad|expulsad|aprehendid)",
    re.IGNORECASE,
)


# "local journalists tell InSight Crime that ...", "contaron periodistas locales": people who
# tell of an arrest or a raid are its witnesses, not the ones it held.
_TELLS_OF_IT_AFTER = re.compile(
    r"^[\s,]*(?:[\w-]+\s+){0,3}?(?:tell|tells|told|said|say|says|reported|recounted"
    r"|dijeron|dice|dicen|contaron|relataron|informaron|señalaron|narraron)\b",
    re.IGNORECASE,
)
_TELLS_OF_IT_BEFORE = re.compile(
    rf"\b(?:{TOLD_BEFORE_SPEAKER})\s+"
    r"(?:(?:el|la|los|las|the|unos|unas|some)\s+)?$",
    re.IGNORECASE,
)


def _tells_of_it(am: ActorMention, text: str) -> bool:
    return bool(
        _TELLS_OF_IT_AFTER.match(text[am.end :])
        or _TELLS_OF_IT_BEFORE.search(text, max(0, am.start - 40), am.start)
    )


_WEEKDAY = (
    r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
_PLACE_NAME = r"[A-ZÁÉÍÓÚÑ][\w-]*(?:\s+(?:(?i:de|del|la)\s+)?[A-ZÁÉÍÓÚÑ][\w-]*)*"
# "detuvieron el lunes en Tapachula, Chiapas, a 40 migrantes", "detained on Monday, in
# Tapachula, 40 migrants": the arrest's time and place, told between the verb and its
# object, set it off by commas and run past the few plain words _HOLDS_BEFORE allows. The
# place is a capitalised name, so a lower-case clause ("a una red que trasladaba a
# migrantes") is no setting and the migrants after it stay no party to the arrest.
_HOLDS_AFTER_SETTING = re.compile(
    r"\b(?i:arrest|detain|captur|apprehen|deport|intercept|detuv|deten|detien|asegur|aprehend)"
    r"\w*"
    # The time: "el lunes", "este martes", "la madrugada del sábado", "ayer", "on Monday".
    r"(?:[\s,]+(?i:(?:(?:el|este|esta|on|last|this)\s+)?"
    r"(?:(?:la\s+)?(?:noche|madrugada|mañana|tarde|night|morning|afternoon|evening)\s+"
    rf"(?:del?|of|on)\s+)?(?:el\s+)?{_WEEKDAY}|ayer|anoche|hoy|yesterday|today))?"
    # The place: "en Tapachula, Chiapas", "in Palenque".
    rf"(?:[\s,]+(?i:en|in|at|near)\s+{_PLACE_NAME}(?:\s*,\s*{_PLACE_NAME})*)?"
    r"[\s,]+(?:(?i:a|al)\s+)?"
    # Then at most the count ("40", "sesenta y cuatro"), no word opening a clause of its own.
    r"(?:(?!(?i:que|who|that|which|whom|quienes|donde|where)\b)"
    r"(?![\w-]*(?i:aron|ieron|aba|aban|[ií]an|ó)\b)(?![\w-]*(?i:ed)\b)[\w-]+\s+){0,4}$",
)


def _migrants_held(am: ActorMention, text: str) -> bool:
    """Whether the migrants named are the ones the act holds or deports; the migrants a
    network smuggled, a gang extorted or a raid freed are no party to the arrest."""
    before = text[max(0, am.start - 60) : am.start]
    return bool(
        _HOLDS_BEFORE.search(before)
        or _HELD_AFTER.match(text[am.end :])
        or _HOLDS_AFTER_SETTING.search(text, max(0, am.start - 120), am.start)
    )


# "the cartel members who travelled with him were not arrested", "los integrantes del cártel
# que lo acompañaban no fueron detenidos": a party the text says the arrest did not catch is
# no target of it (a short relative clause may come between).
_NOT_HELD_AFTER = re.compile(
    r"^(?:\s+[\w-]+){0,6}?,?\s+(?:(?:was|were|have|has)\s+not\s+(?:been\s+)?"
    r"|(?:no|nunca)\s+(?:fue|fueron|ha\s+sido|han\s+sido)\s+)"
    r"(?:arrested|detained|captured|caught|apprehended|detenid|capturad|aprehendid|arrestad)",
    re.IGNORECASE,
)


_COUNT_WORDS = {**COUNTS["en"], **COUNTS["es"]}
_COUNT_ALTERNATION = alternation(_COUNT_WORDS)


# "accused of the massacre of nine police officers", "wanted for killing two soldiers",
# "acusado del asesinato en mayo de dos agentes", "por la emboscada contra militares": the
# force named as the victims of the crime a suspect is held for is no party to the arrest.
_CRIME_VICTIMS_BEFORE = re.compile(
    r"(?:\b(?:murders?|killings?|massacres?|slayings?|deaths?|assassinations?|kidnappings?"
    r"|disappearances?|killers?|murderers?|asesinatos?|homicidios?|matanzas?|masacres?"
    r"|ejecuciones|ejecuci[oó]n|muertes?|secuestros?|desapariciones|desaparici[oó]n|homicidas?"
    r"|asesinos?)\s+(?:[\w-]+\s+){0,3}?(?:of|de|del)"
    r"|\b(?:ambush(?:es)?|attacks?|emboscadas?|ataques?|agresi[oó]n)\s+(?:on|against|contra|a|al)"
    r"|\b(?:killing|murdering|ambushing|kidnapping|matar|asesinar|ejecutar|emboscar|secuestrar)"
    r"(?:\s+a|\s+al)?)"
    rf"\s+(?:(?:the|el|la|los|las|\d+|{_COUNT_ALTERNATION})"
    r"\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _arrested_party(am: ActorMention, text: str) -> bool:
    """Whether the party is named as the one arrested ("detuvieron a 9 presuntos",
    "three suspects were arrested")."""
    before = text[max(0, am.start - 60) : am.start]
    return bool(_ARRESTED_FORCE.search(before) or _ARRESTED_AFTER.match(text[am.end :]))


# "troops freed a town's police chief and four other officers", "rescataron a dos
# policías municipales": the force an operation frees was held by the people it arrests, no
# party to the arrest; so is a counted force joined to the first one freed.
_FREED_FORCE_BEFORE = re.compile(
    r"\b(?:freed|rescued|liberaron|liber[oó]|rescataron|rescat[oó])\s+(?:a\s+|al\s+)?"
    rf"(?:(?:the|los|las|el|la|\d+|{_COUNT_ALTERNATION})\s+)?(?:(?!(?:and|y|by|por)\b)[\w-]+\s+){{0,4}}"
    rf"(?:(?:and|y|e)\s+(?:a\s+)?(?:\d+|{_COUNT_ALTERNATION}|other|otros?)\s+(?:[\w-]+\s+)?)?$",
    re.IGNORECASE,
)


def _coerced_force(am: ActorMention, text: str) -> str | None:
    """'none' for the force handed the suspects, freed by the operation or killed in the
    crime they are held for, 'source' for one that only tells of the arrest, 'target' for
    one arrested itself."""
    before = text[max(0, am.start - 60) : am.start]
    if (
        _HANDED_OVER.search(before)
        or _CRIME_VICTIMS_BEFORE.search(before)
        or _FREED_FORCE_BEFORE.search(before)
    ):
        return "none"
    if _TOLD_BY.search(before) or _TELLS.match(text[am.end :]):
        # "según las autoridades", "whom the authorities say ...": who tells of it, an
        # actor only when no force is named (_roles).
        return "source"
    if _PASSIVE_AGENT.search(before):
        # "were arrested by the police": the agent of the passive made the arrest.
        return None
    if _ARRESTED_FORCE.search(before) or _ARRESTED_AFTER.match(text[am.end :]):
        return "target"
    return None


def _prosecutors_side(am: ActorMention, text: str) -> str:
    """Prosecutors who make an arrest or a raid, or whose agents do, are its actors (the
    labelling conventions' JUD); the office a suspect is handed to is no party, and one
    that only tells of the arrest is its actor only when no force is named (_roles)."""
    before = text[max(0, am.start - 60) : am.start]
    if _HANDED_TO.search(before):
        return "none"
    if _TOLD_BY.search(before) or _TELLS.match(text[am.end :]):
        return "source"
    return "actor"


# "Four policemen were killed", "two soldiers killed in an ambush", "4 policías muertos en
# el ataque": the force counted or made subject of a passive is among the dead, not the killers.
_PASSIVE_BEFORE = re.compile(
    r"^\s+(?:\w+\s+)?(?:was|were|has been|have been|had been|got|fue|fueron|resultaron|result[oó])"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "comandante de la Policía Municipal, fue herido", "a National Guard officer, was shot": the
# force in the title of someone harmed, whatever word the sentence's act is told by. The
# named place of the post may stand between ("the prison director of Puente Grande was
# shot", "el director del penal de Puente Grande fue asesinado"): capitalised words only.
_PASSIVE_HARMED = re.compile(
    r"^[\s,]+(?:(?:of|in|at|de|del|en)\s+(?:the\s+|la\s+|el\s+)?"
    r"(?-i:[A-ZÁÉÍÓÚÑ][\w-]*)(?:\s+(?-i:[A-ZÁÉÍÓÚÑ][\w-]*)){0,3},?\s+)?"
    # A second party joined to the first shares its fate: "police and (of the) army were".
    # Small words and capitalised names around one noun: "y un elemento de la Guardia Nacional".
    r"(?:(?:and|y|e)\s+(?:(?:a|an|one|un|una|of|de|del|the|la|el|los|las)\s+){0,3}[\w-]+,?\s+"
    r"(?:(?:of|de|del|the|la|el|los|las)\s+|(?-i:[A-ZÁÉÍÓÚÑ][\w-]*),?\s+){0,5})?"
    r"(?:[\w-]+,?\s+){0,2}?(?:was|were|has\s+been|have\s+been|had\s+been|got|fue|fueron"
    # Still held: "remained kidnapped", "permanecían, estaban, seguían secuestrados".
    r"|result[oó]|resultaron|remain(?:s|ed)?|permanec(?:e|en|ía|ían|ió|ieron)"
    r"|est(?:á|án|aba|aban|uvo|uvieron)|sigu(?:e|en|ió|ieron)|segu(?:ía|ían))\s+(?:\w+\s+)?"
    r"(?:killed|murdered|shot|gunned|slain|wounded|injured"
    r"|ambushed|attacked|assaulted|beaten|kidnapped|abducted|executed|abatid|asesinad|ejecutad"
    r"|acribillad|herid|lesionad|emboscad|atacad|agredid|golpead|secuestrad|privad|balead"
    r"|ultimad)",
    re.IGNORECASE,
)
# "A police officer lost his life", "un policía murió": the party that died in the attack
# is its victim, whatever verb of harm the sentence's act is told by.
_DIED_AFTER = re.compile(rf"^,?\s+(?:[\w-]+\s+){{0,2}}?(?:{DIED})\b", re.IGNORECASE)
# Spanish may name the dead or the harmed after the verb ("murió el policía", "fallecieron
# dos soldados", "resultó herido un agente"): the verb, then only an article or a number
# before the party. Not gunmen or a gang: attackers who die are mostly killed by the fire
# they drew, and stay the act's actors.
_NON_STATE_ARMED = ("CRM", "UAF", "PRM", "REB")
_HARMED_BEFORE = re.compile(
    rf"\b(?:{DIED}|(?:fue|fueron|result[oó]|resultaron)\s+(?:herid|asesinad|ejecutad|lesionad"
    r"|secuestrad|balead|ultimad|acribillad)[oa]s?)"
    r"\s+(?:(?:el|la|los|las|un|una|unos|unas|otros?|otras?|dos|tres|cuatro|cinco|seis|siete"
    r"|ocho|nueve|diez|\d+)\s+){0,2}$",
    re.IGNORECASE,
)
_COUNT_BEFORE = re.compile(
    rf"(?:^|\s)(?:\d+|{counting_words('en', 1, 10)}|{counting_words('es', 2, 10)})"
    r"\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# The word after the verb must stand apart: the verb's own ending is no preposition
# ("mataron", "ejecutaron" end in "on"; "dos sicarios mataron a un taxista" has an object).
_NO_OBJECT = re.compile(
    r"^[\w-]+(?:\s+dead)?(?:\s*(?:$|[.,;:])"
    r"|\s+(?:in|at|on|near|during|after|when|while|as|en|durante|tras|al)\b)",
    re.IGNORECASE,
)


# "habitantes de San Juan retuvieron a 66 militares", "villagers took two soldiers hostage":
# people standing just before the act verb, with no passive, telling or linking word (nor
# comma) between, and another party named after them, are the subject who acted; the party
# after them is the one acted on.
_ACTIVE_SUBJECT = re.compile(
    r"^(?:\s+(?!(?:was|were|been|being|is|are|had|has|have|got|who|whom|that|and|or|said|say|told"
    r"|accused|blamed|reported|denounced|claimed|when|as|after|while|fue|fueron|es|son|han|habían"
    r"|sido|resultaron|que|quienes|y|o|e|dijeron|acusaron|denunciaron|señalaron|reportaron"
    r"|afirmaron|cuando|tras|mientras|murieron|died)\b)[\w-]+){0,6}\s+$",
    re.IGNORECASE,
)


# "bloquean el paso al Ejército", "para impedir que tropas del Ejército", "blocked the
# way of the troops": a force the protest stops is acted on by it, its target.
_BLOCKED_FORCE = re.compile(
    r"(?:\b(?:paso|acceso|entrada|salida)\s+(?:a|al|a la|a los|a las|de|del|de la|de los|de las)"
    r"|\bimped(?:ir|ían|ían|ieron|ió)\s+(?:que|el paso (?:a|de)l?)(?:\s+[\w-]+){0,2}"
    r"|\b(?:blocked|barred|stopped|prevented)\s+(?:the\s+)?(?:way|path|passage|entry|advance)\s+of"
    r"|\b(?:block|blocked|blocking|prevent|prevented|preventing|stop|stopped|stopping)\s+the)"
    r"\s+$",
    re.IGNORECASE,
)


def _acting_subject(text: str, am: ActorMention, trigger_at: int, others: Sequence[int]) -> bool:
    if am.end > trigger_at or not _ACTIVE_SUBJECT.match(text[am.end : trigger_at] + " "):
        return False
    return any(am.end < start for start in others)


def _counted_victim(text: str, am: ActorMention, trigger_at: int) -> bool:
    if am.end > trigger_at:
        return False
    between = text[am.end : trigger_at]
    if _PASSIVE_BEFORE.match(between):
        return True
    return bool(_COUNT_BEFORE.search(text[: am.start]) and _NO_OBJECT.match(text[trigger_at:]))


# Not right after "anti" or "counter" ("antidrogas", "anti-drug", "counter-narcotics").
_NOT_ANTI = r"(?<!anti)(?<!anti-)(?<!anti )(?<!counter)(?<!counter-)(?<!counter )"

_CONTEXT_WORDS: dict[str, re.Pattern[str]] = {
    "crime": re.compile(
        r"cartel|c[aá]rtel|criminal|crime|gang|narco|delincuen|delictiv|sicario|crimen|pandill|extors|violence",
        re.IGNORECASE,
    ),
    # "drug" as a word: "madrugada" (small hours) holds it. A trafficker with nothing
    # trafficked named is a drug trafficker in these reports. "Narcomenudeo" is street
    # dealing. An anti-drug title or unit ("fiscal antidrogas", "anti-narcotics police")
    # tells who a person is, not that drugs were part of the act.
    "illegal_drugs": re.compile(
        r"cocaine|coca[ií]na|marijuana|marihuana|mariguana|fentanyl|fentanilo|methamph"
        r"|metanfetamina|heroin|hero[ií]na|poppy|amapola|estupefaciente|narcomenud"
        rf"|{_NOT_ANTI}(?:\bdrugs?\b|droga|narcotr|narc[oó]tic)"
        r"|\btraffickers?\b(?!\s+(?:of|in)\s+(?:\w+\s+)?(?:people|persons|humans|migrants|women|children"
        r"|arms|weapons|guns|fuel))",
        re.IGNORECASE,
    ),
    # Trafficking of people, arms or goods; drug trafficking is illegal_drugs alone, and
    # "se trata de" (it is about) is no "trata de personas".
    "trafficking": re.compile(
        r"\b(?:human|people|persons?|migrants?|child|children|sex|arms|weapons?|guns?|firearms?|fuel"
        r"|wildlife|organ)[- ](?:traffick|smuggl)\w*"
        r"|\b(?:traffick|smuggl)\w*\s+(?:of\s+|in\s+)?(?:\w+\s+)?(?:people|persons|humans|migrants"
        r"|women|children|arms|weapons|guns|firearms|fuel)\b|\btrafficked\b"
        # Smuggling of anything but drugs: gold, cattle, fuel, goods.
        r"|(?<!drug )(?<!drugs )(?<!narcotics )(?<!cocaine )\bsmuggl"
        r"|tr[aá]fico (?:ilegal )?de (?:personas|migrantes|indocumentados|armas|menores|[oó]rganos)"
        r"|trata de (?:personas|blancas|mujeres|menores|migrantes)|tratantes?\b|contraband|contrabando"
        r"|pollero|coyote",
        re.IGNORECASE,
    ),
    "migration": re.compile(r"migra|refugee|refugiad|asylum|asilo|deport", re.IGNORECASE),
    # Explicit: the activists who defend rights among the people the act is told of (rights
    # merely named are commentary: "rights groups criticised the deportations").
    "human_rights": re.compile(r"\bactivists?\b|\bactivistas?\b", re.IGNORECASE),
}


# Kin of the disappeared ("relatives of disappeared people", "familiares de
# desaparecidos", "madres de desaparecidos"): a protest of theirs is about a forced
# disappearance, a matter of human rights.
_KIN_OF_THE_DISAPPEARED = re.compile(
    r"\b(?:famil\w*|relatives|mothers|parents|madres|padres)\s+(?:\w+\s+){0,2}?(?:of|de|con)\s+"
    r"(?:(?:the|las|los)\s+)?(?:(?:missing|disappeared)\s+(?:people|persons)\b|(?:people|persons"
    r"|personas)\s+(?:who\s+(?:have\s+)?)?(?:desaparecid|disappeared|missing)|the\s+disappeared"
    r"|desaparecid)",
    re.IGNORECASE,
)


# Acts the law names as crimes, whoever commits them ("police officers kidnapped two
# farmers"); not "killed" or "shot", which a force's lawful fire is told with too.
_CRIME_ACT = re.compile(r"\bkidnapp|\bsecuestr[oóa]|\bmurder|\basesinat|\bhomicid", re.IGNORECASE)


@dataclass
class Incident:
    event_type: str
    mentions: list[IncidentMention]
    historical: bool
    place: EventPlace | None
    donated_dates: list[DateMention] = field(default_factory=list)
    # Placed only by the dateline: where the story was filed, not yet where the act was.
    filed_place: bool = False
    # "los vecinos del lugar retuvieron a tres": placed where this earlier incident is.
    placed_as: Incident | None = None
    # Told at a list of towns, so placed at the area that holds them all: no town, dateline
    # or settlement told beside it narrows it to one of them.
    spread_place: EventPlace | None = None
    # Figures the next sentence denies ("No hubo detenidos" after the raid): zero unless a
    # mention counts them.
    denied: set[str] = field(default_factory=set)

    @property
    def dates(self) -> list[DateMention]:
        # The day a source spoke dates the act only where no sentence dates the act itself.
        own = [d for m in self.mentions if not m.telling_dated for d in _act_dates(m)]
        return (own or [d for m in self.mentions for d in _act_dates(m)]) + self.donated_dates


# A relative clause that opens with its own date and goes on to its own verb: "los 250
# campesinos que desde el 12 de marzo huyeron ...", "the guards, who on Thursday had
# taken the town, ...". The date is that clause's act, not the sentence's main one. Early,
# mid or late in a month ("who in late May", "quien a finales de mayo") dates the clause
# as the month alone does.
_RELATIVE_OPENER = re.compile(
    r"\b(?:que|quien(?:es)?|who|which|where|donde)\s+(?:(?:desde|since|hasta|until|el|la|the|on|in|en)\s+){0,2}"
    r"(?:(?:early|late|mid)[\s-]+|the\s+(?:start|middle|end)\s+of\s+"
    r"|a\s+(?:principios|inicios|comienzos|mediados|finales|fines)\s+de\s+)?$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{2,}")


def _relative_date_spans(m: IncidentMention) -> list[tuple[int, int]]:
    text, start = m.sentence.text, m.sentence.start
    spans = []
    for d in m.sentence.dates:
        opener = _RELATIVE_OPENER.search(text[: d.start - start])
        if opener is None:
            continue
        end = d.end - start
        bound = PHRASE_BOUND.search(text, end)
        stop = bound.start() if bound else len(text)
        # "dijo que el lunes, agentes detuvieron a dos": no verb of its own before the comma,
        # so the date belongs to what follows it.
        if _WORD.search(text[end:stop]):
            spans.append((opener.start(), stop))
    # "detuvieron a los guardias que habían tomado las oficinas el pasado 24 de julio": a
    # relative clause after every act the mention tells dates its own verb, unless that verb
    # is the act taking place ("en un operativo que se realizó el lunes").
    last = max((t.end for t in m.triggers if t.text), default=len(text))
    for d in m.sentence.dates:
        at = d.start - start
        clauses = list(_RELATIVE_WORD.finditer(text, last, at))
        clause = clauses[-1] if clauses else None
        if clause is None or PHRASE_BOUND.search(text, clause.end(), at):
            continue
        # Only a date close after the clause's own verb: further on, the clause may have
        # ended and the main verb come back ("mantas ... contra hoteleros que hospedan a
        # migrantes aparecieron el lunes").
        words = [w for w in _WORD.findall(text[clause.end() : at]) if w.lower() not in _DATE_LEADS]
        if len(words) > 2:
            continue
        # "una emboscada que tendieron esta tarde": a clause right after the act's own noun
        # tells that act.
        if _TOOK_PLACE.search(text[clause.end() : at]) or not _WORD.search(
            text[last : clause.start()]
        ):
            continue
        bound = PHRASE_BOUND.search(text, d.end - start)
        stop = bound.start() if bound else len(text)
        # A date that ends the sentence is as often the main verb's: English puts it last
        # ("murdered by two gunmen who took orders from X on 11 October").
        if _WORD.search(text[d.end - start : stop]):
            spans.append((clause.start(), stop))
    return spans


_DATE_LEADS = frozenset(
    {"on", "in", "at", "last", "this", "el", "la", "en", "este", "esta", "pasado"}
)
_RELATIVE_WORD = re.compile(r"\b(?:que|quien(?:es)?|who|which|where|donde)\b", re.IGNORECASE)
_TOOK_PLACE = re.compile(
    r"\b(?:realiz|llev[oó] a cabo|llevaron a cabo|registr|ocurri|suscit|efectu|desarroll"
    r"|took place|occurred|happened|was carried out|were carried out|was conducted|unfolded)",
    re.IGNORECASE,
)


# A relative clause, maybe after a noun it describes, that counts back from now: ", the
# area where a car bomb exploded three months ago", ", quien hace un año sobrevivió a un
# atentado". It ends at the next clause bound.
_ASIDE = re.compile(
    r"[,;(\u2014]\s*(?:(?:the|a|an|el|la|los|las|un|una)\s+[^\W\d_]+\s+)?"
    r"(?:(?:of|in|at|by|de|en|a|por)\s+)?(?:who|whom|whose|which|where"
    r"|quien(?:es)?|cuy[oa]s?|donde|(?:el|la|los|las)\s+cual(?:es)?)\b[^,;()\u2014]*",
    re.IGNORECASE,
)
_COUNTED_BACK = re.compile(r"\b(?:ago|hace)\b", re.IGNORECASE)


# What ended an act, told after it with a day of its own: "kidnapped on 11 March ... and
# released on 13 March", "secuestrada el 9 y rescatada el 12". That day dates the release,
# the rescue or the finding, not the act, and must not join the act to another of that day.
# A bare "found" is no outcome: "arrested two men and found a rifle on Tuesday" is one act.
_LATER_OUTCOME = re.compile(
    r"\b(?:released|freed|set\s+free|rescued|liberad[oa]s?|rescatad[oa]s?"
    r"|puest[oa]s?\s+en\s+libertad|dejad[oa]s?\s+en\s+libertad"
    r"|(?:found|hallad[oa]s?|encontrad[oa]s?)\s+(?:dead|muert[oa]s?|sin\s+vida)"
    r"|(?:bod(?:y|ies)|corpses?|cad[aá]ver(?:es)?|cuerpos?)\b[^,;.]{0,40}?"
    r"\b(?:found|discovered|hallad[oa]s?|encontrad[oa]s?))\b",
    re.IGNORECASE,
)


def _later_outcome_spans(m: IncidentMention) -> list[tuple[int, int]]:
    """Spans from an outcome word told after the mention's first act to the end of the
    clause of a date that follows the outcome within a few words."""
    text, start = m.sentence.text, m.sentence.start
    first = min((t.start for t in m.triggers if t.text), default=None)
    if first is None:
        return []
    spans = []
    for outcome in _LATER_OUTCOME.finditer(text, first + 1):
        for d in m.sentence.dates:
            at = d.start - start
            if at < outcome.end() or PHRASE_BOUND.search(text, outcome.end(), at):
                continue
            words = [
                w for w in _WORD.findall(text[outcome.end() : at]) if w.lower() not in _DATE_LEADS
            ]
            if len(words) > 3:
                continue
            bound = PHRASE_BOUND.search(text, d.end - start)
            spans.append((outcome.start(), bound.start() if bound else len(text)))
    return spans


def _side_spans(m: IncidentMention) -> tuple[tuple[int, int], ...]:
    """The side clauses of the mention's sentence that a year dates, or that a relative
    clause opens with its own date, where the mention also tells an act outside them: what
    they say (a date, a toll) is not that act's."""
    # A relative clause that counts back from now tells an earlier act of its own: "the bomb
    # went off at the corner, the area where a car bomb exploded three months ago". (Not
    # ", who was killed in an attack this morning": that clause may tell the act itself.)
    text, start = m.sentence.text, m.sentence.start
    asides = tuple(
        (a.start(), a.end())
        for a in _ASIDE.finditer(text)
        if any(
            a.start() <= d.start - start < a.end() and _COUNTED_BACK.search(d.text)
            for d in m.sentence.dates
        )
    )
    spans = side_years(m.sentence.text) + tuple(_relative_date_spans(m)) + asides
    # "expulsado a Honduras, donde lo juzgarán por un robo de marzo": what a
    # relative clause after every act says is still to come dates neither that act nor the
    # older one it names.
    plan = plan_after_act(text)
    if plan is not None and all(t.end <= plan for t in m.triggers if t.text):
        spans += ((plan, len(text)),)
    # The day of a release is the act's only clue to its own day where the sentence names
    # no other ("plagiado, fue liberado el miércoles"): it stays.
    outcome = _later_outcome_spans(m)
    if any(not any(a <= d.start - start < b for a, b in outcome) for d in m.sentence.dates):
        spans += tuple(outcome)
    told = [t for t in m.triggers if t.text]
    if all(any(a <= t.start < b for a, b in spans) for t in told):
        return ()
    return spans


# "since 2006", "by 2011", "desde 2008": a year that bounds a span dates no one act.
_SPAN_YEAR = re.compile(
    r"\b(?:since|until|till|through|by|from|desde|hasta|a\s+partir\s+de)\s+"
    r"(?:(?:early|late|mid|the\s+end\s+of|finales\s+de|principios\s+de)[\s-]+)?$",
    re.IGNORECASE,
)


def _act_dates(m: IncidentMention) -> list[DateMention]:
    """The mention's dates less those of a side clause its act is not told in: "Ortega,
    who in 1979 escaped an ambush, was shot dead today" dates no shooting in 1979."""
    spans = _side_spans(m)
    start = m.sentence.start
    return [d for d in m.dates if not any(a <= d.start - start < b for a, b in spans)]


def _dated_only_by_telling(incident: Incident) -> bool:
    """Is the day a source spoke the incident's only date (no sentence dates the act
    itself, and no date was lent to it)?"""
    if incident.donated_dates:
        return False
    dated = [m for m in incident.mentions if _act_dates(m)]
    return bool(dated) and all(m.telling_dated for m in dated)


def _record_dates(incident: Incident) -> list[DateMention]:
    """The dates that may date the record: the incident's, less a year that bounds a span
    ("95 journalists murdered since 2006")."""
    spanned = {
        id(d)
        for m in incident.mentions
        for d in m.dates
        if d.precision == "year"
        and _SPAN_YEAR.search(
            m.sentence.text[max(0, d.start - m.sentence.start - 30) : d.start - m.sentence.start]
        )
    }
    return [d for d in incident.dates if id(d) not in spanned]


def _told_factuality(m: IncidentMention) -> str:
    """The sentence's factuality, or a plan where every act of the mention is told in a
    relative clause of what is still to come of a done act ("deported, where he will face
    charges for the murder in June"): the trial to come and the older act it names are not
    news of their own."""
    plan = plan_after_act(m.sentence.text)
    told = [t for t in m.triggers if t.text]
    if plan is not None and told and all(t.start >= plan for t in told):
        return "hypothetical"
    return m.sentence.factuality


def _is_historical(m: IncidentMention, written: dt.date | None = None) -> bool:
    """Recalled as background: the sentence is, or every act of the mention is told in a
    clause that a span of recent months dates ("they have ambushed police in recent
    months") or in a side clause that an earlier year dates ("Herrera, who was detained in
    2009, ...")."""
    if m.sentence.factuality == "historical":
        return not _relates_back(m, written)
    told = [t for t in m.triggers if t.text]
    recent = recent_span_clauses(m.sentence.text)
    if (
        recent
        and told
        and _told_factuality(m) != "hypothetical"
        and all(any(a <= t.start < b for a, b in recent) for t in told)
    ):
        # "They have ambushed police in recent months": the span dates the act back.
        return True
    if written is None:
        return False
    spans = side_years(m.sentence.text, written)
    return bool(spans and told) and all(any(a <= t.start < b for a, b in spans) for t in told)


# "The abduction of 15 people ... recalls previous episodes of kidnapping", "the deployment
# follows the killing of six": the act named before such a verb is the news, what it
# recalls the history.
_RELATES_BACK = re.compile(
    r"\b(?:recall(?:s|ed)?|mirror(?:s|ed)?|echo(?:es|ed)?|is reminiscent of|follows?"
    r"|(?:comes|came) (?:\w+ \w+ )?after)\b",
    re.IGNORECASE,
)


def _relates_back(m: IncidentMention, written: dt.date | None) -> bool:
    """Is the sentence background only through a verb that relates an act named before it
    to earlier ones, which the sentence does not otherwise date back?"""
    cue = _RELATES_BACK.search(m.sentence.text)
    if cue is None or not any(t.text and t.end <= cue.start() for t in m.triggers):
        return False
    # "the massacre echoes previous riots in 2008": a dated earlier act, told of its own.
    if any(d.start - m.sentence.start >= cue.end() for d in m.sentence.dates):
        return False
    return classify_factuality(m.sentence.text[: cue.start()], "en", written) != "historical"


def _day(d: DateMention) -> dt.date | None:
    return d.date if d.precision == "day" else None


# The "publication date" against which an undated report's weekdays and months are read:
# those readings are only compared with each other, never recorded. Mid-month, so that a
# weekday's week falls in the month of writing, as it mostly does; on the first of a month
# every weekday fell in the month before, and "on Saturday" met "in June".
_NOMINAL_DAY = dt.date(2001, 7, 15)


@functools.lru_cache(maxsize=4096)
def _nominal_spans(
    sentence: str, language: str
) -> tuple[tuple[int, int, dt.date, dt.date, bool], ...]:
    """The day, week or month spans that an undated sentence's year-less dates ("on Thursday",
    "on March 26", "in October") would have on a fixed nominal publication day, each told
    whether it is a month named alone ("in June", not "last month")."""
    found = []
    for d in parse_dates(sentence, language, _NOMINAL_DAY):
        span = _span(d) if d.precision != "year" else None
        if span:
            alone = d.precision == "month" and not RELATIVE_DATE.search(d.text)
            found.append((d.start, d.end, *span, alone))
    return tuple(found)


_RELATIVE_CLAUSE = re.compile(r",\s+(?:\w+\s+){0,4}?(?:which|who|where|que|quien|quienes|donde)\b")


def _unresolved(m: IncidentMention, language: str) -> list[tuple[dt.date, dt.date, bool]]:
    """The nominal spans of the mention's dates that the report itself cannot fix (no
    publication date), outside side clauses another act is told in, and outside a relative
    clause after the act ("found in X, a town which made headlines in November")."""
    start = m.sentence.start
    fixed = [(d.start - start, d.end - start) for d in m.sentence.dates]
    side = _side_spans(m)
    last = max((t.end for t in m.triggers if t.text), default=0)
    rel = _RELATIVE_CLAUSE.search(m.sentence.text, last)
    cut = rel.start() if rel else len(m.sentence.text)
    return [
        (a, b, alone)
        for s, e, a, b, alone in _nominal_spans(m.sentence.text, language)
        if not any(fs < e and s < fe for fs, fe in fixed)
        and not any(x <= s < y for x, y in side)
        and s < cut
        and (m.clause is None or m.clause[0] <= s < m.clause[1])
    ]


# "lynched", "linchados", "el linchamiento": a mob's act on the suspects of a crime.
_LYNCHING = re.compile(r"\b(?:lynch|linch)", re.IGNORECASE)


def _act_took_place(
    sentence: Sentence,
    own_acts: list[IncidentMention],
    incidents: list[Incident],
    places: ReportPlaces,
) -> EventPlace | None:
    """The place a sentence naming back the act told before says it took place at ("Los
    hechos ocurrieron en la colonia Centro"), when the sentence tells no act of its own and
    names a place no coarser than the one the act has."""
    told = _ACT_TOOK_PLACE.match(sentence.text)
    if told is None or any(m.triggers[0].start > told.end() for m in own_acts):
        return None
    last = max(incidents, key=lambda inc: inc.mentions[-1].sentence.index)
    site = places.place_in(sentence.index, told.end(), last.event_type)
    if site is None or site.precision >= 4:
        return None
    if last.place is not None and not last.filed_place and site.precision > last.place.precision:
        return None
    return site


def _lynches(mention: IncidentMention) -> bool:
    return any(_LYNCHING.search(t.text) for t in mention.triggers)


def _compatible(
    incident: Incident,
    mention: IncidentMention,
    place: EventPlace | None,
    written: dt.date | None = None,
    undated: bool = False,
    language: str | None = None,
) -> bool:
    if _lynches(mention) != any(_lynches(m) for m in incident.mentions):
        # The mob turns on the suspects of a crime: other doers, other victims than the
        # crime's or the next attack's, an assault of its own (labelling conventions: a
        # lynching is ASSAULT).
        return False
    if incident.historical != _is_historical(mention, written) and not _recalled_day_again(
        incident, mention
    ):
        return False
    if undated and language:
        # "Gunmen killed five on Thursday" and "a patrol was ambushed on April 12 near there":
        # with no publication date neither day can be fixed, yet two different ones tell two
        # incidents.
        nominal_a = [s for m in incident.mentions for s in _unresolved(m, language)]
        nominal_b = _unresolved(mention, language)
        if (
            nominal_a
            and nominal_b
            and not any(a[0] <= b[1] and b[0] <= a[1] for a in nominal_a for b in nominal_b)
        ):
            return False
        if (
            not nominal_a
            and nominal_b
            and all(alone for _, _, alone in nominal_b)
            and mention.sentence.index > _LEAD_SENTENCES
        ):
            # "Soldiers freed another five captives there in June", told after the lead of
            # an undated incident: as in a dated report, a month named alone recalls another.
            return False
        if not nominal_a and _unfixed_day_apart(incident, mention, language):
            return False
    if (
        place
        and incident.place
        and not (
            incident.filed_place
            and mention.sentence.index <= _LEAD_SENTENCES
            and not _several(incident)
        )
        and not place.compatible_with(incident.place)
    ):
        return False
    if _plan_and_dated_act(incident, mention):
        return False
    told = _act_dates(mention)
    own = incident.dates
    if _act_day_before_telling(incident, told):
        own = incident.donated_dates
    days_a = {_day(d) for d in own} - {None}
    if len(incident.mentions) > 1 and _several(incident):
        # "Several attacks took place on 9 January and this morning", then one act told
        # for each day: the acts told after such a lead are dated by their own days.
        acts = {_day(d) for m in incident.mentions[1:] for d in _act_dates(m)} - {None}
        days_a = acts or days_a
    days_b = {_day(d) for d in told} - {None}
    if days_a and days_b and not days_a & days_b:
        return False
    # "In October 2023, two drivers were shot dead", "troops who arrived last week": a month
    # or a week that holds none of the incident's dates is another incident, though it
    # names no day.
    spans_a = [s for s in map(_span, own) if s]
    spans_b = [s for s in map(_span, told) if s]
    if not spans_a and spans_b and _recalled_month(mention, written, undated):
        # "Soldiers freed another five captives there in June", after an undated rescue:
        # a month of its own, before the month of writing, tells an earlier incident.
        return False
    if not spans_a and spans_b and _recalled_year(mention, undated):
        return False
    if _dated_apart(incident, mention, told, written):
        return False
    if _another_kind_on_a_past_day(incident, mention, told, written):
        return False
    return not (
        spans_a
        and spans_b
        and not any(a[0] <= b[1] and b[0] <= a[1] for a in spans_a for b in spans_b)
    )


def _dated_apart(
    incident: Incident,
    mention: IncidentMention,
    act_dates: list[DateMention],
    written: dt.date | None,
) -> bool:
    """'A shopkeeper was murdered in Frontera Comalapa', told past the lead with no day, then
    'on 2 June two officers were shot dead in an ambush': an act told with a past day of its
    own, naming no act back, is another act, not the undated one dated (the converse of
    `_placed_apart`). `act_dates` are the mention's own (`_act_dates`), which the caller has
    already read."""
    past = [
        d
        for d in act_dates
        # "Today" is the news the report tells, which an undated line may lead.
        if d.date is not None
        and (
            (d.precision == "day" and (written is None or d.date < written))
            or (
                d.precision == "week"
                and written is not None
                and d.date + dt.timedelta(days=7) <= written
            )
        )
    ]
    return (
        bool(past)
        and incident.mentions[0].sentence.index > _LEAD_SENTENCES
        and (
            # The sentence right after goes on telling the act (a digest's headline, then
            # its story, dated there), unless it opens with a day of its own: "On 2 June,
            # ..." begins the telling of another act, like "three days earlier".
            incident.mentions[-1].sentence.index < mention.sentence.index - 1
            or _opens_with(mention, past)
        )
        and not _record_dates(incident)
        and not any(t.definite for t in mention.triggers)
    )


def _unfixed_day_apart(incident: Incident, mention: IncidentMention, language: str) -> bool:
    """The counterpart of `_dated_apart` in a report with no publication date: "Since then,
    soldiers detained X", told past the lead with no day, then "On Monday, agents detained
    Y". The weekday cannot be fixed, so it is no past day, yet a sentence that opens with a
    day of its own begins the telling of another act all the same. Acts named back by an
    article are the one told."""
    if incident.mentions[0].sentence.index <= _LEAD_SENTENCES or _record_dates(incident):
        return False
    if any(t.definite for t in mention.triggers):
        return False
    text = mention.sentence.text
    return any(
        first == last and _DAY_OPENS.match(text[:start])
        for start, _, first, last, _ in _nominal_spans(text, language)
    )


def _another_kind_on_a_past_day(
    incident: Incident,
    mention: IncidentMention,
    act_dates: list[DateMention],
    written: dt.date | None,
) -> bool:
    """'Farmers block the road to Palenque', then 'Yesterday a thousand farmers marched to
    the town hall': an act of another kind than the one that opens the incident, told in a
    sentence that opens with a past day of its own, is another act, where no sentence dates
    the incident. `_dated_apart` keeps such acts apart from an incident told past the lead;
    told after the lead's undated act, a day usually dates that act ("Gunmen killed two
    traders. Yesterday afternoon the attackers fired on them ..."), so only another kind of
    act (PLOVER mode) sets the day apart. Acts named back by an article are the one told."""
    if written is None:
        return False
    past = [
        d for d in act_dates if d.date is not None and d.precision == "day" and d.date < written
    ]
    if not past or not _opens_with(mention, past):
        return False
    if any(t.definite or t.reference for t in mention.triggers):
        return False
    opening = {t.mode for t in incident.mentions[0].triggers if t.mode}
    told = {t.mode for t in mention.triggers if t.mode}
    # Last: it reads every date of the incident, and runs for each mention weighed.
    return bool(opening and told and not opening & told) and not _record_dates(incident)


# Parts of one day, by the words news use for them ("this morning", "at noon", "last night",
# "esta mañana", "al mediodía", "anoche"); named groups are the parts told apart.
_PART_OF_DAY = re.compile(
    r"\b(?:(?P<morning>(?:early\s+)?this\s+morning|at\s+dawn|at\s+daybreak|esta\s+mañana"
    r"|por\s+la\s+mañana|al\s+amanecer|en\s+la\s+madrugada|esta\s+madrugada)"
    r"|(?P<noon>at\s+noon|al\s+mediod[ií]a)"
    r"|(?P<afternoon>this\s+afternoon|esta\s+tarde|por\s+la\s+tarde)"
    r"|(?P<night>this\s+evening|tonight|last\s+night|at\s+midnight|esta\s+noche|anoche"
    r"|por\s+la\s+noche))\b",
    re.IGNORECASE,
)
# What may come before the part of the day that opens a sentence ("And at noon", "Early this
# morning", "También esta tarde").
_PART_OPENS = re.compile(r"^\W*(?:(?:also|and|then|y|tambi[eé]n|luego)\s+)?$", re.IGNORECASE)


def _parts_of_day(text: str) -> set[str]:
    return {k for m in _PART_OF_DAY.finditer(text) for k, v in m.groupdict().items() if v}


def _another_part_of_day(incident: Incident, mention: IncidentMention) -> bool:
    """'This afternoon gunmen fired on a watchman', then 'This morning an employee was shot
    dead', or 'esta tarde ... Esta mañana ...': a sentence that opens with a part of the day
    the incident's sentences do not name, and names no act back, tells another act."""
    opening = _PART_OF_DAY.search(mention.sentence.text)
    if opening is None or not _PART_OPENS.match(mention.sentence.text[: opening.start()]):
        return False
    if any(t.definite or t.reference for t in mention.triggers):
        return False
    told = {
        part
        for m in incident.mentions
        if m.sentence.index != mention.sentence.index
        for part in _parts_of_day(m.sentence.text)
    }
    return bool(told) and not told & _parts_of_day(opening.group())


# What may come before a day that opens its sentence: "On 2 June, ...", "Also on 15 May",
# "Early on Saturday morning", "At noon yesterday", "El 2 de junio", "También el sábado",
# "Al mediodía del 2 de junio".
_DAY_OPENS = re.compile(
    r"^\W*(?:(?:also|and|early|late|on|the|at\s+\w+|approximately|about"
    r"|el|la|y|tambi[eé]n|al\s+\w+\s+del?)\s+)*$",
    re.IGNORECASE,
)


def _opens_with(mention: IncidentMention, dates: list[DateMention]) -> bool:
    """Does one of `dates` open the mention's sentence?"""
    start = mention.sentence.start
    return any(_DAY_OPENS.match(mention.sentence.text[: d.start - start]) for d in dates)


def _recalled_year(mention: IncidentMention, undated: bool) -> bool:
    """Does a report with no publication date date the mention, past its lead, by a year of
    its own and nothing finer ("was also arrested there in 2010", "capturado en 2010")? Such a
    report tells its news undated in the lead; a year past it recalls an earlier act. A year
    that bounds a span ("since 2010") dates no one act."""
    if not undated or mention.sentence.index <= _LEAD_SENTENCES:
        return False
    dates = [d for d in _act_dates(mention) if d.date is not None]
    text, start = mention.sentence.text, mention.sentence.start
    told = [t for t in mention.triggers if t.text]
    return bool(dates and told) and all(
        d.precision == "year"
        and _YEAR.search(d.text)
        and not _SPAN_YEAR.search(text[max(0, d.start - start - 30) : d.start - start])
        and not _TELLING.search(_between_act_and(told, d.start - start, d.end - start, text))
        for d in dates
    )


# "traders polled in 2019 said they had been robbed", "según un informe de 2012": a year
# set apart from the act by a telling or a survey dates the telling, not the act.
_TELLING = re.compile(
    r"\b(?:reported|said|says|according|surveyed|polled|study|report|survey"
    r"|inform[oó]|informaron|report[oó]|reportaron|dijo|seg[uú]n|encuesta\w*|estudio|informe)\b",
    re.IGNORECASE,
)


def _between_act_and(told: list[Trigger], start: int, end: int, text: str) -> str:
    """The words between a date and the act told nearest to it in the sentence."""
    nearest = min(told, key=lambda t: min(abs(t.start - end), abs(start - t.end)))
    return text[nearest.end : start] if nearest.end <= start else text[end : nearest.start]


def _recalled_day_again(incident: Incident, mention: IncidentMention) -> bool:
    """Does the mention tell again, on its very day, an act recalled as background? ("They
    left on May 5, when gunmen killed two neighbours" ... "justice for the criminals who killed
    two of our neighbours on May 5"): a day the report already gave an earlier act is that act."""
    if not incident.historical:
        return False
    recalled = {_day(d) for d in incident.dates if d.precision == "day"} - {None}
    told = {_day(d) for d in _act_dates(mention) if d.precision == "day"} - {None}
    return bool(told) and told <= recalled


# Emergency rule decreed (PLOVER COERCE martial-law, curfew) is one act; arrests and raids
# counted under it ("15 suspected gang members held in Petén in November") are others,
# though the type, the place and the month be the same. Arrests told with no count beside
# a decree ("weakened by arrests and extraditions") are what it brought, no act of their own.
_DECREE_MODES = frozenset({"martial-law", "curfew"})


def _decree_and_operation(incident: Incident, mention: IncidentMention) -> bool:
    """Is one of the two a decree of emergency rule and the other a counted arrest or raid?"""
    if mention.event_type != "COERCE" or mention.mode is None:
        return False
    decree = mention.mode in _DECREE_MODES
    others = [
        m for m in incident.mentions if m.mode is not None and (m.mode in _DECREE_MODES) != decree
    ]
    operations = others if decree else [mention]
    return bool(others) and any(m.figures for m in operations)


# An arrest and the deportation that follows it ("detained on Monday in San José... later
# handed to migration to be deported") are two acts: the one holds a suspect, the other
# sends him out of the country, each by its own agency and often on its own day. One
# sentence that tells both ("detuvieron y deportaron a 40 migrantes") stays one act.
_HOLD_AND_EXPEL = frozenset({"arrest", "deport"})


def _arrest_and_deportation(incident: Incident, mention: IncidentMention) -> bool:
    """Is one of the two a deportation and the other an arrest told in another sentence?"""
    if mention.event_type != "COERCE" or mention.mode not in _HOLD_AND_EXPEL:
        return False
    if any(m.sentence.index == mention.sentence.index for m in incident.mentions):
        return False
    modes = {m.mode for m in incident.mentions} & _HOLD_AND_EXPEL
    return bool(modes) and mention.mode not in modes


# Days between an act and the day a source told of it, within which the telling's day does
# not set the act apart from one the text dates itself.
_TELLING_LAG_DAYS = 3


def _act_day_before_telling(incident: Incident, told: list[DateMention]) -> bool:
    """Is the incident dated only by the day a source spoke ("detenida ..., informaron hoy
    jueves"), and does the mention date an act a few days before it ("el arresto fue la
    tarde del martes")? The telling's day stood in for the act's: the two are one act."""
    stated = [d for m in incident.mentions for d in _act_dates(m)]
    if not stated or not told or incident.donated_dates:
        return False
    if not all(m.telling_dated for m in incident.mentions if _act_dates(m)):
        return False
    return all(
        s.date is not None
        and t.date is not None
        and s.precision == t.precision == "day"
        and 0 <= (s.date - t.date).days <= _TELLING_LAG_DAYS
        for s in stated
        for t in told
    )


def _plan_and_dated_act(incident: Incident, mention: IncidentMention) -> bool:
    """'The military will deploy a brigade to the border' and 'troops were deployed in Peten
    in 2012': a plan and an act the text dates are two incidents."""
    planned_a = all(_told_factuality(m) == "hypothetical" for m in incident.mentions)
    planned_b = _told_factuality(mention) == "hypothetical"
    if planned_a == planned_b:
        return False
    if planned_b and all(t.definite for t in mention.triggers):
        return False  # "the leaders of the riot would be moved": the act told, named again
    if planned_a:
        return bool(_act_dates(mention))
    return bool(incident.dates)


def _recalled_month(mention: IncidentMention, written: dt.date | None, undated: bool) -> bool:
    """Is the mention dated only by a month that ended before the report was written: no
    day, no week, no bare year, no relative date ("last month")? In a report with no
    publication date, `written` is only the start of its latest year, and a month with its
    year written out ("In November 2008") is taken as recalled."""
    dates = [d for d in _act_dates(mention) if d.date is not None]
    if not dates or any(d.precision != "month" for d in dates):
        return False
    if any(RELATIVE_DATE.search(d.text) for d in dates):
        return False
    if written is None:
        return False
    first_of_month = written.replace(day=1)
    return all(
        d.date is not None and (d.date < first_of_month or (undated and bool(_YEAR.search(d.text))))
        for d in dates
    )


# The lead: the sentences right after the headline (a dateline may take one of them) that tell
# the report's news and go on to say where its act was ("X was shot outside his house in Santa
# Tecla"); a place first told further down is as likely another act's.
_LEAD_SENTENCES = 3
# "Three bomb attacks", "a wave of bombings", "varios ataques": a count of acts, each of
# which the report may go on to tell in its own place.
_SEVERAL = re.compile(
    rf"\b(?:{counting_words('en', 2, 10)}|\d+|several|various|multiple|numerous"
    rf"|a (?:series|wave|string) of|{counting_words('es', 2, 10)}|varios|varias"
    r"|diversos|diversas|una (?:serie|ola|oleada) de)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _several(incident: Incident) -> bool:
    """Does the incident's first sentence count several acts ("staged three bomb attacks")?"""
    first = incident.mentions[0]
    return any(
        t.text.lower().endswith("s")
        and not _COUNTED_PEOPLE.search(t.text)
        and _SEVERAL.search(first.sentence.text[: t.start])
        for t in first.triggers
    )


# "Balacera causa 6 muertos", "five dead": a count of victims, not of acts.
_COUNTED_PEOPLE = re.compile(
    r"\b(?:muert[oa]s|fallecid[oa]s|herid[oa]s|lesionad[oa]s|ejecutad[oa]s|asesinad[oa]s"
    r"|v[ií]ctimas|dead|killed|wounded|injured|victims|casualties|fatalities)$",
    re.IGNORECASE,
)


def _span(d: DateMention) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date of day, week or month precision may mean."""
    if d.date is None:
        return None
    if d.precision == "day":
        return d.date, d.date
    if d.precision == "week":
        return d.date, d.date + dt.timedelta(days=6)
    if d.precision == "month":
        first = d.date.replace(day=1)
        following = (first + dt.timedelta(days=32)).replace(day=1)
        return first, following - dt.timedelta(days=1)
    if d.precision == "year" and _YEAR.search(d.text):
        # "arrested in 2011" is no part of an incident of 2015 ("desde hace dos años" is a
        # length of time, no date of the act).
        return d.date.replace(month=1, day=1), d.date.replace(month=12, day=31)
    return None


_ANAPHORIC_PLACE = re.compile(
    # "llegaron hacia esa zona de la entidad", "arrived in this part of the state": the state
    # named back ("la entidad" is Spanish news's word for it), not an office of it ("la
    # Procuraduría de la entidad") nor a body ("la entidad policial").
    r"\b(?:a|en|hacia) (?:(?:esta|esa|dicha|aquella) (?:zona|parte|regi[oó]n) de )?"
    r"(?:la|esta|dicha) entidad\b(?! (?:policial|federal|financiera|bancaria)\b)"
    r"|\b(?:to|in|into|across|throughout) (?:(?:this|that) (?:part|region|area) of )?"
    r"(?:the|this) state\b(?! of\b|'s\b|['’]s\b)"
    r"|\b(?:to|in|into|from|near) (?:the|that|this) (?:same )?(?:area|department|province|region|zone|municipality)\b"
    r"|\b(?:a|en|hacia|de|cerca de) (?:la|esa|esta|aquella|dicha) (?:misma )?(?:zona|regi[oó]n|localidad|provincia|demarcaci[oó]n)\b"
    # "in the main square", "en la plaza": the square of the town told before, named by no name.
    r"|\b(?:to|in|into|near) the (?:same |main |central |town )?square\b"
    r"|\b(?:a|en|hacia|cerca de) la (?:misma )?plaza\b(?! (?:de |del )?(?-i:[A-ZÁÉÍÓÚ]))"
    r"|\b(?:al|en el|hacia el|del) (?:mismo )?(?:departamento|municipio|lugar|sitio)\b"
    # "Al sitio arribaron soldados", "arrived at the scene": where the act told before was.
    r"|\b(?:to|at) the (?:scene|site)\b"
    # Troops "sent to the state", "enviados al estado": the state named before.
    r"|\b(?:sent|deployed|dispatched) (?:back )?(?:in)?to the state\b"
    r"|\b(?:enviad|desplegad|trasladad)[oa]s (?:al|hacia el) estado\b(?! de\b)",
    re.IGNORECASE,
)
# "The troops also freed four men held hostage there", "liberaron a cuatro personas que
# estaban secuestradas": the rescue tells a kidnapping of its own, done before the clash it
# ended, by the other side; it is no part of how the clash was fought.
_FREED_BEFORE = re.compile(
    r"\b(?:freed|rescued|released|set\s+free|liberaron|liber[oó]|rescataron|rescat[oó]"
    r"|pusieron\s+en\s+libertad)\b",
    re.IGNORECASE,
)


def _hostages_freed(mention: IncidentMention) -> bool:
    """Every act the sentence names is a kidnapping told as the people a rescue freed."""
    text = mention.sentence.text
    return bool(mention.triggers) and all(
        t.mode == "abduct" and _FREED_BEFORE.search(text[: t.start]) for t in mention.triggers
    )


_STATE_WORD = re.compile(
    r"department|departamento|province|provincia|state\b|estado|entidad", re.IGNORECASE
)
_OCCURRED = re.compile(rf"\s*(?:{TOOK_PLACE})\b", re.IGNORECASE)


# "Meanwhile, gunmen killed a shopkeeper in Tapachula", "Además, ... en Tapachula": an act
# told beside the last, at a place of its own, is another, though it be the same town; with
# no place of its own, or only the country, the sentence as often goes on telling the same
# incident ("In addition, the gunmen wounded his passenger") or sums up many ("Meanwhile,
# drug arrests in Costa Rica rose").
_MEANWHILE = re.compile(
    r"^\W*(?:meanwhile|mientras tanto|in another (?:development|turn of events)|similarly|likewise"
    r"|in addition|de igual (?:manera|forma|modo)|del mismo modo|adem[aá]s)\b",
    re.IGNORECASE,
)
# "Two hours later, in the Las Palmas neighbourhood, an armed group fired on...", "Dos horas
# más tarde, en la colonia...": a time counted from the act before opens the telling of the
# next one; like "meanwhile", at a place of its own it is another act, not the same one seen
# again (with no place of its own it goes on: "hours later the shopkeeper died"). A street or
# a neighbourhood is such a place, though the town stays the record's ("a colonia is a
# neighbourhood of a town").
_STREET_OR_QUARTER = re.compile(
    r"\b(?:calle|avenida|colonia|barrio|fraccionamiento|street|avenue|neighbou?rhood|district)\b",
    re.IGNORECASE,
)
# "El hecho se registró en la zona de X", "The incident took place in X": a sentence whose
# subject names the act told before, and whose verb says only where it happened.
_ACT_TOOK_PLACE = re.compile(
    rf"^\W*(?:el|los|la|las|the|this|that)\s+(?:mism[oa]s?\s+)?(?:{ACT_NOUNS})"
    rf"\s+(?:{TOOK_PLACE})\b",
    re.IGNORECASE,
)
_HOURS_LATER = re.compile(
    r"^\W*(?:(?:a\s+matter\s+of|a\s+few|unas?|pocas|varias|algunas|un\s+par\s+de|\w+)\s+)?"
    r"(?:hours?|minutes?|horas?|minutos?)\s+(?:later|after|m[aá]s\s+tarde|despu[eé]s)\b",
    re.IGNORECASE,
)
# "Three days earlier, a grenade hit the town hall", "The next day the offices were
# attacked", "Al día siguiente": a day counted from the act told before opens the telling of
# an act of another day, which the day rule would keep apart if the day were written out.
_DAYS_APART = re.compile(
    rf"^\W*(?:(?:(?:{_COUNT_ALTERNATION}|several|a few|\d{{1,2}})\s+"
    r"(?:days?|weeks?)|a\s+week|the\s+day)\s+(?:earlier|later|before)"
    r"|the\s+(?:next|following|previous)\s+day|on\s+the\s+(?:next|following|previous)\s+day"
    r"|al\s+d[ií]a\s+siguiente|el\s+d[ií]a\s+(?:anterior|siguiente)"
    rf"|(?:(?:{_COUNT_ALTERNATION}|varios|unos|\d{{1,2}})\s+)?"
    r"(?:d[ií]as?|semanas?)\s+(?:antes|despu[eé]s|m[aá]s\s+tarde))\b",
    re.IGNORECASE,
)
_ANOTHER_INCIDENT = re.compile(
    r"^\W*(?:(?:in|during) (?:another|a separate|a second|an unrelated|a similar|other|separate)"
    r" (?:incidents?|attacks?|cases?|events?|operations?|raids?|actions?)|separately|elsewhere"
    r"|in other (?:news|incidents|events|developments)"
    r"|en (?:otros?|otras?) (?:hechos?|incidentes?|casos?|ataques?|eventos?|sucesos?|acciones|operativos?|orden)"
    r"|en (?:un|una) (?:hecho|incidente|caso|ataque|evento|suceso|acci[oó]n|operativo) (?:distint[oa]|aparte"
    r"|separad[oa]|similar|diferente)|por otra parte|por otro lado"
    # "Earlier this year, the director was gunned down": an earlier act of its own.
    r"|earlier (?:this|that|in the) (?:year|month)|last year|the previous year"
    r"|a (?:principios|inicios|comienzos) de (?:este|ese) (?:año|mes)|el año pasado)\b",
    re.IGNORECASE,
)


def _placed_apart(incident: Incident, mention: IncidentMention, place: EventPlace | None) -> bool:
    """'On 2 June two officers were shot dead in an ambush', told past the lead, then 'a
    shopkeeper was murdered in Frontera Comalapa': an act recalled by a day of its own and no
    place, then an act with a town of its own and no day, told with no word naming the first
    back. Two acts, not the recalled one placed."""
    return (
        place is not None
        and place.precision <= 2
        and (incident.place is None or incident.place.precision >= 4)
        and incident.mentions[0].sentence.index > _LEAD_SENTENCES
        and bool(_record_dates(incident))
        and not _act_dates(mention)
        and not any(t.definite for t in mention.triggers)
    )


def _other_act_past_a_bombing(
    incident: Incident, mention: IncidentMention, place: EventPlace | None
) -> bool:
    """'A bomb wrecked a party office overnight', then past the lead 'gunmen shot two farmers
    dead outside Jauja': a bombing is where its bomb went off, so a killing, a clash or a
    raid told further down at a town of its own is another act, not the place of a bombing
    that had none but the dateline's or the country's. A later bomb may still be the same
    one told again, and a sentence that names its act back ("the attack") goes on telling
    it."""
    return (
        place is not None
        and place.precision <= 2
        and (
            incident.place is None
            or incident.place.precision >= 4
            or (incident.filed_place and not place.compatible_with(incident.place))
        )
        and mention.sentence.index > _LEAD_SENTENCES
        and not all(t.definite for t in mention.triggers)
        and incident.mentions[0].mode == "explosives"
        and mention.mode != "explosives"
    )


def _unplaced_told(incident: Incident, listed: EventPlace | None) -> bool:
    """'Three drivers were shot dead on Monday', the first told, then 'the other two were
    killed in Escuintla and in Quetzaltenango, respectively': acts a sentence shares out among
    towns are each one of their own, not the act told before them with no place or only a
    wider one (the country). A bare headline is left out: the body goes on to place its acts."""
    return (
        listed is not None
        and (incident.place is None or incident.place.precision > listed.precision)
        and any(m.sentence.index > 0 for m in incident.mentions)
    )


def _goes_on(last: IncidentMention, mention: IncidentMention) -> bool:
    """Does `mention` come in the sentence right after `last`, in the same mood?"""
    planned = {_told_factuality(m) == "hypothetical" for m in (last, mention)}
    return last.sentence.index == mention.sentence.index - 1 and len(planned) == 1


def _past_day(d: DateMention, published: dt.date | None) -> bool:
    return d.precision == "day" and (
        published is None or (d.date is not None and d.date <= published)
    )


def _dated_background(m: IncidentMention, d: DateMention, published: dt.date | None) -> bool:
    """'the attack on the station carried out in July 2010', recalled as background: an
    earlier incident of its own, though its date names no day."""
    if d.date is None or d.precision == "year":
        return False  # "in 2024 ... to stop the eradication": a year names no one act
    if not _is_historical(m):
        # "En agosto se hallaron además los restos" in a March report: a month
        # named alone, long before the report was written, recalls an act of its own.
        return (
            published is not None
            and d.precision == "month"
            and (published - d.date).days > HISTORICAL_DAYS
            and _BARE_MONTH.search(m.sentence.text) is not None
        )
    return published is None or d.date < published.replace(day=1)


def _best_date(dates: list[DateMention]) -> tuple[dt.date | None, str]:
    best = best_date(dates)
    return (None, "unknown") if best is None else (best.date, best.precision)


_MONTHS = f"(?:{month_names('en', 'es')})"
_BARE_MONTH = re.compile(
    r"\b(?:in|en|durante|during)\s+(?:(?:early|late|mid)[\s-]+|(?:principios|finales|mediados)\s+de\s+)?"
    rf"{_MONTHS}\b(?!\s+(?:de\s+|of\s+)?\d)",
    re.IGNORECASE,
)
# A month named with its year ("in June 2024", "en junio de 2024") or counted back from the
# report's ("last month", "el mes pasado"): like a month named alone, it names no day.
_MONTH_WITH_YEAR = re.compile(
    r"\b(?:in|en|durante|during)\s+(?:(?:early|late|mid)[\s-]+|(?:principios|finales|mediados)"
    rf"\s+de\s+)?{_MONTHS}\s+(?:de\s+|del\s+|of\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_LAST_MONTH = re.compile(
    r"\b(?:last|previous)\s+month\b|\bel\s+(?:mes\s+pasado|pasado\s+mes|mes\s+anterior)\b",
    re.IGNORECASE,
)


def _month_without_day(sentence: str) -> bool:
    return any(p.search(sentence) for p in (_BARE_MONTH, _MONTH_WITH_YEAR, _LAST_MONTH))


# A day of a month with no year: "on January 9", "on the night of March 26", "el 9 de enero".
_MONTH_DAY = re.compile(
    r"\b(?:on\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    rf"(?:{month_names('en')})"
    r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d{2})"
    rf"|el\s+(?:pasado\s+)?\d{{1,2}}\s+de\s+(?:{month_names('es')})"
    r"\b(?!\s+(?:de\s+|del\s+)?(?:19|20)\d{2}))",
    re.IGNORECASE,
)


def _dated_by_months_alone(mentions: list[IncidentMention], language: str | None) -> bool:
    """Does every mention that names a time name a month alone ("murdered in October"),
    the others only referring back past the lead ("the killings of the three activists are
    part of a campaign", said after it)? Such a sentence dates nothing of its own, so it
    does not make the recalled act the news."""
    timed = [
        m
        for m in mentions
        if language is None
        or m.sentence.index <= _LEAD_SENTENCES
        or m.sentence.dates
        or _nominal_spans(m.sentence.text, language)
    ]
    return bool(timed) and all(_BARE_MONTH.search(m.sentence.text) for m in timed)


# An undated report (an analysis, most often) tells its news in its opening sentences; an
# act it first tells further down, in the past and with no weekday of its own, is background
# it recalls ("after the arrest of X and the murder of his brothers, the gang turned on Y").
_NEWS_SENTENCES = 8
# Told in the present or the perfect, as still going on or recent, or as a response: such
# an act is tied to the news ("the authorities have arrested one of the gunmen", "in
# response, the government sent troops", "the public threats seem a new tactic").
_TIED_TO_NOW = re.compile(
    r"\b(?:has|have|is|are|seems?|remains?|still|recent(?:ly)?|in\s+response|respond(?:s|ed)?"
    r"|ha|han|es|son|sigue|siguen|contin[uú]an?|todav[ií]a|a[uú]n|reciente(?:s|mente)?"
    r"|en\s+respuesta|respondi[oó]|respondieron)\b",
    re.IGNORECASE,
)


def _told_past_the_news(mentions: list[IncidentMention]) -> bool:
    """Is every mention told past an undated report's opening sentences, in the past, with
    no weekday, no count back from the report and nothing that ties it to the news?"""
    return all(
        m.sentence.index >= _NEWS_SENTENCES
        and not _TIED_TO_NOW.search(m.sentence.text)
        and not _PINNED_DAY.search(m.sentence.text)
        # "a month ago", "hace dos semanas": the report dates the act back from itself.
        and not _COUNTED_BACK.search(m.sentence.text)
        for m in mentions
    )


def _factuality(
    mentions: list[IncidentMention],
    date: dt.date | None,
    published: dt.date | None,
    precision: str = "day",
    language: str | None = None,
) -> str:
    values = {
        "asserted"
        if _told_factuality(m) == "historical" and _relates_back(m, published)
        else _told_factuality(m)
        for m in mentions
    }
    if date is not None and published is not None and (published - date).days > HISTORICAL_DAYS:
        # Months before the report was written: background, not the news.
        return "historical"
    if (
        published is not None
        and date is not None
        and precision == "month"
        and date < published.replace(day=1)
        and values != {"hypothetical"}
        and all(_month_without_day(m.sentence.text) for m in mentions)
    ):
        # "otras matanzas ... como la de Padilla en febrero" in a March report: a month
        # before the report's, named with no day, is an earlier act recalled ("two months
        # after the shootout", a span back from now, names no month and may be the news).
        return "historical"
    if published is None and values <= {"asserted", "reported"} and _told_past_the_news(mentions):
        return "historical"
    if published is None and values != {"hypothetical"}:
        # An undated report dates its news by the day ("on Monday", "on June 3"); an act it
        # dates by a month alone ("arrested in January") or by a year ("killed in 2011",
        # "in June 2011"), out of its headline, is an earlier one it recalls.
        if date is None and _dated_by_months_alone(mentions, language):
            return "historical"
        if precision in ("month", "year") and all(m.sentence.index > 0 for m in mentions):
            return "historical"
        # Its news is told in the lead; an act it dates by a month and day of its own ("on
        # January 9", "el 9 de enero") only past the lead is an earlier one it recalls.
        if date is None and all(
            m.sentence.index > _LEAD_SENTENCES and _MONTH_DAY.search(m.sentence.text)
            for m in mentions
        ):
            return "historical"
    for f in ("historical", "asserted", "reported", "hedged", "hypothetical"):
        if f in values:
            return f
    return "asserted"


# The lexicon's gunmen named by the crime they committed ("secuestradores", "attackers").
_CRIME_DOERS = re.compile(
    r"kidnappers|captors|attackers|assailants|secuestradores|captores|agresores|atacantes",
    re.IGNORECASE,
)


def _told_as_harmed(event_type: str, m: IncidentMention, am: ActorMention, two_sided: bool) -> bool:
    """Was the force told as the act's victims here ("a police massacre, when four officers
    were beaten and killed": named first by the act's noun, then as the ones killed)?"""
    if event_type != "ASSAULT" or two_sided:
        return False
    trigger_at = m.triggers[0].start if m.triggers else 0
    text = m.sentence.text
    return _counted_victim(text, am, trigger_at) or bool(_TOLD_HARMED.match(text[am.end :]))


# "were tortured and killed", "fueron golpeados y asesinados", "were shot": a passive harm
# after the force, its second verb allowed after "and".
_TOLD_HARMED = re.compile(
    r"^\s+(?:was|were|had\s+been|have\s+been|fue|fueron)\s+(?:[\w-]+\s+(?:and|y)\s+)?"
    r"(?:killed|murdered|shot|gunned|slain|wounded|injured|tortured|beaten|executed|kidnapped"
    r"|abducted|asesinad|ejecutad|acribillad|herid|torturad|golpead|secuestrad|balead|ultimad)",
    re.IGNORECASE,
)


# Criminals told as a kind of group or as crime itself ("criminal groups", "organised crime",
# "la delincuencia"), not as people who did something ("delincuentes", "sicarios").
_CRIME_AS_GROUP = re.compile(
    r"\b(?:groups?|organi[sz]ations?|gangs?|rings?|cells?|grupos?|organizaci[oó]n(?:es)?"
    r"|bandas?|c[eé]lulas?|delincuencia|crimen)\b",
    re.IGNORECASE,
)


def _gunmen_told_apart_from_criminals(incident: Incident) -> bool:
    """Gunmen named in the act's sentences, and criminals named by a role only as a kind of
    group, and never in a sentence with the gunmen: the report's talk of crime around the
    act. Criminals told as people ("los delincuentes huyeron") are the gunmen named again."""
    gunmen: set[int] = set()
    criminals: set[int] = set()
    for m in incident.mentions:
        for am in m.actors:
            if am.actor.sector == "UAF":
                gunmen.add(m.sentence.index)
            elif criminals_by_role(am.actor):
                if not _CRIME_AS_GROUP.search(m.sentence.text[am.start : am.end]):
                    return False
                criminals.add(m.sentence.index)
    return bool(gunmen) and bool(criminals) and not gunmen & criminals


# From a body's name to the bracket that opens its acronym ("la Procuraduría federal (PGR)",
# "the federal prosecutors (FGR)"): the rest of the name, then the bracket.
_ACRONYM_AFTER_NAME = re.compile(
    r"(?:\s+(?:[A-ZÁÉÍÓÚÑ][\w'’-]*|de|del|la|las|los|el|y|of|the|and|federal|estatal|state"
    r"|general|nacional|national))*\s*\(\s*"
)


def _roles(incident: Incident, country: str | None) -> tuple[list[Actor], list[Actor]]:
    """Split the incident's actors into those who acted and those acted upon."""
    actors: list[Actor] = []
    targets: list[Actor] = []
    told: list[Actor] = []  # prosecutors who only tell of the act
    bystanders: list[Actor] = []  # a state that tells of a flight or keeps silent on it
    two_sided = incident.event_type == "ASSAULT" and any(
        _TWO_SIDED.search(m.sentence.text) for m in incident.mentions
    )
    encounter = incident.event_type == "ASSAULT" and any(
        _ENCOUNTER.search(m.sentence.text) for m in incident.mentions
    )
    for m in incident.mentions:
        trigger_at = m.triggers[0].start if m.triggers else 0
        named: tuple[ActorMention, str] | None = None  # the mention before, and its side
        for am in m.actors:
            actor = _with_country(am, country)
            if incident.event_type == "COERCE" and _CRIME_DOERS.fullmatch(
                m.sentence.text[am.start : am.end]
            ):
                # Kidnappers or attackers under arrest are suspects of their crime (CRM),
                # people of the place like any arrested suspect; armed men stay unknown.
                actor = Actor(name="alleged criminals", sector="CRM", country=country)
            side = _side(
                incident.event_type,
                am,
                actor,
                trigger_at,
                m.sentence.text,
                two_sided,
                encounter,
                [o.start for o in m.actors if o is not am],
            )
            if (
                side == "actor"
                and incident.event_type == "ASSAULT"
                and not (two_sided or encounter)
                and _killed_by_others(m, am)
            ):
                side = "target"
            if (
                named is not None
                and named[0].actor.sector == am.actor.sector
                and _ACRONYM_AFTER_NAME.fullmatch(m.sentence.text[named[0].end : am.start])
            ):
                # "informó la Procuraduría federal (PGR)": one body named twice;
                # the acronym, cut off from the words around the name, takes the name's side.
                side = named[1]
            named = (am, side)
            if side == "none":
                continue
            if side == "bystander":
                if actor not in bystanders:
                    bystanders.append(actor)
                continue
            if side == "source":
                if actor not in told:
                    told.append(actor)
                continue
            bucket = actors if side == "actor" else targets
            if actor not in actors and actor not in targets:
                bucket.append(actor)
            elif actor in actors and _told_as_harmed(incident.event_type, m, am, two_sided):
                actors.remove(actor)
                targets.append(actor)
    if not any(a.sector in _STATE for a in actors):
        # "Según la Fiscalía, dos hombres fueron detenidos": no force named, the office acted.
        actors.extend(a for a in told if a not in targets and not _GENERIC_TELLER.match(a.name))
    if incident.event_type == "DISPLACE":
        movers = [a for a in actors + targets if a.sector in ("CVL", "REF")]
        perpetrators = [a for a in actors + targets if a.sector not in ("CVL", "REF")]
        if not movers:
            # People who fled named by no role: without the state that tells of it the
            # record would hold armed parties alone, read as armed men on the move.
            perpetrators += [a for a in bystanders if a not in perpetrators]
        if perpetrators or not any(m.crossing for m in incident.mentions):
            # Driven out by a named party, or fleeing inside their country: the residents
            # displaced, the act's targets (labelling conventions), not migrants on the move.
            return perpetrators, _drop_generic(movers)
        movers = _drop_generic(
            [Actor(name=a.name, sector="REF", country=a.country) for a in movers]
        )
        return movers, []
    if incident.event_type == "MOBILIZE":
        actors, targets = _who_moved(incident, actors, targets)
    if incident.event_type == "ASSAULT":
        actors, targets = _inmates_who_fought(incident, actors, targets)
    return _drop_generic(actors), _drop_generic(targets)


# "a brawl between two groups of inmates", "una riña entre reos", "rival groups of prisoners
# fought", "dos grupos de internos pelearon": inmates fighting one another.
_PRISONERS = r"(?:inmates|prisoners|convicts|reos|presos|internos|reclusos)"
_INMATES_FIGHT = re.compile(
    r"\b(?:brawls?|fights?|fighting|clash(?:es)?|scuffles?|riñas?|reyertas?|peleas?"
    r"|enfrentamientos?|trifulcas?|grescas?)\s+(?:[\w-]+\s+){0,3}?(?:between|among|entre)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_PRISONERS}\b"
    rf"|\b(?:rival|two|opposing)\s+(?:groups|gangs|factions)\s+of\s+{_PRISONERS}\b"
    rf"|\b(?:dos\s+(?:grupos|bandas|facciones)|(?:grupos|bandas|facciones)\s+rivales)"
    rf"\s+de\s+{_PRISONERS}\b",
    re.IGNORECASE,
)

# Non-state parties that kill or seize others: armed men, criminals, civilians or inmates,
# rebels and militias.
_NON_STATE_DOERS = ("UAF", "CRM", "CVL", "PRM", "REB")
# Between an active verb and its object: "shot dead four", "asesinaron a cinco", "killed the".
_OBJECT_AFTER_VERB = re.compile(
    r"^\s+(?:dead\s+)?(?:(?:a|al)\s+)?(?:(?:the|los|las|unos|unas)\s+)?(?:([^\W_]+)\s+)?$",
    re.IGNORECASE,
)
# Number words that may count that object ("four", "cinco", "a dozen"), English and Spanish.
_NUMBER_WORDS = frozenset(word for lexicon in LEXICONS.values() for word in lexicon)


def _inmates_who_fought(
    incident: Incident, actors: list[Actor], targets: list[Actor]
) -> tuple[list[Actor], list[Actor]]:
    """Inmates who fight each other are the fight's sides: a two-sided fight has its sides as
    actors and no target (labelling conventions), though its dead, counted as "two inmates
    killed", read as the party harmed."""
    inmates = [t for t in targets if t.name == "prisoners"]
    if not inmates or not any(_INMATES_FIGHT.search(m.sentence.text) for m in incident.mentions):
        return actors, targets
    sides = actors + [a for a in inmates if a not in actors]
    return sides, [t for t in targets if t not in inmates]


def _killed_by_others(mention: IncidentMention, am: ActorMention) -> bool:
    """Whether criminals or armed men are the counted object of an active attack whose
    subject is another non-state party ("gunmen shot dead four gang members", "reos
    asesinaron a cinco pandilleros"): its targets, not a second side. A force that kills
    them fought them, and both stay sides (labelling conventions)."""
    if am.actor.sector not in ("CRM", "UAF"):
        return False
    text = mention.sentence.text
    for trigger in mention.triggers:
        if trigger.end > am.start:
            continue
        between = _OBJECT_AFTER_VERB.match(text[trigger.end : am.start])
        if between is None:
            continue
        count = between.group(1)
        if count and not (count.isdigit() or count.lower() in _NUMBER_WORDS):
            continue
        return any(
            other.actor.sector in _NON_STATE_DOERS and other.end <= trigger.start
            for other in mention.actors
            if other is not am
        )
    return False


def _who_moved(
    incident: Incident, actors: list[Actor], targets: list[Actor]
) -> tuple[list[Actor], list[Actor]]:
    """The mobilisation's mode says who moved (`_mobilize_mode`): a militia mobilising has
    the vigilantes alone as actors, the forces that try to stop or disarm them being no
    party; troops or police sent in are the actors, and the vigilantes they came for the
    target (both golds: no militia with a state actor, no deployment with a civilian one)."""
    mode = _mobilize_mode(incident)
    if mode == "militia":
        return [a for a in actors if a.sector not in _STATE], targets
    if mode in ("troops", "police"):
        militia = [a for a in actors if a.name == "vigilantes"]
        kept = [a for a in actors if a not in militia]
        return kept, targets + [a for a in militia if a not in targets]
    return actors, targets


# "the authorities say", "según el gobierno": the generic state that tells of an arrest is
# its voice, not a body that made it (unlike a prosecutor's office, which does arrest).
_GENERIC_TELLER = re.compile(r"^(?:[A-Z][a-z]+ |US )?(?:authorities|government)$")


# The lexicon's civilians named by where they live, not as a group that acts.
_BYSTANDERS = re.compile(r"^(?:[A-Z][a-z]+ )?(?:civilians|citizens)$")

_OUTLET_AFTER = re.compile(r"\s+(?:the\s+)?[A-Z]")

_HELD_HOSTAGE = re.compile(r"^\s+(?:as\s+)?hostages?\b", re.IGNORECASE)


def _came_after_the_act(
    text: str, am: ActorMention, after: str, trigger_at: int, fought: bool
) -> bool:
    """A force sent in or coming up after the act (`_SENT_IN`, `_ARRIVING_AFTER` /
    `_ARRIVING_BEFORE`) answered it and is no party to it, unless the sentence has it fight
    once there or met with fire on arriving."""
    sent_in = _SENT_IN.match(after)
    if sent_in and not fought and not _THEN_FOUGHT.match(after, sent_in.end()):
        return True
    return bool(
        am.start > trigger_at
        and (_ARRIVING_AFTER.match(after) or _ARRIVING_BEFORE.search(text[: am.start]))
        and not _MET_WITH_FIRE.search(after)
    )


# "..., informaron autoridades guatemaltecas", "the state government has not commented on
# the displacement", "police made the find there": a state that tells of a flight, keeps
# silent on it or finds something where people fled did not drive them out.
_STANDS_BY_AFTER = re.compile(
    r"^[\s,]*(?:[\w-]+\s+){0,3}?(?:ha(?:s|ve)?\s+not\s+(?:commented|spoken|responded)"
    r"|did\s+not\s+(?:comment|respond)|declined\s+to\s+comment|no\s+se\s+han?\s+pronunciado"
    r"|no\s+han?\s+(?:comentado|respondido)|made\s+the\s+(?:find|discovery)"
    r"|(?:hizo|hicieron|realiz[oó]|realizaron)\s+el\s+hallazgo)\b",
    re.IGNORECASE,
)
_TELLING_BEFORE = re.compile(
    rf"\b(?:{TOLD_BEFORE_SPEAKER})\s+(?:(?:las|los|la|el|the)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _tells_of_or_stands_by(am: ActorMention, text: str) -> bool:
    after = text[am.end :]
    before = text[max(0, am.start - 60) : am.start]
    return bool(
        _TELLS.match(after)
        or _TOLD_BY.search(before)
        or _TELLING_BEFORE.search(before)
        or _SOURCE_OR_FINDER.search(after)
        or _STANDS_BY_AFTER.match(after)
    )


# "blocked the road to protest against extortion by criminal groups", "marcharon contra los
# cobros de las pandillas": the party a protest is against is its grievance, not a protester.
# The grievance may run on ("rioted against a failed bid to seize the jail by a cartel").
_PROTESTED_AGAINST = re.compile(r"\b(?:against|contra)\s+(?:[^\W\d_]+\s+){0,8}$", re.IGNORECASE)


# The party an account is credited to: "según la policía", "according to the state police",
# "informó la Policía Nacional Civil", "..., said the Chiapas state police." Spanish puts the
# speaker after the verb in any clause; English only at the end of one, as "said police
# were attacked" makes the police harmed. Wider than `_TOLD_BY` (an arrest's teller, one word
# after the article), though both open on `_ACCORDING_TO`: a force's whole name, with its
# initials in brackets, comes between.
_SPEAKER_AFTER_VERB = (
    r"(?:inform(?:ó|aron)|dij(?:o|eron)|señal(?:ó|aron)|explic(?:ó|aron)|precis(?:ó|aron)"
    r"|indic(?:ó|aron)|report(?:ó|aron)|confirm(?:ó|aron)|detall(?:ó|aron))"
)
_SPEAKER_AT_CLAUSE_END = r"(?:said|says|reported|stated|explained|confirmed|added)"
_FORCE_WORDS_BEFORE = (
    # A name's initials in brackets after it are the same party: "la Policía Nacional (PN)".
    r"\s+(?:(?:el|la|los|las|the)\s+)?(?:(?-i:[A-ZÁÉÍÓÚÑ])[\w-]*(?:\s+|\s*\(\s*)){0,4}"
    r"(?:(?:state|federal|municipal|local|national|city|border)\s+)?$"
)
_TOLD_BY_PARTY = re.compile(
    rf"\b(?:{_ACCORDING_TO}|{_SPEAKER_AFTER_VERB}){_FORCE_WORDS_BEFORE}", re.IGNORECASE
)
_SAID_BY_PARTY = re.compile(rf"\b{_SPEAKER_AT_CLAUSE_END}{_FORCE_WORDS_BEFORE}", re.IGNORECASE)
_CLAUSE_END = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:on|in|this|last)\s+[\w-]+(?:\s+[\w-]+)?\s*)?(?:[.,;:]|$)",
    re.IGNORECASE,
)
# The force in the title of the one the account is credited to: "informó el portavoz de la
# policía", "precisó el comandante de las tropas", "said the head of the
# army", "said the police spokesman": that person tells of the act, the force takes no part.
_SPEAKER_TITLE = (
    r"(?:jef[ea]|director(?:a)?|vocer[oa]|portavoz|comandante|titular|secretari[oa]"
    r"|subsecretari[oa]|ministr[oa]|delegad[oa]|head|chief|spokes(?:man|woman|person)"
    r"|commander|minister|secretary)"
)
_TITLE_BEFORE_FORCE = (
    rf"\s+(?:(?:el|la|the)\s+)?{_SPEAKER_TITLE}\s+(?:[\w'’-]+\s+){{0,4}}?(?:of|de|del)\s+"
    r"(?:(?:el|la|los|las|the)\s+)?$"
)
_TOLD_BY_TITLE = re.compile(
    rf"\b(?:{_ACCORDING_TO}|{_SPEAKER_AFTER_VERB}){_TITLE_BEFORE_FORCE}", re.IGNORECASE
)
_SAID_BY_TITLE = re.compile(rf"\b{_SPEAKER_AT_CLAUSE_END}{_TITLE_BEFORE_FORCE}", re.IGNORECASE)
_SAID_BY_FORCE_WITH_TITLE = re.compile(rf"\b{_SPEAKER_AT_CLAUSE_END}\s+(?:the\s+)?$", re.I)
# What may follow the force up to the end of the speaker's title: a possessive and a few
# words ("armed forces' joint staff,"), no verb that would make the force the subject.
_TITLE_TO_CLAUSE_END = re.compile(
    r"^(?:['’]s?)?(?:\s+(?!(?:was|were|is|are|had|has|have)\b)[\w-]+){0,3}\s*(?:[.,;:]|$)",
    re.IGNORECASE,
)
_TITLE_AFTER_FORCE = re.compile(rf"^(?:['’]s?)?\s+{_SPEAKER_TITLE}\b", re.IGNORECASE)


def _account_credited_to(text: str, am: ActorMention) -> bool:
    """Whether the party is the one the sentence's account is credited to."""
    before = text[max(0, am.start - 80) : am.start]
    after = text[am.end :]
    return bool(
        _TOLD_BY_PARTY.search(before)
        or (_SAID_BY_PARTY.search(before) and _CLAUSE_END.match(after))
        or _TOLD_BY_TITLE.search(before)
        or (_SAID_BY_TITLE.search(before) and _TITLE_TO_CLAUSE_END.match(after))
        or (_SAID_BY_FORCE_WITH_TITLE.search(before) and _TITLE_AFTER_FORCE.match(after))
    )


def _side(
    event_type: str,
    am: ActorMention,
    actor: Actor,
    trigger_at: int,
    text: str,
    two_sided: bool,
    encounter: bool = False,
    others: Sequence[int] = (),
) -> str:
    if credited_source(text, am) or press_audience(text, am) or holds_a_view(text, am):
        return "none"
    if actor.sector == "JUD":
        # Prosecutors arrest, raid and seize; they do not fight, march or deploy.
        return _prosecutors_side(am, text) if event_type == "COERCE" else "none"
    if event_type == "MOBILIZE":
        # Forces (and vigilantes) mobilise; the people they are sent to protect are not parties.
        return "actor" if actor.sector in (*_STATE, "PRM") or actor.name == "vigilantes" else "none"
    if event_type == "PROTEST":
        # Protesters are the actors; the police lining the route are not, but police who
        # break the protest up are acted on it: its target, as ACLED's actor2.
        if actor.sector in _STATE:
            blocked = _BLOCKED_FORCE.search(text[: am.start])
            return "target" if blocked or FORCE_ON_PROTEST.search(text) else "none"
        if _PROTESTED_AGAINST.search(text, max(0, am.start - 60), am.start):
            return "none"
        return "actor"
    if event_type == "THREATEN":
        told = _TELLS.match(text[am.end :])
        # "..., reported La Prensa": an outlet tells, not the party before the verb.
        tells = (told and not _OUTLET_AFTER.match(text, am.end + told.end())) or _TOLD_BY.search(
            text[max(0, am.start - 60) : am.start]
        )
        side = _threat_side(am, trigger_at, text)
        if side == "target" and tells and am.start > trigger_at:
            return "none"  # "..., police said", "informó la policía": who tells of the threat
        return side
    if event_type == "COERCE":
        if actor.sector == "REF" and not _migrants_held(am, text):
            return "none"
        if actor.name == "civilians" and not _migrants_held(am, text):
            # Residents who caught or denounced the suspects, or resisted an eradication,
            # are no party to the arrest: like migrants, only the ones it holds are held.
            return "none"
        if actor.sector in _VICTIMS and _tells_of_it(am, text) and not _migrants_held(am, text):
            return "none"
        if actor.sector not in _STATE:
            return "none" if _NOT_HELD_AFTER.match(text[am.end :]) else "target"
        return _coerced_force(am, text) or "actor"
    if event_type == "ASSAULT":
        after = text[am.end :]
        if _HELD_HOSTAGE.match(after):
            # "took guards hostage": the party held, whatever else the report calls a clash.
            return "target"
        if held_by_others(text, am):
            return "target"
        if actor.sector in _STATE and _FOUND_BY.search(text, max(0, am.start - 80), am.start):
            return "none"
        if actor.sector == "CRM" and _arrested_party(am, text):
            # "detuvieron a 9 presuntos integrantes de una banda y liberaron a dos mujeres":
            # the suspects a force arrested are held for the assault, not harmed by it.
            return "none"
        if not two_sided and (
            _counted_victim(text, am, trigger_at)
            or _PASSIVE_HARMED.match(after)
            or _DIED_AFTER.match(after)
            or (
                actor.sector not in _NON_STATE_ARMED
                and _HARMED_BEFORE.search(text, max(0, am.start - 80), am.start)
            )
        ):
            return "target"
        if actor.sector in _STATE and _FIRING.search(after):
            return "actor"
        if actor.sector in _STATE and rescues_or_arrests(text, am):
            # "held by smugglers until soldiers freed them": the force answered the
            # kidnapping, it was not harmed by it (an answering force is then no actor).
            return "actor"
        if (
            not two_sided
            and actor.sector in _STATE
            and _OBJECT_OF_ATTACK.search(text, max(0, am.start - 60), am.start)
        ):
            return "target"
        if actor.sector in (*_STATE, *_VICTIMS) and (
            _SOURCE_OR_FINDER.search(after) or _account_credited_to(text, am)
        ):
            return "none"
        if actor.sector in _VICTIMS and _WITNESS.search(after):
            return "none"
        if actor.sector in _STATE and (
            _PRESENCE_AFTER.match(after) or _PRESENCE_BEFORE.search(text[: am.start])
        ):
            return "none"
        if actor.sector in _STATE and _came_after_the_act(
            text, am, after, trigger_at, two_sided or encounter
        ):
            return "none"
        if (two_sided or encounter) and actor.sector in _ARMED:
            return "actor"
        if (
            two_sided
            and _BYSTANDERS.match(actor.name)
            and not _acting_subject(text, am, trigger_at, others)
        ):
            # Residents who tell of a clash or are caught in its crossfire: a two-sided fight
            # has its sides as actors and no target (labelling conventions).
            return "none"
        if _PASSIVE_AGENT.search(text[: am.start]) or actor.name == "mob":
            return "actor"
        # "Inmates at X prison took six guards hostage": prisoners named before the act,
        # and not as its counted victims, are the ones who did it.
        inmates_first = actor.name == "prisoners" and am.end <= trigger_at
        if (
            actor.sector in _VICTIMS
            and not inmates_first
            and not _acting_subject(text, am, trigger_at, others)
        ):
            return "target"
        return "actor" if am.start <= trigger_at or actor.sector in ("UAF", "CRM") else "target"
    if event_type == "DISPLACE" and actor.sector in _STATE and _tells_of_or_stands_by(am, text):
        return "bystander"
    return "actor"


def _with_country(am: ActorMention, country: str | None) -> Actor:
    """A force named without its state is the force of the country where it acts; residents,
    students or traders named without a nationality are people of the place."""
    if am.stateless_force:
        return placed_force(am, country)
    if am.actor.country is None and country and am.actor.sector in _LOCAL_PEOPLE:
        return Actor(name=am.actor.name, sector=am.actor.sector, country=country)
    return am.actor


def _drop_generic(actors: list[Actor]) -> list[Actor]:
    """Keep the most specific name for each party: 'Mexican authorities' says nothing that
    'Mexican police' beside it does not, nor 'refugees' beside 'Mexican citizens' who fled."""
    forces = {a.country for a in actors if a.sector in ("COP", "MIL") and a.country}
    placed_sectors = {a.sector for a in actors if a.country}
    named = {(a.sector, a.country) for a in actors if not _GENERIC_FORCE.match(a.name)}
    return [
        a
        for a in actors
        if not (a.sector == "GOV" and a.country in forces and _GENERIC_GOV.match(a.name))
        and not (a.country is None and a.sector in ("REF", "CVL") and a.sector in placed_sectors)
        and not (_GENERIC_FORCE.match(a.name) and (a.sector, a.country) in named)
    ]


# Sentences on drugs (at least two, and a fifth of all) a report needs before its crimes
# count as part of the drug trade: a passing mention of drugs does not make a report one
# about them.
REPORT_DRUG_SENTENCES = 2
REPORT_DRUG_SHARE = 0.2


def _about_drugs(sentences: Sequence[Sentence]) -> bool:
    drugs = _CONTEXT_WORDS["illegal_drugs"]
    n = sum(1 for s in sentences if drugs.search(s.text))
    return n >= max(REPORT_DRUG_SENTENCES, REPORT_DRUG_SHARE * len(sentences))


# Who drove or carried migrants in a vehicle ("arrested the driver of a trailer holding 40
# migrants", "un hombre que transportaba a 40 migrantes en una camioneta").
_MIGRANT_CARRIER = re.compile(
    r"\b(?:driver|chofer|conductor|operador)\b"
    r"|\b(?:transport\w*|carr(?:y|ied|ying)|llevaba|trasladaba|moving)\s+(?:a\s+)?"
    r"(?:[\w,]+\s+){0,3}?(?:(?:in|im|e)?migrant|indocumentad)",
    re.IGNORECASE,
)
_VEHICLE = re.compile(
    r"\b(?:trucks?|trailers?|tr[aá]iler(?:es)?|cami[oó]n|camiones|camionetas?|vans?)\b",
    re.IGNORECASE,
)


def _migrants_carried(text: str) -> bool:
    """A crime arrest of whoever drove or carried migrants in a vehicle is people smuggling
    (`trafficking`); migrants detained on a truck whose driver got away are no smuggler's
    arrest, and the crime context this needs is not theirs (both golds code it so)."""
    return bool(
        _MIGRANT_PEOPLE.search(text) and _VEHICLE.search(text) and _MIGRANT_CARRIER.search(text)
    )


def _among_civilians(parties: list[Actor]) -> bool:
    """Gunmen, a mob or civilians alone, with no criminal group and no force or rebel facing
    one among the parties ("gunmen fired on a bus", "una turba mató a golpes a dos
    hombres"): a drug report's trade is the act's background, not its matter (both golds
    leave such acts `crime` alone)."""
    return bool(parties) and not any(a.sector in (*_ARMED_POLITICAL, "CRM") for a in parties)


def _contexts(
    incident: Incident,
    actors: list[Actor],
    acting: list[Actor],
    report_crime: bool,
    country: str | None,
    report_drugs: bool = False,
) -> list[str]:
    text = " ".join(m.sentence.text for m in incident.mentions)
    contexts = []
    for name, pattern in _CONTEXT_WORDS.items():
        if pattern.search(text):
            contexts.append(name)
    if (
        incident.event_type == "COERCE"
        and "trafficking" not in contexts
        and _CASH_SEIZED.search(text)
    ):
        contexts.append("trafficking")
    # Drug and people trafficking are crimes (ontology: crime is CRM plus these contexts),
    # and so is an assault its own words call a kidnapping or a murder, whoever did it.
    crime_words = (
        "illegal_drugs" in contexts
        or "trafficking" in contexts
        or (incident.event_type == "ASSAULT" and bool(_CRIME_ACT.search(text)))
    )
    if "crime" not in contexts and (
        report_crime
        or crime_words
        or any(a.sector == "CRM" for a in actors)
        or _assault_outside_the_state(incident, acting)
    ):
        contexts.insert(0, "crime")
    if _inmates_pressing_for_conditions(incident.event_type, acting, text):
        contexts = [c for c in contexts if c != "crime"]
    if (
        incident.event_type == "COERCE"
        and "crime" in contexts
        and "trafficking" not in contexts
        and _migrants_carried(text)
    ):
        contexts.append("trafficking")
    if (
        report_drugs
        and "crime" in contexts
        and "illegal_drugs" not in contexts
        and not _among_civilians(actors)
    ):
        # A report about the drug trade sets its crimes in it (a cartel's killings).
        contexts.insert(1, "illegal_drugs")
    if (
        incident.event_type == "PROTEST"
        and "human_rights" not in contexts
        and _KIN_OF_THE_DISAPPEARED.search(text)
    ):
        contexts.append("human_rights")
    if incident.event_type == "DISPLACE":
        return _displacement_contexts(contexts)
    if _ERADICATION.search(text) and not any(a.sector == "CRM" for a in acting):
        # Eradication, and the growers' resistance to it, is a matter of drugs alone: the
        # growers are farmers, not a criminal group, unless one acted.
        return ["illegal_drugs", *(c for c in contexts if c not in ("crime", "illegal_drugs"))]
    if any(a.sector == "REF" for a in actors) and "migration" not in contexts:
        contexts.append("migration")
    # Territory on a state's forces fighting on its neighbour's soil (the seed's Mexican
    # police in La Mesilla); a gang acting across the border is cross_border only
    # (labelling conventions: contexts kept minimal), and so is a foreign force's arrest,
    # deployment or seizure there (the DEA arresting in Belize, troops crossing to patrol).
    if incident.event_type == "ASSAULT" and any(
        a.sector in _STATE and a.country and country and a.country != country for a in acting
    ):
        contexts.append("territory")
    if incident.event_type == "COERCE" and "crime" in contexts and not _MIGRANT_PEOPLE.search(text):
        contexts = [c for c in contexts if c != "migration" or "deport" in text.lower()]
    return contexts


# Dollars seized or carried hidden ("aseguraron 130 mil dólares", "llevaba escondidos unos
# 80 mil dólares", "seized $50,000 in cash") are bulk cash smuggled: trafficking of
# goods. Not a sum demanded or the worth of drugs ("$3 million worth of heroin").
_CASH_SEIZED = re.compile(
    r"\b(?:seiz|confiscat|carr[iy]|smuggl|hid|hidden|transport|asegur|decomis|incaut|ocult"
    r"|llevaba|portaba)\w*\s+(?:[\w,]+\s+){0,4}?"
    r"(?:(?:US)?\$\s?[\d.,]+(?:\s*(?:million|thousand|mil(?:lones)?))?"
    r"|[\d.,]+\s*(?:mil\s+|millones\s+de\s+|million\s+|thousand\s+)?(?:US\s+)?"
    r"(?:d[oó]lares|dls|dollars))\b"
    r"(?!\d|[.,]\d|\s+(?:million\s+|thousand\s+)?worth|\s+(?:million|thousand)\b)",
    re.IGNORECASE,
)


_DRUG_CROP = (
    r"(?:opium\s+)?(?:popp(?:y|ies)|amapola|coca\b(?!-)|marijuana|marihuana|mariguana|cannabis)"
)
# Drug crops destroyed ("destroyed six hectares of coca", "destruyen 48 hectáreas de
# amapola") or an eradication campaign; not "eradicate violence".
_ERADICATION = re.compile(
    r"\b(?:destr(?:oy|uy|u)|burn|quem|incinera)\w*\s+(?:[\w,.]+\s+){0,6}?"
    + _DRUG_CROP
    + r"|\b(?:eradicat|erradic)\w*\s+(?:[\w,.]+\s+){0,4}?"
    + _DRUG_CROP
    + r"|\b(?:eradication|erradicaci[oó]n)\s+(?:campaigns?|teams?|operations?|brigades?|efforts?)"
    r"|\b(?:campañas?|operativos?|brigadas?|labores|tareas|programas?)\s+de\s+erradicaci[oó]n",
    re.IGNORECASE,
)


# What inmates riot or hold guards for when they press for their conditions: food, visits,
# their conditions or overcrowding ("demanding better food", "para exigir más visitas");
# not "visiting hours", the time a fight broke out.
_CONFINEMENT_CONDITIONS = re.compile(
    r"\b(?:conditions|food|visits|visitation|overcrowd\w*|condiciones|comida|alimentos"
    r"|visitas|hacinamiento)\b",
    re.IGNORECASE,
)


# Guards or staff held by inmates ("took four guards hostage", "retuvieron a cuatro custodios").
_HOSTAGE_TAKING = re.compile(r"\bhostages?\b|\brehen(?:es)?\b|\bret(?:uv|ien|en)\w*", re.IGNORECASE)


def _inmates_pressing_for_conditions(event_type: str, acting: list[Actor], text: str) -> bool:
    """Inmates alone who riot, take guards hostage or threaten them over their conditions
    are a protest of the jailed, not a crime (the shared gold leaves such records without
    context), unless a criminal group acts with them; inmates who kill each other, or riot
    for their gang's ends, stay a crime."""
    return (
        (event_type in ("PROTEST", "THREATEN") or bool(_HOSTAGE_TAKING.search(text)))
        and bool(acting)
        and all(a.name == "prisoners" for a in acting)
        and bool(_CONFINEMENT_CONDITIONS.search(text))
    )


# Parties whose violence is war or policing rather than crime.
_ARMED_POLITICAL = (*_STATE, "REB", "PRM")


def _assault_outside_the_state(incident: Incident, acting: list[Actor]) -> bool:
    """A killing, kidnapping or beating that no state force, rebel or militia made (gunmen,
    a mob, no one named) is a crime in itself, in a report that names no crime word."""
    return incident.event_type == "ASSAULT" and not any(
        a.sector in _ARMED_POLITICAL for a in acting
    )


# Migrants themselves, in lower case: an arrest for crimes against migrants ("una banda que
# extorsionaba a migrantes") is a matter of migration, while an office named for them
# ("Instituto Nacional de Migración", "Fiscalía ... Contra Migrantes") that makes a crime
# arrest is not.
_MIGRANT_PEOPLE = re.compile(
    r"\b(?:(?:in|im|e)?migrant(?:e)?s?|refugees?|refugiad[oa]s?|asylum seekers?"
    r"|solicitantes de asilo|indocumentad[oa]s"
    # A person's own status without papers: "en condición migratoria irregular".
    r"|irregular (?:im)?migra(?:tion|tory) status|(?:condici[oó]n|situaci[oó]n|estatus|calidad)"
    r" migratori[oa] irregular)\b"
)


def _suspects_arrested(mode: str | None, contexts: list[str]) -> list[str]:
    """An arrest that is no matter of migration or of a neighbour's soil is of people
    suspected of a crime, though its sentences name none ("soldiers detained 40 members of a
    community police force")."""
    if mode == "arrest" and not contexts:
        return ["crime"]
    return contexts


# A march, strike or hunger strike is lawful: a report that speaks of crime elsewhere does
# not make it one (its own words or parties still may).
_PEACEFUL_PROTEST = frozenset({"demo", "strike", "hunger"})


def _displacement_contexts(contexts: list[str]) -> list[str]:
    """Labelling conventions: `territory` on DISPLACE. The people who fled are counted as
    refugees among the parties, but only a report that calls them refugees or asylum
    seekers makes the flight a matter of migration, and then not of territory."""
    if "migration" in contexts:
        return contexts
    return [*contexts, "territory"]


def _cross_border(
    incident: Incident, actors: list[Actor], targets: list[Actor], country: str | None
) -> bool:
    if incident.event_type == "DISPLACE":
        return any(m.crossing for m in incident.mentions)
    if not country:
        return False
    for a in actors:
        if criminals_by_role(a):
            # Foreign-born members of a local gang are no other country's armed group
            # (labelling conventions); a named cartel abroad is.
            continue
        if a.country and a.country != country and a.sector in (*_STATE, "CRM", "PRM", "REB"):
            return True
    return False


# A sentence that counts over a span of time tells a statistic, not one act's dead: "95
# reporters murdered since 2006", "entre 2005 y 2011 murieron 1,368 choferes", "este año".
_PERIOD_COUNT = re.compile(
    r"\b(?:since|desde)\s+(?:(?:early|late|principios\s+de|finales\s+de)\s+)?(?:19|20)\d\d\b"
    r"|\b(?:between|entre)\s+(?:19|20)\d\d\s+(?:and|y)\s+(?:19|20)\d\d\b"
    r"|\b(?:this|the)\s+year\b|\beste\s+a[nñ]o\b|\ben\s+lo\s+que\s+va\b|\bso\s+far\b",
    re.IGNORECASE,
)
# A count over several acts or sites is theirs together: "siete cuerpos en dos puntos",
# "six men shot in separate attacks", "three drivers murdered in a single day".
_SEVERAL_ACTS = re.compile(
    rf"\b(?:en|in)\s+(?:(?:{counting_words('es', 2, 5)}|varios|varias|distintos|distintas"
    rf"|diferentes|{counting_words('en', 2, 5)}|several|separate|different)\s+"
    r"(?:puntos|lugares|sitios|hechos|ataques"
    r"|municipios|places|locations|sites|incidents|attacks)"
    r"|(?:a\s+)?(?:single|one)\s+day|un\s+(?:solo|mismo)\s+d[ií]a)\b",
    re.IGNORECASE,
)


def _figures(incident: Incident) -> dict[str, int]:
    values: dict[str, int] = {}
    dead: dict[int, int] = {}
    dead_in_totals: list[int] = []
    # "X was arrested" and "X was arrested along with another": the one alone is among them.
    with_others = {f.field for m in incident.mentions for f in m.figures if f.with_others}
    # "were detained after the gunfight" and "captured three of his men": the count says how
    # many the uncounted passive held.
    counted = {f.field for m in incident.mentions for f in m.figures if not f.at_least}
    for m in incident.mentions:
        spans = _side_spans(m)
        for f in m.figures:
            if any(a <= f.start < b for a, b in spans):
                continue  # "X, who was killed in 1966, ...": not this act's dead
            if f.field in with_others and f.value == 1 and not f.with_others:
                continue
            if f.at_least and f.field in counted:
                continue
            if f.field == "killed":
                if _PERIOD_COUNT.search(m.sentence.text) or _SEVERAL_ACTS.search(m.sentence.text):
                    dead_in_totals.append(f.value)
                else:
                    # One sentence's counts are estimates of the same dead: "at least four,
                    # though residents counted eleven" is four.
                    told_in = m.sentence.index
                    dead[told_in] = min(dead.get(told_in, f.value), f.value)
                continue
            # The most conservative figure the text states.
            values[f.field] = min(values.get(f.field, f.value), f.value)
    # An act's dead are told whole ("12 muertos"), in parts ("tres policías y nueve
    # sicarios") and one by one ("abatieron a Pablo"): the whole is the largest count.
    if dead or dead_in_totals:
        values["killed"] = max(dead.values()) if dead else min(dead_in_totals)
    return values


def _drugs(incident: Incident) -> list[DrugSeizure]:
    out: list[DrugSeizure] = []
    for m in incident.mentions:
        for d in m.drugs:
            known = next((x for x in out if x.substance == d.substance), None)
            if known is None:
                out.append(d)
            elif known.amount is None and d.amount is not None:
                out[out.index(known)] = d
    return out


# English words for a fight that name no weapon. Not "ambush" (laid with guns), nor the
# Spanish "enfrentamiento", which in the Mexican press is a gunfight (the shared gold reads
# it so).
# A fight or an ambush told with no weapon, in English or Spanish ("the gangs clashed",
# "se enfrentaron en una celda", "emboscaron a la patrulla"). The Spanish noun
# "enfrentamiento" stays a shooting: both golds mostly code it so.
_BARE_FIGHT = re.compile(
    r"(?:armed\s+)?(?:clash(?:ed|es)?|confrontations?|skirmish(?:es)?|ambush(?:ed|es|ing)?)"
    r"|se\s+enfrent(?:aron|an)|emboscad[oa]s?|emboscaron",
    re.IGNORECASE,
)
# Shots, or attackers who carry guns ("gunmen ambushed", "hombres armados emboscaron").
_SHOTS = re.compile(
    r"cross-?fire|\bshot\b|shoot|gunfire|gunshot|bullet|\bfired\b|\bfiring\b|gunm[ae]n"
    r"|armed\s+(?:men|group)|weapons|dispar|\bbalas?\b|balaz|balace|\btiros?\b|tirote"
    r"|armas?\s+de\s+fuego|fuego\s+cruzado|(?:hombres|grupos?|sujetos|civiles)\s+armados",
    re.IGNORECASE,
)
_TARGETED = re.compile(r"assassinat|\btarget|magnicidio|atentado", re.IGNORECASE)
# Attackers named by the guns they carry ("slain by gunmen", "hombres armados
# mataron"): a killing they did is a shooting, though no shot is told. Not "attackers" or
# "sicarios", who may kill by any means.
_ARMED_ATTACKERS = re.compile(
    r"\bgunm[ae]n\b|\barmed\s+men\b|\b(?:hombres|sujetos)\s+armados\b|\bpistoleros?\b"
    r"|\bgatilleros?\b|\bcomandos?\s+armados?\b",
    re.IGNORECASE,
)


def _no_means_told(incident: Incident) -> str | None:
    """The mode of an assault whose acts name no means: a shooting where armed men did it
    (the shared gold codes killings by gunmen `firearms`), else none."""
    if any(_ARMED_ATTACKERS.search(m.sentence.text) for m in incident.mentions):
        return "firearms"
    return None


def _mode(incident: Incident) -> str | None:
    """The first act the text names; for assaults the most specific one (explosives over
    firearms over a bare "killed")."""
    modes = [m.mode for m in incident.mentions if m.mode and m.event_type == incident.event_type]
    if not modes:
        return _no_means_told(incident) if incident.event_type == "ASSAULT" else None
    if incident.event_type == "ASSAULT":
        mode = min(modes, key=assault_mode_rank)
        if (
            mode == "firearms"
            and all(
                _BARE_FIGHT.fullmatch(t.text)
                for m in incident.mentions
                for t in m.triggers
                if t.event_type == "ASSAULT" and t.mode == "firearms"
            )
            and not any(_SHOTS.search(m.sentence.text) for m in incident.mentions)
        ):
            # "a clash", "confrontations": a fight, not what it was fought with.
            return None
        if mode == "targeted" and not any(
            _TARGETED.search(t.text) for m in incident.mentions for t in m.triggers if t.text
        ):
            # A killing told with no means is no mode: "targeted" is an assassination or an
            # attack aimed at a named target, not any "killed" or "asesinado".
            return _no_means_told(incident)
        return mode
    if incident.event_type == "MOBILIZE":
        return _mobilize_mode(incident) or modes[0]
    if incident.event_type == "THREATEN" and _threat_told_by_receipt(incident):
        return None
    if incident.event_type == "PROTEST" and "riot" in modes:
        # A march told first and its scuffles after: the protest turned violent.
        return "riot"
    return modes[0]


# A threat told only by who received it ("after receiving threats", "families were threatened
# by armed men", "were being threatened with extortion", "tras recibir amenazas") names no
# harm: no mode. Any harm told in its sentences ("death threats", "threatened to burn the
# shop", "threatened with death") makes it `violence`.
_RECEIVED_THREAT = re.compile(
    r"(?:received|receiving|after)\s+(?:also\s+)?threats|threats?\s+from|threatened\s+(?:by|with)"
    r"|(?:was|were|has\s+been|have\s+been|had\s+been|being)\s+threatened"
    r"|recibi\w*\s+(?:tambi[eé]n\s+)?amenazas|amenazad[oa]s?\s+(?:por|con)"
    r"|(?:fue|fueron|ha\s+sido|han\s+sido|hab[ií]an?\s+sido|siendo)\s+amenazad[oa]s?",
    re.IGNORECASE,
)
_THREATENED_HARM = re.compile(
    r"\b(?:death|dead|kill\w*|murder\w*|execut\w*|attack\w*|burn\w*|bomb\w*|shoot\w*|shot"
    r"|reprisals?|retaliat\w*|revenge|harm|kidnapp?\w*|abduct\w*|tortur\w*|beat\w*|violen\w*"
    r"|muerte|matar\w*|asesin\w*|ejecut\w*|atac\w*|atentad\w*|quem\w*|incendi\w*|secuestr\w*"
    r"|levant\w*|represalias?|venganza|golpe\w*)\b",
    re.IGNORECASE,
)


def _threat_told_by_receipt(incident: Incident) -> bool:
    triggers = [
        t for m in incident.mentions for t in m.triggers if t.event_type == "THREATEN" and t.text
    ]
    return (
        bool(triggers)
        and all(_RECEIVED_THREAT.fullmatch(t.text) for t in triggers)
        and not any(_THREATENED_HARM.search(m.sentence.text) for m in incident.mentions)
    )


def _mobilize_mode(incident: Incident) -> str | None:
    """Who moved decides the mode: police, troops, or a militia (vigilantes). Of forces told
    together, the one the report names first moved ("federal police and troops"); those
    named after are often whom it came for ("soldiers arrived to disarm the vigilantes")."""
    for m in incident.mentions:
        for a in m.actors:
            if a.actor.name == "vigilantes":
                return "militia"
            if a.actor.sector in ("MIL", "COP"):
                return "troops" if a.actor.sector == "MIL" else "police"
    return None


def _absorb(incidents: list[Incident]) -> list[Incident]:
    """A mobilisation that leads straight into an assault is coded only as the assault: the
    same force, in the same place, on no other day. (Folding a clash's later arrests in the
    same way was measured and lost more than it won; its seized guns, outside a raid, won.)"""
    kept = []
    for inc in incidents:
        if inc.event_type == "MOBILIZE":
            host = next((other for other in incidents if _absorbs(other, inc)), None)
            if host is not None:
                host.mentions.extend(inc.mentions)
                host.mentions.sort(key=lambda m: m.sentence.index)
                continue
        if _only_seized(inc):
            # Guns taken after a clash ("también se aseguraron tres pistolas") are the clash's.
            host = next((o for o in incidents if _seized_in_clash(o, inc)), None)
            if host is not None:
                host.mentions.extend(inc.mentions)
                host.mentions.sort(key=lambda m: m.sentence.index)
                continue
        kept.append(inc)
    return kept


# A raid or a search is an operation of its own, whatever it seized.
_RAID = re.compile(r"raid|cateo|allana|operativ|operation|search", re.IGNORECASE)
_CLASH = re.compile(
    r"shoot-?out|gun ?fight|gun ?battle|fire ?fight|clash|confrontation|balacera|tiroteo|enfrenta"
    r"|intercambio de disparos|repel|abat",
    re.IGNORECASE,
)


def _only_seized(inc: Incident) -> bool:
    triggers = [t for m in inc.mentions for t in m.triggers]
    return (
        inc.event_type == "COERCE"
        and all(t.mode == "seize" for t in triggers if t.mode)
        and not any(_RAID.search(t.text) for t in triggers)
    )


def _seized_in_clash(host: Incident, inc: Incident) -> bool:
    """Is `inc` the seizure that closed the clash `host`: same mood, place and day?"""
    if host.event_type != "ASSAULT" or host.historical != inc.historical:
        return False
    if not any(_CLASH.search(t.text) for m in host.mentions for t in m.triggers):
        return False
    # A seizure the report tells first (its headline or lead) is the story, not the clash's
    # aftermath: "Police seized an armoured truck ... it was not damaged in a gunfight".
    if min(m.sentence.index for m in inc.mentions) < min(m.sentence.index for m in host.mentions):
        return False
    return _same_place_and_day(host, inc)


def _same_place_and_day(host: Incident, inc: Incident) -> bool:
    """Neither place nor day tells the two apart (either may be unknown)."""
    if inc.place and host.place and not inc.place.compatible_with(host.place):
        return False
    days_a = {_day(d) for d in host.dates} - {None}
    days_b = {_day(d) for d in inc.dates} - {None}
    return not (days_a and days_b and not days_a & days_b)


# "(trucks) that have already been confiscated", "que han sido asegurados": a relative
# clause in the plural perfect tells what is done to a kind of thing, no one act.
_KIND_PERFECT = re.compile(
    r"\b(?:that|which|que)\s+(?:have|han)\s+(?:\w+\s+)?(?:been|sido)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


# "a series of killings and raids", "una ola de detenciones": many acts told as one.
_SERIES = re.compile(
    r"\b(?:a (?:series|wave|string|spate|number) of|una (?:serie|ola|oleada|racha) de)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _unspecific_past(incident: Incident) -> bool:
    """Past acts in the plural with no date or figure ("previous deployments had lasted only
    weeks", "los despliegues anteriores") are background, not one incident; so are a series
    of them that only a year dates ("a series of killings and raids in 2016")."""
    if incident.dates and not all(
        d.precision == "year"
        and _SERIES.search(m.sentence.text[: min(t.start for t in m.triggers)])
        for m in incident.mentions
        for d in _act_dates(m)
    ):
        return False
    return (
        incident.historical
        and all(not m.figures for m in incident.mentions)
        and all(
            (" " not in t.text and t.text.lower().endswith("s"))
            or bool(_KIND_PERFECT.search(m.sentence.text[: t.start]))
            for m in incident.mentions
            for t in m.triggers
        )
    )


# Forces that come to the scene afterwards, to cordon it off or hunt the attackers, answer the
# assault; they did not lead into it, so their deployment is an incident of its own.
_RESPONSE = re.compile(
    r"\b(?:(?:acudi|arrib|lleg|desplaz)\w* (?:al (?:lugar|sitio)|a la zona)|al (?:lugar|sitio) (?:acudi|arrib|lleg)\w*"
    r"|acordon(?:aron|ó|an)|resguard(?:aron|ó|an) (?:el|la) (?:lugar|zona|[aá]rea)"
    r"|para (?:tratar de )?(?:ubicar|localizar|buscar|capturar|dar con|detener) a los (?:agresores|responsables|atacantes|homicidas|sicarios)"
    r"|para tomar el control|in response|to (?:track|hunt) down|(?:are|were) (?:still )?searching for"
    r"|cordon(?:ed)? off|(?:arrived|rushed) (?:at|to) the scene"
    r"|(?:para |to )?(?:reforzar|reinforce|bolster|tighten|strengthen) (?:la |the )?(?:seguridad|security)"
    # "responded by sending in 60 patrols to restore order": sent after the act, to end it.
    r"|responded by|respondi\w* (?:enviando|desplegando)"
    r"|(?:to )?restore (?:order|control)|(?:para )?re?establecer el (?:orden|control)"
    r"|\b(?:deploy|sent\b|send|dispatch|desplega|desplegad|envia|enviad|envi[oó]|lleg|arrib)\w*[^.;]{0,80}"
    r"\b(?:after|following|in the wake of|tras|despu[eé]s de|luego de|a ra[ií]z de)\b)",
    re.IGNORECASE,
)


def _absorbs(host: Incident, inc: Incident) -> bool:
    if host.event_type != "ASSAULT" or host.historical != inc.historical:
        return False
    if any(_RESPONSE.search(m.sentence.text) for m in inc.mentions):
        return False
    if any(joins_earlier(m.sentence, t) for m in inc.mentions for t in m.triggers):
        return False  # troops sent before the new ones led into no assault told now
    if (
        inc.place is not None
        and inc.place.precision >= 3
        and all(_told_factuality(m) == "hypothetical" for m in inc.mentions)
    ):
        return False  # troops planned for a whole state lead into no one assault
    names = {a.actor.name for m in inc.mentions for a in m.actors if a.actor.sector in _ARMED}
    if not names & {a.actor.name for m in host.mentions for a in m.actors}:
        return False
    return _same_place_and_day(host, inc)


def _by_town(
    mentions: list[IncidentMention], places: ReportPlaces
) -> list[tuple[IncidentMention, EventPlace | None]]:
    """Each mention with the place it is told at. Attacks a sentence lists at several towns
    ("bombs went off in A, B and C", "ataques en A y B") are one incident at each town, told
    by the same sentence, unless it counts their dead or wounded together ("clashes in A and B
    left seven dead"): a toll that cannot be shared out keeps them one record."""
    out: list[tuple[IncidentMention, EventPlace | None]] = []
    for m in mentions:
        shared_out = bool(_RESPECTIVELY.search(m.sentence.text))
        towns = (
            places.listed_towns(m.sentence.index, states=shared_out)
            if m.event_type == "ASSAULT"
            else []
        )
        if any(f.field in _TOLL for f in m.figures) and not shared_out:
            towns = []
        out.append((m, towns[0] if towns else None))
        out.extend((replace(m, figures=[], drugs=[]), town) for town in towns[1:])
    return out


# ", and the teacher X was murdered", "; y desconocidos atacaron": a clause of its own, with
# a subject of its own before its verb.
_COORDINATED = re.compile(r"\s*(?:[,;]\s*(?:and|y|e)|;)\s+", re.IGNORECASE)
# "the murder of X on Tuesday and a shooting at a radio station on Saturday", "el asesinato
# de X el martes y a un ataque contra una radio el sábado": a bare "and" / "y" joins two acts
# named as nouns, the second opened by its article. Lists of acts told in general ("murders
# and kidnappings") have no article and stay one mention.
_NOUN_ACT_JOINT = re.compile(r"\s+(?:and|y|e)\s+", re.IGNORECASE)
_ARTICLE_ONLY = re.compile(
    r"(?:a\s+)?(?:an?|the|un|una|unos|unas|el|la|los|las)\s+(?:\w+\s+)?", re.IGNORECASE
)
# Words that carry on the clause before's subject ("..., and was found dead on Wednesday").
_NO_SUBJECT = frozenset(
    {
        *("was", "were", "had", "has", "have", "been", "is", "are", "later", "then", "also"),
        *("again", "fue", "fueron", "era", "eran", "ha", "han", "había", "habían", "sido"),
        *("luego", "después", "despues", "también", "tambien", "más", "mas"),
    }
)


def _own_subject(gap: str) -> bool:
    return any(w.lower() not in _NO_SUBJECT for w in _WORD.findall(gap))


def _by_clause(mentions: list[IncidentMention], language: str) -> list[IncidentMention]:
    """Each mention split in two where its sentence tells two acts of its type in two
    coordinated clauses, each with a subject and a day of its own ("X was murdered in
    October, and Y was murdered in Sonora in November"): two incidents, each dated and
    placed by its own clause. A clause with no day of its own, or days that overlap, tells
    no second incident the date can keep apart. In a report with no publication date, the
    days and months it names still keep the clauses apart (`_nominal_spans`)."""
    out: list[IncidentMention] = []
    for m in mentions:
        out.extend(_split_at_clause(m, language) or [m])
    return out


def _split_at_clause(m: IncidentMention, language: str) -> list[IncidentMention] | None:
    text, start = m.sentence.text, m.sentence.start
    triggers = sorted(m.triggers, key=lambda t: t.start)
    for k in range(1, len(triggers)):
        before, after = triggers[k - 1], triggers[k]
        joint = next(
            (
                j
                for j in _COORDINATED.finditer(text, before.end, after.start)
                if _own_subject(text[j.end() : after.start])
            ),
            None,
        ) or next(
            (
                j
                for j in _NOUN_ACT_JOINT.finditer(text, before.end, after.start)
                if _ARTICLE_ONLY.fullmatch(text, j.end(), after.start)
            ),
            None,
        )
        if joint is None:
            continue
        cut = joint.start()
        first = [d for d in m.sentence.dates if d.start - start < cut]
        second = [d for d in m.sentence.dates if d.start - start >= joint.end()]
        spans_first = [s for s in map(_span, first) if s is not None]
        spans_second = [s for s in map(_span, second) if s is not None]
        if not m.sentence.dates:
            nominal = _nominal_spans(text, language)
            spans_first = [(a, b) for s, _, a, b, _ in nominal if s < cut]
            spans_second = [(a, b) for s, _, a, b, _ in nominal if s >= joint.end()]
        if not spans_first or not spans_second:
            return None
        if any(a <= d and c <= b for a, b in spans_first for c, d in spans_second):
            return None
        return [
            replace(
                m,
                sentence=replace(m.sentence, dates=first),
                triggers=triggers[:k],
                figures=[f for f in m.figures if f.start < cut],
                clause=(0, cut),
            ),
            replace(
                m,
                sentence=replace(m.sentence, dates=second),
                triggers=triggers[k:],
                figures=[f for f in m.figures if f.start >= cut],
                drugs=[],
                clause=(joint.end(), len(text)),
            ),
        ]
    return None


_TOLL = ("killed", "injured")
# Acts done at one spot, which a settlement named beside them places more closely; troops
# sent and people who fled are placed by where they went or came from.
_AT_SETTLEMENT = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# "killed in A and in B, respectively": the toll is shared out, one victim or more to each town.
_RESPECTIVELY = re.compile(r"\b(?:respectively|respectivamente)\b", re.IGNORECASE)


def _deny_in_act_before(sentence: Sentence, language: str, incidents: list[Incident]) -> None:
    """ "Soldiers raided a house. No one was arrested.": a sentence that tells no act and
    denies a figure denies it of the act told in the sentence just before, when that
    sentence told one act that may carry the figure."""
    for figure in denied_figures(sentence, language):
        before = [
            inc
            for inc in incidents
            if inc.event_type in FIGURE_TYPES[figure.field]
            and any(m.sentence.index == sentence.index - 1 for m in inc.mentions)
        ]
        if len(before) == 1:
            before[0].denied.add(figure.field)


def extract_records(annotated: AnnotatedReport) -> list[EventRecord]:
    language = annotated.language
    places = ReportPlaces(annotated)
    incidents: list[Incident] = []
    written = annotated.report.published or written_no_earlier(
        annotated.report.text, (d for s in annotated.sentences for d in s.dates)
    )
    undated = annotated.report.published is None
    opinion_mentions: list[IncidentMention] = []
    groups_before: set[Actor] = set()
    institutions_before: set[Actor] = set()
    for sentence in annotated.sentences:
        kinds_told = {incident.event_type for incident in incidents}
        told_now = sentence_mentions(sentence, language, kinds_told)
        for act in told_now:
            act.actors = with_group_named_back(sentence.text, act.actors, groups_before)
            act.actors = with_institution_named_back(sentence.text, act.actors, institutions_before)
        groups_before.update(named_groups(sentence.text, language))
        institutions_before.update(named_institutions(sentence.text, language))
        sentence_acts = _by_clause(told_now, language)
        if not sentence_acts and sentence.stance == "fact":
            _deny_in_act_before(sentence, language, incidents)
        if incidents and (site := _act_took_place(sentence, sentence_acts, incidents, places)):
            # The act just told took place there: its record's place, not a new record's.
            last = max(incidents, key=lambda inc: inc.mentions[-1].sentence.index)
            last.place, last.filed_place = site, False
        for mention, listed in _by_town(sentence_acts, places):
            if _EMBEDDED_POST.search(sentence.text):
                continue  # its date is the post's, not the act's
            if sentence.stance == "opinion":
                opinion_mentions.append(mention)
                continue
            place = listed or places.place_in(
                sentence.index, mention.triggers[0].start, mention.event_type, mention.clause
            )
            spread = (
                None
                if listed
                else places.spread_over(
                    sentence.index, place, whole=mention.event_type == "MOBILIZE"
                )
            )
            # The first town of the list still tells it from an incident told at another town.
            listed_first, place = place, spread or place
            # "GUATEMALA CITY -- The government condemned the murder of X", then "X was shot
            # in San Salvador": the dateline placed the lead's act only by default, so neither
            # place keeps the two apart, and the one told for the act wins.
            filed = place is not None and not listed and places.by_dateline(sentence.index)
            # "In a separate incident", "En otro hecho": a new incident, whatever it shares.
            fresh = (
                bool(_ANOTHER_INCIDENT.match(sentence.text))
                or (
                    place is not None
                    and place.precision < 4
                    and not filed
                    and bool(_MEANWHILE.match(sentence.text))
                )
                or (
                    bool(_HOURS_LATER.match(sentence.text))
                    # "Horas después, dos sospechosos fueron detenidos ... por el ataque":
                    # the act named back is the one told before.
                    and not all(t.definite for t in mention.triggers)
                    and (
                        (place is not None and place.precision < 4 and not filed)
                        or bool(_STREET_OR_QUARTER.search(sentence.text))
                    )
                )
                or any(tells_another(sentence, t) for t in mention.triggers)
                or (place is not None and place == places.opens_at(sentence.index))
                or (
                    bool(_DAYS_APART.match(sentence.text))
                    and not all(t.definite for t in mention.triggers)
                )
            )
            # Neither the town a story is filed from nor a town a road is named after tells
            # where along it the act was.
            unplaced = filed or places.on_road(sentence.index, place)
            candidates = [
                inc
                for inc in incidents
                if inc.event_type == mention.event_type
                and _compatible(
                    inc,
                    mention,
                    None if unplaced else listed_first,
                    written,
                    undated,
                    language,
                )
                and not fresh
                and not _unplaced_told(inc, listed)
                and (unplaced or not _placed_apart(inc, mention, place))
                and (unplaced or not _other_act_past_a_bombing(inc, mention, place))
                and not _decree_and_operation(inc, mention)
                and not _arrest_and_deportation(inc, mention)
                and not _another_part_of_day(inc, mention)
            ]
            # A sentence that goes on from the one before goes on telling its incident ("Two
            # hours later gunmen shot at a group of youths. A boy of 15 died there"), unless
            # one tells a plan and the other what happened.
            host = next(
                (inc for inc in candidates if _goes_on(inc.mentions[-1], mention)),
                candidates[0] if candidates else None,
            )
            # "El ataque fue atribuido a...": an incident told before, seen from elsewhere.
            # "El aseguramiento ocurrió el domingo, cuando revisaban un camión que iba hacia
            # Chetumal" dates that incident, whatever other place it names. A past day of its
            # own that no such incident has makes it another one ("Por otra parte, los cuerpos
            # de tres hombres fueron localizados el martes").
            if (
                host is None
                and not fresh
                and all(t.definite for t in mention.triggers)
                and any(inc.event_type == mention.event_type for inc in incidents)
            ):
                told = next(
                    (
                        inc
                        for inc in reversed(incidents)
                        if inc.event_type == mention.event_type
                        and _compatible(inc, mention, None, written, undated, language)
                    ),
                    None,
                )
                if told is not None and _OCCURRED.match(sentence.text[mention.triggers[-1].end :]):
                    told.mentions.append(mention)
                    continue
                if not any(
                    _past_day(d, annotated.report.published)
                    or _dated_background(mention, d, annotated.report.published)
                    for d in _act_dates(mention)
                ):
                    continue
            if (
                host is None
                and not fresh
                and mention.event_type == "COERCE"
                and "ASSAULT" in mention.references
            ):
                # "After the shootout, the agents arrested one of the attackers": the clash's record.
                host = next(
                    (
                        inc
                        for inc in reversed(incidents)
                        if inc.event_type == "ASSAULT"
                        and _compatible(inc, mention, place, written, undated, language)
                    ),
                    None,
                )
            if (
                incidents
                and not fresh
                and mention.event_type == "COERCE"
                and any(f.field == "killed" for f in mention.figures)
            ):
                # "At the scene three attackers died and two more were arrested": dead
                # counted with the arrests are the outcome of the clash just told, not of an
                # arrest told earlier in the report.
                latest = max(incidents, key=lambda inc: inc.mentions[-1].sentence.index)
                if latest.event_type == "ASSAULT" and _compatible(
                    latest, mention, place, written, undated, language
                ):
                    host = latest
            freed_from = None
            if (
                host is not None
                and host.event_type == "ASSAULT"
                and _hostages_freed(mention)
                and not any(m.mode == "abduct" for m in host.mentions)
            ):
                freed_from, host = host, None
            if host is None:
                anaphor = _ANAPHORIC_PLACE.search(sentence.text) if place is None else None
                source = None
                if freed_from is not None and (place is None or unplaced):
                    # Held where they were freed: the clash's place, not the dateline's.
                    place, source, filed = freed_from.place, freed_from, freed_from.filed_place
                elif (place is None or filed) and _HOURS_LATER.match(sentence.text):
                    # "Two hours later, on a street of ...": where the act it is timed from
                    # was, not where the story was filed.
                    source = next((inc for inc in reversed(incidents) if inc.place), None)
                    if source is not None:
                        place, filed = source.place, source.filed_place
                elif anaphor:
                    # "will be sent to the department", "to the area": where the report's last
                    # placed incident was (its state, for "the department"), not where the
                    # story was filed.
                    source = next((inc for inc in reversed(incidents) if inc.place), None)
                    place = source.place if source is not None else None
                    if source is None and not _STATE_WORD.search(anaphor.group()):
                        # "Al lugar acudieron soldados" after an act the dateline alone
                        # places: the spot is that act's, wherever it is placed in the end
                        # ("on the highway by the town", precision 2), not the dateline's.
                        source = incidents[-1] if incidents else None
                    if place is not None and _STATE_WORD.search(anaphor.group()):
                        place, source = places.state_of(place) or place, None
                    elif place is None and _STATE_WORD.search(anaphor.group()):
                        # No act placed before: the province the report named last.
                        place = places.state_told_before(sentence.index)
                    if (
                        place is not None
                        and place.precision == 3
                        and _STATE_WORD.search(anaphor.group())
                    ):
                        # "imposed martial law in the province": the whole province,
                        # which a town told in the sentences after does not narrow.
                        spread = place
                incidents.append(
                    Incident(
                        mention.event_type,
                        [mention],
                        _is_historical(mention, written),
                        place,
                        filed_place=filed,
                        placed_as=source,
                        spread_place=spread,
                    )
                )
            else:
                host.mentions.append(mention)
                host.spread_place = host.spread_place or spread
                if place and not filed and host.filed_place:
                    host.place, host.filed_place = place, False
                elif place and (
                    host.place is None
                    or (
                        not filed
                        and place.precision < host.place.precision
                        and host.place != host.spread_place
                    )
                ):
                    host.place = place
    _retitle(incidents, annotated.report.text)
    incidents = [inc for inc in _absorb(incidents) if not _unspecific_past(inc)]
    if any(tells_accident(s.text) for s in annotated.sentences):
        # "Blasts were heard at the site" in a report about a chemical plant: the accident.
        incidents = [
            inc
            for inc in incidents
            if inc.event_type != "ASSAULT" or not all(only_blast(m) for m in inc.mentions)
        ]
    for mention in opinion_mentions:
        for inc in incidents:
            if inc.event_type == mention.event_type and not inc.historical:
                inc.donated_dates.extend(mention.sentence.dates)
                break
    report_crime = places.report_mentions_crime
    report_drugs = _about_drugs(annotated.sentences)
    published = annotated.report.published
    news_day = _news_day(annotated.sentences, published)
    if news_day is not None:
        for inc in incidents:
            # "Autoridades se desplazaron al lugar" after "7 cayeron en la noche de este
            # martes": a news report that dates only one recent day tells its undated acts
            # on that day.
            if not inc.dates and not inc.historical and not _planned(inc) and not _timed(inc):
                inc.donated_dates.append(news_day)
    for inc in incidents:
        if not inc.dates and not inc.historical and not _planned(inc):
            inc.donated_dates.extend(_day_of_the_act_before(inc, annotated.sentences))
    own = [{m.sentence.index for m in inc.mentions} for inc in incidents]
    scenes = [inc.place for inc in incidents if inc.place is not None]
    records = [
        _record(
            inc,
            places,
            report_crime,
            published,
            _elsewhere(inc, annotated, own, k),
            report_drugs,
            annotated.sentences,
            annotated.language,
            annotated.report.text,
            scenes,
        )
        for k, inc in enumerate(incidents)
    ]
    # "the area" is where the incident it points back to was placed in the end, which its
    # own sentences may have made more precise than the town they started from.
    for k, inc in enumerate(incidents):
        j = next((j for j, other in enumerate(incidents) if other is inc.placed_as), None)
        if j is None:
            continue
        there = records[j]
        # A country names no place in a record: placed there, it takes the town the incident
        # it points back to was given in the end (hostages freed in a clash told by country).
        told_place = inc.place.name if inc.place is not None and inc.place.precision < 4 else None
        # Its precision too ("on the highway by the town" is 2), and where only the dateline
        # placed it, that incident's final place.
        as_told = records[k].place == told_place or (inc.place is None and there.place is not None)
        if as_told and (there.place, there.geo_precision) != (
            records[k].place,
            records[k].geo_precision,
        ):
            records[k] = records[k].model_copy(
                update={
                    f: getattr(there, f)
                    for f in (
                        "place",
                        "country",
                        "admin1",
                        "latitude",
                        "longitude",
                        "geo_precision",
                    )
                }
            )
    # Armed men fleeing a scene are not displaced people.
    records = [r for r in records if r.event_type != "DISPLACE" or not _only_armed_movers(r)]
    records = _deployments_against_crime(records)
    records = _arrests_in_their_own_record(records)
    records = operation_participants(records, annotated.sentences, annotated.language)
    records = _forces_acting_before(records, annotated.sentences, annotated.language)
    records = _kidnappers_who_stopped_them(records, annotated.sentences, annotated.language)
    records = _unnamed_captors(records)
    records = deporting_state(records, annotated.language)
    # Only announced deployments and protests are coded before they happen; other plans are not events.
    records = [
        r for r in records if r.factuality != "hypothetical" or r.event_type in _PLANNED_TYPES
    ]
    return deported_suspect(driven_out_by_the_attack(records))


def _acting_forces(text: str, language: str) -> list[ActorMention]:
    """The police and soldiers a sentence has act, not tell, fall victim or be arrested."""
    return [
        am
        for am in find_actors(text, language)
        if am.actor.sector in ("COP", "MIL")
        and not (credited_source(text, am) or press_audience(text, am) or holds_a_view(text, am))
        and _coerced_force(am, text) is None
        and not _PASSIVE_HARMED.match(text[am.end :])
    ]


# "en la revisión", "durante el operativo", "the search", "el hallazgo": a definite noun of
# an operation calls back the one told before, and with it the force that carried it out.
_OPERATION_CALLED_BACK = re.compile(
    r"\b(?:la|el|esa|ese|esta|este|dicha|dicho|the|that|this)\s+(?:misma\s+|mismo\s+|same\s+)?"
    r"(?:acci[oó]n|operativo|operaci[oó]n|revisi[oó]n|inspecci[oó]n|cateo|diligencia|hallazgo"
    r"|operation|raid|search|inspection|find)\b",
    re.IGNORECASE,
)


def _forces_acting_before(
    records: list[EventRecord], sentences: Sequence[Sentence], language: str
) -> list[EventRecord]:
    """An arrest or seizure told in a passive that names no force but calls back an
    operation ("en la revisión fueron detenidos tres hombres", "three men were arrested
    during the search") was made by the police or soldiers the nearest earlier sentence has
    acting: press releases name the force once, in the lead, and tell its arrests after it
    (labelling conventions: who acted)."""
    index = {s.text: at for at, s in enumerate(sentences)}
    out = list(records)
    for k, record in enumerate(records):
        if (
            record.event_type != "COERCE"
            or record.actors
            or record.factuality in ("historical", "hypothetical")
        ):
            continue
        told = [index[e] for e in record.evidence if e in index]
        if not told:
            continue
        first = min(told)
        if not _OPERATION_CALLED_BACK.search(sentences[first].text):
            continue
        for sentence in reversed(sentences[:first]):
            forces = _acting_forces(sentence.text, language)
            if not forces:
                continue
            actors: list[Actor] = []
            for am in forces:
                actor = placed_force(am, record.country)
                if all(
                    (a.sector, a.country) != (actor.sector, actor.country)
                    for a in (*actors, *record.targets)
                ):
                    actors.append(actor)
            out[k] = record.model_copy(update={"actors": actors})
            break
    return out


# "their van was stopped by gunmen", "fueron interceptados por hombres armados",
# "sometidos por sujetos armados": the agent of the passive that stopped the victims.
_STOPPED_BY = re.compile(
    r"\b(?:intercepted|waylaid|stopped|overpowered|subdued|interceptad[oa]s?|sometid[oa]s?"
    r"|abordad[oa]s?)\s+(?:by|por)\s+(?:(?:a|an|some|un|una|unos|unas|varios|several)\s+)?",
    re.IGNORECASE,
)
_ARMED_STRANGERS = ("UAF", "CRM")


def _stoppers(text: str, language: str) -> list[Actor]:
    stopped = [m.end() for m in _STOPPED_BY.finditer(text)]
    if not stopped:
        return []
    return [
        am.actor
        for am in find_actors(text, language)
        if am.actor.sector in _ARMED_STRANGERS and am.start in stopped
    ]


def _kidnappers_who_stopped_them(
    records: list[EventRecord], sentences: Sequence[Sentence], language: str
) -> list[EventRecord]:
    """A kidnapping whose sentences name no captor took its victims by the armed men or
    criminals that another sentence of the report has stop them ("their van was stopped
    by gunmen", "la camioneta fue interceptada por hombres armados"): the usual telling of
    a roadside abduction, the stopping in one sentence and the taking in another."""
    if not any(_captorless_kidnapping(r) for r in records):
        return records
    stoppers = [a for s in sentences for a in _stoppers(s.text, language)]
    if not stoppers:
        return records
    return [
        r.model_copy(update={"actors": list(dict.fromkeys(stoppers))})
        if _captorless_kidnapping(r)
        else r
        for r in records
    ]


def _unnamed_captors(records: list[EventRecord]) -> list[EventRecord]:
    """A kidnapping has captors though the report names none ("freed from a house where
    they had been held", "donde permanecían secuestrados"): unknown ones, where no sentence
    names who took the victims. A kidnapping recalled as background is left as the report
    tells it."""
    return [
        r.model_copy(update={"actors": [UNKNOWN_CAPTORS]}) if _captorless_kidnapping(r) else r
        for r in records
    ]


def _captorless_kidnapping(record: EventRecord) -> bool:
    return (
        record.event_type == "ASSAULT"
        and record.mode == "abduct"
        and not record.actors
        and record.factuality not in ("historical", "hypothetical")
    )


def _arrests_in_their_own_record(records: list[EventRecord]) -> list[EventRecord]:
    """An arrest the report tells as its own act ("detuvo a seis hombres acusados del
    asesinato", "arrested for their part in the killings") is counted in that act's record,
    not in the attack's, whose sentences name it too. An attack keeps its arrests where the
    report has no arrest record of its own (arrests made in the clash itself)."""
    arrests = [k for k, r in enumerate(records) if r.event_type == "COERCE" and r.mode == "arrest"]
    if not arrests:
        return records
    counted = {records[k].arrested for k in arrests} - {None}
    out = list(records)
    for k, record in enumerate(records):
        if record.event_type != "ASSAULT" or record.arrested is None:
            continue
        if record.arrested in counted:
            out[k] = record.model_copy(update={"arrested": None})
        elif not counted and len(arrests) == 1:
            # The arrest record found no figure of its own: the attack's is its.
            out[arrests[0]] = out[arrests[0]].model_copy(update={"arrested": record.arrested})
            out[k] = record.model_copy(update={"arrested": None})
            counted.add(record.arrested)
    return out


def _deployments_against_crime(records: list[EventRecord]) -> list[EventRecord]:
    """Forces sent where a report tells of crimes are sent against them: a deployment takes
    the `crime` context of the report's other acts, as its own words seldom name a crime
    ("the army sent 300 soldiers to the town")."""
    if not any("crime" in r.contexts for r in records if r.event_type != "MOBILIZE"):
        return records
    return [
        r.model_copy(update={"contexts": ["crime", *r.contexts]})
        if r.event_type == "MOBILIZE" and "crime" not in r.contexts
        else r
        for r in records
    ]


# How far before publication a day may be and still be the news a report tells.
_NEWS_DAYS = 7
# A day the text pins by its weekday ("este lunes", "on Saturday"): a bare "hoy" or "ayer"
# holds only if the report went out the day it was written, and a day written as a number
# may be an earlier act's.
_PINNED_DAY = re.compile(
    r"\b(?:" + "|".join(w for ws in WEEKDAYS.values() for w in ws) + r")\b", re.IGNORECASE
)


def _news_day(sentences: Sequence[Sentence], published: dt.date | None) -> DateMention | None:
    """The one recent day a dated report names ("este lunes", "on Saturday"), if it names
    only one and pins it by its weekday at least once: the day of its news. Two days, or none,
    fix nothing."""
    if published is None:
        return None
    days = [
        d
        for s in sentences
        if s.factuality != "hypothetical"
        for d in s.dates
        if d.precision == "day" and 0 <= (published - d.date).days <= _NEWS_DAYS
    ]
    if len({d.date for d in days}) != 1:
        return None
    return next((d for d in days if _PINNED_DAY.search(d.text)), None)


def _planned(incident: Incident) -> bool:
    return all(_told_factuality(m) == "hypothetical" for m in incident.mentions)


# "Un día antes", "the next day", "ese mismo día", "two hours later": a time told from
# another act's, which need not be the news day.
_TIMED_BY_ANOTHER = re.compile(
    r"\b(?:(?:\w+|\d+)\s+(?:d[ií]as?|horas?|semanas?|meses|days?|hours?|weeks?|months?)"
    r"\s+(?:antes|despu[eé]s|m[aá]s\s+tarde|later|earlier|before|after)"
    r"|(?:al|el|ese|aquel)\s+(?:mismo\s+)?d[ií]a\s+(?:siguiente|anterior|previo)"
    r"|(?:ese|aquel|el)\s+mismo\s+d[ií]a|d[ií]as?\s+(?:antes|despu[eé]s)"
    r"|(?:the|that)\s+(?:same|next|following|previous|preceding)\s+day"
    r"|the\s+day\s+(?:before|after))\b",
    re.IGNORECASE,
)


# "Horas más tarde", "ese mismo día", "hours later", "the next day": the act's day counted
# from the act told before it, and by how many days.
_SAME_DAY_AS_BEFORE = re.compile(
    rf"\b(?:(?:unas|pocas|varias|algunas|{counting_words('es', 2, 3)}|\d+)\s+)?horas\s+"
    r"(?:despu[eé]s|m[aá]s\s+tarde)"
    r"|\b(?:ese|aquel|el)\s+mismo\s+d[ií]a|\bminutos\s+despu[eé]s"
    rf"|\b(?:(?:a\s+)?few|several|{counting_words('en', 2, 3)}|\d+)?\s*hours\s+later"
    r"|\b(?:that|the)\s+same\s+day"
    r"|\blater\s+that\s+day|\bminutes\s+later",
    re.IGNORECASE,
)
_NEXT_DAY = re.compile(
    r"\b(?:al|el)\s+d[ií]a\s+siguiente|\b(?:the|on the)\s+(?:next|following)\s+day|\bthe\s+day\s+after\b",
    re.IGNORECASE,
)


_PREVIOUS_DAY = re.compile(
    r"\b(?:el|the)\s+d[ií]a\s+(?:anterior|previo)|\bthe\s+(?:previous|preceding)\s+day"
    r"|\bthe\s+day\s+before\b(?!\s+(?:yesterday|the|that|his|her|its|their))",
    re.IGNORECASE,
)
# "Three days earlier", "dos semanas después": a number of days or weeks from the act told
# before. Not one followed by what it counts from ("dos días antes de las elecciones").
_DAYS_COUNTED = re.compile(
    rf"\b(?P<count>{_COUNT_ALTERNATION}|\d{{1,2}})\s+(?P<unit>days?|weeks?|d[ií]as?|semanas?)"
    r"\s+(?:(?P<later>later|after|despu[eé]s|m[aá]s\s+tarde)|earlier|before|antes)\b"
    r"(?!\s+(?:the|that|this|his|her|its|their|de|del|que)\b)",
    re.IGNORECASE,
)


def _days_from_the_act_before(text: str) -> tuple[int, DatePrecision] | None:
    """How many days from the act told before the sentence's own act is, and how surely: a
    count of weeks ("a week later") names the week it falls in, not its day."""
    if _SAME_DAY_AS_BEFORE.search(text):
        return 0, "day"
    if _NEXT_DAY.search(text):
        return 1, "day"
    if _PREVIOUS_DAY.search(text):
        return -1, "day"
    counted = _DAYS_COUNTED.search(text)
    if counted is None:
        return None
    count = _COUNT_WORDS.get(counted["count"].lower()) or int(counted["count"])
    sign = 1 if counted["later"] else -1
    if counted["unit"].lower().startswith(("week", "semana")):
        return sign * 7 * count, "week"
    return sign * count, "day"


def _count_start(text: str) -> int:
    """Where the sentence's count from the act before begins ("horas después")."""
    found = [
        m.start()
        for pattern in (_SAME_DAY_AS_BEFORE, _NEXT_DAY, _PREVIOUS_DAY, _DAYS_COUNTED)
        if (m := pattern.search(text)) is not None
    ]
    return min(found, default=0)


def _day_of_the_act_before(incident: Incident, sentences: Sequence[Sentence]) -> list[DateMention]:
    """The day of an undated act told "hours later", "ese mismo día" or "the next day": that
    of the nearest sentence before it that names one day. The count must open the incident's
    telling: an act first told elsewhere (a headline) is not surely the one counted from
    there, and a sentence of its own that names a time, though not read as the act's, leaves
    it undated."""
    if not incident.mentions or any(m.sentence.dates for m in incident.mentions[1:]):
        return []
    for m in incident.mentions[:1]:
        text = m.sentence.text
        counted = _days_from_the_act_before(text)
        if counted is None:
            continue
        count_at = _count_start(text)
        if any(d.start - m.sentence.start < count_at for d in m.sentence.dates):
            # A date before the count is a time of the sentence's own, which leaves the act
            # undated. One after it is passed over: "expulsado horas más tarde a Honduras,
            # donde lo juzgarán por un robo de marzo" dates another act.
            return []
        shift, precision = counted
        for before in reversed(sentences[: m.sentence.index]):
            days = {d.date for d in before.dates if d.precision == "day"}
            if len(days) == 1:
                day = next(d for d in before.dates if d.precision == "day")
                assert day.date is not None
                moved = day.date + dt.timedelta(days=shift)
                if precision == "week":
                    moved = week_start(moved)
                return [replace(day, date=moved, precision=precision)]
            if before.dates:
                return []
    return []


def _timed(incident: Incident) -> bool:
    """Does a sentence of the incident name a time of its own, though not the act's ("los
    desplazados desde el 5 de mayo instalaron un plantón")? Then the act is not simply the
    news of the day."""
    return any(
        m.sentence.dates or _TIMED_BY_ANOTHER.search(m.sentence.text) for m in incident.mentions
    )


def _elsewhere(
    incident: Incident, annotated: AnnotatedReport, own: list[set[int]], k: int
) -> set[int]:
    """The sentences that tell other events than `incident`: the other incidents', and
    those of another day than its own."""
    out = set().union(*own[:k], *own[k + 1 :])
    days = {_day(d) for d in incident.dates} - {None}
    if days:
        out |= {s.index for s in annotated.sentences if {_day(d) for d in s.dates} - {None} - days}
    return out


_YEAR = re.compile(r"\b\d{4}\b")
_PAST_WORDS = re.compile(
    r"\b(?:last|past|ago|pasad[oa]|anterior|hace|ayer|yesterday)\b", re.IGNORECASE
)


def _future(
    date: dt.date | None, dates: list[DateMention], published: dt.date | None
) -> dt.date | None:
    """A plan for "Friday" or "el 10 de diciembre" is the next such day, not the last one:
    the annotator reads bare days as past, which is right for news and wrong for plans."""
    # "este miércoles" in a report of that Wednesday: today, already the coming one.
    if date is None or published is None or date >= published:
        return date
    mention = next((d for d in dates if d.date == date), None)
    if mention is None or _YEAR.search(mention.text) or _PAST_WORDS.search(mention.text):
        return date
    if mention.precision == "day" and (published - date).days < 7:
        return date + dt.timedelta(days=7)
    try:
        return date.replace(year=date.year + 1)
    except ValueError:  # 29 February
        return date


# A social-media post quoted in the report ("... pic.twitter.com/x -- Name (handle) May 25,
# 2017"): someone's words on the news, not an act of its own.
_EMBEDDED_POST = re.compile(r"pic\.twitter\.com/|\btwitter\.com/\w+/status/", re.IGNORECASE)


# The threat triggers told by their condition ("or they would kill", "de lo contrario los
# matarían"), in the threatener's own voice ("we will execute", "ejecutaremos") or as a
# death passed on people ("they will be executed", "serán ajusticiados"), in triggers.toml.
_THREAT_MADE = re.compile(
    r"\bwould\b|\bwe will\b|\bwill be executed\b|[ií]an$|remos$|\bser[aá]n? (?:ejecutad|ajusticiad)",
    re.IGNORECASE,
)


def _only_armed_movers(record: EventRecord) -> bool:
    """Parties all armed or of the state: gunmen or troops on the move, or a state
    institution moving people ("el INM deportó a 200 personas"), which is no displacement."""
    parties = record.actors + record.targets
    return bool(parties) and (
        all(a.sector in ("CRM", "UAF", "MIL", "COP") for a in parties)
        or all(a.sector in _STATE for a in parties)
    )


def _told_on_from_a_source(incident: Incident, text: str) -> bool:
    """Is every sentence that tells the act in the report's own voice one that goes on, in
    the same paragraph, from a sentence of it credited to a source ("..., the prosecutor's
    office said. The driver was arrested and taken to Tapachula")? The account is still the
    source's, so the act is `reported`."""
    if not text:
        return False
    told = [(m.sentence, _told_factuality(m)) for m in incident.mentions]
    if {f for _, f in told} != {"asserted", "reported"}:
        return False
    # A headline that credits a source is no paragraph of the account ("Govt Says Police
    # were Ambushed" over a lead in the report's voice).
    credited = [s for s, f in told if f == "reported" and s.index > 0]
    return all(
        any(
            c.start < s.start and ("\n" not in text[c.end : s.start] or s.index == c.index + 1)
            for c in credited
        )
        for s, f in told
        if f == "asserted"
    )


# A news outlet credited for the whole account at the sentence's end: English puts the verb
# before a name ("reported Reuters"), Spanish names the kind of outlet ("informó el diario X").
_OUTLET_CREDITED = re.compile(
    r",\s*(?:reported|reports|wrote|writes)\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}"
    r"\s*[.!]?\s*$"
    r"|,\s*(?:inform[oó]|report[oó]|public[oó]|seg[uú]n|de\s+acuerdo\s+con)\s+(?:el|la|los|las)\s+"
    r"(?:diario|peri[oó]dico|rotativo|semanario|agencia|cadena|televisora|radiodifusora|portal"
    r"|medio)s?\b[^,;]*[.!]?\s*$"
)


def _lead_news(incident: Incident, sentences: Sequence[Sentence]) -> bool:
    """Is the act the report's news, told in its lead under a headline in its own voice?
    The report then stands behind it, though the lead credits a source ("la Procuraduría
    informó que detuvo a ...", "authorities said ..."): labelling-conventions.md reads the
    headline and the lead as the report's own voice. A headline that asks is no claim."""
    if not sentences:
        return False
    if all(_OUTLET_CREDITED.search(m.sentence.text) for m in incident.mentions):
        # "..., reported Radio Cadena", "informó el diario X": the report relays another outlet's
        # account, in no voice of its own (labelling conventions: "reported El Heraldo").
        return False
    headline = sentences[0]
    first = min(m.sentence.index for m in incident.mentions)
    return (
        0 < first <= _LEAD_SENTENCES
        and headline.factuality == "asserted"
        and _headline_like(headline.text)
    )


# The longest line read as a subheadline: a title, not a paragraph that lost its stop.
_SUBHEADLINE_WORDS = 15


def _subheadline(sentence: Sentence, text: str) -> bool:
    """Is the sentence a line of its own inside the report, worded as a headline with no
    closing stop? Roundups of the day's news open each story with one ("Matan a dos en
    Tecpan", then the story), so it titles the act told after it, not the one before."""
    if sentence.index == 0 or sentence.text.rstrip().endswith((".", "!", "?", ":", ";")):
        return False
    before = text[: sentence.start].rstrip(" \t")
    after = text[sentence.end :].lstrip(" \t")
    return (
        before.endswith("\n")
        and (not after or after.startswith("\n"))
        and len(sentence.text.split()) <= _SUBHEADLINE_WORDS
    )


def _story_place(
    incident: Incident, places: ReportPlaces, sentences: Sequence[Sentence], text: str
) -> EventPlace | None:
    """The place a roundup's story names first, for an act of that story told with no place
    of its own: the dateline files the first story, not the ones under later subheadlines."""
    first = min(m.sentence.index for m in incident.mentions)
    by_index = {s.index: s for s in sentences}
    title = next(
        (k for k in range(first, 0, -1) if k in by_index and _subheadline(by_index[k], text)),
        None,
    )
    if title is None:
        return None
    named = [p for k in range(title, first) if (p := places.place_in(k, 0)) is not None]
    return next((p for p in named if p.precision <= 2), next(iter(named), None))


def _retitle(incidents: list[Incident], text: str) -> None:
    """Move a subheadline that joined an earlier incident to the incident its next sentence
    tells of the same type, dated in its own sentences: the title announces the story after
    it, not the one before. (A comment or demand told under a title dates nothing; it is no
    story of its own.)"""
    for inc in incidents:
        for m in list(inc.mentions):
            if len(inc.mentions) < 2 or not _subheadline(m.sentence, text):
                continue
            told = next(
                (
                    other
                    for other in incidents
                    if other is not inc
                    and other.event_type == inc.event_type
                    and other.historical == inc.historical
                    and other.dates
                    and any(n.sentence.index == m.sentence.index + 1 for n in other.mentions)
                ),
                None,
            )
            if told is not None:
                inc.mentions.remove(m)
                told.mentions.insert(0, m)


def _headline_like(text: str) -> bool:
    """A headline: no closing stop ("Capturan en Oaxaca a 6 supuestos sicarios"), or most of
    its words capitalised ("Mexico Arrests Knights Templar Leader."). A question is none."""
    text = text.rstrip()
    if text.endswith("?"):
        return False
    if not text.endswith((".", "!")):
        return True
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


# The report's main place is where its headline and first sentence happened; an act told
# further down with only a country named ("gangs in El Salvador killed six") is placed no
# closer than that country (labelling conventions: no sub-national place, precision 4).
_MAIN_PLACE_SENTENCES = 2


# "En enero pasado, en el mismo tramo, ...", "in the same prison in 2022": an earlier act
# told at the place the report already named, not somewhere in the country.
_SAME_SPOT = re.compile(
    r"\b(?:en|a|sobre|dentro de|cerca de)\s+(?:el|la|ese|esa|este|esta|aquel|aquella)\s+mism[oa]\s+"
    r"(?!d[ií]a|fecha|semana|mes|a[ñn]o|hora|manera|forma|modo|tiempo|periodo)\w+"
    r"|\b(?:in|at|on|near|inside|outside)\s+(?:the|that)\s+same\s+"
    r"(?!day|date|week|month|year|time|way|period|night|morning|afternoon|evening)\w+",
    re.IGNORECASE,
)


# "Four suspects were detained in connection with the ambush", "detenciones relacionadas
# con el hecho": an arrest tied to an act told before, by a word for that act.
_OVER_TOLD_ACT = re.compile(
    r"\b(?:in\s+connection\s+with|involved\s+in|linked\s+to|for\s+(?:their|his|her)\s+"
    r"(?:alleged\s+)?(?:role|involvement|participation)\s+in)\s+(?:the|that|this)\s+"
    r"(?:\w+\s+)?(?:attack|killing|killings|murder|murders|massacre|slaughter|crime|incident|"
    r"shooting|kidnapping|abduction|ambush|bombing)s?\b"
    r"|\b(?:relacionad[oa]s?|vinculad[oa]s?|implicad[oa]s?|involucrad[oa]s?)\s+(?:con|en|a)\s+"
    r"(?:el|la|los|las|ese|esa|esos|esas|este|esta|estos|estas|dicho|dicha)\s+"
    r"(?:hechos?|ataques?|crimen|asesinatos?|homicidios?|atentados?|secuestros?|masacres?|"
    r"emboscadas?|balaceras?)\b",
    re.IGNORECASE,
)


def _arrest_over_told_act(incident: Incident) -> bool:
    """Is the incident only arrests tied to an act told before ("three men were arrested in
    connection with the killing")? The suspects are caught wherever an inquiry finds them."""
    return incident.event_type == "COERCE" and all(
        _OVER_TOLD_ACT.search(m.sentence.text) for m in incident.mentions
    )


def _recalled(incident: Incident, published: dt.date | None, language: str | None) -> bool:
    """Is the incident background history, either told as such or dated back by its own
    date ("was arrested in June 2011" in an undated analysis), as the record's factuality
    will read it?"""
    if incident.historical:
        return True
    date, precision = _best_date(incident.dates)
    return _factuality(incident.mentions, date, published, precision, language) == "historical"


def _next_tells_another_act(
    incident: Incident, told: Set[int], sentences: Sequence[Sentence], language: str | None
) -> set[int]:
    """The sentences right after the incident's that tell an act of another kind, even one
    pointed back at ("este último apresado en el ejido de X" after a protest): a
    settlement named there is that act's, not this incident's."""
    if language is None:
        return set()
    by_index = {s.index: s for s in sentences}
    return {
        i + 1
        for i in told
        if i + 1 not in told
        and i + 1 in by_index
        and any(
            t.event_type != incident.event_type for t in find_triggers(by_index[i + 1], language)
        )
    }


def _record(
    incident: Incident,
    places: ReportPlaces,
    report_crime: bool,
    published: dt.date | None,
    others: Set[int] = frozenset(),
    report_drugs: bool = False,
    sentences: Sequence[Sentence] = (),
    language: str | None = None,
    text: str = "",
    scenes: Sequence[EventPlace] = (),
) -> EventRecord:
    place = incident.place
    spread = place is not None and place == incident.spread_place
    main = places.default_place(incident.event_type)
    story = _story_place(incident, places, sentences, text) if place is None and text else None
    recalled = _recalled(incident, published, language)
    told_at = {m.sentence.index for m in incident.mentions}
    # Read at most once, and only where a town or settlement beside the act is looked for.
    next_acts = functools.cache(
        lambda: _next_tells_another_act(incident, told_at, sentences, language)
    )
    if (
        place is None
        and main is not None
        and not places.filed_locally
        and recalled
        and not any(_SAME_SPOT.search(m.sentence.text) for m in incident.mentions)
    ):
        # "El Gordo was captured in May 2010" in an analysis with no dateline: background
        # history told with no place of its own happened anywhere in the country, not in the
        # town the piece names most (labelling conventions: precision 4). A dateline makes the
        # story local news, whose history ("in the same prison in 2022") is told of that town.
        place = EventPlace(main.country, main.country, None, None, None, 4)
    if place is None and main is not None and _arrest_over_told_act(incident):
        # Not in the act's town nor the dateline's: the gold leaves such arrests at the
        # country (labelling conventions: no sub-national place, precision 4).
        place = EventPlace(main.country, main.country, None, None, None, 4)
    if (place is None or place.precision >= 3) and incident.event_type != "MOBILIZE" and not spread:
        # The state or country its sentences name, or none: a town named as a location in
        # the sentence beside them says where in it, before the dateline does. Troops are
        # sent to a whole state ("to the department of X"), whatever towns come next.
        told = [m.sentence.index for m in incident.mentions]
        area = place if place is not None else story or main
        # The news act done at one spot, not a decree over an area nor an act recalled in
        # passing, may be placed a sentence further on.
        at_one_spot = (
            incident.event_type in _AT_SETTLEMENT
            and not incident.historical
            and not any(t.mode in _DECREE_MODES for m in incident.mentions for t in m.triggers)
        )
        place = (
            places.town_beside(
                told, area, others | next_acts(), back=place is None, further=at_one_spot
            )
            or place
        )
    if place is not None and place.precision <= 2:
        place = places.settlement_in(place, others) or place
    if (
        place is not None
        and place.precision <= 3
        and incident.event_type in _AT_SETTLEMENT
        and not spread
    ):
        settlement = places.settlement_told(told_at, place, others | next_acts())
        if settlement is not None and not incident.dates:
            # "Los hechos se dieron el 3 de octubre en el caserío X": the sentence that
            # says where the act was says when, if the act's own sentences do not.
            beside = [s for s in sentences if s.index in places.named_in(settlement) - told_at]
            days = [d for s in beside for d in s.dates if d.precision == "day"]
            if len(days) == 1:
                incident.donated_dates.extend(days)
        place = settlement or place
    if place is None:
        place = story or places.filed_away(scenes) or main
    elif (
        main is not None
        and not spread
        and place.precision == 4
        and main.precision <= 3
        and main.country == place.country
        and incident.event_type != "DISPLACE"
        and min(m.sentence.index for m in incident.mentions) < _MAIN_PLACE_SENTENCES
    ):
        # "in Guatemala" in the lead says the country; the report's main place says where in it.
        place = main
    elif (
        main is not None
        and not spread
        and places.has_dateline
        and place.precision == 3
        and main.precision <= 2
        and main.admin1 == place.admin1
        # An act recalled from months before, told at the state, was somewhere in it, not
        # in the town the story is filed from.
        and not recalled
    ):
        # "Balacera en Oaxaca" in the headline, the town in the dateline: the town.
        place = main
    if (
        place is not None
        and place.precision == 1
        and places.told_near({m.sentence.index for m in incident.mentions}, place)
    ):
        # "Matan a dos campesinos en Guachochi" over "los mataron en una aldea de Guachochi":
        # the act's own sentence that says where in the town it was is the more exact.
        place = replace(place, precision=2)
    if place is not None and place.precision == 1 and places.told_on_road(told_at, place):
        # "Chilpancingo, Gro. ... un bloqueo sobre la autopista, a la altura del hotel":
        # the labelling conventions place an act on the road by a town near it (precision 2).
        place = replace(place, precision=2)
    country = place.country if place else None
    actors, targets = _roles(incident, country)
    cross_border = _cross_border(incident, actors, targets, country)
    date, precision = _best_date(incident.dates)
    if all(_told_factuality(m) == "hypothetical" for m in incident.mentions):
        # A plan's bare "10 de diciembre" is the coming one, which is no background history.
        date = _future(date, incident.dates, published)
    factuality = (
        "historical"
        if incident.historical
        else _factuality(incident.mentions, date, published, precision, language)
    )
    if (
        factuality == "hypothetical"
        and incident.event_type == "THREATEN"
        and any(_THREAT_MADE.search(t.text) for m in incident.mentions for t in m.triggers)
    ):
        # "or the group would burn it down", "we will execute the judges": the threat was
        # made; only its content is a condition or to come, which the sentence's "would" or
        # "will" reads as a plan.
        factuality = "asserted"
    if factuality == "asserted" and _told_on_from_a_source(incident, text):
        factuality = "reported"
    if factuality == "reported" and _lead_news(incident, sentences):
        factuality = "asserted"
    if factuality == "hypothetical":
        date = _future(date, incident.dates, published)
    elif precision == "year":
        # A year that bounds a span ("since 2006") may tell that the act is old, but it is
        # not the act's date.
        date, precision = _best_date(_record_dates(incident))
    if _dated_only_by_telling(incident):
        # "personal militar repelió la agresión, informó hoy la Zona Militar", "police said
        # on Thursday that a search had been launched": the day a source spoke kept the act
        # apart from others and reads its tense, but it is when the news came, not a day
        # the text fixes for the act.
        date, precision = None, "unknown"
    figures = _figures(incident)
    for denied in incident.denied:
        figures.setdefault(denied, 0)
    evidence: list[str] = []
    for m in incident.mentions:
        if m.sentence.text not in evidence:
            evidence.append(m.sentence.text)
    mode = _mode(incident)
    targets = implied_targets(
        incident.event_type,
        mode,
        figures.get("arrested"),
        assault_doers(incident.event_type, members_of_group(targets)),
        country,
        tuple(m.sentence.text for m in incident.mentions),
        any(_TWO_SIDED.search(m.sentence.text) for m in incident.mentions),
        actors,
    )
    actors = assault_doers(
        incident.event_type, gunmen_of_group(actors, _gunmen_told_apart_from_criminals(incident))
    )
    actors = implied_protesters(incident.event_type, actors, country)
    actors = decreeing_government(mode, actors, country)
    targets = displaced_people(incident.event_type, actors, targets, country)
    answered = assault_rescuers(
        incident.event_type, [(m.sentence.text, m.actors) for m in incident.mentions]
    )
    actors = [a for a in actors if a.sector not in answered]
    if any(a.sector == "CRM" for a in actors):
        # "Reclusos vinculados a Barrio 18 retuvieron a cuatro guardias": the gang acted.
        actors = [a for a in actors if a.name != "prisoners"]
    return EventRecord(
        event_type=incident.event_type,  # type: ignore[arg-type]
        mode=mode,
        contexts=_suspects_arrested(
            mode,
            _contexts(
                incident,
                actors + targets,
                actors,
                report_crime and mode not in _PEACEFUL_PROTEST,
                country,
                report_drugs,
            ),
        ),
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        # A country is no place below it (labelling conventions): its name stays in `country`;
        # but people who fled across the border went to that country, the place they reached.
        place=(
            place.name
            if place
            and (place.precision < 4 or (incident.event_type == "DISPLACE" and cross_border))
            else None
        ),
        country=country,
        admin1=place.admin1 if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=place.precision if place else 4,
        actors=actors,
        targets=targets,
        cross_border=cross_border,
        killed=figures.get("killed"),
        injured=figures.get("injured"),
        arrested=figures.get("arrested"),
        personnel=figures.get("personnel"),
        weapons_seized=figures.get("weapons_seized"),
        drugs_seized=_drugs(incident),
        displaced=figures.get("displaced"),
        factuality=factuality,  # type: ignore[arg-type]
        evidence=evidence,
    )

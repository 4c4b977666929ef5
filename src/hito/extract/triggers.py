"""Find the words that say an incident happened, sentence by sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hito.extract.lexicon import TriggerPattern, trigger_gate, trigger_patterns
from hito.models import Sentence
from hito.nlp.act_words import STOPPING_STEMS, STOPPING_STEMS_ES
from hito.nlp.date_words import MONTHS, alternation
from hito.nlp.number_words import counting_words


@dataclass(frozen=True)
class Trigger:
    event_type: str
    mode: str | None
    weak: bool
    start: int  # offsets inside the sentence text
    end: int
    text: str
    # True when the words point back at an incident told elsewhere ("during the firefight",
    # "los detenidos"): they date or attach the sentence, they do not report a new act.
    reference: bool = False
    # Introduced by a definite article: may only point back at an incident told before.
    definite: bool = False
    # Told in the pluperfect ("had been kidnapped", "habían sido secuestradas"): done before
    # the act the sentence dates, so the sentence's date is not its date.
    prior: bool = False
    # One item of a list of crimes ("dedicated to kidnapping, extortion and ..."): a group's
    # trade or charges, which point back at no incident told in the report.
    listed: bool = False
    # A reference only by a preposition of time before a definite noun ("during the raid"):
    # where the report told no act of that kind before, the act named is the one told.
    named_back: bool = False


# "at the time of their capture", "al momento de su detención": the act is known, not told here.
_AT_THE_TIME = re.compile(
    r"\b(?:at the time of|upon|al momento de|en el momento de)\s+(?:the|his|her|their|its|su|sus)\s+$",
    re.IGNORECASE,
)
# A definite noun after a preposition of time points back at an incident told elsewhere;
# so does the object of fleeing ("para escapar de los enfrentamientos").
_BACK_REFERENCE = re.compile(
    r"\b(?:during|after|before|since|following|amid|in the wake of|fleeing|to escape|escaping"
    r"|durante|tras|despu[eé]s de|antes de|luego de|a ra[ií]z de|desde|huyendo de|escapar de|huir de)"
    r"\s+(?:the|this|that|these|those|el|la|los|las|este|esta|estos|estas|dicho|dicha|aquel|aquella)"
    r"\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "after the imposition of martial law there in June 2010", "tras la declaratoria de estado
# de sitio en mayo del año pasado": the act named back has a past day of its own, so it is a
# recalled act, not only the time of the news told.
_MONTH = f"(?:{alternation(MONTHS['en'])}|{alternation(MONTHS['es'])})"
_OWN_PAST_DAY = re.compile(
    r"[\"”’']?\s+(?:(?:there|all[ií]|ah[ií]|(?:in|en|at)\s+(?:[\w-]+\s+){0,2}?[\w-]+),?\s+)?"
    r"(?:(?:in|en)\s+(?:"
    + _MONTH
    + r"\s+(?:(?:of\s+)?last\s+year|(?:de|del)\s+(?:a[nñ]o\s+pasado|\d{4})|(?:of\s+)?\d{4})"
    r"|\d{4}\b)|last\s+year|el\s+a[nñ]o\s+pasado)",
    re.IGNORECASE,
)
# "in retaliation for the arrests", "en represalia por un decomiso anterior": the act
# avenged is the cause of the one told, named in passing, not told as news of its own.
_AVENGED = re.compile(
    r"\b(?:in (?:apparent |alleged |possible )?(?:retaliation|revenge|reprisal) for"
    r"|(?:en|como) (?:aparente |presunta |posible )?(?:represalia|venganza|revancha) (?:por|a|de)"
    r"|to avenge)\s+(?:(?:the|a|an|this|that|un|una|el|la|los|las|su|sus|their|its)\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "accused of murder", "por el delito de secuestro": a charge names a crime, it does not report one;
# nor does a suspect's label ("the prime accused in the massacre", "presunto responsable del ataque").
_LEGAL_REFERENCE = re.compile(
    r"\b(?:(?:prime|main|key|chief) (?:accused|suspect)s? in|(?:principal(?:es)?|presunt[oa]s?)"
    r" (?:acusad[oa]s?|responsables?|implicad[oa]s?) (?:de|del|en)|accused of|charged with|booked for|charges? of|conspiracy to(?: commit)?|convicted of|sentenced for|suspected of"
    r"|wanted for|investigated for|acusad[oa]s? de|por (?:el|los) delitos? de|por su (?:probable )?responsabilidad en"
    # A law's name: "Ley Estatal de Armas y Explosivos".
    r"|\b(?-i:Ley|Law) (?:[\w-]+ ){0,2}?(?:de|on|against|contra) (?:[\w-]+ ){0,4}?(?:y|and)"
    r"|sentenciad[oa]s? por|procesad[oa]s? por|vinculad[oa]s? a proceso por"
    # "acusado de ser autor intelectual de un ataque": the charge, not a new act.
    r"|autor(?:es)? (?:intelectual(?:es)?|material(?:es)?) (?:de|del)|masterminds? (?:of|behind))"
    # The charges may be listed: "on counts of homicide, abduction and ...".
    r"\s+(?:[\w-]+,?\s+){0,3}$",
    re.IGNORECASE,
)
# A list of crimes that holds a non-violent one ("murder, kidnapping and extortion", "robo,
# secuestro, extorsión o narcomenudeo") names charges or a group's trade, not an incident.
_VIOLENT_CRIME = (
    r"(?:homicid(?:io|e)s?(?: dolosos?| calificados?| agravados?)?|asesinatos?|secuestros?|plagios?|lesiones"
    r"|violaci[oó]n(?:es)?|tortura|feminicidios?|murders?|kidnappings?|rapes?|torture|assaults?)"
)
_OTHER_CRIME = (
    r"(?:extorsi[oó]n(?:es)?|robos?(?: calificados?| agravados?| con violencia)?|asociaci[oó]n il[ií]cita"
    r"|narcotr[aá]fico|narcomenudeo|lavado de dinero|delincuencia organizada|fraudes?|trata de personas"
    r"|tr[aá]fico de (?:drogas|armas|personas|migrantes|indocumentados)|portaci[oó]n (?:ilegal )?de armas?"
    r"|violaci[oó]n de domicilio|evasi[oó]n|encubrimiento|cohecho|corrupci[oó]n"
    r"|cobro de (?:cuotas|piso)|derecho de piso|protection rackets?"
    r"|extortion|robber(?:y|ies)|thefts?|(?:drug|arms|human|migrant) (?:trafficking|smuggling)"
    r"|money laundering|organi[sz]ed crime|fraud|corruption|racketeering)"
)
_CRIME_ITEM = rf"(?:{_OTHER_CRIME}|{_VIOLENT_CRIME})"
_CRIME_LIST = re.compile(
    rf"\b{_CRIME_ITEM}(?:(?:\s*,\s*(?:(?:y/o|y|o|e|and|or)\s+)?|\s+(?:y/o|y|o|e|and|or)\s+){_CRIME_ITEM})+\b"
    # "the robbery and murder of a driver": one act, with its victim.
    r"(?!\s+(?:de|del|of)\b)",
    re.IGNORECASE,
)
_OTHER_CRIME_RE = re.compile(rf"\b{_OTHER_CRIME}\b", re.IGNORECASE)
# Three or more kinds of act listed bare ("by way of detentions, murders, searches and
# raids on party offices", "rape, torture, murder, and disappearances served as tools",
# "detenciones, asesinatos, cateos"): what a side does as a rule, named as kinds, however
# violent every item is. Each may take a short complement ("raids on X"), not a victim
# ("the robbery and murder of a driver" is one act).
_ACT_KIND = (
    rf"(?:{_VIOLENT_CRIME}|{_OTHER_CRIME}|arrests|searches|raids|threats|ambushes|attacks"
    r"|massacres|bombings|disappearances|detentions|detenciones|cateos|allanamientos|amenazas"
    r"|emboscadas|ataques|masacres|atentados|desapariciones|torturas)"
    r"(?:\s+(?:on|against|to|a|contra|en)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
)
_KINDS_LISTED = re.compile(
    rf"\b{_ACT_KIND}(?:(?:\s*,\s*(?:(?:y|o|e|and|or)\s+)?|\s+(?:y|o|e|and|or)\s+){_ACT_KIND}){{2,}}"
    r"\b(?!\s+(?:de|del|of)\b)",
    re.IGNORECASE,
)
# "crimes like kidnapping", "delitos como el secuestro": a kind of crime, no incident.
_CRIME_KIND = re.compile(
    r"\b(?:crimes?|offen[cs]es?|delitos?|cr[ií]menes) (?:like|such as|including|como|tales como)"
    r"\s+(?:(?:el|la|los|las)\s+)?(?:[\w-]+,?\s+){0,3}$",
    re.IGNORECASE,
)


# Words that open a list of charges or a criminal record; every crime named after them in the
# sentence is a charge, however long the list runs ("a record for kidnapping, robbery, ...,
# and murder", "antecedentes por los delitos de plagio, ... y homicidio").
_CHARGES = re.compile(
    r"\b(?:charges? of|charged with|convicted of|sentenced (?:for|on|to)|criminal record for"
    r"|(?:with )?(?:a )?(?:criminal )?records? for|accused of|acusad[oa]s? de|antecedentes(?: penales)? por"
    r"|condena(?:d[oa]s?)? por|sentenciad[oa]s? por|procesad[oa]s? por|por (?:los |el )?delitos? de)\b",
    re.IGNORECASE,
)
_VIOLENT_CRIME_RE = re.compile(_VIOLENT_CRIME, re.IGNORECASE)
_OF_VICTIM = re.compile(r"\s+(?:de|del|of)\b", re.IGNORECASE)


def _in_crime_list(text: str, start: int, end: int) -> bool:
    """Is the trigger one item of a list of charges or trades, or a kind of crime?"""
    if _CRIME_KIND.search(text[:start]):
        return True
    if (
        _VIOLENT_CRIME_RE.fullmatch(text[start:end])
        and _CHARGES.search(text[:start])
        # "accused of the murder of two migrants" points back at that murder.
        and not _OF_VICTIM.match(text[end:])
    ):
        return True
    if any(m.start() <= start and end <= m.end() for m in _KINDS_LISTED.finditer(text)):
        return True
    return any(
        m.start() <= start and end <= m.end() and _OTHER_CRIME_RE.search(m.group(0))
        for m in _CRIME_LIST.finditer(text)
    )


# "the study estimates that 3,000 people fled", "según estimaciones del censo": a tally over a
# period, counted by a study, is no incident of its own.
_ESTIMATE = re.compile(
    r"\b(?:reports?|stud(?:y|ies)|surveys?|census|researchers|informes?|estudios?|encuestas?|censos?)"
    r"(?:\s+[\w-]+){0,4}?\s+(?:estimates?|estimated|calculates?|calculated|estima(?:n|ba)?"
    r"|calcula(?:n|ba)?|calcul[oó])\s+(?:that|que)\b"
    r"|\b(?:according to|based on|seg[uú]n)\s+(?:[\w-]+\s+){0,2}?(?:estimates|estimaciones|c[aá]lculos)\b"
    # "the centre said in its 2011 report that ...", "señaló en su informe anual que ...".
    r"|\b(?:said|says|stated|found|warned|señal[oó]|indic[oó]|dijo|advirti[oó]) in (?:a|an|its|their|the)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:report|study|survey)\s+that\b"
    r"|\b(?:señal[oó]|indic[oó]|dijo|advirti[oó]|asegur[oó]) en (?:un|su|el)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:informe|estudio|reporte)\s+(?:[\w-]+\s+){0,3}?que\b",
    re.IGNORECASE,
)


# A capitalised trigger inside a body's name is no act: "the Internal Displacement Monitoring
# Centre", "Anti-Kidnapping Unit", "la Fiscalía Especializada en Secuestros".
_ORG_HEAD = (
    r"(?:Cent(?:er|re)s?|Committee|Council|Commission|Office|Unit|Agency|Program(?:me)?|Observatory"
    r"|Institute|Foundation|Network|Project|Bureau|Division|Squad|Task Force|Group|Movement"
    r"|Centro|Comisi[oó]n|Consejo|Observatorio|Instituto|Unidad|Fiscal[ií]a|Direcci[oó]n|Programa"
    r"|Comit[eé]|Oficina|Fundaci[oó]n|Red|Movimiento|Coordinaci[oó]n|Agencia)"
)
_NAME_AFTER = re.compile(rf"^(?:[ -][A-Z][\w-]*){{0,3}}[ -]{_ORG_HEAD}\b")
_NAME_BEFORE = re.compile(
    rf"\b{_ORG_HEAD}(?:\s+(?:[A-ZÁÉÍÓÚ][\w-]*|de|del|en|para|contra|la|las|los|el|y|e|of|for|against|on|and|the)){{0,5}}\s+$"
)


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Is the capitalised trigger a word of a named body?"""
    if not text[start:end][:1].isupper() or not text[:start].strip():
        return False
    return bool(_NAME_AFTER.match(text[end:]) or _NAME_BEFORE.search(text[:start]))


# "por temor a enfrentamientos", "for fear of attacks": a feared act is none that happened.
_FEARED = re.compile(
    r"\b(?:fear(?:s|ing)? of|fearing|afraid of|temor(?:es)? (?:a|de)|miedo (?:a|de)"
    # "they fear being deported", "temen ser deportados": feared by those who tell it.
    r"|fear(?:s|ed)?(?= being)|tem(?:e|en|[ií]an?)(?= ser)"
    # "the risk of his being fired on", "el riesgo de ser secuestrados": a risk run, no act.
    r"|(?:danger|risk)s? of|(?:peligro|riesgo)s? de)"
    r"\s+(?:(?:new|more|possible|further|renewed|nuevos?|nuevas?|m[aá]s|posibles?|otros?|otras?"
    # "for fear of being deported", "por miedo a ser detenidas".
    r"|the|los|las|el|la|un|una|being|ser|his|her|their|its|su|sus)\s+){0,2}$"
    # "Banners threatening attacks", "amenazan con nuevos ataques": a threat, not the act.
    r"|\b(?:threat(?:en(?:s|ed|ing)?)?|amenaz(?:a|an|aron|[oó]|aba|aban|ando)(?: con)?)"
    r"\s+(?:(?:new|more|further|fresh|to|nuevos?|nuevas?|m[aá]s|otros?|otras?)\s+){0,2}$"
    # "Rumours of child abductions", "rumores de secuestros": told, not known to have happened.
    r"|\b(?:rumou?rs?|rumores)\s+(?:of|about|de|sobre)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "where they had allegedly been held", "que presuntamente habían sido secuestradas".
_PLUPERFECT = re.compile(
    r"\b(?:had|hab[ií]an?|habr[ií]an?)\s+(?:[\w-]+\s+)?(?:been|sido)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_FORCE_PARTICIPLE = re.compile(
    r"\b(?:los|las|estos|estas|esos|esas)\s+(?:[\w-]+\s+)?"
    r"(?:fuerzas|tropas|soldados|elementos|agentes|efectivos|militares|polic[ií]as)\s+$",
    re.IGNORECASE,
)
_SPANISH_PARTICIPLE = re.compile(r"^\w+(?:ad|id)[oa]s?$", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:who|that|which|que|quienes)\b", re.IGNORECASE)
# A trigger that holds its subject and a finite verb after it ("vigilantes took", "grupos
# de autodefensa tomaron"): the article before it is the actor's, not a named-back act's.
_SUBJECT_AND_VERB = re.compile(
    r"\w\s+(?:[\w,]+\s+)*?(?:\w+(?:aron|ieron)|took|entered|advanced|emerged|rose|moved"
    r"|seized)\b",
    re.IGNORECASE,
)
_OR = re.compile(r"^(.*\S)\s+[\w-]+\s+(?:or|and|nor|o|y|ni)\s+$", re.IGNORECASE | re.DOTALL)


# "to put an end to kidnappings", "to prevent attacks", "para frenar los secuestros", "con el
# fin de evitar los asaltos": acts named as what someone means to stop, a kind of act and no
# act that happened. Only acts in the plural: "sent to stop the clash" or "no pudo evitar el
# ataque" may name one that did.
_STOP_AIM = re.compile(
    r"(?:\b(?:to|at|of|for|in)\s+(?:(?:halt|end|curb|prevent|deter|reduce|combat|fight|tackle)(?:ing|s)?"
    r"|stop(?:s|ping)?|combatting|put(?:ting)?\s+(?:an\s+end|a\s+stop|a\s+halt)\s+to)"
    r"|\b(?:para|de|a\s+fin\s+de|con\s+el\s+(?:fin|objetivo|prop[oó]sito)\s+de|busca[nr]?)\s+"
    r"(?:frenar|evitar|prevenir|impedir|combatir|erradicar|reducir|disminuir|inhibir|contener"
    r"|(?:acabar|terminar)\s+con|poner\s+(?:fin|un\s+alto|freno)\s+a))"
    # Only words that name no one act between: adjectives of kind and the name of the group
    # whose acts they are ("rebel attacks", "FARC attacks"). English names a kind with no
    # article ("to stop kidnappings"); "to stop the air raids" names ones under way. Spanish
    # names a kind with one ("para frenar los secuestros").
    r"\s+(?:(?:new|further|more|future|such|rebel|guerrilla|los|las|sus|estos|estas"
    r"|nuevos|nuevas|m[aá]s|futuros|futuras"
    r"|(?-i:(?!(?:A|AN|An|THE|THESE|THOSE|THEIR|ITS|HIS|HER|THIS|THAT|UN|UNA|Una|EL|El|LA|La|ESTE|Este|ESTA|Esta|OF|DE)\b)[A-Z][\w-]*))\s+){0,3}$",
    re.IGNORECASE,
)
# "in the fight against extortion", "en la lucha contra el secuestro": a campaign is waged on
# a kind of act, whatever its number.
_CAMPAIGN_AIM = re.compile(
    r"\b(?:(?:fight|struggle|war|campaign|measures|efforts?)\s+against|(?:war|crackdown)\s+on"
    r"|(?:lucha|combate|guerra|campa[nñ]a|medidas|estrategia)\s+contra)"
    r"\s+(?:(?:the|el|la|los|las)\s+)?$",
    re.IGNORECASE,
)
_PLURAL = re.compile(r"s$", re.IGNORECASE)


def _aimed_at(before: str, act: str) -> bool:
    """Is the act named only as what someone aims to stop, prevent or fight, alone or as
    the second of two ("to prevent attacks and kidnappings")?"""
    m = _OR.match(before)
    heads = [before] + ([m.group(1) + " "] if m else [])
    plural = bool(_PLURAL.search(act))
    return any((plural and _STOP_AIM.search(head)) or _CAMPAIGN_AIM.search(head) for head in heads)


def _feared_too(before: str) -> bool:
    """The second of two feared acts: "por miedo a ser detenidas o deportadas"."""
    m = _OR.match(before)
    return bool(m and _FEARED.search(m.group(1) + " "))


# "a possible attack", "to launch the offensive", "un posible ataque": an act still to come.
_NOT_YET = re.compile(
    r"\b(?:possible|potential|imminent|planned|expected|eventual|posibles?|potenciales?|inminentes?"
    r"|(?<!tried )(?<!attempted )(?<!managed )(?<!sought )(?:to|will|would) (?:kick off|launch|begin|start|stage|mount)"
    r"(?: (?:the|a|an|new|another))?"
    # What could have been done, and a reward or warrant for an arrest still to make:
    # "could have stopped it", "pudieron haber detenido", "information leading to his arrest",
    # "órdenes de aprehensión".
    r"|(?:could|might|should|would) have(?: been)?|(?:pud|deb)(?:o|ieron) haber|(?:podr|deber)[ií]an? haber"
    r"|(?:information|reward) (?:[\w-]+ ){0,3}?(?:leading|lead|leads) to(?: (?:the|his|her|their|[\w-]+['’]s))?|[oó]rden(?:es)? de)\s+$",
    re.IGNORECASE,
)
# "determinaron su detención", "pretendieron detener a cuatro", "in an attempt to arrest
# him": an arrest decided or tried, not made (the text says so when it is made).
_ARREST_AIMED = re.compile(
    r"\b(?:determin(?:aron|[oó])|decidi(?:eron|[oó])|acordaron|pretend(?:ieron|i[oó]|[ií]an?)"
    r"|intent(?:aron|[oó]|aban?)|trat(?:aron|[oó]) de|(?:un|el|en un) intento (?:por|de)"
    r"|tried to|attempted to|trying to|sought to|(?:an|the) attempt to|failed to)"
    r"\s+(?:(?:su|sus|la|el|his|her|their|the)\s+)?$",
    re.IGNORECASE,
)
# "an expert in explosives", "how to use dynamite", "a plan to plant bombs", "la fabricación de
# explosivos": a weapon named as a skill, a plan or a product, not one set off.
_WEAPON_ONLY_NAMED = re.compile(
    r"(?:\b(?:experts?|specialists?|expert[oa]s?|especialistas?)\s+(?:in|on|en)\s+"
    r"|\b(?:trained|training|instruct\w*|taught|entrenad[oa]s?|capacitad[oa]s?|instruid[oa]s?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:in|on|en)\s+(?:the\s+|el\s+)?(?:use|handling|uso|manejo)\s+(?:of|de)\s+"
    r"|\b(?:how|c[oó]mo)\s+(?:to\s+)?(?:use|make|build|handle|plant|place|usar|utilizar|fabricar|elaborar|manejar|colocar)\s+"
    r"|\b(?:plans?|planned|planning|plots?|plotted|plotting|intend(?:s|ed)?|intention|planeaban|planeaba|pretend[ií]an?)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:to|de|para)\s+(?:use|plant|place|detonate|set off|usar|utilizar|colocar|detonar)\s+"
    r"|\b(?:production|manufactur(?:e|ing)|making|fabricaci[oó]n|elaboraci[oó]n)\s+(?:of|de)\s+"
    r"|\b(?:for|para)\s+(?:making|producing|manufacturing|fabricar|elaborar|hacer)\s+"
    r")(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "granadas que no alcanzaron a estallar", "granadas sin activar", "unexploded grenades": no
# charge went off. Such a charge is the act's weapon only when the sentence tells no other
# (an attempted bombing); beside shots, the shots are the act.
_UNEXPLODED_AFTER = re.compile(
    r"\s*(?:(?:de\s+fragmentaci[oó]n|de\s+mano|caseras?)\s+)?,?\s*"
    r"(?:que\s+no\s+(?:alcanz[oó]|alcanzaron|lleg[oó]|llegaron|logr[oó]|lograron)?\s*(?:a\s+)?"
    r"(?:estall|explot|deton)|sin\s+(?:activar|detonar|estallar|explotar)"
    r"|that\s+(?:did\s+not|didn't|failed\s+to)\s+(?:explode|detonate|go\s+off))",
    re.IGNORECASE,
)
_UNEXPLODED_BEFORE = re.compile(r"\b(?:unexploded|undetonated|inactive)\s+$", re.IGNORECASE)
# "Attacks by his government against the national government", "his attacks on the
# opposition", "ataques contra la oposición", "un ataque al poder judicial": attacks in words
# on a government, a party, a policy or the courts and the law as institutions. Not on its
# buildings, offices, forces or members ("an attack against the government palace",
# "against opposition offices").
_ATTACK_WORD = re.compile(r"(?:attacks?|assaults?|ataques?)", re.IGNORECASE)
_VERBAL_TARGET = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:on|against|upon|contra|al|a)\s+(?:(?:the|la|el|los|las)\s+)?"
    r"(?:(?!(?:of|de|del)\b)[\w-]+\s+){0,2}?(?:opposition|government|policy|policies|democracy|constitution"
    r"|sovereignty|accords?|agreements?|peace process|electoral process|institutions"
    r"|reputation|dignity|credibility|judicial branch|judiciary|rule of law|oposici[oó]n|gobierno"
    r"|pol[ií]tica|democracia|poder judicial|estado de derecho"
    r"|constituci[oó]n|soberan[ií]a|acuerdos?|proceso de paz|proceso electoral|instituciones"
    r"|reputaci[oó]n|dignidad|credibilidad)\b"
    r"(?!\s+(?:palace|house|buildings?|offices?|headquarters|troops|forces|soldiers|officials?"
    r"|members|leaders|organi[sz]ations|convoys?|vehicles?|ministers?|posts?|installations"
    r"|positions|facilities|targets|supporters|candidates?|employees|workers)\b)"
    r"(?!\s+(?:de|del)\s+)",
    re.IGNORECASE,
)
# "bombas de gasolina": fuel pumps, no bomb.
_PUMP = re.compile(r"\s+de\s+(?:gasolina|agua|combustible|di[eé]sel)\b", re.IGNORECASE)
# "Crowded jails have become time bombs", "las cárceles son una bomba de tiempo", "a ticking
# time bomb": a place or a state of affairs said to be one, no device set off. A time bomb
# told as the subject of its blast ("a time bomb went off") is left a bomb; "ticking" marks
# the figure of speech whatever follows, since a device is seldom told as ticking.
_TIME_BOMB_SAID_OF = (
    r"(?:\b(?:is|are|was|were|be|been|being|become|becomes|became|becoming|into|like|as"
    r"|es|son|era|eran|ser|sea|fue|siendo|en|como)\s+"
    r"(?:(?:a|an|the|real|true|veritable|potential|social|una|unas|la|las|verdaderas?"
    r"|aut[eé]nticas?|potencial(?:es)?)\s+){0,3}"
)
_FIGURATIVE_TIME_BOMB_EN = re.compile(
    _TIME_BOMB_SAID_OF + r"|\bticking\s+|\bsocial\s+)time\s+$", re.IGNORECASE
)
_FIGURATIVE_TIME_BOMB_ES = re.compile(_TIME_BOMB_SAID_OF + r")$", re.IGNORECASE)
_OF_TIME = re.compile(r"\s+de\s+tiempo\b", re.IGNORECASE)


def _figurative_time_bomb(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 80) : start]
    if _OF_TIME.match(text, end):
        return bool(_FIGURATIVE_TIME_BOMB_ES.search(before))
    return bool(_FIGURATIVE_TIME_BOMB_EN.search(before))


# "Relatives of missing and murdered people", "madres de jóvenes asesinados": a class of
# victims named by what was done to them, as "the detained" is. With no article or count
# before the participle ("the murdered journalist", "two kidnapped engineers"), no one act.
_KIN_OF_CLASS = re.compile(
    r"\b(?:relatives|families|family members|mothers|fathers|parents|widows|orphans|wives"
    r"|familiares|familias|madres|padres|viudas|hu[eé]rfanos|esposas)\s+(?:of|de)\s+"
    r"(?:(?!(?:the|a|an|his|her|their|los|las|el|la|un|una|su|sus|\d+"
    rf"|{counting_words('en', 2, 10)}|{counting_words('es', 2, 10)})\b)[\w-]+,?\s+){{0,5}}$",
    re.IGNORECASE,
)
# "The detained", "los detenidos", "las desplazadas": people named by what was done to them.
_DEFINITE = re.compile(r"\b(?:the|los|las|el|la)\s+$", re.IGNORECASE)
_PARTICIPLE_NOUN = re.compile(r"(?:ed|ad[oa]s?|id[oa]s?|ees)$", re.IGNORECASE)
# "no one was detained", "sin que se registraran detenciones", "were not arrested".
_NEGATED = re.compile(
    r"\b(?:no one|nobody|not|never|nadie|no se|sin que se|ning[uú]n[oa]?|no hubo|no han sido|no fue|no fueron)"
    r"(?:\s+[\w-]+){0,2}\s+$"
    # Spanish "no" right before the verb: "ataques que no frenó la policía"; and "no" right
    # before the act's noun, also where it opens the sentence or the text is in capitals
    # ("No raid took place", "THERE WAS NO ATTACK"). Not a mixed-case "nO", which is no word.
    r"|\b(?-i:no|No|NO)\s+$"
    r"|\b(?:ni|nor)\s+$"  # "no se registraron detenidos ni enfrentamientos"
    # "withdrew without resistance or firing a shot"; not "freed without charge after being held".
    r"|\bwithout(?:\s+(?!after\b|before\b|being\b|following\b|when\b)[\w-]+){0,4}\s+$"
    r"|\bsin (?:disparar|hacer (?:un solo |ning[uú]n )?disparo)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "could not prevent the attack", "no pudieron evitar el ataque", "nadie impidió el secuestro":
# the negation is of the stopping, and the act it names happened.
_UNSTOPPED = re.compile(
    rf"\b(?:{STOPPING_STEMS}|avoid|{STOPPING_STEMS_ES})\w*\s+"
    r"(?:(?:the|an?|this|that|el|la|los|las|un|una|este|esta|ese|esa)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _negated(before: str) -> bool:
    """Does the text before an act's word say the act did not happen?"""
    return bool(_NEGATED.search(before)) and not _UNSTOPPED.search(before)


# "the attack", "el enfrentamiento", "this clash": an incident already introduced.
_DEFINITE_NOUN = re.compile(
    r"\b(?:the|this|that|el|la|los|las|este|esta|dicho|dicha)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)

# "another bomb", "a second attack", "otro ataque": a new incident, not the one told before.
_NEW_ACT = re.compile(
    r"\b(?:another|second|third|new|other|separate|otr[oa]s?|segund[oa]|tercer[oa]?|nuev[oa]s?)\s+$",
    re.IGNORECASE,
)


# "Another 11 bodies", "otros tres cadáveres": remains found somewhere else, a find of its
# own. Counted people ("otros dos heridos") are more victims of the same act, so only
# remains count.
_MORE_REMAINS = re.compile(
    rf"\b(?:another|other|otr[oa]s)\s+(?:\d+|{counting_words('en', 2, 10)}|dozen"
    rf"|{counting_words('es', 2, 10)})\s+(?:dead\s+)?$",
    re.IGNORECASE,
)
_REMAINS = re.compile(
    r"(?:bodies|corpses|remains|cuerpos|cad[aá]veres|restos|osamentas)\b", re.IGNORECASE
)


# "They join some 1,800 more troops sent in May", "se suman a los 1,800 soldados enviados
# en mayo": the troops the new ones join were sent before, a deployment of their own.
_JOINED = re.compile(
    r"\b(?:join(?:s|ed|ing)?|(?:se\s+)?(?:suman|sumar[aá]n|sumaron|unen|unir[aá]n|unieron)\s+a"
    r"|in addition to|adem[aá]s de)\s+(?:(?:the|some|about|los|las|unos|unas|otros|otras)\s+)?"
    # A count the trigger starts inside of ("los 2,500 soldados" read from "500").
    r"(?:\d[\d,.]*)?$",
    re.IGNORECASE,
)


def joins_earlier(sentence: Sentence, trigger: Trigger) -> bool:
    """Are these the troops that newly sent ones join, sent before them?"""
    return trigger.event_type == "MOBILIZE" and bool(_JOINED.search(sentence.text[: trigger.start]))


def tells_another(sentence: Sentence, trigger: Trigger) -> bool:
    """Is the act one more of its kind ("another bomb", "otro enfrentamiento"), a new one?"""
    before = sentence.text[: trigger.start]
    if _REMAINS.match(trigger.text) and _MORE_REMAINS.search(before):
        return True
    if joins_earlier(sentence, trigger):
        return True
    if _NEW_ACT.search(before):
        return True
    # The pattern may hold the word itself ("realizarán otra movilización"): the word right
    # before the trigger's noun or verb tells the same.
    last_space = trigger.text.rfind(" ")
    return last_space > 0 and bool(_NEW_ACT.search(sentence.text[: trigger.start + last_space + 1]))


def _negated_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans the annotator read as an explicit none ("no arrests", "sin detenidos")."""
    return [
        (n.start - sentence.start, n.end - sentence.start) for n in sentence.numbers if n.value == 0
    ]


def _date_spans(sentence: Sentence) -> list[tuple[int, int]]:
    # "March 12, 2025" is a date, not a march.
    return [(d.start - sentence.start, d.end - sentence.start) for d in sentence.dates]


def _candidates(text: str, language: str) -> list[TriggerPattern]:
    """The patterns that may match `text`, in lexicon order (the gate's cheap pass)."""
    patterns = trigger_patterns(language)
    return [patterns[i] for i in sorted(trigger_gate(language).candidates(text))]


# "los fardos que flotaban fueron rescatados por vecinos de la costa": a rescue holds someone
# only when the authorities free people. Villagers or traffickers who pick up a load hold no
# one, and goods the authorities recover are a seizure, not an arrest. (English "rescued" is
# no arrest trigger, so only the Spanish words are read.)
_RESCUED = re.compile(r"rescat\w*", re.IGNORECASE)
_LAY_RESCUERS = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?por\s+(?:los\s+|las\s+|unos\s+|algunos\s+)?"
    r"(?:pobladores|pescadores|lugare[nñ]os|vecinos|habitantes|campesinos|narcotraficantes|narcos"
    r"|traficantes|delincuentes|lancheros|contrabandistas|civiles)\b",
    re.IGNORECASE,
)
_GOODS = re.compile(
    r"\b(?:paquetes?|fardos?|bultos?|cargamentos?|costales|ladrillos|kilos|toneladas|drogas?"
    r"|coca[ií]na|mari[hg]uana|mercanc[ií]as?|contenedores)\b",
    re.IGNORECASE,
)
_PEOPLE = re.compile(
    r"\b(?:personas|migrantes|mujeres|hombres|ni[nñ][oa]s|menores|v[ií]ctimas|rehenes|j[oó]venes"
    r"|secuestrad[oa]s|indocumentad[oa]s|extranjer[oa]s)\b",
    re.IGNORECASE,
)


def _rescue_mode(text: str, start: int, end: int) -> str | None:
    """The mode of a rescue trigger: "arrest" for people freed, "seize" for goods the
    authorities recover, None when villagers or traffickers pick up a load."""
    if _LAY_RESCUERS.match(text, end):
        return None
    clause = re.split(r"[.;]", text[max(0, start - 120) : start])[-1]
    goods = list(_GOODS.finditer(clause))
    if goods and not _PEOPLE.search(clause, goods[-1].end()):
        return "seize"
    return "arrest"


def find_triggers(sentence: Sentence, language: str) -> list[Trigger]:
    """Every trigger in the sentence, in text order. Left out: negated ones ("no arrests"),
    which state a figure of zero, and words inside dates. Back references are kept, marked."""
    skip = _negated_spans(sentence) + _date_spans(sentence)
    text = sentence.text
    hits: list[Trigger] = []
    unexploded: set[tuple[int, int]] = set()
    for pattern in _candidates(text, language):
        for m in pattern.regex.finditer(text):
            if any(s <= m.start() < e for s, e in skip) or _in_a_name(text, m.start(), m.end()):
                continue
            before = text[: m.start()]
            mode = pattern.mode
            if mode == "arrest" and _RESCUED.match(m.group(0)):
                mode = _rescue_mode(text, m.start(), m.end())
                if mode is None:
                    continue
            if (
                _negated(before)
                or _FEARED.search(before)
                or _feared_too(before)
                or _aimed_at(before, m.group(0))
                or _NOT_YET.search(before)
                or (pattern.mode == "explosives" and _WEAPON_ONLY_NAMED.search(before))
                or (pattern.mode == "explosives" and _PUMP.match(text, m.end()))
                or (
                    pattern.mode == "explosives" and _figurative_time_bomb(text, m.start(), m.end())
                )
                or (
                    pattern.event_type == "ASSAULT"
                    and _ATTACK_WORD.fullmatch(m.group(0))
                    and _VERBAL_TARGET.match(text, m.end())
                )
                or (pattern.mode == "arrest" and _ARREST_AIMED.search(before))
            ):
                continue
            # "las fuerzas desplegadas en los cruces": forces named by where they are, no
            # deployment told. (English "the troops deployed" is as often the verb.)
            stationed = bool(
                pattern.event_type == "MOBILIZE"
                and _FORCE_PARTICIPLE.search(before)
                and _SPANISH_PARTICIPLE.search(m.group(0))
            )
            listed = _in_crime_list(text, m.start(), m.end())
            named_back = bool(
                _BACK_REFERENCE.search(before) and not _OWN_PAST_DAY.match(text, m.end())
            )
            reference = bool(
                stationed
                or named_back
                or _AT_THE_TIME.search(before)
                or _LEGAL_REFERENCE.search(before)
                or _AVENGED.search(before)
                or listed
                or _ESTIMATE.search(before) is not None
                # One word only: "the detained" names people; "the troops who arrived" tells an act.
                or (
                    (_DEFINITE.search(before) or _KIN_OF_CLASS.search(before))
                    and " " not in m.group(0)
                    and _PARTICIPLE_NOUN.search(m.group(0))
                )
            )
            # "the troops who arrived last week": the relative clause tells an act of its own;
            # so does a group named with its verb ("los grupos de autodefensa tomaron Jacona").
            definite = (
                bool(_DEFINITE_NOUN.search(before))
                and not _RELATIVE.search(m.group(0))
                and not _SUBJECT_AND_VERB.search(m.group(0))
            )
            prior = bool(_PLUPERFECT.search(before))
            if pattern.mode == "explosives" and (
                _UNEXPLODED_AFTER.match(text, m.end()) or _UNEXPLODED_BEFORE.search(before)
            ):
                unexploded.add((m.start(), m.end()))
            hits.append(
                Trigger(
                    pattern.event_type,
                    mode,
                    pattern.weak,
                    m.start(),
                    m.end(),
                    m.group(0),
                    reference,
                    definite,
                    prior,
                    listed,
                    named_back,
                )
            )

    if unexploded and any(t.event_type == "ASSAULT" and t.mode != "explosives" for t in hits):
        hits = [t for t in hits if (t.start, t.end) not in unexploded]
    hits.sort(key=lambda t: (t.start, -t.end))
    return hits


def negated_triggers(sentence: Sentence, language: str) -> list[Trigger]:
    """Acts the sentence says did not happen ("no one was detained"): a figure of zero."""
    text = sentence.text
    out = []
    for pattern in _candidates(text, language):
        for m in pattern.regex.finditer(text):
            if _negated(text[: m.start()]):
                out.append(
                    Trigger(
                        pattern.event_type,
                        pattern.mode,
                        pattern.weak,
                        m.start(),
                        m.end(),
                        m.group(0),
                    )
                )
    return out

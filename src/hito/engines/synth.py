"""Synthetic news reports for tests and benchmarks: templates, random places, figures, dates.

The text is written from templates here (no evaluation data is used). Each report is about
600 words by default: a headline, a dateline, one incident paragraph with figures, follow-up
facts, background and an opinion paragraph, padded with context paragraphs.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

from hito.nlp.number_words import EN_UNITS, ES_UNITS

# (town, state or department, country)
PLACES: tuple[tuple[str, str, str], ...] = (
    ("Frontera Comalapa", "Chiapas", "MX"),
    ("Ciudad Hidalgo", "Chiapas", "MX"),
    ("Tapachula", "Chiapas", "MX"),
    ("Ciudad Cuauhtémoc", "Chiapas", "MX"),
    ("Chicomuselo", "Chiapas", "MX"),
    ("Motozintla", "Chiapas", "MX"),
    ("Comitán", "Chiapas", "MX"),
    ("Tenosique", "Tabasco", "MX"),
    ("La Mesilla", "Huehuetenango", "GT"),
    ("Tecún Umán", "San Marcos", "GT"),
    ("Nentón", "Huehuetenango", "GT"),
    ("Cuilco", "Huehuetenango", "GT"),
    ("El Ceibo", "Petén", "GT"),
    ("Malacatán", "San Marcos", "GT"),
)

MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
# Counts up to twelve may be spelled out; the cut-off is part of the seeded corpora (a count
# past it draws no coin), so moving it would change every benchmark corpus.
_SPELLED_UP_TO = 12
NUMBERS_EN = EN_UNITS[: _SPELLED_UP_TO + 1]
NUMBERS_ES = [word for word, value in ES_UNITS.items() if value <= _SPELLED_UP_TO]

FORCES = {
    "MX": {
        "en": ("Mexican Army soldiers", "National Guard agents", "Chiapas state police"),
        "es": (
            "Soldados del Ejército Mexicano",
            "Elementos de la Guardia Nacional",
            "Policías estatales de Chiapas",
        ),
    },
    "GT": {
        "en": (
            "Guatemalan soldiers",
            "Guatemalan National Civil Police officers",
            "Guatemalan army troops",
        ),
        "es": (
            "Soldados guatemaltecos",
            "Agentes de la Policía Nacional Civil",
            "Tropas del Ejército de Guatemala",
        ),
    },
}

INCIDENTS_EN = (
    "{force} and a group of armed men exchanged fire on {when} on the outskirts of {town}, "
    "{state}, leaving {killed} of the attackers dead and {injured} officers wounded, "
    "according to a statement from the authorities.",
    "{force} arrested {arrested} men on {when} in {town}, {state}, and seized {weapons} rifles "
    "and {kilos} kilograms of cocaine hidden in a truck, officials said.",
    "More than {displaced} residents of {town}, {state}, fled their homes on {when} after armed "
    "groups attacked the community, local officials said.",
    "About {personnel} {force_plain} were deployed on {when} to {town}, {state}, to reinforce "
    "security on the border with {other}, the government announced.",
)
INCIDENTS_ES = (
    "{force} y un grupo de hombres armados se enfrentaron a balazos el {when} en las afueras de "
    "{town}, {state}, con saldo de {killed} agresores muertos y {injured} agentes heridos, "
    "según un comunicado de las autoridades.",
    "{force} detuvieron a {arrested} hombres el {when} en {town}, {state}, y aseguraron "
    "{weapons} fusiles y {kilos} kilogramos de cocaína ocultos en un camión, informaron "
    "las autoridades.",
    "Más de {displaced} habitantes de {town}, {state}, huyeron de sus hogares el {when} después "
    "de que grupos armados atacaran la comunidad, dijeron autoridades locales.",
    "Unos {personnel} {force_plain} fueron desplegados el {when} en {town}, {state}, para "
    "reforzar la seguridad en la frontera con {other}, anunció el gobierno.",
)

HEADLINES_EN = (
    "Violence on the border: incident reported in {town}",
    "Security forces act in {town} as border tensions grow",
    "{town}: new incident on the Mexico–Guatemala border",
)
HEADLINES_ES = (
    "Violencia en la frontera: reportan hechos en {town}",
    "Fuerzas de seguridad actúan en {town} ante la tensión fronteriza",
    "{town}: nuevo incidente en la frontera entre México y Guatemala",
)

FOLLOW_EN = (
    "Residents of nearby hamlets said they stayed inside their homes until the shooting "
    "stopped, and classes at two primary schools were suspended the following day.",
    "The prosecutor's office opened an investigation and said forensic experts were "
    "collecting evidence at the scene.",
    "Officials did not identify the group to which the suspects belonged, and no arrests "
    "related to the earlier attacks have been announced.",
    "Traffic on the border highway was interrupted for several hours while soldiers "
    "searched the surrounding hills.",
)
FOLLOW_ES = (
    "Habitantes de las aldeas cercanas dijeron que permanecieron en sus casas hasta que "
    "cesaron los disparos, y las clases en dos escuelas primarias se suspendieron al día "
    "siguiente.",
    "La fiscalía abrió una investigación y dijo que peritos recogían indicios en el lugar.",
    "Las autoridades no identificaron al grupo al que pertenecían los sospechosos, y no se "
    "han anunciado detenciones relacionadas con los ataques anteriores.",
    "El tránsito en la carretera fronteriza se interrumpió durante varias horas mientras los "
    "soldados revisaban los cerros de los alrededores.",
)

CONTEXT_EN = (
    "The road toward the border is one of several routes that criminal groups use to move "
    "drugs, fuel and migrants between Chiapas and the Guatemalan department of "
    "Huehuetenango, and local people say checkpoints run by armed men appear and disappear "
    "from one week to the next.",
    "Local business owners say the toll of the conflict is also economic: many families have "
    "stopped travelling to the weekly markets, and several petrol stations on the border "
    "highway now close before dark.",
    "The region has long been a corridor for migrants heading north, and shelters in the area "
    "say the number of people arriving has changed little despite the presence of troops.",
    "Farmers in the highlands grow coffee and maize on small plots, and many of them cross "
    "the border every season to work on plantations on the other side.",
    "Human rights organisations have asked both governments to publish the rules that govern "
    "the use of force by the units deployed along the border.",
    "Journalists who cover the area say they increasingly avoid travelling at night and "
    "rely on community radio stations for news from remote villages.",
)
CONTEXT_ES = (
    "El camino hacia la frontera es una de las rutas que los grupos criminales utilizan para "
    "mover drogas, combustible y migrantes entre Chiapas y el departamento guatemalteco de "
    "Huehuetenango, y los pobladores dicen que los retenes de hombres armados aparecen y "
    "desaparecen de una semana a otra.",
    "Los comerciantes de la zona dicen que el conflicto también tiene un costo económico: "
    "muchas familias dejaron de viajar a los mercados semanales y varias gasolineras de la "
    "carretera fronteriza cierran antes del anochecer.",
    "La región es desde hace mucho un corredor para los migrantes que viajan hacia el norte, "
    "y los albergues de la zona dicen que el número de personas que llegan ha cambiado poco "
    "pese a la presencia de tropas.",
    "Los campesinos de las tierras altas cultivan café y maíz en pequeñas parcelas, y muchos "
    "cruzan la frontera cada temporada para trabajar en fincas del otro lado.",
    "Organizaciones de derechos humanos han pedido a ambos gobiernos que publiquen las reglas "
    "que rigen el uso de la fuerza de las unidades desplegadas en la frontera.",
    "Los periodistas que cubren la zona dicen que evitan cada vez más viajar de noche y "
    "dependen de las radios comunitarias para conocer lo que ocurre en las aldeas remotas.",
)
OPINION_EN = (
    "In our view, the governments must stop treating the border as a problem that more "
    "soldiers alone can solve; without prosecutors and judges, the violence will return.",
    "Washington and Mexico City should ask themselves why every new deployment is announced "
    "as a solution when the communities see no change at all.",
)
OPINION_ES = (
    "A nuestro juicio, los gobiernos deben dejar de tratar la frontera como un problema que "
    "solo más soldados pueden resolver; sin fiscales ni jueces, la violencia volverá.",
    "Los gobiernos deberían preguntarse por qué cada nuevo despliegue se anuncia como una "
    "solución cuando las comunidades no ven ningún cambio.",
)


@dataclass(frozen=True)
class SynthReport:
    """One generated report, as a JSON lines object would carry it."""

    text: str
    title: str
    url: str
    published: dt.date
    language: str

    def as_object(self) -> dict[str, str]:
        return {
            "text": self.text,
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat(),
            "language": self.language,
        }


def _count(rng: random.Random, lang: str, low: int, high: int) -> str:
    n = rng.randint(low, high)
    words = NUMBERS_EN if lang == "en" else NUMBERS_ES
    return words[n] if n < len(words) and rng.random() < 0.5 else str(n)


def generate_report(rng: random.Random, index: int, language: str, words: int = 600) -> SynthReport:
    """One report in `language` ("en" or "es") of about `words` words."""
    en = language == "en"
    town, state, country = rng.choice(PLACES)
    other = (
        ("Guatemala" if country == "MX" else "México")
        if not en
        else ("Guatemala" if country == "MX" else "Mexico")
    )
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    incident_day = published - dt.timedelta(days=rng.randrange(1, 6))
    if rng.random() < 0.5:
        when = (WEEKDAYS_EN if en else WEEKDAYS_ES)[incident_day.weekday()]
    elif en:
        when = f"{MONTHS_EN[incident_day.month - 1]} {incident_day.day}"
    else:
        when = f"{incident_day.day} de {MONTHS_ES[incident_day.month - 1]}"
    force = rng.choice(FORCES[country][language])
    values = {
        "force": force,
        "force_plain": force[0].lower() + force[1:],
        "when": when,
        "town": town,
        "state": state,
        "other": other,
        "killed": _count(rng, language, 2, 9),
        "injured": _count(rng, language, 1, 5),
        "arrested": _count(rng, language, 2, 12),
        "weapons": _count(rng, language, 2, 12),
        "kilos": str(rng.randint(5, 400)),
        "displaced": str(rng.randint(40, 900)),
        "personnel": str(rng.choice((150, 200, 300, 450, 600, 1000, 1200))),
    }
    title = rng.choice(HEADLINES_EN if en else HEADLINES_ES).format(town=town)
    if en:
        byline = f"Border Desk | {MONTHS_EN[published.month - 1]} {published.day}, {published.year}"
    else:
        byline = (
            f"Redacción Frontera Sur | {published.day} de {MONTHS_ES[published.month - 1]} "
            f"de {published.year}"
        )
    lead = rng.choice(INCIDENTS_EN if en else INCIDENTS_ES).format(**values)
    dateline = f"{town.upper()}, {state} — " if en else f"{town.upper()}, {state}.— "
    paragraphs = [title, byline, dateline + lead, rng.choice(FOLLOW_EN if en else FOLLOW_ES)]
    context = list(CONTEXT_EN if en else CONTEXT_ES)
    rng.shuffle(context)
    opinion = rng.choice(OPINION_EN if en else OPINION_ES)
    body_words = sum(len(p.split()) for p in paragraphs) + len(opinion.split())
    i = 0
    while body_words < words:
        paragraph = context[i % len(context)]
        paragraphs.append(paragraph)
        body_words += len(paragraph.split())
        i += 1
    paragraphs.append(opinion)
    slug = town.lower().replace(" ", "-")
    url = f"https://news.example.org/{language}/{published.isoformat()}/{slug}-{index}"
    return SynthReport("\n\n".join(paragraphs), title, url, published, language)


def generate_corpus(n: int, seed: int = 7, words: int = 600) -> list[SynthReport]:
    """`n` reports, alternating English and Spanish, reproducible from `seed`."""
    rng = random.Random(seed)
    return [generate_report(rng, i, "en" if i % 2 == 0 else "es", words) for i in range(n)]


def write_jsonl(reports: list[SynthReport], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for r in reports:
            fh.write(json.dumps(r.as_object(), ensure_ascii=False) + "\n")
    return path


def write_files(reports: list[SynthReport], folder: Path, html_every: int = 3) -> list[Path]:
    """One file per report: plain text, or an HTML page for every `html_every`-th one."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, r in enumerate(reports):
        if html_every and i % html_every == html_every - 1:
            body = "".join(f"<p>{p}</p>\n" for p in r.text.split("\n\n")[2:])
            page = (
                f'<!doctype html><html lang="{r.language}"><head><meta charset="utf-8">'
                f"<title>{r.title}</title>"
                f'<meta property="article:published_time" content="{r.published}">'
                f"</head><body><article><h1>{r.title}</h1>\n{body}</article></body></html>\n"
            )
            path = folder / f"report-{i:05d}.html"
            path.write_text(page, encoding="utf-8")
        else:
            path = folder / f"report-{i:05d}.txt"
            path.write_text(r.text, encoding="utf-8")
        paths.append(path)
    return paths

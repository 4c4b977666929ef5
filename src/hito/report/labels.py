"""The report's words in English and Spanish (data, names and quotes are never translated)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Situation report",
        "period": "Period",
        "area": "Area",
        "all_areas": "all areas",
        "generated": "Generated",
        "source_note": (
            "Events coded automatically by hito from {reports} news reports. Figures are the "
            "ones the reports state (the most conservative where they differ); a missing "
            "figure means no report states it."
        ),
        "key_figures": "Key figures",
        "events": "Events",
        "cross_border": "Cross-border events",
        "places": "Places",
        "reports": "Source reports",
        "killed": "Killed",
        "injured": "Injured",
        "arrested": "Arrested",
        "personnel": "Personnel deployed",
        "weapons_seized": "Weapons seized",
        "displaced": "Displaced",
        "drugs_seized": "Drugs seized",
        "by_type": "Events by type",
        "type": "Type",
        "count": "Events",
        "share": "Share",
        "map": "Map of events",
        "map_note": "{mapped} of {total} events have coordinates. Outlines: Natural Earth.",
        "trend": "Events per {interval}, by type",
        "trend_figures": "Killed, injured, arrested and displaced per {interval}",
        "week": "week",
        "month": "month",
        "incidents": "Incidents",
        "incidents_note": "Oldest first. Showing {shown} of {total}.",
        "date": "Date",
        "place": "Place",
        "actors": "Actors",
        "figures": "Figures",
        "factuality": "Factuality",
        "sources": "Sources",
        "undated": "undated",
        "none": "No events match this selection.",
        "no_coordinates": "No event in this selection has coordinates.",
        "footer": "hito {version} · {db}",
    },
    "es": {
        "title": "Informe de situación",
        "period": "Periodo",
        "area": "Zona",
        "all_areas": "todas las zonas",
        "generated": "Generado",
        "source_note": (
            "Eventos codificados automáticamente por hito a partir de {reports} notas "
            "periodísticas. Las cifras son las que dan las notas (la más conservadora cuando "
            "difieren); una cifra ausente significa que ninguna nota la da."
        ),
        "key_figures": "Cifras clave",
        "events": "Eventos",
        "cross_border": "Eventos transfronterizos",
        "places": "Lugares",
        "reports": "Notas de origen",
        "killed": "Muertos",
        "injured": "Heridos",
        "arrested": "Detenidos",
        "personnel": "Efectivos desplegados",
        "weapons_seized": "Armas aseguradas",
        "displaced": "Desplazados",
        "drugs_seized": "Drogas aseguradas",
        "by_type": "Eventos por tipo",
        "type": "Tipo",
        "count": "Eventos",
        "share": "Proporción",
        "map": "Mapa de eventos",
        "map_note": "{mapped} de {total} eventos tienen coordenadas. Contornos: Natural Earth.",
        "trend": "Eventos por {interval}, por tipo",
        "trend_figures": "Muertos, heridos, detenidos y desplazados por {interval}",
        "week": "semana",
        "month": "mes",
        "incidents": "Incidentes",
        "incidents_note": "Del más antiguo al más reciente. Se muestran {shown} de {total}.",
        "date": "Fecha",
        "place": "Lugar",
        "actors": "Actores",
        "figures": "Cifras",
        "factuality": "Facticidad",
        "sources": "Fuentes",
        "undated": "sin fecha",
        "none": "Ningún evento coincide con esta selección.",
        "no_coordinates": "Ningún evento de esta selección tiene coordenadas.",
        "footer": "hito {version} · {db}",
    },
}

TYPE_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "ASSAULT": "Assault", "COERCE": "Coercion", "MOBILIZE": "Mobilization",
        "PROTEST": "Protest", "THREATEN": "Threat", "SANCTION": "Sanction",
        "ACCUSE": "Accusation", "REQUEST": "Request", "REJECT": "Rejection", "AID": "Aid",
        "COOPERATE": "Cooperation", "AGREE": "Agreement", "CONSULT": "Consultation",
        "SUPPORT": "Support", "CONCEDE": "Concession", "RETREAT": "Retreat",
        "DISPLACE": "Displacement",
    },
    "es": {
        "ASSAULT": "Agresión", "COERCE": "Coerción", "MOBILIZE": "Movilización",
        "PROTEST": "Protesta", "THREATEN": "Amenaza", "SANCTION": "Sanción",
        "ACCUSE": "Acusación", "REQUEST": "Petición", "REJECT": "Rechazo", "AID": "Ayuda",
        "COOPERATE": "Cooperación", "AGREE": "Acuerdo", "CONSULT": "Consulta",
        "SUPPORT": "Apoyo", "CONCEDE": "Concesión", "RETREAT": "Repliegue",
        "DISPLACE": "Desplazamiento",
    },
}  # fmt: skip

COUNTRY_NAMES: dict[str, dict[str, str]] = {
    "en": {"GT": "Guatemala", "MX": "Mexico", "BZ": "Belize", "HN": "Honduras",
           "SV": "El Salvador"},
    "es": {"GT": "Guatemala", "MX": "México", "BZ": "Belice", "HN": "Honduras",
           "SV": "El Salvador"},
}  # fmt: skip

# Colours of the event types, as on the dashboard.
TYPE_COLORS: dict[str, str] = {
    "ASSAULT": "#d62728", "COERCE": "#ff7f0e", "MOBILIZE": "#8c564b", "PROTEST": "#9467bd",
    "THREATEN": "#e377c2", "SANCTION": "#7f7f7f", "ACCUSE": "#bcbd22", "REQUEST": "#17becf",
    "REJECT": "#393b79", "AID": "#2ca02c", "COOPERATE": "#1f77b4", "AGREE": "#98df8a",
    "CONSULT": "#aec7e8", "SUPPORT": "#637939", "CONCEDE": "#c49c94", "RETREAT": "#dbdb8d",
    "DISPLACE": "#f7b6d2",
}  # fmt: skip


def label(lang: str, key: str, **values: object) -> str:
    text = LABELS.get(lang, LABELS["en"]).get(key) or LABELS["en"][key]
    return text.format(**values) if values else text


def type_name(lang: str, event_type: str) -> str:
    return TYPE_NAMES.get(lang, TYPE_NAMES["en"]).get(event_type, event_type)


def country_name(lang: str, code: str | None) -> str:
    if not code:
        return ""
    return COUNTRY_NAMES.get(lang, COUNTRY_NAMES["en"]).get(code.upper(), code.upper())

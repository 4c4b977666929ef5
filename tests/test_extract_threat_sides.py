"""Who threatened and who was threatened: the party a threat comes from ("threats from",
"threatened by", "amenazas de muerte de", "signed by") is its actor even told after it; the
party that was threatened or received threats is its target even told before it.
Invented texts."""

from __future__ import annotations

import datetime as dt

from hito.evaluation.metrics import process_text

DAY = dt.date(2025, 6, 18)


def _threat(text: str, language: str) -> tuple[set[str], set[str]]:
    r = next(r for r in process_text(text, language, DAY)[1] if r.event_type == "THREATEN")
    return {a.sector for a in r.actors}, {a.sector for a in r.targets}


def test_threatened_by_gunmen_english() -> None:
    text = (
        "In Frontera Comalapa, Chiapas, a group of journalists said on Monday they had been "
        "threatened by armed men after reporting on the toll booths."
    )
    assert _threat(text, "en") == ({"UAF"}, {"JRN"})


def test_threats_from_a_criminal_group_spanish() -> None:
    text = (
        "En Tapachula, Chiapas, los periodistas habían recibido el lunes amenazas de muerte de "
        "un grupo criminal por sus reportajes."
    )
    assert _threat(text, "es") == ({"CRM"}, {"JRN"})


def test_banners_signed_by_a_cartel_threaten_the_police_spanish() -> None:
    text = (
        "Hombres armados colgaron el sábado mantas en Motozintla, Chiapas, con mensajes "
        "firmados por el Cártel de Sinaloa, en los que amenazan de muerte a policías municipales."
    )
    assert _threat(text, "es") == ({"CRM"}, {"COP"})

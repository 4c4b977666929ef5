"""A state institution that moves people deports or transfers them: no displacement; and a
force or a gang acting across the border is cross_border without a territory context, which
the labelling conventions keep for displacements. Invented texts."""

from __future__ import annotations

import datetime as dt

from hito.evaluation.metrics import process_text

DAY = dt.date(2025, 6, 18)


def test_migration_institute_deporting_people_is_no_displacement() -> None:
    spanish = (
        "El Instituto Nacional de Migración deportó el martes desde Ciudad Hidalgo, Chiapas, "
        "a 200 personas guatemaltecas, que cruzaron a pie el puente hacia Tecún Umán."
    )
    english = (
        "The National Migration Institute deported 200 Guatemalans from Ciudad Hidalgo, "
        "Chiapas, on Tuesday; they crossed the bridge on foot into Tecun Uman."
    )
    for text, language in ((spanish, "es"), (english, "en")):
        types = {r.event_type for r in process_text(text, language, DAY)[1]}
        assert "DISPLACE" not in types


def test_a_gang_acting_across_the_border_has_no_territory_context() -> None:
    english = (
        "Zetas gunmen from Mexico killed four farmers in La Libertad, Peten, Guatemala, on Monday."
    )
    spanish = (
        "Sicarios de los Zetas llegados de México asesinaron el lunes a cuatro campesinos en "
        "La Libertad, Petén, Guatemala."
    )
    for text, language in ((english, "en"), (spanish, "es")):
        r = next(r for r in process_text(text, language, DAY)[1] if r.event_type == "ASSAULT")
        assert r.cross_border
        assert "territory" not in r.contexts


def test_a_foreign_force_arresting_abroad_has_no_territory_context() -> None:
    english = (
        "Agents of the US Drug Enforcement Administration arrested a drug trafficker in "
        "Belize City on Monday."
    )
    spanish = "Agentes de la DEA detuvieron el lunes en Ciudad de Belice a un narcotraficante."
    for text, language in ((english, "en"), (spanish, "es")):
        r = next(r for r in process_text(text, language, DAY)[1] if r.event_type == "COERCE")
        assert {(a.sector, a.country) for a in r.actors} == {("COP", "US")}
        assert r.cross_border
        assert "territory" not in r.contexts


def test_a_foreign_force_fighting_on_the_neighbours_soil_is_territory() -> None:
    english = (
        "Mexican police crossed into La Mesilla, Huehuetenango, Guatemala, on Monday and "
        "exchanged fire with gunmen."
    )
    spanish = (
        "Policías mexicanos cruzaron el lunes a La Mesilla, Huehuetenango, Guatemala, y se "
        "enfrentaron a balazos con hombres armados."
    )
    for text, language in ((english, "en"), (spanish, "es")):
        r = next(r for r in process_text(text, language, DAY)[1] if r.event_type == "ASSAULT")
        assert "territory" in r.contexts

"""Place names in Spanish news copy: run boundaries, abbreviations and names inside names."""

from __future__ import annotations

from hito.geo import find_toponyms


def _texts(text: str, mentions: bool = False) -> list[str]:
    return [t.text for t in find_toponyms(text, "es", mentions=mentions)]


def test_a_headline_run_into_its_story_ends_at_the_article() -> None:
    text = "La comitiva llegó a la Ciudad de México La visita duró dos días"
    assert _texts(text) == ["Ciudad de México"]


def test_an_article_inside_a_name_stays_in_it() -> None:
    text = "Los visitantes recorrieron el Parque Nacional El Chico y otros bosques."
    assert "El Chico" not in _texts(text)


def test_a_byline_run_into_a_capitals_dateline_is_two_names() -> None:
    text = "Por Laura Gómez Pérez TOLUCA, México, 3 de marzo de 2019."
    assert _texts(text) == ["TOLUCA", "México"]


def test_a_roman_numeral_is_part_of_the_name_before_it() -> None:
    assert _texts("La visita de Felipe VI a la capital fue breve.") == []


def test_mexican_abbreviations_of_the_capital_and_the_country() -> None:
    assert _texts("Temperatura en México DF hoy: 21 grados.") == ["México", "DF"]
    assert _texts("Domicilio conocido, Zacatecas, MX.") == ["Zacatecas", "MX"]
    assert _texts("Abren un comedor comunitario en SLP este lunes.") == ["SLP"]
    assert _texts("Metepec, MEX.") == ["Metepec", "MEX"]

"""Monitor PPD scorer on invented headlines, with the pipeline replaced by fixed records."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from hito.evaluation import monitor_ppd
from hito.geo import Place
from hito.models import EventRecord

COLUMNS = [
    "fecha_publicacion",
    "enlace",
    "titulo",
    "fuente",
    "fecha_hechos",
    "estado",
    "municipio",
    "lugar",
    "grupo_criminal",
    "homicidios_total",
    "heridos_total",
    "detenidos_total",
    "source_file",
]
ROWS = [
    # (title, state, municipality, killed, detained)
    ("detienen-a-dos-hombres-en-tapachula", "Chiapas-07", "Tapachula-07-089", "0.0", "2.0"),
    ("Asesinan a un hombre en Comitán", "Chiapas-07", "Comitán de Domínguez-07-019", "1.0", "0.0"),
    ("Balacera en Guadalajara deja tres muertos", "Jalisco-14", "Guadalajara-14-039", "3.0", ""),
    ("", "Jalisco-14", "", "0.0", "0.0"),
]
RECORDS: dict[str, list[EventRecord]] = {
    "detienen a dos hombres en tapachula": [
        EventRecord(
            event_type="COERCE",
            mode="arrest",
            admin1="Chiapas",
            place="tapachula",
            geo_precision=1,
            arrested=2,
        )
    ],
    "Asesinan a un hombre en Comitán": [
        EventRecord(event_type="ASSAULT", admin1="Chiapas", place="Las Margaritas", geo_precision=1)
    ],
    "Balacera en Guadalajara deja tres muertos": [],
}
GUADALAJARA = Place(None, "Guadalajara", "MX", "Jalisco", 20.67, -103.35, "populated", 1)


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    with (tmp_path / "tiny_harmonized.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for title, state, town, killed, detained in ROWS:
            w.writerow(["2022-08-01", "", title, "", "", state, town, "", "", killed, "0.0",
                        detained, "x.xlsx"])  # fmt: skip
    monkeypatch.setattr(monitor_ppd, "process_text", lambda text, *a, **k: (None, RECORDS[text]))
    # A headline without records falls back to the geography stage.
    monkeypatch.setattr(monitor_ppd, "find_toponyms", lambda text, language, **k: [])
    monkeypatch.setattr(monitor_ppd, "resolve", lambda toponyms, **k: GUADALAJARA)
    return tmp_path


def test_scores_by_hand(data: Path) -> None:
    errors: list[dict[str, Any]] = []
    n, s = monitor_ppd.evaluate(data, errors)
    assert n == 3  # the row without a headline is skipped
    # State: rows 1 and 3 name their place (row 2 names "Comitán", not the coded
    # "Comitán de Domínguez"); both right. Every row's state is right.
    assert (s["state_accuracy"], s["state_accuracy_all"]) == (1.0, 1.0)
    # Municipality: rows 1 and 3 right; row 2 wrong but not stated in the headline.
    assert (s["municipality_accuracy"], s["municipality_accuracy_all"]) == (1.0, 0.6667)
    # Counts stated: detained "dos" (right), killed "un" (hito: 0), killed "tres" (hito: 0).
    assert s["counts_accuracy"] == 0.3333
    assert (s["killed_accuracy"], s["detained_accuracy"]) == (0.0, 1.0)
    assert s["rows_scored"] == {
        "state": 2,
        "municipality": 2,
        "killed": 2,
        "detained": 1,
        "counts": 3,
    }
    # Every coded count: 5 pairs (row 3's detained is blank), 3 right.
    assert s["counts_accuracy_all"] == 0.6
    assert s["spurious_count_rate"] == 0.0
    assert s["headlines_with_record"] == 0.6667
    assert sorted(e["check"] for e in errors) == ["killed", "killed"]


def test_headline_helpers() -> None:
    assert monitor_ppd.headline_text("hallan-dos-cuerpos") == "hallan dos cuerpos"
    assert monitor_ppd.headline_text("Cae el líder de la banda") == "Cae el líder de la banda"
    assert monitor_ppd.state_key("Estado de México") == monitor_ppd.state_key("México")
    assert monitor_ppd.state_key("Ciudad de México") != monitor_ppd.state_key("México")
    assert monitor_ppd.town_key("Ciudad Juárez") == "juarez"
    assert monitor_ppd.same_town("leon de los aldama", ("leon",))
    assert monitor_ppd.same_town("comitan", ("comitan de dominguez",))
    assert not monitor_ppd.same_town("las margaritas", ("comitan de dominguez",))
    assert monitor_ppd.states_number("Matan a 12 en Celaya", 12)
    assert not monitor_ppd.states_number("Matan a 12 en Celaya", 1)
    assert monitor_ppd.states_number("Detienen a una mujer", 1)
    # Scored counts: the headline writes the figure and says what it counts.
    assert monitor_ppd.states_count("Detienen a una mujer en Comitán", "detained", 1)
    assert monitor_ppd.states_count("Hallan sin vida a dos hombres en Tonalá", "killed", 2)
    assert monitor_ppd.states_count("Ejecución de tres jóvenes en Tapachula", "killed", 3)
    assert not monitor_ppd.states_count("Balean a un hombre en Tapachula", "killed", 1)
    assert not monitor_ppd.states_count("Detienen a dos por robo en Comitán", "killed", 2)


@pytest.mark.parametrize(
    ("headline", "state", "town"),
    [
        # A neighbourhood the gazetteer lacks, before its town, is no namesake far away.
        ("Aseguran combustible robado en Villa de los Arcos, Celaya", "guanajuato", "celaya"),
        ("Asesinan a un hombre en Loma de San Antonio en Salamanca", "guanajuato", "salamanca"),
        # Guadalupe (Nuevo León) before Guadeloupe.
        ("En Guadalupe, matan a un hombre", "nuevo leon", "guadalupe"),
        ("mujer es asesinada a balazos en coquimatlan", "colima", "coquimatlan"),
    ],
)
def test_place_of_invented_headlines(headline: str, state: str, town: str) -> None:
    records = monitor_ppd.process_text(headline, "es", None)[1]
    assert monitor_ppd.predicted_place(headline, records) == (state, town)


def _row(headline: str, outlet: str, masthead: str) -> monitor_ppd.Row:
    return monitor_ppd.Row(headline, None, None, (), {}, outlet, masthead)


def test_home_region_of_an_outlet() -> None:
    rows = [
        # The masthead names the state, or a town of it (not the hamlet "El Sol").
        _row("Detienen a un hombre en Juárez", "vozdurango.mx", "La Voz de Durango"),
        _row("Roban una camioneta", "soldeacapulco.mx", "El Sol de Acapulco"),
        # No place in the masthead: the state most of its headlines name.
        *(_row(f"Operativo {k} en Sonora", "eldia.mx", "El Día") for k in range(3)),
        _row("Llegan militares a Sinaloa", "eldia.mx", "El Día"),
        # Too few headlines name a state: no home.
        _row("Balacera en Jalisco", "lanota.mx", "La Nota"),
    ]
    homes = monitor_ppd.home_regions(rows)
    assert homes == {
        "vozdurango.mx": "Durango",
        "soldeacapulco.mx": "Guerrero",
        "eldia.mx": "Sonora",
    }


def test_outlet_of_a_row() -> None:
    assert monitor_ppd._domain("https://www.diariodelsur.mx/2022/07/nota") == "diariodelsur.mx"


def test_home_region_settles_same_named_towns() -> None:
    headline = "Ejecutan a un hombre en Cuauhtémoc"
    records = monitor_ppd.process_text(headline, "es", None, region="Chihuahua")[1]
    assert monitor_ppd.predicted_place(headline, records, "Chihuahua") == (
        "chihuahua",
        "cuauhtemoc",
    )

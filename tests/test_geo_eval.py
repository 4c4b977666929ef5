"""`hito eval geo` on invented articles in the GeoWebNews and LGL XML formats."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner

from hito.cli import main
from hito.evaluation.geo import evaluate, read_corpus, resolution_scores

GWN_TEXT = (
    "Mexican soldiers patrolled Tapachula on Monday. Officials in Guatemala City said "
    "the Tzenkal Creek crossing near Ciudad Hidalgo stayed open."
)
LGL_TEXT = (
    "Deputies in Laurel County arrested two men. London, Ky., police said the men were from Ohio."
)


def _gwn_toponym(name: str, kind: str, lat: float | None, lon: float | None, gid: str) -> str:
    start = GWN_TEXT.index(name)
    coords = (
        f"<geonamesID>{gid}</geonamesID><latitude>{lat}</latitude><longitude>{lon}</longitude>"
        if lat is not None
        else ""
    )
    return (
        f"<toponym><extractedName>{name}</extractedName><type>{kind}</type>"
        f"<start>{start}</start><end>{start + len(name)}</end>{coords}</toponym>"
    )


def _lgl_toponym(name: str, lat: float, lon: float, gid: int, occurrence: int = 0) -> str:
    start = -1
    for _ in range(occurrence + 1):
        start = LGL_TEXT.index(name, start + 1)
    return (
        f"<toponym><start>{start}</start><end>{start + len(name)}</end><phrase>{name}</phrase>"
        f'<gaztag geonameid="{gid}"><name>{name}</name><lat>{lat}</lat><lon>{lon}</lon>'
        "</gaztag></toponym>"
    )


@pytest.fixture()
def gwn(tmp_path: Path) -> Path:
    toponyms = [
        _gwn_toponym("Mexican", "Non_Literal_Modifier", 23.0, -102.0, "3996063"),
        _gwn_toponym("Tapachula", "Literal", 14.90385, -92.25749, "3516266"),
        _gwn_toponym("Guatemala City", "Literal", 14.64072, -90.51327, "3598132"),
        _gwn_toponym("Tzenkal Creek", "Literal", 14.53, -92.23, ""),
        _gwn_toponym("Ciudad Hidalgo", "Literal", 14.68018, -92.15195, "3530595"),
        _gwn_toponym("soldiers", "Non_Lit_Expression", None, None, ""),
    ]
    xml = (
        '<?xml version="1.0" ?><articles><article file="0"><title>t</title>'
        f"<text>{GWN_TEXT}</text><toponyms>{''.join(toponyms)}</toponyms></article></articles>"
    )
    path = tmp_path / "gwn.xml"
    path.write_text(xml, encoding="utf-8")
    return path


@pytest.fixture()
def lgl(tmp_path: Path) -> Path:
    toponyms = [
        _lgl_toponym("Laurel County", 37.11, -84.12, 4297983),
        _lgl_toponym("London", 37.12898, -84.08326, 4298960),
        _lgl_toponym("Ky.", 37.5, -85.0, 6254925),
        _lgl_toponym("Ohio", 40.25034, -83.00018, 5165418),
    ]
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><articles><article docid="1">'
        f"<text><![CDATA[{LGL_TEXT}]]></text><toponyms>{''.join(toponyms)}</toponyms>"
        "</article></articles>"
    )
    folder = tmp_path / "lgl"
    folder.mkdir()
    (folder / "part1.xml").write_text(xml, encoding="utf-8")
    return folder


def test_both_formats_are_read(gwn: Path, lgl: Path) -> None:
    (g,) = read_corpus(gwn)
    assert [t.text for t in g.toponyms] == [
        "Mexican",
        "Tapachula",
        "Guatemala City",
        "Tzenkal Creek",
        "Ciudad Hidalgo",
    ]  # the expression "soldiers" has no coordinates and is no gold toponym
    (d,) = read_corpus(lgl)
    assert [t.text for t in d.toponyms] == ["Laurel County", "London", "Ky.", "Ohio"]
    assert d.toponyms[1].geonameid == 4298960


def test_gold_spans_protocol(gwn: Path, lgl: Path) -> None:
    n, scores = evaluate(gwn, gold_spans=True)
    assert n == 5
    assert scores["acc_161km"] == 1.0  # the river falls back to the document's focus town
    assert {"acc_161km", "median_km", "mean_km", "auc", "exact_geonames"} <= set(scores)
    assert scores["known_share"] == 0.8  # the river is not in the gazetteer
    n, scores = evaluate(lgl, gold_spans=True)
    assert n == 4 and scores["acc_161km"] == 1.0  # London, Kentucky, not England


def test_end_to_end_protocol(lgl: Path) -> None:
    errors: list[dict[str, object]] = []
    n, scores = evaluate(lgl, errors)
    assert n == 4
    assert scores["toponym_recall"] == 1.0 and scores["toponym_precision"] == 1.0
    assert scores["toponym_f1"] == 1.0 and scores["acc_161km"] == 1.0
    assert errors == []


def test_scores_follow_gritta() -> None:
    perfect = resolution_scores([0.0, 0.0, 0.0], [True, True])
    assert perfect["auc"] == 0.0 and perfect["acc_161km"] == 1.0
    worst = resolution_scores([20039.0, 20039.0], [False])
    assert math.isclose(worst["auc"], math.log(20040) / math.log(20039), rel_tol=1e-3)
    mixed = resolution_scores([10.0, 200.0, 1000.0], [])
    assert mixed["acc_161km"] == round(1 / 3, 4) and mixed["median_km"] == 200.0


def test_cli_prints_the_dataset_json(gwn: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "geo", "--data", str(gwn), "--gold-spans"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["dataset"] == "geo" and out["n"] == 5
    assert "acc_161km" in out["scores"] and "toponym_f1" not in out["scores"]
    result = CliRunner().invoke(main, ["eval", "geo", "--data", str(gwn)])
    assert "toponym_f1" in json.loads(result.output)["scores"]

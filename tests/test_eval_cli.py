"""`hito eval NAME --data PATH` end to end, with the real pipeline on invented data."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from hito.cli import main
from hito.evaluation import DATASETS


def test_every_dataset_is_a_choice() -> None:
    assert set(DATASETS) >= {
        "records",
        "case2021",
        "muc4",
        "indiapolice",
        "re3d",
        "monitor-ppd",
        "mx-news",
    }


def test_eval_writes_the_result_and_the_errors(tmp_path: Path) -> None:
    (tmp_path / "dev.tsv").write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tPolice arrested three men in Tapachula on Monday.\tARREST\n"
        "2\tThe council approved a new budget for the park.\tAGREEMENT\n",
        encoding="utf-8",
    )
    out, errors = tmp_path / "result.json", tmp_path / "errors.jsonl"
    result = CliRunner().invoke(
        main,
        ["eval", "case2021", "--data", str(tmp_path), "--out", str(out), "--errors", str(errors)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    printed = json.loads(result.output)
    assert printed == json.loads(out.read_text(encoding="utf-8"))
    assert printed["dataset"] == "case2021" and printed["n"] == 2
    assert 0.0 <= printed["scores"]["macro_f1"] <= 1.0
    # The budget snippet has no covered class: whatever hito says, it is one mistake.
    assert len(errors.read_text(encoding="utf-8").splitlines()) >= 1

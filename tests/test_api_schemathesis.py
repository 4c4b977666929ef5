"""Property-based API tests from the OpenAPI document: no request makes the server fail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from hito.api import create_app
from hito.ingest import content_hash
from hito.models import Report
from hito.pipeline import process
from hito.store import Store

REPORTS = [
    "Gunmen ambushed a patrol of the Chiapas State Police on Saturday near Tapachula, Chiapas, "
    "killing two officers, the state prosecutor's office said.",
    "Soldados del Ejército de Guatemala aseguraron 300 kilos de cocaína y detuvieron a cuatro "
    "personas el pasado martes en La Mesilla, Huehuetenango.",
]


def _app(tmp: Path):  # type: ignore[no-untyped-def]
    path = tmp / "api.db"
    with Store(path) as store:
        for text in REPORTS:
            report = Report(
                text=text, content_hash=content_hash(text), published=dt.date(2025, 5, 15)
            )
            annotated, records = process(report)
            store.save_report(annotated, records, fuse=True)
    return create_app(path, allow_anonymous=True)


APP = _app(Path(__import__("tempfile").mkdtemp(prefix="hito-schemathesis-")))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_error(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=[not_a_server_error])

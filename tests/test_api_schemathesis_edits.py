"""Property-based tests of the writing routes from the OpenAPI document, as an admin (who may
do everything an editor may): whatever the body, no server error, and every refusal is the
error envelope."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from conftest import build_web_db
from hito.api import create_app
from hito.api.tokens import create_token
from hito.store import Store

PATH = Path(tempfile.mkdtemp(prefix="hito-schemathesis-edits-")) / "api.db"
DATA = build_web_db(PATH)
with Store(PATH) as _store:
    TOKEN = create_token(_store, "admin", "schemathesis")[0]
APP = create_app(PATH, allow_anonymous=False)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP).include(
    method=["POST", "PATCH"], path_regex=r"^/events"
)


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_error_when_editing(case: schemathesis.Case) -> None:
    response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
    case.validate_response(response, checks=[not_a_server_error])
    if response.status_code >= 400:
        body: Any = response.json()
        assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}

"""Generated requests from the served OpenAPI document: the hub never answers 5xx."""

from __future__ import annotations

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings

from tests.support import lane
from tests.support.lane import examples

from .conftest import Desk, new_office


@pytest.fixture(scope="module")
def fuzz_desk(hub):
    return Desk(hub, new_office())


@pytest.fixture(scope="module")
def api_schema(hub, fuzz_desk):
    loaded = schemathesis.openapi.from_url(hub.api + "/openapi.json")
    if lane.FAST:  # the coverage phase's boundary values (thousands of requests) run in the full run only
        loaded.config.phases.coverage.enabled = False
    return loaded


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=examples(25), deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_no_server_errors(case, fuzz_desk):
    session = requests.Session()
    headers = {"Authorization": f"Bearer {fuzz_desk.token}"}
    response = case.call(session=session, headers=headers, timeout=30)
    assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:500])
    if response.status_code >= 400 and case.method != "HEAD":
        ctype = response.headers.get("content-type") or response.headers.get("Content-Type") or [""]
        ctype = ctype[0] if isinstance(ctype, list) else ctype
        assert ctype.startswith("application/problem+json"), (case.method, case.path, response.text[:300])
        assert "Traceback" not in response.text

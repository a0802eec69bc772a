"""A per-device rate limit answers 429 with Retry-After (a hub of its own with a low limit)."""

from __future__ import annotations

import pytest

from tests.support.hub import HubProcess

from .conftest import Desk, new_office
from .test_contract import assert_problem


@pytest.fixture(scope="module")
def slow_hub(tmp_path_factory):
    with HubProcess(tmp_path_factory.mktemp("slowhub"), engine="sqlite", rate=0.5, burst=3) as h:
        yield h


def test_rate_limit_429_with_retry_after(slow_hub):
    a = Desk(slow_hub, new_office())
    b = Desk(slow_hub, a.office, add_office=False)
    codes = [a.post_sync().status_code for _ in range(4)]
    assert codes[:3] == [200, 200, 200] and codes[3] == 429
    r = a.post_sync()
    assert_problem(r, 429, "rate_limited")
    assert int(r.headers["Retry-After"]) >= 1
    # per device: another desk is not held back
    assert b.post_sync().status_code == 200

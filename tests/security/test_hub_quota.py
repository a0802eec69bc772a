"""Finding 11: per-device and per-office storage quotas on the hub. A desk that fills its share
gets a clear problem+json answer; other desks and offices go on."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from tests.support.hubsec import ENGINES, Desk, HubProcess, assert_problem, new_office  # noqa: E402


@pytest.fixture(scope="module", params=ENGINES)
def hub(request, tmp_path_factory):
    with HubProcess(tmp_path_factory.mktemp("hub"), engine=request.param,
                    extra_args=["--quota-device-mb", "1", "--quota-office-mb", "2"]) as h:
        yield h


def _big(desk: Desk, n: int = 3) -> list[dict]:
    return [desk.created(body="x" * 99_000) for _ in range(n)]  # ~300 KB a batch


def test_device_and_office_quotas(hub):
    office = new_office()
    hog = Desk(hub, office)
    for _ in range(3):
        hog.sync(_big(hog))  # 0.9 MB: within the 1 MB device quota
    body = assert_problem(hog.post_sync(_big(hog)), 507, "quota_exceeded")
    assert "device" in body["detail"] and "1 MB" in body["detail"]
    mate = Desk(hub, office)
    for _ in range(3):
        mate.sync(_big(mate))  # the office now holds 1.8 MB of its 2 MB
    third = Desk(hub, office)
    body = assert_problem(third.post_sync(_big(third, 4)), 507, "quota_exceeded")
    assert "office" in body["detail"] and "2 MB" in body["detail"]
    # another office is untouched
    other = Desk(hub, new_office())
    assert other.sync(_big(other))["results"][0]["outcome"] == "accepted"
    # what was stored is intact and pullable by the office's other desks
    reader = Desk(hub, office)
    pulled = [e for e in reader.pull_all() if e["type"] == "complaint.created"]
    assert len(pulled) == 18

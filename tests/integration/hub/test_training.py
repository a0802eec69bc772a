"""``lapor-hub serve --training``: a classroom hub that plays the agencies and the reporters."""

from __future__ import annotations

import time

import pytest

from lapor_desktop.core.ids import uuid7
from tests.support.hub import HubProcess

from .conftest import Desk


@pytest.fixture(scope="module")
def training_hub(tmp_path_factory):
    with HubProcess(tmp_path_factory.mktemp("training"), engine="sqlite",
                    extra_args=["--training", "--training-interval", "0.3", "--training-desks", "2"]) as h:
        yield h


def test_training_hub_sets_up_the_office_and_follows_up_forwarded_complaints(training_hub):
    log = training_hub.log_path.read_text(encoding="utf-8")
    assert "TRAINING HUB (LATIHAN)" in log
    offices = training_hub.admin("offices", "list").stdout
    assert "TIDORE" in offices and "LATIHAN" in offices
    desk = Desk(training_hub, "TIDORE", add_office=False)
    cid = uuid7()
    created = desk.created(cid, office_code="TIDORE")
    forwarded = desk.event("complaint.forwarded", cid, {"agency_id": 91001, "agency_name": "Dinas PUPR"})
    first = desk.sync([created, forwarded])
    assert [r["outcome"] for r in first["results"]] == ["accepted", "accepted"]
    desk.cursor = first["cursor"]
    seen: list[str] = []
    deadline = time.monotonic() + 20
    while "complaint.followed_up" not in seen and time.monotonic() < deadline:
        time.sleep(0.3)
        seen += [e["type"] for e in desk.pull_all()]
    assert "complaint.tracking_assigned" in seen or first["events"]
    assert "complaint.followed_up" in seen, seen

"""Finding 1, the desks' side: a poisoned event in the hub's log (stored by a hub before the fix,
or by any hub that gets it wrong) is set aside by the desk that pulls it, visible in
``lapor-desktop sync-status``; it never stops the pull, and the other offices never notice.

Three offices, real desks (the desk's own sync service) and a real ``lapor-hub`` process, on
SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import random
import os
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from lapor_desktop.core.clock import iso_utc, parse_hlc, to_ms  # noqa: E402
from lapor_desktop.core.ids import uuid7  # noqa: E402
from lapor_desktop.hub.storage import HubDB, StoredEvent  # noqa: E402
from lapor_desktop.services.complaints import ComplaintService  # noqa: E402
from lapor_desktop.protocol.wire import canonical_json  # noqa: E402
from tests.integration.sync.conftest import (  # noqa: E402
    FRONT, DeskFactory, complaint_data, new_office, sync)  # noqa: E402
from tests.support.hubsec import Desk, HubProcess  # noqa: E402
from sqlalchemy import func, select  # noqa: E402
from tests.support.sessions import signed

POISON = "999999999999999-99999"
SIXTEEN = "1000000000000000-00004"  # what the old hub wrote after observing the poison


@pytest.fixture(scope="session")
def hub(shared_hub):
    """The session's hub, per engine (tests/conftest.py); each test has offices of its own."""
    return shared_hub


class _Direct:
    url = None


def _plant(hub: HubProcess, office: str, events: list[dict]) -> None:
    """Write events straight into the hub's log, as a hub before the fix stored them."""
    db = HubDB(hub.db_url)
    try:
        with db.write() as s:
            seq = s.execute(select(func.max(StoredEvent.server_seq))).scalar() or 0
            for ev in events:
                seq += 1
                s.add(StoredEvent(id=ev["id"], server_seq=seq, complaint_id=ev["complaint_id"],
                                  office_code=office, device_id=ev["device_id"], type=ev["type"],
                                  body=canonical_json(ev).decode("utf-8"),
                                  received_at=iso_utc(datetime.now(timezone.utc))))
    finally:
        db.dispose()


def _sync_status(desk) -> dict:
    from tests.support.cli import run_cli  # main() in this process

    r = run_cli(["--data-dir", str(desk.paths.data_dir.parent), "sync-status"], env={"LAPOR_DESKTOP_HOME": None})
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_three_offices_keep_syncing_after_a_poisoned_hlc(hub, tmp_path):
    factory = DeskFactory(hub, _Direct(), tmp_path)
    try:
        offices = [new_office() for _ in range(3)]
        desks = [factory.new(o, url=hub.url) for o in offices]
        # a rogue desk of the first office tries the poison live (the fixed hub refuses it) ...
        rogue = Desk(hub, offices[0])
        ev = rogue.created()
        ev["hlc"] = POISON
        rogue.sync([ev])
        # ... and the log already holds poison from before the fix: a far-future creation and a
        # hub event with a 16-digit HLC, followed by an honest complaint of the same office
        bad_created = rogue.created()
        bad_created["hlc"] = POISON
        bad_tracking = dict(rogue.created(), type="complaint.tracking_assigned",
                            data={"tracking_id": "1234567"}, hlc=SIXTEEN)
        bad_tracking["complaint_id"] = bad_created["complaint_id"]
        bad_tracking["id"] = uuid7()
        _plant(hub, offices[0], [bad_created, bad_tracking])
        honest = rogue.created()
        assert rogue.sync([honest])["results"][0]["outcome"] == "accepted"

        for i, desk in enumerate(desks):
            ComplaintService(desk).record(signed(ComplaintService(desk), FRONT), complaint_data(random.Random(i), i))
        for _round in range(2):
            for desk in desks:
                rep = sync(desk)
                assert rep.complete, (rep.outcome, rep.error_code, rep.error_detail)

        horizon = to_ms(datetime.now(timezone.utc) + timedelta(minutes=11))
        for desk in desks:
            assert parse_hlc(desk.hlc.last)[0] <= horizon, desk.hlc.last
            assert parse_hlc(desk.hlc.tick())[0] <= horizon
        # the first office's desk has the honest complaint, not the poisoned one
        with desks[0].db.read() as s:
            from lapor_desktop.store.models import EventRow

            ids = set(s.scalars(select(EventRow.id)))
        assert honest["id"] in ids and bad_created["id"] not in ids and bad_tracking["id"] not in ids
        # and shows the two set-aside events, once each, with their reason
        st = _sync_status(desks[0])
        pulled = st["rejected_pulled"]
        assert sorted(p["event_id"] for p in pulled) == sorted([bad_created["id"], bad_tracking["id"]])
        assert {p["code"] for p in pulled} <= {"hlc_ahead", "malformed"}
        assert all(p["reason"] for p in pulled)
        for other in desks[1:]:
            assert _sync_status(other)["rejected_pulled"] == []
    finally:
        factory.close()

"""Finding 1: one desk's far-future HLC must not stop sync for every office on the hub.

Before the fix the hub accepted ``999999999999999-99999``, observed it when making the Tracking ID
event and from then on wrote 16-digit HLCs that no desk could read (``bad_answer``).
"""

from __future__ import annotations

import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from lapor_desktop.core.clock import format_hlc, parse_hlc, to_ms  # noqa: E402
from lapor_desktop.protocol.wire import HLC_PATTERN  # noqa: E402
from tests.support.hubsec import Desk, new_office  # noqa: E402

POISON = "999999999999999-99999"


@pytest.fixture(scope="session")
def hub(shared_hub):
    """The session's hub, per engine (tests/conftest.py); each test has offices of its own."""
    return shared_hub


def _ahead(minutes: float) -> str:
    return format_hlc(to_ms(datetime.now(timezone.utc) + timedelta(minutes=minutes)), 0)


def test_the_hub_refuses_an_hlc_beyond_the_skew_bound_per_event(hub):
    desk = Desk(hub, new_office())
    poisoned = desk.created()
    poisoned["hlc"] = POISON
    in_2099 = desk.created()
    in_2099["hlc"] = format_hlc(to_ms(datetime(2099, 1, 1, tzinfo=timezone.utc)), 0)
    slightly_ahead = desk.created()
    slightly_ahead["hlc"] = _ahead(3)  # within the 10-minute default: a desk clock a bit fast
    honest = desk.created()
    resp = desk.sync([poisoned, in_2099, slightly_ahead, honest])
    outcomes = [(r["outcome"], r.get("code")) for r in resp["results"]]
    assert outcomes == [("rejected", "hlc_ahead"), ("rejected", "hlc_ahead"),
                        ("accepted", None), ("accepted", None)], outcomes
    assert "10" in resp["results"][0]["detail"]  # the bound is named


def test_after_a_poisoned_hlc_every_office_keeps_syncing(hub):
    """Three offices; one desk of the first pushes the poison; every desk then pulls pages whose
    HLCs all match the protocol pattern and stay near the hub's clock."""
    offices = [new_office() for _ in range(3)]
    desks = {o: [Desk(hub, o), Desk(hub, o)] for o in offices}
    bad = desks[offices[0]][0]
    ev = bad.created()
    ev["hlc"] = POISON
    assert bad.sync([ev])["results"][0]["outcome"] == "rejected"
    # a complaint of the same office after the attempt: the hub's Tracking ID event must be sane
    for o in offices:
        writer, reader = desks[o]
        writer.sync([writer.created()])
        pulled = reader.pull_all()
        created = [e for e in pulled if e["type"] == "complaint.created"]
        tracking = [e for e in pulled if e["type"] == "complaint.tracking_assigned"]
        assert len(created) == 1 and len(tracking) == 1, [e["type"] for e in pulled]
        horizon = to_ms(datetime.now(timezone.utc) + timedelta(minutes=11))
        for e in pulled:
            assert re.fullmatch(HLC_PATTERN, e["hlc"]), e["hlc"]
            assert parse_hlc(e["hlc"])[0] <= horizon, e["hlc"]


def _plant(hub, office: str, events: list[dict], complaint_id: str | None = None,
           last_hlc: str | None = None) -> None:
    """Poison already in the hub's log (stored by a hub before the fix)."""
    from sqlalchemy import func, select

    from lapor_desktop.core.clock import iso_utc
    from lapor_desktop.hub.storage import Complaint, HubDB, StoredEvent
    from lapor_desktop.protocol.wire import canonical_json

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
            if complaint_id is not None:
                comp = s.get(Complaint, complaint_id)
                if comp is None:
                    comp = Complaint(complaint_id=complaint_id, office_code=office, status="diterima",
                                     last_hlc="", updated_at="", event_count=len(events), has_conflict=False)
                    s.add(comp)
                comp.last_hlc = last_hlc or comp.last_hlc
    finally:
        db.dispose()


def test_stored_poison_never_moves_the_hubs_event_maker(hub):
    """Tracking IDs and system closes react to stored events; poison among them must not leak
    into the HLCs the hub writes."""
    desk = Desk(hub, new_office())
    reader = Desk(hub, desk.office)
    # a creation with a poisoned HLC already in the log, no Tracking ID yet
    bad = desk.created()
    bad["hlc"] = POISON
    _plant(hub, desk.office, [bad], complaint_id=bad["complaint_id"], last_hlc=POISON)
    # an honest follow-up of it makes the hub fold the history and assign the Tracking ID
    res = desk.sync([desk.event("complaint.commented", bad["complaint_id"], {"text": "cek"})])
    assert res["results"][0]["outcome"] == "accepted"
    # a complaint followed up 30 days ago whose stored last HLC is poisoned: the system close
    old = datetime.now(timezone.utc) - timedelta(days=30)
    create = desk.created()
    cid = create["complaint_id"]
    at = old.isoformat().replace("+00:00", "Z")
    fwd = desk.event("complaint.forwarded", cid, {"agency_id": 91001, "agency_name": "Dinas PUPR"}, occurred_at=at)
    fu = desk.event("complaint.followed_up", cid, {"agency_id": 91001, "text": "Sudah."}, occurred_at=at)
    assert [r["outcome"] for r in desk.sync([create, fwd, fu])["results"]] == ["accepted"] * 3
    poison_comment = dict(desk.event("complaint.commented", cid, {"text": "x"}), hlc=POISON)
    _plant(hub, desk.office, [poison_comment], complaint_id=cid, last_hlc=POISON)
    assert cid in hub.admin("autoclose").stdout
    made = [e for e in reader.pull_all() if e["device_id"] == hub.hub_id]
    assert {e["type"] for e in made} >= {"complaint.tracking_assigned", "complaint.closed"}
    horizon = to_ms(datetime.now(timezone.utc) + timedelta(minutes=11))
    for e in made:
        assert re.fullmatch(HLC_PATTERN, e["hlc"]), e
        assert parse_hlc(e["hlc"])[0] <= horizon, e["hlc"]

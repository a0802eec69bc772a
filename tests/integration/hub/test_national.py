"""The national side: system close after 10 working days without a reply; Tracking IDs."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from lapor_desktop.core.clock import iso_utc

from .conftest import Desk, new_office


def _followed_up(desk: Desk, when: datetime) -> str:
    create = desk.created()
    cid = create["complaint_id"]
    at = iso_utc(when)
    fwd = desk.event("complaint.forwarded", cid, {"agency_id": 91001, "agency_name": "Dinas PUPR"}, occurred_at=at)
    fu = desk.event("complaint.followed_up", cid, {"agency_id": 91001, "text": "Sudah diperbaiki."}, occurred_at=at)
    res = desk.sync([create, fwd, fu])["results"]
    assert [r["outcome"] for r in res] == ["accepted"] * 3
    return cid


def test_autoclose_by_system(hub):
    office = new_office()
    desk = Desk(hub, office)
    now = datetime.now(timezone.utc)
    old = _followed_up(desk, now - timedelta(days=30))
    fresh = _followed_up(desk, now - timedelta(hours=1))
    replied = _followed_up(desk, now - timedelta(days=30))
    desk.sync([desk.event("complaint.reporter_replied", replied, {"text": "Belum beres"},
                          occurred_at=iso_utc(now - timedelta(days=1)))])
    out = hub.admin("autoclose")
    closed = out.stdout.split()
    assert old in closed and fresh not in closed and replied not in closed
    assert hub.admin("autoclose").stdout.split().count(old) == 0  # once only
    other = Desk(hub, office, add_office=False)
    events = other.pull_all()
    closes = [e for e in events if e["type"] == "complaint.closed"]
    assert [e["complaint_id"] for e in closes] == [old]
    close = closes[0]
    assert close["data"]["by"] == "system" and close["actor"] == {"user": "hub", "role": "system"}
    assert close["device_id"] == hub.hub_id
    follow = next(e for e in events if e["complaint_id"] == old and e["type"] == "complaint.followed_up")
    assert close["hlc"] > follow["hlc"]
    # with the clock moved 30 days on, the fresh one is due too (controllable clock for tests)
    later = iso_utc(now + timedelta(days=30))
    out = hub.admin("autoclose", env={"LAPOR_HUB_FAKE_NOW": later})
    assert fresh in out.stdout.split() and replied in out.stdout.split()
    # --now in the past closes nothing
    assert hub.admin("autoclose", "--now", iso_utc(now - timedelta(days=60))).stdout.strip() == ""


def test_autoclose_counts_working_days(hub, tmp_path):
    """Followed up on Monday 2026-03-02: 10 working days end on 2026-03-16 (no holiday in between,
    Nyepi 2026-03-19 later); with a closure on 2026-03-10 the deadline moves to the 17th."""
    office = new_office()
    desk = Desk(hub, office)
    cid = _followed_up(desk, datetime(2026, 3, 2, 3, 0, tzinfo=timezone.utc))
    day = lambda d: f"2026-03-{d:02d}T10:00:00+07:00"  # noqa: E731
    assert cid not in hub.admin("autoclose", "--now", day(16)).stdout
    ref = tmp_path / "closures.json"
    ref.write_text(json.dumps({"closures": [{"date": "2026-03-10", "name": "Libur daerah"}]}))
    hub.admin("reference", "load", str(ref))
    assert cid not in hub.admin("autoclose", "--now", day(17)).stdout
    assert cid in hub.admin("autoclose", "--now", day(18)).stdout
    ref.write_text(json.dumps({"closures": []}))
    hub.admin("reference", "load", str(ref))

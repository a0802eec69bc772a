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
    # 30 days on, the fresh one is due too
    later = iso_utc(now + timedelta(days=30))
    out = hub.admin("autoclose", "--now", later)
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


def test_offices_carry_their_autoclose_policy(hub, make_desk):
    """The hub admin sets an office's time zone and auto-close days until a desk of the office
    sends its own; the newest desk change wins; a bad policy never fails a sync."""
    office = new_office()
    out = hub.admin("offices", "add", office, "Kota Uji", "--timezone", "Asia/Makassar",
                    "--autoclose-days", "3")
    assert out.returncode == 0
    hub._offices.add(office)

    def listed() -> list[str]:
        line = next(l for l in hub.admin("offices", "list").stdout.splitlines() if l.startswith(office))
        return line.split("\t")

    assert listed()[2:5] == ["Asia/Makassar", "3", "hub admin"]
    bad = hub.admin("offices", "set", office, "--autoclose-days", "61", check=False)
    assert bad.returncode == 1 and "autoclose_days" in bad.stderr and "1 to 60" in bad.stderr
    bad = hub.admin("offices", "set", office, "--timezone", "Mars/Olympus", check=False)
    assert bad.returncode == 1 and "timezone" in bad.stderr
    assert listed()[2:4] == ["Asia/Makassar", "3"]

    desk = make_desk(office, add_office=False)
    policy = {"timezone": "Asia/Jayapura", "autoclose_days": 7, "changed_at": "2026-03-01T00:00:00Z"}
    r = desk.http.post(hub.api + "/sync", json={"protocol": 1, "device_id": desk.device_id, "cursor": "0",
                                                "events": [], "office_policy": policy}, timeout=30)
    assert r.status_code == 200, r.text
    assert listed()[2:4] == ["Asia/Jayapura", "7"] and listed()[4].startswith("from a desk 2026-03-01T00:00")
    for stale_or_bad in ({"timezone": "Asia/Jakarta", "autoclose_days": 2, "changed_at": "2026-02-01T00:00:00Z"},
                         {"timezone": "Mars/Olympus", "autoclose_days": 9, "changed_at": "2026-04-01T00:00:00Z"},
                         {"timezone": "Asia/Jakarta", "autoclose_days": "many", "changed_at": "2026-04-01T00:00:00Z"}):
        r = desk.http.post(hub.api + "/sync", json={"protocol": 1, "device_id": desk.device_id, "cursor": "0",
                                                    "events": [], "office_policy": stale_or_bad}, timeout=30)
        assert r.status_code == 200, r.text
        assert listed()[2:4] == ["Asia/Jayapura", "7"], stale_or_bad
    refused = hub.admin("offices", "set", office, "--autoclose-days", "5", check=False)
    assert refused.returncode == 1 and "Settings" in refused.stderr
    assert listed()[2:4] == ["Asia/Jayapura", "7"]


def test_imported_complaints_projected_before_h0003_still_close(hub):
    """A complaint imported as "Ditindaklanjuti" (no follow-up time) whose hub row predates the
    fall-back columns (NULL): the job folds it once and closes it by its receipt date."""
    from sqlalchemy import create_engine, text

    from lapor_desktop.core.ids import uuid7

    office = new_office()
    desk = Desk(hub, office)
    cid = uuid7()
    data = {"status": "Ditindaklanjuti", "tracking_id": "7700001", "received_at": "2026-01-05T02:00:00Z",
            "title": "Lampu jalan mati", "office_code": office}
    assert desk.sync([desk.event("complaint.imported", cid, data)])["results"][0]["outcome"] == "accepted"
    engine = create_engine(hub.db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE complaints SET received_at = NULL, forwarded_at = NULL "
                          "WHERE complaint_id = :c"), {"c": cid})
    engine.dispose()
    # received Monday 5 January 2026: 10 working days later (Isra Mi'raj on the 16th) in WIB
    from datetime import date

    from lapor_desktop.domain.deadlines import WorkingCalendar

    due = WorkingCalendar().add_working_days(date(2026, 1, 5), 10)
    assert due == date(2026, 1, 20)
    assert cid not in hub.admin("autoclose", "--now", f"{due}T23:00:00+07:00").stdout
    assert cid in hub.admin("autoclose", "--now", f"{due + timedelta(days=1)}T08:00:00+07:00").stdout.split()

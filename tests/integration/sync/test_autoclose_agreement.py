"""The desk and the hub agree on when a followed-up complaint closes by itself.

A real desk (its admin set 7 working days; its office is in Asia/Jayapura, WIT) and a real
``lapor-hub`` (whose own default zone is Asia/Jakarta, WIB) share complaints pushed by another desk
of the office: plain, across national holidays and cuti bersama, across an office closure from the
hub's reference data, followed up just after midnight WIT (still the evening before in WIB), with
a reporter's reply after the follow-up, and imported from a national export without any follow-up
time (only the receipt's). The desk shows each one's auto-close date; the hub's auto-close job
(``lapor-hub autoclose --now``) must leave it open through that whole day in the office's time
and close it in the first minute of the next.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from lapor_desktop.core.clock import iso_utc
from lapor_desktop.services.settings import SettingsService
from lapor_desktop.store.models import ComplaintRow
from tests.integration.hub.conftest import Desk as ProtocolDesk

from tests.support.sessions import signed

from .conftest import ADMIN, new_office, own_hub, sync


@pytest.fixture(scope="module")
def hub(tmp_path_factory):  # type: ignore[no-untyped-def]
    """A hub of this module's own: it loads reference data onto the hub and runs its auto-close
    over every office."""
    with own_hub(tmp_path_factory) as h:
        yield h


WIT = ZoneInfo("Asia/Jayapura")
CLOSURE = "2026-03-10"


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _followed_up(other: ProtocolDesk, at: str, reply_at: str | None = None) -> tuple[str, list[dict]]:
    create = other.created(received_at="2026-02-20T01:00:00Z")
    cid = create["complaint_id"]
    events = [create,
              other.event("complaint.forwarded", cid, {"agency_id": 91001, "agency_name": "Dinas PUPR"},
                          occurred_at=at),
              other.event("complaint.followed_up", cid, {"agency_id": 91001, "text": "Sudah diperbaiki."},
                          occurred_at=at)]
    if reply_at:
        events.append(other.event("complaint.reporter_replied", cid, {"text": "Terima kasih."},
                                  occurred_at=reply_at))
    return cid, events


def _imported(other: ProtocolDesk, office: str, received_at: str) -> tuple[str, list[dict]]:
    from lapor_desktop.core.ids import uuid7

    cid = uuid7()
    data = {"status": "Ditindaklanjuti", "tracking_id": "7712345", "received_at": received_at,
            "title": "Lampu jalan mati", "body": "Sudah dua minggu.", "office_code": office,
            "channel": "website"}
    return cid, [other.event("complaint.imported", cid, data, occurred_at="2026-03-01T00:00:00Z")]


def test_desk_and_hub_agree_on_the_autoclose_day(hub, desks, tmp_path):
    office = new_office()
    desk = desks.new(office)
    assert desk.settings.timezone == "Asia/Jayapura"
    SettingsService(desk).save_general(signed(desk, ADMIN), autoclose_days=7)
    ref = tmp_path / "closures.json"
    ref.write_text(json.dumps({"closures": [{"date": CLOSURE, "name": "Libur daerah"}]}))
    hub.admin("reference", "load", str(ref))

    other = ProtocolDesk(hub, office, add_office=False)
    cases: dict[str, str] = {}
    events: list[dict] = []
    for name, (cid, evs) in {
        "plain": _followed_up(other, "2026-03-02T03:00:00Z"),
        "over a closure": _followed_up(other, "2026-03-05T03:00:00Z"),
        "over Nyepi, Idul Fitri and cuti bersama": _followed_up(other, "2026-03-16T03:00:00Z"),
        "just after midnight WIT": _followed_up(other, "2026-03-02T15:30:00Z"),
        "reporter replied later": _followed_up(other, "2026-03-02T03:00:00Z",
                                               reply_at="2026-03-04T02:00:00Z"),
        "imported without follow-up": _imported(other, office, "2026-03-03T02:00:00Z"),
    }.items():
        cases[name] = cid
        events += evs
    results = other.sync(events)["results"]
    assert {r["outcome"] for r in results} == {"accepted"}, results

    report = sync(desk)
    assert report.complete, report.to_dict()

    with desk.db.read() as s:
        shown = {cid: (kind, day) for cid, kind, day in s.execute(
            select(ComplaintRow.id, ComplaintRow.due_kind, ComplaintRow.due_date)
            .where(ComplaintRow.id.in_(list(cases.values()))))}
    due: dict[str, date] = {}
    for name, cid in cases.items():
        kind, day = shown[cid]
        assert kind == "autoclose" and day, (name, shown[cid])
        due[cid] = date.fromisoformat(day)
    # the cases are not all alike: the rules they exercise move the date
    assert len(set(due.values())) >= 4, due

    # every moment that matters: the last minute of each shown day and the first of the next
    moments = sorted({datetime.combine(d, time(23, 59), WIT) for d in due.values()}
                     | {datetime.combine(d + timedelta(days=1), time(0, 1), WIT) for d in due.values()})
    closed_at: dict[str, datetime] = {}
    for moment in moments:
        out = hub.admin("autoclose", "--now", iso_utc(moment)).stdout.split()
        for cid in out:
            closed_at.setdefault(cid, moment)
    wrong = {name: (due[cid].isoformat(), closed_at.get(cid))
             for name, cid in cases.items()
             if closed_at.get(cid) != datetime.combine(due[cid] + timedelta(days=1), time(0, 1), WIT)}
    assert not wrong, f"shown day vs when the hub closed: {wrong}"

    # the desk learns the closes and shows no auto-close date any more
    assert sync(desk).complete
    with desk.db.read() as s:
        left = s.execute(select(ComplaintRow.status, ComplaintRow.due_kind)
                         .where(ComplaintRow.id.in_(list(cases.values())))).all()
    assert {tuple(r) for r in left} == {("selesai", None)}

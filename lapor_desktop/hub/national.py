"""The national side the hub plays: Tracking IDs, system closes (auto-close), the working-day calendar.

Hub-made events carry the hub's own id as ``device_id``, actor ``hub``/``system``, an HLC that has
observed what they react to (so they sort after it), and are written in the same transaction as
the events that caused them.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lapor_desktop.core.clock import HybridLogicalClock, iso_utc
from lapor_desktop.core.ids import uuid7
from lapor_desktop.domain.deadlines import AUTOCLOSE_STATUS, DeadlinePolicy, WorkingCalendar, autoclose_due
from lapor_desktop.domain.enums import EventType
from lapor_desktop.domain.lifecycle import fold
from lapor_desktop.domain.model import ComplaintState, Event
from lapor_desktop.protocol.wire import canonical_json

from .offices import Rules, office_rules
from .storage import Complaint, StoredEvent, TrackingId, next_counter

log = logging.getLogger(__name__)

TRACKING_START = 1_000_001  # the first 7-digit Tracking ID this hub hands out
TRACKING_MAX = 9_999_999


# ------------------------------------------------------------------------------ calendar
def make_calendar(closures: set[date]) -> WorkingCalendar:
    """Weekends, Indonesian holidays and cuti bersama, and the reference data's closure days."""
    return WorkingCalendar(closures=closures)


# ------------------------------------------------------------------------------- hub events
@dataclass
class HubEventMaker:
    hub_id: str
    hlc: HybridLogicalClock

    def make(self, session: Session, comp: Complaint, etype: str, data: dict, seq: int,
             now: datetime, after_hlc: str | None = None) -> StoredEvent:
        if after_hlc:
            self.hlc.observe(after_hlc)
        device_seq = next_counter(session, "hub_device_seq", 1)
        event = Event(id=uuid7(), complaint_id=comp.complaint_id, type=etype, device_id=self.hub_id,
                      device_seq=device_seq, hlc=self.hlc.tick(), occurred_at=iso_utc(now),
                      actor_user="hub", actor_role="system", data=data, base=None)
        body = event.to_wire()
        return StoredEvent(id=event.id, server_seq=seq, complaint_id=comp.complaint_id,
                           office_code=comp.office_code, device_id=self.hub_id, type=etype,
                           body=canonical_json(body).decode("utf-8"), received_at=iso_utc(now))


def load_events(session: Session, complaint_ids: list[str]) -> dict[str, list[Event]]:
    out: dict[str, list[Event]] = {cid: [] for cid in complaint_ids}
    for i in range(0, len(complaint_ids), 500):
        chunk = complaint_ids[i:i + 500]
        rows = session.execute(select(StoredEvent.complaint_id, StoredEvent.body, StoredEvent.server_seq)
                               .where(StoredEvent.complaint_id.in_(chunk)))
        for cid, body, seq in rows:
            d = json.loads(body)
            d["server_seq"] = seq
            out[cid].append(Event.from_wire(d))
    return out


def apply_state(comp: Complaint, state: ComplaintState | None) -> None:
    if state is None:
        return
    comp.status = str(state.status)
    if state.tracking_id:
        comp.tracking_id = state.tracking_id
    comp.followed_up_at = state.followed_up_at
    comp.forwarded_at = state.forwarded_at
    comp.received_at = state.received_at or ""
    comp.last_reply_at = state.last_reply_at
    comp.last_hlc = state.last_hlc
    comp.has_conflict = state.has_conflict
    comp.event_count = state.event_count
    comp.updated_at = state.updated_at


def next_tracking_ids(session: Session, complaint_ids: list[str], now: datetime) -> list[str]:
    """Fresh Tracking IDs for several complaints at once (one counter update, one lookup)."""
    out: list[str] = []
    while len(out) < len(complaint_ids):
        want = len(complaint_ids) - len(out)
        first = next_counter(session, "tracking_id", TRACKING_START)
        # reserve ``want`` values: the counter now points at the last one handed out
        last = first + want - 1
        if last > TRACKING_MAX:
            raise RuntimeError("Tracking ID space exhausted")
        if want > 1:
            next_counter(session, "tracking_id", TRACKING_START, step=want - 1)
        candidates = [f"{v:07d}" for v in range(first, last + 1)]
        taken = set(session.execute(select(Complaint.tracking_id)
                                    .where(Complaint.tracking_id.in_(candidates))).scalars())
        out.extend(t for t in candidates if t not in taken)
    for cid, tid in zip(complaint_ids, out):
        session.add(TrackingId(tracking_id=tid, complaint_id=cid, assigned_at=iso_utc(now)))
    return out


def autoclose(s: Session, maker: HubEventMaker, now: datetime, calendar: WorkingCalendar,
              default_tz: str) -> list[str]:
    """Close by system, in this write transaction, every followed-up complaint whose auto-close
    date has passed in its office's time zone (:func:`domain.deadlines.autoclose_due`, with the
    office's auto-close days: ``hub/offices.py``). Returns the closed complaints' ids."""
    rules = office_rules(s, default_tz)
    fallback = Rules(DeadlinePolicy(), default_tz)
    candidates = s.scalars(select(Complaint).where(Complaint.status == AUTOCLOSE_STATUS.value)).all()
    _backfill(s, [c for c in candidates if c.received_at is None])
    due: list[Complaint] = []
    for comp in candidates:
        r = rules.get(comp.office_code, fallback)
        today = now.astimezone(ZoneInfo(r.timezone)).date()
        if autoclose_due(comp, r.policy, calendar, today, r.timezone):
            due.append(comp)
    if not due:
        return []
    seq = s.execute(select(func.max(StoredEvent.server_seq))).scalar() or 0
    closed: list[str] = []
    for comp in due:
        seq += 1
        days = rules.get(comp.office_code, fallback).policy.autoclose_days
        s.add(maker.make(s, comp, CLOSED_TYPE, {"by": "system", "note": close_note(days)}, seq, now,
                         after_hlc=comp.last_hlc or None))
        closed.append(comp.complaint_id)
    s.flush()
    events = load_events(s, closed)
    for comp in due:
        apply_state(comp, fold(events[comp.complaint_id]))
    return closed


def _backfill(s: Session, comps: list[Complaint]) -> None:
    """Rows projected before revision h0003 lack the fall-back times: fold them once."""
    if not comps:
        return
    events = load_events(s, [c.complaint_id for c in comps])
    for comp in comps:
        apply_state(comp, fold(events[comp.complaint_id]))
        if comp.received_at is None:
            comp.received_at = ""  # no receipt time in the events: not looked at again


def close_note(days: int) -> str:
    return ("Ditutup oleh sistem: tidak ada tanggapan pelapor dalam "
            f"{days} hari kerja setelah tindak lanjut.")


CLOSED_TYPE = EventType.CLOSED.value
TRACKING_TYPE = EventType.TRACKING_ASSIGNED.value

"""The one writer of the ``complaints`` projection: folded events -> the complaint's row, its
deadline, its full-text entry, the per-event conflict flags and the attachment records its
events name. Every write path (a clerk's save, bulk intake, an import, a sync reply, a deadline
recompute) goes through ``write_projection``, for one complaint or many.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import bindparam, select, text, update
from sqlalchemy.orm import Session

from lapor_desktop.domain.deadlines import DeadlineInfo, DeadlinePolicy, WorkingCalendar, deadline_for
from lapor_desktop.domain.lifecycle import fold
from lapor_desktop.domain.model import ComplaintState, Event

from .models import AttachmentRow, ComplaintRow, EventRow


@dataclass
class Projector:
    """Turns folded state into the ``complaints`` row, its deadline and its search entry."""

    calendar: WorkingCalendar
    policy: DeadlinePolicy
    tz: str
    today: Callable[[], date]
    _cache: dict = field(default_factory=dict, repr=False)

    def deadline(self, st: ComplaintState) -> DeadlineInfo:
        today = self.today()
        if st.pauses or st.status != "belum_terverifikasi":
            return deadline_for(st, self.policy, self.calendar, today, self.tz)
        # fresh complaints received together share one answer (bulk intake)
        key = (st.received_at, today, id(self.calendar), id(self.policy))
        info = self._cache.get(key)
        if info is None:
            if len(self._cache) > 512:
                self._cache.clear()
            info = self._cache[key] = deadline_for(st, self.policy, self.calendar, today, self.tz)
        return info

    def values(self, st: ComplaintState) -> dict[str, Any]:
        rep = st.reporter if isinstance(st.reporter, dict) else {}
        loc = st.location if isinstance(st.location, dict) else {}
        info = self.deadline(st)
        return {
            "id": st.id,
            "receipt_number": st.receipt_number or None,
            "tracking_id": st.tracking_id,
            "national_tracking_id": st.national_tracking_id or None,
            "office_code": st.office_code,
            "status": str(st.status),
            "classification": st.classification,
            "channel": st.channel,
            "category_id": st.category_id,
            "title": st.title,
            "body_initial": st.body_initial,
            "body_final": st.body_final,
            "reporter_name": _s(rep.get("name")),
            "reporter_nik": _s(rep.get("nik")),
            "reporter_phone": _s(rep.get("phone")),
            "reporter_email": _s(rep.get("email")),
            "reporter_address": _s(rep.get("address")),
            "anonymous": bool(st.anonymous),
            "confidential": bool(st.confidential),
            "province": _s(loc.get("province")),
            "city": _s(loc.get("city")),
            "district": _s(loc.get("district")),
            "village": _s(loc.get("village")),
            "incident_date": st.incident_date,
            "agency_id": st.agency_id,
            "agency_name": st.agency_name,
            "received_at": st.received_at,
            "updated_at": st.updated_at,
            "closed_at": st.closed_at,
            "closed_by": st.closed_by or st.archived_by,
            "close_reason": st.close_note if st.closed_by else st.archive_reason,
            "due_kind": info.kind,
            "due_date": info.due.isoformat() if info.due else None,
            "paused": bool(info.paused),
            "has_conflict": st.has_conflict,
            "created_by": st.created_by,
            "event_count": st.event_count,
            "attachment_count": len(st.attachments),
            "last_hlc": st.last_hlc,
        }


def _s(v: object) -> str | None:
    if v is None:
        return None
    v = str(v).strip()
    return v or None


_FTS_COLS = ("title", "body_initial", "body_final", "reporter_name", "receipt_number", "tracking_id")


def fts_values(num: int, v: dict[str, Any]) -> dict[str, Any]:
    """The search entry of a projection row. An Anonim complaint's entry holds no reporter name,
    so a search by name never finds it (nobody may see who filed it: ``domain/permissions``)."""
    out = {"rowid": num}
    for c in _FTS_COLS:
        out[c] = v.get(c) or ""
    if v.get("anonymous"):
        out["reporter_name"] = ""
    return out


FTS_INSERT = text("INSERT INTO complaints_fts(rowid, title, body_initial, body_final, reporter_name, "
                  "receipt_number, tracking_id) VALUES (:rowid, :title, :body_initial, :body_final, "
                  ":reporter_name, :receipt_number, :tracking_id)")


def sync_state_of(statuses: set[str]) -> str:
    if "rejected" in statuses:
        return "rejected"
    if "pending" in statuses:
        return "pending"
    return "synced"


_EV_COLS = (EventRow.id, EventRow.complaint_id, EventRow.type, EventRow.device_id, EventRow.device_seq,
            EventRow.hlc, EventRow.occurred_at, EventRow.actor_user, EventRow.actor_role, EventRow.base,
            EventRow.data_json, EventRow.server_seq, EventRow.sync_status, EventRow.conflict)

_CHUNK = 400  # complaints per query (SQLite's bound-parameter limit)


def write_projection(s: Session, projector: Projector, complaint_ids: Iterable[str] = (), *,
                     created: Sequence[ComplaintState] = ()) -> dict[str, ComplaintState]:
    """Re-fold ``complaint_ids`` from their stored events and write their rows, search entries,
    conflict flags and attachment records, one complaint or thousands.

    ``created``: complaints this transaction has just made from local events only (bulk intake, an
    import's new rows), already folded by the caller: their events are not read back, their
    sync state is "pending" and they have no conflicts.

    Batched: one query for the events of 400 complaints, folds, then Core executemany for rows,
    search entries, flags and attachment records (one ORM round per complaint costs ~10 ms and
    would hold the write lock for seconds while a clerk saves). Returns the folded states.
    """
    s.flush()  # attachment rows the caller added through the ORM must be visible to Core reads
    conn = s.connection()
    out: dict[str, ComplaintState] = {}
    fresh = list(created)
    for i in range(0, len(fresh), _CHUNK):
        part = fresh[i:i + _CHUNK]
        _write(conn, projector, [(st, "pending", ()) for st in part], known=False)
        out.update((st.id, st) for st in part)
    ids = sorted(set(complaint_ids))
    for i in range(0, len(ids), _CHUNK):
        part = ids[i:i + _CHUNK]
        by: dict[str, list[Any]] = {cid: [] for cid in part}
        for r in conn.execute(select(*_EV_COLS).where(EventRow.complaint_id.in_(part))):
            by[r.complaint_id].append(r)
        folded = []
        for cid in part:
            rows = by[cid]
            state = fold([Event(id=r.id, complaint_id=r.complaint_id, type=r.type, device_id=r.device_id,
                                device_seq=r.device_seq, hlc=r.hlc, occurred_at=r.occurred_at,
                                actor_user=r.actor_user, actor_role=r.actor_role, base=r.base,
                                data=json.loads(r.data_json), server_seq=r.server_seq) for r in rows])
            if state is not None:
                folded.append((state, sync_state_of({r.sync_status for r in rows}), rows))
                out[cid] = state
        _write(conn, projector, folded, known=True)
    return out


def _write(conn: Any, projector: Projector, folded: Sequence[tuple[ComplaintState, str, Sequence[Any]]], *,
           known: bool) -> None:
    """Rows, search entries, conflict flags and attachment records of folded complaints.
    ``known=False``: none of them has a row yet."""
    if not folded:
        return
    table = ComplaintRow.__table__
    part = [st.id for st, _, _ in folded]
    nums: dict[str, int] = dict(conn.execute(select(ComplaintRow.id, ComplaintRow.num)
                                             .where(ComplaintRow.id.in_(part))).all()) if known else {}
    have_att = set(conn.execute(select(AttachmentRow.complaint_id, AttachmentRow.sha256)
                                .where(AttachmentRow.complaint_id.in_(part))).all())
    inserts, updates, flags, atts = [], [], [], []
    for state, sync_state, rows in folded:
        values = projector.values(state)
        values["sync_state"] = sync_state
        (updates if state.id in nums else inserts).append(values)
        for r in rows:
            want = state.conflicts.get(r.id)
            if r.conflict != want:
                flags.append({"eid": r.id, "c": want})
        for a in state.attachments:  # attachments known from events (bytes may still be elsewhere)
            sha = a.get("sha256")
            if sha and (state.id, sha) not in have_att:
                have_att.add((state.id, sha))
                atts.append({"complaint_id": state.id, "sha256": sha, "filename": a.get("filename") or "",
                             "mime": a.get("mime") or "application/octet-stream",
                             "size": int(a.get("size") or 0), "present": False, "uploaded": True,
                             "added_at": state.updated_at})
    if inserts:
        conn.execute(table.insert(), inserts)
        nums.update(conn.execute(select(ComplaintRow.id, ComplaintRow.num)
                                 .where(ComplaintRow.id.in_([v["id"] for v in inserts]))).all())
    if updates:
        cols = [c for c in updates[0] if c != "id"]
        stmt = table.update().where(table.c.id == bindparam("b_id")).values(
            {c: bindparam("b_" + c) for c in cols})
        conn.execute(stmt, [{"b_id": v["id"], **{"b_" + c: v[c] for c in cols}} for v in updates])
        conn.execute(text("DELETE FROM complaints_fts WHERE rowid = :n"), [{"n": nums[v["id"]]} for v in updates])
    conn.execute(FTS_INSERT, [fts_values(nums[v["id"]], v) for v in inserts + updates])
    if flags:
        conn.execute(update(EventRow.__table__).where(EventRow.__table__.c.id == bindparam("eid"))
                     .values(conflict=bindparam("c")), flags)
    if atts:
        conn.execute(AttachmentRow.__table__.insert(), atts)

"""Repositories: the only code that reads and writes the desk's tables.

They take a Session (one unit of work, opened by a service) and hand back domain objects or
plain dataclasses, never ORM rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import case, exists, func, insert, or_, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from lapor_desktop.domain.chain import chain_hash
from lapor_desktop.domain.enums import FINAL_STATUSES
from lapor_desktop.domain.model import Event

from .models import (
    AttachmentRow,
    ComplaintRow,
    EventRow,
    MetaRow,
    OutboxRow,
    ReceiptCounterRow,
)
from .projection import sync_state_of
from .queue_queries import WORD


# ------------------------------------------------------------------------------ meta
def meta_get(s: Session, key: str, default: str | None = None) -> str | None:
    row = s.get(MetaRow, key)
    return row.value if row else default


def meta_set(s: Session, key: str, value: str) -> None:
    # an upsert, so setting one key twice in a transaction is fine
    stmt = sqlite_insert(MetaRow).values(key=key, value=value)
    s.execute(stmt.on_conflict_do_update(index_elements=[MetaRow.key], set_={"value": value}))
    row = s.identity_map.get(s.identity_key(MetaRow, (key,)))  # keep a loaded copy in step
    if row is not None:
        row.value = value


def next_device_seq(s: Session, count: int = 1) -> int:
    """Reserve ``count`` device sequence numbers; returns the first."""
    current = int(meta_get(s, "device_seq", "0") or 0)
    meta_set(s, "device_seq", str(current + count))
    s.flush()
    return current + 1


def next_receipt_seq(s: Session, day: str, count: int = 1) -> int:
    row = s.get(ReceiptCounterRow, day)
    if row is None:
        row = ReceiptCounterRow(day=day, last_seq=0)
        s.add(row)
    first = row.last_seq + 1
    row.last_seq += count
    s.flush()
    return first


# --------------------------------------------------------------------------- events
def event_from_row(r: EventRow) -> Event:
    return Event(id=r.id, complaint_id=r.complaint_id, type=r.type, device_id=r.device_id,
                 device_seq=r.device_seq, hlc=r.hlc, occurred_at=r.occurred_at,
                 actor_user=r.actor_user, actor_role=r.actor_role, base=r.base,
                 data=json.loads(r.data_json), server_seq=r.server_seq, prev=r.prev)


def event_values(e: Event, *, origin: str, sync_status: str, recorded_at: str) -> dict[str, Any]:
    return {
        "id": e.id, "complaint_id": e.complaint_id, "type": e.type, "device_id": e.device_id,
        "device_seq": e.device_seq, "hlc": e.hlc, "occurred_at": e.occurred_at,
        "actor_user": e.actor_user, "actor_role": e.actor_role, "base": e.base,
        "data_json": json.dumps(e.data, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
        "server_seq": e.server_seq, "origin": origin, "sync_status": sync_status,
        "reject_code": None, "reject_detail": None, "conflict": None, "recorded_at": recorded_at,
        "prev": e.prev,
    }


def chain_local(s: Session, events: Sequence[Event]) -> list[Event]:
    """``events`` (this device's, new) with ``prev`` set: each names the chain hash of the device's
    event before it in ``device_seq`` order, the first the newest one already stored."""
    ordered = sorted(events, key=lambda e: e.device_seq)
    before = s.scalars(select(EventRow).where(EventRow.device_id == ordered[0].device_id,
                                               EventRow.device_seq < ordered[0].device_seq)
                       .order_by(EventRow.device_seq.desc()).limit(1)).first()
    prev = chain_hash(event_from_row(before)) if before is not None else None
    out = []
    for e in ordered:
        e = replace(e, prev=prev)
        prev = chain_hash(e)
        out.append(e)
    return out


def insert_local_events(s: Session, events: Sequence[Event], recorded_at: str) -> None:
    """Local events and their outbox entries, in the caller's transaction."""
    if not events:
        return
    events = chain_local(s, events)
    rows = [event_values(e, origin="local", sync_status="pending", recorded_at=recorded_at) for e in events]
    conn = s.connection()  # Core executemany: no ORM bookkeeping for append-only rows
    conn.execute(EventRow.__table__.insert(), rows)
    conn.execute(OutboxRow.__table__.insert(), [
        {"event_id": e.id, "state": "pending", "attempts": 0, "size": len(r["data_json"]) + 300,
         "enqueued_at": recorded_at} for e, r in zip(events, rows)
    ])


def insert_remote_events(s: Session, events: Sequence[Event], recorded_at: str) -> list[Event]:
    """Events pulled from a hub; ones already known are skipped. Returns the new ones."""
    if not events:
        return []
    ids = [e.id for e in events]
    known = set(s.scalars(select(EventRow.id).where(EventRow.id.in_(ids))))
    fresh = [e for e in events if e.id not in known]
    if fresh:
        s.execute(insert(EventRow), [event_values(e, origin="remote", sync_status="remote",
                                                  recorded_at=recorded_at) for e in fresh])
    return fresh


def load_events(s: Session, complaint_id: str) -> list[Event]:
    rows = s.scalars(select(EventRow).where(EventRow.complaint_id == complaint_id)
                     .order_by(EventRow.hlc, EventRow.device_id, EventRow.id))
    return [event_from_row(r) for r in rows]


@dataclass(frozen=True)
class TimelineEntry:
    event: Event
    origin: str
    sync_status: str  # pending | accepted | duplicate | rejected | remote
    reject_code: str | None
    reject_detail: str | None
    conflict: str | None


def load_timeline(s: Session, complaint_id: str) -> list[TimelineEntry]:
    rows = s.scalars(select(EventRow).where(EventRow.complaint_id == complaint_id)
                     .order_by(EventRow.hlc, EventRow.device_id, EventRow.id))
    return [TimelineEntry(event_from_row(r), r.origin, r.sync_status, r.reject_code,
                          r.reject_detail, r.conflict) for r in rows]


def complaint_sync_state(s: Session, complaint_id: str) -> str:
    return sync_state_of(set(s.scalars(select(EventRow.sync_status)
                                         .where(EventRow.complaint_id == complaint_id).distinct())))


def _has_event(status: str):  # type: ignore[no-untyped-def]
    return exists().where(EventRow.complaint_id == ComplaintRow.id, EventRow.sync_status == status)


# sync_state_of in SQL: one UPDATE for many complaints (a sync reply touches hundreds at a time)
_SYNC_STATE_SQL = case((_has_event("rejected"), "rejected"), (_has_event("pending"), "pending"), else_="synced")


def refresh_sync_state(s: Session, complaint_ids: Iterable[str]) -> None:
    ids = sorted(set(complaint_ids))
    for i in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        s.execute(update(ComplaintRow).where(ComplaintRow.id.in_(ids[i:i + 500]))
                  .values(sync_state=_SYNC_STATE_SQL).execution_options(synchronize_session=False))


def complaint_ids_with_due(s: Session, since: str | None = None) -> list[str]:
    """Open complaints whose deadline may need computing again; with ``since`` (a local date)
    only those due on or after it, paused, or without a due date yet."""
    stmt = select(ComplaintRow.id).where(ComplaintRow.status.not_in([str(x) for x in FINAL_STATUSES]))
    if since is not None:
        stmt = stmt.where(or_(ComplaintRow.due_date >= since, ComplaintRow.due_date.is_(None),
                              ComplaintRow.paused.is_(True)))
    return list(s.scalars(stmt))


def complaint_by_receipt(s: Session, receipt_number: str) -> tuple[str, int | None] | None:
    """(id, agency id) of the complaint with this receipt number, as issued (upper case: the
    office and desk codes are upper-cased at set-up). One equality lookup on the unique index."""
    c = ComplaintRow
    row = s.execute(select(c.id, c.agency_id).where(c.receipt_number == receipt_number)).first()
    return (row[0], row[1]) if row is not None else None


@dataclass(frozen=True)
class SimilarItem:
    id: str
    receipt_number: str | None
    title: str
    received_at: str
    status: str
    reason: str  # text | nik | phone


def similar_complaints(s: Session, *, words: str | None, nik: str | None, phone: str | None,
                       since: str, limit: int = 8, agency_id: int | None = None,
                       identity_of_anonymous: bool = False) -> list[SimilarItem]:
    """Possible duplicates at intake: same NIK or phone, or text that matches well (last N days).

    ``agency_id``: only complaints forwarded to that agency (a liaison's scope).
    ``identity_of_anonymous``: whether the NIK or phone may find an Anonim complaint (only for
    a role that may see who filed it); the text search never matches an Anonim reporter's name.
    """
    out: dict[str, SimilarItem] = {}
    c = ComplaintRow
    scope = [c.agency_id == agency_id] if agency_id is not None else []
    by_identity = scope if identity_of_anonymous else [*scope, c.anonymous.is_(False)]
    for value, col, reason in ((nik, c.reporter_nik, "nik"), (phone, c.reporter_phone, "phone")):
        if value:
            for r in s.execute(select(c.id, c.receipt_number, c.title, c.received_at, c.status)
                               .where(col == value, c.received_at >= since, *by_identity)
                               .order_by(c.received_at.desc()).limit(limit)):
                out.setdefault(r.id, SimilarItem(*r, reason=reason))
    toks = [w for w in WORD.findall(words or "") if len(w) >= 3][:10]
    if toks:
        # any of the words; bm25 (title weighs most) among the newest 2,000 matches only, so a
        # common word on a large store stays quick
        q = " OR ".join(f'"{w}"*' for w in toks)
        rows = s.execute(text(
            "SELECT c.id, c.receipt_number, c.title, c.received_at, c.status FROM "
            "(SELECT rowid AS n, bm25(complaints_fts, 4.0, 1.0, 1.0, 0.5, 0.0, 0.0) AS score FROM complaints_fts "
            " WHERE complaints_fts MATCH :q ORDER BY rowid DESC LIMIT 2000) m "
            "JOIN complaints c ON c.num = m.n WHERE c.received_at >= :since"
            + (" AND c.agency_id = :agency" if agency_id is not None else "")
            + " ORDER BY m.score LIMIT :lim"),
            {"q": q, "since": since, "lim": limit, "agency": agency_id})
        for r in rows:
            out.setdefault(r.id, SimilarItem(*r, reason="text"))
    return list(out.values())[:limit]


@dataclass
class Counts:
    complaints: int = 0
    events: int = 0
    outbox: int = 0
    rejected: int = 0
    conflicts: int = 0
    users: int = 0
    attachments: int = 0
    by_status: dict[str, int] = field(default_factory=dict)


def counts(s: Session) -> Counts:
    from .models import UserRow

    out = Counts()
    out.complaints = s.scalar(select(func.count()).select_from(ComplaintRow)) or 0
    out.events = s.scalar(select(func.count()).select_from(EventRow)) or 0
    out.outbox = s.scalar(select(func.count()).select_from(OutboxRow)) or 0
    out.rejected = s.scalar(select(func.count()).select_from(EventRow).where(EventRow.sync_status == "rejected")) or 0
    out.conflicts = s.scalar(select(func.count()).select_from(ComplaintRow).where(ComplaintRow.has_conflict.is_(True))) or 0
    out.users = s.scalar(select(func.count()).select_from(UserRow)) or 0
    out.attachments = s.scalar(select(func.count()).select_from(AttachmentRow)) or 0
    out.by_status = dict(s.execute(select(ComplaintRow.status, func.count()).group_by(ComplaintRow.status)).all())
    return out

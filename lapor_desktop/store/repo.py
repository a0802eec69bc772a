"""Repositories: the only code that reads and writes the desk's tables.

They take a Session (one unit of work, opened by a service) and hand back domain objects or
plain dataclasses, never ORM rows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import and_, case, column, delete, exists, func, insert, literal_column, or_, select, table, text, tuple_, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from lapor_desktop.domain.chain import chain_hash
from lapor_desktop.domain.deadlines import DeadlineInfo, DeadlinePolicy, WorkingCalendar, deadline_for
from lapor_desktop.domain.enums import FINAL_STATUSES
from lapor_desktop.domain.lifecycle import fold
from lapor_desktop.domain.model import ComplaintState, Event

from .models import (
    AttachmentRow,
    ComplaintRow,
    EventRow,
    MetaRow,
    OutboxRow,
    ReceiptCounterRow,
)


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


# ----------------------------------------------------------------------- projection
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


def refresh_complaint(s: Session, complaint_id: str, projector: Projector) -> ComplaintState | None:
    """Re-fold one complaint from its events and rewrite its row, search entry and flags."""
    rows = list(s.scalars(select(EventRow).where(EventRow.complaint_id == complaint_id)))
    events = [event_from_row(r) for r in rows]
    state = fold(events)
    if state is None:
        return None
    values = projector.values(state)
    values["sync_state"] = sync_state_of({r.sync_status for r in rows})
    num = s.scalar(select(ComplaintRow.num).where(ComplaintRow.id == complaint_id))
    if num is None:
        num = s.execute(insert(ComplaintRow).values(**values)).inserted_primary_key[0]
    else:
        s.execute(update(ComplaintRow).where(ComplaintRow.num == num).values(**values))
        s.execute(text("DELETE FROM complaints_fts WHERE rowid = :n"), {"n": num})
    s.execute(FTS_INSERT, fts_values(num, values))
    # conflict flags on the events themselves, for the timeline
    for r in rows:
        want = state.conflicts.get(r.id)
        if r.conflict != want:
            s.execute(update(EventRow).where(EventRow.id == r.id).values(conflict=want))
    # attachments known from events (bytes may still be elsewhere)
    for a in state.attachments:
        if a.get("sha256") and s.get(AttachmentRow, (complaint_id, a["sha256"])) is None:
            s.add(AttachmentRow(complaint_id=complaint_id, sha256=a["sha256"], filename=a.get("filename") or "",
                                mime=a.get("mime") or "application/octet-stream", size=int(a.get("size") or 0),
                                present=False, uploaded=True, added_at=state.updated_at))
    return state


def insert_new_complaints(s: Session, states: Sequence[ComplaintState], projector: Projector) -> None:
    """Fast path for freshly created complaints (bulk intake): rows and search entries at once."""
    if not states:
        return
    rows = []
    for st in states:
        v = projector.values(st)
        v["sync_state"] = "pending"
        rows.append(v)
    conn = s.connection()
    conn.execute(ComplaintRow.__table__.insert(), rows)
    nums = dict(conn.execute(select(ComplaintRow.id, ComplaintRow.num)
                             .where(ComplaintRow.id.in_([st.id for st in states]))).all())
    conn.execute(FTS_INSERT, [fts_values(nums[v["id"]], v) for v in rows])


def sync_state_of(statuses: set[str]) -> str:
    if "rejected" in statuses:
        return "rejected"
    if "pending" in statuses:
        return "pending"
    return "synced"


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


# ---------------------------------------------------------------------------- queue
@dataclass(frozen=True)
class QueueItem:
    id: str
    num: int
    receipt_number: str | None
    tracking_id: str | None
    received_at: str
    title: str
    classification: str | None
    category_id: int | None
    status: str
    agency_id: int | None
    agency_name: str | None
    channel: str
    due_kind: str | None
    due_date: str | None
    paused: bool
    sync_state: str
    has_conflict: bool
    anonymous: bool
    confidential: bool
    reporter_name: str | None
    created_by: str


@dataclass(frozen=True)
class QueueFilter:
    statuses: tuple[str, ...] = ()
    classification: str | None = None
    category_id: int | None = None
    agency_id: int | None = None
    channel: str | None = None
    received_from: str | None = None  # ISO UTC, inclusive
    received_to: str | None = None  # ISO UTC, exclusive
    overdue_on: str | None = None  # local date: only complaints overdue on that day
    conflict_only: bool = False
    created_by: str | None = None
    sync_state: str | None = None
    text: str | None = None
    not_in_lapor: bool = False  # no national LAPOR! Tracking ID yet


# no deadline sorts last; a literal (not a bound parameter) so the expression indexes apply
DUE_SORT_KEY = func.coalesce(ComplaintRow.due_date, literal_column("'9999-12-31'"))

SORTS = {
    "received_desc": (ComplaintRow.received_at, True),
    "received_asc": (ComplaintRow.received_at, False),
    "due_asc": (DUE_SORT_KEY, False),
    "updated_desc": (ComplaintRow.updated_at, True),
}

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text_: str) -> str | None:
    """User text -> an FTS5 query: every word must match, each as a prefix."""
    words = _WORD.findall(text_ or "")
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words[:12])


_FTS = table("complaints_fts", column("rowid"))
_FTS_MATCH = literal_column("complaints_fts")


def _text_first(f: QueueFilter, sort: str) -> str | None:
    """The FTS query when a search can stream matches newest-first straight from the index."""
    if not f.text or sort not in ("received_desc", "entered_desc"):
        return None
    return fts_query(f.text)


def where_clauses(f: QueueFilter, *, skip_text: bool = False) -> list[Any]:
    c = ComplaintRow
    conds: list[Any] = []
    if f.statuses:
        conds.append(c.status.in_(f.statuses))
    if f.classification:
        conds.append(c.classification == f.classification)
    if f.category_id is not None:
        conds.append(c.category_id == f.category_id)
    if f.agency_id is not None:
        conds.append(c.agency_id == f.agency_id)
    if f.channel:
        conds.append(c.channel == f.channel)
    if f.received_from:
        conds.append(c.received_at >= f.received_from)
    if f.received_to:
        conds.append(c.received_at < f.received_to)
    if f.overdue_on:
        conds.append(and_(c.due_date < f.overdue_on, c.paused.is_(False),
                          c.status.not_in([str(x) for x in FINAL_STATUSES])))
    if f.conflict_only:
        conds.append(c.has_conflict.is_(True))
    if f.created_by:
        conds.append(c.created_by == f.created_by)
    if f.sync_state:
        conds.append(c.sync_state == f.sync_state)
    if f.not_in_lapor:
        conds.append(c.national_tracking_id.is_(None))
    if f.text and not skip_text:
        q = fts_query(f.text)
        if q:
            conds.append(c.num.in_(text("SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH :fts")
                                   .bindparams(fts=q)))
    return conds


QUEUE_COLUMNS = (ComplaintRow.id, ComplaintRow.num, ComplaintRow.receipt_number, ComplaintRow.tracking_id,
               ComplaintRow.received_at, ComplaintRow.title, ComplaintRow.classification,
               ComplaintRow.category_id, ComplaintRow.status, ComplaintRow.agency_id,
               ComplaintRow.agency_name, ComplaintRow.channel, ComplaintRow.due_kind,
               ComplaintRow.due_date, ComplaintRow.paused, ComplaintRow.sync_state,
               ComplaintRow.has_conflict, ComplaintRow.anonymous, ComplaintRow.confidential,
               ComplaintRow.reporter_name, ComplaintRow.created_by)


@dataclass(frozen=True)
class Page:
    items: list[QueueItem]
    next_after: tuple[Any, int] | None  # keyset cursor for the following page


def _search_stmt(cols: Sequence[Any], f: QueueFilter, q: str, after_num: int | None) -> Any:
    """Matches streamed from the full-text index in entry order (newest first): no matter how
    many rows match, the first page costs only what it reads."""
    stmt = (select(*cols).select_from(_FTS.join(ComplaintRow, ComplaintRow.num == _FTS.c.rowid))
            .where(_FTS_MATCH.op("MATCH")(q), *where_clauses(f, skip_text=True)))
    if after_num is not None:
        stmt = stmt.where(_FTS.c.rowid < after_num)
    return stmt.order_by(_FTS.c.rowid.desc())


def queue_page(s: Session, f: QueueFilter, sort: str = "received_desc",
               after: tuple[Any, int] | None = None, limit: int = 100) -> Page:
    """One keyset page. A text search sorted newest-first pages on the entry order (``num``)."""
    q = _text_first(f, sort)
    if q is not None:
        stmt = _search_stmt((*QUEUE_COLUMNS, ComplaintRow.num.label("sort_key")), f, q,
                            after[1] if after is not None else None)
    else:
        key, desc = SORTS.get(sort, SORTS["received_desc"])
        stmt = select(*QUEUE_COLUMNS, key.label("sort_key")).where(*where_clauses(f))
        if after is not None:
            cmp = tuple_(key, ComplaintRow.num)
            stmt = stmt.where(cmp < tuple_(*after) if desc else cmp > tuple_(*after))
        if desc:
            stmt = stmt.order_by(key.desc(), ComplaintRow.num.desc())
        else:
            stmt = stmt.order_by(key.asc(), ComplaintRow.num.asc())
    rows = s.execute(stmt.limit(limit)).all()
    items = [QueueItem(*r[:-1]) for r in rows]
    nxt = (rows[-1].sort_key, rows[-1].num) if len(rows) == limit else None
    return Page(items, nxt)


def queue_ids(s: Session, f: QueueFilter, sort: str = "received_desc", limit: int | None = None) -> list[str]:
    q = _text_first(f, sort)
    if q is not None:
        stmt = _search_stmt((ComplaintRow.id,), f, q, None)
    else:
        key, desc = SORTS.get(sort, SORTS["received_desc"])
        stmt = select(ComplaintRow.id).where(*where_clauses(f))
        stmt = stmt.order_by(key.desc(), ComplaintRow.num.desc()) if desc else stmt.order_by(key.asc(), ComplaintRow.num.asc())
    if limit:
        stmt = stmt.limit(limit)
    return list(s.scalars(stmt))


def queue_items_by_id(s: Session, ids: Sequence[str]) -> dict[str, QueueItem]:
    rows = s.execute(select(*QUEUE_COLUMNS, ComplaintRow.received_at).where(ComplaintRow.id.in_(list(ids)))).all()
    return {r.id: QueueItem(*r[:-1]) for r in rows}


def complaint_by_receipt(s: Session, receipt_number: str) -> tuple[str, int | None] | None:
    """(id, agency id) of the complaint with this receipt number (upper case as issued; the
    unique index answers it), or of one whose number differs only in case."""
    c = ComplaintRow
    row = s.execute(select(c.id, c.agency_id).where(c.receipt_number == receipt_number)).first()
    if row is None:
        row = s.execute(select(c.id, c.agency_id).where(func.upper(c.receipt_number) == receipt_number)
                        .limit(1)).first()
    return (row[0], row[1]) if row is not None else None


def queue_count(s: Session, f: QueueFilter) -> int:
    return int(s.scalar(select(func.count()).select_from(ComplaintRow).where(*where_clauses(f))) or 0)


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
    toks = [w for w in _WORD.findall(words or "") if len(w) >= 3][:10]
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


def delete_outbox(s: Session, event_ids: Iterable[str]) -> None:
    s.execute(delete(OutboxRow).where(OutboxRow.event_id.in_(list(event_ids))))

"""Store queries of the sync engine's local port (services/sync.py): outbox batches, marking
pushed events, run history, attachment bookkeeping. They take the caller's Session; the caller
owns the transaction (one ``Database.session()`` per exchange).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from . import sync_read
from .models import AttachmentRow, ComplaintRow, EventRow, OutboxRow, PulledRejectRow, SyncRunRow
from .sync_read import PulledReject, RejectedEvent, SyncRun


def driver(s: Session) -> sync_read.Connection:
    """The session's own sqlite3 connection (in its transaction), for the queries of sync_read."""
    return s.connection().connection.driver_connection  # type: ignore[return-value]


# ---------------------------------------------------------------------------- outbox


def reset_inflight(s: Session) -> int:
    """Outbox entries a crashed run left "in flight" are simply pending again."""
    return s.execute(update(OutboxRow).where(OutboxRow.state != "pending").values(state="pending")).rowcount or 0


def pending_count(s: Session) -> int:
    return sync_read.pending_count(driver(s))


@dataclass(frozen=True)
class PushResult:
    id: str
    outcome: str  # accepted | duplicate | rejected
    code: str | None = None
    detail: str | None = None
    server_seq: int | None = None


def apply_push_results(s: Session, results: Sequence[PushResult]) -> set[str]:
    """Mark pushed local events and drop their outbox entries. Returns the touched complaint ids.

    Accepted and duplicate events get the hub's ``server_seq``; rejected ones are kept with the
    reason (``sync_status='rejected'``) and leave the outbox, so they are never resent blindly.
    """
    if not results:
        return set()
    ids = [r.id for r in results]
    conn = s.connection()
    conn.execute(update(EventRow.__table__).where(EventRow.__table__.c.id == bindparam("eid"))
                 .values(sync_status=bindparam("st"), reject_code=bindparam("rc"),
                         reject_detail=bindparam("rd"), server_seq=bindparam("ss")),
                 [{"eid": r.id, "st": r.outcome, "rc": r.code if r.outcome == "rejected" else None,
                   "rd": (r.detail or "")[:2000] if r.outcome == "rejected" else None,
                   "ss": r.server_seq} for r in results])
    touched: set[str] = set()
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        touched.update(s.scalars(select(EventRow.complaint_id).where(EventRow.id.in_(part)).distinct()))
        s.execute(delete(OutboxRow).where(OutboxRow.event_id.in_(part)))
    return touched


def restamp_events(s: Session, ids: Sequence[str], ceiling: str,
                   make_clock: Callable[[str | None], Callable[[], str]]) -> set[str]:
    """Give local, never-accepted events new HLCs (the hub refused theirs as too far ahead), in
    their old order and after every local event at or below ``ceiling``. Their outbox entries
    stay, so they are sent again. ``make_clock(top)`` gives a tick function that has observed
    ``top``. Returns the touched complaint ids (their fold order changed)."""
    if not ids:
        return set()
    rows = s.execute(select(EventRow.id, EventRow.complaint_id)
                     .where(EventRow.id.in_(list(ids)), EventRow.sync_status != "accepted")
                     .order_by(EventRow.hlc, EventRow.device_id, EventRow.id)).all()
    top = s.scalar(select(func.max(EventRow.hlc)).where(EventRow.hlc <= ceiling))
    tick = make_clock(top)
    for eid, _cid in rows:
        s.execute(update(EventRow).where(EventRow.id == eid).values(hlc=tick()))
    return {cid for _eid, cid in rows}


def open_conflicts(s: Session, complaint_ids: Iterable[str]) -> int:
    ids = list(set(complaint_ids))
    n = 0
    for i in range(0, len(ids), 500):
        n += int(s.scalar(select(func.count()).select_from(ComplaintRow)
                          .where(ComplaintRow.id.in_(ids[i:i + 500]), ComplaintRow.has_conflict.is_(True))) or 0)
    return n


def rejected_events(s: Session, limit: int = 200) -> list[RejectedEvent]:
    return sync_read.rejected_events(driver(s), limit)


def rejected_count(s: Session) -> int:
    return sync_read.rejected_count(driver(s))


def keep_pulled_rejects(s: Session, rows: Sequence[dict[str, Any]]) -> int:
    """Store set-aside pulled events; one already kept (same event id) is left as it was."""
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    if not rows:
        return 0
    stmt = sqlite_insert(PulledRejectRow.__table__).on_conflict_do_nothing(index_elements=["event_id"])
    return sum(int(s.connection().execute(stmt, dict(r)).rowcount or 0) for r in rows)


def pulled_rejects(s: Session, limit: int = 200) -> list[PulledReject]:
    return sync_read.pulled_rejects(driver(s), limit)


def pulled_reject_count(s: Session) -> int:
    return sync_read.pulled_reject_count(driver(s))


def event_log(s: Session) -> list[tuple[str, str, str, str]]:
    """(hlc, device_id, id, complaint_id) of every event of the office's history (those the hub
    refused are left out: they are no part of it), in replica order (for checks and tests)."""
    return [tuple(r) for r in s.execute(select(EventRow.hlc, EventRow.device_id, EventRow.id, EventRow.complaint_id)
                                        .where(EventRow.sync_status != "rejected")
                                        .order_by(EventRow.hlc, EventRow.device_id, EventRow.id))]


# ---------------------------------------------------------------------------- runs
def insert_run(s: Session, values: dict[str, Any], keep: int = 500) -> None:
    s.add(SyncRunRow(**values))
    s.flush()
    top = s.scalar(select(func.max(SyncRunRow.id))) or 0
    if top > keep:
        s.execute(delete(SyncRunRow).where(SyncRunRow.id <= top - keep))


def last_runs(s: Session, limit: int = 20) -> list[SyncRun]:
    return sync_read.last_runs(driver(s), limit)


# ---------------------------------------------------------------------------- attachments
@dataclass(frozen=True)
class AttachmentInfo:
    complaint_id: str
    sha256: str
    size: int
    present: bool
    uploaded: bool
    filename: str
    mime: str


def attachments_by_sha(s: Session, shas: Sequence[str]) -> list[AttachmentInfo]:
    out: list[AttachmentInfo] = []
    shas = list(shas)
    for i in range(0, len(shas), 500):
        for r in s.scalars(select(AttachmentRow).where(AttachmentRow.sha256.in_(shas[i:i + 500]))):
            out.append(AttachmentInfo(r.complaint_id, r.sha256, r.size, r.present, r.uploaded, r.filename, r.mime))
    return out


def attachments_missing_locally(s: Session, complaint_id: str | None = None, limit: int = 1000,
                                exclude: Collection[str] = ()) -> list[AttachmentInfo]:
    """Attachments recorded here whose files are not: one per file (hash), oldest first, at most
    ``limit``, leaving out the hashes in ``exclude`` (at most the 1,000 given first are used)."""
    stmt = select(AttachmentRow).where(AttachmentRow.present.is_(False))
    if complaint_id:
        stmt = stmt.where(AttachmentRow.complaint_id == complaint_id)
    if exclude:
        stmt = stmt.where(AttachmentRow.sha256.not_in(list(exclude)[:1000]))
    out: dict[str, AttachmentInfo] = {}
    for r in s.scalars(stmt.order_by(AttachmentRow.added_at).limit(max(50, limit * 5))):  # a file on few complaints
        if r.sha256 not in out:
            out[r.sha256] = AttachmentInfo(r.complaint_id, r.sha256, r.size, r.present, r.uploaded, r.filename,
                                           r.mime)
            if len(out) >= limit:
                break
    return list(out.values())


def attachments_not_uploaded(s: Session) -> int:
    return sync_read.attachments_not_uploaded(driver(s))


def mark_uploaded(s: Session, sha256: str) -> None:
    s.execute(update(AttachmentRow).where(AttachmentRow.sha256 == sha256).values(uploaded=True))


def mark_present(s: Session, sha256: str) -> None:
    s.execute(update(AttachmentRow).where(AttachmentRow.sha256 == sha256).values(present=True))

"""Read queries for the officers' queue screen: the ordered key list of a filter, rows by key,
and a cheap change marker. The filter itself is ``repo.QueueFilter`` (one home for its rules).

The key list holds the integer ``num`` of each complaint (the projection's primary key, also the
full-text rowid): 200,000 of them fit in 1.6 MB as an ``array('q')``.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import repo
from .models import ComplaintRow, OutboxRow

c = ComplaintRow

# column key -> sort expression (ties broken by num in the same direction)
SORT_KEYS: dict[str, Any] = {
    "receipt": c.receipt_number,
    "tracking": c.tracking_id,
    "received": c.received_at,
    "title": c.title,
    "classification": c.classification,
    "category": c.category_id,
    "status": c.status,
    "agency": c.agency_name,
    "deadline": repo.DUE_SORT_KEY,
    "sync": c.sync_state,
}


def _order(stmt: Any, sort: str, descending: bool) -> Any:
    key = SORT_KEYS.get(sort, c.received_at)
    if descending:
        return stmt.order_by(key.desc(), c.num.desc())
    return stmt.order_by(key.asc(), c.num.asc())


def ordered_nums(s: Session, f: repo.QueueFilter, sort: str = "received", descending: bool = True) -> array:
    """Every complaint key matching ``f``, in display order.

    Runs on the driver's cursor: building 200,000 SQLAlchemy rows costs ~6x more than the query.
    """
    stmt = _order(select(c.num).where(*repo.where_clauses(f)), sort, descending)
    conn = s.connection()
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    args = tuple(params[k] for k in (compiled.positiontup or ()))
    cur = conn.connection.driver_connection.execute(str(compiled), args)
    out = array("q")
    try:
        while True:
            chunk = cur.fetchmany(50000)
            if not chunk:
                break
            out.extend([r[0] for r in chunk])
    finally:
        cur.close()
    return out


def first_items(s: Session, f: repo.QueueFilter, sort: str = "received", descending: bool = True,
                limit: int = 100) -> list[repo.QueueItem]:
    """The first rows in display order (what the screen shows before the full key list is in)."""
    stmt = _order(select(*repo.QUEUE_COLUMNS).where(*repo.where_clauses(f)), sort, descending)
    return [repo.QueueItem(*r) for r in s.connection().execute(stmt.limit(limit)).all()]


def items_by_num(s: Session, nums: Sequence[int]) -> dict[int, repo.QueueItem]:
    """Queue rows for these keys (any order; missing keys are simply absent)."""
    out: dict[int, repo.QueueItem] = {}
    nums = list(nums)
    for k in range(0, len(nums), 500):
        rows = s.connection().execute(select(*repo.QUEUE_COLUMNS)
                                      .where(c.num.in_(nums[k:k + 500]))).all()
        for r in rows:
            item = repo.QueueItem(*r)
            out[item.num] = item
    return out


def num_of(s: Session, complaint_id: str) -> int | None:
    return s.scalar(select(c.num).where(c.id == complaint_id))


def change_marker(s: Session) -> tuple[int, int, int]:
    """Changes when an event is added (local or pulled) or the outbox moves (a sync). O(1)."""
    conn = s.connection()
    last_event = conn.exec_driver_sql("SELECT max(rowid) FROM events").scalar() or 0
    hi = conn.execute(select(func.max(OutboxRow.seq))).scalar() or 0
    lo = conn.execute(select(func.min(OutboxRow.seq))).scalar() or 0
    return int(last_event), int(hi), int(lo)

"""Read queries of the complaint queue, the one read path of the officers' queue screen and of
every other filtered read (counts, the dashboard, exports, the reprint search): the filter and
its rules (``QueueFilter``, ``where_clauses``), the ordered key list of a filter, rows by key,
and a cheap change marker.

The key list holds the integer ``num`` of each complaint (the projection's primary key, also the
full-text rowid): 200,000 of them fit in 1.6 MB as an ``array('q')``.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, literal_column, select, text
from sqlalchemy.orm import Session

from lapor_desktop.domain.enums import FINAL_STATUSES

from .models import ComplaintRow, OutboxRow


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

WORD = re.compile(r"\w+", re.UNICODE)  # a word of a search (also the duplicate hints')


# a receipt number (services/complaints._receipt_number: OFFICE-DESK-YYMMDD-NNNN, issued in upper
# case) or its start from the desk code on: TIDORE-B1, TIDORE-B1-2612, TIDORE-B1-261201-0007
RECEIPT_PREFIX = re.compile(r"[A-Z0-9]{2,12}-[A-Z0-9]{1,6}(?:-[0-9]{0,6}(?:-[0-9]*)?)?")
RECEIPT_FEW = 2000  # fewer receipts than this: the receipt index drives the query


def receipt_prefix(text_: str | None) -> str | None:
    """The search text as a receipt prefix (upper case) when it has that shape, else ``None``."""
    t = (text_ or "").strip().upper()
    return t if RECEIPT_PREFIX.fullmatch(t) else None


def receipt_range(prefix: str) -> tuple[str, str]:
    """``[lo, hi)``: the receipt numbers that start with ``prefix`` (a range on the unique index)."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


@dataclass(frozen=True)
class ReceiptSearch:
    """A search answered from the receipt index: the complaints whose receipt number starts with
    ``prefix``. ``how`` a read sorted on an indexed key (``INDEXED_SORTS``) runs: ``few`` (under
    ``RECEIPT_FEW`` matches): the receipt index drives it; ``dense`` (at least half of all
    complaints match, e.g. ``TIDORE-B1`` in a one-desk office): it walks the sort index and checks
    each row's receipt, so the first rows come at once; ``set``: the matches are read once from
    the receipt index (cost grows with the matches, never with the queue) and the sort index is
    walked against them. Receipts carry their date, so a dated prefix's matches lie together in
    time: walking row by row to reach them would read every newer complaint first."""

    prefix: str
    how: str


def receipt_search(s: Session, f: QueueFilter) -> ReceiptSearch | None:
    """How the filter's search text is answered: by the receipt index when it has the shape of a
    receipt number or its start AND some receipt starts with it; ``None``: by the full-text
    index, as any other text (a hyphenated word such as ``anak-anak`` or ``KTP-EL`` has that
    shape, but no receipt starts with it). Costs at most half the queue's entries of the receipt
    index (a few ms for 200,000 complaints), usually far less."""
    prefix = receipt_prefix(f.text)
    if prefix is None:
        return None
    total = int(s.scalar(select(func.max(ComplaintRow.num))) or 0)  # the rowid's top: O(1)
    half = max(RECEIPT_FEW, total // 2)
    lo, hi = receipt_range(prefix)
    inner = (select(literal_column("1")).select_from(ComplaintRow)
             .where(ComplaintRow.receipt_number >= lo, ComplaintRow.receipt_number < hi).limit(half))
    n = int(s.scalar(select(func.count()).select_from(inner.subquery())) or 0)
    if not n:
        return None
    return ReceiptSearch(prefix, "few" if n < RECEIPT_FEW else "dense" if n >= half else "set")


def fts_query(text_: str) -> str | None:
    """User text -> an FTS5 query: every word must match, each as a prefix."""
    words = WORD.findall(text_ or "")
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words[:12])


def where_clauses(f: QueueFilter, *, walk_sort_index: bool = False,
                  receipts: ReceiptSearch | None = None) -> list[Any]:
    """The filter's conditions on ``complaints`` (the dashboard and exports use them too).

    ``receipts`` (``receipt_search``: the reads below, which have a session, ask it): the search
    text is a receipt prefix that receipts start with, answered by a range on the receipt index
    instead of the full-text index, which lists every complaint of a desk for ``TIDORE-B1``
    (bench_store.py). What the user sees: the complaints whose receipt number starts with the
    text; a complaint that only mentions that number in its text is found by its other words.

    ``walk_sort_index``: the search condition is written ``num + 0 IN (...)`` so that SQLite
    cannot drive the query from the matches' rowids. The caller sorts on a key with an index
    (``INDEXED_SORTS``): the rows are then read in display order from that index and checked
    against the matches, so the first rows cost what they read, not the number of matches. A
    search that matches most of the queue (a receipt prefix such as ``TIDORE-B1`` matches every
    complaint of that desk) otherwise fetched and sorted every matching row (bench_store.py).
    """
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
    if f.text and receipts is not None:
        lo, hi = receipt_range(receipts.prefix)
        in_range = and_(c.receipt_number >= lo, c.receipt_number < hi)
        if walk_sort_index and receipts.how == "dense":  # checked row by row along the sort index
            conds.append(text("+complaints.receipt_number >= :receipt_lo AND +complaints.receipt_number < :receipt_hi")
                         .bindparams(receipt_lo=lo, receipt_hi=hi))
        elif walk_sort_index and receipts.how == "set":  # matches read once, the sort index walked
            conds.append((c.num + 0).in_(select(c.num).where(in_range).scalar_subquery()))
        else:
            conds.append(in_range)
    elif f.text:
        q = fts_query(f.text)
        if q:
            key = c.num + 0 if walk_sort_index else c.num
            conds.append(key.in_(text("SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH :fts")
                                 .bindparams(fts=q)))
    return conds


QUEUE_COLUMNS = (ComplaintRow.id, ComplaintRow.num, ComplaintRow.receipt_number, ComplaintRow.tracking_id,
               ComplaintRow.received_at, ComplaintRow.title, ComplaintRow.classification,
               ComplaintRow.category_id, ComplaintRow.status, ComplaintRow.agency_id,
               ComplaintRow.agency_name, ComplaintRow.channel, ComplaintRow.due_kind,
               ComplaintRow.due_date, ComplaintRow.paused, ComplaintRow.sync_state,
               ComplaintRow.has_conflict, ComplaintRow.anonymous, ComplaintRow.confidential,
               ComplaintRow.reporter_name, ComplaintRow.created_by)


def count(s: Session, f: QueueFilter) -> int:
    conds = where_clauses(f, receipts=receipt_search(s, f))
    return int(s.scalar(select(func.count()).select_from(ComplaintRow).where(*conds)) or 0)


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
    "deadline": DUE_SORT_KEY,
    "sync": c.sync_state,
}


# sort keys with an index ending in num (ix_complaints_received, ix_complaints_due_sort): a search
# sorted on them walks the index (where_clauses' walk_sort_index)
INDEXED_SORTS = frozenset({"received", "deadline"})


def _where(s: Session, f: QueueFilter, sort: str) -> list[Any]:
    return where_clauses(f, walk_sort_index=(sort if sort in SORT_KEYS else "received") in INDEXED_SORTS,
                         receipts=receipt_search(s, f))


def _order(stmt: Any, sort: str, descending: bool) -> Any:
    key = SORT_KEYS.get(sort, c.received_at)
    if descending:
        return stmt.order_by(key.desc(), c.num.desc())
    return stmt.order_by(key.asc(), c.num.asc())


def ordered_nums(s: Session, f: QueueFilter, sort: str = "received", descending: bool = True) -> array:
    """Every complaint key matching ``f``, in display order.

    Runs on the driver's cursor: building 200,000 SQLAlchemy rows costs ~6x more than the query.
    """
    stmt = _order(select(c.num).where(*_where(s, f, sort)), sort, descending)
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


def first_items(s: Session, f: QueueFilter, sort: str = "received", descending: bool = True,
                limit: int = 100) -> list[QueueItem]:
    """The first rows in display order (what the screen shows before the full key list is in)."""
    stmt = _order(select(*QUEUE_COLUMNS).where(*_where(s, f, sort)), sort, descending)
    return [QueueItem(*r) for r in s.connection().execute(stmt.limit(limit)).all()]


def items_by_num(s: Session, nums: Sequence[int]) -> dict[int, QueueItem]:
    """Queue rows for these keys (any order; missing keys are simply absent)."""
    out: dict[int, QueueItem] = {}
    nums = list(nums)
    for k in range(0, len(nums), 500):
        rows = s.connection().execute(select(*QUEUE_COLUMNS)
                                      .where(c.num.in_(nums[k:k + 500]))).all()
        for r in rows:
            item = QueueItem(*r)
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

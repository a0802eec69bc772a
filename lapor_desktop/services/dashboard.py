"""Figures for the head of office: a period's complaints in the signed-in user's scope (a liaison
sees its agency's), counted by status, classification, category, agency, channel and kecamatan;
deadline compliance (``domain.compliance``); the overdue list; a weekly or monthly trend.

Everything is computed in one read transaction, off the GUI thread (the Reports page calls it on
the task runner; ``lapor-desktop report`` calls it directly). Rahasia complaints are counted like
the others, but the overdue list carries no title for them; no reporter identity is read at all.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from lapor_desktop.domain.compliance import Compliance, Milestones, compliance
from lapor_desktop.domain.deadlines import local_date
from lapor_desktop.domain.enums import EventType, Status
from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.permissions import agency_scoped
from lapor_desktop.store import queue_queries as qq
from lapor_desktop.store import reference as ref_repo
from lapor_desktop.store.models import ComplaintRow, EventRow

from .desk import Desk
from .session import signed_in
from .queue import QueueQuery, QueueService

OVERDUE_LIMIT = 100
WEEKLY_UP_TO_DAYS = 62


@dataclass(frozen=True)
class OverdueItem:
    id: str
    receipt_number: str | None
    tracking_id: str | None
    title: str | None  # None for a Rahasia complaint
    status: str
    due_date: str
    agency_name: str | None
    confidential: bool


@dataclass
class Dashboard:
    date_from: date
    date_to: date
    today: date
    office_name: str
    agency_id: int | None  # the liaison's agency: the scope, when there is one
    total: int = 0
    confidential: int = 0
    by_status: list[tuple[str, int]] = field(default_factory=list)
    by_classification: list[tuple[str | None, int]] = field(default_factory=list)
    by_category: list[tuple[int | None, str, int]] = field(default_factory=list)
    by_agency: list[tuple[int | None, str, int]] = field(default_factory=list)
    by_channel: list[tuple[str, int]] = field(default_factory=list)
    by_district: list[tuple[str | None, int]] = field(default_factory=list)
    trend_unit: str = "week"  # week | month
    trend: list[tuple[date, int]] = field(default_factory=list)  # (first day of the week/month, count)
    compliance: Compliance | None = None
    overdue: list[OverdueItem] = field(default_factory=list)
    overdue_total: int = 0

    def query_for(self, dimension: str, key: Any) -> QueueQuery:
        """The queue filter that shows the complaints behind one bar or table row."""
        base = QueueQuery(date_from=self.date_from.isoformat(), date_to=self.date_to.isoformat())
        if dimension == "overdue":
            return QueueQuery(overdue=True)
        field_of = {"status": "statuses", "classification": "classification", "category": "category_id",
                    "agency": "agency_id", "channel": "channel"}
        name = field_of.get(dimension)
        if name is None or key is None:
            return base
        return replace(base, **{name: (str(key),) if name == "statuses" else key})


def month_bounds(month: str) -> tuple[date, date]:
    """'2026-11' -> (2026-11-01, 2026-11-30); raises ValueError for anything else."""
    y, m = (int(x) for x in month.split("-"))
    first = date(y, m, 1)
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


class DashboardService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.queue = QueueService(desk)

    def compute(self, actor: Actor, date_from: date, date_to: date) -> Dashboard:
        signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        if date_to < date_from:
            date_from, date_to = date_to, date_from
        desk = self.desk
        tz = desk.tz_name
        today = desk.today()
        q = QueueQuery(date_from=date_from.isoformat(), date_to=date_to.isoformat())
        f = self.queue.to_filter(actor, q)
        c = ComplaintRow.__table__.c
        d = Dashboard(date_from, date_to, today, desk.settings.office_name or desk.settings.office_code,
                      f.agency_id if agency_scoped(actor.role) else None)
        with desk.db.read() as s:
            conn = s.connection()
            rows = conn.execute(select(c.id, c.status, c.classification, c.category_id, c.agency_id, c.agency_name,
                                       c.channel, c.district, c.received_at, c.closed_at, c.confidential)
                                .where(*qq.where_clauses(f))).all()
            cats = {x.id: x.name for x in ref_repo.categories(s)}
            ags = {x.id: x.name for x in ref_repo.agencies(s)}
            firsts = _first_events(conn, [r.id for r in rows])
            of = self.queue.to_filter(actor, QueueQuery(overdue=True))
            d.overdue_total = conn.execute(select(func.count()).select_from(ComplaintRow.__table__)
                                           .where(*qq.where_clauses(of))).scalar_one()
            overdue = conn.execute(select(c.id, c.receipt_number, c.tracking_id, c.title, c.status, c.due_date,
                                          c.agency_name, c.confidential)
                                   .where(*qq.where_clauses(of)).order_by(c.due_date, c.num)
                                   .limit(OVERDUE_LIMIT)).all()
        d.total = len(rows)
        d.confidential = sum(1 for r in rows if r.confidential)
        d.by_status = _ranked(Counter(r.status for r in rows))
        d.by_classification = _ranked(Counter(r.classification or None for r in rows))
        d.by_category = [(k, cats.get(k, str(k)) if k is not None else "", n)
                         for k, n in _ranked(Counter(r.category_id for r in rows))]
        agency_names: dict[int | None, str] = {}
        for r in rows:
            agency_names.setdefault(r.agency_id, r.agency_name or ags.get(r.agency_id, "") or "")
        d.by_agency = [(k, agency_names.get(k, ""), n) for k, n in _ranked(Counter(r.agency_id for r in rows))]
        d.by_channel = _ranked(Counter(r.channel or "" for r in rows))
        d.by_district = _ranked(Counter((r.district or None) for r in rows))
        # trend by office-local receipt date
        span = (date_to - date_from).days + 1
        d.trend_unit = "week" if span <= WEEKLY_UP_TO_DAYS else "month"
        buckets: Counter[date] = Counter()
        for r in rows:
            day = local_date(r.received_at, tz)
            if day is None:
                continue
            key = day - timedelta(days=day.weekday()) if d.trend_unit == "week" else day.replace(day=1)
            buckets[key] += 1
        start = date_from - timedelta(days=date_from.weekday()) if d.trend_unit == "week" else date_from.replace(day=1)
        k = start
        while k <= date_to:
            d.trend.append((k, buckets.get(k, 0)))
            k = k + timedelta(days=7) if d.trend_unit == "week" else date(k.year + (k.month == 12), k.month % 12 + 1, 1)
        # compliance
        items = []
        for r in rows:
            received = local_date(r.received_at, tz)
            if received is None:
                continue
            ev = firsts.get(r.id, {})
            verified = ev.get(EventType.VERIFIED.value) or ev.get(EventType.FORWARDED.value)
            items.append(Milestones(
                received=received,
                verified=local_date(verified, tz),
                forwarded=local_date(ev.get(EventType.FORWARDED.value), tz),
                followed_up=local_date(ev.get(EventType.FOLLOWED_UP.value), tz),
                closed=local_date(r.closed_at, tz) if r.status == Status.SELESAI else None))
        d.compliance = compliance(items, desk.projector.policy, desk.projector.calendar, today)
        d.overdue = [OverdueItem(o.id, o.receipt_number, o.tracking_id, None if o.confidential else o.title,
                                 o.status, o.due_date, o.agency_name, bool(o.confidential)) for o in overdue]
        return d


def _ranked(counter: Counter) -> list:  # type: ignore[type-arg]
    return sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))


def _first_events(conn: Any, ids: list[str]) -> dict[str, dict[str, str]]:
    """For each complaint, the time of its first verify, forward and follow-up event."""
    types = [EventType.VERIFIED.value, EventType.FORWARDED.value, EventType.FOLLOWED_UP.value]
    out: dict[str, dict[str, str]] = {}
    for k in range(0, len(ids), 500):
        for cid, etype, at in conn.execute(
                select(EventRow.complaint_id, EventRow.type, func.min(EventRow.occurred_at))
                .where(EventRow.complaint_id.in_(ids[k:k + 500]), EventRow.type.in_(types))
                .group_by(EventRow.complaint_id, EventRow.type)):
            out.setdefault(cid, {})[etype] = at
    return out

"""The officers' queue: ready-made views per role, counts per view, user-saved views, the ordered
key list of a query and its rows (with the deadline state for today's office-local date).

Reads only; actions go through ``ComplaintService.act``/``act_many``. Every call here touches the
database: call it off the GUI thread.
"""

from __future__ import annotations

import json
import os
import tempfile
from array import array
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from lapor_desktop.core.clock import iso_utc
from lapor_desktop.core.errors import PermissionDenied
from lapor_desktop.domain.deadlines import DeadlineInfo, deadline_for
from lapor_desktop.domain.deadlines import classify_due  # the one rule for colours
from lapor_desktop.domain.enums import FINAL_STATUSES, Status
from lapor_desktop.domain.model import Actor, ComplaintState
from lapor_desktop.domain.permissions import agency_scoped, staff_role
from lapor_desktop.store import queue_queries as qq
from lapor_desktop.store import reference as ref_repo

from .desk import Desk
from .visibility import mask_queue_item
from .session import signed_in

S = Status


@dataclass(frozen=True)
class QueueQuery:
    """What the officer asked for; turned into a ``qq.QueueFilter`` for the signed-in actor."""

    statuses: tuple[str, ...] = ()
    classification: str | None = None
    category_id: int | None = None
    agency_id: int | None = None
    channel: str | None = None
    date_from: str | None = None  # office-local date, inclusive (YYYY-MM-DD)
    date_to: str | None = None  # office-local date, inclusive
    overdue: bool = False
    mine: bool = False  # liaison: forwarded to my agency; others: entered by me
    conflict_only: bool = False
    sync_state: str | None = None
    text: str | None = None
    not_in_lapor: bool = False  # no national LAPOR! Tracking ID yet (to be re-keyed there)
    sort: str = "received"
    descending: bool = True

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["statuses"] = list(self.statuses)
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "QueueQuery":
        known = {k: v for k, v in (d or {}).items() if k in cls.__dataclass_fields__}
        if "statuses" in known:
            known["statuses"] = tuple(str(x) for x in known["statuses"] or ())
        return cls(**known)

    def with_filters(self, other: "QueueQuery") -> "QueueQuery":
        """This view's query narrowed by the filter bar's choices (``other``)."""
        out = self
        for name in ("classification", "category_id", "agency_id", "channel", "date_from", "date_to",
                     "sync_state", "text"):
            v = getattr(other, name)
            if v not in (None, ""):
                out = replace(out, **{name: v})
        if other.statuses:
            mine = set(self.statuses)
            out = replace(out, statuses=tuple(s for s in other.statuses if not mine or s in mine) or ("-",))
        if other.overdue:
            out = replace(out, overdue=True)
        if other.mine:
            out = replace(out, mine=True)
        if other.conflict_only:
            out = replace(out, conflict_only=True)
        return replace(out, sort=other.sort, descending=other.descending)


@dataclass(frozen=True)
class QueueView:
    key: str  # "needs_verification", ... or "saved:<name>"
    query: QueueQuery
    saved_name: str | None = None  # a user-saved view's own name

    @property
    def builtin(self) -> bool:
        return self.saved_name is None


@dataclass(frozen=True)
class QueueRow:
    item: qq.QueueItem
    deadline: str  # ok | due_soon | overdue | paused | none
    due: date | None


@dataclass
class Loaded:
    nums: array  # every key of the query, in display order
    rows: dict[int, QueueRow] = field(default_factory=dict)  # rows of the window asked for
    marker: tuple[int, int, int] = (0, 0, 0)


# "Perlu verifikasi" holds only what still needs verifying; what is verified (or came back from an
# agency as not its authority) waits to be forwarded, a view of its own
_NEEDS_VERIFY = (S.BELUM_TERVERIFIKASI.value,)
_TO_FORWARD = (S.TERVERIFIKASI.value, S.BUKAN_WEWENANG.value)

# role -> the ready-made views, in the order shown. Only views of work the role does (or, for the
# supervisor, oversees): the front desk records and follows its own complaints, it verifies nothing.
_BUILTIN: dict[str, list[tuple[str, QueueQuery]]] = {
    "verifier": [
        ("needs_verification", QueueQuery(statuses=_NEEDS_VERIFY, sort="received", descending=False)),
        ("to_forward", QueueQuery(statuses=_TO_FORWARD, sort="deadline", descending=False)),
        ("overdue", QueueQuery(overdue=True, sort="deadline", descending=False)),
        ("waiting_info", QueueQuery(statuses=(S.MENUNGGU_KELENGKAPAN.value,))),
        ("forwarded", QueueQuery(statuses=(S.TERDISPOSISI.value,), sort="deadline", descending=False)),
        ("followed_up", QueueQuery(statuses=(S.DITINDAKLANJUTI.value,))),
        ("conflicts", QueueQuery(conflict_only=True)),
        ("rejected", QueueQuery(sync_state="rejected")),
        ("not_in_lapor", QueueQuery(not_in_lapor=True, sort="received", descending=False)),
        ("all", QueueQuery()),
    ],
    "liaison": [
        ("for_my_agency", QueueQuery(statuses=(S.TERDISPOSISI.value,), mine=True, sort="deadline",
                                     descending=False)),
        ("overdue", QueueQuery(overdue=True, mine=True, sort="deadline", descending=False)),
        ("followed_up", QueueQuery(statuses=(S.DITINDAKLANJUTI.value,), mine=True)),
        ("conflicts", QueueQuery(conflict_only=True, mine=True)),
        ("all", QueueQuery(mine=True)),
    ],
    "front_desk": [
        ("entered_by_me", QueueQuery(mine=True)),
        ("waiting_info", QueueQuery(statuses=(S.MENUNGGU_KELENGKAPAN.value,))),
        ("conflicts", QueueQuery(conflict_only=True)),
        ("rejected", QueueQuery(sync_state="rejected")),
        ("all", QueueQuery()),
    ],
    "supervisor": [
        ("overdue", QueueQuery(overdue=True, sort="deadline", descending=False)),
        ("needs_verification", QueueQuery(statuses=_NEEDS_VERIFY, sort="received", descending=False)),
        ("to_forward", QueueQuery(statuses=_TO_FORWARD, sort="deadline", descending=False)),
        ("waiting_info", QueueQuery(statuses=(S.MENUNGGU_KELENGKAPAN.value,))),
        ("forwarded", QueueQuery(statuses=(S.TERDISPOSISI.value,), sort="deadline", descending=False)),
        ("conflicts", QueueQuery(conflict_only=True)),
        ("not_in_lapor", QueueQuery(not_in_lapor=True, sort="received", descending=False)),
        ("all", QueueQuery()),
    ],
}
_BUILTIN["admin"] = _BUILTIN["verifier"]


class QueueService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # ------------------------------------------------------------------ views
    def builtin_views(self, actor: Actor) -> list[QueueView]:
        return [QueueView(k, q) for k, q in _BUILTIN.get(actor.role, _BUILTIN["supervisor"])]

    def views(self, actor: Actor) -> list[QueueView]:
        """Ready-made views for the actor's role, then the views this user saved."""
        return self.builtin_views(actor) + self.saved_views(actor)

    def _views_file(self) -> Path:
        return self.desk.paths.config_dir / "queue-views.json"

    def _read_saved(self) -> dict[str, list[dict[str, Any]]]:
        try:
            raw = json.loads(self._views_file().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return raw if isinstance(raw, dict) else {}

    def _write_saved(self, data: dict[str, list[dict[str, Any]]]) -> None:
        target = self._views_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".queue-views-", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, indent=1)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def saved_views(self, actor: Actor) -> list[QueueView]:
        out = []
        for v in self._read_saved().get(actor.login, []):
            name = str(v.get("name") or "").strip()
            if name:
                out.append(QueueView(f"saved:{name}", QueueQuery.from_json(v.get("query") or {}), name))
        return out

    def save_view(self, actor: Actor, name: str, query: QueueQuery) -> QueueView:
        name = name.strip()[:80]
        if not name:
            raise ValueError("a saved view needs a name")
        data = self._read_saved()
        mine = [v for v in data.get(actor.login, []) if v.get("name") != name]
        mine.append({"name": name, "query": query.to_json()})
        data[actor.login] = mine
        self._write_saved(data)
        return QueueView(f"saved:{name}", query, name)

    def delete_view(self, actor: Actor, name: str) -> bool:
        data = self._read_saved()
        mine = data.get(actor.login, [])
        kept = [v for v in mine if v.get("name") != name]
        data[actor.login] = kept
        self._write_saved(data)
        return len(kept) != len(mine)

    # ------------------------------------------------------------------ queries
    def to_filter(self, session: Actor, q: QueueQuery) -> qq.QueueFilter:
        """The store's filter for the signed-in user (every queue read goes through here, so a live
        session is required): a liaison only ever sees their own agency; a role that is not a desk's
        staff role sees nothing."""
        actor = signed_in(self.desk, session)
        if staff_role(actor.role) is None:
            raise PermissionDenied(f"role {actor.role} may not read the queue", code="permission_denied")
        tz = self.desk.tz
        agency_id = q.agency_id
        created_by = None
        if agency_scoped(actor.role):
            agency_id = actor.agency_id if actor.agency_id is not None else -1
        elif q.mine:
            created_by = actor.login

        def utc(d: str | None, plus_days: int = 0) -> str | None:
            if not d:
                return None
            local = datetime.combine(date.fromisoformat(d) + timedelta(days=plus_days), time(0), tzinfo=tz)
            return iso_utc(local.astimezone(timezone.utc))

        return qq.QueueFilter(
            statuses=tuple(q.statuses), classification=q.classification or None, category_id=q.category_id,
            agency_id=agency_id, channel=q.channel or None, received_from=utc(q.date_from),
            received_to=utc(q.date_to, 1), overdue_on=self.desk.today().isoformat() if q.overdue else None,
            conflict_only=q.conflict_only, created_by=created_by, sync_state=q.sync_state or None,
            text=(q.text or "").strip() or None, not_in_lapor=q.not_in_lapor)

    def counts(self, actor: Actor, views: Sequence[QueueView]) -> dict[str, int]:
        with self.desk.db.read() as s:
            return {v.key: qq.count(s, self.to_filter(actor, v.query)) for v in views}

    def count(self, actor: Actor, q: QueueQuery) -> int:
        with self.desk.db.read() as s:
            return qq.count(s, self.to_filter(actor, q))

    def load(self, actor: Actor, q: QueueQuery, window: tuple[int, int] = (0, 100),
             keep_nums: Sequence[int] = ()) -> Loaded:
        """The query's keys in order, and the rows of ``window`` (start, stop) plus ``keep_nums``
        (the rows on screen before a refresh) in the same read."""
        with self.desk.db.read() as s:
            nums = qq.ordered_nums(s, self.to_filter(actor, q), q.sort, q.descending)
            wanted = list(nums[window[0]:window[1]]) + list(keep_nums)
            rows = self._rows(actor, qq.items_by_num(s, wanted))
            marker = qq.change_marker(s)
        return Loaded(nums=nums, rows=rows, marker=marker)

    def first_rows(self, actor: Actor, q: QueueQuery, limit: int = 100) -> list[QueueRow]:
        """The first rows in display order: shown before the full key list arrives."""
        with self.desk.db.read() as s:
            items = qq.first_items(s, self.to_filter(actor, q), q.sort, q.descending, limit)
        rows = self._rows(actor, {it.num: it for it in items})
        return [rows[it.num] for it in items]

    def nums(self, actor: Actor, q: QueueQuery) -> array:
        with self.desk.db.read() as s:
            return qq.ordered_nums(s, self.to_filter(actor, q), q.sort, q.descending)

    def rows(self, actor: Actor, nums: Sequence[int]) -> dict[int, QueueRow]:
        with self.desk.db.read() as s:
            return self._rows(actor, qq.items_by_num(s, nums))

    def _rows(self, actor: Actor, items: dict[int, qq.QueueItem]) -> dict[int, QueueRow]:
        """Rows as the actor may see them: no reporter name where its identity is hidden."""
        today = self.desk.today()
        cal = self.desk.projector.calendar
        out: dict[int, QueueRow] = {}
        for num, it in items.items():
            due = date.fromisoformat(it.due_date) if it.due_date else None
            if it.status in FINAL_STATUSES or (due is None and not it.paused):
                state = "none"
            elif it.paused:
                state = "paused"
            else:
                assert due is not None
                state = classify_due(due, today, cal)
            out[num] = QueueRow(mask_queue_item(actor, it), state, due)
        return out

    def deadline_info(self, state: ComplaintState) -> DeadlineInfo:
        """The deadline that matters now for a complaint (the detail's header)."""
        proj = self.desk.projector
        return deadline_for(state, proj.policy, proj.calendar, self.desk.today(), proj.tz)

    def change_marker(self) -> tuple[int, int, int]:
        with self.desk.db.read() as s:
            return qq.change_marker(s)

    def num_of(self, complaint_id: str) -> int | None:
        with self.desk.db.read() as s:
            return qq.num_of(s, complaint_id)

    # ------------------------------------------------------------------ reference for labels
    def reference(self) -> tuple[dict[int, str], dict[int, str]]:
        """Category and agency names by id (the queue's filter lists and columns)."""
        with self.desk.db.read() as s:
            cats = {c.id: c.name for c in ref_repo.categories(s)}
            ags = {a.id: a.name for a in ref_repo.agencies(s)}
        return cats, ags

    def attachment_path(self, sha256: str) -> Path | None:
        p = self.desk.blobs.path(sha256)
        return p if p.exists() else None

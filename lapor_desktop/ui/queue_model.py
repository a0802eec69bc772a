"""The queue's table model: the keys of the whole query, rows fetched as they come into view.

Anki's browser pattern. The model holds the ordered keys (``num``, an ``array('q')``: 1.6 MB for
200,000 complaints) and a bounded cache of display rows per page of 100. ``data()`` never touches
the database: a row not in the cache shows a placeholder and its page is queued; queued pages go
to the database thread (``runner.db``) a few at a time, newest request first, and
``dataChanged`` repaints them when they arrive.

Opening a query takes two database jobs: the first 100 rows in display order (a LIMIT query,
milliseconds), then every key (one indexed scan). The table shows the first rows at once and
grows to the full count when the keys arrive.

``refresh()`` (a sync arrived, an action was taken) re-reads the keys and the rows on screen in
one job. Same keys: the cached pages are replaced in place (``dataChanged``): selection and
scroll position stay untouched. Different keys: a model reset; the page restores the selected
complaints and the top row by key.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from lapor_desktop.domain.model import Actor
from lapor_desktop.services.queue import Loaded, QueueQuery, QueueRow, QueueService

from .fmt import fmt_date, fmt_datetime
from .labels import classification_label, deadline_kind_label, deadline_state_label, status_label, sync_state_label
from .tasks import TaskRunner

PAGE = 100
MAX_CACHED_PAGES = 60  # 6,000 rows
PAGES_PER_JOB = 4

COLUMNS = ("receipt", "tracking", "received", "title", "classification", "category", "status", "agency",
           "deadline", "sync")

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the complaint's id (str)
NUM_ROLE = Qt.ItemDataRole.UserRole + 2  # the complaint's key (int)
DEADLINE_ROLE = Qt.ItemDataRole.UserRole + 3  # ok | due_soon | overdue | paused | none
SYNC_ROLE = Qt.ItemDataRole.UserRole + 4  # pending | synced | rejected | conflict

RED_BG = QColor("#fde0e0")
RED_FG = QColor("#a00000")
AMBER_BG = QColor("#fff1c2")
AMBER_FG = QColor("#7a5200")
GREY_FG = QColor("#6b6b6b")

_DISPLAY, _FG, _BG, _TIP, _ALIGN, _FONT = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                                           Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole,
                                           Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole)


class _Row:
    __slots__ = ("num", "id", "cells", "deadline", "sync", "tip")

    def __init__(self, num: int, id_: str, cells: tuple[str, ...], deadline: str, sync: str, tip: str) -> None:
        self.num = num
        self.id = id_
        self.cells = cells
        self.deadline = deadline
        self.sync = sync
        self.tip = tip


class QueueModel(QAbstractTableModel):
    loaded = Signal()  # the first rows of a new query are in
    keys_loaded = Signal(int)  # the full key list is in (row count)
    rows_arrived = Signal()
    refreshed = Signal()

    def __init__(self, runner: TaskRunner, service: QueueService, actor: Actor, tz: ZoneInfo,
                 parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.runner = runner
        self.service = service
        self.actor = actor
        self.tz = tz
        self.query = QueueQuery()
        self.categories: dict[int, str] = {}
        self.agencies: dict[int, str] = {}
        self._nums = array("q")
        self._complete = False  # the full key list is in
        self._pages: OrderedDict[int, list[_Row | None]] = OrderedDict()
        self._wanted: OrderedDict[int, None] = OrderedDict()
        self._inflight: set[int] = set()
        self._gen = 0  # bumps on every new query / reset: late answers are dropped
        self._loading = False
        self.marker: tuple[int, int, int] | None = None
        self.loads = 0  # first-row loads so far (tests and the benchmark wait on it)
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._dispatch)
        runner.stopping.connect(self._fetch_timer.stop)
        self._headers = self._header_texts()

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._nums)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == _DISPLAY:
                return self._headers[section]
            if role == _TIP:
                return self._headers[section]
        elif orientation == Qt.Orientation.Vertical and role == _DISPLAY and 0 <= section < len(self._nums):
            return str(section + 1)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        r, col = index.row(), index.column()
        if r >= len(self._nums) or col >= len(COLUMNS):
            return None
        row = self._row(r)
        if row is None:
            if role == _DISPLAY:
                return "…" if col == 0 else ""
            if role == NUM_ROLE:
                return int(self._nums[r])
            return None
        if role == _DISPLAY:
            return row.cells[col]
        key = COLUMNS[col]
        if role == _BG and key == "deadline":
            return QBrush(RED_BG) if row.deadline == "overdue" else QBrush(AMBER_BG) if row.deadline == "due_soon" else None
        if role == _FG:
            if key == "deadline":
                return QBrush({"overdue": RED_FG, "due_soon": AMBER_FG, "paused": GREY_FG}.get(row.deadline, QColor()))\
                    if row.deadline in ("overdue", "due_soon", "paused") else None
            if key == "sync" and row.sync in ("rejected", "conflict"):
                return QBrush(RED_FG)
            return None
        if role == _FONT and key == "deadline" and row.deadline == "overdue":
            f = QFont()
            f.setBold(True)
            return f
        if role == _TIP:
            if key == "deadline":
                return row.tip
            if key == "title":
                return row.cells[col]
            return None
        if role == ID_ROLE:
            return row.id
        if role == NUM_ROLE:
            return row.num
        if role == DEADLINE_ROLE:
            return row.deadline
        if role == SYNC_ROLE:
            return row.sync
        return None

    # ------------------------------------------------------------------ queries
    def set_query(self, query: QueueQuery) -> None:
        """A new view, filter, search or sort: first rows at once, then every key."""
        self.query = query
        self._gen += 1
        gen = self._gen
        self._loading = True
        svc, actor = self.service, self.actor
        self.runner.db(lambda: svc.first_rows(actor, query, PAGE),
                       on_done=lambda rows: self._first_rows(gen, rows), on_error=lambda e: self._failed(gen, e))
        self.runner.db(lambda: (svc.nums(actor, query), svc.change_marker()),
                       on_done=lambda res: self._keys(gen, *res), on_error=lambda e: self._failed(gen, e))

    def _first_rows(self, gen: int, rows: list[QueueRow]) -> None:
        if gen != self._gen:
            return
        self.beginResetModel()
        self._nums = array("q", (r.item.num for r in rows))
        self._complete = False
        self._pages.clear()
        self._wanted.clear()
        self._inflight.clear()
        self._pages[0] = [self._display(r) for r in rows]
        self.endResetModel()
        self.loads += 1
        self.loaded.emit()

    def _keys(self, gen: int, nums: array, marker: tuple[int, int, int]) -> None:
        if gen != self._gen:
            return
        self._loading = False
        self.marker = marker
        have = len(self._nums)
        if len(nums) >= have and nums[:have] == self._nums:
            if len(nums) > have:
                self.beginInsertRows(QModelIndex(), have, len(nums) - 1)
                self._nums = nums
                self._complete = True
                self.endInsertRows()
            self._complete = True
        else:  # the store changed between the two reads
            self.beginResetModel()
            self._nums = nums
            self._complete = True
            self._pages.clear()
            self.endResetModel()
        self.keys_loaded.emit(len(self._nums))

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._gen:
            self._loading = False
        self.runner.error.emit(exc)

    def refresh(self, visible: tuple[int, int] = (0, PAGE)) -> None:
        """Re-read keys and the rows on screen (after an action or a sync), keeping the view."""
        if not self._complete:
            self.set_query(self.query)
            return
        gen = self._gen
        query = self.query
        start, stop = max(0, visible[0]), max(visible[1], visible[0] + 1)
        keep = [int(n) for n in self._nums[start:stop]]
        svc, actor = self.service, self.actor
        self.runner.db(lambda: svc.load(actor, query, (start, stop), keep),
                       on_done=lambda res: self._refreshed(gen, res), on_error=lambda e: self._failed(gen, e))

    def _refreshed(self, gen: int, res: Loaded) -> None:
        if gen != self._gen:
            return
        self.marker = res.marker
        if res.nums == self._nums:
            # same rows in the same order: replace what was re-read, in place; drop other pages
            # (they are read again when they come into view)
            for p in list(self._pages):
                lo, hi = p * PAGE, min(len(self._nums), (p + 1) * PAGE)
                page = [self._row_from(res.rows, i) for i in range(lo, hi)]
                if all(x is not None for x in page):
                    self._pages[p] = page
                else:
                    del self._pages[p]
            if self._nums:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._nums) - 1, len(COLUMNS) - 1))
        else:
            self.beginResetModel()
            self._gen += 1
            self._nums = res.nums
            self._pages.clear()
            self._wanted.clear()
            self._inflight.clear()
            self._seed_pages(res.rows)
            self.endResetModel()
        self.refreshed.emit()

    def _row_from(self, rows: dict[int, QueueRow], i: int) -> _Row | None:
        qr = rows.get(int(self._nums[i]))
        return self._display(qr) if qr is not None else None

    def _seed_pages(self, rows: dict[int, QueueRow]) -> None:
        """Cache the pages fully covered by ``rows`` (the window read with the keys)."""
        pos = {}
        for i, n in enumerate(self._nums):
            if n in rows:
                pos[i] = n
            if len(pos) == len(rows):
                break
        for p in sorted({i // PAGE for i in pos}):
            lo, hi = p * PAGE, min(len(self._nums), (p + 1) * PAGE)
            page = [self._row_from(rows, i) for i in range(lo, hi)]
            if all(x is not None for x in page):
                self._pages[p] = page

    # ------------------------------------------------------------------ lazy rows
    def _row(self, r: int) -> _Row | None:
        p, off = divmod(r, PAGE)
        page = self._pages.get(p)
        if page is not None:
            self._pages.move_to_end(p)
            return page[off] if off < len(page) else None
        if self._complete and p not in self._inflight:
            self._wanted[p] = None
            self._wanted.move_to_end(p)
            if not self._fetch_timer.isActive():
                self._fetch_timer.start()
        return None

    def _dispatch(self) -> None:
        if self._inflight or not self._wanted:
            return
        pages = []
        while self._wanted and len(pages) < PAGES_PER_JOB:
            p, _ = self._wanted.popitem(last=True)  # the newest request first
            if p not in self._pages and p * PAGE < len(self._nums):
                pages.append(p)
        if not pages:
            return
        gen = self._gen
        nums = {p: [int(n) for n in self._nums[p * PAGE:(p + 1) * PAGE]] for p in pages}
        self._inflight.update(pages)
        svc, actor = self.service, self.actor
        wanted = [n for ns in nums.values() for n in ns]
        self.runner.db(lambda: svc.rows(actor, wanted), on_done=lambda rows: self._pages_in(gen, nums, rows),
                       on_error=lambda e: self._pages_failed(gen, pages, e))

    def _pages_in(self, gen: int, nums: dict[int, list[int]], rows: dict[int, QueueRow]) -> None:
        if gen != self._gen:
            return
        for p, ns in nums.items():
            self._inflight.discard(p)
            page: list[_Row | None] = []
            for n in ns:
                qr = rows.get(n)
                page.append(self._display(qr) if qr is not None else None)
            self._pages[p] = page
            lo = p * PAGE
            hi = min(len(self._nums), lo + len(ns)) - 1
            if hi >= lo:
                self.dataChanged.emit(self.index(lo, 0), self.index(hi, len(COLUMNS) - 1))
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        self.rows_arrived.emit()
        if self._wanted:
            self._fetch_timer.start()

    def _pages_failed(self, gen: int, pages: list[int], exc: BaseException) -> None:
        if gen == self._gen:
            self._inflight.difference_update(pages)
        self.runner.error.emit(exc)

    # ------------------------------------------------------------------ helpers for the page
    @property
    def complete(self) -> bool:
        return self._complete

    @property
    def loading(self) -> bool:
        return self._loading

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def num_at(self, row: int) -> int | None:
        return int(self._nums[row]) if 0 <= row < len(self._nums) else None

    def id_at(self, row: int) -> str | None:
        r = self._row(row) if 0 <= row < len(self._nums) else None
        return r.id if r is not None else None

    def row_of(self, num: int) -> int:
        """The row showing key ``num``, or -1 (a C-speed scan of the key array)."""
        try:
            return self._nums.index(num)
        except ValueError:
            return -1

    def is_loaded(self, row: int) -> bool:
        p, off = divmod(row, PAGE)
        page = self._pages.get(p)
        return page is not None and off < len(page) and page[off] is not None

    def set_reference(self, categories: dict[int, str], agencies: dict[int, str]) -> None:
        self.categories, self.agencies = categories, agencies

    def retranslate(self) -> None:
        self._headers = self._header_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def _header_texts(self) -> list[str]:
        return [self.tr("Receipt no."), self.tr("Tracking ID"), self.tr("Received"), self.tr("Title"),
                self.tr("Classification"), self.tr("Category"), self.tr("Status"), self.tr("Agency"),
                self.tr("Deadline"), self.tr("Sync")]

    def _display(self, qr: QueueRow) -> _Row:
        it = qr.item
        sync = "conflict" if it.has_conflict else it.sync_state
        if qr.deadline == "paused":
            due = self.tr("paused")
        elif qr.due is not None and qr.deadline != "none":
            due = fmt_date(qr.due)
        else:
            due = ""
        tip = ""
        if qr.deadline != "none":
            tip = deadline_state_label(qr.deadline)
            if it.due_kind:
                tip = f"{deadline_kind_label(it.due_kind)}: {tip}"
            if qr.deadline == "paused":
                tip = self.tr("Paused while waiting for the reporter's information")
        cat = self.categories.get(it.category_id, str(it.category_id)) if it.category_id is not None else ""
        agency = it.agency_name or (self.agencies.get(it.agency_id, "") if it.agency_id is not None else "")
        cells = (it.receipt_number or "", it.tracking_id or "", fmt_datetime(it.received_at, self.tz),
                 it.title, classification_label(it.classification), cat, status_label(it.status), agency, due,
                 sync_state_label(sync))
        return _Row(it.num, it.id, cells, qr.deadline, sync, tip)

    def visible_ids(self, rows: Sequence[int]) -> list[str]:
        return [i for i in (self.id_at(r) for r in rows) if i]

"""Antrian: the officers' worklists.

Views on the left (ready-made per role, then the user's own, each with its count), the search box
and filters above the table, the table and the complaint's detail side by side. Every database
call goes through the task runner; the table model fetches rows as they scroll into view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.domain.model import Actor
from lapor_desktop.services.complaints import ComplaintService
from lapor_desktop.services.desk import Desk
from lapor_desktop.services.frontdesk import FrontDeskService
from lapor_desktop.services import sync as sync_svc
from lapor_desktop.services.queue import QueueService, QueueView

from .action_dialogs import ActionDialog
from .detail import DetailPanel
from .queue_model import COLUMNS, QueueModel
from .queue_room import DETAIL_SHARE, QueueRoom
from .tasks import TaskRunner
from .queue_actions import QueueActions
from .queue_filters import QueueFilters
from .queue_views import QLocaleNumber, QueueViews
from .receipt_actions import ReceiptPrinter


SEARCH_DELAY_MS = 250


class QueuePage(QueueViews, QueueFilters, QueueActions, QueueRoom, QWidget):
    acted = Signal(str, int)  # action, number of complaints

    def __init__(self, desk: Desk, runner: TaskRunner, actor: Actor, lang: str = "id",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = runner
        self.actor = actor
        self.lang = lang
        self.service = QueueService(desk)
        self.complaints = ComplaintService(desk)
        self.setObjectName("queue")
        self.views_list_data: list[QueueView] = []
        self.current_view: QueueView | None = None
        self.counts: dict[str, int] = {}
        self.categories: dict[int, str] = {}
        self.agencies: dict[int, str] = {}
        self.dialog: ActionDialog | None = None
        # receipts print on A4 from the queue (the intake form has the paper choice)
        self.printer = ReceiptPrinter(self, runner, FrontDeskService(desk), actor, lambda: "a4",
                                      self._receipt_saved)
        self._restore: dict[str, Any] | None = None
        self._started = False
        self._select_after_load: str | None = None

        self.model = QueueModel(runner, self.service, actor, desk.tz, self)
        runner.stopping.connect(self.shutdown)
        self._build()
        self._wire()

    # ================================================================== building
    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 4)
        outer.setSpacing(6)

        # ---- views
        outer.addLayout(self._build_views())

        # ---- search, filters, table + detail
        right = QVBoxLayout()
        right.setSpacing(4)
        right.addLayout(self._build_search_row())
        right.addWidget(self._build_filter_bar())
        right.addWidget(self._build_bulk_bar())
        self._build_table()
        self._build_detail()
        right.addWidget(self.splitter, 1)
        outer.addLayout(right, 1)

    def _build_table(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("queue.splitter")
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView()
        # Tab leaves the list for the complaint's actions (arrows move within it): no keyboard trap
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("queue.table")
        self.table.setAccessibleName(self.tr("Complaints"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setSectionsClickable(True)
        hh.setSortIndicatorShown(True)
        hh.setHighlightSections(False)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setMinimumSectionSize(40)
        # what an officer scans first comes first on screen (the model keeps the order)
        for pos, key in enumerate(("receipt", "title", "status", "deadline", "sync", "received", "agency",
                                   "category", "classification", "tracking")):
            hh.moveSection(hh.visualIndex(COLUMNS.index(key)), pos)
        self._fit_columns()
        hh.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh.customContextMenuRequested.connect(self._column_menu)
        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName("queue.empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setVisible(False)
        self.table.viewport().installEventFilter(self)
        self.search.installEventFilter(self)  # Down goes from the search into the list

    def _build_detail(self) -> None:
        desk = self.desk
        self.detail = DetailPanel(self.runner, self.complaints, self.service, self.actor, self.desk.tz, self.lang,
                                  fetch_attachments=lambda cid, cancel: sync_svc.fetch_complaint_attachments(
                                      desk, cid, cancel))
        # the detail takes room only while a complaint is open
        self.detail_box = QWidget()
        self.detail_box.setObjectName("queue.detailBox")
        dl = QVBoxLayout(self.detail_box)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.setSpacing(0)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        self.close_detail_button = QToolButton()
        self.close_detail_button.setObjectName("queue.closeDetail")
        self.close_detail_button.setText(self.tr("Close details (Esc)"))
        self.close_detail_button.setAccessibleName(self.tr("Close details"))
        self.close_detail_button.setAutoRaise(True)
        close_row.addWidget(self.close_detail_button)
        dl.addLayout(close_row)
        dl.addWidget(self.detail, 1)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.detail_box.setVisible(False)
        self.detail_share = DETAIL_SHARE

    def _wire(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_query)
        self.views.currentRowChanged.connect(self._view_chosen)
        for c in (self.f_status, self.f_class, self.f_agency, self.f_channel):
            c.currentIndexChanged.connect(lambda _i: self.apply_query())
        self.f_category.activated.connect(lambda _i: self.apply_query())
        self.f_from.dateChanged.connect(lambda _d: self.apply_query())
        self.f_to.dateChanged.connect(lambda _d: self.apply_query())
        self.f_overdue.toggled.connect(lambda _b: self.apply_query())
        self.f_mine.toggled.connect(lambda _b: self.apply_query())
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.filter_toggle.toggled.connect(self.filters.setVisible)
        self.refresh_button.clicked.connect(self.refresh)
        self.save_view_button.clicked.connect(self.save_current_view)
        self.delete_view_button.clicked.connect(self.delete_current_view)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelAboutToBeReset.connect(self._save_view_state)
        self.model.modelReset.connect(self._restore_view_state)
        self.model.loaded.connect(self._first_rows_in)
        self.model.keys_loaded.connect(self._keys_in)
        self.model.rows_arrived.connect(self._rows_in)
        self.model.refreshed.connect(self._update_count)
        self.detail.loaded.connect(self._detail_opened)
        self.close_detail_button.clicked.connect(self.close_detail)
        self.splitter.splitterMoved.connect(self._remember_split)
        self.detail.action_requested.connect(self.request_action)
        self.detail.resolve_requested.connect(self._resolve)
        self.detail.reprint_requested.connect(self.reprint)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=lambda: (self.search.setFocus(), self.search.selectAll()))
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.close_detail)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # saves, actions and syncs announce what they changed (ui/bridge.py); nothing polls
        self._stale = False
        self._stale_ids: set[str] = set()
        self._reread_rows = self.runner.one_at_a_time(self._reread_rows_now)
        self.runner.on_changes(self.desk, self._changed, self)

    # ================================================================== start
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if self._started and (self._stale or self._stale_ids):  # changed while hidden
            self._apply_changes(self._stale, self._stale_ids)
        elif self._started:  # another program (the command line) may have written meanwhile
            self._check_changes()
        self._stale, self._stale_ids = False, set()
        self.start()

    def start(self) -> None:
        """Load views and reference names, then the first view (once)."""
        if self._started:
            return
        self._started = True
        svc, actor = self.service, self.actor
        self.runner.db(lambda: (svc.views(actor), svc.reference()), on_done=self._views_loaded)

    def _views_loaded(self, res) -> None:  # type: ignore[no-untyped-def]
        views, (cats, ags) = res
        self.categories, self.agencies = cats, ags
        self.model.set_reference(cats, ags)
        self.detail.set_reference(cats, ags)
        self.f_category.blockSignals(True)
        for cid, name in sorted(cats.items(), key=lambda kv: kv[1]):
            self.f_category.addItem(name, cid)
        self.f_category.blockSignals(False)
        self.f_agency.blockSignals(True)
        for aid, name in sorted(ags.items(), key=lambda kv: kv[1]):
            self.f_agency.addItem(name, aid)
        self.f_agency.blockSignals(False)
        self._set_views(views)
        self.views.setCurrentRow(0)
        self.refresh_counts()

    def _first_rows_in(self) -> None:
        if self.model.rowCount() and self._select_after_load is None and not self.table.selectionModel().hasSelection():
            pass
        self._update_count()

    def _keys_in(self, _n: int) -> None:
        self._update_count()

    def _rows_in(self) -> None:
        if self.detail.current_id is None:
            self._current_changed(self.table.currentIndex())

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if not self.model.complete:
            self.count_label.setText(self.tr("Loading…"))
        else:
            self.count_label.setText(self.tr("%1 complaints").replace("%1", QLocaleNumber(n)))
        self._update_empty()

    # ================================================================== keeping the view
    def _save_view_state(self) -> None:
        sm = self.table.selectionModel()
        self._restore = {
            "selected": [self.model.num_at(i.row()) for i in sm.selectedRows()],
            "current": self.model.num_at(self.table.currentIndex().row()) if self.table.currentIndex().isValid() else None,
            "top": self.model.num_at(self.table.rowAt(0)) if self.table.rowAt(0) >= 0 else None,
            "scroll": self.table.verticalScrollBar().value(),
        }

    def _restore_view_state(self) -> None:
        st = self._restore
        if not st:
            return
        sm = self.table.selectionModel()
        sel = QItemSelection()
        for n in st["selected"]:
            if n is None:
                continue
            r = self.model.row_of(n)
            if r >= 0:
                sel.select(self.model.index(r, 0), self.model.index(r, len(COLUMNS) - 1))
        if st["current"] is not None:
            r = self.model.row_of(st["current"])
            if r >= 0:
                sm.setCurrentIndex(self.model.index(r, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        if not sel.isEmpty():
            sm.select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        top = self.model.row_of(st["top"]) if st["top"] is not None else -1
        if top >= 0:
            self.table.scrollTo(self.model.index(top, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        else:
            self.table.verticalScrollBar().setValue(st["scroll"])

    def visible_range(self) -> tuple[int, int]:
        first = self.table.rowAt(0)
        last = self.table.rowAt(self.table.viewport().height() - 1)
        if first < 0:
            return 0, 100
        if last < 0:
            last = self.model.rowCount() - 1
        return first, last + 1

    def refresh(self) -> None:
        """Re-read the list (keeping selection and scroll position), the counts and the detail."""
        self._restore = None
        self.model.refresh(self.visible_range())
        self.refresh_counts()
        self.detail.reload()

    def _changed(self, ch) -> None:  # type: ignore[no-untyped-def]
        """A change notification: the list and counts when the queue changed, the detail when its
        complaint did; a hidden page catches up when shown."""
        if not self.isVisible():
            self._stale = self._stale or ch.queue
            self._stale_ids |= ch.complaints
            return
        self._apply_changes(ch.queue, ch.complaints)

    def _apply_changes(self, queue: bool, ids: set[str] | frozenset[str]) -> None:
        if queue and self._started:
            self._reread_rows()
        if self.detail.current_id is not None and self.detail.current_id in ids:
            self.detail.reload()

    def _reread_rows_now(self) -> None:
        self._restore = None
        self.model.refresh(self.visible_range())
        self.refresh_counts()

    def _check_changes(self) -> None:
        if not self.model.complete or self.model.marker is None:
            return
        svc = self.service
        self.runner.db(svc.change_marker, on_done=self._marker_in, on_error=lambda _e: None)

    def _marker_in(self, marker) -> None:  # type: ignore[no-untyped-def]
        if self.model.marker is not None and marker != self.model.marker:
            self.refresh()

    # ================================================================== selection
    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return self.model.visible_ids(rows)

    def _current_changed(self, index, _prev=None) -> None:  # type: ignore[no-untyped-def]
        if not index.isValid():
            return
        cid = self.model.id_at(index.row())
        if cid and (cid != self.detail.current_id or not self.detail_open):
            self.detail.show_complaint(cid)

    def select_id(self, complaint_id: str) -> bool:
        for r in range(self.model.rowCount()):
            if self.model.is_loaded(r) and self.model.id_at(r) == complaint_id:
                self.table.selectRow(r)
                self.table.setCurrentIndex(self.model.index(r, 0))
                return True
        return False

    # ================================================================== layout memory
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("queue/detailShare", float(self.detail_share))
        settings.setValue("queue/columns", self.table.horizontalHeader().saveState())

    def restore_layout(self, settings: QSettings) -> None:
        # (the older keys "queue/splitter" and "queue/header" held the cramped split: not read)
        try:
            share = float(settings.value("queue/detailShare", DETAIL_SHARE))
        except (TypeError, ValueError):
            share = DETAIL_SHARE
        self.detail_share = min(max(share, 0.2), 0.8)
        v = settings.value("queue/columns")
        if v is not None:
            try:
                self.table.horizontalHeader().restoreState(v)
            except TypeError:
                pass

    def open_export(self):  # type: ignore[no-untyped-def]
        """Export what this view shows with the filters set (the same query the list uses)."""
        from .exchange import ExportDialog

        title = self.view_title(self.current_view) if self.current_view else self.tr("All complaints")
        dlg = ExportDialog(self.desk, self.runner, self.actor, self.current_query(), title=title, lang=self.lang,
                           parent=self)
        dlg.setModal(True)
        dlg.show()
        return dlg

    def shutdown(self) -> None:
        self._search_timer.stop()
        self.detail.cancel_fetch()

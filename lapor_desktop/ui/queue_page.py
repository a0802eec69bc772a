"""Antrian: the officers' worklists.

Views on the left (ready-made per role, then the user's own, each with its count), the search box
and filters above the table, the table and the complaint's detail side by side. Every database
call goes through the task runner; the table model fetches rows as they scroll into view.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.errors import InvalidAction, InvalidInput, LaporError
from lapor_desktop.domain.enums import CLASSIFICATION_LABELS, Action
from lapor_desktop.domain.permissions import agency_scoped, role_actions
from lapor_desktop.domain.enums import Status
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.complaints import ComplaintService
from lapor_desktop.services.desk import Desk
from lapor_desktop.services.frontdesk import FrontDeskService
from lapor_desktop.services import sync as sync_svc
from lapor_desktop.services.queue import QueueQuery, QueueService, QueueView

from .refusals import refusal_text
from .storage_status import storage_error_text
from . import dialogs
from .action_dialogs import ActionDialog
from .detail import DetailPanel
from .labels import action_label, channel_label, classification_label, status_label
from .queue_model import COLUMNS, QueueModel
from .queue_room import DETAIL_SHARE, QueueRoom
from .tasks import TaskRunner

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
POLL_MS = 4000
NO_DATE = QDate(2000, 1, 1)
BULK_ACTIONS = (Action.FORWARD, Action.ARCHIVE)


class QueuePage(QueueRoom, QWidget):
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
        self.preview_dialog = None  # the receipt's print preview, while open
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
        left = QVBoxLayout()
        head = QLabel(self.tr("Worklists"))
        head.setStyleSheet("font-size: 12pt; font-weight: bold;")
        left.addWidget(head)
        self.views = QListWidget()
        self.views.setObjectName("queue.views")
        self.views.setAccessibleName(self.tr("Worklists"))
        self.views.setMinimumWidth(175)
        self.views.setMaximumWidth(200)
        self.views.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.views.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.views.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        left.addWidget(self.views, 1)
        self.save_view_button = QPushButton(self.tr("Save as view…"))
        self.save_view_button.setObjectName("queue.saveView")
        self.delete_view_button = QPushButton(self.tr("Delete view"))
        self.delete_view_button.setObjectName("queue.deleteView")
        for b in (self.save_view_button, self.delete_view_button):
            b.setAccessibleName(b.text())
            left.addWidget(b)
        outer.addLayout(left)

        # ---- search, filters, table + detail
        right = QVBoxLayout()
        right.setSpacing(4)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("queue.search")
        self.search.setPlaceholderText(self.tr("Search title, text, reporter, receipt no. or Tracking ID (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search complaints"))
        self.search.setClearButtonEnabled(True)
        top.addWidget(self.search, 1)
        self.filter_toggle = QToolButton()
        self.filter_toggle.setObjectName("queue.filterToggle")
        self.filter_toggle.setText(self.tr("Filters"))
        self.filter_toggle.setAccessibleName(self.tr("Show filters"))
        self.filter_toggle.setCheckable(True)
        self.filter_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        top.addWidget(self.filter_toggle)
        self.refresh_button = QToolButton()
        self.refresh_button.setObjectName("queue.refresh")
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the list"))
        top.addWidget(self.refresh_button)
        self.export_button = QToolButton()
        self.export_button.setObjectName("queue.export")
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Export this view with its filters (LAPOR! v4, CSV, XLSX, JSON Lines)"))
        self.export_button.setAccessibleName(self.tr("Export this view"))
        self.export_button.clicked.connect(lambda: self.open_export())
        top.addWidget(self.export_button)
        self.count_label = QLabel("")
        self.count_label.setObjectName("queue.count")
        self.count_label.setMinimumWidth(120)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.count_label)
        right.addLayout(top)

        self.filters = QFrame()
        self.filters.setObjectName("queue.filters")
        self.filters.setAccessibleName(self.tr("Filters"))
        self.filters.setFrameShape(QFrame.Shape.StyledPanel)
        g = QGridLayout(self.filters)
        g.setContentsMargins(6, 4, 6, 4)
        g.setHorizontalSpacing(6)
        g.setVerticalSpacing(3)
        self.f_status = self._combo("queue.filter.status", self.tr("Status"))
        self.f_status.addItem(self.tr("All statuses"), None)
        for s in Status:
            self.f_status.addItem(status_label(s.value), s.value)
        self.f_class = self._combo("queue.filter.classification", self.tr("Classification"))
        self.f_class.addItem(self.tr("All classifications"), None)
        for c in CLASSIFICATION_LABELS:
            self.f_class.addItem(classification_label(c.value), c.value)
        self.f_category = self._combo("queue.filter.category", self.tr("Category"))
        self.f_category.setEditable(True)
        self.f_category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.f_category.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.f_category.lineEdit().setAccessibleName(self.tr("Category"))
        self.f_category.addItem(self.tr("All categories"), None)
        self.f_agency = self._combo("queue.filter.agency", self.tr("Agency"))
        self.f_agency.addItem(self.tr("All agencies"), None)
        self.f_channel = self._combo("queue.filter.channel", self.tr("Channel"))
        self.f_channel.addItem(self.tr("All channels"), None)
        from lapor_desktop.domain.enums import CHANNELS

        for code in CHANNELS:
            self.f_channel.addItem(channel_label(code), code)
        self.f_from = self._date("queue.filter.from", self.tr("Received from"))
        self.f_to = self._date("queue.filter.to", self.tr("Received until"))
        self.f_overdue = QCheckBox(self.tr("Overdue only"))
        self.f_overdue.setObjectName("queue.filter.overdue")
        mine_text = self.tr("Forwarded to my agency") if actor_is_liaison(self.actor) else self.tr("Entered by me")
        self.f_mine = QCheckBox(mine_text)
        self.f_mine.setObjectName("queue.filter.mine")
        if actor_is_liaison(self.actor):
            self.f_mine.setChecked(True)
            self.f_mine.setEnabled(False)
        for cb in (self.f_overdue, self.f_mine):
            cb.setAccessibleName(cb.text())
        self.clear_filters_button = QPushButton(self.tr("Clear filters"))
        self.clear_filters_button.setObjectName("queue.filter.clear")
        self.clear_filters_button.setAccessibleName(self.clear_filters_button.text())
        cells = [(self.tr("Status"), self.f_status), (self.tr("Classification"), self.f_class),
                 (self.tr("Category"), self.f_category), (self.tr("Agency"), self.f_agency),
                 (self.tr("Channel"), self.f_channel), (self.tr("From"), self.f_from), (self.tr("Until"), self.f_to)]
        for i, (label, w) in enumerate(cells):
            r, c = divmod(i, 4)
            lab = QLabel(label)
            lab.setBuddy(w)
            g.addWidget(lab, r, c * 2)
            g.addWidget(w, r, c * 2 + 1)
        g.addWidget(self.f_overdue, 2, 0, 1, 2)
        g.addWidget(self.f_mine, 2, 2, 1, 3)
        g.addWidget(self.clear_filters_button, 2, 7)
        for c in (1, 3, 5, 7):
            g.setColumnStretch(c, 1)
        self.filters.setVisible(False)
        right.addWidget(self.filters)

        # bulk bar
        self.bulk_bar = QFrame()
        self.bulk_bar.setObjectName("queue.bulk")
        self.bulk_bar.setStyleSheet("QFrame#queue\\.bulk { background: #e8f0fb; border: 1px solid #9db7dd;"
                                    " border-radius: 4px; }")
        bl = QHBoxLayout(self.bulk_bar)
        bl.setContentsMargins(6, 2, 6, 2)
        self.bulk_label = QLabel("")
        bl.addWidget(self.bulk_label, 1)
        self.bulk_buttons: dict[str, QPushButton] = {}
        allowed = role_actions(self.actor.role)
        for a in BULK_ACTIONS:
            if a in allowed:
                b = QPushButton(self.tr("%1 selected…").replace("%1", action_label(a.value)))
                b.setObjectName(f"bulk.{a.value}")
                b.setAccessibleName(b.text())
                b.clicked.connect(lambda _c=False, name=a.value: self.bulk_action(name))
                bl.addWidget(b)
                self.bulk_buttons[a.value] = b
        self.bulk_bar.setVisible(False)
        right.addWidget(self.bulk_bar)

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
        self.empty_label.setStyleSheet("color: #555; font-size: 11pt; padding: 24px;")
        self.empty_label.setVisible(False)
        self.table.viewport().installEventFilter(self)
        self.search.installEventFilter(self)  # Down goes from the search into the list
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
        right.addWidget(self.splitter, 1)
        outer.addLayout(right, 1)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        c = QComboBox()
        c.setObjectName(name)
        c.setAccessibleName(accessible)
        c.setMinimumContentsLength(10)
        c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return c

    def _date(self, name: str, accessible: str) -> QDateEdit:
        d = QDateEdit()
        d.setObjectName(name)
        d.setAccessibleName(accessible)
        d.setCalendarPopup(True)
        d.setMinimumDate(NO_DATE)
        d.setSpecialValueText(self.tr("any"))
        d.setDate(NO_DATE)
        d.setDisplayFormat("dd/MM/yyyy")
        return d

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
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check_changes)

    # ================================================================== start
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.start()
        self._poll.start()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().hideEvent(event)
        self._poll.stop()

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

    def _set_views(self, views: list[QueueView], keep_key: str | None = None) -> None:
        self.views_list_data = views
        self.views.blockSignals(True)
        self.views.clear()
        for v in views:
            it = QListWidgetItem(self._view_text(v))
            it.setData(Qt.ItemDataRole.UserRole, v.key)
            it.setToolTip(self.view_title(v))
            self.views.addItem(it)
        self.views.blockSignals(False)
        if keep_key:
            for i, v in enumerate(views):
                if v.key == keep_key:
                    self.views.blockSignals(True)
                    self.views.setCurrentRow(i)
                    self.views.blockSignals(False)

    def view_title(self, v: QueueView) -> str:
        if v.saved_name:
            return v.saved_name
        return {
            "needs_verification": self.tr("Needs verification"),
            "to_forward": self.tr("To forward"),
            "overdue": self.tr("Overdue"),
            "waiting_info": self.tr("Waiting for information"),
            "forwarded": self.tr("Awaiting follow-up"),
            "followed_up": self.tr("Followed up"),
            "conflicts": self.tr("Conflicts"),
            "rejected": self.tr("Rejected by the hub"),
            "all": self.tr("All complaints"),
            "for_my_agency": self.tr("For my agency"),
            "entered_by_me": self.tr("Entered by me"),
            "not_in_lapor": self.tr("Not in LAPOR! yet"),
        }.get(v.key, v.key)

    def _view_text(self, v: QueueView) -> str:
        n = self.counts.get(v.key)
        title = self.view_title(v)
        return f"{title}  ({QLocaleNumber(n)})" if n is not None else title

    def refresh_counts(self) -> None:
        svc, actor, views = self.service, self.actor, list(self.views_list_data)
        self.runner.db(lambda: svc.counts(actor, views), on_done=self._counts_in, on_error=lambda _e: None)

    def _counts_in(self, counts: dict[str, int]) -> None:
        self.counts = counts
        for i, v in enumerate(self.views_list_data):
            it = self.views.item(i)
            if it is not None:
                it.setText(self._view_text(v))

    # ================================================================== the query
    def _view_chosen(self, row: int) -> None:
        if 0 <= row < len(self.views_list_data):
            self.current_view = self.views_list_data[row]
            self.close_detail()
            self.delete_view_button.setEnabled(not self.current_view.builtin)
            q = self.current_view.query
            hh = self.table.horizontalHeader()
            hh.blockSignals(True)
            hh.setSortIndicator(COLUMNS.index(q.sort) if q.sort in COLUMNS else 2,
                                Qt.SortOrder.DescendingOrder if q.descending else Qt.SortOrder.AscendingOrder)
            hh.blockSignals(False)
            self.apply_query()

    def filter_query(self) -> QueueQuery:
        """What the search box, the filter bar and the sort header ask for."""
        status = self.f_status.currentData()
        cat_idx = self.f_category.findText(self.f_category.currentText())
        category = self.f_category.itemData(cat_idx) if cat_idx > 0 else None
        d_from = self.f_from.date()
        d_to = self.f_to.date()
        hh = self.table.horizontalHeader()
        col = hh.sortIndicatorSection()
        sort = COLUMNS[col] if 0 <= col < len(COLUMNS) else "received"
        return QueueQuery(
            statuses=(status,) if status else (), classification=self.f_class.currentData(),
            category_id=category, agency_id=self.f_agency.currentData(), channel=self.f_channel.currentData(),
            date_from=_iso(d_from), date_to=_iso(d_to), overdue=self.f_overdue.isChecked(),
            mine=self.f_mine.isChecked() and not actor_is_liaison(self.actor),
            text=self.search.text().strip() or None, sort=sort,
            descending=hh.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)

    def current_query(self) -> QueueQuery:
        base = self.current_view.query if self.current_view else QueueQuery()
        return base.with_filters(self.filter_query())

    def apply_query(self) -> None:
        self._search_timer.stop()
        if not self._started:
            return
        self._restore = None
        n_filters = sum(1 for x in (self.f_status.currentData(), self.f_class.currentData(),
                                    self.f_category.currentIndex() > 0 or None, self.f_agency.currentData(),
                                    self.f_channel.currentData(), _iso(self.f_from.date()), _iso(self.f_to.date()),
                                    self.f_overdue.isChecked() or None,
                                    (self.f_mine.isChecked() and not actor_is_liaison(self.actor)) or None) if x)
        self.filter_toggle.setText(self.tr("Filters (%1)").replace("%1", str(n_filters)) if n_filters
                                   else self.tr("Filters"))
        self.count_label.setText(self.tr("Loading…"))
        self.model.set_query(self.current_query())

    def _sort_changed(self, _col: int, _order: Qt.SortOrder) -> None:
        self.apply_query()

    def clear_filters(self) -> None:
        widgets = (self.f_status, self.f_class, self.f_category, self.f_agency, self.f_channel, self.f_from,
                   self.f_to, self.f_overdue, self.f_mine)
        for w in widgets:
            w.blockSignals(True)
        for c in (self.f_status, self.f_class, self.f_category, self.f_agency, self.f_channel):
            c.setCurrentIndex(0)
        self.f_from.setDate(NO_DATE)
        self.f_to.setDate(NO_DATE)
        self.f_overdue.setChecked(False)
        if not actor_is_liaison(self.actor):
            self.f_mine.setChecked(False)
        for w in widgets:
            w.blockSignals(False)
        self.apply_query()

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

    def _selection_changed(self, *_a) -> None:  # type: ignore[no-untyped-def]
        n = len(self.table.selectionModel().selectedRows())
        show = n > 1 and bool(self.bulk_buttons)
        self.bulk_bar.setVisible(show)
        if show:
            self.bulk_label.setText(self.tr("%1 complaints selected").replace("%1", str(n)))

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

    # ================================================================== actions
    def request_action(self, action: str, resolves: list | None = None, ids: list[str] | None = None) -> ActionDialog | None:
        """Open the action's dialog (non-blocking); ``submitted`` writes the event."""
        d = self.detail.detail
        ids = ids or ([self.detail.current_id] if self.detail.current_id else [])
        if not ids:
            return None
        if action == "reprint":
            self.reprint(ids[0])
            return None
        dlg = ActionDialog(action, lang=self.lang, count=len(ids),
                           agencies=sorted(self.agencies.items(), key=lambda kv: kv[1]),
                           categories=sorted(self.categories.items(), key=lambda kv: kv[1]),
                           state=d.state if d is not None and len(ids) == 1 else None,
                           resolves=resolves or [], parent=self)
        dlg.submitted.connect(lambda payload, a=action, i=list(ids), dl=dlg: self.perform(a, i, payload, dl))
        dlg.finished.connect(lambda _r, dl=dlg: self._dialog_closed(dl))
        self.dialog = dlg
        dlg.open()
        return dlg

    def _dialog_closed(self, dlg: ActionDialog) -> None:
        if self.dialog is dlg:
            self.dialog = None
        dlg.deleteLater()

    def bulk_action(self, action: str) -> ActionDialog | None:
        ids = self.selected_ids()
        if not ids:
            return None
        return self.request_action(action, [], ids)

    def perform(self, action: str, ids: list[str], payload: dict, dlg: ActionDialog | None = None,
                on_done=None) -> None:  # type: ignore[no-untyped-def]
        """One event per complaint through the service, in one transaction; then the table and the
        detail are read again."""
        svc, actor = self.complaints, self.actor
        self.runner.db(lambda: svc.act_many(actor, ids, action, payload),
                       on_done=lambda events: self._acted(action, ids, events, dlg, on_done),
                       on_error=lambda e: self._act_failed(e, dlg))

    def _acted(self, action: str, ids: list[str], events, dlg, on_done) -> None:  # type: ignore[no-untyped-def]
        if dlg is not None:
            dlg.accept()
        n = len(ids)
        msg = (self.tr("%1: done for %2 complaints.").replace("%1", action_label(action)).replace("%2", str(n))
               if n > 1 else self.tr("%1: done.").replace("%1", action_label(action)))
        self._status(msg)
        self.refresh()
        self.acted.emit(action, n)
        if on_done is not None:
            on_done(events)

    def _act_failed(self, exc: BaseException, dlg: ActionDialog | None) -> None:
        if isinstance(exc, InvalidInput) and dlg is not None:
            dlg.show_errors(exc.errors)
            return
        if isinstance(exc, InvalidAction):
            text = self.tr("This action is no longer possible: the complaint changed in the meantime. The list "
                           "has been refreshed.")
        elif refusal_text(exc, self.actor.role) is not None:
            text = refusal_text(exc, self.actor.role) or ""
        elif (full := storage_error_text(exc, self.desk.paths.data_dir)) is not None:
            text = full
        elif isinstance(exc, LaporError):
            text = self.tr("The action was not saved (%1).").replace("%1", exc.code)
        else:
            text = self.tr("The action was not saved (%1). Details are in the log file.").replace(
                "%1", type(exc).__name__)
            log.error("action failed: %s", type(exc).__name__, exc_info=exc)
        if dlg is not None:
            dlg.show_failure(text)
        else:
            dialogs.inform(self, self.tr("Action not saved"), text, error=True)
        self.refresh()

    def _resolve(self, action: str, payload: dict) -> None:
        if self.detail.current_id:
            self.perform(action, [self.detail.current_id], payload)
            self.detail.tabs.setCurrentIndex(0)

    def reprint(self, complaint_id: str) -> None:
        """The receipt again, marked as a reprint with the name of who prints it (keyboard: Enter prints)."""
        fd, actor = FrontDeskService(self.desk), self.actor

        def show(receipt) -> None:  # type: ignore[no-untyped-def]
            from . import receipt_actions

            self.preview_dialog = receipt_actions.preview(self, receipt, "a4", "id")
            self.preview_dialog.saved.connect(
                lambda where: self._status(self.tr("Receipt saved as PDF: %1").replace("%1", where)))

        self.runner.db(lambda: fd.receipt(actor, complaint_id, reprint=True), on_done=show,
                       on_error=lambda e: dialogs.inform(self, self.tr("Reprint receipt"),
                                                         self.tr("The receipt cannot be printed (%1).")
                                                         .replace("%1", getattr(e, "code", type(e).__name__)),
                                                         error=True))

    def _status(self, text: str) -> None:
        w = self.window()
        sb = getattr(w, "statusBar", None)
        if callable(sb):
            sb().showMessage(text, 6000)

    # ================================================================== saved views
    def save_current_view(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save as view"), self.tr("Name of the view:"))
            if not ok:
                return
        name = (name or "").strip()
        if not name:
            return
        q = self.current_query()
        svc, actor = self.service, self.actor
        self.runner.db(lambda: (svc.save_view(actor, name, q), svc.views(actor)),
                       on_done=lambda res: (self._set_views(res[1], res[0].key), self._view_chosen(self.views.currentRow()),
                                            self.refresh_counts()))

    def delete_current_view(self) -> None:
        v = self.current_view
        if v is None or v.builtin or v.saved_name is None:
            return
        svc, actor, name = self.service, self.actor, v.saved_name
        self.runner.db(lambda: (svc.delete_view(actor, name), svc.views(actor)),
                       on_done=lambda res: (self._set_views(res[1]), self.views.setCurrentRow(0), self.refresh_counts()))

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

    def show_query(self, q: QueueQuery) -> None:
        """Show the "all" view narrowed to ``q``'s filters (a dashboard bar, a report row)."""
        keys = [v.key for v in self.views_list_data]
        if "all" in keys:
            self.views.setCurrentRow(keys.index("all"))
        widgets = (self.f_status, self.f_class, self.f_category, self.f_agency, self.f_channel, self.f_from,
                   self.f_to, self.f_overdue)
        for w in widgets:
            w.blockSignals(True)
        for combo, value in ((self.f_status, q.statuses[0] if len(q.statuses) == 1 else None),
                             (self.f_class, q.classification), (self.f_category, q.category_id),
                             (self.f_agency, q.agency_id), (self.f_channel, q.channel)):
            i = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(0, i))
        self.f_from.setDate(QDate.fromString(q.date_from, "yyyy-MM-dd") if q.date_from else NO_DATE)
        self.f_to.setDate(QDate.fromString(q.date_to, "yyyy-MM-dd") if q.date_to else NO_DATE)
        self.f_overdue.setChecked(q.overdue)
        for w in widgets:
            w.blockSignals(False)
        self.filter_toggle.setChecked(True)
        self.apply_query()

    def shutdown(self) -> None:
        self._poll.stop()
        self._search_timer.stop()
        self.detail.cancel_fetch()


def actor_is_liaison(actor: Actor) -> bool:
    """The actor sees only its agency's complaints (domain/permissions.py)."""
    return agency_scoped(actor.role)


def _iso(d: QDate) -> str | None:
    if d == NO_DATE or not d.isValid():
        return None
    return date(d.year(), d.month(), d.day()).isoformat()


def QLocaleNumber(n: int | None) -> str:  # noqa: N802 - reads like Qt
    from PySide6.QtCore import QLocale

    return QLocale().toString(int(n or 0))


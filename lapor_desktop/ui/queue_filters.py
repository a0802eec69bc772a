"""The queue page's filter bar and search box: the query they ask for, applying and clearing it. A
mixin of ``QueuePage`` (its widgets are built there)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
)

from lapor_desktop.domain.enums import CLASSIFICATION_LABELS
from lapor_desktop.domain.permissions import agency_scoped
from lapor_desktop.domain.enums import Status
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.queue import QueueQuery

from .labels import channel_label, classification_label, status_label
from .queue_model import COLUMNS


NO_DATE = QDate(2000, 1, 1)


class QueueFilters:
    """The search box, the filter bar and the sort header turned into a ``QueueQuery``."""

    def _build_search_row(self) -> QHBoxLayout:
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
        return top

    def _build_filter_bar(self) -> QFrame:
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
        return self.filters

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


def actor_is_liaison(actor: Actor) -> bool:
    """The actor sees only its agency's complaints (domain/permissions.py)."""
    return agency_scoped(actor.role)


def _iso(d: QDate) -> str | None:
    if d == NO_DATE or not d.isValid():
        return None
    return date(d.year(), d.month(), d.day()).isoformat()

"""The queue page's filter bar and search box: the query they ask for, applying and clearing it. A
mixin of ``QueuePage`` (its widgets are built there)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
)

from lapor_desktop.domain.permissions import agency_scoped
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.queue import QueueQuery

from .queue_model import COLUMNS


NO_DATE = QDate(2000, 1, 1)


class QueueFilters:
    """The search box, the filter bar and the sort header turned into a ``QueueQuery``."""

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

"""Settings › Office closures: days the office is closed besides national holidays."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.errors import InvalidInput

from ..forms import Errors, note


class ClosuresTab:
    """The Office closures tab of :class:`~.page.SettingsPage` (a mixin)."""

    # ------------------------------------------------------------------ closures
    def _closures_tab(self) -> QWidget:
        w = QWidget()
        outer = QVBoxLayout(w)
        outer.addWidget(note(self.tr(
            "Days the office is closed besides national holidays (cuti bersama, local holidays). "
            "Deadlines skip these days; a change moves the due dates of open complaints.")))
        self.closures = QTableWidget(0, 2)
        self.closures.setObjectName("settings.closures")
        self.closures.setAccessibleName(self.tr("Office closure days"))
        self.closures.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Reason")])
        self.closures.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.closures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.closures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.closures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.closures.verticalHeader().setVisible(False)
        outer.addWidget(self.closures, 1)
        self.closure_errors = Errors("settings")
        form = QHBoxLayout()
        self.closure_date = QDateEdit()
        self.closure_date.setObjectName("settings.closure_date")
        self.closure_date.setAccessibleName(self.tr("Closure date"))
        self.closure_date.setCalendarPopup(True)
        self.closure_date.setDisplayFormat("dd-MM-yyyy")
        today = self.desk.today()
        self.closure_date.setDate(QDate(today.year, today.month, today.day))
        self.closure_name = QLineEdit()
        self.closure_name.setObjectName("settings.closure_name")
        self.closure_name.setAccessibleName(self.tr("Reason for the closure"))
        self.closure_name.setPlaceholderText(self.tr("e.g. Cuti bersama Idulfitri"))
        self.closure_name.setMaxLength(100)
        self.closure_add = QPushButton(self.tr("Add day"))
        self.closure_add.setObjectName("settings.closure_add")
        self.closure_add.clicked.connect(self.add_closure)
        self.closure_remove = QPushButton(self.tr("Remove selected day"))
        self.closure_remove.setObjectName("settings.closure_remove")
        self.closure_remove.clicked.connect(self.remove_closure)
        form.addWidget(QLabel(self.tr("Date")))
        form.addWidget(self.closure_errors.wrap("date", self.closure_date))
        form.addWidget(self.closure_name, 1)
        form.addWidget(self.closure_add)
        form.addWidget(self.closure_remove)
        outer.addLayout(form)
        self.closure_status = QLabel("")
        self.closure_status.setObjectName("settings.closures.status")
        self.closure_status.setWordWrap(True)
        outer.addWidget(self.closure_status)
        if not self.is_admin:
            for x in (self.closure_date, self.closure_name, self.closure_add, self.closure_remove):
                x.setEnabled(False)
        return w

    def add_closure(self) -> None:
        d = self.closure_date.date()
        day = date(d.year(), d.month(), d.day()).isoformat()
        name = self.closure_name.text().strip() or "Cuti bersama"
        ref, actor = self.reference, self.actor
        self.closure_add.setEnabled(False)
        self.closure_status.setText(self.tr("Saving and recalculating due dates…"))
        self.runner.db(lambda: ref.add_closure(actor, day, name), on_done=self._closures_changed,
                       on_error=self._closure_failed)

    def remove_closure(self) -> None:
        row = self.closures.currentRow()
        if row < 0 or row >= len(self._closure_rows):
            self.closure_status.setText(self.tr("Select a day in the list first."))
            return
        day = self._closure_rows[row].day
        ref, actor = self.reference, self.actor
        self.closure_remove.setEnabled(False)
        self.runner.db(lambda: ref.remove_closure(actor, day), on_done=self._closures_changed,
                       on_error=self._closure_failed)

    def _closures_changed(self, _r) -> None:  # type: ignore[no-untyped-def]
        self.closure_add.setEnabled(self.is_admin)
        self.closure_remove.setEnabled(self.is_admin)
        self.closure_name.clear()
        self.closure_status.setText(self.tr("Saved. Due dates of open complaints were recalculated."))
        self.saved.emit("closures")

    def _closure_failed(self, exc: BaseException) -> None:
        self.closure_add.setEnabled(self.is_admin)
        self.closure_remove.setEnabled(self.is_admin)
        if isinstance(exc, InvalidInput):
            self.closure_errors.show(exc.errors, self.lang, fallback="date")
            self.closure_status.setText("")
        else:
            self.closure_status.setText(self._failure(exc))

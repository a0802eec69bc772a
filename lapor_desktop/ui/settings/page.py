"""Pengaturan: the desk's settings after the first-run wizard (which it replaces for re-runs).

Tabs, one module each (mixins of :class:`SettingsPage`): General (language, office, deadline days,
attachment limits), Hub (enrolment, CA bundle), Office closures (cuti bersama days that move
deadlines) and Staff (accounts). Everything but the
language is for the system admin; other roles see the same information read-only.

A language change is saved at once and takes effect the next time the program starts (the
pages are built in one language; the wizard switches live because it is small).
All reads and writes go through services on the task runner (database thread; enrolment on the
network pool).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QTabWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.permissions import Right, may
from lapor_desktop.services import sync as sync_svc
from lapor_desktop.services.desk import Desk
from lapor_desktop.services.reference import ReferenceService
from lapor_desktop.services.settings import SettingsService
from lapor_desktop.services.users import UserService

from ..fmt import fmt_date, fmt_datetime
from ..forms import error_text, note
from ..labels import role_label
from ..look import set_role
from ..refusals import refusal_text
from ..tasks import TaskRunner
from .closures import ClosuresTab
from .general import GeneralTab
from .hub import HubTab
from .staff import StaffTab


class SettingsPage(GeneralTab, HubTab, ClosuresTab, StaffTab, QWidget):
    saved = Signal(str)  # what was saved: "general", "hub", "closures", "users"

    def __init__(self, desk: Desk, runner: TaskRunner, actor: Actor, lang: str = "id",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = runner
        self.actor = actor
        self.lang = lang
        self.is_admin = may(actor.role, Right.SETTINGS)  # others see the settings read-only
        self.settings_svc = SettingsService(desk)
        self.reference = ReferenceService(desk)
        self.users = UserService(desk)
        self.setObjectName("settings")
        self._agencies: list = []  # the reference's agencies (the role dialog offers them)
        self._user_rows: list = []
        self._closure_rows: list = []

        lay = QVBoxLayout(self)
        title = QLabel(self.tr("Settings"))
        set_role(title, "heading")
        lay.addWidget(title)
        if not self.is_admin:
            ro = note(self.tr("Only a system admin can change these settings. You can change the language."),
                      "settings.readonly")
            lay.addWidget(ro)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings.tabs")
        self.tabs.addTab(self._scroll(self._general_tab()), self.tr("General"))
        self.tabs.addTab(self._scroll(self._hub_tab()), self.tr("Hub"))
        self.tabs.addTab(self._closures_tab(), self.tr("Office closures"))
        self.tabs.addTab(self._users_tab(), self.tr("Staff"))
        lay.addWidget(self.tabs, 1)
        # a save here or anywhere, an enrolment, a sync: the page reads again (ui/bridge.py)
        self.runner.on_changes(self.desk, self._changed, self)
        self.refresh()

    @staticmethod
    def _scroll(w: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(w)
        return area

    def _msg(self, e) -> str:  # type: ignore[no-untyped-def]
        return error_text(e, self.lang)

    def _failure(self, exc: BaseException) -> str:
        refused = refusal_text(exc, self.actor.role)
        if refused is not None:
            return refused
        return self.tr("Not saved (%1). Details are in the log file.").replace("%1", type(exc).__name__)
    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        desk, ref, users = self.desk, self.reference, self.users

        def load():  # type: ignore[no-untyped-def]
            ov = sync_svc.SyncService(desk).overview(runs=1, rejected=0)
            return ov, ref.closures(), users.list(), ref.agencies(), users.paused_logins()

        self.runner.db(load, on_done=self._loaded, on_error=lambda _e: None)

    def show_connection(self, text: str) -> None:
        """The hub connection as the status bar shows it."""
        self.hub_connection.setText(text)
        self.hub_connection.setAccessibleName(text)

    def _changed(self, ch) -> None:  # type: ignore[no-untyped-def]
        """What the page shows: settings and closures, accounts, enrolment and the last sync (a
        hidden page reads when shown)."""
        if (ch.settings or ch.accounts or ch.sync) and self.isVisible() and not self.runner.closed:
            self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        """Read again when shown: enrolment happens elsewhere too (the wizard, the CLI, the demo)."""
        super().showEvent(event)
        if not self.runner.closed:
            self.refresh()

    def _loaded(self, data) -> None:  # type: ignore[no-untyped-def]
        ov, closures, users, agencies, paused = data
        st = self.desk.settings
        if ov.enrolled:
            text = self.tr("Enrolled with the hub at %1.").replace("%1", ov.hub_url)
            if ov.last_sync_at:
                text += " " + self.tr("Last sync: %1.").replace("%1", fmt_datetime(ov.last_sync_at, self.desk.tz))
        else:
            text = self.tr("Not enrolled: this desk works on its own until it is enrolled with a hub.")
        self.hub_state.setText(text)
        self.device_id.setText(st.device_id or "—")
        # only the admin can act on it (other roles were told to "ask the administrator")
        self.token_warning.setVisible(ov.token_store == "file" and self.is_admin)

        self._closure_rows = list(closures)
        self.closures.setRowCount(len(closures))
        for i, c in enumerate(closures):
            try:
                shown = fmt_date(date.fromisoformat(c.day))
            except ValueError:
                shown = c.day
            item = QTableWidgetItem(shown)
            item.setData(Qt.ItemDataRole.UserRole, c.day)
            self.closures.setItem(i, 0, item)
            self.closures.setItem(i, 1, QTableWidgetItem(c.name))

        self._agencies = list(agencies)
        current = self.user_agency.currentData()
        self.user_agency.clear()
        for a in agencies:
            self.user_agency.addItem(a.name, a.id)
        if current is not None:
            self.user_agency.setCurrentIndex(max(0, self.user_agency.findData(current)))
        names = {a.id: a.name for a in agencies}
        self._user_rows = list(users)
        self.user_table.setRowCount(len(users))
        for i, u in enumerate(users):
            cells = (u.login, u.name, role_label(u.role), names.get(u.agency_id, "") if u.agency_id else "",
                     self.tr("disabled") if u.disabled else
                     self.tr("sign-in paused until %1").replace("%1", fmt_datetime(paused[u.login], self.desk.tz))
                     if u.login in paused else self.tr("active"))
            for j, text in enumerate(cells):
                self.user_table.setItem(i, j, QTableWidgetItem(text))

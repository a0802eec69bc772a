"""Settings › Staff: the desk's accounts (add, disable, new password, lift a sign-in pause)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.errors import InvalidInput, LaporError
from lapor_desktop.domain.enums import STAFF_ROLES
from lapor_desktop.domain.permissions import agency_scoped

from ..account_role_dialog import change_role
from ..forms import Errors
from ..labels import role_label


class StaffTab:
    """The Staff tab of :class:`~.page.SettingsPage` (a mixin)."""

    # ------------------------------------------------------------------ staff
    def _users_tab(self) -> QWidget:
        w = QWidget()
        outer = QVBoxLayout(w)
        self.user_table = QTableWidget(0, 5)
        self.user_table.setObjectName("settings.users")
        self.user_table.setAccessibleName(self.tr("Staff accounts"))
        self.user_table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Name"), self.tr("Role"),
                                                   self.tr("Agency"), self.tr("Account")])
        hh = self.user_table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.user_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.user_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.user_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.user_table.verticalHeader().setVisible(False)
        outer.addWidget(self.user_table, 1)
        outer.addLayout(self._user_actions())
        outer.addWidget(self._add_user_box())
        self.user_status = QLabel("")
        self.user_status.setObjectName("settings.users.status")
        self.user_status.setWordWrap(True)
        outer.addWidget(self.user_status)
        if not self.is_admin:
            self.add_box.setVisible(False)
            for x in (self.user_toggle, self.user_unpause, self.new_password, self.user_reset,
                      self.user_role_change):
                x.setVisible(False)
        office_wide = QLabel(self.tr("Accounts belong to the whole office: a change made here applies on "
                                     "every desk of the office after a sync."))
        office_wide.setWordWrap(True)
        outer.insertWidget(0, office_wide)
        return w

    def _user_actions(self) -> QHBoxLayout:
        """Disable or enable, lift a sign-in pause, a new password: for the selected account."""
        actions = QHBoxLayout()
        self.user_toggle = QPushButton(self.tr("Disable / enable account"))
        self.user_toggle.setObjectName("settings.user_toggle")
        self.user_toggle.clicked.connect(self.toggle_user)
        self.new_password = QLineEdit()
        self.new_password.setObjectName("settings.user_new_password")
        self.new_password.setAccessibleName(self.tr("New password for the selected account"))
        self.new_password.setPlaceholderText(self.tr("new password (at least 8 characters)"))
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setMinimumWidth(280)
        self.user_reset = QPushButton(self.tr("Set new password"))
        self.user_reset.setObjectName("settings.user_reset")
        self.user_reset.clicked.connect(self.reset_password)
        self.user_unpause = QPushButton(self.tr("Lift sign-in pause"))
        self.user_unpause.setObjectName("settings.user_unpause")
        self.user_unpause.setToolTip(self.tr("After five wrong passwords sign-in waits five minutes; "
                                             "lift the pause for the selected account now."))
        self.user_unpause.clicked.connect(self.unpause_user)
        self.user_role_change = QPushButton(self.tr("Change role…"))  # ui/account_role_dialog.py
        self.user_role_change.setObjectName("settings.user_role_change")
        self.user_role_change.clicked.connect(self.change_role)
        actions.addWidget(self.user_toggle)
        actions.addWidget(self.user_unpause)
        actions.addWidget(self.user_role_change)
        actions.addStretch(1)
        actions.addWidget(self.new_password)
        actions.addWidget(self.user_reset)
        return actions

    def _add_user_box(self) -> QGroupBox:
        self.add_box = QGroupBox(self.tr("Add a staff account"))
        f = QFormLayout(self.add_box)
        self.user_errors = Errors("settings.user")
        self.user_login = QLineEdit()
        self.user_login.setObjectName("settings.user_login")
        self.user_login.setAccessibleName(self.tr("Login"))
        self.user_login.setMaxLength(32)
        self.user_name = QLineEdit()
        self.user_name.setObjectName("settings.user_name")
        self.user_name.setAccessibleName(self.tr("Full name"))
        self.user_role = QComboBox()
        self.user_role.setObjectName("settings.user_role")
        self.user_role.setAccessibleName(self.tr("Role"))
        for r in STAFF_ROLES:
            self.user_role.addItem(role_label(str(r)), str(r))
        self.user_agency = QComboBox()
        self.user_agency.setObjectName("settings.user_agency")
        self.user_agency.setAccessibleName(self.tr("Agency (for an agency liaison)"))
        self.user_agency.setEnabled(False)
        self.user_role.currentIndexChanged.connect(
            lambda _i: self.user_agency.setEnabled(agency_scoped(self.user_role.currentData())))
        self.user_password = QLineEdit()
        self.user_password.setObjectName("settings.user_password")
        self.user_password.setAccessibleName(self.tr("Password"))
        self.user_password.setEchoMode(QLineEdit.EchoMode.Password)
        f.addRow(self.tr("Login"), self.user_errors.wrap("login", self.user_login))
        f.addRow(self.tr("Full name"), self.user_errors.wrap("name", self.user_name))
        f.addRow(self.tr("Role"), self.user_errors.wrap("role", self.user_role))
        f.addRow(self.tr("Agency"), self.user_errors.wrap("agency_id", self.user_agency))
        f.addRow(self.tr("Password"), self.user_errors.wrap("password", self.user_password))
        self.user_add = QPushButton(self.tr("Add account"))
        self.user_add.setObjectName("settings.user_add")
        self.user_add.clicked.connect(self.add_user)
        f.addRow(self.user_add)
        return self.add_box

    def change_role(self) -> None:
        login = self._selected_login()
        if login is not None:
            change_role(self, login)

    def _selected_login(self) -> str | None:
        row = self.user_table.currentRow()
        if row < 0 or row >= len(self._user_rows):
            self.user_status.setText(self.tr("Select an account in the list first."))
            return None
        return self._user_rows[row].login

    def add_user(self) -> None:
        role = self.user_role.currentData()
        agency = self.user_agency.currentData() if agency_scoped(role) else None
        kw = dict(login=self.user_login.text(), role=role, password=self.user_password.text(),
                  name=self.user_name.text(), agency_id=agency)
        users, actor = self.users, self.actor
        self.user_add.setEnabled(False)
        self.runner.db(lambda: users.add(actor, **kw), on_done=self._user_added, on_error=self._user_failed)

    def _user_added(self, user) -> None:  # type: ignore[no-untyped-def]
        self.user_add.setEnabled(True)
        self.user_errors.clear()
        for e in (self.user_login, self.user_name, self.user_password):
            e.clear()
        self.user_status.setText(self.tr("Account %1 added.").replace("%1", user.login))
        self.saved.emit("users")

    def _user_failed(self, exc: BaseException) -> None:
        self.user_add.setEnabled(True)
        self.user_toggle.setEnabled(True)
        self.user_reset.setEnabled(True)
        if isinstance(exc, InvalidInput):
            loose = self.user_errors.show(exc.errors, self.lang)
            if any(e.field == "password" for e in exc.errors) and self.new_password.text():
                loose = [self._msg(e) for e in exc.errors]
            self.user_status.setText("\n".join(loose))
        elif isinstance(exc, LaporError) and exc.code == "cannot_disable_self":
            self.user_status.setText(self.tr("You cannot disable your own account."))
        else:
            self.user_status.setText(self._failure(exc))

    def toggle_user(self) -> None:
        login = self._selected_login()
        if login is None:
            return
        current = next(u for u in self._user_rows if u.login == login)
        users, actor = self.users, self.actor
        self.user_toggle.setEnabled(False)
        self.runner.db(lambda: users.set_disabled(actor, login, not current.disabled),
                       on_done=self._user_toggled, on_error=self._user_failed)

    def _user_toggled(self, user) -> None:  # type: ignore[no-untyped-def]
        self.user_toggle.setEnabled(True)
        self.user_status.setText((self.tr("Account %1 disabled.") if user.disabled
                                  else self.tr("Account %1 enabled.")).replace("%1", user.login))
        self.saved.emit("users")

    def unpause_user(self) -> None:
        login = self._selected_login()
        if login is None:
            return
        users, actor = self.users, self.actor
        self.user_unpause.setEnabled(False)
        self.runner.db(lambda: users.unlock(actor, login), on_done=lambda lifted: self._unpaused(login, lifted),
                       on_error=self._unpause_failed)

    def _unpaused(self, login: str, lifted: bool) -> None:
        self.user_unpause.setEnabled(True)
        self.user_status.setText((self.tr("Sign-in pause lifted for %1.") if lifted
                                  else self.tr("Sign-in was not paused for %1.")).replace("%1", login))

    def _unpause_failed(self, exc: BaseException) -> None:
        self.user_unpause.setEnabled(True)
        self.user_status.setText(self._failure(exc))

    def reset_password(self) -> None:
        login = self._selected_login()
        if login is None:
            return
        pw = self.new_password.text()
        users, actor = self.users, self.actor
        self.user_reset.setEnabled(False)
        self.runner.db(lambda: users.set_password(actor, login, pw),
                       on_done=lambda _r: self._password_set(login), on_error=self._user_failed)

    def _password_set(self, login: str) -> None:
        self.user_reset.setEnabled(True)
        self.new_password.clear()
        self.user_status.setText(self.tr("New password set for %1.").replace("%1", login))

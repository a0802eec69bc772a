"""The sign-in dialog: staff accounts from the store, checked on the database thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.errors import AuthFailed
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.users import UserService

from .tasks import TaskRunner


class LoginDialog(QDialog):
    def __init__(self, runner: TaskRunner, users: UserService, office_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.users = users
        self.actor: Actor | None = None
        self.setObjectName("login")
        self.setWindowTitle(self.tr("LAPOR! Desk — Sign in"))
        self.setMinimumWidth(420)

        title = QLabel(self.tr("LAPOR! Desk"))
        f = QFont(title.font())
        f.setPointSizeF(f.pointSizeF() * 1.6)
        f.setBold(True)
        title.setFont(f)
        office = QLabel(office_name)
        office.setWordWrap(True)
        office.setObjectName("login.office")
        hint = QLabel(self.tr("Sign in with your staff account."))
        hint.setWordWrap(True)

        self.user = QLineEdit()
        self.user.setObjectName("login.user")
        self.user.setAccessibleName(self.tr("User name"))
        self.user.setMaxLength(32)
        self.password = QLineEdit()
        self.password.setObjectName("login.password")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        for w in (self.user, self.password):
            lbl = form.labelForField(w)
            if isinstance(lbl, QLabel):
                lbl.setBuddy(w)

        self.error = QLabel("")
        self.error.setObjectName("login.error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)

        self.ok = QPushButton(self.tr("Sign in"))
        self.ok.setObjectName("login.ok")
        self.ok.setDefault(True)
        self.cancel = QPushButton(self.tr("Quit"))
        self.cancel.setObjectName("login.cancel")
        self.ok.clicked.connect(self._submit)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)

        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(office)
        lay.addSpacing(6)
        lay.addWidget(hint)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addLayout(buttons)
        self.user.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._submit)
        self.user.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        login = self.user.text().strip()
        password = self.password.text()
        if not login or not password:
            self._show_error(self.tr("Enter your user name and password."))
            return
        self._set_busy(True)
        users = self.users
        self.runner.db(lambda: users.authenticate(login, password), on_done=self._signed_in,
                       on_error=self._failed)

    def _signed_in(self, actor: Actor) -> None:
        self._set_busy(False)
        self.actor = actor
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, AuthFailed):
            self._show_error(self.tr("User name or password is wrong, or the account is disabled."))
        else:
            self._show_error(self.tr("Sign-in failed because of a problem with the database. "
                                     "Details are in the log file."))
        self.password.selectAll()
        self.password.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _set_busy(self, busy: bool) -> None:
        for w in (self.ok, self.user, self.password):
            w.setEnabled(not busy)
        self.ok.setText(self.tr("Checking…") if busy else self.tr("Sign in"))

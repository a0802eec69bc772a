"""The lock screen and the idle watch that brings it.

After ``Settings.idle_lock_minutes`` without a key press, click or wheel turn anywhere in the
program (or at once: Ctrl+L), the main window is covered by a lock screen: a frameless,
application-modal window over the main window's whole frame, so nothing on screen can be read or
used, and nothing is closed or lost underneath (the form, the queue, a dialog left open all stay
as they were). It asks for the signed-in user's password again (checked like a sign-in: five
failures pause the login). Somebody else may only "Switch user", which keeps the first user's
unsaved form as a draft for them (``MainWindow.leave``).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.errors import AuthFailed, PermissionDenied
from lapor_desktop.services.session import Session
from lapor_desktop.services.users import SignInPaused, UserService

from .labels import role_label
from .login import paused_text
from .tasks import TaskRunner
from .look import set_role

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.MouseMove}


class IdleWatch(QObject):
    """Emits ``idle`` once after ``timeout_ms`` without user input anywhere in the application.
    Input only notes the time (cheap); a timer looks at it a few times per period."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_ms = max(0, int(timeout_ms))
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self._installed = False

    def start(self) -> None:
        self._last = time.monotonic()
        if self.timeout_ms <= 0:
            return
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.setInterval(max(50, min(15_000, self.timeout_ms // 4)))
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def set_timeout(self, timeout_ms: int) -> None:
        running = self._timer.isActive()
        self.stop()
        self.timeout_ms = max(0, int(timeout_ms))
        if running or self.timeout_ms > 0:
            self.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT:
            self._last = time.monotonic()
        return False

    def _check(self) -> None:
        if (time.monotonic() - self._last) * 1000 >= self.timeout_ms:
            self._timer.stop()
            self.idle.emit()


class LockScreen(QDialog):
    """Covers ``window`` until the signed-in user's password is given again."""

    unlocked = Signal()
    switch_requested = Signal()

    def __init__(self, window: QWidget, runner: TaskRunner, users: UserService, session: Session,
                 office_name: str) -> None:
        super().__init__(window, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.cover = window
        self.runner = runner
        self.users = users
        self.session = session
        self._busy = False
        self.setObjectName("lock")
        self.setModal(True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("LAPOR! Desk — Locked"))

        panel = QFrame()
        panel.setObjectName("lock.panel")
        panel.setMaximumWidth(480)
        title = QLabel(self.tr("LAPOR! Desk is locked"))
        title.setObjectName("lock.title")
        f = QFont(title.font())
        f.setPointSizeF(f.pointSizeF() * 1.5)
        f.setBold(True)
        title.setFont(f)
        title.setWordWrap(True)
        office = QLabel(office_name)
        office.setWordWrap(True)
        who = QLabel(self.tr("Signed in: %1 (%2)").replace("%1", session.name or session.login)
                     .replace("%2", role_label(session.role)))
        who.setObjectName("lock.user")
        who.setWordWrap(True)
        hint = QLabel(self.tr("Nothing on screen was closed. Enter your password to go on where you "
                              "left off. Somebody else: choose “Switch user”; your unsaved form is "
                              "kept as a draft for you."))
        hint.setWordWrap(True)
        hint.setObjectName("lock.hint")

        self.password = QLineEdit()
        self.password.setObjectName("lock.password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setMaxLength(256)
        pw_label = QLabel(self.tr("&Password"))
        pw_label.setBuddy(self.password)
        self.error = QLabel("")
        self.error.setObjectName("lock.error")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.setVisible(False)

        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("lock.unlock")
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(self.tr("S&witch user"))
        self.switch_button.setObjectName("lock.switch")
        self.switch_button.setAutoDefault(False)
        self.unlock_button.clicked.connect(self._submit)
        self.switch_button.clicked.connect(self._switch)
        self.password.returnPressed.connect(self._submit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        for w in (title, office, who, hint, pw_label, self.password, self.error):
            inner.addWidget(w)
        inner.addSpacing(6)
        inner.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self._done = False

    # ------------------------------------------------------------------ showing
    def cover_window(self) -> None:
        """Over the main window's whole frame (title bar included), in front of it."""
        geo = self.cover.frameGeometry()
        if geo.width() < 200 or geo.height() < 200:
            geo = self.cover.geometry()
        self.setGeometry(geo)
        self.show()
        self.raise_()
        self.activateWindow()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ answers
    def _submit(self) -> None:
        if self._busy:
            return
        password = self.password.text()
        if not password:
            self._show_error(self.tr("Enter your password."))
            return
        self._busy = True
        self.unlock_button.setText(self.tr("Checking…"))
        users, session = self.users, self.session
        self.runner.db(lambda: users.confirm(session, password), on_done=self._ok, on_error=self._failed)

    def _ok(self, _result: object) -> None:
        self._busy = False
        self._done = True
        self.password.clear()
        self.hide()
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.unlock_button.setText(self.tr("&Unlock"))
        if isinstance(exc, SignInPaused):
            self._show_error(paused_text(exc.minutes))
        elif isinstance(exc, (AuthFailed, PermissionDenied)):
            self._show_error(self.tr("The password is wrong."))
        else:
            self._show_error(self.tr("The password could not be checked because of a problem with the "
                                     "database. Details are in the log file."))
        self.password.selectAll()
        self.password.setFocus()

    def _switch(self) -> None:
        self._done = True
        self.password.clear()
        self.hide()
        self.switch_requested.emit()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    # ------------------------------------------------------------------ no way around it
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:  # Escape never unlocks
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:  # Escape, the window manager's close: stays locked
        return

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self._done:
            event.ignore()
            return
        super().closeEvent(event)

"""The sign-in dialog: staff accounts from the store, checked on the database thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.errors import AuthFailed
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.session import Session
from lapor_desktop.services.users import SignInPaused, UserService

from .tasks import TaskRunner
from .look import set_role


class LoginDialog(QDialog):
    def __init__(self, runner: TaskRunner, users: UserService, office_name: str,
                 parent: QWidget | None = None, *,
                 training_accounts: list[tuple[str, str, str]] | None = None,
                 training_password: str = "", initial_login: str = "") -> None:
        super().__init__(parent)
        self.runner = runner
        self.users = users
        self.session: Session | None = None
        self.actor: Actor | None = None  # the same object as ``session`` (a Session is an Actor)
        self._busy = False
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

        form = self._build_fields()
        buttons = self._build_buttons()

        lay = QVBoxLayout(self)
        lay.addWidget(title)
        if training_accounts:
            banner = QLabel(self.tr("TRAINING — practice data only, nothing here is real"))
            banner.setObjectName("login.training")
            banner.setWordWrap(True)
            lay.addWidget(banner)
        lay.addWidget(office)
        lay.addSpacing(6)
        lay.addWidget(hint)
        lay.addLayout(form)
        lay.addWidget(self.error)
        self.notice = QLabel("")
        self.notice.setObjectName("login.notice")
        self.notice.setWordWrap(True)
        set_role(self.notice, "note")
        self.notice.setVisible(False)
        lay.addWidget(self.notice)
        if training_accounts:
            lay.addWidget(self._accounts_table(training_accounts, training_password))
        lay.addLayout(buttons)
        self.user.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._submit)
        if initial_login:  # e.g. the administrator the first-run wizard just created
            self.user.setText(initial_login)
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.user.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_fields(self) -> QFormLayout:
        """User name and password (with their labels), and the error line below them."""
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
        set_role(self.error, "error")
        self.error.setVisible(False)
        return form

    def _build_buttons(self) -> QHBoxLayout:
        """Quit and Sign in; Enter signs in."""
        self.ok = QPushButton(self.tr("Sign in"))
        self.ok.setObjectName("login.ok")
        self.ok.setDefault(True)
        self.cancel = QPushButton(self.tr("Quit"))
        self.cancel.setObjectName("login.cancel")
        # Enter never quits: "Quit" must not become the default button when it gets the focus
        self.cancel.setAutoDefault(False)
        self.ok.clicked.connect(self._submit)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.ok)
        return buttons

    def _accounts_table(self, accounts: list[tuple[str, str, str]], password: str) -> QWidget:
        """Training accounts, one per role; choosing one fills in the sign-in form."""
        box = QGroupBox(self.tr("Training accounts (password: %1)").replace("%1", password))
        box.setObjectName("login.accounts")
        table = QTableWidget(len(accounts), 3, box)
        table.setObjectName("login.accountsTable")
        table.setAccessibleName(self.tr("Training accounts"))
        table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Role"), self.tr("Name")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for row, (login, role, name) in enumerate(accounts):
            for col, value in enumerate((login, role, name)):
                table.setItem(row, col, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        height = table.verticalHeader().length() + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        table.setFixedHeight(height)
        width = sum(table.columnWidth(c) for c in range(3)) + 2 * table.frameWidth() + 24
        self.setMinimumWidth(max(self.minimumWidth(), width + 40))

        def pick(row: int, _col: int = 0) -> None:
            self.user.setText(accounts[row][0])
            self.password.setText(password)
            self.ok.setFocus()

        table.cellClicked.connect(pick)
        table.cellActivated.connect(pick)
        lay = QVBoxLayout(box)
        lay.addWidget(table)
        return box

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter never reaches QDialog's default-button handling: the fields handle it themselves
        (user name: on to the password; password: sign in), the "Sign in" button clicks itself, and
        nothing else may turn Enter into "Quit". Escape still closes the dialog."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _submit(self) -> None:
        if self._busy:
            return
        login = self.user.text().strip()
        password = self.password.text()
        if not login or not password:
            self._show_error(self.tr("Enter your user name and password."))
            return
        self._set_busy(True)
        users = self.users
        self.runner.db(lambda: users.sign_in(login, password), on_done=self._signed_in,
                       on_error=self._failed)

    def _signed_in(self, session: Session) -> None:
        self._set_busy(False)
        self.session = self.actor = session
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, SignInPaused):
            self._show_error(paused_text(exc.minutes))
        elif isinstance(exc, AuthFailed):
            self._show_error(self.tr("User name or password is wrong, or the account is disabled."))
        else:
            self._show_error(self.tr("Sign-in failed because of a problem with the database. "
                                     "Details are in the log file."))
        self.password.selectAll()
        self.password.setFocus()

    def set_notice(self, text: str) -> None:
        """A line of news under the form (the demo's data being prepared); empty hides it."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def _set_busy(self, busy: bool) -> None:
        # nothing is disabled while checking: a disabled field would pass the focus (and the
        # Enter key still on its way) to the next button
        self._busy = busy
        for w in (self.user, self.password):
            w.setReadOnly(busy)
        self.ok.setText(self.tr("Checking…") if busy else self.tr("Sign in"))


def paused_text(minutes: int) -> str:
    """The same words for every login typed, real or not (they say nothing about which exist)."""
    return QCoreApplication.translate("LoginDialog", "Too many failed sign-ins with this user name. Try again in %n minute(s), or ask the administrator to lift the pause.", "", minutes)  # noqa: E501


class SignInLoop(QObject):
    """Sign-in -> main window -> (sign out / switch user) -> sign-in … until "Quit" or the window
    is closed; the program never restarts for a change of user.

    ``make_login()`` builds a sign-in dialog; ``make_window(session)`` the main window for a
    session (it must have ``leave_requested(str)``, ``closed()`` and ``show_first()``). The loop
    ends the session (``UserService.sign_out``) whenever its window goes, and emits ``finished``
    when the program should end."""

    finished = Signal()
    window_opened = Signal(object)

    def __init__(self, users: UserService, make_login: Callable[[], LoginDialog],
                 make_window: Callable[[Session], QWidget], parent: QObject | None = None) -> None:
        # the program's QApplication as the parent: the loop lives as long as the program and is
        # never left to Python's cycle collector (freeing a QObject from it mid-event crashes)
        super().__init__(parent)
        self.users = users
        self.make_login = make_login
        self.make_window = make_window
        self.login: LoginDialog | None = None
        self.window: QWidget | None = None
        self.session: Session | None = None
        self._old: list[QWidget] = []
        self._spent_login: LoginDialog | None = None

    def start(self, notice: str = "") -> LoginDialog:
        dlg = self.make_login()
        self.login = dlg
        if notice:
            dlg.set_notice(notice)
        dlg.accepted.connect(self._signed_in)
        dlg.rejected.connect(self.finished.emit)
        dlg.show()
        dlg.raise_()
        dlg.activateWindow()
        return dlg

    def _signed_in(self) -> None:
        dlg = self.login
        if dlg is None:
            return
        session = dlg.session
        # kept until the next sign-in replaces it: never freed inside its own signal
        self.login, self._spent_login = None, dlg
        if session is None:
            self.finished.emit()
            return
        self.session = session
        window = self.make_window(session)
        self.window = window
        window.leave_requested.connect(self._left)  # type: ignore[attr-defined]
        window.closed.connect(self._closed)  # type: ignore[attr-defined]
        window.show_first()  # type: ignore[attr-defined]
        self.window_opened.emit(window)

    def _end_session(self, window: QWidget | None = None) -> None:
        """End the session after whatever its window already queued on the database thread
        (a save in flight still completes under it); at once when there is no runner."""
        session, self.session = self.session, None
        if session is None:
            return
        runner = getattr(window, "runner", None)
        users = self.users
        if runner is not None and not runner.closed:
            runner.db(lambda: users.sign_out(session))
        else:
            users.sign_out(session)

    def _left(self, kind: str) -> None:
        window, self.window = self.window, None
        self._end_session(window)
        if window is not None:
            self._dispose(window)
        notice = (self.tr("Signed out. An unsaved complaint form was kept as a draft for its author.")
                  if kind == "sign_out" else
                  self.tr("Switch user: sign in with your own account. An unsaved complaint form was kept "
                          "as a draft for its author."))
        self.start(notice)

    def _closed(self) -> None:
        self._end_session(self.window)
        self.finished.emit()

    def _dispose(self, window: QWidget) -> None:
        """Delete the old window once the tasks it started have delivered their results."""
        runner = getattr(window, "runner", None)
        self._old.append(window)
        timer = QTimer(self)
        timer.setInterval(200)

        def sweep() -> None:
            if runner is None or runner.closed or runner.is_idle():
                timer.stop()
                timer.deleteLater()
                if window in self._old:
                    self._old.remove(window)
                window.deleteLater()

        timer.timeout.connect(sweep)
        timer.start()

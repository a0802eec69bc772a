"""The main window: navigation on the left, pages in the middle, the desk's state below.

Thin: it wires pages to the task runner and shows status; the pages do their own work.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.domain.model import Actor
from lapor_desktop.domain import permissions
from lapor_desktop.domain.permissions import Right, may
from lapor_desktop.services.changes import Changes
from lapor_desktop.services.desk import Desk
from lapor_desktop.services.status import DeskStatus, StatusService
from lapor_desktop.services.users import UserService

from . import dialogs
from .elided import ElidedLabel
from .fmt import fmt_datetime
from .intake import IntakePage
from .queue_page import QueuePage
from .reports_page import ReportsPage
from .settings import SettingsPage
from .backup_status import BackupStatus
from .storage_status import StorageBanner
from .sync_controller import SyncController
from .sync_format import fmt_count
from .sync_page import SyncPage
from .labels import role_label
from .lock_screen import IdleWatch, LockScreen
from .tasks import TaskRunner
from .look import set_role

# screens this small (or smaller) get the window maximised the first time
SMALL_SCREEN = (1366, 768)
# pages built the first time they are shown or reached (``reports``, ``settings_page``): the
# window opens sooner for everyone who does not land on them
LAZY_PAGES = ("reports", "settings")


def pages_for(role: str) -> set[str]:
    """The pages a role is offered (``domain/permissions.PAGES``)."""
    return set(permissions.pages(role))


def landing_page(role: str) -> str:
    """The page a role works on (``domain/permissions.LANDING``)."""
    return permissions.landing_page(role)


class MainWindow(QMainWindow):
    # "sign_out" or "switch_user": the window has ended its session's work (a dirty form kept as
    # a draft for its owner) and wants the sign-in dialog back; the program goes on
    leave_requested = Signal(str)
    closed = Signal()  # closed by the user: the program ends

    def __init__(self, desk: Desk, runner: TaskRunner, actor: Actor, lang: str = "id",
                 ui_state: QSettings | None = None, idle_lock_ms: int | None = None) -> None:
        """``actor`` is the signed-in ``Session`` (services that require one refuse anything else)."""
        super().__init__()
        self.desk = desk
        self.runner = runner
        self.actor = actor
        self.lang = lang
        self.status_service = StatusService(desk)
        self._ui_state = ui_state
        self.setObjectName("main")
        office = desk.settings.office_name or desk.settings.office_code
        self.setWindowTitle(self.tr("LAPOR! Desk — %1").replace("%1", office))
        if desk.settings.training:
            self.setWindowTitle(self.tr("LAPOR! Desk — TRAINING — %1").replace("%1", office))

        nav, nav_lay = self._build_nav(desk)
        self._build_pages(desk, runner, actor, lang)
        self._add_page_buttons(nav_lay, actor)
        self._add_account_buttons(nav_lay, actor)
        self.nav_group.idClicked.connect(self._show_page)
        self.landing = landing_page(actor.role)
        self.nav_buttons[self.landing].setChecked(True)
        self._base_title = self.windowTitle()
        self._show_page(self.nav_group.id(self.nav_buttons[self.landing]), focus=False)
        # F9: sync now, from any page (also a tab stop on the Synchronisation page)
        sync_sc = QShortcut(QKeySequence("F9"), self)
        sync_sc.activated.connect(self._sync_now_key)
        # as wide as the longest navigation label needs (longer translations), at least 170 px
        widest = max(b.sizeHint().width() for b in [*self.nav_buttons.values(), *self.account_buttons.values()])
        nav.setFixedWidth(max(170, widest + 8))

        self._build_central(nav)

        # ---- status bar
        self._build_status_bar(desk, runner, actor)
        runner.busy_changed.connect(self._busy)
        runner.error.connect(self._task_error)

        self._start_watching(desk, runner, idle_lock_ms)
        self.resize(1280, 720)
        self._restored_geometry = False
        self._restore_state()

    def _build_nav(self, desk: Desk) -> tuple[QFrame, QVBoxLayout]:
        """The navigation column: the name, TRAINING when practising; its buttons come next."""
        nav = QFrame()
        nav.setObjectName("nav")
        nav.setFrameShape(QFrame.Shape.NoFrame)
        nav_lay = QVBoxLayout(nav)
        nav_lay.setContentsMargins(0, 8, 0, 8)
        nav_lay.setSpacing(2)
        brand = QLabel("<b>LAPOR! Desk</b>")
        brand.setObjectName("nav.brand")
        nav_lay.addWidget(brand)
        if desk.settings.training:
            training = QLabel(self.tr("TRAINING"))
            training.setObjectName("nav.training")
            training.setToolTip(self.tr("Practice data only: nothing here is real or reaches LAPOR!"))
            training.setAlignment(Qt.AlignmentFlag.AlignCenter)
            nav_lay.addWidget(training)
        return nav, nav_lay

    def _build_pages(self, desk: Desk, runner: TaskRunner, actor: Actor, lang: str) -> None:
        """The pages (and the background sync controller), wired to each other; Laporan and
        Pengaturan hold a placeholder until first needed (``_lazy_page``)."""
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.nav_buttons: dict[str, QToolButton] = {}

        self.intake = IntakePage(desk, runner, actor, lang=lang)
        self.queue = QueuePage(desk, runner, actor, lang=lang)
        # background sync: its own thread; states arrive on the GUI thread through the runner's bridge
        self.sync_ctl = SyncController(desk, runner.bridge, self)
        self.sync_page = SyncPage(desk, runner, lang=lang, admin=may(actor.role, Right.SETTINGS), sees_audit=may(actor.role, Right.AUDIT))
        self.sync_ctl.state_changed.connect(self._sync_state)
        self.sync_page.sync_requested.connect(self.sync_ctl.sync_now)
        self.sync_page.cancel_requested.connect(self.sync_ctl.cancel)
        self.sync_page.open_complaint.connect(self.open_complaint)
        self.intake.open_requested.connect(self.open_complaint)
        self._built: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {key: QWidget() for key in LAZY_PAGES}

    @property
    def reports(self) -> ReportsPage:
        """The Laporan page (built now if not yet)."""
        return self._lazy_page("reports")  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        """The Pengaturan page (built now if not yet)."""
        return self._lazy_page("settings")  # type: ignore[return-value]

    def _lazy_page(self, key: str) -> QWidget:
        """The page ``key``, built and put in its placeholder's place the first time; it reads its
        data fresh when built and from then on hears of changes (ui/bridge.py) like the others."""
        page = self._built.get(key)
        if page is not None:
            return page
        # made a child at once: a window of its own for a moment would take the activation away
        if key == "reports":
            page = ReportsPage(self.desk, self.runner, self.actor, lang=self.lang, parent=self.pages)
            page.open_query.connect(self.open_query)
        else:
            page = SettingsPage(self.desk, self.runner, self.actor, lang=self.lang, parent=self.pages)
            page.saved.connect(lambda what: self.sync_ctl.sync_now() if what == "hub" else None)
            page.saved.connect(self._settings_saved)
            if hasattr(self, "hub_label"):  # the status bar's hub state, as _show_status keeps it
                page.show_connection(self.hub_label.text())
        self._built[key] = page
        holder = self._placeholders.pop(key)
        was_current = self.pages.currentWidget() is holder
        self.pages.insertWidget(self.pages.indexOf(holder), page)
        self.pages.removeWidget(holder)
        holder.deleteLater()
        if was_current:
            self.pages.setCurrentWidget(page)
        return page

    def _add_page_buttons(self, nav_lay: QVBoxLayout, actor: Actor) -> None:
        """A button and a shortcut (Ctrl+1 … Ctrl+5) per page; pages not offered to the role get neither."""
        pages = [
            ("intake", self.tr("Front desk"), self.intake, "Ctrl+1"),
            ("queue", self.tr("Queue"), self.queue, "Ctrl+2"),
            ("sync", self.tr("Synchronisation"), self.sync_page, "Ctrl+3"),
            ("reports", self.tr("Reports"), self._placeholders["reports"], "Ctrl+4"),
            ("settings", self.tr("Settings"), self._placeholders["settings"], "Ctrl+5"),
        ]
        self._page_keys = [key for key, *_ in pages]
        offered = pages_for(actor.role)
        for i, (key, label, page, shortcut) in enumerate(pages):
            b = QToolButton()
            b.setObjectName(f"nav.{key}")
            b.setText(label)
            b.setAccessibleName(label)
            b.setToolTip(f"{label} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
            b.setCheckable(True)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setSizePolicy(b.sizePolicy().horizontalPolicy().Expanding, b.sizePolicy().verticalPolicy())
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.nav_group.addButton(b, i)
            nav_lay.addWidget(b)
            self.nav_buttons[key] = b
            self.pages.addWidget(page)
            sc = QShortcut(QKeySequence(shortcut), self)
            sc.activated.connect(b.click)
            if key not in offered:  # not offered at all: no button, no shortcut
                b.setVisible(False)
                b.setEnabled(False)
                sc.setEnabled(False)
        nav_lay.addStretch(1)

    def _add_account_buttons(self, nav_lay: QVBoxLayout, actor: Actor) -> None:
        """The session's buttons: lock now, switch user, sign out (each with a shortcut); the audit trail."""
        self.account_buttons: dict[str, QToolButton] = {}
        extra = ([("audit", self.tr("Audit trail"), "Ctrl+Shift+J", self.open_audit)]
                 if permissions.may(actor.role, permissions.Right.AUDIT) else [])
        for key, label, shortcut, slot in (*extra,
                ("lock", self.tr("Lock"), "Ctrl+L", self.lock),
                ("switch", self.tr("Switch user"), "Ctrl+Shift+U", lambda: self.leave("switch_user")),
                ("signout", self.tr("Sign out"), "Ctrl+Shift+Q", lambda: self.leave("sign_out"))):
            b = QToolButton()
            b.setObjectName(f"nav.{key}")
            b.setText(label)
            b.setAccessibleName(label)
            b.setToolTip(f"{label} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            b.setSizePolicy(b.sizePolicy().horizontalPolicy().Expanding, b.sizePolicy().verticalPolicy())
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            set_role(b, "account")
            b.clicked.connect(slot)
            nav_lay.addWidget(b)
            self.account_buttons[key] = b
            sc = QShortcut(QKeySequence(shortcut), self)
            sc.activated.connect(slot)

    def _build_central(self, nav: QFrame) -> None:
        """The navigation column left of the pages."""
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(nav)
        lay.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _start_watching(self, desk: Desk, runner: TaskRunner, idle_lock_ms: int | None) -> None:
        """Status re-reads on changes, the idle lock, the backup status and background sync."""
        # the status bar re-reads when a save, an action, a sync or a setting changed what it shows
        self._reread_status = runner.one_at_a_time(self.refresh_status)
        runner.on_changes(desk, self._changed, self)
        self._stopped = False
        self._leaving = False
        self._seen_enrolled: bool | None = None
        # ---- idle lock
        self.users = UserService(desk)
        self.lock_screen: LockScreen | None = None
        minutes = max(0, int(desk.settings.idle_lock_minutes or 0))
        self.idle = IdleWatch(minutes * 60_000 if idle_lock_ms is None else idle_lock_ms, self)
        self.idle.idle.connect(self.lock)
        self.idle.start()
        runner.stopping.connect(self._stop_background)
        self.refresh_status()
        self.backup_status.start()
        if desk.settings.hub_url:  # enrolled: sync in the background from now on
            self.sync_ctl.start()

    def _build_status_bar(self, desk: Desk, runner: TaskRunner, actor: Actor) -> None:
        """Who is signed in, the hub, what waits to sync; a full disk, an old backup."""
        sb = self.statusBar()
        # elided, so a long translation shortens the text instead of widening the window
        self.user_label = ElidedLabel()
        self.user_label.setObjectName("status.user")
        self.hub_label = ElidedLabel()
        self.hub_label.setObjectName("status.hub")
        self.sync_label = ElidedLabel(self.tr("Changes waiting to sync: …"))
        self.sync_label.setObjectName("status.sync")
        self.busy_label = QLabel("")
        self.busy_label.setObjectName("status.busy")
        name = actor.name or actor.login
        self.user_label.setText(self.tr("Signed in: %1 (%2)").replace("%1", name)
                                .replace("%2", role_label(actor.role)))
        for w in (self.user_label, self.hub_label, self.sync_label):
            w.setAccessibleName(w.text())
            sb.addPermanentWidget(_separator())
            sb.addPermanentWidget(w)
        sb.addWidget(self.busy_label)
        self.storage_banner = StorageBanner()  # a full disk or read-only folder: read-only for now
        sb.addWidget(self.storage_banner)
        self.backup_status = BackupStatus(desk, runner)  # an old backup, a missing USB drive; weekly check
        sb.addWidget(self.backup_status)

    # ------------------------------------------------------------------ showing
    def show_first(self) -> None:
        """Show the window as the user left it; the first time, maximised on a screen of 1366x768
        or less (a title bar and a taskbar leave less than 768 px), then the cursor in the page's
        first field so Ctrl+N/S/P work without a Tab first."""
        if self._restored_geometry:
            self.show()
        else:
            screen = self.screen() or QGuiApplication.primaryScreen()
            size = screen.size() if screen is not None else None
            if size is None or (size.width() <= SMALL_SCREEN[0] or size.height() <= SMALL_SCREEN[1]):
                self.showMaximized()
            else:
                self.show()
        self.activateWindow()
        self.focus_page()

    def _show_page(self, index: int, focus: bool = True) -> None:
        if 0 <= index < len(self._page_keys) and self._page_keys[index] in self._placeholders:
            self._lazy_page(self._page_keys[index])  # first shown: built now, in the same place
        self.pages.setCurrentIndex(index)
        # the page in the title bar (and the taskbar): "Antrian — LAPOR! Desk — Kantor"
        button = self.nav_group.button(index)
        if button is not None:
            self.setWindowTitle(f"{button.text()} — {self._base_title}")
        if focus:
            self.focus_page()

    def focus_page(self) -> None:
        """The cursor into the current page's first field (the page may name it: ``first_field``)."""
        w = self.focus_target()
        if w is not None:
            w.setFocus(Qt.FocusReason.TabFocusReason)

    def focus_target(self) -> QWidget | None:
        """Where the cursor goes when the page is shown: the form's title, "Restore" when an unsaved
        form is offered back, else the page's first field."""
        page = self.pages.currentWidget()
        target = getattr(page, "first_field", None)
        w = target() if callable(target) else None
        if page is self.intake:  # the form's title (a saved form: "New", to start the next one)
            w = self.intake.new_button if self.intake.title.isReadOnly() else self.intake.title
            if self.intake.offered_draft is not None and self.intake.draft_banner.isVisibleTo(self.intake):
                w = self.intake.restore_button  # an unsaved form offered back: Enter restores it
        if w is None:
            w = page.nextInFocusChain()
            while w is not None and w is not page and page.isAncestorOf(w):
                if (w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.isVisibleTo(page) and w.isEnabled():
                    break
                w = w.nextInFocusChain()
            else:
                w = None
        return w

    def _sync_now_key(self) -> None:
        if not self.sync_page.request_sync():
            self.statusBar().showMessage(self.sync_page.not_enrolled_text(), 10000)

    # ------------------------------------------------------------------ status
    def refresh_status(self) -> None:
        if self.runner.closed:
            return
        svc = self.status_service
        self.runner.db(svc.snapshot, on_done=self._show_status, on_error=lambda _e: None)

    def _show_status(self, st: DeskStatus) -> None:
        if not st.hub_enrolled:
            self.hub_label.setText(self.tr("Hub: not enrolled"))
        elif self.sync_ctl.state is None:
            self.hub_label.setText(self.tr("Hub: not connected"))
        if "settings" in self._built:  # built later, it takes the text then
            self._built["settings"].show_connection(self.hub_label.text())  # type: ignore[attr-defined]
        if self.sync_ctl.syncing:
            self.hub_label.setAccessibleName(self.hub_label.text())
            return  # the sync label shows the running sync's progress
        if st.last_sync_at:
            when = fmt_datetime(st.last_sync_at, self.desk.tz)
        else:
            when = self.tr("never")
        self.sync_label.setText(self.tr("Waiting to sync: %1 · Last sync: %2")
                                .replace("%1", str(st.outbox)).replace("%2", when))
        self.hub_label.setAccessibleName(self.hub_label.text())
        self.sync_label.setAccessibleName(self.sync_label.text())

    # ------------------------------------------------------------------ background sync
    def _sync_state(self, st) -> None:  # type: ignore[no-untyped-def]
        """A BackgroundState, on the GUI thread."""
        self.sync_page.show_state(st)
        if st.state == "syncing":
            self.hub_label.setText(self.tr("Hub: connected"))
            p = st.progress
            if p is not None:
                total = p.events_up + p.pending
                self.sync_label.setText(self.tr("Syncing: %1 of %2 sent, %3 received")
                                        .replace("%1", fmt_count(p.events_up)).replace("%2", fmt_count(total))
                                        .replace("%3", fmt_count(p.events_down)))
            else:
                self.sync_label.setText(self.tr("Syncing…"))
        elif st.state == "offline":
            self.hub_label.setText(self.tr("Hub: offline, retrying") if st.next_attempt_in is None else
                                   self.tr("Hub: offline, next try in %1 min")
                                   .replace("%1", str(max(1, round(st.next_attempt_in / 60)))))
        elif st.state == "not_enrolled":
            self.hub_label.setText(self.tr("Hub: not enrolled"))
        elif st.state == "error":
            self.hub_label.setText(self.tr("Hub: sync failed (see Synchronisation)"))
        elif st.state == "idle":
            self.hub_label.setText(self.tr("Hub: connected"))
        self.hub_label.setAccessibleName(self.hub_label.text())
        settings = self._built.get("settings")  # not built yet: it reads everything when built
        if settings is not None:
            settings.show_connection(self.hub_label.text())  # type: ignore[attr-defined]
        if st.state != "not_enrolled" and self._seen_enrolled is not True:
            self._seen_enrolled = True  # enrolled meanwhile (demo, CLI): the settings page reads again
            if settings is not None:
                settings.refresh()  # type: ignore[attr-defined]
        self.sync_label.setAccessibleName(self.sync_label.text())

    def _changed(self, ch: Changes) -> None:
        if ch.complaints or ch.sync or ch.settings:  # what waits to be sent, the last sync, enrolment
            self._reread_status()

    def open_query(self, query) -> None:  # type: ignore[no-untyped-def]
        """The queue, filtered to ``query`` (a dashboard bar or row)."""
        self.nav_buttons["queue"].click()
        self.queue.show_query(query)

    def open_complaint(self, complaint_id: str) -> None:
        self.nav_buttons["queue"].click()
        if not self.queue.select_id(complaint_id):
            self.queue.detail.show_complaint(complaint_id)

    def open_audit(self):  # type: ignore[no-untyped-def]
        """The audit trail viewer (admin, supervisor; the service checks the session)."""
        from lapor_desktop.services.audit import AuditService

        from .audit_dialog import AuditDialog

        dlg = AuditDialog(self.runner, AuditService(self.desk), self.actor, self.desk.tz, self.lang, self)
        dlg.setModal(True)
        dlg.show()
        self.audit_dialog = dlg
        return dlg

    def _busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    # ------------------------------------------------------------------ the session
    @property
    def locked(self) -> bool:
        return self.lock_screen is not None and self.lock_screen.isVisible()

    def lock(self) -> None:
        """Cover the window until the password is given again; nothing underneath changes."""
        if self.locked or self._leaving or self._stopped:
            return
        self.idle.stop()
        if self.intake.is_dirty():
            self.intake.flush_draft()  # a power cut while locked loses nothing either
        office = self.desk.settings.office_name or self.desk.settings.office_code
        self.lock_screen = LockScreen(self, self.runner, self.users, self.actor, office)  # type: ignore[arg-type]
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.switch_requested.connect(lambda: self.leave("switch_user"))
        self.lock_screen.cover_window()

    def _unlocked(self) -> None:
        screen, self.lock_screen = self.lock_screen, None
        if screen is not None:
            screen.deleteLater()
        self.activateWindow()
        self.idle.start()

    def leave(self, kind: str) -> None:
        """Sign out or switch user: an unsaved form is kept as a draft for its owner (offered back
        when they sign in again), background work stops, the window closes without asking, and
        ``leave_requested`` hands over to the sign-in dialog."""
        if self._leaving:
            return
        self._leaving = True
        self.idle.stop()
        if self.lock_screen is not None:
            self.lock_screen._done = True
            self.lock_screen.hide()
            self.lock_screen.deleteLater()
            self.lock_screen = None
        if self.intake.is_dirty():
            self.intake.flush_draft()
        self.save_state()
        self._stop_background()
        self.hide()
        self.leave_requested.emit(kind)

    def _settings_saved(self, what: str) -> None:
        if what == "general":
            self.idle.set_timeout(max(0, int(self.desk.settings.idle_lock_minutes or 0)) * 60_000)

    def _task_error(self, exc: BaseException) -> None:
        self.statusBar().showMessage(self.tr("A background task failed (%1). Details are in the log file.")
                                     .replace("%1", type(exc).__name__), 10000)

    # ------------------------------------------------------------------ layout memory
    def _restore_state(self) -> None:
        if self._ui_state is None:
            return
        geo = self._ui_state.value("main/geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self._restored_geometry = self.restoreGeometry(geo)  # maximised or not, as the user left it
        st = self._ui_state.value("main/state")
        if isinstance(st, QByteArray) and not st.isEmpty():
            self.restoreState(st)
        self.intake.restore_layout(self._ui_state)
        self.queue.restore_layout(self._ui_state)

    def save_state(self) -> None:
        if self._ui_state is None:
            return
        self._ui_state.setValue("main/geometry", self.saveGeometry())
        self._ui_state.setValue("main/state", self.saveState())
        self.intake.save_layout(self._ui_state)
        self.queue.save_layout(self._ui_state)
        self._ui_state.sync()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Back in the window: what another program wrote meanwhile (the command line's sync or
        intake: no change notification reaches this process) shows now."""
        super().changeEvent(event)
        if (event.type() == QEvent.Type.ActivationChange and self.isActiveWindow()
                and not getattr(self, "_stopped", True) and not self.runner.closed):
            if self.queue.isVisible():
                self.queue._check_changes()
            self._reread_status()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._leaving:  # signed out: already stopped, the draft kept
            event.accept()
            return
        if self.locked:  # closing a locked window asks nothing of the person at the desk
            event.ignore()
            return
        if self.intake.is_dirty():
            self.intake.flush_draft()
            if not dialogs.ask(self, self.tr("Quit LAPOR! Desk?"),
                               self.tr("The complaint form has not been saved yet. What was typed is "
                                       "kept as a draft and offered back the next time the program "
                                       "starts."),
                               self.tr("Quit and keep the draft"), self.tr("Back to the form")):
                event.ignore()
                return
        self.save_state()
        self._stop_background()
        event.accept()
        self.closed.emit()

    def _stop_background(self) -> None:
        """Stop every timer and poller that submits work, before the task runner and the database
        shut down (on close, and when the runner is stopped first, as on a crash path or in tests)."""
        if self._stopped:
            return
        self._stopped = True
        self.idle.stop()
        self.backup_status.stop()
        self.sync_ctl.stop()
        self.sync_page.shutdown()
        self.intake.shutdown()
        self.queue.shutdown()


def _separator() -> QFrame:
    f = QFrame()
    f.setFrameShape(QFrame.Shape.VLine)
    f.setFrameShadow(QFrame.Shadow.Sunken)
    return f

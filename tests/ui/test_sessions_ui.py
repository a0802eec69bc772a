"""Idle lock, switch user and sign-out in the real main window (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from .conftest import PASSWORD, fill_valid


def _window(desk, runner, session, qtbot, idle_ms=None):  # type: ignore[no-untyped-def]
    from lapor_desktop.ui.main_window import MainWindow

    w = MainWindow(desk, runner, session, lang="id", idle_lock_ms=idle_ms)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    qtbot.waitUntil(lambda: w.intake.ref_loaded, timeout=5000)
    runner.wait_idle(5)
    return w


def _close(w, runner) -> None:  # type: ignore[no-untyped-def]
    w.intake._dirty = False
    w.intake._draft_timer.stop()
    if w.lock_screen is not None:
        w.lock_screen._done = True
        w.lock_screen.close()
    w._leaving = True
    w._stop_background()
    w.close()
    runner.wait_idle(5)


def test_idle_lock_covers_the_window_and_the_password_brings_back_the_unsaved_form(desk, runner, actor, qtbot):
    w = _window(desk, runner, actor, qtbot, idle_ms=300)
    try:
        fill_valid(w.intake, qtbot)
        w.intake.title.setFocus()
        before = w.intake.values()
        qtbot.waitUntil(lambda: w.locked, timeout=5000)
        lock = w.lock_screen
        assert lock is not None and lock.isVisible() and w.isVisible()
        assert lock.geometry().contains(w.geometry().center())  # covered, not closed
        # Escape and the window manager's close do not unlock
        qtbot.keyClick(lock.password, Qt.Key.Key_Escape)
        lock.close()
        assert w.locked
        # a wrong password: told so, still locked
        qtbot.keyClicks(lock.password, "salah-sekali")
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: lock.error.isVisible(), timeout=5000)
        assert w.locked and "salah" in lock.error.text().lower()
        lock.password.clear()
        qtbot.keyClicks(lock.password, PASSWORD)
        qtbot.keyClick(lock.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not w.locked, timeout=5000)
        assert w.intake.values() == before and w.intake.is_dirty()
        assert w.intake.title.text() == "Jalan berlubang di depan Pasar Goto"
        # the idle watch runs again after unlocking
        qtbot.waitUntil(lambda: w.locked, timeout=5000)
    finally:
        _close(w, runner)


def test_ctrl_l_locks_at_once(desk, runner, actor, qtbot):
    w = _window(desk, runner, actor, qtbot)
    try:
        w.show_first()
        qtbot.waitUntil(lambda: w.isActiveWindow(), timeout=3000)
        qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: w.locked, timeout=3000)
    finally:
        _close(w, runner)


def _loop(desk, runner, qtbot, windows):  # type: ignore[no-untyped-def]
    from lapor_desktop.services.users import UserService
    from lapor_desktop.ui.login import LoginDialog, SignInLoop
    from lapor_desktop.ui.main_window import MainWindow

    users = UserService(desk)

    def make_window(session):  # type: ignore[no-untyped-def]
        w = MainWindow(desk, runner, session, lang="id")
        windows.append(w)  # the loop deletes the windows it is done with
        return w

    loop = SignInLoop(users, lambda: LoginDialog(runner, users, desk.settings.office_name), make_window,
                      parent=QApplication.instance())
    return loop, users


def _sign_in(loop, qtbot, login: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    dlg = loop.login
    assert dlg is not None and dlg.isVisible()
    dlg.user.setText(login)
    dlg.password.setText(password)
    with qtbot.waitSignal(loop.window_opened, timeout=10000):
        dlg.ok.click()
    return loop.window


@pytest.mark.parametrize("from_lock_screen", [False, True])
def test_switch_user_keeps_the_unsaved_form_as_a_draft_for_its_owner(desk, runner, qtbot, from_lock_screen):
    from lapor_desktop.services.users import UserService

    UserService(desk).add(None, login="ani", role="front_desk", password="rahasia-ani", name="Ani")
    windows: list = []
    loop, users = _loop(desk, runner, qtbot, windows)
    loop.start()
    try:
        w = _sign_in(loop, qtbot, "budi")
        qtbot.waitUntil(lambda: w.intake.ref_loaded, timeout=5000)
        runner.wait_idle(5)
        fill_valid(w.intake, qtbot)
        before = w.intake.values()
        first = loop.session
        if from_lock_screen:
            w.lock()
            assert w.locked
            w.lock_screen.switch_button.click()
        else:
            w.account_buttons["switch"].click()
        runner.wait_idle(5)
        assert not w.isVisible() and loop.login is not None and loop.login.isVisible()
        assert not users.desk.extra["sessions"].is_live(first)  # the first session has ended
        assert "draf" in loop.login.notice.text().lower()
        # somebody else: the draft is not theirs, so it is not offered
        w2 = _sign_in(loop, qtbot, "ani", "rahasia-ani")
        qtbot.waitUntil(lambda: w2.intake.ref_loaded, timeout=5000)
        runner.wait_idle(5)
        qtbot.wait(50)
        assert not w2.intake.draft_banner.isVisibleTo(w2.intake) and w2.intake.title.text() == ""
        w2.account_buttons["signout"].click()
        runner.wait_idle(5)
        # the owner again: offered back, restored exactly
        w3 = _sign_in(loop, qtbot, "budi")
        qtbot.waitUntil(lambda: w3.intake.offered_draft is not None, timeout=5000)
        # the cursor waits on "Restore" (Enter restores), not in the empty form's title
        assert w3.focus_target() is w3.intake.restore_button
        w3.intake.restore_offered_draft()
        assert w3.focus_target() is w3.intake.title
        assert w3.intake.values() == before
    finally:
        for x in windows:
            if isValid(x) and x.isVisible():
                _close(x, runner)
        if loop.login is not None:
            loop.login.close()


def test_sign_out_returns_to_the_sign_in_dialog_and_ends_the_session(desk, runner, qtbot):
    from lapor_desktop.core.errors import PermissionDenied
    from lapor_desktop.services.queue import QueueQuery, QueueService

    windows: list = []
    loop, users = _loop(desk, runner, qtbot, windows)
    finished: list = []
    loop.finished.connect(lambda: finished.append(True))
    loop.start()
    try:
        w = _sign_in(loop, qtbot, "admin")
        session = loop.session
        assert QueueService(desk).count(session, QueueQuery()) == 0
        runner.wait_idle(5)
        qtbot.waitUntil(lambda: w.isActiveWindow(), timeout=3000)
        qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: loop.login is not None and loop.login.isVisible(), timeout=5000)
        assert not w.isVisible() and not finished
        runner.wait_idle(5)  # the session ends on the database thread, after the window's own work
        with pytest.raises(PermissionDenied):
            QueueService(desk).count(session, QueueQuery())
        # "Quit" on the sign-in dialog ends the program
        loop.login.cancel.click()
        assert finished
    finally:
        for x in windows:
            if isValid(x) and x.isVisible():
                _close(x, runner)


def test_the_admin_sets_the_idle_time_and_lifts_a_sign_in_pause_in_settings(desk, runner, qtbot):
    from lapor_desktop.core.errors import AuthFailed
    from lapor_desktop.core.settings import load_settings
    from lapor_desktop.services.users import MAX_FAILURES, SignInPaused, UserService

    users = UserService(desk)
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthFailed):
            users.sign_in("budi", "salah-terus")
    with pytest.raises(SignInPaused):
        users.sign_in("budi", PASSWORD)
    admin = users.sign_in("admin", PASSWORD)
    w = _window(desk, runner, admin, qtbot)
    try:
        assert w.idle.timeout_ms == 10 * 60_000  # the default: ten minutes
        page = w.settings_page
        w.nav_buttons["settings"].click()
        runner.wait_idle(5)
        qtbot.waitUntil(lambda: any(page.user_table.item(r, 0) is not None and page.user_table.item(r, 0).text() == "budi"
                                    and "dijeda" in page.user_table.item(r, 4).text()
                                    for r in range(page.user_table.rowCount())), timeout=5000)
        page.numbers["idle_lock_minutes"].setValue(3)
        page.general_save.click()
        qtbot.waitUntil(lambda: w.idle.timeout_ms == 3 * 60_000, timeout=5000)
        assert load_settings(desk.paths.settings_file).idle_lock_minutes == 3
        row = next(r for r in range(page.user_table.rowCount()) if page.user_table.item(r, 0).text() == "budi")
        page.user_table.setCurrentCell(row, 0)
        page.user_unpause.click()
        qtbot.waitUntil(lambda: "budi" in page.user_status.text(), timeout=5000)
        assert users.sign_in("budi", PASSWORD).login == "budi"
    finally:
        _close(w, runner)

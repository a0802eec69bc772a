"""Laporan and Pengaturan are built the first time they are needed, not when the window opens
(issue 10 item 5: the window opens sooner; tests/bench/bench_window.py gives the figures). Reached
by shortcut, button or code, a page built late behaves as one built at start: in its place, with
fresh data, and hearing of changes from then on."""

from __future__ import annotations

from PySide6.QtCore import Qt

from lapor_desktop.domain.model import Actor
from lapor_desktop.services.users import UserService
from lapor_desktop.ui.reports_page import ReportsPage
from lapor_desktop.ui.settings import SettingsPage
from tests.support.sessions import signed

from .test_day_one import close, make_window


def _logins(page: SettingsPage) -> set[str]:
    t = page.user_table
    return {t.item(r, 0).text() for r in range(t.rowCount()) if t.item(r, 0) is not None}


def test_the_window_opens_without_the_rarely_visited_pages_and_builds_them_by_shortcut(window, qtbot, runner):
    assert window.findChildren(ReportsPage) == [] and window.findChildren(SettingsPage) == []
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.pages.currentWidget()
    assert isinstance(page, ReportsPage) and page is window.reports and window.pages.currentIndex() == 3
    assert window.nav_buttons["reports"].isChecked() and window.windowTitle().startswith("Laporan — ")
    qtbot.waitUntil(lambda: "laporan diterima" in page.summary.text(), timeout=5000)  # its figures, loaded
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    settings = window.pages.currentWidget()
    assert isinstance(settings, SettingsPage) and settings is window.settings_page
    assert window.pages.currentIndex() == 4 and window.pages.count() == 5
    qtbot.waitUntil(lambda: "budi" in _logins(settings), timeout=5000)
    assert settings.hub_connection.text() == window.hub_label.text()  # the status bar's hub state
    window.nav_buttons["reports"].click()  # built once: the same page again
    assert window.pages.currentWidget() is page and len(window.findChildren(ReportsPage)) == 1
    qtbot.wait(100)
    assert window.isActiveWindow()  # building them opened no window of their own (a button did once)


def test_a_page_built_later_shows_what_changed_before_and_hears_of_changes_after(window, desk, runner, qtbot):
    admin = signed(desk, Actor(login="admin", role="admin", name="Admin"))
    users = UserService(desk)
    runner.db(lambda: users.add(admin, login="rina", role="verifier", password="rahasia-rina-1", name="Rina"))
    runner.wait_idle(5)
    qtbot.wait(50)
    window.nav_buttons["settings"].click()
    page = window.settings_page
    qtbot.waitUntil(lambda: "rina" in _logins(page), timeout=5000)
    runner.db(lambda: users.add(admin, login="tono", role="verifier", password="rahasia-tono-1", name="Tono"))
    qtbot.waitUntil(lambda: "tono" in _logins(page), timeout=5000)  # a change notification, no reshow


def test_reached_from_code_a_page_takes_its_place_without_taking_the_screen(window, qtbot):
    window.nav_buttons["queue"].click()
    reports = window.reports
    assert window.pages.currentWidget() is window.queue and window.pages.indexOf(reports) == 3
    assert window.pages.indexOf(window.settings_page) == 4 and window.pages.count() == 5


def test_the_admin_lands_on_settings_built_at_once_and_reports_wait(desk, runner, qtbot):
    w = make_window(desk, runner, qtbot, "admin")
    try:
        w.show()
        page = w.pages.currentWidget()
        assert isinstance(page, SettingsPage) and page is w.settings_page and w.nav_buttons["settings"].isChecked()
        assert w.findChildren(ReportsPage) == []
        qtbot.waitUntil(lambda: "budi" in _logins(page), timeout=5000)
    finally:
        close(w, runner)

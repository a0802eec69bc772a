"""Login, main window, status bar, task runner, translations."""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

from lapor_desktop.ui.i18n import catalogue, ts_path

from .conftest import PASSWORD
from tests.support.sessions import signed


def test_login_with_keyboard(desk, runner, qtbot):
    from lapor_desktop.services.users import UserService
    from lapor_desktop.ui.login import LoginDialog

    dlg = LoginDialog(runner, UserService(desk), desk.settings.office_name)
    qtbot.addWidget(dlg)
    dlg.show()
    user = dlg.findChild(type(dlg.user), "login.user")
    password = dlg.findChild(type(dlg.password), "login.password")
    assert user.accessibleName() == "Nama pengguna"
    qtbot.keyClicks(user, "budi")
    qtbot.keyClick(user, Qt.Key.Key_Return)
    qtbot.keyClicks(password, "salah-sekali")
    qtbot.keyClick(password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.error.isVisible() and dlg.ok.isEnabled(), timeout=5000)
    assert "salah" in dlg.error.text()
    assert dlg.actor is None
    password.clear()
    qtbot.keyClicks(password, PASSWORD)
    with qtbot.waitSignal(dlg.accepted, timeout=5000):
        qtbot.keyClick(password, Qt.Key.Key_Return)
    assert dlg.actor is not None and dlg.actor.login == "budi" and dlg.actor.role == "front_desk"


def test_main_window_navigation_and_status(window, qtbot, runner):
    for key in ("intake", "queue", "sync", "reports", "settings"):
        assert window.findChild(object, f"nav.{key}") is not None
    window.nav_buttons["queue"].click()
    assert window.pages.currentIndex() == 1
    window.nav_buttons["intake"].click()
    assert window.pages.currentWidget() is window.intake
    assert "Budi Santoso" in window.user_label.text() and "Petugas Loket" in window.user_label.text()
    sync = window.findChild(object, "status.sync")
    from lapor_desktop.services.sync import SyncService

    waiting = SyncService(window.desk).pending_count()  # the desk's account events wait for the hub too
    qtbot.waitUntil(lambda: str(waiting) in sync.text() and "belum pernah" in sync.text(), timeout=3000)
    assert "belum terdaftar" in window.hub_label.text()


def test_task_runner_delivers_on_gui_thread(runner, qtbot):
    seen = {}
    gui = threading.get_ident()

    def work():
        seen["worker"] = threading.current_thread().name
        return 41 + 1

    runner.db(work, on_done=lambda r: seen.update(result=r, thread=threading.get_ident()))
    qtbot.waitUntil(lambda: "result" in seen, timeout=3000)
    assert seen["result"] == 42 and seen["thread"] == gui and seen["worker"].startswith("lapor-db")

    errors = []
    runner.db(lambda: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert isinstance(errors[0], ZeroDivisionError)
    # writes are serialised in submission order
    order = []
    for i in range(20):
        runner.db(lambda i=i: i, on_done=order.append)
    assert runner.wait_idle(5)
    assert order == list(range(20))


def test_indonesian_translation_is_complete():
    root = ET.parse(ts_path("id")).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 100
    for m in messages:
        t = m.find("translation")
        src = m.findtext("source")
        assert t is not None and t.get("type") not in ("unfinished",), src
        assert (t.text or "").strip() or t.findall("numerusform"), src
    tr = QTranslator()
    assert tr.load(str(catalogue("id")))
    assert tr.translate("MainWindow", "Front desk") == "Loket"
    assert not tr.translate("IntakePage", "not in the file")  # Qt then shows the source text


def test_self_test_renders_the_main_window():
    import argparse

    from lapor_desktop.app import self_test

    assert self_test(argparse.Namespace(lang="id", data_dir=None)) == 0
    assert QApplication.instance() is not None


def test_runner_shutdown_stops_every_timer_first(desk, actor, qtbot):
    """A window whose task runner stops first (a crash path, a fixture order) must not fire its
    draft timer or the sync page's countdown into the stopped runner ("task runner is shut down");
    nothing polls (the pages re-read on change notifications, tests/ui/test_changes.py)."""
    from lapor_desktop.ui.main_window import MainWindow
    from lapor_desktop.ui.tasks import TaskRunner

    runner = TaskRunner()
    w = MainWindow(desk, runner, signed(desk, actor), lang="id")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.intake.ref_loaded, timeout=5000)
    runner.wait_idle(5)
    qtbot.keyClicks(w.intake.title, "Lampu jalan mati")  # dirty form: the draft timer runs
    stopped = []
    runner.stopping.connect(lambda: stopped.append(True))
    runner.shutdown(wait=True)
    assert stopped == [True]
    assert not w.intake._draft_timer.isActive()
    qtbot.wait(60)  # any timer still running would raise inside its slot and fail this test
    w.intake._dirty = False
    w.close()

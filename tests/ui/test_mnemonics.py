"""No two mnemonics (Alt+letter) alike on one screen, in Indonesian and in English.

Every screen and dialog of the program is built here and everything it shows is checked: the
sign-in dialog (also in training), each page of the first-run wizard, each page of the main
window for each role (each settings tab; the queue with a complaint open), each action dialog and
the "earlier complaint" dialog, the lock screen. A screen added later belongs in this list.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget

from lapor_desktop.domain.enums import Action
from lapor_desktop.domain.model import Actor
from lapor_desktop.ui.i18n import install_translator
from tests.ui.conftest import fill_valid
from tests.support.sessions import signed

ROLES = ("front_desk", "verifier", "liaison", "supervisor", "admin")


def mnemonic(text: str) -> str | None:
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def mnemonics(top: QWidget) -> dict[str, list[str]]:
    """letter -> the texts that claim it, among what ``top`` shows now."""
    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        m = mnemonic(text)
        if m is not None and not m.isspace():
            found.setdefault(m, []).append(text)

    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top) or w.window() is not top:
            continue
        if isinstance(w, QAbstractButton) and w.isEnabled():
            add(w.text())
        elif isinstance(w, QLabel) and w.buddy() is not None and w.buddy().isVisibleTo(top):
            add(w.text())
        elif isinstance(w, QGroupBox):
            add(w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    add(w.tabText(i))
    return found


def clashes(top: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in mnemonics(top).items() if len(v) > 1}


@pytest.fixture(params=["id", "en"])
def lang(request, qapp):  # type: ignore[no-untyped-def]
    install_translator(qapp, request.param)
    yield request.param
    install_translator(qapp, "id")


def _screens_of_window(w) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Show each page (each settings tab) in turn; yields its name."""
    for key, b in w.nav_buttons.items():
        if not b.isVisibleTo(w):
            continue
        b.click()
        if key == "settings":
            tabs = w.settings_page.tabs
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                yield f"settings/{tabs.tabText(i)}"
        else:
            yield key


def test_sign_in_dialog(desk, runner, qtbot, lang):
    from lapor_desktop.services.users import UserService
    from lapor_desktop.ui.login import LoginDialog

    for training in (None, [("budi", "Petugas", "Budi")]):
        dlg = LoginDialog(runner, UserService(desk), "Kantor", training_accounts=training, training_password="x")
        qtbot.addWidget(dlg)
        dlg.show()
        assert not clashes(dlg), clashes(dlg)
        dlg.close()


def test_lock_screen(desk, runner, qtbot, actor, lang):
    from PySide6.QtWidgets import QWidget

    from lapor_desktop.services.users import UserService
    from lapor_desktop.ui.lock_screen import LockScreen

    cover = QWidget()
    qtbot.addWidget(cover)
    cover.resize(800, 600)
    cover.show()
    lock = LockScreen(cover, runner, UserService(desk), actor, "Kantor")
    lock.cover_window()
    assert not clashes(lock), clashes(lock)
    lock._done = True
    lock.close()


def test_first_run_wizard_every_page(runner, qtbot, tmp_path, lang):
    from lapor_desktop.core.paths import AppPaths
    from lapor_desktop.ui.setup_wizard import SetupWizard

    wiz = SetupWizard(runner, AppPaths.under(tmp_path / "p"), None, lang)
    qtbot.addWidget(wiz)
    wiz.show()
    seen = []
    for page_id in wiz.pageIds():
        while wiz.currentId() != page_id:
            wiz.next() if wiz.currentId() < page_id else wiz.back()
            if wiz.currentId() != page_id and not wiz.currentPage().validatePage():
                # fill in what the page asks for, to get past it
                wiz.office.code.setText("TIDORE")
                wiz.office.name.setText("Kantor")
                wiz.admin.password.setText("rahasia123")
                wiz.admin.password2.setText("rahasia123")
        seen.append(wiz.currentPage().objectName())
        assert not clashes(wiz), (wiz.currentPage().objectName(), clashes(wiz))
    assert len(seen) == 5
    wiz.close()


@pytest.mark.parametrize("role", ROLES)
def test_main_window_every_page_for_every_role(desk, runner, qtbot, lang, role):
    from lapor_desktop.services.complaints import ComplaintService
    from lapor_desktop.ui.main_window import MainWindow

    ComplaintService(desk).record(signed(ComplaintService(desk), Actor(login="budi", role="front_desk", name="Budi")), {
        "title": "Lampu jalan mati di Goto", "body": "Lampu jalan mati sejak seminggu yang lalu.",
        "classification": "tidak_berkadar_pengawasan", "category_id": 1397,
        "reporter": {"name": "Warga", "phone": "081234567890"}}, [])
    actor = Actor(login="x", role=role, name="X", agency_id=91001 if role == "liaison" else None)
    w = MainWindow(desk, runner, signed(desk, actor), lang=lang)
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    runner.wait_idle(5)
    found = {}
    try:
        for name in _screens_of_window(w):
            runner.wait_idle(5)
            if name == "intake":  # the empty form, then the saved one with its receipt buttons
                found["intake/new"] = clashes(w)
                qtbot.waitUntil(lambda: w.intake.ref_loaded, timeout=5000)
                fill_valid(w.intake, qtbot)
                w.intake.save()
                qtbot.waitUntil(lambda: w.intake.print_button.isEnabled(), timeout=5000)
                name = "intake/saved"
            if name == "queue" and w.queue.model.rowCount() > 0:
                w.queue.table.selectRow(0)  # the detail with its action buttons
                runner.wait_idle(5)
                qtbot.wait(50)
            found[name] = clashes(w)
    finally:
        w.intake._dirty = False
        w.intake._draft_timer.stop()
        w.close()
        runner.wait_idle(5)
    assert not {k: v for k, v in found.items() if v}, found


@pytest.mark.parametrize("action", [a.value for a in Action if a.value != "record"])
def test_every_action_dialog(qtbot, lang, action):
    from lapor_desktop.ui.action_dialogs import ActionDialog

    dlg = ActionDialog(action, lang=lang, agencies=[(91001, "Dinas PUPR"), (91002, "Dinas Kesehatan")],
                       categories=[(1397, "Jalan rusak")])
    qtbot.addWidget(dlg)
    dlg.show()
    assert not clashes(dlg), clashes(dlg)


def test_earlier_complaint_dialog(qtbot, lang):
    from lapor_desktop.ui.similar_dialog import SimilarComplaintDialog

    dlg = SimilarComplaintDialog(None, receipt_number="TIDORE-AB12-260105-0001", received="5 Jan 2026",
                                 title="Lampu jalan mati", status="diterima", reason="same_phone",
                                 note_action="receive_info", text="teks", attachment_count=1)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not clashes(dlg), clashes(dlg)


def test_exchange_and_rekey_dialogs(desk, runner, qtbot, lang):
    from lapor_desktop.domain.model import Actor
    from lapor_desktop.services.complaints import ComplaintService
    from lapor_desktop.ui.exchange import ExportDialog, FormsImportDialog, ImportDialog
    from lapor_desktop.ui.rekey_dialog import RekeyDialog

    admin = Actor(login="admin", role="admin", name="Admin")
    cid = ComplaintService(desk).record(signed(ComplaintService(desk), Actor("budi", "front_desk")), {
        "title": "Lampu jalan mati", "body": "Lampu jalan di depan pasar mati sejak minggu lalu.",
        "reporter": {"name": "Warga"}}).id
    for dlg in (ExportDialog(desk, runner, admin), ImportDialog(desk, runner, admin),
                FormsImportDialog(desk, runner, admin), RekeyDialog(desk, runner, signed(desk, admin), cid)):
        qtbot.addWidget(dlg)
        dlg.show()
        runner.wait_idle(5)
        assert not clashes(dlg), (type(dlg).__name__, clashes(dlg))
        dlg.close()


def test_the_checker_finds_a_clash(qtbot):
    from PySide6.QtWidgets import QCheckBox, QLineEdit, QVBoxLayout

    top = QWidget()
    qtbot.addWidget(top)
    lay = QVBoxLayout(top)
    edit = QLineEdit()
    label = QLabel("Isi lapor&an")
    label.setBuddy(edit)
    lay.addWidget(label)
    lay.addWidget(edit)
    lay.addWidget(QCheckBox("&Anonim"))
    top.show()
    assert clashes(top) == {"a": ["Isi lapor&an", "&Anonim"]}
    QApplication.processEvents()

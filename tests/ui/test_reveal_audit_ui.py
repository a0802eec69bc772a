"""The audited "show identity" in the detail, and the audit trail viewer (issue 14), with real
widgets on a real SQLite profile: the button is offered only to those who may reveal, the reason
is asked and checked (the message under the field), the identity shows for that view only, and
the viewer (admin, supervisor) pages, filters and checks the chain off the GUI thread."""

from __future__ import annotations

import sqlite3

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from lapor_desktop.domain.model import Actor
from lapor_desktop.services.audit import AuditService
from lapor_desktop.services.complaints import ComplaintService

from .queue_helpers import make_page
from .test_detail_actions import CLERK, VERIFIER, _open, _record
from tests.support.sessions import signed

SUPERVISOR = Actor("kepala", "supervisor", "Kepala Bagian")
REASON = "Pelapor minta dihubungi kembali soal lokasi kejadian."


def _anonim(desk) -> str:
    return _record(desk, anonymous=True, reporter={"name": "Siti Rahma", "nik": "8272011503900001"})


def _page(desk, runner, qtbot, actor):
    page = make_page(desk, runner, actor, qtbot)
    page.resize(1366, 700)
    runner.wait_idle(5)
    return page


def _label(page, name: str) -> str | None:
    lab = page.detail.findChild(QLabel, f"detail.{name}")
    return lab.text() if lab is not None else None


def test_the_verifier_reveals_with_a_reason_for_this_view_only(desk, runner, qtbot):
    cid = _anonim(desk)
    page = _page(desk, runner, qtbot, VERIFIER)
    _open(page, runner, qtbot, cid)
    assert _label(page, "nik") is None
    button = page.detail.findChild(QPushButton, "detail.revealIdentity")
    assert button is not None and button.isVisible() and button.text() == "Tampilkan &identitas…"
    dlg = page.detail.open_reveal()
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Tampilkan identitas pelapor"
    dlg.reason.setPlainText("cek")  # too short: said under the field, nothing shown
    qtbot.mouseClick(dlg.show_button, Qt.MouseButton.LeftButton)
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: dlg.error.isVisible(), timeout=3000)
    assert "Alasan paling sedikit 10 karakter" in dlg.error.text()
    assert dlg.isVisible() and _label(page, "nik") is None
    dlg.reason.setPlainText("Cek NIK 8272011503900001 di dukcapil")
    qtbot.mouseClick(dlg.show_button, Qt.MouseButton.LeftButton)
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: "NIK atau nomor telepon" in dlg.error.text(), timeout=3000)
    dlg.reason.setPlainText(REASON)
    qtbot.keyClick(dlg.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: _label(page, "nik") == "8272011503900001", timeout=3000)
    assert not dlg.isVisible()
    assert _label(page, "reporter") == "Siti Rahma"
    assert "jejak audit" in _label(page, "revealed")
    # for this view only: opening it again hides the identity
    page.detail.reload()
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: _label(page, "nik") is None, timeout=3000)
    con = sqlite3.connect(desk.paths.db_path)
    try:
        kinds = [r[0] for r in con.execute("SELECT kind FROM audit_log WHERE complaint_id = ?", (cid,))]
    finally:
        con.close()
    assert kinds.count("identity_revealed") == 1


def test_no_reveal_button_for_the_front_desk_the_supervisor_or_on_a_plain_complaint(desk, runner, qtbot):
    anon, plain = _anonim(desk), _record(desk)
    for actor, cid in ((CLERK, anon), (SUPERVISOR, anon), (VERIFIER, plain)):
        page = _page(desk, runner, qtbot, actor)
        _open(page, runner, qtbot, cid)
        assert page.detail.findChild(QPushButton, "detail.revealIdentity") is None, actor.role


def test_the_audit_viewer_pages_filters_and_checks_the_chain(desk, runner, qtbot):
    from lapor_desktop.ui.audit_dialog import AuditDialog

    svc = ComplaintService(desk)
    for _ in range(3):
        _record(desk)
    session = signed(svc, SUPERVISOR)
    dlg = AuditDialog(runner, AuditService(desk), session, desk.tz, "id")
    qtbot.addWidget(dlg)
    dlg.show()
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: dlg.page is not None, timeout=3000)
    assert dlg.windowTitle() == "Jejak audit"
    assert dlg.table.rowCount() == dlg.page.total >= 3
    seqs = [int(dlg.table.item(r, 0).text()) for r in range(dlg.table.rowCount())]
    assert seqs == sorted(seqs, reverse=True)
    assert dlg.table.item(0, 4).text() == "Pengaduan dicatat"
    dlg.kind.setCurrentIndex(dlg.kind.findData("signed_in"))
    qtbot.mouseClick(dlg.apply, Qt.MouseButton.LeftButton)
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: dlg.table.rowCount() == 0, timeout=3000)
    qtbot.mouseClick(dlg.check, Qt.MouseButton.LeftButton)
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: dlg.verdict.text().startswith("Utuh"), timeout=3000)
    assert dlg.check.isEnabled()


def test_the_audit_viewer_is_offered_to_the_admin_and_the_supervisor_only(desk, runner, qtbot):
    from lapor_desktop.ui.main_window import MainWindow

    for actor, offered in ((CLERK, False), (VERIFIER, False), (SUPERVISOR, True), (Actor("admin", "admin"), True)):
        w = MainWindow(desk, runner, signed(desk, actor), lang="id")
        qtbot.addWidget(w)
        assert ("audit" in w.account_buttons) is offered, actor.role
        if offered:
            assert w.account_buttons["audit"].text() == "Jejak audit"
        w.intake._dirty = False
        w.intake._draft_timer.stop()
        w.close()
        runner.wait_idle(5)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_two_mnemonics_alike_in_the_new_dialogs_and_the_detail(desk, runner, qtbot, qapp, lang):
    from lapor_desktop.services.reveal import IdentityService
    from lapor_desktop.ui.audit_dialog import AuditDialog
    from lapor_desktop.ui.i18n import install_translator
    from lapor_desktop.ui.reveal_dialog import RevealDialog

    from .test_mnemonics import clashes

    install_translator(qapp, lang)
    try:
        cid = _anonim(desk)
        page = _page(desk, runner, qtbot, VERIFIER)
        _open(page, runner, qtbot, cid)
        assert page.detail.findChild(QPushButton, "detail.revealIdentity") is not None
        assert not clashes(page), clashes(page)
        for dlg in (RevealDialog(runner, IdentityService(desk), signed(desk, VERIFIER), cid, lang),
                    AuditDialog(runner, AuditService(desk), signed(desk, SUPERVISOR), desk.tz, lang)):
            qtbot.addWidget(dlg)
            dlg.show()
            runner.wait_idle(5)
            assert not clashes(dlg), (type(dlg).__name__, clashes(dlg))
            dlg.close()
    finally:
        install_translator(qapp, "id")

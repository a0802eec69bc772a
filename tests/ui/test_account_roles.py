"""Pengaturan › Petugas: the admin changes an account's role (an office-wide account event,
services/accounts.py); the page says so in Indonesian and the account's session ends."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from lapor_desktop.domain.enums import ACCOUNTS_STREAM
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.session import registry
from lapor_desktop.services.users import UserService

from tests.support.sessions import signed

ADMIN = Actor("admin", "admin", "Admin")


def test_admin_changes_a_role_in_the_staff_tab(desk, runner, qtbot):
    from lapor_desktop.ui.account_role_dialog import RoleDialog
    from lapor_desktop.ui.settings import SettingsPage

    UserService(desk).add(None, login="sari", role="front_desk", password="rahasia-sari")
    sari = UserService(desk).sign_in("sari", "rahasia-sari")
    p = SettingsPage(desk, runner, signed(desk, ADMIN), lang="id")
    qtbot.addWidget(p)
    p.resize(1180, 720)
    p.show()
    runner.wait_idle(5)
    p.tabs.setCurrentIndex(3)
    assert p.user_role_change.text() == "Ganti peran…"
    logins = [p.user_table.item(i, 0).text() for i in range(p.user_table.rowCount())]
    p.user_table.selectRow(logins.index("sari"))
    seen = {}

    def answer() -> None:
        dlg = QApplication.activeModalWidget()
        assert isinstance(dlg, RoleDialog)
        seen["title"] = dlg.windowTitle()
        dlg.role.setCurrentIndex(dlg.role.findData("verifier"))
        dlg.accept()

    QTimer.singleShot(100, answer)
    p.user_role_change.click()
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: "sari" in p.user_status.text(), timeout=5000)
    assert seen["title"] == "Ganti peran sari"
    assert p.user_status.text() == "Akun sari sekarang Verifikator (Admin Instansi)."
    assert UserService(desk).authenticate("sari", "rahasia-sari").role == "verifier"
    assert not registry(desk).is_live(sari)  # signed out here at once
    with desk.db.read() as s:  # and the change waits in the outbox for the office's other desks
        from sqlalchemy import text

        n = s.execute(text("SELECT count(*) FROM events e JOIN outbox o ON o.event_id = e.id "
                           "WHERE e.complaint_id = :c AND e.type = 'account.updated'"), {"c": ACCOUNTS_STREAM}).scalar()
    assert n == 1

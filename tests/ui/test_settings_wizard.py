"""The first-run wizard (by keyboard, cancel, validation, live language) and the Pengaturan page."""

from __future__ import annotations

import argparse
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from lapor_desktop.core.paths import AppPaths
from lapor_desktop.core.settings import load_settings
from lapor_desktop.domain.model import Actor

from .conftest import PASSWORD
from tests.support.sessions import signed

ADMIN = Actor(login="admin", role="admin", name="Admin")


# ---------------------------------------------------------------------------- wizard
@pytest.fixture
def fresh(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    home = tmp_path / "fresh"
    monkeypatch.setenv("LAPOR_DESKTOP_HOME", str(home))
    return AppPaths.under(home)


@pytest.fixture
def wizard(fresh, runner, qtbot):  # type: ignore[no-untyped-def]
    from lapor_desktop.ui.setup_wizard import SetupWizard

    w = SetupWizard(runner, fresh, None, "id")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.office.reference_data is not None, timeout=5000)
    yield w
    from lapor_desktop.ui.i18n import install_translator

    install_translator(QApplication.instance(), "id")  # a test may have switched to English
    if w.desk is not None:
        w.desk.close()


def _next(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    """Enter on the focused field presses the wizard's default button (Next / Finish)."""
    qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_Return)


def test_wizard_by_keyboard_sets_up_the_desk_and_the_admin_can_sign_in(wizard, fresh, qtbot):
    w = wizard
    assert w.button(QWizard.WizardButton.NextButton).text() == "&Lanjut >"
    assert w.button(QWizard.WizardButton.CancelButton).text() == "Batal"
    w.welcome.lang_id.setFocus()
    _next(qtbot, w)
    assert w.currentPage() is w.office
    # the bundled Tidore reference is the default; its kecamatan are listed for checking
    assert w.office.regions.topLevelItemCount() == 8
    assert "Maluku Utara" in w.office.region_label.text()
    assert w.office.timezone.currentData() == "Asia/Jayapura"  # WIT
    w.office.code.setFocus()
    qtbot.keyClicks(w.office.code, "tidore")
    qtbot.keyClick(w.office.code, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Pemerintah Kota Tidore Kepulauan")
    _next(qtbot, w)
    assert w.currentPage() is w.admin
    w.admin.login.setFocus()
    w.admin.login.selectAll()
    qtbot.keyClicks(w.admin.login, "kepala")
    for text in ("Kepala Bagian Umum", "rahasia123", "rahasia124"):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), text)
    _next(qtbot, w)
    assert w.currentPage() is w.admin  # passwords differ
    assert "tidak sama" in w.admin.errors.text("password2")
    w.admin.password2.setFocus()
    w.admin.password2.clear()
    qtbot.keyClicks(w.admin.password2, "rahasia123")
    _next(qtbot, w)
    assert w.currentPage() is w.hub
    w.hub.url.setFocus()
    _next(qtbot, w)  # both empty: skipped
    assert w.currentPage() is w.summary
    assert "TIDORE" in w.summary.summary.text() and "Hub: belum ada" in w.summary.summary.text()
    assert not fresh.settings_file.exists()  # nothing written before Finish
    assert w.button(QWizard.WizardButton.FinishButton).text() == "&Selesai"
    with qtbot.waitSignal(w.accepted, timeout=15000):
        _next(qtbot, w)
    st = load_settings(fresh.settings_file)
    assert st.office_code == "TIDORE" and st.is_set_up and st.language == "id"
    assert st.timezone == "Asia/Jayapura" and st.office_city == "Kota Tidore Kepulauan"
    from lapor_desktop.services.reference import ReferenceService
    from lapor_desktop.services.users import UserService

    actor = UserService(w.desk).authenticate("kepala", "rahasia123")
    assert actor.role == "admin" and actor.name == "Kepala Bagian Umum"
    assert len(ReferenceService(w.desk).regions("district")) == 8


def test_wizard_rejects_a_bad_office_code_in_indonesian(wizard, qtbot):
    w = wizard
    w.next()
    qtbot.keyClicks(w.office.code, "kota tidore!")
    qtbot.keyClicks(w.office.name, "Kantor")
    w.office.code.setFocus()
    _next(qtbot, w)
    assert w.currentPage() is w.office
    err = w.findChild(type(w.office.region_label), "wizard.office_code.error")
    assert err.isVisible() and "Kode kantor harus 2-12 huruf besar atau angka" in err.text()


def test_wizard_cancelled_half_way_writes_nothing(wizard, fresh, qtbot):
    w = wizard
    w.next()
    qtbot.keyClicks(w.office.code, "TIDORE")
    qtbot.keyClicks(w.office.name, "Kantor")
    w.next()
    with qtbot.waitSignal(w.rejected, timeout=3000):
        qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert w.desk is None
    home = fresh.data_dir.parent
    assert not home.exists() or not any(home.rglob("*"))


def test_wizard_switches_language_live(wizard, qtbot):
    w = wizard
    assert w.welcome.title() == "Selamat datang di LAPOR! Desk"
    w.welcome.lang_en.click()
    assert w.lang == "en"
    assert w.welcome.title() == "Welcome to LAPOR! Desk"
    assert w.button(QWizard.WizardButton.NextButton).text() == "&Next >"
    assert w.office.timezone.currentText().startswith("WIT (Eastern")
    w.welcome.lang_id.click()
    assert w.button(QWizard.WizardButton.NextButton).text() == "&Lanjut >"
    assert w.office.timezone.currentText().startswith("WIT (Waktu Indonesia Timur")


def test_run_gui_cancelled_wizard_exits_0_and_changes_nothing(fresh, monkeypatch):
    from lapor_desktop import app as app_mod
    from lapor_desktop.ui import setup_wizard

    shown = []
    monkeypatch.setattr(setup_wizard.SetupWizard, "exec", lambda self: (shown.append(self), self.reject())[1])
    code = app_mod.run_gui(argparse.Namespace(lang="id", data_dir=str(fresh.data_dir.parent), demo=False, self_test=False,
                                              verbose=False))
    assert code == 0 and len(shown) == 1
    assert not load_settings(fresh.settings_file).is_set_up


# ---------------------------------------------------------------------------- settings page
def _page(desk, runner, qtbot, actor=ADMIN):  # type: ignore[no-untyped-def]
    from lapor_desktop.ui.settings import SettingsPage

    p = SettingsPage(desk, runner, signed(desk, actor), lang="id")
    qtbot.addWidget(p)
    p.resize(1180, 720)
    p.show()
    runner.wait_idle(5)
    return p


def test_settings_language_and_deadline_validation(desk, runner, qtbot, paths):
    p = _page(desk, runner, qtbot)
    assert p.findChild(object, "settings.language").accessibleName() == "Bahasa"
    p.language.setCurrentIndex(p.language.findData("en"))
    p.numbers["verify_days"].setValue(0)
    p.general_save.click()
    runner.wait_idle(5)
    err = p.findChild(type(p.general_status), "settings.verify_days.error")
    assert err.isVisible() and "Batas verifikasi harus antara 1 dan 30" in err.text()
    assert load_settings(paths.settings_file).language == "id"  # nothing saved
    p.numbers["verify_days"].setValue(4)
    assert p.background_attachments.isChecked()  # on by default
    p.background_attachments.setChecked(False)
    p.general_save.click()
    runner.wait_idle(5)
    st = load_settings(paths.settings_file)
    assert st.language == "en" and st.verify_days == 4 and st.background_attachments is False
    assert "Buka ulang" in p.general_status.text()


def test_closure_day_moves_a_deadline(desk, runner, qtbot):
    from sqlalchemy import select

    from lapor_desktop.services.complaints import ComplaintService
    from lapor_desktop.store.models import ComplaintRow

    rec = ComplaintService(desk).record(signed(ComplaintService(desk), Actor("budi", "front_desk")), {
        "title": "Lampu jalan mati di Soasio", "body": "Lampu jalan mati sejak minggu lalu di depan masjid.",
        "reporter": {"name": "Ahmad", "phone": "0813-1111-2222"}})

    def due() -> str:
        with desk.db.read() as s:
            return s.scalar(select(ComplaintRow.due_date).where(ComplaintRow.id == rec.id))

    before = due()
    p = _page(desk, runner, qtbot)
    d = date.fromisoformat(before)
    from PySide6.QtCore import QDate

    p.closure_date.setDate(QDate(d.year, d.month, d.day))
    qtbot.keyClicks(p.closure_name, "Cuti bersama daerah")
    p.closure_add.click()
    runner.wait_idle(10)
    assert p.closures.rowCount() == 1 and p.closures.item(0, 1).text() == "Cuti bersama daerah"
    assert due() > before
    p.closures.selectRow(0)
    p.closure_remove.click()
    runner.wait_idle(10)
    assert p.closures.rowCount() == 0 and due() == before


def test_admin_adds_a_front_desk_officer_who_can_sign_in(desk, runner, qtbot):
    from lapor_desktop.services.users import UserService

    p = _page(desk, runner, qtbot)
    p.tabs.setCurrentIndex(3)
    qtbot.keyClicks(p.user_login, "sari")
    qtbot.keyClicks(p.user_name, "Sari Wulandari")
    p.user_role.setCurrentIndex(p.user_role.findData("front_desk"))
    qtbot.keyClicks(p.user_password, "pendek")
    p.user_add.click()
    runner.wait_idle(5)
    assert "paling sedikit 8 karakter" in p.user_errors.text("password")
    p.user_password.clear()
    qtbot.keyClicks(p.user_password, PASSWORD)
    p.user_add.click()
    runner.wait_idle(5)
    assert "sari" in p.user_status.text()
    logins = [p.user_table.item(i, 0).text() for i in range(p.user_table.rowCount())]
    assert "sari" in logins
    actor = UserService(desk).authenticate("sari", PASSWORD)
    assert actor.role == "front_desk"
    # disable, then the account no longer signs in
    p.user_table.selectRow(logins.index("sari"))
    p.user_toggle.click()
    runner.wait_idle(5)
    from lapor_desktop.core.errors import AuthFailed

    with pytest.raises(AuthFailed):
        UserService(desk).authenticate("sari", PASSWORD)


def test_non_admin_sees_settings_read_only(desk, runner, qtbot, actor, paths):
    p = _page(desk, runner, qtbot, actor)
    assert p.findChild(object, "settings.readonly") is not None
    assert p.numbers["verify_days"].isReadOnly() and not p.background_attachments.isEnabled()
    assert not p.closure_add.isEnabled() and not p.closure_remove.isEnabled()
    assert p.add_box.isHidden() and p.user_toggle.isHidden() and p.enroll_button.isHidden()
    assert p.hub_url.isReadOnly()
    # the language is the one thing an officer may change
    p.language.setCurrentIndex(p.language.findData("en"))
    p.general_save.click()
    runner.wait_idle(5)
    assert load_settings(paths.settings_file).language == "en"
    assert "Belum terdaftar" in p.hub_state.text()


def test_admin_sets_the_office_contact_printed_on_receipts(desk, runner, qtbot):
    from lapor_desktop.domain.model import Actor
    from lapor_desktop.services.office_contact import OfficeContactService
    from lapor_desktop.ui.settings import SettingsPage

    admin = signed(desk, Actor(login="admin", role="admin", name="Admin"))  # a live session
    page = SettingsPage(desk, runner, admin)
    qtbot.addWidget(page)
    page.show()
    page.contact["office_whatsapp"].setText("12-ab")  # not a phone number
    page.save_contact()
    qtbot.waitUntil(lambda: page.contact_status.text() not in ("", "Menyimpan…"), timeout=5000)
    assert page.contact_status.text().startswith("Belum tersimpan"), page.contact_status.text()
    assert OfficeContactService(desk).get().whatsapp == ""  # nothing half-saved
    page.contact["office_whatsapp"].setText("0812-3456-7890")
    page.contact["office_phone"].setText("0921-3161234")
    page.contact["office_address"].setText("Jl. Sultan Syahjuan No. 1, Soasio")
    page.save_contact()
    qtbot.waitUntil(lambda: page.contact_status.text().startswith("Tersimpan"), timeout=5000)
    c = OfficeContactService(desk).get()
    assert c.address == "Jl. Sultan Syahjuan No. 1, Soasio" and c.whatsapp and c.phone
    # the front desk sees them, read-only, without a save button
    clerk = SettingsPage(desk, runner, Actor(login="budi", role="front_desk", name="Budi"))
    qtbot.addWidget(clerk)
    assert clerk.contact["office_address"].isReadOnly() and not clerk.contact_save.isVisibleTo(clerk)

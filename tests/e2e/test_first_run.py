"""The first-run wizard, by keyboard alone, with the prefilled login ``admin``."""

from __future__ import annotations

import time

from .conftest import PASSWORD, SHOTS, open_store


def test_first_run_wizard_by_keyboard_with_login_admin(xs, tmp_path):
    home = tmp_path / "new-profile"
    xs.start(home)
    wid = xs.wait_window("penyiapan awal")
    xs.key("Return")  # welcome: Bahasa Indonesia is chosen; Enter = Lanjut
    time.sleep(0.4)
    xs.type("TIDORE")  # the office page starts in the office code
    xs.key("Tab")
    xs.type("Pemerintah Kota Tidore Kepulauan")
    xs.key("Return")
    time.sleep(0.4)
    # the administrator page: "admin" is prefilled; a short, then mismatched password first
    xs.key("Tab")
    xs.type("Admin Kantor")
    xs.key("Tab")
    xs.type("pendek")
    xs.key("Tab")
    xs.type("pendek")
    xs.key("alt+l")  # Alt+L is "Lanjut", not a field
    time.sleep(0.6)
    xs.screenshot(SHOTS / "wizard-admin-error-id.png")
    # the cursor went to the wrong field (password, selected): type over it
    xs.type(PASSWORD)
    xs.key("Tab")
    xs.type(PASSWORD + "x")
    xs.key("Return")
    time.sleep(0.6)
    xs.screenshot(SHOTS / "wizard-admin-mismatch-id.png")
    assert xs.active_window() == wid
    xs.type(PASSWORD)  # "Ulangi kata sandi" got the cursor, selected
    xs.key("alt+l")
    time.sleep(0.4)
    xs.key("Return")  # the hub page: no hub for now
    time.sleep(0.4)
    xs.key("Return")  # summary: Selesai
    # the sign-in dialog, with "admin" filled in and the cursor in the password
    xs.wait_window("Masuk")
    xs.type(PASSWORD)
    xs.key("Return")
    xs.wait_window("LAPOR! Desk — Pemerintah Kota")
    xs.close()
    desk = open_store(home)
    try:
        from lapor_desktop.services.users import UserService

        users = {u.login: u.role for u in UserService(desk).list()}
        assert desk.settings.is_set_up and desk.settings.office_code == "TIDORE"
        assert users == {"admin": "admin"}
    finally:
        desk.close()

"""Signing in with the keyboard on a real X server."""

from __future__ import annotations

from .conftest import PASSWORD, sign_in


def test_enter_in_the_password_field_signs_in(xs, profile):
    xs.start(profile)
    sign_in(xs, "budi")
    xs.wait_window("LAPOR! Desk — Pemerintah Kota")
    assert xs.running(), "the program ended instead of signing in"


def test_enter_with_a_wrong_password_keeps_the_dialog_and_says_why(xs, profile):
    xs.start(profile)
    wid = xs.wait_window("Masuk")
    xs.type("budi")
    xs.key("Return")
    xs.type("salah-sekali")
    xs.key("Return")
    import time

    time.sleep(1.5)  # the check runs on the database thread
    assert xs.running(), f"Enter with a wrong password ended the program:\n{xs.log_text()}"
    assert xs.active_window() == wid
    # a second try with the right password, still by keyboard: the field holds the wrong one selected
    xs.type(PASSWORD)
    xs.key("Return")
    xs.wait_window("LAPOR! Desk — Pemerintah Kota")

"""Each role signs in by keyboard and lands on the page it works on (the page is named in the
window title); a role that may not record complaints is not taken to the form even by Ctrl+1."""

from __future__ import annotations

import time

import pytest

from .conftest import SHOTS, sign_in

# login -> (page in Indonesian, page in English)
LANDING = {"budi": ("Loket", "Front desk"), "vera": ("Antrian", "Queue"), "lia": ("Antrian", "Queue"),
           "supri": ("Antrian", "Queue"), "admin": ("Pengaturan", "Settings")}
MAY_RECORD = {"budi", "vera", "admin"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_each_role_lands_on_its_page(xs, profile, lang):
    for login, pages in LANDING.items():
        page = pages[0 if lang == "id" else 1]
        xs.start(profile, lang=lang)
        xs.wait_window("Masuk|Sign in")
        sign_in(xs, login)
        wid = xs.wait_window(f"^{page} — LAPOR! Desk")
        time.sleep(0.8)  # painted
        xs.screenshot(SHOTS / f"landing-{login}-{lang}.png")
        geo = xs.window_geometry(wid)
        assert geo["WIDTH"] >= 1300 and geo["HEIGHT"] >= 700, geo  # maximised on 1366x768
        xs.key("ctrl+1")  # the form
        time.sleep(0.4)
        title = xs.active_title()
        if login in MAY_RECORD:
            assert title.startswith("Loket" if lang == "id" else "Front desk"), title
        else:
            assert title.startswith(page), f"{login} was taken to {title!r}"
        xs.app.terminate()
        xs.wait_exit(15)

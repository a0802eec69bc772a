"""A verifier opens a complaint from the queue, verifies it (classification and category) and
forwards it to an agency, by keyboard alone; the store holds the result."""

from __future__ import annotations

import time

from .conftest import AGENCY_ID, SHOTS, open_store, sign_in

TITLE = "Jalan berlubang di depan SD Dokiri"


def _status(profile):  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    desk = open_store(profile)
    try:
        with desk.db.read() as s:
            return s.execute(text("SELECT status, classification, category_id, agency_id FROM complaints")).one()
    finally:
        desk.close()


def test_verify_and_forward_by_keyboard(xs, profile):
    from lapor_desktop.domain.model import Actor
    from lapor_desktop.services.complaints import ComplaintService
    from tests.support.sessions import signed

    desk = open_store(profile)
    try:  # a walk-in waiting for verification: category known, classification not yet
        ComplaintService(desk).record(signed(desk, Actor("budi", "front_desk", "Budi")), {
            "title": TITLE, "body": "Jalan di depan SD Dokiri berlubang besar, anak sekolah sering jatuh.",
            "reporter": {"name": "Siti"}, "category_id": 1397})
    finally:
        desk.close()
    xs.start(profile)
    sign_in(xs, "vera")
    xs.wait_window("^Antrian — LAPOR! Desk")
    time.sleep(1.5)  # the list loads
    xs.keys_sent = 0
    xs.key("ctrl+f", "Down")  # the search, then Down into the list: the first complaint opens
    time.sleep(1.0)
    xs.screenshot(SHOTS / "verify-0-list.png")
    xs.key("Tab", "Tab")
    time.sleep(0.3)
    xs.screenshot(SHOTS / "verify-1-button.png")  # "Tutup rincian" -> "Verifikasi" (the actions come first, always in one place)
    xs.key("space")
    xs.wait_window("^Verifikasi")
    xs.screenshot(SHOTS / "verify-dialog-id.png")
    xs.key("Down", "Down")  # Klasifikasi: Pengaduan Tidak Berkadar Pengawasan; the category is prefilled
    xs.key("Return")
    xs.wait(lambda: _status(profile)[0] == "terverifikasi", 20, "the verification in the store")
    time.sleep(0.8)
    xs.key("space")  # the focus moved on to "Disposisi"
    xs.wait_window("^Disposisi")
    xs.type("pupr")
    xs.key("Return")  # Enter in the search chooses the agency and moves to the note
    xs.type("Mohon segera ditambal.")
    xs.key("ctrl+Return")
    xs.wait(lambda: _status(profile)[0] == "terdisposisi", 20, "the forward in the store")
    keys = xs.keys_sent
    print(f"\nkeys and chords from the worklist to verified and forwarded: {keys} (plus typed text)")
    time.sleep(0.8)
    xs.screenshot(SHOTS / "forwarded-id.png")
    status, classification, category, agency = _status(profile)
    assert (status, classification, category, agency) == (
        "terdisposisi", "tidak_berkadar_pengawasan", 1397, AGENCY_ID)
    assert keys <= 14

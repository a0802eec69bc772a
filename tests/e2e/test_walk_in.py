"""A walk-in complaint from Ctrl+N to its printed receipt (a PDF file), by keyboard alone."""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest

from .conftest import SHOTS, open_store, sign_in

TITLE = "Lampu jalan mati di Jalan Sultan Nuku"
BODY = "Sudah dua minggu lampu jalan di depan masjid mati, jalan gelap dan rawan."
NAME = "Siti Rahmawati"


def test_walk_in_complaint_to_a_printed_receipt_by_keyboard(xs, profile, tmp_path):
    pdf = tmp_path / "out" / "tanda-terima.pdf"
    pdf.parent.mkdir()
    xs.start(profile)
    sign_in(xs, "budi")
    xs.wait_window("LAPOR! Desk — Pemerintah Kota")
    time.sleep(1.0)  # the reference data loads
    xs.keys_sent = 0
    xs.key("ctrl+n")  # the cursor is in the title already; Ctrl+N works at once
    xs.type(TITLE)
    xs.key("alt+o")  # Isi lap_o_ran
    xs.type(BODY)
    xs.key("alt+n")  # _Nama
    xs.type(NAME)
    xs.key("ctrl+s")
    time.sleep(1.5)
    xs.screenshot(SHOTS / "walk-in-saved-id.png")
    xs.key("alt+f")  # PD_F…: the receipt as a PDF file
    xs.wait_window("PDF")
    xs.key("ctrl+a")
    xs.type(str(pdf))
    xs.key("Return")
    xs.wait(lambda: pdf.exists() and pdf.stat().st_size > 1000, 20, "the PDF file")
    keys = xs.keys_sent
    print(f"\nkeys and chords from Ctrl+N to the printed receipt: {keys} (plus typed text)")
    (tmp_path / "keys.txt").write_text(str(keys))
    assert keys <= 8
    xs.close()

    desk = open_store(profile)
    try:
        from sqlalchemy import text

        with desk.db.read() as s:
            rows = s.execute(text("SELECT title, receipt_number, status FROM complaints")).all()
    finally:
        desk.close()
    assert len(rows) == 1
    title, receipt, status = rows[0]
    assert title == TITLE and status == "belum_terverifikasi" and receipt
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is missing: the PDF exists, its text is not checked")
    words = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert receipt in words
    assert "Lampu jalan mati" in words

"""A draft survives a killed process; the receipt PDF in both layouts."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from lapor_desktop.domain.deadlines import DeadlinePolicy, WorkingCalendar, receipt_deadline
from lapor_desktop.domain.model import Actor
from lapor_desktop.reports.receipt import format_date
from lapor_desktop.services.frontdesk import FrontDeskService
from lapor_desktop.ui import printing

from .conftest import PASSWORD, VALID_NIK, fill_valid
from tests.support.sessions import signed

CHILD = Path(__file__).with_name("draft_child.py")


def test_draft_survives_kill_and_is_offered_back(home, desk, runner, actor, qtbot):
    env = dict(os.environ, LAPOR_DESKTOP_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, str(CHILD), PASSWORD], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        assert line.strip() == "DRAFT-WRITTEN", proc.stderr.read() if proc.poll() is not None else line
    finally:
        os.kill(proc.pid, signal.SIGKILL)  # a power cut: no clean-up, no close event
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    assert len(list(desk.paths.drafts_dir.glob("intake-*.json"))) == 1

    from lapor_desktop.ui.main_window import MainWindow

    w = MainWindow(desk, runner, signed(desk, actor), lang="id")
    qtbot.addWidget(w)
    w.show()
    page = w.intake
    banner = page.findChild(object, "intake.draftBanner")
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=5000)
    assert "Sampah menumpuk di pantai Tomalou" in page.draft_text.text()
    assert page.title.text() == ""  # nothing restored without asking
    qtbot.mouseClick(page.findChild(object, "intake.restoreDraft"), __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    assert page.title.text() == "Sampah menumpuk di pantai Tomalou"
    assert page.body.toPlainText().startswith("Sampah plastik menumpuk")
    assert page.reporter_name.text() == "Rahmat Hasan"
    assert page.reporter_phone.text() == "0821-9988-7766"
    assert page.kecamatan.currentText() == "Tidore Selatan" and page.kelurahan.currentText() == "Tomalou"
    assert page.anonymous.isChecked() and page.confidential.isChecked()
    # finishing it saves the complaint and removes the draft
    page.save()
    qtbot.waitUntil(lambda: page.recorded is not None, timeout=5000)
    runner.wait_idle(5)
    assert not list(desk.paths.drafts_dir.glob("intake-*.json"))
    page._dirty = False


def _pdf_text(path: Path) -> str:
    text = " ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))  # "ﬁ" ligatures -> "fi"


@pytest.mark.parametrize("anonymous", [False, True], ids=["named", "anonymous"])
def test_receipt_pdf_both_layouts(desk, tmp_path, anonymous):
    svc = FrontDeskService(desk)
    actor = Actor("budi", "front_desk", "Budi Santoso")
    rec = svc.record(signed(svc, actor), {
        "title": "Jalan berlubang di depan Pasar Goto",
        "body": "Jalan di depan Pasar Goto berlubang besar sejak dua minggu lalu.",
        "anonymous": anonymous,
        "reporter": {"name": "Siti Rahmawati", "nik": VALID_NIK, "phone": "0812-4455-6677"},
    })
    receipt = svc.receipt(signed(svc, actor), rec.id)
    expected = receipt_deadline(rec.received_at, DeadlinePolicy(), WorkingCalendar(), desk.settings.timezone)
    assert receipt.deadline == expected
    for layout in ("a4", "thermal"):
        pdf = printing.save_pdf(receipt, layout, tmp_path / f"{layout}.pdf", "id")
        reader = PdfReader(str(pdf))
        assert len(reader.pages) == 1
        width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
        assert abs(width_mm - (80 if layout == "thermal" else 210)) < 1
        text = _pdf_text(pdf)
        assert rec.receipt_number in text
        assert format_date(expected, "id") in text
        assert "Pemerintah Kota Tidore Kepulauan" in text and "Rahasia" in text
        assert "Cara menanyakan perkembangan laporan" in text  # the office's own ways, nothing national
        if anonymous:
            assert "Siti" not in text and "Rahmawati" not in text
            assert VALID_NIK not in text and "4455" not in text
            assert "Anonim" in text
        else:
            assert "Siti Rahmawati" in text


def test_receipt_from_the_form_and_reprint_with_tracking_id(page, desk, qtbot, tmp_path):
    fill_valid(page, qtbot)
    page.receipt_layout.setCurrentIndex(page.receipt_layout.findData("thermal"))
    page.save()
    qtbot.waitUntil(lambda: page.receipt is not None, timeout=5000)
    assert page.findChild(object, "intake.print").isEnabled()
    pdf = page.save_receipt_pdf(str(tmp_path / "r.pdf"))
    text = _pdf_text(pdf)
    assert page.recorded.receipt_number in text and "Diverifikasi paling lambat" in text
    # later, after sync, the complaint has a Tracking ID: the reprint carries it
    from lapor_desktop.store import repo

    svc = FrontDeskService(desk)
    state = svc.complaints.state(page.recorded.id)
    from dataclasses import replace

    r2 = svc.receipt(signed(svc, Actor("budi", "front_desk")), svc.find_by_receipt(signed(svc, Actor("budi", "front_desk")), page.recorded.receipt_number))
    r2 = replace(r2, tracking_id="1234567")
    text2 = _pdf_text(printing.save_pdf(r2, "a4", tmp_path / "r2.pdf", "id"))
    assert "1234567" in text2 and "Nomor pelacakan (dari hub kantor)" in text2 and "lapor.go.id" not in text2
    assert state.receipt_number == page.recorded.receipt_number and repo is not None

"""Receipts that print only what is true, reprints, and printing by keyboard alone (issue 11,
items 6, 20 and 23). The PDFs are read back with pypdf."""

from __future__ import annotations

import re
import unicodedata
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest

from lapor_desktop.core.errors import PermissionDenied
from lapor_desktop.domain.enums import Action
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.complaints import ComplaintService
from lapor_desktop.services.frontdesk import FrontDeskService
from lapor_desktop.ui import printing
from tests.support.sessions import signed

from .conftest import VALID_NIK, fill_valid

CLERK = Actor("budi", "front_desk", "Budi Santoso")
ADMIN = Actor("admin", "admin", "Admin")
VERIFIER = Actor("verif", "verifier", "Rina Verifikator")
SUPERVISOR = Actor("pimpinan", "supervisor", "Pak Kepala")


def _pdf_text(path: Path) -> str:
    text = " ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def _record(desk, **over):  # type: ignore[no-untyped-def]
    data = {"title": "Lampu jalan padam di Soasio", "body": "Lampu jalan di depan masjid padam sejak seminggu.",
            "channel": "whatsapp", "classification": "tidak_berkadar_pengawasan", "category_id": 1397,
            "reporter": {"name": "Siti Rahmawati", "nik": VALID_NIK, "phone": "0812-4455-6677"}}
    data.update(over)
    return FrontDeskService(desk).record(signed(desk, CLERK), data)


def _assign_tracking(desk, complaint_id: str, tid: str) -> None:
    """What the hub's reply brings after a sync."""
    from lapor_desktop.core.ids import uuid7
    from lapor_desktop.domain.model import Event
    from lapor_desktop.store import repo
    from lapor_desktop.store.projection import write_projection

    with desk.db.session() as s:
        e = Event(id=uuid7(), complaint_id=complaint_id, type="complaint.tracking_assigned",
                  device_id=str(uuid.uuid4()), device_seq=1, hlc=desk.hlc.tick(), occurred_at=desk.now_iso(),
                  actor_user="hub", actor_role="hub", data={"tracking_id": tid})
        repo.insert_remote_events(s, [e], desk.now_iso())
        write_projection(s, desk.projector, [complaint_id])


# ------------------------------------------------------------------ item 23: only what is true
def test_receipt_names_the_offices_own_ways_to_follow_up(desk, tmp_path):
    fd = FrontDeskService(desk)
    rec = _record(desk)
    plain = _pdf_text(printing.save_pdf(fd.receipt(signed(desk, CLERK), rec.id), "a4", tmp_path / "plain.pdf", "id"))
    assert "lapor.go.id" not in plain  # the national site does not know this office's numbers
    assert "loket Pemerintah Kota Tidore Kepulauan" in plain
    assert rec.receipt_number in plain
    desk.settings.office_phone = "(0921) 3161234"
    desk.settings.office_whatsapp = "0812-4000-1234"
    desk.settings.office_address = "Jl. Sultan Mansyur, Soasio"
    desk.settings.status_url = "https://lapor.tidorekota.go.id/status"
    _assign_tracking(desk, rec.id, "1000123")
    text = _pdf_text(printing.save_pdf(fd.receipt(signed(desk, CLERK), rec.id), "a4", tmp_path / "full.pdf", "id"))
    for part in ("telepon (0921) 3161234", "WhatsApp 0812-4000-1234", "Jl. Sultan Mansyur, Soasio",
                 "https://lapor.tidorekota.go.id/status", "Nomor pelacakan (dari hub kantor)", "1000123"):
        assert part in text, part
    assert "lapor.go.id " not in text and "www.lapor.go.id" not in text
    assert "Tracking ID" not in text  # not called a national LAPOR! Tracking ID


# ------------------------------------------------------------------ item 20: reprints
def test_reprint_is_marked_names_who_reprints_and_drops_the_deadline_once_verified(desk, tmp_path):
    fd = FrontDeskService(desk)
    rec = _record(desk)
    first = _pdf_text(printing.save_pdf(fd.receipt(signed(desk, CLERK), rec.id), "a4", tmp_path / "first.pdf", "id"))
    assert "CETAK ULANG" not in first and "Diverifikasi paling lambat" in first
    assert "Diterima oleh petugas: Budi Santoso" in first
    assert "WhatsApp" in first and "Whatsapp" not in first
    ComplaintService(desk).act(signed(desk, VERIFIER), rec.id, Action.VERIFY, {"note": "Lengkap."})
    again = _pdf_text(printing.save_pdf(fd.receipt(signed(desk, ADMIN), rec.id, reprint=True), "a4", tmp_path / "again.pdf", "id"))
    assert "CETAK ULANG" in again
    assert "Dicetak ulang oleh: Admin" in again
    assert "Diterima oleh petugas: Budi Santoso" in again  # who received it, not who reprints
    assert "Diverifikasi paling lambat" not in again
    assert "Terverifikasi" in again
    assert "WhatsApp" in again and "Whatsapp" not in again


def test_reprint_found_by_receipt_tracking_and_name_for_roles_that_may_see_it(desk):
    fd = FrontDeskService(desk)
    named = _record(desk)
    anon = _record(desk, anonymous=True, title="Pungutan liar di kantor kelurahan",
                   reporter={"name": "Rahmat Hasan", "phone": "0821-9988-7766"})
    _assign_tracking(desk, named.id, "1000777")
    assert [m.id for m in fd.find_for_reprint(signed(desk, CLERK), named.receipt_number)] == [named.id]
    assert [m.id for m in fd.find_for_reprint(signed(desk, CLERK), named.receipt_number.lower())] == [named.id]
    found = fd.find_for_reprint(signed(desk, CLERK), "1000777")
    assert [m.id for m in found] == [named.id] and found[0].matched == "tracking"
    by_name = fd.find_for_reprint(signed(desk, CLERK), "siti rahma")
    assert [m.id for m in by_name] == [named.id] and by_name[0].reporter_name == "Siti Rahmawati"
    # once recorded, nobody finds an anonymous complaint by its reporter's name (the permission
    # table: identity on an Anonim complaint only while recording it and on its receipt); its
    # receipt number still finds it, without the name; a supervisor prints no receipts at all
    assert fd.find_for_reprint(signed(desk, CLERK), "Rahmat Hasan") == []
    assert [m.id for m in fd.find_for_reprint(signed(desk, CLERK), anon.receipt_number)] == [anon.id]
    assert fd.find_for_reprint(signed(desk, CLERK), anon.receipt_number)[0].reporter_name is None
    with pytest.raises(PermissionDenied):
        fd.find_for_reprint(signed(desk, SUPERVISOR), anon.receipt_number)


# ------------------------------------------------------------------ item 6: keyboard alone
def test_ctrl_p_then_enter_then_enter_prints_the_receipt(window, page, qtbot, runner, tmp_path):
    fill_valid(page, qtbot)
    page.save()
    qtbot.waitUntil(lambda: page.receipt is not None, timeout=5000)
    page.activateWindow()
    page.new_button.setFocus()
    QTest.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.preview_dialog is not None and page.preview_dialog.isVisible(), timeout=3000)
    dlg = page.preview_dialog
    qtbot.waitUntil(lambda: dlg.focusWidget() is dlg.print_button, timeout=2000)
    assert dlg.print_button.isDefault() and dlg.print_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    out = tmp_path / "printed.pdf"
    dlg.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the office's PDF printer
    dlg.printer().setOutputFileName(str(out))
    QTest.keyClick(dlg.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.print_dialog is not None and dlg.print_dialog.isVisible(), timeout=3000)
    assert dlg.print_dialog.windowTitle().startswith("Cetak")
    with qtbot.waitSignal(dlg.printed, timeout=5000):
        QTest.keyClick(dlg.print_dialog, Qt.Key.Key_Return)
    assert out.exists()
    text = _pdf_text(out)
    assert page.recorded.receipt_number in text and "TANDA TERIMA PENGADUAN" in text


def test_ctrl_p_in_the_preview_prints_and_a_saved_pdf_says_where(window, page, qtbot, runner, tmp_path):
    fill_valid(page, qtbot)
    page.save()
    qtbot.waitUntil(lambda: page.receipt is not None, timeout=5000)
    dlg = page.print_receipt()
    qtbot.waitUntil(dlg.isVisible, timeout=3000)
    dlg.activateWindow()
    qtbot.waitUntil(lambda: dlg.focusWidget() is dlg.print_button, timeout=2000)
    dlg.pdf_button.setFocus()  # Ctrl+P prints wherever the focus is
    QTest.keyClick(dlg.pdf_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dlg.print_dialog is not None and dlg.print_dialog.isVisible(), timeout=3000)
    dlg.print_dialog.reject()
    where = dlg.save_pdf(str(tmp_path / "kwitansi.pdf"))
    assert where is not None and where.exists()
    assert str(where) in dlg.status.text()
    assert str(where) in page.notice.text() and page.notice.isVisible()
    dlg.reject()
    # the form's own PDF button says where too
    page.notice.setVisible(False)
    out = page.save_receipt_pdf(str(tmp_path / "lagi.pdf"))
    assert page.notice.isVisible() and str(out) in page.notice.text() and out.is_absolute()


def test_reprint_dialog_finds_by_name_and_enter_prints_a_marked_reprint(window, page, qtbot, runner, desk):
    rec = _record(desk)
    dlg = page.reprint()
    qtbot.waitUntil(dlg.isVisible, timeout=3000)
    QTest.keyClicks(dlg.query, "Siti Rahma")
    QTest.keyClick(dlg.query, Qt.Key.Key_Return)  # search now
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: dlg.results.count() == 1, timeout=3000)
    assert rec.receipt_number in dlg.results.item(0).text()
    QTest.keyClick(dlg.query, Qt.Key.Key_Return)  # print the one found
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.preview_dialog is not None and page.preview_dialog.isVisible(), timeout=3000)
    r = page.preview_dialog.receipt
    assert r.reprint and r.reprinted_by == "Budi Santoso" and r.receipt_number == rec.receipt_number
    page.preview_dialog.reject()

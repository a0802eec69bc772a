"""The intake form: keyboard-only flow, validation, saving, duplicates, attachments."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from lapor_desktop.domain.model import Actor
from lapor_desktop.services.complaints import ComplaintService
from lapor_desktop.store import queue_queries as qq
from lapor_desktop.store import repo

from .conftest import VALID_NIK, fill_valid
from tests.support.sessions import signed


def _focus(qtbot, name: str) -> None:
    qtbot.waitUntil(lambda: (QApplication.focusWidget() is not None
                             and _name(QApplication.focusWidget()) == name), timeout=2000)


def _name(w) -> str:  # the line edit inside an editable combo belongs to the combo
    while w is not None and not w.objectName().startswith("intake."):
        w = w.parentWidget()
    return w.objectName() if w is not None else ""


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _key(qtbot, key, mod=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, mod)


def _tab(qtbot, expect: str) -> None:
    _key(qtbot, Qt.Key.Key_Tab)
    _focus(qtbot, expect)


def test_keyboard_only_intake_saves_complaint_event_and_outbox(window, page, desk, qtbot, runner):
    page.title.setFocus()
    _focus(qtbot, "intake.title")
    _type(qtbot, "Lampu jalan padam di Kelurahan Goto")
    _tab(qtbot, "intake.body")
    _type(qtbot, "Sudah seminggu lampu jalan di depan masjid padam, jalan gelap pada malam hari.")
    _tab(qtbot, "intake.classification")
    _key(qtbot, Qt.Key.Key_Down)  # first classification
    _tab(qtbot, "intake.channel")  # stays Tatap Muka
    _tab(qtbot, "intake.category")
    _type(qtbot, "Penerangan Jalan")
    _tab(qtbot, "intake.incidentDate")
    _tab(qtbot, "intake.reporterName")  # Tab leaves the date field (left empty: not known)
    _type(qtbot, "Siti Rahmawati")
    _tab(qtbot, "intake.reporterNik")
    _type(qtbot, VALID_NIK)
    _tab(qtbot, "intake.reporterPhone")
    _type(qtbot, "0812 4455 6677")
    _tab(qtbot, "intake.reporterEmail")
    _type(qtbot, "siti@contoh.go.id")
    _tab(qtbot, "intake.reporterAddress")
    _type(qtbot, "Jl. Sultan Nuku No. 5, Goto")
    _tab(qtbot, "intake.anonymous")
    _tab(qtbot, "intake.confidential")
    _tab(qtbot, "intake.kecamatan")
    for _ in range(page.kecamatan.findText("Tidore")):
        _key(qtbot, Qt.Key.Key_Down)
    _tab(qtbot, "intake.kelurahan")
    for _ in range(page.kelurahan.findText("Goto")):
        _key(qtbot, Qt.Key.Key_Down)
    assert page.kelurahan.currentText() == "Goto"
    assert page.current_errors() == []
    _key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.recorded is not None, timeout=5000)
    qtbot.waitUntil(lambda: page.receipt is not None, timeout=5000)
    number = page.findChild(object, "intake.receiptNumber").text()
    assert number.startswith("TIDORE-") and number == page.recorded.receipt_number

    runner.wait_idle(5)
    with desk.db.read() as s:
        c = repo.counts(s)
        events = repo.load_events(s, page.recorded.id)
    # every event waits for the hub: the complaint's one and the desk's account events (office-wide)
    assert c.complaints == 1 and c.outbox == c.events
    assert [e.type for e in events] == ["complaint.created"]
    data = events[0].data
    assert data["title"] == "Lampu jalan padam di Kelurahan Goto"
    assert data["channel"] == "tatap_muka" and data["confidential"] is True and data["anonymous"] is False
    assert data["classification"] == "berkadar_pengawasan"
    assert data["category_id"] == 1398
    assert data["reporter"]["nik"] == VALID_NIK and data["reporter"]["phone"] == "+6281244556677"
    assert data["location"]["district"] == "Tidore" and data["location"]["village"] == "Goto"
    assert data["location"]["city"] == "Kota Tidore Kepulauan"
    # the status bar follows
    # (the complaint and the desk's own account events: everything in the outbox waits)
    qtbot.waitUntil(lambda: f"Menunggu dikirim: {c.outbox} " in window.sync_label.text(), timeout=3000)
    # no draft is left behind
    assert not list(desk.paths.drafts_dir.glob("intake-*.json"))
    # Ctrl+N starts over; the form is empty again, Rahasia on by default
    _key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.recorded is None and page.title.text() == "" and page.confidential.isChecked()


INVALID = [
    ("title", lambda p: p.title.setText("Ab"), "intake.title.error", "Judul laporan terlalu pendek"),
    ("body", lambda p: p.body.setPlainText(""), "intake.body.error", "Isi laporan wajib diisi."),
    ("name", lambda p: p.reporter_name.setText(""), "intake.reporterName.error", "Nama pelapor wajib diisi"),
    ("nik", lambda p: p.reporter_nik.setText("82720115039"), "intake.reporterNik.error",
     "NIK harus 16 digit angka (tertulis 11 digit)."),
    ("nik_date", lambda p: p.reporter_nik.setText("8272019913900001"), "intake.reporterNik.error",
     "bukan tanggal lahir"),
    ("phone", lambda p: p.reporter_phone.setText("12345"), "intake.reporterPhone.error",
     "Nomor telepon harus diawali 0, 62 atau +62"),
    ("email", lambda p: p.reporter_email.setText("siti@"), "intake.reporterEmail.error",
     "Alamat e-mail tidak sah"),
    ("category", lambda p: p.category.setEditText("bukan kategori"), "intake.category.error",
     "Pilih kategori dari daftar"),
]


@pytest.mark.parametrize("case,breaker,label,message", INVALID, ids=[c[0] for c in INVALID])
def test_each_invalid_field_blocks_saving(page, desk, qtbot, runner, case, breaker, label, message):
    fill_valid(page, qtbot)
    assert page.current_errors() == []
    breaker(page)
    page.save()
    runner.wait_idle(5)
    err = page.findChild(object, label)
    assert err.isVisible(), case
    assert message in err.text()
    assert page.summary.isVisible() and message in page.summary.text()
    assert "Belum disimpan" in page.summary.text()
    assert page.recorded is None
    with desk.db.read() as s:
        assert repo.counts(s).complaints == 0


def test_anonymous_needs_no_name_and_errors_show_once_the_field_is_left(page, qtbot, runner):
    page.title.setFocus()
    qtbot.keyClicks(page.title, "Ab")
    assert not page.error_labels["title"].isVisible()  # not while the clerk is still typing
    page.body.setFocus()
    qtbot.waitUntil(lambda: page.error_labels["title"].isVisible(), timeout=2000)
    fill_valid(page, qtbot)
    assert not page.error_labels["title"].isVisible()  # cleared as soon as it is right
    page.reporter_name.setText("")
    assert any(e.field == "reporter.name" for e in page.current_errors())
    page.anonymous.setChecked(True)
    assert page.current_errors() == []


def test_duplicate_hint_lists_recent_similar_complaints(page, desk, qtbot):
    svc = ComplaintService(desk)
    rec = svc.record(signed(svc, Actor("budi", "front_desk")), {
        "title": "Air PDAM tidak mengalir di Soasio", "body": "Sudah tiga hari air tidak mengalir sama sekali.",
        "reporter": {"name": "Ahmad", "phone": "0813-1111-2222"}})
    page.title.setText("Air PDAM mati")
    qtbot.waitUntil(lambda: page.similar_list.count() == 1, timeout=3000)
    item = page.similar_list.item(0)
    assert rec.receipt_number in item.text() and "kata sama: air, pdam" in item.text()
    page.title.setText("Keluhan lain sama sekali")
    page.reporter_phone.setText("081311112222")
    qtbot.waitUntil(lambda: page.similar_list.count() == 1 and "telepon sama" in page.similar_list.item(0).text(),
                    timeout=3000)


def test_attachments_downscaled_rejected_and_stored(page, desk, qtbot, runner, tmp_path):
    desk.settings.photo_downscale_above_kb = 50
    desk.settings.photo_max_pixels = 600
    raw = os.urandom(1200 * 800 * 3)  # noise: a photo that does not compress away
    big = QImage(raw, 1200, 800, 1200 * 3, QImage.Format.Format_RGB888).copy()
    photo = tmp_path / "foto-jalan.png"
    assert big.save(str(photo), "PNG", 0)
    assert photo.stat().st_size > 50 * 1024
    text = tmp_path / "catatan.txt"
    text.write_text("bukan foto")
    page.add_attachment(text)
    qtbot.waitUntil(lambda: page.attachment_error.isVisible(), timeout=3000)
    assert "tidak didukung" in page.attachment_error.text()
    page.add_attachment(photo)
    qtbot.waitUntil(lambda: page.attachment_list.count() == 1, timeout=5000)
    prepared = page._attachments[0].prepared
    assert prepared.downscaled and prepared.filename == "foto-jalan.jpg"
    assert max(QImage(str(prepared.path)).size().toTuple()) == 600
    assert not page.attachment_list.item(0).icon().isNull()
    fill_valid(page, qtbot)
    page.save()
    qtbot.waitUntil(lambda: page.recorded is not None, timeout=5000)
    with desk.db.read() as s:
        events = repo.load_events(s, page.recorded.id)
    added = [e for e in events if e.type == "complaint.attachment_added"]
    assert len(added) == 1 and added[0].data["mime"] == "image/jpeg"
    assert desk.blobs.path(added[0].data["sha256"]).exists()


def _earlier(desk):
    return ComplaintService(desk).record(signed(ComplaintService(desk), Actor("budi", "front_desk")), {
        "title": "Air PDAM tidak mengalir di Soasio", "body": "Sudah tiga hari air tidak mengalir sama sekali.",
        "reporter": {"name": "Ahmad", "phone": "0813-1111-2222"}})


def _open_similar(page, qtbot):
    qtbot.waitUntil(lambda: page.similar_list.count() == 1, timeout=3000)
    page.similar_list.setCurrentRow(0)
    page.similar_list.setFocus()
    qtbot.keyClick(page.similar_list, Qt.Key.Key_Return)  # what the hint tells the clerk to do
    qtbot.waitUntil(lambda: page.similar_dialog is not None and page.similar_dialog.isVisible(), timeout=3000)
    return page.similar_dialog


def test_reporter_coming_back_is_added_to_the_earlier_complaint_not_recorded_twice(page, desk, qtbot, runner,
                                                                                   tmp_path):
    rec = _earlier(desk)
    photo = tmp_path / "meteran.png"
    img = QImage(64, 48, QImage.Format.Format_RGB888)
    img.fill(0x3366AA)
    assert img.save(str(photo), "PNG")
    page.add_attachment(photo)
    qtbot.waitUntil(lambda: page.attachment_list.count() == 1, timeout=5000)
    page.title.setText("Air PDAM masih mati")
    page.body.setPlainText("Sekarang sudah seminggu, pelapor membawa foto meteran.")
    page.reporter_phone.setText("081311112222")

    dlg = _open_similar(page, qtbot)
    assert rec.receipt_number in dlg.findChild(object, "similar.receipt").text()
    assert dlg.findChild(object, "similar.status").text() == "Belum Terverifikasi"
    assert "catatan untuk petugas" in dlg.effect.text()  # says, in Indonesian, what adding does
    assert dlg.text() == "Air PDAM masih mati\n\nSekarang sudah seminggu, pelapor membawa foto meteran."
    assert "1 lampiran" in dlg.attachments_label.text()

    dlg.text_edit.setPlainText("   ")  # nothing to add: the dialog says so and stays open
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    assert dlg.isVisible() and dlg.error.text() == "Keterangan pelapor sekarang: wajib diisi."
    dlg.text_edit.setPlainText("Sudah seminggu air mati. Foto meteran dilampirkan.")
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.notice.isVisible(), timeout=5000)
    assert rec.receipt_number in page.notice.text()
    assert page.title.text() == "" and page.attachment_list.count() == 0  # ready for the next reporter
    runner.wait_idle(5)
    with desk.db.read() as s:
        events = repo.load_events(s, rec.id)
        n_complaints = len(qq.ordered_nums(s, qq.QueueFilter()))
    assert n_complaints == 1  # no duplicate complaint
    comments = [e for e in events if e.type == "complaint.commented"]
    assert [c.data["text"] for c in comments] == ["Sudah seminggu air mati. Foto meteran dilampirkan."]
    assert len([e for e in events if e.type == "complaint.attachment_added"]) == 1
    assert list(desk.paths.drafts_dir.glob("intake-*.json")) == []  # the draft went with the form


def test_similar_complaint_can_be_opened_in_the_queue_and_the_form_is_kept(window, page, desk, qtbot, runner):
    rec = _earlier(desk)
    page.title.setText("Air PDAM mati")
    dlg = _open_similar(page, qtbot)
    qtbot.mouseClick(dlg.findChild(object, "similar.open"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.queue, timeout=3000)
    qtbot.waitUntil(lambda: window.queue.detail.current_id == rec.id, timeout=5000)
    assert page.title.text() == "Air PDAM mati"  # nothing typed is thrown away


def test_adding_to_a_complaint_that_changed_meanwhile_writes_nothing_and_says_so(page, desk, qtbot, runner,
                                                                                no_modal_dialogs):
    rec = _earlier(desk)
    page.title.setText("Air PDAM mati")
    dlg = _open_similar(page, qtbot)
    assert "catatan untuk petugas" in dlg.effect.text()
    # meanwhile a sync brings the verifier's request for information
    ComplaintService(desk).act(signed(ComplaintService(desk), Actor("verif", "verifier")), rec.id, "request_info", {"note": "Mohon foto."})
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("berubah" in (t or "") for _title, t in no_modal_dialogs), timeout=5000)
    assert any("Menunggu Kelengkapan" in (t or "") for _title, t in no_modal_dialogs)
    assert page.title.text() == "Air PDAM mati" and not page.title.isReadOnly()  # the form is kept, editable
    runner.wait_idle(5)
    with desk.db.read() as s:
        assert [e.type for e in repo.load_events(s, rec.id)] == ["complaint.created", "complaint.info_requested"]


# ---------------------------------------------------------------- issue 11, item 18
def test_possibly_related_is_one_line_each_with_why_and_leaves_out_unrelated_titles(page, desk, qtbot, runner):
    svc = ComplaintService(desk)
    clerk = signed(desk, Actor("budi", "front_desk"))
    road = svc.record(clerk, {"title": "Jalan berlubang di depan Pasar Goto",
                              "body": "Lubang besar di jalan depan pasar, pengendara motor sering jatuh.",
                              "reporter": {"name": "Ahmad"}})
    svc.record(clerk, {"title": "Permohonan informasi beasiswa",
                       "body": "Mohon informasi syarat beasiswa kuliah untuk anak nelayan, terima kasih.",
                       "reporter": {"name": "Nur"}})
    page.title.setText("Jalan rusak di Pasar Goto")
    page.body.setPlainText("Mohon informasi kapan jalan di depan pasar diperbaiki, lubangnya besar.")
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.similar_list.count() >= 1, timeout=3000)
    runner.wait_idle(5)
    texts = [page.similar_list.item(i).text() for i in range(page.similar_list.count())]
    assert len(texts) == 1, texts  # not the scholarship request
    line = texts[0]
    assert "\n" not in line and road.receipt_number in line
    assert "kata sama: " in line and "jalan" in line and "pasar" in line
    rect = page.similar_list.visualItemRect(page.similar_list.item(0))
    assert rect.height() <= page.similar_list.fontMetrics().height() + 8  # one line, not four


def test_a_field_error_is_in_english_when_the_program_shows_english(page, qtbot, runner, qapp):
    from lapor_desktop.ui import i18n

    fill_valid(page, qtbot)
    page.reporter_nik.setText("82720115039")
    page.save()
    err = page.findChild(object, "intake.reporterNik.error")
    assert err.text() == "NIK harus 16 digit angka (tertulis 11 digit)."
    try:  # the program started in English: its translator and its windows' language
        page.lang = i18n.install_translator(qapp, "en")
        page.reporter_phone.setText("12345")
        page.save()
        assert err.text() == "NIK must be 16 digits (got 11)."
        assert page.error_labels["reporterPhone"].text().startswith("Phone number must start with 0, 62 or +62")
        assert "NIK must be 16 digits (got 11)." in page.summary.text()
    finally:
        page.lang = i18n.install_translator(qapp, "id")
    page.save()
    assert err.text() == "NIK harus 16 digit angka (tertulis 11 digit)."

"""The re-keying helper: fields to copy in the national form's order, a suggested national copy chosen
with Enter, a bad Tracking ID refused next to the field, a good one saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from lapor_desktop.domain.model import Actor
from lapor_desktop.services.complaints import ComplaintService
from lapor_desktop.services.imports import ImportService
from tests.support.sessions import signed

VERIFIER = Actor(login="admin", role="admin", name="Admin")
SAMPLE = Path(__file__).resolve().parents[1] / "data" / "lapor-v4-export-sample.xlsx"


def test_rekey_by_keyboard(desk, runner, qtbot):
    from lapor_desktop.ui.rekey_dialog import RekeyDialog

    clerk = Actor(login="budi", role="front_desk", name="Budi")
    cid = ComplaintService(desk).record(signed(ComplaintService(desk), clerk), {"title": "Sampah menumpuk di pasar", "body": "Sampah di pasar Goto "
                                                "menumpuk tiga hari, bau sekali.", "reporter": {"name": "Rahmat"}}).id
    ImportService(desk).import_file(signed(desk, VERIFIER), SAMPLE)  # other days: no suggestion expected
    dlg = RekeyDialog(desk, runner, signed(desk, VERIFIER), cid)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: bool(dlg.lines), timeout=10000)
    assert [line.key for line in dlg.lines][:2] == ["title", "body"]
    assert dlg.matches.item(0).text().startswith("Tidak ada laporan impor")
    copy = dlg.findChild(type(dlg.save_button), "rekey.copy.title")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Sampah menumpuk di pasar"
    dlg.national.setFocus()
    qtbot.keyClicks(dlg.national, "LPR-1")
    qtbot.keyClick(dlg.national, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.error.text() != "", timeout=5000)
    assert "5 sampai 12 angka" in dlg.error.text() and dlg.isVisible(), (dlg.error.text(), dlg.national.text())
    dlg.national.clear()
    qtbot.keyClicks(dlg.national, "7012345")
    with qtbot.waitSignal(dlg.saved, timeout=5000):
        qtbot.keyClick(dlg.national, Qt.Key.Key_Return)
    assert ComplaintService(desk).state(cid).national_tracking_id == "7012345"


def test_the_detail_offers_the_helper_and_shows_which_number_is_which(desk, runner, qtbot):
    from lapor_desktop.services.queue import QueueService
    from lapor_desktop.ui.detail import DetailPanel

    clerk = Actor(login="budi", role="front_desk", name="Budi")
    svc = ComplaintService(desk)
    cid = svc.record(signed(svc, clerk), {"title": "Jembatan retak di Dokiri", "body": "Jembatan kayu di Dokiri retak dan "
                             "berbahaya bagi anak sekolah.", "reporter": {"name": "Hasan"}}).id
    panel = DetailPanel(runner, svc, QueueService(desk), signed(svc, VERIFIER), desk.tz)
    qtbot.addWidget(panel)
    panel.resize(700, 700)
    panel.show()
    panel.show_complaint(cid)
    qtbot.waitUntil(lambda: panel.detail is not None and panel.detail.state.id == cid, timeout=10000)
    button = panel.actions.buttons["rekey"]
    assert button.isEnabled() and button.text() == "Masukkan ke LAPOR!…"
    dlg = panel.open_rekey()
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: bool(dlg.lines), timeout=10000)
    qtbot.keyClicks(dlg.national, "7054321")
    with qtbot.waitSignal(dlg.saved, timeout=5000):
        qtbot.keyClick(dlg.national, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.detail.state.national_tracking_id == "7054321", timeout=10000)
    assert not panel.actions.buttons["rekey"].isEnabled()
    labels = {lab.accessibleName(): lab.text() for lab in panel.findChildren(type(panel.title))
              if lab.accessibleName()}
    assert labels.get("Tracking ID LAPOR!") == "7054321"
    assert labels.get("Nomor hub kantor", "").startswith("belum")
    # a front-desk clerk is not offered it
    clerk_panel = DetailPanel(runner, svc, QueueService(desk), signed(svc, clerk), desk.tz)
    qtbot.addWidget(clerk_panel)
    assert "rekey" not in clerk_panel.actions.buttons

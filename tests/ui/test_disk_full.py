"""A full disk while a clerk saves (issue 15): a clear Indonesian message naming the data folder and
the room to free, nothing recorded half-way, the desk readable meanwhile (read-only), and saving
works again by itself once there is room. The profile lives on a real small disk (a tmpfs mounted
for the test), filled to the last block."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from lapor_desktop.domain.model import Actor
from lapor_desktop.services.complaints import ComplaintService
from tests.support.sessions import signed
from tests.ui.conftest import fill_valid


@pytest.fixture
def disk(tmp_path: Path):  # type: ignore[no-untyped-def]
    where = tmp_path / "disk"
    where.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=80m", "tmpfs", str(where)], capture_output=True)
    if r.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root): " + r.stderr.decode(errors="replace")[:100])
    yield where
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture
def home(disk: Path, template_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = disk / "home"
    shutil.copytree(template_home, h)
    monkeypatch.setenv("LAPOR_DESKTOP_HOME", str(h))
    return h


def _fill(disk: Path) -> Path:
    filler = disk / "filler.bin"
    with open(filler, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
        except OSError:
            pass
        try:
            while True:
                fh.write(b"\0" * 512)
        except OSError:
            pass
    return filler


def _count(desk) -> int:  # type: ignore[no-untyped-def]
    return int(desk.db.scalar("SELECT count(*) FROM complaints"))


def test_full_disk_while_saving_says_what_to_free_and_saving_resumes(window, page, desk, runner, qtbot, disk, home,
                                                                    tmp_path):
    from PySide6.QtGui import QColor, QImage

    photo = tmp_path / "jalan.png"  # on the ordinary disk
    img = QImage(1200, 900, QImage.Format.Format_RGB32)
    img.fill(QColor("#8a6d3b"))
    assert img.save(str(photo))

    earlier = ComplaintService(desk)
    earlier.record(signed(desk, Actor("budi", "front_desk", "Budi")),
                   {"title": "Sampah menumpuk di pasar", "body": "Sampah menumpuk tiga hari di Pasar Goto.",
                    "reporter": {"name": "Warga Goto"}})
    filler = _fill(disk)
    fill_valid(page, qtbot)
    page.save()
    qtbot.waitUntil(lambda: page.summary.isVisible() and "penuh" in page.summary.text(), timeout=10000)
    text = page.summary.text()
    assert str(home / "data") in text and "MB" in text, text
    assert page.recorded is None and page.title.text()  # nothing recorded, the form as typed
    assert _count(desk) == 1
    banner = window.findChild(type(window.storage_banner), "status.storage")
    assert banner is not None and banner.isVisible() and "Disk penuh" in banner.text()
    # read-only meanwhile: the queue still lists what was saved before
    window.nav_buttons["queue"].click()
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 1, timeout=10000)
    # with a photo the save fails where the photo is copied: the same message, not "cannot be read"
    window.nav_buttons["intake"].click()
    page.add_attachment(photo)
    qtbot.waitUntil(lambda: page.attachment_list.count() == 1, timeout=10000)
    page.summary.setVisible(False)
    page.save()
    qtbot.waitUntil(lambda: page.summary.isVisible(), timeout=10000)
    assert "penuh" in page.summary.text() and not page._attachment_errors, page.summary.text()
    assert _count(desk) == 1
    assert not list((home / "data" / "blobs").rglob("*.tmp"))  # no half-written attachment left
    # room again: the banner says so by itself and the same form saves
    from lapor_desktop.ui.storage_status import watch

    watch()._timer.setInterval(100)
    filler.unlink()
    qtbot.waitUntil(lambda: watch().problem is None and "ruang" in banner.text().lower(), timeout=10000)
    page.save()
    qtbot.waitUntil(lambda: page.recorded is not None, timeout=10000)
    assert _count(desk) == 2
    assert int(desk.db.scalar("SELECT count(*) FROM attachments")) == 1


def test_a_draft_that_cannot_be_written_says_disk_full_not_a_task_failure(window, page, desk, runner, qtbot, disk):
    filler = _fill(disk)
    try:
        page.title.setText("Jalan berlubang di depan Pasar Goto")
        page._dirty = True
        page.flush_draft()
        runner.wait_idle(10)
        banner = window.storage_banner
        qtbot.waitUntil(lambda: banner.isVisible() and "Disk penuh" in banner.text(), timeout=10000)
        assert "gagal" not in window.statusBar().currentMessage()  # not "a background task failed"
        assert not list(desk.paths.drafts_dir.glob(".*.tmp"))  # no half-written draft left
    finally:
        filler.unlink()


def test_an_action_on_a_full_disk_names_the_folder_and_changes_nothing(window, desk, runner, qtbot, disk, home,
                                                                       no_modal_dialogs):
    svc = ComplaintService(desk)
    rec = svc.record(signed(desk, Actor("budi", "front_desk", "Budi")),
                     {"title": "Sampah menumpuk di pasar", "body": "Sampah menumpuk tiga hari di Pasar Goto.",
                      "reporter": {"name": "Warga Goto"}})
    events = int(desk.db.scalar("SELECT count(*) FROM events"))
    filler = _fill(disk)
    try:
        window.queue.perform("comment", [rec.id], {"text": "Petugas kebersihan sudah dihubungi lewat telepon. " * 20})
        runner.wait_idle(10)
        qtbot.waitUntil(lambda: bool(no_modal_dialogs), timeout=10000)
        title, text = no_modal_dialogs[-1]
        assert "disk penuh" in text and str(home / "data") in text and "MB" in text, text
        assert int(desk.db.scalar("SELECT count(*) FROM events")) == events
    finally:
        filler.unlink()


def test_an_import_on_a_full_disk_says_so_and_the_rerun_records_nothing_twice(desk, runner, qtbot, disk, home):
    from lapor_desktop.ui.exchange import ImportDialog

    sample = Path(__file__).resolve().parents[1] / "data" / "lapor-v4-export-sample.xlsx"
    admin = signed(desk, Actor("admin", "admin", "Admin"))
    filler = _fill(disk)
    dlg = ImportDialog(desk, runner, admin)
    qtbot.addWidget(dlg)
    dlg.import_from(sample)
    qtbot.waitUntil(lambda: dlg.error is not None, timeout=20000)
    assert "disk penuh" in dlg.error and str(home / "data") in dlg.error and "dua kali" in dlg.error, dlg.error
    filler.unlink()
    dlg2 = ImportDialog(desk, runner, admin)
    qtbot.addWidget(dlg2)
    dlg2.import_from(sample)
    qtbot.waitUntil(lambda: dlg2.report is not None, timeout=20000)
    n = int(desk.db.scalar("SELECT count(*) FROM complaints"))
    distinct = int(desk.db.scalar("SELECT count(DISTINCT tracking_id) FROM complaints"))
    assert n == distinct == 30

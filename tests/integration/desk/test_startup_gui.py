"""The GUI's start-up guard: a damaged database is moved aside and the newest good backup is
offered with its date; choosing it restores the data; closing leaves everything as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from lapor_desktop.services.desk import open_desk  # noqa: E402
from lapor_desktop.store import repo  # noqa: E402
from lapor_desktop.ui.i18n import install_translator  # noqa: E402
from lapor_desktop.ui.restore_offer import guard_or_offer  # noqa: E402

from startup_helpers import _random_middle, make_desk  # noqa: E402


def _answer(button_text: str, seen: dict) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, click)
            return
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        for b in box.buttons():
            if b.text().replace("&", "") == button_text:
                b.click()
                return
        box.reject()
    QTimer.singleShot(50, click)


@pytest.mark.parametrize("choice", ["Pulihkan cadangan", "Tutup program"])
def test_restore_offer_shows_backup_date_and_restores(qapp, tmp_path: Path, choice: str):
    paths = make_desk(tmp_path / "home", complaints=40)
    for side in ("-wal", "-shm"):
        Path(str(paths.db_path) + side).unlink(missing_ok=True)
    _random_middle(paths.db_path)
    seen: dict = {}
    _answer(choice, seen)
    code = guard_or_offer(paths, lambda: qapp, "id")
    install_translator(qapp, "en")
    assert "rusak" in seen["text"] and "40 laporan" in seen["text"], seen
    assert "Cadangan baik yang terbaru dibuat" in seen["text"]
    assert any("damaged" in p.name for p in (paths.data_dir / "damaged").iterdir())
    if choice == "Tutup program":
        assert code == 3 and not paths.db_path.exists()
        return
    assert code is None
    desk = open_desk(paths)
    try:
        with desk.db.read() as s:
            assert repo.counts(s).complaints == 40
    finally:
        desk.close()


def test_a_database_that_cannot_be_opened_is_not_moved_and_no_restore_is_offered(qapp):
    from lapor_desktop.services.backup import StartupReport
    from lapor_desktop.ui.restore_offer import ask_restore

    install_translator(qapp, "id")
    seen: dict = {}
    _answer("Pulihkan cadangan", seen)
    rep = StartupReport(False, "cannot_open", "unreadable", "database or disk is full", folder=Path("/data/x"))
    assert ask_restore(rep) is False
    assert "tidak dapat dibuka" in seen["text"] and "/data/x" in seen["text"] and "ruang disk" in seen["text"]
    assert [b.replace("&", "") for b in seen["buttons"]] == ["Tutup program"]
    install_translator(qapp, "en")


def test_daily_backup_runs_on_the_db_thread_while_the_program_runs(qapp, qtbot, tmp_path: Path):
    from PySide6.QtWidgets import QWidget

    from lapor_desktop.store import backup as bk
    from lapor_desktop.ui.restore_offer import start_daily_backups
    from lapor_desktop.ui.tasks import TaskRunner

    paths = make_desk(tmp_path / "home", complaints=10, backup=False)
    window = QWidget()
    runner = TaskRunner()
    try:
        start_daily_backups(window, runner, paths, interval_ms=50)
        qtbot.waitUntil(lambda: any(b.label == "daily" for b in bk.list_backups(paths.backups_dir)), timeout=10000)
        qtbot.wait(300)  # more ticks: still one daily backup (the next is due in a day)
        daily = [b for b in bk.list_backups(paths.backups_dir) if b.label == "daily"]
        assert len(daily) == 1 and bk.check_file(daily[0].path, full=True).counts["complaints"] == 10
    finally:
        runner.shutdown(wait=True)
        window.deleteLater()

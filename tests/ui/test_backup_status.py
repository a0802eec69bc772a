"""The main window's backup warnings and the Pengaturan backup box (issue 15): real widgets, real
files, the Indonesian translation."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lapor_desktop.services import backup_schedule as sched
from lapor_desktop.store import backup as bk


def _admin_window(desk, runner, qtbot):  # type: ignore[no-untyped-def]
    from lapor_desktop.services.users import UserService
    from lapor_desktop.ui.main_window import MainWindow

    w = MainWindow(desk, runner, UserService(desk).open_local_session("admin"), lang="id")
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    runner.wait_idle(5)
    return w


def test_no_backup_warns_in_indonesian_and_back_up_now_clears_it(desk, runner, qtbot, tmp_path: Path):
    w = _admin_window(desk, runner, qtbot)
    try:
        status = w.backup_status
        status.refresh()
        qtbot.waitUntil(lambda: status.isVisible(), timeout=10000)
        assert "Belum ada cadangan yang baik" in status.text() and "Cadangkan sekarang" in status.text()
        # the admin sets a USB folder that is not plugged in, then backs up now
        box = w.settings_page.backup_box
        usb = tmp_path / "usb" / "LAPOR-cadangan"
        box.second.setText(str(usb))
        box.save()
        qtbot.waitUntil(lambda: "disimpan" in box.status.text(), timeout=10000)
        assert desk.settings.backup_second_dir == str(usb)
        box.back_up_now()
        qtbot.waitUntil(lambda: box.now_button.isEnabled() and "diperiksa" in box.status.text(), timeout=20000)
        assert "Tidak disalin ke" in box.status.text() and "USB" in box.status.text()
        status.refresh()
        qtbot.waitUntil(lambda: status.health is not None and not status.health.too_old, timeout=10000)
        assert "tidak ada: pasang drive USB" in status.text()  # only the drive is left to say
        usb.mkdir(parents=True)  # the drive is plugged in (its folder made once)
        box.back_up_now()
        qtbot.waitUntil(lambda: box.now_button.isEnabled() and "Juga disalin" in box.status.text(), timeout=20000)
        assert len(bk.list_backups(usb)) == 1
        status.refresh()
        qtbot.waitUntil(lambda: not status.isVisible(), timeout=10000)
    finally:
        w.close()
        runner.wait_idle(5)


def test_a_front_desk_clerk_cannot_change_the_backup_settings(window):
    box = window.settings_page.backup_box
    assert box.second.isReadOnly() and not box.save_button.isEnabled()


def test_weekly_check_runs_off_the_database_thread_and_damage_is_told(window, desk, runner, qtbot):
    status = window.backup_status
    shown = []
    status._tell = lambda title, text: shown.append(text)  # no modal box offscreen
    status.integrity_if_due(force=True)
    qtbot.waitUntil(lambda: status._integrity is None, timeout=20000)
    assert not shown and sched.last_integrity_check(desk.paths) is not None
    # damage one index behind the program's back: the next weekly check tells the user
    from lapor_desktop.domain.model import Actor
    from lapor_desktop.services.complaints import ComplaintService
    from tests.support.sessions import signed

    svc = ComplaintService(desk)
    svc.record(signed(desk, Actor("budi", "front_desk", "Budi")),
               {"title": "Lampu jalan padam di Goto", "body": "Lampu jalan padam sejak seminggu.",
                "reporter": {"name": "Warga Goto"}})
    desk.db.engine.dispose()  # (the test edits the file behind the program's back)
    conn = sqlite3.connect(desk.paths.db_path)
    name, table = conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL "
                               "AND tbl_name='events' LIMIT 1").fetchone()
    cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    indexed = [r[2] for r in conn.execute(f"PRAGMA index_info({name})")]
    other = next(c for c in cols if c not in indexed)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql=? WHERE name=?", (f"CREATE INDEX {name} ON {table}({other})", name))
    conn.commit()
    conn.close()
    status.integrity_if_due(force=True)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "Pemeriksaan mingguan menemukan kerusakan" in shown[0]
    assert sched.problem_file(desk.paths).exists()  # the next start runs the full check and offers a backup

"""The second backup folder (a USB drive), the age warning and the weekly full integrity check
(issue 15): real files, a real full disk (tmpfs) where the machine allows, the command line as a
real process."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from startup_helpers import cli, make_desk

from lapor_desktop.core.settings import load_settings
from lapor_desktop.services import backup_schedule as sched
from lapor_desktop.services.backup import startup_check
from lapor_desktop.store import backup as bk


def test_cli_sets_the_second_folder_and_each_backup_is_copied_there_checked(tmp_path: Path):
    home = tmp_path / "home"
    make_desk(home, complaints=40, backup=False)
    usb = tmp_path / "usb"
    (usb / "LAPOR-cadangan").mkdir(parents=True)
    r = cli(home, "backups", "set", "--second-folder", str(usb / "LAPOR-cadangan"), "--warn-hours", "24")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"second_folder": str(usb / "LAPOR-cadangan"), "warn_hours": 24}
    r = cli(home, "backup")
    assert r.returncode == 0, r.stderr
    first, second = (Path(x) for x in r.stdout.split())
    assert second.parent == usb / "LAPOR-cadangan" and second.name == first.name
    fc = bk.check_file(second, full=True)
    assert fc.ok and fc.counts["complaints"] == 40
    assert not list((usb / "LAPOR-cadangan").glob(".*partial*"))


def test_a_missing_drive_is_a_warning_and_the_first_backup_stands(tmp_path: Path):
    home = tmp_path / "home"
    make_desk(home, complaints=5, backup=False)
    (tmp_path / "media-usb").mkdir()  # an empty mount point: the drive is not plugged in
    gone = tmp_path / "media-usb" / "LAPOR-cadangan"
    assert cli(home, "backups", "set", "--second-folder", str(gone)).returncode == 0
    r = cli(home, "backup")
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert "tidak ada" in r.stderr and str(gone) in r.stderr and "USB" in r.stderr, r.stderr
    assert bk.check_file(Path(r.stdout.split()[0]), full=True).ok
    assert not gone.exists()  # never made on this computer's own disk


def test_bad_second_folder_is_refused_naming_the_field(tmp_path: Path):
    home = tmp_path / "home"
    make_desk(home, complaints=0, backup=False)
    r = cli(home, "backups", "set", "--second-folder", "relatif/folder")
    assert r.returncode == 1 and "Folder cadangan kedua" in r.stderr, r.stderr
    r = cli(home, "backups", "set", "--warn-hours", "1")
    assert r.returncode == 1 and "Batas umur cadangan" in r.stderr, r.stderr
    st = load_settings(home / "config" / "settings.json")
    assert st.backup_second_dir == "" and st.backup_warn_hours == 48  # nothing changed


def test_a_full_usb_drive_leaves_no_partial_copy(tmp_path: Path):
    home = tmp_path / "home"
    paths = make_desk(home, complaints=200, backup=True)
    usb = tmp_path / "usb"
    usb.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs", str(usb)], capture_output=True)
    if r.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        b = bk.list_backups(paths.backups_dir)[0]
        res = sched.mirror_backup(b.path, usb)
        assert res.problem == "disk_full" and res.path is None
        assert not list(usb.iterdir())  # no half-written copy
    finally:
        subprocess.run(["umount", "-l", str(usb)], capture_output=True)


def test_health_warns_when_the_newest_good_backup_in_either_folder_is_too_old(tmp_path: Path):
    home = tmp_path / "home"
    paths = make_desk(home, complaints=3, backup=True)
    st = load_settings(paths.settings_file)
    st.backup_warn_hours = 24
    made = bk.list_backups(paths.backups_dir)[0].taken_at
    assert not sched.backup_health(paths, st, now=made + timedelta(hours=2)).too_old
    late = made + timedelta(days=3)
    h = sched.backup_health(paths, st, now=late)
    assert h.too_old and h.newest_at == made
    # a newer good backup on the USB drive counts too
    usb = tmp_path / "usb"
    usb.mkdir()
    newer = usb / bk.backup_name(paths.db_path, "daily", late - timedelta(hours=1))
    newer.write_bytes(bk.list_backups(paths.backups_dir)[0].path.read_bytes())
    st.backup_second_dir = str(usb)
    assert not sched.backup_health(paths, st, now=late).too_old
    # a drive that is not plugged in is said, and the age judged on the first folder alone
    st.backup_second_dir = str(tmp_path / "gone")
    h = sched.backup_health(paths, st, now=late)
    assert h.too_old and h.second_problem == "missing"


def _damage_an_index(db: Path) -> None:
    """Damage only an index (quick_check still says ok; integrity_check does not)."""
    conn = sqlite3.connect(db)
    try:
        name, table = conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL "
                                   "AND tbl_name='events' LIMIT 1").fetchone()
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        indexed = [r[2] for r in conn.execute(f"PRAGMA index_info({name})")]
        other = next(c for c in cols if c not in indexed and c not in ("id",))
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute("UPDATE sqlite_master SET sql=? WHERE name=?", (f"CREATE INDEX {name} ON {table}({other})", name))
        conn.commit()
    finally:
        conn.close()


def test_weekly_full_check_finds_damage_quick_check_misses_and_the_next_start_offers_the_backup(tmp_path: Path):
    home = tmp_path / "home"
    paths = make_desk(home, complaints=50, backup=True)
    now = datetime.now(timezone.utc)
    assert sched.integrity_due(paths, now)
    assert sched.run_integrity_check(paths, now).ok
    assert not sched.integrity_due(paths, now + timedelta(days=6))  # remembered
    assert sched.integrity_due(paths, now + timedelta(days=7))
    _damage_an_index(paths.db_path)
    assert bk.check_file(paths.db_path).ok  # the start-up's quick_check alone would not see it
    res = sched.run_integrity_check(paths, now + timedelta(days=7))
    assert not res.ok and "index" in res.detail
    rep = startup_check(paths)  # the next start
    assert not rep.ok and rep.problem == "damaged" and rep.moved_to is not None and rep.moved_to.exists()
    assert rep.backup is not None and rep.backup_counts["complaints"] == 50
    r = cli(home, "users", "list")  # the command line says it too
    assert r.returncode == 3 and "Traceback" not in r.stderr and "restore --latest" in r.stderr, r.stderr

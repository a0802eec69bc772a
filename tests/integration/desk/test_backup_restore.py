"""Backups that are real and a restore that comes back whole: a killed backup never leaves a file
that looks good; rotation keeps 7 daily, 4 weekly, 6 monthly; a restore round trip gives the same
data and a normal sync brings back from a real hub what the backup lacked."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from startup_helpers import REPO, cli, make_desk  # noqa: E402

from lapor_desktop.domain.model import Actor  # noqa: E402
from lapor_desktop.services import backup as backup_svc  # noqa: E402
from lapor_desktop.services.complaints import ComplaintService  # noqa: E402
from lapor_desktop.services.desk import open_desk  # noqa: E402
from lapor_desktop.services.sync import SyncService, enroll  # noqa: E402
from lapor_desktop.store import backup as bk  # noqa: E402
from lapor_desktop.store.models import ComplaintRow  # noqa: E402
from tests.support.hub import HubProcess  # noqa: E402
from tests.support.sessions import signed  # noqa: E402

_KILLER = """
import os, signal, sys
from pathlib import Path
from lapor_desktop.store.backup import write_backup
stage = sys.argv[3]
def pause(at):
    if at == stage:
        os.kill(os.getpid(), signal.SIGKILL)
write_backup(Path(sys.argv[1]), Path(sys.argv[2]), "manual", pause=pause)
"""


@pytest.mark.parametrize("stage", ["copied", "verified"])
def test_a_killed_backup_never_leaves_a_file_that_looks_good(tmp_path: Path, stage: str):
    paths = make_desk(tmp_path / "home", complaints=200, backup=False)
    out = tmp_path / "bk"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    r = subprocess.run([sys.executable, "-c", _KILLER, str(paths.db_path), str(out), stage], env=env, timeout=60)
    assert r.returncode == -signal.SIGKILL
    assert bk.list_backups(out) == []  # only a hidden .partial file, never a backup's name
    assert [p.name for p in out.iterdir() if not p.name.startswith(".")] == []
    good = backup_svc.make_backup(paths, "manual", out)  # the next run cleans up and succeeds
    assert [b.path for b in bk.list_backups(out)] == [good]
    assert not [p for p in out.iterdir() if p.name.endswith(".partial")]
    assert bk.check_file(good, full=True).counts["complaints"] == 200


def test_backup_command_copies_attachments_incrementally(tmp_path: Path):
    paths = make_desk(tmp_path / "home", complaints=1, backup=False)
    desk = open_desk(paths)
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"foto jalan rusak " * 100)
    sha, _ = desk.blobs.put_file(photo)
    desk.close()
    r = cli(paths.data_dir.parent, "backup", "--to", str(tmp_path / "usb"))
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "usb" / "blobs" / sha[:2] / sha).read_bytes() == b"foto jalan rusak " * 100
    r = cli(paths.data_dir.parent, "backups", "list", "--dir", str(tmp_path / "usb"))
    assert r.returncode == 0 and "\tmanual\t" in r.stdout and "baik" in r.stdout


def test_rotation_keeps_7_daily_4_weekly_6_monthly(tmp_path: Path):
    now = datetime(2026, 12, 1, 12, tzinfo=timezone.utc)
    for d in range(400):
        t = now - timedelta(days=d)
        (tmp_path / f"lapor-desk-{t:%Y%m%d-%H%M%S}-daily.sqlite3").write_bytes(b"x")
    (tmp_path / "lapor-desk-20250101-000000-manual.sqlite3").write_bytes(b"x")
    bk.rotate(tmp_path, now=now)
    left = bk.list_backups(tmp_path)
    daily = [b for b in left if b.label == "daily"]
    assert len({b.taken_at.date() for b in daily if now - b.taken_at < timedelta(days=7)}) == 7
    assert len(daily) <= 7 + 4 + 6 and len(daily) >= 12
    oldest = min(b.taken_at for b in daily)
    assert now - timedelta(days=186) < oldest < now - timedelta(days=120)  # monthly: back about 6 months
    assert any(b.label == "manual" for b in left)  # manual backups are never rotated away


def _rows(desk) -> dict[str, tuple]:
    with desk.db.read() as s:
        return {r.id: (r.receipt_number, r.title, r.status, r.reporter_name)
                for r in s.query(ComplaintRow).all()}


def test_restore_round_trip_then_sync_brings_back_the_rest_from_the_hub(tmp_path: Path):
    office = "RS" + uuid.uuid4().hex[:6].upper()
    with HubProcess(tmp_path / "hub") as hub:
        hub.add_office(office)
        paths = make_desk(tmp_path / "home", complaints=0, backup=False)
        desk = open_desk(paths)
        desk.settings.office_code = office
        desk.save_settings()
        enroll(desk, hub.url, hub.enrollment_code(office))
        svc = ComplaintService(desk)
        actor = Actor("budi", "front_desk", "Budi")

        def add(n: int, start: int) -> None:
            svc.record_many(signed(svc, actor), [({"title": f"Jembatan rusak nomor {start + i}",
                                      "body": "Jembatan kayu di Dokiri rusak berat dan berbahaya.",
                                      "reporter": {"name": f"Warga {start + i}"}}, ()) for i in range(n)])

        def sync() -> object:
            s = SyncService(desk)
            try:
                return s.run()
            finally:
                s.close()

        add(3, 0)
        assert sync().outcome == "ok"
        desk.close()
        backup = backup_svc.make_backup(paths, "manual")
        desk = open_desk(paths)
        svc = ComplaintService(desk)
        add(2, 3)
        assert sync().outcome == "ok"
        before = _rows(desk)
        desk.close()

        r = cli(paths.data_dir.parent, "restore", str(backup))
        assert r.returncode == 0, r.stderr
        assert list((paths.data_dir / "replaced").glob("*.sqlite3"))  # the replaced database is kept
        desk = open_desk(paths)
        try:
            assert len(_rows(desk)) == 3
            rep = sync()
            assert rep.outcome == "ok", rep
            assert _rows(desk) == before  # identical: the two the backup lacked came back from the hub
            svc = ComplaintService(desk)
            add(1, 5)  # the desk goes on: a new complaint after the restore is accepted by the hub
            rep = sync()
            assert rep.outcome == "ok" and rep.rejected == 0, rep
            receipts = [v[0] for v in _rows(desk).values()]
            assert len(receipts) == 6 and len(set(receipts)) == 6
        finally:
            desk.close()


def test_restore_refuses_while_the_program_has_the_database_open(tmp_path: Path):
    paths = make_desk(tmp_path / "home", complaints=5)
    desk = open_desk(paths)  # the running program: its pool keeps a connection open
    try:
        with desk.db.read() as s:
            assert s.query(ComplaintRow).count() == 5
        before = paths.db_path.read_bytes()
        r = cli(paths.data_dir.parent, "restore", "--latest", process=True)  # another process
        assert r.returncode == 3 and "sedang dipakai" in r.stderr and "Traceback" not in r.stderr, r.stderr
        assert paths.db_path.read_bytes() == before and not (paths.data_dir / "replaced").exists()
    finally:
        desk.close()
    r = cli(paths.data_dir.parent, "restore", "--latest")  # closed: now it goes ahead
    assert r.returncode == 0, r.stderr

"""The start-up guard on the command line: a missing or damaged database never starts fresh, is
never written into, is moved aside (not deleted), and the command exits 3 with one sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from startup_helpers import _folder, _garbage, _random_middle, _truncate, _zero_header, cli, make_desk

DAMAGE = {"truncated": _truncate, "random_64k_middle": _random_middle, "zeroed_header": _zero_header,
          "garbage": _garbage, "folder": _folder}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damaged_database_stops_intake_is_moved_aside_and_backup_offered(tmp_path: Path, kind: str):
    home = tmp_path / "home"
    paths = make_desk(home)
    for side in ("-wal", "-shm"):
        Path(str(paths.db_path) + side).unlink(missing_ok=True)
    DAMAGE[kind](paths.db_path)
    damaged_bytes = paths.db_path.read_bytes() if paths.db_path.is_file() else None
    line = json.dumps({"title": "Jalan rusak di Dokiri", "body": "Jalan berlubang besar dekat sekolah, bahaya.",
                       "reporter": {"name": "Siti"}})
    r = cli(home, "intake", "--as", "budi", "-", stdin=line + "\n")
    assert r.returncode == 3, (r.returncode, r.stderr[-1500:])
    assert "Traceback" not in r.stderr
    assert r.stdout == ""  # nothing recorded
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "rusak" in lines[0] and "restore --latest" in lines[0], r.stderr
    moved = list((paths.data_dir / "damaged").iterdir())
    assert moved, "the damaged file was not kept aside"
    if damaged_bytes is not None:
        kept = [m for m in moved if m.is_file() and m.suffix == ".sqlite3"]
        assert kept and kept[0].read_bytes() == damaged_bytes  # kept exactly, never deleted
    assert not paths.db_path.exists()  # and no fresh empty database took its place
    # the way out: restore the newest good backup, then the data is back
    r = cli(home, "restore", "--latest")
    assert r.returncode == 0, r.stderr
    r = cli(home, "doctor")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["counts"]["complaints"] == 300


def test_missing_database_on_a_set_up_desk_never_starts_fresh(tmp_path: Path):
    home = tmp_path / "home"
    paths = make_desk(home, complaints=5)
    for side in ("", "-wal", "-shm"):
        Path(str(paths.db_path) + side).unlink(missing_ok=True)
    for args in (("users", "list"), ("setup", "--office-code", "TIDORE", "--office-name", "Kota Tidore")):
        r = cli(home, *args)
        assert r.returncode == 3, r.stderr
        assert "tidak ditemukan" in r.stderr and "restore --latest" in r.stderr and "Traceback" not in r.stderr
        assert not paths.db_path.exists()
    r = cli(home, "doctor")
    assert r.returncode == 3 and not paths.db_path.exists()
    assert "database_missing" in [p["code"] for p in json.loads(r.stdout)["problems"]]


def test_zero_length_database_is_not_taken_for_a_new_desk(tmp_path: Path):
    home = tmp_path / "home"
    paths = make_desk(home, complaints=5, backup=False)
    for side in ("-wal", "-shm"):
        Path(str(paths.db_path) + side).unlink(missing_ok=True)
    paths.db_path.write_bytes(b"")
    r = cli(home, "users", "list")
    assert r.returncode == 3 and "Tidak ada cadangan yang baik" in r.stderr, r.stderr
    assert (paths.data_dir / "damaged").is_dir() and not paths.db_path.exists()


def test_doctor_reports_every_problem_without_crashing(tmp_path: Path):
    home = tmp_path / "home"
    paths = make_desk(home, complaints=5, backup=False)
    _garbage(paths.db_path)
    (paths.backups_dir / "lapor-desk-20261101-010101-manual.sqlite3").write_bytes(b"junk")
    r = cli(home, "doctor")
    assert r.returncode == 3, r.stderr
    assert "Traceback" not in r.stderr
    doc = json.loads(r.stdout)
    codes = [p["code"] for p in doc["problems"]]
    assert "database_not_sqlite" in codes
    assert doc["backups"] == {"count": 1, "newest_good": None, "newest_good_file": None, "second_folder": None}
    assert paths.db_path.is_file()  # doctor only looks: it moves nothing


def test_doctor_on_an_empty_folder_creates_no_database(tmp_path: Path):
    home = tmp_path / "empty"
    r = cli(home, "doctor")
    assert r.returncode == 4, r.stderr
    assert "belum disiapkan" in r.stderr and "lapor-desktop setup" in r.stderr
    assert not (home / "data" / "lapor-desk.sqlite3").exists()


def test_a_database_from_a_newer_program_is_refused_and_left_alone(tmp_path: Path):
    import sqlite3

    home = tmp_path / "home"
    paths = make_desk(home, complaints=3, backup=False)
    conn = sqlite3.connect(paths.db_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = paths.db_path.read_bytes()
    r = cli(home, "users", "list")
    assert r.returncode == 3 and "versi LAPOR! Desk yang lebih baru" in r.stderr, r.stderr
    assert paths.db_path.read_bytes() == before and not (paths.data_dir / "damaged").exists()

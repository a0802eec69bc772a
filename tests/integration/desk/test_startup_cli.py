"""The command line on day one (issue 11 item 24) and in bad conditions (issue 15): global options
after the command, help in one language, clear messages instead of tracebacks, nothing written on
failure, a log folder or data folder that cannot be written, a full disk, an intake rerun."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from startup_helpers import REPO, cli, make_desk

from tests.support.cli import run_cli


def test_global_options_after_the_command(tmp_path: Path):  # the console entry point, as a real process
    target = tmp_path / "elsewhere"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("LAPOR_DESKTOP_HOME", None)
    r = subprocess.run([sys.executable, "-m", "lapor_desktop", "doctor", "--data-dir", str(target), "--lang", "en"],
                       capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 4, r.stderr
    assert json.loads(r.stdout)["data_dir"] == str(target / "data")
    assert "This desk is not set up" in r.stderr  # --lang after the command took effect


def test_help_is_in_one_language(tmp_path: Path):
    r = cli(tmp_path, "--help")
    assert r.returncode == 0
    for english in ("usage:", "show this help", "options:", "record complaints", "positional arguments"):
        assert english not in r.stdout, english
    assert "catat pengaduan dari JSON Lines" in r.stdout and "pemakaian:" in r.stdout
    r = cli(tmp_path, "--lang", "en", "--help")
    assert "record complaints from JSON Lines" in r.stdout and "catat pengaduan" not in r.stdout
    r = cli(tmp_path, "intake", "--help", "--lang", "en")
    assert "the officer recording" in r.stdout and "petugas" not in r.stdout


def test_users_list_on_a_new_desk_says_no_accounts(tmp_path: Path):
    home = tmp_path / "home"
    assert cli(home, "setup", "--office-code", "TIDORE", "--office-name", "Kota Tidore").returncode == 0
    r = cli(home, "users", "list")
    assert r.returncode == 0 and r.stdout == "" and "Belum ada akun" in r.stderr


def test_users_add_with_piped_input_but_no_password_stdin(tmp_path: Path):
    home = tmp_path / "home"
    assert cli(home, "setup", "--office-code", "TIDORE", "--office-name", "Kota Tidore").returncode == 0
    r = cli(home, "users", "add", "budi", "--role", "front_desk", stdin="sandi-rahasia\n")
    assert r.returncode == 1 and "Traceback" not in r.stderr and "EOFError" not in r.stderr
    assert "--password-stdin" in r.stderr
    assert "Belum ada akun" in cli(home, "users", "list").stderr  # nothing was added


def test_setup_with_a_missing_reference_writes_nothing_and_the_bundled_one_is_found(tmp_path: Path):
    home = tmp_path / "home"
    env = {"LAPOR_DESKTOP_HOME": str(home)}
    args = ["setup", "--office-code", "TIDORE", "--office-name", "Kota Tidore"]
    r = run_cli(args + ["--reference", "data/tidak-ada.json"], env=env, cwd=tmp_path)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "tidak ditemukan" in r.stderr and "Tidak ada yang ditulis" in r.stderr
    assert not (home / "config" / "settings.json").exists() and not (home / "data" / "lapor-desk.sqlite3").exists()
    r = run_cli(args + ["--reference", "tidore-kepulauan.json"], env=env,
                cwd=tmp_path)  # run outside the repository: the bundled file
    assert r.returncode == 0, r.stderr
    import sqlite3

    n = sqlite3.connect(home / "data" / "lapor-desk.sqlite3").execute("select count(*) from agencies").fetchone()[0]
    assert n > 0


def test_enroll_to_an_unreachable_hub_says_what_to_do(tmp_path: Path):
    home = tmp_path / "home"
    assert cli(home, "setup", "--office-code", "TIDORE", "--office-name", "Kota Tidore").returncode == 0
    r = cli(home, "enroll", "--hub", "http://127.0.0.1:9", "--code", "ABCD-EFGH")
    assert r.returncode == 7, r.stderr
    assert "Akan dicoba lagi" not in r.stderr and "Traceback" not in r.stderr
    assert "jalankan perintah enroll ini lagi" in r.stderr


def test_a_log_folder_that_cannot_be_written_never_stops_the_program(tmp_path: Path):
    home = tmp_path / "home"
    assert cli(home, "setup", "--office-code", "TIDORE", "--office-name", "Kota Tidore").returncode == 0
    import shutil

    shutil.rmtree(home / "logs")
    (home / "logs").write_text("a file where the log folder should be")
    r = cli(home, "users", "list")
    assert r.returncode == 0 and "Traceback" not in r.stderr
    assert r.stderr.count("tidak dapat ditulis") == 1 and "stderr" in r.stderr


def _mount_tmpfs(where: Path, size: str) -> None:
    where.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    if r.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root): " + r.stderr.decode(errors="replace")[:100])


@pytest.fixture
def small_disk(tmp_path: Path):
    where = tmp_path / "disk"
    _mount_tmpfs(where, "3m")
    yield where
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


def test_full_disk_gives_one_clear_message_and_loses_nothing(small_disk: Path, tmp_path: Path):
    home = small_disk / "home"
    paths = make_desk(home, complaints=20, backup=False)
    filler = small_disk / "filler"
    with open(filler, "wb", buffering=0) as fh:  # fill the disk to the last block (unbuffered: closing flushes nothing)
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    lines = "\n".join(json.dumps({"title": f"Air bersih tidak mengalir {i}",
                                  "body": "Air PDAM tidak mengalir sejak seminggu di Dokiri. " * 20,
                                  "reporter": {"name": f"Warga {i}"}}) for i in range(400))
    r = cli(home, "intake", "--as", "budi", "-", stdin=lines + "\n")
    assert r.returncode in (3, 2), r.stderr[-800:]
    assert "Traceback" not in r.stderr and "OperationalError" not in r.stderr
    assert "penuh" in r.stderr or "tidak dapat ditulis" in r.stderr, r.stderr[-800:]
    filler.unlink()  # space freed: the desk carries on, the 20 earlier complaints all there
    r = cli(home, "doctor")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["integrity"] == "ok" and doc["counts"]["complaints"] >= 20


def test_read_only_data_folder_gives_a_message_naming_it(small_disk: Path, tmp_path: Path):
    home = small_disk / "home"
    make_desk(home, complaints=3, backup=False)
    rr = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True)
    if rr.returncode != 0:
        pytest.skip("cannot remount read-only here")
    try:
        r = cli(home, "intake", "--as", "budi", "-", stdin=json.dumps({"title": "Sampah menumpuk di pasar",
                                                                        "body": "Sampah menumpuk tiga hari di pasar Dokiri."}) + "\n")
        assert r.returncode in (2, 3) and "Traceback" not in r.stderr, r.stderr[-800:]
        assert str(home) in r.stderr and ("hanya-baca" in r.stderr or "tidak dapat ditulis" in r.stderr), r.stderr
        r = cli(tmp_path / "ok", "setup", "--office-code", "TIDORE", "--office-name", "Kota Tidore")
        r = cli(tmp_path / "ok", "backup", "--to", str(small_disk / "usb"))
        assert r.returncode == 3 and "Traceback" not in r.stderr, r.stderr
        assert "Cadangan tidak dapat ditulis ke" in r.stderr and str(small_disk / "usb") in r.stderr, r.stderr
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], capture_output=True)


def test_rerunning_an_intake_after_a_kill_records_nothing_twice(tmp_path: Path):
    home = tmp_path / "home"
    paths = make_desk(home, complaints=0, backup=False)
    f = tmp_path / "masuk.jsonl"
    rows = [{"title": f"Jalan rusak nomor {i}", "body": "Jalan berlubang dalam di Dokiri, sering ada kecelakaan.",
             "reporter": {"name": f"Warga {i}"}} for i in range(1500)]
    rows[7]["intake_id"] = "LOKET-2026-0007"
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    env = {**os.environ, "LAPOR_DESKTOP_HOME": str(home), "PYTHONPATH": str(REPO)}
    p = subprocess.Popen([sys.executable, "-m", "lapor_desktop", "intake", "--as", "budi", str(f)],
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 60
    import sqlite3

    while time.monotonic() < deadline:  # kill once the first batch is committed, mid-way
        try:
            n = sqlite3.connect(paths.db_path, timeout=5).execute("select count(*) from complaints").fetchone()[0]
        except sqlite3.Error:
            n = 0
        if n >= 500 or p.poll() is not None:
            break
        time.sleep(0.05)
    p.send_signal(signal.SIGKILL)
    p.wait()
    r = cli(home, "intake", "--as", "budi", str(f))
    assert r.returncode == 0, r.stderr[-800:]
    out = [json.loads(x) for x in r.stdout.splitlines()]
    already = [o["line"] for o in out if o.get("already_recorded")]
    assert already and "sudah tercatat sebelumnya" in r.stderr
    r = cli(home, "intake", "--as", "budi", str(f))  # and a third time: all already there
    assert "0 tercatat" in r.stderr and "1500 sudah tercatat" in r.stderr
    n = sqlite3.connect(paths.db_path).execute("select count(*) from complaints").fetchone()[0]
    assert n == 1500

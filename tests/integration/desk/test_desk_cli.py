"""The command line on a fresh profile: setup, users, intake, doctor. The commands run in the test
process (``main()``, tests/support/cli.py); the set-up, the 1000-line intake and the exit codes of a
desk not set up and of ``--version`` run as real ``python -m lapor_desktop`` processes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cli import run_cli, run_process


def run(home: Path, *args: str, stdin: str | None = None, process: bool = False) -> subprocess.CompletedProcess:
    """``lapor-desktop ARGS`` on ``home``: ``main()`` in this process (tests/support/cli.py), or
    with ``process=True`` ``python -m lapor_desktop`` as a real process."""
    return (run_process if process else run_cli)(args, env={"LAPOR_DESKTOP_HOME": str(home)}, stdin=stdin)


@pytest.fixture(scope="module")
def set_up_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A profile set up by the real commands, once per module (copied per test by ``home``)."""
    h = tmp_path_factory.mktemp("cli") / "home"
    r = run(h, "setup", "--office-code", "TIDORE", "--office-name", "Pemerintah Kota Tidore Kepulauan",
            "--desk-code", "D1", process=True)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["desk_code"] == "D1"
    r = run(h, "users", "add", "budi", "--role", "front_desk", "--name", "Budi", "--password-stdin",
            stdin="sandi-rahasia\n")
    assert r.returncode == 0, r.stderr
    return h


@pytest.fixture
def home(set_up_home: Path, tmp_path: Path) -> Path:
    h = tmp_path / "home"
    shutil.copytree(set_up_home, h)
    return h


def _line(i: int) -> dict:
    return {"title": f"Lampu jalan padam nomor {i}",
            "body": f"Lampu penerangan jalan di pesisir Dokiri padam sejak {i % 28 + 1} hari, rawan kecelakaan.",
            "channel": ["tatap_muka", "pos_surat", "hotline"][i % 3], "category_id": 928,
            "reporter": {"name": f"Warga {i}", "phone": f"08123{i:07d}"},
            "location": {"district": "Tidore Timur", "village": "Dokiri"}}


def test_intake_of_1000_lines_then_doctor(home: Path, tmp_path: Path):
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(json.dumps(_line(i)) for i in range(1000)) + "\n", encoding="utf-8")
    r = run(home, "intake", "--as", "budi", str(f), process=True)
    assert r.returncode == 0, r.stderr[-2000:]
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(out) == 1000 and all(o["ok"] for o in out)
    receipts = [o["receipt_number"] for o in out]
    assert len(set(receipts)) == 1000 and receipts[0].startswith("TIDORE-D1-") and receipts[0].endswith("-0001")
    r = run(home, "doctor")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["integrity"] == "ok" and doc["schema"] == doc["schema_head"]
    # the complaints and the account budi (office-wide accounts travel as events)
    assert doc["counts"]["complaints"] == 1000 and doc["counts"]["outbox_pending"] == 1000 + 1


def test_bad_lines_are_reported_by_number_and_good_ones_kept(home: Path, tmp_path: Path):
    lines = [json.dumps(_line(1)), "{not json", json.dumps({**_line(2), "reporter": {"name": "X", "nik": "12345"}}),
             json.dumps(_line(3))]
    r = run(home, "intake", "--as", "budi", "-", stdin="\n".join(lines) + "\n")
    assert r.returncode == 1
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o["line"] for o in out] == [1, 2, 3, 4]
    assert [o["ok"] for o in out] == [True, False, False, True]
    assert out[2]["errors"][0]["field"] == "reporter.nik" and "NIK" in out[2]["errors"][0]["message"]
    assert "baris 3 ditolak" in r.stderr
    doc = json.loads(run(home, "doctor").stdout)
    assert doc["counts"]["complaints"] == 2


def test_exit_codes(tmp_path: Path, home: Path):
    assert run(home, "intake", "--as", "nobody", "-", stdin="").returncode == 1
    assert run(home, "frobnicate").returncode == 1
    fresh = tmp_path / "fresh"
    r = run(fresh, "intake", "--as", "budi", "-", stdin="", process=True)
    assert r.returncode == 4 and "setup" in r.stderr
    r = run(home, "users", "add", "x", "--role", "boss", "--password-stdin", stdin="pendek\n")
    assert r.returncode == 1 and "role" in r.stderr and "password" in r.stderr
    r = run(home, "--version", process=True)
    assert r.returncode == 0 and "lapor-desktop" in r.stdout



def test_a_refusal_is_told_in_words_in_either_language_with_its_code(home: Path):
    """A failure with a stable code reads as a sentence of the catalogue (issue 13 item 4), not the
    program's internal English: an unknown --as login, and an admin disabling their own account."""
    r = run(home, "intake", "--as", "nobody", "-", stdin="")
    assert r.returncode == 1
    assert r.stderr.strip().splitlines()[-1] == (
        "Gagal: Tidak ada akun petugas aktif dengan nama login itu (pilihan --as). (unknown_user)")
    r = run(home, "--lang", "en", "intake", "--as", "nobody", "-", stdin="")
    assert r.stderr.strip().splitlines()[-1] == (
        "Failed: There is no active staff account with that login (the --as option). (unknown_user)")
    r = run(home, "users", "add", "kepala", "--role", "admin", "--password-stdin", stdin="sandi-rahasia\n")
    assert r.returncode == 0, r.stderr
    r = run(home, "users", "disable", "kepala", "--as", "kepala")
    assert r.returncode != 0
    assert r.stderr.strip().splitlines()[-1] == (
        "Gagal: Anda tidak dapat menonaktifkan akun Anda sendiri. (cannot_disable_self)")

# the command line as a bundle runs it (sys._MEIPASS is the bundle's folder), without Qt
_BUNDLED = ("import sys; sys._MEIPASS = sys.argv.pop(1); from lapor_desktop.cli import main; rc = main(); "
            "print('qt loaded' if any(m.startswith('PySide6') for m in sys.modules) else 'no qt', file=sys.stderr); "
            "raise SystemExit(rc)")


def test_a_bad_nik_is_told_in_the_catalogue_s_words_in_either_language(home: Path, tmp_path: Path):
    line = json.dumps({**_line(1), "reporter": {"name": "X", "nik": "12345"}}) + "\n"
    r = run(home, "intake", "--as", "budi", "-", stdin=line)
    assert r.returncode == 1
    assert "  reporter.nik: NIK harus 16 digit angka (tertulis 5 digit)." in r.stderr.splitlines()
    err = json.loads(r.stdout)["errors"][0]
    assert (err["code"], err["message"]) == ("nik_length", "NIK harus 16 digit angka (tertulis 5 digit).")
    r = run(home, "intake", "--as", "budi", "--lang", "en", "-", stdin=line)
    assert "  reporter.nik: NIK must be 16 digits (got 5)." in r.stderr.splitlines()
    # a translator's edit of the .ts is what the command line prints; Qt is never loaded for it
    bundle = tmp_path / "bundle"
    shutil.copytree(Path(__file__).resolve().parents[3] / "resources", bundle / "resources")
    ts = bundle / "resources" / "translations" / "lapor_desktop_id.ts"
    text = ts.read_text(encoding="utf-8")
    old = "<comment>nik.length</comment>\n            <translation>NIK harus 16 digit angka (tertulis {length} digit).</translation>"
    assert old in text
    ts.write_text(text.replace(old, old.replace("NIK harus 16 digit angka", "NIK wajib 16 digit")), encoding="utf-8")
    env = {**os.environ, "LAPOR_DESKTOP_HOME": str(home)}
    r = subprocess.run([sys.executable, "-c", _BUNDLED, str(bundle), "intake", "--as", "budi", "-"], input=line,
                       capture_output=True, text=True, env=env, timeout=180, check=False)
    assert r.returncode == 1, r.stderr
    assert "  reporter.nik: NIK wajib 16 digit (tertulis 5 digit)." in r.stderr.splitlines()
    assert r.stderr.splitlines()[-1] == "no qt"

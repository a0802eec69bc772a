"""What the command line says comes from the one catalogue: English from core/messages.py, the
Indonesian a translator wrote in the .ts (``--lang en`` gives the English). Each test edits a copy
of the .ts and checks ``lapor-desktop`` prints the edited words: a sentence still written in the
code would not change."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from tests.support.catalogue import own_ts, retranslate  # noqa: F401 - own_ts is a fixture
from tests.support.cli import run_cli


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "home"
    r = desk(h, "setup", "--office-code", "TIDORE", "--office-name", "Kota Tidore", "--desk-code", "D1")
    assert r.returncode == 0, r.stderr
    r = desk(h, "users", "add", "admin", "--role", "admin", "--password-stdin", stdin="sandi-rahasia\n")
    assert r.returncode == 0, r.stderr
    return h


def desk(home: Path, *args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return run_cli(args, env={"LAPOR_DESKTOP_HOME": str(home)}, stdin=stdin)


def test_a_bad_reference_file_is_described_in_the_catalogues_words(home, own_ts, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"closures": [{"date": "2026-12-24"}, {"date": "2026-13-45"},
                                            {"date": "2026-12-24"}]}), encoding="utf-8")
    retranslate(own_ts, "reference.not_a_date", "{where}: tanggal {value} tidak ada di kalender")
    r = desk(home, "reference", "load", str(bad))
    assert r.returncode == 1
    assert "closures[1].date: tanggal '2026-13-45' tidak ada di kalender" in r.stderr, r.stderr
    r = desk(home, "--lang", "en", "reference", "load", str(bad))
    assert r.returncode == 1
    assert "closures[1].date: '2026-13-45' is not a real date (YYYY-MM-DD)" in r.stderr, r.stderr
    assert "kalender" not in r.stderr


SAMPLE = Path(__file__).resolve().parents[2] / "data" / "lapor-v4-export-sample.xlsx"


def test_a_bad_row_of_an_imported_file_is_described_in_the_catalogues_words(home, own_ts, tmp_path):
    wb = openpyxl.load_workbook(SAMPLE)
    ws = wb.worksheets[0]
    date_col = [c.value for c in ws[1]].index("Tanggal Laporan Masuk") + 1
    ws.cell(row=3, column=date_col, value="31 Feb 2026")
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    retranslate(own_ts, "import_row.bad_date", "isinya '{value}', itu bukan tanggal")
    retranslate(own_ts, "import_row.not_imported", "Baris {row} dilewati, kolom {column}: {message}")
    r = desk(home, "import", "--as", "admin", str(bad))
    assert r.returncode == 1
    assert "Baris 3 dilewati, kolom Tanggal Laporan Masuk: isinya '31 Feb 2026', itu bukan tanggal" in r.stderr
    row = next(json.loads(x) for x in r.stdout.splitlines() if '"error"' in x)
    assert row["code"] == "bad_date" and row["message"] == "isinya '31 Feb 2026', itu bukan tanggal"
    r = desk(home, "--lang", "en", "import", "--as", "admin", str(bad))
    assert "row 3 not imported (Tanggal Laporan Masuk): '31 Feb 2026' is not a date (for example 18 Jan 2024)." \
        in r.stderr, r.stderr


def test_the_command_lines_own_sentences_come_from_the_catalogue(home, own_ts, tmp_path):
    retranslate(own_ts, "cli.file_not_found", "Berkas {file} tidak ada di komputer ini")
    retranslate(own_ts, "cli.restore_what", "Pilih berkas cadangan, atau pakai --latest.")
    missing = tmp_path / "tidak-ada.jsonl"
    r = desk(home, "intake", "--as", "admin", str(missing))
    assert r.returncode == 1 and f"Berkas {missing} tidak ada di komputer ini" in r.stderr, r.stderr
    r = desk(home, "restore")
    assert r.returncode == 1 and "Pilih berkas cadangan, atau pakai --latest." in r.stderr, r.stderr
    r = desk(home, "--lang", "en", "restore")
    assert "Name a backup file or --latest." in r.stderr and "Pilih" not in r.stderr, r.stderr


def test_doctor_names_each_problem_in_the_catalogues_words(tmp_path, own_ts):
    retranslate(own_ts, "cli.doctor.not_set_up", "Meja belum siap: jalankan lapor-desktop setup.")
    r = desk(tmp_path / "kosong", "doctor")
    problems = json.loads(r.stdout)["problems"]
    assert {"code": "not_set_up", "message": "Meja belum siap: jalankan lapor-desktop setup."} in problems
    r = desk(tmp_path / "kosong", "--lang", "en", "doctor")
    assert any(p["message"].startswith("This desk is not set up.") for p in json.loads(r.stdout)["problems"])

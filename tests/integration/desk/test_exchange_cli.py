"""`lapor-desktop import` and `lapor-desktop export`, run as real processes on a fresh profile."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from lapor_desktop.reports import lapor_v4 as v4

from test_desk_cli import run  # the same runner (this folder is on sys.path)

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "lapor-v4-export-sample.xlsx"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    h = tmp_path / "home"
    assert run(h, "setup", "--office-code", "TIDORE", "--office-name", "Pemerintah Kota Tidore Kepulauan").returncode == 0
    for login, role in (("admin", "admin"), ("budi", "front_desk")):
        r = run(h, "users", "add", login, "--role", role, "--password-stdin", stdin="sandi-rahasia\n")
        assert r.returncode == 0, r.stderr
    return h


def test_import_then_export_on_the_command_line(home: Path, tmp_path: Path):
    r = run(home, "import", "--as", "admin", str(SAMPLE))
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert lines and all(x["outcome"] == "created" for x in lines)
    r = run(home, "import", "--as", "admin", str(SAMPLE))
    assert r.returncode == 0 and all(json.loads(x)["outcome"] == "unchanged" for x in r.stdout.splitlines())
    out = tmp_path / "v4.xlsx"
    r = run(home, "export", "--as", "admin", "--format", "lapor-v4", "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["complaints"] == len(lines)
    ws = openpyxl.load_workbook(out, read_only=True).worksheets[0]
    assert tuple(next(ws.iter_rows(values_only=True))) == v4.COLUMNS
    # filters as in the queue, JSON Lines to stdout
    r = run(home, "export", "--as", "admin", "--format", "jsonl", "--out", "-", "--status", "diarsipkan")
    assert r.returncode == 0, r.stderr
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    assert recs and {x["status"] for x in recs} == {"diarsipkan"}


def test_command_line_refusals(home: Path, tmp_path: Path):
    r = run(home, "import", "--as", "budi", str(SAMPLE))  # the front desk may not import
    assert r.returncode != 0 and "Traceback" not in r.stderr
    notes = tmp_path / "notes.csv"
    notes.write_text("nama,alamat\nBudi,Jl. Sultan\n", encoding="utf-8")
    r = run(home, "import", "--as", "admin", str(notes))
    assert r.returncode == 1 and "Tracking ID" in r.stderr and "Traceback" not in r.stderr
    r = run(home, "export", "--as", "admin", "--format", "csv", "--out", str(tmp_path / "no" / "x.csv"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    r = run(home, "export", "--as", "admin", "--format", "csv", "--from", "2026-02-30")
    assert r.returncode == 1 and "--from" in r.stderr


def test_monthly_report_on_the_command_line(home: Path, tmp_path: Path):
    import subprocess

    assert run(home, "import", "--as", "admin", str(SAMPLE)).returncode == 0
    out = tmp_path / "nov.pdf"
    r = run(home, "report", "--month", "2026-08", "--out", str(out), "--as", "admin")
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert info["complaints"] > 0 and out.is_file()
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Laporan Bulanan Pengelolaan Pengaduan" in text and "Pemerintah Kota Tidore Kepulauan" in text
    assert "Agustus 2026" in text and f"Diterima dalam periode {info['complaints']}" in " ".join(text.split())
    r = run(home, "--lang", "en", "report", "--month", "2026-08", "--out", str(tmp_path / "en.pdf"), "--as", "admin")
    assert r.returncode == 0, r.stderr
    text = subprocess.run(["pdftotext", str(tmp_path / "en.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Monthly report on complaint handling" in text and "August 2026" in text
    r = run(home, "report", "--month", "2026-13", "--as", "admin")
    assert r.returncode == 1 and "--month" in r.stderr

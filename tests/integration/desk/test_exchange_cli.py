"""`lapor-desktop import`, `export`, `report` and `template` on a fresh profile (``main()`` in the
test process, tests/support/cli.py; the monthly report as a real process)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from lapor_desktop.reports import lapor_v4 as v4

from test_desk_cli import run  # the same runner (this folder is on sys.path)

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "lapor-v4-export-sample.xlsx"


@pytest.fixture(scope="module")
def set_up_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A profile set up by the real commands, once per module (copied per test by ``home``)."""
    h = tmp_path_factory.mktemp("cli") / "home"
    assert run(h, "setup", "--office-code", "TIDORE", "--office-name", "Pemerintah Kota Tidore Kepulauan").returncode == 0
    for login, role in (("admin", "admin"), ("budi", "front_desk")):
        r = run(h, "users", "add", login, "--role", role, "--password-stdin", stdin="sandi-rahasia\n")
        assert r.returncode == 0, r.stderr
    return h


@pytest.fixture
def home(set_up_home: Path, tmp_path: Path) -> Path:
    h = tmp_path / "home"
    shutil.copytree(set_up_home, h)
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


def test_monthly_report_on_the_command_line(home: Path, tmp_path: Path, qapp):  # type: ignore[no-untyped-def]
    """``qapp``: the English report runs in this process, on the test session's QApplication (a
    QApplication the command made here would be the one later Qt tests in this process get)."""
    import subprocess

    assert run(home, "import", "--as", "admin", str(SAMPLE)).returncode == 0
    out = tmp_path / "nov.pdf"
    # a real process: the command makes its own (offscreen) QApplication to paint the PDF
    r = run(home, "report", "--month", "2026-08", "--out", str(out), "--as", "admin", process=True)
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


def test_paper_form_template_round_trip(home: Path, tmp_path: Path):
    tpl = tmp_path / "formulir.xlsx"
    r = run(home, "template", "--out", str(tpl))
    assert r.returncode == 0, r.stderr
    wb = openpyxl.load_workbook(tpl)
    ws = wb["Pengaduan"]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["Judul", "Isi laporan", "Klasifikasi", "Sumber"]
    assert {str(dv.sqref)[0] for dv in ws.data_validations.dataValidation} >= {"C", "D", "K", "L"}
    assert "Petunjuk" in wb.sheetnames
    col = {h: i + 1 for i, h in enumerate(header)}

    def put(row: int, **values: object) -> None:
        for h, v in values.items():
            ws.cell(row=row, column=col[h], value=v)

    put(2, **{"Judul": "Data DTKS", "Isi laporan": "Nama keluarga kami hilang dari DTKS sejak pemutakhiran bulan lalu.",
              "Klasifikasi": "Pengaduan Tidak Berkadar Pengawasan", "Sumber": "Kotak Saran",
              "Nama pelapor": "Hasan Basri", "Anonim": "Tidak", "Kecamatan": "Tidore Timur"})
    put(3, **{"Judul": "Lampu jalan", "Isi laporan": "padam"})  # body too short, no name
    put(5, **{"Judul": "Jembatan retak di Dokiri", "Isi laporan": "Jembatan kayu di Dokiri retak dan berbahaya bagi "
              "anak sekolah.", "Anonim": "Ya", "Sumber": "pos_surat", "Tanggal kejadian": "2026-11-20"})
    wb.save(tpl)
    r = run(home, "import", "--format", "template", "--as", "budi", str(tpl))
    assert r.returncode == 1, r.stderr  # one row refused
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [(o["row"], o["ok"]) for o in out] == [(2, True), (3, False), (5, True)]
    assert {e["field"] for e in out[1]["errors"]} >= {"body", "reporter.name"}
    assert "baris 3" in r.stderr
    rec = run(home, "export", "--as", "admin", "--format", "jsonl", "--out", "-")
    recs = {x["title"]: x for x in map(json.loads, rec.stdout.splitlines())}
    assert recs["Data DTKS"]["channel"] == "kotak_saran" and recs["Data DTKS"]["classification"] == "tidak_berkadar_pengawasan"
    assert recs["Data DTKS"]["confidential"] is True  # a walk-in default: Rahasia unless said otherwise
    assert recs["Jembatan retak di Dokiri"]["anonymous"] is True and recs["Jembatan retak di Dokiri"]["channel"] == "pos_surat"


def test_the_command_line_writes_no_anonim_identity(home: Path, tmp_path: Path):
    """The command line goes through the same rule as the screens (domain/permissions.py): an Anonim
    reporter's identity is written by nobody, not even the admin; a plain one's is."""
    lines = [{"title": "Jalan rusak di Tomalou", "body": "Jalan di Tomalou rusak berat sejak bulan lalu.",
              "anonymous": anonymous, "reporter": {"name": name, "nik": nik, "phone": "081311110004"}}
             for anonymous, name, nik in ((True, "Fatimah Sangaji", "8272014101900003"),
                                          (False, "Yohana Tuasikal", "8272014101900001"))]
    r = run(home, "intake", "--as", "budi", "-", stdin="".join(json.dumps(x) + "\n" for x in lines))
    assert r.returncode == 0, r.stderr
    r = run(home, "export", "--as", "admin", "--format", "jsonl", "--out", "-")
    assert r.returncode == 0, r.stderr
    assert "Fatimah" not in r.stdout and "8272014101900003" not in r.stdout
    recs = {x["anonymous"]: x for x in map(json.loads, r.stdout.splitlines())}
    assert recs[True]["reporter_name"] is None and recs[True]["identity_hidden"] is True
    assert recs[False]["reporter_name"] == "Yohana Tuasikal" and recs[False]["reporter_nik"] == "8272014101900001"

"""Exchange with national LAPOR! through its own files: import of v4 admin exports, export in the
same layout and in CSV, XLSX and JSON Lines."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest

from lapor_desktop.core.errors import InvalidInput, PermissionDenied
from lapor_desktop.reports import lapor_v4 as v4
from lapor_desktop.services.exports import ExportService
from lapor_desktop.services.imports import ImportService
from lapor_desktop.services.queue import QueueQuery
from lapor_desktop.store.models import ComplaintRow
from tests.support.sessions import signed

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "lapor-v4-export-sample.xlsx"


def _sheet_rows(path: Path) -> tuple[list, list[tuple]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    wb.close()
    return list(rows[0]), [r for r in rows[1:] if any(v is not None for v in r)]


def _write_xlsx(path: Path, header: list, rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Laporan"
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _count(desk) -> int:  # type: ignore[no-untyped-def]
    with desk.db.read() as s:
        return s.query(ComplaintRow).count()


def test_sample_round_trip_is_identical_cell_for_cell(desk, actors, tmp_path):
    header, source = _sheet_rows(SAMPLE)
    assert tuple(header) == v4.COLUMNS
    report = ImportService(desk).import_file(actors["admin"], SAMPLE)
    assert report.summary == {"created": len(source), "updated": 0, "unchanged": 0, "skipped": 0, "error": 0}
    out = tmp_path / "export.xlsx"
    n = ExportService(desk).export(actors["admin"], QueueQuery(), "lapor-v4", out)
    assert n == len(source)
    got_header, got = _sheet_rows(out)
    assert tuple(got_header) == v4.COLUMNS
    by_tid = {str(r[0]): r for r in source}
    assert len(got) == len(source)
    for row in got:
        want = by_tid[str(row[0])]
        for col, a, b in zip(v4.COLUMNS, row, want):
            assert a == b, (row[0], col, a, b)


def test_importing_twice_changes_nothing_and_a_newer_export_updates(desk, actors, tmp_path):
    svc = ImportService(desk)
    svc.import_file(actors["verifier"], SAMPLE)
    before = _count(desk)
    again = svc.import_file(actors["verifier"], SAMPLE)
    assert again.summary["unchanged"] == before and again.summary["created"] == 0
    assert _count(desk) == before
    # a newer export: one complaint moved on nationally
    header, rows = _sheet_rows(SAMPLE)
    rows = [list(r) for r in rows]
    status_col = header.index("Status Laporan")
    rows[1][status_col] = "Ditutup oleh Sistem"
    newer = _write_xlsx(tmp_path / "newer.xlsx", header, rows)
    res = svc.import_file(actors["verifier"], newer)
    assert res.summary["updated"] == 1 and res.summary["created"] == 0
    assert _count(desk) == before
    with desk.db.read() as s:
        row = s.query(ComplaintRow).filter_by(tracking_id=str(rows[1][0])).one()
    assert row.status == "selesai" and row.closed_by == "system"


def test_values_outside_the_reference_lists_survive_unchanged(desk, actors, tmp_path):
    header = list(v4.COLUMNS)
    base = ["7001234", "18 Jan 2024", "01:33:26", "Permintaan Informasi", 999999, "Kategori Baru Nasional",
            "DTKS", "Isi awal – dengan é", "Isi akhir", None, "Website - pemerintah-kabupaten-Bandung",
            "Pemerintah Kabupaten Bandung", 5550001, "Dinas Entah ", "Diarsipkan oleh Sistem",
            "Tidak ada tanggapan", "Jawa Barat", "Kab. Bandung", "Soreang", "Sekarwangi"]
    second = list(base)
    second[0], second[10], second[14], second[9] = "7001235", "Email Instansi", "Diarsipkan oleh Pelapor", \
        "Anonim|Rahasia"
    path = _write_xlsx(tmp_path / "odd.xlsx", header, [base, second])
    assert ImportService(desk).import_file(actors["admin"], path).summary["created"] == 2
    out = tmp_path / "out.xlsx"
    ExportService(desk).export(actors["admin"], QueueQuery(), "lapor-v4", out)
    _, got = _sheet_rows(out)
    assert sorted(map(list, got)) == sorted([base, second])


def test_bad_files_and_bad_rows_get_the_right_message(desk, actors, tmp_path):
    svc = ImportService(desk)
    header = [c for c in v4.COLUMNS if c not in ("Status Laporan", "Kecamatan")]
    with pytest.raises(InvalidInput) as exc:
        svc.import_file(actors["admin"], _write_xlsx(tmp_path / "missing.xlsx", header, []))
    msg = exc.value.errors[0].message
    assert "Status Laporan" in msg and "Kecamatan" in msg
    png = tmp_path / "photo.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with pytest.raises(InvalidInput) as exc:
        svc.import_file(actors["admin"], png)
    assert exc.value.errors[0].code == "not_export"
    fake_zip = tmp_path / "fake.xlsx"
    fake_zip.write_bytes(b"PK\x03\x04" + b"garbage" * 10)
    with pytest.raises(InvalidInput) as exc:
        svc.import_file(actors["admin"], fake_zip)
    assert exc.value.errors[0].code == "bad_xlsx"
    # a broken date in one row: reported with its row number, the others imported
    h, rows = _sheet_rows(SAMPLE)
    rows = [list(r) for r in rows[:3]]
    rows[1][1] = "31 Feb 2026"
    rep = svc.import_file(actors["admin"], _write_xlsx(tmp_path / "baddate.xlsx", h, rows))
    assert rep.summary["created"] == 2 and rep.summary["error"] == 1
    bad = [r for r in rep.rows if r.outcome == "error"][0]
    assert bad.row == 3 and bad.column == "Tanggal Laporan Masuk" and "31 Feb 2026" in bad.message_id


def test_only_verifier_and_admin_import(desk, actors):
    with pytest.raises(PermissionDenied):
        ImportService(desk).import_file(actors["front_desk"], SAMPLE)
    assert _count(desk) == 0


def test_csv_opens_in_excel_with_the_right_characters(desk, actors, svc, tmp_path):
    svc.record(signed(svc, actors["front_desk"]), {"title": "Jalan rusak – parah", "body": "Café di ujung jalan: lubang besar. "
               "=HYPERLINK(\"http://x\")", "channel": "tatap_muka", "reporter": {"name": "René"}})
    out = tmp_path / "q.csv"
    ExportService(desk).export(actors["verifier"], QueueQuery(), "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][0] == "Nomor Tanda Terima"
    rec = dict(zip(rows[0], rows[1]))
    assert rec["Judul"] == "Jalan rusak – parah"
    assert rec["Nama Pelapor"] == "René"
    assert "Café" in rec["Isi Laporan Awal"]


def test_identity_is_written_only_for_roles_that_may_see_it(desk, actors, svc, tmp_path):
    for anonymous in (True, False):
        svc.record(signed(svc, actors["front_desk"]), {"title": "Pungutan liar di kantor", "body": "Petugas meminta uang tambahan "
                   "untuk surat.", "channel": "tatap_muka", "anonymous": anonymous,
                   "reporter": {"name": "Siti Rahma", "nik": "8272011506900001", "phone": "081234567890"}})
    # newest first: the plain complaint (identity written), then the Anonim one (nobody's to see)
    for role, line, visible in (("verifier", 0, True), ("supervisor", 0, True), ("verifier", 1, False),
                                ("admin", 1, False), ("supervisor", 1, False)):
        buf = io.BytesIO()
        ExportService(desk).export(actors[role], QueueQuery(), "jsonl", buf)
        rec = json.loads(buf.getvalue().decode("utf-8").splitlines()[line])
        assert rec["anonymous"] is not visible
        assert (rec["reporter_name"] == "Siti Rahma") is visible
        assert (rec["reporter_nik"] is not None) is visible
        assert rec["identity_hidden"] is (not visible)
        assert rec["receipt_number"] and rec["status"] == "belum_terverifikasi" and rec["due_date"]


def test_liaison_exports_only_its_agency(desk, actors, tmp_path):
    ImportService(desk).import_file(actors["admin"], SAMPLE)
    out = tmp_path / "pupr.xlsx"
    n = ExportService(desk).export(actors["liaison"], QueueQuery(), "xlsx", out)
    _, rows = _sheet_rows(SAMPLE)
    assert n == sum(1 for r in rows if r[12] == 91001) > 0
    header, got = _sheet_rows(out)
    agency_col = header.index("ID Instansi")
    assert {r[agency_col] for r in got} == {91001}

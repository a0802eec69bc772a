"""Walk-ins into national LAPOR!: the "not in LAPOR! yet" view, the re-keying sheet, a suggested
match from an imported export, the national Tracking ID recorded beside the office hub's number."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from lapor_desktop.core.errors import InvalidInput
from lapor_desktop.reports import lapor_v4 as v4
from lapor_desktop.services.exports import ExportService
from lapor_desktop.services.imports import ImportService
from lapor_desktop.services.queue import QueueQuery, QueueService
from lapor_desktop.services.rekey import RekeyService

from desk_helpers import walk_in
from tests.support.sessions import signed


def _export_file(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Laporan"
    ws.append(list(v4.COLUMNS))
    # the walk-in below, as an admin re-keyed it into lapor.go.id the same morning
    ws.append(["7012345", "23 Nov 2026", "08:10:00", "Pengaduan Tidak Berkadar Pengawasan", 928, "Infrastruktur Jalan",
               "Jalan Berlubang di depan SD Inpres", "Jalan di depan SD Inpres Dokiri berlubang besar sejak bulan lalu, "
               "anak-anak sering jatuh.", None, "Rahasia", "Tatap Muka", "Pemerintah Kota Tidore Kepulauan", None, None,
               "Belum Terverifikasi", None, "Maluku Utara", "Kota Tidore Kepulauan", "Tidore Timur", "Dokiri"])
    # an unrelated complaint of the same day
    ws.append(["7012399", "23 Nov 2026", "09:00:00", "Permintaan Informasi", None, None, "Jadwal kapal cepat",
               "Mohon informasi jadwal kapal cepat dari Sofifi ke Ternate minggu depan.", None, None, "Email Instansi",
               "Pemerintah Kota Tidore Kepulauan", None, None, "Belum Terverifikasi", None, None, None, None, None])
    path = tmp_path / "nasional.xlsx"
    wb.save(path)
    return path


def test_match_a_walk_in_to_its_national_copy(desk, svc, actors, tmp_path):
    walk = svc.record(signed(svc, actors["front_desk"]), walk_in()).id
    queue = QueueService(desk)
    todo = QueueQuery(not_in_lapor=True)
    assert queue.count(actors["verifier"], todo) == 1
    assert "not_in_lapor" in [v.key for v in queue.builtin_views(actors["verifier"])]
    rekey = RekeyService(desk)
    sheet = {line.key: line.value for line in rekey.sheet(actors["verifier"], walk)}
    assert sheet["title"] == "Jalan Berlubang di depan SD Inpres" and sheet["reporter_name"] == "Siti Rahma"
    assert list(sheet)[:3] == ["title", "body", "incident_date"]

    path = _export_file(tmp_path)
    ImportService(desk).import_file(actors["admin"], path)
    sug = rekey.suggestions(actors["verifier"], walk)
    assert [s.national_tracking_id for s in sug] == ["7012345"]  # the ship-schedule request is not offered
    rekey.set_national_id(actors["verifier"], walk, "7012345", matched_complaint_id=sug[0].complaint_id)
    st = svc.state(walk)
    assert st.national_tracking_id == "7012345" and st.tracking_id is None  # the hub's number stays its own
    assert svc.state(sug[0].complaint_id).status == "diarsipkan"  # the imported copy is counted once
    assert queue.count(actors["verifier"], todo) == 0
    # the next export from lapor.go.id holds the same row: nothing new, the walk-in named
    again = ImportService(desk).import_file(actors["admin"], path)
    linked = [r for r in again.rows if r.tracking_id == "7012345"][0]
    assert linked.outcome == "skipped" and svc.state(walk).receipt_number in linked.message_id
    # exports say which number is which
    out = tmp_path / "v4.xlsx"
    ExportService(desk).export(actors["admin"], QueueQuery(statuses=("belum_terverifikasi",)), "lapor-v4", out)
    cells = list(openpyxl.load_workbook(out, read_only=True).worksheets[0].iter_rows(values_only=True))
    titles = {r[6]: r[0] for r in cells[1:]}
    assert titles["Jalan Berlubang di depan SD Inpres"] == "7012345"


def test_national_id_is_checked(desk, svc, actors):
    a = svc.record(signed(svc, actors["front_desk"]), walk_in()).id
    b = svc.record(signed(svc, actors["front_desk"]), walk_in(title="Lampu jalan padam di Dokiri")).id
    rekey = RekeyService(desk)
    with pytest.raises(InvalidInput) as exc:
        rekey.set_national_id(actors["verifier"], a, "TIDORE-1")
    assert exc.value.errors[0].field == "national_tracking_id"
    rekey.set_national_id(actors["verifier"], a, "7000001")
    with pytest.raises(InvalidInput) as exc:
        rekey.set_national_id(actors["verifier"], b, "7000001")
    assert exc.value.errors[0].code == "national_id_taken"


def test_a_reprint_names_both_numbers(desk, svc, actors):
    from datetime import date

    from lapor_desktop.reports.receipt import build_receipt
    from tests.support.receipts import receipt_words

    cid = svc.record(actors["front_desk"], walk_in()).id
    RekeyService(desk).set_national_id(actors["verifier"], cid, "7012999")
    st = svc.state(cid)
    st.tracking_id = "1000042"  # as the office hub would have assigned it
    text = receipt_words(build_receipt(st, office_name="Kantor", deadline=date(2026, 11, 26), tz="Asia/Jayapura"))
    assert "Tracking ID LAPOR! (nasional) 7012999" in text
    assert "Nomor pelacakan (dari hub kantor)" in text and "1000042" in text

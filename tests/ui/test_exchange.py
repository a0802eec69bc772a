"""The Reports page's exchange with national LAPOR!: import with a row-by-row result, export with a
progress bar, offered by role."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from lapor_desktop.domain.model import Actor
from lapor_desktop.reports import lapor_v4 as v4
from tests.support.sessions import signed

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "lapor-v4-export-sample.xlsx"
ADMIN = Actor(login="admin", role="admin", name="Admin")


def test_import_then_export_from_the_reports_page(desk, runner, qtbot, tmp_path):
    from lapor_desktop.ui.exchange import ExchangePage

    page = ExchangePage(desk, runner, signed(desk, ADMIN))
    qtbot.addWidget(page)
    page.show()
    assert page.import_button.isVisible() and page.export_button.isVisible()
    # a file with one broken row: the others are imported, the bad one is listed with its row number
    wb = openpyxl.load_workbook(SAMPLE)
    ws = wb.worksheets[0]
    ws.cell(row=4, column=2, value="32 Jan 2026")
    bad = tmp_path / "export-nasional.xlsx"
    wb.save(bad)
    dlg = page.open_import()
    qtbot.addWidget(dlg)
    dlg.import_from(bad)
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=20000)
    rows = ws.max_row - 1
    assert dlg.report.summary["created"] == rows - 1
    assert "Baru: %d" % (rows - 1) in dlg.summary.text()
    assert dlg.table.isVisible() and dlg.table.rowCount() == 1
    assert dlg.table.item(0, 0).text() == "4" and dlg.table.item(0, 1).text() == "Tanggal Laporan Masuk"
    assert "32 Jan 2026" in dlg.table.item(0, 2).text()
    dlg.close()

    ex = page.open_export()
    qtbot.addWidget(ex)
    qtbot.waitUntil(lambda: "akan diekspor" in ex.count_label.text(), timeout=10000)
    assert ex.count_label.text() == f"{rows - 1} laporan akan diekspor."
    out = tmp_path / "keluar.xlsx"
    ex.export_to(out)
    qtbot.waitUntil(lambda: ex.written is not None, timeout=20000)
    assert ex.written == rows - 1
    assert ex.bar.value() == ex.bar.maximum() and str(out) in ex.result.text()
    header = next(openpyxl.load_workbook(out, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert tuple(header) == v4.COLUMNS


def test_front_desk_is_not_offered_the_import_and_a_refusal_is_plain(desk, runner, qtbot, tmp_path):
    from lapor_desktop.ui.exchange import ExchangePage, ImportDialog

    clerk = Actor(login="budi", role="front_desk", name="Budi")
    page = ExchangePage(desk, runner, signed(desk, clerk))
    qtbot.addWidget(page)
    page.show()
    assert not page.import_button.isVisible() and page.export_button.isVisible()
    dlg = ImportDialog(desk, runner, clerk)  # even if reached some other way: refused in plain words
    qtbot.addWidget(dlg)
    dlg.import_from(SAMPLE)
    qtbot.waitUntil(lambda: dlg.error is not None, timeout=10000)
    assert dlg.summary.text() == "Peran Anda tidak boleh mengimpor laporan."


def test_paper_forms_from_the_reports_page(desk, runner, qtbot, tmp_path, no_modal_dialogs):
    from lapor_desktop.ui.exchange import ExchangePage

    clerk = Actor(login="budi", role="front_desk", name="Budi")
    page = ExchangePage(desk, runner, signed(desk, clerk))
    qtbot.addWidget(page)
    page.show()
    assert page.template_button.isVisible() and page.forms_button.isVisible()
    tpl = tmp_path / "formulir.xlsx"
    page.save_template(tpl)
    qtbot.waitUntil(lambda: getattr(page, "template_path", None) == tpl, timeout=10000)
    assert no_modal_dialogs and str(tpl) in no_modal_dialogs[-1][1]
    wb = openpyxl.load_workbook(tpl)
    ws = wb["Pengaduan"]
    ws.append(["Air PAM tidak mengalir", "Sudah tiga hari air PAM di Kelurahan Soasio tidak mengalir sama sekali.",
               None, "Tatap Muka", None, "Nurlela"])
    ws.append(["Sampah", "kotor"])  # too short, and no name
    wb.save(tpl)
    changed = []
    page.changed.connect(lambda: changed.append(True))
    dlg = page.open_forms()
    qtbot.addWidget(dlg)
    dlg.import_from(tpl)
    qtbot.waitUntil(lambda: dlg.results is not None, timeout=10000)
    assert dlg.summary.text() == "Dicatat: 1 · ditolak: 1"
    rows = {dlg.table.item(i, 1).text() for i in range(dlg.table.rowCount())}
    assert dlg.table.item(0, 0).text() == "3" and {"body", "reporter.name"} <= rows
    assert changed == [True]


def test_import_progress_bar_knows_the_row_count(desk, runner, qtbot, tmp_path):
    from lapor_desktop.ui.exchange import ImportDialog

    dlg = ImportDialog(desk, runner, signed(desk, ADMIN))
    qtbot.addWidget(dlg)
    dlg.import_from(SAMPLE)
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=20000)
    rows = dlg.report.summary["created"]
    assert dlg.progress_state.read() == (rows, rows) and rows == 30
    assert dlg.bar.text() == "30 baris dibaca" and dlg.bar.value() == dlg.bar.maximum()


def test_the_queue_exports_its_view_with_its_filters(desk, runner, qtbot, tmp_path):
    import json

    from lapor_desktop.services.complaints import ComplaintService
    from lapor_desktop.services.queue import QueueQuery
    from lapor_desktop.ui.queue_page import QueuePage

    clerk = signed(desk, Actor(login="budi", role="front_desk", name="Budi"))
    svc = ComplaintService(desk)
    for i, ch in enumerate(("tatap_muka", "pos_surat", "pos_surat")):
        svc.record(clerk, {"title": f"Lampu jalan mati {i}", "body": "Lampu jalan di depan pasar mati sejak lama.",
                           "channel": ch, "reporter": {"name": "Warga"}})
    page = QueuePage(desk, runner, signed(desk, ADMIN))
    qtbot.addWidget(page)
    page.show()
    page.show_query(QueueQuery(channel="pos_surat"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    dlg = page.open_export()
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: "2 laporan akan diekspor" in dlg.count_label.text(), timeout=10000)
    dlg.format.setCurrentIndex(dlg.format.findData("jsonl"))
    out = tmp_path / "view.jsonl"
    dlg.export_to(out)
    qtbot.waitUntil(lambda: dlg.written is not None, timeout=10000)
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["channel"] for r in recs] == ["pos_surat", "pos_surat"]
    page.shutdown()

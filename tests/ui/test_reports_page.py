"""The Reports page: figures in the user's scope, charts with their numbers beside them, a click on a
bar opens the queue filtered to those complaints, and the monthly PDF holds the office, the period
and the totals (pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from lapor_desktop.domain.model import Actor
from lapor_desktop.services.complaints import ComplaintService
from tests.support.sessions import signed

SUPERVISOR = Actor(login="bos", role="supervisor", name="Pimpinan")


def _record(desk, n_walk_in: int, n_letter: int) -> list[str]:  # type: ignore[no-untyped-def]
    svc = ComplaintService(desk)
    clerk = Actor(login="budi", role="front_desk", name="Budi")
    ids = []
    for i in range(n_walk_in + n_letter):
        ids.append(svc.record(signed(svc, clerk), {"title": f"Lampu jalan padam {i}", "body": "Lampu penerangan jalan di "
                                      "pesisir padam sejak minggu lalu, rawan kecelakaan.",
                                      "channel": "tatap_muka" if i < n_walk_in else "pos_surat",
                                      "reporter": {"name": f"Warga {i}"}, "confidential": i != 0}).id)
    return ids


@pytest.fixture
def reports(desk, runner, qtbot):  # type: ignore[no-untyped-def]
    from lapor_desktop.ui.reports_page import ReportsPage

    page = ReportsPage(desk, runner, signed(desk, SUPERVISOR))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    return page


def test_figures_tables_and_a_click_on_a_bar(desk, reports, qtbot):
    _record(desk, 3, 2)
    opened = []
    reports.open_query.connect(opened.append)
    reports.show()
    qtbot.waitUntil(lambda: reports.loads == 1, timeout=10000)
    # the default period: this month, or the month before during a month's first week
    today = desk.today()
    expected_from = today.replace(day=1) if today.day > 7 else (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    assert reports.dashboard.date_from == expected_from
    reports.set_period(today.replace(day=1), today)
    qtbot.waitUntil(lambda: reports.loads == 2, timeout=10000)
    assert reports.dashboard.total == 5
    assert "<b>5</b> laporan diterima" in reports.summary.text() and "<b>4</b> di antaranya Rahasia" in \
        reports.summary.text()
    channel = reports.sections["channel"]
    assert [channel.table.item(r, 0).text() for r in range(2)] == ["Tatap Muka", "Pos Surat"]
    assert [channel.table.item(r, 1).text() for r in range(2)] == ["3", "2"]
    # a real mouse click in the middle of the second bar (Pos Surat)
    chart = channel.chart
    chart.show()
    qtbot.waitExposed(chart)
    vb = chart.getPlotItem().vb
    scene_pt = vb.mapViewToScene(chart.bar_centre(1))
    widget_pt = chart.mapFromScene(scene_pt)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(int(widget_pt.x()), int(widget_pt.y())))
    qtbot.waitUntil(lambda: bool(opened), timeout=3000)
    assert opened[-1].channel == "pos_surat" and opened[-1].date_from == desk.today().replace(day=1).isoformat()
    # the same from the table, by keyboard: the row is activated with Enter
    status = reports.sections["status"]
    status.table.setCurrentCell(0, 0)
    status.table.setFocus()
    qtbot.keyClick(status.table, Qt.Key.Key_Return)
    assert opened[-1].statuses == ("belum_terverifikasi",)


def test_monthly_pdf_holds_office_period_and_totals(desk, reports, qtbot, tmp_path):
    _record(desk, 2, 1)
    reports.show()
    today = desk.today()
    reports.set_period(today.replace(day=1), today)
    qtbot.waitUntil(lambda: reports.loads >= 1 and reports.dashboard.date_from == today.replace(day=1),
                    timeout=10000)
    out = reports.save_pdf(tmp_path / "laporan.pdf")
    assert out is not None and out.stat().st_size > 2000
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) is installed by .ci/run"
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Laporan Bulanan Pengelolaan Pengaduan" in text
    assert desk.settings.office_name in text
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
              "November", "Desember"]
    today = desk.today()
    assert f"{months[today.month - 1]} {today.year}" in text or str(today.year) in text
    assert "Diterima dalam periode" in text and " 3" in text
    assert "Lampu jalan padam 1" not in text  # Rahasia titles never appear; no identity is read at all


def test_an_import_refreshes_the_figures(desk, runner, qtbot, tmp_path):
    from pathlib import Path

    from lapor_desktop.ui.reports_page import ReportsPage

    sample = Path(__file__).resolve().parents[1] / "data" / "lapor-v4-export-sample.xlsx"
    page = ReportsPage(desk, runner, signed(desk, Actor(login="admin", role="admin", name="Admin")))
    qtbot.addWidget(page)
    page.show()
    page.set_period(date(2026, 7, 1), date(2026, 9, 30))
    qtbot.waitUntil(lambda: page.dashboard is not None and page.dashboard.date_from == date(2026, 7, 1), timeout=10000)
    assert page.dashboard.total == 0
    loads = page.loads
    dlg = page.exchange.open_import()
    qtbot.addWidget(dlg)
    dlg.import_from(sample)
    qtbot.waitUntil(lambda: page.loads > loads, timeout=20000)
    assert page.dashboard.total > 0

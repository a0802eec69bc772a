"""One date/time format per kind, the office's zone shown (issue 11 item 15): status bar, detail,
timeline and receipt all write ``2 Des 2026 03.41 WIT`` (Indonesian) / ``2 Dec 2026 03:41 WIT``."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale

from lapor_desktop.core import datefmt
from lapor_desktop.ui import i18n
from lapor_desktop.ui.fmt import fmt_date, fmt_datetime, fmt_time
from tests.support.sessions import signed

WIT = ZoneInfo("Asia/Jayapura")
AT = "2026-12-01T18:41:00.000Z"  # 2 December 2026, 03:41 in Tidore (UTC+9)


def test_one_format_per_kind_in_both_languages(qapp):
    assert fmt_datetime(AT, WIT) == "2 Des 2026 03.41 WIT"
    assert fmt_time(AT, WIT) == "03.41 WIT"
    assert fmt_date(date(2026, 12, 2)) == "2 Des 2026"
    try:
        assert i18n.install_translator(qapp, "en") == "en"
        assert fmt_datetime(AT, WIT) == "2 Dec 2026 03:41 WIT"
        assert fmt_date(date(2026, 12, 2)) == "2 Dec 2026"
    finally:
        assert i18n.install_translator(qapp, "id") == "id"
    assert fmt_datetime(AT, ZoneInfo("Asia/Makassar")) == "2 Des 2026 02.41 WITA"


def test_month_names_are_qlocales():
    for lang, loc in (("id", QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)),
                      ("en", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))):
        for m in range(1, 13):
            assert datefmt.format_date(date(2026, m, 2), lang) == loc.toString(QDate(2026, m, 2), "d MMM yyyy")


def test_status_bar_shows_the_last_sync_in_the_shared_format(desk, runner, actor, qtbot):
    from lapor_desktop.services.status import LAST_SYNC_KEY
    from lapor_desktop.store import repo
    from lapor_desktop.ui.main_window import MainWindow

    with desk.db.session() as s:
        repo.meta_set(s, LAST_SYNC_KEY, AT)
    w = MainWindow(desk, runner, signed(desk, actor), lang="id")
    qtbot.addWidget(w)
    try:
        sync = w.findChild(object, "status.sync")
        qtbot.waitUntil(lambda: "2 Des 2026 03.41 WIT" in sync.text(), timeout=5000)
    finally:
        w.intake._dirty = False
        runner.wait_idle(5)


def test_receipt_writes_the_received_time_in_the_shared_format():
    from lapor_desktop.domain.model import ComplaintState
    from lapor_desktop.reports.receipt import build_receipt
    from tests.support.receipts import receipt_words

    st = ComplaintState(id="c1", receipt_number="TIDORE-A1-261202-0001", title="Jalan berlubang",
                        received_at=AT, channel="tatap_muka", office_code="TIDORE")
    r = build_receipt(st, office_name="Kantor", deadline=date(2026, 12, 7), tz="Asia/Jayapura")
    assert "Diterima 2 Des 2026 03.41 WIT" in receipt_words(r, "id")
    assert "2 Dec 2026 03:41 WIT" in receipt_words(r, "en")

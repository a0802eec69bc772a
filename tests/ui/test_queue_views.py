"""The queue at 1366x768 and its views (issue 11, items 5 and 13): columns fit, the detail takes
room only while a complaint is open (and keeps the split the officer chose), each role sees the
views of its own work, "Perlu verifikasi" holds only what still needs verifying, counts follow an
item that leaves a view, and an empty view says why."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from tests.support.sessions import signed
from lapor_desktop.domain.model import Actor

from .queue_helpers import demo_copy, make_page, wait_loaded

VERIFIER = Actor("verifikator", "verifier", "Verifikator Diskominfo")
CLERK = Actor("loket", "front_desk", "Petugas Loket")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    from lapor_desktop.core.paths import AppPaths
    from lapor_desktop.services.demo import build_demo

    home = tmp_path_factory.mktemp("demo-views") / "home"
    build_demo(AppPaths.under(home), n=60)
    return home


@pytest.fixture
def demo_desk(tmp_path, demo_template, monkeypatch):  # type: ignore[no-untyped-def]
    from lapor_desktop.services.desk import open_desk

    paths = demo_copy(demo_template, tmp_path / "demo")
    monkeypatch.setenv("LAPOR_DESKTOP_HOME", str(tmp_path / "demo"))
    d = open_desk(paths)
    yield d
    d.close()


def _window(desk, runner, actor, qtbot):  # type: ignore[no-untyped-def]
    """The main window at the size a maximised window has on a 1366x768 screen."""
    from lapor_desktop.ui.main_window import MainWindow

    w = MainWindow(desk, runner, signed(desk, actor), lang="id")
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    w.nav_buttons["queue"].click()
    page = w.queue
    qtbot.waitUntil(lambda: bool(page.model.complete and page.counts), timeout=10000)
    wait_loaded(page, runner, qtbot)
    return w, page


def _close(w, runner) -> None:  # type: ignore[no-untyped-def]
    w.intake._dirty = False
    w.close()
    runner.wait_idle(5)


def _view(page, key, runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.views.setCurrentRow([v.key for v in page.views_list_data].index(key))
    wait_loaded(page, runner, qtbot)


# ------------------------------------------------------------------ item 5: room for the list
def test_list_uses_the_width_until_a_complaint_is_opened_and_the_split_is_remembered(demo_desk, runner, qtbot,
                                                                                   tmp_path):
    w, page = _window(demo_desk, runner, VERIFIER, qtbot)
    try:
        t = page.table
        assert not page.detail_open and not page.detail_box.isVisible()
        assert t.width() > 900  # the list has the page, not ~520 px
        assert t.horizontalScrollBar().maximum() == 0, "the columns do not fit"
        # every visible cell's text fits its column (no "Belum Terverifik…", no "Te…")
        fm = t.fontMetrics()
        hh = t.horizontalHeader()
        from lapor_desktop.ui.queue_model import COLUMNS

        for col, key in enumerate(COLUMNS):
            if hh.isSectionHidden(col) or key == "title":
                continue
            for r in range(min(20, page.model.rowCount())):
                text = page.model.index(r, col).data() or ""
                assert fm.horizontalAdvance(text) + 8 <= t.columnWidth(col), (key, text, t.columnWidth(col))
        assert t.columnWidth(COLUMNS.index("title")) >= 200
        # opening a complaint gives the detail its room; the list keeps a usable width
        t.setFocus()
        t.selectRow(0)
        runner.wait_idle(5)
        qtbot.waitUntil(lambda: page.detail_open and page.detail.detail is not None, timeout=5000)
        left, right = page.splitter.sizes()
        assert right >= 380 and left >= 420
        # the officer widens the detail; closing (Esc) and opening again keeps their choice
        total = left + right
        page.splitter.moveSplitter(int(total * 0.45), 1)
        page._remember_split()
        QTest.keyClick(t, Qt.Key.Key_Escape)
        assert not page.detail_open and page.detail.current_id is None
        assert t.hasFocus()
        settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        page.save_layout(settings)
    finally:
        _close(w, runner)
    w2, page2 = _window(demo_desk, runner, VERIFIER, qtbot)
    try:
        page2.restore_layout(settings)
        page2.table.selectRow(1)
        runner.wait_idle(5)
        qtbot.waitUntil(lambda: page2.detail_open, timeout=5000)
        left, right = page2.splitter.sizes()
        assert abs(right / (left + right) - 0.55) < 0.03
    finally:
        _close(w2, runner)


# ------------------------------------------------------------------ item 13: views follow the rules and the role
def test_needs_verification_holds_only_unverified_and_the_front_desk_has_no_such_view(demo_desk, runner, qtbot):
    from lapor_desktop.services.queue import QueueService

    svc = QueueService(demo_desk)
    verifier, clerk = signed(demo_desk, VERIFIER), signed(demo_desk, CLERK)
    views = {v.key: v for v in svc.views(VERIFIER)}
    nums = svc.nums(verifier, views["needs_verification"].query)
    statuses = {r.item.status for r in svc.rows(verifier, list(nums)).values()}
    assert statuses == {"belum_terverifikasi"}
    forward = svc.rows(verifier, list(svc.nums(verifier, views["to_forward"].query))).values()
    assert {r.item.status for r in forward} <= {"terverifikasi", "bukan_wewenang"} and forward
    assert "needs_verification" not in {v.key for v in svc.views(clerk)}
    page = make_page(demo_desk, runner, clerk, qtbot)
    assert "Perlu verifikasi" not in [page.views.item(i).text().split("  (")[0] for i in range(page.views.count())]


def test_a_views_count_changes_when_an_item_leaves_it(demo_desk, runner, qtbot):
    page = make_page(demo_desk, runner, VERIFIER, qtbot)
    _view(page, "needs_verification", runner, qtbot)
    n = page.model.rowCount()
    assert page.count_label.text() == f"{n} laporan" and f"({n})" in page.views.item(0).text()
    cid = page.model.id_at(0)
    page.perform("request_info", [cid], {"note": "Mohon lampirkan foto lokasi."})
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.model.rowCount() == n - 1, timeout=5000)
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.count_label.text() == f"{n - 1} laporan", timeout=5000)
    assert f"({n - 1})" in page.views.item(0).text()


def test_an_empty_view_says_why(demo_desk, runner, qtbot):
    page = make_page(demo_desk, runner, VERIFIER, qtbot)
    _view(page, "rejected", runner, qtbot)
    assert page.model.rowCount() == 0
    assert page.empty_label.isVisible()
    assert "hub" in page.empty_label.text().lower()
    _view(page, "all", runner, qtbot)
    assert not page.empty_label.isVisible()
    page.search.setText("zzzz tidak ada kata ini")
    page.apply_query()
    wait_loaded(page, runner, qtbot)
    assert page.empty_label.isVisible() and "saringan" in page.empty_label.text().lower()

"""Antrian: the table model, views and counts, search, deadlines' colours, keeping the view,
actions per role, bulk actions and conflicts (pytest-qt, offscreen, real SQLite)."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from lapor_desktop.domain.enums import Action
from lapor_desktop.domain.permissions import allowed_actions
from lapor_desktop.domain.model import Actor

from .queue_helpers import demo_copy, make_edit_conflict, make_page, wait_loaded
from tests.support.sessions import signed

VERIFIER = Actor("verifikator", "verifier", "Verifikator Diskominfo")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    from lapor_desktop.core.paths import AppPaths
    from lapor_desktop.services.demo import build_demo

    home = tmp_path_factory.mktemp("demo") / "home"
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


def _counts(desk):  # type: ignore[no-untyped-def]
    from lapor_desktop.store import repo

    with desk.db.read() as s:
        return repo.counts(s)


def _row_of_id(page, cid: str) -> int:  # type: ignore[no-untyped-def]
    for r in range(page.model.rowCount()):
        if page.model.id_at(r) == cid:
            return r
    return -1


def _open(page, runner, qtbot, cid: str) -> None:  # type: ignore[no-untyped-def]
    page.detail.show_complaint(cid)
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.state.id == cid, timeout=5000)


# ---------------------------------------------------------------------------- models
def test_models_pass_qtmodeltester_and_views_have_counts(demo_desk, runner, qtbot, qtmodeltester):
    page = make_page(demo_desk, runner, VERIFIER, qtbot)
    assert page.findChild(object, "queue.table") is page.table
    for name in ("queue.search", "queue.views", "queue.filters"):
        assert page.findChild(object, name) is not None, name
    # the "all" view has every complaint; counts are shown in the list
    keys = [v.key for v in page.views_list_data]
    assert keys[0] == "needs_verification" and "conflicts" in keys and "all" in keys
    assert page.counts["all"] == 60
    page.views.setCurrentRow(keys.index("all"))
    wait_loaded(page, runner, qtbot)
    assert page.model.rowCount() == 60
    assert "(60)" in page.views.item(keys.index("all")).text()
    qtmodeltester.check(page.model)
    page.table.selectRow(0)
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=5000)
    qtmodeltester.check(page.detail.timeline_model)
    assert page.detail.findChild(object, "detail.timeline") is not None
    assert page.detail.findChild(object, "detail.actions") is not None


def test_lazy_rows_scroll_to_end_and_refresh_keeps_selection(desk, runner, qtbot):
    from lapor_desktop.services.complaints import ComplaintService

    svc = ComplaintService(desk)
    clerk = Actor("budi", "front_desk")
    svc.record_many(signed(svc, clerk), [({"title": f"Laporan nomor {i}", "body": "Isi laporan yang cukup panjang untuk uji.",
                              "channel": "tatap_muka", "reporter": {"name": "Siti Rahma"}}, ()) for i in range(450)])
    page = make_page(desk, runner, Actor("admin", "admin"), qtbot)
    page.views.setCurrentRow([v.key for v in page.views_list_data].index("all"))
    wait_loaded(page, runner, qtbot)
    m = page.model
    assert m.rowCount() == 450
    assert m.cached_rows() <= 200  # only what was shown
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: m.is_loaded(449), timeout=5000)
    assert m.cached_rows() < 450
    # select a row in the middle, scroll there, then a "sync" adds complaints underneath
    page.table.scrollTo(m.index(200, 0), page.table.ScrollHint.PositionAtTop)
    qtbot.waitUntil(lambda: m.is_loaded(205), timeout=5000)
    page.table.selectRow(205)
    chosen = m.id_at(205)
    top_num = m.num_at(page.table.rowAt(0))
    svc.record_many(signed(svc, clerk), [({"title": "Baru masuk", "body": "Laporan baru dari sinkronisasi.",
                              "channel": "whatsapp", "reporter": {"name": "Siti Rahma"}}, ()) for _ in range(3)])
    page._check_changes()  # what the poll timer does
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: m.rowCount() == 453, timeout=5000)
    runner.wait_idle(5)
    sel = page.table.selectionModel().selectedRows()
    assert len(sel) == 1
    qtbot.waitUntil(lambda: m.is_loaded(sel[0].row()), timeout=5000)  # rows arrive when painted
    assert [m.id_at(i.row()) for i in sel] == [chosen]
    assert m.num_at(page.table.rowAt(0)) == top_num


def test_search_folds_case_and_diacritics(desk, runner, qtbot):
    from lapor_desktop.services.complaints import ComplaintService

    svc = ComplaintService(desk)
    clerk = Actor("budi", "front_desk")
    svc.record(signed(svc, clerk), {"title": "Jalan Berlubang di Depan Pasar Goto", "body": "Lubang besar sekali.",
                       "channel": "tatap_muka", "reporter": {"name": "Siti Rahma"}})
    svc.record(signed(svc, clerk), {"title": "Lampu jalan padam", "body": "Sudah seminggu gelap di Jalán Sultán.",
                       "channel": "tatap_muka", "reporter": {"name": "Siti Rahma"}})
    svc.record(signed(svc, clerk), {"title": "Air bersih", "body": "Tidak mengalir.", "channel": "tatap_muka", "reporter": {"name": "Siti Rahma"}})
    page = make_page(desk, runner, Actor("admin", "admin"), qtbot)
    page.views.setCurrentRow([v.key for v in page.views_list_data].index("all"))
    wait_loaded(page, runner, qtbot)
    qtbot.keyClicks(page.search, "jalan berlubang")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.complete, timeout=5000)
    assert page.model.data(page.model.index(0, 3)) == "Jalan Berlubang di Depan Pasar Goto"
    page.search.setText("JALAN SULTAN")  # prefix, case and diacritics folded
    page.apply_query()
    wait_loaded(page, runner, qtbot)
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 3)) == "Lampu jalan padam"
    page.search.setText("jal")
    page.apply_query()
    wait_loaded(page, runner, qtbot)
    assert page.model.rowCount() == 2


# ---------------------------------------------------------------------------- deadlines
def test_deadline_colours_follow_working_days_and_holidays(paths, runner, qtbot):
    """Received Thursday 12 Feb 2026; 3 working days to verify. 16 Feb is cuti bersama and
    17 Feb Imlek (holidays), so the deadline is Thu 19 Feb, not Tue 17 Feb."""
    from lapor_desktop.core.clock import FixedClock
    from lapor_desktop.services.complaints import ComplaintService
    from lapor_desktop.services.desk import open_desk
    from lapor_desktop.services.reference import ReferenceService
    from lapor_desktop.ui.queue_model import AMBER_BG, DEADLINE_ROLE, RED_BG

    clock = FixedClock(datetime(2026, 2, 12, 1, 0, tzinfo=timezone.utc))  # 10:00 WIT
    desk = open_desk(paths, clock=clock)
    try:
        cal = desk.projector.calendar
        assert not cal.is_working_day(datetime(2026, 2, 17).date())
        # make the day before Imlek an office closure too (the admin's cuti bersama list)
        ReferenceService(desk).add_closure(None, "2026-02-16", "Cuti bersama Imlek")
        svc = ComplaintService(desk)
        clerk = Actor("budi", "front_desk")
        a = svc.record(signed(svc, clerk), {"title": "Aduan A", "body": "Isi aduan A.", "channel": "tatap_muka", "reporter": {"name": "Siti Rahma"}}).id
        b = svc.record(signed(svc, clerk), {"title": "Aduan B", "body": "Isi aduan B.", "channel": "tatap_muka", "reporter": {"name": "Siti Rahma"}}).id
        c = svc.record(signed(svc, clerk), {"title": "Aduan C", "body": "Isi aduan C.", "channel": "tatap_muka", "reporter": {"name": "Siti Rahma"}}).id
        svc.act(signed(svc, Actor("admin", "admin")), c, Action.REQUEST_INFO, {"note": "Mohon foto lokasi."})
        clock.set(datetime(2026, 2, 18, 1, 0, tzinfo=timezone.utc))  # Wed 18 Feb: due tomorrow -> amber
        svc.recompute_deadlines()
        page = make_page(desk, runner, Actor("admin", "admin"), qtbot)
        page.views.setCurrentRow([v.key for v in page.views_list_data].index("all"))
        wait_loaded(page, runner, qtbot)
        m = page.model
        col = 8
        states = {m.id_at(r): m.data(m.index(r, col), DEADLINE_ROLE) for r in range(m.rowCount())}
        assert states == {a: "due_soon", b: "due_soon", c: "paused"}
        r = _row_of_id(page, a)
        assert m.data(m.index(r, col), Qt.ItemDataRole.BackgroundRole).color() == AMBER_BG
        assert m.data(m.index(r, col)).startswith("19 Feb 2026")
        assert m.data(m.index(_row_of_id(page, c), col)) == "dijeda"
        # Friday 20 Feb: overdue -> red
        clock.set(datetime(2026, 2, 20, 1, 0, tzinfo=timezone.utc))
        svc.recompute_deadlines()
        page.refresh()
        runner.wait_idle(5)
        qtbot.waitUntil(lambda: m.data(m.index(_row_of_id(page, a), col), DEADLINE_ROLE) == "overdue", timeout=5000)
        assert m.data(m.index(_row_of_id(page, a), col), Qt.ItemDataRole.BackgroundRole).color() == RED_BG
        assert m.data(m.index(_row_of_id(page, c), col), DEADLINE_ROLE) == "paused"
        page.shutdown()
    finally:
        runner.wait_idle(5)
        desk.close()


# ---------------------------------------------------------------------------- actions per role
@pytest.mark.parametrize("actor", [
    VERIFIER, Actor("pupr", "liaison", agency_id=91001), Actor("pimpinan", "supervisor"),
    Actor("loket", "front_desk")], ids=lambda a: a.role)
def test_role_sees_exactly_the_allowed_actions(demo_desk, runner, qtbot, actor):
    page = make_page(demo_desk, runner, actor, qtbot)
    page.views.setCurrentRow([v.key for v in page.views_list_data].index("all"))
    wait_loaded(page, runner, qtbot)
    seen_statuses = set()
    for r in range(page.model.rowCount()):
        status = page.model.data(page.model.index(r, 6))
        if status in seen_statuses:
            continue
        seen_statuses.add(status)
        _open(page, runner, qtbot, page.model.id_at(r))
        d = page.detail.detail
        want = {a.value for a in allowed_actions(d.state, actor.role, actor.agency_id)}
        assert page.detail.allowed_action_names() == want, (actor.role, d.state.status)
        for name in want:
            assert page.detail.actions.findChild(object, f"action.{name}") is not None
    assert len(seen_statuses) >= (2 if actor.role == "liaison" else 6)


# ---------------------------------------------------------------------------- each action
def _fill_and_submit(page, runner, qtbot, action: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPlainTextEdit

    button = page.detail.actions.findChild(object, f"action.{action}")
    assert button is not None, action
    button.click()
    dlg = page.dialog
    assert dlg is not None and dlg.objectName() == f"dialog.{action}"
    if action == "forward":
        qtbot.keyClicks(dlg.agency_search, "kesehatan")
        assert dlg.agency_list.currentItem().data(Qt.ItemDataRole.UserRole) == 91002
    elif action == "verify":  # verification needs both; the demo leaves some without a category
        if dlg.class_combo.currentData() is None:
            dlg.class_combo.setCurrentIndex(1)
        if dlg.category_combo.currentData() is None:
            dlg.category_combo.setCurrentIndex(1)
    elif action == "edit":
        dlg.title_edit.setText("Judul yang sudah dirapikan")
    elif action == "change_flags":
        dlg.anonymous_box.setChecked(not dlg.anonymous_box.isChecked())
    elif action == "attach":
        from PySide6.QtGui import QColor, QImage

        img = QImage(40, 30, QImage.Format.Format_RGB32)
        img.fill(QColor("#3366aa"))
        path = Path(page.desk.paths.cache_dir) / "foto-lokasi.png"
        img.save(str(path))
        dlg.add_file(path)
    for w in dlg.inputs.values():
        if isinstance(w, QPlainTextEdit) and not w.isReadOnly() and w is not getattr(dlg, "body_edit", None):
            w.setPlainText("Catatan dari petugas untuk uji.")
    if dlg.confirm_box is not None and dlg.confirm_box.isVisibleTo(dlg):
        dlg.confirm_box.setChecked(True)  # close, archive, decline, lifting Anonim ask to confirm
    dlg.ok_button.click()
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5000)
    runner.wait_idle(5)


ACTION_CASES = [
    # (actor, status to start from, action, expected status afterwards)
    (VERIFIER, "belum_terverifikasi", "verify", "terverifikasi"),
    (VERIFIER, "belum_terverifikasi", "request_info", "menunggu_kelengkapan"),
    (VERIFIER, "menunggu_kelengkapan", "receive_info", None),
    (VERIFIER, "terverifikasi", "forward", "terdisposisi"),
    (Actor("pupr", "liaison", agency_id=91001), "terdisposisi", "follow_up", "ditindaklanjuti"),
    (Actor("pupr", "liaison", agency_id=91001), "terdisposisi", "decline", "bukan_wewenang"),
    (VERIFIER, "ditindaklanjuti", "record_reply", "ditindaklanjuti"),
    (VERIFIER, "ditindaklanjuti", "close", "selesai"),
    (VERIFIER, "belum_terverifikasi", "archive", "diarsipkan"),
    (VERIFIER, "selesai", "reopen", None),
    (VERIFIER, "terdisposisi", "comment", "terdisposisi"),
    (VERIFIER, "belum_terverifikasi", "edit", "belum_terverifikasi"),
    (VERIFIER, "terverifikasi", "change_flags", "terverifikasi"),
    (VERIFIER, "terverifikasi", "attach", "terverifikasi"),
]


@pytest.mark.parametrize("actor,start,action,after", ACTION_CASES, ids=[c[2] for c in ACTION_CASES])
def test_each_action_writes_one_event_and_updates_the_row(demo_desk, runner, qtbot, actor, start, action, after):
    from lapor_desktop.services.queue import QueueQuery, QueueService

    q = QueueService(demo_desk)
    nums = q.nums(signed(q, actor), QueueQuery(statuses=(start,)))
    if not nums and start == "terverifikasi":  # the small demo may have none: verify one first
        from lapor_desktop.services.complaints import ComplaintService

        n0 = q.nums(signed(q, actor), QueueQuery(statuses=("belum_terverifikasi",)))[0]
        ComplaintService(demo_desk).act(signed(ComplaintService(demo_desk), VERIFIER), q.rows(signed(q, VERIFIER), [n0])[n0].item.id, Action.VERIFY,
                                        {"classification": "aspirasi", "category_id": 110})
        nums = q.nums(signed(q, actor), QueueQuery(statuses=(start,)))
    assert nums, start
    cid = q.rows(VERIFIER, [nums[0]])[nums[0]].item.id
    page = make_page(demo_desk, runner, actor, qtbot)
    page.views.setCurrentRow([v.key for v in page.views_list_data].index("all"))
    wait_loaded(page, runner, qtbot)
    row = _row_of_id(page, cid)
    if row < 0:
        page.table.scrollToBottom()
        qtbot.waitUntil(lambda: _row_of_id(page, cid) >= 0, timeout=5000)
        row = _row_of_id(page, cid)
    page.table.selectRow(row)
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.state.id == cid, timeout=5000)
    before = _counts(demo_desk)
    events_before = page.detail.detail.state.event_count
    _fill_and_submit(page, runner, qtbot, action)
    after_counts = _counts(demo_desk)
    assert after_counts.events == before.events + 1
    assert after_counts.outbox == before.outbox + 1
    if action == "decline":  # no longer the liaison's: the detail closes, the row leaves the list
        from lapor_desktop.services.complaints import ComplaintService

        st = ComplaintService(demo_desk).state(cid)
        assert st.status == after and st.event_count == events_before + 1
        qtbot.waitUntil(lambda: page.detail.detail is None, timeout=5000)
        qtbot.waitUntil(lambda: page.model.complete and _row_of_id(page, cid) < 0, timeout=5000)
        return
    qtbot.waitUntil(lambda: page.detail.detail.state.event_count == events_before + 1, timeout=5000)
    st = page.detail.detail.state
    if after is None:
        after = {"receive_info": "belum_terverifikasi", "reopen": "terdisposisi"}[action]
        if action == "receive_info" and st.verified_at:
            after = "terverifikasi"
        if action == "reopen" and not st.agency_id:
            after = "belum_terverifikasi"
    assert st.status == after
    # the row on screen shows the new status (the "all" view keeps it in place)
    from lapor_desktop.ui.labels import status_label

    qtbot.waitUntil(lambda: _row_of_id(page, cid) >= 0, timeout=5000)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(_row_of_id(page, cid), 6)) == status_label(after),
                    timeout=5000)
    if action == "edit":
        assert st.body_initial and st.title == "Judul yang sudah dirapikan"
        assert page.model.data(page.model.index(_row_of_id(page, cid), 3)) == "Judul yang sudah dirapikan"
    if action == "request_info":
        assert st.paused


def test_required_reason_is_shown_in_indonesian(demo_desk, runner, qtbot):
    page = make_page(demo_desk, runner, VERIFIER, qtbot)
    wait_loaded(page, runner, qtbot)
    page.table.selectRow(0)
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.detail.detail is not None, timeout=5000)
    before = _counts(demo_desk).events
    page.detail.action_buttons["archive"].click()
    dlg = page.dialog
    dlg.confirm_box.setChecked(True)
    dlg.ok_button.click()  # no reason given
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: dlg.error_labels["reason"].isVisible(), timeout=5000)
    assert dlg.error_labels["reason"].text() == "Alasan arsip wajib diisi."
    assert _counts(demo_desk).events == before
    dlg.reject()


def test_bulk_forward_of_50_writes_50_events(desk, runner, qtbot):
    from lapor_desktop.services.complaints import ComplaintService

    svc = ComplaintService(desk)
    svc.record_many(signed(svc, Actor("budi", "front_desk")), [({"title": f"Aduan {i}", "body": "Isi aduan untuk diteruskan.",
                                                    "channel": "tatap_muka", "reporter": {"name": "Siti Rahma"}}, ()) for i in range(50)])
    page = make_page(desk, runner, Actor("admin", "admin", "Admin"), qtbot)
    assert page.current_view.key == "needs_verification"
    assert page.model.rowCount() == 50
    before = _counts(desk)
    page.table.selectAll()
    assert page.bulk_bar.isVisibleTo(page) and "50" in page.bulk_label.text()
    page.bulk_buttons["forward"].click()
    dlg = page.dialog
    assert "50" in dlg.windowTitle()
    qtbot.keyClicks(dlg.agency_search, "pekerjaan umum")
    if dlg.agency_list.currentItem() is None or dlg.agency_list.currentItem().data(Qt.ItemDataRole.UserRole) != 91001:
        dlg.select_agency(91001)
    dlg.ok_button.click()
    runner.wait_idle(10)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=10000)
    after = _counts(desk)
    assert after.events == before.events + 50 and after.outbox == before.outbox + 50
    assert after.by_status.get("terdisposisi") == 50
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and page.model.complete, timeout=5000)  # left the view


# ---------------------------------------------------------------------------- conflicts
def test_conflict_view_shows_both_sides_and_settles_with_a_normal_event(demo_desk, runner, qtbot):
    from lapor_desktop.services.queue import QueueQuery, QueueService

    q = QueueService(demo_desk)
    n = q.nums(signed(q, VERIFIER), QueueQuery(statuses=("terdisposisi",)))[0]
    cid = q.rows(signed(q, VERIFIER), [n])[n].item.id
    ids = make_edit_conflict(demo_desk, cid, "Judul versi meja A", "Judul versi meja B")
    page = make_page(demo_desk, runner, VERIFIER, qtbot)
    keys = [v.key for v in page.views_list_data]
    assert page.counts["conflicts"] == 1
    page.views.setCurrentRow(keys.index("conflicts"))
    wait_loaded(page, runner, qtbot)
    assert page.model.rowCount() == 1 and page.model.id_at(0) == cid
    assert page.model.data(page.model.index(0, 9)) == "konflik"
    page.table.selectRow(0)
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.state.id == cid, timeout=5000)
    assert page.detail.conflict_banner.isVisibleTo(page)
    a = page.detail.findChild(object, "detail.conflict.value.1.title")
    b = page.detail.findChild(object, "detail.conflict.value.2.title")
    assert {a.text(), b.text()} == {"Judul versi meja A", "Judul versi meja B"}
    texts = [r[3] for r in page.detail.timeline_model.row_texts()]
    assert sum("konflik" in t for t in texts) == 2
    before = _counts(demo_desk)
    keep = page.detail.findChild(object, "action.resolveKeep1")
    chosen = a.text()
    keep.click()
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.counts.get("conflicts") == 0, timeout=5000)
    after = _counts(demo_desk)
    assert after.events == before.events + 1 and after.conflicts == 0
    st = q.desk and __import__("lapor_desktop.services.complaints", fromlist=["x"]).ComplaintService(demo_desk).state(cid)
    assert st.title == chosen and set(ids) <= st.resolved and not st.has_conflict
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)


def test_saved_views_per_user(demo_desk, runner, qtbot):
    page = make_page(demo_desk, runner, VERIFIER, qtbot)
    page.search.setText("jalan")
    page.apply_query()
    wait_loaded(page, runner, qtbot)
    page.save_current_view("Jalan rusak")
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: any(v.saved_name == "Jalan rusak" for v in page.views_list_data), timeout=5000)
    from lapor_desktop.services.queue import QueueService

    svc = QueueService(demo_desk)
    assert [v.saved_name for v in svc.saved_views(VERIFIER)] == ["Jalan rusak"]
    assert svc.saved_views(Actor("admin", "admin")) == []
    assert svc.saved_views(VERIFIER)[0].query.text == "jalan"
    page.delete_current_view()
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: not any(v.saved_name for v in page.views_list_data), timeout=5000)


# ---------------------------------------------------------------------------- receipts
def test_reprint_from_the_queue_goes_the_front_desks_print_path(demo_desk, runner, qtbot, tmp_path, no_modal_dialogs):
    """The queue prints a receipt again the way the intake form does (ui/receipt_actions.ReceiptPrinter):
    the preview of a marked reprint, and the same words when the receipt cannot be made."""
    page = make_page(demo_desk, runner, VERIFIER, qtbot)
    wait_loaded(page, runner, qtbot)
    cid = page.model.id_at(0)
    _open(page, runner, qtbot, cid)
    page.detail.action_buttons["reprint"].click()
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.preview_dialog is not None and page.preview_dialog.isVisible(), timeout=5000)
    dlg = page.preview_dialog
    assert dlg.receipt.reprint and dlg.receipt.receipt_number == page.detail.detail.state.receipt_number
    assert dlg.save_pdf(str(tmp_path / "ulang.pdf")).stat().st_size > 1000
    dlg.reject()
    page.reprint("0190aaaa-0000-7000-8000-000000000000")  # a complaint that is not on this desk
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: bool(no_modal_dialogs), timeout=5000)
    assert no_modal_dialogs[-1] == ("Cetak ulang tanda terima", "Tidak ada pengaduan dengan nomor tanda terima itu.")

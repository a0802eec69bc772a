"""The change notification (ui/bridge.py, services/changes.py): a save, an action or a sync
refreshes exactly the screens it affects, at once, and nothing polls.

Real widgets, a real SQLite profile and, for the sync, a real ``lapor-hub`` on loopback.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QTimer

from lapor_desktop.core.paths import AppPaths
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.complaints import ComplaintService
from lapor_desktop.services.desk import open_desk, setup_desk
from lapor_desktop.services.sync import SyncService, enroll
from lapor_desktop.services.users import UserService
from tests.support.sessions import signed
from tests.ui.conftest import fill_valid
from tests.ui.queue_helpers import make_page, wait_loaded

CLERK = Actor("budi", "front_desk")
ADMIN = Actor(login="admin", role="admin", name="Admin")


def polling_timers(widget) -> list[QTimer]:  # type: ignore[no-untyped-def]
    """Running timers that fire every second or slower: what a poll looks like. Timers about time
    itself are left out: the idle lock's (it watches for no input), the sync page's countdown, and
    the status bar's backup look (a backup's age grows with the clock; the weekly full check; a
    -wal file deleted by another program, which nothing announces)."""
    about_time = {getattr(widget, "idle", None), getattr(widget, "backup_status", None)}
    return [t for t in widget.findChildren(QTimer) if t.isActive() and not t.isSingleShot()
            and t.interval() >= 1000 and t.parent() not in about_time and t.objectName() != "sync.countdown"]


def complaint(i: int) -> dict:
    return {"title": f"Lampu jalan mati di RT {i:02d}", "body": "Lampu jalan mati sejak tiga malam, jalan gelap.",
            "channel": "tatap_muka", "reporter": {"name": "Siti Rahma"}}


def show_all(queue, runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(queue.views_list_data) and queue.model.complete, timeout=5000)
    queue.views.setCurrentRow([v.key for v in queue.views_list_data].index("all"))
    wait_loaded(queue, runner, qtbot)


def counter(signal) -> list:  # type: ignore[no-untyped-def]
    seen: list = []
    signal.connect(lambda *a: seen.append(a))
    return seen


def test_a_save_on_the_intake_page_refreshes_the_queue_without_a_timer(window, page, desk, runner, actor, qtbot):
    window.nav_buttons["queue"].click()  # the window's queue page, read once, then hidden again
    qtbot.waitUntil(lambda: window.queue.model.complete, timeout=5000)
    window.nav_buttons["intake"].click()
    queue = make_page(desk, runner, actor, qtbot)  # a second queue, shown beside the window's intake
    show_all(queue, runner, qtbot)
    before = queue.model.rowCount()
    assert polling_timers(queue) == [] and polling_timers(window) == []
    hidden = counter(window.queue.model.refreshed)  # the window's own queue page is not shown
    saved = counter(page.saved)
    fill_valid(page, qtbot)
    page.save()
    qtbot.waitUntil(lambda: queue.model.rowCount() == before + 1, timeout=2500)  # a poll took up to 4 s
    assert saved[0][0].id in {queue.model.id_at(r) for r in range(queue.model.rowCount()) if queue.model.is_loaded(r)}
    runner.wait_idle(5)
    assert hidden == []  # a hidden page re-reads when it is shown, not before
    window.nav_buttons["queue"].click()
    qtbot.waitUntil(lambda: len(hidden) == 1, timeout=3000)
    assert window.queue.model.rowCount() == before + 1


def test_each_change_refreshes_only_the_screens_it_affects(desk, runner, qtbot, monkeypatch):
    from lapor_desktop.ui.settings import SettingsPage
    from lapor_desktop.ui.sync_page import SyncPage

    svc = ComplaintService(desk)
    x, z = (r.id for r in svc.record_many(signed(svc, CLERK), [(complaint(1), ()), (complaint(2), ())]))
    queue = make_page(desk, runner, ADMIN, qtbot)
    show_all(queue, runner, qtbot)
    queue.detail.show_complaint(x)
    qtbot.waitUntil(lambda: queue.detail.detail is not None, timeout=5000)
    settings = SettingsPage(desk, runner, signed(desk, ADMIN), lang="id")
    sync = SyncPage(desk, runner, lang="id")
    for w in (settings, sync):
        qtbot.addWidget(w)
        w.show()
    qtbot.waitUntil(lambda: sync.loaded_count >= 1, timeout=5000)
    runner.wait_idle(5)
    settings_reads: list = []
    real_refresh = settings.refresh
    monkeypatch.setattr(settings, "refresh", lambda: (settings_reads.append(1), real_refresh()))
    rows, details = counter(queue.model.refreshed), counter(queue.detail.loaded)

    def settle() -> None:
        runner.wait_idle(5)
        qtbot.wait(50)
        runner.wait_idle(5)

    # an account added: the staff list only
    sync_reads = sync.loaded_count
    users = UserService(desk)
    runner.db(lambda: users.add(signed(desk, ADMIN), login="rina", role="verifier", password="rahasia-rina-1",
                                name="Rina"))
    qtbot.waitUntil(lambda: any(settings.user_table.item(r, 0).text() == "rina"
                                for r in range(settings.user_table.rowCount())), timeout=3000)
    settle()
    assert (len(settings_reads), len(rows), len(details), sync.loaded_count) == (1, 0, 0, sync_reads)

    # another complaint acted on: the list and what waits to be sent, not the open detail nor the settings
    runner.db(lambda: svc.add_to_existing(signed(svc, CLERK), z, "Pelapor datang lagi: lampu masih mati."))
    qtbot.waitUntil(lambda: len(rows) == 1, timeout=3000)
    settle()
    assert (len(settings_reads), len(rows), len(details)) == (1, 1, 0)
    assert sync.loaded_count == sync_reads + 1

    # the open complaint acted on: its detail too
    runner.db(lambda: svc.add_to_existing(signed(svc, CLERK), x, "Pelapor menambahkan foto lokasi."))
    qtbot.waitUntil(lambda: len(details) == 1, timeout=3000)
    settle()
    assert (len(settings_reads), len(rows), len(details)) == (1, 2, 1)
    assert any("foto lokasi" in str(e.event.data) for e in queue.detail.detail.timeline)

    # a deadline setting: the settings and every open complaint's due date (so the list)
    runner.db(lambda: settings.settings_svc.save_general(signed(desk, ADMIN), verify_days=4))
    qtbot.waitUntil(lambda: len(settings_reads) == 2 and len(rows) == 3, timeout=3000)
    settle()
    assert polling_timers(queue) == [] and polling_timers(sync) == [] and polling_timers(settings) == []


@pytest.fixture(scope="module")
def hub(tmp_path_factory):  # type: ignore[no-untyped-def]
    from tests.support.hub import HubProcess

    with HubProcess(tmp_path_factory.mktemp("hub"), rate=1000.0, burst=2000.0) as h:
        h.add_office("TIDORE")
        yield h


def test_a_sync_that_pulls_complaints_refreshes_the_queue_and_the_open_detail(desk, runner, qtbot, hub, tmp_path):
    import uuid

    from lapor_desktop.services.desk import desk_code_for
    from lapor_desktop.ui.main_window import MainWindow

    other_paths = AppPaths.under(tmp_path / "other")
    setup_desk(other_paths, office_code="TIDORE", office_name="Kantor lain").close()
    other = open_desk(other_paths)
    try:
        enroll(other, hub.url, hub.enrollment_code("TIDORE"))
        osvc = ComplaintService(other)
        x = osvc.record(signed(osvc, CLERK), complaint(7)).id
        assert SyncService(other).run().complete
        desk.settings.device_id = str(uuid.uuid4())
        desk.settings.desk_code = desk_code_for(desk.settings.device_id)
        desk.save_settings()
        enroll(desk, hub.url, hub.enrollment_code("TIDORE"))
        first = SyncService(desk)
        assert first.run().complete  # this desk has complaint x
        first.close()
        w = MainWindow(desk, runner, signed(desk, ADMIN), lang="id")
        qtbot.addWidget(w)
        w.resize(1366, 740)
        w.show()
        try:
            w.open_complaint(x)
            detail = w.queue.detail
            qtbot.waitUntil(lambda: detail.detail is not None and detail.current_id == x, timeout=5000)
            show_all(w.queue, runner, qtbot)
            qtbot.waitUntil(lambda: w.sync_ctl.state is not None and w.sync_ctl.state.state == "idle", timeout=20000)
            runner.wait_idle(5)
            rows = w.queue.model.rowCount()
            assert polling_timers(w.queue) == [] and polling_timers(w.sync_page) == []
            # the other desk adds to x and records a new complaint; this desk syncs
            osvc.add_to_existing(signed(osvc, CLERK), x, "Dari meja lain: pelapor menelepon lagi.")
            y = osvc.record(signed(osvc, CLERK), complaint(8)).id
            assert SyncService(other).run().complete
            w.sync_ctl.sync_now()
            qtbot.waitUntil(lambda: w.queue.model.rowCount() == rows + 1, timeout=20000)
            qtbot.waitUntil(lambda: any("meja lain" in str(e.event.data) for e in detail.detail.timeline), timeout=5000)
            assert y in {w.queue.model.id_at(r) for r in range(w.queue.model.rowCount())
                         if w.queue.model.is_loaded(r)}
        finally:
            w.intake._dirty = False
            w.intake._draft_timer.stop()
            w.close()
            runner.wait_idle(5)
    finally:
        other.close()


def test_the_sync_controller_delivers_states_through_the_runners_bridge(desk, runner, qtbot):
    """One bridge: the background sync's thread reaches the GUI thread the way task results do."""
    import threading

    from lapor_desktop.services.sync import BackgroundState
    from lapor_desktop.ui.sync_controller import SyncController

    ctl = SyncController(desk, runner.bridge)
    got: list = []
    ctl.state_changed.connect(lambda st: got.append((st.state, threading.current_thread() is threading.main_thread())))
    t = threading.Thread(target=lambda: [ctl._post(BackgroundState(s, False)) for s in ("offline", "idle")])
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(got), timeout=2000)
    qtbot.wait(50)
    assert got == [("idle", True)]  # the newest state, on the GUI thread
    assert not hasattr(ctl, "_wake")  # no marshalling of its own


def test_a_burst_of_changes_costs_one_delivery_and_one_reread_in_flight(desk, runner, actor, qtbot):
    import threading

    from lapor_desktop.services.changes import Changes

    queue = make_page(desk, runner, actor, qtbot)
    show_all(queue, runner, qtbot)
    got = []
    runner.on_changes(desk, got.append, queue)
    # 30 announcements from another thread before the GUI thread looks: one delivery, merged
    t = threading.Thread(target=lambda: [desk.changes.announce(Changes(complaints=frozenset({f"c{i}"})))
                                         for i in range(30)])
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(got), timeout=2000)
    qtbot.wait(50)
    assert len(got) == 1 and len(got[0].complaints) == 30
    # asked to re-read 20 times while the first re-read is queued: one more after it, not 20
    rows = counter(queue.model.refreshed)
    for _ in range(20):
        queue._reread_rows()
    runner.wait_idle(5)
    qtbot.wait(50)
    runner.wait_idle(5)
    assert len(rows) == 2


def test_the_demo_filler_announces_on_the_programs_desk(tmp_path):
    """--demo writes its complaints on a thread with a desk of its own; the window hears of them."""
    from lapor_desktop.services.changes import ChangeFeed
    from lapor_desktop.services.demo import build_demo_base, fill_demo

    paths = AppPaths.under(tmp_path / "demo")
    build_demo_base(paths)
    feed = ChangeFeed()
    heard: list = []
    feed.subscribe(heard.append)
    fill_demo(paths, n=4, changes=feed)
    assert len(set().union(*(c.complaints for c in heard))) == 4
    assert all(c.queue for c in heard)


def test_what_another_program_wrote_shows_when_the_window_is_active_again(window, desk, runner, qtbot, tmp_path):
    """The command line (Task Scheduler's sync, a bulk intake) writes from another process: no
    notification reaches the window, so it looks when the user comes back to it."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    window.nav_buttons["queue"].click()
    queue = window.queue
    show_all(queue, runner, qtbot)
    before = queue.model.rowCount()
    elsewhere = open_desk(desk.paths)  # another program on the same profile
    try:
        svc = ComplaintService(elsewhere)
        svc.record(signed(svc, CLERK), complaint(9))
    finally:
        elsewhere.close()
    runner.wait_idle(5)
    qtbot.wait(100)
    assert queue.model.rowCount() == before  # nothing polls
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    qtbot.waitUntil(lambda: queue.model.rowCount() == before + 1, timeout=3000)


def test_the_demo_syncs_as_soon_as_its_training_hub_is_ready_without_a_timer(window, qtbot, monkeypatch):
    import threading

    from lapor_desktop import app

    class Hub:
        ready = threading.Event()
        ok = True

    asked: list = []
    monkeypatch.setattr(window.sync_ctl, "sync_now", lambda: asked.append(threading.current_thread()))
    timers = {id(t) for t in window.findChildren(QTimer) if t.isActive()}
    app._sync_when_enrolled(window, Hub)
    assert {id(t) for t in window.findChildren(QTimer) if t.isActive()} <= timers  # no poll of the hub's state
    qtbot.wait(50)
    assert asked == []
    threading.Thread(target=Hub.ready.set).start()
    qtbot.waitUntil(lambda: bool(asked), timeout=2000)
    assert asked == [threading.main_thread()]

"""BackgroundSync (the services API the UI's Sinkronisasi page and status bar use)."""

from __future__ import annotations

import threading
import time

from lapor_desktop.services.sync import BackgroundConfig, BackgroundSync, SyncService

from .conftest import fast_config, record
from tests.support.sessions import signed


def _wait(pred, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.05)
    return False


def test_background_sync_runs_when_online_and_on_demand(desks):
    a = desks.new()
    record(a, 20)
    states = []
    lock = threading.Lock()

    def on_change(st):
        with lock:
            states.append(st)

    bg = BackgroundSync(a, on_change, BackgroundConfig(probe_base=0.1, probe_cap=0.5, interval=30),
                        service_factory=lambda d: SyncService(d, config=fast_config()))
    bg.start()
    try:
        assert _wait(lambda: bg.state.state == "idle" and bg.state.last_report is not None)
        assert bg.state.last_report.complete and bg.state.online
        assert any(s.state == "syncing" and s.progress is not None for s in states)
        record(a, 5, seed=2)
        bg.sync_now()
        assert _wait(lambda: SyncService(a).pending_count() == 0)
        assert _wait(lambda: len(SyncService(a).history()) >= 2)
    finally:
        bg.stop()
    assert bg.state.state == "stopped"


def test_background_probes_with_backoff_while_the_hub_is_down(desks):
    from tests.support.hub import free_port

    a = desks.new()
    a.settings.hub_url = f"http://127.0.0.1:{free_port()}"
    delays = []
    bg = BackgroundSync(a, lambda st: delays.append(st.next_attempt_in) if st.state == "offline" else None,
                        BackgroundConfig(probe_base=0.05, probe_cap=0.4))
    bg.start()
    try:
        assert _wait(lambda: len(delays) >= 5, 15)
    finally:
        bg.stop()
    assert delays[3] > delays[0]  # exponential
    assert max(delays) <= 0.4  # capped: no probing storm
    assert SyncService(a).history() == []  # probes are not sync runs


def test_background_sync_fetches_other_desks_attachments_unless_turned_off(desks, tmp_path):
    """An officer opening a complaint from another desk finds its photo already on this PC."""
    import hashlib
    import random

    from lapor_desktop.services.complaints import AttachmentIn, ComplaintService

    from .conftest import FRONT, complaint_data, sync

    a = desks.new()
    photo = tmp_path / "foto-lubang.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + random.Random(5).randbytes(150_000))
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    ComplaintService(a).record(signed(ComplaintService(a), FRONT), complaint_data(random.Random(1)), [AttachmentIn(photo)])
    assert sync(a).complete  # the photo is on the hub

    results = {}
    for fetch in (False, True):
        b = desks.new(a.settings.office_code)
        b.settings.background_attachments = fetch
        bg = BackgroundSync(b, None, BackgroundConfig(probe_base=0.1, probe_cap=0.5, interval=30),
                            service_factory=lambda d: SyncService(d, config=fast_config()))
        bg.start()
        try:
            assert _wait(lambda: bg.state.state == "idle" and bg.state.last_report is not None)
            report = bg.state.last_report
        finally:
            bg.stop()
        assert report.received >= 2  # the complaint and its attachment event arrived
        results[fetch] = b.blobs.has(sha)
    assert results == {False: False, True: True}


def test_a_file_not_on_the_hub_yet_is_fetched_on_a_later_run(desks, tmp_path):
    """A desk sends its records before its files: the other desk meets the record first, finds no
    file on the hub, and gets it on a later run instead of giving up on it."""
    import hashlib
    import random

    from lapor_desktop.services.complaints import AttachmentIn, ComplaintService

    from .conftest import FRONT, complaint_data, sync

    a = desks.new()
    photo = tmp_path / "banjir.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + random.Random(6).randbytes(90_000))
    sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    ComplaintService(a).record(signed(ComplaintService(a), FRONT), complaint_data(random.Random(2)), [AttachmentIn(photo)])
    sync(a, config=fast_config(upload_blobs=False))  # the records are on the hub, the file not yet

    b = desks.new(a.settings.office_code)
    runs = []
    bg = BackgroundSync(b, lambda st: runs.append(st.last_report) if st.state == "idle" else None,
                        BackgroundConfig(probe_base=0.1, probe_cap=0.5, interval=0.3, attachment_retry=0.5),
                        service_factory=lambda d: SyncService(d, config=fast_config()))
    bg.start()
    try:
        assert _wait(lambda: len(runs) >= 1)
        assert not b.blobs.has(sha)  # 404 at the hub: left for a later run
        assert sync(a).complete  # now the file reaches the hub
        assert _wait(lambda: b.blobs.has(sha))
    finally:
        bg.stop()

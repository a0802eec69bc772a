"""Through a hostile link: T6 (frequent resets), T7 (interrupted 10 MB upload, known blob),
T8 (desk clocks 24 h off), attachments downloaded by other desks, 413 halving."""

from __future__ import annotations

import pytest

import hashlib
import os
from datetime import timedelta

from lapor_desktop.core.clock import SystemClock, parse_hlc, to_ms
from lapor_desktop.services.complaints import AttachmentIn
from lapor_desktop.services.sync import SyncService
from lapor_desktop.store import syncstore
from lapor_desktop.sync.engine import MAX_CHUNK

from .conftest import FRONT, VERIFIER, ComplaintService, complaint_data, fast_config, record, sync
from tests.support.sessions import signed


def _photo(tmp_path, name: str, size: int, seed: bytes = b"") -> tuple[object, bytes]:
    data = (b"\xff\xd8\xff\xe0" + seed + os.urandom(size))[:size]  # JPEG's first bytes: attachments are typed by them
    p = tmp_path / name
    p.write_bytes(data)
    return p, data


def test_t7_interrupted_10mb_upload_resends_at_most_one_chunk_and_known_blob_is_free(desks, link, tmp_path):
    a = desks.new()
    b = desks.new(a.settings.office_code)
    size = 10 * 1000 * 1000
    path, data = _photo(tmp_path, "foto-jalan.jpg", size)
    import random

    rec = ComplaintService(a).record(signed(ComplaintService(a), FRONT), complaint_data(random.Random(1)), [AttachmentIn(path)])
    link.reset_stats()
    link.reset_after_bytes(4_300_000)  # cut in the middle of the upload
    rep = sync(a)
    st = link.stats()
    assert rep.complete, rep
    assert rep.blobs_uploaded == 1 and st["resets"] >= 1
    overhead = st["up_body_bytes"] - size
    assert overhead <= MAX_CHUNK + 20_000, (overhead, st["requests_log"])
    patches = [r for r in st["requests_log"] if r.startswith("PATCH")]
    assert len(patches) >= 10
    # the same photo attached at another desk: the hub has it, no body bytes at all
    rec_b = ComplaintService(b).record(signed(ComplaintService(b), FRONT), complaint_data(random.Random(2)), [AttachmentIn(path)])
    link.reset_stats()
    rep_b = sync(b)
    st_b = link.stats()
    assert rep_b.complete
    assert not [r for r in st_b["requests_log"] if r.startswith("PATCH")]
    sync_bodies = st_b["up_body_bytes"]
    assert sync_bodies < 5_000  # the two events only
    # b downloads a's photo when opening a's complaint; a drop mid-way resumes with Range
    svc_b = SyncService(b, config=fast_config())
    link.reset_stats()
    link.reset_after_bytes(3_000_000)
    assert svc_b.fetch_attachments(rec.id) in (0, 1)
    sha = hashlib.sha256(data).hexdigest()
    assert b.blobs.has(sha)
    with b.blobs.open(sha) as fh:
        assert hashlib.sha256(fh.read()).hexdigest() == sha
    assert link.stats()["bytes_down"] < size * 1.4
    del rec_b


@pytest.mark.slow  # a sync through a link that resets every few seconds
def test_t6_resets_every_few_seconds_still_complete(desks, link, tmp_path):
    a = desks.new()
    b = desks.new(a.settings.office_code)
    import random

    rng = random.Random(6)
    record(b, 50, seed=61)
    assert sync(b).complete
    record(a, 300, seed=60)
    photo, _ = _photo(tmp_path, "foto.jpg", 1_200_000)
    ComplaintService(a).record(signed(ComplaintService(a), FRONT), complaint_data(rng), [AttachmentIn(photo)])
    link.configure(rtt=0.04, rate_up=250_000, rate_down=250_000, reset_every_s=(1.0, 2.5))
    link.reset_stats()
    cfg = fast_config(max_attempts=40)
    rep = SyncService(a, config=cfg).run()
    st = link.stats()
    link.configure(reset_every_s=None, rate_up=None, rate_down=None, rtt=0.01)
    assert rep.complete, rep
    assert st["resets"] >= 2, st
    with a.db.read() as s:
        assert syncstore.pending_count(s) == 0
    assert rep.received >= 50


def test_t8_desk_clocks_24h_off_still_sync_with_causal_order_and_a_warning(desks, link):
    ahead = desks.new(clock=SystemClock(timedelta(hours=24)))
    behind = desks.new(ahead.settings.office_code, clock=SystemClock(timedelta(hours=-24)))
    ids = record(ahead, 2)
    rep_a = sync(ahead)
    assert rep_a.complete and rep_a.skew_warning
    assert abs(rep_a.clock_offset_ms + 24 * 3600_000) < 60_000
    rep_b = sync(behind)
    assert rep_b.complete and rep_b.skew_warning
    assert abs(rep_b.clock_offset_ms - 24 * 3600_000) < 60_000
    sk = SyncService(behind).skew()
    assert sk.warning and sk.offset_ms > 0
    # behind acts after seeing ahead's complaint: its event sorts after, though its clock is 48 h back
    created_hlc = ComplaintService(behind).state(ids[0]).last_hlc
    ev = ComplaintService(behind).act(signed(ComplaintService(behind), VERIFIER), ids[0], "verify", {"note": "ok"})
    assert ev.hlc > created_hlc
    # the HLC also moved to the hub's time: new events do not sort before what the hub saw
    assert parse_hlc(ev.hlc)[0] >= to_ms(SystemClock().now()) - 60_000
    assert sync(behind).complete and sync(ahead).complete
    for d in (ahead, behind):
        st = ComplaintService(d).state(ids[0])
        assert st.status == "terdisposisi" or st.status == ComplaintService(ahead).state(ids[0]).status
        assert not st.has_conflict
    assert ComplaintService(ahead).state(ids[0]).status == ComplaintService(behind).state(ids[0]).status
    with ahead.db.read() as s:
        log = syncstore.event_log(s)
    with behind.db.read() as s:
        assert syncstore.event_log(s) == log
    ov = SyncService(ahead).overview()
    assert ov.skew.warning


def test_oversized_batches_are_halved_before_sending(desks, link):
    """Incompressible text: a batch over 1 MiB compressed is split locally, never sent for a 413."""
    import random
    import string

    a = desks.new()
    rng = random.Random(13)
    svc = ComplaintService(a)
    items = []
    for i in range(700):
        d = complaint_data(rng, i)
        d["body"] = "".join(rng.choice(string.ascii_letters + " ") for _ in range(2500))
        items.append((d, []))
    for k in range(0, 700, 100):
        svc.record_many(signed(svc, FRONT), items[k:k + 100])
    cfg = fast_config(start_batch=4 << 20, max_batch=8 << 20)
    link.reset_stats()
    rep = SyncService(a, config=cfg).run()
    assert rep.complete and rep.accepted == 700 + 3  # and the desk's three accounts (office-wide)
    assert rep.exchanges >= 2
    assert rep.bytes_up <= 1.05 * link.stats()["up_body_bytes"] + 1


def test_a_damaged_attachment_is_left_and_the_others_still_go(desks, link, tmp_path):
    """The hub refuses bytes that do not hash to the recorded value (422); the run carries on."""
    import random

    a = desks.new()
    good, _ = _photo(tmp_path, "baik.jpg", 300_000)
    bad, _ = _photo(tmp_path, "rusak.jpg", 300_000)
    svc = ComplaintService(a)
    svc.record(signed(svc, FRONT), complaint_data(random.Random(3)), [AttachmentIn(bad)])
    svc.record(signed(svc, FRONT), complaint_data(random.Random(4)), [AttachmentIn(good)])
    # the stored copy of one photo gets damaged on disk after it was recorded
    bad_sha = hashlib.sha256(bad.read_bytes()).hexdigest()
    stored = a.blobs.path(bad_sha)
    stored.write_bytes(b"\0" * 1000 + stored.read_bytes()[1000:])
    rep = sync(a)
    assert rep.sent >= 4 and rep.blobs_uploaded == 1
    assert rep.blob_errors == [bad_sha] and rep.blobs_left == 1 and not rep.complete

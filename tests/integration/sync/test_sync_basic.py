"""T1, T2 and the basics: push, pull, exactly-once marking, tracking ids, reference ETag."""

from __future__ import annotations

import pytest

from lapor_desktop.services.sync import SyncService
from lapor_desktop.store import syncstore

from .conftest import ComplaintService, VERIFIER, own_hub, record, sync
from tests.support.sessions import signed


@pytest.fixture(scope="module")
def hub(tmp_path_factory):  # type: ignore[no-untyped-def]
    """A hub of this module's own: it loads reference data onto the hub (what every desk of that
    hub would fetch)."""
    with own_hub(tmp_path_factory) as h:
        yield h


def _outbox(desk) -> int:
    with desk.db.read() as s:
        return syncstore.pending_count(s)


def test_t1_1000_local_200_remote_in_at_most_4_exchanges(desks, link):
    a = desks.new()
    b = desks.new(a.settings.office_code)
    record(b, 200, seed=2)
    assert sync(b).complete
    record(a, 1000, seed=1)
    first = sync(a, refresh_reference=True)  # the reference check is a separate GET
    assert first.complete
    # now the measured run: 1,000 new local events and 200 new remote ones
    record(a, 1000, seed=3)
    record(b, 200, seed=4)
    assert sync(b).complete
    link.reset_stats()
    rep = sync(a)
    st = link.stats()
    assert rep.complete, rep
    assert rep.sent == 1000 and rep.accepted == 1000
    assert rep.received >= 200  # plus the hub's tracking_assigned events
    records = [line for line in st["requests_log"] if "/api/v1/audit" not in line]  # the trail: its own batches
    assert len(records) <= 4, st["requests_log"]
    assert all(line.startswith("POST /api/v1/sync") for line in records)
    assert len(st["requests_log"]) - len(records) <= 2  # 1,000 audit entries, 500 a batch
    assert _outbox(a) == 0


def test_t2_noop_sync_is_one_small_request(desks, link):
    a = desks.new()
    record(a, 3)
    assert sync(a, refresh_reference=True).complete
    link.reset_stats()
    rep = sync(a)
    st = link.stats()
    assert rep.complete and rep.sent == 0
    assert st["requests"] == 1
    assert st["bytes_total"] <= 1500, st


def test_tracking_ids_reach_the_projection_and_remote_fold(desks):
    a = desks.new()
    b = desks.new(a.settings.office_code)
    ids = record(a, 5)
    assert sync(a).complete
    assert sync(a).complete  # the hub's tracking_assigned events come back in a pull
    svc = ComplaintService(a)
    for cid in ids:
        st = svc.state(cid)
        assert st.tracking_id and len(st.tracking_id) == 7
    assert sync(b).complete
    other = ComplaintService(b)
    for cid in ids:
        assert other.state(cid).tracking_id == svc.state(cid).tracking_id
    # b acts on a's complaint; a gets it
    other.act(signed(other, VERIFIER), ids[0], "verify", {"note": "lengkap"})
    assert sync(b).complete and sync(a).complete
    assert svc.state(ids[0]).status == other.state(ids[0]).status == "terverifikasi" or \
        svc.state(ids[0]).status == other.state(ids[0]).status


def test_rejected_events_are_kept_and_never_resent(desks, link, hub):
    a = desks.new()
    ids = record(a, 2)
    # an event the hub must refuse: a hub-only type forged locally, inserted via the store
    from lapor_desktop.core.ids import uuid7
    from lapor_desktop.domain.model import Event
    from lapor_desktop.store import repo

    with a.db.session() as s:
        seq = repo.next_device_seq(s)
        bad = Event(id=uuid7(), complaint_id=ids[0], type="complaint.tracking_assigned",
                    device_id=a.settings.device_id, device_seq=seq, hlc=a.hlc.tick(),
                    occurred_at=a.now_iso(), actor_user="loket", actor_role="front_desk",
                    data={"tracking_id": "1234567"})
        repo.insert_local_events(s, [bad], a.now_iso())
    rep = sync(a)
    assert rep.rejected == 1 and rep.pending_after == 0
    svc = SyncService(a)
    rej = svc.rejected()
    assert [r.id for r in rej] == [bad.id] and rej[0].reject_code == "forbidden"
    assert svc.overview().rejected_count == 1
    link.reset_stats()
    again = sync(a)
    assert again.sent == 0 and again.complete
    assert link.stats()["up_body_bytes"] < 400
    # the complaint shows the rejection
    with a.db.read() as s:
        state = s.execute(__import__("sqlalchemy").text("select sync_state from complaints where id=:i"),
                          {"i": ids[0]}).scalar()
    assert state == "rejected"


def test_reference_etag_304_on_second_check(desks, link, hub, tmp_path):
    import json

    ref = tmp_path / "ref.json"
    ref.write_text(json.dumps({"agencies": [{"id": 91001, "name": "Dinas PUPR Kota Tidore Kepulauan"}],
                               "closures": [{"date": "2026-12-24", "name": "Cuti bersama Natal"}]}))
    hub.admin("reference", "load", str(ref))
    a = desks.new()
    first = sync(a, refresh_reference=True)
    assert first.complete and first.reference_updated
    from lapor_desktop.services.reference import ReferenceService

    assert [x.id for x in ReferenceService(a).agencies()] == [91001]
    assert any(c.day == "2026-12-24" for c in ReferenceService(a).closures())
    assert ReferenceService(a).categories()  # shipped categories kept (hub has none)
    link.reset_stats()
    second = sync(a, refresh_reference=True)
    assert second.complete and not second.reference_updated
    log = link.stats()["requests_log"]
    assert log[0].startswith("GET /api/v1/reference")
    # a regular run within 6 hours does not ask again
    link.reset_stats()
    sync(a)
    assert link.stats()["requests"] == 1


def test_progress_and_cancel(desks):
    a = desks.new()
    record(a, 300)
    seen = []
    from lapor_desktop.sync.transport import CancelToken

    tok = CancelToken()

    def progress(p):
        seen.append((p.phase, p.events_up))
        if p.events_up > 0:
            tok.cancel()

    rep = SyncService(a, config=None).run(progress, tok)
    assert rep.outcome == "cancelled"
    assert 0 < rep.pending_after < 300
    assert sync(a).complete and _outbox(a) == 0
    assert seen and seen[-1][0] == "done"
    hist = SyncService(a).history()
    assert [r.outcome for r in hist[:2]] == ["ok", "cancelled"]

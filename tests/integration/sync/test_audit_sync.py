"""The desk's audit trail goes to a real hub with the normal sync, as its own batches, and the hub
checks each device's chain on arrival (``hub/audit.py``): a desk whose trail was rewritten after
it was sent — even re-hashed so that the desk's own check passes — is refused at its next sync,
and the records' sync goes on regardless."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest

from lapor_desktop.domain.audit import Entry, entry_hash
from lapor_desktop.services import audit_sync
from lapor_desktop.services.audit import verify_file
from lapor_desktop.services.sync import SyncService
from lapor_desktop.store import audit as audit_store
from lapor_desktop.sync.transport import TransportError

from .conftest import record, sync


def _local(desk) -> list[Entry]:
    with desk.db.read() as s:
        return list(audit_store.chain(s))


def _hub_head(desk) -> dict:
    svc = SyncService(desk)
    try:
        return svc.transport().audit_head()
    finally:
        svc.close()


def test_the_trail_reaches_the_hub_and_a_noop_sync_sends_nothing_more(desks, link):
    a = desks.new()
    record(a, 3)
    assert sync(a).complete
    local = _local(a)
    assert len(local) >= 6  # accounts, recorded
    head = _hub_head(a)
    assert head == {"last_seq": local[-1].seq, "hash": local[-1].hash}
    link.reset_stats()
    assert sync(a).complete
    assert not any("/audit" in line for line in link.stats()["requests_log"])
    record(a, 600, seed=2)  # more than one batch
    link.reset_stats()
    assert sync(a).complete
    pushes = [line for line in link.stats()["requests_log"] if line.startswith("POST /api/v1/audit")]
    assert len(pushes) == 2
    assert _hub_head(a)["last_seq"] == _local(a)[-1].seq


def _rewrite(desk, seq: int, **change) -> None:
    """What someone with the database file can do: change an entry and re-hash every entry after
    it (and the head), so that the desk's own check finds nothing."""
    entries = _local(desk)
    con = sqlite3.connect(desk.paths.db_path)
    try:
        con.execute("DROP TRIGGER audit_log_no_update")
        prev = None
        for e in entries:
            if e.seq < seq:
                prev = e.hash
                continue
            e = replace(e, prev_hash=prev or e.prev_hash, **(change if e.seq == seq else {}))
            e = replace(e, hash=entry_hash(e))
            con.execute("UPDATE audit_log SET actor_login = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                        (e.actor_login, e.prev_hash, e.hash, e.seq))
            prev = e.hash
        con.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{entries[-1].seq}:{prev}",))
        con.commit()
    finally:
        con.close()


def test_a_trail_rewritten_after_it_was_sent_is_refused_at_the_next_sync(desks):
    a = desks.new()
    record(a, 2)
    assert sync(a).complete
    sent = _local(a)
    _rewrite(a, 2, actor_login="orang-lain")
    assert verify_file(a).ok  # the desk's own check cannot see it
    record(a, 1, seed=3)
    rep = sync(a)
    assert rep.complete  # the records went up all the same
    problem = audit_sync.last_problem(a)
    assert problem is not None and problem.startswith("audit_chain_broken")
    assert f"entry {sent[-1].seq + 1}" in problem
    assert _hub_head(a)["hash"] == sent[-1].hash  # the hub keeps what it had


@pytest.mark.parametrize("attack", ["edited", "gap", "other_device"])
def test_the_hub_refuses_a_bad_batch_and_stores_none_of_it(desks, attack):
    a = desks.new()
    record(a, 1)
    svc = SyncService(a)
    try:
        t = svc.transport()
        entries = _local(a)
        wire = [audit_sync._wire(e) for e in entries]
        if attack == "edited":
            wire[-1]["detail"] = {"event": "lain"}
        elif attack == "gap":
            wire = wire[:1] + wire[2:]
        else:
            wire[0]["device_id"] = "another-device"
        with pytest.raises(TransportError) as exc:
            t.audit_push(json.dumps({"entries": wire}).encode())
        assert exc.value.status in (403, 409)
        assert t.audit_head()["last_seq"] == 0
        out = t.audit_push(json.dumps({"entries": [audit_sync._wire(e) for e in entries]}).encode())
        assert out == {"accepted": len(entries), "last_seq": entries[-1].seq}
        again = t.audit_push(json.dumps({"entries": [audit_sync._wire(e) for e in entries]}).encode())
        assert again == {"accepted": 0, "last_seq": entries[-1].seq}  # a resend is harmless
    finally:
        svc.close()

"""Sending this desk's audit trail to the hub, after the records in each sync run, as its own
batches (``hub/audit.py`` checks the chain on arrival). The hub says where this device's chain
stands; the entries after that go up in ``seq`` order, ``BATCH`` at a time. A refusal (the chain
on this desk no longer matches what the hub holds: an entry edited, removed or reordered after
it was sent) is kept in ``meta`` (``audit_push_problem``) and logged, never raised: the records'
sync is not held back by it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from lapor_desktop.domain.audit import Entry
from lapor_desktop.store import audit as audit_store
from lapor_desktop.store import repo
from lapor_desktop.sync.transport import CancelToken, HttpTransport, TransportError

from .desk import Desk
from .sync_status import AUDIT_PROBLEM

log = logging.getLogger(__name__)

BATCH = 500
_PROBLEM = AUDIT_PROBLEM  # shown by the Sinkronisasi page and sync-status
_SENT = "audit_sent_seq"  # the newest entry the hub acknowledged


@dataclass(frozen=True)
class AuditPushResult:
    sent: int
    hub_seq: int
    problem: str | None = None  # the hub's code and detail when it refused


def _wire(e: Entry) -> dict:
    return {"seq": e.seq, "id": e.id, "at": e.at, "device_id": e.device_id, "actor_login": e.actor_login,
            "actor_role": e.actor_role, "kind": e.kind, "complaint_id": e.complaint_id, "detail": e.detail,
            "prev_hash": e.prev_hash, "hash": e.hash}


def push(desk: Desk, transport: HttpTransport, cancel: CancelToken | None = None) -> AuditPushResult:
    """Send what the hub has not got. No request at all when everything was acknowledged before
    (``audit_sent_seq``); the hub's head is asked when that is unknown or the hub disagrees."""
    cancel = cancel or CancelToken()
    with desk.db.read() as s:
        newest = audit_store.newest_seq(s)
        marker = repo.meta_get(s, _SENT)
    if marker is not None and int(marker) >= newest:
        return AuditPushResult(0, int(marker))
    hub_seq = int(marker) if marker is not None else int(transport.audit_head(cancel).get("last_seq") or 0)
    sent, asked = 0, marker is None
    while True:
        try:
            sent_now, hub_seq = _send_after(desk, transport, hub_seq, cancel)
            sent += sent_now
            break
        except TransportError as exc:
            if exc.status != 409:
                raise
            if not asked:  # this desk's idea of what the hub holds was wrong: ask, then once more
                asked = True
                hub_seq = int(transport.audit_head(cancel).get("last_seq") or 0)
                continue
            problem = f"{exc.code}: {exc.detail}"[:500]
            log.warning("the hub refused this desk's audit trail (%s)", exc.code)
            with desk.db.session() as s:
                repo.meta_set(s, _PROBLEM, problem)
            return AuditPushResult(sent, hub_seq, problem)
    with desk.db.session() as s:
        repo.meta_set(s, _SENT, str(hub_seq))
        if repo.meta_get(s, _PROBLEM):
            repo.meta_set(s, _PROBLEM, "")
    return AuditPushResult(sent, hub_seq)


def _send_after(desk: Desk, transport: HttpTransport, hub_seq: int, cancel: CancelToken) -> tuple[int, int]:
    sent = 0
    while True:
        with desk.db.read() as s:
            batch = audit_store.after(s, hub_seq, BATCH)
        if not batch:
            return sent, hub_seq
        body = json.dumps({"entries": [_wire(e) for e in batch]}, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        out = transport.audit_push(body, cancel)
        hub_seq = int(out.get("last_seq") or batch[-1].seq)
        sent += len(batch)
        if len(batch) < BATCH:
            return sent, hub_seq


def last_problem(desk: Desk) -> str | None:
    with desk.db.read() as s:
        return repo.meta_get(s, _PROBLEM) or None

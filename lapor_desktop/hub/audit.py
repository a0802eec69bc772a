"""Desks' audit trails on the hub: part of the office's record, kept per device and checked on
arrival with the same rules the desk uses (``domain/audit.py``).

* ``GET /v1/audit/head``: where this device's chain stands on the hub (last ``seq`` and hash), so
  a desk sends only what follows.
* ``POST /v1/audit`` ``{"entries": [...]}`` (at most ``MAX_ENTRIES``, in ``seq`` order): each entry
  must be this device's, hash to what it says, and link to the device's previous entry. An entry
  already held with the same hash is skipped (a resend); one held with another hash, a gap, or a
  broken link refuses the whole batch with ``409 audit_chain_broken`` naming the entry and what is
  wrong (nothing of the batch is stored), so a desk whose trail was edited, cut or reordered
  after it was sent is found at its next sync.
"""

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import select

from lapor_desktop.domain.audit import GENESIS, Entry, encode_detail, entry_hash

from .auth import DeviceInfo
from .storage import DeskAudit, HubDB, now_iso

log = logging.getLogger(__name__)

MAX_ENTRIES = 500
CHAIN_BROKEN = "audit_chain_broken"


class WireEntry(BaseModel):
    seq: int = Field(ge=1)
    id: str = Field(min_length=1, max_length=36)
    at: str = Field(min_length=1, max_length=40)
    device_id: str = Field(min_length=1, max_length=64)
    actor_login: str | None = Field(default=None, max_length=64)
    actor_role: str | None = Field(default=None, max_length=20)
    kind: str = Field(min_length=1, max_length=40)
    complaint_id: str | None = Field(default=None, max_length=36)
    detail: dict[str, Any] = Field(default_factory=dict)
    prev_hash: str = Field(pattern=r"^[0-9a-f]{64}$")
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")


class AuditPush(BaseModel):
    entries: list[WireEntry] = Field(max_length=MAX_ENTRIES)


class AuditRefused(Exception):
    def __init__(self, status: int, code: str, detail: str, seq: int | None = None) -> None:
        super().__init__(detail)
        self.status, self.code, self.detail, self.seq = status, code, detail, seq


def head(db: HubDB, device_id: str) -> tuple[int, str]:
    with db.read() as s:
        row = s.execute(select(DeskAudit.seq, DeskAudit.hash).where(DeskAudit.device_id == device_id)
                        .order_by(DeskAudit.seq.desc()).limit(1)).first()
    return (row[0], row[1]) if row is not None else (0, GENESIS)


def accept(db: HubDB, device: DeviceInfo, entries: list[WireEntry]) -> dict[str, int]:
    """Check and store a batch (all of it or nothing)."""
    received = now_iso()
    stored = 0
    with db.write() as s:
        row = s.execute(select(DeskAudit.seq, DeskAudit.hash).where(DeskAudit.device_id == device.device_id)
                        .order_by(DeskAudit.seq.desc()).limit(1)).first()
        last_seq, prev = (row[0], row[1]) if row is not None else (0, GENESIS)
        for w in entries:
            if w.device_id != device.device_id:
                raise AuditRefused(403, "device_mismatch", f"entry {w.seq} names another device", w.seq)
            e = Entry(seq=w.seq, id=w.id, at=w.at, device_id=w.device_id, actor_login=w.actor_login,
                      actor_role=w.actor_role, kind=w.kind, complaint_id=w.complaint_id, detail=w.detail,
                      prev_hash=w.prev_hash, hash=w.hash)
            if entry_hash(e) != e.hash:
                raise AuditRefused(409, CHAIN_BROKEN, f"entry {w.seq} does not match its hash (edited)", w.seq)
            if w.seq <= last_seq:
                held = s.get(DeskAudit, (device.device_id, w.seq))
                if held is not None and held.hash == w.hash:
                    continue  # sent before
                raise AuditRefused(409, CHAIN_BROKEN,
                                   f"entry {w.seq} differs from the one this desk sent before (rewritten)", w.seq)
            if w.seq != last_seq + 1:
                raise AuditRefused(409, CHAIN_BROKEN, f"entries {last_seq + 1} to {w.seq - 1} are missing", w.seq)
            if w.prev_hash != prev:
                raise AuditRefused(409, CHAIN_BROKEN,
                                   f"entry {w.seq} does not link to entry {last_seq} (reordered or replaced)", w.seq)
            s.add(DeskAudit(device_id=device.device_id, seq=w.seq, office_code=device.office_code, id=w.id,
                            at=w.at, actor_login=w.actor_login, actor_role=w.actor_role, kind=w.kind,
                            complaint_id=w.complaint_id, detail=encode_detail(w.detail), prev_hash=w.prev_hash,
                            hash=w.hash, received_at=received))
            last_seq, prev = w.seq, w.hash
            stored += 1
    return {"accepted": stored, "last_seq": last_seq}


def register(app: FastAPI, db: HubDB, dev: Any, prefix: str) -> None:
    """The two endpoints, on the app ``hub/app.create_app`` builds (``dev``: its device dependency)."""
    from .app import parse_json, problem, read_body

    @app.get(f"{prefix}/audit/head", tags=["audit"])
    def audit_head(d: dev) -> JSONResponse:  # type: ignore[valid-type]  # noqa: F821 - evaluated now
        seq, h = head(db, d.device_id)
        return JSONResponse({"last_seq": seq, "hash": h})

    @app.post(f"{prefix}/audit", tags=["audit"])
    async def audit_push(request: Request, d: dev) -> JSONResponse:  # type: ignore[valid-type]
        try:
            req = AuditPush.model_validate(parse_json(await read_body(request)))
        except ValueError as exc:
            return problem(422, "validation_error", str(exc)[:300])
        try:
            out = await run_in_threadpool(accept, db, d, req.entries)
        except AuditRefused as exc:
            log.warning("audit trail refused from a desk: %s (entry %s)", exc.code, exc.seq)
            body = json.loads(problem(exc.status, exc.code, exc.detail).body)
            body["seq"] = exc.seq
            return JSONResponse(body, status_code=exc.status, media_type="application/problem+json")
        return JSONResponse(out)

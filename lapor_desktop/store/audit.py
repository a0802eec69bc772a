"""The audit trail's rows: appending (inside the caller's write transaction, so an entry is
written with what it records or not at all), reading a filtered page, and reading the whole
chain in order for the check. The rules are ``domain/audit.py``.

The newest entry's position and hash are also kept in ``meta`` (``audit_head``), so removing the
newest entries shows too."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from lapor_desktop.core.ids import uuid7
from lapor_desktop.domain.audit import GENESIS, Entry, check_detail, encode_detail, entry_hash

from . import repo
from .models import AuditRow

_HEAD = "audit_head"


@dataclass(frozen=True)
class NewEntry:
    kind: str
    actor_login: str | None = None
    actor_role: str | None = None
    complaint_id: str | None = None
    detail: dict[str, Any] | None = None


def append(s: Session, *, at: str, device_id: str, entries: Sequence[NewEntry]) -> list[Entry]:
    """Append entries after the newest one (call inside a write transaction: ``BEGIN IMMEDIATE``
    keeps two writers from taking the same place)."""
    if not entries:
        return []
    last = s.execute(select(AuditRow.seq, AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)).first()
    seq, prev = (last[0], last[1]) if last is not None else (0, GENESIS)
    out, rows = [], []
    for n in entries:
        detail = dict(n.detail or {})
        check_detail(detail)
        encoded = encode_detail(detail)
        seq += 1
        e = Entry(seq=seq, id=uuid7(), at=at, device_id=device_id, actor_login=n.actor_login,
                  actor_role=n.actor_role, kind=str(n.kind), complaint_id=n.complaint_id,
                  detail=json.loads(encoded), prev_hash=prev)
        e = replace(e, hash=entry_hash(e))
        rows.append({"seq": e.seq, "id": e.id, "at": e.at, "device_id": e.device_id, "actor_login": e.actor_login,
                     "actor_role": e.actor_role, "kind": e.kind, "complaint_id": e.complaint_id, "detail": encoded,
                     "prev_hash": e.prev_hash, "hash": e.hash})
        prev = e.hash
        out.append(e)
    s.execute(insert(AuditRow), rows)  # Core executemany: bulk intake writes thousands at once
    repo.meta_set(s, _HEAD, f"{seq}:{prev}")
    return out


def _entry(r: AuditRow) -> Entry:
    try:
        detail = json.loads(r.detail or "{}")
    except ValueError:
        detail = {"_unreadable": r.detail}
    return Entry(seq=r.seq, id=r.id, at=r.at, device_id=r.device_id, actor_login=r.actor_login,
                 actor_role=r.actor_role, kind=r.kind, complaint_id=r.complaint_id, detail=detail,
                 prev_hash=r.prev_hash, hash=r.hash)


def chain(s: Session, batch: int = 2000) -> Iterator[Entry]:
    """Every entry in ``seq`` order (read in batches)."""
    after = -1
    while True:
        rows = s.scalars(select(AuditRow).where(AuditRow.seq > after).order_by(AuditRow.seq).limit(batch)).all()
        if not rows:
            return
        for r in rows:
            yield _entry(r)
        after = rows[-1].seq


def after(s: Session, seq: int, limit: int) -> list[Entry]:
    """Entries after ``seq``, oldest first (what the hub has not got yet)."""
    rows = s.scalars(select(AuditRow).where(AuditRow.seq > seq).order_by(AuditRow.seq).limit(limit)).all()
    return [_entry(r) for r in rows]


def newest_seq(s: Session) -> int:
    return int(s.scalar(select(func.max(AuditRow.seq))) or 0)


def head(s: Session) -> tuple[int, str] | None:
    raw = repo.meta_get(s, _HEAD)
    if not raw or ":" not in raw:
        return None
    n, h = raw.split(":", 1)
    try:
        return int(n), h
    except ValueError:
        return None


@dataclass(frozen=True)
class Filter:
    login: str | None = None
    kind: str | None = None
    since: str | None = None  # ISO UTC, inclusive
    until: str | None = None  # ISO UTC, exclusive


def _where(f: Filter) -> list:  # type: ignore[type-arg]
    cond = []
    if f.login:
        cond.append(AuditRow.actor_login == f.login)
    if f.kind:
        cond.append(AuditRow.kind == f.kind)
    if f.since:
        cond.append(AuditRow.at >= f.since)
    if f.until:
        cond.append(AuditRow.at < f.until)
    return cond


def page(s: Session, f: Filter, offset: int, limit: int) -> tuple[list[Entry], int]:
    """Newest first."""
    cond = _where(f)
    total = s.scalar(select(func.count()).select_from(AuditRow).where(*cond)) or 0
    rows = s.scalars(select(AuditRow).where(*cond).order_by(AuditRow.seq.desc()).offset(offset).limit(limit)).all()
    return [_entry(r) for r in rows], int(total)


def logins(s: Session) -> list[str]:
    return [x for x in s.scalars(select(AuditRow.actor_login).distinct().order_by(AuditRow.actor_login)) if x]

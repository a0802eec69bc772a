"""The audit trail as the services use it: write an entry (in the caller's transaction, or in
its own), read it (admin and supervisor: ``Right.AUDIT``), and check its chain (the command
line's ``lapor-desktop audit verify`` and the viewer's "Periksa keutuhan" run the same check).

Entries hold ids, logins, roles and field names only (``domain/audit.check_detail``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session as DbSession

from lapor_desktop.core.clock import iso_utc
from lapor_desktop.core.errors import PermissionDenied
from lapor_desktop.domain.audit import Entry, Kind, Verdict, verify_chain
from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.permissions import Right, may
from lapor_desktop.store import audit as audit_store

from .desk import Desk
from .session import signed_in

PAGE_SIZE = 50


def write(s: DbSession, desk: Desk, actor: Actor | None, kind: Kind | str, complaint_id: str | None = None,
          **detail: Any) -> Entry:
    """One entry, inside the caller's write transaction (written with what it records, or not)."""
    return write_many(s, desk, actor, [(kind, complaint_id, detail)])[0]


def write_many(s: DbSession, desk: Desk, actor: Actor | None,
               items: Sequence[tuple[Kind | str, str | None, dict[str, Any]]]) -> list[Entry]:
    login = actor.login if actor is not None else None
    role = str(actor.role) if actor is not None else None
    return audit_store.append(s, at=desk.now_iso(), device_id=desk.settings.device_id or "", entries=[
        audit_store.NewEntry(kind=str(k), actor_login=login, actor_role=role, complaint_id=cid, detail=d)
        for k, cid, d in items])


def record(desk: Desk, actor: Actor | None, kind: Kind | str, complaint_id: str | None = None,
           **detail: Any) -> Entry:
    """One entry in its own transaction (a print, an export, a sign-in)."""
    with desk.db.session() as s:
        return write(s, desk, actor, kind, complaint_id, **detail)


@dataclass(frozen=True)
class AuditQuery:
    login: str | None = None
    kind: str | None = None
    since: date | None = None  # office-local dates, both inclusive
    until: date | None = None


@dataclass(frozen=True)
class AuditPage:
    entries: list[Entry]
    total: int
    offset: int
    limit: int


class AuditService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def _reader(self, session: object) -> Actor:
        actor = signed_in(self.desk, session)
        if not may(actor.role, Right.AUDIT):
            raise PermissionDenied(f"role {actor.role} may not read the audit trail", code="permission_denied")
        return actor

    def _bound(self, d: date | None, end: bool) -> str | None:
        if d is None:
            return None
        local = datetime.combine(d + timedelta(days=1) if end else d, time(0), tzinfo=self.desk.tz)
        return iso_utc(local)

    def page(self, session: object, q: AuditQuery, offset: int = 0, limit: int = PAGE_SIZE) -> AuditPage:
        """Entries matching ``q``, newest first, ``limit`` from ``offset``."""
        self._reader(session)
        offset, limit = max(0, int(offset)), max(1, min(500, int(limit)))
        f = audit_store.Filter(login=q.login or None, kind=q.kind or None,
                               since=self._bound(q.since, False), until=self._bound(q.until, True))
        with self.desk.db.read() as s:
            entries, total = audit_store.page(s, f, offset, limit)
        return AuditPage(entries, total, offset, limit)

    def logins(self, session: object) -> list[str]:
        self._reader(session)
        with self.desk.db.read() as s:
            return audit_store.logins(s)

    def verify(self, session: object | None = None) -> Verdict:
        """Check the whole chain (first broken link, or ok with the count). With a session: the
        viewer's button (admin, supervisor), and the check itself is written to the trail; without
        one: the command line on this desk."""
        actor = self._reader(session) if session is not None else None
        with self.desk.db.read() as s:
            verdict = verify_chain(audit_store.chain(s), audit_store.head(s))
        if actor is not None:
            record(self.desk, actor, Kind.AUDIT_VERIFIED, result="ok" if verdict.ok else verdict.broken.code,  # type: ignore[union-attr]
                   count=verdict.count)
        return verdict


def verify_file(desk: Desk) -> Verdict:
    return AuditService(desk).verify(None)

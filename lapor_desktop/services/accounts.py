"""Office-wide accounts on the desk: each account change is an event of the office's account
stream (``domain/accounts.py``) written with the change in one transaction, sent and pulled by the
normal sync, and folded into the accounts table on every desk of the office (``apply_pulled``).

Who the event names as its actor: the signed-in admin (a live session), or, on the machine's own
administrator path (``actor=None``: the command line without ``--as``, the first-run wizard, the
demo), the desk's oldest active admin account; a desk with no admin yet names the account being
created, which makes the first admin of a new office its own founder (the hub accepts account
events of an office that has no active admin yet from its enrolled desks; SECURITY.md).
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.orm import Session

from lapor_desktop.core.ids import uuid7
from lapor_desktop.domain.enums import ACCOUNTS_STREAM, EventType, Role
from lapor_desktop.domain.model import Actor, Event
from lapor_desktop.store import repo
from lapor_desktop.store import users as user_repo

from .desk import Desk
from .session import registry

log = logging.getLogger(__name__)


def local_admin(s: Session) -> Actor | None:
    """The machine's administrator path acts as the desk's oldest active admin account."""
    admins = [u for u in user_repo.all_users(s) if u.role == Role.ADMIN and not u.disabled]
    if not admins:
        return None
    u = min(admins, key=lambda u: (u.created_at, u.login))
    return Actor(login=u.login, role=u.role, name=u.name, agency_id=u.agency_id)


def record(desk: Desk, s: Session, actor: Actor | None, etype: str, data: dict[str, Any]) -> Event | None:
    """Write one account event (in the caller's transaction). ``actor`` None: the local
    administrator (see the module's docstring). A desk not set up yet (no device id) keeps its
    accounts to itself until it is."""
    if not desk.settings.device_id:
        return None
    if actor is None:
        actor = local_admin(s)
    if actor is None:  # the office's first account names itself
        actor = Actor(login=data["login"], role=str(data.get("role") or Role.ADMIN))
    event = Event(id=uuid7(), complaint_id=ACCOUNTS_STREAM, type=etype, device_id=desk.settings.device_id,
                  device_seq=repo.next_device_seq(s, 1), hlc=desk.hlc.tick(), occurred_at=desk.now_iso(),
                  actor_user=actor.login, actor_role=actor.role, data=data)
    repo.insert_local_events(s, [event], desk.now_iso())
    return event


def created_data(u: user_repo.User, password_hash: str) -> dict[str, Any]:
    return {"login": u.login, "role": u.role, "name": u.name, "agency_id": u.agency_id,
            "disabled": u.disabled, "password_hash": password_hash}


def publish_unannounced(desk: Desk) -> int:
    """Accounts this desk has that its account stream does not (made before office-wide accounts,
    or before the desk was set up) are announced, oldest first, the oldest admin first; called
    before each sync. Returns how many."""
    if not desk.settings.device_id:
        return 0
    with desk.db.read() as s:
        known = user_repo.announced_logins(s)
        missing = [u for u in user_repo.all_users(s) if u.login not in known]
    if not missing:
        return 0
    missing.sort(key=lambda u: (u.role != Role.ADMIN, u.created_at, u.login))
    with desk.db.session() as s:
        known = user_repo.announced_logins(s)
        n = 0
        for u in missing:
            if u.login in known:
                continue
            record(desk, s, None, EventType.ACCOUNT_CREATED,
                   created_data(u, user_repo.password_hash(s, u.login) or ""))
            n += 1
    if n:
        log.info("announced %d account(s) of this desk to the office", n)
    return n


def apply_pulled(desk: Desk, s: Session) -> None:
    """After account events were pulled (in the caller's transaction): fold the stream into the
    accounts table; sessions of accounts disabled or given another role or agency end."""
    for u in user_repo.apply_accounts(s, desk.now_iso()):
        registry(desk).close_login(u.login)

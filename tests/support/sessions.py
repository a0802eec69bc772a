"""Sessions for tests: the account is added to the desk if missing (with a fixed hash, no password
hashing per test), then a session is opened through the command line's trusted local path
(``UserService.open_local_session``) — the only way besides a password sign-in."""

from __future__ import annotations

from typing import Any

from lapor_desktop.domain.model import Actor

_HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2Vzc2lvbnNzYWx0$Ktqq7P0V8Yx0Zy2v2b8H2f9b7kS8G0m0n2wq1c3b4d0"


def signed(desk: Any, actor: Actor) -> Any:
    """A live session of ``desk`` (or of a service's ``.desk``) for ``actor``'s account (added with
    that role if missing); a live session is returned as it is."""
    from lapor_desktop.services.session import registry

    desk = getattr(desk, "desk", desk)
    from lapor_desktop.services.users import UserService
    from lapor_desktop.store import users as user_repo

    if registry(desk).is_live(actor):
        return actor
    cache = desk.extra.setdefault("test_sessions", {})
    key = (actor.login, actor.role, actor.agency_id)
    s = cache.get(key)
    if s is not None and registry(desk).is_live(s):
        return s
    from lapor_desktop.domain.enums import EventType
    from lapor_desktop.services import accounts

    # through the office's account stream, as an admin would (services/accounts.py), so the hub
    # knows the account before its events arrive
    with desk.db.session() as db:
        if user_repo.get(db, actor.login) is None:
            u = user_repo.add(db, login=actor.login, name=actor.name, role=actor.role, agency_id=actor.agency_id,
                              password_hash=_HASH, created_at=desk.now_iso())
            accounts.record(desk, db, None, EventType.ACCOUNT_CREATED, accounts.created_data(u, _HASH))
        elif (lambda u: (u.role, u.agency_id, u.disabled))(user_repo.get(db, actor.login)) != (
                actor.role, actor.agency_id, False):
            user_repo.update(db, actor.login, role=actor.role, agency_id=actor.agency_id, disabled=False)
            accounts.record(desk, db, None, EventType.ACCOUNT_UPDATED,
                            {"login": actor.login, "role": actor.role, "agency_id": actor.agency_id,
                             "disabled": False})
    s = cache[key] = UserService(desk).open_local_session(actor.login)
    return s

"""Sessions: who is signed in, as the services see it.

A ``Session`` is made only by ``UserService.sign_in`` (a password checked) or by
``UserService.open_local_session`` (the command line's ``--as LOGIN``: whoever runs the command
line on this desk already holds its database file; the account must exist and be active, and
its role and agency come from the accounts table, never from the caller). Each one is kept in
the desk's registry of live sessions under an unguessable token; ``signed_in`` accepts only a
session that is that very registered object, still live, on that desk. So an
``Actor(login="ghost", role="admin")`` built by hand, a ``Session`` built by hand with a made-up
token, a copy of a real session with another role (``dataclasses.replace``), or a session that
was signed out are all refused with ``PermissionDenied(code="session_required")``.

A ``Session`` is an ``Actor`` (same fields), so code not converted yet reads ``.login`` and
``.role`` from it unchanged: services are converted one by one by calling ``signed_in`` at the
top of a method (see ARCHITECTURE.md for which are).
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field

from lapor_desktop.core.errors import PermissionDenied
from lapor_desktop.domain.model import Actor

_KEY = "sessions"


@dataclass(frozen=True)
class Session(Actor):
    """A signed-in staff member. The token is never shown (repr) or logged."""

    token: str = field(default="", repr=False, compare=False)
    started_at: str = field(default="", compare=False)

    def as_actor(self) -> Actor:
        return Actor(login=self.login, role=self.role, name=self.name, agency_id=self.agency_id)


class SessionRegistry:
    """The live sessions of one open desk (thread-safe: services run on worker threads)."""

    def __init__(self) -> None:
        self._live: dict[str, Session] = {}
        self._lock = threading.Lock()

    def open(self, actor: Actor, started_at: str) -> Session:
        session = Session(login=actor.login, role=actor.role, name=actor.name, agency_id=actor.agency_id,
                          token=secrets.token_urlsafe(32), started_at=started_at)
        with self._lock:
            self._live[session.token] = session
        return session

    def close(self, session: object) -> bool:
        token = getattr(session, "token", None)
        with self._lock:
            if isinstance(token, str) and self._live.get(token) is session:
                del self._live[token]
                return True
        return False

    def close_login(self, login: str) -> int:
        """End every session of one account (disabled, role changed)."""
        with self._lock:
            gone = [t for t, s in self._live.items() if s.login == login]
            for t in gone:
                del self._live[t]
        return len(gone)

    def is_live(self, session: object) -> bool:
        token = getattr(session, "token", None)
        with self._lock:
            return type(session) is Session and isinstance(token, str) and self._live.get(token) is session


def registry(desk) -> SessionRegistry:  # type: ignore[no-untyped-def]
    reg = desk.extra.get(_KEY)
    if reg is None:
        reg = desk.extra.setdefault(_KEY, SessionRegistry())
    return reg  # type: ignore[no-any-return]


def signed_in(desk, session: object) -> Actor:  # type: ignore[no-untyped-def]
    """The actor of a live session of this desk; anything else is refused."""
    if not registry(desk).is_live(session):
        raise PermissionDenied("a signed-in session of this desk is required", code="session_required")
    assert isinstance(session, Session)
    return session.as_actor()

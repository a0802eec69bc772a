"""Staff accounts. Password hashing happens in services; this only stores the hash."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lapor_desktop.domain.accounts import fold_accounts
from lapor_desktop.domain.enums import ACCOUNTS_STREAM
from lapor_desktop.domain.model import Event

from . import sync_read
from .models import EventRow, SignInThrottleRow, UserRow
from .repo import event_from_row


@dataclass(frozen=True)
class User:
    login: str
    name: str
    role: str
    agency_id: int | None
    disabled: bool
    created_at: str
    last_login_at: str | None


def _user(r: UserRow) -> User:
    return User(r.login, r.name, r.role, r.agency_id, r.disabled, r.created_at, r.last_login_at)


def get(s: Session, login: str) -> User | None:
    r = s.get(UserRow, login)
    return _user(r) if r else None


def password_hash(s: Session, login: str) -> str | None:
    r = s.get(UserRow, login)
    return r.password_hash if r else None


def add(s: Session, *, login: str, name: str, role: str, agency_id: int | None, password_hash: str,
        created_at: str) -> User:
    r = UserRow(login=login, name=name, role=role, agency_id=agency_id, password_hash=password_hash,
                disabled=False, created_at=created_at)
    s.add(r)
    s.flush()
    return _user(r)


def update(s: Session, login: str, **values: object) -> User | None:
    r = s.get(UserRow, login)
    if r is None:
        return None
    for k, v in values.items():
        setattr(r, k, v)
    s.flush()
    return _user(r)


def all_users(s: Session) -> list[User]:
    return [_user(r) for r in s.scalars(select(UserRow).order_by(UserRow.login))]


# ---------------------------------------------------------------- failed sign-ins (per login typed)
@dataclass(frozen=True)
class Throttle:
    failures: int
    last_failure_at: str
    locked_until: str | None


def throttle(s: Session, login: str) -> Throttle | None:
    r = s.get(SignInThrottleRow, login)
    return Throttle(r.failures, r.last_failure_at, r.locked_until) if r else None


def set_throttle(s: Session, login: str, *, failures: int, last_failure_at: str, locked_until: str | None) -> None:
    r = s.get(SignInThrottleRow, login)
    if r is None:
        s.add(SignInThrottleRow(login=login, failures=failures, last_failure_at=last_failure_at,
                                locked_until=locked_until))
    else:
        r.failures, r.last_failure_at, r.locked_until = failures, last_failure_at, locked_until
    s.flush()


def clear_throttle(s: Session, login: str) -> bool:
    r = s.get(SignInThrottleRow, login)
    if r is None:
        return False
    s.delete(r)
    s.flush()
    return True


def prune_throttle(s: Session, older_than: str) -> None:
    """Forget failures (of typos, of logins that do not exist) older than ``older_than``."""
    s.query(SignInThrottleRow).filter(SignInThrottleRow.last_failure_at < older_than,
                                      (SignInThrottleRow.locked_until.is_(None))
                                      | (SignInThrottleRow.locked_until < older_than)).delete()


# ---------------------------------------------------------------- office-wide accounts (events)
def account_events(s: Session) -> list[Event]:
    """The office's account stream as this desk has it, without events the hub refused."""
    rows = s.scalars(select(EventRow).where(EventRow.complaint_id == ACCOUNTS_STREAM,
                                            EventRow.sync_status != "rejected"))
    return [event_from_row(r) for r in rows]


def announced_logins(s: Session) -> set[str]:
    """Logins that have an ``account.created`` in the stream (sent or pending)."""
    return sync_read.announced_logins(s.connection().connection.driver_connection)  # type: ignore[arg-type]


def apply_accounts(s: Session, now: str) -> list[User]:
    """Fold the account stream into the accounts table (``domain/accounts.py``): every account
    of the stream takes its folded role, name, agency, disabled flag and password hash; accounts
    without events (made on this desk before it shared its accounts) are left as they are.
    Returns the accounts whose role, agency or disabled flag changed (their sessions end)."""
    changed: list[User] = []
    for login, st in fold_accounts(account_events(s)).items():
        r = s.get(UserRow, login)
        if r is None:
            s.add(UserRow(login=login, name=st.name, role=st.role, agency_id=st.agency_id,
                          password_hash=st.password_hash, disabled=st.disabled, created_at=now))
            continue
        if (r.role, r.agency_id, r.disabled) != (st.role, st.agency_id, st.disabled):
            changed.append(_user(r))
        r.name, r.role, r.agency_id, r.disabled, r.password_hash = (st.name, st.role, st.agency_id,
                                                                    st.disabled, st.password_hash)
    s.flush()
    return changed

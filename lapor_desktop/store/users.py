"""Staff accounts. Password hashing happens in services; this only stores the hash."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import SignInThrottleRow, UserRow


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

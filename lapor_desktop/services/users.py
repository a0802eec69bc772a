"""Staff accounts: add, disable, passwords (argon2id), sign-in."""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from lapor_desktop.core.clock import iso_utc, parse_iso
from lapor_desktop.core.errors import AuthFailed, InvalidInput, LaporError, NotFound, PermissionDenied
from lapor_desktop.domain.enums import STAFF_ROLES, EventType, Role
from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.permissions import Right, may
from lapor_desktop.domain.field_errors import FieldError, field_error
from lapor_desktop.store import reference as ref_repo
from lapor_desktop.store import users as user_repo
from lapor_desktop.store.users import User

from . import accounts, audit
from .changes import Changes
from .desk import Desk
from .session import Session, registry, signed_in

log = logging.getLogger(__name__)

_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
MIN_PASSWORD = 8
_hasher = PasswordHasher()  # argon2id with the library's current parameters
# a fixed hash to spend the same time on unknown logins (no user enumeration by timing)
_DUMMY_HASH = _hasher.hash("not-a-real-password")
# five failed sign-ins in a row pause sign-in under that login for five minutes; counted per login
# as typed, whether or not it exists, so the pause says nothing about which logins are real
MAX_FAILURES = 5
LOCK_MINUTES = 5
_FORGET_AFTER = timedelta(days=1)  # failures older than this (typos, unknown logins) are forgotten


def _throttle_key(login: str) -> str:
    """What the failure count is kept under: a hash of the login as typed, so a NIK or a name
    typed into the user-name field is never stored."""
    return hashlib.sha256(("lapor-sign-in:" + login).encode("utf-8")).hexdigest()


class SignInPaused(AuthFailed):
    """Too many failed sign-ins under this login: wait ``minutes`` (or an admin lifts it)."""

    def __init__(self, minutes: int) -> None:
        super().__init__("too many failed sign-ins; paused", code="sign_in_paused")
        self.minutes = minutes


class UserService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def _require_admin(self, session: object | None) -> Actor | None:
        """The admin acting: a live admin session of this desk, or None for the machine's own
        administrator (the command line without ``--as``, the first-run wizard). A hand-made
        ``Actor`` is refused (``session_required``)."""
        if session is None:
            return None
        actor = signed_in(self.desk, session)
        if not may(actor.role, Right.USERS):  # domain/permissions.py
            raise PermissionDenied("only an admin manages staff accounts", code="admin_only")
        return actor

    def add(self, actor: object | None, *, login: str, role: str, password: str, name: str = "",
            agency_id: int | None = None) -> User:
        admin = self._require_admin(actor)
        login = (login or "").strip().lower()
        errors: list[FieldError] = []
        if not _LOGIN.match(login):
            errors.append(field_error("login", "login_format", "account.login_format"))
        errors += _role_errors(role, agency_id)
        errors += password_errors(password)
        if len(name or "") > 200:
            errors.append(field_error("name", "too_long", "account.name_too_long", max=200))
        if errors:
            raise InvalidInput(errors)
        password_hash = _hasher.hash(password)
        with self.desk.db.session() as s:
            self._check_agency(s, role, agency_id)
            if user_repo.get(s, login) is not None:
                raise InvalidInput([field_error("login", "taken", "account.login_taken", login=login)])
            u = user_repo.add(s, login=login, name=(name or "").strip(), role=role,
                              agency_id=agency_id if role == Role.LIAISON else None,
                              password_hash=password_hash, created_at=self.desk.now_iso())
            accounts.record(self.desk, s, admin, EventType.ACCOUNT_CREATED, accounts.created_data(u, password_hash))
            audit.write(s, self.desk, admin, audit.Kind.ACCOUNT_CHANGED, change="added", account=login, role=role)
        self.desk.changes.announce(Changes(accounts=True))
        return u

    @staticmethod
    def _check_agency(s, role: str, agency_id: int | None) -> None:  # type: ignore[no-untyped-def]
        if role == Role.LIAISON and ref_repo.agency(s, int(agency_id)) is None:  # type: ignore[arg-type]
            raise InvalidInput([field_error("agency_id", "unknown_value", "account.unknown_agency")])

    def change(self, actor: object | None, login: str, *, role: str, agency_id: int | None = None,
               name: str | None = None) -> User:
        """An admin gives an account another role or agency (or name); on every desk of the
        office after a sync. The account's sessions end."""
        admin = self._require_admin(actor)
        errors = _role_errors(role, agency_id)
        if name is not None and len(name) > 200:
            errors.append(field_error("name", "too_long", "account.name_too_long", max=200))
        if errors:
            raise InvalidInput(errors)
        if admin is not None and admin.login == login and role != Role.ADMIN:
            raise LaporError("you cannot take the admin role from your own account", code="cannot_demote_self")
        values: dict = {"role": role, "agency_id": agency_id if role == Role.LIAISON else None}
        if name is not None:
            values["name"] = name.strip()
        with self.desk.db.session() as s:
            self._check_agency(s, role, agency_id)
            u = user_repo.update(s, login, **values)
            if u is None:
                raise NotFound(f"no user {login}", code="user_not_found")
            accounts.record(self.desk, s, admin, EventType.ACCOUNT_UPDATED, {"login": login, **values})
            audit.write(s, self.desk, admin, audit.Kind.ACCOUNT_CHANGED, change="role", account=login, role=role)
        registry(self.desk).close_login(login)
        self.desk.changes.announce(Changes(accounts=True))
        return u

    def set_password(self, actor: object | None, login: str, password: str) -> None:
        own = actor is not None and signed_in(self.desk, actor).login == login
        admin = signed_in(self.desk, actor) if own else self._require_admin(actor)
        errors = password_errors(password)
        if errors:
            raise InvalidInput(errors)
        password_hash = _hasher.hash(password)
        with self.desk.db.session() as s:
            if user_repo.update(s, login, password_hash=password_hash) is None:
                raise NotFound(f"no user {login}", code="user_not_found")
            accounts.record(self.desk, s, admin, EventType.ACCOUNT_PASSWORD_SET,
                            {"login": login, "password_hash": password_hash})
            audit.write(s, self.desk, admin, audit.Kind.ACCOUNT_CHANGED, change="password", account=login)
        self.desk.changes.announce(Changes(accounts=True))

    def set_disabled(self, actor: object | None, login: str, disabled: bool) -> User:
        admin = self._require_admin(actor)
        if admin is not None and admin.login == login and disabled:
            raise LaporError("you cannot disable your own account", code="cannot_disable_self")
        with self.desk.db.session() as s:
            u = user_repo.update(s, login, disabled=disabled)
            if u is None:
                raise NotFound(f"no user {login}", code="user_not_found")
            accounts.record(self.desk, s, admin, EventType.ACCOUNT_UPDATED, {"login": login, "disabled": disabled})
            audit.write(s, self.desk, admin, audit.Kind.ACCOUNT_CHANGED,
                        change="disabled" if disabled else "enabled", account=login)
        if disabled:
            registry(self.desk).close_login(login)
        self.desk.changes.announce(Changes(accounts=True))
        return u

    def list(self) -> list[User]:
        with self.desk.db.read() as s:
            return user_repo.all_users(s)

    def authenticate(self, login: str, password: str, kind: str = "signed_in") -> Actor:
        """Check a password. Unknown login, wrong password and disabled account fail alike, on the
        same path: the same argon2 check (a fixed hash for unknown logins), the same failure count
        and pause (``SignInPaused``) for any login typed."""
        login = (login or "").strip().lower()[:64]
        now = self.desk.clock.now()
        with self.desk.db.read() as s:
            user = user_repo.get(s, login)
            stored = user_repo.password_hash(s, login) if user else None
            thr = user_repo.throttle(s, _throttle_key(login))
        paused_until = parse_iso(thr.locked_until) if thr and thr.locked_until else None
        try:
            _hasher.verify(stored or _DUMMY_HASH, password or "")
            ok = stored is not None
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
        if paused_until is not None and paused_until > now:
            log.info("sign-in refused: paused after repeated failures")
            audit.record(self.desk, None, audit.Kind.SIGN_IN_FAILED, account=user.login if user else None,
                         why="paused")
            raise SignInPaused(_minutes_left(paused_until - now))
        if not ok or user is None or user.disabled:
            self._count_failure(login, thr, now, user.login if user is not None else None)
            raise AuthFailed("login or password is wrong", code="auth_failed")
        with self.desk.db.session() as s:
            values: dict = {"last_login_at": iso_utc(now)}
            if _hasher.check_needs_rehash(stored):  # type: ignore[arg-type]
                values["password_hash"] = _hasher.hash(password)
            user_repo.update(s, login, **values)
            if thr is not None:
                user_repo.clear_throttle(s, _throttle_key(login))
            actor = Actor(login=user.login, role=user.role, name=user.name, agency_id=user.agency_id)
            audit.write(s, self.desk, actor, kind)
        log.info("signed in (role %s)", user.role)
        return actor

    def _count_failure(self, login: str, thr: user_repo.Throttle | None, now,  # type: ignore[no-untyped-def]
                       account: str | None = None) -> None:
        """``account``: the login when it names an account (the trail never keeps what was typed
        otherwise: it may be a name or a password typed into the wrong field)."""
        stale = thr is None or parse_iso(thr.last_failure_at) < now - _FORGET_AFTER or (
            thr.locked_until is not None and parse_iso(thr.locked_until) <= now)
        failures = 1 if stale else thr.failures + 1  # type: ignore[union-attr]
        locked_until = None
        if failures >= MAX_FAILURES:
            locked_until = iso_utc(now + timedelta(minutes=LOCK_MINUTES))
        with self.desk.db.session() as s:
            user_repo.set_throttle(s, _throttle_key(login), failures=failures, last_failure_at=iso_utc(now),
                                   locked_until=locked_until)
            user_repo.prune_throttle(s, iso_utc(now - _FORGET_AFTER))
            audit.write(s, self.desk, None, audit.Kind.SIGN_IN_FAILED, account=account,
                        why="wrong" if locked_until is None else "paused_now")
            if locked_until is not None:
                audit.write(s, self.desk, None, audit.Kind.SIGN_IN_PAUSED, account=account, minutes=LOCK_MINUTES)
        if locked_until is not None:
            log.warning("sign-in paused for %d minutes after %d failed attempts", LOCK_MINUTES, failures)
            raise SignInPaused(LOCK_MINUTES)
        log.info("sign-in failed (%d of %d before a pause)", failures, MAX_FAILURES)

    # ------------------------------------------------------------------ sessions
    def sign_in(self, login: str, password: str) -> Session:
        """A password checked (``authenticate``): a live session of this desk."""
        actor = self.authenticate(login, password)
        return registry(self.desk).open(actor, self.desk.now_iso())

    def open_local_session(self, login: str) -> Session:
        """The command line's trusted path (``--as LOGIN``): no password, since whoever runs the
        command line here already holds the database file. The account must exist and be active;
        role and agency come from the accounts table. Never called by the GUI."""
        login = (login or "").strip().lower()
        with self.desk.db.read() as s:
            user = user_repo.get(s, login)
        if user is None:
            raise NotFound(f"no user {login}", code="user_not_found")
        if user.disabled:
            raise PermissionDenied("this account is disabled", code="account_disabled")
        actor = Actor(login=user.login, role=user.role, name=user.name, agency_id=user.agency_id)
        return registry(self.desk).open(actor, self.desk.now_iso())

    def confirm(self, session: Session, password: str) -> None:
        """The lock screen: the signed-in user's password again (counted like a sign-in)."""
        if not registry(self.desk).is_live(session):
            raise PermissionDenied("this session has ended", code="session_required")
        self.authenticate(session.login, password, kind=audit.Kind.SCREEN_UNLOCKED)

    def sign_out(self, session: Session) -> None:
        if registry(self.desk).close(session):
            audit.record(self.desk, session, audit.Kind.SIGNED_OUT)
            log.info("signed out")

    def unlock(self, actor: object | None, login: str) -> bool:
        """Lift a pause after failed sign-ins (admin). False when nothing was paused."""
        admin = self._require_admin(actor)
        login = (login or "").strip().lower()
        with self.desk.db.session() as s:
            if user_repo.get(s, login) is None:
                raise NotFound(f"no user {login}", code="user_not_found")
            lifted = user_repo.clear_throttle(s, _throttle_key(login))
            if lifted:
                audit.write(s, self.desk, admin, audit.Kind.SIGN_IN_UNPAUSED, account=login)
        if lifted:
            self.desk.changes.announce(Changes(accounts=True))
        return lifted

    def paused_logins(self) -> dict[str, str]:
        """Accounts whose sign-in is paused now: login -> until (ISO UTC)."""
        now = self.desk.now_iso()
        with self.desk.db.read() as s:
            out = {}
            for u in user_repo.all_users(s):
                thr = user_repo.throttle(s, _throttle_key(u.login))
                if thr and thr.locked_until and thr.locked_until > now:
                    out[u.login] = thr.locked_until
            return out


def _minutes_left(left: timedelta) -> int:
    return max(1, -(-int(left.total_seconds()) // 60))


def _role_errors(role: str, agency_id: int | None) -> list[FieldError]:
    errors: list[FieldError] = []
    if role not in {str(r) for r in STAFF_ROLES}:
        errors.append(field_error("role", "unknown_value", "account.unknown_role",
                                  roles=", ".join(str(r) for r in STAFF_ROLES)))
    if role == Role.LIAISON and agency_id is None:
        errors.append(field_error("agency_id", "required", "account.liaison_agency"))
    return errors


def password_errors(password: str) -> list[FieldError]:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        return [field_error("password", "too_short", "password.too_short", min=MIN_PASSWORD)]
    if len(password) > 256:
        return [field_error("password", "too_long", "password.too_long", max=256)]
    return []

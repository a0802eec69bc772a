"""Staff accounts: add, disable, passwords (argon2id), sign-in."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from lapor_desktop.core.errors import AuthFailed, InvalidInput, LaporError, NotFound, PermissionDenied
from lapor_desktop.domain.enums import STAFF_ROLES, Role
from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.validation import FieldError
from lapor_desktop.store import reference as ref_repo
from lapor_desktop.store import users as user_repo
from lapor_desktop.store.users import User

from .desk import Desk

_LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
MIN_PASSWORD = 8
_hasher = PasswordHasher()  # argon2id with the library's current parameters
# a fixed hash to spend the same time on unknown logins (no user enumeration by timing)
_DUMMY_HASH = _hasher.hash("not-a-real-password")


class UserService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def _require_admin(self, actor: Actor | None) -> None:
        # actor None = the machine's own administrator at the command line
        if actor is not None and actor.role != Role.ADMIN:
            raise PermissionDenied("only an admin manages staff accounts", code="admin_only")

    def add(self, actor: Actor | None, *, login: str, role: str, password: str, name: str = "",
            agency_id: int | None = None) -> User:
        self._require_admin(actor)
        login = (login or "").strip().lower()
        errors: list[FieldError] = []
        if not _LOGIN.match(login):
            errors.append(FieldError("login", "login_format",
                                     "Nama login 2-32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.",
                                     "Login is 2-32 characters: lower-case letters, digits, dot, underscore or dash."))
        if role not in {str(r) for r in STAFF_ROLES}:
            errors.append(FieldError("role", "unknown_value",
                                     "Peran harus salah satu dari: " + ", ".join(str(r) for r in STAFF_ROLES) + ".",
                                     "Role must be one of: " + ", ".join(str(r) for r in STAFF_ROLES) + "."))
        errors += password_errors(password)
        if role == Role.LIAISON:
            if agency_id is None:
                errors.append(FieldError("agency_id", "required", "Penghubung OPD harus terhubung ke satu instansi.",
                                         "A liaison must belong to an agency."))
        if len(name or "") > 200:
            errors.append(FieldError("name", "too_long", "Nama paling panjang 200 karakter.", "Name is at most 200 characters."))
        if errors:
            raise InvalidInput(errors)
        with self.desk.db.session() as s:
            if role == Role.LIAISON and ref_repo.agency(s, int(agency_id)) is None:  # type: ignore[arg-type]
                raise InvalidInput([FieldError("agency_id", "unknown_value", "Instansi tidak ada di data referensi.",
                                               "The agency is not in the reference data.")])
            if user_repo.get(s, login) is not None:
                raise InvalidInput([FieldError("login", "taken", f"Nama login {login} sudah dipakai.",
                                               f"Login {login} is already taken.")])
            return user_repo.add(s, login=login, name=(name or "").strip(), role=role,
                                 agency_id=agency_id if role == Role.LIAISON else None,
                                 password_hash=_hasher.hash(password), created_at=self.desk.now_iso())

    def set_password(self, actor: Actor | None, login: str, password: str) -> None:
        self._require_admin(actor) if actor is None or actor.login != login else None
        errors = password_errors(password)
        if errors:
            raise InvalidInput(errors)
        with self.desk.db.session() as s:
            if user_repo.update(s, login, password_hash=_hasher.hash(password)) is None:
                raise NotFound(f"no user {login}", code="user_not_found")

    def set_disabled(self, actor: Actor | None, login: str, disabled: bool) -> User:
        self._require_admin(actor)
        if actor is not None and actor.login == login and disabled:
            raise LaporError("you cannot disable your own account", code="cannot_disable_self")
        with self.desk.db.session() as s:
            u = user_repo.update(s, login, disabled=disabled)
            if u is None:
                raise NotFound(f"no user {login}", code="user_not_found")
            return u

    def list(self) -> list[User]:
        with self.desk.db.read() as s:
            return user_repo.all_users(s)

    def authenticate(self, login: str, password: str) -> Actor:
        """Check a password. Unknown login, wrong password and disabled account fail alike."""
        login = (login or "").strip().lower()
        with self.desk.db.read() as s:
            user = user_repo.get(s, login)
            stored = user_repo.password_hash(s, login) if user else None
        try:
            _hasher.verify(stored or _DUMMY_HASH, password or "")
            ok = stored is not None
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
        if not ok or user is None or user.disabled:
            raise AuthFailed("login or password is wrong", code="auth_failed")
        with self.desk.db.session() as s:
            values: dict = {"last_login_at": self.desk.now_iso()}
            if _hasher.check_needs_rehash(stored):  # type: ignore[arg-type]
                values["password_hash"] = _hasher.hash(password)
            user_repo.update(s, login, **values)
        return Actor(login=user.login, role=user.role, name=user.name, agency_id=user.agency_id)


def password_errors(password: str) -> list[FieldError]:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        return [FieldError("password", "too_short", f"Kata sandi paling sedikit {MIN_PASSWORD} karakter.",
                           f"Password must be at least {MIN_PASSWORD} characters.", {"min": MIN_PASSWORD})]
    if len(password) > 256:
        return [FieldError("password", "too_long", "Kata sandi paling panjang 256 karakter.",
                           "Password is at most 256 characters.", {"max": 256})]
    return []

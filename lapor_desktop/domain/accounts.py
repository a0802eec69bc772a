"""Office-wide staff accounts as events: the rules both the desk and the hub fold them by. Pure.

An account change made on any desk is an event in the office's account stream (``complaint_id``
``ACCOUNTS_STREAM``): ``account.created`` (login, role, name, agency, argon2id hash),
``account.updated`` (any of role, name, agency, disabled) and ``account.password_set`` (a new
argon2id hash; the password itself never leaves the desk where it was typed). Every replica folds
them in the one event order (HLC, device, id), so every desk and the hub agree.

* **The same login created twice** (two desks, offline, or a new desk whose first-run admin has
  a login the office already has): the first creation in event order stands; a later one changes
  nothing, so the new desk takes the office's account (and its password) once it syncs. The hub
  refuses a creation that would sort before the one it has (``account_exists``), so a desk with
  its clock set back cannot replace an account's password that way.
* **Conflicting edits**: field by field, the later change in that order wins (two admins who
  change the same account offline: each field ends as the later of the two set it; a disable on
  one desk and a password change on another both apply).
* **At a time**: ``state_at`` is an account as it stood at an event's HLC: changes up to that
  HLC apply; the account's creation counts from the start (an account a desk had before its
  office's accounts were shared existed before its ``account.created`` was sent), so only
  disabling and role changes are judged by time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from .enums import ACCOUNT_TYPES, STAFF_ROLES, EventType, Role
from .model import Event

LOGIN_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
ARGON2ID_RE = re.compile(r"^\$argon2id\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$")
_FIELDS = ("role", "name", "agency_id", "disabled")


@dataclass(frozen=True)
class AccountState:
    login: str
    role: str
    name: str = ""
    agency_id: int | None = None
    disabled: bool = False
    password_hash: str = ""

    @property
    def active(self) -> bool:
        return not self.disabled


def _int_or_none(v: Any) -> bool:
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**62)


def check_account_data(etype: str, data: dict[str, Any]) -> str | None:
    """None when ``data`` is a valid account change of type ``etype``, else why not (English)."""
    login = data.get("login")
    if not isinstance(login, str) or not LOGIN_RE.match(login):
        return "data.login is not a valid login"
    roles = {str(r) for r in STAFF_ROLES}
    role = data.get("role")
    if not isinstance(role, str | None):  # a list or an object is no role (and cannot be looked up)
        return "data.role is not a staff role"
    if etype == EventType.ACCOUNT_CREATED:
        if role not in roles:
            return "data.role is not a staff role"
        if not isinstance(data.get("password_hash"), str) or not ARGON2ID_RE.match(data["password_hash"]) \
                or len(data["password_hash"]) > 200:
            return "data.password_hash is not an argon2id hash"
    elif etype == EventType.ACCOUNT_UPDATED:
        if not set(_FIELDS) & data.keys():
            return "data needs one of role, name, agency_id, disabled"
        if "role" in data and role not in roles:
            return "data.role is not a staff role"
        if "disabled" in data and not isinstance(data["disabled"], bool):
            return "data.disabled must be true or false"
    elif etype == EventType.ACCOUNT_PASSWORD_SET:
        if not isinstance(data.get("password_hash"), str) or not ARGON2ID_RE.match(data["password_hash"]) \
                or len(data["password_hash"]) > 200:
            return "data.password_hash is not an argon2id hash"
    else:
        return f"{etype} is not an account event"
    if "name" in data and not (isinstance(data["name"], str) and len(data["name"]) <= 200):
        return "data.name must be text of at most 200 characters"
    if "agency_id" in data and not _int_or_none(data["agency_id"]):
        return "data.agency_id must be a number or null"
    if data.get("role") == Role.LIAISON and data.get("agency_id") is None and etype == EventType.ACCOUNT_CREATED:
        return "a liaison account needs data.agency_id"
    return None


def order(events: Iterable[Event]) -> list[Event]:
    return sorted((e for e in events if e.type in ACCOUNT_TYPES), key=lambda e: e.sort_key)


def apply(state: AccountState | None, e: Event) -> AccountState | None:
    """One account event on one account's state (None: not created yet)."""
    d = e.data
    if e.type == EventType.ACCOUNT_CREATED:
        if state is not None:  # the login exists: the first creation in event order stands
            return state
        return AccountState(login=d["login"], role=d["role"], name=d.get("name") or "",
                            agency_id=d.get("agency_id"), disabled=bool(d.get("disabled", False)),
                            password_hash=d["password_hash"])
    if state is None:  # a change of an account this replica never saw created: kept for later
        return None
    if e.type == EventType.ACCOUNT_UPDATED:
        return replace(state, **{k: d[k] for k in _FIELDS if k in d})
    if e.type == EventType.ACCOUNT_PASSWORD_SET:
        return replace(state, password_hash=d["password_hash"])
    return state


def fold_accounts(events: Iterable[Event]) -> dict[str, AccountState]:
    """Every account of the stream as it stands after all of ``events``."""
    out: dict[str, AccountState] = {}
    for e in order(events):
        login = e.data.get("login")
        st = apply(out.get(login), e)
        if st is not None:
            out[login] = st
    return out


def state_at(ordered: list[Event], login: str, hlc: str) -> AccountState | None:
    """``login`` as it stood at ``hlc`` (``ordered``: the stream in event order). Creation counts
    from the start; later changes (disabling, role) only from their own HLC."""
    state: AccountState | None = None
    first_created: AccountState | None = None
    for e in ordered:
        if e.data.get("login") != login:
            continue
        if e.type == EventType.ACCOUNT_CREATED and first_created is None:
            first_created = apply(None, e)
        if e.hlc <= hlc:
            state = apply(state, e)
    return state if state is not None else first_created


def has_active_admin(accounts: dict[str, AccountState]) -> bool:
    return any(a.role == Role.ADMIN and a.active for a in accounts.values())

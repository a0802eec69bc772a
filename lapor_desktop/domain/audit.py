"""The audit trail's rules: what an entry is, its canonical encoding and hash, and how a chain is
checked. Pure (hashlib and json only); the store keeps the rows, the services write them.

Each entry names the hash of the entry before it (``prev_hash``; the first names ``GENESIS``) and
carries its own hash over a canonical encoding of everything else it holds (its position ``seq``
is only where it is kept: moving entries shows as a link that points to the wrong entry). So an
entry edited in the database, one taken out, and two swapped are each found by ``verify_chain``,
which names the first entry where the chain breaks and what is wrong there.

What an entry may hold: ids (complaint, event, device), logins and roles, field names, counts,
formats and choices — never a NIK, a phone number or a name. ``check_detail`` refuses a detail
that holds personal data under a key that would carry it, or digits that look like a NIK or a
phone number; the one free text kept is the reason given for a reveal or a change of privacy,
checked by ``reason_errors`` before it is written.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from lapor_desktop.core.text import Words

from .field_errors import FieldError, field_error

GENESIS = "0" * 64


class Kind(StrEnum):
    SIGNED_IN = "signed_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_IN_PAUSED = "sign_in_paused"  # five failures: the login is paused (a lockout)
    SIGN_IN_UNPAUSED = "sign_in_unpaused"  # an admin lifted the pause
    SIGNED_OUT = "signed_out"
    SCREEN_UNLOCKED = "screen_unlocked"  # the lock screen's password accepted
    IDENTITY_REVEALED = "identity_revealed"
    RECORDED = "recorded"  # complaints recorded (intake form, bulk intake, paper forms)
    ACTION = "action"  # a lifecycle action on a complaint (detail: action, event)
    FLAGS_CHANGED = "flags_changed"  # Anonim lifted or set, Rahasia changed (with the reason)
    RECEIPT_PRINTED = "receipt_printed"
    RECEIPT_REPRINTED = "receipt_reprinted"
    REPORT_PRINTED = "report_printed"  # the monthly report
    EXPORTED = "exported"
    ACCOUNT_CHANGED = "account_changed"
    SETTINGS_CHANGED = "settings_changed"
    AUDIT_VERIFIED = "audit_verified"


# keys a detail may never carry (they would hold personal data)
_FORBIDDEN_KEYS = frozenset({"name", "nik", "phone", "email", "address", "reporter", "reporter_name",
                             "reporter_nik", "reporter_phone", "reporter_email", "reporter_address",
                             "password", "text", "body", "title", "note"})
# a NIK has 16 digits, an Indonesian phone 9-14: any run of 8 or more digits is refused
# keys whose values are ids (a login may be all digits) or the reason (checked by reason_errors)
_ID_KEYS = frozenset({"account", "event", "reason"})
_LONG_DIGITS = re.compile(r"\d[\d .\-]{6,}\d")
REASON_MIN = 10
REASON_MAX = 500


@dataclass(frozen=True)
class Entry:
    """One audit entry as stored. ``hash`` covers every field but ``seq``."""

    seq: int
    id: str
    at: str
    device_id: str
    actor_login: str | None
    actor_role: str | None
    kind: str
    complaint_id: str | None
    detail: dict[str, Any] = field(default_factory=dict)
    prev_hash: str = GENESIS
    hash: str = ""


def canonical(e: Entry) -> bytes:
    """The bytes an entry's hash is taken over: a JSON array in a fixed order, keys of the detail
    sorted, no spaces, UTF-8."""
    body = [e.id, e.at, e.device_id, e.actor_login, e.actor_role, e.kind, e.complaint_id, e.detail, e.prev_hash]
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def entry_hash(e: Entry) -> str:
    return hashlib.sha256(b"lapor-audit-v1\n" + canonical(e)).hexdigest()


def encode_detail(detail: Mapping[str, Any]) -> str:
    return json.dumps(dict(detail), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def check_detail(detail: Mapping[str, Any]) -> None:
    """Raise ``ValueError`` when a detail would carry personal data (a programming error: the
    services pass ids and field names only)."""
    for k, v in detail.items():
        if k in _FORBIDDEN_KEYS:
            raise ValueError(f"audit detail key {k!r} would carry personal data")
        values = v if isinstance(v, (list, tuple)) else [v]
        for x in values:
            if not (x is None or isinstance(x, (bool, int, float, str))):
                raise ValueError(f"audit detail {k!r} must be plain values")
            if isinstance(x, str) and k not in _ID_KEYS and _LONG_DIGITS.search(x) and not _is_id(x):
                raise ValueError(f"audit detail {k!r} holds a long number")


_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^[0-9a-f]{64}$"
                 r"|^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$|^(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(-[A-Z0-9]+)*$")  # receipt no.: a letter in it


def _is_id(x: str) -> bool:
    return bool(_ID.match(x))


def reason_errors(reason: object, *, field_name: str = "reason", names: Iterable[str] = ()) -> list[FieldError]:
    """The reason typed for a reveal or a change of privacy: required, 10-500 characters, and no
    NIK, phone number or the reporter's name in it (it is kept in the audit trail)."""
    if not isinstance(reason, str) or not reason.strip():
        return [field_error(field_name, "required", "reason.required")]
    r = " ".join(reason.split())
    if len(r) < REASON_MIN:
        return [field_error(field_name, "too_short", "reason.too_short", min=REASON_MIN)]
    if len(r) > REASON_MAX:
        return [field_error(field_name, "too_long", "reason.too_long", max=REASON_MAX)]
    if _LONG_DIGITS.search(r):
        return [field_error(field_name, "personal_data", "reason.nik_or_phone")]
    folded = r.casefold()
    for n in names:
        parts = [p for p in (n or "").casefold().split() if len(p) >= 3]
        if parts and any(p in folded for p in parts):
            return [field_error(field_name, "personal_data", "reason.reporter_name")]
    return []


def clean_reason(reason: str) -> str:
    return " ".join(reason.split())


@dataclass(frozen=True)
class Break:
    """Where a chain breaks: the entry (its position ``seq``), a stable ``code``, and its words (the
    catalogue's ``key`` with ``params``, core/messages.py)."""

    seq: int
    code: str  # edited | reordered | missing | tail_missing
    key: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)

    def text(self, lang: str = "id") -> str:
        return Words(lang)(self.key, seq=self.seq, **self.params)

    @property
    def message_id(self) -> str:
        return self.text("id")

    @property
    def message_en(self) -> str:
        return self.text("en")


@dataclass(frozen=True)
class Verdict:
    count: int
    broken: Break | None = None

    @property
    def ok(self) -> bool:
        return self.broken is None


def verify_chain(entries: Iterable[Entry], head: tuple[int, str] | None = None) -> Verdict:
    """Walk the entries in ``seq`` order. The first problem found is returned:

    * ``edited``: the entry's hash does not match what it holds now;
    * ``reordered``: its link names an entry that comes later (entries were moved);
    * ``missing``: its link names no entry kept (an entry before it was deleted);
    * ``tail_missing``: the newest entries recorded in ``head`` (count, hash) are gone.
    """
    entries = list(entries)
    hashes = {e.hash: i for i, e in enumerate(entries)}
    prev = GENESIS
    for i, e in enumerate(entries):
        if entry_hash(e) != e.hash:
            return Verdict(i, Break(e.seq, "edited", "audit.edited"))
        if e.prev_hash != prev:
            j = hashes.get(e.prev_hash)
            if j is not None and j > i:
                return Verdict(i, Break(e.seq, "reordered", "audit.reordered_later", {"linked": entries[j].seq}))
            if j is not None:
                return Verdict(i, Break(e.seq, "reordered", "audit.reordered", {"linked": entries[j].seq}))
            return Verdict(i, Break(e.seq, "missing", "audit.missing"))
        prev = e.hash
    if head is not None:
        count, head_hash = head
        if count > len(entries) or (count == len(entries) and count and head_hash != prev):
            last = entries[-1].seq if entries else 0
            return Verdict(len(entries), Break(last + 1, "tail_missing", "audit.tail_missing",
                                               {"last": last, "written": count, "left": len(entries)}))
    return Verdict(len(entries))


__all__ = ["Break", "Entry", "GENESIS", "Kind", "REASON_MAX", "REASON_MIN", "Verdict", "canonical", "check_detail",
           "clean_reason", "encode_detail", "entry_hash", "reason_errors", "verify_chain"]

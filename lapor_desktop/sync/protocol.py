"""The wire: sync protocol v1 (shared/design/SYNC.md), shared by the desk and the hub.

Both sides import these models, so the two cannot drift. Only pydantic, the standard library,
``core`` and ``domain`` are imported here (no FastAPI, no requests): the desk's sync engine uses
this module too.

* Envelope checks (types, id formats, sizes) are pydantic models: a request that fails them is
  refused as a whole (4xx, nothing written).
* ``data`` checks are per event type (:func:`check_event_data`): an event whose ``data`` fails
  them is rejected item by item with code ``malformed``; extra keys are allowed, because the
  protocol grows by optional fields.
* :func:`canonical_json` is the one serialisation used to compare bodies (``id_conflict``) and to
  count bytes (pull pages, batch sizes).
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from lapor_desktop.core.clock import parse_iso
from lapor_desktop.domain.accounts import check_account_data
from lapor_desktop.domain.enums import ACCOUNT_TYPES, ACCOUNTS_STREAM, EDITABLE_FIELDS, EventType
from lapor_desktop.domain.model import Event

PROTOCOL_VERSION = 1
SUPPORTED_PROTOCOLS = (1,)
API_PREFIX = "/api/v1"

# ------------------------------------------------------------------------------------- limits
MAX_BODY_BYTES = 1 << 20  # a request body on the wire (compressed when gzip), 1 MiB
MAX_DECOMPRESSED_BYTES = 16 << 20  # a gzip request body once inflated (gzip bombs stop here)
MAX_EVENTS = 1000  # events in one sync request
DEFAULT_MAX_PULL_BYTES = 256 << 10  # pull page size when the desk does not say
MAX_PULL_BYTES = 4 << 20  # the most a desk may ask for in one page
DEFAULT_MAX_BLOB_BYTES = 25 << 20  # hub setting --max-blob-mb
MAX_CHUNK_BYTES = 4 << 20  # one PATCH body
MAX_STRING = 100_000  # any single string in an event's data (bodies are ~3,000 chars)
MAX_HLC_SKEW_MS = 10 * 60 * 1000  # default: an hlc further ahead of the receiver's clock is refused

PROBLEM_CONTENT_TYPE = "application/problem+json"

# -------------------------------------------------------------------------------- formats
UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
HLC_PATTERN = r"^\d{15}-\d{5}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
CURSOR_PATTERN = r"^\d{1,18}$"
TRACKING_ID_PATTERN = r"^\d{7}$"
OFFICE_CODE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
PRINTABLE_PATTERN = r"^[^\x00-\x1f\x7f]*$"  # free text kept on one line, without control characters

_SHA256_RE = re.compile(SHA256_PATTERN)
_TRACKING_RE = re.compile(TRACKING_ID_PATTERN)

EVENT_TYPES = frozenset(t.value for t in EventType)
HUB_ONLY_TYPES = frozenset({EventType.TRACKING_ASSIGNED.value})
CLOSE_BY = ("admin", "reporter", "system")


class Outcome:
    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


class RejectCode:
    """Per-item rejection codes (``ItemResult.code`` when outcome is ``rejected``)."""

    ID_CONFLICT = "id_conflict"  # same id, another body
    UNKNOWN_COMPLAINT = "unknown_complaint"  # non-creation event for a complaint the hub never saw
    FORBIDDEN = "forbidden"  # another office's complaint / hub-only type / another device's event
    MALFORMED = "malformed"  # data fails check_event_data
    HLC_AHEAD = "hlc_ahead"  # the event's hlc is further ahead of the receiver's clock than allowed
    # the actor (hub/accounts.py): not an account of the office, disabled at the event's time, or
    # a role that may not take this action (domain/permissions.py)
    ACTOR_UNKNOWN = "actor_unknown"
    ACTOR_DISABLED = "actor_disabled"
    ACTOR_NOT_ALLOWED = "actor_not_allowed"
    ACCOUNT_EXISTS = "account_exists"  # an account.created that would sort before the office's own
    # the event's prev does not name the hash of the device's previous event as the hub has it:
    # an event of this desk was rewritten or deleted after it was written (domain/chain.py)
    CHAIN_BROKEN = "chain_broken"


class ProblemCode:
    """``code`` of problem+json answers."""

    BAD_REQUEST = "bad_request"
    INVALID_JSON = "invalid_json"
    VALIDATION = "validation_error"
    UNKNOWN_TYPE = "unknown_type"
    UNSUPPORTED_PROTOCOL = "unsupported_protocol"
    UNSUPPORTED_ENCODING = "unsupported_encoding"
    TOO_LARGE = "payload_too_large"
    TOO_MANY_EVENTS = "too_many_events"
    UNAUTHORIZED = "unauthorized"
    DEVICE_MISMATCH = "device_mismatch"
    ENROLLMENT_INVALID = "enrollment_code_invalid"
    ENROLLMENT_USED = "enrollment_code_used"
    ENROLLMENT_EXPIRED = "enrollment_code_expired"
    OFFICE_MISMATCH = "office_mismatch"
    DEVICE_ID_TAKEN = "device_id_taken"
    NOT_FOUND = "not_found"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    OFFSET_MISMATCH = "offset_mismatch"
    LENGTH_MISMATCH = "length_mismatch"
    HASH_MISMATCH = "hash_mismatch"
    RATE_LIMITED = "rate_limited"
    QUOTA_EXCEEDED = "quota_exceeded"  # 507: the device's or office's storage on the hub is full
    INTERNAL = "internal_error"


# ------------------------------------------------------------------------------ serialising
def canonical_json(obj: Any) -> bytes:
    """Sorted keys, compact separators, UTF-8 (no ASCII escaping). Deterministic."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


# ---------------------------------------------------------------------------------- models
class _Model(BaseModel):
    # unknown fields are ignored: newer peers may add optional fields
    model_config = ConfigDict(extra="ignore", defer_build=True)


class Actor(_Model):
    user: str = Field(max_length=200)
    role: str = Field(max_length=50)


class WireEvent(_Model):
    id: str = Field(pattern=UUID_PATTERN)
    complaint_id: str = Field(pattern=UUID_PATTERN)
    type: str = Field(min_length=1, max_length=100)
    device_id: str = Field(pattern=UUID_PATTERN)
    device_seq: int = Field(ge=0, le=2**62, strict=True)
    hlc: str = Field(pattern=HLC_PATTERN)
    occurred_at: str = Field(min_length=10, max_length=40, json_schema_extra={"format": "date-time"})
    actor: Actor
    base: str | None = Field(default=None, max_length=64)
    data: dict[str, Any] = Field(default_factory=dict)
    server_seq: int | None = Field(default=None, ge=1)
    # chain hash of the device's previous event (domain/chain.py); absent on events of older desks
    prev: str | None = Field(default=None, pattern=SHA256_PATTERN)

    @field_validator("occurred_at")
    @classmethod
    def _iso(cls, v: str) -> str:
        try:
            parse_iso(v)
        except (ValueError, TypeError, OverflowError) as exc:
            raise ValueError("occurred_at is not an ISO-8601 timestamp") from exc
        return v

    # ---- conversions
    def body(self) -> dict[str, Any]:
        """The event as compared and stored: every wire field but ``server_seq``."""
        d = self.model_dump(mode="json", exclude={"server_seq"})
        if d.get("prev") is None:  # events of desks without chains keep the body they always had
            d.pop("prev", None)
        return d

    def canonical(self) -> bytes:
        return canonical_json(self.body())

    def to_event(self) -> Event:
        return Event.from_wire(self.model_dump(mode="json"))


class SyncRequest(_Model):
    protocol: int = Field(strict=True, json_schema_extra={"enum": list(SUPPORTED_PROTOCOLS)})
    device_id: str = Field(pattern=UUID_PATTERN)
    cursor: str = Field(default="0", pattern=CURSOR_PATTERN)
    client_time: str | None = Field(default=None, max_length=40)
    events: list[WireEvent] = Field(default_factory=list, max_length=MAX_EVENTS)
    max_pull_bytes: int = Field(default=DEFAULT_MAX_PULL_BYTES, ge=1, le=MAX_PULL_BYTES, strict=True)
    # after a restore from backup: the pull includes this device's own events after the cursor
    # (which the restored database lacks); older hubs ignore the field
    resync_own: bool = False
    # the desk's office deadline policy: {"timezone", "autoclose_days", "changed_at"}; checked by
    # the hub item by item (``hub/offices.py``: a bad one is ignored, never fails the sync)
    office_policy: dict[str, Any] | None = None


class ItemResult(_Model):
    id: str
    outcome: Literal["accepted", "duplicate", "rejected"]
    code: str | None = None
    detail: str | None = None
    server_seq: int | None = None  # for accepted and duplicate events


class SyncResponse(_Model):
    results: list[ItemResult]
    events: list[WireEvent]
    cursor: str
    has_more: bool
    missing_blobs: list[str] = Field(default_factory=list)
    server_time: str
    # desk side: pulled events that broke a rule (sync.pullcheck.SetAside), not on the wire
    _set_aside: list[Any] = PrivateAttr(default_factory=list)

    @property
    def set_aside(self) -> list[Any]:
        return self._set_aside

    @set_aside.setter
    def set_aside(self, value: list[Any]) -> None:
        self._set_aside = value


class SyncPage(_Model):
    """A sync answer as a desk first reads it: the pulled events unchecked, so that one bad event
    is set aside (sync.pullcheck) instead of failing the whole page."""

    results: list[ItemResult]
    events: list[Any]
    cursor: str = Field(pattern=CURSOR_PATTERN)
    has_more: bool
    missing_blobs: list[str] = Field(default_factory=list)
    server_time: str


class Health(_Model):
    status: str
    hub_id: str
    protocols: list[int]
    server_time: str


class EnrollRequest(_Model):
    enrollment_code: str = Field(min_length=1, max_length=200)
    office_code: str = Field(pattern=OFFICE_CODE_PATTERN)
    device_id: str | None = Field(default=None, pattern=UUID_PATTERN)
    # stored as given: no control characters (PostgreSQL refuses NUL in text; a terminal would
    # obey escape sequences when an admin lists the devices)
    device_name: str = Field(default="", max_length=200, pattern=PRINTABLE_PATTERN)
    client_version: str = Field(default="", max_length=100, pattern=PRINTABLE_PATTERN)


class EnrollResponse(_Model):
    device_id: str
    token: str
    office_code: str
    hub_id: str
    server_time: str


class Problem(_Model):
    type: str = "about:blank"
    title: str
    status: int
    detail: str = ""
    code: str


# ---- reference data (GET /reference; loaded by the hub admin): one validator, shared with the desk
from .reference_model import (  # noqa: E402,F401
    RefAgency,
    RefCategory,
    RefChannel,
    RefClosure,
    ReferenceData,
    RefRegion,
)


# ---------------------------------------------------------------------- per-type data checks
_STR = (str,)
_OPT_STR = (str, type(None))
_BOOL = (bool,)
_OPT_DICT = (dict, type(None))


def _is_int(v: Any) -> bool:
    if isinstance(v, bool):
        return False
    if isinstance(v, int):
        return True
    return isinstance(v, str) and v.isdigit() and len(v) <= 18


def _opt_int(v: Any) -> bool:
    return v is None or v == "" or _is_int(v)


# type -> {key: (required, check)}; a check is a tuple of types or a predicate
_Check = tuple | Any
_SPEC: dict[str, dict[str, tuple[bool, _Check]]] = {
    EventType.CREATED: {
        "title": (True, _STR),
        "office_code": (True, lambda v: isinstance(v, str) and bool(re.match(OFFICE_CODE_PATTERN, v))),
        "body": (False, _OPT_STR),
        "classification": (False, _OPT_STR),
        "channel": (False, _OPT_STR),
        "category_id": (False, _opt_int),
        "reporter": (False, _OPT_DICT),
        "anonymous": (False, (bool, type(None))),
        "confidential": (False, (bool, type(None))),
        "location": (False, _OPT_DICT),
        "incident_date": (False, _OPT_STR),
        "receipt_number": (False, _OPT_STR),
        "received_at": (False, _OPT_STR),
    },
    EventType.EDITED: {
        "fields": (True, lambda v: isinstance(v, dict) and bool(v)
                   and all(k in EDITABLE_FIELDS for k in v)),
    },
    EventType.FLAGS_CHANGED: {
        "anonymous": (False, (bool, type(None))),
        "confidential": (False, (bool, type(None))),
    },
    EventType.VERIFIED: {"note": (False, _OPT_STR)},
    EventType.INFO_REQUESTED: {"note": (False, _OPT_STR)},
    EventType.INFO_RECEIVED: {"note": (False, _OPT_STR)},
    EventType.FORWARDED: {
        "agency_id": (True, _is_int),
        "agency_name": (False, _OPT_STR),
        "note": (False, _OPT_STR),
    },
    EventType.DECLINED: {"agency_id": (False, _opt_int), "reason": (False, _OPT_STR)},
    EventType.FOLLOWED_UP: {"agency_id": (False, _opt_int), "text": (True, _STR)},
    EventType.REPORTER_REPLIED: {"text": (True, _STR)},
    EventType.CLOSED: {"by": (True, lambda v: v in CLOSE_BY), "note": (False, _OPT_STR)},
    EventType.ARCHIVED: {"by": (True, lambda v: v in CLOSE_BY), "reason": (False, _OPT_STR)},
    EventType.REOPENED: {"reason": (False, _OPT_STR)},
    EventType.COMMENTED: {"text": (True, _STR)},
    EventType.ATTACHMENT_ADDED: {
        "sha256": (True, lambda v: isinstance(v, str) and bool(_SHA256_RE.match(v))),
        "filename": (False, _OPT_STR),
        "mime": (False, _OPT_STR),
        "size": (True, lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0),
    },
    EventType.TRACKING_ASSIGNED: {
        "tracking_id": (True, lambda v: isinstance(v, str) and bool(_TRACKING_RE.match(v))),
    },
    EventType.IMPORTED: {
        "office_code": (False, lambda v: v is None or (isinstance(v, str)
                                                      and bool(re.match(OFFICE_CODE_PATTERN, v)))),
        "tracking_id": (False, lambda v: v is None or isinstance(v, (str, int))),
    },
}


def _long_string(value: Any, depth: int = 0) -> bool:
    if isinstance(value, str):
        return len(value) > MAX_STRING
    if depth > 6:
        return False
    if isinstance(value, dict):
        return any(_long_string(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return any(_long_string(v, depth + 1) for v in value)
    return False


def hlc_ahead_by(hlc: str, now_ms: int) -> int:
    """How many milliseconds ``hlc`` (a pattern-valid reading) is ahead of ``now_ms``."""
    return int(hlc.partition("-")[0]) - now_ms


def check_stream(etype: str, complaint_id: str) -> str | None:
    """Account events travel in the account stream and nothing else does."""
    if (etype in ACCOUNT_TYPES) != (complaint_id == ACCOUNTS_STREAM):
        return "account events, and only they, carry the account stream's id"
    return None


def check_event_data(etype: str, data: Any) -> str | None:
    """``None`` when ``data`` is acceptable for ``etype``, else a short detail (for ``malformed``).

    Extra keys are allowed. Optional keys may be absent or null.
    """
    if etype not in EVENT_TYPES:
        return f"unknown event type {etype!r}"
    if not isinstance(data, dict):
        return "data must be an object"
    if etype in ACCOUNT_TYPES:
        problem = check_account_data(etype, data)
        if problem is not None:
            return problem
    spec = _SPEC.get(etype, {})
    for key, (required, check) in spec.items():
        if key not in data:
            if required:
                return f"data.{key} is required for {etype}"
            continue
        value = data[key]
        ok = isinstance(value, check) if isinstance(check, tuple) else bool(check(value))
        if not ok:
            return f"data.{key} has the wrong type or value for {etype}"
    if etype == EventType.FLAGS_CHANGED and not ({"anonymous", "confidential"} & data.keys()):
        return "data needs anonymous or confidential"
    resolves = data.get("resolves")
    if resolves is not None and not (isinstance(resolves, list)
                                     and all(isinstance(r, str) for r in resolves)):
        return "data.resolves must be a list of event ids"
    if _long_string(data):
        return f"a string in data is longer than {MAX_STRING} characters"
    return None

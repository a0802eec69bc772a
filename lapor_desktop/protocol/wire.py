"""The wire: sync protocol v1 (shared/design/SYNC.md), shared by the desk and the hub.

Both sides import these models, so the two cannot drift. Only pydantic, the standard library,
``core`` and ``domain`` are imported here (no FastAPI, no requests): the desk's sync engine uses
this module too.

* Envelope checks (types, id formats, sizes) are pydantic models: a request that fails them is
  refused as a whole (4xx, nothing written).
* ``data`` checks are per event type (:func:`~lapor_desktop.protocol.events.check_event_data`): an event whose ``data`` fails
  them is rejected item by item with code ``malformed``; extra keys are allowed, because the
  protocol grows by optional fields.
* :func:`canonical_json` is the one serialisation used to compare bodies (``id_conflict``) and to
  count bytes (pull pages, batch sizes).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from lapor_desktop.core.clock import parse_iso
from lapor_desktop.domain.enums import EventType
from lapor_desktop.domain.model import Event

from .codes import Outcome

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

EVENT_TYPES = frozenset(t.value for t in EventType)
HUB_ONLY_TYPES = frozenset({EventType.TRACKING_ASSIGNED.value})
CLOSE_BY = ("admin", "reporter", "system")


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

    def encode(self, events: Sequence[bytes] = ()) -> bytes:
        """The request body: the fields that were set, as canonical JSON, with ``events`` (each
        the canonical JSON of a :meth:`WireEvent.body`, as a desk keeps them in its outbox)
        spliced in, so a batch of a thousand is not parsed and serialised again per attempt."""
        head = canonical_json(self.model_dump(mode="json", exclude_unset=True, exclude={"events"}))
        return head[:-1] + b',"events":[' + b",".join(events) + b"]}"


class ItemResult(_Model):
    id: str
    outcome: Outcome
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

    def encode(self, events_json: bytes = b"") -> bytes:
        """The answer body (the hub's): every field from the model, ``events`` given as the
        stored events' JSON joined by commas (each as the hub keeps it, with its ``server_seq``),
        spliced in, so a page is never parsed and serialised again. ``results`` leave out what
        is null (an accepted event has no ``code``, a rejected one no ``server_seq``)."""
        if self.events:
            raise ValueError("encode() takes the events as JSON; the model's own must be empty")
        head = self.model_dump_json(exclude_none=True).encode("utf-8")
        # the first '"events":[' is the key: inside JSON strings every quote is escaped
        at = head.index(b'"events":[]') + len(b'"events":[')
        return b"".join((head[:at], events_json, head[at:]))


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

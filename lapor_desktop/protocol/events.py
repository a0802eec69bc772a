"""Per-type models of an event's ``data`` (SYNC.md, "Event types (v1) and their data").

One pydantic model per event type (:data:`DATA_MODELS`). They are the checks both sides run on
every event (:func:`check_event_data`: the hub on each pushed event, the desk on each pulled
one, ``sync/pullcheck.py``) and the schemas of the hub's OpenAPI document (``protocol/schema.py``).

* An event whose ``data`` fails is rejected item by item with code ``malformed`` and a detail that
  names the field (``data.title is required for complaint.created``); the batch goes on.
* Types are strict (a number is not text, ``"true"`` is not a boolean); optional fields may be
  absent or null.
* Keys a model does not name are allowed and kept as sent: the protocol grows by optional fields
  (SYNC.md: "extend with new optional fields"), so an older hub or desk must accept a newer
  peer's event. Nothing here changes ``data``: a model only judges it.
* Account events: the rules are the domain's (``domain/accounts.check_account_data``, asked
  first, its words kept); their models here give the shape for the schema.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from lapor_desktop.domain.accounts import ARGON2ID_RE, LOGIN_RE, check_account_data
from lapor_desktop.domain.enums import ACCOUNT_TYPES, ACCOUNTS_STREAM, EDITABLE_FIELDS, STAFF_ROLES, EventType

from .wire import CLOSE_BY, MAX_STRING, OFFICE_CODE_PATTERN, SHA256_PATTERN, TRACKING_ID_PATTERN

# --------------------------------------------------------------------------------- field types
Text = Annotated[str, Field(max_length=MAX_STRING)]
OptText = Text | None
OptBool = bool | None
OptObject = dict[str, Any] | None
# an id as a number, or as its digits (as some desks wrote it)
IdDigits = Annotated[str, Field(pattern=r"^\d{1,18}$")]
Id = int | IdDigits
OptId = int | IdDigits | Literal[""] | None
OfficeCode = Annotated[str, Field(pattern=OFFICE_CODE_PATTERN)]
ClosedBy = Literal[CLOSE_BY]  # type: ignore[valid-type]
EditableField = Literal[EDITABLE_FIELDS]  # type: ignore[valid-type]
StaffRole = Literal[tuple(str(r) for r in STAFF_ROLES)]  # type: ignore[valid-type]
Login = Annotated[str, Field(pattern=LOGIN_RE.pattern)]
PasswordHash = Annotated[str, Field(max_length=200, pattern=ARGON2ID_RE.pattern)]
AccountName = Annotated[str, Field(max_length=200)]
AgencyRef = Annotated[int, Field(ge=0, lt=2**62)] | None


class EventData(BaseModel):
    """What every event's ``data`` may carry; the per-type models add their fields."""

    # defer_build: a model's validator is made when its type is first met, not at import (the
    # desk's `lapor-desktop sync` starts without building twenty of them)
    model_config = ConfigDict(strict=True, extra="allow", defer_build=True)

    # the event ids of conflicting events this one settles (domain/lifecycle.fold)
    resolves: list[str] | None = None


# ------------------------------------------------------------------------------- complaints
class ComplaintCreatedData(EventData):
    title: Text
    office_code: OfficeCode
    body: OptText = None
    classification: OptText = None
    channel: OptText = None
    category_id: OptId = None
    reporter: OptObject = None  # {name, nik, phone, email, address}
    anonymous: OptBool = None
    confidential: OptBool = None
    location: OptObject = None  # {province, city, district, village}
    incident_date: OptText = None
    receipt_number: OptText = None
    received_at: OptText = None


class ComplaintEditedData(EventData):
    # the changed fields among EDITABLE_FIELDS, at least one
    fields: Annotated[dict[EditableField, Any], Field(min_length=1)]


class FlagsChangedData(EventData):
    model_config = ConfigDict(json_schema_extra={
        "anyOf": [{"required": ["anonymous"]}, {"required": ["confidential"]}]})

    anonymous: OptBool = None
    confidential: OptBool = None

    @model_validator(mode="before")
    @classmethod
    def _one_flag(cls, data: Any) -> Any:
        if isinstance(data, dict) and not ({"anonymous", "confidential"} & data.keys()):
            raise PydanticCustomError("flag_needed", "data needs anonymous or confidential")
        return data


class NoteData(EventData):
    note: OptText = None


class VerifiedData(NoteData):
    pass


class InfoRequestedData(NoteData):
    pass


class InfoReceivedData(NoteData):
    pass


class ForwardedData(EventData):
    agency_id: Id
    agency_name: OptText = None
    note: OptText = None


class DeclinedData(EventData):
    agency_id: OptId = None
    reason: OptText = None


class FollowedUpData(EventData):
    agency_id: OptId = None
    text: Text


class ReporterRepliedData(EventData):
    text: Text


class ClosedData(EventData):
    by: ClosedBy
    note: OptText = None


class ArchivedData(EventData):
    by: ClosedBy
    reason: OptText = None


class ReopenedData(EventData):
    reason: OptText = None


class CommentedData(EventData):
    text: Text


class AttachmentAddedData(EventData):
    sha256: Annotated[str, Field(pattern=SHA256_PATTERN)]
    filename: OptText = None
    mime: OptText = None
    size: Annotated[int, Field(ge=0)]


class TrackingAssignedData(EventData):
    tracking_id: Annotated[str, Field(pattern=TRACKING_ID_PATTERN)]


class ImportedData(EventData):
    """The columns of an official LAPOR! export row (kept as read), of which these are named."""

    office_code: OfficeCode | None = None
    tracking_id: str | int | None = None


# --------------------------------------------------------------------------------- accounts
class AccountCreatedData(EventData):
    login: Login
    role: StaffRole
    password_hash: PasswordHash
    name: AccountName = ""
    agency_id: AgencyRef = None  # a liaison's agency (required for a liaison)


class AccountUpdatedData(EventData):
    """At least one of role, name, agency_id, disabled."""

    model_config = ConfigDict(json_schema_extra={
        "anyOf": [{"required": [k]} for k in ("role", "name", "agency_id", "disabled")]})

    login: Login
    role: StaffRole = Field(default=None)  # may be absent, never null
    name: AccountName = ""
    agency_id: AgencyRef = None
    disabled: bool = Field(default=None)  # may be absent, never null


class AccountPasswordSetData(EventData):
    login: Login
    password_hash: PasswordHash
    name: AccountName = ""
    agency_id: AgencyRef = None


DATA_MODELS: dict[str, type[EventData]] = {
    EventType.CREATED: ComplaintCreatedData,
    EventType.EDITED: ComplaintEditedData,
    EventType.FLAGS_CHANGED: FlagsChangedData,
    EventType.VERIFIED: VerifiedData,
    EventType.INFO_REQUESTED: InfoRequestedData,
    EventType.INFO_RECEIVED: InfoReceivedData,
    EventType.FORWARDED: ForwardedData,
    EventType.DECLINED: DeclinedData,
    EventType.FOLLOWED_UP: FollowedUpData,
    EventType.REPORTER_REPLIED: ReporterRepliedData,
    EventType.CLOSED: ClosedData,
    EventType.ARCHIVED: ArchivedData,
    EventType.REOPENED: ReopenedData,
    EventType.COMMENTED: CommentedData,
    EventType.ATTACHMENT_ADDED: AttachmentAddedData,
    EventType.TRACKING_ASSIGNED: TrackingAssignedData,
    EventType.IMPORTED: ImportedData,
    EventType.ACCOUNT_CREATED: AccountCreatedData,
    EventType.ACCOUNT_UPDATED: AccountUpdatedData,
    EventType.ACCOUNT_PASSWORD_SET: AccountPasswordSetData,
}
assert set(DATA_MODELS) == {t.value for t in EventType}, "every event type has its data model"


# ------------------------------------------------------------------------------------ checks
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


def _too_long() -> str:
    return f"a string in data is longer than {MAX_STRING} characters"


def _detail(etype: str, exc: ValidationError) -> str:
    """The first fault of ``data`` in words that name the field (the order SYNC.md lists them);
    ``resolves`` and over-long strings are told only when nothing else is wrong."""
    errors = exc.errors()

    def last_resort(e: Any) -> tuple[bool, bool]:
        return (e["type"] == "string_too_long", bool(e["loc"]) and e["loc"][0] == "resolves")

    first = min(errors, key=last_resort)  # the first of the most telling kind
    loc = first["loc"]
    if first["type"] == "string_too_long":
        return _too_long()
    if not loc:
        return str(first["msg"])
    key = loc[0]
    if key == "resolves":
        return "data.resolves must be a list of event ids"
    if first["type"] == "missing":
        return f"data.{key} is required for {etype}"
    return f"data.{key} has the wrong type or value for {etype}"


def check_event_data(etype: str, data: Any) -> str | None:
    """``None`` when ``data`` is acceptable for ``etype``, else a short detail (for ``malformed``).

    Extra keys are allowed. Optional keys may be absent or null.
    """
    model = DATA_MODELS.get(etype)
    if model is None:
        return f"unknown event type {etype!r}"
    if not isinstance(data, dict):
        return "data must be an object"
    if etype in ACCOUNT_TYPES:
        problem = check_account_data(etype, data)
        if problem is not None:
            return problem
    try:
        model.model_validate(data)
    except ValidationError as exc:
        return _detail(etype, exc)
    if _long_string(data):
        return _too_long()
    return None

"""Codes on the wire: item outcomes, per-item rejection codes, problem+json codes.

String enums: a member *is* its wire string (``RejectCode.MALFORMED == "malformed"``), so it is
written to JSON, SQL and logs as the value. Readers keep unknown codes as plain strings
(``ItemResult.code`` is ``str``): a newer hub may add codes, which an older desk shows as given.
"""

from __future__ import annotations

from enum import StrEnum


class Outcome(StrEnum):
    """What became of one pushed event (``ItemResult.outcome``)."""

    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


class RejectCode(StrEnum):
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


class ProblemCode(StrEnum):
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

"""Per-type checks of an event's ``data`` (and the stream an event travels in)."""

from __future__ import annotations

import re
from typing import Any

from lapor_desktop.domain.accounts import check_account_data
from lapor_desktop.domain.enums import ACCOUNT_TYPES, ACCOUNTS_STREAM, EDITABLE_FIELDS, EventType

from .wire import CLOSE_BY, EVENT_TYPES, MAX_STRING, OFFICE_CODE_PATTERN, SHA256_PATTERN, TRACKING_ID_PATTERN

_SHA256_RE = re.compile(SHA256_PATTERN)
_TRACKING_RE = re.compile(TRACKING_ID_PATTERN)


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

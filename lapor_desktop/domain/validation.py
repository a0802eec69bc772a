"""Field validation for complaints: the intake shape (``complaint.created`` / JSON Lines) and edits.

Pure: no I/O, no clock (``today`` is passed in). Every check returns :class:`FieldError` values
with a stable ``code``, the catalogue ``key`` of its words (core/messages.py; ``message`` is the
Indonesian, ``message_en`` the English, naming the field) and its ``params``. Validators never raise
on bad input: a number where text belongs, a list where an object belongs and so on all become
errors. ``validate_complaint`` and ``validate_edit_fields`` return *all* errors, not the first.

The error value and the shared field checks are in :mod:`.field_errors`; the reporter's NIK,
phone and e-mail checks in :mod:`.contact_fields`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from lapor_desktop.core.text import fill

from .contact_fields import validate_email, validate_nik, validate_phone
from .enums import CHANNELS, CLASSIFICATION_LABELS, EDITABLE_FIELDS, Classification
from .field_errors import (
    ADDRESS_MAX,
    BODY_MAX,
    BODY_MIN,
    DERIVED,
    LOCATION_KEYS,
    LOCATION_PART_MAX,
    NAME_MAX,
    TITLE_MAX,
    TITLE_MIN,
    FieldError,
    WordSource,
    _check_bool,
    _check_text,
    _err,
    _required,
    _wrong_type,
)


# ----------------------------------------------------------------------------- small fields
def _fold(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).casefold()


def classification_code(value: object) -> str | None:
    """The classification code for a code or the official label, in any case
    (``"Pengaduan Tidak Berkadar Pengawasan"`` -> ``"tidak_berkadar_pengawasan"``); None if unknown."""
    if not isinstance(value, str):
        return None
    want = _fold(value)
    for c in Classification:
        if want in (_fold(c.value), _fold(CLASSIFICATION_LABELS[c])):
            return c.value
    return None


def channel_code(value: object) -> str | None:
    """The channel code for a code or its label, in any case (``"Tatap Muka"`` -> ``"tatap_muka"``)."""
    if not isinstance(value, str):
        return None
    want = _fold(value)
    for code, label in CHANNELS.items():
        if want in (_fold(code), _fold(label)):
            return code
    return None


def _check_classification(path: str, value: object) -> list[FieldError]:
    if value is None or value == "":
        return []
    allowed = [c.value for c in Classification]
    if not isinstance(value, str):
        return [_wrong_type(path, "text", value)]
    if classification_code(value) is None:
        return [_err(path, "unknown_value", "classification.unknown", value=value, allowed=allowed)]
    return []


def _classification_choices(params: Mapping[str, Any], words: WordSource) -> dict[str, str]:
    """The accepted classifications as the message lists them: the national name (what is
    accepted besides the code) and the code."""
    item = words.get("classification.choice") or "{label} ({code})"
    return {"choices": "; ".join(fill(item, {"label": CLASSIFICATION_LABELS.get(code, code), "code": code})
                                 for code in params.get("allowed", ()))}


def _channel_choices(params: Mapping[str, Any], words: WordSource) -> dict[str, str]:
    """The accepted channels as the message lists them: the national name and the code."""
    return {"choices": "; ".join(f"{CHANNELS.get(code, code)} ({code})" for code in params.get("allowed", ()))}


DERIVED["classification.unknown"] = _classification_choices
DERIVED["channel.unknown"] = _channel_choices


def _check_channel(path: str, value: object) -> list[FieldError]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return [_required(path)]
    if not isinstance(value, str):
        return [_wrong_type(path, "text", value)]
    if channel_code(value) is None:
        return [_err(path, "unknown_value", "channel.unknown", value=value, allowed=list(CHANNELS))]
    return []


def _check_category(path: str, value: object, known: set[int] | frozenset[int] | None) -> list[FieldError]:
    if value is None or value == "":
        return []
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        number = int(value.strip())
    if number is None:
        return [_err(path, "not_a_number", "category.not_a_number", value=repr(value), given=str(value))]
    if known is not None and number not in known:
        return [_err(path, "unknown_value", "category.unknown", value=number)]
    return []


def _parse_date(value: str) -> date | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _check_incident_date(path: str, value: object, today: date | None) -> list[FieldError]:
    if value is None or value == "":
        return []
    if not isinstance(value, str):
        return [_wrong_type(path, "text", value)]
    d = _parse_date(value.strip())
    if d is None:
        return [_err(path, "date_format", "date.format", value=value)]
    if today is not None and d > today:
        return [_err(path, "date_future", "date.future", value=d.isoformat(), today=today.isoformat())]
    return []


def _check_location(path: str, value: object) -> list[FieldError]:
    if value is None:
        return []
    if not isinstance(value, Mapping):
        return [_wrong_type(path, "object", value)]
    errors: list[FieldError] = []
    for key in LOCATION_KEYS:
        errors += _check_text(f"{path}.{key}", value.get(key), required=False,
                              max_len=LOCATION_PART_MAX)
    return errors


def _check_reporter(path: str, value: object, *, needs_name: bool) -> list[FieldError]:
    """``needs_name``: the complaint is not anonymous, so the reporter's name is required."""
    if value is not None and not isinstance(value, Mapping):
        return [_wrong_type(path, "object", value)]
    rep: Mapping[str, Any] = value or {}
    errors: list[FieldError] = []
    name = rep.get("name")
    if needs_name and (name is None or (isinstance(name, str) and not name.strip())):
        errors.append(_err(f"{path}.name", "required", "reporter.name_required"))
    else:
        errors += _check_text(f"{path}.name", name, required=False, max_len=NAME_MAX)
    for check, key in ((validate_nik, "nik"), (validate_phone, "phone"), (validate_email, "email")):
        e = check(rep.get(key), f"{path}.{key}")
        if e is not None:
            errors.append(e)
    errors += _check_text(f"{path}.address", rep.get("address"), required=False,
                          max_len=ADDRESS_MAX)
    return errors


# ----------------------------------------------------------------------------- whole objects
def validate_complaint(data: object, *, known_categories: set[int] | frozenset[int] | None = None,
                       today: date | None = None) -> list[FieldError]:
    """Validate the ``complaint.created`` data / a JSON Lines intake object. All errors, in field
    order. Keys the intake format carries but a person does not type (``office_code``,
    ``receipt_number``, ``received_at``) and unknown keys are not checked here.

    Rules: ``title`` required, 3..200 characters after strip; ``body`` required, 10..5000;
    ``classification`` absent/None/"" or a ``Classification`` code; ``channel`` required, a
    ``CHANNELS`` key; ``category_id`` absent/None or a whole number (int or digit string), in
    ``known_categories`` when that is given; ``reporter`` None or an object with optional
    ``name`` (<= 120), ``nik``, ``phone``, ``email``, ``address`` (<= 500); ``anonymous`` and
    ``confidential`` booleans (or absent/None); ``location`` None or an object whose
    ``province``/``city``/``district``/``village`` are optional text (<= 100); ``incident_date``
    absent/None or ``YYYY-MM-DD``, not after ``today`` when that is given. A complaint that is not
    anonymous needs the reporter's name (``reporter.name`` ``required``); when ``anonymous`` has
    a wrong type that rule is skipped (the type error is reported instead).
    """
    if not isinstance(data, Mapping):
        return [_wrong_type("", "object", data)]
    errors: list[FieldError] = []
    errors += _check_text("title", data.get("title"), required=True,
                          min_len=TITLE_MIN, max_len=TITLE_MAX)
    errors += _check_text("body", data.get("body"), required=True,
                          min_len=BODY_MIN, max_len=BODY_MAX)
    errors += _check_classification("classification", data.get("classification"))
    errors += _check_channel("channel", data.get("channel"))
    errors += _check_category("category_id", data.get("category_id"), known_categories)
    anonymous = data.get("anonymous")
    flag_errors = _check_bool("anonymous", anonymous) + _check_bool("confidential",
                                                                     data.get("confidential"))
    needs_name = anonymous is None or anonymous is False
    errors += _check_reporter("reporter", data.get("reporter"), needs_name=needs_name)
    errors += flag_errors
    errors += _check_location("location", data.get("location"))
    errors += _check_incident_date("incident_date", data.get("incident_date"), today)
    return errors


NATIONAL_ID_RE = re.compile(r"[0-9]{5,12}")

def validate_edit_fields(fields: object, *, known_categories: set[int] | frozenset[int] | None = None,
                         today: date | None = None, anonymous: bool | None = None) -> list[FieldError]:
    """Validate the ``fields`` of a ``complaint.edited`` event: only the fields present are
    checked, with the same rules as intake (``body_final`` like ``body``; ``title`` and
    ``body_final`` cannot be emptied; ``classification``, ``category_id``, ``location``,
    ``incident_date`` and ``reporter`` may be set to None). A name outside ``EDITABLE_FIELDS``
    gives ``unknown_field``. Pass ``anonymous=False`` to also require a reporter name when
    ``reporter`` is edited (the edit itself does not carry the flag).
    """
    if not isinstance(fields, Mapping):
        return [_wrong_type("fields", "object", fields)]
    errors: list[FieldError] = []
    for name, value in fields.items():
        key = str(name)
        if key not in EDITABLE_FIELDS:
            errors.append(_err(key, "unknown_field", "edit.unknown_field", name=key))
        elif key == "title":
            errors += _check_text(key, value, required=True, min_len=TITLE_MIN, max_len=TITLE_MAX)
        elif key == "body_final":
            errors += _check_text(key, value, required=True, min_len=BODY_MIN, max_len=BODY_MAX)
        elif key == "classification":
            errors += _check_classification(key, value)
        elif key == "category_id":
            errors += _check_category(key, value, known_categories)
        elif key == "location":
            errors += _check_location(key, value)
        elif key == "incident_date":
            errors += _check_incident_date(key, value, today)
        elif key == "national_tracking_id":
            if value is not None and not (isinstance(value, str) and NATIONAL_ID_RE.fullmatch(value)):
                errors.append(_err(key, "bad_national_id", "edit.bad_national_id"))
        elif key == "reporter":
            errors += _check_reporter(key, value, needs_name=anonymous is False)
    return errors

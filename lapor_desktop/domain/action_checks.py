"""What a lifecycle action needs from the complaint it is taken on, beyond its own payload's
shape (that is ``services/action_payload.py``, with the domain's table ``action_input.py``): a
classification and a category before verifying, a reason to close what the agency has not
followed up, a reason to lift Anonim or change Rahasia. Asked by the action service and by the
action dialog before it sends."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .field_errors import FieldError, _err
from .validation import _check_category, _check_classification


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_action_data(action: str, data: Mapping[str, Any], *, status: str, classification: str | None,
                      category_id: int | None, anonymous: bool, confidential: bool | None = None,
                      known_categories: set[int] | frozenset[int] | None = None) -> list[FieldError]:
    """What an action needs from the complaint it is taken on (beyond its own payload shape).

    * ``verify``: the complaint must have a classification AND a category once verified. The
      payload may set them (``classification``, ``category_id``); otherwise the complaint's own
      values count. Missing ones give ``required`` on that field.
    * ``close`` of a complaint the agency has not followed up (any status but
      ``ditindaklanjuti``): a closing note (``note``) saying why is required.
    * ``change_flags`` lifting Anonim (``anonymous`` from true to false) or changing Rahasia
      (``confidential`` other than the complaint's ``confidential``, when given): a ``reason`` is
      required (the identity or the complaint becomes visible to more people, or less).
    """
    errors: list[FieldError] = []
    if action == "verify":
        cls = data.get("classification") if not _blank(data.get("classification")) else classification
        if _blank(cls):
            errors.append(_err("classification", "required", "verify.classification_required"))
        else:
            errors += _check_classification("classification", cls)
        cat = data.get("category_id") if not _blank(data.get("category_id")) else category_id
        if _blank(cat):
            errors.append(_err("category_id", "required", "verify.category_required"))
        else:
            errors += _check_category("category_id", cat, known_categories)
    elif action == "close":
        if status != "ditindaklanjuti" and _blank(data.get("note")):
            errors.append(_err("note", "required", "close.note_required"))
    elif action == "change_flags":
        if anonymous and data.get("anonymous") is False and _blank(data.get("reason")):
            errors.append(_err("reason", "required", "flags.lift_anonymous_reason"))
        elif (confidential is not None and isinstance(data.get("confidential"), bool)
              and data["confidential"] != confidential and _blank(data.get("reason"))):
            errors.append(_err("reason", "required", "flags.confidential_reason"))
    return errors

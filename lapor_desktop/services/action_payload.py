"""What an officer's action carries, checked: the payload a dialog or the command line sends,
turned into the event's data, with a ``FieldError`` per field that is wrong.

Which text field an action takes (required or not, its longest length) is the domain's table
(``domain/action_input.py``); what the action needs from the complaint itself is
``domain/action_checks.check_action_data``. Here: the payload's own shape, and what only the store
knows (the agency and category lists), for ``ComplaintService.act_many``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from lapor_desktop.domain.action_input import ACTION_INPUT, FLAGS_REASON, TextInput
from lapor_desktop.domain.contact_fields import normalize_phone
from lapor_desktop.domain.enums import Action
from lapor_desktop.domain.field_errors import FieldError, field_error
from lapor_desktop.domain.validation import validate_edit_fields
from lapor_desktop.store import reference as ref_repo

# (attachments as given) -> (stored attachment metadata, errors): ComplaintService._store_attachments
StoreAttachments = Callable[[list[Any]], tuple[list[dict[str, Any]], list[FieldError]]]


def text_field(p: dict[str, Any], spec: TextInput, errors: list[FieldError]) -> str | None:
    """The action's text (a note, a reason, a reply): trimmed; required and length per the table."""
    name, label, max_len = spec.key, spec.label, spec.max_len
    v = p.get(name)
    if v is None or (isinstance(v, str) and not v.strip()):
        if spec.required:
            errors.append(field_error(name, "required", "action.required", label=label))
        return None
    if not isinstance(v, str):
        errors.append(field_error(name, "not_text", "action.not_text", label=label))
        return None
    v = v.strip()
    if len(v) > max_len:
        errors.append(field_error(name, "too_long", "action.too_long", label=label, max=max_len))
    return v


def _verify(p: dict[str, Any], data: dict[str, Any], errors: list[FieldError]) -> None:
    cls = p.get("classification")
    data["classification"] = cls.strip() if isinstance(cls, str) and cls.strip() else None
    cat = p.get("category_id")
    if cat not in (None, ""):
        try:
            data["category_id"] = int(cat)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            errors.append(field_error("category_id", "not_a_number", "action.choose_category"))


def _forward(s: Session, p: dict[str, Any], data: dict[str, Any], errors: list[FieldError]) -> None:
    raw = p.get("agency_id")
    try:
        agency_id = int(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        agency_id = None
    ag = ref_repo.agency(s, agency_id) if agency_id is not None else None
    if ag is None:
        errors.insert(0, field_error("agency_id", "unknown_value", "action.choose_agency"))
    else:
        data.update(agency_id=ag.id, agency_name=ag.name)


def _change_flags(p: dict[str, Any], data: dict[str, Any], errors: list[FieldError]) -> None:
    for k in ("anonymous", "confidential"):
        if k in p:
            if not isinstance(p[k], bool):
                errors.append(field_error(k, "not_bool", "action.not_bool"))
            else:
                data[k] = p[k]
    reason = text_field(p, FLAGS_REASON, errors)
    if not data:
        errors.append(field_error("anonymous", "required", "action.nothing_changed"))
    if reason:
        data["reason"] = reason


def _edit(s: Session, p: dict[str, Any], data: dict[str, Any], errors: list[FieldError]) -> None:
    fields = p.get("fields")
    if not isinstance(fields, dict) or not fields:
        errors.append(field_error("fields", "required", "action.no_field_changed"))
        return
    fields = dict(fields)
    rep = fields.get("reporter")
    if isinstance(rep, dict) and rep.get("phone"):
        fields["reporter"] = {**rep, "phone": normalize_phone(rep["phone"]) or rep["phone"]}
    errors += validate_edit_fields(fields)
    if "category_id" in fields and fields["category_id"] is not None:
        known = ref_repo.category_ids(s)
        if known and fields["category_id"] not in known:
            errors.append(field_error("category_id", "unknown_value", "action.unknown_category"))
    data["fields"] = fields


def action_data(s: Session, action: Action, p: dict[str, Any],
                store_attachments: StoreAttachments) -> tuple[dict[str, Any], list[FieldError]]:
    """The event data of ``action`` from the payload ``p``, and what is wrong with it."""
    errors: list[FieldError] = []
    data: dict[str, Any] = {}
    spec = ACTION_INPUT[action]
    if spec.text is not None:  # the action's text field (domain/action_input.py)
        data[spec.text.key] = text_field(p, spec.text, errors)
    if action == Action.VERIFY:
        _verify(p, data, errors)
    elif action == Action.FORWARD:
        _forward(s, p, data, errors)
    elif action in (Action.CLOSE, Action.ARCHIVE):
        data["by"] = "admin"
    elif action == Action.CHANGE_FLAGS:
        _change_flags(p, data, errors)
    elif action == Action.EDIT:
        _edit(s, p, data, errors)
    elif action == Action.ATTACH:
        metas, att_errors = store_attachments(list(p.get("attachments") or []))
        errors += att_errors
        if not metas and not att_errors:
            errors.append(field_error("attachments", "required", "action.choose_file"))
        data["_metas"] = metas
    if isinstance(p.get("resolves"), list):
        data["resolves"] = [str(x) for x in p["resolves"]]
    return {k: v for k, v in data.items() if v is not None or k in ("note",)}, errors

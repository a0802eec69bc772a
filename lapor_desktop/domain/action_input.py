"""What each lifecycle action takes from the officer: the one table the service checks a payload
against (``services/complaints._action_data``) and the action dialogs build their inputs from
(``ui/action_dialogs``). Which status an action is valid from is ``lifecycle.VALID_FROM``; who may
take it is ``permissions``; what an action needs from the complaint itself (a classification
before verifying, a reason to close what nobody followed up) is ``action_checks.check_action_data``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .enums import Action, Status

NOTE_MAX = 5000  # characters of any note, reason or reply an officer types


@dataclass(frozen=True)
class TextInput:
    """An action's free-text field: its payload key, whether it must be filled, its name in the
    service's messages (a key of core/messages.py, ``input.*``)."""

    key: str
    required: bool
    label: str
    max_len: int = NOTE_MAX


@dataclass(frozen=True)
class ActionInput:
    """What an action's payload holds: its text field (if any) and its other keys, each of which
    the dialog has its own input for."""

    text: TextInput | None = None
    other: tuple[str, ...] = ()


ACTION_INPUT: dict[Action, ActionInput] = {
    Action.VERIFY: ActionInput(TextInput("note", False, "input.note"), ("classification", "category_id")),
    Action.REQUEST_INFO: ActionInput(TextInput("note", True, "input.requested_info")),
    Action.RECEIVE_INFO: ActionInput(TextInput("note", False, "input.note")),
    Action.FORWARD: ActionInput(TextInput("note", False, "input.forward_note"), ("agency_id",)),
    Action.DECLINE: ActionInput(TextInput("reason", True, "input.decline_reason")),
    Action.FOLLOW_UP: ActionInput(TextInput("text", True, "input.follow_up")),
    Action.RECORD_REPLY: ActionInput(TextInput("text", True, "input.reply")),
    Action.CLOSE: ActionInput(TextInput("note", False, "input.closing_note")),
    Action.ARCHIVE: ActionInput(TextInput("reason", True, "input.archive_reason")),
    Action.REOPEN: ActionInput(TextInput("reason", True, "input.reopen_reason")),
    Action.COMMENT: ActionInput(TextInput("text", True, "input.comment")),
    # the flags' reason is asked only when the change needs one (action_checks.check_action_data)
    Action.CHANGE_FLAGS: ActionInput(None, ("anonymous", "confidential", "reason")),
    Action.EDIT: ActionInput(None, ("fields",)),
    Action.ATTACH: ActionInput(None, ("attachments",)),
}

FLAGS_REASON = TextInput("reason", False, "input.reason")


def text_input(action: Action | str, status: str | None = None) -> TextInput | None:
    """The action's text field as the officer meets it on a complaint in ``status``: closing one
    the agency has not followed up needs its reason (``action_checks.check_action_data`` says why)."""
    try:
        spec = ACTION_INPUT[Action(action)]
    except ValueError:
        return None
    if spec.text is None:
        return None
    if action == Action.CLOSE and status != Status.DITINDAKLANJUTI:
        return TextInput(spec.text.key, True, spec.text.label, spec.text.max_len)
    return spec.text

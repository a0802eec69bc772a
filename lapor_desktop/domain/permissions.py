"""Who may do and see what: the one table of permissions. Pure; no I/O.

Services check it on every call (never only the UI); the UI asks it which buttons, pages and
views to offer. Nothing else in the program holds a set of roles.

* ``ROLE_ACTIONS``: the lifecycle actions a role may take (``allowed_actions`` adds the status
  from ``lifecycle.VALID_FROM``, the front desk's edit window and the liaison's agency).
* ``ROLE_RIGHTS``: everything else a role may do (record, reprint, import, export, re-key into
  national LAPOR!, change settings and reference data, manage accounts).
* ``PAGES`` / ``LANDING``: the screens a role is offered and the one it opens on.
* Visibility: a liaison sees only what was forwarded to its agency (``sees_complaint``); the
  reporter's identity on an Anonim complaint is seen by nobody once it is recorded
  (``sees_identity``). The front desk sees it only while recording it (what the clerk typed, on
  the form) and the receipt never prints it. A deliberate, audited "show identity" for the
  verifier and the admin is planned with the audit trail; until then no role has it.
* Lifting Anonim and changing Rahasia (``change_flags``) is for the verifier and the admin, with a
  reason (``action_checks.check_action_data``) and, on screen, a confirmation.
"""

from __future__ import annotations

from enum import StrEnum

from .enums import ACCOUNT_TYPES, ACTION_EVENT, STAFF_ROLES, Action, EventType, Role, Status
from .lifecycle import VALID_FROM
from .model import ComplaintState


class Right(StrEnum):
    """What a person may do besides the lifecycle actions."""

    RECORD = "record"  # record new complaints (intake form, bulk intake, paper forms)
    REPRINT = "reprint"  # reprint a complaint's receipt
    IMPORT = "import"  # import national LAPOR! exports
    EXPORT = "export"  # export a queue view (a liaison gets its agency's only)
    REKEY = "rekey"  # re-key walk-ins into national LAPOR! and record the national Tracking ID
    SETTINGS = "settings"  # change the desk's settings, deadlines, closure days, reference data
    USERS = "users"  # add, change and disable accounts
    AUDIT = "audit"  # read the audit trail and check its chain


_OFFICERS = frozenset({Action.EDIT, Action.CHANGE_FLAGS, Action.VERIFY, Action.REQUEST_INFO,
                       Action.RECEIVE_INFO, Action.FORWARD, Action.CLOSE, Action.ARCHIVE,
                       Action.REOPEN, Action.COMMENT, Action.ATTACH, Action.RECORD_REPLY})

# who may take each lifecycle action (the roles of people at a desk)
ROLE_ACTIONS: dict[Role, frozenset[Action]] = {
    # no change_flags: the front desk may not lift Anonim or change Rahasia
    Role.FRONT_DESK: frozenset({Action.EDIT, Action.COMMENT, Action.ATTACH, Action.RECORD_REPLY,
                                Action.RECEIVE_INFO}),
    Role.VERIFIER: _OFFICERS,
    Role.LIAISON: frozenset({Action.FOLLOW_UP, Action.DECLINE, Action.COMMENT, Action.ATTACH}),
    Role.SUPERVISOR: frozenset(),
    Role.ADMIN: _OFFICERS,
}

# Front-desk clerks may only correct what they typed while nobody has verified it yet.
FRONT_DESK_EDIT_STATUSES = frozenset({Status.BELUM_TERVERIFIKASI, Status.MENUNGGU_KELENGKAPAN})

ROLE_RIGHTS: dict[Role, frozenset[Right]] = {
    Role.FRONT_DESK: frozenset({Right.RECORD, Right.REPRINT, Right.EXPORT}),
    Role.VERIFIER: frozenset({Right.RECORD, Right.REPRINT, Right.IMPORT, Right.EXPORT, Right.REKEY}),
    Role.LIAISON: frozenset({Right.EXPORT}),
    Role.SUPERVISOR: frozenset({Right.EXPORT, Right.AUDIT}),
    Role.ADMIN: frozenset(Right),
}

# the screens a role is offered (settings is read-only for all but the admin)
_COMMON_PAGES = frozenset({"queue", "sync", "reports", "settings"})
PAGES: dict[Role, frozenset[str]] = {
    r: _COMMON_PAGES | ({"intake"} if Right.RECORD in ROLE_RIGHTS[r] else frozenset()) for r in STAFF_ROLES
}
# the page each role works on
LANDING: dict[Role, str] = {Role.FRONT_DESK: "intake", Role.VERIFIER: "queue", Role.LIAISON: "queue",
                            Role.SUPERVISOR: "queue", Role.ADMIN: "settings"}

# roles that see only the complaints forwarded to their own agency
AGENCY_SCOPED = frozenset({Role.LIAISON})
# roles that see the reporter's identity on an Anonim complaint after it was recorded: none
SEES_ANONYMOUS_IDENTITY: frozenset[Role] = frozenset()
# roles that may reveal it, one view at a time, by a deliberate action with a reason (audited)
REVEALS_ANONYMOUS_IDENTITY: frozenset[Role] = frozenset({Role.VERIFIER, Role.ADMIN})


def staff_role(role: str | None) -> Role | None:
    """The staff role named by ``role``, or None (unknown, or a hub/system/reporter role)."""
    try:
        r = Role(role)
    except ValueError:
        return None
    return r if r in STAFF_ROLES else None


def may(role: str | None, right: Right) -> bool:
    r = staff_role(role)
    return r is not None and right in ROLE_RIGHTS[r]


def role_actions(role: str | None) -> frozenset[Action]:
    """Every lifecycle action the role may ever take (the detail's buttons)."""
    r = staff_role(role)
    return ROLE_ACTIONS[r] if r is not None else frozenset()


def may_act(role: str | None, action: Action) -> bool:
    return action in role_actions(role)


def pages(role: str | None) -> frozenset[str]:
    r = staff_role(role)
    return PAGES[r] if r is not None else frozenset()


def landing_page(role: str | None) -> str:
    r = staff_role(role)
    page = LANDING.get(r, "queue") if r is not None else "queue"
    return page if page in pages(role) else "queue"


def agency_scoped(role: str | None) -> bool:
    """True when the role sees only complaints forwarded to its own agency (a liaison)."""
    return staff_role(role) in AGENCY_SCOPED


def sees_complaint(role: str | None, actor_agency: int | None, complaint_agency: int | None) -> bool:
    """May this role see this complaint at all?"""
    r = staff_role(role)
    if r is None:
        return False
    if r in AGENCY_SCOPED:
        return actor_agency is not None and complaint_agency == actor_agency
    return True


def sees_identity(role: str | None, *, anonymous: bool) -> bool:
    """May this role see the reporter's identity (name, NIK, phone, e-mail, address) of a
    complaint it may see? On a non-anonymous complaint every staff role does (a liaison to
    contact the reporter); on an Anonim one only the roles in ``SEES_ANONYMOUS_IDENTITY``."""
    r = staff_role(role)
    if r is None:
        return False
    return not anonymous or r in SEES_ANONYMOUS_IDENTITY


def may_reveal_identity(role: str | None, *, anonymous: bool) -> bool:
    """May this role reveal the hidden identity on a complaint it may see ("Tampilkan identitas",
    with a reason, audited)? Only on an Anonim complaint (elsewhere nothing is hidden), and only
    the roles in ``REVEALS_ANONYMOUS_IDENTITY``."""
    r = staff_role(role)
    return r is not None and anonymous and r in REVEALS_ANONYMOUS_IDENTITY


_EVENT_ACTION: dict[str, Action] = {str(t): a for a, t in ACTION_EVENT.items()}


def may_write_event(role: str | None, event_type: str, *, actor_login: str = "",
                    target_login: str | None = None) -> bool:
    """May this role have written an event of this type? What the hub checks on every pushed
    event (``hub/accounts.py``), from the same table the desk's services use: recording and
    importing by right, lifecycle events by ``ROLE_ACTIONS``, account events by ``Right.USERS``
    (anyone may set their own password). The agency and status rules are the desk's (the hub
    keeps no agency projection): a role never allowed an action is refused whatever the state."""
    if staff_role(role) is None:
        return False
    if event_type in ACCOUNT_TYPES:
        if event_type == EventType.ACCOUNT_PASSWORD_SET and target_login == actor_login:
            return True
        return may(role, Right.USERS)
    if event_type == EventType.CREATED:
        return may(role, Right.RECORD)
    if event_type == EventType.IMPORTED:
        return may(role, Right.IMPORT)
    action = _EVENT_ACTION.get(event_type)
    return action is not None and may_act(role, action)


def allowed_actions(state: ComplaintState, role: str, agency_id: int | None = None) -> set[Action]:
    """The actions this role may take on this complaint now. The UI greys out the rest."""
    r = staff_role(role)
    if r is None or not sees_complaint(r, agency_id, state.agency_id):
        return set()
    out: set[Action] = set()
    for action in ROLE_ACTIONS[r]:
        if state.status not in VALID_FROM[ACTION_EVENT[action]]:
            continue
        if r == Role.FRONT_DESK and action == Action.EDIT and state.status not in FRONT_DESK_EDIT_STATUSES:
            continue
        out.add(action)
    return out


__all__ = ["AGENCY_SCOPED", "FRONT_DESK_EDIT_STATUSES", "LANDING", "PAGES", "ROLE_ACTIONS", "ROLE_RIGHTS",
           "REVEALS_ANONYMOUS_IDENTITY", "Right", "SEES_ANONYMOUS_IDENTITY", "agency_scoped", "allowed_actions", "landing_page", "may",
           "may_act", "may_reveal_identity", "may_write_event", "pages", "role_actions", "sees_complaint", "sees_identity", "staff_role"]

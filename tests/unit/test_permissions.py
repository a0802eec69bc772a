"""The permission table (``domain/permissions.py``), written out by hand: every role x every right,
lifecycle action, page and identity rule. A change in who may do or see what must fail here.
The same rules through the services on a real desk: ``tests/integration/desk/test_permissions.py``;
what each role may do in each status: ``test_lifecycle.py``."""

from __future__ import annotations

import pytest

from lapor_desktop.domain import permissions as P
from lapor_desktop.domain.enums import STAFF_ROLES, Action, Role

ROLES = ("front_desk", "verifier", "liaison", "supervisor", "admin")
assert ROLES == tuple(STAFF_ROLES)

# Y = the role may, . = it may not
GRID = """
what                 front_desk verifier liaison supervisor admin
right:record         Y          Y        .       .          Y
right:reprint        Y          Y        .       .          Y
right:import         .          Y        .       .          Y
right:export         Y          Y        Y       Y          Y
right:rekey          .          Y        .       .          Y
right:settings       .          .        .       .          Y
right:users          .          .        .       .          Y
right:audit          .          .        .       Y          Y
action:edit          Y          Y        .       .          Y
action:change_flags  .          Y        .       .          Y
action:verify        .          Y        .       .          Y
action:request_info  .          Y        .       .          Y
action:receive_info  Y          Y        .       .          Y
action:forward       .          Y        .       .          Y
action:decline       .          .        Y       .          .
action:follow_up     .          .        Y       .          .
action:record_reply  Y          Y        .       .          Y
action:close         .          Y        .       .          Y
action:archive       .          Y        .       .          Y
action:reopen        .          Y        .       .          Y
action:comment       Y          Y        Y       .          Y
action:attach        Y          Y        Y       .          Y
page:intake          Y          Y        .       .          Y
page:queue           Y          Y        Y       Y          Y
page:sync            Y          Y        Y       Y          Y
page:reports         Y          Y        Y       Y          Y
page:settings        Y          Y        Y       Y          Y
landing:intake       Y          .        .       .          .
landing:queue        .          Y        Y       Y          .
landing:settings     .          .        .       .          Y
agency_scoped        .          .        Y       .          .
identity:plain       Y          Y        Y       Y          Y
identity:anonim      .          .        .       .          .
reveal:plain         .          .        .       .          .
reveal:anonim        .          Y        .       .          Y
"""


def _grid() -> dict[str, dict[str, bool]]:
    lines = [ln.split() for ln in GRID.strip().splitlines()]
    assert tuple(lines[0][1:]) == ROLES
    return {r[0]: {role: v == "Y" for role, v in zip(ROLES, r[1:], strict=True)} for r in lines[1:]}


TABLE = _grid()


def _ask(what: str, role: str) -> bool:
    kind, _, name = what.partition(":")
    if kind == "right":
        return P.may(role, P.Right(name))
    if kind == "action":
        return P.may_act(role, Action(name)) and Action(name) in P.role_actions(role)
    if kind == "page":
        return name in P.pages(role)
    if kind == "landing":
        return P.landing_page(role) == name
    if kind == "agency_scoped":
        return P.agency_scoped(role)
    if kind == "identity":
        return P.sees_identity(role, anonymous=name == "anonim")
    if kind == "reveal":
        return P.may_reveal_identity(role, anonymous=name == "anonim")
    raise AssertionError(what)


@pytest.mark.parametrize("what", list(TABLE))
@pytest.mark.parametrize("role", ROLES)
def test_permission_table(role, what):
    assert _ask(what, role) is TABLE[what][role]


def test_the_table_covers_every_right_action_and_page():
    assert {w.split(":")[1] for w in TABLE if w.startswith("right:")} == {str(r) for r in P.Right}
    assert {w.split(":")[1] for w in TABLE if w.startswith("action:")} == {str(a) for a in Action}
    assert {w.split(":")[1] for w in TABLE if w.startswith("page:")} == set().union(*P.PAGES.values())


@pytest.mark.parametrize("role", [Role.REPORTER, Role.SYSTEM, Role.HUB, "pimpinan", "", None])
def test_a_role_not_of_the_staff_may_nothing(role):
    assert not any(P.may(role, r) for r in P.Right)
    assert P.role_actions(role) == frozenset()
    assert P.pages(role) == frozenset()
    assert not P.sees_identity(role, anonymous=False)
    assert not P.may_reveal_identity(role, anonymous=True)
    assert not P.sees_complaint(role, None, None)


def test_a_liaison_sees_only_its_agencys_complaints():
    assert P.sees_complaint("liaison", 7, 7)
    assert not P.sees_complaint("liaison", 7, 8)
    assert not P.sees_complaint("liaison", 7, None)
    assert not P.sees_complaint("liaison", None, None)  # a liaison account without an agency
    assert all(P.sees_complaint(r, None, 8) for r in ROLES if r != "liaison")

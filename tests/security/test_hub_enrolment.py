"""Finding 2: a used or expired enrolment code plus a known device id never gives a token.
Re-enrolling a known device needs a fresh code the hub admin issued for that device; it revokes
the old token and leaves an audit row."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest
import requests

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from lapor_desktop.core.ids import uuid7  # noqa: E402
from tests.support.hubsec import assert_problem, new_office  # noqa: E402


@pytest.fixture(scope="session")
def hub(shared_hub):
    """The session's hub, per engine (tests/conftest.py); each test has offices of its own."""
    return shared_hub


def _enrol(hub, code: str, office: str, device_id: str) -> requests.Response:
    return requests.post(hub.api + "/devices", timeout=10, json={
        "enrollment_code": code, "office_code": office, "device_id": device_id,
        "device_name": "Loket", "client_version": "t"})


def _works(hub, token: str) -> bool:
    r = requests.get(hub.api + "/reference", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    return r.status_code == 200


def test_a_used_or_expired_code_never_gives_a_token_for_a_known_device(hub):
    office = new_office()
    hub.add_office(office)
    victim = uuid7()
    code = hub.enrollment_code(office)
    first = _enrol(hub, code, office, victim)
    assert first.status_code == 201
    token = first.json()["token"]
    # the same (used) code with the victim's device id: refused; the victim keeps working
    assert_problem(_enrol(hub, code, office, victim), 403, "enrollment_code_used")
    assert _works(hub, token)
    # an expired code with the victim's id: refused too
    expired = hub.enrollment_code(office, expires="1s")
    time.sleep(1.2)
    assert_problem(_enrol(hub, expired, office, victim), 403, "enrollment_code_expired")
    # a fresh office code, not issued for this device: the id is taken
    assert_problem(_enrol(hub, hub.enrollment_code(office), office, victim), 409, "device_id_taken")
    assert _works(hub, token)


def test_re_enrolment_needs_a_code_issued_for_that_device_and_is_recorded(hub):
    office = new_office()
    hub.add_office(office)
    device = uuid7()
    old = _enrol(hub, hub.enrollment_code(office), office, device).json()["token"]
    out = hub.admin("enrollment-code", "--device", device)
    code = out.stdout.strip()
    assert device in out.stderr and office in out.stderr
    # the code is for that device only
    assert_problem(_enrol(hub, code, office, uuid7()), 403, "enrollment_code_invalid")
    again = _enrol(hub, code, office, device)
    assert again.status_code == 201, again.text
    new = again.json()["token"]
    assert _works(hub, new) and not _works(hub, old)
    # single use, like every code
    assert_problem(_enrol(hub, code, office, device), 403, "enrollment_code_used")
    audit = json.loads(hub.admin("audit", "--json").stdout)
    actions = [(a["action"], a["device_id"]) for a in audit if a["device_id"] == device]
    assert ("re_enrolled", device) in actions and ("enrolled", device) in actions
    # an unknown device gets no code
    r = hub.admin("enrollment-code", "--device", uuid7(), check=False)
    assert r.returncode == 1 and "no device" in r.stderr


@pytest.mark.parametrize("field", ["device_name", "client_version"])
def test_a_control_character_in_a_device_name_is_refused_not_a_server_error(hub, field):
    """Found by the stateful schemathesis walk: a NUL in the device name made PostgreSQL fail the
    insert (500) after the enrolment code was spent; a control character is refused with 422
    naming the field, the code stays unused and the device enrols once the name is clean."""
    office = new_office()
    hub.add_office(office)
    code = hub.enrollment_code(office)
    body = {"enrollment_code": code, "office_code": office, "device_name": "Loket", "client_version": "t"}
    r = requests.post(hub.api + "/devices", timeout=10, json={**body, field: "Loket\x00 1"})
    assert_problem(r, 422, "validation_error")
    assert field in r.json()["detail"]
    r = requests.post(hub.api + "/devices", timeout=10, json={**body, field: "Loket\x1b[2J"})
    assert_problem(r, 422, "validation_error")
    ok = requests.post(hub.api + "/devices", timeout=10, json=body)
    assert ok.status_code == 201, ok.text
    assert _works(hub, ok.json()["token"])

"""The audited "show identity" and privacy changes (issue 14 items 1 and 4), through the services
with real sessions on a real SQLite desk: every role x a plain, a Rahasia and an Anonim complaint.

Reveal: only the verifier and the admin, only on an Anonim complaint, only with a reason that
holds no NIK, phone number or the reporter's name; the identity is shown for that view (the next
detail is masked again) and an audit entry names who, which complaint, the fields shown and the
reason. Lifting Anonim / changing Rahasia: verifier and admin, with a reason, audited."""

from __future__ import annotations

import json
import sqlite3

import pytest

from lapor_desktop.core.errors import InvalidAction, InvalidInput, NotFound, PermissionDenied
from lapor_desktop.domain.enums import Action
from lapor_desktop.services.complaints import ComplaintService
from lapor_desktop.services.frontdesk import FrontDeskService
from lapor_desktop.services.reveal import IdentityService

from conftest import ACTORS
from test_permissions import KINDS, REPORTERS, ROLES, _make_desk, _record_three, parse

from tests.support.sessions import signed

REASON = "Pelapor meminta dihubungi kembali untuk klarifikasi lokasi kejadian."

# Y = identity shown (and audited), x = refused (nothing shown, nothing audited),
# . = nothing to reveal (not Anonim; refused as such, nothing audited)
REVEAL = """
action   front_desk verifier liaison liaison_other supervisor admin
reveal   ..x        ..Y      ..x     xxx           ..x        ..Y
"""
# Y = done and audited as flags_changed, x = refused and nothing audited, . = not applicable
FLAGS = """
action          front_desk verifier liaison liaison_other supervisor admin
change_rahasia  xxx        YYY      xxx     xxx           xxx        YYY
lift_anonim     ..x        ..Y      ..x     ..x           ..x        ..Y
"""
REVEAL_GRID = parse(REVEAL)
FLAGS_GRID = parse(FLAGS)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    desk = _make_desk(tmp_path_factory.mktemp("reveal"))
    ids = _record_three(ComplaintService(desk))
    yield desk, ids
    desk.close()


def _audit_rows(desk, kind: str | None = None) -> list[dict]:
    con = sqlite3.connect(desk.paths.db_path)
    con.row_factory = sqlite3.Row
    try:
        sql = "SELECT * FROM audit_log" + (" WHERE kind = ?" if kind else "") + " ORDER BY seq"
        return [dict(r) for r in con.execute(sql, (kind,) if kind else ())]
    finally:
        con.close()


def _reveal(desk, role: str, cid: str, kind: str) -> str:
    session = signed(desk, ACTORS[role])
    before = len(_audit_rows(desk, "identity_revealed"))
    try:
        d = IdentityService(desk).reveal(session, cid, REASON)
    except (PermissionDenied, NotFound):
        assert len(_audit_rows(desk, "identity_revealed")) == before
        return "x"
    except InvalidAction as exc:
        assert exc.code == "not_anonymous"
        assert len(_audit_rows(desk, "identity_revealed")) == before
        return "."
    name, nik, phone = REPORTERS[kind]
    assert d.state.reporter["name"] == name and d.state.reporter["nik"] == nik
    assert d.identity_revealed and not d.identity_hidden
    rows = _audit_rows(desk, "identity_revealed")
    assert len(rows) == before + 1
    last = rows[-1]
    assert (last["actor_login"], last["actor_role"], last["complaint_id"]) == (session.login, role, cid)
    detail = json.loads(last["detail"])
    assert detail["reason"] == REASON and set(detail["fields"]) == {"name", "nik", "phone"}
    # for that view only: the next detail is masked again
    again = ComplaintService(desk).detail(session, cid)
    assert again.identity_hidden and again.state.reporter is None
    return "Y"


@pytest.mark.parametrize("role", ROLES)
def test_who_may_reveal_an_anonim_reporters_identity(office, role):
    desk, ids = office
    got = {kind: _reveal(desk, role, ids[kind], kind) for kind in KINDS}
    assert got == REVEAL_GRID["reveal"][role]


@pytest.mark.parametrize("reason, code", [
    ("", "required"), ("   ", "required"), (None, "required"), ("perlu", "too_short"),
    ("x" * 501, "too_long"),
    ("Cek NIK 8272014101900003 dengan data kependudukan", "personal_data"),
    ("Hubungi di 0813 1111 0003 untuk klarifikasi", "personal_data"),
    ("Memastikan apakah Fatimah benar pelapornya", "personal_data"),
])
def test_a_reveal_needs_a_reason_without_personal_data(office, reason, code):
    desk, ids = office
    before = len(_audit_rows(desk))
    with pytest.raises(InvalidInput) as exc:
        IdentityService(desk).reveal(signed(desk, ACTORS["verifier"]), ids["anonim"], reason)
    assert [(e.field, e.code) for e in exc.value.errors] == [("reason", code)]
    assert "Alasan" in exc.value.errors[0].message
    assert len(_audit_rows(desk)) == before


def test_a_hand_made_actor_cannot_reveal(office):
    desk, ids = office
    with pytest.raises(PermissionDenied) as exc:
        IdentityService(desk).reveal(ACTORS["admin"], ids["anonim"], REASON)
    assert exc.value.code == "session_required"


@pytest.mark.parametrize("role", ["front_desk", "verifier", "admin"])
def test_a_receipt_and_its_reprint_never_name_an_anonim_reporter(office, role):
    desk, ids = office
    session = signed(desk, ACTORS[role])
    fd = FrontDeskService(desk)
    for reprint in (False, True):
        r = fd.receipt(session, ids["anonim"], reprint=reprint)
        assert r.reporter_name is None and r.anonymous
        r = fd.receipt(session, ids["plain"], reprint=reprint)
        assert r.reporter_name == REPORTERS["plain"][0]
    kinds = [(x["kind"], x["complaint_id"]) for x in _audit_rows(desk) if x["actor_login"] == session.login]
    assert ("receipt_printed", ids["anonim"]) in kinds and ("receipt_reprinted", ids["anonim"]) in kinds


# ------------------------------------------------------------------------ lifting Anonim, Rahasia
def _flags(desk, ids, role: str, action: str, kind: str) -> str:
    session = signed(desk, ACTORS[role])
    svc = ComplaintService(desk)
    cid = ids[kind]
    st = svc.state(cid)
    if action == "lift_anonim":
        if not st.anonymous:
            return "."
        payload = {"anonymous": False, "reason": "Pelapor setuju identitasnya dibuka untuk mediasi."}
    else:
        payload = {"confidential": not st.confidential, "reason": "Pimpinan memutuskan status kerahasiaan."}
    before = len(_audit_rows(desk, "flags_changed"))
    try:
        ev = svc.act(session, cid, Action.CHANGE_FLAGS, payload)
    except (PermissionDenied, InvalidAction, NotFound):
        assert len(_audit_rows(desk, "flags_changed")) == before
        return "x"
    rows = _audit_rows(desk, "flags_changed")
    assert len(rows) == before + 1
    detail = json.loads(rows[-1]["detail"])
    changed = "anonymous" if action == "lift_anonim" else "confidential"
    assert detail["fields"] == [changed] and detail["event"] == ev.id
    assert detail[changed] is payload[changed]
    assert rows[-1]["actor_login"] == session.login and rows[-1]["complaint_id"] == cid
    return "Y"


@pytest.mark.parametrize("action", list(FLAGS_GRID))
@pytest.mark.parametrize("role", ROLES)
def test_who_may_lift_anonim_or_change_rahasia_and_it_is_audited(tmp_path, role, action):
    desk = _make_desk(tmp_path)
    try:
        ids = _record_three(ComplaintService(desk), forward=False)
        got = {kind: _flags(desk, ids, role, action, kind) for kind in KINDS}
    finally:
        desk.close()
    expected = dict(FLAGS_GRID[action][role])
    if role in ("liaison", "liaison_other"):  # not forwarded here: no liaison sees them
        expected = {k: ("x" if v == "." and action == "change_rahasia" else v) for k, v in expected.items()}
    assert got == expected


def test_the_front_desk_cannot_untick_anonim_even_on_an_archived_complaint(tmp_path):
    desk = _make_desk(tmp_path)
    try:
        svc = ComplaintService(desk)
        ids = _record_three(svc, forward=False)
        svc.act(signed(desk, ACTORS["verifier"]), ids["anonim"], Action.ARCHIVE, {"reason": "Laporan ganda."})
        with pytest.raises(PermissionDenied):
            svc.act(signed(desk, ACTORS["front_desk"]), ids["anonim"], Action.CHANGE_FLAGS,
                    {"anonymous": False, "reason": "Pelapor datang dan meminta namanya dicantumkan."})
        assert svc.state(ids["anonim"]).anonymous
        with pytest.raises(PermissionDenied):  # nor through an edit of the reporter
            svc.act(signed(desk, ACTORS["front_desk"]), ids["anonim"], Action.EDIT,
                    {"fields": {"reporter": {"name": "Orang Lain"}}})
        assert not _audit_rows(desk, "flags_changed")
    finally:
        desk.close()

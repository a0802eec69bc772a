"""The audit trail (issue 14 item 4) on a real desk: what is written (sign-ins and failures, the
pause and its lifting, reveals, prints, exports, account and settings changes, lifecycle
actions), that it holds no NIK, phone number or name, that the program cannot change or remove
an entry, and that ``lapor-desktop audit verify`` finds an edited, a deleted, a reordered entry
and missing newest entries in a copy of the database (exit code, entry, what is wrong)."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from datetime import date, timedelta

import pytest

from lapor_desktop.cli import main
from lapor_desktop.core.errors import AuthFailed, PermissionDenied
from lapor_desktop.core.paths import AppPaths
from lapor_desktop.domain.enums import Action
from lapor_desktop.services.audit import AuditQuery, AuditService
from lapor_desktop.services.complaints import ComplaintService
from lapor_desktop.services.exports import ExportService
from lapor_desktop.services.frontdesk import FrontDeskService
from lapor_desktop.services.office_contact import OfficeContactService
from lapor_desktop.services.queue import QueueQuery
from lapor_desktop.services.reveal import IdentityService
from lapor_desktop.services.settings import SettingsService
from lapor_desktop.services.users import SignInPaused, UserService

from conftest import ACTORS
from test_permissions import REPORTERS, _make_desk, _record_three

from tests.support.sessions import signed

REASON = "Pelapor meminta dihubungi kembali untuk klarifikasi lokasi kejadian."


def _rows(db_path) -> list[dict]:
    con = sqlite3.connect(db_path)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute("SELECT * FROM audit_log ORDER BY seq")]
    finally:
        con.close()


@pytest.fixture(scope="module")
def busy(tmp_path_factory):
    """A desk on which a day's work happened: every kind of entry."""
    root = tmp_path_factory.mktemp("audit")
    desk = _make_desk(root)
    users = UserService(desk)
    admin = signed(desk, ACTORS["admin"])
    users.add(admin, login="rina", role="verifier", password="rahasia-rina-1", name="Rina Wahyuni")
    for _ in range(4):
        with pytest.raises(AuthFailed):
            users.sign_in("rina", "salah-sandi")
    with pytest.raises(SignInPaused):
        users.sign_in("rina", "salah-sandi")
    with pytest.raises(AuthFailed):
        users.sign_in("Fatimah Sangaji 8272014101900003", "x")  # a name and a NIK typed as the login
    users.unlock(admin, "rina")
    rina = users.sign_in("rina", "rahasia-rina-1")
    svc = ComplaintService(desk)
    ids = _record_three(svc)
    svc.act(rina, ids["plain"], Action.COMMENT, {"text": "Sudah dicek ke lokasi oleh Rina."})
    IdentityService(desk).reveal(rina, ids["anonim"], REASON)
    fd = FrontDeskService(desk)
    fd.receipt(signed(desk, ACTORS["front_desk"]), ids["anonim"])
    fd.receipt(signed(desk, ACTORS["front_desk"]), ids["anonim"], reprint=True)
    ExportService(desk).export(rina, QueueQuery(text="Fatimah"), "jsonl", io.BytesIO())
    SettingsService(desk).save_general(admin, verify_days=4)
    OfficeContactService(desk).save(admin, phone="0921 3121 000", address="Jl. Ahmad Yani No. 1, Soasio")
    users.set_disabled(admin, "rina", True)
    users.sign_out(admin)
    yield desk, ids, root
    desk.close()


def test_a_days_work_is_in_the_trail(busy):
    desk, ids, _ = busy
    rows = _rows(desk.paths.db_path)
    kinds = [r["kind"] for r in rows]
    for k in ("account_changed", "sign_in_failed", "sign_in_paused", "sign_in_unpaused", "signed_in", "recorded",
              "action", "identity_revealed", "receipt_printed", "receipt_reprinted", "exported",
              "settings_changed", "signed_out"):
        assert k in kinds, k
    assert kinds.count("sign_in_failed") == 6
    forwarded = [r for r in rows if r["kind"] == "action" and json.loads(r["detail"])["action"] == "forward"]
    assert {r["complaint_id"] for r in forwarded} == set(ids.values())
    assert json.loads(next(r for r in rows if r["kind"] == "settings_changed")["detail"]) == {"fields": ["verify_days"]}
    paused = next(r for r in rows if r["kind"] == "sign_in_paused")
    assert json.loads(paused["detail"])["account"] == "rina"


def test_the_trail_holds_no_nik_phone_or_name(busy):
    desk, _, _ = busy
    dump = json.dumps(_rows(desk.paths.db_path), ensure_ascii=False)
    for name, nik, phone in REPORTERS.values():
        for secret in (nik, phone, phone[1:], *name.split()):
            assert secret not in dump
    for secret in ("Rina Wahyuni", "Wahyuni", "0921 3121 000", "Ahmad Yani", "salah-sandi", "rahasia-rina"):
        assert secret not in dump


def test_the_program_cannot_change_or_remove_an_entry(busy):
    desk, _, _ = busy
    con = sqlite3.connect(desk.paths.db_path)
    try:
        for sql in ("UPDATE audit_log SET actor_login = 'ghost' WHERE seq = 3", "DELETE FROM audit_log WHERE seq = 3"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                con.execute(sql)
    finally:
        con.close()


def _copy(root, tmp_path):
    desk_dir = root / "profile"
    dst = tmp_path / "copy"
    shutil.copytree(desk_dir, dst)
    return dst


def _tamper(home, *sql: str) -> None:
    con = sqlite3.connect(AppPaths.under(home).db_path)
    try:
        con.execute("DROP TRIGGER audit_log_no_update")  # whoever edits the file can do this too
        con.execute("DROP TRIGGER audit_log_no_delete")
        for q in sql:
            con.execute(q)
        con.commit()
    finally:
        con.close()


def _verify(home, capsys, *extra: str) -> tuple[int, str]:
    code = main(["audit", "verify", "--data-dir", str(home), *extra])
    return code, capsys.readouterr().out


def test_verify_says_ok_with_the_count(busy, tmp_path, capsys):
    desk, _, root = busy
    n = len(_rows(desk.paths.db_path))
    home = _copy(root, tmp_path)
    code, out = _verify(home, capsys, "--lang", "en")
    assert code == 0 and out.strip() == f"ok: {n} entries, chain intact"
    code, out = _verify(home, capsys)
    assert code == 0 and out.startswith(f"ok: {n} catatan")


@pytest.mark.parametrize("attack, sql, seq, what", [
    ("edited", ["UPDATE audit_log SET actor_login = 'admin' WHERE seq = 5"], 5, "edited"),
    ("edited detail", ["UPDATE audit_log SET detail = '{}' WHERE kind = 'identity_revealed'"], None, "edited"),
    ("deleted", ["DELETE FROM audit_log WHERE seq = 7"], 8, "missing"),
    ("reordered", ["UPDATE audit_log SET seq = -1 WHERE seq = 9", "UPDATE audit_log SET seq = 9 WHERE seq = 10",
                   "UPDATE audit_log SET seq = 10 WHERE seq = -1"], 9, "reordered"),
    ("newest removed", ["DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)"], None, "tail_missing"),
])
def test_verify_finds_the_first_broken_link(busy, tmp_path, capsys, attack, sql, seq, what):
    desk, _, root = busy
    home = _copy(root, tmp_path)
    _tamper(home, *sql)
    code, out = _verify(home, capsys, "--json")
    assert code != 0
    got = json.loads(out)
    assert got["ok"] is False and got["broken"]["code"] == what
    if seq is not None:
        assert got["broken"]["seq"] == seq
    code, out = _verify(home, capsys, "--lang", "en")
    assert code != 0 and out.startswith("BROKEN at entry #")
    # the original is untouched
    assert _verify(root / "profile", capsys)[0] == 0


# ---------------------------------------------------------------------------------- the viewer
@pytest.mark.parametrize("role, allowed", [("front_desk", False), ("verifier", False), ("liaison", False),
                                           ("supervisor", True), ("admin", True)])
def test_only_the_admin_and_the_supervisor_read_the_trail(busy, role, allowed):
    desk, _, _ = busy
    svc = AuditService(desk)
    session = signed(desk, ACTORS[role])
    if not allowed:
        for call in (lambda: svc.page(session, AuditQuery()), lambda: svc.verify(session),
                     lambda: svc.logins(session)):
            with pytest.raises(PermissionDenied):
                call()
        return
    page = svc.page(session, AuditQuery(), 0, 5)
    assert len(page.entries) == 5 and page.total == len(_rows(desk.paths.db_path))
    seqs = [e.seq for e in page.entries]
    assert seqs == sorted(seqs, reverse=True)  # newest first
    nxt = svc.page(session, AuditQuery(), 5, 5)
    assert nxt.entries[0].seq == seqs[-1] - 1
    assert svc.verify(session).ok


def test_a_hand_made_actor_cannot_read_the_trail(busy):
    desk, _, _ = busy
    with pytest.raises(PermissionDenied) as exc:
        AuditService(desk).page(ACTORS["admin"], AuditQuery())
    assert exc.value.code == "session_required"


def test_the_viewer_filters_by_user_kind_and_dates(busy):
    desk, _, _ = busy
    svc = AuditService(desk)
    admin = signed(desk, ACTORS["admin"])
    rina = svc.page(admin, AuditQuery(login="rina"), 0, 500)
    assert rina.entries and {e.actor_login for e in rina.entries} == {"rina"}
    reveals = svc.page(admin, AuditQuery(kind="identity_revealed"), 0, 500)
    assert [e.kind for e in reveals.entries] == ["identity_revealed"]
    today = desk.today()
    assert svc.page(admin, AuditQuery(since=today, until=today)).total == svc.page(admin, AuditQuery()).total
    assert svc.page(admin, AuditQuery(until=today - timedelta(days=1))).total == 0
    assert svc.page(admin, AuditQuery(since=today + timedelta(days=1))).total == 0
    assert "rina" in svc.logins(admin)
    assert isinstance(today, date)

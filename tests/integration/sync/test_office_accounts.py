"""Office-wide accounts through a real hub (issue 14 item 3), the hub's actor checks and the
per-device event chains (items 3-4): two desks of one office over loopback."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from lapor_desktop.core.errors import AuthFailed
from lapor_desktop.core.paths import AppPaths
from lapor_desktop.services.desk import open_desk
from lapor_desktop.services.session import registry
from lapor_desktop.services.sync import SyncService
from lapor_desktop.services.users import UserService

from .conftest import record, sync

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _page_reason(desk) -> str:
    """What the Sinkronisasi page's rejected table says of the (one) refused event."""
    from lapor_desktop.ui.sync_page import RejectedModel

    svc = SyncService(desk)
    try:
        ov = svc.overview()
    finally:
        svc.close()
    model = RejectedModel(desk)
    model.set_rows(list(ov.rejected), "id")
    assert model.rowCount() == 1
    return model.data(model.index(0, 3))


def _admin(desk):
    return UserService(desk).sign_in("admin", "rahasia-admin")


def _rejected(desk) -> dict[str, str]:
    svc = SyncService(desk)
    try:
        return {r.id: r.reject_code for r in svc.rejected()}
    finally:
        svc.close()


def test_an_account_added_on_desk_a_signs_in_on_desk_b_after_a_sync(desks):
    a = desks.new()
    b = desks.new(a.settings.office_code)
    assert sync(a).complete and sync(b).complete
    UserService(a).add(_admin(a), login="rina", role="verifier", password="rahasia-rina", name="Rina")
    with pytest.raises(AuthFailed):  # not on desk B before a sync
        UserService(b).sign_in("rina", "rahasia-rina")
    assert sync(a).complete and sync(b).complete
    s = UserService(b).sign_in("rina", "rahasia-rina")
    assert (s.login, s.role, s.name) == ("rina", "verifier", "Rina")
    # a password changed on desk B applies on desk A (the hash travels, never the password)
    UserService(b).set_password(s, "rina", "sandi-baru-rina")
    assert sync(b).complete and sync(a).complete
    assert UserService(a).sign_in("rina", "sandi-baru-rina").login == "rina"
    with pytest.raises(AuthFailed):
        UserService(a).sign_in("rina", "rahasia-rina")
    # a role changed by an admin applies too
    UserService(a).change(_admin(a), "rina", role="supervisor")
    assert sync(a).complete and sync(b).complete
    assert UserService(b).sign_in("rina", "sandi-baru-rina").role == "supervisor"
    assert not _rejected(a) and not _rejected(b)


def test_a_disabled_account_is_refused_on_both_desks(desks):
    a = desks.new()
    b = desks.new(a.settings.office_code)
    assert sync(a).complete and sync(b).complete
    on_b = UserService(b).sign_in("verif", "rahasia-verif")
    UserService(a).set_disabled(_admin(a), "verif", True)
    assert sync(a).complete and sync(b).complete
    for desk in (a, b):
        with pytest.raises(AuthFailed):
            UserService(desk).sign_in("verif", "rahasia-verif")
    assert not registry(b).is_live(on_b)  # the session open on desk B ended with the pull


def test_a_desk_that_never_synced_keeps_its_own_accounts(desks):
    a = desks.new(enrolled=False)
    assert UserService(a).sign_in("loket", "rahasia-loket").role == "front_desk"


def test_the_hub_rejects_an_event_whose_actor_is_not_an_active_account_of_the_office(desks, qapp):
    a = desks.new()
    record(a, 1)
    assert sync(a).complete  # the office's accounts are on the hub now
    record(a, 1, seed=7)
    # the pending event rewritten with sqlite3 to name someone who is no account of the office
    con = sqlite3.connect(a.paths.db_path)
    with con:
        eid = con.execute("SELECT e.id FROM events e JOIN outbox o ON o.event_id = e.id").fetchone()[0]
        con.execute("UPDATE events SET actor_user = 'ghost', actor_role = 'admin' WHERE id = ?", (eid,))
    con.close()
    rep = sync(a)
    assert rep.rejected == 1
    assert _rejected(a) == {eid: "actor_unknown"}
    assert "bukan akun kantor ini" in _page_reason(a)


def test_the_hub_rejects_an_action_the_actors_role_may_not_take(desks):
    a = desks.new()
    assert sync(a).complete
    record(a, 1)
    con = sqlite3.connect(a.paths.db_path)
    with con:  # the front desk's complaint claimed as the verifier's, who is an account: role mismatch
        eid = con.execute("SELECT e.id FROM events e JOIN outbox o ON o.event_id = e.id").fetchone()[0]
        con.execute("UPDATE events SET actor_role = 'admin' WHERE id = ?", (eid,))
    con.close()
    rep = sync(a)
    assert rep.rejected == 1 and _rejected(a) == {eid: "actor_not_allowed"}


def test_an_event_of_an_account_disabled_before_it_was_written_is_rejected(desks):
    a = desks.new()
    b = desks.new(a.settings.office_code)
    assert sync(a).complete and sync(b).complete
    UserService(a).set_disabled(_admin(a), "loket", True)
    assert sync(a).complete
    # desk B has not heard of it yet; its clerk records after the disable, offline
    record(b, 1)
    rep = sync(b)
    assert rep.rejected == 1 and set(_rejected(b).values()) == {"actor_disabled"}


def _copy_profile(desk, tmp_path):
    """The desk's whole profile (database, settings, token) copied, as someone could on the PC."""
    src = desk.paths.data_dir.parent
    dst = tmp_path / "copy"
    shutil.copytree(src, dst)
    return AppPaths.under(dst)


def test_the_hub_reports_a_desk_whose_event_chain_was_rewritten(desks, hub, tmp_path, qapp):
    a = desks.new()
    record(a, 3)
    assert sync(a).complete
    a.close()
    desks.desks.remove(a)
    paths = _copy_profile(a, tmp_path)
    # in the copy, a past event (already at the hub) is rewritten with sqlite3
    con = sqlite3.connect(paths.db_path)
    with con:
        eid, data = con.execute("SELECT id, data_json FROM events WHERE origin = 'local' AND type = "
                                "'complaint.created' ORDER BY device_seq DESC LIMIT 1").fetchone()
        con.execute("UPDATE events SET data_json = ? WHERE id = ?",
                    (data.replace("Laporan", "Laporan palsu"), eid))
    con.close()
    copy = open_desk(paths)
    desks.desks.append(copy)
    record(copy, 1, seed=9)  # the next event names the hash of the rewritten one
    rep = sync(copy)
    assert rep.rejected == 1
    assert set(_rejected(copy).values()) == {"chain_broken"}
    assert "diubah atau dihapus" in _page_reason(copy)
    audit = hub.admin("audit").stdout
    assert "chain_broken" in audit and copy.settings.device_id in audit


def test_deleting_a_past_event_is_reported_at_the_next_sync(desks, hub):
    a = desks.new()
    record(a, 2)
    assert sync(a).complete
    con = sqlite3.connect(a.paths.db_path)
    with con:
        eid = con.execute("SELECT id FROM events WHERE origin = 'local' ORDER BY device_seq DESC LIMIT 1").fetchone()[0]
        con.execute("DELETE FROM events WHERE id = ?", (eid,))
    con.close()
    record(a, 1, seed=5)
    rep = sync(a)
    assert rep.rejected == 1 and set(_rejected(a).values()) == {"chain_broken"}


def test_events_of_an_older_desk_without_a_chain_are_accepted(desks):
    a = desks.new()
    record(a, 3)
    con = sqlite3.connect(a.paths.db_path)
    with con:  # as written by a desk from before chains (migration 0009 leaves them NULL)
        con.execute("UPDATE events SET prev = NULL")
    con.close()
    rep = sync(a)
    assert rep.complete and rep.rejected == 0
    record(a, 1, seed=3)  # and the chain starts from them
    rep = sync(a)
    assert rep.complete and rep.rejected == 0


def test_a_second_desk_records_before_its_first_sync(desks):
    a = desks.new()
    b = desks.new(a.settings.office_code)
    assert sync(a).complete
    record(b, 2)  # desk B made its own accounts of the same logins before it ever synced
    rep = sync(b)
    assert rep.complete and rep.rejected == 0
    assert UserService(b).sign_in("loket", "rahasia-loket").role == "front_desk"

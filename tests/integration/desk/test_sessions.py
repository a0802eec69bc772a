"""Sessions: the services take the actor from a live session, never from the caller; five failed
sign-ins pause a login for five minutes (any login typed, so the pause tells nothing about
which exist); the admin lifts it."""

from __future__ import annotations

import dataclasses
import logging

import pytest

from lapor_desktop.core.errors import AuthFailed, PermissionDenied
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.queue import QueueQuery, QueueService
from lapor_desktop.services.session import Session
from lapor_desktop.services.users import LOCK_MINUTES, MAX_FAILURES, SignInPaused, UserService

from desk_helpers import walk_in as _data


def test_an_actor_made_by_hand_is_refused_and_a_real_session_works(desk, svc):
    users = UserService(desk)
    clerk = users.sign_in("loket", "rahasia-loket")
    rec = svc.record(clerk, _data())
    ghost = Actor(login="ghost", role="admin")
    for call in (lambda: svc.detail(ghost, rec.id),
                 lambda: svc.act(ghost, rec.id, "verify", {}),
                 lambda: svc.act_many(ghost, [rec.id], "archive", {"reason": "x"}),
                 lambda: svc.record(ghost, _data()),
                 lambda: QueueService(desk).count(ghost, QueueQuery())):
        with pytest.raises(PermissionDenied) as e:
            call()
        assert e.value.code == "session_required"
    # a Session built by hand, a copy of a real one with another role, a signed-out one: refused
    forged = Session(login="ghost", role="admin", token="x" * 43)
    promoted = dataclasses.replace(clerk, role="admin")
    with pytest.raises(PermissionDenied):
        svc.detail(forged, rec.id)
    with pytest.raises(PermissionDenied):
        svc.detail(promoted, rec.id)
    assert svc.detail(clerk, rec.id).state.id == rec.id
    assert QueueService(desk).count(clerk, QueueQuery()) == 1
    users.sign_out(clerk)
    with pytest.raises(PermissionDenied):
        svc.detail(clerk, rec.id)
    # the actor recorded is the session's account, whatever the caller claims
    admin = users.sign_in("admin", "rahasia-admin")
    ev = svc.act(admin, rec.id, "archive", {"reason": "Uji coba."})
    assert (ev.actor_user, ev.actor_role) == ("admin", "admin")


def test_a_session_of_another_desk_or_a_disabled_account_is_refused(desk, svc):
    users = UserService(desk)
    clerk = users.sign_in("loket", "rahasia-loket")
    rec = svc.record(clerk, _data())
    users.set_disabled(None, "loket", True)
    with pytest.raises(PermissionDenied):
        svc.detail(clerk, rec.id)
    with pytest.raises(PermissionDenied):
        users.open_local_session("loket")


def test_five_failures_pause_the_login_for_five_minutes_and_the_admin_lifts_it(desk, clock):
    users = UserService(desk)
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(AuthFailed) as e:
            users.sign_in("verif", "wrong-password")
        assert not isinstance(e.value, SignInPaused)
    with pytest.raises(SignInPaused):
        users.sign_in("verif", "wrong-password")
    # the right password does not sign in during the pause
    with pytest.raises(SignInPaused) as e:
        users.sign_in("verif", "rahasia-verif")
    assert e.value.minutes == LOCK_MINUTES
    assert "verif" in users.paused_logins()
    clock.advance(minutes=LOCK_MINUTES - 1)
    with pytest.raises(SignInPaused) as e:
        users.sign_in("verif", "rahasia-verif")
    assert e.value.minutes == 1
    clock.advance(minutes=1, seconds=1)
    assert users.sign_in("verif", "rahasia-verif").role == "verifier"
    # again five failures; this time the admin lifts the pause at once
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthFailed):
            users.sign_in("verif", "wrong")
    with pytest.raises(PermissionDenied):
        users.unlock(Actor("verif", "verifier"), "verif")  # only an admin
    assert users.unlock(None, "verif") is True
    assert users.sign_in("verif", "rahasia-verif").login == "verif"
    assert users.unlock(None, "verif") is False  # nothing left to lift


def test_a_success_resets_the_count(desk):
    users = UserService(desk)
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(AuthFailed):
            users.sign_in("bos", "wrong")
    users.sign_in("bos", "rahasia-bos")
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(AuthFailed):
            users.sign_in("bos", "wrong")
    assert users.sign_in("bos", "rahasia-bos").login == "bos"


def _answers(users: UserService, login: str) -> list[tuple[str, str, int | None]]:
    out = []
    for _ in range(MAX_FAILURES + 2):
        try:
            users.sign_in(login, "wrong-password")
        except AuthFailed as exc:
            out.append((type(exc).__name__, exc.code, getattr(exc, "minutes", None)))
    return out


def test_throttling_does_not_tell_which_logins_exist(desk, monkeypatch):
    """A real login and a made-up one get the same answers, attempt by attempt, through the same
    path: one argon2 check each (a fixed hash for the made-up one) and the same pause."""
    import lapor_desktop.services.users as users_mod

    users = UserService(desk)
    checks: list[str] = []
    hasher = users_mod._hasher

    class Counting:
        def verify(self, hash_: str, password: str) -> bool:
            checks.append("dummy" if hash_ == users_mod._DUMMY_HASH else "real")
            return hasher.verify(hash_, password)

        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(hasher, name)

    monkeypatch.setattr(users_mod, "_hasher", Counting())
    real = _answers(users, "admin")
    real_checks, checks[:] = list(checks), []
    made_up = _answers(users, "tidak-ada")
    assert real == made_up
    assert real[-1][0] == "SignInPaused"
    assert len(real_checks) == len(checks) == MAX_FAILURES + 2
    assert set(real_checks) == {"real"} and set(checks) == {"dummy"}
    # a disabled account answers like the others too
    users.set_disabled(None, "bos", True)
    assert _answers(users, "bos") == real


def test_the_log_of_sign_ins_and_pauses_names_nobody(desk, caplog):
    users = UserService(desk)
    users.add(None, login="sitinurhaliza", role="front_desk", password="rahasia-siti",
              name="Siti Nurhaliza")
    caplog.set_level(logging.DEBUG)
    users.sign_in("sitinurhaliza", "rahasia-siti")
    for _ in range(MAX_FAILURES + 1):
        with pytest.raises(AuthFailed):
            users.sign_in("sitinurhaliza", "8272011503900001")  # a NIK typed as a password
        with pytest.raises(AuthFailed):
            users.sign_in("081244556677", "x" * 8)  # a phone number typed as the login
    users.unlock(None, "sitinurhaliza")
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "signed in" in text and "paused" in text
    for secret in ("sitinurhaliza", "Siti", "Nurhaliza", "8272011503900001", "081244556677"):
        assert secret.lower() not in text.lower()


def test_users_unlock_on_the_command_line(desk, paths):
    import subprocess

    from tests.support.cli import run_cli

    users = UserService(desk)
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthFailed):
            users.sign_in("verif", "wrong")
    with pytest.raises(SignInPaused):
        users.sign_in("verif", "rahasia-verif")
    env = {"LAPOR_DESKTOP_HOME": str(paths.data_dir.parent), "LAPOR_LANG": "en"}

    def cli(*args: str) -> subprocess.CompletedProcess:
        return run_cli(args, env=env)  # main() in this process (tests/support/cli.py)

    r = cli("users", "unlock", "verif")
    assert r.returncode == 0, r.stderr
    assert "lifted" in r.stdout + r.stderr
    assert users.sign_in("verif", "rahasia-verif").login == "verif"
    r = cli("users", "unlock", "verif")
    assert r.returncode == 0 and "not paused" in r.stdout + r.stderr
    r = cli("users", "unlock", "nobody")
    assert r.returncode != 0 and "user_not_found" in r.stderr


def test_what_was_typed_as_a_login_is_not_stored(desk):
    """A NIK typed into the user-name field is counted, but only under a hash."""
    import sqlite3

    users = UserService(desk)
    with pytest.raises(AuthFailed):
        users.sign_in("8272011503900001", "x" * 8)
    con = sqlite3.connect(desk.db.path)
    try:
        rows = con.execute("SELECT login, failures FROM sign_in_throttle").fetchall()
    finally:
        con.close()
    assert len(rows) == 1 and rows[0][1] == 1
    assert "8272011503900001" not in rows[0][0] and len(rows[0][0]) == 64

"""The command line: enrolment (single-use code, token file 0600, keyring path), exit codes
(not enrolled 5, auth refused 6, unreachable 7, partial 8) with ``main()`` run in the test process,
and T4: SIGKILL of a real ``lapor-desktop sync`` process at random moments, then a clean sync:
nothing lost, nothing twice."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import time

import keyring
import keyring.backend
import pytest

from lapor_desktop.core.paths import AppPaths
from lapor_desktop.domain.enums import ACCOUNTS_STREAM
from lapor_desktop.services.desk import setup_desk
from lapor_desktop.services.sync import HubAuthRefused, SyncService, TokenStore, enroll
from lapor_desktop.store import syncstore

from tests.support.cli import run_cli

from .conftest import _ROOT, new_office, record, sync


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(_ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.pop("LAPOR_DESKTOP_HOME", None)
    return env


def _home(desk) -> str:
    return str(desk.paths.data_dir.parent)


def cli(home: str, *args: str) -> subprocess.CompletedProcess:
    """``lapor-desktop --data-dir HOME ARGS``: ``main()`` in this process (tests/support/cli.py), with
    no keyring (the token goes to the user-only file, as on a Linux PC without a Secret Service)."""
    import keyring.backends.fail

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        return run_cli(["--data-dir", home, *args], env={"LAPOR_DESKTOP_HOME": None})
    finally:
        keyring.set_keyring(previous)


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password):  # noqa: ANN001
        self.store[(service, username)] = password

    def get_password(self, service, username):  # noqa: ANN001
        return self.store.get((service, username))

    def delete_password(self, service, username):  # noqa: ANN001
        self.store.pop((service, username), None)


def test_cli_enroll_token_file_0600_single_use_code_and_sync(hub, link, tmp_path):
    office = new_office()
    hub.add_office(office)
    home = tmp_path / "deskhome"
    setup_desk(AppPaths.under(home), office_code=office, office_name="Kantor").close()
    r = cli(str(home), "sync")
    assert r.returncode == 5, r.stderr
    assert r.stderr.rstrip().endswith("(lapor-desktop enroll --hub URL --code KODE)")
    code = hub.enrollment_code(office)
    r = cli(str(home), "enroll", "--hub", link.url, "--code", code)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["token_store"] == "file" and "Peringatan" in r.stderr
    token_file = home / "config" / "device-token"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    token = token_file.read_text().strip()
    settings = (home / "config" / "settings.json").read_text()
    assert token not in settings and json.loads(settings)["hub_url"] == link.url
    assert json.loads(settings)["extra"]["token_store"] == "file"
    # the code is single use: a second desk cannot enrol with it
    other = tmp_path / "other"
    setup_desk(AppPaths.under(other), office_code=office, office_name="Kantor").close()
    r = cli(str(other), "enroll", "--hub", link.url, "--code", code)
    assert r.returncode == 6, r.stderr
    assert "Pendaftaran ditolak hub (" in r.stderr and "Minta kode baru ke admin hub." in r.stderr
    r = cli(str(other), "--lang", "en", "enroll", "--hub", link.url, "--code", code)
    assert r.returncode == 6 and "Enrolment refused by the hub (" in r.stderr, r.stderr
    # a sync with nothing to do
    r = cli(str(home), "sync")
    assert r.returncode == 0, r.stderr
    assert "[done]" in r.stderr
    assert "sinkronisasi: ok; terkirim 0, diterima 0, ditolak 0, menunggu 0" in r.stderr
    r = cli(str(home), "--lang", "en", "sync")
    assert r.returncode == 0 and "sync: ok; sent 0, received 0, rejected 0, waiting 0" in r.stderr, r.stderr
    st = json.loads(cli(str(home), "sync-status").stdout)
    assert st["pending"] == 0 and st["runs"][0]["outcome"] == "ok" and st["token_store"] == "file"
    # the hub revokes the device: exit 6
    hub.admin("devices", "revoke", out["device_id"])
    r = cli(str(home), "sync")
    assert r.returncode == 6, r.stderr
    assert "token" in r.stderr.lower()


def test_enroll_with_a_keyring_backend(hub, link, desks):
    desk = desks.new(enrolled=False)
    mem = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(mem)
    try:
        res = enroll(desk, link.url, hub._pooled_code(desk.settings.office_code))
        assert res.token_store == "keyring"
        assert mem.store[("lapor-desk", desk.settings.device_id)]
        assert not (desk.paths.config_dir / "device-token").exists()
        assert TokenStore.of(desk).kind == "keyring"
        assert sync(desk).complete
    finally:
        keyring.set_keyring(previous)


def test_enrolment_code_refused_is_auth_refused(hub, link, desks):
    desk = desks.new(enrolled=False)
    with pytest.raises(HubAuthRefused):
        enroll(desk, link.url, "AAAAA-BBBBB-CCCCC-DDDDD")


def test_hub_down_exit_7_and_partial_exit_8(hub, link, desks):
    desk = desks.new()
    record(desk, 3)
    home = _home(desk)
    # the hub's address points nowhere now: unreachable
    from tests.support.hub import free_port

    desk.settings.hub_url = f"http://127.0.0.1:{free_port()}"
    desk.save_settings()
    t0 = time.monotonic()
    r = cli(home, "sync", "--retries", "1")
    assert r.returncode == 7, r.stderr
    assert time.monotonic() - t0 < 60
    with desk.db.read() as s:
        assert syncstore.pending_count(s) == 3 + 3  # and the desk's three accounts (office-wide)
    desk.settings.hub_url = link.url
    desk.save_settings()
    # a rejected event makes the run partial (8): exit 0 only when all went through
    from lapor_desktop.core.ids import uuid7
    from lapor_desktop.domain.model import Event
    from lapor_desktop.store import repo

    with desk.db.session() as s:
        seq = repo.next_device_seq(s)
        repo.insert_local_events(s, [Event(id=uuid7(), complaint_id=uuid7(), type="complaint.commented",
                                           device_id=desk.settings.device_id, device_seq=seq,
                                           hlc=desk.hlc.tick(), occurred_at=desk.now_iso(),
                                           actor_user="loket", actor_role="front_desk",
                                           data={"text": "x"})], desk.now_iso())
    r = cli(home, "sync")
    assert r.returncode == 8, r.stderr
    r = cli(home, "sync")
    assert r.returncode == 0, r.stderr


def account_events(hub) -> set[str]:
    con = sqlite3.connect(hub.db_url.replace("sqlite:///", ""))
    try:
        return {r[0] for r in con.execute("select id from events where complaint_id = ?", (ACCOUNTS_STREAM,))}
    finally:
        con.close()


def _hub_events(hub) -> dict[str, list[str]]:
    path = hub.db_url.replace("sqlite:///", "")
    con = sqlite3.connect(path)
    try:
        rows = con.execute("select device_id, id from events").fetchall()
    finally:
        con.close()
    out: dict[str, list[str]] = {}
    for dev, eid in rows:
        out.setdefault(dev, []).append(eid)
    return out


@pytest.mark.slow  # 50 sync processes killed at random moments (about a minute)
def test_t4_sigkill_of_the_sync_process_at_random_moments(hub, link, desks):
    runs = int(os.environ.get("LAPOR_T4_RUNS", "50"))
    rng = random.Random(4)
    a = desks.new()
    b = desks.new(a.settings.office_code)
    home = _home(a)
    link.configure(rtt=0.08, rate_up=150_000, rate_down=150_000)
    killed = finished = 0
    run_time = 1.5  # seconds; adjusted below
    for i in range(runs):
        record(a, rng.randint(5, 25), seed=100 + i)
        if i % 3 == 0:
            record(b, 5, seed=500 + i)
            sync(b)
        proc = subprocess.Popen([sys.executable, "-m", "lapor_desktop", "--data-dir", home, "sync", "--quiet"],
                                env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # a random moment within the time a whole run takes on this machine (learnt from the runs
        # that finished before their kill), so the kills land inside the run on a fast machine
        # and a slow one alike
        started = time.monotonic()
        kill_at = started + rng.uniform(0.15, 0.95) * run_time
        while proc.poll() is None and time.monotonic() < kill_at:
            time.sleep(0.01)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
            run_time *= 1.05  # drift back up, so the kills do not all bunch at the start
        else:
            finished += 1
            run_time = 0.5 * run_time + 0.5 * (time.monotonic() - started)
        proc.wait(30)
    assert killed >= runs // 2, (killed, finished)
    link.configure(rtt=0.01, rate_up=None, rate_down=None)
    final = sync(a)
    assert final.complete, final
    assert sync(b).complete and sync(a).complete
    with a.db.read() as s:
        assert syncstore.pending_count(s) == 0
        # the complaints' events; the desk's own account events are the office's (services/accounts.py):
        # desk b, set up with the same logins, reached the hub first, so a's creations of them are
        # refused as account_exists (the first creation in event order stands) and nothing else
        local = set(s.execute(__import__("sqlalchemy").text(
            "select id from events where origin='local' and complaint_id != :acc"), {"acc": ACCOUNTS_STREAM}).scalars())
        statuses = set(s.execute(__import__("sqlalchemy").text(
            "select distinct sync_status from events where origin='local' and complaint_id != :acc"),
            {"acc": ACCOUNTS_STREAM}).scalars())
        account_refusals = set(s.execute(__import__("sqlalchemy").text(
            "select distinct type || ':' || coalesce(reject_code, '') from events where origin='local' "
            "and complaint_id = :acc and sync_status = 'rejected'"), {"acc": ACCOUNTS_STREAM}).scalars())
        remote_b = set(s.execute(__import__("sqlalchemy").text(
            "select id from events where device_id=:d"), {"d": b.settings.device_id}).scalars())
    on_hub = _hub_events(hub)
    accounts_on_hub = account_events(hub)
    mine = [e for e in on_hub[a.settings.device_id] if e not in accounts_on_hub]
    assert account_refusals <= {"account.created:account_exists"}, account_refusals
    assert len(mine) == len(set(mine))  # each at most once (the id is the key, forever)
    assert set(mine) == local  # and every one of them is there
    assert statuses <= {"accepted", "duplicate"}
    assert remote_b == set(on_hub[b.settings.device_id])
    runs_seen = SyncService(a).history(limit=200)
    assert runs_seen  # at least the final runs were recorded


def test_a_control_character_in_the_device_name_does_not_stop_enrolment(hub, link, desks):
    """The hub refuses control characters in a device name (a NUL made PostgreSQL fail the insert);
    a desk whose name holds one (a tab pasted into set-up) still enrols, under the name without it."""
    desk = desks.new(enrolled=False)
    res = enroll(desk, link.url, hub._pooled_code(desk.settings.office_code), device_name="Loket\t1\x00")
    assert res.device_id == desk.settings.device_id
    assert sync(desk).complete
    listed = hub.admin("devices", "list").stdout
    assert "Loket1" in listed or "Loket 1" in listed, listed


_FIRST_REQUEST_PROBE = """
import json, socket, sys
seen = {}
connect = socket.socket.connect
def first(self, addr):
    seen.setdefault("modules", sorted(sys.modules))
    return connect(self, addr)
socket.socket.connect = first
from lapor_desktop.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "first": seen.get("modules"), "end": sorted(sys.modules)}), file=sys.stderr)
"""


def test_the_first_request_of_a_sync_leaves_before_the_answer_checks_are_loaded(hub, link, desks):
    """``lapor-desktop sync`` (Task Scheduler, every few minutes): what only the hub's answer
    needs (the pulled events' checks, the reference validator) is loaded when the answer is read,
    not before the first request (issue 13 item 13); the answer is still checked: another desk's
    complaint comes in, and a bad pulled event is still set aside (test_hostile_answers.py)."""
    office = new_office()
    other, desk = desks.new(office), desks.new(office)
    record(other, 1)
    sync(other)
    record(desk, 2)
    home = _home(desk)
    desk.close()
    r = subprocess.run([sys.executable, "-c", _FIRST_REQUEST_PROBE, "--data-dir", home, "sync", "--quiet"],
                       env=_env(), capture_output=True, text=True, timeout=120, check=False)
    out = json.loads(r.stderr.strip().splitlines()[-1])
    assert out["code"] == 0, r.stderr
    first, end = set(out["first"]), set(out["end"])
    later = {"lapor_desktop.sync.pullcheck", "lapor_desktop.protocol.events", "lapor_desktop.protocol.reference"}
    assert not first & later, first & later
    assert "lapor_desktop.protocol.events" in end  # the pulled events were checked
    check = sqlite3.connect(desk.paths.db_path)
    try:
        assert check.execute("select count(*) from complaints").fetchone()[0] == 3
        assert check.execute("select count(*) from outbox").fetchone()[0] == 0
    finally:
        check.close()

"""``lapor-desktop sync``'s first exchange sent before the database layer loads
(``services/sync/early.py``, ``sync/early_exchange.EarlyExchange``): that the run takes its answer
as the first exchange (one request for a pull, one for a push and pull, the run's figures), that a
real process sends it before the store's models load, and each way it can go wrong: the cursor
moved meanwhile (with or without events in it), the request failed, a desk the early path must
leave alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import text

from lapor_desktop.services.sync.early import read_port, send_first_exchange
from lapor_desktop.store import sync_read

from tests.support.cli import run_cli

from .conftest import _ROOT, record, sync


def _sync_requests(link) -> list[str]:
    return [line for line in link.stats()["requests_log"] if "/sync " in line]


def _cursor(desk) -> str:
    with desk.db.read_raw() as conn:
        return sync_read.cursor(conn)


def _hub_complaints(hub) -> set[str]:
    import sqlite3

    con = sqlite3.connect(hub.db_url.replace("sqlite:///", ""))
    try:
        return {r[0] for r in con.execute("SELECT DISTINCT complaint_id FROM events")}
    finally:
        con.close()


def _up_to_date_pair(desks):
    """Two desks of one office, both synced: nothing waiting at either."""
    a = desks.new()
    b = desks.new(a.settings.office_code)
    for d in (a, b, a):
        assert sync(d).complete
    return a, b


def run_sync(home: str, *args: str):
    import keyring
    import keyring.backends.fail

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        return run_cli(["--data-dir", home, "--lang", "en", "sync", "--json", *args],
                       env={"LAPOR_DESKTOP_HOME": None})
    finally:
        keyring.set_keyring(previous)


def test_a_sync_with_nothing_to_send_takes_its_early_first_exchange_as_its_only_request(desks, link):
    a, b = _up_to_date_pair(desks)
    record(b, 3)
    assert sync(b).complete  # three complaints for a to receive
    before = _cursor(a)
    link.reset_stats()
    r = run_sync(str(a.paths.data_dir.parent))
    assert r.returncode == 0, r.stderr
    rep = json.loads(r.stdout)
    assert rep["outcome"] == "ok" and rep["received"] >= 3
    # one request: the early one, whose answer was the run's first (and only) exchange
    assert len(_sync_requests(link)) == 1 and link.stats()["requests"] == 1, link.stats()["requests_log"]
    assert rep["requests"] == 1 and rep["exchanges"] == 1
    # the run's figures include the early request's bytes (the link counts headers too)
    assert 0 < rep["bytes_up"] <= link.stats()["bytes_up"] and 0 < rep["bytes_down"] <= link.stats()["bytes_down"]
    assert _cursor(a) != before
    with a.db.read() as s:
        titles = [t for (t,) in s.execute(text("SELECT title FROM complaints"))]
    assert sum(t.startswith("Laporan ") for t in titles) == 3


def test_the_early_request_is_sent_without_loading_sqlalchemy(desks, link):
    """The point of it: a fresh process sends it with only the standard library's sqlite3."""
    a, _b = _up_to_date_pair(desks)
    code = (
        "import sys; from lapor_desktop.core.paths import AppPaths\n"
        "from lapor_desktop.services.sync.early import send_first_exchange\n"
        f"t, e = send_first_exchange(AppPaths.under({str(a.paths.data_dir.parent)!r}))\n"
        "resp, sent, answered = e.take()\n"
        "print(resp.cursor, 'sqlalchemy' in sys.modules, 'lapor_desktop.store.models' in sys.modules)\n")
    env = dict(os.environ, PYTHONPATH=str(_ROOT), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    link.reset_stats()
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    cursor, sqlalchemy_loaded, models_loaded = out.stdout.split()
    assert (sqlalchemy_loaded, models_loaded) == ("False", "False")
    assert cursor == _cursor(a)  # nothing new: the hub answered from where the desk stands
    assert len(_sync_requests(link)) == 1


_ORDER_PROBE = """
import socket, sys
order = []

class Watch:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "lapor_desktop.store.models" and "models" not in order:
            order.append("models")
        return None

sys.meta_path.insert(0, Watch)
connect = socket.socket.connect

def noting(self, address):
    if "connect" not in order:
        order.append("connect")
    return connect(self, address)

socket.socket.connect = noting
from lapor_desktop.cli import main
code = main(sys.argv[1:])
print(" ".join(order), file=sys.stderr)
sys.exit(code)
"""


def test_the_sync_command_sends_before_it_loads_the_database_layer(desks, link):
    a, _b = _up_to_date_pair(desks)
    env = dict(os.environ, PYTHONPATH=str(_ROOT), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop("LAPOR_DESKTOP_HOME", None)
    home = str(a.paths.data_dir.parent)
    out = subprocess.run([sys.executable, "-c", _ORDER_PROBE, "--data-dir", home, "sync", "--quiet"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    # the request goes out on its own thread as SQLAlchemy starts loading, long before the
    # store's models (the database layer) are loaded
    assert out.stderr.split()[-2:] == ["connect", "models"], out.stderr
    # with something to send, too: the early exchange carries it
    record(a, 1)
    out = subprocess.run([sys.executable, "-c", _ORDER_PROBE, "--data-dir", home, "sync", "--quiet"], env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stderr.split()[-2:] == ["connect", "models"], out.stderr
    with a.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM outbox")).scalar() == 0


def test_an_early_answer_from_a_cursor_that_moved_meanwhile_is_dropped_not_applied(desks, link):
    a, b = _up_to_date_pair(desks)
    transport, early = send_first_exchange(a.paths)
    early.take()  # answered from the cursor a had then (nothing new)
    # meanwhile another run of a (the program's own background sync) pulls b's new complaints
    from_b = record(b, 2)
    assert sync(b).complete
    assert sync(a).received >= 2
    moved = _cursor(a)
    from_b += record(b, 1, seed=9)
    assert sync(b).complete
    link.reset_stats()
    rep = sync(a, transport=transport, early=early)
    assert rep.outcome == "ok" and rep.received >= 1
    # the stale answer was not taken: the run sent its own exchange from the moved cursor
    assert len(_sync_requests(link)) == 1
    assert _cursor(a) != moved and int(_cursor(a)) > int(moved)
    with a.db.read() as s:
        assert set(from_b) <= {r[0] for r in s.execute(text("SELECT id FROM complaints"))}


def test_an_early_request_that_failed_is_the_first_attempt_and_is_retried(desks, link):
    a, b = _up_to_date_pair(desks)
    record(b, 2)
    assert sync(b).complete
    link.reset_stats()
    link.reset_after_bytes(1)  # the early request's connection is reset
    transport, early = send_first_exchange(a.paths)
    with pytest.raises(Exception):
        early.take()
    rep = sync(a, transport=transport, early=early)
    assert rep.outcome == "ok" and rep.retries == 1 and rep.received >= 2, rep


def test_events_waiting_to_be_sent_go_in_the_early_first_exchange(desks, link, hub):
    a, b = _up_to_date_pair(desks)
    ids = record(a, 2)
    record(b, 1, seed=5)
    assert sync(b).complete
    link.reset_stats()
    r = run_sync(str(a.paths.data_dir.parent))
    assert r.returncode == 0, r.stderr
    rep = json.loads(r.stdout)
    # pushed and pulled in one request, the early one
    assert rep["accepted"] >= 2 and rep["received"] >= 1 and rep["pending_after"] == 0, rep
    assert len(_sync_requests(link)) == rep["exchanges"] == rep["requests"] == 1
    on_hub = _hub_complaints(hub)
    assert set(ids) <= on_hub
    with a.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM outbox")).scalar() == 0


def test_an_early_push_whose_answer_was_dropped_is_answered_duplicate_by_the_next_run(desks, link, hub):
    a, b = _up_to_date_pair(desks)
    ids = record(a, 2)
    transport, early = send_first_exchange(a.paths)
    early.take()  # the hub has a's two complaints now; a does not know yet
    record(b, 1, seed=6)
    assert sync(b).complete
    # another run of a moves the cursor (and pushes the two again: the hub already has them)
    first = sync(a)
    assert first.duplicates >= 2 and first.received >= 1, first
    link.reset_stats()
    rep = sync(a, transport=transport, early=early)
    # the early answer (from the old cursor) was dropped: the run asked for itself
    assert rep.outcome == "ok" and rep.pending_after == 0 and len(_sync_requests(link)) == 1
    assert set(ids) <= _hub_complaints(hub)


def test_the_early_path_leaves_alone_a_desk_it_cannot_read_safely(desks, link, tmp_path):
    a, _b = _up_to_date_pair(desks)
    port = read_port(a.paths)
    assert port is not None
    port.close()
    # no token (the file is gone): the run reports "not enrolled" itself
    token = a.paths.config_dir / "device-token"
    saved = token.read_text()
    token.unlink()
    assert send_first_exchange(a.paths) is None
    token.write_text(saved)
    # a database of another schema version: the run migrates first
    import sqlite3

    con = sqlite3.connect(a.paths.db_path)
    try:
        real = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        con.execute("UPDATE alembic_version SET version_num = 'older'")
        con.commit()
        assert read_port(a.paths) is None
        con.execute("UPDATE alembic_version SET version_num = ?", (real,))
        con.commit()
    finally:
        con.close()
    # not enrolled at all
    a.settings.hub_url = ""
    a.save_settings()
    assert read_port(a.paths) is None
    # no database
    empty = type(a.paths).under(tmp_path / "nothing")
    assert read_port(empty) is None and send_first_exchange(empty) is None


def test_the_early_path_stays_out_while_the_desk_has_accounts_the_office_has_not_heard_of(desks, link):
    """An account a desk made before it shared accounts is announced by the run
    (``accounts.publish_unannounced``) before the first exchange; the early exchange, sent before
    that, would leave the announcement behind, so the run sends the first exchange itself."""
    from lapor_desktop.store import users as user_repo

    from tests.support.sessions import _HASH

    _a, b = _up_to_date_pair(desks)
    with b.db.session() as s:  # as a desk from before office-wide accounts has it: no account event
        user_repo.add(s, login="kasir", name="Kasir", role="front_desk", agency_id=None, password_hash=_HASH,
                      created_at=b.now_iso())
    assert read_port(b.paths) is None
    link.reset_stats()
    r = run_sync(str(b.paths.data_dir.parent))
    assert r.returncode == 0, r.stderr
    rep = json.loads(r.stdout)
    assert rep["accepted"] == 1 and rep["rejected"] == 0 and rep["requests"] == 1, rep  # the announcement
    port = read_port(b.paths)  # announced: the next run goes early again
    assert port is not None
    port.close()


def test_the_early_request_is_byte_for_byte_the_one_the_run_would_send(desks, link):
    """Same cursor, office policy, pull budget, restore flag and events, read without SQLAlchemy."""
    from lapor_desktop.core.clock import FixedClock
    from lapor_desktop.services.sync import DeskPort
    from lapor_desktop.sync.engine import SyncEngine

    a, _b = _up_to_date_pair(desks)
    record(a, 5)
    a.settings.autoclose_days = 12
    a.save_settings()
    with a.db.session() as s:  # as after a restore from backup
        s.execute(text("INSERT OR REPLACE INTO meta(key, value) VALUES ('sync.resync_own', '1')"))
    clock = FixedClock(a.clock.now())
    early_port = read_port(a.paths)
    assert early_port is not None
    try:
        early = SyncEngine(None, early_port, clock)
        early._start_batch()
        _, early_raw, _ = early._request(a.settings.device_id, cursor=early_port.cursor())
    finally:
        early_port.close()
    run = SyncEngine(None, DeskPort(a), clock)
    run._start_batch()
    _, run_raw, _ = run._request(a.settings.device_id)
    assert early_raw == run_raw
    body = json.loads(early_raw)
    assert body["resync_own"] is True and body["office_policy"]["autoclose_days"] == 12 and len(body["events"]) >= 5


# ------------------------------------------------------------------------------- what can go wrong
def test_a_restore_between_the_early_read_and_the_run_brings_back_what_was_typed_after_the_backup(desks, link):
    """The early request is built from the database file as it was; a restore may replace that
    file before the run opens it. The answer must not be applied to the restored file (its
    restore flag and waiting events differ): what was typed after the backup comes back from the
    hub (``resync_own``) and the receipt counters catch up."""
    from lapor_desktop.services.backup import make_backup, restore
    from lapor_desktop.services.desk import open_desk

    a, _b = _up_to_date_pair(desks)
    backup = make_backup(a.paths, "manual")
    ids = record(a, 2)  # typed after the backup, not synced yet: the cursor is the backup's
    transport, early = send_first_exchange(a.paths)  # Task Scheduler's sync starts
    early.take()  # the hub has the two complaints; the desk has not heard back
    a.db.dispose()
    restore(a.paths, backup)  # the office restores the backup meanwhile
    restored = open_desk(a.paths)
    desks.desks.append(restored)
    rep = sync(restored, transport=transport, early=early)
    assert rep.outcome == "ok", rep
    for _ in range(2):
        sync(restored)
    with restored.db.read() as s:
        have = {r[0] for r in s.execute(text("SELECT id FROM complaints"))}
    assert set(ids) <= have, "the complaints typed after the backup never came back"


class _OrderTransport:
    """A scripted transport that notes each request (the engine's unit tests' kind)."""

    def __init__(self, script, log) -> None:
        from tests.integration.sync.test_engine_policy import FakeTransport

        self.inner = FakeTransport(script)
        self.count = self.inner.count
        self.on_bytes_up = None
        self.log = log

    def sync(self, body, cancel, packed=None):
        self.log.append("sync")
        return self.inner.sync(body, cancel, packed)

    def reference(self, etag, cancel):
        self.log.append("reference")
        self.count.requests += 1
        return None, etag


@pytest.mark.parametrize("failure, first_wait", [("rate_limited", "sleep 7.0"), ("server_error", "sleep")])
def test_a_failed_early_exchange_is_waited_out_before_any_other_request(failure, first_wait):
    """A 429 (with its Retry-After) or a 5xx to the early request: the run honours it before its
    reference request, as it would for its own first request (SYNC.md: honour Retry-After)."""
    from lapor_desktop.sync.engine import EngineConfig, SyncEngine
    from lapor_desktop.sync.transport import RateLimited, ServerError

    from tests.integration.sync.test_engine_policy import FakePort

    error = RateLimited(status=429, retry_after=7.0) if failure == "rate_limited" else ServerError(status=503)
    log: list[str] = []
    transport, port = _OrderTransport([error], log), FakePort(3)
    early = SyncEngine(transport, port).send_early()
    engine = SyncEngine(transport, port, config=EngineConfig(backoff_base=0.5), sleep=lambda s: log.append(f"sleep {s}"),
                        early=early)
    rep = engine.run(refresh_reference=True)
    assert rep.outcome == "ok" and rep.retries == 1 and not port.pending, rep
    assert log[0] == "sync" and log[1].startswith(first_wait) and log[2:] == ["reference", "sync"], log
    assert rep.requests == 3


def test_a_sync_that_ends_before_its_first_exchange_leaves_no_early_request_behind(desks, link, monkeypatch):
    import threading

    from lapor_desktop.services import accounts

    a, _b = _up_to_date_pair(desks)
    record(a, 1)
    link.configure(rtt=0.5)

    def fails(desk):
        raise OSError(28, "No space left on device")  # a local failure before the run's first exchange

    monkeypatch.setattr(accounts, "publish_unannounced", fails)
    r = run_sync(str(a.paths.data_dir.parent))
    assert r.returncode != 0
    assert not [t for t in threading.enumerate() if t.name == "sync-early" and t.is_alive()]


def _engine_run(script, *, pending=3, early_too=True, **cfg):
    """(report, request log, sizes) of a run of the engine over the scripted transport and the
    in-memory port, with (or without) the first exchange sent early."""
    from lapor_desktop.sync.engine import EngineConfig, SyncEngine

    from tests.integration.sync.test_engine_policy import FakePort

    log: list[str] = []
    transport, port = _OrderTransport(script, log), FakePort(pending)
    early = SyncEngine(transport, port).send_early() if early_too else None
    engine = SyncEngine(transport, port, config=EngineConfig(**cfg), sleep=lambda s: log.append(f"sleep {s}"),
                        early=early)
    rep = engine.run(refresh_reference=True)
    return rep, log, transport.inner.sizes


def test_a_failed_early_exchange_counts_against_the_retries():
    """``sync --retries 1``: two tries of the first exchange in all, the early one included."""
    from lapor_desktop.sync.transport import Unreachable

    for early_too in (False, True):
        rep, log, _ = _engine_run([Unreachable("down")] * 5, early_too=early_too, max_attempts=2)
        assert rep.outcome == "unreachable" and log.count("sync") == 2 and rep.retries == 1, (early_too, log)


def test_after_a_413_to_the_early_exchange_the_next_one_is_half_the_size():
    from lapor_desktop.sync.transport import TooLarge

    plain = _engine_run([TooLarge(status=413)], pending=1000, early_too=False)[2]
    rep, _log, sizes = _engine_run([TooLarge(status=413)], pending=1000)
    assert rep.outcome in ("ok", "partial") and len(sizes) >= 2
    assert sizes[:2] == plain[:2] and sizes[1] <= sizes[0] * 0.3, (sizes[:3], plain[:3])


@pytest.mark.parametrize("code", ["quota_exceeded", "protocol_error"])
def test_the_reference_still_comes_when_the_hub_refuses_the_early_exchange(code):
    """As when the reference was asked for before the first exchange: a hub whose /sync refuses
    (its quota full, a request it cannot read) still gives the desk its categories and closures."""
    from lapor_desktop.sync.transport import ProtocolError

    rep, log, _ = _engine_run([ProtocolError("refused", status=507 if code == "quota_exceeded" else 400, code=code)])
    assert rep.outcome == "error" and rep.error_code == code
    assert log == ["sync", "reference"], log


def test_an_event_re_stamped_meanwhile_is_not_taken_as_accepted_with_its_old_stamp(desks, link, hub):
    """Another run of this desk (the program's background sync) was told ``hlc_ahead`` and
    re-stamped the event after the early request carried its old stamp: the early answer is
    not taken, so the desk never marks accepted an event the hub holds with another HLC."""
    import sqlite3

    from lapor_desktop.services.sync import DeskPort

    a, _b = _up_to_date_pair(desks)
    record(a, 1)
    transport, early = send_first_exchange(a.paths)
    early.take()
    sent = [p.id for p in early.batch]
    DeskPort(a)._restamp(sent, "2030-01-01T00:00:00.000Z")
    sync(a, transport=transport, early=early)
    con = sqlite3.connect(hub.db_url.replace("sqlite:///", ""))
    try:
        on_hub = {i: json.loads(b)["hlc"] for i, b in con.execute(
            f"SELECT id, body FROM events WHERE id IN ({','.join('?' * len(sent))})", sent)}
    finally:
        con.close()
    with a.db.read() as s:
        here = {i: (h, st) for i, h, st in s.execute(text(
            f"SELECT id, hlc, sync_status FROM events WHERE id IN ({','.join(repr(i) for i in sent)})"))}
    silently_apart = [i for i, (h, st) in here.items() if st == "accepted" and on_hub.get(i) != h]
    assert not silently_apart, (here, on_hub)


def test_a_429_to_the_early_exchange_is_never_followed_at_once_by_another_request():
    """``--retries 0``: the run ends on the 429; it does not go on to ask for the reference."""
    from lapor_desktop.sync.transport import RateLimited

    rep, log, _ = _engine_run([RateLimited(status=429, retry_after=30.0)], max_attempts=1)
    assert rep.outcome != "ok" and log == ["sync"], log


def test_the_run_keeps_its_own_batch_limits_after_an_early_exchange():
    from lapor_desktop.sync.transport import Unreachable

    limits = {"max_batch": 16 << 10, "start_batch": 16 << 10}
    plain = _engine_run([Unreachable("down")], pending=1000, early_too=False, **limits)
    rep, _log, sizes = _engine_run([Unreachable("down")], pending=1000, **limits)
    assert sizes[1:3] == plain[2][1:3] and rep.batch_target <= 16 << 10, (sizes[:3], plain[2][:3])

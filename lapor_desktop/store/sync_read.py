"""What ``sync-status`` and the Sinkronisasi page read about sync from the store, as plain SQL on
a DB-API ``sqlite3`` connection: no SQLAlchemy, so ``lapor-desktop sync-status`` starts without it
(``open_read_only``), while the program runs the same queries on its session's own connection
(``Database.read_raw``)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lapor_desktop.domain.model import Event

Connection = sqlite3.Connection

# the meta keys of the sync state (``meta`` table); the program writes them (services/sync/port.py,
# store/resync.py), ``sync-status`` and ``sync``'s early first exchange read them here
CURSOR = "sync.cursor"
BATCH_TARGET = "sync.batch_target"
RESYNC_OWN = "sync.resync_own"  # set by a restore from backup: pull this desk's own events too


@dataclass(frozen=True)
class RejectedEvent:
    id: str
    complaint_id: str
    type: str
    occurred_at: str
    actor_user: str
    reject_code: str | None
    reject_detail: str | None
    receipt_number: str | None
    title: str | None


@dataclass(frozen=True)
class PulledReject:
    """A pulled event set aside (it broke a rule); never applied."""

    event_id: str
    server_seq: int | None
    complaint_id: str | None
    type: str | None
    code: str
    detail: str
    received_at: str


@dataclass(frozen=True)
class SyncRun:
    id: int
    started_at: str
    finished_at: str
    duration_ms: int
    outcome: str
    sent: int
    received: int
    rejected: int
    bytes_up: int
    bytes_down: int
    blobs_uploaded: int
    pending_after: int
    error_code: str | None
    error_detail: str | None
    report: dict[str, Any]


def open_read_only(db_path: Path, revision: str | None) -> sqlite3.Connection | None:
    """The database file opened read-only when it exists and its schema is ``revision``; ``None``
    otherwise (missing, older or newer, unreadable): the caller then takes the full path, which
    migrates and reports problems as it always did."""
    if not revision or not db_path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        row = None
    if row is None or row[0] != revision:
        conn.close()
        return None
    return conn


def meta_get(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def cursor(conn: Connection) -> str:
    """Where this desk's pull stands (``"0"`` before its first)."""
    return meta_get(conn, CURSOR) or "0"


def resync_own(conn: Connection) -> bool:
    """Set by a restore from backup (services/backup.restore): pull this desk's own events too."""
    return meta_get(conn, RESYNC_OWN) == "1"


def batch_hint(conn: Connection) -> int | None:
    """The batch target a previous run ended with, if any."""
    raw = meta_get(conn, BATCH_TARGET)
    try:
        return int(raw) if raw else None
    except ValueError:
        return None


def _count(conn: Connection, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0] or 0)


def pending_count(conn: Connection) -> int:
    return _count(conn, "SELECT count(*) FROM outbox")


_EVENT_COLUMNS = ("events.id, events.complaint_id, events.type, events.device_id, events.device_seq, events.hlc, "
                  "events.occurred_at, events.actor_user, events.actor_role, events.base, events.data_json, "
                  "events.server_seq, events.prev")


def pending_events(conn: Connection, approx_bytes: int, max_events: int) -> list[Event]:
    """The oldest outbox entries whose estimated sizes fit ``approx_bytes`` (at least one): what
    the next push sends (``services/sync/batch.py``)."""
    from lapor_desktop.domain.model import Event  # (not needed by sync-status)

    out: list[Event] = []
    total = 0
    after = 0
    while len(out) < max_events:
        rows = conn.execute(
            f"SELECT outbox.seq, outbox.size, {_EVENT_COLUMNS} FROM outbox JOIN events ON events.id = outbox.event_id "
            "WHERE outbox.seq > ? ORDER BY outbox.seq LIMIT ?", (after, min(200, max_events - len(out)))).fetchall()
        if not rows:
            break
        for seq, size, *ev in rows:
            if out and total + size > approx_bytes:
                return out
            (id_, complaint_id, type_, device_id, device_seq, hlc, occurred_at, actor_user, actor_role, base,
             data_json, server_seq, prev) = ev
            out.append(Event(id=id_, complaint_id=complaint_id, type=type_, device_id=device_id,
                             device_seq=device_seq, hlc=hlc, occurred_at=occurred_at, actor_user=actor_user,
                             actor_role=actor_role, base=base, data=json.loads(data_json),
                             server_seq=server_seq, prev=prev))
            total += size
            after = seq
    return out


def still_waiting(conn: Connection, stamps: Mapping[str, str]) -> bool:
    """Every one of these events (id -> HLC) is still in the outbox with that HLC."""
    ids = list(stamps)
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        found.update(conn.execute(
            f"SELECT events.id, events.hlc FROM outbox JOIN events ON events.id = outbox.event_id "
            f"WHERE outbox.event_id IN ({','.join('?' * len(part))})", part).fetchall())
    return found == dict(stamps)


def announced_logins(conn: Connection) -> set[str]:
    """Logins that have an ``account.created`` in the office's account stream (sent or pending)."""
    from lapor_desktop.domain.enums import ACCOUNTS_STREAM  # (not needed by sync-status)

    out = set()
    for (raw,) in conn.execute("SELECT data_json FROM events WHERE complaint_id = ? AND type = 'account.created'",
                               (ACCOUNTS_STREAM,)):
        login = json.loads(raw).get("login")
        if isinstance(login, str):
            out.add(login)
    return out


def unannounced_logins(conn: Connection) -> set[str]:
    """Accounts of this desk the office's stream does not have yet (``services/accounts.publish_unannounced``
    announces them before a run's first exchange)."""
    return {login for (login,) in conn.execute("SELECT login FROM users")} - announced_logins(conn)


def attachments_not_uploaded(conn: Connection) -> int:
    return _count(conn, "SELECT count(*) FROM attachments WHERE uploaded IS 0 AND present IS 1")


def rejected_count(conn: Connection) -> int:
    return _count(conn, "SELECT count(*) FROM events WHERE sync_status = 'rejected'")


def rejected_events(conn: Connection, limit: int = 200) -> list[RejectedEvent]:
    rows = conn.execute(
        "SELECT events.id, events.complaint_id, events.type, events.occurred_at, events.actor_user, "
        "events.reject_code, events.reject_detail, complaints.receipt_number, complaints.title "
        "FROM events LEFT OUTER JOIN complaints ON complaints.id = events.complaint_id "
        "WHERE events.sync_status = 'rejected' ORDER BY events.hlc DESC LIMIT ?", (limit,)).fetchall()
    return [RejectedEvent(*r) for r in rows]


def pulled_reject_count(conn: Connection) -> int:
    return _count(conn, "SELECT count(*) FROM pulled_rejects")


def pulled_rejects(conn: Connection, limit: int = 200) -> list[PulledReject]:
    rows = conn.execute(
        "SELECT event_id, server_seq, complaint_id, type, code, detail, received_at FROM pulled_rejects "
        "ORDER BY received_at DESC, event_id LIMIT ?", (limit,)).fetchall()
    return [PulledReject(*r) for r in rows]


def last_runs(conn: Connection, limit: int = 20) -> list[SyncRun]:
    rows = conn.execute(
        "SELECT id, started_at, finished_at, duration_ms, outcome, sent, received, rejected, bytes_up, "
        "bytes_down, blobs_uploaded, pending_after, error_code, error_detail, report_json FROM sync_runs "
        "ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return [SyncRun(*r[:-1], json.loads(r[-1] or "{}")) for r in rows]

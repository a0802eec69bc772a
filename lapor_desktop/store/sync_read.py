"""What ``sync-status`` and the Sinkronisasi page read about sync from the store, as plain SQL on
a DB-API ``sqlite3`` connection: no SQLAlchemy, so ``lapor-desktop sync-status`` starts without it
(``open_read_only``), while the program runs the same queries on its session's own connection
(``Database.read_raw``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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

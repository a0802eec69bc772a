"""What the Sinkronisasi page and ``lapor-desktop sync-status`` show without talking to the hub:
the queue, the last runs, the rejected events, the clock skew, and the words for error codes.

Only the store is needed here (no engine, no wire models, no HTTP), and only through
``store/sync_read`` (plain sqlite3): ``sync-status`` reads an up-to-date database without
SQLAlchemy (``overview_of`` on a read-only connection), the program through its own session's
connection (``overview``); ``services/sync.py`` re-exports all of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lapor_desktop.core.clock import SKEW_WARN_MS
from lapor_desktop.core.text import say
from lapor_desktop.store import sync_read

if TYPE_CHECKING:
    from lapor_desktop.core.settings import Settings

    from .desk import Desk

# meta keys
CLOCK_OFFSET = "sync.clock_offset_ms"
SERVER_TIME = "sync.server_time"
LAST_SYNC = "last_sync_at"  # services/status.py shows it in the status bar
AUDIT_PROBLEM = "audit_push_problem"  # the hub refused this desk's audit trail (services/audit_sync.py)


# error code -> its explanation's key in the message catalogue (core/messages.py: English; the
# .ts's Messages context: Indonesian); the Sinkronisasi page, sync-status and the logs use them
ERROR_TEXT: dict[str, str] = {
    "unreachable": "sync.unreachable",
    "tls_error": "sync.tls_error",
    "auth_refused": "sync.auth_refused",
    "unauthorized": "sync.auth_refused",
    "rate_limited": "sync.rate_limited",
    "server_error": "sync.server_error",
    "internal_error": "sync.server_error",
    "too_large": "sync.too_large",
    "payload_too_large": "sync.too_large",
    "cancelled": "sync.cancelled",
    "not_enrolled": "sync.not_enrolled",
    "internal": "sync.internal",
    "no_progress": "sync.no_progress",
    "quota_exceeded": "sync.quota_exceeded",
}
# reject code of an event (the hub's, or pulled_* for pulled events this desk set aside) -> key
REJECT_TEXT: dict[str, str] = {
    code: f"reject.{code}" for code in (
        "id_conflict", "unknown_complaint", "forbidden", "malformed", "hlc_ahead",
        # the hub's checks of who acted (hub/accounts.py) and of this desk's event chain
        "actor_unknown", "actor_disabled", "actor_not_allowed", "account_exists", "chain_broken",
        # pulled events this desk set aside (sync.pullcheck): the desk found them bad, not the hub
        "pulled_hlc_ahead", "pulled_malformed")
}


def explain_key(code: str) -> tuple[str, dict[str, str]]:
    """The catalogue key (and its parameters) that explains an error or reject code."""
    key = ERROR_TEXT.get(code) or REJECT_TEXT.get(code)
    return (key, {}) if key else ("sync.unknown_code", {"code": code})


def explain(code: str | None, lang: str = "id") -> str:
    """The code in words, without Qt (the command line, the logs, the background sync's state);
    the screens put :func:`explain_key` into words through Qt."""
    if not code:
        return ""
    key, params = explain_key(code)
    return say(key, lang, **params)


# ------------------------------------------------------------------------------- overview
@dataclass(frozen=True)
class SkewInfo:
    offset_ms: int | None
    warning: bool
    server_time: str | None


@dataclass(frozen=True)
class SyncOverview:
    enrolled: bool
    hub_url: str
    token_store: str  # keyring | file | none; "file" -> show a warning
    pending: int
    blobs_waiting: int
    rejected_count: int
    rejected: list[sync_read.RejectedEvent]
    runs: list[sync_read.SyncRun]
    skew: SkewInfo
    last_sync_at: str | None
    rejected_pulled: list[sync_read.PulledReject] = field(default_factory=list)
    rejected_pulled_count: int = 0
    audit_problem: str | None = None  # the hub's refusal of this desk's audit trail, as it answered


def skew(desk: Desk) -> SkewInfo:
    with desk.db.read_raw() as conn:
        return skew_of(conn)


def skew_of(conn: sync_read.Connection) -> SkewInfo:
    raw = sync_read.meta_get(conn, CLOCK_OFFSET)
    server = sync_read.meta_get(conn, SERVER_TIME)
    offset = int(raw) if raw not in (None, "") else None
    return SkewInfo(offset, offset is not None and abs(offset) > SKEW_WARN_MS, server)


def overview(desk: Desk, runs: int = 20, rejected: int = 200) -> SyncOverview:
    with desk.db.read_raw() as conn:
        return overview_of(conn, desk.settings, runs, rejected)


def overview_of(conn: sync_read.Connection, st: Settings, runs: int = 20, rejected: int = 200) -> SyncOverview:
    """The overview read on ``conn`` (one read transaction of the caller's)."""
    last = sync_read.meta_get(conn, LAST_SYNC)
    audit_problem = sync_read.meta_get(conn, AUDIT_PROBLEM)
    return SyncOverview(enrolled=bool(st.hub_url), hub_url=st.hub_url,
                        token_store=str(st.extra.get("token_store") or "none"),
                        pending=sync_read.pending_count(conn), blobs_waiting=sync_read.attachments_not_uploaded(conn),
                        rejected_count=sync_read.rejected_count(conn), rejected=sync_read.rejected_events(conn, rejected),
                        runs=sync_read.last_runs(conn, runs), skew=skew_of(conn), last_sync_at=last or None,
                        rejected_pulled=sync_read.pulled_rejects(conn, rejected),
                        rejected_pulled_count=sync_read.pulled_reject_count(conn),
                        audit_problem=audit_problem or None)

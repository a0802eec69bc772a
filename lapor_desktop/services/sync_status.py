"""What the Sinkronisasi page and ``lapor-desktop sync-status`` show without talking to the hub:
the queue, the last runs, the rejected events, the clock skew, and the words for error codes.

Only the store is needed here (no engine, no wire models, no HTTP), so ``sync-status`` starts
without pydantic or requests; ``services/sync.py`` re-exports all of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lapor_desktop.core.clock import SKEW_WARN_MS
from lapor_desktop.core.text import say
from lapor_desktop.store import repo, syncstore

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
    rejected: list[syncstore.RejectedEvent]
    runs: list[syncstore.SyncRun]
    skew: SkewInfo
    last_sync_at: str | None
    rejected_pulled: list[syncstore.PulledReject] = field(default_factory=list)
    rejected_pulled_count: int = 0
    audit_problem: str | None = None  # the hub's refusal of this desk's audit trail, as it answered


def skew(desk: Desk) -> SkewInfo:
    with desk.db.read() as s:
        raw = repo.meta_get(s, CLOCK_OFFSET)
        server = repo.meta_get(s, SERVER_TIME)
    offset = int(raw) if raw not in (None, "") else None
    return SkewInfo(offset, offset is not None and abs(offset) > SKEW_WARN_MS, server)


def overview(desk: Desk, runs: int = 20, rejected: int = 200) -> SyncOverview:
    with desk.db.read() as s:
        pending = syncstore.pending_count(s)
        blobs = syncstore.attachments_not_uploaded(s)
        nrej = syncstore.rejected_count(s)
        rej = syncstore.rejected_events(s, rejected)
        hist = syncstore.last_runs(s, runs)
        last = repo.meta_get(s, LAST_SYNC)
        pulled = syncstore.pulled_rejects(s, rejected)
        npulled = syncstore.pulled_reject_count(s)
        audit_problem = repo.meta_get(s, AUDIT_PROBLEM)
    st = desk.settings
    return SyncOverview(enrolled=bool(st.hub_url), hub_url=st.hub_url,
                        token_store=str(st.extra.get("token_store") or "none"),
                        pending=pending, blobs_waiting=blobs, rejected_count=nrej, rejected=rej,
                        runs=hist, skew=skew(desk), last_sync_at=last or None,
                        rejected_pulled=pulled, rejected_pulled_count=npulled,
                        audit_problem=audit_problem or None)

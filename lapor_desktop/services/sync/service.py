"""One sync run, the health probe and what the sync page shows."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from lapor_desktop.store import repo, syncstore
from lapor_desktop.sync.early_exchange import EarlyExchange
from lapor_desktop.sync.engine import EngineConfig, ProgressFn, SyncEngine, SyncReport
from lapor_desktop.sync.transport import Cancelled, CancelToken, HttpTransport, TransportError

from .. import accounts, sync_status
from ..desk import Desk
from ..sync_status import SkewInfo, SyncOverview
from .attachments import AttachmentDownloads
from .errors import NotEnrolled
from .port import HLC_FLOOR, DeskPort
from .tokens import TokenStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HubHealth:
    ok: bool
    hub_id: str | None = None
    server_time: str | None = None
    error_code: str | None = None
    rtt_ms: int | None = None
class SyncService(AttachmentDownloads):
    def __init__(self, desk: Desk, *, transport: HttpTransport | None = None,
                 config: EngineConfig | None = None, sleep: Callable[[float], None] | None = None,
                 early: EarlyExchange | None = None) -> None:
        """``early``: the first exchange, already sent over ``transport`` (``early.py``)."""
        self.desk = desk
        self.port = DeskPort(desk)
        self.config = config
        self._transport = transport
        self._early = early
        self._sleep = sleep
        self._seed_hlc()

    def _seed_hlc(self) -> None:
        """After a restart the HLC continues from the hub's time seen last (desk clock may lag)."""
        try:
            with self.desk.db.read() as s:
                floor = repo.meta_get(s, HLC_FLOOR)
            if floor:
                self.desk.hlc.observe(floor)
        except Exception:
            log.debug("no hlc floor yet", exc_info=True)

    # ------------------------------------------------------------------ enrolment state
    @property
    def token_store(self) -> TokenStore:
        return TokenStore.of(self.desk)

    def token(self) -> str | None:
        return self.token_store.load(self.desk.settings.device_id)

    @property
    def enrolled(self) -> bool:
        return bool(self.desk.settings.hub_url and self.desk.settings.device_id and self.token())

    def transport(self) -> HttpTransport:
        if self._transport is not None:
            return self._transport
        st = self.desk.settings
        if not st.hub_url:
            raise NotEnrolled("no hub address; enrol first")
        token = self.token()
        if not token:
            raise NotEnrolled("no device token; enrol first")
        self._transport = HttpTransport(st.hub_url, token, ca_bundle=st.ca_bundle or None)
        return self._transport

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    # ------------------------------------------------------------------ actions
    def run(self, progress: ProgressFn | None = None, cancel: CancelToken | None = None,
            *, refresh_reference: bool | None = None) -> SyncReport:
        """One full sync (records, then attachments). Raises NotEnrolled; never raises for the
        network: the report's ``outcome`` says what happened."""
        self.desk.require_set_up()
        accounts.publish_unannounced(self.desk)  # accounts this desk has that the office does not
        early, self._early = self._early, None  # for the first run only
        engine = SyncEngine(self.transport(), self.port, self.desk.clock, self.config, sleep=self._sleep,
                            early=early)
        report = engine.run(progress, cancel, refresh_reference=refresh_reference)
        if report.outcome in ("ok", "partial"):  # then the audit trail, its own batches (services/audit_sync.py)
            from .. import audit_sync

            try:
                audit_sync.push(self.desk, self.transport(), cancel)
            except (TransportError, Cancelled) as exc:
                log.info("the audit trail was not sent this time (%s)", getattr(exc, "code", "cancelled"))
        return report

    def probe(self, cancel: CancelToken | None = None, *, timeout: float | None = None) -> HubHealth:
        """GET /health (no auth): the connectivity probe. ``timeout``: give up after that many
        seconds without an answer (the between-runs check; a run itself waits longer)."""
        st = self.desk.settings
        if not st.hub_url:
            return HubHealth(False, error_code="not_enrolled")
        limits = {} if timeout is None else {"connect_timeout": timeout, "stall_timeout": timeout}
        t = self._transport or HttpTransport(st.hub_url, ca_bundle=st.ca_bundle or None, **limits)
        t0 = time.monotonic()
        try:
            h = t.health(cancel or CancelToken())
            return HubHealth(True, h.hub_id, h.server_time, rtt_ms=int((time.monotonic() - t0) * 1000))
        except TransportError as exc:
            return HubHealth(False, error_code=exc.code)
        finally:
            if t is not self._transport:
                t.close()

    # ------------------------------------------------------------------ what the page shows
    def pending_count(self) -> int:
        return self.port.pending_count()

    def history(self, limit: int = 20) -> list[syncstore.SyncRun]:
        with self.desk.db.read() as s:
            return syncstore.last_runs(s, limit)

    def rejected(self, limit: int = 200) -> list[syncstore.RejectedEvent]:
        with self.desk.db.read() as s:
            return syncstore.rejected_events(s, limit)

    def skew(self) -> SkewInfo:
        return sync_status.skew(self.desk)

    def overview(self, runs: int = 20, rejected: int = 200) -> SyncOverview:
        return sync_status.overview(self.desk, runs, rejected)


def pulled_as_rejected(p: syncstore.PulledReject) -> syncstore.RejectedEvent:
    """A set-aside pulled event as a row of the page's rejected table (reason ``pulled_<code>``;
    no complaint to open: the event was never applied)."""
    return syncstore.RejectedEvent(p.event_id, None, p.type or "", p.received_at, "",  # type: ignore[arg-type]
                                   "pulled_" + p.code, p.detail, None, None)


def fetch_complaint_attachments(desk: Desk, complaint_id: str, cancel: CancelToken | None = None) -> int:
    """When an officer opens a complaint: fetch the attachments of it that other desks added
    (0 when this desk is not enrolled or the hub cannot be reached now)."""
    svc = SyncService(desk)
    try:
        if not svc.enrolled:
            return 0
        # no retries: an officer is looking at the complaint now; opening it again tries again
        return svc.fetch_attachments(complaint_id, cancel, patient=False)
    except (TransportError, Cancelled):
        return 0
    finally:
        svc.close()

"""Background sync on its own thread: probe with backoff, a run every N minutes, ``sync_now``."""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lapor_desktop.sync.engine import SyncReport
from lapor_desktop.sync.transport import Cancelled, CancelToken

from ..desk import Desk
from ..sync_status import explain
from .attachments import BACKGROUND_ATTACHMENTS
from .errors import NotEnrolled
from .service import SyncService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackgroundState:
    state: str  # not_enrolled | offline | idle | syncing | error | stopped
    online: bool
    last_report: SyncReport | None = None
    next_attempt_in: float | None = None  # seconds
    progress: Any = None  # the engine's Progress while syncing
    message: str = ""
    error_code: str = ""  # why the state is "error" (explain() gives the words in either language)


@dataclass
class BackgroundConfig:
    probe_base: float = 10.0  # first wait after a failed probe
    probe_cap: float = 300.0  # no probing storms: at most every 5 minutes when down
    interval: float | None = None  # default: settings.sync_interval_minutes
    # a file the hub did not have yet (its desk uploads files after the records) is tried again then
    attachment_retry: float = 30 * 60.0
    # between runs, /health is asked this often, so "connected" stops being shown soon after the
    # hub stops answering (not only at the next run, minutes later)
    alive_every: float = 8.0
    alive_timeout: float = 5.0


class BackgroundSync:
    """Sync on its own thread: probe /health with backoff while offline, sync right away when the
    hub answers, then every ``sync_interval_minutes`` while online, and on :meth:`sync_now`.

    ``on_change`` is called from the worker thread (a Qt UI forwards it with a signal).
    """

    def __init__(self, desk: Desk, on_change: Callable[[BackgroundState], None] | None = None,
                 config: BackgroundConfig | None = None,
                 service_factory: Callable[[Desk], SyncService] | None = None) -> None:
        self.desk = desk
        self.on_change = on_change
        self.cfg = config or BackgroundConfig()
        self._factory = service_factory or SyncService
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._now = False
        self._cancel: CancelToken | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.state = BackgroundState("idle", False)
        self._rng = random.Random()
        self._attachments_failed: dict[str, float] = {}  # hash -> when it could not be fetched

    def start(self) -> None:
        if self._thread and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="lapor-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self.cancel()
        self._wake.set()
        if self._thread:
            self._thread.join(timeout)
        self._set(BackgroundState("stopped", False))

    def sync_now(self) -> None:
        """"Sinkronkan sekarang" (and right after enrolment): skip the wait and the probe."""
        with self._lock:
            self._now = True
        self._wake.set()

    def cancel(self) -> None:
        with self._lock:
            if self._cancel:
                self._cancel.cancel()

    def _set(self, st: BackgroundState) -> None:
        self.state = st
        if self.on_change:
            try:
                self.on_change(st)
            except Exception:
                log.exception("on_change failed")

    def _fetch_attachments(self, svc: "SyncService", cancel: CancelToken) -> None:
        """A few attachments other desks added, after a complete sync (resumable; the rest next
        time). Never fails the sync: a dropped link simply ends it until the next run."""
        now = time.monotonic()
        failed = self._attachments_failed
        for sha in [k for k, at in failed.items() if now - at >= self.cfg.attachment_retry]:
            del failed[sha]
        skip = set(failed)
        try:
            got = svc.fetch_attachments(cancel=cancel, limit=BACKGROUND_ATTACHMENTS, skip=skip, patient=False)
            if got:
                log.info("background: %d attachment(s) from other desks downloaded", got)
        except Cancelled:
            pass
        except Exception as exc:  # noqa: BLE001 - logged; the sync itself succeeded
            log.warning("background attachment download stopped: %s", type(exc).__name__)
        for sha in skip - failed.keys():
            failed[sha] = now

    def _sleep(self, seconds: float) -> bool:
        """Wait; True when woken for a sync now (or stopping)."""
        self._wake.wait(seconds)
        self._wake.clear()
        return self._stop.is_set()

    def _idle(self, svc: "SyncService", interval: float) -> bool:
        """Wait for the next run while checking that the hub still answers; False as soon as it
        does not (True when the wait ends, or a sync now or a stop cuts it short)."""
        deadline = time.monotonic() + interval
        step = max(0.5, self.cfg.alive_every)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return True
            self._wake.wait(min(step, left))
            if self._wake.is_set() or self._stop.is_set():
                self._wake.clear()
                return True
            if deadline - time.monotonic() <= 0:
                return True
            try:
                health = svc.probe(timeout=self.cfg.alive_timeout)
            except Exception:  # noqa: BLE001 - a probe that fails to run is a hub that does not answer
                log.warning("background: health probe failed", exc_info=True)
                return False
            if not health.ok:
                log.info("background: the hub stopped answering (%s)", health.error_code or "no answer")
                return False

    def _loop(self) -> None:
        online = False
        failures = 0
        last: SyncReport | None = None
        while not self._stop.is_set():
            with self._lock:
                now, self._now = self._now, False
            svc = self._factory(self.desk)
            try:
                if not svc.enrolled:
                    self._set(BackgroundState("not_enrolled", False, last))
                    self._sleep(60.0)
                    continue
                if not online and not now:
                    health = svc.probe()
                    if not health.ok:
                        failures += 1
                        delay = min(self.cfg.probe_cap, self.cfg.probe_base * 2 ** (failures - 1))
                        delay *= self._rng.uniform(0.75, 1.0)
                        if health.error_code == "tls_error":  # answered, but not trusted: no use saying "offline"
                            self._set(BackgroundState("error", False, last, delay, message=explain("tls_error"),
                                                      error_code="tls_error"))
                        else:
                            self._set(BackgroundState("offline", False, last, delay,
                                                      message=health.error_code or ""))
                        self._sleep(delay)
                        continue
                failures = 0
                with self._lock:
                    self._cancel = CancelToken()
                    cancel = self._cancel
                self._set(BackgroundState("syncing", True, last))
                last = svc.run(lambda p: self._set(BackgroundState("syncing", True, last, progress=p)), cancel)
                if last.complete and self.desk.settings.background_attachments:
                    self._fetch_attachments(svc, cancel)
                with self._lock:
                    self._cancel = None
                online = last.outcome not in ("unreachable",)
                interval = self.cfg.interval or max(1, self.desk.settings.sync_interval_minutes) * 60.0
                if last.error_code == "tls_error":  # the hub answered but is not trusted: not "offline"
                    # (the probes that follow back off as for a hub that is down)
                    self._set(BackgroundState("error", False, last, self.cfg.probe_base,
                                              message=explain("tls_error"), error_code="tls_error"))
                    online = False
                    self._sleep(self.cfg.probe_base)
                    continue
                if last.outcome in ("auth_refused", "error"):
                    self._set(BackgroundState("error", online, last, interval,
                                              message=explain(last.error_code), error_code=last.error_code or ""))
                elif not online:
                    self._set(BackgroundState("offline", False, last, self.cfg.probe_base))
                    self._sleep(self.cfg.probe_base)
                    continue
                else:
                    self._set(BackgroundState("idle", True, last, interval))
                    if not self._idle(svc, interval):
                        online = False
                        failures = 1
                        delay = self.cfg.probe_base * self._rng.uniform(0.75, 1.0)
                        self._set(BackgroundState("offline", False, last, delay, message="unreachable"))
                        self._sleep(delay)
                    continue
                self._sleep(interval)
            except NotEnrolled:
                self._set(BackgroundState("not_enrolled", False, last))
                self._sleep(60.0)
            except Exception:
                log.exception("background sync failed")
                self._set(BackgroundState("error", online, last, 60.0, message=explain("internal")))
                self._sleep(60.0)
            finally:
                svc.close()

"""The first exchange of a run, sent before the run itself can start (``EarlyExchange``)."""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from lapor_desktop.core.clock import Clock

from .transport import Cancelled, CancelToken, TooLarge

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from lapor_desktop.protocol.wire import SyncResponse

    from .local_port import PendingEvent


class EarlyExchange:
    """The first exchange of a run, sent before the run itself can start.

    ``lapor-desktop sync`` (Task Scheduler, every few minutes) spends most of its start-up loading
    the database layer. Its first exchange needs only the settings, the token, the cursor and the
    oldest waiting events, which are read without that layer (``services/sync/early.py``), so the
    request goes out first and its round trip over a slow link overlaps the loading. The run's
    engine waits for it before any other request. A failure is the run's first failed exchange
    attempt, under ``_call``'s rules (back-off, ``Retry-After``, a refused token ends the run),
    and the run then goes its usual way. An answer is taken as the first exchange's if the desk
    still says what the request was built from: the same cursor, the same restore flag, the events
    it carried still waiting with the same HLC (not after another run, not in a database a restore replaced);
    otherwise it is dropped unread and the exchange is sent again (events it carried are then
    answered ``duplicate``: pushing is idempotent).
    """

    def __init__(self, transport, cursor: str, resync_own: bool, batch: list[PendingEvent], raw: bytes,  # type: ignore[no-untyped-def]
                 packed: bytes, clock: Clock, count0: tuple[int, int, int]) -> None:
        # what it was built from: the run takes its answer only while the desk still says the same
        self.cursor = cursor
        self.resync_own = resync_own
        self.batch = batch  # the events it carries
        self.batch_target = 0  # what building it learned, for the run's engine (``send_early``)
        self.ratio = 0.3
        self.raw_size = len(raw)
        self.count0 = count0
        self.started_at = clock.now()
        self.t0 = time.monotonic()
        self._cancel = CancelToken()
        self._done = threading.Event()
        self._answer: tuple[SyncResponse, datetime, datetime] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._send, args=(transport, raw, packed, clock),
                                        name="sync-early", daemon=True)
        self._thread.start()

    def _send(self, transport, raw: bytes, packed: bytes, clock: Clock) -> None:  # type: ignore[no-untyped-def]
        try:
            sent = clock.now()
            resp = transport.sync(raw, self._cancel, packed=packed)
            self._answer = (resp, sent, clock.now())
        except BaseException as exc:  # handed to the run, which treats it as its own attempt's
            self._error = exc
        finally:
            self._done.set()

    def settle(self, cancel: CancelToken) -> None:
        """Wait until the answer (or the failure) is in; ``cancel`` still stops the wait."""
        while not self._done.wait(0.05):
            if cancel.cancelled:
                self.drop()
                cancel.raise_if_cancelled()

    @property
    def error(self) -> BaseException | None:
        """What the request raised, once settled (``None``: answered, or not settled yet)."""
        return self._error if self._done.is_set() else None

    def take(self) -> tuple[SyncResponse, datetime, datetime]:
        """(answer, sent at, answered at); raises what the request raised."""
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._answer is not None
        return self._answer

    def drop(self) -> None:
        self._cancel.cancel()

    def end(self, timeout: float = 2.0) -> None:
        """Drop it and give its thread up to ``timeout`` seconds to finish (before its transport
        is closed: the command is ending)."""
        self.drop()
        self._thread.join(timeout)


class EarlyStart:
    """The engine's side of an early first exchange (``SyncEngine``'s methods for it; the names
    below are the engine's)."""

    early: EarlyExchange | None
    _early_failures: int
    port: Any
    t: Any
    clock: Clock
    batch: int
    ratio: float

    def _settle_early(self, rep, cancel: CancelToken) -> None:
        """Wait for the early exchange. Its answer is the first exchange's (``_exchanges``); its
        failure is this run's first failed exchange attempt: ``_call`` honours its back-off or
        ``Retry-After`` (or ends the run) here, before any other request, then the run goes its
        usual way."""
        assert self.early is not None
        self.early.settle(cancel)
        if self.early.error is None:
            return
        failed, self.early = self.early, None
        replayed: list[bool] = []

        def replay() -> None:
            if not replayed:
                replayed.append(True)
                raise failed.error  # type: ignore[misc]

        self._call("sync", replay, rep, cancel, on_shrink=self._shrink)
        self._early_failures = 0 if isinstance(failed.error, TooLarge) else 1  # (a 413 only shrinks)

    def _reference_after_refusal(self, rep, cancel: CancelToken, force: bool | None, emit) -> None:  # type: ignore[no-untyped-def]
        try:
            self._reference(rep, cancel, force, emit)
        except Cancelled:
            raise
        except Exception:  # noqa: BLE001 - the refusal is what the run reports
            log.info("no reference after the refused exchange", exc_info=True)

    def _early_fits(self, early: EarlyExchange) -> bool:
        """The desk still says what the early request was built from (``EarlyExchange``)."""
        resync = getattr(self.port, "resync_own", None)
        return (early.cursor == self.port.cursor()
                and early.resync_own == (bool(resync()) if resync is not None else False)
                and (not early.batch or self.port.still_waiting({p.id: p.body["hlc"] for p in early.batch})))

    def send_early(self) -> EarlyExchange:
        """Send the first exchange now, on a thread of its own, and return it for the engine of
        the run (``early=``) to take as its first answer (``EarlyExchange``)."""
        self._start_batch()
        count0 = self._counts()
        cursor = self.port.cursor()
        resync = getattr(self.port, "resync_own", None)
        batch, raw, packed = self._request(self.port.device_id(), cursor=cursor)
        early = EarlyExchange(self.t, cursor, bool(resync()) if resync is not None else False, batch, raw,
                              packed, self.clock, count0)
        early.batch_target, early.ratio = self.batch, self.ratio
        return early

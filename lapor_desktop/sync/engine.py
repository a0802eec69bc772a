"""The desk's sync engine: push the outbox and pull after the cursor, then attachments.

No Qt and no SQLAlchemy here: the engine talks to the desk's database only through
:class:`LocalPort` (implemented by ``services/sync.py``) and to the hub through a transport
(:class:`~lapor_desktop.sync.transport.HttpTransport`).

One run (:meth:`SyncEngine.run`):

1. (at most every ``reference_every``) ``GET /reference`` with ``If-None-Match``;
2. exchanges: one ``POST /sync`` carries a batch of the outbox (oldest first, sized by compressed
   bytes) and asks for the next page after the cursor; the answer is applied by
   :meth:`LocalPort.apply_exchange` in ONE local transaction (pulled events inserted and folded,
   outbox entries marked, cursor moved). Repeat while the outbox has more or ``has_more``;
3. blobs the hub lists in ``missing_blobs`` are uploaded in chunks, resuming from the hub's
   offset (HEAD) after any drop.

Crash safety: the engine keeps no "in flight" state anywhere but in memory. A batch sent and
not acknowledged is simply pending again; the hub answers ``duplicate`` for a replay, so the
resend is harmless. Nothing is marked before the answer is in hand, and everything an answer
changes locally commits together, so a kill at any instant leaves either the old state or the
new one.

Batch size: the target is in compressed bytes (start 64 KiB, doubled after a success up to
512 KiB, halved after a timeout, a reset or a 413; at least 4 KiB). The port selects events by
their canonical JSON size; the engine converts with the compression ratio it observed last.
Retries: jittered exponential backoff (1 s doubling, capped at 5 min; ``Retry-After`` honoured),
at most ``max_attempts`` failures in a row inside one run; 4xx other than 408/409/413/429 and
401/403 end the run at once.
"""

from __future__ import annotations

import gzip
import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from pydantic import ValidationError

from lapor_desktop.core.clock import SKEW_WARN_MS, Clock, SystemClock, format_hlc, iso_utc, parse_iso, to_ms
from lapor_desktop.protocol.codes import Outcome
from lapor_desktop.protocol.wire import (
    MAX_BODY_BYTES,
    MAX_EVENTS,
    MAX_PULL_BYTES,
    PROTOCOL_VERSION,
    SyncRequest,
    SyncResponse,
    canonical_json,
)

from .early_exchange import EarlyExchange, EarlyStart
from .local_port import ApplyResult, LocalBlob, LocalPort, PendingEvent
from .transport import (
    AuthRefused,
    Cancelled,
    CancelToken,
    OffsetMismatch,
    ProtocolError,
    RateLimited,
    ServerError,
    TlsError,
    TooLarge,
    Unreachable,
)

log = logging.getLogger(__name__)

MIN_BATCH = 4 << 10
START_BATCH = 64 << 10
MAX_BATCH = 512 << 10
MIN_CHUNK = 256 << 10
MAX_CHUNK = 1 << 20
BACKOFF_CAP = 300.0


# ------------------------------------------------------------------------------- report
@dataclass
class Progress:
    phase: str = "starting"  # starting | reference | exchange | blobs | done
    events_up: int = 0
    events_down: int = 0
    bytes_up: int = 0
    bytes_down: int = 0
    blobs_done: int = 0
    blobs_total: int = 0
    blob_bytes_up: int = 0
    pending: int = 0
    message: str = ""


@dataclass
class SyncReport:
    started_at: str = ""
    finished_at: str = ""
    duration_ms: int = 0
    outcome: str = "ok"  # ok | partial | not_enrolled | auth_refused | unreachable | error | cancelled
    exchanges: int = 0
    requests: int = 0
    sent: int = 0
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    received: int = 0
    conflicts: int = 0
    set_aside: int = 0  # pulled events that broke a rule, kept aside (sync.pullcheck)
    bytes_up: int = 0
    bytes_down: int = 0
    blobs_uploaded: int = 0
    blob_bytes_up: int = 0
    blobs_left: int = 0
    blob_errors: list[str] = field(default_factory=list)  # sha256 of attachments the hub refused (422)
    pending_after: int = 0
    has_more: bool = False
    reference_updated: bool = False
    reference_error: str | None = None  # reference data from the hub refused (Indonesian, names the item)
    clock_offset_ms: int | None = None
    skew_warning: bool = False
    error_code: str | None = None
    error_detail: str | None = None
    retries: int = 0
    batch_target: int = START_BATCH

    @property
    def complete(self) -> bool:
        """Nothing left to do: every event sent, every page pulled, every blob uploaded."""
        return (self.outcome == "ok" and self.pending_after == 0 and not self.has_more
                and self.blobs_left == 0)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["complete"] = self.complete
        return d


ProgressFn = Callable[[Progress], None]


class _Stop(Exception):
    """Ends the run with an outcome (auth refused, unreachable after retries, ...)."""

    def __init__(self, outcome: str, code: str, detail: str = "", *, refused: bool = False) -> None:
        super().__init__(code)
        self.outcome, self.code, self.detail = outcome, code, detail
        self.refused = refused  # the hub answered and refused the request (a full quota, a bad one)


# ------------------------------------------------------------------------------- engine
@dataclass
class EngineConfig:
    start_batch: int = START_BATCH
    max_batch: int = MAX_BATCH
    min_batch: int = MIN_BATCH
    max_attempts: int = 6  # failures in a row inside one run before giving up
    backoff_base: float = 1.0
    backoff_cap: float = BACKOFF_CAP
    retry_after_cap: float = 60.0  # a Retry-After longer than this ends the run instead
    chunk_min: int = MIN_CHUNK
    chunk_max: int = MAX_CHUNK
    chunk_seconds: float = 4.0  # a chunk should take about this long on the link
    reference_every: timedelta = timedelta(hours=6)
    upload_blobs: bool = True
    max_exchanges: int = 10_000  # a bound on one run, far above any real backlog


class SyncEngine(EarlyStart):
    def __init__(self, transport, port: LocalPort, clock: Clock | None = None,  # type: ignore[no-untyped-def]
                 config: EngineConfig | None = None, sleep: Callable[[float], None] | None = None,
                 rng: random.Random | None = None, early: EarlyExchange | None = None) -> None:
        self.t = transport
        self.port = port
        self.early = early  # a first exchange already on its way (``EarlyExchange``)
        self._early_failures = 0  # its failure counts as the first exchange's first failed attempt
        self.clock = clock or SystemClock()
        self.cfg = config or EngineConfig()
        self.rng = rng or random.Random()
        self._sleep = sleep
        self.ratio = 0.3  # compressed / canonical bytes, learned per request
        self.max_body = MAX_BODY_BYTES - 4096
        self.upload_rate: float | None = None  # bytes/s of the last chunks (EWMA)

    # ------------------------------------------------------------------ run
    def run(self, progress: ProgressFn | None = None, cancel: CancelToken | None = None,
            *, refresh_reference: bool | None = None) -> SyncReport:
        cancel = cancel or CancelToken()
        early = self.early  # its time, bytes and request belong to this run
        rep = SyncReport(started_at=iso_utc(early.started_at if early is not None else self.clock.now()))
        prog = Progress()
        t0 = early.t0 if early is not None else time.monotonic()
        count0 = early.count0 if early is not None else self._counts()
        self._start_batch()
        if early is not None:  # what building it learned (a body shrunk to fit, the compression ratio)
            self.batch = max(self.cfg.min_batch, min(self.cfg.max_batch, early.batch_target or self.batch))
            self.ratio = early.ratio

        def emit(phase: str | None = None, message: str = "") -> None:
            if phase:
                prog.phase = phase
            prog.message = message
            prog.bytes_up = self.t.count.up - count0[0]
            prog.bytes_down = self.t.count.down - count0[1]
            if progress:
                try:
                    progress(prog)
                except Exception:  # a broken progress callback must not break the sync
                    log.exception("progress callback failed")

        base_cb = getattr(self.t, "on_bytes_up", None)
        self.t.on_bytes_up = lambda n: emit()
        try:
            self.port.reset_inflight()
            prog.pending = self.port.pending_count()
            emit("starting")
            if self.early is not None:  # one request at a time on the transport
                try:
                    self._settle_early(rep, cancel)
                except _Stop as stop:
                    if stop.refused:  # (a full quota, a bad request): the reference still comes, as before
                        self._reference_after_refusal(rep, cancel, refresh_reference, emit)
                    raise
            self._reference(rep, cancel, refresh_reference, emit)
            missing = self._exchanges(rep, prog, cancel, emit)
            if self.cfg.upload_blobs and missing:
                self._blobs(rep, prog, missing, cancel, emit)
        except Cancelled:
            rep.outcome, rep.error_code = "cancelled", "cancelled"
        except _Stop as stop:
            rep.outcome, rep.error_code, rep.error_detail = stop.outcome, stop.code, stop.detail or None
        except Exception as exc:  # a bug or a local failure: recorded, never silent
            log.exception("sync run failed")
            rep.outcome, rep.error_code, rep.error_detail = "error", "internal", f"{type(exc).__name__}: {exc}"[:500]
        finally:
            self.t.on_bytes_up = base_cb
            if self.early is not None:  # never taken (the run ended before its first exchange)
                self.early.drop()
                self.early = None
        try:
            rep.pending_after = self.port.pending_count()
        except Exception:
            log.exception("pending count failed")
        if rep.outcome == "ok" and (rep.pending_after or rep.has_more or rep.blobs_left):
            rep.outcome = "partial"
        rep.bytes_up = self.t.count.up - count0[0]
        rep.bytes_down = self.t.count.down - count0[1]
        rep.requests = self.t.count.requests - count0[2]
        rep.batch_target = self.batch
        rep.finished_at = iso_utc(self.clock.now())
        rep.duration_ms = int((time.monotonic() - t0) * 1000)
        prog.pending = rep.pending_after
        emit("done")
        try:
            self.port.record_run(rep)
        except Exception:
            log.exception("could not record the sync run")
        return rep

    def _counts(self) -> tuple[int, int, int]:
        return (self.t.count.up, self.t.count.down, self.t.count.requests)

    def _start_batch(self) -> None:
        hint = self.port.batch_hint()
        self.batch = max(self.cfg.min_batch, min(self.cfg.max_batch, hint or self.cfg.start_batch))

    # ------------------------------------------------------------------ retries
    def _wait(self, seconds: float, cancel: CancelToken) -> None:
        if self._sleep is not None:
            cancel.raise_if_cancelled()
            self._sleep(seconds)
            cancel.raise_if_cancelled()
        elif cancel.wait(seconds):
            raise Cancelled()

    def _backoff(self, attempt: int) -> float:
        """Full jitter: uniform(0.5, 1) x base x 2^attempt, capped."""
        raw = min(self.cfg.backoff_cap, self.cfg.backoff_base * (2 ** max(0, attempt - 1)))
        return raw * self.rng.uniform(0.5, 1.0)

    def _call(self, what: str, fn: Callable[[], Any], rep: SyncReport, cancel: CancelToken,
              on_shrink: Callable[[], None] | None = None, failures: int = 0) -> Any:
        """Run one request with the retry policy. Raises _Stop when the run must end. ``failures``:
        failed attempts this request already had (a failed early exchange's)."""
        shrinks = 0
        while True:
            cancel.raise_if_cancelled()
            try:
                return fn()
            except AuthRefused as exc:
                raise _Stop("auth_refused", exc.code or "auth_refused", exc.detail) from None
            except TlsError as exc:
                raise _Stop("unreachable", "tls_error", exc.detail or str(exc)) from None
            except TooLarge as exc:
                shrinks += 1
                if on_shrink is None or shrinks > 12:
                    raise _Stop("error", exc.code, exc.detail) from None
                on_shrink()  # halve and resend at once; not a link failure
                rep.retries += 1
                continue
            except RateLimited as exc:
                if exc.retry_after > self.cfg.retry_after_cap:
                    raise _Stop("unreachable", "rate_limited", f"Retry-After {exc.retry_after:.0f}s") from None
                failures += 1
                delay = exc.retry_after
            except (Unreachable, ServerError) as exc:
                failures += 1
                if isinstance(exc, Unreachable) and on_shrink is not None:
                    on_shrink()  # a timeout or a reset: smaller batches survive a flaky link
                delay = self._backoff(failures)
                last = exc
                if failures >= self.cfg.max_attempts:
                    outcome = "unreachable" if isinstance(exc, Unreachable) else "error"
                    raise _Stop(outcome, exc.code, str(last)) from None
            except ProtocolError as exc:
                raise _Stop("error", exc.code, f"{what}: {exc} {exc.detail}".strip(), refused=True) from None
            if failures >= self.cfg.max_attempts:
                raise _Stop("error", "too_many_failures", what)
            rep.retries += 1
            log.info("%s failed; retry %d in %.1fs", what, failures, delay)
            if delay:
                self._wait(delay, cancel)

    # ------------------------------------------------------------------ reference
    def _reference(self, rep: SyncReport, cancel: CancelToken, force: bool | None, emit) -> None:  # type: ignore[no-untyped-def]
        etag, checked = self.port.reference_state()
        if force is False:
            return
        if force is None and checked:
            try:
                if self.clock.now() - parse_iso(checked) < self.cfg.reference_every:
                    return
            except ValueError:
                pass
        emit("reference")
        data, new_etag = self._call("reference", lambda: self.t.reference(etag, cancel), rep, cancel)
        problem = self.port.apply_reference(data, new_etag, iso_utc(self.clock.now()))
        rep.reference_updated = data is not None and not problem
        rep.reference_error = problem or None  # refused; the desk keeps its last good reference

    # ------------------------------------------------------------------ exchanges
    def _shrink(self) -> None:
        self.batch = max(self.cfg.min_batch, self.batch // 2)

    def _grow(self) -> None:
        self.batch = min(self.cfg.max_batch, self.batch * 2)

    def _budget(self) -> int:
        """The batch target converted to canonical (uncompressed) bytes."""
        return max(1024, min(15 << 20, int(self.batch / max(self.ratio, 0.05))))

    def _exchanges(self, rep: SyncReport, prog: Progress, cancel: CancelToken, emit) -> list[str]:  # type: ignore[no-untyped-def]
        device = self.port.device_id()
        missing: list[str] = []
        for _ in range(self.cfg.max_exchanges):
            cancel.raise_if_cancelled()
            box: dict[str, Any] = {}

            def attempt() -> SyncResponse:
                early, self.early = self.early, None
                if early is not None and self._early_fits(early):
                    # the first exchange went out while the program loaded: its answer (or its
                    # failure, then retried as any attempt's) is this attempt's
                    box["batch"], box["raw"] = early.batch, early.raw_size
                    resp, sent_at, answered_at = early.take()
                    box["times"] = (sent_at, answered_at)
                    return resp
                if early is not None:  # the desk moved on meanwhile (another run, a restore)
                    early.drop()
                # (re)built on every attempt: after a shrink the batch follows the smaller target
                batch, raw, packed = self._request(device)
                box["batch"], box["raw"] = batch, len(raw)
                t_send = self.clock.now()
                resp = self.t.sync(raw, cancel, packed=packed)
                box["times"] = (t_send, self.clock.now())
                return resp

            emit("exchange")
            carried, self._early_failures = self._early_failures, 0
            resp = self._call("sync", attempt, rep, cancel, on_shrink=self._shrink, failures=carried)
            batch: list[PendingEvent] = box["batch"]
            rep.exchanges += 1
            self._clock(rep, resp.server_time, *box["times"])
            sent = [p.id for p in batch]
            aside = resp.set_aside
            if aside:
                # kept before the cursor can move past them (storing is idempotent by event id)
                keep = getattr(self.port, "set_aside", None)
                if keep is not None:
                    keep(aside)
                rep.set_aside += len(aside)
            applied = self.port.apply_exchange(sent, resp.results, resp.events, resp.cursor, resp.server_time)
            rep.sent += len(sent)
            rep.accepted += applied.accepted
            rep.duplicates += applied.duplicates
            rep.rejected += applied.rejected
            rep.received += applied.received
            rep.conflicts += applied.conflicts
            rep.has_more = resp.has_more
            missing = list(resp.missing_blobs)
            prog.events_up += applied.accepted + applied.duplicates + applied.rejected
            prog.events_down += len(resp.events)
            prog.pending = self.port.pending_count()
            if batch:
                self._grow()
            emit("exchange")
            if prog.pending == 0 and not resp.has_more:
                return missing
            if batch and not (applied.accepted + applied.duplicates + applied.rejected
                              + getattr(applied, "restamped", 0)):
                raise _Stop("error", "no_progress", "the hub answered without results for the batch")
        return missing

    def _request(self, device: str, *, cursor: str | None = None) -> tuple[list[PendingEvent], bytes, bytes]:
        """The next exchange's (events, request, request gzipped): the oldest waiting events within
        the batch target, and never a body the hub must refuse (shrunk here, not after a 413)."""
        budget = self._budget()
        batch = self.port.pending_batch(budget, MAX_EVENTS)
        pull = max(16 << 10, min(MAX_PULL_BYTES, budget))
        raw = self._body(device, batch, pull, cursor=cursor)
        packed = gzip.compress(raw, compresslevel=6, mtime=0)
        if len(raw) > 4096:
            self.ratio = max(0.05, min(1.0, len(packed) / len(raw)))
        while len(packed) > self.max_body and len(batch) > 1:
            self._shrink()
            batch = self.port.pending_batch(min(self._budget(), len(raw) // 2), MAX_EVENTS)
            raw = self._body(device, batch, pull, cursor=cursor)
            packed = gzip.compress(raw, compresslevel=6, mtime=0)
        return batch, raw, packed

    def _body(self, device: str, batch: Sequence[PendingEvent], pull: int, *, cursor: str | None = None) -> bytes:
        """The request (``SyncRequest``); the events' canonical bytes are reused, not re-serialised."""
        fields: dict[str, Any] = {"protocol": PROTOCOL_VERSION, "device_id": device,
                                  "cursor": self.port.cursor() if cursor is None else cursor,
                                  "client_time": iso_utc(self.clock.now()),
                                  "max_pull_bytes": pull}
        resync = getattr(self.port, "resync_own", None)
        if resync is not None and resync():
            fields["resync_own"] = True  # after a restore: bring back this desk's own later events
        policy = getattr(self.port, "office_policy", None)
        if policy is not None:
            fields["office_policy"] = policy()  # the auto-close rules the hub closes by
        try:
            req = SyncRequest(**fields)
        except ValidationError as exc:  # a damaged cursor or device id: told, never sent
            raise ProtocolError("this desk's sync request is not valid", code="validation_error",
                                detail=str(exc)[:300]) from None
        return req.encode([canonical_json(p.body) for p in batch])

    def _clock(self, rep: SyncReport, server_time: str, sent: datetime, received: datetime) -> None:
        try:
            server = parse_iso(server_time)
        except ValueError:
            return
        mid = sent + (received - sent) / 2
        offset = int((server - mid).total_seconds() * 1000)
        rep.clock_offset_ms = offset
        rep.skew_warning = abs(offset) > SKEW_WARN_MS
        self.port.note_clock(offset, server_time)

    # ------------------------------------------------------------------ blobs
    def _blobs(self, rep: SyncReport, prog: Progress, missing: list[str], cancel: CancelToken, emit) -> None:  # type: ignore[no-untyped-def]
        local = [b for b in self.port.local_blobs(missing) if b.present]
        prog.blobs_total = len(local)
        rep.blobs_left = len(local)
        emit("blobs")
        chunk = self.cfg.chunk_min
        for blob in local:
            cancel.raise_if_cancelled()
            try:
                chunk = self._upload(blob, rep, prog, cancel, emit, chunk)
            except _BlobRefused:
                # the bytes on this disk no longer hash to the recorded value (a damaged file):
                # the hub dropped them; the other attachments still go, this one stays "left"
                log.warning("attachment %s… failed the hub's hash check; left for the next sync", blob.sha256[:12])
                rep.blob_errors.append(blob.sha256)
                continue
            self.port.mark_uploaded(blob.sha256)
            rep.blobs_uploaded += 1
            rep.blobs_left -= 1
            prog.blobs_done += 1
            emit("blobs")

    def _upload(self, blob: LocalBlob, rep: SyncReport, prog: Progress, cancel: CancelToken,
                emit, chunk: int) -> int:  # type: ignore[no-untyped-def]
        sha, size = blob.sha256, blob.size
        state = {"offset": None}

        def shrink() -> None:
            nonlocal chunk
            chunk = max(self.cfg.chunk_min, chunk // 2)
            state["offset"] = None  # after a drop, ask the hub where it stands

        with self.port.open_blob(sha) as fh:
            while True:
                cancel.raise_if_cancelled()

                def step() -> int:
                    if state["offset"] is None:
                        st = self.t.blob_head(sha, cancel)
                        state["offset"] = 0 if st is None else st.offset
                        if st is not None and st.length and st.offset >= st.length:
                            return st.offset
                    off = state["offset"]
                    if off >= size:
                        return off
                    fh.seek(off)
                    data = fh.read(chunk)
                    t0 = time.monotonic()
                    try:
                        new = self.t.blob_patch(sha, off, size, data, cancel)
                    except ProtocolError as exc:
                        if exc.status == 422:  # the whole blob failed the hub's hash check
                            raise _BlobRefused(sha) from None
                        raise
                    except OffsetMismatch as exc:
                        if exc.offset is None:
                            raise ProtocolError("409 without Upload-Offset", code="bad_answer") from None
                        return exc.offset
                    took = max(1e-3, time.monotonic() - t0)
                    rate = len(data) / took
                    self.upload_rate = rate if self.upload_rate is None else 0.5 * self.upload_rate + 0.5 * rate
                    rep.blob_bytes_up += len(data)
                    prog.blob_bytes_up += len(data)
                    return new

                new = self._call("blob", step, rep, cancel, on_shrink=shrink)
                state["offset"] = new
                emit("blobs")
                if new >= size:
                    return chunk
                chunk = self._next_chunk(chunk)

    def _next_chunk(self, chunk: int) -> int:
        """Grow after a success, but keep a chunk to about ``chunk_seconds`` of link time, so a
        drop costs little (256 KiB-1 MiB)."""
        grown = chunk * 2
        if self.upload_rate:
            grown = min(grown, int(self.upload_rate * self.cfg.chunk_seconds))
        return max(self.cfg.chunk_min, min(self.cfg.chunk_max, grown))


class _BlobRefused(Exception):
    """The hub refused an attachment's bytes (422, hash mismatch); the run goes on without it."""


def hlc_of(server_time: str) -> str:
    """The hub's time as an HLC reading (counter 0), for the desk's HLC to observe."""
    return format_hlc(to_ms(parse_iso(server_time)), 0)


__all__ = [
    "ApplyResult", "EngineConfig", "LocalBlob", "LocalPort", "PendingEvent", "Progress", "ProgressFn",
    "SyncEngine", "SyncReport", "hlc_of", "SKEW_WARN_MS", "MAX_BODY_BYTES", "Outcome",
]

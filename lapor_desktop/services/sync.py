"""Sync use cases: enrolment, the device token, one sync run, background sync, attachments.

This is where the engine (``sync/``, no database) meets the store (``store/``, no network):
:class:`DeskPort` implements :class:`~lapor_desktop.sync.engine.LocalPort` with the store's
repositories, one ``Database.session()`` (one SQLite transaction) per exchange.

What the UI calls (never on the GUI thread; every call below may block on disk or network):

* ``enroll(desk, hub_url, code)`` -> :class:`Enrolled`
* ``SyncService(desk).run(progress, cancel)`` -> :class:`SyncReport`
* ``SyncService(desk).probe()`` -> :class:`HubHealth`
* ``SyncService(desk).overview()`` -> :class:`SyncOverview` (pending, last runs, rejected, skew,
  token store kind) and the smaller ``history()``, ``pending_count()``, ``rejected()``, ``skew()``
* ``fetch_complaint_attachments(desk, complaint_id)`` when a complaint is opened
* :class:`BackgroundSync` runs all this on its own thread (probe with backoff, every N minutes,
  ``sync_now()``, then a few of the other desks' attachments when ``background_attachments`` is
  on), calling ``on_change(BackgroundState)`` from that thread.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from lapor_desktop import __version__
from lapor_desktop.core.fileio import atomic_write_text
from lapor_desktop.core.errors import InvalidInput, LaporError
from lapor_desktop.domain.enums import ACCOUNTS_STREAM
from lapor_desktop.store import repo, resync, syncstore
from lapor_desktop.sync.engine import (
    ApplyResult,
    EngineConfig,
    LocalBlob,
    PendingEvent,
    ProgressFn,
    SyncEngine,
    SyncReport,
    hlc_of,
)
from lapor_desktop.core.clock import (
    HLC_COUNTER_MAX,
    FixedClock,
    HybridLogicalClock,
    format_hlc,
    parse_iso,
    to_ms,
)
from lapor_desktop.sync.protocol import (
    MAX_HLC_SKEW_MS,
    EnrollRequest,
    ItemResult,
    RejectCode,
    WireEvent,
    canonical_json,
)
from lapor_desktop.sync.transport import (
    AuthRefused,
    Cancelled,
    CancelToken,
    HttpTransport,
    ProtocolError,
    TlsError,
    TransportError,
    Unreachable,
)

from . import accounts, sync_status
from .desk import Desk, office_policy
from .sync_status import (  # noqa: F401 - part of this module's interface
    CLOCK_OFFSET,
    ERROR_TEXT,
    LAST_SYNC,
    REJECT_TEXT,
    SERVER_TIME,
    SkewInfo,
    SyncOverview,
    explain,
)

log = logging.getLogger(__name__)

KEYRING_SERVICE = "lapor-desk"
TOKEN_FILE = "device-token"

# meta keys
CURSOR = "sync.cursor"
HLC_FLOOR = "sync.hlc_floor"
REF_ETAG = "sync.reference_etag"
REF_CHECKED = "sync.reference_checked_at"
REF_ERROR = "sync.reference_error"  # why the last reference from the hub was refused ("" when applied)
BATCH_TARGET = "sync.batch_target"
HUB_ID = "sync.hub_id"
BACKGROUND_ATTACHMENTS = 20  # attachments fetched after each background sync, at most

_DOWNLOADS_GUARD = threading.Lock()
_DOWNLOADS: dict[str, threading.Lock] = {}


def _download_lock(sha: str) -> threading.Lock:
    """One download of a blob at a time in this process (they share its ``.part`` file)."""
    with _DOWNLOADS_GUARD:
        return _DOWNLOADS.setdefault(sha, threading.Lock())

# Applying an exchange: chunks of APPLY_CHUNK events; chunks share a transaction (up to APPLY_MAX
# events) until a clerk's save (same database, another thread) waits for the write lock, which
# then waits at most one short chunk, and gets a pause to take the lock.
APPLY_CHUNK = 25
APPLY_MAX = 500
APPLY_PAUSE = 0.01


# ------------------------------------------------------------------------------- errors
class NotEnrolled(LaporError):
    code = "not_enrolled"
    exit_code = 5


class HubAuthRefused(LaporError):
    code = "auth_refused"
    exit_code = 6


class HubUnreachable(LaporError):
    code = "hub_unreachable"
    exit_code = 7


# ------------------------------------------------------------------------------- token store
class TokenStore:
    """The device token: the OS credential store (keyring), else a user-only file.

    Never in settings.json. Where no secure store exists (a Linux PC without a Secret Service)
    the token goes into ``config_dir/device-token`` created with mode 0600, and
    ``settings.extra["token_store"] = "file"`` makes the UI show a warning.
    """

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    @property
    def file(self) -> Path:
        return self.desk.paths.config_dir / TOKEN_FILE

    @property
    def kind(self) -> str:
        """``keyring``, ``file`` or ``none``."""
        return str(self.desk.settings.extra.get("token_store") or "none")

    def save(self, device_id: str, token: str) -> str:
        try:
            import keyring

            keyring.set_password(KEYRING_SERVICE, device_id, token)
            if keyring.get_password(KEYRING_SERVICE, device_id) != token:
                raise RuntimeError("keyring did not keep the token")
            kind = "keyring"
            self.file.unlink(missing_ok=True)
        except Exception as exc:  # NoKeyringError, a locked or broken backend
            log.warning("no usable OS credential store (%s); the token goes to a user-only file",
                        type(exc).__name__)
            _write_private(self.file, token)
            kind = "file"
        self.desk.settings.extra["token_store"] = kind
        return kind

    def load(self, device_id: str) -> str | None:
        if self.kind == "keyring":
            try:
                import keyring

                token = keyring.get_password(KEYRING_SERVICE, device_id)
                if token:
                    return token
            except Exception as exc:
                log.warning("credential store unreadable (%s)", type(exc).__name__)
        try:
            token = self.file.read_text(encoding="utf-8").strip()
            return token or None
        except OSError:
            return None

    def delete(self, device_id: str) -> None:
        try:
            import keyring

            keyring.delete_password(KEYRING_SERVICE, device_id)
        except Exception:
            pass
        self.file.unlink(missing_ok=True)


def _write_private(path: Path, text: str) -> None:
    """Write a file only the user can read (0600), atomically (temp file + rename)."""
    atomic_write_text(path, text, mode=0o600)


# ------------------------------------------------------------------------------- enrolment
@dataclass(frozen=True)
class Enrolled:
    device_id: str
    office_code: str
    hub_id: str
    hub_url: str
    token_store: str  # keyring | file
    server_time: str


def _one_line(text: str) -> str:
    """``text`` without control characters (the hub refuses them in a device name)."""
    return "".join(ch for ch in text if ch >= " " and ch != "\x7f")


def enroll(desk: Desk, hub_url: str, code: str, *, device_name: str | None = None,
           transport: HttpTransport | None = None) -> Enrolled:
    """Enrol this desk with a hub (POST /devices) and keep the token in the credential store."""
    desk.require_set_up()
    url = (hub_url or "").strip().rstrip("/")
    if not url.startswith(("https://", "http://")):
        raise LaporError("the hub address must start with https://", code="hub_url_invalid")
    st = desk.settings
    t = transport or HttpTransport(url, ca_bundle=st.ca_bundle or None)
    req = EnrollRequest(enrollment_code=code.strip(), office_code=st.office_code, device_id=st.device_id,
                        device_name=_one_line(device_name or st.device_name or "")[:200],
                        client_version=f"lapor-desktop {__version__}")
    try:
        resp = t.enroll(req)
    except AuthRefused as exc:
        raise HubAuthRefused(f"enrolment refused: {exc.code}", code=exc.code or "auth_refused") from None
    except TlsError as exc:  # not "the link is down": the certificate is not trusted
        raise HubUnreachable(f"hub certificate not verified: {exc}", code="tls_error") from None
    except Unreachable as exc:
        raise HubUnreachable(f"hub unreachable: {exc}") from None
    except TransportError as exc:
        raise LaporError(f"enrolment failed: {exc} {exc.detail}".strip(), code=exc.code) from None
    finally:
        if transport is None:
            t.close()
    if resp.device_id != st.device_id:
        raise LaporError("the hub gave another device id", code="device_id_mismatch")
    kind = TokenStore(desk).save(resp.device_id, resp.token)
    with desk.db.session() as s:
        if repo.meta_get(s, HUB_ID) not in (None, resp.hub_id):
            # another hub: its cursor and reference version mean nothing here
            for key in (CURSOR, REF_ETAG, REF_CHECKED):
                repo.meta_set(s, key, "")
        repo.meta_set(s, HUB_ID, resp.hub_id)
    st.hub_url = url
    st.extra["hub_id"] = resp.hub_id
    st.extra["token_store"] = kind
    desk.save_settings()
    log.info("desk enrolled with hub %s (token store: %s)", resp.hub_id, kind)
    return Enrolled(resp.device_id, resp.office_code, resp.hub_id, url, kind, resp.server_time)


# ------------------------------------------------------------------------------- the port
class DeskPort:
    """The engine's LocalPort over the desk's database."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def device_id(self) -> str:
        return self.desk.settings.device_id

    def cursor(self) -> str:
        with self.desk.db.read() as s:
            return repo.meta_get(s, CURSOR) or "0"

    def office_policy(self) -> dict[str, object]:
        return office_policy(self.desk.settings)

    def resync_own(self) -> bool:
        """Set by a restore from backup (services/backup.restore): pull this desk's own events too."""
        with self.desk.db.read() as s:
            return repo.meta_get(s, resync.RESYNC_OWN) == "1"

    def reset_inflight(self) -> None:
        with self.desk.db.session() as s:
            syncstore.reset_inflight(s)

    def pending_count(self) -> int:
        with self.desk.db.read() as s:
            return syncstore.pending_count(s)

    def pending_batch(self, max_bytes: int, max_events: int) -> list[PendingEvent]:
        with self.desk.db.read() as s:
            events = syncstore.pending_events(s, int(max_bytes * 1.1) + 2048, max_events)
        out: list[PendingEvent] = []
        total = 0
        for e in events:
            body = e.to_wire()
            body.pop("server_seq", None)
            size = len(canonical_json(body)) + 1
            if out and total + size > max_bytes:
                break
            out.append(PendingEvent(body, size))
            total += size
        return out

    def apply_exchange(self, sent_ids: Sequence[str], results: Sequence[ItemResult],
                       pulled: Sequence[WireEvent], new_cursor: str, server_time: str) -> ApplyResult:
        """Store an exchange's answer in chunks of at most ``APPLY_CHUNK`` events, one short
        transaction each, so a clerk's save never waits long for the write lock.

        Crash safety holds per chunk: push-result chunks only mark outbox entries (an entry left
        unmarked by a crash is simply sent again and answered ``duplicate``); each pull chunk
        stores its events and moves the cursor to the last of them (``server_seq``) in the SAME
        transaction, and the last chunk moves it to the hub's ``new_cursor``. So every commit
        leaves the cursor consistent with the events stored.
        """
        sent = set(sent_ids)
        push = [syncstore.PushResult(r.id, r.outcome, r.code, r.detail, r.server_seq)
                for r in results if r.id in sent]
        # refused for a clock too far ahead (a desk whose clock was wrong before it first met the
        # hub): never accepted anywhere, so they are re-stamped with the hub's time and sent again
        restamp = [r.id for r in push if r.outcome == "rejected" and r.code == RejectCode.HLC_AHEAD]
        if restamp:
            push = [r for r in push if r.id not in set(restamp)]
            self._restamp(restamp, server_time)
        now = self.desk.now_iso()
        events = [w.to_event() for w in pulled]
        # pull chunks with the cursor each leaves behind (only when the cursor is the server_seq)
        seqs = [w.server_seq for w in pulled]
        chunkable = (new_cursor.isdigit() and all(isinstance(q, int) for q in seqs)
                     and all(a < b for a, b in zip(seqs, seqs[1:])))  # type: ignore[operator]
        size = APPLY_CHUNK if chunkable else max(1, len(events))
        pull_chunks = [(events[i:i + size], new_cursor if i + size >= len(events) else str(seqs[i + size - 1]))
                       for i in range(0, len(events), size)]
        push_chunks = [push[i:i + APPLY_CHUNK] for i in range(0, len(push), APPLY_CHUNK)]
        plan: list[tuple[list, list, str | None]] = [(part, [], None) for part in push_chunks]
        plan += [([], evs, cur) for evs, cur in pull_chunks]
        if not plan or plan[-1][2] is None:  # nothing pulled: the cursor still moves (with the last chunk)
            if plan:
                plan[-1] = (plan[-1][0], plan[-1][1], new_cursor)
            else:
                plan = [([], [], new_cursor)]
        received = 0
        folded_all: set[str] = set()
        i = 0
        while i < len(plan):
            # chunks share one transaction until a clerk's save waits for the lock (or the
            # transaction holds APPLY_MAX events); then commit and let the save in
            with self.desk.db.session() as s:
                in_tx = 0
                while i < len(plan):
                    push_part, ev_part, cursor = plan[i]
                    i += 1
                    touched = syncstore.apply_push_results(s, push_part) if push_part else set()
                    fresh = repo.insert_remote_events(s, ev_part, now) if ev_part else []
                    folded = sorted({e.complaint_id for e in fresh} - {ACCOUNTS_STREAM})
                    if ACCOUNTS_STREAM in touched or len(folded) < len({e.complaint_id for e in fresh}):
                        accounts.apply_pulled(self.desk, s)  # office-wide accounts (services/accounts.py)
                    for e in ev_part:
                        self.desk.hlc.observe(e.hlc)
                    # repo.refresh_complaint for each touched complaint, done in bulk (same result)
                    if folded:
                        syncstore.refresh_complaints(s, folded, self.desk.projector)
                    rest = touched - set(folded)
                    if rest:
                        repo.refresh_sync_state(s, rest)
                    if cursor is not None:
                        repo.meta_set(s, CURSOR, cursor)
                    received += len(fresh)
                    folded_all.update(folded)
                    in_tx += len(push_part) + len(ev_part)
                    if self.desk.db.writers_waiting or in_tx >= APPLY_MAX:
                        break
            if i < len(plan) and self.desk.db.writers_waiting:
                time.sleep(APPLY_PAUSE)
        if self.resync_own():  # after a restore: counters catch up with the events that came back
            st = self.desk.settings
            with self.desk.db.session() as s:
                resync.catch_up_counters(s, st.device_id, f"{st.office_code}-{st.desk_code}-")
                if not pulled:
                    repo.meta_set(s, resync.RESYNC_OWN, "0")
        conflicts = 0
        if folded_all:
            with self.desk.db.read() as s:
                conflicts = syncstore.open_conflicts(s, sorted(folded_all))
        return ApplyResult(accepted=sum(1 for r in push if r.outcome == "accepted"),
                           duplicates=sum(1 for r in push if r.outcome == "duplicate"),
                           rejected=sum(1 for r in push if r.outcome == "rejected"),
                           received=received, conflicts=conflicts, restamped=len(restamp))

    def _restamp(self, ids: list[str], server_time: str) -> None:
        try:
            hub_now = parse_iso(server_time)
        except ValueError:
            hub_now = self.desk.clock.now()
        ceiling = format_hlc(to_ms(hub_now) + MAX_HLC_SKEW_MS, HLC_COUNTER_MAX)

        def make_clock(top: str | None) -> Callable[[], str]:
            hlc = HybridLogicalClock(FixedClock(hub_now), max_ahead_ms=MAX_HLC_SKEW_MS)
            if top:
                hlc.observe(top)
            return hlc.tick

        with self.desk.db.session() as s:
            touched = syncstore.restamp_events(s, ids, ceiling, make_clock)
            if touched:
                syncstore.refresh_complaints(s, sorted(touched), self.desk.projector)
        log.warning("%d event(s) refused for a clock too far ahead were re-stamped with the hub's time",
                    len(ids))

    def set_aside(self, items: Sequence[Any]) -> None:
        """Keep pulled events that broke a rule (sync.pullcheck.SetAside) as rejected records."""
        now = self.desk.now_iso()
        rows = [{"event_id": a.event_id, "server_seq": a.server_seq, "complaint_id": a.complaint_id,
                 "type": a.type, "code": a.code, "detail": a.detail, "body": a.body, "received_at": now}
                for a in items]
        with self.desk.db.session() as s:
            kept = syncstore.keep_pulled_rejects(s, rows)
        if kept:
            log.warning("%d pulled event(s) set aside: %s", kept, ", ".join(sorted({a.code for a in items})))

    def note_clock(self, offset_ms: int, server_time: str) -> None:
        floor = hlc_of(server_time)
        self.desk.hlc.observe(floor)
        with self.desk.db.session() as s:
            repo.meta_set(s, CLOCK_OFFSET, str(offset_ms))
            repo.meta_set(s, SERVER_TIME, server_time)
            repo.meta_set(s, HLC_FLOOR, self.desk.hlc.last)

    def reference_state(self) -> tuple[str | None, str | None]:
        with self.desk.db.read() as s:
            return repo.meta_get(s, REF_ETAG) or None, repo.meta_get(s, REF_CHECKED) or None

    def apply_reference(self, data: dict[str, Any] | None, etag: str | None, checked_at: str) -> str | None:
        """Apply what the hub sent (None: unchanged). Data that fails the shared validator is
        not applied: the desk keeps its last good reference, the ETag of the refused version is
        not taken (the next check fetches again) and the problem is returned (Indonesian, naming
        the item) and kept in ``sync.reference_error`` until a good version arrives."""
        problem: str | None = None
        if data is not None:
            from .reference import ReferenceService

            try:
                ReferenceService(self.desk).apply_from_hub(data)
            except InvalidInput as exc:
                problem = "; ".join(e.message for e in exc.errors)
                log.warning("reference data from the hub refused, the last good version is kept: %s",
                            "; ".join(e.message_en for e in exc.errors)[:1000])
        with self.desk.db.session() as s:
            if etag and problem is None:
                repo.meta_set(s, REF_ETAG, etag)
            repo.meta_set(s, REF_CHECKED, checked_at)
            if data is not None:
                repo.meta_set(s, REF_ERROR, problem or "")
        return problem

    def local_blobs(self, shas: Sequence[str]) -> list[LocalBlob]:
        with self.desk.db.read() as s:
            infos = syncstore.attachments_by_sha(s, shas)
        by: dict[str, LocalBlob] = {}
        for a in infos:
            present = a.present and self.desk.blobs.has(a.sha256)
            prior = by.get(a.sha256)
            if prior is None or (present and not prior.present):
                by[a.sha256] = LocalBlob(a.sha256, a.size, present)
        return [by[sha] for sha in shas if sha in by]

    def open_blob(self, sha256: str) -> BinaryIO:
        return self.desk.blobs.open(sha256)

    def mark_uploaded(self, sha256: str) -> None:
        with self.desk.db.session() as s:
            syncstore.mark_uploaded(s, sha256)

    def batch_hint(self) -> int | None:
        with self.desk.db.read() as s:
            raw = repo.meta_get(s, BATCH_TARGET)
        try:
            return int(raw) if raw else None
        except ValueError:
            return None

    def record_run(self, report: SyncReport) -> None:
        values = {"started_at": report.started_at, "finished_at": report.finished_at,
                  "duration_ms": report.duration_ms, "outcome": report.outcome, "sent": report.sent,
                  "received": report.received, "rejected": report.rejected, "bytes_up": report.bytes_up,
                  "bytes_down": report.bytes_down, "blobs_uploaded": report.blobs_uploaded,
                  "pending_after": report.pending_after, "error_code": report.error_code,
                  "error_detail": report.error_detail,
                  "report_json": json.dumps(report.to_dict(), ensure_ascii=False)}
        with self.desk.db.session() as s:
            syncstore.insert_run(s, values)
            repo.meta_set(s, BATCH_TARGET, str(report.batch_target))
            if report.complete:
                repo.meta_set(s, LAST_SYNC, report.finished_at)


def reference_for_store(data: dict[str, Any]) -> dict[str, Any]:
    """The hub's /reference shape -> store.reference.replace_reference's input.

    An empty section from a hub that never loaded it must not wipe what shipped with the desk
    (categories, channels); ``version`` is not a section.
    """
    out: dict[str, Any] = {}
    for section in ("categories", "agencies", "regions", "channels", "closures"):
        rows = data.get(section)
        if isinstance(rows, list) and rows:
            out[section] = rows
    return out


# ------------------------------------------------------------------------------- service
@dataclass(frozen=True)
class HubHealth:
    ok: bool
    hub_id: str | None = None
    server_time: str | None = None
    error_code: str | None = None
    rtt_ms: int | None = None


class SyncService:
    def __init__(self, desk: Desk, *, transport: HttpTransport | None = None,
                 config: EngineConfig | None = None, sleep: Callable[[float], None] | None = None) -> None:
        self.desk = desk
        self.port = DeskPort(desk)
        self.config = config
        self._transport = transport
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
        return TokenStore(self.desk)

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
        engine = SyncEngine(self.transport(), self.port, self.desk.clock, self.config, sleep=self._sleep)
        return engine.run(progress, cancel, refresh_reference=refresh_reference)

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

    def fetch_attachments(self, complaint_id: str | None = None, cancel: CancelToken | None = None,
                          limit: int = 100, *, skip: set[str] | None = None, patient: bool = True) -> int:
        """Download attachments other desks added (all, or one complaint's); resumable. Returns how
        many are now on this desk.

        ``skip``: hashes to pass over; the ones that cannot be fetched now (not on the hub yet,
        damaged) are added to it. ``patient=False`` (background job, opened complaint): give up at
        the first sign that the hub is unreachable instead of retrying each file, and pass over a
        file another thread is downloading.
        """
        cancel = cancel or CancelToken()
        skip = skip if skip is not None else set()
        with self.desk.db.read() as s:
            todo = syncstore.attachments_missing_locally(s, complaint_id, limit, exclude=skip)
        t = self.transport()
        done = 0
        for a in todo:
            cancel.raise_if_cancelled()
            lock = _download_lock(a.sha256)  # the background job and an opened complaint may meet
            if not lock.acquire(blocking=patient):
                continue  # the other one is fetching it
            try:
                if not self.desk.blobs.has(a.sha256) and not self._download(t, a.sha256, cancel, patient):
                    skip.add(a.sha256)
                    continue
            finally:
                lock.release()
            with self.desk.db.session() as s:
                syncstore.mark_present(s, a.sha256)
            done += 1
        return done

    def _download(self, t: HttpTransport, sha: str, cancel: CancelToken, patient: bool = True) -> bool:
        part_dir = self.desk.paths.cache_dir / "downloads"
        part_dir.mkdir(parents=True, exist_ok=True)
        part = part_dir / f"{sha}.part"
        for _attempt in range(5):
            start = part.stat().st_size if part.exists() else 0
            try:
                with open(part, "ab") as fh:
                    t.blob_get(sha, fh, start, cancel)
                break
            except Unreachable:
                if not patient:
                    raise
                if cancel.wait(1.0):
                    raise Cancelled() from None
                continue
            except ProtocolError as exc:
                if exc.status == 416:
                    part.unlink(missing_ok=True)
                    continue
                if exc.status == 404:
                    return False  # not on the hub yet
                raise
        else:
            return False
        got, _size = self.desk.blobs.put_file(part)
        part.unlink(missing_ok=True)
        if got != sha:
            log.warning("a downloaded attachment did not match its hash; dropped")
            try:
                self.desk.blobs.path(got).unlink()
            except OSError:
                pass
            return False
        return True

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


# ------------------------------------------------------------------------------- background
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


__all__ = [
    "BackgroundConfig", "BackgroundState", "BackgroundSync", "DeskPort", "Enrolled", "HubAuthRefused",
    "HubHealth", "HubUnreachable", "NotEnrolled", "SkewInfo", "SyncOverview", "SyncService", "TokenStore",
    "enroll", "explain", "reference_for_store",
]

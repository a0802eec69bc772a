"""The engine's LocalPort over the desk's database (one ``Database.session()`` per step)."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, BinaryIO

from lapor_desktop.core.clock import (
    HLC_COUNTER_MAX,
    FixedClock,
    HybridLogicalClock,
    format_hlc,
    parse_iso,
    to_ms,
)
from lapor_desktop.core.errors import InvalidInput
from lapor_desktop.core.settings import office_policy
from lapor_desktop.domain.enums import ACCOUNTS_STREAM
from lapor_desktop.store import repo, resync, sync_read, syncstore
from lapor_desktop.store.projection import write_projection
from lapor_desktop.store.sync_read import BATCH_TARGET, CURSOR
from lapor_desktop.sync.engine import SyncReport, hlc_of
from lapor_desktop.sync.local_port import ApplyResult, LocalBlob, PendingEvent
from lapor_desktop.protocol.codes import RejectCode
from lapor_desktop.protocol.wire import MAX_HLC_SKEW_MS, ItemResult, WireEvent

from .. import accounts
from ..changes import Changes
from ..desk import Desk
from .batch import outbox_batch
from ..sync_status import CLOCK_OFFSET, LAST_SYNC, SERVER_TIME

log = logging.getLogger(__name__)

# meta keys
HLC_FLOOR = "sync.hlc_floor"
REF_ETAG = "sync.reference_etag"
REF_CHECKED = "sync.reference_checked_at"
REF_ERROR = "sync.reference_error"  # why the last reference from the hub was refused ("" when applied)
HUB_ID = "sync.hub_id"

# Applying an exchange: chunks of APPLY_CHUNK events; chunks share a transaction (up to APPLY_MAX
# events) until a clerk's save (same database, another thread) waits for the write lock, which
# then waits at most one short chunk, and gets a pause to take the lock.
APPLY_CHUNK = 25
APPLY_MAX = 500
APPLY_PAUSE = 0.01


# ------------------------------------------------------------------------------- the port
class DeskPort:
    """The engine's LocalPort over the desk's database."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def device_id(self) -> str:
        return self.desk.settings.device_id

    def cursor(self) -> str:
        with self.desk.db.read_raw() as conn:
            return sync_read.cursor(conn)

    def office_policy(self) -> dict[str, object]:
        return office_policy(self.desk.settings)

    def resync_own(self) -> bool:
        with self.desk.db.read_raw() as conn:
            return sync_read.resync_own(conn)

    def reset_inflight(self) -> None:
        with self.desk.db.session() as s:
            syncstore.reset_inflight(s)

    def pending_count(self) -> int:
        with self.desk.db.read() as s:
            return syncstore.pending_count(s)

    def pending_batch(self, max_bytes: int, max_events: int) -> list[PendingEvent]:
        with self.desk.db.read_raw() as conn:
            return outbox_batch(conn, max_bytes, max_events)

    def still_waiting(self, stamps: Mapping[str, str]) -> bool:
        with self.desk.db.read_raw() as conn:
            return sync_read.still_waiting(conn, stamps)

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
        plan = _apply_plan(push, pulled, new_cursor)
        received = 0
        folded_all: set[str] = set()
        touched_all: set[str] = set()
        accounts_pulled = False
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
                        accounts_pulled = True
                    for e in ev_part:
                        self.desk.hlc.observe(e.hlc)
                    if folded:
                        write_projection(s, self.desk.projector, folded)
                    rest = touched - set(folded)
                    if rest:
                        repo.refresh_sync_state(s, rest)
                    if cursor is not None:
                        repo.meta_set(s, CURSOR, cursor)
                    received += len(fresh)
                    folded_all.update(folded)
                    touched_all.update(touched)
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
        # pulled complaints and the ones whose sync state moved
        self.desk.changes.announce(Changes.to_complaints(folded_all | touched_all)
                                   | Changes(sync=True, accounts=accounts_pulled))
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
                write_projection(s, self.desk.projector, touched)
        self.desk.changes.announce(Changes.to_complaints(touched))
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
            self.desk.changes.announce(Changes(sync=True))

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
            from ..reference import ReferenceService

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
        with self.desk.db.read_raw() as conn:
            return sync_read.batch_hint(conn)

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
        self.desk.changes.announce(Changes(sync=True))


def _apply_plan(push: list, pulled: Sequence[WireEvent], new_cursor: str) -> list[tuple[list, list, str | None]]:
    """The chunks an exchange is applied in: (push results, pulled events, cursor after it)."""
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
    return plan


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

"""The hub's use cases: enrolment, authentication, sync (push + pull), reference data, auto-close,
and the admin operations. No HTTP here: app.py maps these to endpoints, cli.py to commands.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select, true, update
from sqlalchemy.orm import Session

from lapor_desktop.core.clock import Clock, HybridLogicalClock, SystemClock, iso_utc, parse_iso, to_ms
from lapor_desktop.core.ids import uuid7
from lapor_desktop.domain.enums import ACCOUNT_TYPES, CREATION_TYPES, EventType
from lapor_desktop.domain.lifecycle import fold
from lapor_desktop.protocol.codes import Outcome, ProblemCode, RejectCode
from lapor_desktop.protocol.events import check_event_data, hlc_ahead_by
from lapor_desktop.protocol.reference import ReferenceData, ReferenceInvalid, parse_reference, validate_reference
from lapor_desktop.protocol.wire import (
    EVENT_TYPES,
    HUB_ONLY_TYPES,
    MAX_HLC_SKEW_MS,
    SUPPORTED_PROTOCOLS,
    EnrollRequest,
    EnrollResponse,
    ItemResult,
    SyncRequest,
    SyncResponse,
    WireEvent,
    canonical_json,
)

from . import national, offices
from .accounts import PushChecks
from .admin_ops import HubAdmin
from .errors import HubError
from .auth import DeviceInfo, hash_secret, new_token, normalise_code
from .storage import (
    Attachment,
    Audit,
    BlobOwner,
    Complaint,
    Device,
    EnrollmentCode,
    HubDB,
    Reference,
    StoredEvent,
    Usage,
)

log = logging.getLogger(__name__)

PULL_CHUNK = 256
MISSING_BLOBS_LIMIT = 1000
REFERENCE_LOOKBACK = 50  # stored versions looked at for the newest good one


@dataclass
class HubConfig:
    timezone: str = "Asia/Jakarta"
    # a pushed event whose hlc is further ahead of the hub's clock is rejected (hlc_ahead); the
    # hub's own clock never moves further ahead than this either
    max_hlc_skew: timedelta = timedelta(milliseconds=MAX_HLC_SKEW_MS)
    # bytes stored on the hub (event JSON and uploaded blobs) per device and per office; 0 = none
    quota_device_bytes: int = 2 << 30
    quota_office_bytes: int = 20 << 30
    # a partial blob upload without progress for this long is dropped (its bytes too)
    upload_expiry: timedelta = timedelta(hours=24)


def _mb(n: int) -> str:
    return f"{round(n / (1 << 20), 1):g} MB"


@dataclass
class SyncOutcome:
    body: bytes
    accepted: int = 0
    pulled: int = 0


@dataclass
class _Batch:
    device: DeviceInfo
    now: datetime
    results: list[ItemResult] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    complaints: dict[str, Complaint | None] = field(default_factory=dict)
    touched: set[str] = field(default_factory=set)
    attachments: set[tuple[str, int]] = field(default_factory=set)


class HubService(HubAdmin):
    def __init__(self, db: HubDB, config: HubConfig | None = None, clock: Clock | None = None) -> None:
        self.db = db
        self.config = config or HubConfig()
        self.clock = clock or SystemClock()
        self.hub_id = db.create_schema()
        self.skew_ms = int(self.config.max_hlc_skew.total_seconds() * 1000)
        self.hlc = HybridLogicalClock(self.clock, max_ahead_ms=self.skew_ms)
        self.maker = national.HubEventMaker(self.hub_id, self.hlc)
        self.tz = ZoneInfo(self.config.timezone)
        self._seen: dict[str, datetime] = {}

    def now(self) -> datetime:
        return self.clock.now().astimezone(timezone.utc)

    def _audit(self, s: Session, action: str, device_id: str | None, office: str | None,
               detail: str = "") -> None:
        s.add(Audit(at=iso_utc(self.now()), action=action, device_id=device_id, office_code=office,
                    detail=detail[:500]))
        log.info("audit: %s device %s office %s %s", action, device_id, office, detail)

    # ================================================================== enrolment and auth
    def enroll(self, req: EnrollRequest) -> EnrollResponse:
        now = self.now()
        code_hash = hash_secret(normalise_code(req.enrollment_code))
        token = new_token()
        with self.db.write() as s:
            code = s.get(EnrollmentCode, code_hash)
            if code is None:
                raise HubError(403, ProblemCode.ENROLLMENT_INVALID, "unknown enrolment code")
            if code.office_code != req.office_code:
                raise HubError(403, ProblemCode.OFFICE_MISMATCH,
                               "the enrolment code belongs to another office")
            # single use and expiring, full stop: no code, used or not, gives a token to a known
            # device unless the hub admin issued it for that very device (re-enrolment)
            if code.used_at is not None:
                raise HubError(403, ProblemCode.ENROLLMENT_USED, "the enrolment code was already used")
            if parse_iso(code.expires_at) <= now:
                raise HubError(403, ProblemCode.ENROLLMENT_EXPIRED, "the enrolment code has expired")
            device_id = req.device_id or code.for_device or uuid7()
            existing = s.get(Device, device_id)
            if code.for_device is not None:
                if device_id != code.for_device or existing is None:
                    raise HubError(403, ProblemCode.ENROLLMENT_INVALID,
                                   "this enrolment code was issued for another device")
                code.used_at = iso_utc(now)
                code.used_by_device = device_id
                existing.token_hash = hash_secret(token)  # the old token stops working
                existing.revoked_at = None
                existing.name = req.device_name or existing.name
                existing.client_version = req.client_version or existing.client_version
                self._audit(s, "re_enrolled", device_id, existing.office_code, "old token revoked")
                return self._enrolled(existing, token, now)
            if existing is not None:
                raise HubError(409, ProblemCode.DEVICE_ID_TAKEN, "another device holds this device_id")
            code.used_at = iso_utc(now)
            code.used_by_device = device_id
            dev = Device(device_id=device_id, office_code=code.office_code, name=req.device_name,
                         client_version=req.client_version, token_hash=hash_secret(token),
                         created_at=iso_utc(now))
            s.add(dev)
            self._audit(s, "enrolled", device_id, code.office_code)
            return self._enrolled(dev, token, now)

    def _enrolled(self, dev: Device, token: str, now: datetime) -> EnrollResponse:
        return EnrollResponse(device_id=dev.device_id, token=token, office_code=dev.office_code,
                              hub_id=self.hub_id, server_time=iso_utc(now))

    def authenticate(self, token: str | None) -> DeviceInfo | None:
        if not token or len(token) > 200:
            return None
        with self.db.read() as s:
            row = s.execute(select(Device.device_id, Device.office_code, Device.revoked_at)
                            .where(Device.token_hash == hash_secret(token))).first()
        if row is None or row.revoked_at is not None:
            return None
        self._touch(row.device_id)
        return DeviceInfo(device_id=row.device_id, office_code=row.office_code)

    def _touch(self, device_id: str) -> None:
        """Note when a device was last seen, at most once a minute (no write per request)."""
        now = self.now()
        last = self._seen.get(device_id)
        if last is not None and now - last < timedelta(minutes=1):
            return
        self._seen[device_id] = now
        try:
            with self.db.plain() as s:
                s.execute(update(Device).where(Device.device_id == device_id)
                          .values(last_seen_at=iso_utc(now)))
        except Exception:  # bookkeeping only; a busy database must not fail the request
            log.warning("could not record last_seen for a device", exc_info=True)

    # ================================================================== sync
    def sync(self, device: DeviceInfo, req: SyncRequest) -> SyncOutcome:
        if req.protocol not in SUPPORTED_PROTOCOLS:
            raise HubError(400, ProblemCode.UNSUPPORTED_PROTOCOL,
                           f"protocol {req.protocol} is not supported; this hub speaks {list(SUPPORTED_PROTOCOLS)}")
        if req.device_id != device.device_id:
            raise HubError(403, ProblemCode.DEVICE_MISMATCH, "device_id is not the token's device")
        for i, ev in enumerate(req.events):
            if ev.type not in EVENT_TYPES:
                raise HubError(422, ProblemCode.UNKNOWN_TYPE,
                               f"events[{i}]: unknown event type {ev.type[:100]!r}")
        cursor = int(req.cursor)
        now = self.now()
        offices.note_policy(self.db, device.office_code, req.office_policy)
        if req.events:
            with self.db.write() as s:
                batch = _Batch(device=device, now=now)
                self._push(s, batch, req.events)
                events_json, out_cursor, has_more, pulled = self._pull(s, device, cursor, req.max_pull_bytes,
                                                                       own=req.resync_own)
                missing = self._missing_blobs(s, device)
            accepted = sum(1 for r in batch.results if r.outcome == Outcome.ACCEPTED)
            results = batch.results
        else:
            with self.db.read() as s:
                events_json, out_cursor, has_more, pulled = self._pull(s, device, cursor, req.max_pull_bytes,
                                                                       own=req.resync_own)
                missing = self._missing_blobs(s, device)
            accepted, results = 0, []
        answer = SyncResponse(results=results, events=[], cursor=str(out_cursor), has_more=has_more,
                              missing_blobs=missing, server_time=iso_utc(self.now()))
        # the pulled events go out as stored (canonical JSON), not parsed and serialised again
        return SyncOutcome(body=answer.encode(events_json), accepted=accepted, pulled=pulled)

    # ---------------------------------------------------------------- push
    def _push(self, s: Session, b: _Batch, events: list[WireEvent]) -> None:
        ids = list({e.id for e in events})
        existing: dict[str, tuple[str, int]] = {}
        for i in range(0, len(ids), 500):
            for eid, body, seq in s.execute(select(StoredEvent.id, StoredEvent.body, StoredEvent.server_seq)
                                            .where(StoredEvent.id.in_(ids[i:i + 500]),
                                                   StoredEvent.device_id == b.device.device_id)):
                existing[eid] = (body, seq)
            # ids held by other devices: a conflict, answered without a word about their events
            for (eid,) in s.execute(select(StoredEvent.id)
                                    .where(StoredEvent.id.in_(ids[i:i + 500]),
                                           StoredEvent.device_id != b.device.device_id)):
                existing.setdefault(eid, ("", 0))
        cids = list({e.complaint_id for e in events})
        for i in range(0, len(cids), 500):
            for comp in s.scalars(select(Complaint).where(Complaint.complaint_id.in_(cids[i:i + 500]))):
                b.complaints[comp.complaint_id] = comp
        seq = s.execute(select(func.max(StoredEvent.server_seq))).scalar() or 0
        received = iso_utc(b.now)
        office = b.device.office_code
        now_ms = to_ms(b.now)
        checks = PushChecks(s, office, b.device.device_id)  # actor and chain (hub/accounts.py)

        for ev in events:
            body = ev.canonical().decode("utf-8")
            if ev.device_id != b.device.device_id:
                # before the id lookup: replaying another device's (another office's) event
                # learns nothing, neither a duplicate nor its server_seq
                b.results.append(_rejected(ev.id, RejectCode.FORBIDDEN,
                                           "the event was made by another device"))
                continue
            prior = existing.get(ev.id)
            if prior is not None:
                if prior[0] == body:
                    b.results.append(ItemResult(id=ev.id, outcome=Outcome.DUPLICATE, server_seq=prior[1]))
                else:
                    b.results.append(_rejected(ev.id, RejectCode.ID_CONFLICT,
                                               "this event id was already used with another body"))
                continue
            broken = checks.chain(ev)
            if broken is not None:
                b.results.append(_rejected(ev.id, *broken))
                continue
            ahead = hlc_ahead_by(ev.hlc, now_ms)
            if ahead > self.skew_ms:
                b.results.append(_rejected(
                    ev.id, RejectCode.HLC_AHEAD,
                    f"the event's clock (hlc) is {ahead // 60000} minutes ahead of the hub's; at most "
                    f"{self.skew_ms // 60000} minutes are accepted: check the desk's date and time"))
                continue
            reason = self._check(b, ev) or checks.actor(ev)
            if reason is not None:
                b.results.append(_rejected(ev.id, *reason))
                continue
            seq += 1
            b.rows.append({"id": ev.id, "server_seq": seq, "complaint_id": ev.complaint_id,
                           "office_code": office, "device_id": ev.device_id, "type": ev.type,
                           "body": body, "received_at": received})
            existing[ev.id] = (body, seq)
            checks.accepted(ev)
            if ev.type not in ACCOUNT_TYPES:
                b.touched.add(ev.complaint_id)
            self.hlc.observe(ev.hlc)  # within the bound (checked above)
            if ev.type == EventType.ATTACHMENT_ADDED:
                b.attachments.add((ev.data["sha256"], int(ev.data["size"])))
            b.results.append(ItemResult(id=ev.id, outcome=Outcome.ACCEPTED, server_seq=seq))

        checks.flush()
        for why in checks.breaks:
            self._audit(s, "chain_broken", b.device.device_id, office, why)
        if b.rows:
            self.charge(s, b.device, sum(len(r["body"].encode("utf-8")) for r in b.rows))
            s.execute(insert(StoredEvent), b.rows)
        for sha, size in sorted(b.attachments):
            if s.get(Attachment, (sha, office, b.device.device_id)) is None:
                s.add(Attachment(sha256=sha, office_code=office, device_id=b.device.device_id, size=size))
        s.flush()
        if b.touched:
            self._project(s, sorted(b.touched), seq, b.now, office)

    def _check(self, b: _Batch, ev: WireEvent) -> tuple[str, str] | None:
        office = b.device.office_code
        if ev.device_id != b.device.device_id:
            return RejectCode.FORBIDDEN, "the event was made by another device"
        if ev.type in HUB_ONLY_TYPES:
            return RejectCode.FORBIDDEN, f"only the hub makes {ev.type}"
        problem = check_event_data(ev.type, ev.data)
        if problem is not None:
            return RejectCode.MALFORMED, problem
        if ev.type in ACCOUNT_TYPES:
            return None  # the office's account stream: checked by hub/accounts.py
        comp = b.complaints.get(ev.complaint_id)
        if ev.type in CREATION_TYPES:
            claimed = ev.data.get("office_code") or office
            if claimed != office:
                return RejectCode.FORBIDDEN, "the complaint belongs to another office"
            if comp is None:
                comp = Complaint(complaint_id=ev.complaint_id, office_code=office, status="",
                                 last_hlc="", updated_at="", event_count=0, has_conflict=False)
                b.complaints[ev.complaint_id] = comp
                # the row is written when the batch is projected
            elif comp.office_code != office:
                return RejectCode.FORBIDDEN, "the complaint belongs to another office"
            return None
        if comp is None:
            return RejectCode.UNKNOWN_COMPLAINT, "the hub has no complaint with this id"
        if comp.office_code != office:
            return RejectCode.FORBIDDEN, "the complaint belongs to another office"
        return None

    def _project(self, s: Session, complaint_ids: list[str], seq: int, now: datetime,
                 office: str) -> None:
        """Re-fold touched complaints; assign Tracking IDs to new ones (same transaction).

        Every touched complaint is ``office``'s: a push never touches another office's.
        """
        with s.no_autoflush:
            events = national.load_events(s, complaint_ids)
            comps: dict[str, Complaint] = {}
            for i in range(0, len(complaint_ids), 500):
                for c in s.scalars(select(Complaint).where(
                        Complaint.complaint_id.in_(complaint_ids[i:i + 500]))):
                    comps[c.complaint_id] = c
            need: list[tuple[Complaint, str]] = []
            for cid in complaint_ids:
                comp = comps.get(cid)
                if comp is None:  # created in this batch
                    comp = Complaint(complaint_id=cid, office_code=office,
                                     status="", last_hlc="", updated_at="", event_count=0,
                                     has_conflict=False)
                    s.add(comp)
                    comps[cid] = comp
                state = fold(events[cid])
                national.apply_state(comp, state)
                if state is not None and not state.tracking_id and not comp.tracking_id:
                    need.append((comp, state.last_hlc))
            if need:
                tids = national.next_tracking_ids(s, [c.complaint_id for c, _ in need], now)
                for (comp, last_hlc), tid in zip(need, tids):
                    seq += 1
                    row = self.maker.make(s, comp, national.TRACKING_TYPE, {"tracking_id": tid}, seq,
                                          now, after_hlc=last_hlc)
                    s.add(row)
                    comp.tracking_id = tid
                    comp.last_hlc = json.loads(row.body)["hlc"]
        s.flush()

    # ---------------------------------------------------------------- pull
    def _pull(self, s: Session, device: DeviceInfo, cursor: int, max_bytes: int, own: bool = False
              ) -> tuple[bytes, int, bool, int]:
        parts: list[bytes] = []
        total = 0
        last = cursor
        has_more = False
        after = cursor
        while True:
            rows = s.execute(select(StoredEvent.server_seq, StoredEvent.body)
                             .where(StoredEvent.office_code == device.office_code,
                                    true() if own else StoredEvent.device_id != device.device_id,
                                    StoredEvent.server_seq > after)
                             .order_by(StoredEvent.server_seq).limit(PULL_CHUNK)).all()
            for seq, body in rows:
                piece = b'{"server_seq":' + str(seq).encode() + b"," + body[1:].encode("utf-8")
                if parts and total + len(piece) + 1 > max_bytes:
                    has_more = True
                    break
                parts.append(piece)
                total += len(piece) + 1
                last = seq
            if has_more or len(rows) < PULL_CHUNK:
                break
            after = rows[-1][0]
        if not has_more:
            top = s.execute(select(func.max(StoredEvent.server_seq))).scalar() or 0
            last = max(last, top)
        return b",".join(parts), last, has_more, len(parts)

    def _missing_blobs(self, s: Session, device: DeviceInfo) -> list[str]:
        # only this office's proven possession counts: the answer says nothing about what other
        # offices uploaded
        have = select(BlobOwner.sha256).where(BlobOwner.office_code == device.office_code)
        rows = s.execute(select(Attachment.sha256)
                         .where(Attachment.device_id == device.device_id,
                                Attachment.sha256.not_in(have))
                         .order_by(Attachment.sha256).limit(MISSING_BLOBS_LIMIT)).scalars().all()
        return list(rows)

    # ================================================================== quotas
    def charge(self, s: Session, device: DeviceInfo, nbytes: int, *, check_only: bool = False,
               force: bool = False) -> None:
        """Count ``nbytes`` more stored for the device and its office (in the caller's write
        transaction); HubError 507 ``quota_exceeded`` when either would go past its quota."""
        limits = (("device", device.device_id, self.config.quota_device_bytes),
                  ("office", device.office_code, self.config.quota_office_bytes))
        rows = []
        for scope, key, limit in limits:
            row = s.get(Usage, (scope, key))
            used = row.bytes if row is not None else 0
            if limit and not force and used + nbytes > limit:
                who = "this device's" if scope == "device" else "this office's"
                raise HubError(507, ProblemCode.QUOTA_EXCEEDED,
                               f"{who} storage on the hub is full ({_mb(used)} of its {_mb(limit)} "
                               f"{scope} quota used; {_mb(nbytes)} more asked); ask the hub admin")
            rows.append((scope, key, row))
        if check_only:
            return
        for scope, key, row in rows:
            if row is None:
                s.add(Usage(scope=scope, key=key, bytes=nbytes))
            else:
                row.bytes = row.bytes + nbytes

    # ================================================================== reference
    def _good_reference(self, s: Session) -> Reference | None:
        """The newest stored version that passes the reference validator. A version an older hub
        stored without these checks and that fails them is skipped (logged once), never served."""
        verdicts: dict[tuple[int, str], bool] = self.__dict__.setdefault("_reference_verdicts", {})
        rows = s.scalars(select(Reference).order_by(Reference.version.desc()).limit(REFERENCE_LOOKBACK))
        for ref in rows:
            key = (ref.version, hashlib.sha256(ref.body.encode("utf-8")).hexdigest())
            ok = verdicts.get(key)
            if ok is None:
                try:
                    parse_reference(ref.body)
                    ok = True
                except ReferenceInvalid as exc:
                    log.warning("stored reference version %d fails the checks and is not served: %s",
                                ref.version, exc.text("en")[:500])
                    ok = False
                verdicts[key] = ok
            if ok:
                return ref
        return None

    def reference(self) -> tuple[bytes, str]:
        with self.db.read() as s:
            ref = self._good_reference(s)
            if ref is not None:
                return ref.body.encode("utf-8"), ref.etag
        body = canonical_json(ReferenceData().model_dump(mode="json"))
        return body, _etag(body)

    def load_reference(self, raw: Any) -> tuple[int, str]:
        """Sections present in ``raw`` replace the current ones; absent sections are kept.

        ``raw`` is checked completely first (:func:`validate_reference`): a fault raises
        ``ReferenceInvalid`` naming the row and the reason, and nothing is stored.
        """
        incoming = validate_reference(raw)
        with self.db.write() as s:
            cur = self._good_reference(s)
            merged: dict[str, Any] = json.loads(cur.body) if cur else ReferenceData().model_dump(mode="json")
            merged.update(incoming.present_sections())
            version = (s.execute(select(func.max(Reference.version))).scalar() or 0) + 1
            merged["version"] = version
            body = canonical_json(validate_reference(merged).model_dump(mode="json"))
            etag = _etag(body)
            s.add(Reference(version=version, etag=etag, body=body.decode("utf-8"),
                            loaded_at=iso_utc(self.now())))
        return version, etag

    def closures(self) -> set[date]:
        body, _ = self.reference()
        out: set[date] = set()
        for c in json.loads(body).get("closures", []):
            try:
                out.add(date.fromisoformat(c["date"]))
            except (KeyError, ValueError):
                continue
        return out

    # ================================================================== auto-close
    def autoclose(self, now: datetime | None = None) -> list[str]:
        """Close by system every complaint whose auto-close date passed without a reply, by its
        office's policy and time zone (``national.autoclose``)."""
        now = (now or self.now()).astimezone(timezone.utc)
        calendar = national.make_calendar(self.closures())
        with self.db.write() as s:
            closed = national.autoclose(s, self.maker, now, calendar, self.config.timezone)
        if closed:
            log.info("auto-closed %d complaints", len(closed))
        return closed


def _rejected(eid: str, code: str, detail: str) -> ItemResult:
    return ItemResult(id=eid, outcome=Outcome.REJECTED, code=code, detail=detail)


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:40] + '"'

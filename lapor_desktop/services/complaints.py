"""Complaint use cases. Each is one unit of work: events + projection + outbox in one commit.

Roles are checked here (not only in the UI), against ``domain/permissions.py``; what a role may
not see (the identity on an Anonim complaint, other agencies' complaints) is taken out here too.
"""

from __future__ import annotations

import errno

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from lapor_desktop.core.errors import InvalidAction, InvalidInput, NotFound, PermissionDenied
from lapor_desktop.core.fileio import UnsafeFile, open_regular_file
from lapor_desktop.core.ids import uuid7
from lapor_desktop.domain.action_input import NOTE_MAX
from lapor_desktop.domain.attachments import SNIFF_BYTES, attachment_error, sniff_type
from lapor_desktop.domain.field_errors import field_error
from lapor_desktop.domain.enums import (
    ACTION_EVENT,
    DEFAULT_CHANNEL,
    Action,
    EventType,
    Status,
)
from lapor_desktop.domain.lifecycle import fold
from lapor_desktop.domain.permissions import (
    Right,
    agency_scoped,
    allowed_actions,
    may,
    may_act,
    sees_identity,
    staff_role,
)
from lapor_desktop.domain.model import Actor, ComplaintState, Event
from lapor_desktop.domain.action_checks import check_action_data
from lapor_desktop.domain.contact_fields import compact_nik, normalize_phone
from lapor_desktop.domain.validation import (
    FieldError,
    channel_code,
    classification_code,
    validate_complaint,
)
from lapor_desktop.store import intake_keys as intake_key_repo
from lapor_desktop.store import reference as ref_repo
from lapor_desktop.store import repo
from lapor_desktop.store.projection import write_projection
from lapor_desktop.store.blobs import BlobTooLarge, put_stream
from lapor_desktop.store.models import AttachmentRow

from . import audit
from . import similar as similar_rules
from .action_payload import action_data
from .changes import Changes
from .desk import Desk
from .visibility import check_sees, mask_timeline_entry
from .session import Session as SignedIn, signed_in



@dataclass(frozen=True)
class AttachmentIn:
    path: Path
    filename: str | None = None  # shown name; defaults to the file's name


@dataclass(frozen=True)
class Recorded:
    id: str
    receipt_number: str
    received_at: str
    event_ids: tuple[str, ...]


@dataclass(frozen=True)
class AddedToExisting:
    """What the front desk added to an earlier complaint instead of recording a duplicate."""

    id: str
    receipt_number: str | None
    action: str  # receive_info (the clock runs again), record_reply or comment
    event_ids: tuple[str, ...]


@dataclass(frozen=True)
class NotePlan:
    """How a returning reporter's note would be recorded on a complaint now, and its status."""

    action: str | None  # receive_info | record_reply | comment | None (this role cannot add)
    status: str


@dataclass
class ComplaintDetail:
    state: ComplaintState
    timeline: list[repo.TimelineEntry]
    allowed: set[Action]
    identity_hidden: bool
    sync_state: str
    attachments: list[dict[str, Any]] = field(default_factory=list)
    identity_revealed: bool = False  # shown for this view only, by an audited reveal


class ComplaintService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # ------------------------------------------------------------------ helpers
    def _events(self, s: Session, actor: Actor, complaint_id: str,
                specs: Sequence[tuple[str, dict[str, Any], str | None]],
                first_seq: int | None = None) -> list[Event]:
        """Events for one complaint; ``first_seq`` when the caller reserved device sequence numbers."""
        first = repo.next_device_seq(s, len(specs)) if first_seq is None else first_seq
        now = self.desk.now_iso()
        out = []
        for i, (etype, data, base) in enumerate(specs):
            out.append(Event(id=uuid7(), complaint_id=complaint_id, type=etype,
                             device_id=self.desk.settings.device_id, device_seq=first + i,
                             hlc=self.desk.hlc.tick(), occurred_at=now, actor_user=actor.login,
                             actor_role=actor.role, data=data, base=base))
        return out

    @staticmethod
    def check_right(actor: Actor, right: Right) -> None:
        """Refuse (``PermissionDenied``) unless the actor's role has ``right``."""
        if not may(actor.role, right):
            raise PermissionDenied(f"role {actor.role} may not {right}", code="permission_denied")

    def _receipt_number(self, s: Session, received_at: datetime, count: int = 1) -> list[str]:
        local = received_at.astimezone(self.desk.tz)
        day = local.strftime("%y%m%d")
        first = repo.next_receipt_seq(s, day, count)
        st = self.desk.settings
        return [f"{st.office_code}-{st.desk_code}-{day}-{n:04d}" for n in range(first, first + count)]

    def _store_attachments(self, attachments: Sequence[AttachmentIn]) -> tuple[list[dict[str, Any]], list[FieldError]]:
        """Copy files into the blob store (before the transaction: orphan blobs are harmless).

        Each file is opened safely (no symlinks, no FIFOs/devices/folders, ``O_NOFOLLOW``), its
        type is read from its first bytes, its size is bounded, and the bytes that are hashed are
        the bytes that are stored (one pass over the opened file). A refused file is one error
        naming it; nothing of it is copied.
        """
        out, errors = [], []
        max_mb = self.desk.settings.attachment_max_mb
        max_bytes = max_mb * 1024 * 1024
        for i, a in enumerate(attachments):
            p = Path(a.path)
            name = a.filename or p.name
            key = f"attachments.{i}"
            try:
                fh = open_regular_file(p)
            except UnsafeFile as exc:
                errors.append(attachment_error(key, f"file_{exc.code}", name))
                continue
            with fh:
                size = os.fstat(fh.fileno()).st_size
                if size > max_bytes:
                    errors.append(attachment_error(key, "file_too_large", name, mb=f"{size / 1048576:.1f}",
                                                   max_mb=max_mb))
                    continue
                try:
                    mime = sniff_type(fh.read(SNIFF_BYTES))
                    if mime is None:
                        errors.append(attachment_error(key, "file_type", name))
                        continue
                    fh.seek(0)
                    sha, size = put_stream(self.desk.blobs, fh, max_bytes)
                except BlobTooLarge:
                    errors.append(attachment_error(key, "file_too_large", name, mb=f"> {max_mb}", max_mb=max_mb))
                    continue
                except OSError as exc:
                    if exc.errno in (errno.ENOSPC, errno.EROFS, getattr(errno, "EDQUOT", errno.ENOSPC)):
                        raise  # a full disk or read-only folder, not a bad file: nothing is recorded
                    errors.append(attachment_error(key, "file_unreadable", name))
                    continue
            out.append({"sha256": sha, "filename": name, "mime": mime, "size": size})
        return out, errors

    def _add_attachment_rows(self, s: Session, complaint_id: str, metas: Sequence[dict[str, Any]]) -> None:
        now = self.desk.now_iso()
        for m in metas:
            if s.get(AttachmentRow, (complaint_id, m["sha256"])) is None:
                s.add(AttachmentRow(complaint_id=complaint_id, sha256=m["sha256"], filename=m["filename"],
                                    mime=m["mime"], size=m["size"], present=True, uploaded=False, added_at=now))
        s.flush()

    # ------------------------------------------------------------------ intake
    def normalise_intake(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """Defaults a clerk would expect: walk-in channel, walk-ins confidential, clean numbers."""
        d = dict(data)
        d.setdefault("channel", DEFAULT_CHANNEL)
        if d.get("channel") in (None, ""):
            d["channel"] = DEFAULT_CHANNEL
        # the official label (any case) is as good as the code: "Tatap Muka", "Aspirasi"
        d["channel"] = channel_code(d["channel"]) or d["channel"]
        if isinstance(d.get("classification"), str) and d["classification"].strip():
            d["classification"] = classification_code(d["classification"]) or d["classification"]
        if "confidential" not in d or d["confidential"] is None:
            d["confidential"] = True  # default to Rahasia; publishing is an explicit choice
        if "anonymous" not in d or d["anonymous"] is None:
            d["anonymous"] = False
        for k in ("title", "body"):
            if isinstance(d.get(k), str):
                d[k] = d[k].strip()
        rep = d.get("reporter")
        if isinstance(rep, dict):
            rep = {k: (v.strip() if isinstance(v, str) else v) for k, v in rep.items()}
            rep = {k: (None if v == "" else v) for k, v in rep.items()}
            if isinstance(rep.get("nik"), str):
                rep["nik"] = compact_nik(rep["nik"])
            d["reporter"] = rep if any(v for v in rep.values()) else None
        loc = d.get("location")
        if isinstance(loc, dict):
            d["location"] = {k: (v.strip() if isinstance(v, str) else v) for k, v in loc.items() if v not in (None, "")}
        if d.get("category_id") in ("", None):
            d["category_id"] = None
        return d

    def validate(self, data: Mapping[str, Any], s: Session | None = None) -> list[FieldError]:
        if s is None:
            with self.desk.db.read() as rs:
                known = ref_repo.category_ids(rs)
        else:
            known = ref_repo.category_ids(s)
        return validate_complaint(data, known_categories=known or None, today=self.desk.today())

    def _created_data(self, d: Mapping[str, Any], receipt: str, received_at: str) -> dict[str, Any]:
        rep = d.get("reporter")
        if isinstance(rep, dict) and rep.get("phone"):
            rep = dict(rep)
            rep["phone"] = normalize_phone(rep["phone"]) or rep["phone"]
        st = self.desk.settings
        loc = dict(d.get("location") or {})
        if loc:
            loc.setdefault("province", st.office_province or None)
            loc.setdefault("city", st.office_city or None)
        return {
            "title": d.get("title"),
            "body": d.get("body"),
            "classification": d.get("classification") or None,
            "channel": d.get("channel") or DEFAULT_CHANNEL,
            "category_id": d.get("category_id"),
            "reporter": rep or None,
            "anonymous": bool(d.get("anonymous")),
            "confidential": bool(d.get("confidential")),
            "location": {k: v for k, v in loc.items() if v} or None,
            "incident_date": d.get("incident_date") or None,
            "office_code": st.office_code,
            "receipt_number": receipt,
            "received_at": received_at,
        }

    def record(self, session: SignedIn, data: Mapping[str, Any],
               attachments: Sequence[AttachmentIn] = ()) -> Recorded:
        """Record one complaint. Acknowledged only after the commit (event + row + outbox)."""
        return self.record_many(session, [(data, attachments)])[0]

    def record_many(self, session: SignedIn,
                    items: Sequence[tuple[Mapping[str, Any], Sequence[AttachmentIn]]],
                    intake_keys: Sequence[str | None] | None = None) -> list[Recorded]:
        """Record complaints in one transaction; any invalid item raises InvalidInput, nothing is written.
        ``intake_keys`` (one per item, or None): recorded with the complaints in the same transaction
        (store/intake_keys), so a bulk intake rerun after a kill records nothing twice."""
        actor = signed_in(self.desk, session)
        self.desk.require_set_up()
        self.check_right(actor, Right.RECORD)
        prepared = []
        with self.desk.db.read() as rs:
            known = ref_repo.category_ids(rs) or None
        for data, atts in items:
            d = self.normalise_intake(data)
            errors = validate_complaint(d, known_categories=known, today=self.desk.today())
            metas, att_errors = self._store_attachments(atts)
            errors += att_errors
            if errors:
                raise InvalidInput(errors)
            prepared.append((d, metas))
        now = self.desk.clock.now()
        received_at = self.desk.now_iso()
        out: list[Recorded] = []
        with self.desk.db.session() as s:
            receipts = self._receipt_number(s, now, len(prepared))
            seq = repo.next_device_seq(s, sum(1 + len(metas) for _, metas in prepared))
            all_events: list[Event] = []
            states: list[ComplaintState] = []
            for (d, metas), receipt in zip(prepared, receipts):
                cid = uuid7()
                specs = [(EventType.CREATED, self._created_data(d, receipt, received_at), None)]
                specs += [(EventType.ATTACHMENT_ADDED, m, None) for m in metas]
                events = self._events(s, actor, cid, specs, first_seq=seq)
                seq += len(events)
                all_events += events
                state = fold(events)
                assert state is not None
                states.append(state)
                if metas:
                    self._add_attachment_rows(s, cid, metas)
                out.append(Recorded(cid, receipt, received_at, tuple(e.id for e in events)))
            repo.insert_local_events(s, all_events, received_at)
            write_projection(s, self.desk.projector, created=states)
            audit.write_many(s, self.desk, actor, [(audit.Kind.RECORDED, r.id, {"event": r.event_ids[0]})
                                                   for r in out])
            if intake_keys is not None:
                intake_key_repo.remember(s, [(k, r.id, r.receipt_number) for k, r in zip(intake_keys, out)],
                                         received_at)
        self.desk.changes.announce(Changes.to_complaints(r.id for r in out))
        return out

    # ------------------------------------------------------------------ reading
    def state(self, complaint_id: str) -> ComplaintState:
        with self.desk.db.read() as s:
            st = fold(repo.load_events(s, complaint_id))
        if st is None:
            raise NotFound("no such complaint", code="complaint_not_found")
        return st

    def detail(self, session: SignedIn, complaint_id: str) -> ComplaintDetail:
        return self.detail_for(signed_in(self.desk, session), complaint_id)

    def detail_for(self, actor: Actor, complaint_id: str, *, revealed: bool = False) -> ComplaintDetail:
        """The detail for an actor already checked (``signed_in``); ``revealed`` only from
        ``services/reveal.py`` after the reveal was written to the audit trail."""
        with self.desk.db.read() as s:
            timeline = repo.load_timeline(s, complaint_id)
            state = fold([t.event for t in timeline])
            if state is None:
                raise NotFound("no such complaint", code="complaint_not_found")
            sync_state = repo.complaint_sync_state(s, complaint_id)
            atts = [{"sha256": a.sha256, "filename": a.filename, "mime": a.mime, "size": a.size,
                     "present": a.present} for a in s.query(AttachmentRow).filter_by(complaint_id=complaint_id)]
        check_sees(actor, state)
        hidden = not revealed and not sees_identity(actor.role, anonymous=state.anonymous)
        if hidden:
            state.reporter = None
            timeline = [mask_timeline_entry(t) for t in timeline]
        return ComplaintDetail(state=state, timeline=timeline,
                               allowed=allowed_actions(state, actor.role, actor.agency_id),
                               identity_hidden=hidden, sync_state=sync_state, attachments=atts,
                               identity_revealed=revealed and state.anonymous)

    # ------------------------------------------------------------------ actions
    def act(self, session: SignedIn, complaint_id: str, action: Action | str,
            payload: Mapping[str, Any] | None = None) -> Event:
        return self.act_many(session, [complaint_id], action, payload)[0]

    def act_many(self, session: SignedIn, complaint_ids: Sequence[str], action: Action | str,
                 payload: Mapping[str, Any] | None = None) -> list[Event]:
        """One action on several complaints, all in one transaction (bulk forward/archive)."""
        actor = signed_in(self.desk, session)
        self.desk.require_set_up()
        action = Action(action)
        payload = dict(payload or {})
        if not may_act(actor.role, action):
            raise PermissionDenied(f"role {actor.role} may not {action}", code="permission_denied")
        written: list[Event] = []
        with self.desk.db.session() as s:
            data, errors = self._action_data(s, actor, action, payload)
            if errors:
                raise InvalidInput(errors)
            for cid in complaint_ids:
                state = fold(repo.load_events(s, cid))
                if state is None:
                    raise NotFound("no such complaint", code="complaint_not_found")
                if (action == Action.EDIT and "reporter" in (data.get("fields") or {})
                        and not sees_identity(actor.role, anonymous=state.anonymous)):
                    raise PermissionDenied("the reporter's identity is hidden from this role",
                                           code="identity_hidden")
                if action not in allowed_actions(state, actor.role, actor.agency_id):
                    raise InvalidAction(f"{action} is not possible while the complaint is {state.status}",
                                        code="invalid_action", status=str(state.status), action=str(action))
                needs = check_action_data(action, data, status=str(state.status),
                                          classification=state.classification, category_id=state.category_id,
                                          anonymous=state.anonymous, confidential=state.confidential,
                                          known_categories=ref_repo.category_ids(s) or None)
                if needs:
                    raise InvalidInput(needs)  # nothing of this transaction is written
                base = None
                event_data = dict(data)
                if action == Action.VERIFY:  # the event carries what the verifier settled
                    event_data["classification"] = data.get("classification") or state.classification
                    event_data["category_id"] = (data["category_id"] if data.get("category_id") is not None
                                                 else state.category_id)
                if action == Action.EDIT:
                    base = payload.get("base", state.last_edit_id)
                if action == Action.ATTACH:
                    metas = event_data.pop("_metas")
                    self._add_attachment_rows(s, cid, metas)
                    specs = [(EventType.ATTACHMENT_ADDED, m, None) for m in metas]
                else:
                    if action == Action.FOLLOW_UP or action == Action.DECLINE:
                        event_data.setdefault("agency_id", state.agency_id)
                    specs = [(ACTION_EVENT[action], event_data, base)]
                events = self._events(s, actor, cid, specs)
                repo.insert_local_events(s, events, self.desk.now_iso())
                write_projection(s, self.desk.projector, [cid])
                audit.write_many(s, self.desk, actor, [_audit_of(action, cid, events[0], event_data, state)])
                written += events
        self.desk.changes.announce(Changes.to_complaints(complaint_ids))
        return written

    @staticmethod
    def _note_action(state: ComplaintState, actor: Actor) -> Action | None:
        allowed = allowed_actions(state, actor.role, actor.agency_id)
        if Action.RECEIVE_INFO in allowed:  # the reporter brought what was asked for
            return Action.RECEIVE_INFO
        if state.status in (Status.DITINDAKLANJUTI, Status.SELESAI) and Action.RECORD_REPLY in allowed:
            return Action.RECORD_REPLY  # the reporter answers the follow-up (on a finished one: reopens it)
        return Action.COMMENT if Action.COMMENT in allowed else None

    def note_plan(self, actor: Actor, complaint_id: str) -> NotePlan:
        """The complaint's status now, and how :meth:`add_to_existing` would record a note on it."""
        signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        with self.desk.db.read() as s:
            state = fold(repo.load_events(s, complaint_id))
        if state is None:
            raise NotFound("no such complaint", code="complaint_not_found")
        check_sees(actor, state)
        action = self._note_action(state, actor)
        return NotePlan(str(action) if action else None, str(state.status))

    def add_to_existing(self, actor: Actor, complaint_id: str, text: str,
                        attachments: Sequence[AttachmentIn] = (), expected_action: str | None = None
                        ) -> AddedToExisting:
        """A reporter comes back about an earlier complaint: what they say (and bring) is added to it.

        While the complaint waits for the reporter's information the note is recorded as that
        information (the deadline clock runs again); after a follow-up as the reporter's reply (which
        reopens a finished complaint); otherwise as an internal note. Attachments
        are added in the same transaction: all of it is stored, or none of it.

        ``expected_action``: what the clerk was shown (:meth:`note_plan`). When a sync changed the
        complaint meanwhile so that the note would be recorded differently, nothing is written
        and ``InvalidAction`` (code ``note_action_changed``) says so.
        """
        signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        self.desk.require_set_up()
        if not any(may_act(actor.role, a) for a in (Action.COMMENT, Action.RECEIVE_INFO, Action.RECORD_REPLY)):
            raise PermissionDenied(f"role {actor.role} may not add to a complaint", code="permission_denied")
        errors: list[FieldError] = []
        if not isinstance(text, str) or not text.strip():
            errors.append(field_error("text", "required", "note.required"))
        elif len(text.strip()) > NOTE_MAX:
            errors.append(field_error("text", "too_long", "note.too_long", max=NOTE_MAX))
        if errors:
            raise InvalidInput(errors)
        metas: list[dict[str, Any]] = []
        if attachments:
            if not may_act(actor.role, Action.ATTACH):  # attachments are allowed in any status
                raise PermissionDenied(f"role {actor.role} may not attach files", code="permission_denied")
            # files are copied and hashed before the write lock is taken (large photos)
            metas, att_errors = self._store_attachments(attachments)
            if att_errors:
                raise InvalidInput(att_errors)
        with self.desk.db.session() as s:
            state = fold(repo.load_events(s, complaint_id))
            if state is None:
                raise NotFound("no such complaint", code="complaint_not_found")
            check_sees(actor, state)
            action = self._note_action(state, actor)
            if action is None:
                raise InvalidAction(f"nothing can be added while the complaint is {state.status}",
                                    code="invalid_action", status=str(state.status), action="comment")
            if expected_action is not None and str(action) != expected_action:
                raise InvalidAction(f"the complaint changed: the note would be {action}, not {expected_action}",
                                    code="note_action_changed", status=str(state.status), action=str(action))
            key = "note" if action == Action.RECEIVE_INFO else "text"
            specs: list[tuple[EventType, dict[str, Any], str | None]] = [
                (ACTION_EVENT[action], {key: text.strip()}, None)]
            if metas:
                self._add_attachment_rows(s, complaint_id, metas)
                specs += [(EventType.ATTACHMENT_ADDED, m, None) for m in metas]
            events = self._events(s, actor, complaint_id, specs)
            repo.insert_local_events(s, events, self.desk.now_iso())
            write_projection(s, self.desk.projector, [complaint_id])
            audit.write(s, self.desk, actor, audit.Kind.ACTION, complaint_id, action=str(action), event=events[0].id)
        self.desk.changes.announce(Changes.to_complaints([complaint_id]))
        return AddedToExisting(id=complaint_id, receipt_number=state.receipt_number, action=str(action),
                               event_ids=tuple(e.id for e in events))

    def _action_data(self, s: Session, actor: Actor, action: Action,
                     p: dict[str, Any]) -> tuple[dict[str, Any], list[FieldError]]:
        """The payload checked and turned into the event's data (services/action_payload.py)."""
        return action_data(s, action, p, lambda atts: self._store_attachments(
            [a if isinstance(a, AttachmentIn) else AttachmentIn(Path(a)) for a in atts]))

    # ------------------------------------------------------------------ search
    def similar(self, actor: Actor, *, text: str = "", nik: str | None = None, phone: str | None = None,
                days: int = 60, limit: int = 8) -> list[similar_rules.SimilarMatch]:
        """Possible duplicates at intake (last ``days``), among the complaints the actor may see, each
        with why it is shown (``services.similar``). A NIK or phone number never finds a complaint
        whose identity the actor may not see (an Anonim one)."""
        signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        if staff_role(actor.role) is None:
            raise PermissionDenied(f"role {actor.role} may not search complaints", code="permission_denied")
        from sqlalchemy import select

        from lapor_desktop.core.clock import iso_utc
        from lapor_desktop.store.models import ComplaintRow

        since = self.desk.clock.now() - timedelta(days=days)
        phone_n = normalize_phone(phone) if phone else None
        with self.desk.db.read() as s:
            found = repo.similar_complaints(
                s, words=text, nik=nik or None, phone=phone_n, since=iso_utc(since), limit=limit * 3,
                agency_id=(actor.agency_id if actor.agency_id is not None else -1) if agency_scoped(actor.role) else None,
                identity_of_anonymous=sees_identity(actor.role, anonymous=True))
            ids = [c.id for c in found if c.reason == "text"]
            texts = {r.id: (r.title or "", r.body_final or r.body_initial or "") for r in s.execute(
                select(ComplaintRow.id, ComplaintRow.title, ComplaintRow.body_final, ComplaintRow.body_initial)
                .where(ComplaintRow.id.in_(ids)))} if ids else {}
        return similar_rules.keep(found, text, texts, limit)

    def recompute_deadlines(self, changed_days: Iterable[date] = ()) -> int:
        """After closure days or deadline settings change: open complaints' due dates again.

        With ``changed_days`` (closure days added or removed) only the complaints whose deadline
        can move are refreshed: a deadline counts working days forward from its start, so a day
        D can only change deadlines that fall on or after D (and paused ones, counted to today).
        Short transactions of 200 complaints each, so a clerk's save never waits long.
        """
        self.desk.reload_calendar()
        days = sorted(changed_days)
        since = days[0].isoformat() if days else None
        with self.desk.db.read() as s:
            ids = repo.complaint_ids_with_due(s, since)
        for i in range(0, len(ids), 200):
            with self.desk.db.session() as s:
                write_projection(s, self.desk.projector, ids[i:i + 200])
        self.desk.changes.announce(Changes.to_complaints(ids))
        return len(ids)



def _audit_of(action: Action, cid: str, event: Event, data: Mapping[str, Any],
              before: ComplaintState) -> tuple[Any, ...]:
    """The audit entry of one lifecycle action: ids and field names (a change of privacy names
    what changed, from what to what; the reason is in the event)."""
    if action == Action.CHANGE_FLAGS:
        changed = {k: bool(data[k]) for k in ("anonymous", "confidential")
                   if k in data and bool(data[k]) != bool(getattr(before, k))}
        return (audit.Kind.FLAGS_CHANGED, cid, {"event": event.id, "fields": sorted(changed),
                                                **{k: v for k, v in changed.items()}})
    extra: dict[str, Any] = {"action": str(action), "event": event.id}
    if action == Action.EDIT:
        extra["fields"] = sorted((data.get("fields") or {}).keys())
    return (audit.Kind.ACTION, cid, extra)

"""The complaint lifecycle: one state machine, and the fold of an event set into state.

This module is the one home of the lifecycle: which event is valid from which status, and the
fold; replicas fold the same event set to the same state. Who may take an action is
``permissions.py`` (which asks ``VALID_FROM`` here).

Ordering is by hybrid logical clock, then device id, then event id (``Event.sort_key``), so the
result never depends on the order events were delivered in. An event that is not valid from the
state computed before it stays in the history, flagged as a conflict with a reason code. Two edits
of the same field made from the same ``base`` are both flagged ``edit_conflict`` (the later one by
order still applies, so every replica shows the same text). A later event whose ``data.resolves``
lists conflicting event ids settles them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .enums import (
    CLASSIFICATION_LABELS,
    CREATION_TYPES,
    EDITABLE_FIELDS,
    FINAL_STATUSES,
    EventType,
    Status,
)
from .model import ComplaintState, Event, Pause

S = Status
E = EventType

_ANY_OPEN = frozenset(Status) - FINAL_STATUSES
_ANY = frozenset(Status)

# event type -> statuses it may be applied from
VALID_FROM: dict[str, frozenset[Status]] = {
    E.EDITED: _ANY_OPEN,
    E.FLAGS_CHANGED: _ANY,
    E.VERIFIED: frozenset({S.BELUM_TERVERIFIKASI}),
    E.INFO_REQUESTED: frozenset({S.BELUM_TERVERIFIKASI, S.TERVERIFIKASI, S.BUKAN_WEWENANG}),
    E.INFO_RECEIVED: frozenset({S.MENUNGGU_KELENGKAPAN}),
    E.FORWARDED: frozenset({S.BELUM_TERVERIFIKASI, S.TERVERIFIKASI, S.BUKAN_WEWENANG}),
    E.DECLINED: frozenset({S.TERDISPOSISI}),
    E.FOLLOWED_UP: frozenset({S.TERDISPOSISI, S.DITINDAKLANJUTI}),
    E.REPORTER_REPLIED: frozenset({S.DITINDAKLANJUTI, S.SELESAI, S.MENUNGGU_KELENGKAPAN}),
    E.CLOSED: _ANY_OPEN,
    E.ARCHIVED: _ANY_OPEN,
    E.REOPENED: frozenset({S.SELESAI, S.DIARSIPKAN}),
    E.COMMENTED: _ANY,
    E.ATTACHMENT_ADDED: _ANY,
    E.TRACKING_ASSIGNED: _ANY,
}

@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str = ""  # stable code when not ok


def check_event(state: ComplaintState | None, event: Event) -> Verdict:
    """Is ``event`` valid from ``state``? Pure; used by the fold and by services."""
    etype = event.type
    if etype in CREATION_TYPES:
        if state is not None:
            # a newer national export row of a complaint that came from the national export
            if etype == E.IMPORTED and state.imported:
                return Verdict(True)
            return Verdict(False, "already_created")
        return Verdict(True)
    if state is None:
        return Verdict(False, "unknown_complaint")
    allowed = VALID_FROM.get(etype)
    if allowed is None:
        return Verdict(False, "unknown_event_type")
    if state.status not in allowed:
        # a repeat of the very same forward is harmless, not a conflict
        if (etype == E.FORWARDED and state.status == S.TERDISPOSISI
                and _int(event.data.get("agency_id")) == state.agency_id):
            return Verdict(True)
        return Verdict(False, f"invalid_from_{state.status}")
    if etype in (E.DECLINED, E.FOLLOWED_UP):
        agency = _int(event.data.get("agency_id"))
        if agency is not None and state.agency_id is not None and agency != state.agency_id:
            return Verdict(False, "wrong_agency")
    if etype == E.CLOSED and event.data.get("by") == "system" and state.status != S.DITINDAKLANJUTI:
        return Verdict(False, f"invalid_from_{state.status}")
    return Verdict(True)


def _int(value: object) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


# ----------------------------------------------------------------------------- fold
def order_events(events: Iterable[Event]) -> list[Event]:
    unique: dict[str, Event] = {}
    for e in events:
        unique.setdefault(e.id, e)
    return sorted(unique.values(), key=lambda e: e.sort_key)


def edit_conflicts(events: Iterable[Event]) -> dict[str, str]:
    """Edits that share a base and touch a common field: every one of them is a conflict."""
    by_base: dict[str | None, list[Event]] = defaultdict(list)
    for e in events:
        if e.type == E.EDITED:
            by_base[e.base].append(e)
    out: dict[str, str] = {}
    for group in by_base.values():
        if len(group) < 2:
            continue
        for i, a in enumerate(group):
            fa = set((a.data.get("fields") or {}).keys())
            for b in group[i + 1:]:
                fb = set((b.data.get("fields") or {}).keys())
                if fa & fb:
                    out[a.id] = "edit_conflict"
                    out[b.id] = "edit_conflict"
    return out


def fold(events: Iterable[Event]) -> ComplaintState | None:
    """Fold one complaint's events into its state. Deterministic for any delivery order."""
    ordered = order_events(events)
    state: ComplaintState | None = None
    pending_conflicts: dict[str, str] = {}  # conflicts found before the creation event
    edit_flags = edit_conflicts(ordered)
    for event in ordered:
        verdict = check_event(state, event)
        if not verdict.ok:
            if state is None:
                pending_conflicts[event.id] = verdict.reason
            else:
                state.conflicts[event.id] = verdict.reason
                state.event_count += 1
                state.last_hlc = event.hlc
            continue
        if state is None:
            state = ComplaintState(id=event.complaint_id)
            state.conflicts.update(pending_conflicts)
            state.event_count += len(pending_conflicts)  # they are part of the history too
        _apply(state, event)
        if event.id in edit_flags:
            state.conflicts[event.id] = edit_flags[event.id]
        resolves = event.data.get("resolves") if isinstance(event.data, dict) else None
        if isinstance(resolves, list):
            state.resolved.update(str(r) for r in resolves)
        state.event_count += 1
        state.last_hlc = event.hlc
        state.updated_at = max(state.updated_at, event.occurred_at)
    return state


def _apply(st: ComplaintState, e: Event) -> None:
    apply = _APPLY.get(e.type)
    if apply is not None:
        apply(st, e)


def _on_created(st: ComplaintState, e: Event) -> None:
    d = e.data or {}
    at = e.occurred_at
    st.status = S.BELUM_TERVERIFIKASI
    st.title = d.get("title") or ""
    st.body_initial = d.get("body") or ""
    st.body_final = st.body_initial
    st.classification = d.get("classification")
    st.channel = d.get("channel") or ""
    st.category_id = _int(d.get("category_id"))
    st.reporter = dict(d["reporter"]) if isinstance(d.get("reporter"), dict) else None
    st.anonymous = bool(d.get("anonymous", False))
    # absent or null means "not chosen": keep the safe default, confidential (Rahasia)
    st.confidential = True if d.get("confidential") is None else bool(d["confidential"])
    st.location = dict(d.get("location") or {})
    st.incident_date = d.get("incident_date")
    st.office_code = d.get("office_code") or ""
    st.receipt_number = d.get("receipt_number") or ""
    st.received_at = d.get("received_at") or at
    st.created_by = e.actor_user
    st.created_event_id = e.id


def _on_edited(st: ComplaintState, e: Event) -> None:
    d = e.data or {}
    for name, value in (d.get("fields") or {}).items():
        if name not in EDITABLE_FIELDS:
            continue
        if name == "category_id":
            st.category_id = _int(value)
        elif name == "location":
            st.location = dict(value or {})
        else:
            setattr(st, name, value)
    st.last_edit_id = e.id


def _on_flags_changed(st: ComplaintState, e: Event) -> None:
    d = e.data or {}
    if d.get("anonymous") is not None:
        st.anonymous = bool(d["anonymous"])
    if d.get("confidential") is not None:
        st.confidential = bool(d["confidential"])


def _on_verified(st: ComplaintState, e: Event) -> None:
    d = e.data or {}
    at = e.occurred_at
    st.status = S.TERVERIFIKASI
    st.verified_at = at
    # verification settles the classification and category (older events may carry neither)
    if d.get("classification"):
        st.classification = d["classification"]
    if _int(d.get("category_id")) is not None:
        st.category_id = _int(d.get("category_id"))


def _on_info_requested(st: ComplaintState, e: Event) -> None:
    at = e.occurred_at
    st.status = S.MENUNGGU_KELENGKAPAN
    st.pauses.append(Pause(start=at))


def _on_info_received(st: ComplaintState, e: Event) -> None:
    at = e.occurred_at
    st.status = S.TERVERIFIKASI if st.verified_at else S.BELUM_TERVERIFIKASI
    if st.pauses and st.pauses[-1].end is None:
        st.pauses[-1].end = at


def _on_forwarded(st: ComplaintState, e: Event) -> None:
    d = e.data or {}
    at = e.occurred_at
    if st.status == S.TERDISPOSISI and _int(d.get("agency_id")) == st.agency_id:
        return  # a harmless repeat of the same forward: keeps the agency's clock as it was
    st.status = S.TERDISPOSISI
    st.agency_id = _int(d.get("agency_id"))
    st.agency_name = d.get("agency_name")
    st.forwarded_at = at
    st.verified_at = st.verified_at or at
    st.decline_reason = None


def _on_declined(st: ComplaintState, e: Event) -> None:
    d = e.data or {}
    st.status = S.BUKAN_WEWENANG
    st.decline_reason = d.get("reason")
    st.agency_id = None
    st.agency_name = None


def _on_followed_up(st: ComplaintState, e: Event) -> None:
    at = e.occurred_at
    st.status = S.DITINDAKLANJUTI
    st.followed_up_at = at


def _on_reporter_replied(st: ComplaintState, e: Event) -> None:
    at = e.occurred_at
    st.last_reply_at = at
    if st.status == S.MENUNGGU_KELENGKAPAN:
        # the reporter's reply carries the missing information
        st.status = S.TERVERIFIKASI if st.verified_at else S.BELUM_TERVERIFIKASI
        if st.pauses and st.pauses[-1].end is None:
            st.pauses[-1].end = at
    elif st.status == S.SELESAI:
        st.status = S.TERDISPOSISI if st.agency_id else S.BELUM_TERVERIFIKASI
        st.closed_at = st.closed_by = st.close_note = None


def _on_closed(st: ComplaintState, e: Event) -> None:
    d = e.data or {}
    at = e.occurred_at
    st.status = S.SELESAI
    st.closed_at = at
    st.closed_by = d.get("by") or "admin"
    st.close_note = d.get("note")
    _end_pause(st, at)


def _on_archived(st: ComplaintState, e: Event) -> None:
    d = e.data or {}
    at = e.occurred_at
    st.status = S.DIARSIPKAN
    st.closed_at = at
    st.archived_by = d.get("by") or "admin"
    st.archive_reason = d.get("reason")
    _end_pause(st, at)


def _on_reopened(st: ComplaintState, e: Event) -> None:
    d = e.data or {}
    st.status = S.TERDISPOSISI if st.agency_id else S.BELUM_TERVERIFIKASI
    st.reopen_reason = d.get("reason")
    st.closed_at = st.closed_by = st.close_note = None
    st.archived_by = st.archive_reason = None


def _on_commented(st: ComplaintState, e: Event) -> None:
    st.comment_count += 1


def _on_attachment_added(st: ComplaintState, e: Event) -> None:
    d = e.data or {}
    if not any(a.get("sha256") == d.get("sha256") for a in st.attachments):
        st.attachments.append({k: d.get(k) for k in ("sha256", "filename", "mime", "size")})


def _on_tracking_assigned(st: ComplaintState, e: Event) -> None:
    d = e.data or {}
    st.tracking_id = str(d.get("tracking_id") or "") or st.tracking_id


def _end_pause(st: ComplaintState, at: str) -> None:
    if st.pauses and st.pauses[-1].end is None:
        st.pauses[-1].end = at


# official export status text -> (status, closed/archived by)
IMPORT_STATUS = {
    "belum terverifikasi": (S.BELUM_TERVERIFIKASI, None),
    "menunggu kelengkapan informasi": (S.MENUNGGU_KELENGKAPAN, None),
    "ditutup oleh sistem": (S.SELESAI, "system"),
    "ditutup oleh admin": (S.SELESAI, "admin"),
    "ditutup oleh pelapor": (S.SELESAI, "reporter"),
    "diarsipkan oleh admin": (S.DIARSIPKAN, "admin"),
    "diarsipkan oleh sistem": (S.DIARSIPKAN, "system"),
    "diarsipkan oleh pelapor": (S.DIARSIPKAN, "reporter"),
    "konten terblokir": (S.KONTEN_TERBLOKIR, None),
    "terverifikasi": (S.TERVERIFIKASI, None),
    "terdisposisi": (S.TERDISPOSISI, None),
    "proses": (S.TERDISPOSISI, None),
    "ditindaklanjuti": (S.DITINDAKLANJUTI, None),
    "selesai": (S.SELESAI, "admin"),
}

_CLASSIFICATION_BY_LABEL = {v.lower(): k.value for k, v in CLASSIFICATION_LABELS.items()}


def _apply_import(st: ComplaintState, e: Event) -> None:
    """``complaint.imported``: data holds the columns of an official export row (normalised keys)."""
    d = e.data or {}
    label = (d.get("status") or "").strip()
    status, by = IMPORT_STATUS.get(label.lower(), (S.BELUM_TERVERIFIKASI, None))
    st.status = status
    st.tracking_id = (str(d.get("tracking_id")) if d.get("tracking_id") else None)
    st.national_tracking_id = st.tracking_id  # an export row's Tracking ID is national LAPOR!'s
    st.received_at = d.get("received_at") or e.occurred_at
    cls = (d.get("classification") or "").strip()
    st.classification = _CLASSIFICATION_BY_LABEL.get(cls.lower(), cls or None)
    st.category_id = _int(d.get("category_id"))
    st.title = d.get("title") or ""
    st.body_initial = d.get("body") or ""
    st.body_final = d.get("body_final") or st.body_initial
    privacy = (d.get("privacy") or "").lower()
    st.anonymous = "anonim" in privacy
    st.confidential = "rahasia" in privacy
    st.channel = d.get("channel") or ""
    st.agency_id = _int(d.get("agency_id"))
    st.agency_name = d.get("agency_name")
    st.location = dict(d.get("location") or {})
    st.office_code = d.get("office_code") or ""
    st.receipt_number = d.get("receipt_number") or ""
    reason = d.get("reason")
    st.closed_at = st.closed_by = st.close_note = st.archived_by = st.archive_reason = None
    if status == S.SELESAI:
        st.closed_by, st.close_note, st.closed_at = by, reason, st.received_at
    elif status == S.DIARSIPKAN:
        st.archived_by, st.archive_reason, st.closed_at = by, reason, st.received_at
    if not st.imported:  # the first import made it; a later one only updates it
        st.created_by = e.actor_user
        st.created_event_id = e.id
    st.imported = True


# what each event does to the state (an event type not listed changes nothing)
_APPLY: dict[str, Callable[[ComplaintState, Event], None]] = {
    E.CREATED: _on_created,
    E.IMPORTED: _apply_import,
    E.EDITED: _on_edited,
    E.FLAGS_CHANGED: _on_flags_changed,
    E.VERIFIED: _on_verified,
    E.INFO_REQUESTED: _on_info_requested,
    E.INFO_RECEIVED: _on_info_received,
    E.FORWARDED: _on_forwarded,
    E.DECLINED: _on_declined,
    E.FOLLOWED_UP: _on_followed_up,
    E.REPORTER_REPLIED: _on_reporter_replied,
    E.CLOSED: _on_closed,
    E.ARCHIVED: _on_archived,
    E.REOPENED: _on_reopened,
    E.COMMENTED: _on_commented,
    E.ATTACHMENT_ADDED: _on_attachment_added,
    E.TRACKING_ASSIGNED: _on_tracking_assigned,
}

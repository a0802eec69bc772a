"""Plain data: events and the complaint state folded from them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Event:
    """One immutable action on a complaint (SYNC.md's EVENT)."""

    id: str
    complaint_id: str
    type: str
    device_id: str
    device_seq: int
    hlc: str
    occurred_at: str
    actor_user: str
    actor_role: str
    data: dict[str, Any] = field(default_factory=dict)
    base: str | None = None
    server_seq: int | None = None
    # the chain hash (domain/chain.py) of this device's previous event; None on events from desks
    # made before event chains
    prev: str | None = None

    @property
    def sort_key(self) -> tuple[str, str, str]:
        """Every replica orders events the same way: HLC, then device id, then event id."""
        return (self.hlc, self.device_id, self.id)

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "complaint_id": self.complaint_id,
            "type": self.type,
            "device_id": self.device_id,
            "device_seq": self.device_seq,
            "hlc": self.hlc,
            "occurred_at": self.occurred_at,
            "actor": {"user": self.actor_user, "role": self.actor_role},
            "base": self.base,
            "data": self.data,
        }
        if self.prev is not None:
            out["prev"] = self.prev
        if self.server_seq is not None:
            out["server_seq"] = self.server_seq
        return out

    @classmethod
    def from_wire(cls, d: dict[str, Any]) -> "Event":
        actor = d.get("actor") or {}
        return cls(
            id=d["id"],
            complaint_id=d["complaint_id"],
            type=d["type"],
            device_id=d["device_id"],
            device_seq=int(d.get("device_seq") or 0),
            hlc=d["hlc"],
            occurred_at=d["occurred_at"],
            actor_user=actor.get("user", ""),
            actor_role=actor.get("role", ""),
            data=dict(d.get("data") or {}),
            base=d.get("base"),
            server_seq=d.get("server_seq"),
            prev=d.get("prev"),
        )


@dataclass
class Pause:
    start: str  # ISO UTC
    end: str | None = None


@dataclass
class ComplaintState:
    """A complaint as computed from its events. Rebuildable at any time."""

    id: str
    status: str = ""
    office_code: str = ""
    receipt_number: str = ""
    tracking_id: str | None = None
    received_at: str = ""
    title: str = ""
    body_initial: str = ""
    body_final: str = ""
    classification: str | None = None
    channel: str = ""
    category_id: int | None = None
    reporter: dict[str, Any] | None = None
    anonymous: bool = False
    confidential: bool = True
    location: dict[str, Any] = field(default_factory=dict)
    incident_date: str | None = None
    agency_id: int | None = None
    agency_name: str | None = None
    verified_at: str | None = None
    forwarded_at: str | None = None
    followed_up_at: str | None = None
    last_reply_at: str | None = None
    closed_at: str | None = None
    closed_by: str | None = None
    close_note: str | None = None
    archived_by: str | None = None
    archive_reason: str | None = None
    decline_reason: str | None = None
    reopen_reason: str | None = None
    created_by: str = ""
    created_event_id: str = ""
    last_edit_id: str | None = None
    last_hlc: str = ""
    updated_at: str = ""
    pauses: list[Pause] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    comment_count: int = 0
    event_count: int = 0
    # event id -> reason code, for every event that could not apply cleanly
    conflicts: dict[str, str] = field(default_factory=dict)
    resolved: set[str] = field(default_factory=set)
    national_tracking_id: str | None = None  # national LAPOR!'s number (re-keyed or imported)
    imported: bool = False  # made by a national export row (a newer row of it may update it)

    @property
    def open_conflicts(self) -> list[str]:
        return [eid for eid in self.conflicts if eid not in self.resolved]

    @property
    def has_conflict(self) -> bool:
        return bool(self.open_conflicts)

    @property
    def paused(self) -> bool:
        return bool(self.pauses) and self.pauses[-1].end is None


@dataclass(frozen=True)
class Actor:
    """The person acting: a signed-in staff member (or the hub/system for remote events)."""

    login: str
    role: str
    name: str = ""
    agency_id: int | None = None

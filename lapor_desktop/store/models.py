"""Tables of the desk's database (SQLAlchemy 2 typed models).

``complaints`` is a projection of ``events`` and can be rebuilt from them at any time.
``events`` is append-only. ``outbox`` lists local events not yet acknowledged by a hub.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ComplaintRow(Base):
    __tablename__ = "complaints"

    # an integer key keeps the full-text index's rowid stable; ``id`` is the global UUID
    num: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    receipt_number: Mapped[str | None] = mapped_column(String(64), unique=True)
    tracking_id: Mapped[str | None] = mapped_column(String(16), index=True)
    national_tracking_id: Mapped[str | None] = mapped_column(String(16), index=True)
    office_code: Mapped[str] = mapped_column(String(32), default="")
    status: Mapped[str] = mapped_column(String(32))
    classification: Mapped[str | None] = mapped_column(String(40))
    channel: Mapped[str] = mapped_column(String(40), default="")
    category_id: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    body_initial: Mapped[str] = mapped_column(Text, default="")
    body_final: Mapped[str] = mapped_column(Text, default="")
    reporter_name: Mapped[str | None] = mapped_column(String(200))
    reporter_nik: Mapped[str | None] = mapped_column(String(16), index=True)
    reporter_phone: Mapped[str | None] = mapped_column(String(20), index=True)
    reporter_email: Mapped[str | None] = mapped_column(String(254))
    reporter_address: Mapped[str | None] = mapped_column(Text)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    confidential: Mapped[bool] = mapped_column(Boolean, default=True)
    province: Mapped[str | None] = mapped_column(String(100))
    city: Mapped[str | None] = mapped_column(String(100))
    district: Mapped[str | None] = mapped_column(String(100))
    village: Mapped[str | None] = mapped_column(String(100))
    incident_date: Mapped[str | None] = mapped_column(String(10))
    agency_id: Mapped[int | None] = mapped_column(Integer)
    agency_name: Mapped[str | None] = mapped_column(String(300))
    received_at: Mapped[str] = mapped_column(String(24))
    updated_at: Mapped[str] = mapped_column(String(24), default="")
    closed_at: Mapped[str | None] = mapped_column(String(24))
    closed_by: Mapped[str | None] = mapped_column(String(20))
    close_reason: Mapped[str | None] = mapped_column(Text)
    due_kind: Mapped[str | None] = mapped_column(String(16))
    due_date: Mapped[str | None] = mapped_column(String(10))
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    has_conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    sync_state: Mapped[str] = mapped_column(String(16), default="pending")
    created_by: Mapped[str] = mapped_column(String(64), default="")
    event_count: Mapped[int] = mapped_column(Integer, default=0)
    attachment_count: Mapped[int] = mapped_column(Integer, default=0)
    last_hlc: Mapped[str] = mapped_column(String(32), default="")

    __table_args__ = (
        Index("ix_complaints_received", "received_at", "num"),
        Index("ix_complaints_status_received", "status", "received_at", "num"),
        Index("ix_complaints_agency_status", "agency_id", "status", "received_at"),
        Index("ix_complaints_due", "due_date", "status"),
        # the queue's "deadline" sort (no deadline sorts last), alone and within a category
        Index("ix_complaints_due_sort", text("coalesce(due_date, '9999-12-31')"), "num"),
        Index("ix_complaints_category_due", "category_id", text("coalesce(due_date, '9999-12-31')"), "num"),
        Index("ix_complaints_class", "classification", "received_at"),
        Index("ix_complaints_category", "category_id", "received_at"),
        Index("ix_complaints_channel", "channel", "received_at"),
        Index("ix_complaints_conflict", "has_conflict"),
        Index("ix_complaints_sync", "sync_state"),
        Index("ix_complaints_creator", "created_by", "received_at"),
    )


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    complaint_id: Mapped[str] = mapped_column(String(36), index=True)
    type: Mapped[str] = mapped_column(String(48))
    device_id: Mapped[str] = mapped_column(String(36))
    device_seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(32))
    occurred_at: Mapped[str] = mapped_column(String(24))
    actor_user: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(20))
    base: Mapped[str | None] = mapped_column(String(36))
    data_json: Mapped[str] = mapped_column(Text)
    server_seq: Mapped[int | None] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(8))  # local | remote
    sync_status: Mapped[str] = mapped_column(String(12))  # pending | accepted | duplicate | rejected | remote
    reject_code: Mapped[str | None] = mapped_column(String(40))
    reject_detail: Mapped[str | None] = mapped_column(Text)
    conflict: Mapped[str | None] = mapped_column(String(40))  # reason code from the fold
    recorded_at: Mapped[str] = mapped_column(String(24))
    prev: Mapped[str | None] = mapped_column(String(64))  # chain hash of the device's previous event

    __table_args__ = (
        Index("ix_events_complaint_order", "complaint_id", "hlc", "device_id", "id"),
        Index("ix_events_device_seq", "device_id", "device_seq"),
        Index("ix_events_sync_status", "sync_status"),
    )


class OutboxRow(Base):
    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id"), unique=True)
    state: Mapped[str] = mapped_column(String(12), default="pending")  # pending | inflight
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    size: Mapped[int] = mapped_column(Integer, default=0)
    enqueued_at: Mapped[str] = mapped_column(String(24))
    last_error: Mapped[str | None] = mapped_column(Text)


class AttachmentRow(Base):
    __tablename__ = "attachments"

    complaint_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    present: Mapped[bool] = mapped_column(Boolean, default=True)  # bytes on this disk
    uploaded: Mapped[bool] = mapped_column(Boolean, default=False)
    added_at: Mapped[str] = mapped_column(String(24))

    __table_args__ = (Index("ix_attachments_sha", "sha256"),)


class UserRow(Base):
    __tablename__ = "users"

    login: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    agency_id: Mapped[int | None] = mapped_column(Integer)
    password_hash: Mapped[str] = mapped_column(String(200))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[str] = mapped_column(String(24))
    last_login_at: Mapped[str | None] = mapped_column(String(24))


class SignInThrottleRow(Base):
    """Failed sign-ins per login as typed (known or not, so a lockout tells nothing about which
    logins exist), kept under a SHA-256 of the login (``login`` holds the hash: whatever was typed
    into the user-name field is never stored); local to this desk, never synced."""

    __tablename__ = "sign_in_throttle"

    login: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[str] = mapped_column(String(24))
    locked_until: Mapped[str | None] = mapped_column(String(24))


class CategoryRow(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AgencyRow(Base):
    __tablename__ = "agencies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(300))
    parent_id: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RegionRow(Base):
    __tablename__ = "regions"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    level: Mapped[str] = mapped_column(String(10))  # province | city | district | village
    name: Mapped[str] = mapped_column(String(100))
    parent_code: Mapped[str | None] = mapped_column(String(32), index=True)


class ChannelRow(Base):
    __tablename__ = "channels"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    sort: Mapped[int] = mapped_column(Integer, default=0)


class ClosureRow(Base):
    """A day the office is closed besides weekends and national holidays (cuti bersama)."""

    __tablename__ = "closures"

    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")


class MetaRow(Base):
    """Small key/value state: sync cursor, device sequence, reference ETag, ..."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ReceiptCounterRow(Base):
    __tablename__ = "receipt_counters"

    day: Mapped[str] = mapped_column(String(8), primary_key=True)  # YYMMDD, office-local date
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class SyncRunRow(Base):
    """One sync run's summary, for the Sinkronisasi page (the last runs)."""

    __tablename__ = "sync_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[str] = mapped_column(String(24))
    finished_at: Mapped[str] = mapped_column(String(24))
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(20))  # ok | partial | auth_refused | unreachable | error | cancelled
    sent: Mapped[int] = mapped_column(Integer, default=0)
    received: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    bytes_up: Mapped[int] = mapped_column(Integer, default=0)
    bytes_down: Mapped[int] = mapped_column(Integer, default=0)
    blobs_uploaded: Mapped[int] = mapped_column(Integer, default=0)
    pending_after: Mapped[int] = mapped_column(Integer, default=0)
    error_code: Mapped[str | None] = mapped_column(String(40))
    error_detail: Mapped[str | None] = mapped_column(Text)
    report_json: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (Index("ix_sync_runs_started", "started_at"),)


class PulledRejectRow(Base):
    """A pulled event that broke a rule (its clock too far ahead of the hub's, malformed): kept
    aside instead of applied, shown on the Sinkronisasi page and in ``sync-status``."""

    __tablename__ = "pulled_rejects"

    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    server_seq: Mapped[int | None] = mapped_column(Integer)
    complaint_id: Mapped[str | None] = mapped_column(String(64))
    type: Mapped[str | None] = mapped_column(String(100))
    code: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)  # the event as pulled (JSON, cut at 64 KiB)
    received_at: Mapped[str] = mapped_column(String(24))

    __table_args__ = (Index("ix_pulled_rejects_received", "received_at"),)


class IntakeKeyRow(Base):
    """One recorded intake line: its own ``intake_id`` or a fingerprint of file name, line number
    and content. Written in the same transaction as the complaint, so a rerun after a kill knows
    exactly which lines are already recorded."""

    __tablename__ = "intake_keys"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    complaint_id: Mapped[str] = mapped_column(String(36))
    receipt_number: Mapped[str | None] = mapped_column(String(64))
    recorded_at: Mapped[str] = mapped_column(String(24))


class AuditRow(Base):
    """The audit trail (``domain/audit.py``): append-only (triggers refuse UPDATE and DELETE),
    each entry naming the previous one's hash. Ids and field names only, never personal data."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"), Index("ix_audit_log_actor", "actor_login", "at"),
                      Index("ix_audit_log_kind", "kind", "at"))

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    at: Mapped[str] = mapped_column(String(24))
    device_id: Mapped[str] = mapped_column(String(64))
    actor_login: Mapped[str | None] = mapped_column(String(64))
    actor_role: Mapped[str | None] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(40))
    complaint_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

"""The hub's database: SQLAlchemy 2 typed tables, engines for SQLite and PostgreSQL.

The schema is brought to the newest Alembic revision (``hub/migrations``) at every start, under
the same lock as writers; a database the first version made with ``create_all`` (schema_version 1,
no ``alembic_version``) is stamped with the first revision. ``hub_meta`` keeps the hub's own id.

Write transactions are serialised so that ``server_seq`` is gap-safe: the order in which sequence
numbers are handed out is the order in which they become visible. :meth:`HubDB.write` takes an
in-process lock and then the database's own: ``BEGIN IMMEDIATE`` on SQLite,
``pg_advisory_xact_lock`` on PostgreSQL (held until commit, so also across processes, e.g. the
admin command line's ``autoclose``). Reads (:meth:`HubDB.read`) run in one snapshot: a deferred
transaction on SQLite (WAL), ``REPEATABLE READ`` on PostgreSQL.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import (
    BigInteger,
    Boolean,
    Index,
    Integer,
    String,
    Text,
    create_engine,
    event,
    inspect,
    select,
    text,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from lapor_desktop.core.ids import uuid7

SCHEMA_VERSION = 1  # kept in hub_meta for the first version's check; Alembic revisions since
ADVISORY_LOCK_KEY = 0x4C41504F52  # "LAPOR"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
FIRST_REVISION = "h0001"  # the schema create_all made as schema_version 1


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


class Base(DeclarativeBase):
    pass


class Meta(Base):
    __tablename__ = "hub_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(Base):
    __tablename__ = "hub_counters"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class Office(Base):
    __tablename__ = "offices"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[str] = mapped_column(String(40))
    # the office's deadline policy for the auto-close job (``hub/offices.py``); None: the
    # hub's defaults. ``policy_changed_at``: when a desk's admin last changed it ("" = set by the
    # hub admin, replaced by the first desk that sends its own)
    timezone: Mapped[str | None] = mapped_column(String(64), nullable=True)
    autoclose_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    policy_changed_at: Mapped[str | None] = mapped_column(String(40), nullable=True)


class EnrollmentCode(Base):
    __tablename__ = "enrollment_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_code: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[str] = mapped_column(String(40))
    expires_at: Mapped[str] = mapped_column(String(40))
    used_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    used_by_device: Mapped[str | None] = mapped_column(String(36), nullable=True)
    # set: a re-enrolment code the hub admin issued for this one (already known) device
    for_device: Mapped[str | None] = mapped_column(String(36), nullable=True)


class Device(Base):
    __tablename__ = "devices"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_code: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    client_version: Mapped[str] = mapped_column(String(100), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[str] = mapped_column(String(40))
    revoked_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    last_seen_at: Mapped[str | None] = mapped_column(String(40), nullable=True)


class StoredEvent(Base):
    """Every event ever accepted. ``id`` is unique for all time."""

    __tablename__ = "events"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    complaint_id: Mapped[str] = mapped_column(String(36), index=True)
    office_code: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(36))
    type: Mapped[str] = mapped_column(String(100))
    body: Mapped[str] = mapped_column(Text)  # canonical JSON of the wire event minus server_seq
    received_at: Mapped[str] = mapped_column(String(40))

    __table_args__ = (Index("ix_events_office_seq", "office_code", "server_seq"),)


class EventLink(Base):
    """A device's event chain as the hub received it (``hub/accounts.py``): the chain hash of every
    event a device pushed (accepted or refused after the envelope checks), so each next event's
    ``prev`` can be checked; ``prev`` as the event named it."""

    __tablename__ = "event_links"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    hash: Mapped[str] = mapped_column(String(64))
    prev: Mapped[str | None] = mapped_column(String(64), nullable=True)
    event_id: Mapped[str] = mapped_column(String(36))


class Complaint(Base):
    """The hub's projection of a complaint (what scoping and the national side need)."""

    __tablename__ = "complaints"
    complaint_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    office_code: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(40), default="", index=True)
    tracking_id: Mapped[str | None] = mapped_column(String(20), nullable=True, index=True)
    followed_up_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    last_reply_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    # the auto-close rule's fall-backs (an imported complaint has no follow-up time); None on rows
    # projected before revision h0003 (the auto-close job re-folds those once)
    forwarded_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    received_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    last_hlc: Mapped[str] = mapped_column(String(40), default="")
    has_conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    event_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[str] = mapped_column(String(40), default="")


class TrackingId(Base):
    """Tracking IDs this hub handed out: unique by constraint."""

    __tablename__ = "tracking_ids"
    tracking_id: Mapped[str] = mapped_column(String(7), primary_key=True)
    complaint_id: Mapped[str] = mapped_column(String(36), unique=True)
    assigned_at: Mapped[str] = mapped_column(String(40))


class Attachment(Base):
    """Which device/office announced which blob (scopes blob access, feeds missing_blobs)."""

    __tablename__ = "attachments"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (Index("ix_attachments_device", "device_id", "sha256"),)


class Blob(Base):
    """A complete, verified blob on disk."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    stored_at: Mapped[str] = mapped_column(String(40))


class BlobOwner(Base):
    """An office that proved it holds a blob's bytes (it or one of its desks uploaded them)."""

    __tablename__ = "blob_owners"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    stored_at: Mapped[str] = mapped_column(String(40))


class BlobUpload(Base):
    """An office's partial upload: its declared length (the bytes so far are the ``.part``
    file of that office); dropped after ``upload_expiry`` without progress."""

    __tablename__ = "blob_uploads"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    length: Mapped[int] = mapped_column(BigInteger)
    started_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))


class Usage(Base):
    """Bytes stored per device and per office (events and blobs), for the quotas."""

    __tablename__ = "hub_usage"
    scope: Mapped[str] = mapped_column(String(10), primary_key=True)  # device | office
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    bytes: Mapped[int] = mapped_column(BigInteger, default=0)


class Audit(Base):
    """What the hub admin and enrolment did to devices (enrolled, re-enrolled, revoked)."""

    __tablename__ = "hub_audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40))
    device_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    office_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    detail: Mapped[str] = mapped_column(String(500), default="")


class DeskAudit(Base):
    """Each desk's audit trail as it sent it (``hub/audit.py``): one chain per device, checked on
    arrival (each entry's hash, and its link to the device's previous entry)."""

    __tablename__ = "desk_audit"
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    office_code: Mapped[str] = mapped_column(String(64), index=True)
    id: Mapped[str] = mapped_column(String(36))
    at: Mapped[str] = mapped_column(String(40))
    actor_login: Mapped[str | None] = mapped_column(String(64), nullable=True)
    actor_role: Mapped[str | None] = mapped_column(String(20), nullable=True)
    kind: Mapped[str] = mapped_column(String(40))
    complaint_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[str] = mapped_column(String(40))


class Reference(Base):
    __tablename__ = "reference"
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    etag: Mapped[str] = mapped_column(String(80))
    body: Mapped[str] = mapped_column(Text)
    loaded_at: Mapped[str] = mapped_column(String(40))


def now_iso() -> str:
    from lapor_desktop.core.clock import iso_utc

    return iso_utc(datetime.now(timezone.utc))


class HubDB:
    """Engines, sessions and the serialised write transaction."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        self.is_postgres = url.startswith("postgresql")
        if not (self.is_sqlite or self.is_postgres):
            raise ValueError("--db must be sqlite:///PATH or postgresql+psycopg://...")
        self._write_lock = threading.Lock()
        if self.is_sqlite:
            self.engine = self._sqlite_engine(url, "BEGIN", echo)
            self.write_engine = self._sqlite_engine(url, "BEGIN IMMEDIATE", echo)
            self.read_engine = self.engine
        else:
            self.engine = create_engine(url, echo=echo, pool_size=10, max_overflow=20,
                                        pool_pre_ping=True)
            self.write_engine = self.engine
            self.read_engine = self.engine.execution_options(isolation_level="REPEATABLE READ")
        self._write_sessions = sessionmaker(self.write_engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)

    @staticmethod
    def _sqlite_engine(url: str, begin: str, echo: bool) -> Engine:
        engine = create_engine(url, echo=echo, connect_args={"timeout": 30, "check_same_thread": False},
                               pool_size=10, max_overflow=20)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _rec):  # noqa: ANN001
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA synchronous=FULL")  # an acknowledged event survives a power cut
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):  # noqa: ANN001
            conn.exec_driver_sql(begin)

        return engine

    # ---------------------------------------------------------------- set up
    def create_schema(self) -> str:
        """Bring the schema to the newest revision; return the hub id (made at first start)."""
        engine = self.engine if self.is_postgres else self.write_engine
        with engine.begin() as conn:
            if self.is_postgres:  # the writers' lock: other hub processes starting or writing wait
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ADVISORY_LOCK_KEY})
            tables = set(inspect(conn).get_table_names())
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            if "hub_meta" in tables and "alembic_version" not in tables:
                command.stamp(cfg, FIRST_REVISION)  # made by create_all: the same schema
            current = MigrationContext.configure(conn).get_current_revision()
            script = ScriptDirectory.from_config(cfg)
            if current is not None and current not in {r.revision for r in script.walk_revisions()}:
                raise RuntimeError(f"hub database schema {current} is newer than this program")
            command.upgrade(cfg, "head")
        with self.write() as s:
            version = s.get(Meta, "schema_version")
            if version is None:
                s.add(Meta(key="schema_version", value=str(SCHEMA_VERSION)))
            elif int(version.value) > SCHEMA_VERSION:
                raise RuntimeError(f"hub database schema {version.value} is newer than this program")
            hub = s.get(Meta, "hub_id")
            if hub is None:
                hub = Meta(key="hub_id", value=uuid7())
                s.add(hub)
            return hub.value

    # ---------------------------------------------------------------- sessions
    @contextmanager
    def write(self) -> Iterator[Session]:
        """One serialised write transaction (gap-safe server_seq)."""
        with self._write_lock:
            with self._write_sessions() as session:
                with session.begin():
                    if self.is_postgres:
                        session.execute(text("SELECT pg_advisory_xact_lock(:k)"),
                                        {"k": ADVISORY_LOCK_KEY})
                    yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction over one snapshot."""
        with self._read_sessions() as session:
            with session.begin():
                yield session

    @contextmanager
    def plain(self) -> Iterator[Session]:
        """A short transaction that touches no sequence (device bookkeeping)."""
        with self._write_sessions() as session:
            with session.begin():
                yield session

    def dispose(self) -> None:
        self.engine.dispose()
        if self.write_engine is not self.engine:
            self.write_engine.dispose()


def next_counter(session: Session, name: str, start: int, step: int = 1) -> int:
    """Increment and return a counter (inside a write transaction)."""
    row = session.get(Counter, name)
    if row is None:
        row = Counter(name=name, value=start)
        session.add(row)
        session.flush()
        return start
    row.value = row.value + step
    return row.value


def get_counter(session: Session, name: str) -> int | None:
    row = session.execute(select(Counter.value).where(Counter.name == name)).scalar_one_or_none()
    return row


__all__ = [
    "Attachment", "Audit", "Base", "Blob", "BlobOwner", "BlobUpload", "Usage", "Complaint", "Counter", "Device", "EnrollmentCode",
    "HubDB", "IntegrityError", "Meta", "Office", "Reference", "StoredEvent", "TrackingId",
    "get_counter", "next_counter", "now_iso",
]

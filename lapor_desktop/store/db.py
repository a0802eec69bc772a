"""The desk's SQLite database: engine, pragmas, unit of work.

SQLite in WAL mode with ``synchronous=FULL`` and foreign keys on. A SQLAlchemy session never
crosses a thread and is never global: ``Database.session()`` hands out one unit of work.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from lapor_desktop.core.errors import StoreError
from lapor_desktop.store.walwatch import WalWatch


def store_error(exc: BaseException, path: Path) -> StoreError:
    """A database error as a StoreError with a stable code: disk_full, read_only, corrupt,
    cannot_open or database_error. ``folder`` names where the file lives."""
    text_ = str(getattr(exc, "orig", None) or exc).lower()
    if "disk is full" in text_ or "no space" in text_:
        code = "disk_full"
    elif "readonly" in text_ or "read-only" in text_ or "read only" in text_:
        code = "read_only"
    elif "malformed" in text_ or "not a database" in text_ or "corrupt" in text_:
        code = "corrupt"
    elif "unable to open" in text_:
        code = "cannot_open"
    else:
        code = "database_error"
    return StoreError(text_, code=code, folder=str(Path(path).parent))


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # pysqlite's own transaction handling is switched off; SQLAlchemy emits BEGIN itself
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.execute("PRAGMA cache_size=-32000")
    cur.close()


def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
    # IMMEDIATE takes the write lock up front: no deadlock when a reader turns writer
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write", True) else "BEGIN")


def make_engine(path: Path | str) -> Engine:
    url = f"sqlite:///{Path(path)}" if str(path) != ":memory:" else "sqlite://"
    engine = create_engine(url, future=True, connect_args={"check_same_thread": False, "timeout": 10})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _quiet_rollback(session: Session) -> None:
    try:
        session.rollback()
    except Exception:  # noqa: BLE001 - the first error is the one to report
        pass


class Database:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.engine = make_engine(self.path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=False)
        # Writers of this process queue here rather than in SQLite's busy handler: that handler
        # sleeps in growing steps (up to 100 ms) and keeps missing the short gaps between a sync's
        # transactions, so a clerk's save could wait far longer than the lock was actually held.
        # Other processes (a scheduled `lapor-desktop sync`) still meet the busy timeout.
        self._write_lock = threading.RLock()
        self._waiting = 0
        self._waiting_lock = threading.Lock()
        self.wal = WalWatch(self)

    @property
    def writers_waiting(self) -> int:
        """How many threads wait to write now (a long job yields between its transactions)."""
        return self._waiting

    def _acquire_write(self) -> None:
        if self._write_lock.acquire(blocking=False):
            return
        with self._waiting_lock:
            self._waiting += 1
        try:
            self._write_lock.acquire()
        finally:
            with self._waiting_lock:
                self._waiting -= 1

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        self._acquire_write()
        try:
            session = self._sessions()
            try:
                yield session
                session.commit()
                self.wal.after_commit(session)
            except DBAPIError as exc:
                _quiet_rollback(session)
                if isinstance(exc, IntegrityError):
                    raise
                raise store_error(exc, self.path) from exc
            except BaseException:
                _quiet_rollback(session)
                raise
            finally:
                session.close()
        finally:
            self._write_lock.release()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work (a deferred transaction; never blocks writers in WAL)."""
        with self.engine.connect() as conn:
            conn.info["write"] = False
            session = Session(bind=conn, expire_on_commit=False, autoflush=False)
            try:
                yield session
            except DBAPIError as exc:
                if isinstance(exc, IntegrityError):
                    raise
                raise store_error(exc, self.path) from exc
            finally:
                session.close()
                conn.info["write"] = True

    @contextmanager
    def read_raw(self) -> Iterator[sqlite3.Connection]:
        """``read()``'s sqlite3 connection, for the plain-SQL reads of store/sync_read.py."""
        with self.read() as s:
            try:
                yield s.connection().connection.driver_connection  # type: ignore[misc]
            except sqlite3.Error as exc:
                raise store_error(exc, self.path) from exc

    def dispose(self) -> None:
        # keep the query planner's statistics fresh (SQLite's advice: PRAGMA optimize on close)
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA analysis_limit=400")
                conn.exec_driver_sql("PRAGMA optimize")
        except Exception:  # noqa: BLE001 - statistics are an optimisation, never a reason to fail
            pass
        self.engine.dispose()

    def scalar(self, sql: str, **params: object) -> object:
        with self.read() as s:
            return s.execute(text(sql), params).scalar()

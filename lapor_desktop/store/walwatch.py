"""Noticing the database's write-ahead log (``lapor-desk.sqlite3-wal``) deleted while the program runs.

In WAL mode a commit is written to the -wal file; pages reach the main file only at a checkpoint.
If someone deletes the -wal file (a cleaning tool, a user tidying the folder) while the program
runs, the open connections keep writing into the deleted file, and everything committed since the
last checkpoint would vanish when the program closes. The connections still hold the deleted file
open, so the committed pages can still be copied into the main file: ``PRAGMA
wal_checkpoint(TRUNCATE)`` on one of them does that. Then every connection is closed so the next
ones start a new -wal file.

``WalWatch.after_commit`` runs after every write (``Database.session``) and ``check`` runs on a
timer (the GUI, every half minute): each compares the -wal file's identity (device, inode) with
the one seen first. A change is recovered at once and kept as an incident the GUI shows.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@dataclass
class WalIncident:
    at: float  # time.time()
    recovered: bool
    detail: str = ""


class WalWatch:
    def __init__(self, db: Any) -> None:
        self.db = db
        self.path = Path(str(db.path) + "-wal")
        self._seen: tuple[int, int] | None = None
        self._lock = threading.Lock()
        self.incidents: list[WalIncident] = []
        self.enabled = str(db.path) != ":memory:"

    def _identity(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_dev, st.st_ino

    def after_commit(self, _session: Any = None) -> None:
        """Called by the writer holding the write lock, right after its commit."""
        if not self.enabled:
            return
        now = self._identity()
        if self._seen is None:
            self._seen = now
            return
        if now != self._seen:
            self._recover()

    def check(self) -> WalIncident | None:
        """The periodic look (a thread that may write: it takes the write lock). Returns a new
        incident, if there was one."""
        if not self.enabled or self._seen is None:
            if self.enabled and self._seen is None:
                self._seen = self._identity()
            return None
        if self._identity() == self._seen:
            return None
        self.db._acquire_write()
        try:
            if self._identity() == self._seen:
                return None
            return self._recover()
        finally:
            self.db._write_lock.release()

    def _recover(self) -> WalIncident:
        """Copy what the deleted -wal holds into the main file through a connection that still has it
        open, then close every connection so the next ones start a new -wal."""
        with self._lock:
            recovered, detail = False, ""
            for _ in range(20):
                try:
                    raw = self.db.engine.raw_connection()
                except Exception as exc:  # noqa: BLE001 - no old connection left: nothing to copy from
                    detail = type(exc).__name__
                    break
                try:
                    cur = raw.cursor()
                    busy, _log_frames, _done = cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                    cur.close()
                except Exception as exc:  # noqa: BLE001
                    detail = f"{type(exc).__name__}: {exc}"
                    busy = 1
                finally:
                    raw.close()
                if not busy:
                    recovered = True
                    break
                time.sleep(0.1)  # a reader in the middle of a transaction: let it finish
            self.db.engine.dispose()
            self._seen = None
            incident = WalIncident(time.time(), recovered, detail)
            self.incidents.append(incident)
            if recovered:
                log.error("the database's -wal file was deleted while the program ran; its committed "
                          "pages were copied into the main file")
            else:
                log.error("the database's -wal file was deleted while the program ran; recovery failed: %s", detail)
            return incident

    def take_incidents(self) -> list[WalIncident]:
        with self._lock:
            out, self.incidents = self.incidents, []
        return out

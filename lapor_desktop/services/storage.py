"""A full disk or a read-only folder while writing: what happened, where, and how much room is needed.

Every writer (a clerk's save, an action, a draft, an attachment, an import, a backup) turns its
failure into a :class:`StorageProblem` with ``storage_problem(exc)``; the GUI and the command line
word it (``ui/storage_status.py``, ``cli_common.store_error_text``). The database itself rolls back
(one transaction per save), files are written under a temporary name and removed on failure
(``core/fileio.atomic_write``, ``store/blobs.put_stream``), so nothing half-written stays.
"""

from __future__ import annotations

import errno
import shutil
from dataclasses import dataclass
from pathlib import Path

from lapor_desktop.core.errors import StoreError

MIB = 1 << 20
# the least free space the desk asks for before it calls the disk usable again: room for the
# database's write-ahead log, a day's attachments and a backup's temporary file
MIN_FREE = 32 * MIB

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EROFS}  # (no rights, EACCES, is a different fault: the message would mislead)


@dataclass
class StorageProblem:
    kind: str  # disk_full | read_only
    folder: Path
    free: int  # bytes free now (-1 when unknown)
    needed: int  # bytes to free before writing works again

    @property
    def needed_mb(self) -> int:
        return max(1, -(-self.needed // MIB))

    @property
    def free_mb(self) -> int:
        return max(0, self.free // MIB)


def free_bytes(folder: Path) -> int:
    p = Path(folder)
    while not p.exists() and p != p.parent:
        p = p.parent
    try:
        return shutil.disk_usage(p).free
    except OSError:
        return -1


def needed_bytes(data_dir: Path) -> int:
    """How much room the desk asks for: ``MIN_FREE`` or a tenth of the database, the larger."""
    db = Path(data_dir) / "lapor-desk.sqlite3"
    try:
        size = db.stat().st_size
    except OSError:
        size = 0
    return max(MIN_FREE, size // 10)


def room_enough(data_dir: Path) -> bool:
    free = free_bytes(data_dir)
    return free < 0 or free >= needed_bytes(data_dir)


def _chain(exc: BaseException):  # type: ignore[no-untyped-def]
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]


def storage_problem(exc: BaseException, data_dir: Path | None = None) -> StorageProblem | None:
    """A full disk or a read-only folder behind ``exc`` (a StoreError from the database, an OSError
    from a file write, anywhere in its chain); None for anything else."""
    for e in _chain(exc):
        kind = folder = None
        if isinstance(e, StoreError) and e.code in ("disk_full", "read_only", "backup_disk_full"):
            kind = "read_only" if e.code == "read_only" else "disk_full"
            folder = e.params.get("folder")
        elif isinstance(e, StoreError) and e.code.startswith("backup_"):
            text = str(e).lower()
            if "no space" in text or "disk is full" in text:
                kind, folder = "disk_full", e.params.get("folder")
            elif "read-only" in text or "readonly" in text:
                kind, folder = "read_only", e.params.get("folder")
        elif isinstance(e, OSError) and e.errno in _FULL:
            kind, folder = "disk_full", e.filename
        elif isinstance(e, OSError) and e.errno in _READ_ONLY:
            kind, folder = "read_only", e.filename
        if kind is None:
            continue
        where = Path(str(folder)) if folder else (Path(data_dir) if data_dir else Path("."))
        if where.suffix and not where.is_dir():  # a file was named: its folder
            where = where.parent
        base = Path(data_dir) if data_dir else where
        free = free_bytes(where)
        need = needed_bytes(base)
        return StorageProblem(kind, where, free, max(need - max(free, 0), MIB) if kind == "disk_full" else 0)
    return None

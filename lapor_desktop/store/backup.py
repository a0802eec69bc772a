"""Database files: checking one before it is opened, backups that are real, restore, rotation.

A backup is written under a temporary name (``.<name>.partial``), checked (it opens,
``PRAGMA integrity_check`` says ok, the expected tables are there and their row counts match the
source) and only then renamed to ``lapor-desk-<stamp>-<label>.sqlite3``. A kill at any moment
leaves either no file with a backup's name or a good one. The copy is made with SQLite's online
backup API, so it is consistent even while the program writes (WAL).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from lapor_desktop.core.fileio import fsync_dir

HEADER = b"SQLite format 3\x00"
# the tables a desk database must have, and those whose row counts a backup must match
EXPECTED_TABLES = ("complaints", "events", "outbox", "attachments", "users", "meta", "alembic_version")
COUNTED_TABLES = ("complaints", "events", "outbox", "attachments", "users")
NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<label>[a-z0-9.-]+?)(?:-(?P<n>\d+))?\.sqlite3$")


@dataclass
class FileCheck:
    """What a look at a database file found. ``problem`` is None when it is usable."""

    path: Path
    problem: str | None = None  # missing | empty | not_a_file | not_sqlite | damaged | no_schema | schema_unknown
    detail: str = ""
    revision: str | None = None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC, from the name
    label: str
    size: int


def _damage_or_trouble(exc: sqlite3.Error) -> str:
    """A SQLite error on opening/checking: the file's own damage, or trouble around it (disk full,
    read-only folder, locked, no rights) that says nothing about the file and must not move it."""
    text = str(exc).lower()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return "damaged"
    return "unreadable"


def _connect_existing(path: Path, readonly: bool = True) -> sqlite3.Connection:
    # mode=ro/rw never creates a file; an opened WAL database still needs its -shm, so ro falls
    # back to rw when the folder allows it
    mode = "ro" if readonly else "rw"
    return sqlite3.connect(f"file:{path.as_posix()}?mode={mode}", uri=True, timeout=10)


def check_file(path: Path, *, full: bool = False, known_revisions: set[str] | None = None) -> FileCheck:
    """Look at a database file without creating or changing it. ``full`` runs integrity_check
    (every page and index), otherwise quick_check."""
    path = Path(path)
    fc = FileCheck(path)
    if path.is_dir():
        fc.problem, fc.detail = "not_a_file", "a folder is where the database file should be"
        return fc
    if not path.exists():
        fc.problem = "missing"
        return fc
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        fc.problem, fc.detail = "unreadable", exc.strerror or str(exc)
        return fc
    if len(head) == 0:
        fc.problem = "empty"
        return fc
    if not head.startswith(HEADER):
        fc.problem, fc.detail = "not_sqlite", "the file does not start with the SQLite header"
        return fc
    try:
        conn = _connect_existing(path, readonly=False)
    except sqlite3.Error as exc:
        fc.problem, fc.detail = _damage_or_trouble(exc), str(exc)
        return fc
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        result = [r[0] for r in rows]
        if result != ["ok"]:
            fc.problem, fc.detail = "damaged", "; ".join(result[:5])
            return fc
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = [t for t in EXPECTED_TABLES if t not in tables]
        if missing:
            fc.problem, fc.detail = "no_schema", "missing tables: " + ", ".join(missing)
            return fc
        fc.revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        if known_revisions is not None and fc.revision not in known_revisions:
            fc.problem, fc.detail = "schema_unknown", f"schema revision {fc.revision} is not known to this program"
            return fc
        for t in COUNTED_TABLES:
            fc.counts[t] = conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - fixed names
    except sqlite3.Error as exc:
        fc.problem, fc.detail = _damage_or_trouble(exc), str(exc)
    finally:
        conn.close()
    return fc


def move_aside(path: Path, folder: Path, reason: str) -> Path:
    """Move a damaged database (and its -wal/-shm/-journal) into ``folder``; never deletes."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    base = folder / f"{path.stem}-{stamp}-{reason}{path.suffix}"
    n = 1
    while base.exists():
        n += 1
        base = folder / f"{path.stem}-{stamp}-{reason}-{n}{path.suffix}"
    os.replace(path, base)
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, base.with_name(base.name + suffix))
    fsync_dir(folder)
    fsync_dir(path.parent)
    return base


class BackupFailed(Exception):
    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_name(db_path: Path, label: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now(timezone.utc)).strftime("%Y%m%d-%H%M%S")
    return f"{db_path.stem}-{stamp}-{label}.sqlite3"


def write_backup(db_path: Path, backups_dir: Path, label: str, *,
                 source: sqlite3.Connection | None = None, pause=None) -> Path:  # type: ignore[no-untyped-def]
    """Copy the live database to ``backups_dir`` (temporary name, checked, then renamed).

    ``source``: an open connection to copy from (the GUI's db thread passes its own); otherwise
    the file is opened here. ``pause`` is called between steps (tests use it to kill there).
    Raises BackupFailed; never leaves a file with a backup's name unless it passed the check.
    """
    label = re.sub(r"[^a-z0-9.-]+", "-", label.lower()).strip("-") or "manual"
    backups_dir.mkdir(parents=True, exist_ok=True)
    first = backups_dir / backup_name(db_path, label)
    final, n = first, 1
    while final.exists():
        n += 1
        final = first.with_name(f"{first.name[:-len('.sqlite3')]}-{n}.sqlite3")
    tmp = backups_dir / f".{final.name}.partial"
    for leftover in backups_dir.glob(".*.partial*"):  # from an earlier killed run
        try:
            leftover.unlink()
        except OSError:
            pass
    own = source is None
    src = source if source is not None else _connect_existing(db_path, readonly=False)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            # the copy keeps no WAL: one self-contained file
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        if pause:
            pause("copied")
        expected = {t: src.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
                    for t in COUNTED_TABLES}
    except sqlite3.Error as exc:
        _unlink(tmp)
        raise BackupFailed("copy_failed", str(exc)) from exc
    except OSError as exc:
        _unlink(tmp)
        raise BackupFailed("copy_failed", exc.strerror or str(exc)) from exc
    finally:
        if own:
            src.close()
    _unlink(Path(str(tmp) + "-journal"))
    check = check_file(tmp, full=True)
    if not check.ok or check.counts != expected:
        _unlink(tmp)
        raise BackupFailed("verify_failed", check.detail or f"counts {check.counts} != {expected}")
    if pause:
        pause("verified")
    try:
        _fsync_file(tmp)
        os.replace(tmp, final)
        fsync_dir(backups_dir)
    except OSError as exc:
        _unlink(tmp)
        raise BackupFailed("copy_failed", exc.strerror or str(exc)) from exc
    return final


def _unlink(p: Path) -> None:
    try:
        p.unlink()
    except OSError:
        pass


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """Finished backups (by name; partial files are never listed), newest first."""
    out: list[BackupInfo] = []
    if not backups_dir.is_dir():
        return out
    for p in backups_dir.iterdir():
        m = NAME_RE.match(p.name)
        if not m or not p.is_file():
            continue
        taken = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=timezone.utc)
        out.append(BackupInfo(p, taken, m["label"], p.stat().st_size))
    out.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return out


def newest_good(backups_dir: Path, known_revisions: set[str] | None = None) -> tuple[BackupInfo, FileCheck] | None:
    for b in list_backups(backups_dir):
        fc = check_file(b.path, known_revisions=known_revisions)
        if fc.ok:
            return b, fc
    return None


def in_use(db_path: Path) -> bool:
    """True when another connection (the running program, a scheduled sync) has the database open:
    every connection of another process holds a shared lock on the WAL index's "DMS" byte (-shm,
    offset 128), and, within this process, leaving WAL mode needs every other connection closed.
    A damaged file counts as not in use."""
    shm = db_path.with_name(db_path.name + "-shm")
    if shm.is_file():
        try:
            import fcntl
        except ImportError:  # Windows: its mandatory locks make the check below enough
            fcntl = None  # type: ignore[assignment]
        if fcntl is not None:
            with open(shm, "r+b") as fh:
                try:
                    fcntl.lockf(fh, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, 128)
                except OSError:
                    return True
                fcntl.lockf(fh, fcntl.LOCK_UN, 1, 128)
    try:
        conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=rw", uri=True, timeout=0)
    except sqlite3.Error:
        return False
    try:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
            return False
        conn.execute("PRAGMA journal_mode=DELETE")
        return False
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def restore_file(backup: Path, db_path: Path, replaced_dir: Path) -> Path | None:
    """Put ``backup`` in place of the database. The current file (if any) goes to
    ``replaced_dir``. The copy is made under a temporary name then renamed. Returns where the
    replaced database went."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f".{db_path.name}.restoring")
    _unlink(tmp)
    shutil.copyfile(backup, tmp)
    _fsync_file(tmp)
    fc = check_file(tmp, full=True)
    if not fc.ok:
        _unlink(tmp)
        raise BackupFailed("verify_failed", fc.detail or str(fc.problem))
    if db_path.is_file() and in_use(db_path):
        _unlink(tmp)
        raise BackupFailed("in_use", str(db_path))
    moved = None
    if db_path.exists() or db_path.is_dir():
        if db_path.is_dir():
            replaced_dir.mkdir(parents=True, exist_ok=True)
            moved = replaced_dir / f"{db_path.name}-folder-{datetime.now(timezone.utc):%Y%m%d-%H%M%S}"
            os.replace(db_path, moved)
        else:
            moved = move_aside(db_path, replaced_dir, "replaced")
    for suffix in ("-wal", "-shm", "-journal"):  # stale sidecars must not be applied to the restored file
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, replaced_dir / f"{side.name}.{datetime.now(timezone.utc):%Y%m%d-%H%M%S}")
    os.replace(tmp, db_path)
    fsync_dir(db_path.parent)
    return moved


def rotate(backups_dir: Path, *, daily: int = 7, weekly: int = 4, monthly: int = 6,
           now: datetime | None = None) -> list[Path]:
    """Keep the newest backup of each of the last ``daily`` days, ``weekly`` ISO weeks and
    ``monthly`` months, plus every manual and pre-* backup of the last 30 days; delete the rest of
    the automatic ones. Returns the deleted files."""
    now = now or datetime.now(timezone.utc)
    keep: set[Path] = set()
    days: dict[str, Path] = {}
    weeks: dict[str, Path] = {}
    months: dict[str, Path] = {}
    backups = list_backups(backups_dir)  # newest first
    for b in backups:
        if b.label != "daily":
            if now - b.taken_at < timedelta(days=30) or b.label == "manual":
                keep.add(b.path)
            continue
        d = b.taken_at.strftime("%Y-%m-%d")
        w = "%d-%02d" % b.taken_at.isocalendar()[:2]
        m = b.taken_at.strftime("%Y-%m")
        if d not in days and len(days) < daily:
            days[d] = b.path
        if w not in weeks and len(weeks) < weekly:
            weeks[w] = b.path
        if m not in months and len(months) < monthly:
            months[m] = b.path
    keep |= set(days.values()) | set(weeks.values()) | set(months.values())
    deleted = []
    for b in backups:
        if b.path not in keep and (b.label == "daily" or b.label.startswith("pre-")):
            _unlink(b.path)
            deleted.append(b.path)
    return deleted

"""Backups while the program runs: the second folder (a USB drive), how old the newest good backup
is, and the weekly full integrity check.

- ``run_backup`` makes the checked backup (``services.backup.make_backup``) and copies it to the
  second folder when one is set (``Settings.backup_second_dir``): a temporary name, checked again
  there (``integrity_check`` and the same counts), then renamed; attachments beside it. A drive
  that is not plugged in or cannot be written gives a :class:`MirrorResult` with a warning code,
  never an exception: the backup in the first folder stands.
- ``backup_health`` says when the newest good backup (in either folder) was made and whether that
  is older than ``Settings.backup_warn_hours``; the main window's status bar shows it.
- ``run_integrity_check`` runs ``PRAGMA integrity_check`` on its own connection (a reader in WAL
  mode never blocks a writer), remembers when it ran (``data/integrity-check.json``) and, when it
  finds damage, leaves ``data/integrity-problem.json``: the start-up guard then runs the full
  check and offers the newest good backup (``services.backup.startup_check``).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from lapor_desktop.core.fileio import atomic_write_text, fsync_dir
from lapor_desktop.core.paths import AppPaths
from lapor_desktop.core.settings import Settings
from lapor_desktop.services import backup as backup_svc
from lapor_desktop.store import backup as bk
from lapor_desktop.store.revisions import known_revisions

log = logging.getLogger(__name__)

INTEGRITY_EVERY = timedelta(days=7)
WARN_HOURS_DEFAULT = 48
WARN_HOURS_RANGE = (6, 24 * 30)


# ---------------------------------------------------------------- the second folder

@dataclass
class MirrorResult:
    folder: Path
    path: Path | None = None  # the checked copy there
    problem: str | None = None  # missing | unwritable | disk_full | verify_failed
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.problem is None


def second_dir_problem(text: str, first: Path | None = None) -> str | None:
    """Check what an admin typed as the second folder: None when usable as a setting (it may be a
    drive that is not plugged in now), else a code: relative | same_as_first."""
    if not text.strip():
        return None
    p = Path(text.strip()).expanduser()
    if not p.is_absolute():
        return "relative"
    if first is not None:
        try:
            if p.resolve() == Path(first).resolve() or Path(first).resolve() in p.resolve().parents:
                return "same_as_first"
        except OSError:
            pass
    return None


def mirror_backup(backup: Path, folder: Path) -> MirrorResult:
    """Copy a checked backup into ``folder`` (temporary name, checked again, renamed); attachments
    beside it. Never raises: a drive that is missing or cannot be written is a result."""
    folder = Path(folder)
    res = MirrorResult(folder)
    if not folder.is_dir():
        # never made here: an unplugged drive's mount point (/media/usb) would otherwise receive
        # the "second" copy on this same disk
        res.problem = "missing"
        return res
    final = folder / backup.name
    tmp = folder / f".{backup.name}.partial"
    try:
        for leftover in folder.glob(".*.partial"):
            _unlink(leftover)
        shutil.copyfile(backup, tmp)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        want = bk.check_file(backup).counts
        got = bk.check_file(tmp, full=True)
        if not got.ok or got.counts != want:
            _unlink(tmp)
            res.problem, res.detail = "verify_failed", got.detail or f"counts {got.counts} != {want}"
            return res
        os.replace(tmp, final)
        fsync_dir(folder)
        backup_svc.copy_blobs(backup_svc.blobs_backup_dir(backup.parent), backup_svc.blobs_backup_dir(folder))
        bk.rotate(folder)
    except OSError as exc:
        _unlink(tmp)
        res.problem, res.detail = _os_problem(exc), exc.strerror or str(exc)
        return res
    res.path = final
    return res


def _os_problem(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "disk_full"
    if exc.errno in (errno.ENOENT, errno.ENODEV, getattr(errno, "ENOMEDIUM", errno.ENODEV)):
        return "missing"
    return "unwritable"


def _unlink(p: Path) -> None:
    try:
        p.unlink()
    except OSError:
        pass


@dataclass
class BackupOutcome:
    path: Path
    mirror: MirrorResult | None = None


def run_backup(paths: AppPaths, settings: Settings, label: str = "manual", *, to: Path | None = None,
               source=None, rotate: bool = False) -> BackupOutcome:  # type: ignore[no-untyped-def]
    """The checked backup, then its copy in the second folder (when set and ``to`` is not given)."""
    path = backup_svc.make_backup(paths, label, to, source=source, rotate=rotate)
    out = BackupOutcome(path)
    second = (settings.backup_second_dir or "").strip()
    if second and to is None:
        out.mirror = mirror_backup(path, Path(second))
        if out.mirror.ok:
            log.info("backup copied to the second folder")
        else:
            log.warning("backup not copied to the second folder: %s", out.mirror.problem)
    return out


# ---------------------------------------------------------------- how old the newest good backup is

@dataclass
class BackupHealth:
    newest_at: datetime | None  # UTC
    too_old: bool
    warn_hours: int
    second_dir: str = ""
    second_problem: str | None = None  # missing | unwritable (the drive now)


_CHECKED: dict[tuple[str, int, int], bool] = {}  # (path, size, mtime): passed the check (a file seen once)


def _newest_good(folder: Path, revisions: set[str]) -> bk.BackupInfo | None:
    """The newest backup in ``folder`` that passes the check; a file already checked (same size and
    time) is not opened again, so the status bar's look every few minutes costs next to nothing."""
    for b in bk.list_backups(folder):
        try:
            st = b.path.stat()
        except OSError:
            continue
        key = (str(b.path), st.st_size, st.st_mtime_ns)
        ok = _CHECKED.get(key)
        if ok is None:
            ok = bk.check_file(b.path, known_revisions=revisions).ok
            if len(_CHECKED) > 1000:
                _CHECKED.clear()
            _CHECKED[key] = ok
        if ok:
            return b
    return None


def backup_health(paths: AppPaths, settings: Settings, now: datetime | None = None) -> BackupHealth:
    """The newest good backup in either folder and whether it is older than the set age (off the GUI
    thread: it opens the files)."""
    now = now or datetime.now(timezone.utc)
    hours = clamp_warn_hours(settings.backup_warn_hours)
    revisions = known_revisions()
    candidates = [b for b in (_newest_good(paths.backups_dir, revisions),) if b]
    second = (settings.backup_second_dir or "").strip()
    problem = None
    if second:
        folder = Path(second)
        if not folder.is_dir():
            problem = "missing"
        else:
            if not os.access(folder, os.W_OK):
                problem = "unwritable"
            b = _newest_good(folder, revisions)
            if b:
                candidates.append(b)
    newest = max(candidates, key=lambda b: b.taken_at) if candidates else None
    too_old = newest is None or now - newest.taken_at > timedelta(hours=hours)
    return BackupHealth(newest.taken_at if newest else None, too_old, hours,
                        second, problem)


def clamp_warn_hours(value: object) -> int:
    try:
        v = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return WARN_HOURS_DEFAULT
    lo, hi = WARN_HOURS_RANGE
    return min(hi, max(lo, v))


# ---------------------------------------------------------------- the weekly integrity check

def _state_file(paths: AppPaths) -> Path:
    return paths.data_dir / "integrity-check.json"


def problem_file(paths: AppPaths) -> Path:
    return paths.data_dir / "integrity-problem.json"


def last_integrity_check(paths: AppPaths) -> datetime | None:
    try:
        raw = json.loads(_state_file(paths).read_text(encoding="utf-8"))
        return datetime.fromisoformat(raw["last_run"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def integrity_due(paths: AppPaths, now: datetime | None = None, every: timedelta = INTEGRITY_EVERY) -> bool:
    last = last_integrity_check(paths)
    now = now or datetime.now(timezone.utc)
    return last is None or now - last >= every


@dataclass
class IntegrityResult:
    ok: bool
    detail: str = ""


def run_integrity_check(paths: AppPaths, now: datetime | None = None) -> IntegrityResult:
    """``PRAGMA integrity_check`` on a connection of its own (read only: WAL readers never block a
    save), remembered in ``data/integrity-check.json``; damage leaves ``integrity-problem.json``
    for the start-up guard."""
    now = now or datetime.now(timezone.utc)
    try:
        conn = sqlite3.connect(f"file:{paths.db_path.as_posix()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        return IntegrityResult(False, f"cannot open: {exc}")
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        ok, detail = rows == ["ok"], "; ".join(rows[:5])
    except sqlite3.Error as exc:
        text = str(exc).lower()
        ok = not ("malformed" in text or "corrupt" in text or "not a database" in text)
        detail = str(exc)
        if ok:  # busy, locked, I/O trouble around the file: try again another time
            return IntegrityResult(True, "not run: " + detail)
    finally:
        conn.close()
    state = {"last_run": now.isoformat(), "ok": ok}
    try:
        atomic_write_text(_state_file(paths), json.dumps(state))
        if not ok:
            atomic_write_text(problem_file(paths), json.dumps({"found_at": now.isoformat(), "detail": detail}))
            log.error("weekly integrity check found damage in the database")
    except OSError as exc:  # a full disk: the check is done again next time
        log.warning("could not remember the integrity check: %s", exc.strerror or exc)
    return IntegrityResult(ok, "" if ok else detail)


# ---------------------------------------------------------------- the settings (Pengaturan, command line)

def apply_backup_settings(settings: Settings, paths: AppPaths, *, second_dir: str | None = None,
                          warn_hours: int | None = None) -> list:
    """Check and set the second backup folder ("" for none) and the warning age on ``settings``;
    returns FieldErrors (nothing is set when there is one). The caller saves the settings."""
    from lapor_desktop.domain.field_errors import field_error

    errors = []
    if second_dir is not None:
        code = second_dir_problem(second_dir, paths.backups_dir)
        if code == "relative":
            errors.append(field_error("backup_second_dir", "relative", "backup.second_relative"))
        elif code == "same_as_first":
            errors.append(field_error("backup_second_dir", "same_as_first", "backup.second_same_as_first"))
    if warn_hours is not None:
        lo, hi = WARN_HOURS_RANGE
        if isinstance(warn_hours, bool) or not isinstance(warn_hours, int) or not lo <= warn_hours <= hi:
            errors.append(field_error("backup_warn_hours", "out_of_range", "backup.warn_hours_range", min=lo, max=hi))
    if errors:
        return errors
    if second_dir is not None:
        settings.backup_second_dir = second_dir.strip()
    if warn_hours is not None:
        settings.backup_warn_hours = warn_hours
    return []


def save_backup_settings(desk, actor, *, second_dir: str | None = None,  # type: ignore[no-untyped-def]
                         warn_hours: int | None = None) -> None:
    """The Pengaturan page's save: admin only; ``InvalidInput`` names the field."""
    from lapor_desktop.core.errors import InvalidInput, PermissionDenied
    from lapor_desktop.domain.permissions import Right, may

    if actor is None or not may(actor.role, Right.SETTINGS):
        raise PermissionDenied("only an admin changes the desk's settings", code="admin_only")
    errors = apply_backup_settings(desk.settings, desk.paths, second_dir=second_dir, warn_hours=warn_hours)
    if errors:
        raise InvalidInput(errors)
    desk.save_settings()

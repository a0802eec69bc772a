"""The start-up guard, backups, restore and their attachments, shared by the GUI and the CLI.

``startup_check(paths)`` runs before anything opens the database:
- the database is missing (or empty) while the settings say this desk is set up: stop, never
  start fresh; offer the newest good backup;
- the file is damaged (not SQLite, quick_check fails, a folder in its place, tables missing):
  move it aside into ``data/damaged/`` (never deleted) and offer the newest good backup;
- the schema revision is one this program does not know (a newer program wrote it): stop.

Backups (``make_backup``) go through ``store.backup.write_backup`` (temporary name, verified,
renamed); attachments are copied beside them into ``backups/blobs/`` (content-addressed, so each
run copies only new files). ``restore`` checks the file first, keeps the replaced database in
``data/replaced/`` and brings back attachments; a normal sync then fetches from the hub what the
backup lacks.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from lapor_desktop.core.errors import LaporError, StoreError
from lapor_desktop.core.paths import AppPaths
from lapor_desktop.core.settings import Settings, load_settings
from lapor_desktop.core.text import say
from lapor_desktop.store import backup as bk
from lapor_desktop.store.revisions import known_revisions

log = logging.getLogger(__name__)


@dataclass
class StartupReport:
    ok: bool
    problem: str | None = None  # missing | damaged | schema_unknown | (a FileCheck problem in detail)
    kind: str | None = None  # the FileCheck problem
    detail: str = ""
    moved_to: Path | None = None
    backup: bk.BackupInfo | None = None
    backup_counts: dict | None = None
    folder: Path | None = None

    def sentence(self, lang: str = "id") -> str:
        """One clear sentence and what to do (CLI; the GUI has its own dialog): ``startup.*`` in the
        catalogue."""
        when = _local(self.backup.taken_at) if self.backup else ""
        if self.problem == "cannot_open" and self.kind == "disk_full":
            return say("cli.store.disk_full", lang, folder=self.folder)
        if self.problem == "cannot_open":
            return say("startup.cannot_open", lang, folder=self.folder, detail=self.detail)
        what = say(f"startup.{self.problem or 'damaged'}", lang)
        if self.moved_to:
            what += say("startup.moved", lang, path=self.moved_to)
        if self.problem == "schema_unknown":
            return what + say("startup.install_newer", lang)
        if self.backup:
            return what + say("startup.restore_latest", lang, when=when)
        return what + say("startup.no_good_backup", lang)


def _local(dt: datetime) -> str:
    return dt.astimezone().strftime("%Y-%m-%d %H:%M")


def damaged_dir(paths: AppPaths) -> Path:
    return paths.data_dir / "damaged"


def replaced_dir(paths: AppPaths) -> Path:
    return paths.data_dir / "replaced"


def startup_check(paths: AppPaths, settings: Settings | None = None, *, move: bool = True) -> StartupReport:
    """The guard. Never creates the database; moves a damaged one aside when ``move``."""
    if settings is None:
        settings = load_settings(paths.settings_file) if paths.settings_file.exists() else Settings()
    revisions = known_revisions()
    # the weekly full check found damage while the program ran: this start runs the full check too
    marker = paths.data_dir / "integrity-problem.json"
    flagged = marker.is_file()
    fc = bk.check_file(paths.db_path, full=flagged, known_revisions=revisions)
    if flagged and fc.problem != "unreadable":
        try:
            marker.unlink()  # judged now: the file is fine, or it is moved aside below
        except OSError:
            pass
    if fc.ok:
        return StartupReport(True)
    if fc.problem == "missing":
        if not settings.is_set_up:
            return StartupReport(True)  # a new desk: the database is made by setup
        rep = StartupReport(False, "missing", "missing")
    elif fc.problem == "schema_unknown":
        return StartupReport(False, "schema_unknown", fc.problem, fc.detail)
    elif fc.problem == "unreadable":  # disk full, read-only folder, no rights: the file is left alone
        kind = "disk_full" if _disk_full(paths.data_dir) else fc.problem
        return StartupReport(False, "cannot_open", kind, fc.detail, folder=paths.data_dir)
    elif fc.problem == "no_schema" and not settings.is_set_up and not _has_user_tables(paths.db_path):
        return StartupReport(True)  # an empty database a first start left behind
    else:
        rep = StartupReport(False, "damaged", fc.problem, fc.detail)
        if move:
            try:
                rep.moved_to = bk.move_aside(paths.db_path, damaged_dir(paths), fc.problem or "damaged")
                log.error("damaged database (%s) moved aside to %s", fc.problem, rep.moved_to.name)
            except OSError as exc:
                log.error("could not move the damaged database aside: %s", exc)
    good = bk.newest_good(paths.backups_dir, revisions)
    if good:
        rep.backup, rep.backup_counts = good[0], good[1].counts
    return rep


def _disk_full(folder: Path) -> bool:
    """Too little room left for SQLite to open the file (its -wal and -shm files)."""
    try:
        return shutil.disk_usage(folder).free < (256 << 10)
    except OSError:
        return False


def _has_user_tables(db: Path) -> bool:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True)
        try:
            return bool(conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return True


# ---------------------------------------------------------------- backups

def blobs_backup_dir(backups_dir: Path) -> Path:
    return backups_dir / "blobs"


def copy_blobs(src: Path, dst: Path) -> int:
    """Copy content-addressed files that ``dst`` lacks (temporary name, then rename)."""
    copied = 0
    if not src.is_dir():
        return 0
    for sub in src.iterdir():
        if not sub.is_dir():
            continue
        for f in sub.iterdir():
            if f.name.startswith(".") or not f.is_file():
                continue
            target = dst / sub.name / f.name
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{f.name}.partial")
            shutil.copyfile(f, tmp)
            os.replace(tmp, target)
            copied += 1
    return copied


def make_backup(paths: AppPaths, label: str = "manual", to: Path | None = None, *, source=None,  # type: ignore[no-untyped-def]
                rotate: bool = False) -> Path:
    """A verified backup of the database plus new attachments. Raises StoreError with a clear code."""
    folder = Path(to) if to else paths.backups_dir
    try:
        path = bk.write_backup(paths.db_path, folder, label, source=source)
        copy_blobs(paths.blobs_dir, blobs_backup_dir(folder))
        if rotate:
            bk.rotate(folder)
    except bk.BackupFailed as exc:
        raise StoreError(str(exc), code=f"backup_{exc.reason}", folder=str(folder)) from exc
    except OSError as exc:
        raise StoreError(exc.strerror or str(exc), code="backup_write_failed", folder=str(folder)) from exc
    log.info("backup written: %s", path.name)
    return path


def _mark_resync(db: Path) -> None:
    """The restored database asks its next syncs for this desk's own later events (store/resync)."""
    import sqlite3

    from lapor_desktop.store.resync import RESYNC_OWN

    conn = sqlite3.connect(str(db))
    try:
        with conn:
            conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, '1')", (RESYNC_OWN,))
    finally:
        conn.close()


def daily_backup_due(paths: AppPaths, now: datetime | None = None) -> bool:
    now = now or datetime.now(timezone.utc)
    recent = [b for b in bk.list_backups(paths.backups_dir) if b.label == "daily"]
    return not recent or now - recent[0].taken_at >= timedelta(hours=24)


def restore(paths: AppPaths, file: Path | None = None, *, latest: bool = False) -> tuple[Path, Path | None]:
    """Put a checked backup in place of the database. Returns (backup used, where the replaced
    database went). Nothing may have the database open."""
    revisions = known_revisions()
    if latest:
        good = bk.newest_good(paths.backups_dir, revisions)
        if good is None:
            raise LaporError("no good backup", code="no_backup", folder=str(paths.backups_dir))
        file = good[0].path
    assert file is not None
    file = Path(file)
    fc = bk.check_file(file, full=True, known_revisions=revisions)
    if not fc.ok:
        raise LaporError(fc.detail or str(fc.problem), code="backup_not_usable", problem=fc.problem, file=str(file))
    try:
        moved = bk.restore_file(file, paths.db_path, replaced_dir(paths))
        _mark_resync(paths.db_path)
        copy_blobs(blobs_backup_dir(file.parent), paths.blobs_dir)
    except bk.BackupFailed as exc:
        raise LaporError(str(exc), code="backup_not_usable", problem=exc.reason, file=str(file)) from exc
    log.info("restored %s", file.name)
    return file, moved

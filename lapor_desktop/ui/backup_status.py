"""The main window's watch over the desk's safety nets (issue 15), all off the GUI thread:

- the status bar warns when the newest good backup (in the backups folder or the second folder)
  is older than the set age, or the second folder (a USB drive) is not there, and says what to do;
- the weekly full ``integrity_check`` runs on a thread of its own (never the database thread, so
  a clerk's save never waits); damage gives a clear message, and the next start offers the newest
  good backup (``services.backup_schedule.run_integrity_check`` leaves the mark the guard reads);
- a deleted -wal file is looked for every half minute on the database thread
  (``store.walwatch``); what it held is copied into the main file, the user is told and a backup
  is made at once.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from lapor_desktop.services import backup_schedule as sched

from .storage_status import Badge

log = logging.getLogger(__name__)

HEALTH_EVERY_MS = 10 * 60_000
INTEGRITY_LOOK_MS = 60 * 60_000
WAL_LOOK_MS = 30_000


def _when(dt: datetime) -> str:
    local = dt.astimezone()
    loc = QLocale()
    return (loc.toString(QDate(local.year, local.month, local.day), "d MMM yyyy") + " "
            + loc.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat))


def _age(dt: datetime, now: datetime | None = None) -> str:
    hours = int(((now or datetime.now(timezone.utc)) - dt).total_seconds() // 3600)
    if hours < 48:
        return QCoreApplication.translate("BackupStatus", "%n hour(s) ago", "", hours)
    days = int(hours / 24)  # (no floor-division sign here: lupdate reads it as a comment)
    return QCoreApplication.translate("BackupStatus", "%n day(s) ago", "", days)


def health_text(h: sched.BackupHealth, now: datetime | None = None) -> str | None:  # type: ignore[name-defined]
    """The status bar's warning, or None when the backups are fine."""
    parts = []
    if h.newest_at is None:
        parts.append(QCoreApplication.translate(
            "BackupStatus", "No good backup yet: make one now (Settings › Back up now)."))
    elif h.too_old:
        parts.append(QCoreApplication.translate(
            "BackupStatus", "The newest good backup is %1 (%2), older than %3 hours: make one now (Settings › "
                            "Back up now).").replace("%1", _age(h.newest_at, now)).replace("%2", _when(h.newest_at))
            .replace("%3", str(h.warn_hours)))
    if h.second_dir and h.second_problem == "missing":
        parts.append(QCoreApplication.translate(
            "BackupStatus", "The second backup folder %1 is not there: plug in the USB drive.")
            .replace("%1", h.second_dir))
    elif h.second_dir and h.second_problem:
        parts.append(QCoreApplication.translate(
            "BackupStatus", "The second backup folder %1 cannot be written: check the drive.")
            .replace("%1", h.second_dir))
    return " ".join(parts) or None


def integrity_text(detail: str) -> str:
    return QCoreApplication.translate(
        "BackupStatus", "The weekly check of the database found damage (%1). What is saved can still be read, "
                        "but close LAPOR! Desk soon and start it again: it then puts the damaged file aside "
                        "(never deleted) and offers the newest good backup; the hub sends back what this desk "
                        "had synchronised.").replace("%1", detail[:200])


def wal_text(recovered: bool) -> str:
    if recovered:
        return QCoreApplication.translate(
            "BackupStatus", "A file of the database (its write log, ending in -wal) was deleted while LAPOR! Desk "
                            "was running. Everything saved was copied into the database file, so nothing is "
                            "lost, and a backup is being made now. Do not delete files in the data folder.")
    return QCoreApplication.translate(
        "BackupStatus", "A file of the database (its write log, ending in -wal) was deleted while LAPOR! Desk was "
                        "running, and what it held could not all be copied back. Close LAPOR! Desk and call the "
                        "administrator; the newest backup is offered at the next start if needed.")


class BackupStatus(Badge):
    """A status-bar label plus the timers behind it. ``start()`` once the window is built."""

    _integrity_done = Signal()

    def __init__(self, desk, runner, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent, widest=380)
        self.setObjectName("status.backup")
        self.setVisible(False)
        self.desk, self.runner = desk, runner
        self.health: sched.BackupHealth | None = None
        self.messages: list[str] = []  # what was shown in a message box (tests read it)
        self._integrity: Future | None = None
        self._integrity_done.connect(self._integrity_finished)
        self._timers: list[QTimer] = []
        for interval, slot in ((HEALTH_EVERY_MS, self.refresh), (INTEGRITY_LOOK_MS, self.integrity_if_due),
                               (WAL_LOOK_MS, self.look_for_wal)):
            t = QTimer(self)
            t.setInterval(interval)
            t.timeout.connect(slot)
            self._timers.append(t)
        runner.stopping.connect(self.stop)

    def start(self) -> None:
        for t in self._timers:
            t.start()
        QTimer.singleShot(3000, self, self.refresh)
        QTimer.singleShot(120_000, self, self.integrity_if_due)

    def stop(self) -> None:
        for t in self._timers:
            t.stop()

    # ------------------------------------------------------------------ the newest good backup
    def refresh(self) -> None:
        if self.runner.closed:
            return
        paths, settings = self.desk.paths, self.desk.settings
        self.runner.net(lambda: sched.backup_health(paths, settings), on_done=self._show,
                        on_error=lambda exc: log.warning("backup health not read: %s", type(exc).__name__))

    def _show(self, h) -> None:  # type: ignore[no-untyped-def]
        self.health = h
        text = health_text(h)
        self.setText(text or "")
        self.setToolTip(text or "")
        self.setAccessibleName(text or "")
        self.set_colours("#ffe08a", "#3b2a00")
        self.setVisible(bool(text))

    # ------------------------------------------------------------------ the weekly integrity check
    def integrity_if_due(self, force: bool = False) -> None:
        if self._integrity is not None or self.runner.closed:
            return
        paths = self.desk.paths
        if not force and not sched.integrity_due(paths):
            return
        fut: Future = Future()
        self._integrity = fut

        def work() -> None:
            try:
                fut.set_result(sched.run_integrity_check(paths))
            except BaseException as exc:  # noqa: BLE001 - reported on the GUI thread
                fut.set_exception(exc)
            self._integrity_done.emit()

        threading.Thread(target=work, name="lapor-integrity", daemon=True).start()

    def _integrity_finished(self) -> None:
        fut, self._integrity = self._integrity, None
        if fut is None:
            return
        try:
            res = fut.result()
        except Exception as exc:  # noqa: BLE001
            log.warning("integrity check failed to run: %s", type(exc).__name__)
            return
        if not res.ok:
            self._tell(QCoreApplication.translate("BackupStatus", "Database problem"), integrity_text(res.detail))

    # ------------------------------------------------------------------ a deleted -wal file
    def look_for_wal(self) -> None:
        if self.runner.closed:
            return
        wal = self.desk.db.wal

        def work():  # type: ignore[no-untyped-def]
            wal.check()
            return wal.take_incidents()

        self.runner.db(work, on_done=self._wal_incidents,
                       on_error=lambda exc: log.warning("-wal look failed: %s", type(exc).__name__))

    def _wal_incidents(self, incidents) -> None:  # type: ignore[no-untyped-def]
        if not incidents:
            return
        recovered = all(i.recovered for i in incidents)
        self._tell(QCoreApplication.translate("BackupStatus", "Database problem"), wal_text(recovered))
        if recovered and not self.runner.closed:
            paths, settings = self.desk.paths, self.desk.settings
            self.runner.db(lambda: sched.run_backup(paths, settings, "wal-recovered"), on_done=lambda _r: self.refresh(),
                           on_error=lambda exc: log.error("backup after the -wal incident failed: %s",
                                                          type(exc).__name__))

    def _tell(self, title: str, text: str) -> None:
        self.messages.append(text)
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window())
        box.setObjectName("backup_status.message")
        box.setModal(False)
        box.show()

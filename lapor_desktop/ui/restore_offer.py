"""The start-up guard's dialog: the database is missing or damaged; offer the newest good backup.

Shown by app.py before anything opens the database (services/backup.startup_check). Restoring
runs services/backup.restore; the damaged file stays in data/damaged/, the replaced one in
data/replaced/. After a restore the desk starts normally and its sync fetches from the hub what
the backup lacks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreOffer", text)


def offer_text(report) -> str:  # type: ignore[no-untyped-def]
    """The dialog's text for a StartupReport (no widgets: tests read it too)."""
    if report.problem == "missing":
        head = _tr("The database of this desk was not found, although this desk is set up. "
                   "The program did not start a new, empty database.")
    elif report.problem == "cannot_open":
        return _tr("The database in the folder %1 cannot be opened (%2). Check the free disk space and that "
                   "the folder may be written, then start the program again; the file was not changed.") \
            .replace("%1", str(report.folder)).replace("%2", report.detail)
    elif report.problem == "schema_unknown":
        return _tr("This database was written by a newer version of LAPOR! Desk. Install the newest "
                   "version; nothing was changed.")
    else:
        head = _tr("The database of this desk is damaged and was not opened. Nothing was written into it.")
    parts = [head]
    if report.moved_to is not None:
        parts.append(_tr("The damaged file was kept (not deleted) in:\n%1").replace("%1", str(report.moved_to)))
    if report.backup is not None:
        local = report.backup.taken_at.astimezone()
        loc = QLocale()
        when = loc.toString(QDate(local.year, local.month, local.day), "d MMM yyyy") + " " + \
            loc.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        n = (report.backup_counts or {}).get("complaints", 0)
        parts.append(_tr("The newest good backup is from %1 and holds %2 complaints. Complaints recorded "
                         "after that are brought back from the hub at the next sync, if this desk had sent "
                         "them; anything never sent is missing.").replace("%1", when).replace("%2", str(n)))
        parts.append(_tr("Restore this backup now?"))
    else:
        parts.append(_tr("There is no good backup. Call the administrator; do not set up this desk again."))
    return "\n\n".join(parts)


def ask_restore(report, parent: QWidget | None = None) -> bool:  # type: ignore[no-untyped-def]
    """True when the user chose to restore the offered backup."""
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("Database problem"), offer_text(report),
                      parent=parent)
    box.setObjectName("restore_offer")
    restore = None
    if report.backup is not None and report.problem not in ("schema_unknown", "cannot_open"):
        restore = box.addButton(_tr("&Restore backup"), QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(_tr("&Close the program"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or close)
    box.setEscapeButton(close)
    box.exec()
    return restore is not None and box.clickedButton() is restore


def restore_failed(parent: QWidget | None, detail: str) -> None:
    QMessageBox.critical(parent, _tr("Database problem"),
                         _tr("The backup could not be restored (%1). Nothing was changed.").replace("%1", detail))


def guard_or_offer(paths, make_app, lang: str) -> int | None:  # type: ignore[no-untyped-def]
    """The GUI's start-up guard: None when the program may go on (the database is fine, or the
    user restored a backup); otherwise the exit code (3). Runs before anything opens the database."""
    import logging

    from lapor_desktop.services import backup as backup_svc
    from lapor_desktop.ui.i18n import install_translator

    report = backup_svc.startup_check(paths)
    if report.ok:
        return None
    logging.getLogger(__name__).error("start-up guard: %s (%s)", report.problem, report.kind)
    app = make_app()
    install_translator(app, lang)
    if not ask_restore(report):
        return 3
    try:
        backup_svc.restore(paths, report.backup.path)
    except Exception as exc:  # noqa: BLE001 - shown to the user, nothing changed
        logging.getLogger(__name__).exception("restore failed")
        restore_failed(None, getattr(exc, "code", type(exc).__name__))
        return 3
    return None


def start_daily_backups(window, runner, paths, interval_ms: int = 3_600_000):  # type: ignore[no-untyped-def]
    """While the program runs: once an hour, on the task runner's db thread, a daily backup when
    the newest is older than a day (checked, rotated; attachments copied beside it)."""
    import logging

    from PySide6.QtCore import QTimer

    from lapor_desktop.core.settings import Settings, load_settings
    from lapor_desktop.services import backup as backup_svc
    from lapor_desktop.services.backup_schedule import run_backup

    def work() -> None:
        if backup_svc.daily_backup_due(paths):  # also copied to the second folder (a USB drive) when set
            settings = load_settings(paths.settings_file) if paths.settings_file.exists() else Settings()
            run_backup(paths, settings, "daily", rotate=True)

    def tick() -> None:
        if not runner.closed:
            runner.db(work, on_error=lambda exc: logging.getLogger(__name__).error("daily backup failed: %s", exc))

    timer = QTimer(window)
    timer.setInterval(interval_ms)
    timer.timeout.connect(tick)
    runner.stopping.connect(timer.stop)
    timer.start()
    QTimer.singleShot(60_000, window, tick)  # the first check a minute after start
    return timer

"""Pengaturan › Backups: the second backup folder (a USB drive), the age past which the status bar
warns, and "Back up now". The settings page adds this box; saving goes through
``services.backup_schedule.save_backup_settings`` (admin only, checked there)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QWidget)

from lapor_desktop.core.errors import InvalidInput
from lapor_desktop.services import backup_schedule as sched

from .forms import error_text
from .look import set_role
from .refusals import refusal_text
from .storage_status import storage_error_text

log = logging.getLogger(__name__)


class BackupBox(QGroupBox):
    def __init__(self, desk, runner, actor, lang: str = "id", admin: bool = False,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.runner, self.actor, self.lang, self.admin = desk, runner, actor, lang, admin
        self.setTitle(self.tr("Backups"))
        self.setObjectName("settings.backups")
        st = desk.settings
        form = QFormLayout(self)
        self.second = QLineEdit(st.backup_second_dir)
        self.second.setObjectName("settings.backup_second_dir")
        self.second.setAccessibleName(self.tr("Second backup folder"))
        self.second.setPlaceholderText(self.tr("e.g. E:\\LAPOR-backups (a USB drive); empty: none"))
        self.second.setReadOnly(not admin)
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setObjectName("settings.backup_choose")
        choose.setEnabled(admin)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.second, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Second backup folder"), row)
        self.second_error = QLabel("")
        self.second_error.setObjectName("settings.backup_second_dir.error")
        set_role(self.second_error, "error")
        self.second_error.setWordWrap(True)
        self.second_error.setVisible(False)
        form.addRow("", self.second_error)
        self.hours = QSpinBox()
        self.hours.setObjectName("settings.backup_warn_hours")
        self.hours.setAccessibleName(self.tr("Warn when the newest backup is older than"))
        self.hours.setRange(*sched.WARN_HOURS_RANGE)
        self.hours.setSuffix(self.tr(" hours"))
        self.hours.setValue(sched.clamp_warn_hours(st.backup_warn_hours))
        self.hours.setMaximumWidth(260)
        self.hours.setReadOnly(not admin)
        form.addRow(self.tr("Warn when the newest backup is older than"), self.hours)
        note = QLabel(self.tr("A checked backup is made every day while LAPOR! Desk runs, and before every update "
                              "and bulk intake. Each one is also copied to the second folder when it is plugged "
                              "in; if it is not, the status bar says so."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save backup settings"))
        self.save_button.setObjectName("settings.backup_save")
        self.save_button.setEnabled(admin)
        self.save_button.clicked.connect(self.save)
        self.now_button = QPushButton(self.tr("&Back up now"))
        self.now_button.setObjectName("settings.backup_now")
        self.now_button.clicked.connect(self.back_up_now)
        self.status = QLabel("")
        self.status.setObjectName("settings.backup_status")
        self.status.setWordWrap(True)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.now_button)
        buttons.addWidget(self.status, 1)
        form.addRow(buttons)

    def _choose(self) -> None:
        d = QFileDialog.getExistingDirectory(self, self.tr("Second backup folder"), self.second.text() or str(Path.home()))
        if d:
            self.second.setText(d)

    def save(self) -> None:
        desk, actor = self.desk, self.actor
        second, hours = self.second.text(), self.hours.value()
        self.second_error.setVisible(False)
        self.runner.db(lambda: sched.save_backup_settings(desk, actor, second_dir=second, warn_hours=hours),
                       on_done=lambda _r: self.status.setText(self.tr("Backup settings saved.")),
                       on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidInput):
            msgs = [error_text(e, self.lang) for e in exc.errors]
            self.second_error.setText("\n".join(msgs))
            self.second_error.setVisible(True)
            self.status.setText("")
            return
        text = refusal_text(exc, getattr(self.actor, "role", "")) or storage_error_text(exc, self.desk.paths.data_dir)
        if text is None:
            log.error("saving the backup settings failed: %s", type(exc).__name__, exc_info=exc)
            text = self.tr("The backup settings were not saved (%1).").replace("%1", type(exc).__name__)
        self.status.setText(text)

    def back_up_now(self) -> None:
        paths, settings = self.desk.paths, self.desk.settings
        self.now_button.setEnabled(False)
        self.status.setText(self.tr("Making a checked backup…"))
        self.runner.db(lambda: sched.run_backup(paths, settings, "manual"), on_done=self._backed_up,
                       on_error=self._backup_failed)

    def _backed_up(self, out) -> None:  # type: ignore[no-untyped-def]
        self.now_button.setEnabled(True)
        text = self.tr("Backup made and checked: %1").replace("%1", out.path.name)
        m = out.mirror
        if m is not None and m.ok:
            text += "\n" + self.tr("Also copied and checked in %1.").replace("%1", str(m.folder))
        elif m is not None and m.problem == "missing":
            text += "\n" + self.tr("Not copied to %1: the folder is not there (plug in the USB drive and back up "
                                   "again).").replace("%1", str(m.folder))
        elif m is not None:
            text += "\n" + self.tr("Not copied to %1 (%2): check the drive; the backup on this computer "
                                   "stands.").replace("%1", str(m.folder)).replace("%2", m.problem or "")
        self.status.setText(text)

    def _backup_failed(self, exc: BaseException) -> None:
        self.now_button.setEnabled(True)
        text = storage_error_text(exc, self.desk.paths.data_dir)
        if text is None:
            log.error("backup failed: %s", type(exc).__name__)
            text = self.tr("The backup failed (%1); no half-written backup was left.").replace(
                "%1", getattr(exc, "code", type(exc).__name__))
        self.status.setText(text)

"""The intake form's attachments panel: files chosen or dropped, prepared off the GUI thread."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

from lapor_desktop.domain.attachments import name_patterns

from .. import attachments as att
from ..look import set_role
from ..storage_status import storage_error_text

log = logging.getLogger(__name__)


@dataclass
class _Attachment:
    prepared: att.Prepared
    item: QListWidgetItem


class IntakeAttachments:
    """The attachments panel: choosing or dropping files, preparing them, errors. A mixin of
    ``IntakePage``."""

    def _build_attachments(self) -> QGroupBox:
        g_att = QGroupBox(self.tr("Attachments"))
        g_att.setObjectName("intake.groupAttachments")
        a_lay = QVBoxLayout(g_att)
        a_lay.setContentsMargins(8, 6, 8, 6)
        self.attachment_list = QListWidget()
        self.attachment_list.setObjectName("intake.attachments")
        self.attachment_list.setAccessibleName(self.tr("Attachments"))
        self.attachment_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.attachment_list.setIconSize(QSize(att.THUMB_PX, att.THUMB_PX))
        self.attachment_list.setGridSize(QSize(att.THUMB_PX + 40, att.THUMB_PX + 34))
        self.attachment_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.attachment_list.setMovement(QListWidget.Movement.Static)
        self.attachment_list.setWordWrap(True)
        self.attachment_list.setFixedHeight(att.THUMB_PX + 44)
        self.attachment_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        drop_hint = QLabel(self.tr("Photos and scans (JPEG, PNG, PDF): add them or drop files here."))
        drop_hint.setWordWrap(True)
        set_role(drop_hint, "note")
        a_buttons = QHBoxLayout()
        self.add_attachment_button = QPushButton(self.tr("Add &file…"))
        self.add_attachment_button.setObjectName("intake.addAttachment")
        self.remove_attachment_button = QPushButton(self.tr("Remove"))
        self.remove_attachment_button.setObjectName("intake.removeAttachment")
        a_buttons.addWidget(self.add_attachment_button)
        a_buttons.addWidget(self.remove_attachment_button)
        a_buttons.addStretch(1)
        self.attachment_error = QLabel("")
        self.attachment_error.setObjectName("intake.attachmentsError")
        self.attachment_error.setWordWrap(True)
        set_role(self.attachment_error, "error")
        self.attachment_error.setVisible(False)
        a_lay.addWidget(drop_hint)
        a_lay.addWidget(self.attachment_list)
        a_lay.addLayout(a_buttons)
        a_lay.addWidget(self.attachment_error)
        self.inputs["attachments"] = self.attachment_list
        return g_att

    # ================================================================== attachments
    def choose_attachments(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add attachments"), str(Path.home()),
            self.tr("Photos and documents (%1)").replace("%1", name_patterns()) + ";;" + self.tr("All files (*)"))
        for f in files:
            self.add_attachment(Path(f))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self.recorded is None and not self._saving and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_attachment(Path(url.toLocalFile()))
        event.acceptProposedAction()

    def add_attachment(self, path: Path) -> None:
        st = self.desk.settings
        work = self.desk.paths.cache_dir / "attachments"

        def job() -> att.Prepared:
            return att.prepare(path, work_dir=work, downscale_above_kb=st.photo_downscale_above_kb,
                               max_pixels=st.photo_max_pixels, max_mb=st.attachment_max_mb)

        self.runner.db(job, on_done=self._attachment_ready, on_error=self._attachment_rejected)

    def _attachment_ready(self, p: att.Prepared) -> None:
        if any(a.prepared.source == p.source for a in self._attachments):
            return
        if p.thumb is not None and not p.thumb.isNull():
            icon = QIcon(QPixmap.fromImage(p.thumb))
        else:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        size = f"{p.size / 1024:.0f} KB" if p.size < 1048576 else f"{p.size / 1048576:.1f} MB"
        item = QListWidgetItem(icon, f"{p.filename}\n{size}")
        tip = str(p.source)
        if p.downscaled:
            tip += "\n" + self.tr("Photo made smaller for sending.")
        item.setToolTip(tip)
        self.attachment_list.addItem(item)
        self._attachments.append(_Attachment(p, item))
        self._attachment_errors = []
        self._show_attachment_errors()
        self._changed_keys.add("attachments")
        self._dirty = True
        self._draft_timer.start()

    def _attachment_rejected(self, exc: BaseException) -> None:
        if isinstance(exc, att.Rejected):
            name = exc.filename
            if exc.code == "unsupported":
                msg = self.tr("%1: this kind of file is not supported. Use photos (JPEG, PNG) or PDF.")
            elif exc.code == "too_large":
                msg = self.tr("%1 is too large (%2 MB; at most %3 MB).") \
                    .replace("%2", str(exc.params.get("size_mb"))).replace("%3", str(exc.params.get("max_mb")))
            elif exc.code == "missing":
                msg = self.tr("%1 was not found.")
            elif exc.code == "symlink":
                msg = self.tr("%1 is a link (symlink) to another file; choose the file itself.")
            elif exc.code == "special":
                msg = self.tr("%1 is not a regular file (a folder, device or pipe).")
            else:
                msg = self.tr("%1 cannot be read as a picture.")
            msg = msg.replace("%1", name)
        elif (full := storage_error_text(exc, self.desk.paths.data_dir)) is not None:
            msg = full
        else:
            log.error("attachment failed: %s", type(exc).__name__, exc_info=exc)
            msg = self.tr("The file could not be added.")
        self._attachment_errors = [msg]
        self._show_attachment_errors()

    def _show_attachment_errors(self) -> None:
        self.attachment_error.setText("\n".join(self._attachment_errors))
        self.attachment_error.setVisible(bool(self._attachment_errors))
        if self._show_all:
            self._update_summary(self._errors)

    def remove_selected_attachments(self) -> None:
        rows = sorted((self.attachment_list.row(i) for i in self.attachment_list.selectedItems()), reverse=True)
        for r in rows:
            self.attachment_list.takeItem(r)
            del self._attachments[r]
        if rows:
            self._attachment_errors = []
            self._show_attachment_errors()
            self._changed(None)

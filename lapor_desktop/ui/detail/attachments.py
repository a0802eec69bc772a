"""The detail's attachments tab: the list, a preview of pictures, opening a file with the system
viewer, and fetching from the hub the attachments other desks added. A mixin of ``DetailPanel``."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.services.complaints import ComplaintDetail
from lapor_desktop.services.sync import CancelToken


class DetailAttachments:
    """The attachments of the complaint on screen."""

    def _build_attachments_tab(self) -> None:
        att = QWidget()
        al = QVBoxLayout(att)
        self.attachment_list = QListWidget()
        self.attachment_list.setObjectName("detail.attachments")
        self.attachment_list.setAccessibleName(self.tr("Attachments"))
        self.attachment_list.setMaximumHeight(120)
        self.preview = QLabel()
        self.preview.setObjectName("detail.preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(60)  # the panel must fit a 768-px screen with the action bar
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.open_attachment = QPushButton(self.tr("Open with the system viewer"))
        self.open_attachment.setObjectName("detail.openAttachment")
        self.open_attachment.setAccessibleName(self.open_attachment.text())
        al.addWidget(self.attachment_list)
        al.addWidget(self.preview, 1)
        al.addWidget(self.open_attachment, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(att, self.tr("Attachments"))
        self.attachment_list.currentItemChanged.connect(self._attachment_chosen)
        self.attachment_list.itemActivated.connect(lambda _i: self.open_current_attachment())
        self.open_attachment.clicked.connect(self.open_current_attachment)

    def _fetch_missing_attachments(self, d: ComplaintDetail) -> None:
        """Attachments other desks added come down from the hub when the complaint is opened."""
        cid = d.state.id
        if (self.fetch_attachments is None or cid in self._fetching or cid in self._fetch_tried
                or all(a.get("present", True) for a in d.attachments)):
            return
        self._fetching.add(cid)
        self._fetch_tried.add(cid)
        self._fill_attachments(d)  # "downloading…" beside the missing ones
        fetch = self.fetch_attachments
        self.cancel_fetch()
        cancel = self._fetch_cancel = CancelToken()
        self.runner.net(lambda: fetch(cid, cancel), on_done=lambda n: self._attachments_fetched(cid, n),
                        on_error=lambda _e: self._attachments_fetched(cid, 0))

    def _attachments_fetched(self, cid: str, got: int) -> None:
        self._fetching.discard(cid)
        if self.current_id != cid:
            return
        if got:
            self.reload()  # now present: preview and "open" work
        elif self.detail is not None and self.detail.state.id == cid:
            self._fill_attachments(self.detail)

    def _fill_attachments(self, d: ComplaintDetail) -> None:
        self.attachment_list.clear()
        self.preview.clear()
        for a in d.attachments:
            size_kb = max(1, int(a.get("size") or 0) // 1024)
            text = f"{a.get('filename')} ({size_kb} KB)"
            if not a.get("present", True):
                text += " — " + (self.tr("downloading from the hub…") if d.state.id in self._fetching
                                 else self.tr("not on this desk yet"))
            it = QListWidgetItem(text)
            it.setData(Qt.ItemDataRole.UserRole, dict(a))
            self.attachment_list.addItem(it)
        self.tabs.setTabText(2, self.tr("Attachments (%1)").replace("%1", str(len(d.attachments))))
        self.open_attachment.setEnabled(bool(d.attachments))
        if d.attachments:
            self.attachment_list.setCurrentRow(0)

    def _attachment_chosen(self, item: QListWidgetItem | None, _prev=None) -> None:  # type: ignore[no-untyped-def]
        self.preview.clear()
        if item is None:
            return
        a = item.data(Qt.ItemDataRole.UserRole)
        if not str(a.get("mime") or "").startswith("image/") or not a.get("present", True):
            self.preview.setText(self.tr("No preview; open it with the system viewer."))
            return
        q = self.queue
        sha = a["sha256"]
        width = max(200, self.preview.width())

        def job():  # type: ignore[no-untyped-def]
            p = q.attachment_path(sha)
            if p is None:
                return None
            reader = QImageReader(str(p))
            reader.setAutoTransform(True)
            img = reader.read()
            return None if img.isNull() else img.scaled(width, 400, Qt.AspectRatioMode.KeepAspectRatio,
                                                         Qt.TransformationMode.SmoothTransformation)

        self.runner.db(job, on_done=lambda img, it=item: self._preview_ready(it, img), on_error=lambda _e: None)

    def _preview_ready(self, item: QListWidgetItem, img: QImage | None) -> None:
        if self.attachment_list.currentItem() is not item:
            return
        if img is None:
            self.preview.setText(self.tr("The file is not on this desk."))
        else:
            self.preview.setPixmap(QPixmap.fromImage(img))

    def open_current_attachment(self) -> None:
        item = self.attachment_list.currentItem()
        if item is None:
            return
        a = item.data(Qt.ItemDataRole.UserRole)
        q = self.queue
        self.runner.db(lambda: q.attachment_path(a["sha256"]),
                       on_done=lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))) if p else
                       self.preview.setText(self.tr("The file is not on this desk.")), on_error=lambda _e: None)

""""Show identity" (Tampilkan identitas) on an Anonim complaint: a deliberate action that asks for
a reason. The service (``services/reveal.IdentityService``) checks the role, the session and the
reason, writes the audit entry and only then hands out the identity; this dialog only asks and
shows the service's answer (a bad reason is said under the field, in the officer's language).
The revealed detail is for the view that asked: the panel shows it until it reloads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.errors import InvalidAction, InvalidInput
from lapor_desktop.domain.audit import REASON_MAX, REASON_MIN
from lapor_desktop.services.complaints import ComplaintDetail
from lapor_desktop.services.reveal import IdentityService

from .forms import error_text
from .look import set_role
from .refusals import refusal_text
from .tasks import TaskRunner


class RevealDialog(QDialog):
    def __init__(self, runner: TaskRunner, service: IdentityService, session, complaint_id: str,  # type: ignore[no-untyped-def]
                 lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.service, self.session, self.complaint_id, self.lang = (runner, service, session,
                                                                                 complaint_id, lang)
        self.result_detail: ComplaintDetail | None = None
        self.setObjectName("revealDialog")
        self.setWindowTitle(self.tr("Show the reporter's identity"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The reporter asked to stay anonymous. Their identity is shown only for this view, and the "
            "audit trail records that you saw it, when, and your reason. Do not write a NIK, a phone "
            "number or a name in the reason."))
        intro.setWordWrap(True)
        intro.setObjectName("reveal.intro")
        lay.addWidget(intro)
        label = QLabel(self.tr("&Reason (required, %1-%2 characters)").replace("%1", str(REASON_MIN))
                       .replace("%2", str(REASON_MAX)))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reveal.reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("e.g. the reporter asked to be called back about the location"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setFixedHeight(90)
        label.setBuddy(self.reason)
        lay.addWidget(label)
        lay.addWidget(self.reason)
        self.error = QLabel()
        self.error.setObjectName("reveal.error")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.setVisible(False)
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.show_button = self.buttons.addButton(self.tr("&Show identity"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.show_button.setObjectName("reveal.show")
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("reveal.cancel")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.submit)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if not self.show_button.isEnabled():
            return
        self.show_button.setEnabled(False)
        self.error.setVisible(False)
        svc, session, cid, reason = self.service, self.session, self.complaint_id, self.reason.toPlainText()
        self.runner.db(lambda: svc.reveal(session, cid, reason), on_done=self._done, on_error=self._failed)

    def _done(self, detail: ComplaintDetail) -> None:
        self.result_detail = detail
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.show_button.setEnabled(True)
        if isinstance(exc, InvalidInput):
            text = " ".join(error_text(e, self.lang) for e in exc.errors)
            self.reason.setFocus()
        elif isinstance(exc, InvalidAction):
            text = self.tr("Nothing is hidden on this complaint: it is not anonymous.")
        else:
            text = refusal_text(exc, getattr(self.session, "role", "")) or self.tr(
                "The identity could not be shown (%1).").replace("%1", getattr(exc, "code", type(exc).__name__))
        self.error.setText(text)
        self.error.setVisible(True)

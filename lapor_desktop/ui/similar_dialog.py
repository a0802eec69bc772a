"""The front desk's answer to a possible duplicate: add to the earlier complaint, open it, reprint.

A reporter who comes back about a complaint they already made should not make a second one. The
dialog shows the earlier complaint and says in plain words what adding will do to it (information
the officers were waiting for, the reporter's reply to a follow-up, or an internal note), with the
form's text ready to be corrected.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.domain.action_input import NOTE_MAX

from .labels import similar_reason_label, status_label
from .look import set_role


class SimilarComplaintDialog(QDialog):
    """Result codes: ADD (add the text to the earlier complaint), OPEN, REPRINT, or Rejected."""

    ADD = 10
    OPEN = 11
    REPRINT = 12

    def __init__(self, parent: QWidget | None, *, receipt_number: str | None, received: str, title: str,
                 status: str, reason: str, note_action: str | None, text: str, attachment_count: int,
                 can_open: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("similar.dialog")
        self.setWindowTitle(self.tr("An earlier complaint"))
        self.setMinimumWidth(520)
        self.note_action = note_action
        lay = QVBoxLayout(self)

        intro = QLabel(self.tr("Is the reporter coming back about this complaint? Then add what they say "
                               "to it instead of recording the same complaint twice."))
        intro.setWordWrap(True)
        lay.addWidget(intro)

        lay.addLayout(self._build_info(receipt_number, received, title, status, reason))

        self.effect = QLabel(self._effect_text(note_action, status))
        self.effect.setObjectName("similar.effect")
        self.effect.setWordWrap(True)
        lay.addWidget(self.effect)

        self.text_label = QLabel(self.tr("What the reporter says now:"))
        lay.addWidget(self.text_label)
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setObjectName("similar.text")
        self.text_edit.setAccessibleName(self.tr("What the reporter says now"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(90)
        self.text_label.setBuddy(self.text_edit)
        lay.addWidget(self.text_edit, 1)
        self.attachments_label = QLabel(
            self.tr("The %n attachment(s) in the form are added to it too.", "", attachment_count))
        self.attachments_label.setObjectName("similar.attachments")
        self.attachments_label.setVisible(attachment_count > 0)
        lay.addWidget(self.attachments_label)
        self.error = QLabel("")
        self.error.setObjectName("similar.error")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        lay.addWidget(self.error)

        buttons, cancel = self._build_buttons(note_action, can_open)
        lay.addWidget(buttons)
        (self.text_edit if note_action else cancel).setFocus()

    def _build_info(self, receipt_number: str | None, received: str, title: str, status: str,
                    reason: str) -> QFormLayout:
        """The earlier complaint: receipt number, received, status, title, and why it is shown."""
        info = QFormLayout()
        number = QLabel(receipt_number or "—")
        number.setObjectName("similar.receipt")
        set_role(number, "strong")
        number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        info.addRow(self.tr("Receipt number:"), number)
        info.addRow(self.tr("Received:"), QLabel(received or "—"))
        status_l = QLabel(status_label(status))
        status_l.setObjectName("similar.status")
        info.addRow(self.tr("Status:"), status_l)
        title_l = QLabel(title)
        title_l.setWordWrap(True)
        info.addRow(self.tr("Title:"), title_l)
        # ``reason``: the intake's own words ("same words: jalan, pasar"), or a reason code
        info.addRow(self.tr("Why it is shown:"), QLabel(similar_reason_label(reason) if reason in
                                                        ("text", "nik", "phone") else reason))
        return info

    def _build_buttons(self, note_action: str | None, can_open: bool) -> tuple[QDialogButtonBox, QPushButton]:
        """Add to this complaint, Open it, Reprint its receipt, Cancel (also returned: it may take the focus)."""
        buttons = QDialogButtonBox()
        self.add_button = QPushButton(self.tr("&Add to this complaint"))
        self.add_button.setObjectName("similar.add")
        self.add_button.setDefault(True)
        self.add_button.setEnabled(note_action is not None)
        self.open_button = QPushButton(self.tr("&Open it"))
        self.open_button.setObjectName("similar.open")
        self.open_button.setVisible(can_open)
        self.reprint_button = QPushButton(self.tr("&Reprint its receipt"))
        self.reprint_button.setObjectName("similar.reprint")
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("similar.cancel")
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reprint_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.add_button.clicked.connect(self._add)
        self.open_button.clicked.connect(lambda: self.done(self.OPEN))
        self.reprint_button.clicked.connect(lambda: self.done(self.REPRINT))
        cancel.clicked.connect(self.reject)
        return buttons, cancel

    def _effect_text(self, action: str | None, status: str) -> str:
        if action == "receive_info":
            return self.tr("The officers are waiting for information from the reporter. What you add is "
                           "recorded as that information, and the deadline clock runs again.")
        if action == "record_reply":
            if status == "selesai":
                return self.tr("This complaint is finished. What you add is recorded as the reporter's reply, "
                               "and that opens the complaint again.")
            return self.tr("The agency has followed this complaint up. What you add is recorded as the "
                           "reporter's reply to it.")
        if action == "comment":
            return self.tr("What you add is kept on this complaint as a note for the officers, and is sent "
                           "to the hub with the next synchronisation.")
        return self.tr("Your role cannot add anything to this complaint. You can still reprint its receipt.")

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def _add(self) -> None:
        text = self.text()
        if not text:
            self.error.setText(self.tr("What the reporter says now: please write it."))
        elif len(text) > NOTE_MAX:
            self.error.setText(self.tr("What the reporter says now: at most %1 characters.")
                               .replace("%1", str(NOTE_MAX)))
        else:
            self.done(self.ADD)
            return
        self.error.setVisible(True)
        self.text_edit.setFocus()

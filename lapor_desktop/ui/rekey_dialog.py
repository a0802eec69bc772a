"""The re-keying helper: a walk-in's fields in the order of national LAPOR!'s input form, each with a
copy button, the national complaints an imported export holds that may be this one, and the field
where the national Tracking ID is recorded (``services.rekey``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.errors import InvalidInput, LaporError
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.desk import Desk
from lapor_desktop.services.rekey import RekeyService, SheetLine, Suggestion

from .forms import error_text
from .tasks import TaskRunner
from .look import set_role


class RekeyDialog(QDialog):
    saved = Signal(str)  # the complaint id

    def __init__(self, desk: Desk, runner: TaskRunner, actor: Actor, complaint_id: str, lang: str = "id",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.runner, self.actor, self.complaint_id, self.lang = desk, runner, actor, complaint_id, lang
        self.service = RekeyService(desk)
        self.setObjectName("rekey.dialog")
        self.setWindowTitle(self.tr("Enter into national LAPOR!"))
        self.lines: list[SheetLine] = []
        self.suggested: list[Suggestion] = []
        self.copied: str | None = None
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Open the complaint form on lapor.go.id and copy the fields in this order. When "
                               "LAPOR! shows its Tracking ID, type it below and save: the number the office's hub "
                               "gave stays the office's own number."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        lay.addWidget(scroll, 1)
        box = QGroupBox(self.tr("Already in an imported LAPOR! export?"))
        box_lay = QVBoxLayout(box)
        self.matches = QListWidget()
        self.matches.setObjectName("rekey.matches")
        self.matches.setMaximumHeight(110)
        self.matches.itemActivated.connect(self._use_match)
        box_lay.addWidget(self.matches)
        lay.addWidget(box)
        row = QHBoxLayout()
        label = QLabel(self.tr("LAPOR! &Tracking ID:"))
        self.national = QLineEdit()
        self.national.setObjectName("rekey.national")
        self.national.setPlaceholderText("7012345")
        label.setBuddy(self.national)
        row.addWidget(label)
        row.addWidget(self.national, 1)
        lay.addLayout(row)
        self.error = QLabel("")
        self.error.setObjectName("rekey.error")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        lay.addWidget(buttons)
        self.matched_id: str | None = None
        self.national.textEdited.connect(lambda _t: setattr(self, "matched_id", None))
        self.national.returnPressed.connect(self.save)
        close.setAutoDefault(False)
        svc, actor_, cid = self.service, actor, complaint_id
        runner.db(lambda: (svc.sheet(actor_, cid), svc.suggestions(actor_, cid)), on_done=self._loaded,
                  on_error=lambda e: self.error.setText(str(e)))
        self.resize(720, 640)

    def _labels(self) -> dict[str, str]:
        return {
            "title": self.tr("Title"), "body": self.tr("Complaint text"), "incident_date": self.tr("Incident date"),
            "province": self.tr("Province"), "city": self.tr("City/Regency"), "district": self.tr("District"),
            "village": self.tr("Village"), "category": self.tr("Category"), "channel": self.tr("Channel"),
            "classification": self.tr("Classification"), "privacy": self.tr("Anonymous/Confidential"),
            "reporter_name": self.tr("Reporter's name"), "reporter_nik": self.tr("NIK"),
            "reporter_phone": self.tr("Phone"), "reporter_email": self.tr("Email"),
            "receipt_number": self.tr("Receipt number (the office's)"),
            "office_number": self.tr("Office hub number"),
        }

    def _loaded(self, result: tuple[list[SheetLine], list[Suggestion]]) -> None:
        self.lines, self.suggested = result
        labels = self._labels()
        for i, line in enumerate(self.lines):
            name = QLabel(labels.get(line.key, line.key))
            value = QLabel(line.value if len(line.value) < 160 else line.value[:157] + "…")
            value.setWordWrap(True)
            value.setToolTip(line.value)
            copy = QPushButton(self.tr("Copy"))
            copy.setObjectName(f"rekey.copy.{line.key}")
            copy.setEnabled(bool(line.value))
            copy.setAutoDefault(False)  # Enter always saves the Tracking ID, whichever button was used last
            copy.clicked.connect(lambda _=False, v=line.value: self._copy(v))
            self.grid.addWidget(name, i, 0)
            self.grid.addWidget(value, i, 1)
            self.grid.addWidget(copy, i, 2)
        self.grid.setColumnStretch(1, 1)
        self.matches.clear()
        for s in self.suggested:
            item = QListWidgetItem(self.tr("%1 — %2 (%3% alike%4)").replace("%1", s.national_tracking_id)
                                   .replace("%2", s.title).replace("%3", str(round(100 * s.score)))
                                   .replace("%4", self.tr(", same NIK") if s.same_reporter else ""))
            self.matches.addItem(item)
        if not self.suggested:
            self.matches.addItem(self.tr("No imported complaint of the same days looks like this one."))

    def _copy(self, value: str) -> None:
        QGuiApplication.clipboard().setText(value)
        self.copied = value

    def _use_match(self, item: QListWidgetItem) -> None:
        row = self.matches.row(item)
        if 0 <= row < len(self.suggested):
            s = self.suggested[row]
            self.national.setText(s.national_tracking_id)
            self.matched_id = s.complaint_id

    def save(self) -> None:
        if not self.save_button.isEnabled():  # already saving (Enter reaches both the field and the dialog)
            return
        nid, matched, svc, actor, cid = (self.national.text().strip(), self.matched_id, self.service, self.actor,
                                         self.complaint_id)
        self.error.setText("")
        self.save_button.setEnabled(False)
        self.runner.db(lambda: svc.set_national_id(actor, cid, nid, matched), on_done=self._saved,
                       on_error=self._failed)

    def _saved(self, _r: object) -> None:
        self.saved.emit(self.complaint_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self.error.setText(" ".join(error_text(e, self.lang) for e in exc.errors))
        elif isinstance(exc, LaporError):
            self.error.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
        else:
            self.error.setText(self.tr("Not saved because of an unexpected error; details are in the log file."))
        self.national.setFocus()

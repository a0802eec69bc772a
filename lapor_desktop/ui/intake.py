"""Loket: the walk-in intake form, its draft on disk, duplicate hints and the receipt.

Keyboard first: Tab walks the fields in reading order, Ctrl+N new, Ctrl+S save, Ctrl+P print,
Esc asks before throwing anything away. Validation runs as the clerk types (the domain's rules,
no database), errors appear in red under the field once it has been left, and all of them (plus
a summary) on a save attempt. Nothing is saved half-valid. A draft is written a second after the
last change and removed once the complaint is saved.
"""

from __future__ import annotations

import logging
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.clock import parse_iso
from lapor_desktop.core.errors import InvalidAction, InvalidInput, NotFound
from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.validation import FieldError
from lapor_desktop.reports.receipt import Receipt
from lapor_desktop.services.complaints import AttachmentIn, Recorded
from lapor_desktop.services.desk import Desk
from lapor_desktop.services.drafts import Draft, DraftStore
from lapor_desktop.services.frontdesk import FormReference, FrontDeskService

from . import attachments as att
from . import dialogs, printing, receipt_actions
from .look import repolish
from .labels import channel_label, classification_label, similar_reason_label, status_label
from .refusals import refusal_text
from .storage_status import storage_error_text
from .similar_dialog import SimilarComplaintDialog

from .tasks import TaskRunner

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 1000
RECEIPT_LANG = "id"  # the receipt goes to the reporter: Indonesian whatever the clerk's UI language
SIMILAR_DELAY_MS = 400
NO_DATE = QDate(2000, 1, 1)
ERROR_STYLE = "color: #b00020;"
INVALID_STYLE = "border: 1px solid #b00020;"

# field path of a FieldError -> the widget key that shows it
_ERROR_TARGET = {
    "title": "title", "body": "body", "classification": "classification", "channel": "channel",
    "category_id": "category", "incident_date": "incidentDate",
    "reporter": "reporterName", "reporter.name": "reporterName", "reporter.nik": "reporterNik",
    "reporter.phone": "reporterPhone", "reporter.email": "reporterEmail",
    "reporter.address": "reporterAddress", "anonymous": "anonymous", "confidential": "confidential",
    "location": "kecamatan", "location.district": "kecamatan", "location.village": "kelurahan",
    "location.province": "kecamatan", "location.city": "kecamatan",
}


class _DateEdit(QDateEdit):
    """A date field that Tab leaves (QDateEdit's Tab walks its day/month/year sections, a trap for
    a keyboard-only clerk; typed digits still advance the sections)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt API
        return QWidget.focusNextPrevChild(self, next)


@dataclass
class _Attachment:
    prepared: att.Prepared
    item: QListWidgetItem


class IntakePage(QWidget):
    saved = Signal(object)  # Recorded
    receipt_ready = Signal(object)  # Receipt of the complaint just saved
    added_to_existing = Signal(object)  # AddedToExisting: the reporter came back about an earlier one
    open_requested = Signal(str)  # complaint id to show in the queue

    def __init__(self, desk: Desk, runner: TaskRunner, actor: Actor, lang: str = "id",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = runner
        self.actor = actor
        self.lang = lang
        self.service = FrontDeskService(desk)
        runner.stopping.connect(self.shutdown)
        self.drafts = DraftStore(desk.paths.drafts_dir)
        self.ref = FormReference()
        self.ref_loaded = False
        self.setObjectName("intake")
        self.setAcceptDrops(True)

        self._draft_id = uuid.uuid4().hex
        self._dirty = False
        self._loading = False
        self._saving = False
        self._show_all = False
        self._touched: set[str] = set()
        self._changed_keys: set[str] = set()
        self._errors: list[FieldError] = []
        self._attachments: list[_Attachment] = []
        self._attachment_errors: list[str] = []
        self.recorded: Recorded | None = None
        self.receipt: Receipt | None = None
        self.offered_draft: Draft | None = None
        self.similar_dialog: SimilarComplaintDialog | None = None
        self.preview_dialog: receipt_actions.ReceiptPreview | None = None
        self.reprint_dialog: receipt_actions.ReprintDialog | None = None
        self._similar_seq = 0
        self._pending_restore: dict[str, Any] | None = None
        self.inputs: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}

        self._build()
        self._wire()
        # the header's Tab order: the next thing to do first (new, save, then the receipt: print,
        # PDF, paper, reprint), then the form from its title
        chain = [self.new_button, self.save_button, self.print_button, self.pdf_button, self.receipt_layout,
                 self.reprint_button, self.title]
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)
        self._set_saved_mode(False)
        self._load_reference()

    # ================================================================== building
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 6)
        outer.setSpacing(6)

        # ---- header: heading, receipt number, actions
        head = QHBoxLayout()
        self.heading = QLabel(self.tr("New complaint"))
        self.heading.setObjectName("intake.heading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        head.addWidget(self.heading)
        head.addStretch(1)
        self.new_button = QPushButton(self.tr("Ne&w (Ctrl+N)"))
        self.new_button.setObjectName("intake.new")
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"))
        self.save_button.setObjectName("intake.save")
        self.save_button.setDefault(False)
        self.save_button.setStyleSheet("QPushButton { font-weight: bold; padding: 4px 14px; }")
        head.addWidget(self.new_button)
        head.addWidget(self.save_button)
        outer.addLayout(head)
        # receipt actions on a row of their own: longer translations never widen the window
        receipt_row = QHBoxLayout()
        receipt_row.addStretch(1)
        self._build_receipt_actions(receipt_row)
        outer.addLayout(receipt_row)

        # ---- banner: draft offered back
        self.draft_banner = QFrame()
        self.draft_banner.setObjectName("intake.draftBanner")
        self.draft_banner.setStyleSheet("QFrame#intake\\.draftBanner { background: #fff4ce; "
                                        "border: 1px solid #e0b000; border-radius: 4px; }")
        db = QHBoxLayout(self.draft_banner)
        db.setContentsMargins(8, 4, 8, 4)
        self.draft_text = QLabel()
        self.draft_text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore the draft"))
        self.restore_button.setObjectName("intake.restoreDraft")
        self.discard_draft_button = QPushButton(self.tr("Discard it"))
        self.discard_draft_button.setObjectName("intake.discardDraft")
        db.addWidget(self.draft_text, 1)
        db.addWidget(self.restore_button)
        db.addWidget(self.discard_draft_button)
        self.draft_banner.setVisible(False)
        outer.addWidget(self.draft_banner)

        # ---- banner: saved, receipt
        self.saved_banner = QFrame()
        self.saved_banner.setObjectName("intake.savedBanner")
        self.saved_banner.setStyleSheet("QFrame#intake\\.savedBanner { background: #e3f4e1; "
                                        "border: 1px solid #3c8d40; border-radius: 4px; }")
        sb = QHBoxLayout(self.saved_banner)
        sb.setContentsMargins(8, 4, 8, 4)
        self.saved_text = QLabel(self.tr("Saved. Receipt number:"))
        self.receipt_label = QLabel("")
        self.receipt_label.setObjectName("intake.receiptNumber")
        self.receipt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.receipt_label.setAccessibleName(self.tr("Receipt number"))
        self.deadline_label = QLabel("")
        self.deadline_label.setObjectName("intake.deadline")
        sb.addWidget(self.saved_text)
        sb.addWidget(self.receipt_label)
        sb.addSpacing(12)
        sb.addWidget(self.deadline_label, 1)
        self.saved_banner.setVisible(False)
        outer.addWidget(self.saved_banner)

        # ---- notice: what was just added to an earlier complaint (until the next change)
        self.notice = QLabel("")
        self.notice.setObjectName("intake.notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #e3f4e1; border: 1px solid #3c8d40; border-radius: 4px; "
                                  "padding: 4px 8px; }")
        self.notice.setVisible(False)
        outer.addWidget(self.notice)

        # ---- the form, three columns in a scroll area (fallback for small screens)
        self.form = QWidget()
        self.form.setObjectName("intake.form")
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)

        # column 1: the complaint
        g_report = QGroupBox(self.tr("Complaint"))
        g_report.setObjectName("intake.groupComplaint")
        f1 = self._form_layout(g_report)
        self.title = QLineEdit()
        self.title.setMaxLength(400)
        self.title.setPlaceholderText(self.tr("What is the complaint about, in a few words"))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(self.tr("What happened, where and when, as the reporter tells it"))
        self.body.setMinimumHeight(120)
        self.classification = QComboBox()
        self.channel = QComboBox()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.category.lineEdit().setPlaceholderText(self.tr("Type to search the LAPOR! categories"))
        self.category.setMinimumContentsLength(18)
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.incident_date = _DateEdit()
        self.incident_date.setCalendarPopup(True)
        self.incident_date.setDisplayFormat("dd-MM-yyyy")
        self.incident_date.setMinimumDate(NO_DATE)
        self.incident_date.setSpecialValueText(self.tr("(not known)"))
        self.incident_date.setDate(NO_DATE)
        self._row(f1, "title", self.tr("&Title"), self.title, required=True)
        self._row(f1, "body", self.tr("Com&plaint"), self.body, required=True)
        self._row(f1, "classification", self.tr("C&lassification"), self.classification)
        self._row(f1, "channel", self.tr("C&hannel"), self.channel, required=True)
        self._row(f1, "category", self.tr("Cate&gory"), self.category)
        self._row(f1, "incidentDate", self.tr("Incident &date"), self.incident_date)

        # column 2: reporter and location
        g_rep = QGroupBox(self.tr("Reporter"))
        g_rep.setObjectName("intake.groupReporter")
        f2 = self._form_layout(g_rep)
        self.reporter_name = QLineEdit()
        self.reporter_name.setMaxLength(200)
        self.reporter_nik = QLineEdit()
        self.reporter_nik.setMaxLength(24)
        self.reporter_nik.setPlaceholderText(self.tr("16 digits"))
        self.reporter_phone = QLineEdit()
        self.reporter_phone.setMaxLength(24)
        self.reporter_phone.setPlaceholderText("0812-3456-7890")
        self.reporter_email = QLineEdit()
        self.reporter_email.setMaxLength(254)
        self.reporter_address = QLineEdit()
        self.reporter_address.setMaxLength(600)
        self.anonymous = QCheckBox(self.tr("&Anonymous"))
        self.confidential = QCheckBox(self.tr("C&onfidential"))
        self.confidential.setChecked(True)
        self._row(f2, "reporterName", self.tr("&Name"), self.reporter_name, required=True)
        self._row(f2, "reporterNik", self.tr("N&IK"), self.reporter_nik)
        self._row(f2, "reporterPhone", self.tr("Phon&e"), self.reporter_phone)
        self._row(f2, "reporterEmail", self.tr("E-&mail"), self.reporter_email)
        self._row(f2, "reporterAddress", self.tr("Add&ress"), self.reporter_address)
        self._row(f2, "anonymous", "", self.anonymous, hint=self.tr("The reporter's identity is not shown."))
        self._row(f2, "confidential", "", self.confidential, hint=self.tr("The complaint is not published."))

        g_loc = QGroupBox(self.tr("Location"))
        g_loc.setObjectName("intake.groupLocation")
        f3 = self._form_layout(g_loc)
        self.region_label = QLabel("")
        self.region_label.setObjectName("intake.region")
        self.region_label.setWordWrap(True)
        self.kecamatan = QComboBox()
        self.kelurahan = QComboBox()
        f3.addRow(self.tr("City"), self.region_label)
        self._row(f3, "kecamatan", self.tr("&Kecamatan"), self.kecamatan)
        self._row(f3, "kelurahan", self.tr("Kelurahan/&village"), self.kelurahan)

        # column 3: attachments and similar complaints
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
        drop_hint.setStyleSheet("color: #555;")
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
        self.attachment_error.setStyleSheet(ERROR_STYLE)
        self.attachment_error.setVisible(False)
        a_lay.addWidget(drop_hint)
        a_lay.addWidget(self.attachment_list)
        a_lay.addLayout(a_buttons)
        a_lay.addWidget(self.attachment_error)
        self.inputs["attachments"] = self.attachment_list

        g_sim = QGroupBox(self.tr("Possibly related (last 60 days)"))
        g_sim.setObjectName("intake.groupSimilar")
        s_lay = QVBoxLayout(g_sim)
        s_lay.setContentsMargins(8, 6, 8, 6)
        self.similar_list = QListWidget()
        self.similar_list.setObjectName("intake.similar")
        self.similar_list.setAccessibleName(self.tr("Possibly related complaints"))
        self.similar_list.setWordWrap(False)
        self.similar_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the reason at the end stays
        self.similar_list.setUniformItemSizes(True)
        self.similar_list.setAlternatingRowColors(True)
        self.similar_hint = QLabel(self.tr("Similar words, the same NIK or phone show up here as you type. "
                                           "Is the reporter coming back about one? Press Enter on it (or "
                                           "double-click) to add to it instead of recording it twice."))
        self.similar_hint.setWordWrap(True)
        self.similar_hint.setStyleSheet("color: #555;")
        s_lay.addWidget(self.similar_hint)
        self.similar_list.setMinimumHeight(90)
        s_lay.addWidget(self.similar_list, 1)

        col2 = QVBoxLayout()
        col2.addWidget(g_rep)
        col2.addWidget(g_loc)
        col2.addStretch(1)
        col3 = QVBoxLayout()
        col3.addWidget(g_att)
        col3.addWidget(g_sim, 1)
        grid.addWidget(g_report, 0, 0)
        grid.addLayout(col2, 0, 1)
        grid.addLayout(col3, 0, 2)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 3)

        self.scroll = QScrollArea()
        self.scroll.setObjectName("intake.scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.form)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop before the title
        outer.addWidget(self.scroll, 1)

        # ---- error summary
        self.summary = QLabel("")
        self.summary.setObjectName("intake.errorSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("QLabel { color: #b00020; background: #fdecee; border: 1px solid #b00020;"
                                   " border-radius: 4px; padding: 4px 8px; }")
        self.summary.setVisible(False)
        outer.addWidget(self.summary)

        # object names and accessible names
        names = {
            "title": (self.title, self.tr("Title")), "body": (self.body, self.tr("Complaint text")),
            "classification": (self.classification, self.tr("Classification")),
            "channel": (self.channel, self.tr("Channel")),
            "category": (self.category, self.tr("Category")),
            "incidentDate": (self.incident_date, self.tr("Incident date")),
            "reporterName": (self.reporter_name, self.tr("Reporter name")),
            "reporterNik": (self.reporter_nik, self.tr("Reporter NIK")),
            "reporterPhone": (self.reporter_phone, self.tr("Reporter phone")),
            "reporterEmail": (self.reporter_email, self.tr("Reporter e-mail")),
            "reporterAddress": (self.reporter_address, self.tr("Reporter address")),
            "anonymous": (self.anonymous, self.tr("Anonymous")),
            "confidential": (self.confidential, self.tr("Confidential")),
            "kecamatan": (self.kecamatan, self.tr("Kecamatan")),
            "kelurahan": (self.kelurahan, self.tr("Kelurahan or village")),
        }
        for key, (w, acc) in names.items():
            w.setObjectName(f"intake.{key}")
            w.setAccessibleName(acc)
            self.inputs[key] = w
        self.category.lineEdit().setAccessibleName(self.tr("Category"))
        for b in (self.new_button, self.save_button, self.print_button, self.pdf_button, self.reprint_button,
                  self.add_attachment_button, self.remove_attachment_button, self.restore_button,
                  self.discard_draft_button):
            b.setAccessibleName(b.text().replace("&", ""))

        # tab order: reading order, column by column
        order = [self.title, self.body, self.classification, self.channel, self.category, self.incident_date,
                 self.reporter_name, self.reporter_nik, self.reporter_phone, self.reporter_email,
                 self.reporter_address, self.anonymous, self.confidential, self.kecamatan, self.kelurahan,
                 self.add_attachment_button, self.remove_attachment_button, self.attachment_list,
                 self.similar_list, self.save_button, self.new_button, self.receipt_layout,
                 self.print_button, self.pdf_button, self.reprint_button]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)

    def _build_receipt_actions(self, head: QHBoxLayout) -> None:
        self.reprint_button = QPushButton(self.tr("Reprint a receipt…"))
        self.reprint_button.setObjectName("intake.reprint")
        self.receipt_layout = QComboBox()
        self.receipt_layout.setObjectName("intake.receiptLayout")
        self.receipt_layout.setAccessibleName(self.tr("Receipt paper"))
        self.receipt_layout.addItem(self.tr("A4 paper"), "a4")
        self.receipt_layout.addItem(self.tr("80 mm roll"), "thermal")
        self.print_button = QPushButton(self.tr("Print re&ceipt (Ctrl+P)"))
        self.print_button.setObjectName("intake.print")
        self.pdf_button = QPushButton(self.tr("PD&F…"))
        self.pdf_button.setObjectName("intake.pdf")
        self.pdf_button.setToolTip(self.tr("Save the receipt as a PDF file"))
        paper = QLabel(self.tr("Paper si&ze"))
        paper.setBuddy(self.receipt_layout)
        head.addWidget(self.reprint_button)
        head.addSpacing(16)
        head.addWidget(paper)
        head.addWidget(self.receipt_layout)
        head.addWidget(self.print_button)
        head.addWidget(self.pdf_button)

    def _form_layout(self, box: QGroupBox) -> QFormLayout:
        f = QFormLayout(box)
        f.setContentsMargins(8, 6, 8, 6)
        f.setVerticalSpacing(4)
        f.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        f.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return f

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget, required: bool = False,
             hint: str | None = None) -> None:
        holder = QWidget()
        v = QVBoxLayout(holder)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(1)
        if hint:
            # a short checkbox text and its explanation beside it, wrapped (long translations)
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(widget)
            note = QLabel(hint)
            note.setObjectName(f"intake.{key}.hint")
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            row.addWidget(note, 1)
            widget.setToolTip(hint)
            v.addLayout(row)
        else:
            v.addWidget(widget)
        err = QLabel("")
        err.setObjectName(f"intake.{key}.error")
        err.setWordWrap(True)
        err.setStyleSheet(ERROR_STYLE)
        err.setVisible(False)
        err.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        v.addWidget(err)
        self.error_labels[key] = err
        if label:
            text = label + (" *" if required else "")
            lbl = QLabel(text)
            lbl.setBuddy(widget)
            if required:
                lbl.setToolTip(self.tr("Required"))
            form.addRow(lbl, holder)
        else:
            form.addRow(holder)
        if isinstance(widget, QPlainTextEdit):
            form.itemAt(form.rowCount() - 1, QFormLayout.ItemRole.FieldRole)
            holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def _wire(self) -> None:
        for w in (self.title, self.reporter_name, self.reporter_nik, self.reporter_phone,
                  self.reporter_email, self.reporter_address):
            w.textChanged.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.category.editTextChanged.connect(self._changed)
        for c in (self.classification, self.channel, self.kelurahan):
            c.currentIndexChanged.connect(self._changed)
        self.kecamatan.currentIndexChanged.connect(self._kecamatan_changed)
        self.incident_date.dateChanged.connect(self._changed)
        self.anonymous.toggled.connect(self._changed)
        self.confidential.toggled.connect(self._changed)
        for key, w in self.inputs.items():
            w.installEventFilter(self)
        self.category.lineEdit().installEventFilter(self)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_draft)
        self._similar_timer = QTimer(self)
        self._similar_timer.setSingleShot(True)
        self._similar_timer.setInterval(SIMILAR_DELAY_MS)
        self._similar_timer.timeout.connect(self._look_for_similar)

        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new_complaint)
        self.print_button.clicked.connect(self.print_receipt)
        self.pdf_button.clicked.connect(self.save_receipt_pdf)
        self.reprint_button.clicked.connect(self.reprint)
        self.add_attachment_button.clicked.connect(self.choose_attachments)
        self.remove_attachment_button.clicked.connect(self.remove_selected_attachments)
        self.restore_button.clicked.connect(self.restore_offered_draft)
        self.discard_draft_button.clicked.connect(self.discard_offered_draft)
        self.similar_list.itemActivated.connect(self._similar_activated)

        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for seq, slot in ((QKeySequence.StandardKey.New, self.new_complaint),
                          (QKeySequence.StandardKey.Save, self.save),
                          (QKeySequence.StandardKey.Print, self.print_receipt),
                          (QKeySequence(Qt.Key.Key_Escape), self.escape)):
            sc = QShortcut(QKeySequence(seq), self)
            sc.setContext(ctx)
            sc.activated.connect(slot)

    # ================================================================== reference data
    def _load_reference(self) -> None:
        svc = self.service
        self.runner.db(svc.form_reference, on_done=self._reference_loaded)
        drafts = self.drafts
        owner = self.actor.login
        self.runner.db(lambda: next((d for d in drafts.all() if d.owner in ("", owner)), None),
                       on_done=self._offer_draft)

    def _reference_loaded(self, ref: FormReference) -> None:
        self._loading = True
        try:
            self.ref = ref
            self.classification.clear()
            self.classification.addItem(self.tr("(decided at verification)"), None)
            for code in ("berkadar_pengawasan", "tidak_berkadar_pengawasan", "permintaan_informasi", "aspirasi"):
                self.classification.addItem(classification_label(code), code)
            self.channel.clear()
            for opt in ref.channels:
                self.channel.addItem(channel_label(opt.code, opt.name), opt.code)
            idx = self.channel.findData("tatap_muka")
            self.channel.setCurrentIndex(max(0, idx))
            self.category.clear()
            self.category.addItem("", None)
            twice = {n for n, k in Counter(o.name for o in ref.categories).items() if k > 1}
            for opt in ref.categories:  # by name; the LAPOR! number only in the tooltip (and for a name used twice)
                self.category.addItem(f"{opt.name} ({opt.code})" if opt.name in twice else opt.name, int(opt.code))
                self.category.setItemData(self.category.count() - 1,
                                          self.tr("LAPOR! category no. %1").replace("%1", opt.code),
                                          Qt.ItemDataRole.ToolTipRole)
            comp = QCompleter(self.category.model(), self.category)
            comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            comp.setFilterMode(Qt.MatchFlag.MatchContains)
            comp.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            comp.setMaxVisibleItems(12)
            self.category.setCompleter(comp)
            self.category.setCurrentIndex(0)
            self.region_label.setText(", ".join(x for x in (ref.city, ref.province) if x) or "—")
            self.kecamatan.clear()
            self.kecamatan.addItem(self.tr("(not given)"), None)
            for opt in ref.districts:
                self.kecamatan.addItem(opt.name, opt.code)
            self._fill_kelurahan()
            self.incident_date.setMaximumDate(_qdate(self.desk.today()))
        finally:
            self._loading = False
        self.ref_loaded = True
        if self._pending_restore is not None:
            values, self._pending_restore = self._pending_restore, None
            self.set_values(values)
        self._validate()

    def _fill_kelurahan(self) -> None:
        self.kelurahan.blockSignals(True)
        self.kelurahan.clear()
        self.kelurahan.addItem(self.tr("(not given)"), None)
        code = self.kecamatan.currentData()
        for opt in self.ref.villages.get(code, []) if code else []:
            self.kelurahan.addItem(opt.name, opt.code)
        self.kelurahan.setEnabled(bool(code))
        self.kelurahan.blockSignals(False)

    def _kecamatan_changed(self) -> None:
        self._fill_kelurahan()
        self._changed()

    # ================================================================== values
    def values(self) -> dict[str, Any]:
        """The raw form values (what a draft keeps)."""
        d = self.incident_date.date()
        return {
            "title": self.title.text(),
            "body": self.body.toPlainText(),
            "classification": self.classification.currentData(),
            "channel": self.channel.currentData(),
            "category_text": self.category.currentText(),
            "category_id": self._category_id(),
            "incident_date": None if d == NO_DATE else d.toString("yyyy-MM-dd"),
            "reporter_name": self.reporter_name.text(),
            "reporter_nik": self.reporter_nik.text(),
            "reporter_phone": self.reporter_phone.text(),
            "reporter_email": self.reporter_email.text(),
            "reporter_address": self.reporter_address.text(),
            "anonymous": self.anonymous.isChecked(),
            "confidential": self.confidential.isChecked(),
            "district_code": self.kecamatan.currentData(),
            "village_code": self.kelurahan.currentData(),
            "attachments": [str(a.prepared.source) for a in self._attachments],
        }

    def set_values(self, v: dict[str, Any]) -> None:
        """Fill the form from ``values()`` output (a restored draft)."""
        if not self.ref_loaded:
            self._pending_restore = dict(v)
            return
        self._loading = True
        try:
            self.title.setText(str(v.get("title") or ""))
            self.body.setPlainText(str(v.get("body") or ""))
            self.classification.setCurrentIndex(max(0, self.classification.findData(v.get("classification"))))
            ch = self.channel.findData(v.get("channel") or "tatap_muka")
            self.channel.setCurrentIndex(max(0, ch))
            cid = v.get("category_id")
            i = self.category.findData(cid) if cid is not None else -1
            if i >= 0:
                self.category.setCurrentIndex(i)
            else:
                self.category.setEditText(str(v.get("category_text") or ""))
            inc = v.get("incident_date")
            self.incident_date.setDate(QDate.fromString(inc, "yyyy-MM-dd") if inc else NO_DATE)
            self.reporter_name.setText(str(v.get("reporter_name") or ""))
            self.reporter_nik.setText(str(v.get("reporter_nik") or ""))
            self.reporter_phone.setText(str(v.get("reporter_phone") or ""))
            self.reporter_email.setText(str(v.get("reporter_email") or ""))
            self.reporter_address.setText(str(v.get("reporter_address") or ""))
            self.anonymous.setChecked(bool(v.get("anonymous")))
            self.confidential.setChecked(bool(v.get("confidential", True)))
            k = self.kecamatan.findData(v.get("district_code")) if v.get("district_code") else 0
            self.kecamatan.setCurrentIndex(max(0, k))
            self._fill_kelurahan()
            kl = self.kelurahan.findData(v.get("village_code")) if v.get("village_code") else 0
            self.kelurahan.setCurrentIndex(max(0, kl))
        finally:
            self._loading = False
        for p in v.get("attachments") or []:
            self.add_attachment(Path(p))
        self._changed_keys.update(k for k, w in self.inputs.items())
        self._touched.update(self._filled_keys())
        self._dirty = True
        self._validate()
        self._similar_timer.start()

    def _filled_keys(self) -> set[str]:
        out = set()
        for key, w in self.inputs.items():
            if isinstance(w, QLineEdit) and w.text().strip():
                out.add(key)
            elif isinstance(w, QPlainTextEdit) and w.toPlainText().strip():
                out.add(key)
        return out

    def _category_id(self) -> int | str | None:
        text = self.category.currentText().strip()
        if not text:
            return None
        i = self.category.findText(text, Qt.MatchFlag.MatchFixedString)
        if i < 0 and text.isdigit():  # the LAPOR! category number typed by someone who knows it
            i = self.category.findData(int(text))
        if i >= 0:
            return self.category.itemData(i)
        return text  # not in the list: reported as an error

    def complaint_data(self) -> dict[str, Any]:
        """The intake shape the service records."""
        v = self.values()
        reporter = {"name": v["reporter_name"], "nik": v["reporter_nik"], "phone": v["reporter_phone"],
                    "email": v["reporter_email"], "address": v["reporter_address"]}
        reporter = {k: x.strip() for k, x in reporter.items() if x and x.strip()}
        location: dict[str, Any] = {}
        if v["district_code"]:
            location = {"province": self.ref.province or None, "city": self.ref.city or None,
                        "district": self.kecamatan.currentText()}
            if v["village_code"]:
                location["village"] = self.kelurahan.currentText()
        cat = v["category_id"]
        return {
            "title": v["title"], "body": v["body"], "classification": v["classification"],
            "channel": v["channel"] or "tatap_muka",
            "category_id": cat if isinstance(cat, int) else None,
            "reporter": reporter or None, "anonymous": v["anonymous"], "confidential": v["confidential"],
            "location": location or None, "incident_date": v["incident_date"],
        }

    # ================================================================== change tracking, validation
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusOut:
            key = self._key_of(obj)
            if key and key in self._changed_keys and key not in self._touched:
                self._touched.add(key)
                self._validate()
        return super().eventFilter(obj, event)

    def _key_of(self, obj: QObject) -> str | None:
        for key, w in self.inputs.items():
            if obj is w or (key == "category" and obj is self.category.lineEdit()):
                return key
        return None

    def _changed(self, *_args: object) -> None:
        if self._loading or self.recorded is not None:
            return
        sender = self.sender()
        key = self._key_of(sender) if sender is not None else None
        if key:
            self._changed_keys.add(key)
            if isinstance(sender, (QComboBox, QCheckBox, QDateEdit)):
                self._touched.add(key)
        self._dirty = True
        self.notice.setVisible(False)
        self._draft_timer.start()
        self._similar_timer.start()
        self._validate()

    def _category_error(self) -> FieldError | None:
        cat = self._category_id()
        if isinstance(cat, str):
            msg_en = "Choose a category from the list, or leave it empty."
            return FieldError("category_id", "not_in_list", self.tr("Choose a category from the list, or leave "
                                                                   "it empty."), msg_en)
        return None

    def current_errors(self) -> list[FieldError]:
        errors = self.service.check(self.complaint_data(), self.ref.category_ids or None)
        cat = self._category_error()
        if cat is not None:
            errors = [e for e in errors if e.field != "category_id"] + [cat]
        return errors

    def _message(self, e: FieldError) -> str:
        return e.message if self.lang == "id" else e.message_en

    def _validate(self) -> list[FieldError]:
        errors = self.current_errors()
        self._errors = errors
        shown: dict[str, list[str]] = {}
        for e in errors:
            key = _ERROR_TARGET.get(e.field) or _ERROR_TARGET.get(e.field.split(".")[0], "title")
            if self._show_all or key in self._touched:
                shown.setdefault(key, []).append(self._message(e))
        for key, label in self.error_labels.items():
            msgs = shown.get(key, [])
            label.setText("\n".join(msgs))
            label.setVisible(bool(msgs))
            w = self.inputs.get(key)
            if w is not None and not isinstance(w, QCheckBox):
                w.setStyleSheet(INVALID_STYLE if msgs else "")
                w.setAccessibleDescription("; ".join(msgs))
        if self._show_all:
            self._update_summary(errors)
        return errors

    def _update_summary(self, errors: list[FieldError]) -> None:
        lines = [self._message(e) for e in errors] + self._attachment_errors
        if not lines:
            self.summary.setVisible(False)
            self.summary.setText("")
            return
        head = self.tr("Not saved yet: %n field(s) need attention.", "", len(lines))
        shown = lines[:6]
        more = len(lines) - len(shown)
        text = head + "\n• " + "\n• ".join(shown)
        if more > 0:
            text += "\n• " + self.tr("…and %n more (marked in red above).", "", more)
        self.summary.setText(text)
        self.summary.setVisible(True)

    # ================================================================== saving
    def is_dirty(self) -> bool:
        return self._dirty and self.recorded is None

    def save(self) -> None:
        if self._saving or self.recorded is not None:
            return
        self._show_all = True
        errors = self._validate()
        if errors or self._attachment_errors:
            self._update_summary(errors)
            self._focus_first_error(errors)
            return
        self.summary.setVisible(False)
        data = self.complaint_data()
        atts = [AttachmentIn(a.prepared.path, a.prepared.filename) for a in self._attachments]
        svc, actor = self.service, self.actor
        self._set_saving(True)
        self.runner.db(lambda: svc.record(actor, data, atts), on_done=self._saved, on_error=self._save_failed)

    def _focus_first_error(self, errors: list[FieldError]) -> None:
        order = list(self.inputs)
        keys = {(_ERROR_TARGET.get(e.field) or "title") for e in errors}
        if self._attachment_errors:
            keys.add("attachments")
        for key in order:
            if key in keys:
                self.inputs[key].setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("&Save (Ctrl+S)"))

    def _saved(self, rec: Recorded) -> None:
        self._set_saving(False)
        self._draft_timer.stop()
        self.recorded = rec
        self._dirty = False
        self._similar_timer.stop()
        self._similar_seq += 1
        self.similar_list.clear()
        drafts, draft_id = self.drafts, self._draft_id
        self.runner.db(lambda: drafts.delete(draft_id))
        self.receipt_label.setText(rec.receipt_number)
        self._set_saved_mode(True)
        svc, actor = self.service, self.actor
        self.runner.db(lambda: svc.receipt(actor, rec.id), on_done=self._receipt_loaded)
        self.saved.emit(rec)
        self.new_button.setFocus()

    def _receipt_loaded(self, receipt: Receipt) -> None:
        self.receipt = receipt
        from lapor_desktop.reports.receipt import format_date

        self.deadline_label.setText(self.tr("To be verified by %1").replace(
            "%1", format_date(receipt.deadline, self.lang)))
        self.print_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self.receipt_ready.emit(receipt)

    def _save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        if isinstance(exc, InvalidInput):
            att_msgs = [self._message(e) for e in exc.errors if e.field.startswith("attachments")]
            self._attachment_errors = att_msgs
            self._show_attachment_errors()
            self._show_all = True
            errs = self._validate()
            other = [e for e in exc.errors if not e.field.startswith("attachments") and e not in errs]
            self._update_summary(errs + other)
            return
        refused = refusal_text(exc, self.actor.role)
        if refused is not None:  # not a database fault: say so, plainly
            log.warning("saving a complaint refused: %s", getattr(exc, "code", ""))
            self.summary.setText(refused)
            self.summary.setVisible(True)
            return
        full = storage_error_text(exc, self.desk.paths.data_dir)
        if full is not None:  # a full disk or read-only folder: the form stays as typed
            log.warning("saving a complaint failed: %s", getattr(exc, "code", type(exc).__name__))
            self.summary.setText(full)
            self.summary.setVisible(True)
            return
        log.error("saving a complaint failed: %s", type(exc).__name__, exc_info=exc)
        self.summary.setText(self.tr("The complaint could not be saved because of a problem with the "
                                     "database. Nothing typed is lost: the form is kept as a draft. "
                                     "Try again; if it keeps failing, call the administrator."))
        self.summary.setVisible(True)
        self.flush_draft()

    def _set_saved_mode(self, saved: bool) -> None:
        self.form_inputs_enabled(not saved)
        self.saved_banner.setVisible(saved)
        self.save_button.setEnabled(not saved)
        self.print_button.setEnabled(saved and self.receipt is not None)
        self.pdf_button.setEnabled(saved and self.receipt is not None)
        self.heading.setText(self.tr("Complaint saved") if saved else self.tr("New complaint"))

    def form_inputs_enabled(self, enabled: bool) -> None:
        texts = []
        for key, w in self.inputs.items():
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.setReadOnly(not enabled)
                texts.append(w)
            elif key not in ("attachments",):
                w.setEnabled(enabled)
        repolish(texts)  # the saved form looks read-only (grey), not waiting for typing
        self.add_attachment_button.setEnabled(enabled)
        self.remove_attachment_button.setEnabled(enabled)
        if enabled:
            self._fill_kelurahan_enabled()

    def _fill_kelurahan_enabled(self) -> None:
        self.kelurahan.setEnabled(bool(self.kecamatan.currentData()))

    # ================================================================== new / escape
    def new_complaint(self) -> None:
        if self.is_dirty() and not dialogs.ask(
                self, self.tr("Start a new complaint?"),
                self.tr("The form has not been saved. Throw away what was typed and start a new complaint?"),
                self.tr("Throw away and start new"), self.tr("Keep editing")):
            return
        self.clear_form()

    def escape(self) -> None:
        if self.recorded is not None:
            self.clear_form()
            return
        if not self.is_dirty():
            return
        if dialogs.ask(self, self.tr("Clear the form?"),
                       self.tr("Throw away what was typed in this form? This cannot be undone."),
                       self.tr("Throw away"), self.tr("Keep editing")):
            self.clear_form()

    def clear_form(self) -> None:
        old_draft = self._draft_id
        drafts = self.drafts
        self._draft_timer.stop()
        self.runner.db(lambda: drafts.delete(old_draft))
        self._draft_id = uuid.uuid4().hex
        self._loading = True
        try:
            for w in (self.title, self.reporter_name, self.reporter_nik, self.reporter_phone,
                      self.reporter_email, self.reporter_address):
                w.clear()
            self.body.clear()
            self.classification.setCurrentIndex(0)
            self.channel.setCurrentIndex(max(0, self.channel.findData("tatap_muka")))
            self.category.setCurrentIndex(0)
            self.category.setEditText("")
            self.incident_date.setDate(NO_DATE)
            self.anonymous.setChecked(False)
            self.confidential.setChecked(True)
            self.kecamatan.setCurrentIndex(0)
            self._fill_kelurahan()
        finally:
            self._loading = False
        self.attachment_list.clear()
        self._attachments.clear()
        self._attachment_errors = []
        self._show_attachment_errors()
        self.similar_list.clear()
        self.notice.setVisible(False)
        self.recorded = None
        self.receipt = None
        self._dirty = False
        self._show_all = False
        self._touched.clear()
        self._changed_keys.clear()
        self.summary.setVisible(False)
        self._set_saved_mode(False)
        self._validate()
        self.title.setFocus()

    # ================================================================== drafts
    def flush_draft(self) -> None:
        """Write the draft now (normally a second after the last change)."""
        self._draft_timer.stop()
        if not self.is_dirty():
            return
        drafts, draft_id, values = self.drafts, self._draft_id, self.values()
        owner, when = self.actor.login, self.desk.now_iso()
        self.runner.db(lambda: drafts.save(draft_id, values, owner=owner, saved_at=when),
                       on_error=self._draft_failed)

    def _draft_failed(self, exc: BaseException) -> None:
        """A draft could not be written (full disk, read-only folder): the status bar says so."""
        if storage_error_text(exc, self.desk.paths.data_dir) is None:
            log.error("writing a draft failed: %s", type(exc).__name__, exc_info=exc)

    def _offer_draft(self, draft: Draft | None) -> None:
        if draft is None or self.is_dirty():
            return
        self.offered_draft = draft
        try:
            when = parse_iso(draft.saved_at).astimezone(self.desk.tz).strftime("%d-%m-%Y %H:%M")
        except ValueError:
            when = "?"
        title = str(draft.data.get("title") or "").strip() or self.tr("(no title)")
        self.draft_text.setText(self.tr("A complaint form was not saved (last change %1): “%2”. "
                                        "Restore it to finish and save it?")
                                .replace("%1", when).replace("%2", title[:80]))
        self.draft_banner.setVisible(True)
        self.restore_button.setFocus()

    def restore_offered_draft(self) -> None:
        d = self.offered_draft
        if d is None:
            return
        self.offered_draft = None
        self.draft_banner.setVisible(False)
        if self.recorded is not None:
            self.clear_form()
        old_id = self._draft_id
        self._draft_id = d.draft_id  # keep writing to the same file
        drafts = self.drafts
        if old_id != d.draft_id:
            self.runner.db(lambda: drafts.delete(old_id))
        self.set_values(d.data)
        self.title.setFocus()

    def discard_offered_draft(self) -> None:
        d = self.offered_draft
        if d is None:
            return
        if not dialogs.ask(self, self.tr("Discard the draft?"),
                           self.tr("Throw away the unsaved complaint form? This cannot be undone."),
                           self.tr("Throw away"), self.tr("Keep it")):
            return
        self.offered_draft = None
        self.draft_banner.setVisible(False)
        drafts, draft_id = self.drafts, d.draft_id
        self.runner.db(lambda: drafts.delete(draft_id))
        self.title.setFocus()

    # ================================================================== duplicates
    def _look_for_similar(self) -> None:
        if self.recorded is not None:
            return
        v = self.values()
        text = f"{v['title']} {v['body']}".strip()
        nik = "".join(ch for ch in v["reporter_nik"] if ch.isdigit())
        nik = nik if len(nik) == 16 else None
        phone = v["reporter_phone"].strip() or None
        if len(text) < 4 and not nik and not phone:
            self.similar_list.clear()
            return
        self._similar_seq += 1
        seq = self._similar_seq
        svc, actor = self.service, self.actor
        self.runner.db(lambda: svc.similar(actor, text=text[:500], nik=nik, phone=phone),
                       on_done=lambda items: self._show_similar(seq, items), on_error=lambda _e: None)

    def _show_similar(self, seq: int, items: list) -> None:
        if seq != self._similar_seq:
            return  # an older answer
        self.similar_list.clear()
        for it in items:
            try:
                when = parse_iso(it.received_at).astimezone(self.desk.tz).strftime("%d-%m-%Y")
            except ValueError:
                when = ""
            why = self.similar_why(it)
            # one line per candidate: number, date, title, and why it is shown
            li = QListWidgetItem(f"{it.receipt_number or '—'} · {when} · {it.title} — {why}")
            li.setData(Qt.ItemDataRole.UserRole, (it, when))
            li.setToolTip(f"{it.receipt_number or '—'} · {when}\n{it.title}\n{why}\n\n"
                          + self.tr("Press Enter or double-click: add to this complaint, open it or reprint "
                                    "its receipt"))
            self.similar_list.addItem(li)

    def similar_why(self, it: Any) -> str:
        shared = tuple(getattr(it, "shared", ()) or ())
        if it.reason == "text" and shared:
            return self.tr("same words: %1").replace("%1", ", ".join(shared[:4]))
        return similar_reason_label(it.reason)

    def _similar_activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data or self.recorded is not None or self._saving:
            return
        it, when = data
        svc, actor = self.service, self.actor
        self.runner.db(lambda: svc.note_plan(actor, it.id),
                       on_done=lambda plan: self._ask_about_similar(it, when, plan),
                       on_error=self._similar_failed)

    def _similar_failed(self, exc: BaseException) -> None:
        log.error("an earlier complaint could not be read: %s", type(exc).__name__, exc_info=exc)
        dialogs.inform(self, self.tr("An earlier complaint"),
                       self.tr("The earlier complaint could not be read. Details are in the log file."), error=True)

    def _similar_text(self) -> str:
        title, body = self.title.text().strip(), self.body.toPlainText().strip()
        return "\n\n".join(t for t in (title, body) if t)

    def _ask_about_similar(self, it: Any, when: str, plan: Any) -> None:
        if self.recorded is not None or self._saving:
            return  # saved (or being saved) while the complaint was read
        if self.similar_dialog is not None:
            self.similar_dialog.close()
        dlg = SimilarComplaintDialog(self, receipt_number=it.receipt_number, received=when, title=it.title,
                                     status=plan.status, reason=self.similar_why(it), note_action=plan.action,
                                     text=self._similar_text(), attachment_count=len(self._attachments))
        self.similar_dialog = dlg
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda code: self._similar_chosen(dlg, it.id, code))
        dlg.open()  # window-modal, and the event loop goes on (no nested exec)

    def _similar_chosen(self, dlg: SimilarComplaintDialog, complaint_id: str, code: int) -> None:
        if self.similar_dialog is dlg:
            self.similar_dialog = None
        if code == SimilarComplaintDialog.ADD:
            text, expected = dlg.text(), dlg.note_action
            atts = [AttachmentIn(a.prepared.path, a.prepared.filename) for a in self._attachments]
            svc, actor = self.service, self.actor
            self._set_saving(True)
            self.form_inputs_enabled(False)  # what is typed now would be cleared with the form
            self.runner.db(lambda: svc.add_to_existing(actor, complaint_id, text, atts, expected),
                           on_done=self._added, on_error=self._add_failed)
        elif code == SimilarComplaintDialog.OPEN:
            self.flush_draft()  # the form stays as it is, and on disk
            self.open_requested.emit(complaint_id)
        elif code == SimilarComplaintDialog.REPRINT:
            self._print_complaint(complaint_id)

    def _added(self, res: Any) -> None:
        self._set_saving(False)
        self.clear_form()  # the draft goes too: everything is on the earlier complaint now
        self.notice.setText(self.tr("Added to complaint %1. The form is empty for the next reporter.")
                            .replace("%1", res.receipt_number or "—"))
        self.notice.setVisible(True)
        self.added_to_existing.emit(res)

    def _add_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        self.form_inputs_enabled(True)
        if isinstance(exc, InvalidAction) and exc.code == "note_action_changed":
            text = self.tr("Nothing was added: the earlier complaint changed in the meantime (it is now "
                           "\"%1\"). Choose it in the list again to see what adding would do now.") \
                .replace("%1", status_label(str(exc.params.get("status") or "")))
        elif isinstance(exc, InvalidInput):
            msgs = [self._message(e) for e in exc.errors]
            text = self.tr("Nothing was added to the earlier complaint:") + "\n• " + "\n• ".join(msgs)
        elif (full := storage_error_text(exc, self.desk.paths.data_dir)) is not None:
            text = full
        else:
            log.error("adding to an earlier complaint failed: %s", type(exc).__name__, exc_info=exc)
            text = self.tr("Nothing was added to the earlier complaint (the complaint may have changed, or the "
                           "database had a problem). The form is kept. Details are in the log file.")
        self.flush_draft()
        dialogs.inform(self, self.tr("An earlier complaint"), text, error=True)

    # ================================================================== attachments
    def choose_attachments(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add attachments"), str(Path.home()),
            self.tr("Photos and documents (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff *.pdf);;"
                    "All files (*)"))
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

    # ================================================================== receipt
    def layout_choice(self) -> str:
        return self.receipt_layout.currentData() or "a4"

    def print_receipt(self) -> receipt_actions.ReceiptPreview | None:
        """Ctrl+P: the preview, its Print button focused (Enter, or Ctrl+P again, prints)."""
        if self.receipt is None:
            if self.recorded is None:
                self.summary.setText(self.tr("Save the complaint first; then its receipt can be printed."))
                self.summary.setVisible(True)
            return None
        return self._preview(self.receipt)

    def _preview(self, receipt: Receipt) -> receipt_actions.ReceiptPreview:
        dlg = receipt_actions.preview(self, receipt, self.layout_choice(), RECEIPT_LANG)
        dlg.saved.connect(self._receipt_saved)
        self.preview_dialog = dlg
        return dlg

    def save_receipt_pdf(self, path: str | None = None) -> Path | None:
        if self.receipt is None:
            return None
        if not path:
            suggested = str(Path.home() / f"tanda-terima-{self.receipt.receipt_number}.pdf")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save receipt as PDF"), suggested,
                                                  self.tr("PDF files (*.pdf)"))
            if not path:
                return None
        out = printing.save_pdf(self.receipt, self.layout_choice(), path, RECEIPT_LANG).resolve()
        self._receipt_saved(str(out))
        return out

    def _receipt_saved(self, where: str) -> None:
        """Say where the PDF went (the clerk has to find it to print or send it)."""
        self.notice.setText(self.tr("Receipt saved as PDF: %1").replace("%1", where))
        self.notice.setVisible(True)

    def reprint(self) -> receipt_actions.ReprintDialog:
        """Find a complaint by receipt number, tracking number or reporter's name; print its receipt again."""
        svc, actor = self.service, self.actor
        dlg: receipt_actions.ReprintDialog

        def search(text: str) -> None:
            self.runner.db(lambda: svc.find_for_reprint(actor, text),
                           on_done=lambda found: dlg.show_results(found), on_error=self._reprint_failed)

        dlg = receipt_actions.ReprintDialog(self, search, self.desk.tz)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.chosen.connect(self._print_complaint)
        self.reprint_dialog = dlg
        dlg.open()
        return dlg

    def _reprint_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFound):
            dialogs.inform(self, self.tr("Reprint a receipt"), self.tr("No complaint has that receipt number."))
        else:
            log.error("a receipt could not be made: %s", type(exc).__name__, exc_info=exc)
            dialogs.inform(self, self.tr("Reprint a receipt"),
                           self.tr("The receipt could not be made. Details are in the log file."), error=True)

    def _print_complaint(self, complaint_id: str) -> None:
        """A reprint: marked as such, with the name of who prints it now."""
        svc, actor = self.service, self.actor
        self.runner.db(lambda: svc.receipt(actor, complaint_id, reprint=True),
                       on_done=self._preview, on_error=self._reprint_failed)

    # ================================================================== layout memory, shutdown
    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("intake/receiptLayout", self.layout_choice())

    def restore_layout(self, settings: QSettings) -> None:
        i = self.receipt_layout.findData(settings.value("intake/receiptLayout", "a4"))
        if i >= 0:
            self.receipt_layout.setCurrentIndex(i)

    def shutdown(self) -> None:
        self._similar_timer.stop()
        if self.is_dirty() and not self.runner.closed:
            self.flush_draft()
        self._draft_timer.stop()


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)

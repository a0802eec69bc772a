"""Loket: the walk-in intake page (header, banners, saving, the receipt); see the package's docstring."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.errors import InvalidInput
from lapor_desktop.domain.enums import DEFAULT_CHANNEL
from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.validation import FieldError
from lapor_desktop.reports.receipt import Receipt
from lapor_desktop.services.complaints import AttachmentIn, Recorded
from lapor_desktop.services.desk import Desk
from lapor_desktop.services.drafts import Draft, DraftStore
from lapor_desktop.services.frontdesk import FormReference, FrontDeskService

from .. import dialogs, printing, receipt_actions
from ..forms import Errors
from ..look import repolish, set_role
from ..refusals import refusal_text
from ..similar_dialog import SimilarComplaintDialog
from ..storage_status import storage_error_text
from ..tasks import TaskRunner
from .attachments_panel import IntakeAttachments, _Attachment
from .drafts import IntakeDrafts
from .form import NO_DATE, _ERROR_TARGET, IntakeForm
from .similar import IntakeSimilar

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 1000
SIMILAR_DELAY_MS = 400


class IntakePage(IntakeForm, IntakeDrafts, IntakeSimilar, IntakeAttachments, QWidget):
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
        self.printer = receipt_actions.ReceiptPrinter(self, runner, self.service, actor, self.layout_choice,
                                                      self._receipt_saved)
        self.reprint_dialog: receipt_actions.ReprintDialog | None = None
        self._similar_seq = 0
        self._pending_restore: dict[str, Any] | None = None
        self.inputs: dict[str, QWidget] = {}
        self.field_errors = Errors("intake")  # the error line under each input
        self.error_labels: dict[str, QLabel] = self.field_errors.labels

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

        self._build_header(outer)
        self._build_draft_banner(outer)
        self._build_banners(outer)
        self._build_form(outer)

        # ---- error summary
        self.summary = QLabel("")
        self.summary.setObjectName("intake.errorSummary")
        self.summary.setWordWrap(True)
        self.summary.setVisible(False)
        outer.addWidget(self.summary)

        self._name_widgets()
        self._set_tab_order()

    def _build_header(self, outer: QVBoxLayout) -> None:
        # ---- header: heading, receipt number, actions
        head = QHBoxLayout()
        self.heading = QLabel(self.tr("New complaint"))
        self.heading.setObjectName("intake.heading")
        set_role(self.heading, "heading")
        head.addWidget(self.heading)
        head.addStretch(1)
        self.new_button = QPushButton(self.tr("Ne&w (Ctrl+N)"))
        self.new_button.setObjectName("intake.new")
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"))
        self.save_button.setObjectName("intake.save")
        self.save_button.setDefault(False)
        set_role(self.save_button, "primary")
        head.addWidget(self.new_button)
        head.addWidget(self.save_button)
        outer.addLayout(head)
        # receipt actions on a row of their own: longer translations never widen the window
        receipt_row = QHBoxLayout()
        receipt_row.addStretch(1)
        self._build_receipt_actions(receipt_row)
        outer.addLayout(receipt_row)

    def _build_banners(self, outer: QVBoxLayout) -> None:
        # ---- banner: saved, receipt
        self.saved_banner = QFrame()
        self.saved_banner.setObjectName("intake.savedBanner")
        sb = QHBoxLayout(self.saved_banner)
        sb.setContentsMargins(8, 4, 8, 4)
        self.saved_text = QLabel(self.tr("Saved. Receipt number:"))
        self.receipt_label = QLabel("")
        self.receipt_label.setObjectName("intake.receiptNumber")
        self.receipt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        self.notice.setVisible(False)
        outer.addWidget(self.notice)

    def _build_form(self, outer: QVBoxLayout) -> None:
        # ---- the form, three columns in a scroll area (fallback for small screens)
        self.form = QWidget()
        self.form.setObjectName("intake.form")
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)

        # column 1: the complaint
        g_report = self._build_complaint_group()

        # column 2: reporter and location
        g_rep, g_loc = self._build_reporter_groups()

        # column 3: attachments and similar complaints
        g_att = self._build_attachments()
        g_sim = self._build_similar()

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

    def _name_widgets(self) -> None:
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

    def _set_tab_order(self) -> None:
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
            self.channel.setCurrentIndex(max(0, self.channel.findData(DEFAULT_CHANNEL)))
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
        return self.printer.show(self.receipt)

    @property
    def preview_dialog(self) -> receipt_actions.ReceiptPreview | None:
        """The receipt's print preview last opened here."""
        return self.printer.preview_dialog

    def save_receipt_pdf(self, path: str | None = None) -> Path | None:
        if self.receipt is None:
            return None
        if not path:
            suggested = str(Path.home() / f"tanda-terima-{self.receipt.receipt_number}.pdf")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save receipt as PDF"), suggested,
                                                  self.tr("PDF files (*.pdf)"))
            if not path:
                return None
        out = printing.save_pdf(self.receipt, self.layout_choice(), path, receipt_actions.RECEIPT_LANG).resolve()
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
                           on_done=lambda found: dlg.show_results(found), on_error=self.printer.failed)

        dlg = receipt_actions.ReprintDialog(self, search, self.desk.tz)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.chosen.connect(self.printer.reprint)
        self.reprint_dialog = dlg
        dlg.open()
        return dlg

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

"""Printing a receipt, by keyboard alone, from the intake form and from the queue.

``ReceiptPreview`` is Qt's print preview with a row of real buttons under it: "Print… (Ctrl+P)"
is the default button and has the focus, so Enter (or Ctrl+P again) opens the print dialog, and
Enter there prints; "Save as PDF…" and "Close" sit beside it. After printing or saving, the
preview says where the receipt went (a PDF's full path).

``ReprintDialog`` finds a receipt to print again by receipt number, the hub's tracking number or
the reporter's name (a name finds anonymous complaints only for roles that may see them: the
service decides). Both dialogs open window-modal without a nested event loop (``open()``).

``ReceiptPrinter`` is the one print path the intake form and the queue share: it makes a
receipt (a reprint marked as such) on the database thread, opens the preview, says where a
PDF went, and explains a failure.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.errors import NotFound
from lapor_desktop.domain.model import Actor
from lapor_desktop.reports.receipt import Receipt
from lapor_desktop.services.frontdesk import FrontDeskService

from . import dialogs, printing
from .fmt import fmt_short
from .refusals import refusal_text
from .tasks import TaskRunner

log = logging.getLogger(__name__)

RECEIPT_LANG = "id"  # the receipt goes to the reporter: Indonesian whatever the clerk's UI language


class ReceiptPreview(QPrintPreviewDialog):
    printed = Signal(str)  # printer name
    saved = Signal(str)  # full path of the PDF

    def __init__(self, receipt: Receipt, layout: str, lang: str, parent: QWidget | None = None,
                 printer: QPrinter | None = None) -> None:
        self._own_printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self._own_printer, parent)
        self.receipt, self.receipt_layout, self.receipt_lang = receipt, layout, lang
        self.print_dialog: QPrintDialog | None = None
        self.setObjectName("receipt.preview")
        self._own_printer.setDocName(f"Tanda terima {receipt.receipt_number}")
        title = self.tr("Receipt %1 — print preview").replace("%1", receipt.receipt_number)
        if receipt.reprint:
            title = self.tr("Reprint of receipt %1 — print preview").replace("%1", receipt.receipt_number)
        self.setWindowTitle(title)
        self.paintRequested.connect(lambda p: printing.print_to(p, receipt, layout, lang))

        bar = QWidget()
        bar.setObjectName("receipt.preview.bar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 4, 8, 6)
        self.status = QLabel(self.tr("Enter or Ctrl+P: print. Esc: close."))
        self.status.setObjectName("receipt.preview.status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.status, 1)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setObjectName("receipt.preview.pdf")
        self.print_button = QPushButton(self.tr("&Print… (Ctrl+P)"))
        self.print_button.setObjectName("receipt.preview.print")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("receipt.preview.close")
        for b in (self.pdf_button, self.print_button, self.close_button):
            b.setAccessibleName(b.text().replace("&", ""))
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            b.setAutoDefault(False)
            row.addWidget(b)
        self.print_button.setDefault(True)
        self.layout().addWidget(bar)
        self.print_button.clicked.connect(self.print_now)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.close_button.clicked.connect(self.reject)
        sc = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        sc.setContext(Qt.ShortcutContext.WindowShortcut)
        sc.activated.connect(self.print_now)
        self.resize(900, 700)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        super().showEvent(event)
        QTimer.singleShot(0, lambda: self.print_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason))

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        # Enter anywhere in the preview (the page, the zoom box) prints, as the default button says
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers()
                and not isinstance(self.focusWidget(), QLineEdit)):  # (typing a zoom value is not printing)
            self.print_now()
            return
        super().keyPressEvent(event)

    # ---------------------------------------------------------------- printing
    def print_now(self) -> QPrintDialog:
        """The printer dialog (Enter prints on the chosen printer, a PDF printer included)."""
        if self.print_dialog is not None and self.print_dialog.isVisible():
            return self.print_dialog
        dlg = QPrintDialog(self._own_printer, self)
        dlg.setObjectName("receipt.printDialog")
        dlg.setWindowTitle(self.tr("Print receipt %1").replace("%1", self.receipt.receipt_number))
        dlg.accepted.connect(self._print_accepted)
        self.print_dialog = dlg
        QDialog.open(dlg)  # (PySide's QPrintDialog.open wants a receiver; the plain one is meant)
        return dlg

    def _print_accepted(self) -> None:
        p = self._own_printer
        printing.print_to(p, self.receipt, self.receipt_layout, self.receipt_lang)
        if p.outputFormat() == QPrinter.OutputFormat.PdfFormat and p.outputFileName():
            where = str(Path(p.outputFileName()).resolve())
            self.status.setText(self.tr("Printed to the PDF file %1").replace("%1", where))
            self.saved.emit(where)
        else:
            self.status.setText(self.tr("Sent to the printer %1.").replace("%1", p.printerName() or "—"))
        self.printed.emit(p.printerName() or p.outputFileName())
        self.accept()

    def save_pdf(self, path: str | None = None) -> Path | None:
        if not path:
            suggested = str(Path.home() / f"tanda-terima-{self.receipt.receipt_number}.pdf")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save receipt as PDF"), suggested,
                                                  self.tr("PDF files (*.pdf)"))
            if not path:
                return None
        out = printing.save_pdf(self.receipt, self.receipt_layout, path, self.receipt_lang).resolve()
        self.status.setText(self.tr("Saved as %1").replace("%1", str(out)))
        self.saved.emit(str(out))
        return out


def preview(parent: QWidget, receipt: Receipt, layout: str, lang: str = "id",
            printer: QPrinter | None = None) -> ReceiptPreview:
    """Open the preview (window-modal, no nested event loop) and return it."""
    dlg = ReceiptPreview(receipt, layout, lang, parent, printer)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    QDialog.open(dlg)
    return dlg


class ReprintDialog(QDialog):
    """Type a receipt number, a tracking number or the reporter's name; Enter on a match prints it."""

    chosen = Signal(str)  # complaint id

    def __init__(self, parent: QWidget | None, search: Callable[[str], None], tz) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("reprint.dialog")
        self.setWindowTitle(self.tr("Reprint a receipt"))
        self._search = search
        self.tz = tz
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("Receipt number, tracking number or the reporter's name:"))
        hint.setWordWrap(True)
        self.query = QLineEdit()
        self.query.setObjectName("reprint.query")
        self.query.setAccessibleName(self.tr("Find the complaint"))
        self.query.setPlaceholderText(self.tr("for example TIDORE-AB12-260105-0001, 1000123 or Siti"))
        hint.setBuddy(self.query)
        self.results = QListWidget()
        self.results.setObjectName("reprint.results")
        self.results.setAccessibleName(self.tr("Complaints found"))
        self.results.setUniformItemSizes(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # why it matched stays readable
        self.message = QLabel("")
        self.message.setObjectName("reprint.message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(self.tr("&Reprint"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setObjectName("reprint.print")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for b in buttons.buttons():  # Enter belongs to the search box and the list, not to a default button
            b.setAutoDefault(False)
            b.setDefault(False)
        buttons.accepted.connect(self._choose)
        buttons.rejected.connect(self.reject)
        for w in (hint, self.query, self.results, self.message, buttons):
            lay.addWidget(w)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._return_in_query)
        self.results.itemActivated.connect(lambda _i: self._choose())
        self.resize(780, 400)

    def run_search(self) -> None:
        self._timer.stop()
        text = self.query.text().strip()
        if len(text) < 3:
            self.results.clear()
            self.message.setText(self.tr("Type at least three characters."))
            return
        self.message.setText(self.tr("Searching…"))
        self._search(text)

    def show_results(self, matches: list) -> None:
        self.results.clear()
        how = {"receipt": self.tr("receipt number"), "tracking": self.tr("tracking number"),
               "name": self.tr("reporter's name")}
        for m in matches:
            when = fmt_short(m.received_at, self.tz)
            who = f" · {m.reporter_name}" if m.reporter_name else ""
            it = QListWidgetItem(f"{m.receipt_number or '—'} · {when} · {m.title}{who}  "
                                 f"({how.get(m.matched, m.matched)})")
            it.setData(Qt.ItemDataRole.UserRole, m.id)
            self.results.addItem(it)
        if matches:
            self.results.setCurrentRow(0)
            self.message.setText(self.tr("%1 found. Enter prints the chosen one.").replace("%1", str(len(matches))))
        else:
            self.message.setText(self.tr("Nothing found. Check the number, or search by the reporter's name."))

    def _return_in_query(self) -> None:
        if self._timer.isActive() or not self.results.count():
            self.run_search()
            return
        self._choose()

    def _choose(self) -> None:
        it = self.results.currentItem()
        if it is None:
            self.run_search()
            return
        self.chosen.emit(str(it.data(Qt.ItemDataRole.UserRole)))
        self.accept()


class ReceiptPrinter:
    """A page's receipts: ``show`` one in the preview (on the paper ``layout()`` names), or
    ``reprint`` a recorded complaint's (made on the database thread, marked as a reprint with who
    prints it now). Where a PDF went goes to ``on_saved``; a failure is explained in a dialog."""

    def __init__(self, parent: QWidget, runner: TaskRunner, service: FrontDeskService, actor: Actor,
                 layout: Callable[[], str], on_saved: Callable[[str], None]) -> None:
        self.parent, self.runner, self.service, self.actor = parent, runner, service, actor
        self.layout, self.on_saved = layout, on_saved
        self.preview_dialog: ReceiptPreview | None = None

    def show(self, receipt: Receipt) -> ReceiptPreview:
        dlg = preview(self.parent, receipt, self.layout(), RECEIPT_LANG)
        dlg.saved.connect(self.on_saved)
        self.preview_dialog = dlg
        return dlg

    def reprint(self, complaint_id: str) -> None:
        svc, actor = self.service, self.actor
        self.runner.db(lambda: svc.receipt(actor, complaint_id, reprint=True), on_done=self.show,
                       on_error=self.failed)

    def failed(self, exc: BaseException) -> None:
        title = QCoreApplication.translate("ReceiptPrinter", "Reprint a receipt")
        refused = refusal_text(exc, self.actor.role)
        if isinstance(exc, NotFound):
            dialogs.inform(self.parent, title,
                           QCoreApplication.translate("ReceiptPrinter", "No complaint has that receipt number."))
        elif refused is not None:
            dialogs.inform(self.parent, title, refused, error=True)
        else:
            log.error("a receipt could not be made: %s", type(exc).__name__, exc_info=exc)
            dialogs.inform(self.parent, title, QCoreApplication.translate(
                "ReceiptPrinter", "The receipt could not be made. Details are in the log file."), error=True)

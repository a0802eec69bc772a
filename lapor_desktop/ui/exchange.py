"""Exchange with national LAPOR! through its files, in the GUI: import a v4 admin export, export a
queue view or the whole office in the v4 layout, CSV, XLSX or JSON Lines.

The work runs on the task runner (the import on the database thread, because it writes; the
export on the other pool, because it only reads and may take a while); the dialogs poll a
progress counter the worker updates, so no Python object crosses threads through a signal and
the window stays responsive.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.errors import InvalidInput, LaporError, PermissionDenied
from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.permissions import Right, may
from lapor_desktop.services.desk import Desk
from lapor_desktop.services.exports import ExportService
from lapor_desktop.services.imports import ImportReport, ImportService
from lapor_desktop.services.queue import QueueQuery

from . import dialogs
from .forms import QtWords, error_text
from .storage_status import storage_reason
from .tasks import TaskRunner

POLL_MS = 100
log = logging.getLogger(__name__)


class _Progress:
    """Written by the worker, read by the GUI's timer."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.done = 0
        self.total = 0

    def __call__(self, done: int, total: int) -> None:
        with self._lock:
            self.done, self.total = done, total

    def read(self) -> tuple[int, int]:
        with self._lock:
            return self.done, self.total


def documents_dir() -> str:
    """The user's Documents folder when it exists, else the home folder (never the program's)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


def _error_text(exc: BaseException, lang: str) -> str:
    full = storage_reason(exc)  # a file written where the user chose (a full USB drive, say)
    if full is not None:
        return full[:1].upper() + full[1:] + "."
    if isinstance(exc, InvalidInput):
        return " ".join(error_text(e, lang) for e in exc.errors)
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}: {exc.filename or ''}".strip()
    return str(exc)


class ExportDialog(QDialog):
    """Export the complaints of ``query`` (a queue view with its filters, or everything the
    actor may see) to a file the user chooses."""

    FORMATS = (("lapor-v4", ".xlsx"), ("csv", ".csv"), ("xlsx", ".xlsx"), ("jsonl", ".jsonl"))

    def __init__(self, desk: Desk, runner: TaskRunner, actor: Actor, query: QueueQuery | None = None,
                 title: str = "", lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.runner, self.actor, self.lang = desk, runner, actor, lang
        self.query = query or QueueQuery()
        self.service = ExportService(desk)
        self.setObjectName("export.dialog")
        self.setWindowTitle(self.tr("Export complaints"))
        self.progress_state = _Progress()
        self.written: int | None = None
        self.path: Path | None = None

        lay = QVBoxLayout(self)
        self.what = QLabel(title or self.tr("All complaints you may see"))
        self.what.setWordWrap(True)
        lay.addWidget(self.what)
        form = QFormLayout()
        self.format = QComboBox()
        self.format.setObjectName("export.format")
        labels = {"lapor-v4": self.tr("LAPOR! v4 admin layout (XLSX, 20 columns)"),
                  "csv": self.tr("CSV for spreadsheets (UTF-8)"),
                  "xlsx": self.tr("Excel workbook (XLSX, full text)"),
                  "jsonl": self.tr("JSON Lines (the whole record)")}
        for key, _ext in self.FORMATS:
            self.format.addItem(labels[key], key)
        fmt_label = QLabel(self.tr("&Format:"))
        fmt_label.setBuddy(self.format)
        form.addRow(fmt_label, self.format)
        lay.addLayout(form)
        self.count_label = QLabel(self.tr("Counting…"))
        self.count_label.setObjectName("export.count")
        lay.addWidget(self.count_label)
        self.bar = QProgressBar()
        self.bar.setObjectName("export.progress")
        self.bar.setVisible(False)
        lay.addWidget(self.bar)
        self.result = QLabel("")
        self.result.setObjectName("export.result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.result)
        buttons = QDialogButtonBox()
        self.go = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setObjectName("export.go")
        self.go.setDefault(True)
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.go.clicked.connect(self._choose_file)
        self.close_button.clicked.connect(self.reject)
        lay.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._show_progress)
        actor_, query_, svc = actor, self.query, self.service
        runner.db(lambda: svc.count(actor_, query_), on_done=self._counted,
                  on_error=lambda e: self.count_label.setText(_error_text(e, lang)))
        self.resize(520, self.sizeHint().height())

    def _counted(self, n: int) -> None:
        self.total = n
        self.count_label.setText(self.tr("%n complaint(s) will be exported.", "", n))

    def _choose_file(self) -> None:
        key = self.format.currentData()
        ext = dict(self.FORMATS)[key]
        stamp = self.desk.local_now().strftime("%Y%m%d-%H%M")
        suggested = str(Path(documents_dir()) / f"ekspor-{key}-{stamp}{ext}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export complaints"), suggested,
                                              self.tr("Files (*%1)").replace("%1", ext))
        if path:
            if not path.lower().endswith(ext):
                path += ext
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Start the export into ``path`` (the file chooser calls this; tests call it directly)."""
        self.path = path
        self.written = None
        self.go.setEnabled(False)
        self.format.setEnabled(False)
        self.bar.setVisible(True)
        self.bar.setRange(0, 0)
        self.result.setText(self.tr("Exporting…"))
        progress, svc, actor, query, fmt, lang = (self.progress_state, self.service, self.actor, self.query,
                                                  self.format.currentData(), self.lang)
        self._timer.start()
        # reading only: off the database thread, so a clerk's save never waits behind an export
        self.runner.net(lambda: svc.export(actor, query, fmt, path, progress=progress, lang=lang),
                        on_done=self._done, on_error=self._failed)

    def _show_progress(self) -> None:
        done, total = self.progress_state.read()
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _done(self, n: int) -> None:
        self._timer.stop()
        self.written = n
        self.bar.setRange(0, max(1, n))
        self.bar.setValue(max(1, n))
        self.go.setEnabled(True)
        self.format.setEnabled(True)
        self.result.setText(self.tr("%n complaint(s) exported to %1", "", n).replace("%1", str(self.path)))

    def _failed(self, exc: BaseException) -> None:
        self._timer.stop()
        if not isinstance(exc, (InvalidInput, OSError, LaporError)):
            log.error("export failed: %s", type(exc).__name__, exc_info=exc)
        self.written = -1
        self.bar.setVisible(False)
        self.go.setEnabled(True)
        self.format.setEnabled(True)
        self.result.setText(self.tr("The export failed; nothing was written. %1").replace(
            "%1", _error_text(exc, self.lang)))


class ImportDialog(QDialog):
    """Import an official LAPOR! v4 export and show what happened to each row."""

    imported = Signal()  # something was written: figures and queues may have changed

    def __init__(self, desk: Desk, runner: TaskRunner, actor: Actor, lang: str = "id",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.runner, self.actor, self.lang = desk, runner, actor, lang
        self.service = ImportService(desk)
        self.setObjectName("import.dialog")
        self.setWindowTitle(self.tr("Import a LAPOR! export"))
        self.progress_state = _Progress()
        self.report: ImportReport | None = None
        self.error: str | None = None

        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the XLSX (or CSV) file downloaded from the LAPOR! admin pages. Each row "
                               "becomes a complaint, or updates the one with the same Tracking ID; a row that "
                               "cannot be read is listed below and the others are imported."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.bar = QProgressBar()
        self.bar.setObjectName("import.progress")
        self.bar.setVisible(False)
        lay.addWidget(self.bar)
        self.summary = QLabel("")
        self.summary.setObjectName("import.summary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("import.rows")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setVisible(False)
        lay.addWidget(self.table, 10)
        lay.addStretch(1)  # keeps the lines together while there is no table
        buttons = QDialogButtonBox()
        self.go = buttons.addButton(self.tr("&Choose file…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setObjectName("import.go")
        self.go.setDefault(True)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.go.clicked.connect(self._choose_file)
        close.clicked.connect(self.reject)
        lay.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._show_progress)
        self.resize(640, 420)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a LAPOR! export"), documents_dir(),
                                              self.tr("LAPOR! exports (*.xlsx *.csv)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        self.report, self.error = None, None
        self.go.setEnabled(False)
        self.bar.setVisible(True)
        self.bar.setRange(0, 0)
        self.summary.setText(self.tr("Importing %1…").replace("%1", path.name))
        svc, actor, progress = self.service, self.actor, self.progress_state
        self._timer.start()
        self.runner.db(lambda: svc.import_file(actor, path, progress=progress), on_done=self._done,
                       on_error=self._failed)

    def _show_progress(self) -> None:
        done, total = self.progress_state.read()
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
            self.bar.setFormat(self.tr("%1 rows read").replace("%1", str(done)))

    def _done(self, report: ImportReport) -> None:
        self._timer.stop()
        self.report = report
        self.go.setEnabled(True)
        if report.summary["created"] or report.summary["updated"]:
            self.imported.emit()
        n = len(report.rows)
        self.bar.setRange(0, max(1, n))
        self.bar.setValue(max(1, n))
        self.bar.setFormat(self.tr("%1 rows read").replace("%1", str(n)))
        s = report.summary
        self.summary.setText(self.tr("New: %1 · updated: %2 · unchanged: %3 · not imported: %4")
                             .replace("%1", str(s["created"])).replace("%2", str(s["updated"]))
                             .replace("%3", str(s["unchanged"])).replace("%4", str(s["error"] + s["skipped"])))
        problems = [r for r in report.rows if r.outcome in ("error", "skipped")]
        self.table.setRowCount(len(problems))
        for i, r in enumerate(problems):
            for j, v in enumerate((str(r.row), r.column or "", r.text(QtWords(self.lang)))):
                self.table.setItem(i, j, QTableWidgetItem(v))
        self.table.setVisible(bool(problems))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)

    def _failed(self, exc: BaseException) -> None:
        self._timer.stop()
        self.go.setEnabled(True)
        self.bar.setVisible(False)
        if isinstance(exc, PermissionDenied):
            self.error = self.tr("Your role may not import complaints.")
        elif (full := storage_reason(exc, self.desk.paths.data_dir)) is not None:
            self.error = self.tr("The import stopped: %1. Rows already imported are kept; import the file again "
                                 "once there is room (nothing is recorded twice).").replace("%1", full)
        elif isinstance(exc, (InvalidInput, OSError, LaporError)):
            self.error = self.tr("Nothing was imported. %1").replace("%1", _error_text(exc, self.lang))
        else:
            log.error("import failed: %s", type(exc).__name__, exc_info=exc)
            self.error = self.tr("The import stopped because of an unexpected error (see the log); rows already "
                                 "imported are kept, and importing the file again adds nothing twice.")
        self.summary.setText(self.error)


class FormsImportDialog(QDialog):
    """Import typed-in paper forms (the template): the same checks as the intake form, row by row."""

    imported = Signal()

    def __init__(self, desk: Desk, runner: TaskRunner, actor: Actor, lang: str = "id",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.runner, self.actor, self.lang = desk, runner, actor, lang
        self.setObjectName("forms.dialog")
        self.setWindowTitle(self.tr("Import paper forms"))
        self.results: list | None = None
        self.error: str | None = None
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose the filled-in paper-form template (XLSX). Every row is checked like the "
                               "front-desk form; rows with a problem are listed with their row number and the "
                               "others are recorded, each with its own receipt number."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.summary = QLabel("")
        self.summary.setObjectName("forms.summary")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("forms.rows")
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Field"), self.tr("Problem")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setVisible(False)
        lay.addWidget(self.table, 10)
        lay.addStretch(1)
        buttons = QDialogButtonBox()
        self.go = buttons.addButton(self.tr("&Choose file…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.go.setDefault(True)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.go.clicked.connect(self._choose_file)
        close.clicked.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(640, 420)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import paper forms"), documents_dir(),
                                              self.tr("Paper-form template (*.xlsx)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> None:
        from lapor_desktop.services.paper_form import import_forms

        self.results, self.error = None, None
        self.go.setEnabled(False)
        self.summary.setText(self.tr("Importing %1…").replace("%1", path.name))
        desk, actor = self.desk, self.actor
        self.runner.db(lambda: import_forms(desk, actor, path), on_done=self._done, on_error=self._failed)

    def _done(self, results: list) -> None:  # type: ignore[type-arg]
        self.results = results
        self.go.setEnabled(True)
        ok = [r for r in results if not r.result.errors]
        bad = [(r.row, e) for r in results for e in r.result.errors]
        self.summary.setText(self.tr("Recorded: %1 · refused: %2").replace("%1", str(len(ok)))
                             .replace("%2", str(len(results) - len(ok))))
        self.table.setRowCount(len(bad))
        for i, (row, e) in enumerate(bad):
            for j, v in enumerate((str(row), e.field, error_text(e, self.lang))):
                self.table.setItem(i, j, QTableWidgetItem(v))
        self.table.setVisible(bool(bad))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        if ok:
            self.imported.emit()

    def _failed(self, exc: BaseException) -> None:
        self.go.setEnabled(True)
        if isinstance(exc, PermissionDenied):
            self.error = self.tr("Your role may not record complaints.")
        else:
            self.error = self.tr("Nothing was imported. %1").replace("%1", _error_text(exc, self.lang))
        self.summary.setText(self.error)


class ExchangePage(QWidget):
    """The exchange with national LAPOR! (part of the Reports page)."""

    changed = Signal()  # an import wrote complaints

    def __init__(self, desk: Desk, runner: TaskRunner, actor: Actor, lang: str = "id",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.runner, self.actor, self.lang = desk, runner, actor, lang
        self.setObjectName("exchange.page")
        lay = QVBoxLayout(self)
        box = QGroupBox(self.tr("Exchange with national LAPOR!"))
        box_lay = QVBoxLayout(box)
        text = QLabel(self.tr("The national LAPOR! system has no connection for offices: its admin pages export "
                              "XLSX files. Import such a file to bring national complaints into this office's "
                              "queues; export in the same layout, or as CSV, XLSX or JSON Lines for the "
                              "office's own spreadsheets."))
        text.setWordWrap(True)
        box_lay.addWidget(text)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import LAPOR! export…"))
        self.import_button.setObjectName("exchange.import")
        self.export_button = QPushButton(self.tr("E&xport complaints…"))
        self.export_button.setObjectName("exchange.export")
        may_import = may(actor.role, Right.IMPORT)
        # hidden, never shown: setVisible(True) on a widget without a parent yet opens it as a
        # window of its own for a moment, which takes the activation from the main window
        if not may_import:
            self.import_button.hide()
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(lambda: self.open_export())
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        box_lay.addLayout(row)
        lay.addWidget(box)
        forms = QGroupBox(self.tr("Paper forms"))
        forms_lay = QVBoxLayout(forms)
        forms_text = QLabel(self.tr("For complaints collected on paper or at outreach events: save the template, "
                                    "type the forms into it (one row per complaint), then import it."))
        forms_text.setWordWrap(True)
        forms_lay.addWidget(forms_text)
        frow = QHBoxLayout()
        self.template_button = QPushButton(self.tr("Save the t&emplate…"))
        self.template_button.setObjectName("exchange.template")
        self.forms_button = QPushButton(self.tr("Import paper f&orms…"))
        self.forms_button.setObjectName("exchange.forms")
        if not may(actor.role, Right.RECORD):
            self.forms_button.hide()  # as above
        self.template_button.clicked.connect(self._save_template)
        self.forms_button.clicked.connect(self.open_forms)
        frow.addWidget(self.template_button)
        frow.addWidget(self.forms_button)
        frow.addStretch(1)
        forms_lay.addLayout(frow)
        lay.addWidget(forms)
        lay.addStretch(1)

    def open_import(self) -> ImportDialog:
        dlg = ImportDialog(self.desk, self.runner, self.actor, self.lang, self)
        dlg.imported.connect(self.changed)
        dlg.setModal(True)
        dlg.show()
        return dlg

    def open_forms(self) -> FormsImportDialog:
        dlg = FormsImportDialog(self.desk, self.runner, self.actor, self.lang, self)
        dlg.imported.connect(self.changed)
        dlg.setModal(True)
        dlg.show()
        return dlg

    def _save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the paper-form template"),
                                              str(Path(documents_dir()) / "formulir-pengaduan.xlsx"),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.save_template(Path(path if path.lower().endswith(".xlsx") else path + ".xlsx"))

    def save_template(self, path: Path) -> None:
        from lapor_desktop.services.paper_form import write_template

        desk = self.desk
        self.runner.db(lambda: write_template(desk, path), on_done=self._template_saved,
                       on_error=lambda e: dialogs.inform(self, self.tr("Paper forms"), self.tr(
                           "The template could not be saved: %1").replace("%1", _error_text(e, self.lang))))

    def _template_saved(self, path: Path) -> None:
        self.template_path = path
        dialogs.inform(self, self.tr("Paper forms"), self.tr("The template was saved to %1").replace("%1", str(path)))

    def open_export(self, query: QueueQuery | None = None, title: str = "") -> ExportDialog:
        dlg = ExportDialog(self.desk, self.runner, self.actor, query, title, self.lang, self)
        dlg.setModal(True)
        dlg.show()
        return dlg

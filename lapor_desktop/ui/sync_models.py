"""The Sinkronisasi page's tables: the last runs and the refused events."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from lapor_desktop.services.desk import Desk

from .fmt import fmt_datetime
from .labels import event_label
from .sync_format import explain_text, fmt_bytes, fmt_clock, fmt_count, fmt_duration, outcome_text


class _RowsModel(QAbstractTableModel):
    """A read-only table over a list of rows (set whole), one column per key in ``COLUMNS``."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.rows: list = []
        self.lang = "id"

    def set_rows(self, rows: list, lang: str | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        if lang:
            self.lang = lang
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headers(self) -> dict[str, str]:
        return {}

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return self.headers()[self.COLUMNS[section]]

    def row_at(self, index: QModelIndex | QPersistentModelIndex) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        return self.rows[index.row()]


class SyncRunsModel(_RowsModel):
    """The last sync runs, newest first."""

    COLUMNS = ("time", "sent", "received", "rejected", "bytes", "duration", "result")

    @property
    def runs(self) -> list:
        return self.rows

    def set_runs(self, runs: list, lang: str | None = None) -> None:
        self.set_rows(runs, lang)

    def headers(self) -> dict[str, str]:
        return {
            "time": self.tr("Time"), "sent": self.tr("Sent"), "received": self.tr("Received"),
            "rejected": self.tr("Rejected"), "bytes": self.tr("Data (up / down)"),
            "duration": self.tr("Duration"), "result": self.tr("Result"),
        }

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        run = self.row_at(index)
        if run is None:
            return None
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == "time":
                return fmt_clock(run.started_at, self.desk)
            if col == "sent":
                return fmt_count(run.sent)
            if col == "received":
                return fmt_count(run.received)
            if col == "rejected":
                return fmt_count(run.rejected)
            if col == "bytes":
                return f"{fmt_bytes(run.bytes_up)} / {fmt_bytes(run.bytes_down)}"
            if col == "duration":
                return fmt_duration(run.duration_ms)
            return outcome_text(run.outcome, run.error_code, run.pending_after, self.lang)
        if role == Qt.ItemDataRole.ToolTipRole and col == "result":
            text = outcome_text(run.outcome, run.error_code, run.pending_after, self.lang)
            if run.blobs_uploaded:
                text += "\n" + self.tr("Attachments sent: %1").replace("%1", str(run.blobs_uploaded))
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and col in ("sent", "received", "rejected", "bytes", "duration"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == "result" and run.outcome not in ("ok", "partial"):
            from PySide6.QtGui import QColor

            return QColor("#9b1c1c")
        return None


class RejectedModel(_RowsModel):
    """Events the hub refused, with the reason in words."""

    COLUMNS = ("receipt", "title", "event", "reason", "when")

    def complaint_id(self, row: int) -> str | None:
        return self.rows[row].complaint_id if 0 <= row < len(self.rows) else None

    def headers(self) -> dict[str, str]:
        return {"receipt": self.tr("Receipt number"), "title": self.tr("Complaint"), "event": self.tr("Change"),
                "reason": self.tr("Why the hub refused it"), "when": self.tr("Made at")}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self.row_at(index)
        if r is None:
            return None
        col = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == "receipt":
                return r.receipt_number or ""
            if col == "title":
                return r.title or ""
            if col == "event":
                return event_label(r.type)
            if col == "reason":
                return explain_text(r.reject_code or "malformed", self.lang)
            return fmt_datetime(r.occurred_at, self.desk.tz)
        return None

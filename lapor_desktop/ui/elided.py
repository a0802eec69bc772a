"""A one-line label that shortens its text with "…" instead of widening the window.

Longer translations (and the pseudo-translation check) must never push the main window past
1366 px; the full text stays available as the tooltip and the accessible description.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, min_chars: int = 8) -> None:
        super().__init__(text, parent)
        self._min_chars = min_chars
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._sync_tooltip()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._sync_tooltip()
        self.update()

    def _sync_tooltip(self) -> None:
        text = self.text()
        self.setToolTip(text)
        self.setAccessibleDescription(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        fm = self.fontMetrics()
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), fm.averageCharWidth() * self._min_chars), hint.height())

    def paintEvent(self, _event) -> None:  # noqa: N802, ANN001 - Qt's name
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), text)

"""Bar charts for the Reports page and the monthly PDF (pyqtgraph, not hand-painted).

``BarChart`` draws horizontal bars with the labels on the left axis (long agency and category
names read well), or vertical bars for a trend; a click on a bar emits ``bar_clicked(index)``.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

BAR_COLOUR = QColor("#2f5d8f")
LABEL_CHARS = 34


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1] + "…"


class BarChart(pg.PlotWidget):
    bar_clicked = Signal(int)

    def __init__(self, horizontal: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, background="w")
        self.horizontal = horizontal
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.getPlotItem().showGrid(x=horizontal, y=not horizontal, alpha=0.2)
        for name in ("left", "bottom"):
            ax = self.getAxis(name)
            ax.setTextPen("#333")
            ax.setPen("#999")
        self.values: list[float] = []
        self.labels: list[str] = []
        self._bars: pg.BarGraphItem | None = None
        self.scene().sigMouseClicked.connect(self._clicked)
        self.setFixedHeight(120)

    def set_data(self, labels: Sequence[str], values: Sequence[float]) -> None:
        self.labels, self.values = list(labels), [float(v) for v in values]
        if self._bars is not None:
            self.removeItem(self._bars)
        n = len(self.values)
        positions = list(range(n))
        if self.horizontal:
            # first item at the top
            ys = [n - 1 - i for i in positions]
            self._bars = pg.BarGraphItem(x0=[0] * n, y=ys, height=0.7, width=self.values, brush=BAR_COLOUR,
                                         pen=pg.mkPen(None))
            self.getAxis("left").setTicks([[(y, _short(lbl)) for y, lbl in zip(ys, self.labels)]])
            longest = max((len(_short(lbl)) for lbl in self.labels), default=4)
            self.getAxis("left").setWidth(min(260, 7 * longest + 18))
            self.getAxis("bottom").setTicks(None)
            self.setYRange(-0.6, max(0, n - 1) + 0.6, padding=0)
            self.setXRange(0, max(self.values + [1]) * 1.05, padding=0)
        else:
            self._bars = pg.BarGraphItem(x=positions, height=self.values, width=0.7, brush=BAR_COLOUR,
                                         pen=pg.mkPen(None))
            step = max(1, n // 8)
            self.getAxis("bottom").setTicks([[(i, lbl) for i, lbl in enumerate(self.labels) if i % step == 0]])
            self.getAxis("left").setTicks(None)
            self.setXRange(-0.6, max(0, n - 1) + 0.6, padding=0)
            self.setYRange(0, max(self.values + [1]) * 1.1, padding=0)
        self.addItem(self._bars)
        # as tall as the bars need, never stretched: a single bar stays a bar, not a wall
        self.setFixedHeight(max(120, 26 * n + 50) if self.horizontal else 220)

    def index_at(self, view: QPointF) -> int | None:
        """The bar under a point in data coordinates, if any."""
        n = len(self.values)
        if self.horizontal:
            i = n - 1 - round(view.y())
            inside = 0 <= i < n and abs(view.y() - round(view.y())) <= 0.35 and 0 <= view.x() <= max(
                self.values[i], max(self.values) * 0.02 if self.values else 0)
        else:
            i = round(view.x())
            inside = 0 <= i < n and abs(view.x() - i) <= 0.35 and 0 <= view.y() <= max(self.values[i], 0.05)
        return i if inside else None

    def _clicked(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.button() != Qt.MouseButton.LeftButton:
            return
        view = self.getPlotItem().vb.mapSceneToView(event.scenePos())
        i = self.index_at(view)
        if i is not None:
            self.bar_clicked.emit(i)

    def bar_centre(self, i: int) -> QPointF:
        """Data coordinates of the middle of bar ``i`` (tests click there)."""
        n = len(self.values)
        if self.horizontal:
            return QPointF(self.values[i] / 2, n - 1 - i)
        return QPointF(i, self.values[i] / 2)


def render(chart: BarChart, width: int = 900, height: int = 320) -> QImage:
    """The chart as an image (the monthly PDF embeds it)."""
    chart.resize(width, height)
    return chart.grab().toImage()

"""Drawing a receipt: QTextDocument onto a QPdfWriter or a QPrinter, A4 or 80 mm roll.

The HTML comes from ``reports.receipt``; the preview and the keyboard path are in
``ui.receipt_actions``. The document is laid out at a fixed 96 dpi (on a
QImage, so the screen's scaling does not change the layout) and scaled to the device.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from lapor_desktop.reports.receipt import Receipt, receipt_html

LAYOUT_DPI = 96
MM_PER_INCH = 25.4
A4_MARGIN_MM = 18.0
THERMAL_WIDTH_MM = 80.0
THERMAL_MARGIN_MM = 4.0  # printable width of most 80 mm printers is 72 mm
THERMAL_MIN_HEIGHT_MM = 80.0


def _px(mm: float) -> float:
    return mm / MM_PER_INCH * LAYOUT_DPI


def _document(html: str, width_mm: float) -> QTextDocument:
    doc = QTextDocument()
    ref = QImage(4, 4, QImage.Format.Format_RGB32)
    dpm = int(round(LAYOUT_DPI / 0.0254))
    ref.setDotsPerMeterX(dpm)
    ref.setDotsPerMeterY(dpm)
    doc.documentLayout().setPaintDevice(ref)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(_px(width_mm))
    doc._ref_image = ref  # type: ignore[attr-defined]  # keep the paint device alive
    return doc


def page_setup(receipt: Receipt, layout: str, lang: str) -> tuple[QTextDocument, QPageSize, QMarginsF]:
    html = receipt_html(receipt, layout, lang)
    if layout == "thermal":
        content_w = THERMAL_WIDTH_MM - 2 * THERMAL_MARGIN_MM
        doc = _document(html, content_w)
        height_mm = doc.size().height() / LAYOUT_DPI * MM_PER_INCH + 2 * THERMAL_MARGIN_MM + 2
        size = QPageSize(QSizeF(THERMAL_WIDTH_MM, max(THERMAL_MIN_HEIGHT_MM, height_mm)),
                         QPageSize.Unit.Millimeter, "Receipt 80mm", QPageSize.SizeMatchPolicy.ExactMatch)
        margins = QMarginsF(THERMAL_MARGIN_MM, THERMAL_MARGIN_MM, THERMAL_MARGIN_MM, THERMAL_MARGIN_MM)
    else:
        size = QPageSize(QPageSize.PageSizeId.A4)
        content_w = size.size(QPageSize.Unit.Millimeter).width() - 2 * A4_MARGIN_MM
        doc = _document(html, content_w)
        margins = QMarginsF(A4_MARGIN_MM, A4_MARGIN_MM, A4_MARGIN_MM, A4_MARGIN_MM)
    return doc, size, margins


def _paint(doc: QTextDocument, painter: QPainter, paint_rect_px: QRectF, device_dpi: float,
           new_page) -> None:  # type: ignore[no-untyped-def]
    """Draw ``doc`` page by page into the device's paint rectangle."""
    scale = device_dpi / LAYOUT_DPI
    page_h = paint_rect_px.height() / scale
    page_w = paint_rect_px.width() / scale
    doc.setPageSize(QSizeF(page_w, page_h))
    pages = max(1, doc.pageCount())
    for i in range(pages):
        if i:
            new_page()
        painter.save()
        painter.scale(scale, scale)
        painter.translate(0, -i * page_h)
        doc.drawContents(painter, QRectF(0, i * page_h, page_w, page_h))
        painter.restore()


def save_pdf(receipt: Receipt, layout: str, path: Path | str, lang: str = "id") -> Path:
    doc, size, margins = page_setup(receipt, layout, lang)
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(f"Tanda terima {receipt.receipt_number}")
    writer.setCreator("LAPOR! Desk")
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, margins,
                                     QPageLayout.Unit.Millimeter))
    painter = QPainter(writer)
    try:
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        _paint(doc, painter, QRectF(0, 0, rect.width(), rect.height()), writer.resolution(), writer.newPage)
    finally:
        painter.end()
    return path


def print_to(printer: QPrinter, receipt: Receipt, layout: str, lang: str = "id") -> None:
    doc, size, margins = page_setup(receipt, layout, lang)
    printer.setFullPage(False)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, margins,
                                      QPageLayout.Unit.Millimeter))
    painter = QPainter(printer)
    try:
        rect = printer.pageLayout().paintRectPixels(printer.resolution())
        _paint(doc, painter, QRectF(0, 0, rect.width(), rect.height()), printer.resolution(), printer.newPage)
    finally:
        painter.end()

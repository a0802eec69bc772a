"""The monthly report for the head of office: an A4 PDF with the office, the period, when it was
made, the counts, deadline compliance, two charts and the overdue list. Indonesian, or English when
the interface is English. Rahasia complaints appear only as counts (the overdue list names no
title for them); no reporter identity is in the data at all (``services.dashboard``).
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QObject, QRectF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from lapor_desktop.services.dashboard import Dashboard

from .charts import BarChart, render
from .labels import channel_label, classification_label, status_label
from .printing import A4_MARGIN_MM, _document, _paint


def _pct(on: int, n: int) -> str:
    return "—" if not n else f"{round(100 * on / n)}%"


def _table(title: str, head: tuple[str, str], items: list[tuple[str, int]], none_in_period: str) -> str:
    """One dimension: label, count and share; ``none_in_period`` when it has no rows."""
    e = html.escape
    total = sum(n for _, n in items) or 1
    out = [f"<h3>{e(title)}</h3><table width='100%' cellspacing='0' cellpadding='3' border='1' "
           f"style='border-collapse:collapse; border-color:#999'>",
           f"<tr style='background:#e8eef5'><th align='left'>{e(head[0])}</th><th align='right'>"
           f"{e(head[1])}</th><th align='right'>%</th></tr>"]
    for label, n in items:
        out.append(f"<tr><td>{e(label)}</td><td align='right'>{n}</td>"
                   f"<td align='right'>{round(100 * n / total)}%</td></tr>")
    if not items:
        out.append(f"<tr><td colspan='3'>{e(none_in_period)}</td></tr>")
    out.append("</table>")
    return "".join(out)


class MonthlyReport(QObject):
    """Builds the report's HTML and writes the PDF (one per call)."""

    def period_text(self, d: Dashboard) -> str:
        loc = QLocale()
        first, last = d.date_from, d.date_to
        whole_month = first.day == 1 and last.replace(day=1) == first and \
            date.fromordinal(last.toordinal() + 1).day == 1
        if whole_month:
            return f"{loc.standaloneMonthName(first.month, QLocale.FormatType.LongFormat)} {first.year}"
        return (f"{loc.toString(QDate(first.year, first.month, first.day), 'd MMMM yyyy')} – "
                f"{loc.toString(QDate(last.year, last.month, last.day), 'd MMMM yyyy')}")

    def html(self, d: Dashboard, generated: str, scope: str | None,
             days: tuple[int, int, int] = (3, 5, 60)) -> str:
        t = self._words()
        rows = self._header(d, generated, scope, t)
        rows += self._summary(d, t, days)
        rows += self._breakdowns(d, t)
        rows += self._overdue(d, t)
        rows.append("</body></html>")
        return "".join(rows)

    def _words(self) -> dict[str, str]:
        return {
            "title": self.tr("Monthly report on complaint handling"),
            "period": self.tr("Period"),
            "scope": self.tr("Scope"),
            "generated": self.tr("Generated"),
            "none_in_period": self.tr("None in this period."),
            "summary": self.tr("Summary"),
            "compliance": self.tr("Deadline compliance"),
            "median": self.tr("Median working days to close"),
            "trend": self.tr("Trend"),
            "overdue": self.tr("Overdue complaints"),
            "number": self.tr("Number"),
            "title_col": self.tr("Title"),
            "status": self.tr("Status"),
            "due": self.tr("Due"),
            "more": self.tr("… and %1 more."),
            "none": self.tr("None."),
        }

    def _header(self, d: Dashboard, generated: str, scope: str | None, t: dict[str, str]) -> list[str]:
        """The title, the office, the period, the scope and when it was made."""
        e = html.escape
        rows: list[str] = [
            "<html><body style='font-family: \"DejaVu Sans\", sans-serif; font-size: 9.5pt;'>",
            f"<h2 style='margin:0'>{e(t['title'])}</h2>",
            f"<p style='margin:4px 0 0 0'><b>{e(d.office_name)}</b><br/>",
            f"{e(t['period'])}: {e(self.period_text(d))}<br/>",
        ]
        if scope:
            rows.append(f"{e(t['scope'])}: {e(scope)}<br/>")
        rows.append(f"{e(t['generated'])}: {e(generated)}</p>")
        return rows

    def _summary(self, d: Dashboard, t: dict[str, str], days: tuple[int, int, int]) -> list[str]:
        """The counts, and deadline compliance with the median days to close."""
        e = html.escape
        comp = d.compliance
        rows: list[str] = []
        rows.append(f"<h3>{e(t['summary'])}</h3><table cellspacing='0' cellpadding='3' border='1' "
                    "style='border-collapse:collapse; border-color:#999'>")
        for label, value in ((self.tr("Received in the period"), d.total),
                             (self.tr("of which Rahasia (counted only)"), d.confidential),
                             (self.tr("Overdue today (all periods)"), d.overdue_total)):
            rows.append(f"<tr><td>{e(label)}</td><td align='right'><b>{value}</b></td></tr>")
        rows.append("</table>")
        if comp is not None:
            rows.append(f"<h3>{e(t['compliance'])}</h3><table cellspacing='0' cellpadding='3' "
                        "border='1' style='border-collapse:collapse; border-color:#999'>")
            for label, share in ((self.tr("Verified within %1 working days").replace("%1", str(days[0])),
                                  comp.verified),
                                 (self.tr("Followed up within %1 working days").replace("%1", str(days[1])),
                                  comp.followed_up),
                                 (self.tr("Closed within %1 days").replace("%1", str(days[2])), comp.closed)):
                rows.append(f"<tr><td>{e(label)}</td><td align='right'><b>{_pct(share.on_time, share.counted)}"
                            f"</b></td><td align='right'>{share.on_time} / {share.counted}</td></tr>")
            median = "—" if comp.median_days_to_close is None else f"{comp.median_days_to_close:g}"
            rows.append(f"<tr><td>{e(t['median'])}</td><td align='right'>"
                        f"<b>{median}</b></td><td align='right'>{comp.closed_count}</td></tr></table>")
        return rows

    def _breakdowns(self, d: Dashboard, t: dict[str, str]) -> list[str]:
        """The status chart, one table per dimension, and the trend chart."""
        e = html.escape
        count = self.tr("Complaints")
        none = t["none_in_period"]
        rows: list[str] = []
        rows.append("<p><img src='chart:status' width='620'/></p>")
        rows.append(_table(self.tr("By status"), (self.tr("Status"), count),
                           [(status_label(k), n) for k, n in d.by_status], none))
        rows.append(_table(self.tr("By classification"), (self.tr("Classification"), count),
                           [(classification_label(k) if k else self.tr("not set"), n)
                            for k, n in d.by_classification], none))
        rows.append(_table(self.tr("By channel"), (self.tr("Channel"), count),
                           [(channel_label(k, k) or self.tr("not set"), n) for k, n in d.by_channel], none))
        rows.append(_table(self.tr("By category (top 10)"), (self.tr("Category"), count),
                           [(name or self.tr("not set"), n) for _k, name, n in d.by_category[:10]], none))
        rows.append(_table(self.tr("By agency"), (self.tr("Agency"), count),
                           [(name or self.tr("not forwarded yet"), n) for _k, name, n in d.by_agency], none))
        rows.append(_table(self.tr("By kecamatan (top 10)"), (self.tr("Kecamatan"), count),
                           [(k or self.tr("not set"), n) for k, n in d.by_district[:10]], none))
        rows.append(f"<h3>{e(t['trend'])}</h3><p><img src='chart:trend' width='620'/></p>")
        return rows

    def _overdue(self, d: Dashboard, t: dict[str, str]) -> list[str]:
        """The first 40 overdue complaints (a Rahasia one without its title)."""
        e = html.escape
        rows: list[str] = []
        rows.append(f"<h3>{e(t['overdue'])}</h3>")
        if d.overdue:
            rows.append("<table width='100%' cellspacing='0' cellpadding='3' border='1' "
                        "style='border-collapse:collapse; border-color:#999'><tr style='background:#e8eef5'>"
                        f"<th align='left'>{e(t['number'])}</th><th align='left'>{e(t['title_col'])}</th>"
                        f"<th align='left'>{e(t['status'])}</th><th align='left'>{e(t['due'])}</th></tr>")
            for o in d.overdue[:40]:
                title = o.title if o.title is not None else self.tr("(Rahasia)")
                rows.append(f"<tr><td>{e(o.tracking_id or o.receipt_number or '')}</td><td>{e(title or '')}</td>"
                            f"<td>{e(status_label(o.status))}</td><td>{e(o.due_date)}</td></tr>")
            rows.append("</table>")
            if d.overdue_total > len(d.overdue[:40]):
                rows.append(f"<p>{e(t['more'].replace('%1', str(d.overdue_total - 40)))}</p>")
        else:
            rows.append(f"<p>{e(t['none'])}</p>")
        return rows

    def save_pdf(self, d: Dashboard, path: Path, generated: str, scope: str | None = None,
                 verify_days: int = 3, followup_days: int = 5, completion_days: int = 60) -> Path:
        body = self.html(d, generated, scope, (verify_days, followup_days, completion_days))
        size = QPageSize(QPageSize.PageSizeId.A4)
        content_w = size.size(QPageSize.Unit.Millimeter).width() - 2 * A4_MARGIN_MM
        doc: QTextDocument = _document("", content_w)
        status_chart = BarChart(horizontal=True)
        status_chart.set_data([status_label(k) for k, _ in d.by_status], [n for _, n in d.by_status])
        trend_chart = BarChart(horizontal=False)
        trend_chart.set_data([x.strftime("%d/%m") for x, _ in d.trend], [n for _, n in d.trend])
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:status"),
                        render(status_chart, 700, max(180, 30 * len(d.by_status) + 50)))
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:trend"), render(trend_chart, 700, 240))
        status_chart.deleteLater()
        trend_chart.deleteLater()
        doc.setHtml(body)
        path = Path(path)
        tmp = path.with_name(f".{path.name}.part")
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setTitle(self.tr("Monthly report on complaint handling"))
        writer.setCreator("LAPOR! Desk")
        margins = QMarginsF(A4_MARGIN_MM, A4_MARGIN_MM, A4_MARGIN_MM, A4_MARGIN_MM)
        writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter))
        painter = QPainter(writer)
        try:
            rect = writer.pageLayout().paintRectPixels(writer.resolution())
            _paint(doc, painter, QRectF(0, 0, rect.width(), rect.height()), writer.resolution(), writer.newPage)
        finally:
            painter.end()
        del writer
        tmp.replace(path)
        return path


def write_report(desk, dash: Dashboard, path: Path, lang: str = "id") -> Path:  # type: ignore[no-untyped-def]
    """The command line's way in: a QApplication if there is none (offscreen), the translator, the PDF."""
    from PySide6.QtWidgets import QApplication

    from .i18n import install_translator
    from .reports_page import _now_text

    app = QApplication.instance() or QApplication(["lapor-desktop"])
    install_translator(app, lang)
    pol = desk.projector.policy
    return MonthlyReport().save_pdf(dash, path, generated=_now_text(desk), verify_days=pol.verify_days,
                                    followup_days=pol.followup_days, completion_days=pol.completion_days)

"""The Reports page (Laporan): the dashboard for a chosen period in the user's scope, the monthly PDF,
and the exchange with national LAPOR! (``ui.exchange``).

The figures are computed on the database thread (``services.dashboard``); each chart has its
numbers in a table beside it; a click on a bar or a table row opens the queue filtered to those
complaints (``open_query``).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.domain.model import Actor
from lapor_desktop.services.dashboard import Dashboard, DashboardService
from lapor_desktop.services.desk import Desk

from .charts import BarChart
from .exchange import ExchangePage, documents_dir
from .labels import channel_label, classification_label, status_label
from .tasks import TaskRunner
from .look import set_role

TOP = 10


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def _pct(on: int, n: int) -> str:
    return "—" if not n else f"{round(100 * on / n)}%"


class _Section(QGroupBox):
    """A chart with its numbers in a table; a bar or a row emits ``chosen(key)``."""

    chosen = Signal(object)

    def __init__(self, title: str, head: str, horizontal: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.keys: list[object] = []
        lay = QHBoxLayout(self)
        self.chart = BarChart(horizontal=horizontal)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([head, self.tr("Complaints")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumWidth(300)
        lay.addWidget(self.chart, 3)
        lay.addWidget(self.table, 2)
        self.chart.bar_clicked.connect(lambda i: self.chosen.emit(self.keys[i]))
        self.table.cellActivated.connect(lambda r, _c: self.chosen.emit(self.keys[r]))
        self.table.cellDoubleClicked.connect(lambda r, _c: self.chosen.emit(self.keys[r]))

    def set_rows(self, rows: list[tuple[object, str, int]]) -> None:
        self.keys = [k for k, _, _ in rows]
        self.chart.set_data([label for _, label, _ in rows], [n for _, _, n in rows])
        self.table.setRowCount(len(rows))
        for i, (_k, label, n) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(label))
            item = QTableWidgetItem(f"{n:,}".replace(",", "."))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(i, 1, item)
        self.table.resizeRowsToContents()
        rows_h = self.table.verticalHeader().length() if rows else self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(min(360, rows_h + self.table.horizontalHeader().height() + 4))


class ReportsPage(QWidget):
    open_query = Signal(object)  # a QueueQuery

    def __init__(self, desk: Desk, runner: TaskRunner, actor: Actor, lang: str = "id",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.runner, self.actor, self.lang = desk, runner, actor, lang
        self.service = DashboardService(desk)
        self.dashboard: Dashboard | None = None
        self.loads = 0
        self.setObjectName("reports.page")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        outer.addLayout(self._build_period_bar(desk))

        body = self._build_body(desk, runner, actor, lang)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._shown_once = False

    def _build_period_bar(self, desk: Desk) -> QHBoxLayout:
        """The heading, the period (from, to, this month, last month), Show, and the PDF report."""
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 4)
        title = QLabel(self.tr("Reports"))
        set_role(title, "heading")
        bar.addWidget(title)
        bar.addSpacing(16)
        today = desk.today()
        first = today.replace(day=1)
        # early in a month the head of office reports on the month before
        start, end = (first, today) if today.day > 7 else (
            (first - timedelta(days=1)).replace(day=1), first - timedelta(days=1))
        self.d_from = QDateEdit(_qdate(start))
        self.d_to = QDateEdit(_qdate(end))
        for w, name in ((self.d_from, "reports.from"), (self.d_to, "reports.to")):
            w.setObjectName(name)
            w.setCalendarPopup(True)
            w.setDisplayFormat("dd-MM-yyyy")
        lbl_from = QLabel(self.tr("&From:"))
        lbl_from.setBuddy(self.d_from)
        lbl_to = QLabel(self.tr("&To:"))
        lbl_to.setBuddy(self.d_to)
        this_month = QPushButton(self.tr("This &month"))
        last_month = QPushButton(self.tr("&Last month"))
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setObjectName("reports.show")
        self.pdf_button = QPushButton(self.tr("Monthly &report (PDF)…"))
        self.pdf_button.setObjectName("reports.pdf")
        for w in (lbl_from, self.d_from, lbl_to, self.d_to, this_month, last_month, self.show_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        this_month.clicked.connect(lambda: self.set_period(first, today))
        last_month.clicked.connect(self._last_month)
        self.show_button.clicked.connect(self.reload)
        self.pdf_button.clicked.connect(self._choose_pdf)
        return bar

    def _build_body(self, desk: Desk, runner: TaskRunner, actor: Actor, lang: str) -> QWidget:
        """What scrolls: the summary, deadline compliance, the sections, overdue complaints, exchange."""
        body = QWidget()
        self.body_lay = QVBoxLayout(body)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setObjectName("reports.summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.body_lay.addWidget(self.summary)
        self.compliance = QTableWidget(4, 3)
        self.compliance.setObjectName("reports.compliance")
        self.compliance.setHorizontalHeaderLabels([self.tr("Deadline"), self.tr("On time"), self.tr("Counted")])
        self.compliance.verticalHeader().setVisible(False)
        self.compliance.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.compliance.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.compliance.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        comp_box = QGroupBox(self.tr("Deadline compliance"))
        QVBoxLayout(comp_box).addWidget(self.compliance)
        self.body_lay.addWidget(comp_box)
        self._add_sections()
        self._add_overdue()
        self.exchange = ExchangePage(desk, runner, actor, lang=lang)
        self.exchange.changed.connect(self.reload)
        self.body_lay.addWidget(self.exchange)
        self.body_lay.addStretch(1)
        return body

    def _add_sections(self) -> None:
        """One chart and table per dimension; choosing a row opens those complaints in the queue."""
        grid = QGridLayout()
        self.sections = {
            "status": _Section(self.tr("By status"), self.tr("Status")),
            "classification": _Section(self.tr("By classification"), self.tr("Classification")),
            "category": _Section(self.tr("By category (top 10)"), self.tr("Category")),
            "agency": _Section(self.tr("By agency"), self.tr("Agency")),
            "channel": _Section(self.tr("By channel"), self.tr("Channel")),
            "district": _Section(self.tr("By kecamatan"), self.tr("Kecamatan")),
            "trend": _Section(self.tr("Trend"), self.tr("Period"), horizontal=False),
        }
        for i, (key, sec) in enumerate(self.sections.items()):
            sec.setObjectName(f"reports.{key}")
            grid.addWidget(sec, i, 0)
            if key not in ("district", "trend"):
                sec.chosen.connect(lambda k, dim=key: self._open(dim, k))
        self.body_lay.addLayout(grid)

    def _add_overdue(self) -> None:
        """Complaints past a deadline; activating one opens the overdue list in the queue."""
        self.overdue = QTableWidget(0, 4)
        self.overdue.setObjectName("reports.overdue")
        self.overdue.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Title"), self.tr("Status"), self.tr("Due")])
        self.overdue.verticalHeader().setVisible(False)
        self.overdue.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.overdue.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.overdue.setMinimumHeight(200)
        self.overdue.cellActivated.connect(lambda _r, _c: self._open("overdue", None))
        self.overdue_box = QGroupBox(self.tr("Overdue complaints"))
        QVBoxLayout(self.overdue_box).addWidget(self.overdue)
        self.body_lay.addWidget(self.overdue_box)

    # ------------------------------------------------------------------ period
    def set_period(self, first: date, last: date) -> None:
        self.d_from.setDate(_qdate(first))
        self.d_to.setDate(_qdate(last))
        self.reload()

    def _last_month(self) -> None:
        first_this = self.desk.today().replace(day=1)
        last = first_this - timedelta(days=1)
        self.set_period(last.replace(day=1), last)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.reload()

    def reload(self) -> None:
        svc, actor = self.service, self.actor
        first, last = _pydate(self.d_from.date()), _pydate(self.d_to.date())
        self.summary.setText(self.tr("Loading…"))
        self.show_button.setEnabled(False)
        self.runner.db(lambda: svc.compute(actor, first, last), on_done=self._show, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.show_button.setEnabled(True)
        self.summary.setText(self.tr("The figures could not be computed (%1). Details are in the log file.")
                             .replace("%1", type(exc).__name__))

    # ------------------------------------------------------------------ showing
    def _show(self, d: Dashboard) -> None:
        self.dashboard = d
        self.loads += 1
        self.show_button.setEnabled(True)
        self.summary.setText(self.tr("<b>%1</b> complaints received from %2 to %3, <b>%4</b> of them Rahasia; "
                                     "<b>%5</b> overdue today.")
                             .replace("%1", str(d.total)).replace("%2", self.d_from.text())
                             .replace("%3", self.d_to.text()).replace("%4", str(d.confidential))
                             .replace("%5", str(d.overdue_total)))
        comp = d.compliance
        pol = self.desk.projector.policy
        if comp is not None:
            rows = [(self.tr("Verified within %1 working days").replace("%1", str(pol.verify_days)), comp.verified),
                    (self.tr("Followed up within %1 working days").replace("%1", str(pol.followup_days)),
                     comp.followed_up),
                    (self.tr("Closed within %1 days").replace("%1", str(pol.completion_days)), comp.closed)]
            for i, (label, share) in enumerate(rows):
                for j, v in enumerate((label, _pct(share.on_time, share.counted), f"{share.on_time} / {share.counted}")):
                    self.compliance.setItem(i, j, QTableWidgetItem(v))
            median = "—" if comp.median_days_to_close is None else f"{comp.median_days_to_close:g}"
            for j, v in enumerate((self.tr("Median working days to close"), median, str(comp.closed_count))):
                self.compliance.setItem(3, j, QTableWidgetItem(v))
            self.compliance.resizeRowsToContents()
            self.compliance.setFixedHeight(self.compliance.verticalHeader().length()
                                           + self.compliance.horizontalHeader().height() + 4)
        none = self.tr("not set")
        self.sections["status"].set_rows([(k, status_label(k), n) for k, n in d.by_status])
        self.sections["classification"].set_rows([(k, classification_label(k) if k else none, n)
                                                  for k, n in d.by_classification])
        self.sections["category"].set_rows([(k, name or none, n) for k, name, n in d.by_category[:TOP]])
        self.sections["agency"].set_rows([(k, name or self.tr("not forwarded yet"), n) for k, name, n in d.by_agency])
        self.sections["channel"].set_rows([(k, channel_label(k, k) or none, n) for k, n in d.by_channel])
        self.sections["district"].set_rows([(k, k or none, n) for k, n in d.by_district[:TOP]])
        self.sections["trend"].set_rows([(k, k.strftime("%d/%m") if d.trend_unit == "week" else k.strftime("%m/%Y"), n)
                                         for k, n in d.trend])
        self.overdue.setRowCount(len(d.overdue))
        for i, o in enumerate(d.overdue):
            title = o.title if o.title is not None else self.tr("(Rahasia)")
            for j, v in enumerate((o.tracking_id or o.receipt_number or "", title or "", status_label(o.status),
                                   o.due_date)):
                self.overdue.setItem(i, j, QTableWidgetItem(v))
        self.overdue_box.setTitle(self.tr("Overdue complaints (%1)").replace("%1", str(d.overdue_total)))

    def _open(self, dimension: str, key: object) -> None:
        if self.dashboard is not None:
            self.open_query.emit(self.dashboard.query_for(dimension, key))

    # ------------------------------------------------------------------ the monthly PDF
    def _choose_pdf(self) -> None:
        first = _pydate(self.d_from.date())
        suggested = str(Path(documents_dir()) / f"laporan-bulanan-{first.strftime('%Y-%m')}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the monthly report"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_pdf(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def save_pdf(self, path: Path) -> Path | None:
        """Write the report of the figures on screen (GUI thread: Qt paints the PDF)."""
        from .monthly_report import MonthlyReport

        d = self.dashboard
        if d is None:
            return None
        pol = self.desk.projector.policy
        out = MonthlyReport().save_pdf(d, path, generated=_now_text(self.desk),
                                       verify_days=pol.verify_days, followup_days=pol.followup_days,
                                       completion_days=pol.completion_days)
        self.summary.setText(self.summary.text() + "<br/>" + self.tr("Monthly report saved to %1")
                             .replace("%1", str(out)))
        from lapor_desktop.services import audit

        desk, actor, month = self.desk, self.actor, _pydate(self.d_from.date()).strftime("%Y-%m")
        self.runner.db(lambda: audit.record(desk, actor, audit.Kind.REPORT_PRINTED, month=month, format="pdf"))
        return out


def _now_text(desk: Desk) -> str:
    """When the report was made, in the office's time zone (2 Des 2026 03.41 WIT)."""
    now = desk.local_now()
    qdt = QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
    return f"{QLocale().toString(qdt, QLocale.FormatType.ShortFormat)} {now.tzname() or ''}".strip()

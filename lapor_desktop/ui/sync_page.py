"""The Sinkronisasi page.

:class:`SyncPage` shows the background sync (``ui/sync_controller.SyncController``) in plain words:
a state header, "Sinkronkan sekarang" and a cancel button, a progress line while a sync runs, what
is waiting, the last runs (:class:`SyncRunsModel`, ``ui/sync_models.py``), rejected events with
their reasons (:class:`RejectedModel`), the clock-skew warning and the token-store warning. Its
data come from ``SyncService.overview()`` on the task runner's database thread.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.services.desk import Desk
from lapor_desktop.services.sync import (
    BackgroundState,
    SyncOverview,
    SyncService,
    pulled_as_rejected,
)

from .look import set_role
from .sync_controller import SyncController
from .sync_format import (
    explain_text,
    fmt_bytes,
    fmt_clock,
    fmt_count,
    fmt_duration,
    fmt_wait,
    outcome_text,
    run_result_text,
    ui_lang,
)
from .sync_models import RejectedModel, SyncRunsModel

log = logging.getLogger(__name__)



# ------------------------------------------------------------------------------- the page
def _banner(name: str) -> QLabel:
    """A warning across the page (its look: the style sheet's ``QLabel[role="banner"]``)."""
    lab = QLabel()
    lab.setObjectName(name)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    set_role(lab, "banner")
    lab.setVisible(False)
    return lab


class SyncPage(QWidget):
    sync_requested = Signal()
    cancel_requested = Signal()
    open_complaint = Signal(str)  # complaint id (a rejected event's complaint)

    def __init__(self, desk: Desk, runner, lang: str = "id", parent: QWidget | None = None,  # type: ignore[no-untyped-def]
                 *, admin: bool = True, sees_audit: bool = True) -> None:
        super().__init__(parent)
        self.desk = desk
        self.admin = admin  # the token-store warning is for the admin only
        self.sees_audit = sees_audit  # the audit trail's refusal: for those who read the trail
        self.runner = runner
        self.lang = lang
        self.setObjectName("sync.page")
        runner.stopping.connect(self.shutdown)
        self.overview: SyncOverview | None = None
        self.state: BackgroundState | None = None
        self._next_at: float | None = None  # monotonic time of the next attempt
        self._loading = False
        self._reload_again = False
        self._not_enrolled_note = False  # "Sync now" was asked for on a desk without a hub
        self.loaded_count = 0  # overviews shown (tests)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(8)
        heading = QLabel(self.tr("Synchronisation"))
        heading.setObjectName("sync.heading")
        set_role(heading, "heading")
        outer.addWidget(heading)
        outer.addWidget(self._build_header())
        self._build_progress(outer)
        self._build_waiting(outer)
        self._build_runs(outer)
        self._build_rejected(outer)

        # ---- the countdown in the header ticks; the overview is read again when a change touches it
        self._tick = QTimer(self)
        self._tick.setObjectName("sync.countdown")
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._render_header)
        self.runner.on_changes(self.desk, self._changed, self)
        self._render_header()

    def _build_header(self) -> QFrame:
        """The state in words, "Sync now" and "Stop this sync"."""
        head = QFrame()
        head.setObjectName("sync.header")
        hl = QHBoxLayout(head)
        hl.setContentsMargins(12, 10, 12, 10)
        left = QVBoxLayout()
        left.setSpacing(4)
        self.state_label = QLabel(self.tr("Checking the hub…"))
        self.state_label.setObjectName("sync.state")
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Synchronisation state"))
        self.detail_label = QLabel("")
        self.detail_label.setObjectName("sync.detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setVisible(False)
        left.addWidget(self.state_label)
        left.addWidget(self.detail_label)
        hl.addLayout(left, 1)
        self.now_button = QPushButton(self.tr("&Sync now"))
        self.now_button.setObjectName("sync.now")
        self.now_button.setAccessibleName(self.tr("Sync now"))
        self.now_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.now_button.setToolTip(self.tr("Send what is waiting and fetch news from the hub now (F9)"))
        self.now_button.setMinimumHeight(40)
        self.now_button.clicked.connect(self._now_clicked)
        self.cancel_button = QPushButton(self.tr("Stop this sync"))
        self.cancel_button.setObjectName("sync.cancel")
        self.cancel_button.setAccessibleName(self.tr("Stop this sync"))
        self.cancel_button.setToolTip(self.tr("Stops the running sync; nothing is lost, the rest is sent next time"))
        self.cancel_button.setMinimumHeight(40)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        hl.addWidget(self.cancel_button)
        hl.addWidget(self.now_button)
        return head

    def _build_progress(self, outer: QVBoxLayout) -> None:
        """The progress while a sync runs."""
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("sync.progressBar")
        self.progress_bar.setAccessibleName(self.tr("Sync progress"))
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(10)
        self.progress_bar.setVisible(False)
        self.progress_label = QLabel("")
        self.progress_label.setObjectName("sync.progress")
        self.progress_label.setWordWrap(True)
        self.progress_label.setVisible(False)
        outer.addWidget(self.progress_bar)
        outer.addWidget(self.progress_label)

    def _build_waiting(self, outer: QVBoxLayout) -> None:
        """The clock and token warnings, and what waits to be sent."""
        self.skew_banner = _banner("sync.skew")
        self.token_banner = _banner("sync.tokenStore")
        self.audit_banner = _banner("sync.auditRefused")
        self.audit_banner.setText(self.tr(
            "The hub refused this desk's audit trail: what it already holds differs from this desk's "
            "(the trail was changed here, or the desk was restored from a backup). Complaints still sync. "
            "Tell the administrator."))
        self.token_banner.setText(self.tr("The device token is stored in a file, not in the system's credential "
                                          "store. Ask the administrator to check this PC."))
        outer.addWidget(self.skew_banner)
        outer.addWidget(self.token_banner)
        outer.addWidget(self.audit_banner)

        # ---- waiting
        self.waiting_label = QLabel(self.tr("Waiting to be sent: …"))
        self.waiting_label.setObjectName("sync.waiting")
        self.waiting_label.setWordWrap(True)
        outer.addWidget(self.waiting_label)

    def _build_runs(self, outer: QVBoxLayout) -> None:
        """The last synchronisations."""
        runs_title = QLabel(self.tr("Last synchronisations"))
        set_role(runs_title, "section")
        outer.addWidget(runs_title)
        self.runs_model = SyncRunsModel(self.desk, self)
        self.runs_view = QTableView()
        self.runs_view.setObjectName("sync.runs")
        self.runs_view.setAccessibleName(self.tr("Last synchronisations"))
        self.runs_view.setModel(self.runs_model)
        self._setup_table(self.runs_view, stretch=len(SyncRunsModel.COLUMNS) - 1)
        outer.addWidget(self.runs_view, 3)

    def _build_rejected(self, outer: QVBoxLayout) -> None:
        """Changes the hub refused (and pulled events set aside), with "Open complaint"."""
        rej_row = QHBoxLayout()
        self.rejected_title = QLabel(self.tr("Refused by the hub"))
        self.rejected_title.setObjectName("sync.rejectedTitle")
        set_role(self.rejected_title, "section")
        rej_row.addWidget(self.rejected_title, 1)
        self.open_button = QPushButton(self.tr("Open complaint"))
        self.open_button.setObjectName("sync.openRejected")
        self.open_button.setAccessibleName(self.tr("Open the complaint of the selected refused change"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_selected)
        rej_row.addWidget(self.open_button)
        outer.addLayout(rej_row)
        self.rejected_model = RejectedModel(self.desk, self)
        self.rejected_view = QTableView()
        self.rejected_view.setObjectName("sync.rejected")
        self.rejected_view.setAccessibleName(self.tr("Changes refused by the hub"))
        self.rejected_view.setModel(self.rejected_model)
        self._setup_table(self.rejected_view, stretch=3)
        self.rejected_view.doubleClicked.connect(lambda ix: self._open_row(ix.row()))
        self.rejected_view.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self.open_button.setEnabled(cur.isValid()))
        self.rejected_empty = QLabel(self.tr("None. Every change sent so far was accepted."))
        self.rejected_empty.setObjectName("sync.rejectedEmpty")
        outer.addWidget(self.rejected_empty)
        outer.addWidget(self.rejected_view, 2)
        self.rejected_view.setVisible(False)

    def _setup_table(self, view: QTableView, stretch: int) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(24)
        view.setWordWrap(False)
        hh = view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        hh.setHighlightSections(False)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        """Read the overview on the database thread (coalesced: one read in flight)."""
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        desk = self.desk

        def work() -> SyncOverview:
            svc = SyncService(desk)
            try:
                return svc.overview()
            finally:
                svc.close()

        try:
            self.runner.db(work, on_done=self._overview_in, on_error=self._overview_failed)
        except RuntimeError:  # runner shut down (closing)
            self._loading = False

    def _overview_failed(self, exc: BaseException) -> None:
        self._loading = False
        log.warning("sync overview failed: %s", type(exc).__name__)

    def _overview_in(self, ov: SyncOverview) -> None:
        self._loading = False
        self.overview = ov
        self.loaded_count += 1
        lang = ui_lang()
        self.runs_model.set_runs(ov.runs, lang)
        # events the hub refused, then pulled events this desk set aside (never applied)
        rows = list(ov.rejected) + [pulled_as_rejected(p) for p in ov.rejected_pulled]
        self.rejected_model.set_rows(rows, lang)
        self.open_button.setEnabled(False)
        has_rej = bool(rows)
        self.rejected_view.setVisible(has_rej)
        self.rejected_empty.setVisible(not has_rej)
        total = ov.rejected_count + ov.rejected_pulled_count
        self.rejected_title.setText(self.tr("Refused by the hub (%1)").replace("%1", fmt_count(total))
                                    if has_rej else self.tr("Refused by the hub"))
        self._render_waiting()
        self._render_warnings()
        self._render_header()
        if self._reload_again:
            self._reload_again = False
            self.reload()

    # ------------------------------------------------------------------ state from the controller
    def show_state(self, st: BackgroundState) -> None:
        prev = self.state
        self.state = st
        self._next_at = (time.monotonic() + st.next_attempt_in) if st.next_attempt_in else None
        running = st.state == "syncing"
        self.cancel_button.setVisible(running)
        self.now_button.setEnabled(not running)
        self._render_progress()
        self._render_header()
        if st.state in ("offline", "idle") and self._next_at is not None:
            self._tick.start()
        else:
            self._tick.stop()
        if prev is None or prev.state != st.state or (prev.last_report is not st.last_report):
            if not running or prev is None or prev.state != "syncing":
                self.reload()

    def first_field(self) -> QWidget:
        return self.now_button

    def not_enrolled_text(self) -> str:
        return self.tr("Nothing to sync with: this desk is not enrolled with a hub. An administrator enrols "
                       "it in Settings › Hub; complaints stay safely on this PC until then.")

    def request_sync(self) -> bool:
        """"Sync now" (button, F9): False, with the reason on the page, when the desk has no hub."""
        if not self.desk.settings.hub_url:
            self._not_enrolled_note = True
            self._render_header()
            return False
        if not self.now_button.isEnabled():  # a sync runs already
            return True
        self.now_button.setEnabled(False)
        self.state_label.setText(self.tr("Starting the sync…"))
        self.sync_requested.emit()
        return True

    def _now_clicked(self) -> None:
        self.request_sync()

    def _open_selected(self) -> None:
        idx = self.rejected_view.currentIndex()
        if idx.isValid():
            self._open_row(idx.row())

    def _open_row(self, row: int) -> None:
        cid = self.rejected_model.complaint_id(row)
        if cid:
            self.open_complaint.emit(cid)

    # ------------------------------------------------------------------ rendering
    def _last_sync_text(self) -> str:
        last = self.overview.last_sync_at if self.overview else None
        if not last and self.state and self.state.last_report and self.state.last_report.complete:
            last = self.state.last_report.finished_at
        return fmt_clock(last, self.desk) if last else ""

    def header_text(self) -> tuple[str, str]:
        """(headline, detail) in plain words."""
        st, ov = self.state, self.overview
        lang = ui_lang()
        if self._not_enrolled_note and not self.desk.settings.hub_url:
            return self.tr("Not enrolled with a hub yet — enrol this desk in Settings"), self.not_enrolled_text()
        if ov is not None and not ov.enrolled and (st is None or st.state in ("not_enrolled", "stopped")):
            return (self.tr("Not enrolled with a hub yet — enrol this desk in Settings"),
                    self.tr("Complaints are kept safely on this PC until then."))
        if st is None:
            return self.tr("Checking the hub…"), ""
        wait = ""
        if self._next_at is not None:
            wait = fmt_wait(max(0.0, self._next_at - time.monotonic()))
        last = self._last_sync_text()
        if st.state == "not_enrolled":
            return (self.tr("Not enrolled with a hub yet — enrol this desk in Settings"),
                    self.tr("Complaints are kept safely on this PC until then."))
        if st.state == "syncing":
            return self.tr("Synchronising with the hub…"), self.tr("You can keep working; saving is not affected.")
        if st.state == "offline":
            head = (self.tr("Hub not reachable, next try in %1").replace("%1", wait) if wait
                    else self.tr("Hub not reachable"))
            return head, self.tr("Nothing is lost: changes wait on this PC and are sent when the link is back.")
        if st.state == "error":
            rep = st.last_report
            code = st.error_code or (rep.error_code if rep is not None else None)
            why = explain_text(code, lang) if code else st.message
            return self.tr("Sync failed"), why
        if st.state == "stopped":
            return self.tr("Synchronisation stopped"), ""
        # idle, online
        head = (self.tr("Connected to the hub · last sync %1").replace("%1", last) if last
                else self.tr("Connected to the hub"))
        rep = st.last_report
        detail = ""
        if rep is not None and rep.outcome not in ("ok",):
            detail = outcome_text(rep.outcome, rep.error_code, rep.pending_after, lang)
        elif rep is not None:  # what the last run did, not just "complete"
            detail = run_result_text(rep.sent, rep.received, rep.rejected)
        if wait and rep is not None and rep.outcome in ("ok",):
            detail += " " + self.tr("Next sync in %1.").replace("%1", wait)
        elif wait and not detail:
            detail = self.tr("Next sync in %1.").replace("%1", wait)
        if rep is not None and rep.reference_error:
            # the refused item is named in the desk's language by the service (Indonesian)
            refused = self.tr("Reference data from the hub was refused; this desk keeps its previous "
                              "reference data. Tell the hub administrator: %1").replace("%1", rep.reference_error)
            detail = f"{detail}\n{refused}" if detail else refused
        return head, detail.strip()

    def _render_header(self) -> None:
        head, detail = self.header_text()
        self.state_label.setText(head)
        self.state_label.setAccessibleDescription(head)
        self.detail_label.setText(detail)
        self.detail_label.setVisible(bool(detail))
        bad = self.state is not None and self.state.state in ("offline", "error")
        set_role(self.state_label, "bad" if bad else None)  # red while offline or failing

    def _render_progress(self) -> None:
        st = self.state
        p = st.progress if st is not None and st.state == "syncing" else None
        running = st is not None and st.state == "syncing"
        self.progress_bar.setVisible(running)
        self.progress_label.setVisible(running)
        if not running:
            return
        if p is None:
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(self.tr("Connecting to the hub…"))
            return
        total = p.events_up + p.pending
        if p.phase == "blobs" and p.blobs_total:
            self.progress_bar.setRange(0, p.blobs_total)
            self.progress_bar.setValue(p.blobs_done)
        elif total:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(p.events_up)
        else:
            self.progress_bar.setRange(0, 0)
        parts = [self.tr("Sent %1 of %2 changes").replace("%1", fmt_count(p.events_up)).replace("%2", fmt_count(total)),
                 self.tr("received %1").replace("%1", fmt_count(p.events_down)),
                 self.tr("%1 up, %2 down").replace("%1", fmt_bytes(p.bytes_up)).replace("%2", fmt_bytes(p.bytes_down))]
        if p.blobs_total:
            parts.append(self.tr("attachments %1 of %2").replace("%1", str(p.blobs_done))
                         .replace("%2", str(p.blobs_total)))
        self.progress_label.setText(" · ".join(parts))
        if self.overview is not None:  # what is waiting, as the sync goes (the overview is re-read after)
            self.waiting_label.setText(self.tr("Waiting to be sent: %1 changes, %2 attachments").replace(
                "%1", fmt_count(p.pending)).replace("%2", fmt_count(max(0, p.blobs_total - p.blobs_done)
                                                                     if p.blobs_total else self.overview.blobs_waiting)))

    def _render_waiting(self) -> None:
        ov = self.overview
        if ov is None:
            return
        if ov.pending == 0 and ov.blobs_waiting == 0:
            text = self.tr("Nothing is waiting: everything recorded here has reached the hub.")
        else:
            text = self.tr("Waiting to be sent: %1 changes, %2 attachments").replace(
                "%1", fmt_count(ov.pending)).replace("%2", fmt_count(ov.blobs_waiting))
        self.waiting_label.setText(text)

    def _render_warnings(self) -> None:
        ov = self.overview
        if ov is None:
            return
        skew = ov.skew
        if skew.warning and skew.offset_ms is not None:
            minutes = round(abs(skew.offset_ms) / 60000)
            if minutes >= 120:
                amount = self.tr("%1 hours").replace("%1", str(round(minutes / 60)))
            else:
                amount = self.tr("%1 minutes").replace("%1", str(minutes))
            text = (self.tr("This PC's clock is %1 behind the hub's. Sync still works, but ask the "
                            "administrator to set the date and time.") if skew.offset_ms > 0 else
                    self.tr("This PC's clock is %1 ahead of the hub's. Sync still works, but ask the "
                            "administrator to set the date and time."))
            self.skew_banner.setText(text.replace("%1", amount))
        self.skew_banner.setVisible(bool(skew.warning))
        self.token_banner.setVisible(ov.token_store == "file" and self.admin)
        self.audit_banner.setVisible(bool(ov.audit_problem) and self.sees_audit)

    # ------------------------------------------------------------------ visibility
    def _changed(self, ch) -> None:  # type: ignore[no-untyped-def]
        """A change notification: what waits to be sent (a save), a run, refused events. Hidden, the
        page reads when shown; while a sync runs, when it ends (``show_state``)."""
        if (ch.sync or ch.complaints) and self.isVisible() and not (self.state and self.state.state == "syncing"):
            self.reload()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.reload()

    def shutdown(self) -> None:
        self._tick.stop()


__all__ = ["RejectedModel", "SyncController", "SyncPage", "SyncRunsModel", "fmt_bytes", "fmt_clock", "fmt_count",
           "fmt_duration"]

"""A complaint in full: every field, both texts, attachments, the timeline, conflicts, and the
actions the domain allows for the signed-in officer (``ComplaintDetail.allowed``)."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.domain.deadlines import DeadlineInfo
from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.permissions import Right, may, may_reveal_identity
from lapor_desktop.services.complaints import ComplaintDetail, ComplaintService
from lapor_desktop.services.queue import QueueService
from lapor_desktop.services.sync import CancelToken

from ..fmt import fmt_date, fmt_date_iso, fmt_datetime
from ..labels import (
    channel_label,
    classification_label,
    deadline_kind_label,
    deadline_state_label,
    status_label,
    sync_state_label,
)
from ..tasks import TaskRunner
from ..look import set_role
from .actions import ActionBar
from .attachments import DetailAttachments
from .conflicts import DetailConflicts
from .timeline import TimelineModel, TimelineView, category_name


# ====================================================================== the panel
class DetailPanel(DetailAttachments, DetailConflicts, QWidget):
    action_requested = Signal(str, list)  # action, resolves (event ids)
    resolve_requested = Signal(str, dict)  # action, payload (a one-click settling edit)
    reprint_requested = Signal(str)  # complaint id
    loaded = Signal(object)  # ComplaintDetail

    def __init__(self, runner: TaskRunner, complaints: ComplaintService, queue: QueueService, actor: Actor,
                 tz: ZoneInfo, lang: str = "id", parent: QWidget | None = None,
                 fetch_attachments: Callable[[str, CancelToken], int] | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        # downloads the attachments other desks added to a complaint (network thread); see _loaded
        self.fetch_attachments = fetch_attachments
        self._fetching: set[str] = set()
        self._fetch_tried: set[str] = set()
        self._fetch_cancel: CancelToken | None = None
        self.complaints = complaints
        self.queue = queue
        self.actor = actor
        self.tz = tz
        self.lang = lang
        self.detail: ComplaintDetail | None = None
        self.deadline: DeadlineInfo | None = None
        self.current_id: str | None = None
        self.categories: dict[int, str] = {}
        self.agencies: dict[int, str] = {}
        self._seq = 0
        self.setObjectName("detail")
        self._build()
        self.show_empty()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 0, 0, 0)
        lay.setSpacing(4)
        # the actions first: their place never depends on the title's length or the status
        self.actions = ActionBar(self.actor.role)
        self.actions.action_requested.connect(self._action_clicked)
        self.action_buttons = self.actions.buttons
        lay.addWidget(self.actions)
        self.title = QLabel()
        self.title.setObjectName("detail.title")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detail.subtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.title)
        lay.addWidget(self.subtitle)

        self.conflict_banner = QLabel()
        self.conflict_banner.setObjectName("detail.conflictBanner")
        self.conflict_banner.setWordWrap(True)
        self.conflict_banner.setVisible(False)
        lay.addWidget(self.conflict_banner)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("detail.tabs")
        lay.addWidget(self.tabs, 1)

        # -- fields and texts
        self._build_fields_tab()

        # -- timeline
        self.timeline_model = TimelineModel(self.tz, self)
        self.timeline = TimelineView(self.timeline_model)
        self.timeline.setObjectName("detail.timeline")
        self.timeline.setAccessibleName(self.tr("History of the complaint"))
        self.tabs.addTab(self.timeline, self.tr("History"))

        # -- attachments
        self._build_attachments_tab()

        # -- conflicts
        self._build_conflict_area()

        self.empty = QLabel(self.tr("Choose a complaint in the list to see it here."))
        self.empty.setObjectName("detail.empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.empty, 1)

    def _build_fields_tab(self) -> None:
        self.fields_area = QScrollArea()
        self.fields_area.setWidgetResizable(True)
        # rows wrap (label above value) rather than scrolling sideways when space is short
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.fields_layout = QVBoxLayout(inner)
        self.fields_form = QFormLayout()
        self.fields_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields_layout.addLayout(self.fields_form)
        self.body_initial = self._text_box("detail.bodyInitial")
        self.body_final = self._text_box("detail.bodyFinal")
        # headings as wrapping labels (a group box title never wraps and would widen the panel)
        for title, box in ((self.tr("Complaint text as first written"), self.body_initial),
                           (self.tr("Complaint text as edited by the office"), self.body_final)):
            heading = QLabel(title)
            heading.setWordWrap(True)
            set_role(heading, "section")
            heading.setBuddy(box)
            self.fields_layout.addWidget(heading)
            self.fields_layout.addWidget(box)
        self.fields_layout.addStretch(1)
        self.fields_area.setWidget(inner)
        self.tabs.addTab(self.fields_area, self.tr("Complaint"))

    def _text_box(self, name: str) -> QLabel:
        lab = QLabel()
        lab.setObjectName(name)
        lab.setWordWrap(True)
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lab.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return lab

    # ------------------------------------------------------------------ showing
    def set_reference(self, categories: dict[int, str], agencies: dict[int, str]) -> None:
        self.categories, self.agencies = categories, agencies
        self.timeline_model.categories = categories

    def show_empty(self) -> None:
        self.current_id = None
        self.detail = None
        for w in (self.title, self.subtitle, self.actions, self.tabs, self.conflict_banner):
            w.setVisible(False)
        self.empty.setVisible(True)

    def show_complaint(self, complaint_id: str | None) -> None:
        if not complaint_id:
            self.show_empty()
            return
        if complaint_id != self.current_id:
            self.cancel_fetch()  # another complaint: its download is not wanted any more
        self.current_id = complaint_id
        self._fetch_tried.discard(complaint_id)  # opened again: missing attachments are tried again
        self.reload()

    def cancel_fetch(self) -> None:
        if self._fetch_cancel is not None:
            self._fetch_cancel.cancel()
            self._fetch_cancel = None

    def reload(self) -> None:
        cid = self.current_id
        if not cid:
            return
        self._seq += 1
        seq = self._seq
        svc, q, actor = self.complaints, self.queue, self.actor

        def job():  # type: ignore[no-untyped-def]
            d = svc.detail(actor, cid)
            return d, q.deadline_info(d.state)

        self.runner.db(job, on_done=lambda res: self._loaded(seq, *res), on_error=lambda e: self._failed(seq, e))

    def _failed(self, seq: int, exc: BaseException) -> None:
        if seq != self._seq:
            return
        self.show_empty()
        self.empty.setText(self.tr("This complaint cannot be shown (%1).").replace("%1", getattr(exc, "code", type(exc).__name__)))

    def _loaded(self, seq: int, d: ComplaintDetail, info: DeadlineInfo) -> None:
        if seq != self._seq:
            return
        self.detail, self.deadline = d, info
        st = d.state
        self.empty.setVisible(False)
        for w in (self.title, self.subtitle, self.actions, self.tabs):
            w.setVisible(True)
        self.title.setText(st.title or self.tr("(no title)"))
        if st.national_tracking_id:
            number = self.tr("LAPOR! Tracking ID %1").replace("%1", st.national_tracking_id)
        elif st.tracking_id:
            number = self.tr("office hub no. %1").replace("%1", st.tracking_id)
        else:
            number = self.tr("not in LAPOR! yet")
        bits = [st.receipt_number or "", number, status_label(st.status)]
        dl = self._deadline_text(info)
        sub = " · ".join(b for b in bits if b)
        if dl:
            colour = {"overdue": "#a00000", "due_soon": "#7a5200", "paused": "#6b6b6b"}.get(info.state, "#205020")
            sub += f" · <span style='color:{colour}; font-weight:bold'>{dl}</span>"
        self.subtitle.setText(sub)
        self._fill_fields(d, info)
        self.timeline_model.set_detail(d)
        self.tabs.setTabText(1, self.tr("History (%1)").replace("%1", str(len(d.timeline))))
        self._fill_attachments(d)
        self._build_actions(d)
        self._fill_conflicts(d)
        self._fetch_missing_attachments(d)
        self.loaded.emit(d)

    def _deadline_text(self, info: DeadlineInfo) -> str:
        if info.state == "none" or info.due is None:
            return ""
        if info.state == "paused":
            return self.tr("deadline paused (waiting for the reporter)")
        text = self.tr("%1 by %2").replace("%1", deadline_kind_label(info.kind)).replace("%2", fmt_date(info.due))
        return f"{text} ({deadline_state_label(info.state)})"

    def _fill_fields(self, d: ComplaintDetail, info: DeadlineInfo) -> None:
        form = self.fields_form
        while form.rowCount():
            form.removeRow(0)
        st = d.state

        def row(label: str, value: str, name: str) -> None:
            lab = QLabel(value or "—")
            lab.setObjectName(f"detail.{name}")
            lab.setWordWrap(True)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lab.setAccessibleName(label)
            form.addRow(label, lab)

        row(self.tr("Receipt no."), st.receipt_number, "receipt")
        row(self.tr("LAPOR! Tracking ID"), st.national_tracking_id or self.tr("not in national LAPOR! yet"), "national")
        row(self.tr("Office hub number"), st.tracking_id or self.tr("not yet (assigned by the hub after sync)"),
            "tracking")
        row(self.tr("Received"), fmt_datetime(st.received_at, self.tz), "received")
        row(self.tr("Status"), status_label(st.status), "status")
        row(self.tr("Deadline"), self._deadline_text(info) or self.tr("none"), "deadline")
        row(self.tr("Classification"), classification_label(st.classification) or self.tr("not set"), "classification")
        cat = category_name(st.category_id, self.categories) if st.category_id is not None else ""
        row(self.tr("Category"), cat, "category")
        if st.category_id is not None:  # the LAPOR! number for whoever needs it, out of the way
            self.findChild(QLabel, "detail.category").setToolTip(
                self.tr("LAPOR! category no. %1").replace("%1", str(st.category_id)))
        row(self.tr("Channel"), channel_label(st.channel, st.channel), "channel")
        row(self.tr("Agency"), st.agency_name or "", "agency")
        privacy = [self.tr("Anonymous") if st.anonymous else "", self.tr("Confidential") if st.confidential else ""]
        row(self.tr("Privacy"), ", ".join(p for p in privacy if p) or self.tr("public"), "privacy")
        if d.identity_hidden:
            row(self.tr("Reporter"), self.tr("hidden: the reporter asked to stay anonymous"), "reporter")
            if may_reveal_identity(self.actor.role, anonymous=st.anonymous):  # audited, with a reason
                reveal = QPushButton(self.tr("Show &identity…"))
                reveal.setObjectName("detail.revealIdentity")
                reveal.clicked.connect(lambda: self.open_reveal())
                reveal.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
                form.addRow("", reveal)
        else:
            rep = st.reporter or {}
            row(self.tr("Reporter"), rep.get("name") or "", "reporter")
            row(self.tr("NIK"), rep.get("nik") or "", "nik")
            row(self.tr("Phone"), rep.get("phone") or "", "phone")
            row(self.tr("E-mail"), rep.get("email") or "", "email")
            row(self.tr("Address"), rep.get("address") or "", "address")
            if d.identity_revealed:
                row(self.tr("Identity shown"), self.tr("for this view only; recorded in the audit trail"), "revealed")
        loc = st.location or {}
        place = ", ".join(str(loc[k]) for k in ("village", "district", "city", "province") if loc.get(k))
        row(self.tr("Location"), place, "location")
        row(self.tr("Incident date"), fmt_date_iso(st.incident_date), "incidentDate")
        row(self.tr("Recorded by"), st.created_by, "createdBy")
        if st.decline_reason:
            row(self.tr("Reason not our authority"), st.decline_reason, "declineReason")
        if st.closed_at:
            reason = st.close_note or st.archive_reason or ""
            row(self.tr("Closed / archived"), f"{fmt_datetime(st.closed_at, self.tz)} — {reason}", "closed")
        if st.reopen_reason:
            row(self.tr("Reason for reopening"), st.reopen_reason, "reopenReason")
        row(self.tr("Sync"), sync_state_label("conflict" if st.has_conflict else d.sync_state), "sync")
        self._adapt_field_rows()
        self.body_initial.setText(st.body_initial)
        self.body_final.setText(st.body_final if st.body_final != st.body_initial
                                else self.tr("(not edited: same as the text as first written)"))

    def _adapt_field_rows(self) -> None:
        """Labels beside their values while the widest label takes under ~40% of the panel;
        otherwise every label goes above its value (long translations, a narrow panel)."""
        form = self.fields_form
        widest = 0
        for i in range(form.rowCount()):
            item = form.itemAt(i, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                widest = max(widest, item.widget().sizeHint().width())
        narrow = widest > 0.4 * max(1, self.fields_area.viewport().width())
        policy = QFormLayout.RowWrapPolicy.WrapAllRows if narrow else QFormLayout.RowWrapPolicy.WrapLongRows
        if form.rowWrapPolicy() != policy:
            form.setRowWrapPolicy(policy)
        QTimer.singleShot(0, self._fit_wrapped_values)

    def _fit_wrapped_values(self) -> None:
        """A wrapped value as tall as its lines at the width it has (QFormLayout asks a wrapped
        QLabel's height before its width is known and would clip the second line)."""
        form = self.fields_form
        for i in range(form.rowCount()):
            item = form.itemAt(i, QFormLayout.ItemRole.FieldRole)
            lab = item.widget() if item is not None else None
            if isinstance(lab, QLabel) and lab.wordWrap() and lab.width() > 0:
                need = lab.heightForWidth(lab.width())
                if need > 0 and lab.minimumHeight() != need:
                    lab.setMinimumHeight(need)

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        super().resizeEvent(event)
        self._adapt_field_rows()

    # ------------------------------------------------------------------ actions
    def _build_actions(self, d: ComplaintDetail) -> None:
        self.actions.show_for(d.allowed, str(d.state.status),
                              can_reprint=may(self.actor.role, Right.REPRINT) and bool(d.state.receipt_number),
                              can_rekey=may(self.actor.role, Right.REKEY) and not d.state.national_tracking_id)

    def _action_clicked(self, name: str) -> None:
        if name == "reprint":
            self.reprint_requested.emit(self.current_id or "")
        elif name == "rekey":
            self.open_rekey()
        else:
            self.action_requested.emit(name, [])

    def open_rekey(self):  # type: ignore[no-untyped-def]
        """The re-keying helper for the complaint on screen (walk-in into national LAPOR!)."""
        from ..rekey_dialog import RekeyDialog

        if not self.current_id:
            return None
        dlg = RekeyDialog(self.complaints.desk, self.runner, self.actor, self.current_id, self.lang, self)
        dlg.saved.connect(lambda _cid: self.reload())
        dlg.setModal(True)
        dlg.show()
        return dlg

    def open_reveal(self):  # type: ignore[no-untyped-def]
        """"Show identity" with a reason (ui/reveal_dialog.py); the answer is shown in this view only."""
        from lapor_desktop.services.reveal import IdentityService

        from ..reveal_dialog import RevealDialog

        if not self.current_id:
            return None
        dlg = RevealDialog(self.runner, IdentityService(self.complaints.desk), self.actor, self.current_id,
                           self.lang, self)
        seq = self._seq

        def shown() -> None:
            if dlg.result_detail is not None and seq == self._seq and self.deadline is not None:
                self._loaded(seq, dlg.result_detail, self.deadline)

        dlg.accepted.connect(shown)
        dlg.setModal(True)
        dlg.show()
        return dlg

    def allowed_action_names(self) -> set[str]:
        return self.actions.enabled_names()

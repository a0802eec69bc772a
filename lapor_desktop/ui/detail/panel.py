"""A complaint in full: every field, both texts, attachments, the timeline, conflicts, and the
actions the domain allows for the signed-in officer (``ComplaintDetail.allowed``)."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.domain.deadlines import DeadlineInfo
from lapor_desktop.domain.enums import Action
from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.permissions import Right, may, may_reveal_identity
from lapor_desktop.services.complaints import ComplaintDetail, ComplaintService
from lapor_desktop.services.queue import QueueService
from lapor_desktop.services.sync import CancelToken

from ..fmt import fmt_date, fmt_date_iso, fmt_datetime
from ..labels import (
    channel_label,
    classification_label,
    conflict_label,
    deadline_kind_label,
    deadline_state_label,
    event_label,
    field_label,
    role_label,
    status_label,
    sync_state_label,
)
from ..tasks import TaskRunner
from .actions import ActionBar
from .timeline import TimelineModel, TimelineView, category_name, describe_event, format_value

log = logging.getLogger(__name__)


# ====================================================================== the panel
class DetailPanel(QWidget):
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
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detail.subtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.title)
        lay.addWidget(self.subtitle)

        self.conflict_banner = QLabel()
        self.conflict_banner.setObjectName("detail.conflictBanner")
        self.conflict_banner.setWordWrap(True)
        self.conflict_banner.setStyleSheet("background: #fde0e0; border: 1px solid #b00020; border-radius: 4px;"
                                           " padding: 4px; color: #7a0010;")
        self.conflict_banner.setVisible(False)
        lay.addWidget(self.conflict_banner)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("detail.tabs")
        lay.addWidget(self.tabs, 1)

        # -- fields and texts
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
            heading.setStyleSheet("font-weight: bold; margin-top: 6px;")
            heading.setBuddy(box)
            self.fields_layout.addWidget(heading)
            self.fields_layout.addWidget(box)
        self.fields_layout.addStretch(1)
        self.fields_area.setWidget(inner)
        self.tabs.addTab(self.fields_area, self.tr("Complaint"))

        # -- timeline
        self.timeline_model = TimelineModel(self.tz, self)
        self.timeline = TimelineView(self.timeline_model)
        self.timeline.setObjectName("detail.timeline")
        self.timeline.setAccessibleName(self.tr("History of the complaint"))
        self.tabs.addTab(self.timeline, self.tr("History"))

        # -- attachments
        att = QWidget()
        al = QVBoxLayout(att)
        self.attachment_list = QListWidget()
        self.attachment_list.setObjectName("detail.attachments")
        self.attachment_list.setAccessibleName(self.tr("Attachments"))
        self.attachment_list.setMaximumHeight(120)
        self.preview = QLabel()
        self.preview.setObjectName("detail.preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(60)  # the panel must fit a 768-px screen with the action bar
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.open_attachment = QPushButton(self.tr("Open with the system viewer"))
        self.open_attachment.setObjectName("detail.openAttachment")
        self.open_attachment.setAccessibleName(self.open_attachment.text())
        al.addWidget(self.attachment_list)
        al.addWidget(self.preview, 1)
        al.addWidget(self.open_attachment, 0, Qt.AlignmentFlag.AlignRight)
        self.tabs.addTab(att, self.tr("Attachments"))
        self.attachment_list.currentItemChanged.connect(self._attachment_chosen)
        self.attachment_list.itemActivated.connect(lambda _i: self.open_current_attachment())
        self.open_attachment.clicked.connect(self.open_current_attachment)

        # -- conflicts
        self.conflict_area = QScrollArea()
        self.conflict_area.setObjectName("detail.conflicts")
        self.conflict_area.setWidgetResizable(True)
        self.conflict_area.setFrameShape(QFrame.Shape.NoFrame)
        self.conflict_index = -1

        self.empty = QLabel(self.tr("Choose a complaint in the list to see it here."))
        self.empty.setObjectName("detail.empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.empty, 1)

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

    def _fetch_missing_attachments(self, d: ComplaintDetail) -> None:
        """Attachments other desks added come down from the hub when the complaint is opened."""
        cid = d.state.id
        if (self.fetch_attachments is None or cid in self._fetching or cid in self._fetch_tried
                or all(a.get("present", True) for a in d.attachments)):
            return
        self._fetching.add(cid)
        self._fetch_tried.add(cid)
        self._fill_attachments(d)  # "downloading…" beside the missing ones
        fetch = self.fetch_attachments
        self.cancel_fetch()
        cancel = self._fetch_cancel = CancelToken()
        self.runner.net(lambda: fetch(cid, cancel), on_done=lambda n: self._attachments_fetched(cid, n),
                        on_error=lambda _e: self._attachments_fetched(cid, 0))

    def _attachments_fetched(self, cid: str, got: int) -> None:
        self._fetching.discard(cid)
        if self.current_id != cid:
            return
        if got:
            self.reload()  # now present: preview and "open" work
        elif self.detail is not None and self.detail.state.id == cid:
            self._fill_attachments(self.detail)

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
                self.findChild(QLabel, "detail.revealed").setStyleSheet("color: #7a5200; font-weight: bold;")
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

    def _fill_attachments(self, d: ComplaintDetail) -> None:
        self.attachment_list.clear()
        self.preview.clear()
        for a in d.attachments:
            size_kb = max(1, int(a.get("size") or 0) // 1024)
            text = f"{a.get('filename')} ({size_kb} KB)"
            if not a.get("present", True):
                text += " — " + (self.tr("downloading from the hub…") if d.state.id in self._fetching
                                 else self.tr("not on this desk yet"))
            it = QListWidgetItem(text)
            it.setData(Qt.ItemDataRole.UserRole, dict(a))
            self.attachment_list.addItem(it)
        self.tabs.setTabText(2, self.tr("Attachments (%1)").replace("%1", str(len(d.attachments))))
        self.open_attachment.setEnabled(bool(d.attachments))
        if d.attachments:
            self.attachment_list.setCurrentRow(0)

    def _attachment_chosen(self, item: QListWidgetItem | None, _prev=None) -> None:  # type: ignore[no-untyped-def]
        self.preview.clear()
        if item is None:
            return
        a = item.data(Qt.ItemDataRole.UserRole)
        if not str(a.get("mime") or "").startswith("image/") or not a.get("present", True):
            self.preview.setText(self.tr("No preview; open it with the system viewer."))
            return
        q = self.queue
        sha = a["sha256"]
        width = max(200, self.preview.width())

        def job():  # type: ignore[no-untyped-def]
            p = q.attachment_path(sha)
            if p is None:
                return None
            reader = QImageReader(str(p))
            reader.setAutoTransform(True)
            img = reader.read()
            return None if img.isNull() else img.scaled(width, 400, Qt.AspectRatioMode.KeepAspectRatio,
                                                         Qt.TransformationMode.SmoothTransformation)

        self.runner.db(job, on_done=lambda img, it=item: self._preview_ready(it, img), on_error=lambda _e: None)

    def _preview_ready(self, item: QListWidgetItem, img: QImage | None) -> None:
        if self.attachment_list.currentItem() is not item:
            return
        if img is None:
            self.preview.setText(self.tr("The file is not on this desk."))
        else:
            self.preview.setPixmap(QPixmap.fromImage(img))

    def open_current_attachment(self) -> None:
        item = self.attachment_list.currentItem()
        if item is None:
            return
        a = item.data(Qt.ItemDataRole.UserRole)
        q = self.queue
        self.runner.db(lambda: q.attachment_path(a["sha256"]),
                       on_done=lambda p: QDesktopServices.openUrl(QUrl.fromLocalFile(str(p))) if p else
                       self.preview.setText(self.tr("The file is not on this desk.")), on_error=lambda _e: None)

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

    # ------------------------------------------------------------------ conflicts
    def _fill_conflicts(self, d: ComplaintDetail) -> None:
        st = d.state
        open_ids = set(st.open_conflicts)
        idx = self.tabs.indexOf(self.conflict_area)
        if not open_ids:
            self.conflict_banner.setVisible(False)
            if idx >= 0:
                self.tabs.removeTab(idx)
            return
        self.conflict_banner.setText(self.tr("Conflicting changes from different desks: %1. Compare them in the "
                                             "Conflict tab and settle them.").replace("%1", str(len(open_ids))))
        self.conflict_banner.setVisible(True)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        entries = {t.event.id: t for t in d.timeline}
        edits: dict[str | None, list] = defaultdict(list)
        others = []
        for eid in st.open_conflicts:
            t = entries.get(eid)
            if t is None:
                continue
            if t.conflict == "edit_conflict":
                edits[t.event.base].append(t)
            else:
                others.append(t)
        can_edit = Action.EDIT in d.allowed
        can_comment = Action.COMMENT in d.allowed
        for group in edits.values():
            lay.addWidget(self._edit_conflict_box(group, can_edit, can_comment))
        for t in others:
            lay.addWidget(self._other_conflict_box(t, st, can_comment))
        lay.addStretch(1)
        self.conflict_area.setWidget(inner)
        if idx < 0:
            idx = self.tabs.addTab(self.conflict_area, "")
        self.tabs.setTabText(idx, self.tr("Conflict (%1)").replace("%1", str(len(open_ids))))

    def _side_header(self, t) -> str:  # type: ignore[no-untyped-def]
        e = t.event
        return (f"<b>{e.actor_user}</b> ({role_label(e.actor_role)})<br>{fmt_datetime(e.occurred_at, self.tz)}"
                f"<br><span style='color:#6b6b6b'>{self.tr('desk')} {e.device_id[:8]}</span>")

    def _edit_conflict_box(self, group: list, can_edit: bool, can_comment: bool) -> QGroupBox:
        box = QGroupBox(self.tr("The same fields were edited on two desks at the same time"))
        box.setObjectName("detail.conflict.edit")
        grid = QGridLayout(box)
        ids = [t.event.id for t in group]
        fields: list[str] = []
        for t in group:
            for k in (t.event.data.get("fields") or {}):
                if k not in fields:
                    fields.append(k)
        for col, t in enumerate(group, start=1):
            head = QLabel(self._side_header(t))
            head.setWordWrap(True)
            grid.addWidget(head, 0, col)
        for r, f in enumerate(fields, start=1):
            name = QLabel(f"<b>{field_label(f) or f}</b>")
            grid.addWidget(name, r, 0, Qt.AlignmentFlag.AlignTop)
            for col, t in enumerate(group, start=1):
                vals = t.event.data.get("fields") or {}
                lab = QLabel(format_value(f, vals.get(f), self.categories) if f in vals else "—")
                lab.setWordWrap(True)
                lab.setObjectName(f"detail.conflict.value.{col}.{f}")
                lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                lab.setStyleSheet("background: #fff; border: 1px solid #d0d0d0; padding: 4px;")
                grid.addWidget(lab, r, col, Qt.AlignmentFlag.AlignTop)
        last = len(fields) + 1
        for col, t in enumerate(group, start=1):
            b = QPushButton(self.tr("Keep this version"))
            b.setObjectName(f"action.resolveKeep{col}")
            b.setAccessibleName(self.tr("Keep the version of %1").replace("%1", t.event.actor_user))
            b.setEnabled(can_edit)
            payload = {"fields": dict(t.event.data.get("fields") or {}), "resolves": ids}
            b.clicked.connect(lambda _c=False, p=payload: self.resolve_requested.emit("edit", p))
            grid.addWidget(b, last, col)
        if can_comment:
            b = QPushButton(self.tr("Settle with a note…"))
            b.setObjectName("action.resolve")
            b.setAccessibleName(b.text())
            b.clicked.connect(lambda _c=False, i=ids: self.action_requested.emit("comment", list(i)))
            grid.addWidget(b, last + 1, 1, 1, max(1, len(group)))
        for c in range(1, len(group) + 1):
            grid.setColumnStretch(c, 1)
        return box

    def _other_conflict_box(self, t, st, can_comment: bool) -> QGroupBox:  # type: ignore[no-untyped-def]
        box = QGroupBox(self.tr("A change that could not be applied"))
        box.setObjectName("detail.conflict.other")
        grid = QGridLayout(box)
        e = t.event
        left = QLabel(self._side_header(t) + "<br><br>" + (event_label(e.type) or e.type) + ": "
                      + describe_event(e.type, e.data, self.categories)
                      + "<br><i>" + conflict_label(t.conflict) + "</i>")
        left.setWordWrap(True)
        right = QLabel("<b>" + self.tr("Now") + "</b><br>" + self.tr("Status: %1").replace("%1", status_label(st.status))
                       + ("<br>" + self.tr("Agency: %1").replace("%1", st.agency_name) if st.agency_name else ""))
        right.setWordWrap(True)
        for w in (left, right):
            w.setStyleSheet("background: #fff; border: 1px solid #d0d0d0; padding: 4px;")
        grid.addWidget(QLabel("<b>" + self.tr("This change") + "</b>"), 0, 0)
        grid.addWidget(QLabel("<b>" + self.tr("The complaint as it stands") + "</b>"), 0, 1)
        grid.addWidget(left, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(right, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        if can_comment:
            b = QPushButton(self.tr("Settle with a note…"))
            b.setObjectName("action.resolve")
            b.setAccessibleName(b.text())
            b.clicked.connect(lambda _c=False, i=[e.id]: self.action_requested.emit("comment", list(i)))
            grid.addWidget(b, 2, 0, 1, 2)
        return box

    def show_conflict_tab(self) -> None:
        idx = self.tabs.indexOf(self.conflict_area)
        if idx >= 0:
            self.tabs.setCurrentIndex(idx)

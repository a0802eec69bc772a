"""The detail's conflicts: a banner, and a tab comparing the two sides of each open conflict with the
buttons that settle it. A mixin of ``DetailPanel`` (its widgets are built there)."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.domain.enums import Action
from lapor_desktop.services.complaints import ComplaintDetail

from ..fmt import fmt_datetime
from ..labels import (
    conflict_label,
    event_label,
    field_label,
    role_label,
    status_label,
)
from ..look import set_role
from .timeline import describe_event, format_value


class DetailConflicts:
    """Open conflicts of the complaint on screen, side by side."""

    def _build_conflict_area(self) -> None:
        self.conflict_area = QScrollArea()
        self.conflict_area.setObjectName("detail.conflicts")
        self.conflict_area.setWidgetResizable(True)
        self.conflict_area.setFrameShape(QFrame.Shape.NoFrame)

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
                set_role(lab, "conflictSide")
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
            set_role(w, "conflictSide")
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

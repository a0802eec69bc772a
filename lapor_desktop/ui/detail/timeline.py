"""The history (Riwayat) of one complaint: a model of its events (newest first) and a view of
cards, one per event, whose text takes the whole width and wraps (no columns to drag)."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from lapor_desktop.services.complaints import ComplaintDetail

from ..fmt import fmt_date_iso, fmt_datetime
from ..labels import channel_label, classification_label, conflict_label, event_label, field_label, role_label, sync_state_label
from ..look import set_role

CONFLICT_BG = QColor("#fde0e0")
REJECT_FG = QColor("#a00000")


class TimelineModel(QAbstractTableModel):
    """Events of one complaint: when, who, role, what, sync state (read-only)."""

    COLS = 4

    def __init__(self, tz: ZoneInfo, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.tz = tz
        self._rows: list[tuple[tuple[str, ...], bool, bool, str]] = []  # cells, conflict, rejected, tip
        self._parts: list[tuple[str, str]] = []  # (event label, its detail) per row
        self.agencies: dict[int, str] = {}
        self.categories: dict[int, str] = {}

    def set_detail(self, d: ComplaintDetail | None) -> None:
        self.beginResetModel()
        self._rows, self._parts = [], []
        if d is not None:
            resolved = d.state.resolved
            for t in reversed(d.timeline):  # newest first
                self._rows.append(self._row(t, resolved))
        self.endResetModel()

    def _row(self, t, resolved: set[str]):  # type: ignore[no-untyped-def]
        e = t.event
        label = event_label(e.type) or e.type
        extra = describe_event(e.type, e.data, self.categories)
        if isinstance(e.data.get("resolves"), list) and e.data["resolves"]:
            extra += (" " if extra else "") + self.tr("(settles %1 conflicting changes)").replace(
                "%1", str(len(e.data["resolves"])))
        self._parts.append((label, extra))
        what = f"{label}: {extra}" if extra else label
        if t.conflict:
            sync = self.tr("conflict: %1").replace("%1", conflict_label(t.conflict))
            if e.id in resolved:
                sync += " " + self.tr("(settled)")
        elif t.sync_status == "rejected":
            reason = t.reject_detail or t.reject_code or ""
            sync = self.tr("rejected by the hub: %1").replace("%1", reason)
        else:
            sync = sync_state_label(t.sync_status) or t.sync_status
        who = f"{e.actor_user}\n{role_label(e.actor_role)}"
        cells = (fmt_datetime(e.occurred_at, self.tz), who, what, sync)
        return cells, bool(t.conflict) and e.id not in resolved, t.sync_status == "rejected", what

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.COLS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.COLS:
            return (self.tr("When"), self.tr("Who (role)"), self.tr("What"), self.tr("Sync"))[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= self.COLS:
            return None
        cells, conflict, rejected, tip = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cells[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and conflict:
            return QBrush(CONFLICT_BG)
        if role == Qt.ItemDataRole.ForegroundRole and (rejected or conflict) and index.column() == 3:
            return QBrush(REJECT_FG)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return tip
        return None

    def row_texts(self) -> list[tuple[str, ...]]:
        return [r[0] for r in self._rows]

    def card(self, row: int) -> tuple:
        """(when, who, role, event label, detail, sync text, conflict, rejected) for a card."""
        cells, conflict, rejected, _tip = self._rows[row]
        who, _, role = cells[1].partition("\n")
        label, extra = self._parts[row]
        return cells[0], who, role, label, extra, cells[3], conflict, rejected


class TimelineView(QScrollArea):
    """One card per event, newest first: a small header line (when · who (role) · sync) and the
    event with its detail in the full width of the pane, wrapped."""

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab; arrows/PgUp/PgDn scroll
        self.cards: list[QFrame] = []
        self._inner = QWidget()
        self._inner.setObjectName("detail.timeline.inner")
        self._lay = QVBoxLayout(self._inner)
        self._lay.setContentsMargins(2, 4, 2, 4)
        self._lay.setSpacing(6)
        self._lay.addStretch(1)
        self.setWidget(self._inner)
        model.modelReset.connect(self._rebuild)

    def _rebuild(self) -> None:
        for c in self.cards:
            self._lay.removeWidget(c)
            c.deleteLater()
        self.cards = []
        for r in range(self.model.rowCount()):
            card = self._card(r)
            self._lay.insertWidget(self._lay.count() - 1, card)
            self.cards.append(card)
        self.verticalScrollBar().setValue(0)

    def _card(self, r: int) -> QFrame:
        when, who, role, label, extra, sync, conflict, rejected = self.model.card(r)
        card = QFrame()
        card.setObjectName(f"detail.timeline.card{r}")
        card.setProperty("conflict", bool(conflict))  # a red card (the style sheet)
        set_role(card, "timelineCard")
        v = QVBoxLayout(card)
        v.setContentsMargins(8, 5, 8, 6)
        v.setSpacing(2)
        sync_colour = "#a00000" if (conflict or rejected) else "#6b6b6b"
        head = QLabel(f"<span style='color:#4a4a4a'>{_esc(when)} · <b>{_esc(who)}</b>, {_esc(role)}</span>"
                      f" · <span style='color:{sync_colour}'>{_esc(sync)}</span>")
        head.setObjectName("detail.timeline.head")
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.RichText)
        what = QLabel(f"<b>{_esc(label)}</b>" + (f"<br>{_esc(extra)}" if extra else ""))
        what.setObjectName("detail.timeline.what")
        what.setTextFormat(Qt.TextFormat.RichText)
        what.setWordWrap(True)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        what.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        what.setAccessibleName(f"{when}, {who}: {label}. {extra}")
        v.addWidget(head)
        v.addWidget(what)
        return card


def _esc(text: str) -> str:
    import html

    return html.escape(text or "").replace("\n", "<br>")


def describe_event(etype: str, data: dict[str, Any], categories: dict[int, str] | None = None) -> str:
    """The part of an event an officer wants to read in the timeline."""
    d = data or {}
    if etype == "complaint.forwarded":
        parts = [str(d.get("agency_name") or d.get("agency_id") or "")]
        if d.get("note"):
            parts.append(str(d["note"]))
        return " — ".join(p for p in parts if p)
    if etype == "complaint.edited":
        out = []
        for k, v in (d.get("fields") or {}).items():
            out.append(f"{field_label(k) or k}: {format_value(k, v, categories)}")
        return "; ".join(out)
    if etype == "complaint.verified":
        bits = [format_value(k, d[k], categories) for k in ("classification", "category_id") if d.get(k) is not None]
        if d.get("note"):
            bits.append(str(d["note"]))
        return " — ".join(bits)
    if etype == "complaint.flags_changed":
        bits = []
        if "anonymous" in d:
            bits.append(_tr("Anonymous: %1").replace("%1", _tr("yes") if d["anonymous"] else _tr("no")))
        if "confidential" in d:
            bits.append(_tr("Confidential: %1").replace("%1", _tr("yes") if d["confidential"] else _tr("no")))
        if d.get("reason"):
            bits.append(str(d["reason"]))
        return "; ".join(bits)
    if etype == "complaint.attachment_added":
        return str(d.get("filename") or "")
    if etype == "complaint.tracking_assigned":
        return str(d.get("tracking_id") or "")
    if etype == "complaint.created":
        return channel_label(d.get("channel"))
    for key in ("text", "reason", "note"):
        if d.get(key):
            return str(d[key])
    return ""


def format_value(key: str, value: Any, categories: dict[int, str] | None = None) -> str:
    if value is None or value == "":
        return "—"
    if key == "classification":
        return classification_label(str(value))
    if key == "category_id":
        return category_name(value, categories)
    if key == "incident_date":
        return fmt_date_iso(str(value))
    if isinstance(value, dict):
        return ", ".join(str(v) for v in value.values() if v)
    return str(value)


def category_name(value: Any, categories: dict[int, str] | None) -> str:
    """A category by its name; the number only when the name is not known on this desk."""
    try:
        cid = int(value)
    except (TypeError, ValueError):
        return str(value)
    name = (categories or {}).get(cid)
    return name if name else _tr("Category no. %1").replace("%1", str(cid))


_DETAIL_WORDS = (QT_TRANSLATE_NOOP("DetailPanel", "Anonymous: %1"), QT_TRANSLATE_NOOP("DetailPanel", "Confidential: %1"),
                 QT_TRANSLATE_NOOP("DetailPanel", "yes"), QT_TRANSLATE_NOOP("DetailPanel", "no"),
                 QT_TRANSLATE_NOOP("DetailPanel", "Category no. %1"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("DetailPanel", text)

"""The queue page's room: column widths that fit a 1366-px screen, the header's column menu,
a detail pane that takes space only while a complaint is open (its share remembered), and the
sentence an empty view shows. A mixin of ``QueuePage`` (the page's widgets are built there)."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu

from lapor_desktop.core.settings import DEFAULT_TZ
from lapor_desktop.domain.enums import Status

from .fmt import fmt_date, fmt_datetime
from .labels import classification_label, status_label, sync_state_label
from .queue_model import COLUMNS


DETAIL_SHARE = 0.5  # of the list-and-detail width, until the user drags the split
DETAIL_MIN_PX, LIST_MIN_PX = 380, 420
# columns shown at first (the rest through the header's menu); widths fit a 1366-px screen
DEFAULT_HIDDEN = ("classification", "category", "tracking")


class QueueRoom:
    """Needs from the page: table, model, detail, detail_box, splitter, empty_label, current_view,
    filter_query(), detail_share."""

    def _filtered(self) -> bool:
        f = self.filter_query()
        return bool(f.text or f.statuses or f.classification or f.category_id is not None or f.agency_id is not None
                    or f.channel or f.date_from or f.date_to or f.overdue or f.mine)

    def empty_reason(self) -> str:
        """Why the list is empty, in the words of the view the officer chose."""
        if self._filtered():
            return QCoreApplication.translate(
                "QueuePage", "No complaint matches the search or the filters. Clear them (Filters › Clear filters, "
                             "or empty the search box) to see the whole list.")
        key = self.current_view.key if self.current_view else "all"
        reasons = {
            "needs_verification": QCoreApplication.translate(
                "QueuePage", "Nothing to verify: every complaint received has been verified."),
            "to_forward": QCoreApplication.translate(
                "QueuePage", "Nothing to forward: verified complaints and those an agency declined have "
                             "all been forwarded."),
            "overdue": QCoreApplication.translate("QueuePage", "No complaint is past its deadline."),
            "waiting_info": QCoreApplication.translate(
                "QueuePage", "No complaint is waiting for the reporter's information."),
            "forwarded": QCoreApplication.translate(
                "QueuePage", "No complaint is waiting for an agency's follow-up."),
            "followed_up": QCoreApplication.translate(
                "QueuePage", "No complaint has a follow-up waiting to be closed."),
            "conflicts": QCoreApplication.translate(
                "QueuePage", "No conflicts: no two desks changed the same complaint differently."),
            "rejected": QCoreApplication.translate("QueuePage", "The hub has refused nothing from this desk."),
            "for_my_agency": QCoreApplication.translate(
                "QueuePage", "No complaint is waiting for your agency's follow-up."),
            "entered_by_me": QCoreApplication.translate(
                "QueuePage", "You have not recorded a complaint on this desk yet."),
        }
        return reasons.get(key, QCoreApplication.translate("QueuePage", "There are no complaints yet."))

    def _update_empty(self) -> None:
        empty = self.model.complete and self.model.rowCount() == 0
        if empty:
            self.empty_label.setText(self.empty_reason())
            self._place_empty()
        self.empty_label.setVisible(empty)

    def _place_empty(self) -> None:
        vp = self.table.viewport()
        self.empty_label.setGeometry(0, 0, vp.width(), max(120, vp.height() // 2))

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        if obj is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._place_empty()
        if (obj is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.model.rowCount()):
            # Down in the search goes into the list, on its first complaint (which opens)
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not self.table.selectionModel().hasSelection():
                self.table.selectRow(0)
            return True
        return super().eventFilter(obj, event)

    # ================================================================== columns and the detail's room
    def _fit_columns(self) -> None:
        """Widths from the font and the longest usual content; the title takes what is left."""
        fm = self.table.fontMetrics()
        hfm = self.table.horizontalHeader().fontMetrics()
        pad = 18
        samples = {
            "receipt": ["TIDORE-LT1-260706-0003"], "tracking": ["8600000"], "received": [fmt_sample_datetime()],
            "classification": [classification_label("permintaan_informasi")], "category": ["x" * 18],
            "status": [status_label(s.value) for s in (Status.BELUM_TERVERIFIKASI, Status.TERDISPOSISI,
                                                        Status.DITINDAKLANJUTI)],
            "agency": ["x" * 15], "deadline": [fmt_sample_date(), QCoreApplication.translate("QueueModel", "paused")],
            "sync": [sync_state_label(x) for x in ("pending", "synced", "rejected", "conflict")],
        }
        hh = self.table.horizontalHeader()
        for i, key in enumerate(COLUMNS):
            if key == "title":
                continue
            head = hfm.horizontalAdvance(self.model.headerData(i, Qt.Orientation.Horizontal) or "") + pad + 12
            body = max(fm.horizontalAdvance(t) for t in samples[key]) + pad
            self.table.setColumnWidth(i, max(head, body))
        title = COLUMNS.index("title")
        self.table.setColumnWidth(title, 260)
        hh.setSectionResizeMode(title, QHeaderView.ResizeMode.Stretch)
        for key in DEFAULT_HIDDEN:
            hh.setSectionHidden(COLUMNS.index(key), True)

    def _column_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        hh = self.table.horizontalHeader()
        menu = QMenu(self)
        for i, key in enumerate(COLUMNS):
            if key in ("receipt", "title"):
                continue
            a = menu.addAction(self.model.headerData(i, Qt.Orientation.Horizontal) or key)
            a.setCheckable(True)
            a.setChecked(not hh.isSectionHidden(i))
            a.toggled.connect(lambda on, col=i: hh.setSectionHidden(col, not on))
        menu.popup(hh.mapToGlobal(pos))
        self._menu = menu

    @property
    def detail_open(self) -> bool:
        return not self.detail_box.isHidden()

    def _detail_opened(self, _d=None) -> None:  # type: ignore[no-untyped-def]
        if self.detail_open:
            return
        self.detail_box.setVisible(True)
        total = max(1, self.splitter.width() - self.splitter.handleWidth())
        share = min(max(self.detail_share, 0.2), 0.8)
        right = max(DETAIL_MIN_PX, int(total * share))
        right = min(right, max(DETAIL_MIN_PX, total - LIST_MIN_PX))
        self.splitter.setSizes([total - right, right])

    def close_detail(self) -> None:
        """Hide the detail and give the list the room; the keyboard goes back to the list."""
        if not self.detail_open:
            return
        had_focus = self.detail_box.isAncestorOf(QApplication.focusWidget()) if QApplication.focusWidget() else False
        self.detail_box.setVisible(False)
        self.detail.show_empty()
        if had_focus or self.isVisible():
            self.table.setFocus()

    def _remember_split(self, _pos: int = 0, _index: int = 0) -> None:
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and sum(sizes) > 0 and sizes[1] > 0:
            self.detail_share = sizes[1] / sum(sizes)


def fmt_sample_date() -> str:
    return fmt_date(date(2026, 12, 30))


def fmt_sample_datetime() -> str:
    return fmt_datetime("2026-12-30T23:59:00Z", ZoneInfo(DEFAULT_TZ))

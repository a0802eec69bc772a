"""The queue page's views sidebar: the ready-made and saved worklists with their counts. A mixin of
``QueuePage`` (its widgets are built there)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from lapor_desktop.services.queue import QueueView

from .queue_model import COLUMNS
from .look import set_role


class QueueViews:
    """The worklists on the left: listing them with counts, choosing one, saving and deleting the user's own."""

    def _build_views(self) -> QVBoxLayout:
        left = QVBoxLayout()
        head = QLabel(self.tr("Worklists"))
        set_role(head, "subheading")
        left.addWidget(head)
        self.views = QListWidget()
        self.views.setObjectName("queue.views")
        self.views.setAccessibleName(self.tr("Worklists"))
        self.views.setMinimumWidth(175)
        self.views.setMaximumWidth(200)
        self.views.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.views.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        left.addWidget(self.views, 1)
        self.save_view_button = QPushButton(self.tr("Save as view…"))
        self.save_view_button.setObjectName("queue.saveView")
        self.delete_view_button = QPushButton(self.tr("Delete view"))
        self.delete_view_button.setObjectName("queue.deleteView")
        for b in (self.save_view_button, self.delete_view_button):
            b.setAccessibleName(b.text())
            left.addWidget(b)
        return left

    def _set_views(self, views: list[QueueView], keep_key: str | None = None) -> None:
        self.views_list_data = views
        self.views.blockSignals(True)
        self.views.clear()
        for v in views:
            it = QListWidgetItem(self._view_text(v))
            it.setData(Qt.ItemDataRole.UserRole, v.key)
            it.setToolTip(self.view_title(v))
            self.views.addItem(it)
        self.views.blockSignals(False)
        if keep_key:
            for i, v in enumerate(views):
                if v.key == keep_key:
                    self.views.blockSignals(True)
                    self.views.setCurrentRow(i)
                    self.views.blockSignals(False)

    def view_title(self, v: QueueView) -> str:
        if v.saved_name:
            return v.saved_name
        return {
            "needs_verification": self.tr("Needs verification"),
            "to_forward": self.tr("To forward"),
            "overdue": self.tr("Overdue"),
            "waiting_info": self.tr("Waiting for information"),
            "forwarded": self.tr("Awaiting follow-up"),
            "followed_up": self.tr("Followed up"),
            "conflicts": self.tr("Conflicts"),
            "rejected": self.tr("Rejected by the hub"),
            "all": self.tr("All complaints"),
            "for_my_agency": self.tr("For my agency"),
            "entered_by_me": self.tr("Entered by me"),
            "not_in_lapor": self.tr("Not in LAPOR! yet"),
        }.get(v.key, v.key)

    def _view_text(self, v: QueueView) -> str:
        n = self.counts.get(v.key)
        title = self.view_title(v)
        return f"{title}  ({QLocaleNumber(n)})" if n is not None else title

    def refresh_counts(self) -> None:
        svc, actor, views = self.service, self.actor, list(self.views_list_data)
        self.runner.db(lambda: svc.counts(actor, views), on_done=self._counts_in, on_error=lambda _e: None)

    def _counts_in(self, counts: dict[str, int]) -> None:
        self.counts = counts
        for i, v in enumerate(self.views_list_data):
            it = self.views.item(i)
            if it is not None:
                it.setText(self._view_text(v))

    def _view_chosen(self, row: int) -> None:
        if 0 <= row < len(self.views_list_data):
            self.current_view = self.views_list_data[row]
            self.close_detail()
            self.delete_view_button.setEnabled(not self.current_view.builtin)
            q = self.current_view.query
            hh = self.table.horizontalHeader()
            hh.blockSignals(True)
            hh.setSortIndicator(COLUMNS.index(q.sort) if q.sort in COLUMNS else 2,
                                Qt.SortOrder.DescendingOrder if q.descending else Qt.SortOrder.AscendingOrder)
            hh.blockSignals(False)
            self.apply_query()

    # ================================================================== saved views
    def save_current_view(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save as view"), self.tr("Name of the view:"))
            if not ok:
                return
        name = (name or "").strip()
        if not name:
            return
        q = self.current_query()
        svc, actor = self.service, self.actor
        self.runner.db(lambda: (svc.save_view(actor, name, q), svc.views(actor)),
                       on_done=lambda res: (self._set_views(res[1], res[0].key), self._view_chosen(self.views.currentRow()),
                                            self.refresh_counts()))

    def delete_current_view(self) -> None:
        v = self.current_view
        if v is None or v.builtin or v.saved_name is None:
            return
        svc, actor, name = self.service, self.actor, v.saved_name
        self.runner.db(lambda: (svc.delete_view(actor, name), svc.views(actor)),
                       on_done=lambda res: (self._set_views(res[1]), self.views.setCurrentRow(0), self.refresh_counts()))


def QLocaleNumber(n: int | None) -> str:  # noqa: N802 - reads like Qt
    from PySide6.QtCore import QLocale

    return QLocale().toString(int(n or 0))

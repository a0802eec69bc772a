"""The queue page's actions controller: an action's dialog, the event written through the service,
bulk actions on a selection and a receipt's reprint. A mixin of ``QueuePage``."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from lapor_desktop.core.errors import InvalidAction, InvalidInput, LaporError
from lapor_desktop.domain.enums import Action
from lapor_desktop.domain.permissions import role_actions

from .refusals import refusal_text
from .storage_status import storage_error_text
from . import dialogs
from .action_dialogs import ActionDialog
from .labels import action_label
from .receipt_actions import ReceiptPreview

log = logging.getLogger(__name__)

BULK_ACTIONS = (Action.FORWARD, Action.ARCHIVE)


class QueueActions:
    """Actions on the open complaint or on the selected ones."""

    def _build_bulk_bar(self) -> QFrame:
        self.bulk_bar = QFrame()
        self.bulk_bar.setObjectName("queue.bulk")
        bl = QHBoxLayout(self.bulk_bar)
        bl.setContentsMargins(6, 2, 6, 2)
        self.bulk_label = QLabel("")
        bl.addWidget(self.bulk_label, 1)
        self.bulk_buttons: dict[str, QPushButton] = {}
        allowed = role_actions(self.actor.role)
        for a in BULK_ACTIONS:
            if a in allowed:
                b = QPushButton(self.tr("%1 selected…").replace("%1", action_label(a.value)))
                b.setObjectName(f"bulk.{a.value}")
                b.setAccessibleName(b.text())
                b.clicked.connect(lambda _c=False, name=a.value: self.bulk_action(name))
                bl.addWidget(b)
                self.bulk_buttons[a.value] = b
        self.bulk_bar.setVisible(False)
        return self.bulk_bar

    def _selection_changed(self, *_a) -> None:  # type: ignore[no-untyped-def]
        n = len(self.table.selectionModel().selectedRows())
        show = n > 1 and bool(self.bulk_buttons)
        self.bulk_bar.setVisible(show)
        if show:
            self.bulk_label.setText(self.tr("%1 complaints selected").replace("%1", str(n)))

    # ================================================================== actions
    def request_action(self, action: str, resolves: list | None = None, ids: list[str] | None = None) -> ActionDialog | None:
        """Open the action's dialog (non-blocking); ``submitted`` writes the event."""
        d = self.detail.detail
        ids = ids or ([self.detail.current_id] if self.detail.current_id else [])
        if not ids:
            return None
        if action == "reprint":
            self.reprint(ids[0])
            return None
        dlg = ActionDialog(action, lang=self.lang, count=len(ids),
                           agencies=sorted(self.agencies.items(), key=lambda kv: kv[1]),
                           categories=sorted(self.categories.items(), key=lambda kv: kv[1]),
                           state=d.state if d is not None and len(ids) == 1 else None,
                           resolves=resolves or [], parent=self)
        dlg.submitted.connect(lambda payload, a=action, i=list(ids), dl=dlg: self.perform(a, i, payload, dl))
        dlg.finished.connect(lambda _r, dl=dlg: self._dialog_closed(dl))
        self.dialog = dlg
        dlg.open()
        return dlg

    def _dialog_closed(self, dlg: ActionDialog) -> None:
        if self.dialog is dlg:
            self.dialog = None
        dlg.deleteLater()

    def bulk_action(self, action: str) -> ActionDialog | None:
        ids = self.selected_ids()
        if not ids:
            return None
        return self.request_action(action, [], ids)

    def perform(self, action: str, ids: list[str], payload: dict, dlg: ActionDialog | None = None,
                on_done=None) -> None:  # type: ignore[no-untyped-def]
        """One event per complaint through the service, in one transaction; then the table and the
        detail are read again."""
        svc, actor = self.complaints, self.actor
        self.runner.db(lambda: svc.act_many(actor, ids, action, payload),
                       on_done=lambda events: self._acted(action, ids, events, dlg, on_done),
                       on_error=lambda e: self._act_failed(e, dlg))

    def _acted(self, action: str, ids: list[str], events, dlg, on_done) -> None:  # type: ignore[no-untyped-def]
        if dlg is not None:
            dlg.accept()
        n = len(ids)
        msg = (self.tr("%1: done for %2 complaints.").replace("%1", action_label(action)).replace("%2", str(n))
               if n > 1 else self.tr("%1: done.").replace("%1", action_label(action)))
        self._status(msg)  # the list and the detail re-read on the change notification
        self.acted.emit(action, n)
        if on_done is not None:
            on_done(events)

    def _act_failed(self, exc: BaseException, dlg: ActionDialog | None) -> None:
        if isinstance(exc, InvalidInput) and dlg is not None:
            dlg.show_errors(exc.errors)
            return
        if isinstance(exc, InvalidAction):
            text = self.tr("This action is no longer possible: the complaint changed in the meantime. The list "
                           "has been refreshed.")
        elif refusal_text(exc, self.actor.role) is not None:
            text = refusal_text(exc, self.actor.role) or ""
        elif (full := storage_error_text(exc, self.desk.paths.data_dir)) is not None:
            text = full
        elif isinstance(exc, LaporError):
            text = self.tr("The action was not saved (%1).").replace("%1", exc.code)
        else:
            text = self.tr("The action was not saved (%1). Details are in the log file.").replace(
                "%1", type(exc).__name__)
            log.error("action failed: %s", type(exc).__name__, exc_info=exc)
        if dlg is not None:
            dlg.show_failure(text)
        else:
            dialogs.inform(self, self.tr("Action not saved"), text, error=True)
        self.refresh()

    def _resolve(self, action: str, payload: dict) -> None:
        if self.detail.current_id:
            self.perform(action, [self.detail.current_id], payload)
            self.detail.tabs.setCurrentIndex(0)

    def reprint(self, complaint_id: str) -> None:
        """The receipt again, marked as a reprint with the name of who prints it (keyboard: Enter prints)."""
        self.printer.reprint(complaint_id)

    def _receipt_saved(self, where: str) -> None:
        self._status(self.tr("Receipt saved as PDF: %1").replace("%1", where))

    @property
    def preview_dialog(self) -> ReceiptPreview | None:
        """The receipt's print preview last opened here."""
        return self.printer.preview_dialog

    def _status(self, text: str) -> None:
        w = self.window()
        sb = getattr(w, "statusBar", None)
        if callable(sb):
            sb().showMessage(text, 6000)

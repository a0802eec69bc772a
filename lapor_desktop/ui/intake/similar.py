"""Possibly related complaints beside the intake form, and adding to an earlier one."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from lapor_desktop.core.errors import InvalidAction, InvalidInput
from lapor_desktop.domain.contact_fields import normalize_nik
from lapor_desktop.services.complaints import AttachmentIn

from .. import dialogs
from ..fmt import fmt_short
from ..labels import similar_reason_label, status_label
from ..look import set_role
from ..similar_dialog import SimilarComplaintDialog
from ..storage_status import storage_error_text

log = logging.getLogger(__name__)


class IntakeSimilar:
    """Possibly related complaints as the clerk types, and adding to an earlier one. A mixin of
    ``IntakePage``."""

    def _build_similar(self) -> QGroupBox:
        g_sim = QGroupBox(self.tr("Possibly related (last 60 days)"))
        g_sim.setObjectName("intake.groupSimilar")
        s_lay = QVBoxLayout(g_sim)
        s_lay.setContentsMargins(8, 6, 8, 6)
        self.similar_list = QListWidget()
        self.similar_list.setObjectName("intake.similar")
        self.similar_list.setAccessibleName(self.tr("Possibly related complaints"))
        self.similar_list.setWordWrap(False)
        self.similar_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the reason at the end stays
        self.similar_list.setUniformItemSizes(True)
        self.similar_list.setAlternatingRowColors(True)
        self.similar_hint = QLabel(self.tr("Similar words, the same NIK or phone show up here as you type. "
                                           "Is the reporter coming back about one? Press Enter on it (or "
                                           "double-click) to add to it instead of recording it twice."))
        self.similar_hint.setWordWrap(True)
        set_role(self.similar_hint, "note")
        s_lay.addWidget(self.similar_hint)
        self.similar_list.setMinimumHeight(90)
        s_lay.addWidget(self.similar_list, 1)
        return g_sim

    # ================================================================== duplicates
    def _look_for_similar(self) -> None:
        if self.recorded is not None:
            return
        v = self.values()
        text = f"{v['title']} {v['body']}".strip()
        nik = normalize_nik(v["reporter_nik"])  # a NIK finds others only once it is a whole one
        phone = v["reporter_phone"].strip() or None
        if len(text) < 4 and not nik and not phone:
            self.similar_list.clear()
            return
        self._similar_seq += 1
        seq = self._similar_seq
        svc, actor = self.service, self.actor
        self.runner.db(lambda: svc.similar(actor, text=text[:500], nik=nik, phone=phone),
                       on_done=lambda items: self._show_similar(seq, items), on_error=lambda _e: None)

    def _show_similar(self, seq: int, items: list) -> None:
        if seq != self._similar_seq:
            return  # an older answer
        self.similar_list.clear()
        for it in items:
            when = fmt_short(it.received_at, self.desk.tz)
            why = self.similar_why(it)
            # one line per candidate: number, date, title, and why it is shown
            li = QListWidgetItem(f"{it.receipt_number or '—'} · {when} · {it.title} — {why}")
            li.setData(Qt.ItemDataRole.UserRole, (it, when))
            li.setToolTip(f"{it.receipt_number or '—'} · {when}\n{it.title}\n{why}\n\n"
                          + self.tr("Press Enter or double-click: add to this complaint, open it or reprint "
                                    "its receipt"))
            self.similar_list.addItem(li)

    def similar_why(self, it: Any) -> str:
        shared = tuple(getattr(it, "shared", ()) or ())
        if it.reason == "text" and shared:
            return self.tr("same words: %1").replace("%1", ", ".join(shared[:4]))
        return similar_reason_label(it.reason)

    def _similar_activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data or self.recorded is not None or self._saving:
            return
        it, when = data
        svc, actor = self.service, self.actor
        self.runner.db(lambda: svc.note_plan(actor, it.id),
                       on_done=lambda plan: self._ask_about_similar(it, when, plan),
                       on_error=self._similar_failed)

    def _similar_failed(self, exc: BaseException) -> None:
        log.error("an earlier complaint could not be read: %s", type(exc).__name__, exc_info=exc)
        dialogs.inform(self, self.tr("An earlier complaint"),
                       self.tr("The earlier complaint could not be read. Details are in the log file."), error=True)

    def _similar_text(self) -> str:
        title, body = self.title.text().strip(), self.body.toPlainText().strip()
        return "\n\n".join(t for t in (title, body) if t)

    def _ask_about_similar(self, it: Any, when: str, plan: Any) -> None:
        if self.recorded is not None or self._saving:
            return  # saved (or being saved) while the complaint was read
        if self.similar_dialog is not None:
            self.similar_dialog.close()
        dlg = SimilarComplaintDialog(self, receipt_number=it.receipt_number, received=when, title=it.title,
                                     status=plan.status, reason=self.similar_why(it), note_action=plan.action,
                                     text=self._similar_text(), attachment_count=len(self._attachments))
        self.similar_dialog = dlg
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda code: self._similar_chosen(dlg, it.id, code))
        dlg.open()  # window-modal, and the event loop goes on (no nested exec)

    def _similar_chosen(self, dlg: SimilarComplaintDialog, complaint_id: str, code: int) -> None:
        if self.similar_dialog is dlg:
            self.similar_dialog = None
        if code == SimilarComplaintDialog.ADD:
            text, expected = dlg.text(), dlg.note_action
            atts = [AttachmentIn(a.prepared.path, a.prepared.filename) for a in self._attachments]
            svc, actor = self.service, self.actor
            self._set_saving(True)
            self.form_inputs_enabled(False)  # what is typed now would be cleared with the form
            self.runner.db(lambda: svc.add_to_existing(actor, complaint_id, text, atts, expected),
                           on_done=self._added, on_error=self._add_failed)
        elif code == SimilarComplaintDialog.OPEN:
            self.flush_draft()  # the form stays as it is, and on disk
            self.open_requested.emit(complaint_id)
        elif code == SimilarComplaintDialog.REPRINT:
            self.printer.reprint(complaint_id)  # a reprint, marked as such

    def _added(self, res: Any) -> None:
        self._set_saving(False)
        self.clear_form()  # the draft goes too: everything is on the earlier complaint now
        self.notice.setText(self.tr("Added to complaint %1. The form is empty for the next reporter.")
                            .replace("%1", res.receipt_number or "—"))
        self.notice.setVisible(True)
        self.added_to_existing.emit(res)

    def _add_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        self.form_inputs_enabled(True)
        if isinstance(exc, InvalidAction) and exc.code == "note_action_changed":
            text = self.tr("Nothing was added: the earlier complaint changed in the meantime (it is now "
                           "\"%1\"). Choose it in the list again to see what adding would do now.") \
                .replace("%1", status_label(str(exc.params.get("status") or "")))
        elif isinstance(exc, InvalidInput):
            msgs = [self._message(e) for e in exc.errors]
            text = self.tr("Nothing was added to the earlier complaint:") + "\n• " + "\n• ".join(msgs)
        elif (full := storage_error_text(exc, self.desk.paths.data_dir)) is not None:
            text = full
        else:
            log.error("adding to an earlier complaint failed: %s", type(exc).__name__, exc_info=exc)
            text = self.tr("Nothing was added to the earlier complaint (the complaint may have changed, or the "
                           "database had a problem). The form is kept. Details are in the log file.")
        self.flush_draft()
        dialogs.inform(self, self.tr("An earlier complaint"), text, error=True)

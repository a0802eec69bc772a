"""The intake form's draft on disk, and offering it back."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from lapor_desktop.services.drafts import Draft

from .. import dialogs
from ..fmt import fmt_short
from ..storage_status import storage_error_text

log = logging.getLogger(__name__)


class IntakeDrafts:
    """The form's draft on disk: written a second after the last change, offered back at the
    next start. A mixin of ``IntakePage``."""

    def _build_draft_banner(self, outer: QVBoxLayout) -> None:
        # ---- banner: draft offered back
        self.draft_banner = QFrame()
        self.draft_banner.setObjectName("intake.draftBanner")
        db = QHBoxLayout(self.draft_banner)
        db.setContentsMargins(8, 4, 8, 4)
        self.draft_text = QLabel()
        self.draft_text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore the draft"))
        self.restore_button.setObjectName("intake.restoreDraft")
        self.discard_draft_button = QPushButton(self.tr("Discard it"))
        self.discard_draft_button.setObjectName("intake.discardDraft")
        db.addWidget(self.draft_text, 1)
        db.addWidget(self.restore_button)
        db.addWidget(self.discard_draft_button)
        self.draft_banner.setVisible(False)
        outer.addWidget(self.draft_banner)

    # ================================================================== drafts
    def flush_draft(self) -> None:
        """Write the draft now (normally a second after the last change)."""
        self._draft_timer.stop()
        if not self.is_dirty():
            return
        drafts, draft_id, values = self.drafts, self._draft_id, self.values()
        owner, when = self.actor.login, self.desk.now_iso()
        self.runner.db(lambda: drafts.save(draft_id, values, owner=owner, saved_at=when),
                       on_error=self._draft_failed)

    def _draft_failed(self, exc: BaseException) -> None:
        """A draft could not be written (full disk, read-only folder): the status bar says so."""
        if storage_error_text(exc, self.desk.paths.data_dir) is None:
            log.error("writing a draft failed: %s", type(exc).__name__, exc_info=exc)

    def _offer_draft(self, draft: Draft | None) -> None:
        if draft is None or self.is_dirty():
            return
        self.offered_draft = draft
        when = fmt_short(draft.saved_at, self.desk.tz, time=True) or "?"
        title = str(draft.data.get("title") or "").strip() or self.tr("(no title)")
        self.draft_text.setText(self.tr("A complaint form was not saved (last change %1): “%2”. "
                                        "Restore it to finish and save it?")
                                .replace("%1", when).replace("%2", title[:80]))
        self.draft_banner.setVisible(True)
        self.restore_button.setFocus()

    def restore_offered_draft(self) -> None:
        d = self.offered_draft
        if d is None:
            return
        self.offered_draft = None
        self.draft_banner.setVisible(False)
        if self.recorded is not None:
            self.clear_form()
        old_id = self._draft_id
        self._draft_id = d.draft_id  # keep writing to the same file
        drafts = self.drafts
        if old_id != d.draft_id:
            self.runner.db(lambda: drafts.delete(old_id))
        self.set_values(d.data)
        self.title.setFocus()

    def discard_offered_draft(self) -> None:
        d = self.offered_draft
        if d is None:
            return
        if not dialogs.ask(self, self.tr("Discard the draft?"),
                           self.tr("Throw away the unsaved complaint form? This cannot be undone."),
                           self.tr("Throw away"), self.tr("Keep it")):
            return
        self.offered_draft = None
        self.draft_banner.setVisible(False)
        drafts, draft_id = self.drafts, d.draft_id
        self.runner.db(lambda: drafts.delete(draft_id))
        self.title.setFocus()

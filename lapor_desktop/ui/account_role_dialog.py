"""Pengaturan › Petugas: the admin gives an account another role or agency. The change is an
office-wide account event (services/accounts.py): it applies on every desk of the office after a
sync, and the account's sessions on this desk end at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from lapor_desktop.domain.enums import STAFF_ROLES
from lapor_desktop.domain.permissions import agency_scoped

from .labels import role_label


class RoleDialog(QDialog):
    def __init__(self, parent: QWidget | None, login: str, role: str, agency_id: int | None,
                 agencies: list) -> None:  # type: ignore[type-arg]
        super().__init__(parent)
        self.setObjectName("settings.role_dialog")
        self.setWindowTitle(self.tr("Change role of %1").replace("%1", login))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("The new role applies on every desk of this office after the next sync. "
                              "The account is signed out on this desk now."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.role = QComboBox()
        self.role.setObjectName("settings.role_dialog.role")
        self.role.setAccessibleName(self.tr("Role"))
        for r in STAFF_ROLES:
            self.role.addItem(role_label(str(r)), str(r))
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.agency = QComboBox()
        self.agency.setObjectName("settings.role_dialog.agency")
        self.agency.setAccessibleName(self.tr("Agency (for an agency liaison)"))
        for a in agencies:
            self.agency.addItem(a.name, a.id)
        if agency_id is not None:
            self.agency.setCurrentIndex(max(0, self.agency.findData(agency_id)))
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Agency"), self.agency)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _role_changed(self, _i: int = 0) -> None:
        self.agency.setEnabled(agency_scoped(self.role.currentData()))

    def chosen(self) -> tuple[str, int | None]:
        role = self.role.currentData()
        return role, (self.agency.currentData() if agency_scoped(role) else None)


def change_role(page, login: str) -> None:  # type: ignore[no-untyped-def]
    """Ask for the new role (and agency) of ``login`` and save it on the page's database thread."""
    user = next(u for u in page._user_rows if u.login == login)
    dlg = RoleDialog(page, login, user.role, user.agency_id, list(page._agencies))
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return
    role, agency = dlg.chosen()
    users, actor = page.users, page.actor
    page.user_role_change.setEnabled(False)

    def done(u) -> None:  # type: ignore[no-untyped-def]
        page.user_role_change.setEnabled(True)
        page.user_status.setText(QCoreApplication.translate("RoleDialog", "Account %1 is now %2.")
                                 .replace("%1", u.login).replace("%2", role_label(u.role)))
        page.saved.emit("users")
        page.refresh()

    def failed(exc: BaseException) -> None:
        page.user_role_change.setEnabled(True)
        code = getattr(exc, "code", "")
        if code == "cannot_demote_self":
            page.user_status.setText(QCoreApplication.translate(
                "RoleDialog", "You cannot take the admin role from your own account."))
        else:
            page._user_failed(exc)

    page.runner.db(lambda: users.change(actor, login, role=role, agency_id=agency), on_done=done, on_error=failed)
